import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { activityEvents, notifications } from '../../db/schema.ts';
import { createAlliance, type Alliance } from '../../testing/collaborationFactories.ts';
import { createOrg, json, signUp } from '../../testing/factories.ts';
import type { Session } from '../../testing/testApp.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { addMember } from './projects.testSetup.ts';

const t = await createTestApp();

interface MeetingJson {
  id: string;
  status: string;
  chosenSlotId: string | null;
  participants: { name: string }[];
  slots: {
    id: string;
    startsAt: string;
    endsAt: string;
    counts: { yes: number; maybe: number; no: number };
    myAnswer: string | null;
    answers: { name: string; answer: string }[];
  }[];
  abilities: { answer: boolean; schedule: boolean; cancel: boolean };
}

const inDays = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
const body = (slots = [inDays(7), inDays(8, 14)]) => ({
  title: 'Kick-off, pricing; logistics',
  description: 'Agenda:\n1. Prices',
  location: 'Via Roma 1, Bologna',
  durationMinutes: 45,
  slots,
});

async function propose(a: Alliance, as: Session = a.alice, payload: object = body()) {
  const response = await t.request({
    method: 'POST',
    url: `/api/v1/collaborations/${a.collaborationId}/meetings`,
    as,
    payload,
  });
  assert.equal(response.statusCode, 201, response.body);
  return json<MeetingJson>(response);
}
const answer = (as: Session, m: MeetingJson, slot: number, value: string) =>
  t.request({
    method: 'PUT',
    url: `/api/v1/meetings/${m.id}/slots/${m.slots[slot]!.id}/answer`,
    as,
    payload: { answer: value },
  });
const schedule = (as: Session, m: MeetingJson, slot: number) =>
  t.request({ method: 'POST', url: `/api/v1/meetings/${m.id}/schedule`, as, payload: { slotId: m.slots[slot]!.id } });
const ics = (as: Session, m: MeetingJson) =>
  t.request({ method: 'GET', url: `/api/v1/meetings/${m.id}/invitation.ics`, as });
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

