// The two helpers every sampling script shares: JSON Lines records, and the normalised title by which
// an abstract already drawn (or shipped) is recognised.
import { readFileSync } from 'node:fs';

export const titleKey = (t) =>
  String(t)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

export const readJsonl = (p) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
