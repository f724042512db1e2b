import { describe, expect, it } from 'vitest';
import { typedEntityKey } from '../../model/index.js';
import { candidate as makeCandidate, CONFIDENCE, type Candidate } from '../candidate.js';
import { defaultExtractorConfig } from '../index.js';
import { arbiterFeatures } from './arbiter.js';
import { combineWithTagger } from './combine.js';
import type { TaggedType } from './labels.js';
import type { TaggedSpan } from './tag.js';

const { lexicon } = defaultExtractorConfig({ combination: 'rules' });
const text = 'T\n\nWe train ZetaNet on ImageNet with a gated phrase trick.';
const candidate = (surface: string, type: Candidate['type'], confidence: number, rule: string): Candidate => {
  const start = text.indexOf(surface);
  return makeCandidate({ type, name: surface, key: typedEntityKey(type, surface), start, end: start + surface.length, confidence, rule });
};
const span = (surface: string, type: TaggedSpan['type'], margin: number): TaggedSpan => {
  const start = text.indexOf(surface);
  return { type, start, end: start + surface.length, margin };
};
const context = { text, lexicon, titleEnd: 1 };
const imagenet = candidate('ImageNet', 'benchmark', CONFIDENCE.lexicon, 'lexicon');
const phrase = candidate('gated phrase trick', 'method', CONFIDENCE.lowercaseMethodPhrase, 'head-phrase');
const topic = { ...candidate('ImageNet', 'topic', 0.5, 'topic'), name: 'Vision', key: 'vision' };
const spans = [span('ZetaNet', 'model', 9.5), span('ImageNet', 'benchmark', 3)];

