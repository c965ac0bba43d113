import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { jobHandlers } from './jobs/jobHandlers.ts';
import { startJobWorker } from './jobs/jobWorker.ts';
import { demoPartnerLogin } from './modules/demo/demoJointWork.ts';
import { matchEngineFor, refreshMatchIndexOnChange } from './modules/matching/matchIndexHolder.ts';
import { defaultDemoSeed, hasDemoUser, loadDemoNetwork, demoLogin } from './modules/demo/loadDemoNetwork.ts';
import { queueAnalysis } from './modules/network-analytics/scheduleAnalysis.ts';
import { scheduleNextDigest } from './modules/notifications/digest.ts';
import { openRuntime } from './runtime.ts';

export interface ServeOptions {
  demo: boolean;
}

// config → db → migrate → (demo on first start) → listen
export async function serve(config: Config, options: ServeOptions): Promise<FastifyInstance> {
  const runtime = await openRuntime(config);
  const { deps, log } = runtime;
  let demoLoaded = await hasDemoUser(deps);
  if (options.demo && !demoLoaded) {
    log.info('first start: loading a demo network of 120 organizations');
    const demo = await loadDemoNetwork(deps, { orgs: 120, seed: defaultDemoSeed });
    // Analysed once, as its manager would, so that the network's map and each member's position have figures.
    if (demo.networkId) await queueAnalysis(deps.db, demo.networkId);
    demoLoaded = true;
  }
  const { app } = await buildApp(deps, { logger: log });
  await scheduleNextDigest(deps.db, deps.now());
  const worker = startJobWorker(deps, jobHandlers, { log });
  const stopRefreshingMatches = await refreshMatchIndexOnChange(
    deps.db,
    (channel, onPayload) => runtime.database.listen(channel, onPayload, log),
    (error) => log.warn({ err: error }, 'refreshing the matching index failed'),
  );
  app.addHook('onClose', async () => {
    await stopRefreshingMatches();
    await worker.stop();
    await runtime.close();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0));
    });
  }
  await app.listen({ port: config.port, host: config.host });
  // Build the partner-matching index now (on its thread) rather than on the first search.
  matchEngineFor(deps.db).catch((error: unknown) => log.error({ err: error }, 'building the matching index failed'));
  const url = config.publicUrl;
  const database = runtime.database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  process.stdout.write(`\nSynergia is running at ${url} (database: ${database})\n`);
  if (demoLoaded) {
    process.stdout.write(`Demo login: ${demoLogin.email} / ${demoLogin.password}\n`);
    process.stdout.write(
      `Its partner in the demo collaboration: ${demoPartnerLogin.email} / ${demoPartnerLogin.password}\n`,
    );
  }
  process.stdout.write(`API documentation: ${url}/docs\n\n`);
  return app;
}
