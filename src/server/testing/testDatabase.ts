import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { connectPglite, connectPostgres, type Database } from '../db/connect.ts';

// Tests start from a migrated snapshot instead of migrating from scratch in every file.
// The snapshot is named after the migrations it holds, so a changed migration never reuses a stale one.
const migrationsDir = path.resolve(import.meta.dirname, '../db/migrations');
function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(migrationsDir, { recursive: true }).map(String).sort()) {
    const full = path.join(migrationsDir, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}
export const pgliteSnapshotPath = path.join(os.tmpdir(), 'synergia-test', `pglite-${migrationsFingerprint()}.tar.gz`);
const templateDatabase = 'synergia_test_template';

export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.SYNERGIA_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export async function writePgliteSnapshot(): Promise<void> {
  const database = await connectPglite({});
  await database.migrate();
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('gzip');
  fs.mkdirSync(path.dirname(pgliteSnapshotPath), { recursive: true });
  fs.writeFileSync(pgliteSnapshotPath, Buffer.from(await dump.arrayBuffer()));
  await database.close();
}

function serverUrl(database?: string): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

export async function writePostgresTemplate(): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDatabase}`);
  await admin.query(`create database ${templateDatabase}`);
  await admin.end();
  const database = await connectPostgres(serverUrl(templateDatabase));
  await database.migrate();
  await database.close();
}

export async function openTestDatabase(): Promise<Database> {
  if (testDatabaseKind() === 'postgres') return openPostgresCopy();
  if (!fs.existsSync(pgliteSnapshotPath)) await writePgliteSnapshot();
  const snapshot = new Blob([fs.readFileSync(pgliteSnapshotPath)]);
  return connectPglite({ snapshot });
}

async function openPostgresCopy(): Promise<Database> {
  const name = `synergia_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`create database ${name} template ${templateDatabase}`);
  await admin.end();
  const database = await connectPostgres(serverUrl(name));
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl() });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name}`);
      await cleanup.end();
    },
  };
}
