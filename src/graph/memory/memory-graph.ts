import type { EntityType, MethodRole, PaperMetadata, RepoKind } from '../../model/index.js';
import type { Relation } from '../graph-model.js';
import type { ResultRow } from '../write-plan.js';

export interface PaperAttributes extends PaperMetadata {
  readonly kind: 'paper';
  readonly title: string;
  readonly abstract: string;
  readonly url?: string;
  readonly published?: string;
  /** The paper's result statements; written and replaced with the paper. */
  readonly results?: readonly ResultRow[];
  /** What the paper was extracted from (ExtractedPaper.fingerprint). */
  readonly fingerprint?: string;
}

export interface EntityAttributes {
  readonly kind: 'entity';
  readonly type: EntityType;
  readonly key: string;
  readonly name: string;
  aliases: string[];
  repoKind?: RepoKind;
}

export type NodeAttributes = PaperAttributes | EntityAttributes;

export interface LinkAttributes {
  readonly relation: Relation;
  readonly mention: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly confidence: number;
  readonly role?: MethodRole;
}

interface NodeEntry {
  attributes: NodeAttributes;
  /** Out-links as two parallel arrays (a paper has tens): no object, key or map entry per link. */
  readonly targets: string[];
  readonly links: LinkAttributes[];
  /** The nodes linking here (an entity's papers: up to tens of thousands). */
  readonly sources: Set<string>;
}

/** graphology's serialisation, the format of an old graph.json. */
export interface SerializedGraph {
  readonly nodes: readonly { readonly key: string; readonly attributes?: NodeAttributes }[];
  readonly edges: readonly { readonly source: string; readonly target: string; readonly attributes?: LinkAttributes }[];
}

/**
 * Papers and entities as one directed graph, every link from a paper to an entity. It replaces
 * graphology's DirectedGraph (the same method names where it has them) with compact adjacency:
 * graphology spent ~600 bytes on each link's edge object, generated key, edge-map entry and two
 * adjacency entries, which put the in-process store over 2 GB at 121k papers.
 */
export class PaperGraph {
  private readonly entries = new Map<string, NodeEntry>();
  private links = 0;

  /** How many links. */
  get size(): number {
    return this.links;
  }

  /** How many nodes. */
  get order(): number {
    return this.entries.size;
  }

  private entry(id: string): NodeEntry {
    const e = this.entries.get(id);
    if (!e) throw new Error(`PaperGraph: no node ${JSON.stringify(id)}`);
    return e;
  }

  hasNode(id: string): boolean {
    return this.entries.has(id);
  }

  addNode(id: string, attributes: NodeAttributes): void {
    if (this.entries.has(id)) throw new Error(`PaperGraph: node ${JSON.stringify(id)} already exists`);
    this.entries.set(id, { attributes, targets: [], links: [], sources: new Set() });
  }

  getNodeAttributes(id: string): NodeAttributes {
    return this.entry(id).attributes;
  }

  getNodeAttribute<K extends keyof EntityAttributes & keyof PaperAttributes>(id: string, name: K): NodeAttributes[K] {
    return this.entry(id).attributes[name];
  }

  replaceNodeAttributes(id: string, attributes: NodeAttributes): void {
    this.entry(id).attributes = attributes;
  }

  /** Drops the node and every link from or to it. */
  dropNode(id: string): void {
    const e = this.entry(id);
    for (const target of e.targets) this.entries.get(target)!.sources.delete(id);
    for (const source of e.sources) this.unlink(this.entries.get(source)!, id);
    this.links -= e.targets.length + e.sources.size;
    this.entries.delete(id);
  }

  private unlink(from: NodeEntry, target: string): void {
    const at = from.targets.indexOf(target);
    from.targets.splice(at, 1);
    from.links.splice(at, 1);
  }

  addDirectedEdge(source: string, target: string, link: LinkAttributes): void {
    const from = this.entry(source);
    const to = this.entry(target);
    if (source === target) throw new Error(`PaperGraph: no self-loops (${JSON.stringify(source)})`);
    if (to.sources.has(source)) throw new Error(`PaperGraph: a link from ${JSON.stringify(source)} to ${JSON.stringify(target)} exists`);
    from.targets.push(target);
    from.links.push(link);
    to.sources.add(source);
    this.links++;
  }

  hasEdge(source: string, target: string): boolean {
    return this.entries.get(target)?.sources.has(source) ?? false;
  }

  getEdgeAttributes(source: string, target: string): LinkAttributes {
    const from = this.entry(source);
    const at = from.targets.indexOf(target);
    if (at < 0) throw new Error(`PaperGraph: no link from ${JSON.stringify(source)} to ${JSON.stringify(target)}`);
    return from.links[at]!;
  }

