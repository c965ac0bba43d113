import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  call,
  checker,
  errorCount,
  fillContribution,
  findingCodes,
  isDisabled,
  meetInNewNetwork,
  saveDraft,
  setRole,
  signInOwnBrowser,
  signUpWithOrg,
} from './collaborationUi.ts';
import { axeViolations } from './accessibility.ts';
import { launchBrowser, newPage, saveScreenshot, startServer, type RunningServer } from './harness.ts';
import { field, horizontalOverflow, pickOption, waitForText, waitVisible } from './ui.ts';
import { journeySteps } from './steps.ts';

// Two companies, each in its own browser: Alice's bakery proposes a strategic alliance to Bob's roastery,
// Bob accepts, Alice drafts the agreement until the checker is satisfied, both sign the hash their own
// browser computed, the alliance becomes active, and Alice verifies the whole ledger with WebCrypto.

interface Person {
  name: string;
  email: string;
  orgName: string;
  session: { context: BrowserContext; page: Page };
  orgId: string;
}

const allianceName = 'Breakfast bundles for offices';

let server: RunningServer;
let browser: Browser;
let alice: Person;
let bob: Person;
let collaborationId = '';

before(async () => {
  server = await startServer({ demoOrgs: 12 });
  browser = await launchBrowser();
  const person = async (name: string, orgName: string): Promise<Person> => ({
    name,
    orgName,
    email: `${name.toLowerCase()}-${Date.now()}@example.com`,
    session: await newPage(browser, server.baseUrl),
    orgId: '',
  });
  alice = await person('Alice', 'Alice Bakery');
  bob = await person('Bob', 'Bob Roasters');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const step = journeySteps('collaboration', () => ({ alice: alice?.session.page, bob: bob?.session.page }));

step('two users, each with an organization, meet in a network', async () => {
  for (const p of [alice, bob]) p.orgId = await signUpWithOrg(p.session.page, p.name, p.email, p.orgName);
  await meetInNewNetwork(alice.session.page, alice.orgId, bob.session.page, bob.orgId);
});

step('Alice creates a strategic alliance, finding Bob Roasters in her network’s directory', async () => {
  const { page } = alice.session;
  await page.goto('/');
  await page.getByRole('link', { name: /Collaborations/ }).click();
  await waitVisible(page.getByText('No collaborations yet'));
  await page.getByRole('button', { name: 'New collaboration' }).first().click();
  const modal = page.getByRole('dialog');
  await modal.getByRole('button', { name: 'Create and invite' }).click();
  await waitVisible(modal.getByText('Required'));
  await field(modal, 'Name').fill(allianceName);
  await waitVisible(modal.getByText(/Independent firms pool capabilities/));
  await field(modal, 'Description').fill('Coffee and pastries delivered to offices in Bologna every morning.');
  assert.equal(await field(modal, 'Initiating organization').inputValue(), alice.orgName);
  await field(modal, 'Find a partner organization').fill('Roasters');
  await modal.getByRole('button', { name: `Add ${bob.orgName}` }).click();
  assert.equal(await modal.getByTestId('chosen-parties').textContent(), bob.orgName);
  await modal.getByRole('button', { name: 'Create and invite' }).click();
  await page.waitForURL(/\/collaborations\/[0-9a-f-]{36}$/);
  collaborationId = page.url().split('/').at(-1) ?? '';
  await waitForText(page.getByTestId('collaboration-state').first(), (t) => t === 'Proposed');
  const parties = await waitVisible(page.getByTestId('parties-table'));
  assert.match((await parties.textContent()) ?? '', /Alice Bakery.*Initiator.*Accepted.*Bob Roasters.*Invited/);
});

step('Bob sees the invitation in his own browser and accepts it', async () => {
  const { page } = bob.session;
  await page.goto('/collaborations');
  const invitations = await waitVisible(page.getByTestId('pending-invitations'));
  assert.match((await invitations.textContent()) ?? '', /Breakfast bundles.*Alice Bakery invites Bob Roasters/);
  // The table says who has not accepted yet in words, not only by the colour of a dot.
  const bobParty = page.getByTestId('collaboration-party').filter({ hasText: bob.orgName });
  await waitForText(bobParty, (t) => t === `${bob.orgName} · invited`);
  await invitations.getByRole('button', { name: 'Accept' }).click();
  await waitVisible(page.getByText(`${bob.orgName} joined ${allianceName}`));
  await waitForText(bobParty, (t) => t === bob.orgName);
  await page.getByRole('link', { name: allianceName }).click();
  await waitForText(page.getByTestId('collaboration-state').first(), (t) => t === 'Negotiating');
});

step('Alice drafts the agreement until the checker finds no error, then proposes it', async () => {
  const { page } = alice.session;
  await page.goto(`/collaborations/${collaborationId}/agreement`);
  await waitForText(errorCount(page), (t) => t === '1 error');
  const initial = await findingCodes(page);
  assert.ok(initial.includes('error:objectives.missing'), initial.join());
  assert.ok(initial.includes('warning:contributions.party_without'), initial.join());
  const propose = page.getByRole('button', { name: 'Propose for signature' });
  assert.equal(await isDisabled(propose), true);
  assert.match((await page.getByTestId('propose-blocker').textContent()) ?? '', /Fix the error/);

  await checker(page).getByTestId('checker-finding').filter({ hasText: 'Add at least one objective' }).click();
  await page.getByRole('button', { name: '+ Add objective' }).click();
  await field(page, 'Objective 1').fill('Sell breakfast bundles to offices in Bologna');
  await field(page, 'Objective 1 metric').fill('bundles sold');
  await field(page, 'Objective 1 target').fill('500');
  await field(page, 'Objective 1 unit').fill('bundles/month');
  await pickOption(page, field(page, 'Objective 1 owner'), alice.orgName);
  await page.getByLabel('Objective 1 deadline').fill('2027-06-30');
  await fillContribution(page, alice.orgName, ['Hours of work', 'Baking', '200', 'h', '6000']);
  await fillContribution(page, bob.orgName, ['Money', 'Marketing budget', '5000', 'EUR', '5000']);
  await page.getByRole('button', { name: '+ Add workstream' }).click();
  await field(page, 'Workstream 2 name').fill('Marketing');
  await setRole(page, `Marketing: role of ${bob.orgName}`, 'R');
  assert.equal(await isDisabled(propose), true, 'unsaved changes cannot be proposed');
  await saveDraft(page, /still finds 1 error/);
  assert.deepEqual(
    (await findingCodes(page)).filter((c) => c.startsWith('error')),
    ['error:roles.accountable'],
    'the new workstream has nobody accountable',
  );

  await setRole(page, `Marketing: role of ${bob.orgName}`, 'A');
  await setRole(page, `Marketing: role of ${alice.orgName}`, 'C');
  await saveDraft(page, /No blocking error left/);
  await waitForText(errorCount(page), (t) => t === '0 errors');
  assert.equal(await isDisabled(propose), false);
  const saved = await call<{ content: { objectives: unknown[]; workstreams: { name: string; raci: unknown[] }[] } }>(
    page,
    'GET',
    `/api/v1/collaborations/${collaborationId}/agreement/versions/1`,
  );
  assert.equal(saved.content.objectives.length, 1);
  assert.deepEqual(saved.content.workstreams[1], {
    name: 'Marketing',
    raci: [
      { orgId: bob.orgId, role: 'A' },
      { orgId: alice.orgId, role: 'C' },
    ],
  });
  await saveScreenshot(page, 'collaboration-agreement');

  await propose.click();
  await waitVisible(page.getByText('Version 1 is proposed. Each party now signs it'));
  await waitForText(page.getByTestId('agreement-banner'), (t) => t.includes('Version 1 is proposed'));
});

step('both parties sign in their own browser after their browser’s hash matches', async () => {
  const aliceHash = await signInOwnBrowser(
    alice.session.page,
    alice.orgName,
    collaborationId,
    /Signed for Alice Bakery\. Waiting for the other parties/,
  );
  await waitVisible(alice.session.page.getByText('Waiting for: Bob Roasters'));
  const bobHash = await signInOwnBrowser(
    bob.session.page,
    bob.orgName,
    collaborationId,
    /Every party has signed: version 1 is in effect/,
  );
  assert.equal(aliceHash, bobHash);
  await waitForText(bob.session.page.getByTestId('version-status'), (t) => t === 'In effect');
  await saveScreenshot(bob.session.page, 'collaboration-versions');
});

step('the collaboration is active for both', async () => {
  for (const { session } of [alice, bob]) {
    await session.page.goto(`/collaborations/${collaborationId}`);
    await waitForText(session.page.getByTestId('collaboration-state').first(), (t) => t === 'Active');
  }
  const history = (await alice.session.page.getByTestId('transition-history').textContent()) ?? '';
  assert.match(history, /Negotiating → Active.*agreement version 1 signed by every party/);
  const view = await call<{ state: string }>(alice.session.page, 'GET', `/api/v1/collaborations/${collaborationId}`);
  assert.equal(view.state, 'active');
  await saveScreenshot(alice.session.page, 'collaboration-overview');
});

step('Alice verifies the ledger in her browser, and a tampered export is caught', async () => {
  const { page } = alice.session;
  await page.getByRole('tab', { name: 'Ledger' }).click();
  const ledgerId = (await call<{ ledgerId: string }>(page, 'GET', `/api/v1/collaborations/${collaborationId}`))
    .ledgerId;
  const exported = await call<{ entries: { payload: { type: string } }[] }>(
    page,
    'GET',
    `/api/v1/ledgers/${ledgerId}/export`,
  );
  const head = await call<{ treeHead: { size: number; rootHash: string } }>(
    page,
    'GET',
    `/api/v1/ledgers/${ledgerId}/tree-head`,
  );
  const count = exported.entries.length;
  assert.equal(head.treeHead.size, count);
  assert.deepEqual(
    exported.entries.map((e) => e.payload.type),
    [
      'collaboration.created',
      'party.accepted',
      'state.changed',
      'agreement.proposed',
      'agreement.signed',
      'agreement.signed',
      'agreement.effective',
      'state.changed',
    ],
  );
  const rows = (await waitVisible(page.getByTestId('ledger-entries'))).locator('tbody tr');
  await waitForText(rows.nth(count - 1), (t) => t.includes('negotiating → active'));
  assert.equal(await rows.count(), count);

  // A man in the middle who alters one payload is named by the browser's own check.
  await page.route('**/export', async (route) => {
    const response = await route.fetch();
    const log = await response.json();
    log.entries[3].payload.contentHash = '0'.repeat(64);
    await route.fulfill({ response, json: log });
  });
  await page.getByRole('button', { name: 'Verify' }).click();
  const result = page.getByTestId('ledger-verification');
  await waitForText(result, (t) => t.includes('First failing entry: 3'));
  assert.equal(await result.getAttribute('data-ok'), 'no');
  await page.unroute('**/export');

  await pickOption(page, field(page, 'Inclusion proof for entry'), '#4 agreement.signed');
  await page.getByRole('button', { name: 'Verify' }).click();
  const text = await waitForText(result, (t) => t.includes('verify; root'));
  assert.equal(await result.getAttribute('data-ok'), 'yes');
  assert.match(
    text,
    new RegExp(`All ${count} entries verify; root ${head.treeHead.rootHash.replace(/[+/]/g, '\\$&')}`),
  );
  assert.match(text, new RegExp(`${count} signed tree heads checked with Ed25519`));
  assert.match(text, /entry 4’s inclusion proof \(\d hashes\) reaches the signed root of size 8/);
  await saveScreenshot(page, 'collaboration-ledger');
});

step('on a phone, the collaboration’s pages fit the screen: wide tables scroll inside their cards', async () => {
  const { page } = bob.session;
  await page.setViewportSize({ width: 390, height: 844 });
  const pages = [
    ['/collaborations', 'collaborations-table'],
    [`/collaborations/${collaborationId}`, 'parties-table'],
    [`/collaborations/${collaborationId}/versions`, 'signatures-table'],
    [`/collaborations/${collaborationId}/ledger`, 'ledger-entries'],
  ] as const;
  for (const [path, table] of pages) {
    await page.goto(path);
    await waitVisible(page.getByTestId(table));
    assert.equal(await horizontalOverflow(page), 0, path);
  }
  await saveScreenshot(page, 'collaboration-ledger-phone');
});

step('no accessibility violation (axe-core, any impact) on the collaboration’s tabs and Alice’s pages', async () => {
  const { page } = alice.session;
  const tabs = ['', '/agreement', '/versions', '/work', '/threads', '/documents', '/meetings', '/activity', '/ledger'];
  const mine = ['/org/identity', '/org/strategy', '/org/members', '/partners', '/networks', '/tokens'];
  const paths = [...tabs.map((tab) => `/collaborations/${collaborationId}${tab}`), ...mine, '/settings/notifications'];
  for (const path of paths) {
    await page.goto(path);
    assert.deepEqual(await axeViolations(page), [], path);
  }
});
