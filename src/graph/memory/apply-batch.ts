import { presentMetadata, type ExtractedPaper, type WriteSummary } from '../../model/index.js';
import { mergeAliasNames, planWrite, type ResultRow } from '../write-plan.js';
import { shareSentence, type EntityAttributes, type LinkAttributes, type PaperAttributes, type PaperGraph } from './memory-graph.js';
import { UndoLog } from './undo-log.js';

export interface AppliedBatch {
  readonly summary: WriteSummary;
  readonly undo: UndoLog;
  /** Each written paper's id, with its attributes before the batch (undefined for a new paper). */
  readonly replaced: ReadonlyMap<string, PaperAttributes | undefined>;
}

/**
 * Writes a batch into the graph, each change with its undo: a batch that fails part-way is rolled
 * back before this throws, and the caller can roll a finished one back (when it cannot be logged).
 */
export function applyBatch(graph: PaperGraph, aliases: Map<string, string>, batch: readonly ExtractedPaper[]): AppliedBatch {
  const plan = planWrite(batch, {
    hasEntity: (id) => graph.hasNode(id),
    aliasTarget: (id) => aliases.get(id),
  });
  // Changes go straight into the live graph (copying the graph per batch cost seconds at 50k papers).
  const undo = new UndoLog();
  const touched = new Set<string>();
  const replaced = new Map<string, PaperAttributes | undefined>();
  const resultsByPaper = new Map<string, ResultRow[]>();
  for (const r of plan.results) resultsByPaper.set(r.paperId, [...(resultsByPaper.get(r.paperId) ?? []), r]);
  try {
    for (const paper of plan.papers) {
      if (graph.hasNode(paper.id)) {
        const old = graph.getNodeAttributes(paper.id);
        if (old.kind === 'paper') replaced.set(paper.id, old);
        const edges: [string, LinkAttributes][] = [];
        graph.forEachOutEdge(paper.id, (link, _, target) => {
          touched.add(target);
          edges.push([target, link]);
        });
        graph.dropNode(paper.id);
        undo.record(() => {
          graph.addNode(paper.id, old);
          for (const [target, link] of edges) graph.addDirectedEdge(paper.id, target, link);
        });
      } else replaced.set(paper.id, undefined);
      const results = resultsByPaper.get(paper.id);
      graph.addNode(paper.id, {
        kind: 'paper',
        title: paper.title,
        abstract: paper.abstract,
        ...(paper.url ? { url: paper.url } : {}),
        ...(paper.published ? { published: paper.published } : {}),
        ...presentMetadata(paper),
        ...(results ? { results } : {}),
        ...(paper.fingerprint ? { fingerprint: paper.fingerprint } : {}),
      });
      undo.record(() => graph.dropNode(paper.id));
    }
    for (const e of plan.entities) {
      touched.add(e.id);
      const current = graph.hasNode(e.id) ? (graph.getNodeAttributes(e.id) as EntityAttributes) : undefined;
      const attrs: EntityAttributes = {
        kind: 'entity',
        type: e.type,
        key: current?.key ?? e.key,
        name: current?.name ?? e.name,
        aliases: mergeAliasNames(current?.name ?? e.name, current?.aliases ?? [], e.names),
        ...((current?.repoKind ?? e.repoKind) ? { repoKind: current?.repoKind ?? e.repoKind ?? undefined } : {}),
      };
      if (current) {
        graph.replaceNodeAttributes(e.id, attrs);
        undo.record(() => graph.replaceNodeAttributes(e.id, current));
      } else {
        graph.addNode(e.id, attrs);
        undo.record(() => graph.dropNode(e.id));
      }
    }
    for (const a of plan.aliases) {
      const previous = aliases.get(a.id);
      aliases.set(a.id, a.entityId);
      undo.record(() => (previous === undefined ? aliases.delete(a.id) : aliases.set(a.id, previous)));
    }
    for (const l of plan.links) {
      const sentence = shareSentence(graph.getNodeAttributes(l.paperId) as PaperAttributes, l.sentence);
      graph.addDirectedEdge(l.paperId, l.entityId, {
        relation: l.relation,
        mention: l.mention,
        start: l.start,
        end: l.end,
        sentence,
        confidence: l.confidence,
        ...(l.role ? { role: l.role } : {}),
      });
      undo.record(() => graph.dropEdge(l.paperId, l.entityId));
    }
    const dropped = new Set([...touched].filter((id) => graph.hasNode(id) && graph.inDegree(id) === 0));
    for (const id of dropped) {
      const old = graph.getNodeAttributes(id);
      graph.dropNode(id);
      undo.record(() => graph.addNode(id, old));
    }
    if (dropped.size > 0) {
      for (const [alias, target] of aliases) {
        if (!dropped.has(target)) continue;
        aliases.delete(alias);
        undo.record(() => aliases.set(alias, target));
      }
    }
  } catch (error) {
    undo.rollback();
    throw error;
  }
  return { summary: { papers: plan.papers.length, entities: plan.entities.length, links: plan.links.length }, undo, replaced };
}
