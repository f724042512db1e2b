import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, extractEntities } from '../index.js';

const config = defaultExtractorConfig();
const methods = (abstract: string) =>
  extractEntities({ title: 'A paper', abstract }, config)
    .filter((e) => e.type === 'method')
    .map((e) => ({ name: e.name, aliases: e.aliases }));

describe('acronym definitions and the candidates around them', () => {
  it('does not give an acronym to a longer name that only ends in its long form', () => {
    const found = methods('Offline reinforcement learning (RL) learns policies from fixed data. We apply RL to robots.');
    const offline = found.find((m) => m.name === 'offline reinforcement learning');
    expect(offline).toBeDefined();
    expect(offline!.aliases).not.toContain('RL');
  });

  it('still joins an acronym to the name that is its long form', () => {
    const found = methods('We train the agent with Proximal Policy Optimization (PPO). PPO is stable.');
    expect(found).toContainEqual(expect.objectContaining({ aliases: expect.arrayContaining(['PPO']) }));
    expect(found.filter((m) => m.name === 'PPO')).toEqual([]);
  });
});
