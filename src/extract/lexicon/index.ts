import type { LexiconEntry } from '../lexicon.js';
import { BENCHMARKS } from './benchmarks.js';
import { METHODS } from './methods.js';
import { METRICS } from './metrics.js';
import { MODELS } from './models.js';
import { TASKS } from './tasks.js';

export { TOPICS } from './topics.js';

/** The shipped lexicon; order settles a name claimed by two types (models before methods). */
export const LEXICON: readonly LexiconEntry[] = [...BENCHMARKS, ...MODELS, ...METRICS, ...TASKS, ...METHODS];
