import { capabilityById } from '../../../common/reference/capabilities.ts';
import type { OfferInput } from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { refreshStatistics } from '../../db/refreshStatistics.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { findVisibleNetwork, insertActiveMemberships } from '../networks/networks.repository.ts';
import { insertOrgBundles } from '../orgs/insertOrgBundles.ts';
import { parseOrgCsv, type CsvRowError, type OrgCsvRow } from './orgCsv.ts';

export interface ImportOptions {
  csv: string;
  networkId?: string;
  skipInvalid: boolean;
}

export interface ImportResult {
  imported: number;
  skipped: number;
  errors: CsvRowError[];
}

function listingFor(capability: string): OfferInput {
  return {
    capability,
    title: capabilityById.get(capability)?.label ?? capability,
    description: '',
    quantity: null,
    unit: '',
    availableFrom: null,
    availableUntil: null,
    priority: 'medium',
    visibility: 'public',
  };
}

async function writeRows(deps: Deps, rows: OrgCsvRow[], networkId: string | undefined, actorUserId: string | null) {
  await deps.db.transaction(async (tx) => {
    const ids = await insertOrgBundles(
      tx,
      rows.map((r) => ({ identity: r.identity, offers: r.offers.map(listingFor), needs: r.needs.map(listingFor) })),
    );
    if (networkId) await insertActiveMemberships(tx, networkId, ids);
    await recordAudit(tx, {
      actorUserId,
      orgId: null,
      action: 'orgs.imported',
      subjectType: networkId ? 'network' : 'orgs',
      subjectId: networkId ?? 'none',
      data: { count: ids.length },
    });
  });
}

// Validates every row before writing; writes all rows or none, unless invalid rows may be skipped.
export async function importOrgs(deps: Deps, actor: Actor | null, options: ImportOptions): Promise<ImportResult> {
  if (options.networkId) {
    // Operators (CLI, actor null) may import into any network; API callers must manage it.
    const network = actor ? await findVisibleNetwork(deps.db, actor.userId, options.networkId) : undefined;
    if (actor && !network) throw new AppError('not_found');
    if (actor && !network?.canManage)
      throw new AppError('forbidden', { detail: 'Only the network manager can import members.' });
  }
  const { rows, errors } = parseOrgCsv(options.csv);
  const fileUnreadable = errors.some((e) => e.row === 1 || e.column === '(file)');
  if (errors.length > 0 && (!options.skipInvalid || fileUnreadable)) {
    throw new AppError('import.invalid_rows', {
      detail: `${errors.length} problem(s); nothing was imported.`,
      errors: errors.map((e) => ({ field: `row ${e.row}, ${e.column}`, message: e.reason })),
      extra: { rows: errors },
    });
  }
  if (rows.length > 0) await writeRows(deps, rows, options.networkId, actor?.userId ?? null);
  if (rows.length >= 1_000) await refreshStatistics(deps.db);
  return { imported: rows.length, skipped: new Set(errors.map((e) => e.row)).size, errors };
}
