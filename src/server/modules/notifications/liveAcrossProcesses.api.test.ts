import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { openLiveEventStream } from '../../testing/liveEventStream.ts';
import { testDatabaseKind } from '../../testing/testDatabase.ts';

// Two API processes on one PostgreSQL: an event published by one reaches a stream held by the other
// through LISTEN/NOTIFY. PGlite is one process by nature, so this runs on PostgreSQL only.

const onPostgres = testDatabaseKind() === 'postgres';
const skip = onPostgres ? false : 'needs PostgreSQL: run with SYNERGIA_TEST_DB=postgres DATABASE_URL=postgres://…';
const repoRoot = path.resolve(import.meta.dirname, '../../../..');

function serverUrl(database?: string): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Server {
  baseUrl: string;
  child: ChildProcess;
  output: string[];
}

async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'synergia-live-'));
  const child = spawn(process.execPath, ['bin/synergia.js', 'serve'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SYNERGIA_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output.join('')}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { baseUrl, child, output };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start:\n${output.join('')}`);
}

async function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function post(server: Server, url: string, body: unknown, cookie?: string) {
  const response = await fetch(`${server.baseUrl}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${url}: ${response.status} ${text}`);
  return { json: JSON.parse(text) as { id: string }, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '' };
}

async function signUp(server: Server, name: string) {
  const email = `live-${randomUUID().slice(0, 8)}@example.test`;
  const { cookie } = await post(server, '/api/v1/auth/signup', { email, password: 'correct horse battery', name });
  return cookie;
}

const databaseName = `synergia_test_live_${randomBytes(6).toString('hex')}`;
let serverA: Server | undefined;
let serverB: Server | undefined;

before(async () => {
  if (!onPostgres) return;
  await admin((c) => c.query(`create database ${databaseName} template synergia_test_template`));
  [serverA, serverB] = await Promise.all([startServer(serverUrl(databaseName)), startServer(serverUrl(databaseName))]);
});

after(async () => {
  if (!onPostgres) return;
  await Promise.all([stopServer(serverA), stopServer(serverB)]);
  await admin((c) => c.query(`drop database if exists ${databaseName}`));
});

test(
  'an introduction requested through process A reaches a stream held by process B within a second',
  { skip },
  async () => {
    const a = serverA!;
    const b = serverB!;
    const ada = await signUp(a, 'Ada');
    const bob = await signUp(b, 'Bob');
    const bakery = await post(a, '/api/v1/orgs', { name: 'Forno', country: 'IT', city: 'Bologna' }, ada);
    const roaster = await post(b, '/api/v1/orgs', { name: 'Roaster', country: 'IT', city: 'Modena' }, bob);

    const stream = await openLiveEventStream(b.baseUrl, bob);
    try {
      assert.equal(stream.status, 200);
      const started = Date.now();
      await post(
        a,
        '/api/v1/introductions',
        { fromOrgId: bakery.json.id, toOrgId: roaster.json.id, message: 'Hi' },
        ada,
      );
      const received = await stream.next((e) => e.event === 'notification', 1000);
      const elapsed = Date.now() - started;
      assert.equal(received.data.type, 'notification');
      assert.ok(elapsed < 1000, `arrived after ${elapsed} ms`);
    } finally {
      stream.close();
    }
  },
);
