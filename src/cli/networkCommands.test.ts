import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../bin/synergia.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'synergia-network-cli-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function synergia(args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [bin, ...args], {
      env: { ...process.env, SYNERGIA_DATA_DIR: dataDir, DATABASE_URL: '' },
      timeout: 180_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let networkId = '';

before(async () => {
  const demo = await synergia(['demo', '--orgs', '40', '--seed', '3', '--json']);
  assert.equal(demo.code, 0, demo.stderr);
  networkId = (JSON.parse(demo.stdout) as { networkId: string }).networkId;
});

interface AnalyzeReport {
  snapshotId: string;
  network: { id: string; members: number; ties: number; modularity: number };
  members: { orgId: string; metrics: { betweenness: number }; vulnerability: { overall: number } }[];
}

describe('synergia network analyze', () => {
  test('analyses the demo network by name, saves a snapshot and reports every member', async () => {
    const result = await synergia(['network', 'analyze', '--network', 'Synergia Demo Network (seed 3)', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as AnalyzeReport;
    assert.equal(report.network.id, networkId);
    assert.equal(report.network.members, 40);
    assert.equal(report.members.length, 40);
    assert.ok(report.network.ties > 0, 'the demo has ties');
    assert.match(report.snapshotId, /^[0-9a-f-]{36}$/);
    assert.ok(report.members.every((m) => m.vulnerability.overall >= 0 && m.vulnerability.overall <= 1));
    assert.match(result.stderr, /betweenness/, 'shows progress');
  });

  test('what-if removal by id reports the components before and after', async () => {
    const analysis = JSON.parse(
      (await synergia(['network', 'analyze', '--network', networkId, '--json'])).stdout,
    ) as AnalyzeReport;
    const broker = [...analysis.members].sort((a, b) => b.metrics.betweenness - a.metrics.betweenness)[0]!;
    const result = await synergia([
      'network',
      'analyze',
      '--network',
      networkId,
      '--what-if-remove',
      broker.orgId,
      '--json',
    ]);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as {
      removed: { orgId: string }[];
      components: { before: number; after: number };
    };
    assert.deepEqual(
      report.removed.map((r) => r.orgId),
      [broker.orgId],
    );
    assert.ok(report.components.after >= report.components.before);
  });

  test('an unknown network or organization fails with a clear message', async () => {
    const network = await synergia(['network', 'analyze', '--network', 'No such network', '--json']);
    assert.equal(network.code, 1);
    assert.match(network.stdout, /no network with id or name/);
    const org = await synergia(['network', 'analyze', '--network', networkId, '--what-if-remove', 'nobody-here']);
    assert.equal(org.code, 1);
    assert.match(org.stderr, /no organization with slug or id nobody-here/);
  });
});
