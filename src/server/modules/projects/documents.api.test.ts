import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { activityEvents, notifications } from '../../db/schema.ts';
import { createAlliance } from '../../testing/collaborationFactories.ts';
import { createOrg, json, signUp } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { pngBytes, uploadTo } from './documents.testing.ts';
import { addMember, createTask } from './projects.testSetup.ts';

const t = await createTestApp();

interface VersionJson {
  version: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: { name: string | null; orgName: string };
}
interface DocumentJson {
  id: string;
  name: string;
  currentVersion: VersionJson;
  versions: VersionJson[];
  abilities: { upload: boolean; delete: boolean };
}

const listUrl = (collaborationId: string) => `/api/v1/collaborations/${collaborationId}/documents`;
const contentUrl = (documentId: string, version: number) =>
  `/api/v1/documents/${documentId}/versions/${version}/content`;

test('a party uploads a document; the other party lists it, downloads the same bytes and is notified', async () => {
  const a = await createAlliance(t);
  const csv = 'sku,price\nCroissant,1.20\nEspresso,1.10\n';
  const uploaded = await uploadTo(t, a.bob, listUrl(a.collaborationId), 'price list.csv', csv, 'text/html');
  assert.equal(uploaded.statusCode, 201, uploaded.body);
  const document = json<DocumentJson>(uploaded);
  assert.equal(document.currentVersion.mediaType, 'text/csv');
  assert.equal(document.currentVersion.sizeBytes, Buffer.byteLength(csv));
  assert.equal(document.currentVersion.sha256, createHash('sha256').update(csv).digest('hex'));
  assert.equal(document.currentVersion.uploadedBy.orgName, 'Bob Roasters');

  const list = json<{ items: DocumentJson[]; abilities: { upload: boolean } }>(
    await t.request({ method: 'GET', url: listUrl(a.collaborationId), as: a.alice }),
  );
  assert.deepEqual(
    list.items.map((d) => [d.name, d.currentVersion.version]),
    [['price list.csv', 1]],
  );
  assert.equal(list.abilities.upload, true);

  const download = await t.request({ method: 'GET', url: contentUrl(document.id, 1), as: a.alice });
  assert.equal(download.statusCode, 200);
  assert.equal(download.body, csv);
  assert.equal(download.headers['content-type'], 'text/csv; charset=utf-8');
  assert.equal(
    download.headers['content-disposition'],
    `attachment; filename="price list.csv"; filename*=UTF-8''price%20list.csv`,
  );
  assert.equal(download.headers['x-content-type-options'], 'nosniff');
  assert.equal(download.headers['content-security-policy'], 'sandbox');
  assert.equal(download.headers['cache-control'], 'private, no-store');

  const notified = await t.deps.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, a.alice.id), eq(notifications.kind, 'document')));
  assert.equal(notified.length, 1);
  assert.equal(notified[0]?.link, `/collaborations/${a.collaborationId}/documents`);
  const activity = await t.deps.db.select().from(activityEvents).where(eq(activityEvents.objectId, document.id));
  assert.deepEqual(
    activity.map((e) => e.verb),
    ['document.uploaded'],
  );
});

test('a new version becomes current; earlier versions stay downloadable', async () => {
  const a = await createAlliance(t);
  const first = json<DocumentJson>(await uploadTo(t, a.alice, listUrl(a.collaborationId), 'plan.txt', 'draft one'));
  const second = await uploadTo(t, a.bob, `/api/v1/documents/${first.id}/versions`, 'plan-v2.txt', 'draft two');
  assert.equal(second.statusCode, 201, second.body);
  const detail = json<DocumentJson>(second);
  assert.equal(detail.currentVersion.version, 2);
  assert.equal(detail.name, 'plan-v2.txt');
  assert.deepEqual(
    detail.versions.map((v) => [v.version, v.fileName, v.uploadedBy.orgName]),
    [
      [2, 'plan-v2.txt', 'Bob Roasters'],
      [1, 'plan.txt', 'Alice Bakery'],
    ],
  );
  const got = json<DocumentJson>(await t.request({ method: 'GET', url: `/api/v1/documents/${first.id}`, as: a.bob }));
  assert.equal(got.versions.length, 2);
  assert.equal((await t.request({ method: 'GET', url: contentUrl(first.id, 1), as: a.bob })).body, 'draft one');
  assert.equal((await t.request({ method: 'GET', url: contentUrl(first.id, 2), as: a.bob })).body, 'draft two');
  assert.equal((await t.request({ method: 'GET', url: contentUrl(first.id, 3), as: a.bob })).statusCode, 404);
});

