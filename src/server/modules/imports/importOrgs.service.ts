import { capabilityById } from '../../../common/reference/capabilities.ts';
import type { OfferInput } from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { refreshStatistics } from '../../db/refreshStatistics.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { admitImportedMembers } from '../networks/memberships.service.ts';
import { findNetworkById, findVisibleNetwork } from '../networks/networks.repository.ts';
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

type TargetNetwork = { id: string; ledgerId: string } | undefined;

async function writeRows(deps: Deps, rows: OrgCsvRow[], network: TargetNetwork, actorUserId: string | null) {
  await deps.db.transaction(async (tx) => {
    const ids = await insertOrgBundles(
      tx,
      rows.map((r) => ({ identity: r.identity, offers: r.offers.map(listingFor), needs: r.needs.map(listingFor) })),
    );
    if (network) await admitImportedMembers(tx, deps, network, ids);
    await recordAudit(tx, {
      actorUserId,
      orgId: null,
      action: 'orgs.imported',
      subjectType: network ? 'network' : 'orgs',
      subjectId: network?.id ?? 'none',
      data: { count: ids.length },
    });
  });
}

// Operators (CLI, no actor) may import into any network; API callers must manage it.
async function targetNetwork(deps: Deps, actor: Actor | null, networkId: string | undefined): Promise<TargetNetwork> {
  if (!networkId) return undefined;
  if (!actor) {
    const row = await findNetworkById(deps.db, networkId);
    if (!row) throw new AppError('not_found');
    return row;
  }
  const visible = await findVisibleNetwork(deps.db, actor.userId, networkId);
  if (!visible) throw new AppError('not_found');
  if (!visible.canManage) throw new AppError('forbidden', { detail: 'Only the network manager can import members.' });
  return visible.network;
}

// Validates every row before writing; writes all rows or none, unless invalid rows may be skipped.
export async function importOrgs(deps: Deps, actor: Actor | null, options: ImportOptions): Promise<ImportResult> {
  const network = await targetNetwork(deps, actor, options.networkId);
  const { rows, errors } = parseOrgCsv(options.csv);
  const fileUnreadable = errors.some((e) => e.row === 1 || e.column === '(file)');
  if (errors.length > 0 && (!options.skipInvalid || fileUnreadable)) {
    throw new AppError('import.invalid_rows', {
      detail: `${errors.length} problem(s); nothing was imported.`,
      errors: errors.map((e) => ({ field: `row ${e.row}, ${e.column}`, message: e.reason })),
      extra: { rows: errors },
    });
  }
  if (rows.length > 0) await writeRows(deps, rows, network, actor?.userId ?? null);
  if (rows.length >= 1_000) await refreshStatistics(deps.db);
  return { imported: rows.length, skipped: new Set(errors.map((e) => e.row)).size, errors };
}
