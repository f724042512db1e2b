import { describe, expect, it } from 'vitest';
import { typedEntityKey } from '../model/index.js';
import { candidate as makeCandidate, type Candidate } from './candidate.js';
import { withDefinitionAliases } from './definition-aliases.js';
import { defaultExtractorConfig, extractEntities } from './index.js';
import { findAcronymDefinitions, findShortFirstDefinitions } from './rules/acronyms.js';

const candidate = (text: string, mention: string, from = 0): Candidate => {
  const start = text.indexOf(mention, from);
  return makeCandidate({
    type: 'method',
    name: mention,
    key: typedEntityKey('method', mention),
    start,
    end: start + mention.length,
    confidence: 0.58,
  });
};

describe('aliases from acronym definitions', () => {
  it('gives the long form its acronym and each standalone acronym its long form', () => {
    const text = 'We use Reinforcement Learning (RL). RL helps; so does dropout.';
    const found = withDefinitionAliases(
      text,
      [candidate(text, 'Reinforcement Learning'), candidate(text, 'RL', 32), candidate(text, 'dropout')],
      findAcronymDefinitions(text),
    );
    expect(found.map((c) => c.aliases)).toEqual([['RL'], ['Reinforcement Learning'], undefined]);
  });

  it.each([
    ['We use reinforcement learning (RL) to fine-tune a small model. RL is cheap.', 'reinforcement learning', ['RL']],
    ['We apply deep reinforcement learning (DRL) to robot control.', 'deep reinforcement learning', ['DRL']],
  ])('makes one entity of a defined acronym and its long form: %s', (abstract, name, aliases) => {
    const methods = extractEntities({ title: 'A Study', abstract }, defaultExtractorConfig()).filter((e) => e.type === 'method');
    expect(methods.map((e) => [e.name, e.aliases])).toEqual([[name, aliases]]);
  });

  it('reads a capitalised long form across a comma only when its word initials are the acronym', () => {
    expect(findAcronymDefinitions('To this end we introduce Wide-In, Narrow-Out (WINO), a decoding algorithm.')).toMatchObject([
      { longForm: 'Wide-In, Narrow-Out', acronym: 'WINO' },
    ]);
    expect(findAcronymDefinitions('Signers from Bangladesh, Bangla Sign Language (BdSL) users, took part.')).toEqual([]);
  });

  it('reads a release number in the bracket as part of the acronym', () => {
    expect(findAcronymDefinitions('We use the Segment Anything Model 3 (SAM 3) as a teacher.')).toMatchObject([
      { longForm: 'Segment Anything Model 3', acronym: 'SAM 3' },
    ]);
  });

  it('reads the short form first too, the bracket holding only the long form', () => {
    const text =
      'We introduce HIES (Head Importance-Entropy Score), a criterion; GPT-4 (OpenAI, 2023) and BERT (Devlin et al.) are baselines.';
    expect(
      findShortFirstDefinitions(text).map((d) => [d.acronym, d.longForm, text.slice(d.longStart, d.longStart + d.longForm.length)]),
    ).toEqual([['HIES', 'Head Importance-Entropy Score', 'Head Importance-Entropy Score']]);
    const methods = extractEntities(
      {
        title: 'Pruning attention heads',
        abstract:
          'We introduce a novel pruning criterion, HIES (Head Importance-Entropy Score), which combines head importance and entropy. HIES improves accuracy.',
      },
      defaultExtractorConfig(),
    ).filter((e) => e.aliases.includes('HIES') || e.name === 'HIES');
    expect(methods.map((e) => [e.name, e.aliases])).toEqual([['Head Importance-Entropy Score', ['HIES']]]);
  });

  it('lets a short-form-first definition override the lexicon’s meaning of the acronym', () => {
    const found = extractEntities(
      {
        title: 'Barlow Twins for data-efficient RL',
        abstract: 'We compare with DER (Data-Efficient Rainbow) on Atari 100k. Our agent outperforms DER.',
      },
      defaultExtractorConfig(),
    ).filter((e) => e.name === 'DER' || e.aliases.includes('DER'));
    expect(found.map((e) => [e.type, e.name])).toEqual([['method', 'Data-Efficient Rainbow']]);
  });

  it('keeps a paper’s own long form for an acronym the lexicon reads otherwise, also when the title names the acronym', () => {
    const found = extractEntities(
      {
        title: 'SAC: A Framework for Measuring and Inducing Personality Traits in LLMs',
        abstract: 'We developed a structured framework known as Specific Attribute Control (SAC) for inducing trait intensity in LLMs.',
      },
      defaultExtractorConfig(),
    ).filter((e) => e.name === 'SAC' || e.aliases.includes('SAC'));
    expect(found.map((e) => e.name)).toEqual(['Specific Attribute Control']);
  });

  it('keeps the lexicon’s entity when the definition spells its name with other endings, the paper’s form an alias', () => {
    const found = extractEntities(
      { title: 'Polymorph adapters', abstract: 'We fine-tune with Low Rank Adapters (LoRA) on GLUE and compare LoRA to full fine-tuning.' },
      defaultExtractorConfig(),
    ).filter((e) => e.name === 'LoRA' || e.aliases.includes('LoRA'));
    expect(found.map((e) => [e.type, e.name, e.aliases])).toEqual([['method', 'LoRA', ['Low Rank Adapters']]]);
  });
});
