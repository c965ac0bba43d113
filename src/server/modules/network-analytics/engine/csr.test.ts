import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { articulationPoints, buildCsrGraph, connectedComponents, twinArcs, type CsrGraph } from './index.ts';

function rows(graph: CsrGraph): [number, number][][] {
  return Array.from({ length: graph.n }, (_, v) =>
    Array.from({ length: graph.offsets[v + 1]! - graph.offsets[v]! }, (_, i) => {
      const a = graph.offsets[v]! + i;
      return [graph.targets[a]!, graph.weights[a]!] as [number, number];
    }),
  );
}

const edgeLists = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(
      fc.record({
        source: fc.integer({ min: 0, max: n - 1 }),
        target: fc.integer({ min: 0, max: n - 1 }),
        weight: fc.integer({ min: 1, max: 4 }),
      }),
      { maxLength: 40 },
    ),
  }),
);

describe('buildCsrGraph', () => {
  it('stores each tie both ways, sorted, with parallel ties summed and self-loops dropped', () => {
    const graph = buildCsrGraph(4, [
      { source: 2, target: 0, weight: 2 },
      { source: 0, target: 1 },
      { source: 0, target: 2, weight: 3 },
      { source: 3, target: 3, weight: 9 },
    ]);
    assert.deepEqual(rows(graph), [
      [
        [1, 1],
        [2, 5],
      ],
      [[0, 1]],
      [[0, 5]],
      [],
    ]);
  });

  it('rejects members outside the range and weights that are not positive', () => {
    assert.throws(() => buildCsrGraph(2, [{ source: 0, target: 2 }]), RangeError);
    assert.throws(() => buildCsrGraph(2, [{ source: 0, target: 1, weight: 0 }]), RangeError);
    assert.throws(() => buildCsrGraph(2, [{ source: 0, target: 1, weight: Number.NaN }]), RangeError);
  });

  it('matches a naive adjacency map on random edge lists, and pairs every arc with its twin', () => {
    fc.assert(
      fc.property(edgeLists, ({ n, edges }) => {
        const graph = buildCsrGraph(n, edges);
        const naive = Array.from({ length: n }, () => new Map<number, number>());
        for (const { source, target, weight } of edges) {
          if (source === target) continue;
          naive[source]!.set(target, (naive[source]!.get(target) ?? 0) + weight);
          naive[target]!.set(source, (naive[target]!.get(source) ?? 0) + weight);
        }
        assert.deepEqual(
          rows(graph),
          naive.map((row) => [...row.entries()].sort((a, b) => a[0] - b[0])),
        );
        const twin = twinArcs(graph);
        for (let v = 0; v < n; v++) {
          for (let a = graph.offsets[v]!; a < graph.offsets[v + 1]!; a++) {
            assert.equal(graph.targets[twin[a]!], v);
            assert.equal(twin[twin[a]!], a);
          }
        }
      }),
    );
  });
});

describe('articulationPoints', () => {
  it('marks exactly the members whose removal adds a component (brute force on random graphs)', () => {
    fc.assert(
      fc.property(edgeLists, ({ n, edges }) => {
        const graph = buildCsrGraph(n, edges);
        const cut = articulationPoints(graph);
        const before = connectedComponents(graph).count;
        for (let v = 0; v < n; v++) {
          const without = buildCsrGraph(
            n,
            edges.filter((e) => e.source !== v && e.target !== v),
          );
          // v becomes an isolate in `without`: one component more than before means nothing split.
          const split =
            connectedComponents(without).count - 1 > before - (graph.offsets[v + 1] === graph.offsets[v] ? 1 : 0);
          assert.equal(cut[v] === 1, split, `member ${v}`);
        }
      }),
    );
  });
});
