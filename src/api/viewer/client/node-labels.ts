import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';

/** Gap between a node's disc and its label, as sigma draws it. */
const GAP = 3;
const PADDING = 2;

/**
 * Which side of its node a label goes: sigma always draws it on the right, so a node near the
 * canvas's right edge had its name cut off. The label moves left only when the right runs out and
 * the left has more room.
 */
export function labelSide(x: number, nodeSize: number, labelWidth: number, canvasWidth: number): 'right' | 'left' {
  const roomRight = canvasWidth - (x + nodeSize + GAP);
  if (labelWidth <= roomRight) return 'right';
  const roomLeft = x - nodeSize - GAP;
  return roomLeft > roomRight ? 'left' : 'right';
}

type Draw = Parameters<NodeLabelDrawingFunction>;

/** The canvas's width in CSS pixels, the unit of node positions (sigma scales the context). */
function canvasWidth(context: CanvasRenderingContext2D): number {
  const canvas = context.canvas;
  return 'clientWidth' in canvas && canvas.clientWidth > 0 ? canvas.clientWidth : canvas.width;
}

function useFont(context: CanvasRenderingContext2D, settings: Draw[2]): number {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  return settings.labelSize;
}

function labelColor(data: Draw[1], settings: Draw[2]): string {
  const { attribute, color } = settings.labelColor;
  const own = attribute ? (data as Record<string, unknown>)[attribute] : undefined;
  return typeof own === 'string' ? own : (color ?? '#000');
}

export const drawNodeLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  const size = useFont(context, settings);
  const width = context.measureText(data.label).width;
  const side = labelSide(data.x, data.size, width, canvasWidth(context));
  context.fillStyle = labelColor(data, settings);
  const x = side === 'right' ? data.x + data.size + GAP : data.x - data.size - GAP - width;
  context.fillText(data.label, x, data.y + size / 3);
};

/** sigma's hover (a white box with a shadow joining the disc to the label), on the label's side. */
export const drawNodeHover: NodeHoverDrawingFunction = (context, data, settings) => {
  const size = useFont(context, settings);
  context.fillStyle = '#FFF';
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = '#000';
  context.beginPath();
  if (typeof data.label === 'string') {
    const width = context.measureText(data.label).width;
    const dir = labelSide(data.x, data.size, width, canvasWidth(context)) === 'right' ? 1 : -1;
    const boxWidth = Math.round(width + 5);
    const boxHeight = Math.round(size + 2 * PADDING);
    const radius = Math.max(data.size, size / 2) + PADDING;
    const angle = Math.asin(boxHeight / 2 / radius);
    const dx = Math.sqrt(Math.abs(radius ** 2 - (boxHeight / 2) ** 2));
    context.moveTo(data.x + dir * dx, data.y + boxHeight / 2);
    context.lineTo(data.x + dir * (radius + boxWidth), data.y + boxHeight / 2);
    context.lineTo(data.x + dir * (radius + boxWidth), data.y - boxHeight / 2);
    context.lineTo(data.x + dir * dx, data.y - boxHeight / 2);
    if (dir === 1) context.arc(data.x, data.y, radius, angle, -angle);
    else context.arc(data.x, data.y, radius, Math.PI + angle, Math.PI - angle, false);
  } else {
    context.arc(data.x, data.y, data.size + PADDING, 0, Math.PI * 2);
  }
  context.closePath();
  context.fill();
  context.shadowBlur = 0;
  drawNodeLabel(context, data, settings);
};
