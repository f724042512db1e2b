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

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]!.message);
  return body.data!;
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

export async function search(text: string): Promise<SearchHit[]> {
  const lists = ['benchmarks', 'methods', 'models', 'tasks', 'topics'];
  const entityPart = lists.map((l) => `${l}(nameStartsWith: $q, first: 4) { edges { node { id name type paperCount } } }`).join(' ');
  const data = await gql<
    Record<string, { edges: { node: { id: string; name?: string; title?: string; type?: string; paperCount?: number } }[] }>
  >(`query($q: String!) { ${entityPart} papers(search: $q, first: 5) { edges { node { id title } } } }`, { q: text });
  const hits: SearchHit[] = [];
  for (const list of lists) {
    for (const { node } of data[list]?.edges ?? [])
      hits.push({ id: node.id, label: node.name!, type: node.type!.toLowerCase(), detail: `${node.paperCount} papers` });
  }
  for (const { node } of data['papers']?.edges ?? []) hits.push({ id: node.id, label: node.title!, type: 'paper', detail: 'paper' });
  return hits;
}

export interface Mention {
  name: string;
  type: string;
  evidence: { start: number; end: number };
}

export interface PaperDetails {
  id: string;
  title: string;
  abstract: string;
  url: string | null;
  published: string | null;
  entities: Mention[];
}

export async function paperDetails(id: string): Promise<PaperDetails | null> {
  const fields = 'name type evidence { start end }';
  const data = await gql<{ paper: (Omit<PaperDetails, 'entities'> & Record<string, Mention[]>) | null }>(
    `query($id: ID!) { paper(id: $id) { id title abstract url published methods { ${fields} } benchmarks { ${fields} } models { ${fields} } tasks { ${fields} } metrics { ${fields} } repositories { ${fields} } topics { ${fields} } } }`,
    { id },
  );
  const p = data.paper;
  if (!p) return null;
  const entities = ['methods', 'benchmarks', 'models', 'tasks', 'metrics', 'repositories'].flatMap((k) => p[k] ?? []);
  return { id: p.id, title: p.title, abstract: p.abstract, url: p.url, published: p.published, entities };
}

export interface EntityDetails {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  paperCount: number;
  papers: { edges: { node: { id: string; title: string }; evidence: { sentence: string } }[] };
}

export async function entityDetails(id: string): Promise<EntityDetails | null> {
  const data = await gql<{ entity: EntityDetails | null }>(
    `query($id: ID!) { entity(id: $id) { id name type aliases paperCount papers(first: 8) { edges { node { id title } evidence { sentence } } } } }`,
    { id },
  );
  return data.entity;
}
