import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { buildLayoutMatrices, layoutSettings, readPositions } from './layoutMatrices.ts';
import type { LayoutProgressMessage, StartLayoutMessage } from './layoutMessages.ts';

// ForceAtlas2 off the main thread, for a bounded time: the map stays responsive while it settles,
// and the layout stops by itself instead of heating the laptop forever.

interface WorkerScope {
  onmessage: ((event: MessageEvent<StartLayoutMessage>) => void) | null;
  postMessage(message: LayoutProgressMessage, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

function post(nodes: Float32Array, iterations: number, done: boolean): void {
  const positions = readPositions(nodes);
  scope.postMessage({ type: 'positions', positions, iterations, done }, [positions.buffer]);
}

function run(message: StartLayoutMessage): void {
  const matrices = buildLayoutMatrices(message);
  const settings = layoutSettings(message.positions.length / 2);
  const started = performance.now();
  let lastReport = started;
  let iterations = 0;
  const step = () => {
    // Slices of ~50 ms between progress checks keep reports regular on large graphs.
    const sliceEnd = performance.now() + 50;
    while (iterations < message.maxIterations && performance.now() < sliceEnd) {
      iterate(settings, matrices.nodes, matrices.edges);
      iterations += 1;
    }
    const now = performance.now();
    const done = iterations >= message.maxIterations || now - started >= message.budgetMs;
    if (done || now - lastReport >= message.reportEveryMs) {
      post(matrices.nodes, iterations, done);
      lastReport = now;
    }
    if (!done) setTimeout(step, 0);
  };
  step();
}

scope.onmessage = (event) => {
  if (event.data.type === 'start') run(event.data);
};
