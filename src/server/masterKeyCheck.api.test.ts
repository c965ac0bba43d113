import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { collaborationKeys } from './db/schema.ts';
import { checkMasterKey, MasterKeyMismatchError } from './masterKeyCheck.ts';
import { loadMasterKey, newKey } from './crypto/sealing.ts';
import { wrapDataKey } from './modules/projects/documentCrypto.ts';
import { createAlliance } from './testing/collaborationFactories.ts';
import { createTestApp } from './testing/testApp.ts';

// The master key is checked against what the database holds sealed when a process starts, so that a
// wrong key is one clear message rather than a failure on every later signature or document.

const t = await createTestApp();
const config = t.deps.config;
const otherKey = { ...config, masterKey: Buffer.alloc(32, 7) };

describe('the master key check at start', () => {
  test('passes any key while nothing is sealed, then only the key that sealed', async () => {
    await checkMasterKey(t.deps.db, otherKey);
    await createAlliance(t);
    await checkMasterKey(t.deps.db, config);
    await assert.rejects(checkMasterKey(t.deps.db, otherKey), (error: unknown) => {
      assert.ok(error instanceof MasterKeyMismatchError);
      assert.match(error.message, /^SYNERGIA_MASTER_KEY does not open the ledger signing keys/);
      return true;
    });
  });

  test("names the data directory's key file when that is the key in use", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'synergia-key-'));
    try {
      const fromFile = { ...config, masterKey: undefined, dataDir };
      assert.notDeepEqual(loadMasterKey(fromFile), config.masterKey);
      await assert.rejects(checkMasterKey(t.deps.db, fromFile), {
        message: new RegExp(`^the master key in ${path.join(dataDir, 'master.key')} does not open`),
      });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('says a missing key file is missing, and does not create one in its place', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'synergia-key-'));
    try {
      const keyFile = path.join(dataDir, 'master.key');
      await assert.rejects(checkMasterKey(t.deps.db, { ...config, masterKey: undefined, dataDir }), {
        message: new RegExp(`^${keyFile} is missing, but this database holds ledger signing keys sealed`),
      });
      assert.equal(fs.existsSync(keyFile), false);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('refuses a key under which the document keys do not open', async () => {
    const { collaborationId } = await createAlliance(t);
    const wrappedKey = wrapDataKey(Buffer.alloc(32, 7), collaborationId, newKey());
    await t.deps.db.insert(collaborationKeys).values({ collaborationId, wrappedKey });
    try {
      await assert.rejects(checkMasterKey(t.deps.db, config), { message: /does not open the document keys/ });
    } finally {
      await t.deps.db.delete(collaborationKeys).where(eq(collaborationKeys.collaborationId, collaborationId));
    }
    await checkMasterKey(t.deps.db, config);
  });
});
