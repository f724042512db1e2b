import { plural } from '../../../model/plural.js';
import { gql, type EntityDetails } from './api.js';
import { plainTitle } from './plain-title.js';

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// What a researcher browses from an entity, Papers-with-Code style: lists of the entities most
// often mentioned with it, by kind.
const CO_OCCURRING: Record<string, readonly (readonly [title: string, kind: string])[]> = {
  task: [
    ['Benchmarks for this task', 'BENCHMARK'],
    ['Methods for this task', 'METHOD'],
  ],
  benchmark: [
    ['Methods evaluated on it', 'METHOD'],
    ['Models evaluated on it', 'MODEL'],
  ],
  model: [
    ['Benchmarks it is evaluated on', 'BENCHMARK'],
    ['Tasks', 'TASK'],
  ],
  method: [['Benchmarks it is evaluated on', 'BENCHMARK']],
  metric: [['Benchmarks reporting it', 'BENCHMARK']],
  topic: [
    ['Methods', 'METHOD'],
    ['Benchmarks', 'BENCHMARK'],
  ],
};

interface CoList {
  totalCount: number;
  edges: { count: number; node: { id: string; name: string; type: string } }[];
}

interface PapersByDate {
  entity: { papers: { totalCount: number; edges: { node: { id: string; title: string; published: string | null } }[] } } | null;
}

/** A link that opens an entity's view; the viewer intercepts it, a new tab follows the URL. */
export function entityLink(node: { id: string; name: string; type: string }): string {
  const type = node.type.toLowerCase();
  const href = `/explore?${new URLSearchParams({ type, name: node.name })}`;
  return `<a href="${escape(href)}" data-entity-type="${escape(type)}" data-entity-name="${escape(node.name)}">${escape(node.name)}</a>`;
}

function coList(title: string, list: CoList | null | undefined): string {
  if (!list || list.edges.length === 0) return '';
  const items = list.edges.map((e) => `<li>${entityLink(e.node)} <small>${plural(e.count, 'paper')} together</small></li>`).join('');
  const more = list.totalCount > list.edges.length ? `<p class="meta">${list.totalCount - list.edges.length} more</p>` : '';
  return `<section class="browse-list"><h3>${escape(title)} <small>(${list.totalCount})</small></h3><ul>${items}</ul>${more}</section>`;
}

/** A method's papers grouped by year of publication, newest first, undated last. */
function papersOverTime(data: PapersByDate | undefined): string {
  const papers = data?.entity?.papers;
  if (!papers || papers.edges.length === 0) return '';
  const groups = new Map<string, { id: string; title: string }[]>();
  for (const { node } of papers.edges) {
    const year = node.published?.slice(0, 4) ?? 'undated';
    groups.set(year, [...(groups.get(year) ?? []), node]);
  }
  const most = Math.max(...[...groups.values()].map((g) => g.length));
  const sections = [...groups.entries()]
    .map(
      ([year, list]) =>
        `<li><span class="year">${escape(year)}</span><span class="bar" style="width:${Math.round((60 * list.length) / most)}px"></span>${list.length}<ul>${list
          .map(
            (p) =>
              `<li><a href="/explore?${escape(new URLSearchParams({ id: p.id }).toString())}" data-paper="${escape(p.id)}">${escape(plainTitle(p.title))}</a></li>`,
          )
          .join('')}</ul></li>`,
    )
    .join('');
  return `<section class="browse-list over-time"><h3>Papers over time <small>(${papers.totalCount})</small></h3><ul>${sections}</ul></section>`;
}

/** The browse lists of an entity's panel, as HTML (empty when there are none for its kind). */
export async function browseLists(entity: EntityDetails): Promise<string> {
  const kind = entity.type.toLowerCase();
  const lists = CO_OCCURRING[kind] ?? [];
  const ref = { type: entity.type.toUpperCase(), name: entity.name };
  const parts = lists.map(
    ([, type], i) => `l${i}: coOccurring(entity: $ref, type: ${type}, first: 8) { totalCount edges { count node { id name type } } }`,
  );
  if (kind === 'method')
    parts.push('byDate: entity(id: $id) { papers(first: 40, orderBy: PUBLISHED) { totalCount edges { node { id title published } } } }');
  if (parts.length === 0) return '';
  const variables = [...(lists.length ? ['$ref: EntityRef!'] : []), ...(kind === 'method' ? ['$id: ID!'] : [])];
  const data = await gql<Record<string, CoList | PapersByDate['entity'] | null>>(`query(${variables.join(', ')}) { ${parts.join(' ')} }`, {
    ref,
    id: entity.id,
  });
  const over = kind === 'method' ? papersOverTime({ entity: data['byDate'] as PapersByDate['entity'] }) : '';
  return over + lists.map(([title], i) => coList(title, data[`l${i}`] as CoList | null)).join('');
}
