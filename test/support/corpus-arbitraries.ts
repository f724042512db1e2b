import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { CorpusFormat } from '../../src/model/index.js';

/** Valid files of each format to mutate: the suite's own fixtures. */
export const SEEDS: Record<CorpusFormat, readonly string[]> = {
  'hf-daily': ['test/fixtures/hf-page-question-title.txt'],
  jsonl: ['test/fixtures/two-papers.jsonl', 'test/fixtures/dated-gsm8k-papers.jsonl'],
  json: ['test/fixtures/two-papers.json', 'test/fixtures/pretty-printed-object.json'],
  'arxiv-atom': ['test/fixtures/arxiv-feed.atom', 'test/fixtures/atom-character-references.atom'],
};

// Pieces that have broken readers or that sit on a parser's edge.
const FRAGMENTS = [
  '<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
  '<!ENTITY lol "lol">',
  '&lol9;',
  '&#0;',
  '&#x110000;',
  '&#233;',
  '&amp;',
  '<!--',
  '-->',
  '<?',
  '?>',
  '<![CDATA[',
  ']]>',
  '<entry>',
  '</entry>',
  '<summary>',
  '</feed>',
  '\uFEFF',
  '\u0000',
  '\u001b[2J',
  '\uD800',
  '\r\n',
  '\n\n',
  '{',
  '}',
  '[',
  ']',
  '"',
  '\\',
  ',',
  ':',
  '"title": ',
  '"abstract": ',
  '"published": "2024-13-45"',
  'null',
  '1e999',
  'http://]',
  'https://github.com/',
  '(LSH)',
  'Locality Sensitive Hashing (LSH)',
  '\\textit{',
  'GPT-4o',
  'SWE-bench',
];

const seedTexts = Object.fromEntries(
  Object.entries(SEEDS).map(([format, files]) => [format, files.map((f) => readFileSync(f, 'utf8'))]),
) as Record<CorpusFormat, string[]>;

type Mutation = { at: number; remove: number; insert: string };

const insertion = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constant('') },
);
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: insertion,
});

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    out = out.slice(0, at) + m.insert + out.slice(at + m.remove);
  }
  return out;
}

const fieldText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.constantFrom(...FRAGMENTS, 'word', ' '), { maxLength: 12 }).map((p) => p.join('')),
);
const record = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 12 }), fc.constant('http://arxiv.org/abs/2401.00001v2')),
    title: fieldText,
    abstract: fieldText,
    published: fc.string({ maxLength: 12 }),
  },
  { requiredKeys: ['title', 'abstract'] },
);
const escapeXml = (s: string) => s.replace(/&(?!(?:#\d+|#x[0-9a-f]+|\w+);)/gi, '&amp;').replace(/</g, '&lt;');

/** Well-formed files of a format whose field values are random: they reach past the parser into the record checks. */
function wellFormed(format: CorpusFormat): fc.Arbitrary<string> {
  const records = fc.array(record, { maxLength: 5 });
  switch (format) {
    case 'jsonl':
      return records.map((rs) => rs.map((r) => JSON.stringify(r)).join('\n'));
    case 'json':
      return records.map((rs) => JSON.stringify(rs, null, 2));
    case 'arxiv-atom':
      return records.map(
        (rs) =>
          `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${rs
            .map(
              (r) =>
                `<entry><id>${escapeXml(r.id ?? '')}</id><title>${escapeXml(r.title)}</title><summary>${escapeXml(r.abstract)}</summary><published>${escapeXml(r.published ?? '')}</published></entry>`,
            )
            .join('\n')}\n</feed>\n`,
      );
    case 'hf-daily':
      return records.map((rs) => rs.map((r) => `${r.title}\n\n${r.abstract}`).join('\n\n'));
  }
}

/** Random text, well-formed files with random values and mutated valid files of a format: the inputs each reader must survive. */
export function readerInput(format: CorpusFormat): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: wellFormed(format) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join('')) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom(...seedTexts[format]), fc.array(mutation, { minLength: 1, maxLength: 6 }))
        .map(([seed, mutations]) => mutate(seed, mutations)),
    },
  );
}

const SAMPLE = readFileSync('data/hf-daily-papers-sample.txt', 'utf8');

/** Titles and abstracts for the extractor: random text, and slices of the shipped sample mutated. */
export const paperInput: fc.Arbitrary<{ title: string; abstract: string }> = fc.record({
  title: fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.constantFrom('T', 'SMURF: SeMantic and linguistic UndeRstanding Fusion'),
  ),
  abstract: fc.oneof(
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
    {
      weight: 1,
      arbitrary: fc.array(fc.constantFrom(...FRAGMENTS, ' ', '. ', 'We evaluate on ', ' and '), { maxLength: 40 }).map((p) => p.join('')),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.nat({ max: SAMPLE.length - 1 }), fc.integer({ min: 1, max: 1500 }), fc.array(mutation, { maxLength: 5 }))
        .map(([start, length, mutations]) => mutate(SAMPLE.slice(start, start + length), mutations)),
    },
  ),
});
