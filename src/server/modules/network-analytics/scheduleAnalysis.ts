import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import { analyticsSnapshots, networkMembers } from '../../db/schema.ts';
import { enqueueJob } from '../../jobs/jobQueue.ts';

export const analyzeJobKind = 'network.analyze';
export const analysisSingletonKey = (networkId: string) => `${analyzeJobKind}:${networkId}`;

/** Queues an analysis of the network (now, or at `runAt`); null when one is already queued or running. */
export function queueAnalysis(db: DbOrTx, networkId: string, runAt?: Date): Promise<string | null> {
  return enqueueJob(db, {
    kind: analyzeJobKind,
    payload: { networkId },
    singletonKey: analysisSingletonKey(networkId),
    ...(runAt ? { runAt } : {}),
  });
}

/** A change re-analyses a network a minute later, so that a burst of edits costs one run. */
export const reanalysisDelayMs = 60_000;

/**
 * After a change to relations or collaboration parties: re-analyse, debounced, every network that has the
 * organizations as active members and already has analytics (a network whose managers never ran an analysis
 * is left alone). Call inside the write transaction.
 */
export async function scheduleReanalysis(db: DbOrTx, orgIds: string[], now: Date): Promise<void> {
  if (orgIds.length === 0) return;
  const rows = await db
    .selectDistinct({ networkId: networkMembers.networkId })
    .from(networkMembers)
    .where(
      and(
        inArray(networkMembers.orgId, orgIds),
        eq(networkMembers.status, 'active'),
        sql`exists (select 1 from ${analyticsSnapshots} s where s.network_id = ${networkMembers.networkId})`,
      ),
    );
  for (const { networkId } of rows) {
    await queueAnalysis(db, networkId, new Date(now.getTime() + reanalysisDelayMs));
  }
}
