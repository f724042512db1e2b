import { entityKey, typedEntityKey, type ExtractedEntity } from '../model/index.js';
import { changed, type Candidate } from './candidate.js';
import { lexiconEntryFor, spellsEntry, type CompiledLexicon } from './lexicon.js';
import { withCoordinatedTypes } from './coordinated-types.js';
import { withDefinitionAliases } from './definition-aliases.js';
import { withElidedVariants, withVariantEntities } from './elided-variants.js';
import { withVendorMentions } from './vendor-mentions.js';
import { withFamilyReferences } from './family-references.js';
import { joinAliasedEntities } from './join-aliases.js';
import { lexiconReading, withoutCrossTypeDuplicates } from './cross-type-duplicates.js';
import { mergeCandidates } from './merge-candidates.js';
import { joinNestedNames } from './nested-names.js';
import type { PaperText } from './paper-text.js';
import type { NameFrequencies } from './roles/name-frequency.js';
import { classifyRoles, type RoleModel } from './roles/role-classifier.js';
import { findAcronymDefinitions } from './rules/acronyms.js';
import { withoutTitleGoalPhrases } from './rules/title-goal-phrases.js';
import { unbalancedAt, withBalancedBrackets } from './rules/balanced-brackets.js';
import { mathSegments, withPlainName } from './rules/latex-names.js';
import { withMeasureHead } from './rules/measure-heads.js';
import { cutoffMetricName } from './rules/metric-cutoffs.js';
import { withoutStatedValue } from './rules/metric-values.js';
import { withMeasureNames } from './rules/measure-phrases.js';
import { withScoreSuffix } from './rules/score-suffix.js';
import { withModifierBoundaries } from './rules/modifier-boundaries.js';
import { withSpelledOutAcronyms } from './rules/spelled-out-acronyms.js';
import { canonicalTaskName } from './rules/task-names.js';
import type { ArbiterModel } from './tagger/arbiter.js';
import { combineWithTagger, type Combination } from './tagger/combine.js';
import type { TaggerModel } from './tagger/model.js';
import { tagSpans, type TaggedSpan } from './tagger/tag.js';

export interface ResolveOptions {
  readonly lexicon: CompiledLexicon;
  readonly tagger?: TaggerModel;
  readonly combination?: Combination;
  readonly minConfidence?: number;
  readonly roles?: RoleModel;
  readonly nameFrequencies?: NameFrequencies;
  readonly arbiter?: ArbiterModel;
}

/**
 * The one step that decides: the tagger's spans join the rules' candidates (when a tagger is
 * configured), overlapping claims are settled, claims about one entity merged, entities that name
 * each other joined (as are tasks and measures whose names end one another), and what is left below
 * the confidence floor is dropped.
 */
