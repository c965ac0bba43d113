import type { LayoutInput } from './layoutMatrices.ts';

// What the map and its layout worker say to each other.

export interface StartLayoutMessage extends LayoutInput {
  type: 'start';
  /** Stop after this long even if iterations remain. */
  budgetMs: number;
  maxIterations: number;
  /** How often to send intermediate positions. */
  reportEveryMs: number;
}

export interface LayoutProgressMessage {
  type: 'positions';
  positions: Float32Array;
  iterations: number;
  done: boolean;
}
