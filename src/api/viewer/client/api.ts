import { plural } from '../../../model/plural.js';
import { rankEntities } from './search-rank.js';

/** The GraphQL calls the viewer makes, against the server that serves it. */
export interface ViewNode {
  id: string;
  label: string;
  type: string;
  size: number;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
}

export interface ViewSubgraph {
  nodes: ViewNode[];
  edges: ViewEdge[];
  truncated: boolean;
}

const KEY_STORE = 'papergraph-api-key';
let asking: Promise<string | null> | undefined;

/**
 * A server started with --require-key-for-reads answers only requests with its API key: the page asks for
 * it once (one question for calls made together) and keeps it for this tab only.
 */
function askForKey(): Promise<string | null> {
  asking ??= Promise.resolve().then(() => {
    const key = window.prompt('This papergraph server answers only requests with its API key. Enter the key:')?.trim();
    if (key) sessionStorage.setItem(KEY_STORE, key);
    asking = undefined;
    return key || null;
  });
  return asking;
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const key = sessionStorage.getItem(KEY_STORE);
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    const error = body.errors?.[0];
    if (error?.extensions?.code === 'UNAUTHENTICATED' && attempt < 2) {
      if (key) sessionStorage.removeItem(KEY_STORE);
      if (await askForKey()) continue;
    }
    if (error) throw Object.assign(new Error(error.message), { code: error.extensions?.code });
    return body.data!;
  }
}

/** Like gql, but a NOT_FOUND answer (an id that is gone) is null. */
export async function gqlOrNull<T>(query: string, variables: Record<string, unknown> = {}): Promise<T | null> {
  try {
    return await gql<T>(query, variables);
  } catch (error) {
    if ((error as { code?: string }).code === 'NOT_FOUND') return null;
    throw error;
  }
}

const SUBGRAPH = 'nodes { id label type size } edges { id source target type weight } truncated';

export async function neighborhood(
  of: { id: string } | { type: string; name: string },
  depth: number,
  limit: number,
): Promise<ViewSubgraph> {
  const data = await gql<{ neighborhood: ViewSubgraph }>(
    `query($of: NodeRef!, $depth: Int, $limit: Int) { neighborhood(of: $of, depth: $depth, limit: $limit) { ${SUBGRAPH} } }`,
    { of, depth, limit },
  );
  return data.neighborhood;
}

export interface SearchHit {
  id: string;
  label: string;
  type: string;
  detail: string;
}

const SEARCHED_KINDS = ['benchmarks', 'methods', 'models', 'tasks', 'metrics', 'topics'];
/** Entities the search list shows before "show all". */
export const SHOWN_ENTITIES = 12;

export interface SearchResults {
  hits: SearchHit[];
  /** Entities that match but are not in `hits`. */
  moreEntities: number;
}

/**
 * Entities whose name or an alias has every word typed at a word start, the closest names first, then most
 * papers across kinds; then papers by full-text relevance. The server ranks every match (orderBy
 * CLOSEST_NAME) as rankEntities does, so the first `shown` of each kind hold the first `shown` of all kinds.
 */
export async function search(text: string, shown = SHOWN_ENTITIES): Promise<SearchResults> {
  const entityPart = SEARCHED_KINDS.map(
    (l) => `${l}(nameContains: $q, orderBy: CLOSEST_NAME, first: $first) { totalCount edges { node { id name aliases type paperCount } } }`,
  ).join(' ');
  type Listed = {
    totalCount?: number;
    edges: { node: { id: string; name?: string; aliases?: string[]; title?: string; type?: string; paperCount?: number } }[];
  };
  const data = await gql<Record<string, Listed | null>>(
    `query($q: String!, $first: Int!) { ${entityPart} papers(search: $q, first: 5) { edges { node { id title } } } }`,
    { q: text, first: shown },
  );
  const found = SEARCHED_KINDS.flatMap((list) => data[list]?.edges ?? []).map(({ node }) => ({
    ...node,
    name: node.name!,
    paperCount: node.paperCount!,
  }));
  const total = SEARCHED_KINDS.reduce((sum, list) => sum + (data[list]?.totalCount ?? 0), 0);
  const entities = rankEntities(text, found)
    .slice(0, shown)
    .map((node) => ({
      id: node.id,
      label: node.name,
      type: node.type!.toLowerCase(),
      detail: `${node.type!.toLowerCase()} · ${plural(node.paperCount, 'paper')}`,
    }));
  const papers = (data['papers']?.edges ?? []).map(({ node }) => ({ id: node.id, label: node.title!, type: 'paper', detail: 'paper' }));
  return { hits: [...entities, ...papers], moreEntities: total - entities.length };
}

export interface Mention {
  name: string;
  type: string;
  evidence: { start: number; end: number; mention: string };
}

/** A result a paper reports, as its details panel lists it. */
export interface PaperResult {
  value: number;
  unit: string | null;
  isDelta: boolean;
  change: 'increase' | 'decrease' | null;
  bound: 'lower' | 'upper' | null;
  metric: string | null;
  subject: string | null;
  condition: string | null;
  benchmark: { name: string };
}

export interface PaperDetails {
  id: string;
  title: string;
  abstract: string;
  url: string | null;
  published: string | null;
  entities: Mention[];
  /** Its topics' names: nodes on the canvas, not mentions to highlight. */
  topics: string[];
  results: PaperResult[];
}

export async function paperDetails(id: string): Promise<PaperDetails | null> {
  const fields = 'name type evidence { start end mention }';
  const data = await gqlOrNull<{ paper: (Omit<PaperDetails, 'entities' | 'topics'> & Record<string, Mention[]>) | null }>(
    `query($id: ID!) { paper(id: $id) { id title abstract url published methods { ${fields} } benchmarks { ${fields} } models { ${fields} } tasks { ${fields} } metrics { ${fields} } repositories { ${fields} } topics { ${fields} } results { value unit isDelta change bound metric subject condition benchmark { name } } } }`,
    { id },
  );
  const p = data?.paper;
  if (!p) return null;
  const entities = ['methods', 'benchmarks', 'models', 'tasks', 'metrics', 'repositories'].flatMap((k) => p[k] ?? []);
  const topics = (p['topics'] ?? []).map((t) => t.name);
  return { id: p.id, title: p.title, abstract: p.abstract, url: p.url, published: p.published, entities, topics, results: p.results ?? [] };
}

export interface EntityDetails {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  /** For a link, its URL (`name` is `owner/repo`). */
  url: string | null;
  paperCount: number;
  papers: { edges: { node: { id: string; title: string }; evidence: { sentence: string } }[] };
}

export async function entityDetails(id: string): Promise<EntityDetails | null> {
  const data = await gqlOrNull<{ entity: EntityDetails | null }>(
    `query($id: ID!) { entity(id: $id) { id name type aliases url paperCount papers(first: 8) { edges { node { id title } evidence { sentence } } } } }`,
    { id },
  );
  return data?.entity ?? null;
}