export function resolveEntities(
  paper: PaperText,
  ruleCandidates: readonly Candidate[],
  options: ResolveOptions,
  /** The tagger's spans, when already decoded (the tuning scripts decode once for many settings). */
  tagged: readonly TaggedSpan[] | undefined = options.tagger &&
    tagSpans(paper.masked, paper.tokens, ruleCandidates, paper.titleEnd, options.tagger),
): ExtractedEntity[] {
  const combined = tagged
    ? combineWithTagger(ruleCandidates, tagged, {
        text: paper.masked,
        lexicon: options.lexicon,
        titleEnd: paper.titleEnd,
        combination: options.combination ?? 'combined',
        ...(options.arbiter ? { arbiter: options.arbiter } : {}),
      })
    : ruleCandidates;
  const { candidates, variants } = withElidedVariants(withCoordinatedTypes(combined, paper.masked, options.lexicon), paper.masked);
  const math = mathSegments(paper.text);
  const definitions = findAcronymDefinitions(paper.masked);
  const isMeasure = (name: string): boolean => lexiconEntryFor(name, options.lexicon)?.type === 'metric';
  const balanced = candidates.flatMap((c) => withBalancedBrackets(withScoreSuffix(c, paper.masked, options.lexicon), paper.masked) ?? []);
  const defined = withDefinitionAliases(paper.masked, balanced, definitions);
  const named = defined.map((c) =>
    withMeasureHead(
      withCutoffMetric(
        withCanonicalTask(
          withSpelledOutAcronyms(
            withModifierBoundaries(withoutStatedValue(withPlainName(c, paper, math), paper.masked), paper.masked, isMeasure),
            paper.masked,
            definitions,
          ),
        ),
        paper.masked,
      ),
      paper.masked,
      isMeasure,
    ),
  );
  const standsAlone = (e: ExtractedEntity): boolean => e.aliases.length > 0 || lexiconEntryFor(e.name, options.lexicon)?.type === e.type;
  // A group named as the lexicon names it when every member is that entry or spells it: not "Specific Attribute
  // Control (SAC)" beside the lexicon's soft actor-critic, nor "Llama 3.1 8B" beside LLaMA.
  const known = (group: readonly ExtractedEntity[]): ExtractedEntity | undefined =>
    group.find((e) => {
      const entry = lexiconEntryFor(e.name, options.lexicon);
      if (entry?.name !== e.name || entry.type !== e.type) return false;
      return group.every((o) => o === e || lexiconEntryFor(o.name, options.lexicon) === entry || spellsEntry(o.name, entry));
    });
  const aliased = joinAliasedEntities(withFamilyReferences(mergeCandidates(paper.text, paper.sentences, named)), known);
  const joined = joinNestedNames(withoutCrossTypeDuplicates(aliased, lexiconReading(options.lexicon)), standsAlone);
  const roleText = { text: paper.masked, titleEnd: paper.titleEnd };
  const entities = withVariantEntities(
    withoutTitleGoalPhrases(
      roleText,
      withoutDuplicateTasks(
        options.roles ? classifyRoles(roleText, joined, options.lexicon, options.roles, options.nameFrequencies) : joined,
      ),
      options.lexicon,
    ),
    variants,
    paper.text,
    paper.sentences,
  );
  const min = options.minConfidence ?? 0;
  const scored = withVendorMentions(withMeasureNames(entities, paper.text, options.lexicon), paper.text);
  return withoutCutAliases(min > 0 ? scored.filter((e) => e.confidence >= min) : scored);
}

/**
 * A task phrase with the key of the paper's own technique ("Macro-from-Micro Planning" proposed as a
 * method), or of one of its datasets or models, is that entity, not a task.
 */
function withoutDuplicateTasks(entities: ExtractedEntity[]): ExtractedEntity[] {
  const otherKeys = new Set(
    entities
      .filter((e) => e.type === 'benchmark' || e.type === 'model' || (e.type === 'method' && e.role === 'proposed'))
      .map((e) => entityKey(e.name)),
  );
  return entities.filter((e) => e.type !== 'task' || !otherKeys.has(entityKey(e.name)));
}

/** An alias with a bracket it does not match is a mention cut inside markup ("U}nified \\textbf{Mamba"), no name. */
function withoutCutAliases(entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.map((e) =>
    e.type === 'repo' || e.aliases.every((a) => unbalancedAt(a) < 0) ? e : { ...e, aliases: e.aliases.filter((a) => unbalancedAt(a) < 0) },
  );
}

function withCanonicalTask(c: Candidate): Candidate {
  if (c.type !== 'task') return c;
  const name = canonicalTaskName(c.name);
  return name === c.name ? c : changed(c, { name, key: typedEntityKey('task', name) });
}

function withCutoffMetric(c: Candidate, text: string): Candidate {
  if (c.type !== 'metric') return c;
  const name = cutoffMetricName(c.name, text.slice(c.start, c.end));
  return name === undefined || name === c.name ? c : changed(c, { name, key: typedEntityKey('metric', name) });
}
