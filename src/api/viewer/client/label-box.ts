/** Where a node's label is drawn, in the canvas's pixels (the explorer's `labelBoxes()` reports these). */
export interface LabelBox {
  node: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}
