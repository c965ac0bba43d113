import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildNetworkGraph, tieWeight, type NetworkData, type RelationFact } from './networkGraph.ts';

const member = (orgId: string) => ({
  orgId,
  name: orgId,
  sector: orgId === 'a' ? 'C' : null,
  country: null,
  region: null,
});
const relation = (
  supplierOrgId: string,
  customerOrgId: string,
  declaredByOrgId: string,
  share: number,
  capability = '',
) => ({ supplierOrgId, customerOrgId, declaredByOrgId, capability, share, critical: false }) satisfies RelationFact;

const data: NetworkData = {
  members: ['a', 'b', 'c'].map(member),
  collaborations: [
    { id: '1', name: 'one', partyOrgIds: ['a', 'b', 'c'] },
    { id: '2', name: 'two', partyOrgIds: ['a', 'b', 'outsider'] },
  ],
  relations: [
    relation('a', 'b', 'b', 0.2, 'x'),
    relation('a', 'b', 'b', 0.1, 'y'),
    relation('a', 'b', 'a', 0.25, 'x'),
    relation('c', 'a', 'a', 0.5),
    relation('a', 'outsider', 'a', 0.5),
  ],
  introductions: [
    { fromOrgId: 'b', toOrgId: 'c' },
    { fromOrgId: 'c', toOrgId: 'b' },
  ],
  offers: [],
  agreements: [],
};

test('ties add their types: collaborations 1 each, supply 1 + 4 × the larger declarer sum, introductions 0.5', () => {
  const graph = buildNetworkGraph(data);
  const tie = (x: string, y: string) =>
    graph.ties.find(
      (t) => [t.source, t.target].sort().join() === [graph.index.get(x), graph.index.get(y)].sort().join(),
    );
  // a–b: two collaborations; b declared 0.2 + 0.1 = 0.3 > a's 0.25 → supply 1 + 1.2.
  assert.deepEqual(tie('a', 'b')?.byType, { collaboration: 2, supply: 1 + 4 * 0.3 });
  assert.ok(Math.abs(tieWeight(tie('a', 'b')!) - 4.2) < 1e-12);
  assert.deepEqual(tie('a', 'c')?.byType, { collaboration: 1, supply: 3 });
  assert.deepEqual(tie('b', 'c')?.byType, { collaboration: 1, introduction: 1 });
  assert.equal(graph.ties.length, 3, 'the outsider makes no tie');
});

test('supply keeps its direction; arcs are unique, for reciprocity', () => {
  const graph = buildNetworkGraph(data);
  const [a, b, c] = ['a', 'b', 'c'].map((id) => graph.index.get(id)!);
  const ab = graph.ties.find((t) => t.source === Math.min(a!, b!) && t.target === Math.max(a!, b!))!;
  assert.equal(ab.source === a ? ab.supplyForward : ab.supplyBackward, true);
  assert.deepEqual(
    graph.arcs.map((x) => `${x.source}>${x.target}`).sort(),
    [`${a}>${b}`, `${c}>${a}`, `${b}>${c}`, `${c}>${b}`].sort(),
  );
  assert.deepEqual(graph.sectors, ['C', null, null]);
});
