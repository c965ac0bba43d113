import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { MemberVulnerability, NetworkAnalytics, WhatIfResult } from '../src/web/api/networkAnalytics.ts';
import { call } from './collaborationUi.ts';
import { launchBrowser, newPage, saveScreenshot, type RunningServer } from './harness.ts';
import { startAnalyticsServer } from './networkAnalyticsSetup.ts';
import { field, pickOption, signIn, waitForText, waitVisible } from './ui.ts';
import { journeySteps } from './steps.ts';

// The demo network's manager opens the network map, colours it by betweenness, clicks the top broker
// (in the ranking, then on the canvas itself), reads its vulnerability, asks what would happen if it
// left, runs a new analysis, and checks the dashboard and her own position. Every figure on screen is
// compared with the API's answer for the same question.

let server: RunningServer;
let browser: Browser;
let page: Page;
let analytics: NetworkAnalytics;
let topBroker: { orgId: string; name: string };

before(async () => {
  server = await startAnalyticsServer({ demoOrgs: 120 });
  browser = await launchBrowser();
  ({ page } = await newPage(browser, server.baseUrl));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const step = journeySteps('network-analytics', () => ({ page }));

const analyticsUrl = () => `/api/v1/networks/${server.demo.networkId}/analytics`;
const panelName = () => page.getByTestId('member-panel-name');

step('the manager opens the network map and it settles', async () => {
  await signIn(page, server.demo.login.email, server.demo.login.password);
  await page.goto(`/networks/${server.demo.networkId}`);
  await page.getByRole('tab', { name: 'Map' }).click();
  await page.waitForURL(`**/networks/${server.demo.networkId}/map`);
  await waitVisible(page.getByTestId('network-map-canvas').locator('canvas'));
  await waitForText(page.getByTestId('layout-status'), (t) => t === 'Map arranged', 20_000);
  analytics = await call<NetworkAnalytics>(page, 'GET', analyticsUrl());
  assert.ok(analytics.latest, 'the setup stored an analysis');
  assert.equal(analytics.latest.members.length, 120);
  assert.ok(
    analytics.latest.ties.length > 100,
    `the demo's relations and collaborations are ties: ${analytics.latest.ties.length}`,
  );
  await waitVisible(page.getByText(`${analytics.latest.network.ties} ties`, { exact: false }));
  await saveScreenshot(page, 'network-analytics-map');
});

step('colouring by betweenness shows its scale with the real extremes', async () => {
  await pickOption(page, field(page, 'Colour by'), 'Betweenness');
  const legend = await waitVisible(page.getByTestId('map-color-legend'));
  const text = (await legend.textContent()) ?? '';
  const values = analytics.latest!.members.map((m) => m.metrics.betweenness);
  assert.match(text, /Colour: Betweenness/);
  assert.ok(text.includes(Math.max(...values).toFixed(3)), `legend shows the maximum: ${text}`);
  await saveScreenshot(page, 'network-analytics-betweenness');
});

step('the top broker heads the ranking; clicking it, then its node on the canvas, opens its panel', async () => {
  const [best] = [...analytics.latest!.members].sort((a, b) => b.metrics.betweenness - a.metrics.betweenness);
  topBroker = { orgId: best!.orgId, name: best!.name };
  const firstBroker = page.getByTestId('top-brokers').getByRole('button').first();
  assert.equal(await firstBroker.textContent(), `1. ${topBroker.name}`);
  await firstBroker.click();
  await waitForText(panelName(), (t) => t === topBroker.name);
  const betweenness = page.getByTestId('member-metrics').locator('[data-metric="betweenness"]');
  assert.match((await betweenness.textContent()) ?? '', new RegExp(best!.metrics.betweenness.toFixed(3)));

  // Choosing a member centres the camera on it: close the panel, wait for the camera, click the centre.
  await page.getByRole('button', { name: 'Close member panel' }).click();
  await panelName().waitFor({ state: 'detached' });
  await page.waitForTimeout(700);
  const box = (await page.getByTestId('network-map-canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await waitForText(panelName(), (t) => t === topBroker.name);
  await saveScreenshot(page, 'network-analytics-top-broker');
});

step('its vulnerability shows the five dimensions with evidence and advice, as the API says', async () => {
  await page.getByRole('tab', { name: 'Vulnerability' }).click();
  const details = await waitVisible(page.getByTestId('vulnerability-details'));
  const expected = await call<MemberVulnerability>(
    page,
    'GET',
    `/api/v1/networks/${server.demo.networkId}/members/${topBroker.orgId}/vulnerability`,
  );
  const overall = expected.latest!.vulnerability.overall.toFixed(2);
  await waitForText(page.getByTestId('vulnerability-overall'), (t) => t.startsWith(overall));
  for (const dimension of expected.latest!.vulnerability.dimensions) {
    await waitVisible(details.getByRole('button', { name: dimension.title }));
  }
  const worst = [...expected.latest!.vulnerability.dimensions].sort((a, b) => b.score - a.score)[0]!;
  // The worst dimension opens by itself, showing its evidence and mitigation advice.
  const open = details.getByRole('region').filter({ visible: true });
  await waitVisible(open.getByText('How to reduce it'));
  await waitVisible(open.getByText(worst.mitigation.slice(0, 40), { exact: false }));
  for (const evidence of worst.evidence.slice(0, 2)) await waitVisible(open.getByText(evidence.text));
  await saveScreenshot(page, 'network-analytics-vulnerability');
});

step('what if the top broker left: the components after removal are shown as the API computes them', async () => {
  await page.getByRole('button', { name: 'What if it left?' }).click();
  const result = await waitVisible(page.getByTestId('whatif-result'));
  const expected = await call<WhatIfResult>(page, 'POST', `/api/v1/networks/${server.demo.networkId}/what-if`, {
    remove: [topBroker.orgId],
  });
  assert.equal(expected.scope, 'network');
  const components = `${expected.components.before} → ${expected.components.after}`;
  await waitForText(page.getByTestId('whatif-components'), (t) => t === components);
  assert.equal(await page.getByTestId('whatif-splits').textContent(), String(expected.components.split.length));
  assert.equal(
    await page.getByTestId('whatif-lost-inputs').textContent(),
    String(expected.lostSingleSourceInputs.length),
  );
  if (expected.vulnerabilityChanges.length > 0) {
    await waitVisible(
      result.getByTestId('whatif-vulnerability-changes').getByText(expected.vulnerabilityChanges[0]!.name),
    );
  }
  await saveScreenshot(page, 'network-analytics-what-if');
});

step('a new analysis runs as a job, shows its progress and replaces the map', async () => {
  const date = page.getByTestId('analysis-date');
  assert.equal(await date.getAttribute('data-snapshot-id'), analytics.latest!.id);
  await page.getByRole('button', { name: 'Run a new analysis' }).click();
  await page.waitForFunction(
    (previous) => {
      const element = document.querySelector('[data-testid="analysis-date"]');
      return element !== null && ![previous, ''].includes(element.getAttribute('data-snapshot-id') ?? '');
    },
    analytics.latest!.id,
    { timeout: 30_000 },
  );
  const latest = await call<NetworkAnalytics>(page, 'GET', analyticsUrl());
  assert.equal(latest.history.length, 2);
  assert.notEqual(latest.latest!.id, analytics.latest!.id);
  await waitVisible(page.getByTestId('network-map-canvas').locator('canvas'));
  analytics = latest;
});

step('the dashboard shows the network figures, their history and the rankings', async () => {
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await waitVisible(page.getByTestId('network-dashboard'));
  const network = analytics.latest!.network;
  assert.equal(await page.getByTestId('stat-members').textContent(), String(network.members));
  assert.equal(await page.getByTestId('stat-components').textContent(), String(network.components));
  assert.equal(await page.getByTestId('stat-modularity').textContent(), network.modularity.toFixed(3));
  await waitVisible(page.getByTestId('history-chart-0').locator('canvas'));
  const brokers = page.getByTestId('ranking-betweenness').getByRole('link');
  assert.equal(await brokers.first().textContent(), topBroker.name);
  await saveScreenshot(page, 'network-analytics-dashboard');
});

step('my position shows the manager’s own organization with percentiles, ties and vulnerability', async () => {
  await page.getByRole('link', { name: /My position/ }).click();
  const details = await waitVisible(page.getByTestId('position-details'));
  await waitVisible(details.getByTestId('member-metrics'));
  await waitVisible(details.getByText(/percentile/).first());
  await waitVisible(details.getByTestId('vulnerability-details'));
  await waitVisible(details.getByTestId('vulnerability-history-chart').locator('canvas'));
  await saveScreenshot(page, 'network-analytics-position');
});
