/** What the explorer shows, kept in the URL: `?type=benchmark&name=GSM8K&depth=2` or `?id=<paper id>&depth=1`. */
export interface View {
  readonly id?: string;
  readonly type?: string;
  readonly name?: string;
  readonly depth: number;
}

export const DEFAULT_DEPTH = 2;

export function viewFromUrl(search: string): View | undefined {
  const params = new URLSearchParams(search);
  const asked = Number(params.get('depth') ?? DEFAULT_DEPTH);
  const depth = Number.isInteger(asked) && asked >= 1 && asked <= 3 ? asked : DEFAULT_DEPTH;
  const id = params.get('id');
  if (id) return { id, depth };
  const type = params.get('type');
  const name = params.get('name');
  return type && name ? { type: type.toLowerCase(), name, depth } : undefined;
}

export function urlOf(view: View): string {
  const params: Record<string, string> = view.id ? { id: view.id } : { type: view.type!, name: view.name! };
  return `/explore?${new URLSearchParams({ ...params, depth: String(view.depth) })}`;
}

/** A paper title short enough for a node label: the name before a colon, or the first words. */
export function shortTitle(title: string, max = 34): string {
  const head = title.split(':')[0]!.trim();
  if (head.length <= max && head.length < title.length) return head;
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.-]+$/, '')}…`;
}
