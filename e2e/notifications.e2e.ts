import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { call, meetInNewNetwork, signUpWithOrg } from './collaborationUi.ts';
import { launchBrowser, newPage, startServer, type RunningServer } from './harness.ts';
import { waitVisible } from './ui.ts';
import { journeySteps } from './steps.ts';

// Two companies in two browsers: while Alice works, Bob invites her organization into a collaboration.
// Her bell counts it at once, without a reload; she opens it from the bell, lands on the collaboration,
// catches up in the inbox and changes her notification settings.

interface Person {
  session: { context: BrowserContext; page: Page };
  orgId: string;
}

let server: RunningServer;
let browser: Browser;
let alice: Person;
let bob: Person;

before(async () => {
  server = await startServer({ demoOrgs: 12 });
  browser = await launchBrowser();
  alice = { session: await newPage(browser, server.baseUrl), orgId: '' };
  bob = { session: await newPage(browser, server.baseUrl), orgId: '' };
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const step = journeySteps('notifications', () => ({ alice: alice?.session.page }));

const bell = (page: Page) => page.getByTestId('notification-bell');

step('two users with organizations meet in a network', async () => {
  const stamp = Date.now();
  alice.orgId = await signUpWithOrg(alice.session.page, 'Alice', `alice-${stamp}@example.com`, 'Alice Bakery');
  bob.orgId = await signUpWithOrg(bob.session.page, 'Bob', `bob-${stamp}@example.com`, 'Bob Roasters');
  await meetInNewNetwork(alice.session.page, alice.orgId, bob.session.page, bob.orgId);
});

step('Bob’s invitation reaches Alice’s open page live: the bell counts it without a reload', async () => {
  const { page } = alice.session;
  await page.goto('/collaborations');
  await waitVisible(bell(page));
  assert.equal(await bell(page).getAttribute('aria-label'), 'Notifications');
  // The stream is open once the page has loaded; give it a moment to be registered on the server.
  await page.waitForTimeout(500);
  const started = Date.now();
  await call(bob.session.page, 'POST', '/api/v1/collaborations', {
    name: 'Breakfast bundles',
    kind: 'strategic_alliance',
    initiatorOrgId: bob.orgId,
    partyOrgIds: [alice.orgId],
  });
  await page.waitForFunction(
    () => document.querySelector('[data-testid=notification-bell]')?.getAttribute('aria-label')?.includes('1 unread'),
    undefined,
    { timeout: 3000 },
  );
  assert.ok(Date.now() - started < 3000);
  // The invitations list on the same page refreshed too.
  await waitVisible(page.getByText('Breakfast bundles').first());
});

step('Alice opens the notification from the bell and lands on the collaboration', async () => {
  const { page } = alice.session;
  await bell(page).click();
  await page.getByText('You are invited to join “Breakfast bundles”').click();
  await page.waitForURL(/\/collaborations\/[0-9a-f-]{36}/);
  await page.waitForFunction(
    () => document.querySelector('[data-testid=notification-bell]')?.getAttribute('aria-label') === 'Notifications',
    undefined,
    { timeout: 3000 },
  );
});

step('the inbox lists it as read; her settings are saved', async () => {
  const { page } = alice.session;
  await page.goto('/notifications');
  const item = await waitVisible(page.getByTestId('notification-item').first());
  assert.equal(await item.getAttribute('data-unread'), 'false');
  await page.goto('/settings/notifications');
  await page.getByLabel('Right away', { exact: true }).check();
  await page.getByLabel('Meetings', { exact: true }).uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await waitVisible(page.getByText('Notification settings saved.'));
  const saved = await call<{ email: string; mutedKinds: string[] }>(page, 'GET', '/api/v1/me/notification-preferences');
  assert.equal(saved.email, 'instant');
  assert.deepEqual(saved.mutedKinds, ['meeting']);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('outbox-link').click();
  await waitVisible(page.getByRole('heading', { name: 'Development outbox' }));
});
