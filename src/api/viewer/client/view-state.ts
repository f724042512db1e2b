import { entityTypeNamed } from '../../../model/entity.js';
/**
 * What the explorer shows, kept in the URL: `?type=benchmark&name=GSM8K&depth=2` or `?id=<paper id>&depth=1`,
 * then the nodes clicked open in order (`&expand=<id>`, repeated), the one whose details are shown (`&select=<id>`)
 * and the sentence highlighted in that paper's abstract (`&focus=<start>-<end>`, from a leaderboard row).
 */
export interface View {
  readonly id?: string;
  readonly type?: string;
  readonly name?: string;
  readonly depth: number;
  /** Nodes whose neighbours were added to the view, in the order they were clicked. */
  readonly expanded?: readonly string[];
  /** The node whose details are open; the view's own entity or paper when absent. */
  readonly selected?: string;
  /** A range of the selected paper's `title + "\n\n" + abstract` to highlight. */
  readonly focus?: Focus;
}

/** A character range of `title + "\n\n" + abstract` to highlight in a paper's panel. */
export interface Focus {
  readonly start: number;
  readonly end: number;
}

function focusFrom(text: string | null): Focus | undefined {
  const m = /^(\d+)-(\d+)$/.exec(text ?? '');
  const [start, end] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  return end > start ? { start, end } : undefined;
}

export const DEFAULT_DEPTH = 2;

const isDepth = (depth: number): boolean => Number.isInteger(depth) && depth >= 1 && depth <= 3;

export function viewFromUrl(search: string): View | undefined {
  const params = new URLSearchParams(search);
  const asked = Number(params.get('depth') ?? DEFAULT_DEPTH);
  const depth = isDepth(asked) ? asked : DEFAULT_DEPTH;
  const expanded = [...new Set(params.getAll('expand').filter((id) => id !== ''))];
  const selected = params.get('select');
  const focus = focusFrom(params.get('focus'));
  const opened = { ...(expanded.length ? { expanded } : {}), ...(selected ? { selected } : {}), ...(focus ? { focus } : {}) };
  const id = params.get('id');
  if (id) return { id, depth, ...opened };
  const type = params.get('type');
  const name = params.get('name');
  if (!type || !name) return undefined;
  // Benchmarks include datasets, and users say either (as `export --around dataset:<name>` does); a
  // kind that is neither stays as written, for the page to name it.
  return { type: entityTypeNamed(type) ?? type, name, depth, ...opened };
}

/** What the status line says when the address asks for a depth the explorer does not draw. */
export function depthNotice(search: string): string | undefined {
  const asked = new URLSearchParams(search).get('depth');
  if (asked === null || isDepth(Number(asked))) return undefined;
  return `depth ${JSON.stringify(asked)} is not 1, 2 or 3: showing depth ${DEFAULT_DEPTH}`;
}

export function urlOf(view: View): string {
  const params = new URLSearchParams(view.id ? { id: view.id } : { type: view.type!, name: view.name! });
  params.set('depth', String(view.depth));
  for (const id of view.expanded ?? []) params.append('expand', id);
  if (view.selected) params.set('select', view.selected);
  if (view.focus) params.set('focus', `${view.focus.start}-${view.focus.end}`);
  return `/explore?${params}`;
}

/** Whether two views start from the same entity or paper at the same depth (they differ only in what was opened). */
export function sameStart(a: View, b: View): boolean {
  return a.id === b.id && a.type === b.type && a.name === b.name && a.depth === b.depth;
}

/** A view with one more node opened (expanded once) and selected, nothing highlighted. */
export function opening(view: View, node: string): View {
  const { focus: _, ...rest } = view;
  const expanded = view.expanded ?? [];
  return { ...rest, expanded: expanded.includes(node) ? expanded : [...expanded, node], selected: node };
}

/** A view with a node's details shown (and a range of its abstract highlighted, when given). */
export function selecting(view: View, node: string, focus?: Focus): View {
  const { focus: _, ...rest } = view;
  return { ...rest, selected: node, ...(focus ? { focus } : {}) };
}

/** A paper title short enough for a node label: the name before a colon, or the first words. */
export function shortTitle(title: string, max = 34): string {
  const head = title.split(':')[0]!.trim();
  if (head.length <= max && head.length < title.length) return head;
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.-]+$/, '')}…`;
}
