import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, readCorpusText, readJsonLines } from './index.js';
import { isoDate, lineIndex } from './reader.js';

const fixture = (name: string) => `test/fixtures/${name}`;
const read = (name: string, format?: Parameters<typeof readCorpusText>[2]) =>
  readCorpusText(readFileSync(fixture(name), 'utf8'), fixture(name), format);

describe('Hugging Face Daily Papers page', () => {
  const sample = readCorpusText(readFileSync('data/hf-daily-papers-sample.txt', 'utf8'), 'sample.txt');

  it('reads all 68 papers of the shipped sample and no page chrome', () => {
    expect(sample.issues).toEqual([]);
    expect(sample.papers).toHaveLength(68);
    const titles = sample.papers.map((p) => p.title);
    expect(titles[0]).toBe('HyperAttention: Long-context Attention in Near-Linear Time');
    expect(titles).toContain('Large Language Monkeys: Scaling Inference Compute with Repeated Sampling');
    for (const chrome of ['new', 'Subscribe', 'Daily Papers', 'Sep 11', 'byAK and the research community']) {
      expect(titles).not.toContain(chrome);
    }
    expect(new Set(sample.papers.map((p) => p.id)).size).toBe(68);
  });

  it("reads a card's chrome as chrome and its author line as the paper's authors, as a browser saves the page", () => {
    const page = [
      'Daily Papers',
      'Dec 3, 2025',
      'Submitted by\nakhaliq',
      '42',
      'Attention Is All You Need',
      'Ashish Vaswani, Noam Shazeer, Niki Parmar',
      'We propose the Transformer, based solely on attention mechanisms.',
      '· 8 authors',
      'Submitted by',
      'someone',
      'Upvote\n17',
      'Deep Residual Learning for Image Recognition',
      'Kaiming He · Xiangyu Zhang · Jian Sun',
      'We present a residual learning framework.',
    ].join('\n\n');
    const { papers, issues } = readCorpusText(page, 'saved.txt');
    expect(issues).toEqual([]);
    expect(papers.map((p) => [p.title, p.authors, p.abstract, p.published])).toEqual([
      [
        'Attention Is All You Need',
        ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
        'We propose the Transformer, based solely on attention mechanisms.',
        '2025-12-03',
      ],
      [
        'Deep Residual Learning for Image Recognition',
        ['Kaiming He', 'Xiangyu Zhang', 'Jian Sun'],
        'We present a residual learning framework.',
        '2025-12-03',
      ],
    ]);
  });

  it('keeps abstracts intact and records the line each paper starts on', () => {
    const monkeys = sample.papers.find((p) => p.title.startsWith('Large Language Monkeys'))!;
    expect(monkeys.abstract.startsWith('Scaling the amount of compute used to train language models')).toBe(true);
    expect(monkeys.abstract.endsWith('fail to fully scale with the sample budget.')).toBe(true);
    expect(monkeys.source).toEqual({ format: 'hf-daily', file: 'sample.txt', line: 21 });
  });

  it('accepts titles ending in a question mark', () => {
    const result = read('hf-page-question-title.txt');
    expect(result.issues).toEqual([]);
    expect(result.papers.map((p) => p.title)).toEqual([
      'Are Transformers Effective for Time Series Forecasting?',
      'SpecTr: Fast Speculative Decoding via Optimal Transport',
    ]);
  });

  it('reports a title with no abstract at its line', () => {
    expect(read('hf-title-without-abstract-line-3.txt').issues).toEqual([
      { file: fixture('hf-title-without-abstract-line-3.txt'), line: 3, message: 'title without an abstract: "A Title Without Abstract"' },
    ]);
  });

  it('reports a title without an abstract between papers at its line, and keeps one-line link tails with their abstract', () => {
    const file = fixture('hf-orphan-title-and-tails.txt');
    const result = read('hf-orphan-title-and-tails.txt');
    expect(result.papers.map((p) => [p.title, p.abstract])).toEqual([
      [
        'First Paper: A Method for Things',
        'We propose a method for things. It works well on benchmarks.\n\nProject page: https://example.org/first-paper',
      ],
      ['Second Paper: Another Method', 'We study another method. It also works.\n\nCode: github.com/example/second'],
    ]);
    expect(result.issues).toEqual([
      { file, line: 11, message: 'title without an abstract: "An Orphan Title Shown Without Its Abstract"' },
      { file, line: 19, message: 'title without an abstract: "Third Paper Without an Abstract at the End"' },
    ]);
  });
});