test('parties propose, answer and schedule a meeting, and download its invitation', async () => {
  const a = await createAlliance(t);
  const meeting = await propose(a);
  assert.equal(meeting.status, 'proposed');
  assert.equal(meeting.slots.length, 2);
  assert.equal(Date.parse(meeting.slots[0]!.endsAt) - Date.parse(meeting.slots[0]!.startsAt), 45 * 60_000);
  assert.deepEqual(meeting.participants.map((p) => p.name).sort(), ['Alice', 'Bob']);
  assert.equal((await ics(a.alice, meeting)).statusCode, 409);

  assert.equal((await answer(a.bob, meeting, 0, 'yes')).statusCode, 200);
  assert.equal((await answer(a.bob, meeting, 1, 'no')).statusCode, 200);
  const changed = json<MeetingJson>(await answer(a.bob, meeting, 1, 'maybe'));
  assert.deepEqual(
    changed.slots.map((s) => s.myAnswer),
    ['yes', 'maybe'],
  );
  const seenByAlice = json<MeetingJson>(
    await t.request({ method: 'GET', url: `/api/v1/meetings/${meeting.id}`, as: a.alice }),
  );
  assert.deepEqual(
    seenByAlice.slots.map((s) => s.counts),
    [
      { yes: 1, maybe: 0, no: 0 },
      { yes: 0, maybe: 1, no: 0 },
    ],
  );
  assert.deepEqual(seenByAlice.slots[0]!.answers, [
    { ...seenByAlice.slots[0]!.answers[0]!, name: 'Bob', answer: 'yes' },
  ]);
  assert.equal(seenByAlice.slots[0]!.myAnswer, null);

  const scheduled = await schedule(a.alice, meeting, 0);
  assert.equal(scheduled.statusCode, 200, scheduled.body);
  assert.equal(json<MeetingJson>(scheduled).status, 'scheduled');
  assert.equal(json<MeetingJson>(scheduled).chosenSlotId, meeting.slots[0]!.id);
  const notified = await t.deps.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, a.bob.id), eq(notifications.kind, 'meeting')));
  assert.deepEqual(notified.map((n) => n.title).sort(), [
    'Alice proposes a meeting: Kick-off, pricing; logistics',
    'Meeting scheduled: Kick-off, pricing; logistics',
  ]);
  const feed = await t.deps.db.select().from(activityEvents).where(eq(activityEvents.objectId, meeting.id));
  assert.deepEqual(feed.map((e) => e.verb).sort(), [
    'meeting.answered',
    'meeting.answered',
    'meeting.answered',
    'meeting.proposed',
    'meeting.scheduled',
  ]);

  const invitation = await ics(a.bob, meeting);
  assert.equal(invitation.statusCode, 200);
  assert.equal(invitation.headers['content-type'], 'text/calendar; charset=utf-8');
  assert.match(
    String(invitation.headers['content-disposition']),
    /^attachment; filename="Kick-off, pricing_ logistics.ics"/,
  );
  const lines = unfold(invitation.body);
  const start = meeting.slots[0]!.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  for (const expected of [
    'METHOD:REQUEST',
    `UID:meeting-${meeting.id}@synergia.test`,
    'SEQUENCE:0',
    `DTSTART:${start}`,
    'SUMMARY:Kick-off\\, pricing\\; logistics',
    'DESCRIPTION:Agenda:\\n1. Prices',
    'LOCATION:Via Roma 1\\, Bologna',
    `ORGANIZER;CN="Alice":mailto:${a.alice.email}`,
    `ATTENDEE;CN="Bob (Bob Roasters)";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:${a.bob.email}`,
    'STATUS:CONFIRMED',
  ]) {
    assert.ok(lines.includes(expected), `missing ${expected} in ${invitation.body}`);
  }
  assert.ok(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l)));

  assert.equal((await schedule(a.bob, meeting, 1)).statusCode, 200);
  const moved = unfold((await ics(a.alice, meeting)).body);
  assert.ok(moved.includes('SEQUENCE:1'));
  assert.ok(moved.includes(`UID:meeting-${meeting.id}@synergia.test`));
  const cancelled = await t.request({ method: 'POST', url: `/api/v1/meetings/${meeting.id}/cancel`, as: a.alice });
  assert.equal(json<MeetingJson>(cancelled).status, 'cancelled');
  const cancellation = unfold((await ics(a.bob, meeting)).body);
  for (const expected of ['METHOD:CANCEL', 'STATUS:CANCELLED', 'SEQUENCE:2'])
    assert.ok(cancellation.includes(expected), expected);
  assert.equal((await answer(a.bob, meeting, 0, 'yes')).statusCode, 409);
  assert.equal((await schedule(a.alice, meeting, 0)).statusCode, 409);
  assert.equal(
    (await t.request({ method: 'POST', url: `/api/v1/meetings/${meeting.id}/cancel`, as: a.alice })).statusCode,
    409,
  );
});

test('proposals are validated: slots in the future, distinct, 1 to 10; title and duration required', async () => {
  const a = await createAlliance(t);
  const url = `/api/v1/collaborations/${a.collaborationId}/meetings`;
  const cases: [object, string][] = [
    [body([inDays(3), inDays(-1)]), 'slots.1'],
    [body([inDays(3), inDays(3).replace('Z', '+00:00')]), 'slots.1'],
    [body([]), 'slots'],
    [body(Array.from({ length: 11 }, (_, i) => inDays(i + 1))), 'slots'],
    [body(['next tuesday']), 'slots.0'],
    [{ ...body(), durationMinutes: 0 }, 'durationMinutes'],
    [{ ...body(), title: '  ' }, 'title'],
  ];
  for (const [payload, field] of cases) {
    const response = await t.request({ method: 'POST', url, as: a.alice, payload });
    assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
    assert.equal(json<{ errors: { field: string }[] }>(response).errors[0]?.field, field);
  }
  const list = json<{ items: unknown[] }>(await t.request({ method: 'GET', url, as: a.bob }));
  assert.equal(list.items.length, 0);
  const meeting = await propose(a);
  const other = await propose(a);
  const wrongSlot = await t.request({
    method: 'POST',
    url: `/api/v1/meetings/${meeting.id}/schedule`,
    as: a.alice,
    payload: { slotId: other.slots[0]!.id },
  });
  assert.equal(wrongSlot.statusCode, 400);
  assert.equal(json<{ errors: { field: string }[] }>(wrongSlot).errors[0]?.field, 'slotId');
});

