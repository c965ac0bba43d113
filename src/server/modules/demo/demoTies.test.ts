import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planDemoCollaborations, planDemoRelations } from './demoTies.ts';
import { createRandom } from './random.ts';

const members = Array.from({ length: 30 }, (_, i) => ({
  orgId: `o${i}`,
  name: `Org ${i}`,
  region: i % 2 === 0 ? 'north' : 'south',
  needs: [`cap${i % 5}`, `cap${(i + 1) % 5}`, `cap${(i + 2) % 5}`],
  offers: [`cap${(i + 3) % 5}`],
}));

test('demo relations meet needs with other members’ offers and keep declared shares under 100 %', () => {
  const relations = planDemoRelations(members, createRandom(42));
  assert.ok(relations.length >= 30);
  const offers = new Map(members.map((m) => [m.orgId, m.offers]));
  const totals = new Map<string, number>();
  for (const r of relations) {
    assert.notEqual(r.supplierOrgId, r.customerOrgId);
    assert.ok(offers.get(r.supplierOrgId)?.includes(r.capability));
    const side = `${r.declaredByOrgId}|${r.declaredByOrgId === r.customerOrgId ? 'in' : 'out'}`;
    totals.set(side, (totals.get(side) ?? 0) + r.share);
    assert.ok(r.share > 0 && r.share <= 1);
  }
  for (const total of totals.values()) assert.ok(total <= 0.95 + 1e-9);
  assert.deepEqual(planDemoRelations(members, createRandom(42)), relations, 'deterministic for a seed');
});

test('demo collaborations have an initiator and at least one other party', () => {
  const random = createRandom(7);
  const plans = planDemoCollaborations(members, planDemoRelations(members, random), random);
  assert.ok(plans.length >= 3);
  for (const p of plans) {
    assert.ok(p.partyOrgIds.length >= 1);
    assert.ok(!p.partyOrgIds.includes(p.initiator.orgId));
  }
});
