import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, extractEntities } from '../src/extract/index.js';
import { readCorpusText } from '../src/ingest/index.js';
import { ENTITY_TYPES, paperText, typedEntityKey } from '../src/model/index.js';

const config = defaultExtractorConfig();

describe('extractor output on the sample corpus', () => {
  const papers = readCorpusText(readFileSync('data/hf-daily-papers-sample.txt', 'utf8'), 'sample.txt').papers;

  it('gives every entity a type, canonical name, exact evidence offsets and a confidence', () => {
    for (const paper of papers) {
      const text = paperText(paper);
      for (const e of extractEntities(paper, config)) {
        expect(ENTITY_TYPES).toContain(e.type);
        expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.mention);
        expect(text).toContain(e.evidence.sentence);
        expect(e.evidence.sentence).toContain(e.evidence.mention);
        expect(e.confidence).toBeGreaterThan(0);
        expect(e.confidence).toBeLessThanOrEqual(1);
        expect(e.role !== undefined).toBe(e.type === 'method');
        expect(e.key).toBe(typedEntityKey(e.type, e.name));
      }
    }
  });

  it('is deterministic', () => {
    const once = papers.map((p) => extractEntities(p, config));
    const twice = papers.map((p) => extractEntities(p, config));
    expect(twice).toEqual(once);
  });

  it('lists each entity once per paper', () => {
    for (const paper of papers) {
      const ids = extractEntities(paper, config).map((e) => `${e.type}:${e.key}`);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
