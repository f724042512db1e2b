import type { RepoKind } from '../../model/index.js';

export interface UrlMatch {
  readonly url: string;
  readonly start: number;
  readonly end: number;
  readonly kind: RepoKind;
}

// With a scheme, or without one on the hosts papers link to ("lab.github.io/project", "github.com/org/repo").
const URL =
  /\bhttps?:\/\/[^\s<>"'{}|\\^`]+|(?<![\w@./-])(?:www\.[\w-]+(?:\.[\w-]+)+|[\w-]+\.github\.io|github\.com|gitlab\.com|huggingface\.co|bitbucket\.org)(?:\/[^\s<>"'{}|\\^`]*)?/gi;
const CODE_HOSTS =
  /^(?:https?:\/\/)?(www\.)?(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sourceforge\.net|aka\.ms|git\.|colab\.research\.google\.com)/i;
const MODEL_HUB = /^(?:https?:\/\/)?(www\.)?(huggingface\.co|hf\.co|modelscope\.cn|kaggle\.com\/models)/i;
const HUB_CODE = /^(?:https?:\/\/)?(www\.)?(huggingface\.co|hf\.co)\/spaces\//i;

/** URLs with trailing sentence punctuation and unbalanced closing brackets removed. */
export function findUrls(text: string): UrlMatch[] {
  const found: UrlMatch[] = [];
  for (const m of text.matchAll(URL)) {
    const url = trimUrl(m[0]);
    found.push({ url, start: m.index, end: m.index + url.length, kind: classifyUrl(url) });
  }
  return found;
}

function trimUrl(raw: string): string {
  let url = raw.replace(/[.,;:!?'"]+$/, '');
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
  ] as const) {
    while (url.endsWith(close) && count(url, open) < count(url, close)) url = url.slice(0, -1).replace(/[.,;:!?]+$/, '');
  }
  return url;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

export function classifyUrl(url: string): RepoKind {
  if (HUB_CODE.test(url)) return 'code';
  if (MODEL_HUB.test(url)) return 'model-hub';
  return CODE_HOSTS.test(url) ? 'code' : 'project-page';
}
