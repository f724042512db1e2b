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
  /** ISO date (YYYY-MM-DD) when known. */
  readonly published?: string;
  readonly source: PaperSource;
}
