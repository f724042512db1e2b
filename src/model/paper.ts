/** Where a paper record came from: the reader that produced it and the file and line it starts on. */
export interface PaperSource {
  readonly format: CorpusFormat;
  readonly file: string;
  readonly line: number;
}

export const CORPUS_FORMATS = ['hf-daily', 'jsonl', 'json', 'arxiv-atom'] as const;
export type CorpusFormat = (typeof CORPUS_FORMATS)[number];

/** What an input says about a paper besides its text; every field is optional. */
export interface PaperMetadata {
  readonly authors?: readonly string[];
  /** Where it appeared: a conference, journal or arXiv journal reference. */
  readonly venue?: string;
  /** The arXiv identifier without version: 2309.12345 or hep-th/9901001. */
  readonly arxivId?: string;
  /** Subject categories as the input gives them (arXiv: cs.LG, stat.ML …). */
  readonly categories?: readonly string[];
  /** The record's own id when the paper's id is another one (its arXiv id); it finds the paper too. */
  readonly recordId?: string;
}

/** A paper as read from input, before extraction. */
export interface PaperInput extends PaperMetadata {
  readonly id: string;
  readonly title: string;
  readonly abstract: string;
  readonly url?: string;
  /** ISO 8601 date at the precision known: YYYY-MM-DD, YYYY-MM or YYYY. */
  readonly published?: string;
  readonly source: PaperSource;
}

/** The arXiv abstract page and PDF of an arXiv id. */
export function arxivLinks(arxivId: string): { readonly abstractUrl: string; readonly pdfUrl: string } {
  return { abstractUrl: `https://arxiv.org/abs/${arxivId}`, pdfUrl: `https://arxiv.org/pdf/${arxivId}` };
}

/** The metadata fields that are set, for spreading into a record (undefined and empty lists left out). */
export function presentMetadata(m: { [K in keyof PaperMetadata]?: PaperMetadata[K] | null }): PaperMetadata {
  return {
    ...(m.authors?.length ? { authors: [...m.authors] } : {}),
    ...(m.venue ? { venue: m.venue } : {}),
    ...(m.arxivId ? { arxivId: m.arxivId } : {}),
    ...(m.categories?.length ? { categories: [...m.categories] } : {}),
    ...(m.recordId ? { recordId: m.recordId } : {}),
  };
}
