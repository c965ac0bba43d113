import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureGraph, FIXTURE_NAMES, loadFixture } from './fixtures/loadFixture.ts';
import { analyzeMembers, buildCsrGraph, computeNetworkMetrics, type NetworkMetrics } from './index.ts';

const TOLERANCE = 1e-6;

for (const name of FIXTURE_NAMES) {
  const fixture = loadFixture(name);
  const graph = fixtureGraph(fixture);
  const expected = fixture.expected.network;

  describe(`network metrics: ${fixture.description}`, () => {
    const input = {
      modularity: 0.5,
      communities: 3,
      directedArcs: fixture.directedArcs.map(([source, target]) => ({ source, target })),
      sectors: fixture.sectors ?? undefined,
    };

    function check(metrics: NetworkMetrics): void {
      for (const [key, want] of Object.entries(expected)) {
        if (key === 'modularity' || key === 'communities') continue;
        const got = metrics[key as keyof NetworkMetrics];
        if (typeof want === 'number' && typeof got === 'number') {
          assert.ok(Math.abs(got - want) <= TOLERANCE, `${key}: expected ${want}, got ${got}`);
        } else assert.equal(got, want, key);
      }
      assert.equal(metrics.modularity, 0.5);
      assert.equal(metrics.communities, 3);
      assert.equal(metrics.averagePathLengthExact, true);
    }

    it('matches networkx when it computes path statistics itself', () => {
      check(computeNetworkMetrics(graph, input));
    });

    it('matches networkx with the path statistics analyzeMembers returned', async () => {
      const analysis = await analyzeMembers(graph);
      check(computeNetworkMetrics(graph, { ...input, paths: analysis.paths }));
    });
  });
}

describe('network metrics: edge cases', () => {
  it('gives zeros and nulls for an empty network', () => {
    const metrics = computeNetworkMetrics(buildCsrGraph(0, []), { modularity: 0, communities: 0 });
    assert.equal(metrics.members, 0);
    assert.equal(metrics.density, 0);
    assert.equal(metrics.components, 0);
    assert.equal(metrics.largestComponent, 0);
    assert.equal(metrics.averagePathLength, 0);
    assert.equal(metrics.diameter, 0);
    assert.equal(metrics.reciprocity, null);
    assert.equal(metrics.sectorAssortativity, null);
  });

  it('gives a star full degree centralization and a single tie density 1', () => {
    const star = buildCsrGraph(
      5,
      [1, 2, 3, 4].map((leaf) => ({ source: 0, target: leaf })),
    );
    assert.equal(computeNetworkMetrics(star, { modularity: 0, communities: 1 }).degreeCentralization, 1);
    const pair = computeNetworkMetrics(buildCsrGraph(2, [{ source: 0, target: 1 }]), { modularity: 0, communities: 1 });
    assert.equal(pair.density, 1);
    assert.equal(pair.degreeCentralization, 0);
    assert.equal(pair.diameter, 1);
  });

  it('gives null assortativity when every counted tie joins one sector, and null reciprocity without arcs', () => {
    const graph = buildCsrGraph(3, [
      { source: 0, target: 1 },
      { source: 1, target: 2 },
    ]);
    const metrics = computeNetworkMetrics(graph, {
      modularity: 0,
      communities: 1,
      sectors: ['retail', 'retail', null],
      directedArcs: [{ source: 0, target: 0 }],
    });
    assert.equal(metrics.sectorAssortativity, null);
    assert.equal(metrics.reciprocity, null);
  });
});