test('a viewer reads and downloads but cannot upload, add versions or delete', async () => {
  const a = await createAlliance(t);
  const viewer = await addMember(t, a.bob, a.bobOrg.id, 'viewer', 'Vera Viewer');
  const doc = json<DocumentJson>(await uploadTo(t, a.bob, listUrl(a.collaborationId), 'logo.png', pngBytes));
  const list = json<{ items: DocumentJson[]; abilities: { upload: boolean } }>(
    await t.request({ method: 'GET', url: listUrl(a.collaborationId), as: viewer }),
  );
  assert.equal(list.abilities.upload, false);
  assert.deepEqual(list.items[0]?.abilities, { upload: false, delete: false });
  const download = await t.request({ method: 'GET', url: contentUrl(doc.id, 1), as: viewer });
  assert.equal(download.statusCode, 200);
  assert.deepEqual(download.rawPayload, pngBytes);
  assert.equal(download.headers['content-type'], 'image/png');

  const upload = await uploadTo(t, viewer, listUrl(a.collaborationId), 'mine.txt', 'hello');
  assert.equal(upload.statusCode, 403);
  assert.equal(json(upload).code, 'forbidden');
  assert.equal((await uploadTo(t, viewer, `/api/v1/documents/${doc.id}/versions`, 'x.txt', 'x')).statusCode, 403);
  assert.equal((await t.request({ method: 'DELETE', url: `/api/v1/documents/${doc.id}`, as: viewer })).statusCode, 403);
});

test('non-parties and invited-but-not-accepted parties get the same 404 as for a missing document', async () => {
  const a = await createAlliance(t);
  const doc = json<DocumentJson>(await uploadTo(t, a.alice, listUrl(a.collaborationId), 'secret.txt', 'recipe'));
  const outsider = await signUp(t, 'Olga');
  await createOrg(t, outsider);
  const invitee = await signUp(t, 'Ingo');
  const inviteeOrg = await createOrg(t, invitee, { name: 'Invited Ltd' });
  const invited = await t.request({
    method: 'POST',
    url: `/api/v1/collaborations/${a.collaborationId}/parties`,
    as: a.alice,
    payload: { orgId: inviteeOrg.id },
  });
  assert.equal(invited.statusCode, 200, invited.body);
  const missing = randomUUID();
  for (const who of [outsider, invitee]) {
    const calls = [
      [
        { method: 'GET', url: listUrl(a.collaborationId) },
        { method: 'GET', url: listUrl(missing) },
      ],
      [
        { method: 'GET', url: `/api/v1/documents/${doc.id}` },
        { method: 'GET', url: `/api/v1/documents/${missing}` },
      ],
      [
        { method: 'GET', url: contentUrl(doc.id, 1) },
        { method: 'GET', url: contentUrl(missing, 1) },
      ],
      [
        { method: 'DELETE', url: `/api/v1/documents/${doc.id}` },
        { method: 'DELETE', url: `/api/v1/documents/${missing}` },
      ],
    ] as const;
    for (const [foreign, absent] of calls) {
      const f = await t.request({ ...foreign, as: who });
      const m = await t.request({ ...absent, as: who });
      assert.equal(f.statusCode, 404, `${foreign.method} ${foreign.url}`);
      assert.deepEqual(json(f), json(m));
    }
    assert.equal((await uploadTo(t, who, listUrl(a.collaborationId), 'x.txt', 'x')).statusCode, 404);
    assert.equal((await uploadTo(t, who, `/api/v1/documents/${doc.id}/versions`, 'x.txt', 'x')).statusCode, 404);
  }
});

