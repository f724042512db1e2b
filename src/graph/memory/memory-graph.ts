import { DirectedGraph } from 'graphology';
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

/** Papers and entities as one directed graph: every edge runs from a paper to an entity. */
export type PaperGraph = DirectedGraph<NodeAttributes, LinkAttributes>;

export function createPaperGraph(): PaperGraph {
  return new DirectedGraph<NodeAttributes, LinkAttributes>({ multi: false, allowSelfLoops: false });
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
