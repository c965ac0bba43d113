import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRandom } from '../../demo/random.ts';
import { BfsScratch } from './bfs.ts';
import { buildCsrGraph } from './csr.ts';
import { MultiSourceBfs } from './multiSourceBfs.ts';
import { emptyTotals } from './sourcePass.ts';

describe('MultiSourceBfs', () => {
  it('gives the same distances as one search per source, top-down and bottom-up, on disconnected graphs', () => {
    for (const [seed, n, ties] of [
      [1, 300, 3000],
      [2, 300, 320],
      [3, 60, 900],
    ] as const) {
      const random = createRandom(seed);
      const graph = buildCsrGraph(
        n,
        Array.from({ length: ties }, () => ({ source: random.int(0, n - 1), target: random.int(0, n - 1) })),
      );
      const sources = Int32Array.from({ length: 45 }, () => random.int(0, n - 1));
      const search = new MultiSourceBfs(graph);
      const totals = emptyTotals(n, { betweenness: false, closeness: 'spread' });
      const eccentricity = new Int32Array(32);
      const eccentricities: number[] = [];
      for (let start = 0; start < sources.length; start += 32) {
        const count = Math.min(32, sources.length - start);
        search.run(sources, start, count, 'spread', totals, eccentricity);
        eccentricities.push(...eccentricity.subarray(0, count));
      }
      const scratch = new BfsScratch(n);
      const spread = new Float64Array(n);
      let distanceSum = 0;
      let pairs = 0;
      sources.forEach((s, b) => {
        assert.equal(eccentricities[b], scratch.run(graph, s), `eccentricity of ${s}`);
        for (let i = 1; i < scratch.reached; i++) {
          const v = scratch.queue[i]!;
          spread[v]! += 1 / scratch.dist[v]!;
          distanceSum += scratch.dist[v]!;
          pairs++;
        }
      });
      assert.equal(totals.distanceSum, distanceSum);
      assert.equal(totals.pairs, pairs);
      for (let v = 0; v < n; v++) assert.ok(Math.abs(totals.closeness[v]! - spread[v]!) < 1e-9, `member ${v}`);
    }
  });
});
