import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import type { Deps } from '../src/server/deps.ts';
import { jobHandlers } from '../src/server/jobs/jobHandlers.ts';
import { startJobWorker } from '../src/server/jobs/jobWorker.ts';
import { createLiveHub } from '../src/server/live/liveHub.ts';
import { runNetworkAnalysis } from '../src/server/modules/network-analytics/analyzeNetwork.ts';
import { loadDemoNetwork } from '../src/server/modules/demo/loadDemoNetwork.ts';
import { openTestDatabase } from '../src/server/testing/testDatabase.ts';
import { assertWebBuildExists, type RunningServer } from './harness.ts';

// The real server in-process, like harness.startServer (the demo network comes with its supply
// relations and collaborations), plus one analysis already stored and a job worker, so that
// "Run a new analysis" in the browser really runs.

export async function startAnalyticsServer(options: { demoOrgs: number }): Promise<RunningServer> {
  assertWebBuildExists();
  const database = await openTestDatabase();
  const deps: Deps = {
    db: database.db,
    config: loadConfig({ SYNERGIA_DATA_DIR: '/nonexistent' }),
    mailer: { configured: false, send: async () => false },
    now: () => new Date(),
    live: createLiveHub((channel, onPayload) => database.listen(channel, onPayload)),
  };
  const demo = await loadDemoNetwork(deps, { orgs: options.demoOrgs, seed: 42 });
  if (!demo.networkId) throw new Error('the demo network was not created');
  await runNetworkAnalysis(deps, demo.networkId);
  const worker = startJobWorker(deps, jobHandlers, { pollMs: 300 });
  const { app } = await buildApp(deps);
  await app.listen({ port: Number(process.env.ANALYTICS_E2E_PORT ?? 0), host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no TCP address');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    demo: { networkId: demo.networkId, login: { email: demo.login.email, password: demo.login.password } },
    async close() {
      await worker.stop();
      await app.close();
      await deps.live.close();
      await database.close();
    },
  };
}
