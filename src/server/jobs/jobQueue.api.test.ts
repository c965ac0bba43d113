import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Deps } from '../deps.ts';
import { createTestApp } from '../testing/testApp.ts';
import { enqueueJob, findJob } from './jobQueue.ts';
import { runJobsUntilIdle, runNextJob, startJobWorker } from './jobWorker.ts';

describe('job queue', async () => {
  let clock = new Date();
  const t = await createTestApp({ now: () => clock });
  // Jobs enqueued without a time are due from the database's now(): the test clock starts just after it.
  clock = new Date(Date.now() + 1000);
  const deps: Deps = t.deps;

  test('runs a job once and records it as done', async () => {
    const seen: unknown[] = [];
    const id = await enqueueJob(deps.db, { kind: 'echo', payload: { n: 1 } });
    assert.ok(id);
    const ran = await runJobsUntilIdle(deps, { echo: async (_d, job) => void seen.push(job.payload) });
    assert.equal(ran, 1);
    assert.deepEqual(seen, [{ n: 1 }]);
    const job = await findJob(deps.db, id);
    assert.equal(job?.status, 'done');
    assert.equal(job?.attempts, 1);
  });

  test('a singleton key allows one pending job, and a new one once it has run', async () => {
    const first = await enqueueJob(deps.db, { kind: 'single', singletonKey: 'net:1' });
    const duplicate = await enqueueJob(deps.db, { kind: 'single', singletonKey: 'net:1' });
    assert.ok(first);
    assert.equal(duplicate, null);
    assert.equal(await runJobsUntilIdle(deps, { single: async () => undefined }), 1);
    assert.ok(await enqueueJob(deps.db, { kind: 'single', singletonKey: 'net:1' }));
    await runJobsUntilIdle(deps, { single: async () => undefined });
  });

  test('a job is not run before its time', async () => {
    const id = await enqueueJob(deps.db, { kind: 'later', runAt: new Date(clock.getTime() + 60_000) });
    assert.equal(await runNextJob(deps, { later: async () => undefined }), false);
    clock = new Date(clock.getTime() + 61_000);
    assert.equal(await runNextJob(deps, { later: async () => undefined }), true);
    assert.equal((await findJob(deps.db, id!))?.status, 'done');
  });

  test('a failing job is retried with backoff, then marked failed with its error', async () => {
    const id = (await enqueueJob(deps.db, { kind: 'flaky', maxAttempts: 2 }))!;
    const handlers = {
      flaky: async () => {
        throw new Error('supplier API down');
      },
    };
    assert.equal(await runNextJob(deps, handlers), true);
    let job = await findJob(deps.db, id);
    assert.equal(job?.status, 'queued');
    assert.equal(job?.lastError, 'supplier API down');
    assert.equal(job?.runAt.getTime(), clock.getTime() + 30_000);
    assert.equal(await runNextJob(deps, handlers), false, 'not before the backoff');
    clock = new Date(clock.getTime() + 30_000);
    assert.equal(await runNextJob(deps, handlers), true);
    job = await findJob(deps.db, id);
    assert.equal(job?.status, 'failed');
    assert.equal(job?.attempts, 2);
  });

  test('a job whose worker died is claimed again after its lease', async () => {
    const id = (await enqueueJob(deps.db, { kind: 'crash' }))!;
    // The first worker claims it and never finishes.
    void runNextJob(deps, { crash: () => new Promise<void>(() => undefined) }, { leaseMs: 5_000 });
    for (let i = 0; i < 100 && (await findJob(deps.db, id))?.status !== 'running'; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.equal((await findJob(deps.db, id))?.status, 'running');
    assert.equal(await runNextJob(deps, { crash: async () => undefined }), false, 'leased');
    clock = new Date(clock.getTime() + 6_000);
    assert.equal(await runNextJob(deps, { crash: async () => undefined }), true);
    assert.equal((await findJob(deps.db, id))?.status, 'done');
  });

  test('the polling worker picks up work when woken and stops cleanly', async () => {
    const done: string[] = [];
    const worker = startJobWorker(deps, { wake: async (_d, job) => void done.push(job.id) }, { pollMs: 60_000 });
    const id = (await enqueueJob(deps.db, { kind: 'wake' }))!;
    worker.wake();
    for (let i = 0; i < 100 && done.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await worker.stop();
    assert.deepEqual(done, [id]);
  });
});
