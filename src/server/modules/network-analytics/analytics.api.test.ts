import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import type {
  MemberPosition,
  MemberVulnerability,
  NetworkAnalytics,
  WhatIfResult,
} from '../../../common/networkAnalytics.ts';
import { findJob } from '../../jobs/jobQueue.ts';
import { runJobsUntilIdle } from '../../jobs/jobWorker.ts';
import { json, signUp, type TestUser } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { networkAnalyticsJobHandlers } from './analyzeNetwork.ts';
import { createPathNetwork, declareRelation, type PathNetwork } from './analyticsTestNetwork.ts';

const t = await createTestApp();
let net: PathNetwork;
let outsider: TestUser;
let jobId: string;

const base = () => `/api/v1/networks/${net.networkId}`;
const get = (url: string, as: TestUser) => t.request({ method: 'GET', url, as });
const analyticsOf = async (as: TestUser) => json<NetworkAnalytics>(await get(`${base()}/analytics`, as));
const whatIf = (as: TestUser, remove: unknown) =>
  t.request({ method: 'POST', url: `${base()}/what-if`, as, payload: { remove } });
const close = (actual: number | null | undefined, expected: number) =>
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

before(async () => {
  net = await createPathNetwork(t);
  outsider = await signUp(t, 'Outsider');
  const started = await t.request({ method: 'POST', url: `${base()}/analytics/runs`, as: net.h.user });
  assert.equal(started.statusCode, 202, started.body);
  jobId = json<{ jobId: string }>(started).jobId;
  assert.equal(await runJobsUntilIdle(t.deps, networkAnalyticsJobHandlers), 1);
});

describe('analysis job and snapshot', () => {
  test('the job ran to done and reported its last stage', async () => {
    const job = await findJob(t.deps.db, jobId);
    assert.equal(job?.status, 'done');
    assert.deepEqual(job?.progress, { stage: 'done', done: 1, total: 1 });
  });

  test('the path C – H – A – B gives its known figures', async () => {
    const { latest, history, run } = await analyticsOf(net.h.user);
    assert.ok(latest);
    const n = latest.network;
    assert.equal(n.members, 4);
    assert.equal(n.ties, 3);
    close(n.density, 0.5);
    assert.equal(n.components, 1);
    assert.equal(n.diameter, 3);
    close(n.averagePathLength, 10 / 6);
    close(n.degreeCentralization, (1 + 1) / (3 * 2));
    // Weights H–C 1, H–A 1, A–B 1 + 4 × 0.5: Louvain splits {C, H} | {A, B}, Q = 0.22.
    close(n.modularity, 0.22);
    assert.equal(n.communities, 2);
    assert.equal(n.reciprocity, 0);

    const by = new Map(latest.members.map((m) => [m.orgId, m]));
    const pick = (m: { org: { id: string } }) => by.get(m.org.id)!;
    const [h, a, b, c] = [pick(net.h), pick(net.a), pick(net.b), pick(net.c)] as const;
    assert.deepEqual(
      [h, a, b, c].map((m) => m.metrics.articulation),
      [true, true, false, false],
    );
    close(h.metrics.betweenness, 2 / 3);
    close(a.metrics.betweenness, 2 / 3);
    close(b.metrics.betweenness, 0);
    assert.deepEqual(
      [h, a, b, c].map((m) => m.metrics.degree),
      [2, 2, 1, 1],
    );
    close(a.metrics.weightedDegree, 4);
    assert.equal(h.community, c.community);
    assert.equal(a.community, b.community);
    assert.notEqual(h.community, a.community);
    assert.equal(h.sector, 'C');

    const supply = latest.ties.find(
      (tie) => [tie.source, tie.target].sort().join() === [a.orgId, b.orgId].sort().join(),
    );
    assert.deepEqual(supply?.types, [{ type: 'supply', weight: 3 }]);
    assert.equal(supply?.supply, supply?.source === a.orgId ? 'forward' : 'backward');
    assert.equal(history.length, 1);
    assert.equal(run?.status, 'done');
  });

  test("B's vulnerability: a critical single-source input and an unreturned dependence", async () => {
    const response = await get(`${base()}/members/${net.b.org.id}/vulnerability`, net.b.user);
    assert.equal(response.statusCode, 200, response.body);
    const { latest, history } = json<MemberVulnerability>(response);
    const dims = new Map(latest!.vulnerability.dimensions.map((d) => [d.dimension, d]));
    close(dims.get('dependence')?.score, 1); // 0.5 + its share 0.5
    assert.equal(dims.get('dependence')?.evidence.find((e) => e.code === 'criticalSingleSource')?.orgId, net.a.org.id);
    close(dims.get('opportunism')?.score, 0.5);
    close(dims.get('lockIn')?.score, 1); // its one tie is in its community; no alternative supplier
    assert.equal(dims.get('control')?.measured, false);
    close(latest!.vulnerability.overall, (1 + 0.5 + 1) / 3);
    assert.equal(history.length, 1);
    close(history[0]!.scores.dependence, 1);
  });

  test('a relation change queues a debounced re-analysis', async () => {
    await declareRelation(t, net.c, { direction: 'supplier', counterpartOrgId: net.h.org.id, share: 0.1 });
    const { run } = await analyticsOf(net.h.user);
    assert.equal(run?.status, 'queued');
    const job = await findJob(t.deps.db, run!.jobId);
    assert.ok(job!.runAt.getTime() > Date.now() + 30_000);
    const again = await t.request({ method: 'POST', url: `${base()}/analytics/runs`, as: net.h.user });
    assert.deepEqual(json(again), { jobId: run!.jobId, alreadyQueued: true });
  });
});

