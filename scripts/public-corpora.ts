// The public annotated corpora of ../shared/train (see its README), as partially labelled training
// text: each corpus's classes mapped onto the tagged types, and what it leaves unannotated left free.
import { readFileSync } from 'node:fs';
import type { PartialLabelling, PartialSpan } from '../src/extract/tagger/gold-labels.js';
import type { TaggedType } from '../src/extract/tagger/labels.js';

export const PUBLIC_DIR = '../shared/train';

interface PublicCorpus {
  readonly file: string;
  /** The README's suggested category → the tagged types a span of it may be; categories not listed are non-targets. */
  readonly types: Readonly<Record<string, readonly TaggedType[]>>;
  readonly labelling: PartialLabelling;
}

// Methods include model names in SciERC and SciREX; their generic phrases ("language models") are
// outside the guideline, so no span is strict (a span may be outside or hold a shorter entity).
const TYPES = { method: ['method', 'model'], dataset: ['benchmark'], task: ['task'], metric: ['metric'] } as const;
export const PUBLIC_CORPORA: readonly PublicCorpus[] = [
  { file: 'scierc_train.jsonl', types: TYPES, labelling: { outside: [], strict: false } },
  { file: 'scierc_dev.jsonl', types: TYPES, labelling: { outside: [], strict: false } },
  { file: 'scirex_train_abstracts.jsonl', types: TYPES, labelling: { outside: [], strict: false } },
  // TDMSci does not annotate methods (nor models); CS-NER's silver spans are not exhaustive at all.
  { file: 'tdmsci_train.jsonl', types: TYPES, labelling: { outside: ['method', 'model'], strict: false } },
  { file: 'csner_pwc_abstracts.jsonl', types: TYPES, labelling: { outside: 'any', strict: false } },
];

export interface PartialPaper {
  readonly title: string;
  readonly abstract: string;
  /** Offsets into paperText(title, abstract). */
  readonly spans: readonly PartialSpan[];
  readonly labelling: PartialLabelling;
  readonly source: string;
}

interface PublicDocument {
  readonly title?: string;
  readonly text: string;
  readonly entities: readonly { readonly category: string; readonly start: number; readonly end: number }[];
}

/** One corpus's documents; `text` is "title\nabstract" where a title exists, and papergraph joins the two with a blank line. */
export function loadPublicCorpus(corpus: PublicCorpus, dir = PUBLIC_DIR): PartialPaper[] {
  return readFileSync(`${dir}/${corpus.file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const doc = JSON.parse(line) as PublicDocument;
      const titleEnd = doc.title && doc.text.startsWith(`${doc.title}\n`) ? doc.title.length : -1;
      const title = titleEnd >= 0 ? doc.title! : '';
      const abstract = titleEnd >= 0 ? doc.text.slice(titleEnd + 1) : doc.text;
      // paperText is `${title}\n\n${abstract}`: abstract offsets move by the title's length plus the blank line.
      const shift = (offset: number): number => (titleEnd >= 0 && offset <= titleEnd ? offset : offset - (titleEnd + 1) + title.length + 2);
      const spans = doc.entities.flatMap((e) => {
        const types = corpus.types[e.category];
        return types ? [{ start: shift(e.start), end: shift(e.end), types }] : [];
      });
      return { title, abstract, spans, labelling: corpus.labelling, source: corpus.file };
    });
}

export const publicPapers = (dir = PUBLIC_DIR): PartialPaper[] => PUBLIC_CORPORA.flatMap((c) => loadPublicCorpus(c, dir));
