/** Where a paper record came from: the reader that produced it and the file and line it starts on. */
export interface PaperSource {
  readonly format: CorpusFormat;
  readonly file: string;
  readonly line: number;
}

export const CORPUS_FORMATS = ['hf-daily', 'jsonl', 'json', 'arxiv-atom'] as const;
export type CorpusFormat = (typeof CORPUS_FORMATS)[number];

/** A paper as read from input, before extraction. */
export interface PaperInput {
  readonly id: string;
  readonly title: string;
  readonly abstract: string;
  readonly url?: string;
  /** ISO 8601 date at the precision known: YYYY-MM-DD, YYYY-MM or YYYY. */
  readonly published?: string;
  readonly source: PaperSource;
}
