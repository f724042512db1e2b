import { DirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker.js';
import Sigma from 'sigma';
import { entityDetails, neighborhood, paperDetails, search, type ViewSubgraph } from './api.js';
import { entityPanel, paperPanel } from './details.js';
import { addLeaderboard, focusOf, highlightFocus, type Focus } from './leaderboard.js';

export const COLORS: Record<string, string> = {
  paper: '#8a97a6',
  method: '#e8772e',
  benchmark: '#2f7fc1',
  model: '#8e4fbf',
  task: '#2e9e5b',
  metric: '#c8413b',
  repo: '#37474f',
  topic: '#d4a017',
};

// Sigma reserves a node's `type` for its renderer, so the papergraph kind is stored as `kind`.
interface NodeAttrs {
  label: string;
  kind: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

const graph = new DirectedGraph<NodeAttrs>();
const container = document.getElementById('graph')!;
const details = document.getElementById('details')!;
const status = document.getElementById('status')!;
let hoveredEdge: string | undefined;
let selected: string | undefined;

const renderer = new Sigma(graph, container, {
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  labelRenderedSizeThreshold: 6,
  defaultEdgeType: 'arrow',
  edgeReducer: (edge, data) => ({
    ...data,
    label: edge === hoveredEdge ? data['label'] : '',
    forceLabel: edge === hoveredEdge,
    color: edge === hoveredEdge ? '#333' : data['color'],
  }),
  nodeReducer: (node, data) => (node === selected ? { ...data, highlighted: true, zIndex: 1 } : data),
});

let layout: FA2Layout | undefined;
function relayout(): void {
  layout?.kill();
  layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 } });
  layout.start();
  setTimeout(() => layout?.stop(), 2500);
}

/** A stable pseudo-random position from a node id, so layouts start the same way every time. */
function seeded(id: string, around?: { x: number; y: number }): { x: number; y: number } {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const angle = (((h >>> 0) % 3600) / 3600) * 2 * Math.PI;
  const radius = around ? 1 : 10;
  return { x: (around?.x ?? 0) + radius * Math.cos(angle), y: (around?.y ?? 0) + radius * Math.sin(angle) };
}

function merge(sub: ViewSubgraph, around?: string): void {
  const centre = around && graph.hasNode(around) ? graph.getNodeAttributes(around) : undefined;
  for (const n of sub.nodes) {
    const kind = n.type.toLowerCase();
    if (graph.hasNode(n.id)) continue;
    graph.addNode(n.id, {
      label: n.label,
      kind,
      size: 3 + 2.5 * Math.log2(1 + n.size),
      color: COLORS[kind] ?? '#999',
      ...seeded(n.id, centre),
    });
  }
  for (const e of sub.edges) {
    if (!graph.hasEdge(e.id) && graph.hasNode(e.source) && graph.hasNode(e.target)) {
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { label: e.type, size: 0.5 + e.weight, color: '#c7ccd1' });
    }
  }
  status.textContent = `${graph.order} nodes, ${graph.size} edges${sub.truncated ? ' (some neighbours left out: click a node to expand it)' : ''}`;
  relayout();
}

async function show(id: string, focus?: Focus): Promise<void> {
  selected = id;
  renderer.refresh();
  const kind = graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : 'paper';
  if (kind === 'paper') {
    const paper = await paperDetails(id);
    details.innerHTML = paper ? paperPanel(paper) : '<p>Not found.</p>';
    if (paper && focus) highlightFocus(details, paper.title.length, focus);
  } else {
    const entity = await entityDetails(id);
    details.innerHTML = entity ? entityPanel(entity) : '<p>Not found.</p>';
    if (entity?.type === 'BENCHMARK') await addLeaderboard(details, entity.name);
  }
}

async function expand(id: string): Promise<void> {
  merge(await neighborhood({ id }, 1, 60), id);
}

async function load(of: { id: string } | { type: string; name: string }, focus?: Focus): Promise<void> {
  graph.clear();
  const sub = await neighborhood(of, 2, 200);
  merge(sub);
  if (sub.nodes[0]) await show(sub.nodes[0].id, focus);
}

renderer.on('clickNode', ({ node }) => {
  void expand(node).then(() => show(node));
});
renderer.on('enterEdge', ({ edge }) => {
  hoveredEdge = edge;
  renderer.refresh();
});
renderer.on('leaveEdge', () => {
  hoveredEdge = undefined;
  renderer.refresh();
});
details.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest('[data-paper]');
  if (!target) return;
  event.preventDefault();
  const id = target.getAttribute('data-paper')!;
  const focus = focusOf(target);
  void (graph.hasNode(id) ? show(id, focus) : load({ id }, focus));
});

const input = document.getElementById('search') as HTMLInputElement;
const results = document.getElementById('results')!;
let pending = 0;
input.addEventListener('input', () => {
  const text = input.value.trim();
  const ticket = ++pending;
  if (text.length < 2) {
    results.innerHTML = '';
    return;
  }
  void search(text).then((hits) => {
    if (ticket !== pending) return;
    results.innerHTML = hits
      .map(
        (h) =>
          `<li data-id="${h.id.replace(/"/g, '&quot;')}"><span class="dot" style="background:${COLORS[h.type] ?? '#999'}"></span>${h.label.replace(/</g, '&lt;')} <small>${h.detail}</small></li>`,
      )
      .join('');
  });
});
results.addEventListener('click', (event) => {
  const item = (event.target as HTMLElement).closest('li[data-id]');
  if (!item) return;
  results.innerHTML = '';
  input.value = '';
  void load({ id: item.getAttribute('data-id')! });
});

const legend = document.getElementById('legend')!;
legend.innerHTML = Object.entries(COLORS)
  .map(([k, c]) => `<span><span class="dot" style="background:${c}"></span>${k}</span>`)
  .join('');

const params = new URLSearchParams(location.search);
const start = params.get('id')
  ? { id: params.get('id')! }
  : params.get('type') && params.get('name')
    ? { type: params.get('type')!.toUpperCase(), name: params.get('name')! }
    : undefined;

// For people scripting the page and for the browser tests: the live graph and a node's screen position.
const ready = (start ? load(start) : Promise.resolve()).catch((error: Error) => {
  status.textContent = `✗ ${error.message}`;
});
Object.assign(window, {
  papergraphViewer: {
    graph,
    ready,
    load,
    nodePosition(id: string) {
      const data = renderer.getNodeDisplayData(id);
      if (!data) return undefined;
      const { x, y } = renderer.framedGraphToViewport(data);
      const box = container.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    },
    stopLayout() {
      layout?.stop();
    },
  },
});
