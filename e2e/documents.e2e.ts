import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, startServer, type RunningServer } from './harness.ts';
import { waitVisible } from './ui.ts';
import { setUpWorkCast } from './workSetup.ts';
import { journeySteps } from './steps.ts';

// Two parties of an active alliance (e2e/workSetup.ts), each in its own browser: Bob uploads an offer
// (after an HTML file named .png is refused), Alice downloads the very same bytes; Alice proposes a
// meeting with two times, Bob answers, Alice picks one and both get the calendar invitation.

let server: RunningServer;
let browser: Browser;
let alice: Page;
let bob: Page;
let collaborationId = '';
let bobOrg = '';

const offerName = 'Offerta caffè 2027.pdf';
const offerBytes = Buffer.concat([
  Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'),
  Buffer.from('1 0 obj << >> endobj\n%%EOF\n'),
]);

before(async () => {
  server = await startServer({ demoOrgs: 12 });
  browser = await launchBrowser();
  const cast = await setUpWorkCast(browser, server);
  alice = cast.alice.session.page;
  bob = cast.bob.session.page;
  bobOrg = cast.bob.orgName;
  collaborationId = cast.collaborationId;
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const step = journeySteps('documents', () => ({ alice, bob }));

const toast = (page: Page, text: string | RegExp) =>
  waitVisible(page.locator('.mantine-Notification-root', { hasText: text }));

step('Bob uploads an offer through the documents tab; an HTML file named .png is refused', async () => {
  await bob.goto(`/collaborations/${collaborationId}/documents`);
  await waitVisible(bob.getByText('Drop files here to share them with the other parties'));
  const input = bob.locator('input[type="file"][name="file"]');
  await input.setInputFiles({
    name: 'cat.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<html><script>1</script>'),
  });
  await toast(bob, 'cat.png cannot be shared here');
  await input.setInputFiles({ name: offerName, mimeType: 'application/pdf', buffer: offerBytes });
  await toast(bob, `${offerName} is shared with the parties.`);
  const row = await waitVisible(bob.getByTestId('document-row').filter({ hasText: offerName }));
  assert.match((await row.textContent()) ?? '', new RegExp(`v1.*PDF.*Bob.*${bobOrg}`));
  assert.equal(await bob.getByTestId('document-row').count(), 1);
  await saveScreenshot(bob, 'documents-tab');
});

step('Alice downloads the offer: same bytes, same name', async () => {
  await alice.goto(`/collaborations/${collaborationId}/documents`);
  const link = (await waitVisible(alice.getByTestId('document-download'))).filter({ hasText: offerName });
  const [download] = await Promise.all([alice.waitForEvent('download'), link.click()]);
  assert.equal(download.suggestedFilename(), offerName);
  const file = await download.path();
  assert.deepEqual(fs.readFileSync(file), offerBytes);
});

let firstSlot = '';

step('Alice proposes a meeting with two possible times', async () => {
  await alice.goto(`/collaborations/${collaborationId}/meetings`);
  await (await waitVisible(alice.getByTestId('propose-meeting'))).click();
  const dialog = alice.getByRole('dialog', { name: 'Propose a meeting' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Kick-off: breakfast bundles');
  await dialog.getByRole('textbox', { name: 'Where' }).fill('Via Roma 1, Bologna');
  assert.equal(await dialog.getByTestId('meeting-slot-input').count(), 2);
  firstSlot = await dialog.getByTestId('meeting-slot-input').first().inputValue();
  await dialog.getByRole('button', { name: 'Propose meeting' }).click();
  await toast(alice, /Meeting proposed/);
  await waitVisible(alice.getByTestId('meeting-card').filter({ hasText: 'Kick-off: breakfast bundles' }));
  assert.equal(await alice.getByTestId('slot-header').count(), 2);
});

step('Bob answers: yes to the first time, if need be to the second', async () => {
  await bob.goto(`/collaborations/${collaborationId}/meetings`);
  await waitVisible(bob.getByTestId('meeting-card'));
  await bob.getByTestId('my-answer-0').getByText('Yes', { exact: true }).click();
  await waitVisible(bob.getByTestId('participant-row').filter({ hasText: bobOrg }).getByText('Yes'));
  await bob.getByTestId('my-answer-1').getByText('If need be', { exact: true }).click();
  await waitVisible(bob.getByTestId('participant-row').filter({ hasText: bobOrg }).getByText('If need be'));
});

step('Alice sees the answers, picks the first time and downloads the invitation', async () => {
  await alice.reload();
  const bobRow = await waitVisible(alice.getByTestId('participant-row').filter({ hasText: bobOrg }));
  await waitVisible(bobRow.getByText('Yes'));
  await alice.getByTestId('pick-slot-0').click();
  await toast(alice, /Time picked/);
  const status = alice.getByTestId('meeting-status');
  await waitVisible(status.filter({ hasText: 'Scheduled' }));
  await saveScreenshot(alice, 'meetings-tab');
  const [download] = await Promise.all([alice.waitForEvent('download'), alice.getByTestId('meeting-ics').click()]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const ics = fs.readFileSync(await download.path(), 'utf8');
  const lines = ics.replace(/\r\n /g, '').split('\r\n');
  const start = new Date(firstSlot)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  for (const expected of ['BEGIN:VCALENDAR', 'METHOD:REQUEST', `DTSTART:${start}`, 'STATUS:CONFIRMED']) {
    assert.ok(lines.includes(expected), `missing ${expected} in ${ics}`);
  }
  assert.ok(lines.some((l) => l.startsWith(`ATTENDEE;CN="Bob (${bobOrg})"`) && l.includes('PARTSTAT=ACCEPTED')));
});
