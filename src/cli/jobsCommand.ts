import type { Command } from 'commander';
import { jobHandlers } from '../server/jobs/jobHandlers.ts';
import { runJobsUntilIdle, startJobWorker } from '../server/jobs/jobWorker.ts';
import { scheduleNextDigest } from '../server/modules/notifications/digest.ts';
import { report, type OutputOptions } from './output.ts';
import { withRuntime } from './withRuntime.ts';

// Background jobs for operators: drain the queue once, or work as a separate worker process.
export function registerJobsCommand(program: Command): void {
  const jobs = program.command('jobs').description('background jobs (e-mail, digests, analytics)');
  jobs
    .command('run')
    .description('run due background jobs; without --until-idle, keep working until interrupted')
    .option('--until-idle', 'stop when no job is due')
    .option('--json', 'machine-readable output')
    .action(async (opts: OutputOptions & { untilIdle?: boolean }) => {
      await withRuntime(opts, async ({ deps, log }) => {
        if (opts.untilIdle) {
          const ran = await runJobsUntilIdle(deps, jobHandlers, { log });
          report(opts, { ran }, `Ran ${ran} job${ran === 1 ? '' : 's'}; none is due now.`);
          return;
        }
        await scheduleNextDigest(deps.db, deps.now());
        const worker = startJobWorker(deps, jobHandlers, { log });
        process.stderr.write('Working on background jobs; Ctrl-C to stop.\n');
        await new Promise<void>((resolve) => {
          for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
        });
        await worker.stop();
      });
    });
}
