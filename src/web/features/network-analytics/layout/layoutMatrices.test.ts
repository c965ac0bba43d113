import assert from 'node:assert/strict';
import { test } from 'node:test';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { buildLayoutMatrices, floatsPerNode, layoutSettings, readPositions } from './layoutMatrices.ts';

test('matrices carry positions, masses of one plus weighted degree, and edge offsets', () => {
  const { nodes, edges } = buildLayoutMatrices({
    positions: new Float32Array([0, 0, 1, 0, 0, 1]),
    edges: new Uint32Array([0, 1, 1, 2]),
    weights: new Float32Array([2, 0.5]),
  });
  assert.equal(nodes.length, 3 * floatsPerNode);
  assert.deepEqual([nodes[6], nodes[floatsPerNode + 6], nodes[2 * floatsPerNode + 6]], [3, 3.5, 1.5]);
  assert.deepEqual([...edges], [0, floatsPerNode, 2, floatsPerNode, 2 * floatsPerNode, 0.5]);
  assert.deepEqual([...readPositions(nodes)], [0, 0, 1, 0, 0, 1]);
});

test('ForceAtlas2 on the matrices separates two interleaved triangles', () => {
  // Triangle 0-1-2 and triangle 3-4-5 start interleaved on a line (intra-triangle pairs further apart
  // than inter-triangle pairs) with one tie across; the layout must turn that around.
  const positions = new Float32Array([0, 0, 20, 1, 40, 0, 10, 1, 30, 0, 50, 1]);
  const pairs = [0, 1, 1, 2, 0, 2, 3, 4, 4, 5, 3, 5, 2, 3];
  const input = { positions, edges: new Uint32Array(pairs), weights: new Float32Array(pairs.length / 2).fill(1) };
  const matrices = buildLayoutMatrices(input);
  const meanDistance = (at: Float32Array, list: [number, number][]) =>
    list.reduce((sum, [a, b]) => sum + Math.hypot(at[2 * a]! - at[2 * b]!, at[2 * a + 1]! - at[2 * b + 1]!), 0) /
    list.length;
  const intra: [number, number][] = [
    [0, 1],
    [1, 2],
    [0, 2],
    [3, 4],
    [4, 5],
    [3, 5],
  ];
  const inter: [number, number][] = [
    [0, 3],
    [0, 4],
    [0, 5],
    [1, 3],
    [1, 4],
    [1, 5],
    [2, 4],
    [2, 5],
  ];
  assert.ok(meanDistance(positions, intra) > meanDistance(positions, inter));
  for (let i = 0; i < 300; i++) iterate(layoutSettings(6), matrices.nodes, matrices.edges);
  const after = readPositions(matrices.nodes);
  assert.ok(after.every(Number.isFinite));
  assert.ok(meanDistance(after, intra) < meanDistance(after, inter));
});
