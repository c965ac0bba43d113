import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a module. Worker threads do not inherit the TypeScript loader the app runs
 * under, so when the module is TypeScript the thread first registers tsx, then imports it.
 */
export function startWorker(moduleUrl: URL, workerData: unknown): Worker {
  if (!moduleUrl.pathname.endsWith('.ts')) return new Worker(moduleUrl, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(moduleUrl.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
