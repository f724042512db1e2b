import type { EntityLinkSummary } from '../../graph/index.js';
import { arxivLinks, repositoryName, type Evidence, type EntityNode, type PaperNode } from '../../model/index.js';
import { Entity } from '../entity/entity.type.js';
import { LinkedEntity } from '../entity/linked-entity.type.js';
import { Paper } from '../paper/paper.type.js';
import type { EntityKind } from './enums.js';

export function toEntity(node: EntityNode): Entity {
  return Entity.of(node);
}

export function toPaper(node: PaperNode): Paper {
  const paper = Object.assign(new Paper(), node);
  paper.authors = node.authors?.length ? [...node.authors] : [];
  paper.categories = node.categories?.length ? [...node.categories] : [];
  if (node.published) paper.year = Number(node.published.slice(0, 4));
  return node.arxivId ? Object.assign(paper, arxivLinks(node.arxivId)) : paper;
}

/** A link as a paper's entity list shows it; without evidence when the selection did not ask for it. */
export function toLinkedEntity(link: EntityLinkSummary & { readonly evidence?: Evidence }): LinkedEntity {
  // Assigned one by one: a page's lists make one of these for every link.
  const linked = new LinkedEntity();
  linked.id = link.entity.id;
  linked.type = link.entity.type as EntityKind;
  if (link.entity.type === 'repo') {
    linked.name = repositoryName(link.entity.name);
    linked.url = link.entity.name;
  } else linked.name = link.entity.name;
  linked.paperCount = link.entity.paperCount;
  linked.confidence = link.confidence;
  if (link.role) linked.role = link.role;
  if (link.evidence) linked.evidence = { ...link.evidence };
  linked.stored = link.entity;
  return linked;
}
