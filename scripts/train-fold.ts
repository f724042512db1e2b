// npx tsx scripts/train-fold.ts K: trains fold K's tagger (scripts/fold-taggers.ts) into its cache file, so
// the two folds of `npm run train:combine` can train in parallel processes beside `npm run train:extractor`.
import { foldTagger } from './fold-taggers.js';

const k = Number(process.argv[2]);
if (k !== 0 && k !== 1) throw new Error('usage: tsx scripts/train-fold.ts 0|1');
foldTagger(k, true);
