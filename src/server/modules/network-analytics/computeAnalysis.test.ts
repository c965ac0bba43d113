import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeAnalysis } from './computeAnalysis.ts';
import type { NetworkData } from './networkGraph.ts';

const member = (orgId: string) => ({ orgId, name: orgId, sector: null, country: null, region: null });
const empty = { collaborations: [], relations: [], introductions: [], offers: [], agreements: [] };

// A star: the hub shares one collaboration with each of four leaves.
const star: NetworkData = {
  ...empty,
  members: ['hub', 'l1', 'l2', 'l3', 'l4'].map(member),
  collaborations: ['l1', 'l2', 'l3', 'l4'].map((leaf) => ({ id: leaf, name: leaf, partyOrgIds: ['hub', leaf] })),
};

test("a star's hub has betweenness 1, is the only cut vertex, and centralization is 1", async () => {
  const { network, members, ties } = await computeAnalysis(star, { workers: 0 });
  const hub = members.find((m) => m.orgId === 'hub')!;
  assert.equal(hub.metrics.betweenness, 1);
  assert.equal(hub.metrics.articulation, true);
  assert.equal(hub.metrics.degree, 4);
  for (const leaf of members.filter((m) => m.orgId !== 'hub')) {
    assert.equal(leaf.metrics.betweenness, 0);
    assert.equal(leaf.metrics.articulation, false);
    assert.equal(leaf.metrics.constraint, 1);
  }
  assert.equal(network.degreeCentralization, 1);
  assert.equal(network.diameter, 2);
  assert.equal(network.reciprocity, null, 'no directed ties');
  assert.equal(ties.length, 4);
  assert.deepEqual(ties[0]?.types, [{ type: 'collaboration', weight: 1 }]);
});

test('isolated members and an empty network give figures, not errors', async () => {
  const alone = await computeAnalysis({ ...empty, members: [member('a'), member('b')] }, { workers: 0 });
  assert.equal(alone.network.components, 2);
  assert.equal(alone.network.averagePathLength, null);
  assert.equal(alone.members[0]?.metrics.constraint, null);
  assert.equal(alone.members[0]?.vulnerability.overall, 0);
  const none = await computeAnalysis({ ...empty, members: [] }, { workers: 0 });
  assert.equal(none.network.members, 0);
  assert.deepEqual(none.members, []);
});
