import { useCallback, useEffect, useRef, useState } from 'react';
import type { MapGraph } from '../mapGraph.ts';
import { readCachedLayout, writeCachedLayout } from './layoutCache.ts';
import type { LayoutProgressMessage, StartLayoutMessage } from './layoutMessages.ts';

// Runs ForceAtlas2 in a web worker for a bounded time, moving the map's nodes as it goes, then
// caches the result per snapshot. The starting positions (community discs) come from the graph.

export interface LayoutStatus {
  running: boolean;
  iterations: number;
  fromCache: boolean;
}

function layoutBudget(order: number): { budgetMs: number; maxIterations: number } {
  if (order > 2000) return { budgetMs: 12_000, maxIterations: 400 };
  return { budgetMs: 4_000, maxIterations: 600 };
}

function graphArrays(graph: MapGraph, nodes: string[]) {
  const index = new Map(nodes.map((node, i) => [node, i]));
  const positions = new Float32Array(nodes.length * 2);
  nodes.forEach((node, i) => {
    positions[2 * i] = graph.getNodeAttribute(node, 'x');
    positions[2 * i + 1] = graph.getNodeAttribute(node, 'y');
  });
  const edges = new Uint32Array(graph.size * 2);
  const weights = new Float32Array(graph.size);
  let j = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    edges[2 * j] = index.get(source)!;
    edges[2 * j + 1] = index.get(target)!;
    // Bounded weights: one very heavy tie should not collapse two nodes onto each other.
    weights[j] = Math.min(5, Math.max(0.2, attributes.weight));
    j += 1;
  });
  return { positions, edges, weights };
}

function applyPositions(graph: MapGraph, nodes: string[], positions: Float32Array): void {
  const index = new Map(nodes.map((node, i) => [node, i]));
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const i = index.get(node)!;
      attributes.x = positions[2 * i]!;
      attributes.y = positions[2 * i + 1]!;
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
}

export function useForceLayout(graph: MapGraph, cacheKey: string) {
  const [status, setStatus] = useState<LayoutStatus>({ running: false, iterations: 0, fromCache: false });
  const workerRef = useRef<Worker | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const nodes = graph.nodes();
    const cached = generation === 0 ? readCachedLayout(cacheKey, nodes.length) : null;
    if (cached) {
      applyPositions(graph, nodes, cached);
      setStatus({ running: false, iterations: 0, fromCache: true });
      return;
    }
    if (nodes.length < 2) return;
    const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    setStatus({ running: true, iterations: 0, fromCache: false });
    worker.onmessage = (event: MessageEvent<LayoutProgressMessage>) => {
      const { positions, iterations, done } = event.data;
      applyPositions(graph, nodes, positions);
      setStatus({ running: !done, iterations, fromCache: false });
      if (done) {
        writeCachedLayout(cacheKey, positions);
        worker.terminate();
      }
    };
    const start: StartLayoutMessage = {
      type: 'start',
      ...graphArrays(graph, nodes),
      ...layoutBudget(nodes.length),
      // Each report redraws the whole map: on big maps a few reports are enough to show progress.
      reportEveryMs: nodes.length > 2000 ? 3000 : 150,
    };
    worker.postMessage(start, [start.positions.buffer, start.edges.buffer, start.weights.buffer]);
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, [graph, cacheKey, generation]);

  /** Keeps the positions reached so far. */
  const stop = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
    setStatus((previous) => ({ ...previous, running: false }));
  }, []);
  /** Continues from the current positions, ignoring the cache. */
  const rerun = useCallback(() => setGeneration((g) => g + 1), []);

  return { status, stop, rerun };
}
