import fs from 'node:fs';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, startServer, type RunningServer } from './harness.ts';
import { field, pickOption, waitVisible } from './ui.ts';
import { setUpWorkCast, type WorkCast } from './workSetup.ts';
import { journeySteps } from './steps.ts';

// Two partners of an active alliance, each in their own browser: Alice plans a project and gives Bob's
// roastery a task; Bob's open board shows it without a reload, he opens it and comments; Alice reads it.
// Bob then shares a file with the parties and Alice downloads exactly what he uploaded.

const projectName = 'Launch in Bologna';
const taskTitle = 'Roast the house blend';
const comment = 'Samples ready on Friday, @Alice';

let server: RunningServer;
let browser: Browser;
let cast: WorkCast;

before(async () => {
  server = await startServer({ demoOrgs: 12 });
  browser = await launchBrowser();
  cast = await setUpWorkCast(browser, server);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const step = journeySteps('work', () => ({ alice: cast?.alice.session.page, bob: cast?.bob.session.page }));

const taskCard = (page: Page) => page.getByTestId('task-card').filter({ hasText: taskTitle });

step('both partners open the Work tab of their active collaboration', async () => {
  // Signing up through the API left each browser context signed in.
  for (const p of [cast.alice, cast.bob]) {
    const { page } = p.session;
    await page.goto(`/collaborations/${cast.collaborationId}`);
    await page.getByRole('tab', { name: 'Work' }).click();
    await waitVisible(page.getByText('No projects yet'));
  }
});

step('Alice creates a project and lands on its board', async () => {
  const { page } = cast.alice.session;
  await page.getByRole('button', { name: 'Create the first project' }).click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await field(dialog, 'Name').fill(projectName);
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await waitVisible(page.getByRole('heading', { name: projectName }));
  await waitVisible(page.getByTestId('column-todo'));
});

step('Bob opens the same board', async () => {
  const { page } = cast.bob.session;
  // The new project reaches Bob's open list live.
  const card = page.getByTestId('project-card').filter({ hasText: projectName });
  await waitVisible(card);
  await card.getByRole('link', { name: 'Open board' }).click();
  await waitVisible(page.getByTestId('column-todo'));
});

step("Alice adds a task owned by Bob's organization", async () => {
  const { page } = cast.alice.session;
  await page.getByRole('button', { name: 'New task' }).click();
  const dialog = page.getByRole('dialog', { name: 'New task' });
  await field(dialog, 'Title').fill(taskTitle);
  await pickOption(page, field(dialog, 'Owner organization'), cast.bob.orgName);
  await dialog.getByLabel('Due date').fill('2099-03-01');
  await dialog.getByRole('button', { name: 'Add task' }).click();
  await waitVisible(taskCard(page));
});

step("the task appears on Bob's board within seconds, without a reload", async () => {
  const { page } = cast.bob.session;
  await taskCard(page).first().waitFor({ state: 'visible', timeout: 8000 });
  const text = (await taskCard(page).first().textContent()) ?? '';
  if (!text.includes(cast.bob.orgName)) throw new Error(`the card does not name the owner: ${text}`);
});

step('Bob opens the task and comments in its thread', async () => {
  const { page } = cast.bob.session;
  await taskCard(page).first().click();
  const drawer = page.getByRole('dialog', { name: taskTitle });
  await waitVisible(drawer.getByText('No messages yet'));
  await drawer.getByRole('textbox', { name: 'Message' }).fill(comment);
  await drawer.getByRole('button', { name: 'Send' }).click();
  await waitVisible(drawer.getByTestId('message').filter({ hasText: 'Samples ready on Friday' }));
  await saveScreenshot(page, 'work-bob-task');
});

step("Alice opens the task and reads Bob's comment", async () => {
  const { page } = cast.alice.session;
  await taskCard(page).first().click();
  const drawer = page.getByRole('dialog', { name: taskTitle });
  const message = drawer.getByTestId('message').filter({ hasText: 'Samples ready on Friday' });
  await message.first().waitFor({ state: 'visible', timeout: 8000 });
  const text = (await message.first().textContent()) ?? '';
  if (!text.includes('Bob') || !text.includes(cast.bob.orgName)) throw new Error(`unexpected author: ${text}`);
  await saveScreenshot(page, 'work-alice-task');
});

const sheetName = 'Blend tasting sheet.pdf';
const sheetBytes = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

step('Bob uploads the tasting sheet for the task in the Documents tab', async () => {
  const { page } = cast.bob.session;
  await page.goto(`/collaborations/${cast.collaborationId}/documents`);
  await waitVisible(page.getByText('Drop files here to share them with the other parties'));
  await page
    .locator('input[type="file"][name="file"]')
    .setInputFiles({ name: sheetName, mimeType: 'application/pdf', buffer: sheetBytes });
  await waitVisible(page.getByTestId('document-row').filter({ hasText: sheetName }));
});

step('Alice downloads the very same file', async () => {
  const { page } = cast.alice.session;
  await page.goto(`/collaborations/${cast.collaborationId}/documents`);
  const link = page.getByTestId('document-download').filter({ hasText: sheetName });
  await waitVisible(link);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  if (download.suggestedFilename() !== sheetName) throw new Error(`named ${download.suggestedFilename()}`);
  const bytes = fs.readFileSync(await download.path());
  if (!bytes.equals(sheetBytes)) throw new Error('the downloaded bytes differ from the uploaded ones');
});
