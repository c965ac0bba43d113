import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRandom } from '../../demo/random.ts';
import { BfsScratch } from './bfs.ts';
import { buildCsrGraph, diameter, pathStats, type CsrGraph } from './index.ts';

function randomGraph(seed: number, n: number, ties: number): CsrGraph {
  const random = createRandom(seed);
  return buildCsrGraph(
    n,
    Array.from({ length: ties }, () => ({ source: random.int(0, n - 1), target: random.int(0, n - 1) })),
  );
}

function bruteForce(graph: CsrGraph): { diameter: number; average: number } {
  const scratch = new BfsScratch(graph.n);
  let max = 0;
  let sum = 0;
  let pairs = 0;
  for (let s = 0; s < graph.n; s++) {
    max = Math.max(max, scratch.run(graph, s));
    for (let i = 1; i < scratch.reached; i++) sum += scratch.dist[scratch.queue[i]!]!;
    pairs += scratch.reached - 1;
  }
  return { diameter: max, average: pairs > 0 ? sum / pairs : 0 };
}

describe('pathStats', () => {
  it('finds the exact diameter with iFUB on sparse, tree-like and dense random graphs', () => {
    for (const [seed, n, ties] of [
      [1, 200, 220],
      [2, 300, 299],
      [3, 150, 1200],
      [4, 400, 500],
    ] as const) {
      const graph = randomGraph(seed, n, ties);
      const truth = bruteForce(graph);
      const found = diameter(graph);
      assert.equal(found.diameter, truth.diameter, `seed ${seed}`);
      assert.equal(found.exact, true);
      const stats = pathStats(graph);
      assert.ok(Math.abs(stats.averagePathLength - truth.average) < 1e-12);
      assert.equal(stats.diameter, truth.diameter);
    }
  });

  it('reports bounds around the diameter when it runs out of searches', () => {
    const graph = randomGraph(5, 400, 420);
    const truth = bruteForce(graph).diameter;
    const found = diameter(graph, 40);
    assert.ok(found.diameter <= truth && truth <= found.upper);
    if (!found.exact) assert.ok(found.upper > found.diameter);
  });

  it('estimates the average from sampled sources above the exact limit', () => {
    const graph = randomGraph(6, 2000, 6000);
    const truth = bruteForce(graph);
    // Random graphs are iFUB's hard case (many members at the fringe): this one needs ~1 000 eccentricities.
    const stats = pathStats(graph, { exactLimit: 100, samples: 256, seed: 3, maxSearches: 2000 });
    assert.equal(stats.averagePathLengthExact, false);
    assert.ok(Math.abs(stats.averagePathLength - truth.average) / truth.average < 0.02);
    assert.equal(stats.diameter, truth.diameter);
    assert.equal(stats.diameterExact, true);
  });
});
