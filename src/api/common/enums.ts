import { registerEnumType } from 'type-graphql';
import type { EntityType } from '../../model/index.js';

export enum EntityKind {
  METHOD = 'method',
  BENCHMARK = 'benchmark',
  MODEL = 'model',
  TASK = 'task',
  METRIC = 'metric',
  REPO = 'repo',
  TOPIC = 'topic',
}
registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What an entity is: a method, benchmark (dataset), model, task, metric, code or project link, or a broad topic.',
});

export enum EntityOrderBy {
  PAPER_COUNT = 'PAPER_COUNT',
  NAME = 'NAME',
  CLOSEST_NAME = 'CLOSEST_NAME',
}
registerEnumType(EntityOrderBy, {
  name: 'EntityOrderBy',
  description: 'How entity lists are sorted: most papers first, by name, or (with nameContains) closest name first.',
  valuesConfig: {
    CLOSEST_NAME: {
      description:
        'With nameContains: the name that is the text itself first, then an alias that is, then names holding its words as whole words, then as word prefixes; each group most papers first (a search box). Without it, as PAPER_COUNT.',
    },
  },
});

export function toEntityType(kind: EntityKind): EntityType {
  return kind as EntityType;
}