describe('JSON Lines', () => {
  it('reads records, prefers arXiv ids and normalises dates', () => {
    const { papers, issues } = read('two-papers.jsonl');
    expect(issues).toEqual([]);
    expect(papers[0]).toMatchObject({ id: 'arxiv:2407.21787', published: '2024-07-31', source: { line: 1, format: 'jsonl' } });
    expect(papers[1]!.id).toMatch(/^untitled-id-[0-9a-f]{10}$/);
  });

  it('joins words that old PDF extraction split with a soft hyphen', () => {
    const line = JSON.stringify({
      title: 'Ensemble Methods',
      abstract: 'For improv(cid:173) ing the perfor\u00ADmance of boost(cid:173)ing.',
    });
    const { papers } = readCorpusText(line, 'soft-hyphens.jsonl', 'jsonl');
    expect(papers[0]!.abstract).toBe('For improving the performance of boosting.');
  });

  it('reports every bad line with its number and reads the good ones', () => {
    const { papers, issues } = read('malformed-lines-2-3-5.jsonl');
    const file = fixture('malformed-lines-2-3-5.jsonl');
    expect(papers.map((p) => p.title)).toEqual(['Good Paper']);
    expect(issues.map((i) => [i.file, i.line])).toEqual([
      [file, 2],
      [file, 3],
      [file, 5],
    ]);
    expect(issues[0]!.message).toMatch(/^invalid JSON: /);
    expect(issues[1]!.message).toBe('field "title" is empty');
    expect(issues[2]!.message).toBe('field "published" is not a date (YYYY, YYYY-MM or YYYY-MM-DD): "yesterday"');
  });
});

describe('line numbers', () => {
  const lineOf = lineIndex('ab\ncd\n\nef');
  it.each([
    [0, 1],
    [2, 1],
    [3, 2],
    [5, 2],
    [6, 3],
    [7, 4],
    [8, 4],
  ])('offset %i is on line %i', (offset, line) => {
    expect(lineOf(offset)).toBe(line);
  });
});

describe('dates', () => {
  it.each([
    ['2024-07-31T17:57:25Z', '2024-07-31'],
    ['2024-07-31', '2024-07-31'],
    ['2024-07', '2024-07'],
    ['2019', '2019'],
    ['2024-02-30', undefined],
    ['2024-13', undefined],
    ['July 2024', undefined],
  ])('%s reads as %s', (raw, iso) => {
    expect(isoDate(raw)).toBe(iso);
  });

  it('takes a "year" field when there is no "published"', () => {
    const { papers } = readJsonLines('{"title": "T", "abstract": "A.", "year": 2019}\n', 'year.jsonl');
    expect(papers[0]!.published).toBe('2019');
  });

  it('says once per file which fields it did not read, pointing a date field to "published"', () => {
    const text =
      '{"title": "T", "abstract": "A.", "date": "2025-07-21"}\n{"title": "U", "abstract": "B.", "date": "2025-07-22", "status": "x"}\n';
    const { papers, warnings } = readJsonLines(text, 'dated.jsonl');
    expect(papers.map((p) => p.published)).toEqual([undefined, undefined]);
    expect(warnings).toEqual([
      {
        file: 'dated.jsonl',
        line: 1,
        message:
          'fields papergraph does not read were ignored: "date" (2 records), "status" (1 record); a paper\'s date is read from "published" (YYYY, YYYY-MM or YYYY-MM-DD) or "year"',
      },
    ]);
    expect(readJsonLines('{"title": "T", "abstract": "A.", "year": 2019}\n', 'year.jsonl').warnings).toBeUndefined();
    expect(readCorpusText('[{"title": "T", "abstract": "A.", "listing_date": "2025-07-21"}]', 'a.json').warnings?.[0]?.message).toContain(
      '"listing_date" (1 record)',
    );
  });
});

describe('JSON array', () => {
  it('reads elements with the line each starts on', () => {
    const { papers, issues } = read('two-papers.json');
    expect(issues).toEqual([]);
    expect(papers.map((p) => [p.title, p.source.line, p.published])).toEqual([
      ['First', 2, undefined],
      ['Second', 3, '2023-02-01'],
    ]);
  });

  it('reports a bad element at its line', () => {
    expect(read('malformed-element-2-line-3.json').issues).toEqual([
      {
        file: fixture('malformed-element-2-line-3.json'),
        line: 3,
        message: '[1] field "title" must be a string, found number 42',
        field: 'title',
      },
    ]);
  });
});

