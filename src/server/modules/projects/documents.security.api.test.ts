import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import { collaborationKeys, documentVersions } from '../../db/schema.ts';
import { createAlliance } from '../../testing/collaborationFactories.ts';
import { json } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { IntegrityError, loadMasterKey } from '../../crypto/sealing.ts';
import { decryptVersion, unwrapDataKey } from './documentCrypto.ts';
import { uploadTo } from './documents.testing.ts';

// A 1 MiB limit keeps the over-size upload small.
const t = await createTestApp({ env: { SYNERGIA_UPLOAD_LIMIT_MB: '1' } });

const listUrl = (collaborationId: string) => `/api/v1/collaborations/${collaborationId}/documents`;
const contentUrl = (documentId: string, version = 1) => `/api/v1/documents/${documentId}/versions/${version}/content`;
type Created = { id: string; name: string; currentVersion: { mediaType: string; fileName: string } };

async function storedVersion(documentId: string) {
  const [row] = await t.deps.db.select().from(documentVersions).where(eq(documentVersions.documentId, documentId));
  assert.ok(row);
  return row;
}

test('content is stored encrypted with a fresh nonce per version and decrypts to the plaintext', async () => {
  const a = await createAlliance(t);
  const secret = 'Secret recipe: 42 g butter per croissant. '.repeat(20);
  const first = json<Created>(await uploadTo(t, a.alice, listUrl(a.collaborationId), 'recipe.txt', secret));
  await uploadTo(t, a.alice, `/api/v1/documents/${first.id}/versions`, 'recipe.txt', secret);
  const rows = await t.deps.db.select().from(documentVersions).where(eq(documentVersions.documentId, first.id));
  assert.equal(rows.length, 2);
  for (const row of rows) {
    assert.equal(row.ciphertext.includes(Buffer.from('Secret recipe')), false);
    assert.equal(row.ciphertext.length, Buffer.byteLength(secret));
    assert.equal(row.nonce.length, 12);
    assert.equal(row.authTag.length, 16);
  }
  assert.notDeepEqual(rows[0]!.nonce, rows[1]!.nonce);
  assert.notDeepEqual(rows[0]!.ciphertext, rows[1]!.ciphertext);
});

test('a tampered byte or a version row moved to another document is refused as corrupted', async () => {
  const a = await createAlliance(t);
  const doc = json<Created>(await uploadTo(t, a.alice, listUrl(a.collaborationId), 'a.txt', 'original text'));
  const other = json<Created>(await uploadTo(t, a.alice, listUrl(a.collaborationId), 'b.txt', 'another text!'));
  const row = await storedVersion(doc.id);
  const flipped = Buffer.from(row.ciphertext);
  flipped[0] = flipped[0]! ^ 0x01;
  await t.deps.db.update(documentVersions).set({ ciphertext: flipped }).where(eq(documentVersions.id, row.id));
  const tampered = await t.request({ method: 'GET', url: contentUrl(doc.id), as: a.bob });
  assert.equal(tampered.statusCode, 409);
  assert.equal(json(tampered).code, 'document.corrupted');

  // Copy doc's intact sealed content over the other document's row: AAD binds it to its own document.
  await t.deps.db.update(documentVersions).set({ ciphertext: row.ciphertext }).where(eq(documentVersions.id, row.id));
  const otherRow = await storedVersion(other.id);
  await t.deps.db
    .update(documentVersions)
    .set({ ciphertext: row.ciphertext, nonce: row.nonce, authTag: row.authTag, sha256: row.sha256 })
    .where(eq(documentVersions.id, otherRow.id));
  assert.equal((await t.request({ method: 'GET', url: contentUrl(doc.id), as: a.bob })).statusCode, 200);
  const swapped = await t.request({ method: 'GET', url: contentUrl(other.id), as: a.bob });
  assert.equal(swapped.statusCode, 409);
  assert.equal(json(swapped).code, 'document.corrupted');
});