describe('who sees what', () => {
  test('members see the map and only their own vulnerability; managers see all', async () => {
    const asB = await analyticsOf(net.b.user);
    const vulnerabilityOf = (view: NetworkAnalytics, orgId: string) =>
      view.latest!.members.find((m) => m.orgId === orgId)!.vulnerability;
    assert.notEqual(vulnerabilityOf(asB, net.b.org.id), null);
    assert.equal(vulnerabilityOf(asB, net.a.org.id), null);
    assert.deepEqual(asB.myOrgIds, [net.b.org.id]);
    assert.equal(asB.abilities.run, false);
    const asH = await analyticsOf(net.h.user);
    assert.notEqual(vulnerabilityOf(asH, net.a.org.id), null);
    assert.equal(asH.abilities.seeAllVulnerability, true);
  });

  test('a supply relation shows on the map to its two ends and the managers, not to other members', async () => {
    const tieTypes = (view: NetworkAnalytics) =>
      view
        .latest!.ties.map((tie) => [[tie.source, tie.target].sort().join(), tie.types.map((x) => x.type).join()])
        .sort();
    const supplyPair = [net.a.org.id, net.b.org.id].sort().join();
    const hasSupply = (view: NetworkAnalytics) => tieTypes(view).some(([pair]) => pair === supplyPair);
    assert.equal(hasSupply(await analyticsOf(net.h.user)), true, 'the manager');
    assert.equal(hasSupply(await analyticsOf(net.a.user)), true, 'the supplier');
    assert.equal(hasSupply(await analyticsOf(net.b.user)), true, 'the customer');
    const asC = await analyticsOf(net.c.user);
    assert.equal(hasSupply(asC), false, 'another member');
    assert.equal(asC.latest!.ties.length, 2, 'the two collaborations of the network stay visible');
    const position = json<MemberPosition>(await get(`${base()}/members/${net.a.org.id}/position`, net.c.user));
    assert.deepEqual(
      position.latest!.ties.map((tie) => tie.orgId),
      [net.h.org.id],
    );
  });

  test("another member's vulnerability is forbidden; the manager's view is allowed", async () => {
    assert.equal((await get(`${base()}/members/${net.b.org.id}/vulnerability`, net.a.user)).statusCode, 403);
    assert.equal((await get(`${base()}/members/${net.b.org.id}/vulnerability`, net.h.user)).statusCode, 200);
    assert.equal((await get(`${base()}/members/${randomUUID()}/vulnerability`, net.h.user)).statusCode, 404);
  });

  test('only managers start runs; outsiders of a members-only network get 404 everywhere', async () => {
    assert.equal(
      (await t.request({ method: 'POST', url: `${base()}/analytics/runs`, as: net.a.user })).statusCode,
      403,
    );
    for (const url of ['analytics', `members/${net.a.org.id}/position`, `members/${net.a.org.id}/vulnerability`]) {
      assert.equal((await get(`${base()}/${url}`, outsider)).statusCode, 404, url);
    }
    assert.equal((await whatIf(outsider, [net.a.org.id])).statusCode, 404);
    assert.equal((await t.request({ method: 'POST', url: `${base()}/analytics/runs`, as: outsider })).statusCode, 404);
  });

  test('a visible network still keeps analytics to its members', async () => {
    const open = await createPathNetwork(t, 'public');
    const response = await get(`/api/v1/networks/${open.networkId}/analytics`, outsider);
    assert.equal(response.statusCode, 403);
  });
});

