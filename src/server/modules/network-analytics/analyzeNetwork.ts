import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { reportJobProgress } from '../../jobs/jobQueue.ts';
import type { JobHandlers } from '../../jobs/jobWorker.ts';
import { findNetworkById } from '../networks/networks.repository.ts';
import { computeAnalysis, type ComputeOptions } from './computeAnalysis.ts';
import { loadNetworkData } from './graphAssembly.repository.ts';
import { completeSnapshot, failSnapshot, insertRunningSnapshot } from './snapshots.repository.ts';
import { analyzeJobKind } from './scheduleAnalysis.ts';

// Runs one analysis and stores it as a snapshot: running → done, or failed with the error. Used by the
// 'network.analyze' job and by the CLI (in-process).

export async function runNetworkAnalysis(deps: Deps, networkId: string, options: ComputeOptions = {}) {
  const snapshotId = await insertRunningSnapshot(deps.db, networkId, deps.now());
  try {
    const data = await loadNetworkData(deps.db, networkId);
    const analysis = await computeAnalysis(data, options);
    await deps.db.transaction((tx) => completeSnapshot(tx, snapshotId, analysis, deps.now()));
    return { snapshotId, data, analysis };
  } catch (error) {
    await failSnapshot(deps.db, snapshotId, error instanceof Error ? error.message : String(error), deps.now());
    throw error;
  }
}

const payloadSchema = z.object({ networkId: z.uuid() });
const progressIntervalMs = 1000;

// Progress is written when the stage changes and at most once a second within a stage.
function progressReporter(deps: Deps, jobId: string) {
  let lastStage = '';
  let lastAt = 0;
  let pending: Promise<void> = Promise.resolve();
  const report = (stage: string, done: number, total: number) => {
    const now = Date.now();
    if (stage === lastStage && now - lastAt < progressIntervalMs && done < total) return;
    lastStage = stage;
    lastAt = now;
    pending = pending.then(() => reportJobProgress(deps.db, jobId, stage, done, total)).catch(() => {});
  };
  return { report, flush: () => pending };
}

export const networkAnalyticsJobHandlers: JobHandlers = {
  [analyzeJobKind]: async (deps, job) => {
    const { networkId } = payloadSchema.parse(job.payload);
    // A network deleted since the job was queued has nothing left to analyse.
    if (!(await findNetworkById(deps.db, networkId))) return;
    const progress = progressReporter(deps, job.id);
    progress.report('loading', 0, 1);
    try {
      await runNetworkAnalysis(deps, networkId, { onProgress: progress.report });
      progress.report('done', 1, 1);
    } finally {
      await progress.flush();
    }
  },
};