describe('arXiv Atom feed', () => {
  it('reads entries with ids, dates, links and collapsed whitespace', () => {
    const { papers, issues } = read('arxiv-feed.atom');
    expect(issues).toEqual([]);
    expect(papers[0]).toMatchObject({
      id: 'arxiv:2407.21787',
      title: 'Large Language Monkeys: Scaling Inference Compute with Repeated Sampling',
      abstract: 'Scaling the amount of compute used to train language models has dramatically improved their capabilities.',
      url: 'http://arxiv.org/abs/2407.21787v1',
      published: '2024-07-31',
      source: { line: 4 },
    });
    expect(papers[1]!.id).toBe('arxiv:2310.05869');
  });

  it('reports an entry without a summary at its line', () => {
    expect(read('arxiv-entry-2-no-summary-line-12.atom').issues).toEqual([
      { file: fixture('arxiv-entry-2-no-summary-line-12.atom'), line: 12, message: 'entry 2 has no <summary>' },
    ]);
  });

  it("reports malformed XML with the parser's line", () => {
    const { papers, issues } = read('broken-xml-line-5.atom');
    expect(papers).toEqual([]);
    expect(issues).toEqual([
      {
        file: fixture('broken-xml-line-5.atom'),
        line: 5,
        message: "entry 1 is not well-formed XML: Expected closing tag 'title' (opened in line 4, col 5) instead of closing tag 'entry'.",
      },
    ]);
  });

  it('reads the other entries of a feed where some entries are not well-formed or use undeclared entities, and reports each', () => {
    const good = (id: number, title: string) =>
      `<entry><id>http://arxiv.org/abs/2401.0000${id}v1</id><title>${title}</title><summary>S.</summary></entry>`;
    const text = [
      '<?xml version="1.0"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      good(1, 'Good'),
      '<entry>',
      '<title>Bad &lol; one</title><summary>x</summary>',
      '</entry>',
      '<entry>',
      '<title>Unclosed',
      '<summary>y</summary>',
      '</entry>',
      good(4, 'Last'),
      '</feed>',
    ].join('\n');
    const { papers, issues } = readCorpusText(text, 'mixed.atom');
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([
      ['Good', 3],
      ['Last', 11],
    ]);
    expect(issues.map((i) => [i.line, i.message.slice(0, 44)])).toEqual([
      [4, 'entry 2 uses undeclared entities &lol; (only'],
      [10, 'entry 3 is not well-formed XML: Expected clo'],
    ]);
    expect(issues[1]!.message).toContain('(opened in line 8, col 1)');
  });

  it('refuses an entry whose <published> is not a date, as JSON Lines refuses the field, and keeps an empty one undated', () => {
    const entry = (n: number, published: string) =>
      `<entry>\n<id>http://arxiv.org/abs/2401.0000${n}v1</id><title>T${n}</title><summary>S.</summary>${published}\n</entry>`;
    const text = [
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      entry(1, '<published>2024-01-02T10:00:00Z</published>'),
      entry(2, '<published>not-a-date</published>'),
      entry(3, '<published>2026-02-30</published>'),
      entry(4, '<published></published>'),
      '</feed>',
    ].join('\n');
    const { papers, issues } = readCorpusText(text, 'dates.atom');
    expect(papers.map((p) => [p.title, p.published])).toEqual([
      ['T1', '2024-01-02'],
      ['T4', undefined],
    ]);
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [5, 'entry 2: <published> is not a date (YYYY, YYYY-MM or YYYY-MM-DD, a time may follow): "not-a-date"'],
      [8, 'entry 3: <published> is not a date (YYYY, YYYY-MM or YYYY-MM-DD, a time may follow): "2026-02-30"'],
    ]);
  });

  it('reports a feed that is not well-formed outside its entries as one problem of the file', () => {
    const { papers, issues } = readCorpusText('<feed>\n<entry><title>A</title><summary>B</summary></entry>\n<bad>\n</feed>', 'h.atom');
    expect(papers).toEqual([]);
    expect(issues.map((i) => [i.line, i.message.slice(0, 34)])).toEqual([[4, 'the file is not well-formed XML: E']]);
  });
});

describe('format detection', () => {
  it.each([
    ['a.txt', 'x', 'hf-daily'],
    ['a.jsonl', '{}', 'jsonl'],
    ['a.json', '[{}]', 'json'],
    ['a.json', '{"title": 1}\n{"title": 2}', 'jsonl'],
    ['a.xml', '<feed/>', 'arxiv-atom'],
    ['feed', '<?xml version="1.0"?><feed>', 'arxiv-atom'],
    ['dump', '[{"title": "x"}]', 'json'],
    ['saved.txt', '{"title": "x", "abstract": "y"}\n{"title": "z"}', 'jsonl'],
    ['saved.txt', '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', 'arxiv-atom'],
    ['page.txt', '{Sep 11}\n\nA title', 'hf-daily'],
  ])('%s starting %j is %s', (file, text, format) => {
    expect(detectFormat(file, text)).toBe(format);
  });

  it('names the known formats when it cannot tell', () => {
    expect(() => read('unknown-format.dat')).toThrowError(
      'test/fixtures/unknown-format.dat: cannot tell the format from the extension or content; known formats: hf-daily, jsonl, json, arxiv-atom (use --format)',
    );
  });

  it('lets --format override the extension', () => {
    expect(read('two-papers.jsonl', 'jsonl').papers).toHaveLength(2);
    expect(read('unknown-format.dat', 'hf-daily').issues).toEqual([
      { file: fixture('unknown-format.dat'), line: 1, message: 'text before the first paper title (not a title line)' },
    ]);
  });
});

