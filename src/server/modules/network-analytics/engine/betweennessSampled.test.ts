import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureGraph, loadFixture } from './fixtures/loadFixture.ts';
import {
  analyzeMembers,
  buildCsrGraph,
  diameterBounds,
  riondatoKornaropoulosSampleSize,
  sampledBetweenness,
} from './index.ts';

describe('sampledBetweenness', () => {
  it('uses the Riondato–Kornaropoulos sample size with c = 0.5', () => {
    // VD = 10: ⌊log2 8⌋ + 1 = 4; (0.5 / 0.01²)·(4 + ln 10) = 5000·6.302585… → 31 513.
    assert.equal(riondatoKornaropoulosSampleSize(10, 0.01, 0.1), Math.ceil(5000 * (4 + Math.log(10))));
    assert.equal(riondatoKornaropoulosSampleSize(3, 0.1, 0.5), Math.ceil(50 * (1 + Math.log(2))));
  });

  it('keeps every member within ±ε of networkx exact betweenness', async () => {
    for (const name of ['planted-partition', 'karate', 'disconnected']) {
      const fixture = loadFixture(name);
      const epsilon = 0.02;
      const result = await sampledBetweenness(fixtureGraph(fixture), { epsilon, delta: 0.1, seed: 5, workers: 0 });
      const worst = Math.max(
        ...fixture.expected.betweenness.map((want, v) => Math.abs(result.betweenness[v]! - want!)),
      );
      assert.ok(worst <= epsilon, `${name}: worst error ${worst}`);
      assert.ok(result.samples > 0);
    }
  });

  it('bounds the vertex diameter from above', () => {
    const fixture = loadFixture('disconnected');
    const bounds = diameterBounds(fixtureGraph(fixture));
    assert.ok(bounds.upper >= (fixture.expected.network.diameter as number));
    assert.ok(bounds.lower <= (fixture.expected.network.diameter as number));
  });

  it('splits the middle of a 4-cycle evenly between its two shortest paths', async () => {
    // 0–1–2–3–0: the pair (0, 2) has two shortest paths, through 1 and through 3; every member has betweenness 1/6.
    const cycle = buildCsrGraph(
      4,
      [0, 1, 2, 3].map((v) => ({ source: v, target: (v + 1) % 4 })),
    );
    const result = await sampledBetweenness(cycle, { epsilon: 0.01, workers: 0 });
    for (const value of result.betweenness) assert.ok(Math.abs(value - 1 / 6) < 0.01, `${value}`);
  });

  it('is exactly 0 without paths of three members, and reports its parameters through analyzeMembers', async () => {
    const pairs = buildCsrGraph(4, [
      { source: 0, target: 1 },
      { source: 2, target: 3 },
    ]);
    const none = await sampledBetweenness(pairs, { workers: 0 });
    assert.equal(none.samples, 0);
    assert.deepEqual(Array.from(none.betweenness), [0, 0, 0, 0]);
    const planted = loadFixture('planted-partition');
    const graph = fixtureGraph(planted);
    const result = await analyzeMembers(graph, {
      betweenness: { mode: 'sampled', epsilon: 0.05, delta: 0.2 },
      closeness: { mode: 'sampled', epsilon: 0.2 },
    });
    assert.equal(result.betweenness.mode, 'sampled');
    assert.equal(result.betweenness.epsilon, 0.05);
    assert.equal(result.betweenness.delta, 0.2);
    assert.ok((result.betweenness.samples ?? 0) > 0);
    assert.equal(result.closeness.mode, 'sampled');
    assert.ok(result.closeness.sources < graph.n);
    planted.expected.harmonicCloseness.forEach((want, v) =>
      assert.ok(Math.abs(result.members.harmonicCloseness[v]! - want!) <= 0.2, `closeness of ${v}`),
    );
    assert.equal(result.paths.averagePathLengthExact, false);
    // Where the guarantee needs at least n sources, every member is searched instead.
    const small = await analyzeMembers(fixtureGraph(loadFixture('karate')), { closeness: { mode: 'sampled' } });
    assert.equal(small.closeness.mode, 'exact');
  });
});
