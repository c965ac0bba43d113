import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { NetworkData } from './networkGraph.ts';
import { simulateRemoval } from './whatIf.ts';

const member = (orgId: string) => ({ orgId, name: orgId.toUpperCase(), sector: null, country: null, region: null });
const collaboration = (id: string, ...partyOrgIds: string[]) => ({ id, name: `Collab ${id}`, partyOrgIds });

// A path a – b – c – d plus e tied to c: removing b splits {a} from {c, d, e}; removing c splits b's side
// from d and e.
function pathNetwork(): NetworkData {
  return {
    members: ['a', 'b', 'c', 'd', 'e'].map(member),
    collaborations: [collaboration('1', 'a', 'b'), collaboration('2', 'b', 'c'), collaboration('3', 'c', 'd', 'e')],
    relations: [
      { supplierOrgId: 'c', customerOrgId: 'd', declaredByOrgId: 'd', capability: 'x', share: 0.4, critical: true },
      { supplierOrgId: 'c', customerOrgId: 'e', declaredByOrgId: 'e', capability: 'z', share: 0.2, critical: false },
    ],
    introductions: [],
    offers: [
      { orgId: 'c', capability: 'x' },
      { orgId: 'b', capability: 'x' },
    ],
    agreements: [],
  };
}

const community = new Map([
  ['a', 0],
  ['b', 0],
  ['c', 1],
  ['d', 1],
  ['e', 1],
]);
const ids = (refs: { orgId: string }[]) => refs.map((r) => r.orgId).sort();

describe('simulateRemoval', () => {
  test('removing a cut vertex splits its component into the pieces on either side', () => {
    const result = simulateRemoval(pathNetwork(), community, ['b']);
    assert.deepEqual(result.components, {
      before: 1,
      after: 2,
      split: [
        { members: [{ orgId: 'a', name: 'A' }] },
        {
          members: [
            { orgId: 'c', name: 'C' },
            { orgId: 'd', name: 'D' },
            { orgId: 'e', name: 'E' },
          ],
        },
      ],
    });
    assert.deepEqual(
      result.affectedCollaborations.map((c) => [c.collaborationId, ids(c.lostParties), c.remainingParties]),
      [
        ['1', ['b'], 1],
        ['2', ['b'], 1],
      ],
    );
    assert.deepEqual(result.lostSingleSourceInputs, []);
  });

  test('removing a leaf splits nothing', () => {
    const result = simulateRemoval(pathNetwork(), community, ['e']);
    assert.equal(result.components.before, 1);
    assert.equal(result.components.after, 1);
    assert.deepEqual(result.components.split, []);
  });

  test('an input whose only source leaves is lost; one with another source is not', () => {
    const result = simulateRemoval(pathNetwork(), community, ['c']);
    assert.deepEqual(result.lostSingleSourceInputs, [
      { customer: { orgId: 'e', name: 'E' }, supplier: { orgId: 'c', name: 'C' }, capability: 'z', critical: false },
    ]);
    assert.deepEqual(result.components, {
      before: 1,
      after: 2,
      split: [
        {
          members: [
            { orgId: 'a', name: 'A' },
            { orgId: 'b', name: 'B' },
          ],
        },
        {
          members: [
            { orgId: 'd', name: 'D' },
            { orgId: 'e', name: 'E' },
          ],
        },
      ],
    });
  });

  test('d becomes more vulnerable when the alternative source of its critical input leaves', () => {
    const result = simulateRemoval(pathNetwork(), community, ['b']);
    const d = result.vulnerabilityChanges.find((c) => c.orgId === 'd');
    assert.ok(d, 'd changes');
    // dependence 0.16 → 0.5 + 0.4 (single source); lock-in (ties 1, input alternatives 1/2 → 1) 0.75 → 1;
    // opportunism 0.4 both times.
    assert.ok(Math.abs(d.dimensions.dependence - 0.74) < 1e-12);
    assert.ok(Math.abs(d.dimensions.lockIn - 0.25) < 1e-12);
    assert.ok(Math.abs(d.before - (0.16 + 0.4 + 0.75) / 3) < 1e-12);
    assert.ok(Math.abs(d.after - (0.9 + 0.4 + 1) / 3) < 1e-12);
    assert.ok(!result.vulnerabilityChanges.some((c) => c.orgId === 'b'));
    assert.ok(!result.vulnerabilityChanges.some((c) => c.orgId === 'e'), 'e is untouched');
  });
});