test('viewers read but do not plan; members schedule only what they proposed; outsiders get 404', async () => {
  const a = await createAlliance(t);
  const viewer = await addMember(t, a.bob, a.bobOrg.id, 'viewer', 'Vera Viewer');
  const member = await addMember(t, a.bob, a.bobOrg.id, 'member', 'Mario Member');
  const meeting = await propose(a);
  const seen = json<MeetingJson>(await t.request({ method: 'GET', url: `/api/v1/meetings/${meeting.id}`, as: viewer }));
  assert.deepEqual(seen.abilities, { answer: false, schedule: false, cancel: false });
  assert.equal((await answer(viewer, meeting, 0, 'yes')).statusCode, 403);
  const byViewer = await t.request({
    method: 'POST',
    url: `/api/v1/collaborations/${a.collaborationId}/meetings`,
    as: viewer,
    payload: body(),
  });
  assert.equal(byViewer.statusCode, 403);
  assert.equal((await answer(member, meeting, 0, 'no')).statusCode, 200);
  assert.equal((await schedule(member, meeting, 0)).statusCode, 403);
  const own = await propose(a, member);
  assert.equal(own.abilities.schedule, true);
  assert.equal((await schedule(member, own, 1)).statusCode, 200);

  const outsider = await signUp(t, 'Olga');
  await createOrg(t, outsider);
  const missing = randomUUID();
  const routes = (id: string, slotId: string) =>
    [
      { method: 'GET', url: `/api/v1/meetings/${id}` },
      { method: 'GET', url: `/api/v1/meetings/${id}/invitation.ics` },
      { method: 'POST', url: `/api/v1/meetings/${id}/cancel` },
      { method: 'POST', url: `/api/v1/meetings/${id}/schedule`, payload: { slotId } },
      { method: 'PUT', url: `/api/v1/meetings/${id}/slots/${slotId}/answer`, payload: { answer: 'yes' } },
    ] as const;
  const foreign = routes(own.id, own.slots[0]!.id);
  const absent = routes(missing, randomUUID());
  for (const [i, route] of foreign.entries()) {
    const f = await t.request({ ...route, as: outsider });
    assert.equal(f.statusCode, 404, `${route.method} ${route.url}`);
    assert.deepEqual(json(f), json(await t.request({ ...absent[i]!, as: outsider })));
  }
  const list = await t.request({
    method: 'GET',
    url: `/api/v1/collaborations/${a.collaborationId}/meetings`,
    as: outsider,
  });
  assert.equal(list.statusCode, 404);
});

test('a first meeting after an accepted introduction, between the two organizations only', async () => {
  const alice = await signUp(t, 'Alice');
  const bob = await signUp(t, 'Bob');
  const bakery = await createOrg(t, alice, { name: 'Forno' });
  const roaster = await createOrg(t, bob, { name: 'Roaster' });
  const introduction = json<{ id: string }>(
    await t.request({
      method: 'POST',
      url: '/api/v1/introductions',
      as: alice,
      payload: { fromOrgId: bakery.id, toOrgId: roaster.id, message: 'Coffee?' },
    }),
  );
  const url = `/api/v1/introductions/${introduction.id}/meetings`;
  const early = await t.request({ method: 'POST', url, as: alice, payload: body() });
  assert.equal(early.statusCode, 409);
  const before = json<{ items: unknown[]; abilities: { propose: boolean } }>(
    await t.request({ method: 'GET', url, as: alice }),
  );
  assert.deepEqual(before, { items: [], abilities: { propose: false } });
  await t.request({ method: 'POST', url: `/api/v1/introductions/${introduction.id}/accept`, as: bob });

  const created = await t.request({ method: 'POST', url, as: alice, payload: body() });
  assert.equal(created.statusCode, 201, created.body);
  const meeting = json<MeetingJson & { introductionId: string }>(created);
  assert.equal(meeting.introductionId, introduction.id);
  assert.equal((await answer(bob, meeting, 1, 'yes')).statusCode, 200);
  assert.equal((await schedule(bob, meeting, 1)).statusCode, 200);
  const invitation = unfold((await ics(alice, meeting)).body);
  assert.ok(invitation.some((l) => l.startsWith('ATTENDEE;CN="Bob (Roaster)";') && l.includes('PARTSTAT=ACCEPTED')));
  const listed = json<{ items: MeetingJson[] }>(await t.request({ method: 'GET', url, as: bob }));
  assert.deepEqual(
    listed.items.map((m) => m.status),
    ['scheduled'],
  );

  const outsider = await signUp(t, 'Olga');
  await createOrg(t, outsider);
  for (const request of [
    { method: 'GET', url },
    { method: 'POST', url, payload: body() },
    { method: 'GET', url: `/api/v1/meetings/${meeting.id}` },
  ] as const) {
    assert.equal((await t.request({ ...request, as: outsider })).statusCode, 404, `${request.method} ${request.url}`);
  }
});