test("only owners and admins of the uploader's organization delete a document", async () => {
  const a = await createAlliance(t);
  const member = await addMember(t, a.bob, a.bobOrg.id, 'member', 'Mario Member');
  const doc = json<DocumentJson>(await uploadTo(t, member, listUrl(a.collaborationId), 'menu.txt', 'menu'));
  const remove = (as: typeof member) => t.request({ method: 'DELETE', url: `/api/v1/documents/${doc.id}`, as });
  assert.equal((await remove(member)).statusCode, 403);
  assert.equal((await remove(a.alice)).statusCode, 403);
  const removed = await remove(a.bob);
  assert.equal(removed.statusCode, 204, removed.body);
  assert.equal((await t.request({ method: 'GET', url: `/api/v1/documents/${doc.id}`, as: a.bob })).statusCode, 404);
  const list = json<{ items: unknown[] }>(
    await t.request({ method: 'GET', url: listUrl(a.collaborationId), as: a.bob }),
  );
  assert.equal(list.items.length, 0);
});

test('bad uploads are refused with a problem naming the field', async () => {
  const a = await createAlliance(t);
  const notMultipart = await t.request({
    method: 'POST',
    url: listUrl(a.collaborationId),
    as: a.alice,
    payload: { file: 'x' },
  });
  assert.equal(notMultipart.statusCode, 400);
  assert.equal(json<{ errors: { field: string }[] }>(notMultipart).errors[0]?.field, 'file');
  const empty = await uploadTo(t, a.alice, listUrl(a.collaborationId), 'empty.txt', '');
  assert.equal(empty.statusCode, 400);
  assert.equal(json<{ errors: { field: string }[] }>(empty).errors[0]?.field, 'file');
  const badTask = await uploadTo(t, a.alice, `${listUrl(a.collaborationId)}?taskId=${randomUUID()}`, 'a.txt', 'a');
  assert.equal(badTask.statusCode, 400);
  assert.equal(json<{ errors: { field: string }[] }>(badTask).errors[0]?.field, 'taskId');
  const list = json<{ items: unknown[] }>(
    await t.request({ method: 'GET', url: listUrl(a.collaborationId), as: a.bob }),
  );
  assert.equal(list.items.length, 0);
});

test('a terminated collaboration keeps its documents readable but takes no new uploads', async () => {
  const a = await createAlliance(t);
  const doc = json<DocumentJson>(await uploadTo(t, a.alice, listUrl(a.collaborationId), 'minutes.txt', 'minutes'));
  const ended = await t.request({
    method: 'POST',
    url: `/api/v1/collaborations/${a.collaborationId}/transitions`,
    as: a.alice,
    payload: { to: 'terminated', reason: 'Pilot over' },
  });
  assert.equal(ended.statusCode, 200, ended.body);
  const late = await uploadTo(t, a.bob, listUrl(a.collaborationId), 'late.txt', 'late');
  assert.equal(late.statusCode, 409);
  assert.equal((await uploadTo(t, a.bob, `/api/v1/documents/${doc.id}/versions`, 'v2.txt', 'v2')).statusCode, 409);
  assert.equal((await t.request({ method: 'GET', url: contentUrl(doc.id, 1), as: a.bob })).body, 'minutes');
  const list = json<{ abilities: { upload: boolean } }>(
    await t.request({ method: 'GET', url: listUrl(a.collaborationId), as: a.bob }),
  );
  assert.equal(list.abilities.upload, false);
});

test('a document can belong to a task of the collaboration and be listed by task', async () => {
  const a = await createAlliance(t);
  const project = json<{ id: string }>(
    await t.request({
      method: 'POST',
      url: `/api/v1/collaborations/${a.collaborationId}/projects`,
      as: a.alice,
      payload: { name: 'Launch' },
    }),
  );
  const task = await createTask(t, a.alice, project.id, { title: 'Packaging', ownerOrgId: a.bobOrg.id });
  const attached = await uploadTo(t, a.bob, `${listUrl(a.collaborationId)}?taskId=${task.id}`, 'box.txt', 'box');
  assert.equal(attached.statusCode, 201, attached.body);
  await uploadTo(t, a.bob, listUrl(a.collaborationId), 'other.txt', 'other');
  const byTask = json<{ items: { name: string; taskId: string | null }[] }>(
    await t.request({ method: 'GET', url: `${listUrl(a.collaborationId)}?taskId=${task.id}`, as: a.alice }),
  );
  assert.deepEqual(
    byTask.items.map((d) => [d.name, d.taskId]),
    [['box.txt', task.id]],
  );
  const all = json<{ items: unknown[] }>(
    await t.request({ method: 'GET', url: listUrl(a.collaborationId), as: a.alice }),
  );
  assert.equal(all.items.length, 2);
});
