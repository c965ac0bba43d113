import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { IntegrityError, loadMasterKey, newKey } from '../../crypto/sealing.ts';
import { decryptVersion, encryptVersion, unwrapDataKey, wrapDataKey } from './documentCrypto.ts';

test('without a configured key, a master key file is created with mode 0600 and reused', () => {
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'synergia-key-')), 'data');
  const key = loadMasterKey({ masterKey: undefined, dataDir });
  const file = path.join(dataDir, 'master.key');
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  assert.equal(key.length, 32);
  assert.deepEqual(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64'), key);
  assert.deepEqual(loadMasterKey({ masterKey: undefined, dataDir }), key);
  const configured = randomBytes(32);
  assert.equal(loadMasterKey({ masterKey: configured, dataDir }), configured);
});

test('a wrapped data key opens only with its master key and for its collaboration', () => {
  const master = randomBytes(32);
  const dataKey = newKey();
  const wrapped = wrapDataKey(master, 'c1', dataKey);
  assert.equal(wrapped.includes(dataKey), false);
  assert.deepEqual(unwrapDataKey(master, 'c1', wrapped), dataKey);
  assert.throws(() => unwrapDataKey(master, 'c2', wrapped), IntegrityError);
  assert.throws(() => unwrapDataKey(randomBytes(32), 'c1', wrapped), IntegrityError);
});

test('a version decrypts only with its document id and version number', () => {
  const key = newKey();
  const plaintext = Buffer.from('Quarterly figures');
  const sealed = encryptVersion(key, 'd1', 1, plaintext);
  assert.deepEqual(decryptVersion(key, 'd1', 1, sealed), plaintext);
  assert.throws(() => decryptVersion(key, 'd1', 2, sealed), IntegrityError);
  assert.throws(() => decryptVersion(key, 'd2', 1, sealed), IntegrityError);
  assert.throws(() => decryptVersion(key, 'd1', 1, { ...sealed, sha256: '0'.repeat(64) }), IntegrityError);
  assert.notDeepEqual(encryptVersion(key, 'd1', 1, plaintext).nonce, sealed.nonce);
});
