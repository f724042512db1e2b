import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArxivAtom, readHfDaily, readJsonLines } from './index.js';

const jsonl = (...records: object[]) => readJsonLines(records.map((r) => JSON.stringify(r)).join('\n'), 'in.jsonl');
const page = (header: string) => `Daily Papers\n\n${header}\n\nA Title\n\nAn abstract about attention.\n`;

describe('paper metadata from the readers', () => {
  it('JSON records: authors, venue and categories as arrays or separated strings; arXiv id and own id kept', () => {
    const { papers, issues } = jsonl(
      {
        id: 'p1',
        url: 'https://arxiv.org/abs/2407.21787v2',
        title: 'T',
        abstract: 'A',
        authors: ['B. Brown', 'J. Juravsky'],
        venue: 'NeurIPS 2024',
        categories: 'cs.LG stat.ML',
      },
      { id: 'x7', title: 'U', abstract: 'B', authors: 'A. Vaswani; N. Shazeer', categories: ['cs.CL'] },
    );
    expect(issues).toEqual([]);
    expect(papers[0]).toMatchObject({
      id: 'arxiv:2407.21787',
      recordId: 'p1',
      arxivId: '2407.21787',
      authors: ['B. Brown', 'J. Juravsky'],
      venue: 'NeurIPS 2024',
      categories: ['cs.LG', 'stat.ML'],
    });
    expect(papers[1]).toMatchObject({ id: 'x7', authors: ['A. Vaswani', 'N. Shazeer'], categories: ['cs.CL'] });
    expect(papers[1]).not.toHaveProperty('recordId');
    expect(papers[1]).not.toHaveProperty('arxivId');
  });

  it('reports a list field of the wrong type, located', () => {
    expect(jsonl({ title: 'T', abstract: 'A', authors: [1, 2] }).issues).toEqual([
      { file: 'in.jsonl', line: 1, message: 'field "authors" must be an array of strings or a string, found an array' },
    ]);
  });

  it('arXiv Atom: authors, categories and the journal reference as venue', () => {
    const file = 'test/fixtures/arxiv-entry-with-authors.atom';
    const { papers, issues } = readArxivAtom(readFileSync(file, 'utf8'), file);
    expect(issues).toEqual([]);
    expect(papers[0]).toMatchObject({
      id: 'arxiv:2310.05869',
      arxivId: '2310.05869',
      authors: ['Insu Han', 'Rajesh Jayaram'],
      venue: 'ICLR 2024',
      categories: ['cs.LG', 'cs.DS'],
      published: '2023-10-09',
    });
    expect(papers[0]).not.toHaveProperty('recordId');
  });

  it('Daily Papers page: the date header dates its papers, with a year given for a header without one', () => {
    expect(readHfDaily(page('Sep 11'), 'p.txt').papers[0]).not.toHaveProperty('published');
    expect(readHfDaily(page('Sep 11'), 'p.txt', { year: 2024 }).papers[0]?.published).toBe('2024-09-11');
    expect(readHfDaily(page('September 3, 2023'), 'p.txt').papers[0]?.published).toBe('2023-09-03');
    expect(readHfDaily(page('Sep 11'), 'p.txt', { date: '2024-10' }).papers[0]?.published).toBe('2024-10');
    expect(readHfDaily('A Title\n\nAn abstract.\n', 'p.txt', { year: 2022 }).papers[0]?.published).toBe('2022');
  });
});
