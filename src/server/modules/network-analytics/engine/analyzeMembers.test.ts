import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeMembers, buildCsrGraph, computeNetworkMetrics } from './index.ts';

describe('analyzeMembers', () => {
  it('handles a network without members', async () => {
    const result = await analyzeMembers(buildCsrGraph(0, []));
    assert.equal(result.members.degree.length, 0);
    assert.equal(result.modularity, 0);
    assert.equal(result.paths.averagePathLength, 0);
  });

  it('gives a lone member zero scores, full PageRank and NaN constraint', async () => {
    const { members } = await analyzeMembers(buildCsrGraph(1, []));
    assert.equal(members.pagerank[0], 1);
    assert.equal(members.betweenness[0], 0);
    assert.equal(members.harmonicCloseness[0], 0);
    assert.equal(members.eigenvector[0], 0);
    assert.ok(Number.isNaN(members.constraint[0]!));
    assert.ok(Number.isNaN(members.effectiveSize[0]!));
    assert.equal(members.community[0], 0);
  });

  it('chooses exact betweenness on small networks and reports every stage', async () => {
    const graph = buildCsrGraph(
      6,
      [0, 1, 2, 3, 4].map((v) => ({ source: v, target: v + 1, weight: 1 + v })),
    );
    const stages = new Set<string>();
    const result = await analyzeMembers(graph, { onProgress: (stage) => stages.add(stage) });
    assert.deepEqual(result.betweenness, { mode: 'exact' });
    assert.equal(result.closeness.mode, 'exact');
    for (const stage of ['pagerank', 'eigenvector', 'clustering', 'constraint', 'communities', 'betweenness']) {
      assert.ok(stages.has(stage), stage);
    }
    // A path of six: the middle members carry the most shortest paths, the ends none; 1 and 4 are cut vertices.
    assert.equal(result.members.betweenness[0], 0);
    assert.ok(result.members.betweenness[2]! > result.members.betweenness[1]!);
    assert.deepEqual(Array.from(result.members.articulation), [0, 1, 1, 1, 1, 0]);
    const metrics = computeNetworkMetrics(graph, {
      modularity: result.modularity,
      communities: result.communities,
      paths: result.paths,
    });
    assert.equal(metrics.diameter, 5);
    assert.equal(metrics.averagePathLength, 70 / 30);
  });
});
