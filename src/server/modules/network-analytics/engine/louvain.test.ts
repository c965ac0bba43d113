import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureGraph, FIXTURE_NAMES, loadFixture } from './fixtures/loadFixture.ts';
import { buildCsrGraph, louvain, modularity, type CsrGraph } from './index.ts';

/** Modularity straight from the pair formula Q = (1/2m) Σ_ij [A_ij − k_i k_j / 2m] δ(c_i, c_j), O(n²). */
function pairwiseModularity(graph: CsrGraph, community: Int32Array): number {
  const { n, offsets, targets, weights } = graph;
  const adjacency = Array.from({ length: n }, () => new Float64Array(n));
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      adjacency[v]![targets[a]!] = weights[a]!;
      strength[v]! += weights[a]!;
    }
  }
  const twoM = strength.reduce((sum, k) => sum + k, 0);
  let q = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (community[i] === community[j]) q += adjacency[i]![j]! - (strength[i]! * strength[j]!) / twoM;
    }
  }
  return q / twoM;
}

describe('louvain', () => {
  for (const name of FIXTURE_NAMES) {
    const fixture = loadFixture(name);
    const graph = fixtureGraph(fixture);
    it(`reaches igraph's best multilevel modularity within 0.02 on ${name}`, () => {
      const result = louvain(graph, { seed: 7 });
      const reference = fixture.expected.louvain.igraphBestModularity;
      assert.ok(result.modularity >= reference - 0.02, `ours ${result.modularity}, igraph ${reference}`);
    });

    it(`reports the modularity of its own partition on ${name}`, () => {
      const result = louvain(graph, { seed: 3 });
      assert.ok(Math.abs(result.modularity - pairwiseModularity(graph, result.community)) < 1e-9);
      assert.ok(Math.abs(result.modularity - modularity(graph, result.community)) < 1e-12);
    });
  }

  it('gives the same partition for the same seed', () => {
    const graph = fixtureGraph(loadFixture('planted-partition'));
    assert.deepEqual(louvain(graph, { seed: 11 }).community, louvain(graph, { seed: 11 }).community);
  });

  it('numbers communities by size, largest first, and keeps isolates alone', () => {
    const graph = fixtureGraph(loadFixture('disconnected'));
    const { community, communities } = louvain(graph);
    const sizes = new Array<number>(communities).fill(0);
    for (const c of community) sizes[c]!++;
    assert.deepEqual(
      sizes,
      [...sizes].sort((a, b) => b - a),
    );
    for (let v = 51; v < 60; v++) assert.equal(sizes[community[v]!], 1, `isolate ${v}`);
  });

  it('finds two planted cliques joined by one weak tie', () => {
    const edges = [];
    for (const base of [0, 5]) {
      for (let u = 0; u < 5; u++) for (let v = u + 1; v < 5; v++) edges.push({ source: base + u, target: base + v });
    }
    edges.push({ source: 4, target: 5, weight: 0.1 });
    const { community, communities } = louvain(buildCsrGraph(10, edges));
    assert.equal(communities, 2);
    assert.equal(new Set(community.subarray(0, 5)).size, 1);
    assert.notEqual(community[0], community[9]);
  });

  it('gives modularity 0 and singletons for a graph without ties', () => {
    const result = louvain(buildCsrGraph(4, []));
    assert.equal(result.modularity, 0);
    assert.equal(result.communities, 4);
  });
});
