import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, saveScreenshot, startServer, type RunningServer } from './harness.ts';
import { call } from './collaborationUi.ts';
import { chooseOption, chooseStars, field, pickOption, setSlider, signIn, waitForText, waitVisible } from './ui.ts';
import { journeySteps } from './steps.ts';

// A newcomer signs up, builds a complete profile, asks to join the demo network, is admitted and
// verified by the network's manager (a second browser), and then finds partners in the member
// directory. The manager also rates the partner of the demo collaboration.

const orgName = 'Zephyrine Trattoria';
const demoOrgName = 'Desmet Freight';
const ratingComment = 'Packaging always on time; quick answers to every question.';
const user = { name: 'Nora Newcomer', email: `nora-${Date.now()}@example.com`, password: 'correct horse battery' };

let server: RunningServer;
let browser: Browser;
let newcomer: { context: BrowserContext; page: Page };
let manager: { context: BrowserContext; page: Page } | undefined;
let orgId = '';

interface DirectoryEntryJson {
  name: string;
  offers: { capability: string }[];
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  newcomer = await newPage(browser, server.baseUrl);
});

const step = journeySteps('journey', () => ({ newcomer: newcomer?.page, manager: manager?.page }));

after(async () => {
  await browser?.close();
  await server?.close();
});

step('signing up leads a new user to create their organization', async () => {
  const { page } = newcomer;
  await page.goto('/');
  await page.waitForURL('**/sign-in?next=*');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await field(page, 'Your name').fill(user.name);
  await field(page, 'E-mail').fill(user.email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await waitVisible(page.getByText('At least 10 characters'));
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/org/new');
  await waitVisible(page.getByRole('heading', { name: 'Create your organization' }));
  assert.equal(await page.getByTestId('current-user-name').textContent(), user.name);
});

step('the identity form creates the organization with a derived size class', async () => {
  const { page } = newcomer;
  await field(page, 'Organization name').fill(orgName);
  await field(page, 'Description').fill('Family trattoria with a wood-fired oven, catering for events in Bergamo.');
  await field(page, 'Website').fill('not a url');
  await chooseOption(page, field(page, 'Country'), 'Italy', 'Italy (IT)');
  await field(page, 'City').fill('Bergamo');
  await field(page, 'Latitude').fill('45.6983');
  await field(page, 'Longitude').fill('9.6773');
  await chooseOption(
    page,
    field(page, 'Sector (NACE Rev. 2)'),
    '56.10',
    '56.10 — Restaurants and mobile food service activities',
  );
  await field(page, 'Founded').fill('1987');
  await field(page, 'Employees').fill('8');
  await pickOption(page, field(page, 'Annual turnover'), 'up to €2 m');
  assert.equal(await page.getByTestId('size-class-badge').textContent(), 'Micro enterprise');
  await page.getByRole('button', { name: 'Create organization' }).click();
  await waitVisible(page.getByText('Enter a full web address, e.g. https://example.com'));
  await field(page, 'Website').fill('https://zephyrine.example');
  await page.getByRole('button', { name: 'Create organization' }).click();
  await page.waitForURL('**/org/resources');
  await waitVisible(page.getByRole('heading', { name: orgName }));
  await page.getByRole('tab', { name: 'Identity' }).click();
  orgId = (await page.getByTestId('org-id').textContent()) ?? '';
  assert.match(orgId, /^[0-9a-f-]{36}$/);
  const org = await (await page.request.get(`/api/v1/orgs/${orgId}`)).json();
  assert.deepEqual(
    [org.country, org.city, org.naceCode, org.employees, org.turnoverBand, org.sizeClass],
    ['IT', 'Bergamo', '56.10', 8, 'under_2m', 'micro'],
  );
});

step('a resource, an offer and a need are added through their modals', async () => {
  const { page } = newcomer;
  await page.getByRole('tab', { name: 'Resources' }).click();
  await page.getByRole('button', { name: 'Add resource' }).click();
  const modal = page.getByRole('dialog');
  await pickOption(page, field(modal, 'Category'), 'Physical / equipment');
  await field(modal, 'Name').fill('Wood-fired oven');
  await field(modal, 'Capacity').fill('120');
  await field(modal, 'Unit').fill('pizzas/day');
  await modal.getByRole('button', { name: 'Add resource' }).click();
  const resources = await waitVisible(page.getByTestId('resources-table'));
  await waitVisible(resources.getByText('Wood-fired oven'));
  assert.match((await resources.textContent()) ?? '', /Physical \/ equipment\s*\(1\).*120 pizzas\/day/);

  for (const listing of [
    {
      tab: 'Offers',
      button: 'Add offer',
      submit: 'Add an offer',
      query: 'Catering',
      title: 'Catering for events up to 80 guests',
    },
    {
      tab: 'Needs',
      button: 'Add need',
      submit: 'Add a need',
      query: 'Search engine',
      title: 'Help with local search ranking',
    },
  ]) {
    await page.getByRole('tab', { name: listing.tab }).click();
    await page.getByRole('button', { name: listing.button }).first().click();
    const dialog = page.getByRole('dialog');
    const capability = field(dialog, 'Capability');
    await capability.click();
    await capability.fill(listing.query);
    await page.getByRole('option').first().click();
    await field(dialog, 'Title').fill(listing.title);
    await dialog.getByRole('button', { name: listing.submit }).click();
    await waitVisible(page.getByRole('cell', { name: listing.title }));
  }
  const offers = await (await page.request.get(`/api/v1/orgs/${orgId}/offers`)).json();
  const needs = await (await page.request.get(`/api/v1/orgs/${orgId}/needs`)).json();
  assert.equal(offers.items.length, 1);
  assert.equal(needs.items.length, 1);
  assert.match(needs.items[0].capability, /seo/);
});

step('the strategic profile saves goals, values, scales and business systems', async () => {
  const { page } = newcomer;
  await page.getByRole('tab', { name: 'Strategic profile' }).click();
  await waitVisible(page.getByText('Not filled in yet'));
  await pickOption(page, field(page, 'Goals'), 'Market expansion');
  await page.keyboard.press('Escape');
  await setSlider(page.getByTestId('value-slider-growth'), 'End');
  await setSlider(page.getByTestId('value-slider-sustainability'), 'Home', 30);
  await setSlider(page.getByTestId('risk-appetite'), 'Home', 3);
  await page.getByRole('button', { name: 'Add a system' }).click();
  await field(page, 'System name').fill('Fatture in Cloud');
  await pickOption(page, field(page, 'Kind of system'), 'Accounting');
  // Mantine hides the checkbox under its styled track; a click event toggles it like a user's click.
  await page.getByRole('switch', { name: 'Adjust Power distance' }).dispatchEvent('click');
  await page.getByRole('button', { name: 'Save strategic profile' }).click();
  await waitVisible(page.getByText('Strategic profile saved'));
  const profile = await (await page.request.get(`/api/v1/orgs/${orgId}/strategic-profile`)).json();
  assert.deepEqual(profile.goals, ['market_expansion']);
  assert.equal(profile.values.growth, 100);
  assert.equal(profile.values.sustainability, 30);
  assert.equal(profile.riskAppetite, 4);
  assert.deepEqual(profile.businessSystems, [{ kind: 'accounting', name: 'Fatture in Cloud' }]);
  assert.equal(profile.cultureSource, 'mixed');
  assert.equal(profile.filled, true);
  await saveScreenshot(page, 'journey-profile');
});

step('the new organization asks to join the demo network and the manager admits it', async () => {
  const { page } = newcomer;
  await page.getByRole('link', { name: /Networks/ }).click();
  const card = page.getByTestId('network-card').filter({ hasText: 'Synergia Demo Network' });
  await card.getByRole('button', { name: 'Request to join' }).click();
  await waitVisible(card.getByTestId('my-membership').filter({ hasText: 'Requested' }));

  manager = await newPage(browser, server.baseUrl);
  await signIn(manager.page, server.demo.login.email, server.demo.login.password);
  await manager.page.goto(`/networks/${server.demo.networkId}/manage`);
  const requests = await waitVisible(manager.page.getByTestId('join-requests'));
  const row = requests.getByRole('row').filter({ hasText: orgName });
  await row.getByRole('button', { name: 'Admit' }).click();
  await waitVisible(manager.page.getByText(`${orgName} admitted`));
  await waitVisible(manager.page.getByText('No pending requests.'));

  await manager.page.getByRole('tab', { name: 'Invite or import' }).click();
  await field(manager.page, '…or paste the CSV').fill('name,country\n,IT\nNowhere Ltd,XX\n');
  await manager.page.getByRole('button', { name: 'Import' }).click();
  const refused = await waitVisible(manager.page.getByTestId('csv-errors'));
  const refusedText = (await refused.textContent()) ?? '';
  assert.equal(await refused.locator('tbody tr').count(), 2);
  assert.match(refusedText, /2\s*name\s*Required/);
  assert.match(refusedText, /3\s*country\s*unknown ISO 3166-1 code/);
  await waitVisible(manager.page.getByText('Nothing was imported'));
  await saveScreenshot(manager.page, 'journey-manage');
});

step('the manager verifies the new member, and the members table says so', async () => {
  const { page } = manager!;
  await page.getByRole('tab', { name: 'Members and requests' }).click();
  await field(page, 'Filter members by name').fill(orgName);
  const row = page.getByTestId('network-memberships').getByRole('row').filter({ hasText: orgName });
  await row.getByRole('button', { name: 'Verify', exact: true }).click();
  await waitVisible(row.getByTestId('verified-badge'));
  await waitVisible(row.getByRole('button', { name: 'Withdraw verification' }));
  const memberships = await call<{ items: { orgId: string; verifiedAt: string | null }[] }>(
    page,
    'GET',
    `/api/v1/networks/${server.demo.networkId}/memberships`,
  );
  assert.ok(memberships.items.find((m) => m.orgId === orgId)?.verifiedAt, 'the API has the member verified');
  await saveScreenshot(page, 'journey-verified');
});

step('the manager rates the partner of the demo collaboration 4 stars, and the rating is listed', async () => {
  const { page } = manager!;
  await page.getByRole('link', { name: /Collaborations/ }).click();
  await page.getByRole('link', { name: 'Breakfast bundles for offices' }).click();
  const panel = await waitVisible(page.getByTestId('partner-ratings'));
  const form = panel.getByTestId('rate-partner-form');
  // The demo user acts for one party and there is one other, so the form starts with that partner.
  const partnerName = await field(form, 'Partner').inputValue();
  assert.ok(partnerName && partnerName !== demoOrgName, `the partner is preselected: "${partnerName}"`);
  await chooseStars(form, 4);
  await field(form, 'Comment').fill(ratingComment);
  await form.getByRole('button', { name: 'Save' }).click();
  await waitVisible(page.getByText(`Your rating of ${partnerName} is saved`));
  const entry = panel.getByTestId('partner-rating').filter({ hasText: `${demoOrgName} rated ${partnerName}` });
  await waitVisible(entry.getByText(ratingComment));
  await waitVisible(entry.getByRole('img', { name: '4 out of 5 stars' }));
  await saveScreenshot(page, 'journey-rating');
  await manager?.context.close();
  manager = undefined;
});

step('the directory finds the new member and a demo member by name and capability', async () => {
  const { page } = newcomer;
  await page.goto(`/networks/${server.demo.networkId}`);
  await waitVisible(page.getByTestId('my-membership').filter({ hasText: 'Active' }));
  const total = page.getByTestId('directory-total');
  await waitForText(total, (t) => t.startsWith('121 organizations · showing 1–20'));
  assert.equal(await page.getByTestId('directory-entry').count(), 20);
  // Twenty cards of badges add no tab stops between the filters and the pages; each listing's title
  // is in its badge's text for screen readers.
  assert.equal(await page.getByTestId('directory-entry').locator('[tabindex="0"]').count(), 0);

  await field(page, 'Search the directory').fill('Zephyrine');
  await waitForText(total, (t) => t === '1 organization');
  const mine = page.getByTestId('directory-entry');
  assert.match((await mine.textContent()) ?? '', /Zephyrine Trattoria.*Bergamo, Italy.*56\.10.*Offers.*Needs/);
  assert.equal(await mine.getByText(': Catering for events up to 80 guests').count(), 1, 'the title in its badge');

  const all = await (await page.request.get(`/api/v1/networks/${server.demo.networkId}/members?limit=200`)).json();
  const demoMember = (all.items as DirectoryEntryJson[]).find((e) => e.name !== orgName && e.offers.length > 0);
  assert.ok(demoMember, 'the demo network has a member with offers');
  const word = demoMember.name.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? '';
  const capabilityId = demoMember.offers[0]?.capability ?? '';
  const catalog = await (await page.request.get('/api/v1/reference/capabilities')).json();
  const labels = new Map<string, { label: string; parent: string | null }>(
    catalog.items.map((c: { id: string; label: string; parent: string | null }) => [c.id, c]),
  );
  const path: string[] = [];
  for (let id: string | null = capabilityId; id; id = labels.get(id)?.parent ?? null)
    path.unshift(labels.get(id)?.label ?? id);

  await field(page, 'Search the directory').fill(word);
  await chooseOption(page, field(page, 'Offers'), labels.get(capabilityId)?.label ?? '', path.join(' › '));
  const expected = await (
    await page.request.get(
      `/api/v1/networks/${server.demo.networkId}/members?q=${encodeURIComponent(word)}&offers=${capabilityId}`,
    )
  ).json();
  assert.ok(expected.total >= 1);
  await waitForText(total, (t) => t.startsWith(`${expected.total} organization`));
  await waitVisible(page.getByTestId('directory-entry').filter({ hasText: demoMember.name }));
  assert.equal(await page.getByTestId('directory-entry').count(), Math.min(expected.total, 20));
  // The search box commits after a pause: the filter chosen meanwhile survives it.
  await page.waitForURL((url) => url.searchParams.get('q') === word);
  assert.equal(new URL(page.url()).searchParams.get('offers'), capabilityId);
  await saveScreenshot(page, 'journey-directory');
});