  dropEdge(source: string, target: string): void {
    if (!this.hasEdge(source, target)) throw new Error(`PaperGraph: no link from ${JSON.stringify(source)} to ${JSON.stringify(target)}`);
    this.unlink(this.entry(source), target);
    this.entry(target).sources.delete(source);
    this.links--;
  }

  inDegree(id: string): number {
    return this.entry(id).sources.size;
  }

  outDegree(id: string): number {
    return this.entry(id).targets.length;
  }

  degree(id: string): number {
    return this.inDegree(id) + this.outDegree(id);
  }

  forEachOutEdge(id: string, callback: (link: LinkAttributes, source: string, target: string) => void): void {
    const e = this.entry(id);
    for (let i = 0; i < e.targets.length; i++) callback(e.links[i]!, id, e.targets[i]!);
  }

  forEachInEdge(id: string, callback: (link: LinkAttributes, source: string, target: string) => void): void {
    for (const source of this.entry(id).sources) callback(this.getEdgeAttributes(source, id), source, id);
  }

  forEachOutNeighbor(id: string, callback: (neighbor: string, attributes: NodeAttributes) => void): void {
    for (const target of this.entry(id).targets) callback(target, this.entries.get(target)!.attributes);
  }

  forEachInNeighbor(id: string, callback: (neighbor: string, attributes: NodeAttributes) => void): void {
    for (const source of this.entry(id).sources) callback(source, this.entries.get(source)!.attributes);
  }

  someOutNeighbor(id: string, predicate: (neighbor: string, attributes: NodeAttributes) => boolean): boolean {
    return this.entry(id).targets.some((target) => predicate(target, this.entries.get(target)!.attributes));
  }

  /** Out-neighbours, then in-neighbours not already seen. */
  forEachNeighbor(id: string, callback: (neighbor: string, attributes: NodeAttributes) => void): void {
    for (const n of this.neighbors(id)) callback(n, this.entries.get(n)!.attributes);
  }

  neighbors(id: string): string[] {
    const e = this.entry(id);
    if (e.sources.size === 0) return [...e.targets];
    if (e.targets.length === 0) return [...e.sources];
    return [...new Set([...e.targets, ...e.sources])];
  }

  inNeighbors(id: string): string[] {
    return [...this.entry(id).sources];
  }

  forEachNode(callback: (id: string, attributes: NodeAttributes) => void): void {
    for (const [id, e] of this.entries) callback(id, e.attributes);
  }

  filterNodes(predicate: (id: string, attributes: NodeAttributes) => boolean): string[] {
    const found: string[] = [];
    for (const [id, e] of this.entries) if (predicate(id, e.attributes)) found.push(id);
    return found;
  }

  mapNodes<T>(callback: (id: string, attributes: NodeAttributes) => T): T[] {
    return Array.from(this.entries, ([id, e]) => callback(id, e.attributes));
  }

  mapEdges<T>(callback: (link: LinkAttributes, source: string, target: string) => T): T[] {
    const mapped: T[] = [];
    for (const { source, target, attributes } of this.edgeEntries()) mapped.push(callback(attributes, source, target));
    return mapped;
  }

  *nodeEntries(): Generator<{ node: string; attributes: NodeAttributes }> {
    for (const [node, e] of this.entries) yield { node, attributes: e.attributes };
  }

  *edgeEntries(): Generator<{ source: string; target: string; attributes: LinkAttributes }> {
    for (const [source, e] of this.entries) {
      for (let i = 0; i < e.targets.length; i++) yield { source, target: e.targets[i]!, attributes: e.links[i]! };
    }
  }

  /** Adds the nodes and links of graphology's serialisation. */
  import(data: SerializedGraph): void {
    for (const n of data.nodes) this.addNode(n.key, n.attributes!);
    for (const l of data.edges) this.addDirectedEdge(l.source, l.target, l.attributes!);
  }

  export(): SerializedGraph {
    return {
      nodes: this.mapNodes((key, attributes) => ({ key, attributes })),
      edges: this.mapEdges((attributes, source, target) => ({ source, target, attributes })),
    };
  }
}

export function createPaperGraph(): PaperGraph {
  return new PaperGraph();
}

/**
 * The evidence sentence as a slice of the paper's own title or abstract when it is one: V8 keeps
 * such a slice as a reference into the text instead of a copy (a link's sentence was 70 MB of
 * duplicated text at 121k papers).
 */
export function shareSentence(paper: { readonly title: string; readonly abstract: string }, sentence: string): string {
  for (const text of [paper.abstract, paper.title]) {
    const at = text.indexOf(sentence);
    if (at >= 0) return text.slice(at, at + sentence.length);
  }
  return sentence;
}
