import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { completeAgreement, createAlliance, draftOf } from '../../testing/collaborationFactories.ts';
import { pdfText } from '../../testing/pdfText.ts';
import { createOrg, json, signUp } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';

const t = await createTestApp();
type Version = {
  version: number;
  status: string;
  contentHash: string | null;
  findings: { severity: string; code: string }[];
};

describe('collaborations', () => {
  test('any number of parties: the initiator is accepted, the others invited, and the first acceptance opens negotiation', async () => {
    const alice = await signUp(t);
    const orgs = [await createOrg(t, alice), await createOrg(t, alice), await createOrg(t, alice)];
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/collaborations',
      as: alice,
      payload: {
        name: 'Consortium bid',
        kind: 'consortium',
        initiatorOrgId: orgs[0]!.id,
        partyOrgIds: [orgs[1]!.id, orgs[2]!.id],
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const view = json<{ id: string; state: string; parties: { status: string }[] }>(created);
    assert.equal(view.state, 'proposed');
    assert.deepEqual(
      view.parties.map((p) => p.status),
      ['accepted', 'invited', 'invited'],
    );
    const accepted = await t.request({
      method: 'POST',
      url: `/api/v1/collaborations/${view.id}/responses`,
      as: alice,
      payload: { orgId: orgs[1]!.id, accept: true },
    });
    assert.equal(json(accepted).state, 'negotiating');
  });

  test('a declined party no longer sees the collaboration', async () => {
    const a = await createAlliance(t);
    const carol = await signUp(t);
    const carolOrg = await createOrg(t, carol);
    await t.request({
      method: 'POST',
      url: `/api/v1/collaborations/${a.collaborationId}/parties`,
      as: a.alice,
      payload: { orgId: carolOrg.id },
    });
    assert.equal(
      (await t.request({ method: 'GET', url: `/api/v1/collaborations/${a.collaborationId}`, as: carol })).statusCode,
      200,
    );
    const declined = await t.request({
      method: 'POST',
      url: `/api/v1/collaborations/${a.collaborationId}/responses`,
      as: carol,
      payload: { orgId: carolOrg.id, accept: false },
    });
    assert.equal(declined.statusCode, 204);
    assert.equal(
      (await t.request({ method: 'GET', url: `/api/v1/collaborations/${a.collaborationId}`, as: carol })).statusCode,
      404,
    );
  });

  test('only allowed transitions are accepted, and each is recorded', async () => {
    const a = await createAlliance(t);
    const toActive = await t.request({
      method: 'POST',
      url: `/api/v1/collaborations/${a.collaborationId}/transitions`,
      as: a.alice,
      payload: { to: 'active' },
    });
    assert.equal(toActive.statusCode, 409);
    const toCompleted = await t.request({
      method: 'POST',
      url: `/api/v1/collaborations/${a.collaborationId}/transitions`,
      as: a.alice,
      payload: { to: 'completed' },
    });
    assert.equal(json(toCompleted).code, 'collaboration.invalid_transition');
    const terminated = await t.request({
      method: 'POST',
      url: `/api/v1/collaborations/${a.collaborationId}/transitions`,
      as: a.alice,
      payload: { to: 'terminated', reason: 'the market moved' },
    });
    const view = json<{ state: string; transitions: { from: string | null; to: string; reason: string }[] }>(
      terminated,
    );
    assert.equal(view.state, 'terminated');
    assert.deepEqual(
      view.transitions.map((x) => [x.from, x.to]),
      [
        [null, 'proposed'],
        ['proposed', 'negotiating'],
        ['negotiating', 'terminated'],
      ],
    );
  });
});

describe('agreements', () => {
  test('the template pre-fills clauses and the checker flags what is missing', async () => {
    const a = await createAlliance(t);
    const version = json<Version>(
      await t.request({
        method: 'GET',
        url: `/api/v1/collaborations/${a.collaborationId}/agreement/versions/1`,
        as: a.alice,
      }),
    );
    assert.equal(version.status, 'draft');
    const codes = version.findings.map((f) => f.code);
    assert.ok(codes.includes('objectives.missing'));
    assert.ok(codes.includes('contributions.party_without'));
    assert.equal(codes.includes('exit.missing'), false, 'the template has an exit clause');
    const refused = await t.request({
      method: 'POST',
      url: `/api/v1/collaborations/${a.collaborationId}/agreement/versions/1/propose`,
      as: a.alice,
    });
    assert.equal(refused.statusCode, 422);
    assert.equal(json(refused).code, 'agreement.incomplete');
  });

  test('a proposed version is signed by every party over its canonical hash, takes effect and activates the collaboration', async () => {
    const a = await createAlliance(t);
    const content = completeAgreement(await draftOf(t, a), a);
    const saved = await t.request({
      method: 'PUT',
      url: `/api/v1/collaborations/${a.collaborationId}/agreement/draft`,
      as: a.bob,
      payload: { content },
    });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual(
      json<Version>(saved).findings.filter((f) => f.severity === 'error'),
      [],
    );
    const proposed = json<Version>(
      await t.request({
        method: 'POST',
        url: `/api/v1/collaborations/${a.collaborationId}/agreement/versions/1/propose`,
        as: a.alice,
      }),
    );
    assert.equal(proposed.status, 'proposed');
    assert.match(proposed.contentHash ?? '', /^[0-9a-f]{64}$/);

    const canonical = await t.request({
      method: 'GET',
      url: `/api/v1/collaborations/${a.collaborationId}/agreement/versions/1/canonical`,
      as: a.bob,
    });
    const { createHash } = await import('node:crypto');
    assert.equal(
      createHash('sha256').update(canonical.rawPayload).digest('hex'),
      proposed.contentHash,
      'the hash is of the served bytes',
    );

    const sign = (as: typeof a.alice, orgId: string, contentHash: string) =>
      t.request({
        method: 'POST',
        url: `/api/v1/collaborations/${a.collaborationId}/agreement/versions/1/signatures`,
        as,
        payload: { orgId, contentHash },
      });
    const wrongHash = await sign(a.alice, a.aliceOrg.id, '0'.repeat(64));
    assert.equal(json(wrongHash).code, 'agreement.hash_mismatch');
    const forOtherParty = await sign(a.alice, a.bobOrg.id, proposed.contentHash!);
    assert.equal(forOtherParty.statusCode, 403);
    assert.equal(json<Version>(await sign(a.alice, a.aliceOrg.id, proposed.contentHash!)).status, 'proposed');
    assert.equal(json(await sign(a.alice, a.aliceOrg.id, proposed.contentHash!)).code, 'agreement.already_signed');
    assert.equal(json<Version>(await sign(a.bob, a.bobOrg.id, proposed.contentHash!)).status, 'effective');
    const collaboration = json(
      await t.request({ method: 'GET', url: `/api/v1/collaborations/${a.collaborationId}`, as: a.alice }),
    );
    assert.equal(collaboration.state, 'active');

    // A later edit opens version 2; the effective version stays untouched until version 2 is signed.
    const edited = await t.request({
      method: 'PUT',
      url: `/api/v1/collaborations/${a.collaborationId}/agreement/draft`,
      as: a.alice,
      payload: { content: { ...content, exit: { ...content.exit, noticeDays: 120 } } },
    });
    assert.equal(json<Version>(edited).version, 2);
    const diff = json<{ changes: { path: string; before: unknown; after: unknown }[] }>(
      await t.request({
        method: 'GET',
        url: `/api/v1/collaborations/${a.collaborationId}/agreement/diff?from=1&to=2`,
        as: a.bob,
      }),
    );
    assert.deepEqual(diff.changes, [{ path: 'exit.noticeDays', kind: 'changed', before: 90, after: 120 }]);
    const pdf = await t.request({
      method: 'GET',
      url: `/api/v1/collaborations/${a.collaborationId}/agreement/versions/1/pdf`,
      as: a.bob,
    });
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const lines = pdfText(pdf.rawPayload);
    assert.equal(lines[0], 'Breakfast alliance');
    assert.ok(lines.includes('Parties'));
    assert.ok(lines.some((line) => line.startsWith('• Alice Bakery (')));
    assert.ok(lines.includes('Notice: 90 days'), 'version 1 keeps its notice period');
    assert.ok(lines.some((line) => line.startsWith('1. Sell breakfast bundles to offices in Bologna — bundles sold')));
  });

  test('a contribution may link only to a resource of the contributing party', async () => {
    const a = await createAlliance(t);
    const oven = json<{ id: string }>(
      await t.request({
        method: 'POST',
        url: `/api/v1/orgs/${a.aliceOrg.id}/resources`,
        as: a.alice,
        payload: { category: 'physical', name: 'Deck oven', visibility: 'private' },
      }),
    );
    const content = completeAgreement(await draftOf(t, a), a);
    const linked = (partyOrgId: string) => ({
      ...content,
      contributions: [{ ...content.contributions[0]!, partyOrgId, kind: 'resource' as const, resourceId: oven.id }],
    });
    const wrongParty = await t.request({
      method: 'PUT',
      url: `/api/v1/collaborations/${a.collaborationId}/agreement/draft`,
      as: a.bob,
      payload: { content: linked(a.bobOrg.id) },
    });
    assert.equal(wrongParty.statusCode, 400);
    assert.equal(
      json<{ errors: { field: string }[] }>(wrongParty).errors[0]?.field,
      'content.contributions.0.resourceId',
    );
    const right = await t.request({
      method: 'PUT',
      url: `/api/v1/collaborations/${a.collaborationId}/agreement/draft`,
      as: a.bob,
      payload: { content: linked(a.aliceOrg.id) },
    });
    assert.equal(right.statusCode, 200, right.body);
  });

  test('a viewer of a party can read but not edit the draft', async () => {
    const a = await createAlliance(t);
    const viewer = await signUp(t);
    const { link } = json<{ link: string }>(
      await t.request({
        method: 'POST',
        url: `/api/v1/orgs/${a.bobOrg.id}/invitations`,
        as: a.bob,
        payload: { email: viewer.email, role: 'viewer' },
      }),
    );
    await t.request({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      as: viewer,
      payload: { token: link.split('/invitations/')[1] },
    });
    assert.equal(
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/collaborations/${a.collaborationId}/agreement/versions/1`,
          as: viewer,
        })
      ).statusCode,
      200,
    );
    const edit = await t.request({
      method: 'PUT',
      url: `/api/v1/collaborations/${a.collaborationId}/agreement/draft`,
      as: viewer,
      payload: { content: await draftOf(t, a) },
    });
    assert.equal(edit.statusCode, 403);
  });
});