describe('the arbiter of the combination', () => {
  it('describes a rule candidate by its rule, confidence, the tagger span on it and the lexicon', () => {
    expect(arbiterFeatures(imagenet, [imagenet], spans, context)).toEqual(
      expect.arrayContaining([
        'source:lexicon',
        'tagger:exact-same&benchmark',
        'tagger-margin:2',
        'lexicon:same&benchmark',
        'coined&type:benchmark',
      ]),
    );
    expect(arbiterFeatures(phrase, [phrase], spans, context)).toEqual(
      expect.arrayContaining([
        'source:head-phrase',
        'tagger:none&method',
        'lexicon:none&method',
        'lowercase&type:method',
        'words&type:3&method',
      ]),
    );
  });
  it('describes a tagger candidate by its margin and the rule it overlaps', () => {
    const tagged = { ...candidate('ZetaNet', 'model', CONFIDENCE.tagger, 'tagger') };
    expect(arbiterFeatures(tagged, [imagenet], spans, context)).toEqual(
      expect.arrayContaining(['source:tagger', 'margin&type:8+&model', 'rule:none']),
    );
  });
  it('describes what the tagger, the other rules and the surface say about a candidate', () => {
    const mini = candidate('ImageNet', 'benchmark', CONFIDENCE.lexicon, 'lexicon');
    const text2 = 'T\n\nWe test on mini-ImageNet and on mini-ImageNet again.';
    const start = text2.indexOf('ImageNet');
    const inner = { ...mini, start, end: start + 8 };
    const around = { type: 'benchmark' as const, start: start - 5, end: start + 8, margin: 2.5 };
    expect(arbiterFeatures(inner, [inner], [around], { ...context, text: text2 })).toEqual(
      expect.arrayContaining(['over-tagger:inside&same&benchmark', 'agree:1&benchmark', 'freq:2&benchmark', 'prev:mini-&benchmark']),
    );
    expect(arbiterFeatures(phrase, [phrase, { ...phrase, type: 'task', rule: 'task-phrase' }], spans, context)).toEqual(
      expect.arrayContaining(['no-tagger&head-phrase&method', 'other-rule:task-phrase&other&exact&method', 'last:trick&method']),
    );
    expect(arbiterFeatures(imagenet, [imagenet], spans, context)).toEqual(expect.arrayContaining(['exact-tagger:same&benchmark&2']));
  });
  it('tells a Title-Case phrase the paper says only in its title from one its abstract repeats', () => {
    const titled = 'Robust Planning via Trajectory Weighting\n\nWe study Robust Planning with a gated phrase trick.';
    const at = (surface: string, from = 0): Candidate => {
      const start = titled.indexOf(surface, from);
      return { ...phrase, type: 'task', name: surface, start, end: start + surface.length };
    };
    const titleContext = { text: titled, lexicon, titleEnd: titled.indexOf('\n') };
    const features = (c: Candidate): string[] => arbiterFeatures(c, [c], [], titleContext);
    expect(features(at('Trajectory Weighting'))).toContain('titlecase&title-only&task');
    expect(features(at('Robust Planning'))).toContain('titlecase&title&task');
    expect(features(at('Robust Planning', 10))).toContain('titlecase&body&task');
    expect(features(at('via Trajectory'))).not.toEqual(expect.arrayContaining([expect.stringMatching(/^titlecase/)]));
    expect(features(at('via Trajectory'))).toContain('title-only&task');
    expect(features(at('gated phrase trick'))).not.toEqual(expect.arrayContaining([expect.stringMatching(/^title/)]));
  });
  it('keeps the lexicon candidates of the types it is told to, whatever their score', () => {
    const judge = (lexiconKeeps: TaggedType[]) =>
      combineWithTagger([imagenet], [], {
        ...context,
        combination: 'combined',
        arbiter: { weights: { bias: -5 }, types: ['benchmark'], lexiconKeeps },
      }).map((c) => c.name);
    expect(judge([])).toEqual([]);
    expect(judge(['benchmark'])).toEqual(['ImageNet']);
    expect(judge(['metric'])).toEqual([]);
  });
  it('gives overlapping words to the candidate it is surest of', () => {
    const short = candidate('phrase trick', 'method', CONFIDENCE.lowercaseMethodPhrase, 'head-phrase');
    const judge = (weights: Record<string, number>) =>
      combineWithTagger([short], [span('gated phrase trick', 'method', 3)], {
        ...context,
        combination: 'combined',
        arbiter: { weights, types: ['method'] },
      }).map((c) => c.name);
    expect(judge({ bias: 1, 'source:tagger': 1 })).toEqual(['gated phrase trick']);
    expect(judge({ bias: 1, 'source:head-phrase': 1 })).toEqual(['phrase trick']);
  });
  it('lets a winning measure take the modifiers of the longer candidate it beat', () => {
    const measured = 'T\n\nThis improves matching accuracy and robustness.';
    const start = measured.indexOf('accuracy');
    const accuracy = makeCandidate({
      type: 'metric',
      name: 'accuracy',
      key: 'accuracy',
      start,
      end: start + 8,
      confidence: 0.85,
      rule: 'lexicon',
    });
    const judge = (weights: Record<string, number>) =>
      combineWithTagger([accuracy], [{ type: 'metric', start: start - 9, end: start + 8, margin: 3 }], {
        ...context,
        text: measured,
        combination: 'combined',
        arbiter: { weights, types: ['metric'] },
      }).map((c) => [c.rule, c.name, measured.slice(c.start, c.end)]);
    expect(judge({ bias: 1, 'source:lexicon': 1 })).toEqual([['lexicon', 'matching accuracy', 'matching accuracy']]);
    expect(judge({ bias: 1, 'source:tagger': 1 })).toEqual([['tagger', 'matching accuracy', 'matching accuracy']]);
  });
  it('judges every candidate of its types, with the veto off for them, and leaves the rest to the thresholds', () => {
    const combine = (weights: Record<string, number>, types: TaggedType[] = ['method', 'benchmark', 'model']) =>
      combineWithTagger([imagenet, phrase, topic], spans, { ...context, combination: 'combined', arbiter: { weights, types } })
        .map((c) => `${c.type}:${c.name}`)
        .sort();
    // Without the arbiter the weak phrase no tagger span supports is vetoed; the arbiter may keep it.
    expect(combine({ bias: 1 })).toEqual(['benchmark:ImageNet', 'method:gated phrase trick', 'model:ZetaNet', 'topic:Vision']);
    expect(combine({ bias: 1, 'source:head-phrase': -2, 'source:tagger': -2 })).toEqual(['benchmark:ImageNet', 'topic:Vision']);
    // Methods not judged: the unsupported weak phrase is vetoed, the rest kept whatever the weights.
    expect(combine({ bias: -5 }, ['benchmark', 'model'])).toEqual(['topic:Vision']);
    expect(combine({ bias: 5 }, ['benchmark', 'model'])).toEqual(['benchmark:ImageNet', 'model:ZetaNet', 'topic:Vision']);
    expect(
      combineWithTagger([imagenet, phrase, topic], spans, { ...context, combination: 'combined' })
        .map((c) => c.name)
        .sort(),
    ).toEqual(['ImageNet', 'Vision', 'ZetaNet']);
  });
});
