import { entityKey, typedEntityKey } from '../../model/index.js';
import { candidate, CONFIDENCE, type Candidate } from '../candidate.js';
import { lexiconEntryFor, spellsEntry } from '../lexicon.js';
import { commonWordBenchmarkOutOfContext } from '../rules/common-word-benchmarks.js';
import { lexiconMatches } from '../rules/lexicon-matches.js';
import { measureInsideOtherTerm } from '../rules/measure-context.js';
import { metricCutoffEnd } from '../rules/metric-cutoffs.js';
import { metricNameStart } from '../rules/metric-modifiers.js';
import { strictlyInsideAny } from '../spans-inside.js';
import type { RuleInput } from './rule-input.js';

/**
 * Lexicon entries the text names. A cue around the mention raises the confidence (and a proposal
 * cue makes a method the paper's own); a paper's own definition of an acronym overrides the lexicon's.
 */
export function lexiconCandidates({ paper, lexicon, definitions, cued, taskPhrases }: RuleInput): Candidate[] {
  const { masked } = paper;
  const cuedKeys = new Set(cued.map((c) => entityKey(c.name)));
  const proposedKeys = new Set(cued.filter((c) => c.cue === 'title' || c.cue === 'proposal').map((c) => entityKey(c.name)));
  const definedHere = new Map(definitions.map((d) => [d.acronym, d.longForm]));
  // "multimodal reasoning" is a more specific task than the lexicon's "reasoning" inside it.
  const insideTaskPhrase = strictlyInsideAny(taskPhrases);
  const candidates: Candidate[] = [];
  const hits = lexiconMatches(masked, paper.tokens, lexicon);
  const benchmarkHits = hits.filter((h) => h.entry.type === 'benchmark');
  for (const hit of hits) {
    if (hit.entry.type === 'task' && insideTaskPhrase(hit)) continue;
    if (commonWordBenchmarkOutOfContext(masked, paper.sentences, hit, benchmarkHits)) continue;
    const surface = masked.slice(hit.start, hit.end);
    const longForm = definedHere.get(surface);
    if (longForm !== undefined && lexiconEntryFor(longForm, lexicon) !== hit.entry && !spellsEntry(longForm, hit.entry)) continue;
    if (hit.entry.type === 'metric' && measureInsideOtherTerm(masked, hit.start, hit.end)) continue;
    const mentionKey = entityKey(surface);
    const metricStart = hit.entry.type === 'metric' ? metricNameStart(masked, hit.start, hit.end) : hit.start;
    const metricEnd = hit.entry.type === 'metric' ? metricCutoffEnd(masked, hit.end) : hit.end;
    if (metricEnd > hit.end) {
      // The cut-off makes a measure of its own ("Recall@1" beside "Recall@10"), named as written.
      const name = masked.slice(hit.start, metricEnd);
      candidates.push(
        candidate({
          type: 'metric',
          name,
          key: typedEntityKey('metric', name),
          start: hit.start,
          end: metricEnd,
          confidence: CONFIDENCE.lexicon,
          rule: 'lexicon-modified',
        }),
      );
      continue;
    }
    if (metricStart < hit.start) {
      const name = masked.slice(metricStart, hit.end).toLowerCase();
      candidates.push(
        candidate({
          type: 'metric',
          name,
          key: typedEntityKey('metric', name),
          start: metricStart,
          end: hit.end,
          confidence: CONFIDENCE.lexicon,
          rule: 'lexicon-modified',
        }),
      );
      continue;
    }
    candidates.push(
      candidate({
        type: hit.entry.type,
        name: hit.entry.name,
        key: typedEntityKey(hit.entry.type, hit.entry.name),
        start: hit.start,
        end: hit.end,
        confidence: cuedKeys.has(mentionKey) ? CONFIDENCE.lexiconWithCue : CONFIDENCE.lexicon,
        role: hit.entry.type === 'method' ? (proposedKeys.has(mentionKey) ? 'proposed' : 'used') : undefined,
        rule: 'lexicon',
      }),
    );
  }
  return candidates;
}
