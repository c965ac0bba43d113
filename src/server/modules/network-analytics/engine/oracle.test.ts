import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureGraph, FIXTURE_NAMES, loadFixture, type OracleFixture } from './fixtures/loadFixture.ts';
import {
  analyzeMembers,
  articulationPoints,
  betweennessCentrality,
  coreNumbers,
  eigenvectorCentrality,
  harmonicCloseness,
  localClustering,
  pagerank,
  structuralHoles,
  type MemberMetrics,
} from './index.ts';

// Expected values come from networkx/igraph (scripts/oracles/generate_network_fixtures.py); null stands for NaN.

const TOLERANCE = 1e-6;

function assertClose(actual: ArrayLike<number>, expected: (number | null)[], what: string): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  for (let v = 0; v < expected.length; v++) {
    const want = expected[v]!;
    const got = actual[v]!;
    if (want === null) assert.ok(Number.isNaN(got), `${what}[${v}]: expected NaN, got ${got}`);
    else assert.ok(Math.abs(got - want) <= TOLERANCE, `${what}[${v}]: expected ${want}, got ${got}`);
  }
}

const EXACT_FIELDS = [
  'degree',
  'weightedDegree',
  'betweenness',
  'harmonicCloseness',
  'pagerank',
  'eigenvector',
  'clustering',
  'constraint',
  'effectiveSize',
  'coreNumber',
  'articulation',
] as const satisfies readonly (keyof MemberMetrics & keyof OracleFixture['expected'])[];

for (const name of FIXTURE_NAMES) {
  const fixture = loadFixture(name);
  const graph = fixtureGraph(fixture);
  const { expected } = fixture;

  describe(`oracle: ${fixture.description}`, () => {
    it('analyzeMembers matches networkx/igraph on every exact per-member metric', async () => {
      const result = await analyzeMembers(graph, { betweenness: { mode: 'exact' } });
      assert.equal(result.betweenness.mode, 'exact');
      assert.equal(result.closeness.mode, 'exact');
      for (const field of EXACT_FIELDS) assertClose(result.members[field], expected[field], field);
    });

    it('the single-metric functions agree with the oracle too', () => {
      assertClose(betweennessCentrality(graph), expected.betweenness, 'betweennessCentrality');
      assertClose(harmonicCloseness(graph), expected.harmonicCloseness, 'harmonicCloseness');
      assertClose(pagerank(graph), expected.pagerank, 'pagerank');
      assertClose(eigenvectorCentrality(graph), expected.eigenvector, 'eigenvectorCentrality');
      assertClose(localClustering(graph), expected.clustering, 'localClustering');
      const holes = structuralHoles(graph);
      assertClose(holes.constraint, expected.constraint, 'constraint');
      assertClose(holes.effectiveSize, expected.effectiveSize, 'effectiveSize');
      assertClose(coreNumbers(graph), expected.coreNumber, 'coreNumbers');
      assertClose(articulationPoints(graph), expected.articulation, 'articulationPoints');
    });
  });
}

describe('oracle: named results', () => {
  it('ranks Barbadori, the bridge to the Medici partners, first by business betweenness and the isolated five 0', () => {
    const fixture = loadFixture('florentine-business');
    const betweenness = betweennessCentrality(fixtureGraph(fixture));
    const labels = fixture.labels!;
    const order = Array.from(betweenness.keys()).sort((a, b) => betweenness[b]! - betweenness[a]!);
    assert.deepEqual(
      order.slice(0, 2).map((v) => labels[v]),
      ['Barbadori', 'Medici'],
    );
    for (const family of ['Acciaiuoli', 'Albizzi', 'Pucci', 'Ridolfi', 'Strozzi']) {
      assert.equal(betweenness[labels.indexOf(family)], 0, family);
    }
  });

  it('finds the karate club instructor (0) and president (33) the most central members', () => {
    const betweenness = betweennessCentrality(fixtureGraph(loadFixture('karate')));
    const order = Array.from(betweenness.keys()).sort((a, b) => betweenness[b]! - betweenness[a]!);
    assert.deepEqual(order.slice(0, 2), [0, 33]);
  });
});
