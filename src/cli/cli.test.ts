import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { connectPglite } from '../server/db/connect.ts';
import { orgs } from '../server/db/schema.ts';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../bin/synergia.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'synergia-cli-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function synergia(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('node', [bin, ...args], {
      env: { ...process.env, SYNERGIA_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('synergia CLI on the embedded database', () => {
  test('demo generates a deterministic network and reports it as JSON', async () => {
    const result = await synergia(['demo', '--orgs', '40', '--seed', '7', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as { orgs: number; networkId: string; login: { email: string } };
    assert.equal(report.orgs, 40);
    assert.match(report.networkId, /^[0-9a-f-]{36}$/);
    assert.equal(report.login.email, 'demo@synergia.local');
  });

  test('match suggests partners for an organization given by slug', async () => {
    const database = await connectPglite({ dataDir });
    const [org] = await database.db.select({ slug: orgs.slug }).from(orgs).orderBy(orgs.name).limit(1);
    await database.close();
    const result = await synergia(['match', '--org', org!.slug, '--top', '5', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as {
      network: { name: string };
      items: { org: { slug: string }; score: number }[];
    };
    assert.match(report.network.name, /Synergia Demo Network/);
    assert.ok(report.items.length > 0 && report.items.length <= 5);
    assert.equal(
      report.items.some((i) => i.org.slug === org!.slug),
      false,
      'never suggests itself',
    );
    const scores = report.items.map((i) => i.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
    const unknown = await synergia(['match', '--org', 'no-such-org', '--json']);
    assert.equal(unknown.code, 1);

    // The text form says which suggestions a network manager verified (every third demo member), and in
    // which network.
    const verified = JSON.parse((await synergia(['match', '--org', org!.slug, '--json'])).stdout) as {
      items: { trust: { verified: boolean; verifiedBy: string[] } }[];
    };
    const text = await synergia(['match', '--org', org!.slug]);
    assert.equal(
      text.stdout.split('\n').filter((line) => line.includes(' · verified by Synergia Demo Network')).length,
      verified.items.filter((i) => i.trust.verified).length,
    );
    assert.ok(verified.items.every((i) => i.trust.verified === i.trust.verifiedBy.length > 0));
    assert.ok(
      verified.items.some((i) => i.trust.verified),
      'the demo has verified members',
    );
  });

  test('match refuses what the API refuses, naming the field, without a stack trace', async () => {
    const database = await connectPglite({ dataDir });
    const [org] = await database.db.select({ slug: orgs.slug }).from(orgs).orderBy(orgs.name).limit(1);
    await database.close();
    const notANeed = '00000000-0000-4000-8000-000000000000';
    const team = await synergia(['match', '--org', org!.slug, '--team', notANeed, '--json']);
    assert.equal(team.code, 1, team.stderr);
    assert.deepEqual(
      (JSON.parse(team.stdout) as { errors: { field: string }[] }).errors.map((e) => e.field),
      ['needIds'],
    );
    const country = await synergia(['match', '--org', org!.slug, '--country', 'XX']);
    assert.equal(country.code, 1);
    assert.equal(country.stderr, 'error: country: unknown ISO 3166-1 alpha-2 code\n');
    const filtered = await synergia(['match', '--org', org!.slug, '--country', 'IT', '--top', '3', '--json']);
    assert.equal(filtered.code, 0, filtered.stderr);
    const items = (JSON.parse(filtered.stdout) as { items: { org: { country: string } }[] }).items;
    assert.ok(items.length > 0 && items.every((i) => i.org.country === 'IT'), JSON.stringify(items));
  });

  test('import-orgs refuses a file with an invalid row, naming row, column and reason, and imports nothing', async () => {
    const file = path.join(dataDir, 'members.csv');
    fs.writeFileSync(file, 'name,country,offers\nGood Co,IT,\nBad Co,IT,no.such.capability\n');
    const refused = await synergia(['import-orgs', file, '--json']);
    assert.equal(refused.code, 1);
    assert.deepEqual(JSON.parse(refused.stdout).rows, [
      { row: 3, column: 'offers', reason: 'unknown capability "no.such.capability"' },
    ]);
    const exported = await synergia(['export-orgs']);
    assert.equal(exported.stdout.includes('Good Co'), false);

    const skipped = await synergia(['import-orgs', file, '--skip-invalid', '--json']);
    assert.equal(skipped.code, 0, skipped.stderr);
    assert.equal(JSON.parse(skipped.stdout).imported, 1);
    const afterImport = await synergia(['export-orgs']);
    assert.match(afterImport.stdout, /^name,description,website,country/);
    assert.ok(afterImport.stdout.includes('Good Co'));
  });

  test('a second process on the same data directory fails at once with a clear message', async () => {
    const holder = await connectPglite({ dataDir });
    try {
      const started = Date.now();
      const result = await synergia(['migrate']);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /already open in another Synergia process/);
      assert.ok(Date.now() - started < 15_000, 'it must not wait for the lock');
    } finally {
      await holder.close();
    }
    assert.equal((await synergia(['migrate', '--json'])).code, 0, 'the lock is released on close');
  });

  test('a master key that does not open the sealed signing keys is refused at start, naming its source', async () => {
    const otherKey = Buffer.alloc(32, 9).toString('base64');
    const result = await synergia(['migrate'], { SYNERGIA_MASTER_KEY: otherKey });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /SYNERGIA_MASTER_KEY does not open the ledger signing keys/);
    assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/, 'a message, not a stack trace');
    assert.equal((await synergia(['migrate', '--json'])).code, 0, 'the data directory key still opens them');
  });
});