test('each collaboration has its own data key, bound to it', async () => {
  const first = await createAlliance(t);
  const second = await createAlliance(t);
  const one = json<Created>(await uploadTo(t, first.alice, listUrl(first.collaborationId), 'x.txt', 'same text'));
  const two = json<Created>(await uploadTo(t, second.alice, listUrl(second.collaborationId), 'x.txt', 'same text'));
  const keys = await t.deps.db.select().from(collaborationKeys);
  const wrappedOf = (id: string) => keys.find((k) => k.collaborationId === id)!.wrappedKey;
  const masterKey = loadMasterKey(t.deps.config);
  const keyOne = unwrapDataKey(masterKey, first.collaborationId, wrappedOf(first.collaborationId));
  const keyTwo = unwrapDataKey(masterKey, second.collaborationId, wrappedOf(second.collaborationId));
  assert.notDeepEqual(keyOne, keyTwo);
  assert.throws(
    () => unwrapDataKey(masterKey, second.collaborationId, wrappedOf(first.collaborationId)),
    IntegrityError,
  );
  const stored = await storedVersion(one.id);
  assert.equal(decryptVersion(keyOne, one.id, 1, stored).toString(), 'same text');
  assert.throws(() => decryptVersion(keyTwo, one.id, 1, stored), IntegrityError);
  assert.notDeepEqual(stored.ciphertext, (await storedVersion(two.id)).ciphertext);

  // A wrapped key moved to another collaboration does not open there.
  await t.deps.db
    .update(collaborationKeys)
    .set({ wrappedKey: wrappedOf(first.collaborationId) })
    .where(eq(collaborationKeys.collaborationId, second.collaborationId));
  const moved = await t.request({ method: 'GET', url: contentUrl(two.id), as: second.bob });
  assert.equal(moved.statusCode, 409);
});

test('an upload over the limit is refused with 413 and nothing is stored', async () => {
  const a = await createAlliance(t);
  const tooBig = await uploadTo(t, a.alice, listUrl(a.collaborationId), 'big.txt', 'x'.repeat(1024 * 1024 + 1));
  assert.equal(tooBig.statusCode, 413, tooBig.body);
  assert.equal(tooBig.headers['content-type'], 'application/problem+json; charset=utf-8');
  assert.equal(json(tooBig).code, 'payload.too_large');
  assert.match(String(json(tooBig).detail), /1 MiB/);
  const atLimit = await uploadTo(t, a.alice, listUrl(a.collaborationId), 'fits.txt', 'x'.repeat(1024 * 1024));
  assert.equal(atLimit.statusCode, 201, atLimit.body);
  const list = json<{ items: Created[] }>(
    await t.request({ method: 'GET', url: listUrl(a.collaborationId), as: a.bob }),
  );
  assert.deepEqual(
    list.items.map((d) => d.name),
    ['fits.txt'],
  );
});

test('HTML renamed .png, SVG, scripts and names contradicting the content are refused with 415', async () => {
  const a = await createAlliance(t);
  const refused: [string, string][] = [
    ['cat.png', '<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'],
    ['notes.txt', '\uFEFF   <HTML><body>hi</body></HTML>'],
    ['chart.svg', '<svg xmlns="http://www.w3.org/2000/svg"></svg>'],
    ['data.txt', '<?xml version="1.0"?><root/>'],
    ['page.html', 'plain words'],
    ['app.js', 'console.log(1)'],
    ['photo.png', 'just text, not an image'],
    ['report.pdf', 'not a pdf'],
  ];
  for (const [name, content] of refused) {
    const response = await uploadTo(t, a.alice, listUrl(a.collaborationId), name, content, 'image/png');
    assert.equal(response.statusCode, 415, `${name}: ${response.body}`);
    assert.equal(json(response).code, 'payload.unsupported_type');
  }
  const list = json<{ items: Created[] }>(
    await t.request({ method: 'GET', url: listUrl(a.collaborationId), as: a.bob }),
  );
  assert.equal(list.items.length, 0);
});

test('media types come from the content, unknown binary is octet-stream, path-like names are stored safely', async () => {
  const a = await createAlliance(t);
  const cases: [string, Buffer | string, string, string][] = [
    ['../../etc/passwd.txt', 'root:x:0:0', 'passwd.txt', 'text/plain'],
    ['..\\..\\boot.json', '{"a":1}', 'boot.json', 'application/json'],
    ['Bilanz\u202Efdp.exe', Buffer.from([0x00, 0x01, 0x02, 0xff]), 'Bilanzfdp.exe', 'application/octet-stream'],
    ['noext', '%PDF-1.7\n%âãÏÓ\n', 'noext', 'application/pdf'],
  ];
  for (const [sent, content, storedName, mediaType] of cases) {
    const response = await uploadTo(t, a.alice, listUrl(a.collaborationId), sent, content, 'text/html');
    assert.equal(response.statusCode, 201, `${sent}: ${response.body}`);
    const created = json<Created>(response);
    assert.equal(created.name, storedName);
    assert.equal(created.currentVersion.mediaType, mediaType);
  }
  const named = json<Created>(
    await uploadTo(t, a.alice, listUrl(a.collaborationId), 'Bilanz; Müller, 2026 (final).txt', 'Umsatz'),
  );
  const download = await t.request({ method: 'GET', url: contentUrl(named.id), as: a.bob });
  assert.equal(
    download.headers['content-disposition'],
    `attachment; filename="Bilanz_ M_ller, 2026 (final).txt"; filename*=UTF-8''Bilanz%3B%20M%C3%BCller%2C%202026%20%28final%29.txt`,
  );
});
