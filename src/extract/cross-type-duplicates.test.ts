import { describe, expect, it } from 'vitest';
import { typedEntityKey, type ExtractedEntity } from '../model/index.js';
import { withoutCrossTypeDuplicates } from './cross-type-duplicates.js';
import { defaultExtractorConfig, extractEntities } from './index.js';

const entity = (type: ExtractedEntity['type'], name: string, start: number, aliases: string[] = []): ExtractedEntity => ({
  type,
  name,
  key: typedEntityKey(type, name),
  aliases,
  evidence: { mention: name, start, end: start + name.length, sentence: name },
  confidence: 0.6,
  ...(type === 'method' ? { role: 'used' as const } : {}),
});
const longer = (a: ExtractedEntity, b: ExtractedEntity): ExtractedEntity => (b.name.length > a.name.length ? b : a);

describe('one entity for a defined pair read as two types', () => {
  it('keeps the preferred reading with the other one’s names as aliases, wherever the alias points from', () => {
    const found = [entity('method', 'NMT', 0), entity('benchmark', 'WMT14', 10), entity('task', 'neural machine translation', 40, ['NMT'])];
    expect(withoutCrossTypeDuplicates(found, longer).map((e) => [e.type, e.name, e.aliases])).toEqual([
      ['benchmark', 'WMT14', []],
      ['task', 'neural machine translation', ['NMT']],
    ]);
    const reversed = [
      entity('model', 'CLIP', 0, ['Contrastive Language-Image Pre-training']),
      entity('method', 'Contrastive Language-Image Pre-training', 9),
    ];
    const model = (a: ExtractedEntity, b: ExtractedEntity): ExtractedEntity => (a.type === 'model' ? a : b);
    expect(withoutCrossTypeDuplicates(reversed, model).map((e) => [e.type, e.name, e.aliases])).toEqual([
      ['model', 'CLIP', ['Contrastive Language-Image Pre-training']],
    ]);
  });
  it('leaves entities that share no name, same-type pairs, links and topics alone', () => {
    const found = [
      entity('method', 'LoRA', 0, ['low-rank adaptation']),
      entity('method', 'low-rank adaptation', 20),
      entity('topic', 'Fine-tuning & transfer learning', 0, ['LoRA']),
      entity('task', 'summarization', 40),
    ];
    expect(withoutCrossTypeDuplicates(found, longer)).toEqual(found);
  });
  it('keeps the lexicon’s model when a paper spells out its name', () => {
    const found = extractEntities(
      {
        title: 'Whitening the embeddings of a vision-language model',
        abstract:
          'Contrastive Language-Image Pre-training (CLIP) aligns images and text. We whiten CLIP embeddings and evaluate on ImageNet.',
      },
      defaultExtractorConfig(),
    ).filter((e) => e.type !== 'topic');
    const clip = found.filter((e) => [e.name, ...e.aliases].includes('CLIP'));
    expect(clip.map((e) => e.type)).toEqual(['model']);
  });
});
