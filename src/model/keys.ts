const PRINTABLE_ASCII = /^[ -~]*$/;

/**
 * The identity of a name within an entity type: case, accents, hyphens, spacing and punctuation
 * are ignored, so "SWE-bench Lite", "swe bench lite" and "SWE‑Bench-Lite" share one key.
 * Version markers survive ("gpt4o" vs "gpt4"), which keeps different versions apart, and so does a star
 * that names ("V* Bench", "A* search", "O*NET" are not VBench, "A search", O-Net); a footnote mark or
 * Markdown emphasis ("Mem0*", "**Pri**vate") is punctuation.
 */
export function entityKey(name: string): string {
  const written = name.includes('*') ? withNamingStars(name) : name;
  // On ASCII, NFKD changes nothing and \p{L}\p{N} are [a-z0-9] once lowercased: the Unicode steps cost more than the test.
  if (PRINTABLE_ASCII.test(written)) return written.toLowerCase().replace(/[^a-z0-9+#*]+/g, '');
  return written
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#*]+/gu, '');
}

// "V$^*$", "V^{*}": a star written as a superscript.
const SUPERSCRIPT_STAR = /\$?\^\{?\*\}?\$?/g;
// A star that names: after a one-character word ("A* search", "V* Bench") or inside a word ("O*NET").
const NAMING_STAR = /(?<=(?:^|[^\p{L}\p{N}])[\p{L}\p{N}])\*(?!\*)|(?<=[\p{L}\p{N}])\*(?=[\p{L}\p{N}])/gu;

/** The name with every star that does not name taken out ("Mem0*", "Bayesian* inference", "**bold**"). */
function withNamingStars(name: string): string {
  const text = name.replace(SUPERSCRIPT_STAR, '*');
  const keep = new Set([...text.matchAll(NAMING_STAR)].map((m) => m.index));
  let out = '';
  for (let i = 0; i < text.length; i++) if (text[i] !== '*' || keep.has(i)) out += text[i];
  return out;
}

/** "transformers" → "transformer", "processes" → "process"; short keys (acronyms) stay. */
export function singular(key: string): string {
  if (key.length < 5) return key;
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (key.endsWith('es') && (key.endsWith('sses') || key.endsWith('xes') || key.endsWith('ches') || key.endsWith('shes')))
    return key.slice(0, -2);
  if (key.endsWith('s') && !key.endsWith('ss') && !key.endsWith('us') && !key.endsWith('is')) return key.slice(0, -1);
  return key;
}

/**
 * The identity of a name within its type. Plural forms of common-noun types (methods, tasks,
 * metrics) fold to the singular, acronyms' too ("GANs"); names of datasets and models keep every character that counts,
 * except that a dataset's edition year may be written with two digits or four ("AIME25", "AIME'25" and
 * "AIME-2025", "WMT14" and "WMT 2014" are one).
 */
export function typedEntityKey(type: string, name: string): string {
  if (type === 'repo') return urlKey(name);
  const key = entityKey(name);
  if (type === 'benchmark') return key.replace(EDITION_YEAR, '$1');
  if (type !== 'method' && type !== 'task' && type !== 'metric') return key;
  // An acronym's plural is too short for `singular` ("NFEs", "GANs", "GNNs": 4 letters): its capitals say it is one.
  return ACRONYM_PLURAL.test(name) ? entityKey(name.slice(0, -1)) : singular(key);
}

const ACRONYM_PLURAL = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\p{N}-]+s$/u;

// A year after letters ends the key: "aime2025" is "aime25"; after a digit it is part of a number ("cub2002011").
const EDITION_YEAR = /(?<=\p{L})20(\d\d)$/u;

/** Key for a URL: scheme, "www." and trailing slashes or dots do not distinguish two links. */
export function urlKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[./]+$/, '');
}

/** Graph node id of an entity, unique across types. */
export function entityNodeId(type: string, key: string): string {
  return `${type}:${key}`;
}

/**
 * A name's words as name comparisons see them: lowercase letters and digits, accents and punctuation
 * dropped ("Fine-Tuning" is "fine tuning").
 */
export function nameWords(name: string): string[] {
  const plain = PRINTABLE_ASCII.test(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, '');
  return plain.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/**
 * Whether one name's words are a proper, contiguous part of the other's ("DeepSeek" and
 * "DeepSeek-V2-Coder-Instruct", "machine translation" and "out-of-distribution machine translation",
 * "accuracy" and "worst-group accuracy"): the shorter names a family or a general kind, the longer one
 * member of it, so neither is the other's alias beyond the paper that wrote both.
 */
export function isNestedName(a: string, b: string): boolean {
  const [x, y] = [nameWords(a), nameWords(b)];
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length > 0 && short.length < long.length && ` ${long.join(' ')} `.includes(` ${short.join(' ')} `);
}
