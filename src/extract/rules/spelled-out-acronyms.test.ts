import { describe, expect, it } from 'vitest';
import { typedEntityKey } from '../../model/index.js';
import { candidate, type Candidate } from '../candidate.js';
import { findAcronymDefinitions } from './acronyms.js';
import { withSpelledOutAcronyms } from './spelled-out-acronyms.js';

const named = (text: string, surface: string, type: Candidate['type'] = 'task', name = surface): string => {
  const start = text.indexOf(surface);
  const c = candidate({
    type,
    name,
    key: typedEntityKey(type, name),
    start,
    end: start + surface.length,
    confidence: 0.58,
    rule: 'tagger',
  });
  const out = withSpelledOutAcronyms(c, text, findAcronymDefinitions(text));
  expect(out.key).toBe(typedEntityKey(type, out.name));
  return out.name;
};

describe('task and measure names with the acronyms the paper defines spelled out', () => {
  const text =
    "Patients with Alzheimer's Disease (AD) are scanned. We study AD classification and Human-Object Interaction (HOI) detection, " +
    'reporting Time-To-First-Token (TTFT) and AD.';
  it.each([
    { case: 'an acronym inside the name', surface: 'AD classification', name: "alzheimer's disease classification" },
    {
      case: 'a definition inside the name',
      surface: 'Human-Object Interaction (HOI) detection',
      name: 'human-object interaction detection',
    },
    { case: 'a definition the span cuts', surface: 'Time-To-First-Token (TTFT', name: 'time-to-first-token', type: 'metric' as const },
  ])('$case', ({ surface, name, type }) => {
    expect(named(text, surface, type)).toBe(name);
  });
  it.each([
    { case: 'the acronym alone (the definition aliases join it)', surface: 'AD.', name: 'AD' },
    { case: 'a name a rule canonicalised', surface: 'AD classification', name: 'dementia classification' },
    { case: 'another type', surface: 'AD classification', name: 'AD classification', type: 'method' as const },
    { case: 'letters inside a word', surface: 'scanned', name: 'scanned' },
  ])('leaves $case', ({ surface, name, type }) => {
    expect(named(text, surface.replace(/\.$/, ''), type, name)).toBe(name);
  });
});
