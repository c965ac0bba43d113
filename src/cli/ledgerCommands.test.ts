import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { signUp } from '../server/modules/auth/auth.service.ts';
import { createCollaboration } from '../server/modules/collaborations/collaborations.service.ts';
import { respondToInvitation } from '../server/modules/collaborations/parties.service.ts';
import { exportLedgerUnchecked } from '../server/modules/ledger/ledger.service.ts';
import { findLedger } from '../server/modules/ledger/ledger.repository.ts';
import { createOrg } from '../server/modules/orgs/orgs.service.ts';
import { openRuntime } from '../server/runtime.ts';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../bin/synergia.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'synergia-ledger-cli-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function synergia(args: string[]) {
  try {
    const { stdout } = await run('node', [bin, ...args], {
      env: { ...process.env, SYNERGIA_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

// Builds a small collaboration in the data directory, then lets go of it for the CLI.
async function seedCollaboration() {
  const runtime = await openRuntime(loadConfig({ SYNERGIA_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  try {
    const { deps } = runtime;
    const { user } = await signUp(deps, { email: 'cli@example.test', password: 'long enough password', name: 'Cli' });
    const actor = { userId: user.id, via: 'session' as const };
    const identity = {
      description: '',
      website: '',
      country: 'IT',
      region: '',
      city: '',
      latitude: null,
      longitude: null,
    };
    const more = { naceCode: null, founded: null, employees: null, turnoverBand: null, visibility: 'public' as const };
    const a = await createOrg(deps, actor, { name: 'A', ...identity, ...more });
    const b = await createOrg(deps, actor, { name: 'B', ...identity, ...more });
    const collaboration = await createCollaboration(deps, actor, {
      name: 'C',
      description: '',
      kind: 'joint_rnd',
      networkId: null,
      initiatorOrgId: a.id,
      partyOrgIds: [b.id],
    });
    await respondToInvitation(deps, actor, collaboration.id, b.id, true);
    const exported = await exportLedgerUnchecked(deps.db, (await findLedger(deps.db, collaboration.ledgerId))!);
    return { collaborationId: collaboration.id, exported };
  } finally {
    await runtime.close();
  }
}

test('ledger verify accepts an intact log and names the first entry of a tampered export', async () => {
  const { collaborationId, exported } = await seedCollaboration();
  const fromDatabase = await synergia(['ledger', 'verify', '--collaboration', collaborationId, '--json']);
  assert.equal(fromDatabase.code, 0, fromDatabase.stdout);
  assert.equal(JSON.parse(fromDatabase.stdout).size, 3);

  const file = path.join(dataDir, 'export.json');
  const tampered = structuredClone(exported);
  (tampered.entries[1]!.payload as Record<string, unknown>).orgId = 'someone-else';
  fs.writeFileSync(file, JSON.stringify(tampered));
  const fromFile = await synergia(['ledger', 'verify', '--file', file, '--json']);
  assert.equal(fromFile.code, 1);
  assert.equal(JSON.parse(fromFile.stdout).firstBadSequence, 1);
});
