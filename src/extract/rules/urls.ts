import type { RepoKind } from '../../model/index.js';

export interface UrlMatch {
  readonly url: string;
  readonly start: number;
  readonly end: number;
  readonly kind: RepoKind;
  /** False for a URL that is masked from other rules but names no project ("http://]", "https://github.com/"). */
  readonly namesPage: boolean;
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
    found.push({ url, start: m.index, end: m.index + url.length, kind: classifyUrl(url), namesPage: namesAPage(url) });
  }
  return found;
}

// A host name with a dot and a top-level domain of letters, or an IPv4 address; a port is allowed.
const HOST = /^(?:(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}|\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/u;
const SITE_ROOTS = /^(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|huggingface\.co|hf\.co|sourceforge\.net)$/i;

/**
 * Whether a URL can name a project: it has a real host ("http://]" and "https://github" have none),
 * and on a code or model hub it has a path ("https://github.com/" is the site, shared by unrelated papers).
 */
function namesAPage(url: string): boolean {
  const [, host = '', path = ''] = /^(?:https?:\/\/)?([^/?#]*)(.*)$/i.exec(url) ?? [];
  const bare = host.replace(/^www\./i, '');
  if (!HOST.test(bare)) return false;
  return !(SITE_ROOTS.test(bare) && /^[/.]*$/.test(path));
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
