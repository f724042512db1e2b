import { plural } from '../../../model/plural.js';
import { gql } from './api.js';
import { entityLink } from './browse.js';

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const EXAMPLE_KINDS = [
  ['benchmarks', 'Benchmarks with most papers'],
  ['methods', 'Methods with most papers'],
  ['models', 'Models with most papers'],
] as const;

type Listed = { edges: { node: { id: string; name: string; type: string; paperCount: number } }[] } | null;

/** The panel of the start page: the entities of the loaded graph with most papers, each opening its view. */
export async function startPanel(perKind = 4): Promise<string> {
  const lists = EXAMPLE_KINDS.map(([list]) => `${list}(first: ${perKind}) { edges { node { id name type paperCount } } }`).join(' ');
  const data = await gql<Record<string, Listed>>(`{ ${lists} }`);
  const sections = EXAMPLE_KINDS.map(([list, title]) => {
    const edges = data[list]?.edges ?? [];
    if (edges.length === 0) return '';
    const items = edges.map(({ node }) => `<li>${entityLink(node)} <small>${plural(node.paperCount, 'paper')}</small></li>`).join('');
    return `<section class="browse-list examples"><h3>${title}</h3><ul>${items}</ul></section>`;
  }).join('');
  if (!sections) return '<p>The graph is empty: ingest papers first (<code>papergraph ingest</code>).</p>';
  return `<h2>Start here</h2><p class="meta">Search above, or open one of these from the graph loaded now:</p>${sections}`;
}

/**
 * An error in words, its "Did you mean" names as links to their views (an alias's link opens its entity):
 * `no benchmark named "GSM8". Did you mean "GSM8K"?`.
 */
export function problemHtml(message: string, type: string | undefined): string {
  const at = message.indexOf(' Did you mean ');
  if (at < 0 || type === undefined) return `<p>✗ ${escape(message)}</p>`;
  const names = [...message.slice(at).matchAll(/"((?:[^"\\]|\\.)*)"(?: \(an alias of "((?:[^"\\]|\\.)*)"\))?/g)].map((m) => {
    const [shown, owner] = [JSON.parse(`"${m[1]!}"`) as string, m[2] === undefined ? undefined : (JSON.parse(`"${m[2]}"`) as string)];
    const link = entityLink({ id: '', name: owner ?? shown, type });
    return owner === undefined ? link : `${link} <small>(as ${escape(shown)})</small>`;
  });
  return `<p>✗ ${escape(message.slice(0, at))}</p>${names.length ? `<p>Did you mean ${names.join(', ')}?</p>` : ''}`;
}
