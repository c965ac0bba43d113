import { asc, inArray, sql } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { listings, networkMembers, orgs } from '../../db/schema.ts';
import { formatOrgCsv } from './orgCsv.ts';

const pageSize = 5_000;

// Operator export (CLI): every organization, or the active members of one network, in the import format.
export async function exportOrgsCsv(
  deps: Deps,
  options: { networkId?: string },
): Promise<{ csv: string; count: number }> {
  const rows: Parameters<typeof formatOrgCsv>[0] = [];
  for (let offset = 0; ; offset += pageSize) {
    const base = deps.db.select({ org: orgs }).from(orgs);
    const scoped = options.networkId
      ? base.where(
          sql`${orgs.id} in (select ${networkMembers.orgId} from ${networkMembers}
            where ${networkMembers.networkId} = ${options.networkId} and ${networkMembers.status} = 'active')`,
        )
      : base;
    const page = await scoped.orderBy(asc(orgs.name), asc(orgs.id)).limit(pageSize).offset(offset);
    if (page.length === 0) break;
    const ids = page.map((p) => p.org.id);
    const items = await deps.db
      .select({ orgId: listings.orgId, kind: listings.kind, capability: listings.capability })
      .from(listings)
      .where(inArray(listings.orgId, ids));
    const byOrg = new Map<string, typeof items>();
    for (const item of items) byOrg.set(item.orgId, [...(byOrg.get(item.orgId) ?? []), item]);
    for (const { org } of page) {
      const own = byOrg.get(org.id) ?? [];
      rows.push({
        identity: { ...org },
        offers: own.filter((i) => i.kind === 'offer').map((i) => i.capability),
        needs: own.filter((i) => i.kind === 'need').map((i) => i.capability),
      });
    }
    if (page.length < pageSize) break;
  }
  return { csv: formatOrgCsv(rows), count: rows.length };
}
