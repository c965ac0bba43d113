import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { CollaborationKind } from '../../../common/collaboration.ts';
import type { Deps, Tx } from '../../deps.ts';
import { listings, networkMembers, orgRelations, orgs } from '../../db/schema.ts';
import { agreementTemplate } from '../collaborations/agreementTemplates.ts';
import * as agreementsRepo from '../collaborations/agreements.repository.ts';
import * as collaborationsRepo from '../collaborations/collaborations.repository.ts';
import { appendLedgerEntry, createLedger } from '../ledger/ledger.service.ts';
import { createRandom, type Random } from './random.ts';

// Ties among the demo network's members, so that its map and analytics have something to show: declared
// supplier relations (a need met by another member's offer) and a few collaborations in negotiation.

interface DemoMember {
  orgId: string;
  name: string;
  region: string;
  needs: string[];
  offers: string[];
}

export interface PlannedRelation {
  supplierOrgId: string;
  customerOrgId: string;
  declaredByOrgId: string;
  capability: string;
  share: number;
  critical: boolean;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const maxDeclared = 0.95;

export function planDemoRelations(members: DemoMember[], random: Random): PlannedRelation[] {
  const offerers = new Map<string, DemoMember[]>();
  for (const m of members) for (const c of m.offers) offerers.set(c, [...(offerers.get(c) ?? []), m]);
  const inputTotals = new Map<string, number>();
  const revenueTotals = new Map<string, number>();
  const planned: PlannedRelation[] = [];
  for (const customer of members) {
    for (const capability of customer.needs.slice(0, 2)) {
      const candidates = (offerers.get(capability) ?? []).filter((o) => o.orgId !== customer.orgId);
      if (candidates.length === 0) continue;
      const nearby = candidates.filter((o) => o.region === customer.region);
      const supplier = random.pick(nearby.length > 0 && random.chance(0.6) ? nearby : candidates);
      const share = round2(0.05 + 0.3 * random.next());
      const inputs = inputTotals.get(customer.orgId) ?? 0;
      if (inputs + share > maxDeclared) continue;
      inputTotals.set(customer.orgId, inputs + share);
      const pair = { supplierOrgId: supplier.orgId, customerOrgId: customer.orgId, capability };
      planned.push({ ...pair, declaredByOrgId: customer.orgId, share, critical: random.chance(0.3) });
      const revenueShare = round2(0.05 + 0.2 * random.next());
      const revenue = revenueTotals.get(supplier.orgId) ?? 0;
      if (random.chance(0.35) && revenue + revenueShare <= maxDeclared) {
        revenueTotals.set(supplier.orgId, revenue + revenueShare);
        planned.push({ ...pair, declaredByOrgId: supplier.orgId, share: revenueShare, critical: false });
      }
    }
  }
  return planned;
}

const demoKinds: CollaborationKind[] = [
  'supply_chain_partnership',
  'joint_rnd',
  'marketing_cooperative',
  'purchasing_cooperative',
  'strategic_alliance',
];

// Small groups: an initiator with partners among its suppliers and customers, else members of its region.
export function planDemoCollaborations(members: DemoMember[], relations: PlannedRelation[], random: Random) {
  const partnersOf = new Map<string, Set<string>>();
  const link = (a: string, b: string) => partnersOf.set(a, (partnersOf.get(a) ?? new Set()).add(b));
  for (const r of relations) {
    link(r.supplierOrgId, r.customerOrgId);
    link(r.customerOrgId, r.supplierOrgId);
  }
  const count = Math.min(40, Math.max(3, Math.round(members.length / 12)));
  const plans: { kind: CollaborationKind; initiator: DemoMember; partyOrgIds: string[] }[] = [];
  for (let i = 0; i < count && members.length > 2; i++) {
    const initiator = random.pick(members);
    const known = [...(partnersOf.get(initiator.orgId) ?? [])];
    const regional = members.filter((m) => m.region === initiator.region && m.orgId !== initiator.orgId);
    const pool = known.length > 0 ? known : regional.map((m) => m.orgId);
    const partyOrgIds = random.sample(pool.length > 0 ? pool : members.map((m) => m.orgId), random.int(1, 3));
    const parties = partyOrgIds.filter((id) => id !== initiator.orgId);
    if (parties.length > 0) plans.push({ kind: random.pick(demoKinds), initiator, partyOrgIds: parties });
  }
  return plans;
}

async function loadDemoMembers(tx: Tx, networkId: string): Promise<DemoMember[]> {
  const rows = await tx
    .select({
      orgId: orgs.id,
      name: orgs.name,
      region: orgs.region,
      kind: listings.kind,
      capability: listings.capability,
    })
    .from(networkMembers)
    .innerJoin(orgs, eq(orgs.id, networkMembers.orgId))
    .leftJoin(listings, eq(listings.orgId, orgs.id))
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.status, 'active')))
    .orderBy(orgs.slug, listings.kind, listings.capability);
  const byId = new Map<string, DemoMember>();
  for (const r of rows) {
    const m = byId.get(r.orgId) ?? { orgId: r.orgId, name: r.name, region: r.region, needs: [], offers: [] };
    if (r.capability) (r.kind === 'need' ? m.needs : m.offers).push(r.capability);
    byId.set(r.orgId, m);
  }
  return [...byId.values()];
}

async function insertDemoCollaboration(
  tx: Tx,
  deps: Deps,
  plan: ReturnType<typeof planDemoCollaborations>[number],
  networkId: string,
) {
  const now = deps.now();
  const id = randomUUID();
  const ledgerId = await createLedger(tx, deps.config, 'collaboration', id);
  const name = `${plan.initiator.name} ${plan.kind === 'joint_rnd' ? 'R&D project' : 'partnership'}`;
  await collaborationsRepo.insertCollaboration(tx, {
    id,
    name,
    kind: plan.kind,
    state: 'negotiating',
    networkId,
    initiatorOrgId: plan.initiator.orgId,
    ledgerId,
  });
  const parties = [plan.initiator.orgId, ...plan.partyOrgIds];
  await collaborationsRepo.insertParties(
    tx,
    id,
    parties.map((orgId) => ({ orgId, status: 'accepted' as const })),
  );
  await collaborationsRepo.insertTransition(tx, { collaborationId: id, fromState: null, toState: 'proposed', at: now });
  await collaborationsRepo.insertTransition(tx, {
    collaborationId: id,
    fromState: 'proposed',
    toState: 'negotiating',
    at: now,
  });
  const content = agreementTemplate(plan.kind, parties, now.toISOString().slice(0, 10));
  await agreementsRepo.insertVersion(tx, { collaborationId: id, version: 1, status: 'draft', content });
  await appendLedgerEntry(
    tx,
    deps.config,
    ledgerId,
    { type: 'collaboration.created', name, kind: plan.kind, initiatorOrgId: plan.initiator.orgId, networkId },
    now,
  );
}

/** Adds the demo ties to a freshly loaded demo network (deterministic for a seed). */
export async function loadDemoTies(deps: Deps, networkId: string, seed: number) {
  return deps.db.transaction(async (tx) => {
    const members = await loadDemoMembers(tx, networkId);
    const random = createRandom(seed ^ 0x5eed7135);
    const relations = planDemoRelations(members, random);
    for (let i = 0; i < relations.length; i += 1000) {
      await tx
        .insert(orgRelations)
        .values(relations.slice(i, i + 1000))
        .onConflictDoNothing();
    }
    const collaborations = planDemoCollaborations(members, relations, random);
    for (const plan of collaborations) await insertDemoCollaboration(tx, deps, plan, networkId);
    return { relations: relations.length, collaborations: collaborations.length };
  });
}
