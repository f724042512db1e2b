import type { ExtractedEntity } from '../../model/index.js';
import type { CompiledLexicon } from '../lexicon.js';
import { logisticScore, type LogisticModel } from '../logistic.js';
import type { NameFrequencies } from './name-frequency.js';
import { roleFeatures, type RoleText } from './role-features.js';

/** The role classifier: `proposed` where its log-odds over a method's cue features are above 0. */
export type RoleModel = LogisticModel;

/** Every method entity's role decided by the classifier, from the cue features of all its mentions. */
export function classifyRoles(
  paper: RoleText,
  entities: readonly ExtractedEntity[],
  lexicon: CompiledLexicon,
  model: RoleModel,
  frequencies?: NameFrequencies,
): ExtractedEntity[] {
  return entities.map((e) => {
    if (e.type !== 'method') return e;
    const role = logisticScore(model, roleFeatures(paper, e, lexicon, frequencies)) > 0 ? 'proposed' : 'used';
    return role === e.role ? e : { ...e, role };
  });
}
