// New-style (2309.12345) and old-style (hep-th/9901001, cs.LG/0101001) arXiv identifiers.
const ARXIV_ID = /(?:arxiv\.org\/(?:abs|pdf)\/|arxiv:\s*|^)(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?:\.pdf)?$/i;

/** The arXiv id in an id or URL, without version, or undefined. */
export function arxivIdOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return ARXIV_ID.exec(value.trim())?.[1];
}

/** The ids a paper given by `id` may be stored under: the id itself, then `arxiv:<id>` for a bare arXiv id or URL. */
export function paperIdVariants(id: string): string[] {
  const arxiv = arxivIdOf(id);
  const prefixed = arxiv ? `arxiv:${arxiv}` : undefined;
  return prefixed && prefixed !== id ? [id, prefixed] : [id];
}
