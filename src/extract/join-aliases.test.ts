import { describe, expect, it } from 'vitest';
import { typedEntityKey, type ExtractedEntity } from '../model/index.js';
import { defaultExtractorConfig, extractEntities } from './index.js';
import { joinAliasedEntities } from './join-aliases.js';

const entity = (type: ExtractedEntity['type'], name: string, start: number, more: Partial<ExtractedEntity> = {}): ExtractedEntity => ({
  type,
  name,
  key: typedEntityKey(type, name),
  aliases: [],
  evidence: { mention: name, start, end: start + name.length, sentence: name },
  confidence: 0.6,
  ...(type === 'method' ? { role: 'used' as const } : {}),
  ...more,
});

describe('joining entities that name each other', () => {
  it('joins an acronym to the long form that lists it, keeping the long form, the first evidence and the proposed role', () => {
    const joined = joinAliasedEntities([
      entity('method', 'MoM', 0, { role: 'proposed', confidence: 0.7 }),
      entity('task', 'sequence modeling', 20),
      entity('method', 'Mixture-of-Memories', 300, { aliases: ['MoM'] }),
    ]);
    expect(joined.map((e) => [e.type, e.name, e.aliases, e.evidence.start, e.confidence, e.role])).toEqual([
      ['method', 'Mixture-of-Memories', ['MoM'], 0, 0.7, 'proposed'],
      ['task', 'sequence modeling', [], 20, 0.6, undefined],
    ]);
  });
  it('keeps entities of different types apart, and links and topics as they are', () => {
    const found = [entity('model', 'MoM', 0), entity('method', 'Mixture-of-Memories', 30, { aliases: ['MoM'] })];
    expect(joinAliasedEntities(found)).toEqual(found);
  });
  it('makes the title name and the defined long form one entity in a real paper', () => {
    const found = extractEntities(
      {
        title: 'MoM: Linear Sequence Modeling with Mixture-of-Memories',
        abstract: 'We introduce a novel architecture called Mixture-of-Memories (MoM). MoM uses multiple memory states.',
      },
      defaultExtractorConfig(),
    ).filter((e) => e.type === 'method');
    expect(found.filter((e) => e.name === 'MoM' || e.aliases.includes('MoM')).map((e) => [e.name, e.role])).toEqual([
      ['Mixture-of-Memories', 'proposed'],
    ]);
  });
});
