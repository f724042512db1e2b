import { describe, expect, it } from 'vitest';
import { typedEntityKey } from '../model/index.js';
import { candidate, type Candidate } from './candidate.js';
import { withElidedVariants, withVariantEntities } from './elided-variants.js';
import { defaultExtractorConfig, extractEntities } from './index.js';
import { sentenceSpans } from './text-spans.js';

const model = (text: string, surface: string, name: string = surface): Candidate => {
  const start = text.indexOf(surface);
  return candidate({
    type: 'model',
    name,
    key: typedEntityKey('model', name),
    start,
    end: start + surface.length,
    confidence: 0.8,
    rule: 'model-shape',
  });
};

/** The names and the mention of each model the slash-joined mentions of `text` name. */
function variantsOf(text: string, claims: Candidate[]): Array<[string, string]> {
  const { candidates, variants } = withElidedVariants(claims, text);
  return [
    ...candidates.map((c): [string, string] => [c.name, text.slice(c.start, c.end)]),
    ...variants.map((v): [string, string] => [v.name, text.slice(v.start, v.end)]),
  ];
}

describe('model names that differ in a slash-joined part', () => {
  it('names each size, version or variant word with the shared family and suffix, the whole mention as evidence', () => {
    const sizes = 'We quantize Frob-3.1-8B/70B-Instruct models.';
    expect(variantsOf(sizes, [model(sizes, 'Frob-3.1-8B')])).toEqual([
      ['Frob-3.1-8B-Instruct', 'Frob-3.1-8B/70B-Instruct'],
      ['Frob-3.1-70B-Instruct', 'Frob-3.1-8B/70B-Instruct'],
    ]);
    const spaced = 'Both Quux 3 4B / 27B follow the rules.';
    expect(variantsOf(spaced, [model(spaced, 'Quux 3 4B')])).toEqual([
      ['Quux 3 4B', 'Quux 3 4B / 27B'],
      ['Quux 3 27B', 'Quux 3 4B / 27B'],
    ]);
    const versions = 'We probe Llama-2/3.1 and others.';
    expect(variantsOf(versions, [model(versions, 'Llama-2', 'Llama 2')])).toEqual([
      ['Llama 2', 'Llama-2/3.1'],
      ['Llama-3.1', 'Llama-2/3.1'],
    ]);
    const words = 'We test GPT-2 medium/XL and Claude Haiku/Sonnet/Opus.';
    expect(variantsOf(words, [model(words, 'GPT-2'), model(words, 'Claude')])).toEqual([
      ['GPT-2 medium', 'GPT-2 medium/XL'],
      ['Claude Haiku', 'Claude Haiku/Sonnet/Opus'],
      ['GPT-2 XL', 'GPT-2 medium/XL'],
      ['Claude Sonnet', 'Claude Haiku/Sonnet/Opus'],
      ['Claude Opus', 'Claude Haiku/Sonnet/Opus'],
    ]);
  });

  it('leaves patch sizes, pairs of different names and other words around a slash alone', () => {
    const patch = 'A ViT-B/16 encoder.';
    expect(variantsOf(patch, [model(patch, 'ViT-B/16')])).toEqual([['ViT-B/16', 'ViT-B/16']]);
    const pair = 'Frob 3.5 Flash / Quux harness and GPT-4/GPT-4o.';
    expect(variantsOf(pair, [model(pair, 'Frob 3.5 Flash'), model(pair, 'GPT-4')])).toEqual([
      ['Frob 3.5 Flash', 'Frob 3.5 Flash'],
      ['GPT-4', 'GPT-4'],
    ]);
    const prose = 'Mistral and/or Qwen.';
    expect(variantsOf(prose, [model(prose, 'Mistral')])).toEqual([['Mistral', 'Mistral']]);
  });

  it('adds each further variant once, unless the paper already has it', () => {
    const text = 'We test Frob-7B/13B and Frob-13B.';
    const { variants } = withElidedVariants([model(text, 'Frob-7B')], text);
    const sentences = sentenceSpans(text);
    const found = [{ ...model(text, 'Frob-13B'), aliases: [], evidence: { mention: 'Frob-13B', start: 25, end: 33, sentence: text } }];
    expect(withVariantEntities(found, variants, text, sentences)).toEqual(found);
    const added = withVariantEntities([], [...variants, ...variants], text, sentences);
    expect(added.map((e) => [e.type, e.name, e.evidence.mention])).toEqual([['model', 'Frob-13B', 'Frob-7B/13B']]);
  });

  it('gives every model of such a mention in an extraction', () => {
    const config = defaultExtractorConfig();
    const paper = {
      title: 'Probing small models',
      abstract: 'We evaluate Qwen2.5-7B/14B-Instruct on arithmetic and find that both models make the same mistakes.',
    };
    const models = extractEntities(paper, config).filter((e) => e.type === 'model');
    expect(models.map((e) => [e.name, e.evidence.mention])).toEqual([
      ['Qwen2.5-7B-Instruct', 'Qwen2.5-7B/14B-Instruct'],
      ['Qwen2.5-14B-Instruct', 'Qwen2.5-7B/14B-Instruct'],
    ]);
  });
});
