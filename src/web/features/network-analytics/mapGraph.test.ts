import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MapMember, MapTie, Snapshot } from '../../api/networkAnalytics.ts';
import { applyAppearance, defaultMapView } from './mapAppearance.ts';
import { buildMapModel } from './mapGraph.ts';

function member(orgId: string, overrides: Partial<MapMember> = {}, degree = 1): MapMember {
  return {
    orgId,
    name: `Org ${orgId}`,
    sector: 'C',
    country: 'IT',
    region: 'Lombardia',
    community: 0,
    vulnerability: null,
    metrics: {
      degree,
      weightedDegree: degree,
      betweenness: degree / 10,
      harmonicCloseness: 0.5,
      pagerank: 0.25,
      eigenvector: 0.5,
      clustering: 0,
      constraint: 1,
      effectiveSize: 1,
      coreNumber: 1,
      articulation: false,
    },
    ...overrides,
  };
}

const tie = (source: string, target: string, types: MapTie['types'], supply: MapTie['supply'] = null): MapTie => ({
  source,
  target,
  weight: types.reduce((sum, t) => sum + t.weight, 0),
  types,
  supply,
});

const snapshot: Pick<Snapshot, 'members' | 'ties'> = {
  members: [
    member('a', { community: 1 }, 1),
    member('b', { metrics: { ...member('b').metrics, articulation: true, degree: 3 } }, 3),
    member('c', { sector: 'G', region: 'Veneto' }, 1),
    member('d', { sector: null, country: null, region: null }, 1),
  ],
  ties: [
    tie('a', 'b', [{ type: 'collaboration', weight: 1 }]),
    tie('b', 'c', [{ type: 'supply', weight: 2 }], 'backward'),
    tie(
      'b',
      'd',
      [
        { type: 'introduction', weight: 0.5 },
        { type: 'supply', weight: 1 },
      ],
      'forward',
    ),
  ],
};

test('builds one node per member and one edge per tie, arrows following the supply', () => {
  const { graph, tiesByMember, communityCount } = buildMapModel(snapshot);
  assert.equal(graph.order, 4);
  assert.equal(graph.size, 3);
  assert.equal(communityCount, 2);
  assert.equal(graph.getNodeAttribute('b', 'type'), 'bordered');
  assert.equal(graph.getNodeAttribute('a', 'type'), 'circle');
  // 'backward' supply: c supplies b, so the arrow runs c → b.
  assert.deepEqual(graph.extremities('c|b'), ['c', 'b']);
  assert.equal(graph.getEdgeAttribute('c|b', 'type'), 'arrow');
  assert.equal(graph.getEdgeAttribute('a|b', 'type'), 'line');
  assert.deepEqual(graph.getEdgeAttribute('b|d', 'tieTypes'), ['introduction', 'supply']);
  assert.equal(tiesByMember.get('b')?.length, 3);
  assert.equal(tiesByMember.get('a')?.length, 1);
});

test('sizes follow the chosen metric and filters hide members and tie types', () => {
  const model = buildMapModel(snapshot);
  const shown = applyAppearance(model, defaultMapView);
  assert.equal(shown.visibleMembers, 4);
  assert.ok(model.graph.getNodeAttribute('b', 'size') > model.graph.getNodeAttribute('a', 'size'));

  const filtered = applyAppearance(model, { ...defaultMapView, sectors: ['C'], regions: ['Lombardia, IT'] });
  assert.equal(filtered.visibleMembers, 2);
  assert.equal(model.graph.getNodeAttribute('c', 'hidden'), true);
  assert.equal(model.graph.getNodeAttribute('d', 'hidden'), true);

  const unknownOnly = applyAppearance(model, { ...defaultMapView, sectors: ['Unknown'], regions: ['Unknown'] });
  assert.equal(unknownOnly.visibleMembers, 1);

  applyAppearance(model, { ...defaultMapView, tieTypes: ['collaboration'] });
  assert.equal(model.graph.getEdgeAttribute('a|b', 'hidden'), false);
  assert.equal(model.graph.getEdgeAttribute('c|b', 'hidden'), true);
  applyAppearance(model, { ...defaultMapView, tieTypes: ['introduction'] });
  assert.equal(model.graph.getEdgeAttribute('b|d', 'hidden'), false);
});

test('colouring by a metric ranks members; members without a value get the no-data colour', () => {
  const model = buildMapModel({
    members: [member('x', { vulnerability: 0.9 }), member('y', { vulnerability: 0.1 }), member('z')],
    ties: [],
  });
  const { colorScale } = applyAppearance(model, { ...defaultMapView, colorBy: 'vulnerability' });
  assert.equal(colorScale?.max, 0.9);
  assert.equal(model.graph.getNodeAttribute('x', 'color'), '#c02626');
  assert.equal(model.graph.getNodeAttribute('y', 'color'), '#c6dbef');
  assert.equal(model.graph.getNodeAttribute('z', 'color'), '#ced4da');
});
