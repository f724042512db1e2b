import type { Subgraph } from '../model/index.js';

// Characters XML 1.0 cannot carry even escaped: C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A string XML can hold: each character it cannot is replaced by U+FFFD. */
export function xmlSafeText(value: string): string {
  return value.replace(NOT_XML_CHAR, '\uFFFD');
}

/** The subgraph with every string made XML-safe, for GraphML and GEXF (a `\u0000` in a title made them ill-formed). */
export function xmlSafeSubgraph(subgraph: Subgraph): Subgraph {
  return deepMapStrings(subgraph) as Subgraph;
}

function deepMapStrings(value: unknown): unknown {
  if (typeof value === 'string') return xmlSafeText(value);
  if (Array.isArray(value)) return value.map(deepMapStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [xmlSafeText(k), deepMapStrings(v)]));
  }
  return value;
}