describe('position', () => {
  test("A's position: metrics, percentiles and ties from the latest snapshot", async () => {
    const response = await get(`${base()}/members/${net.a.org.id}/position`, net.a.user);
    assert.equal(response.statusCode, 200, response.body);
    const { latest } = json<MemberPosition>(response);
    assert.equal(latest?.members, 4);
    assert.equal(latest?.communitySize, 2);
    assert.equal(latest?.percentiles.betweenness, 1);
    assert.equal(latest?.percentiles.degree, 1);
    assert.deepEqual(
      latest?.ties.map((tie) => [tie.name, tie.weight, tie.sameCommunity]),
      [
        ['Bolt', 3, true],
        ['Hub', 1, false],
      ],
    );
  });
});

describe('what-if', () => {
  test('removing H splits C off; its collaborations lose a party', async () => {
    const response = await whatIf(net.h.user, [net.h.org.id]);
    assert.equal(response.statusCode, 200, response.body);
    const result = json<WhatIfResult>(response);
    assert.equal(result.scope, 'network');
    assert.equal(result.components.before, 1);
    assert.equal(result.components.after, 2);
    assert.deepEqual(
      result.components.split.map((s) => s.members.map((m) => m.name).sort()),
      [['Anvil', 'Bolt'], ['Crane']],
    );
    assert.deepEqual(
      result.affectedCollaborations.map((c) => c.remainingParties),
      [1, 1],
    );
  });

  test('removing A costs B its single-source input; members see only what concerns them', async () => {
    const asManager = json<WhatIfResult>(await whatIf(net.h.user, [net.a.org.id]));
    assert.deepEqual(
      asManager.lostSingleSourceInputs.map((l) => [l.customer.name, l.supplier.name, l.capability, l.critical]),
      [['Bolt', 'Anvil', 'manufacturing.machining', true]],
    );
    const asB = json<WhatIfResult>(await whatIf(net.b.user, [net.a.org.id]));
    assert.equal(asB.scope, 'member');
    assert.equal(asB.lostSingleSourceInputs.length, 1);
    assert.ok(asB.vulnerabilityChanges.every((v) => v.orgId === net.b.org.id));
    const asC = json<WhatIfResult>(await whatIf(net.c.user, [net.a.org.id]));
    assert.deepEqual(asC.lostSingleSourceInputs, []);
    assert.deepEqual(asC.affectedCollaborations, []);
  });

  test('ids that are not members are refused naming the item', async () => {
    const stranger = await whatIf(net.h.user, [net.a.org.id, randomUUID()]);
    assert.equal(stranger.statusCode, 400);
    assert.deepEqual(
      json<{ errors: { field: string }[] }>(stranger).errors.map((e) => e.field),
      ['remove.1'],
    );
    const empty = await whatIf(net.h.user, []);
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(
      json<{ errors: { field: string }[] }>(empty).errors.map((e) => e.field),
      ['remove'],
    );
  });
});
