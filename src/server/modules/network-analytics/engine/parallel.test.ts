import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runSourcePasses } from './allSources.ts';
import { fixtureGraph, loadFixture } from './fixtures/loadFixture.ts';
import { betweennessCentrality, harmonicCloseness, sampledBetweenness } from './index.ts';
import { normalizeBetweenness } from './betweenness.ts';
import { scaleCloseness } from './closeness.ts';

describe('worker threads', () => {
  const graph = fixtureGraph(loadFixture('planted-partition'));

  it('give the same exact betweenness, closeness and path totals on two workers as on the main thread', async () => {
    const flags = { betweenness: true, closeness: 'own' } as const;
    const inline = await runSourcePasses(graph, null, flags, { workers: 0 });
    const progress: number[] = [];
    const threaded = await runSourcePasses(graph, null, flags, {
      workers: 2,
      onProgress: (done) => progress.push(done),
    });
    assert.equal(threaded.sources, graph.n);
    assert.equal(threaded.pairs, inline.pairs);
    assert.equal(threaded.distanceSum, inline.distanceSum);
    assert.equal(threaded.maxDistance, inline.maxDistance);
    const exact = betweennessCentrality(graph);
    const closeness = harmonicCloseness(graph);
    const fromWorkers = normalizeBetweenness(threaded.betweenness, graph.n);
    const closenessFromWorkers = scaleCloseness(threaded.closeness, graph.n, graph.n);
    for (let v = 0; v < graph.n; v++) {
      assert.ok(Math.abs(fromWorkers[v]! - exact[v]!) < 1e-12);
      assert.ok(Math.abs(closenessFromWorkers[v]! - closeness[v]!) < 1e-12);
    }
    assert.equal(progress.at(-1), graph.n);
  });

  it('give the same sampled betweenness as the main thread for the same seed', async () => {
    const inline = await sampledBetweenness(graph, { epsilon: 0.05, seed: 9, workers: 0 });
    const threaded = await sampledBetweenness(graph, { epsilon: 0.05, seed: 9, workers: 2 });
    assert.equal(threaded.samples, inline.samples);
    for (let v = 0; v < graph.n; v++) assert.ok(Math.abs(threaded.betweenness[v]! - inline.betweenness[v]!) < 1e-12);
  });
});