describe('arXiv Atom feed: hostile and unusual markup', () => {
  const entry = '<entry><id>http://arxiv.org/abs/2401.00001v1</id><title>T</title><summary>S.</summary></entry>';
  it.each([
    ['a DOCTYPE with a SYSTEM entity', 'atom-doctype-system-entity-line-2.atom', 2, /^a DOCTYPE declaration is not allowed/],
    ['an unclosed comment', 'atom-unclosed-comment-line-4.atom', 4, /^invalid XML: comment never closed/],
    ['an undeclared entity reference', 'atom-undeclared-entity-line-3.atom', 3, /^entry 1 uses undeclared entities &lol9;/],
  ])('reports %s at its line, as a problem, not an exception', (_what, name, line, message) => {
    const { issues } = read(name);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: fixture(name), line });
    expect(issues[0]!.message).toMatch(message);
  });
  it.each([
    ['an oversized entity', `<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY x "${'a'.repeat(20000)}">]>\n<feed>${entry}</feed>`, 2],
    ['two DOCTYPEs', `<?xml version="1.0"?>\n\n<!DOCTYPE feed>\n<!DOCTYPE feed>\n<feed>${entry}</feed>`, 3],
    ['an unclosed processing instruction', `<?xml version="1.0"?>\n<feed>\n${entry}\n<?php echo 1;\n</feed>`, 4],
    ['an unclosed CDATA section', `<?xml version="1.0"?>\n<feed>\n<entry><title><![CDATA[T</title></entry>\n</feed>`, 3],
  ])('reports %s at its line', (_what, text, line) => {
    const { papers, issues } = readCorpusText(text, 'hostile.atom');
    expect(papers).toEqual([]);
    expect(issues.map((i) => i.line)).toEqual([line]);
  });
  it('says a feed cut short ends with elements open, at the innermost one, and reads the entries before the cut', () => {
    const text = `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entry}\n<entry>\n<id>http://arxiv.org/abs/2401.00002v1</id>\n<title>Cut`;
    const { papers, issues } = readCorpusText(text, 'cut.atom');
    // Only --skip-invalid ingests them: the file still has a problem.
    expect(papers.map((p) => [p.id, p.title])).toEqual([['arxiv:2401.00001', 'T']]);
    expect(issues).toEqual([
      {
        file: 'cut.atom',
        line: 6,
        message:
          'invalid XML: the file ends with <feed> and <entry> and <title> still open (this <title> is never closed): is the file cut short?',
      },
    ]);
  });
  it('reads the entries of a feed cut between two entries, only <feed> left open', () => {
    const text = `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entry}\n${entry.replace('00001', '00002')}\n`;
    const { papers, issues } = readCorpusText(text, 'cut.atom');
    expect(papers.map((p) => p.id)).toEqual(['arxiv:2401.00001', 'arxiv:2401.00002']);
    expect(issues).toEqual([
      {
        file: 'cut.atom',
        line: 2,
        message: 'invalid XML: the file ends with <feed> still open (this <feed> is never closed): is the file cut short?',
      },
    ]);
  });

  it("refuses the error entry arXiv's API answers a bad query with, rather than storing a paper titled 'Error'", () => {
    const error =
      '<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id><title>Error</title>' +
      '<summary>incorrect id format for 1234.12345</summary><author><name>arXiv api core</name></author></entry>';
    const { papers, issues } = readCorpusText(
      `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${error}\n</feed>`,
      'e.atom',
    );
    expect(papers).toEqual([]);
    expect(issues).toEqual([
      { file: 'e.atom', line: 3, message: 'entry 1 is an arXiv API error, not a paper: "incorrect id format for 1234.12345"' },
    ]);
  });
  it('keeps the good entries of a feed with one undeclared entity', () => {
    expect(read('atom-undeclared-entity-line-3.atom').papers.map((p) => p.title)).toEqual(['Fine']);
  });
  it('decodes character references and the predefined entities once, dropping illegal characters', () => {
    const { papers, issues } = read('atom-character-references.atom');
    expect(issues).toEqual([]);
    expect(papers[0]!.title).toBe('Café naïve & R&D');
    expect(papers[0]!.abstract).toBe('Scores < 5 — not &#233; but 😀 and dropped.');
  });
});
