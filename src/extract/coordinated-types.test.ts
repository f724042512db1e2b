import { describe, expect, it } from 'vitest';
import { typedEntityKey, type EntityType } from '../model/index.js';
import { candidate, type Candidate } from './candidate.js';
import { withCoordinatedTypes } from './coordinated-types.js';
import { defaultExtractorConfig } from './index.js';

const { lexicon } = defaultExtractorConfig();

/** Candidates for the quoted names of `text`, typed in order, as the combination would leave them. */
function claims(text: string, typed: ReadonlyArray<readonly [string, EntityType, string?]>): Candidate[] {
  let from = 0;
  return typed.map(([name, type, rule]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return candidate({
      type,
      name,
      key: typedEntityKey(type, name),
      start,
      end: start + name.length,
      confidence: 0.58,
      rule: rule ?? 'tagger',
      ...(type === 'method' ? { role: 'used' as const } : {}),
    });
  });
}
const types = (found: readonly Candidate[]): string[] => found.map((c) => `${c.type}:${c.name}`);
/** `type:name` of each claim after the list rule has run over them. */
const retyped = (text: string, typed: Parameters<typeof claims>[1]): string[] =>
  types(withCoordinatedTypes(claims(text, typed), text, lexicon));

describe('names joined in one list are one kind of thing', () => {
  it('retypes a coined name listed with a surely known model', () => {
    const text = 'We pair the encoders Zorblax-Tiny-v3 and Llama 3 for retrieval.';
    const found = withCoordinatedTypes(
      claims(text, [
        ['Zorblax-Tiny-v3', 'benchmark'],
        ['Llama 3', 'model', 'model-shape'],
      ]),
      text,
      lexicon,
    );
    expect(types(found)).toEqual(['model:Zorblax-Tiny-v3', 'model:Llama 3']);
    expect(found[0]!.key).toBe(typedEntityKey('model', 'Zorblax-Tiny-v3'));
  });

  it('retypes every mention of the name, and reads a parenthesis after a member and a three-name list', () => {
    const text = 'Features from QuuxNet (medical), Mistral, and FrobGPT-2 are compared. QuuxNet is slow.';
    expect(
      retyped(text, [
        ['QuuxNet', 'benchmark'],
        ['Mistral', 'model', 'lexicon'],
        ['FrobGPT-2', 'benchmark'],
        ['QuuxNet', 'benchmark'],
      ]),
    ).toEqual(['model:QuuxNet', 'model:Mistral', 'model:FrobGPT-2', 'model:QuuxNet']);
  });

  it('retypes a technique only when the lexicon lists it as a model: a detector and a tracker are listed together too', () => {
    const text = 'Code models, e.g., StarCoder and Code Llama, help; we track with YOLOv12 and ZorbTrack.';
    const found = withCoordinatedTypes(
      claims(text, [
        ['StarCoder', 'method'],
        ['Code Llama', 'model', 'lexicon'],
        ['YOLOv12', 'model', 'model-shape'],
        ['ZorbTrack', 'method'],
      ]),
      text,
      lexicon,
    );
    expect(types(found)).toEqual(['model:StarCoder', 'model:Code Llama', 'model:YOLOv12', 'method:ZorbTrack']);
    expect(found[0]!.role).toBeUndefined();
  });

  it('needs a surely known model: two names the tagger alone typed stay as they are', () => {
    const text = 'We compare Zorblax-7 and QuuxNet on the task.';
    const claimed = claims(text, [
      ['Zorblax-7', 'model'],
      ['QuuxNet', 'benchmark'],
    ]);
    expect(types(withCoordinatedTypes(claimed, text, lexicon))).toEqual(['model:Zorblax-7', 'benchmark:QuuxNet']);
  });

  it('keeps a mixed list apart: a known dataset or technique in it keeps its type’s members', () => {
    const text = 'Experiments on CIFAR-10, FrobSet-64 and Stable Diffusion show gains; we train LSTM, Bi-QRNN and BERT.';
    expect(
      retyped(text, [
        ['CIFAR-10', 'benchmark', 'lexicon'],
        ['FrobSet-64', 'benchmark'],
        ['Stable Diffusion', 'model', 'lexicon'],
        ['LSTM', 'method', 'lexicon'],
        ['Bi-QRNN', 'method'],
        ['BERT', 'model', 'lexicon'],
      ]),
    ).toEqual(['benchmark:CIFAR-10', 'benchmark:FrobSet-64', 'model:Stable Diffusion', 'method:LSTM', 'method:Bi-QRNN', 'model:BERT']);
  });

  it('ends a list at a comma after "and", and reads names joined by a bare comma as a list only in parentheses', () => {
    const text = 'Across backbones such as Llama 3 and Qwen2, FrobNet improves. On QuuxBench, Mistral wins (Mistral, ZorbNet).';
    expect(
      retyped(text, [
        ['Llama 3', 'model', 'model-shape'],
        ['Qwen2', 'model', 'model-shape'],
        ['FrobNet', 'method'],
        ['QuuxBench', 'benchmark'],
        ['Mistral', 'model', 'lexicon'],
        ['Mistral', 'model', 'lexicon'],
        ['ZorbNet', 'benchmark'],
      ]),
    ).toEqual(['model:Llama 3', 'model:Qwen2', 'method:FrobNet', 'benchmark:QuuxBench', 'model:Mistral', 'model:Mistral', 'model:ZorbNet']);
  });

  it('leaves prose and lexicon entries of another type alone', () => {
    const text = 'We use Llama 3 and Reading Comprehension, and GPT-4 and ImageNet.';
    expect(
      retyped(text, [
        ['Llama 3', 'model', 'model-shape'],
        ['Reading Comprehension', 'method'],
        ['GPT-4', 'model', 'model-shape'],
        ['ImageNet', 'benchmark', 'lexicon'],
      ]),
    ).toEqual(['model:Llama 3', 'method:Reading Comprehension', 'model:GPT-4', 'benchmark:ImageNet']);
  });
});
