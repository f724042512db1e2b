import { describe, expect, it } from 'vitest';
import { labelSide } from './node-labels.js';

describe('labelSide', () => {
  it('keeps a label on the right when it fits there', () => {
    expect(labelSide(100, 5, 80, 400)).toBe('right');
  });

  it('moves a label that would run off the right edge to the left', () => {
    // Node at x=380 of a 420-pixel canvas: 32 pixels of room on the right for a 70-pixel label.
    expect(labelSide(380, 5, 70, 420)).toBe('left');
  });

  it('stays right when the left has even less room (a canvas narrower than the label)', () => {
    expect(labelSide(20, 5, 300, 200)).toBe('right');
  });
});
