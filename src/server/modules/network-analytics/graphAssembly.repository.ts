import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { naceSection } from '../../../common/reference/nace.ts';
import type { DbOrTx } from '../../deps.ts';
import {
  agreementVersions,
  collaborationParties,
  collaborations,
  introductions,
  listings,
  networkMembers,
  orgRelations,
  orgs,
} from '../../db/schema.ts';
import type { AgreementFact, CollaborationFact, NetworkData } from './networkGraph.ts';

// Loads everything an analysis of one network reads. No visibility rule here: callers decide who may see the
// results. Scope: the network's active members; collaborations and agreements of this network only (a tie
// made elsewhere is not this network's business); offers that are not private.

const activeMembers = (networkId: string) =>
  sql`(select nm.org_id from ${networkMembers} nm where nm.network_id = ${networkId} and nm.status = 'active')`;

async function loadMembers(db: DbOrTx, networkId: string) {
  const rows = await db
    .select({ orgId: orgs.id, name: orgs.name, naceCode: orgs.naceCode, country: orgs.country, region: orgs.region })
    .from(networkMembers)
    .innerJoin(orgs, eq(orgs.id, networkMembers.orgId))
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.status, 'active')))
    .orderBy(asc(orgs.name), asc(orgs.id));
  return rows.map((r) => ({
    orgId: r.orgId,
    name: r.name,
    sector: r.naceCode ? naceSection(r.naceCode) : null,
    country: r.country || null,
    region: r.region || null,
  }));
}

async function loadCollaborations(db: DbOrTx, networkId: string): Promise<CollaborationFact[]> {
  const rows = await db
    .select({ id: collaborations.id, name: collaborations.name, orgId: collaborationParties.orgId })
    .from(collaborations)
    .innerJoin(collaborationParties, eq(collaborationParties.collaborationId, collaborations.id))
    .where(
      and(
        eq(collaborations.networkId, networkId),
        ne(collaborations.state, 'terminated'),
        eq(collaborationParties.status, 'accepted'),
        sql`${collaborationParties.orgId} in ${activeMembers(networkId)}`,
      ),
    )
    .orderBy(asc(collaborations.createdAt), asc(collaborations.id));
  const byId = new Map<string, CollaborationFact>();
  for (const r of rows) {
    const found = byId.get(r.id) ?? { id: r.id, name: r.name, partyOrgIds: [] };
    found.partyOrgIds.push(r.orgId);
    byId.set(r.id, found);
  }
  return [...byId.values()];
}

async function loadRelations(db: DbOrTx, networkId: string) {
  return db
    .select({
      supplierOrgId: orgRelations.supplierOrgId,
      customerOrgId: orgRelations.customerOrgId,
      declaredByOrgId: orgRelations.declaredByOrgId,
      capability: orgRelations.capability,
      share: orgRelations.share,
      critical: orgRelations.critical,
    })
    .from(orgRelations)
    .where(
      and(
        sql`${orgRelations.supplierOrgId} in ${activeMembers(networkId)}`,
        sql`${orgRelations.customerOrgId} in ${activeMembers(networkId)}`,
      ),
    )
    .orderBy(asc(orgRelations.createdAt), asc(orgRelations.id));
}

async function loadIntroductions(db: DbOrTx, networkId: string) {
  return db
    .select({ fromOrgId: introductions.fromOrgId, toOrgId: introductions.toOrgId })
    .from(introductions)
    .where(
      and(
        eq(introductions.status, 'accepted'),
        sql`${introductions.fromOrgId} in ${activeMembers(networkId)}`,
        sql`${introductions.toOrgId} in ${activeMembers(networkId)}`,
      ),
    );
}

async function loadOffers(db: DbOrTx, networkId: string) {
  return db
    .selectDistinct({ orgId: listings.orgId, capability: listings.capability })
    .from(listings)
    .where(
      and(
        eq(listings.kind, 'offer'),
        ne(listings.visibility, 'private'),
        sql`${listings.orgId} in ${activeMembers(networkId)}`,
      ),
    );
}

// The binding agreements: effective versions of this network's running collaborations.
async function loadAgreements(db: DbOrTx, networkId: string): Promise<AgreementFact[]> {
  const rows = await db
    .select({
      collaborationId: collaborations.id,
      collaborationName: collaborations.name,
      parties: agreementVersions.parties,
      content: agreementVersions.content,
    })
    .from(agreementVersions)
    .innerJoin(collaborations, eq(collaborations.id, agreementVersions.collaborationId))
    .where(
      and(
        eq(collaborations.networkId, networkId),
        inArray(collaborations.state, ['active', 'under_review']),
        eq(agreementVersions.status, 'effective'),
      ),
    );
  return rows.map((r) => ({ ...r, parties: r.parties ?? [] }));
}

export async function loadNetworkData(db: DbOrTx, networkId: string): Promise<NetworkData> {
  return {
    members: await loadMembers(db, networkId),
    collaborations: await loadCollaborations(db, networkId),
    relations: await loadRelations(db, networkId),
    introductions: await loadIntroductions(db, networkId),
    offers: await loadOffers(db, networkId),
    agreements: await loadAgreements(db, networkId),
  };
}
