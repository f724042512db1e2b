import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, extractEntities } from '../index.js';
import { compileNameFrequencies, frequencyBucket, frequencyKey } from './name-frequency.js';
import { roleFeatures } from './role-features.js';

describe('name frequencies', () => {
  it('key a name by its lowercase words, so spellings of one name share a count', () => {
    expect(frequencyKey('Fine-Tuning')).toBe('fine tuning');
    expect(frequencyKey('fine tuning')).toBe('fine tuning');
    expect(frequencyKey('Méthode  (X)')).toBe('methode x');
  });
  it('bucket a name by the least count of the bucket it is listed in, and unlisted names at 0', () => {
    const table = compileNameFrequencies(['rare name', 'fine tuning|lora', '', 'reinforcement learning']);
    expect(frequencyBucket(table, 'Rare Name')).toBe('2+');
    expect(frequencyBucket(table, 'Fine-Tuning')).toBe('10+');
    expect(frequencyBucket(table, 'Reinforcement Learning')).toBe('1000+');
    expect(frequencyBucket(table, 'FooBarNet')).toBe('0');
  });
  it('are in the shipped configuration: techniques the field writes often, never a name no abstract writes', () => {
    const { nameFrequencies } = defaultExtractorConfig();
    expect(frequencyBucket(nameFrequencies!, 'reinforcement learning')).toBe('1000+');
    expect(frequencyBucket(nameFrequencies!, 'Zxqvert Attention')).toBe('0');
  });
});

describe('the role of a method named in a title', () => {
  const config = defaultExtractorConfig();
  const roleOf = (title: string, abstract: string, name: string) =>
    extractEntities({ title, abstract }, config).find((e) => e.type === 'method' && e.name.toLowerCase() === name.toLowerCase())?.role;

  it('is "used" for a technique many abstracts write, and "proposed" for a name no other abstract writes', () => {
    const abstract =
      'Grasping unknown objects remains hard for robots. We study policies trained with reinforcement learning in simulation and deployed on a real arm, and report success rates on 40 household objects.';
    expect(roleOf('Reinforcement Learning for Robotic Grasping of Household Objects', abstract, 'reinforcement learning')).toBe('used');
    expect(
      roleOf(
        'Zxqvert: Grasping Household Objects with Tactile Priors',
        'We propose Zxqvert, a grasping policy that reads tactile priors, and report success rates on 40 household objects.',
        'Zxqvert',
      ),
    ).toBe('proposed');
  });
  it('reads the frequency features only when a table is given', () => {
    const text = 'Fine-Tuning for X\n\nWe fine-tune.';
    const entity = extractEntities({ title: 'Fine-Tuning for X', abstract: 'We fine-tune.' }, config).find((e) => e.type === 'method');
    expect(entity?.name.toLowerCase()).toBe('fine-tuning');
    if (!entity) return;
    const withTable = roleFeatures({ text, titleEnd: 17 }, entity, config.lexicon, config.nameFrequencies);
    expect(withTable.some((f) => f.startsWith('frequency:'))).toBe(true);
    expect(roleFeatures({ text, titleEnd: 17 }, entity, config.lexicon).some((f) => f.startsWith('frequency:'))).toBe(false);
  });
});
