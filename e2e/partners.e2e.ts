import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { call } from './collaborationUi.ts';
import { launchBrowser, saveScreenshot, startServer, type RunningServer } from './harness.ts';
import { setUpCast, type Cast } from './partnersSetup.ts';
import { cardOf, cards, rankingSettled, texts, waitForNames } from './partnersUi.ts';
import { pickOption, setSlider, waitForText, waitVisible } from './ui.ts';
import { journeySteps } from './steps.ts';

// Ada's espresso bar needs roasted coffee; Bruno's roastery offers it and needs what Ada offers, and so
// does a roaster of the demo network. Ada opens Suggested partners, reads why they rank at the top,
// re-weights, saves, asks who can fill her coffee need, and requests an introduction to Bruno, who
// accepts in his own browser; then Ada finds Bruno's e-mail in her Introductions.

let server: RunningServer;
let browser: Browser;
let cast: Cast;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const step = journeySteps('partners', () => ({ ada: cast?.ada.session.page, bruno: cast?.bruno.session.page }));

const ada = () => cast.ada.session.page;
const bruno = () => cast.bruno.session.page;
step('two newcomers who complement each other and a demo roaster join the demo network', async () => {
  cast = await setUpCast(browser, server);
  const orgs = await call<{ items: { name: string }[] }>(ada(), 'GET', '/api/v1/orgs');
  assert.deepEqual(
    orgs.items.map((o) => o.name),
    ['Quillon Espresso Bar'],
  );
});

step('Ada opens Suggested partners and reads why Bruno’s roastery and the demo roaster rank high', async () => {
  const page = ada();
  await page.goto('/');
  await page.getByRole('link', { name: /^Partners/ }).click();
  await page.waitForURL('**/partners');
  await waitVisible(cards(page));
  await rankingSettled(page);
  const names = await texts(page.getByTestId('candidate-name'));
  assert.equal(names.length, 10, names.join());
  assert.ok(names.slice(0, 3).includes(cast.bruno.orgName), `Bruno's roastery in the top 3: ${names.join()}`);
  assert.ok(names.includes(cast.member.name), `the demo roaster ${cast.member.name} in the top 10: ${names.join()}`);
  const scores = (await texts(page.getByTestId('candidate-score'))).map(Number);
  assert.deepEqual(
    scores,
    [...scores].sort((a, b) => b - a),
    'ranked by score',
  );
  assert.ok(scores.every((s) => s > 0 && s <= 100));

  const brunoCard = cardOf(page, cast.bruno.orgId);
  assert.equal(await brunoCard.locator('[data-component]').count(), 8, 'one bar per score component');
  // What a component means opens on hover and touch; the bars add no tab stops to the ten cards.
  await brunoCard.locator('[data-component="geography"]').hover();
  await waitVisible(page.getByRole('tooltip', { name: /^Geography: / }));
  await page.mouse.move(0, 0);
  assert.equal(await brunoCard.getByTestId('component-bars').locator('[tabindex="0"]').count(), 0);
  // Who verified Bruno is said in words, and in the badge's tooltip, which opens for keyboard readers
  // too and describes the badge.
  const verifiedBy = /^Verified by the manager of Synergia Demo Network/;
  assert.match(await brunoCard.getByTestId('trust-note').innerText(), verifiedBy);
  const verifiedBadge = brunoCard.getByTestId('candidate-verified');
  await brunoCard.getByTestId('candidate-name').getByRole('link').focus();
  for (let tabs = 0; tabs < 4 && !(await verifiedBadge.evaluate((b) => b === document.activeElement)); tabs++) {
    await page.keyboard.press('Tab');
  }
  const tooltip = page.getByRole('tooltip', { name: verifiedBy });
  await waitVisible(tooltip);
  assert.equal(await verifiedBadge.getAttribute('aria-describedby'), await tooltip.getAttribute('id'));
  await verifiedBadge.blur();
  const pairs = await texts(brunoCard.getByTestId('matched-pair'));
  const forMe = pairs.find((p) => p.includes(`covers your need ‘${cast.coffeeNeedTitle}’`)) ?? '';
  assert.match(forMe, new RegExp(`Their ‘${cast.coffeeOfferTitle}’ covers your need`));
  assert.match(forMe, /matched on tag Coffee › Roasted coffee beans and the words .*‘coffee’/);
  assert.ok(
    pairs.some((p) => p.includes(`Your ‘${cast.adaOfferTitle}’ covers their need`)),
    `Ada's offer covers Bruno's need: ${pairs.join(' | ')}`,
  );
  const memberPairs = await texts(cardOf(page, cast.member.id).getByTestId('matched-pair'));
  assert.ok(memberPairs.some((p) => p.includes(`covers your need ‘${cast.coffeeNeedTitle}’`)));
  assert.ok(memberPairs.some((p) => p.includes(`Your ‘${cast.adaOfferTitle}’ covers their need`)));
  await saveScreenshot(page, 'partners-suggestions');
});

step('the help drawer explains the scoring model', async () => {
  const page = ada();
  await page.getByRole('button', { name: 'How is this scored?' }).click();
  const help = await waitVisible(page.getByTestId('scoring-help'));
  const text = (await help.textContent()) ?? '';
  for (const part of ['Complementarity, both ways', 'Kogut–Singh', 'haversine', 'diversity bonus'])
    assert.ok(text.includes(part), part);
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'hidden' });
});

step('Ada requests an introduction to Zanzibar Roastworks', async () => {
  const page = ada();
  const card = cardOf(page, cast.bruno.orgId);
  await card.getByRole('button', { name: 'Request introduction' }).click();
  const modal = page.getByRole('dialog', { name: `Request an introduction to ${cast.bruno.orgName}` });
  const message = modal.getByRole('textbox', { name: 'Message' });
  const draft = await message.inputValue();
  assert.match(draft, new RegExp(`Your “${cast.coffeeOfferTitle}” could cover our need “${cast.coffeeNeedTitle}”`));
  await message.fill('');
  await modal.getByRole('button', { name: 'Send request' }).click();
  await waitVisible(modal.getByText('Required'));
  await message.fill(`${draft}\nWe open a second espresso bar in May.`);
  await modal.getByRole('button', { name: 'Send request' }).click();
  await waitVisible(page.getByText(`Introduction requested. ${cast.bruno.orgName} will see your message`));
  await waitForText(card.getByTestId('introduction-status'), (t) => t === 'Introduction requested');
  assert.equal(await card.getByRole('button', { name: 'Request introduction' }).isDisabled(), true);
  const sent = await call<{ items: { status: string; direction: string; contacts: unknown }[] }>(
    page,
    'GET',
    '/api/v1/introductions',
  );
  assert.deepEqual(
    sent.items.map((i) => [i.direction, i.status, i.contacts]),
    [['outgoing', 'requested', null]],
  );
});

step('moving a weight re-ranks at once, and Ada saves the weights as her defaults', async () => {
  const page = ada();
  const requery = page.waitForRequest((r) => r.url().includes('/matches?') && r.url().includes('geography%3A0'));
  await setSlider(page.getByTestId('weight-slider-geography'), 'Home');
  await waitForText(page.getByTestId('weight-share-geography'), (t) => t === '0 %');
  await requery;
  await rankingSettled(page);
  assert.ok((await texts(page.getByTestId('candidate-name'))).includes(cast.bruno.orgName));
  await page.getByRole('button', { name: 'Save as my defaults' }).click();
  await waitVisible(page.getByText('Saved as your defaults'));
  const saved = await call<{ weights: Record<string, number> }>(page, 'GET', '/api/v1/me/match-preferences');
  assert.equal(saved.weights.geography, 0);
  assert.equal(await page.getByRole('button', { name: 'Reset', exact: true }).isDisabled(), true);
});

step('Ada saves Bruno’s roastery, finds it under Saved, and can undo a dismissal', async () => {
  const page = ada();
  const card = cardOf(page, cast.bruno.orgId);
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await waitVisible(card.getByRole('button', { name: 'Saved ✓' }));
  await rankingSettled(page);
  // A card well inside the top ten: the tenth may tie with the eleventh and swap places on a refetch.
  const ids = await cards(page).evaluateAll((all) => all.map((c) => c.getAttribute('data-org-id') ?? ''));
  const dismissedId = ids.find((id) => id !== cast.bruno.orgId) ?? '';
  await cardOf(page, dismissedId).getByRole('button', { name: 'Dismiss' }).click();
  await cardOf(page, dismissedId).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Undo: suggest it again' }).click();
  await waitVisible(cardOf(page, dismissedId));

  await page.getByRole('tab', { name: 'Saved' }).click();
  await page.waitForURL('**/partners/saved');
  await waitForNames(page, (names) => names.length === 1 && names[0] === cast.bruno.orgName);
  await rankingSettled(page);
  assert.deepEqual(await texts(page.getByTestId('candidate-name')), [cast.bruno.orgName]);
});

step('“Who can fill this need?” finds the roasters for Ada’s coffee need', async () => {
  const page = ada();
  await page.getByRole('tab', { name: 'Who can fill a need?' }).click();
  await pickOption(
    page,
    page.getByRole('textbox', { name: 'Who can fill this need?' }),
    `${cast.coffeeNeedTitle} (High priority)`,
  );
  await waitForNames(page, (names) => names.includes(cast.bruno.orgName) && names.includes(cast.member.name));
  await rankingSettled(page);
  const directions = await page
    .getByTestId('matched-pair')
    .evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute('data-direction')))]);
  assert.deepEqual(directions, ['they_cover_my_need']);
});

step('the team builder finds who covers Ada’s coffee and machine-service needs together', async () => {
  const page = ada();
  const serviceNeed = 'Service for our two espresso machines';
  const privateNeed = 'A roaster for our secret house blend';
  await call(page, 'POST', `/api/v1/orgs/${cast.ada.orgId}/needs`, {
    capability: 'food.coffee.machine-service',
    title: serviceNeed,
    priority: 'low',
  });
  await call(page, 'POST', `/api/v1/orgs/${cast.ada.orgId}/needs`, {
    capability: 'food.coffee.roasted-beans',
    title: privateNeed,
    visibility: 'private',
  });
  await page.goto('/partners/team');
  const needs = page.getByRole('textbox', { name: 'Needs to cover together' });
  // A private need is never matched: it is not offered, and the picker says why.
  await waitVisible(page.getByText('1 private need is not listed: private needs are never matched.'));
  await needs.click();
  const offered = await waitForText(page.getByRole('listbox'), (t) => t.includes(serviceNeed));
  assert.ok(!offered.includes(privateNeed), offered);
  await page.getByRole('option', { name: cast.coffeeNeedTitle, exact: true }).click();
  await pickOption(page, needs, serviceNeed);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Build a team' }).click();
  const team = await waitVisible(page.getByTestId('team-result'));
  const text = await waitForText(team, (s) => s.includes('every need you chose'));
  assert.ok(text.includes(`covers ‘${cast.coffeeNeedTitle}’`), text);
  assert.ok(text.includes(`covers ‘${serviceNeed}’`), text);
  const members = await page.getByTestId('team-member').count();
  assert.ok(members >= 1 && members <= 2, `${members} members`);
  await saveScreenshot(page, 'partners-team');
});

step('Bruno sees the request in his own browser and accepts it', async () => {
  const page = bruno();
  await page.goto('/');
  await waitForText(page.getByTestId('introductions-waiting'), (t) => t === '1');
  await page.getByRole('link', { name: /^Introductions/ }).click();
  const card = await waitVisible(page.getByTestId('introduction-card'));
  assert.match(
    (await card.textContent()) ?? '',
    new RegExp(`${cast.ada.orgName} would like to meet ${cast.bruno.orgName}.*second espresso bar in May`, 's'),
  );
  await card.getByRole('button', { name: 'Accept' }).click();
  await waitVisible(page.getByText(`You and ${cast.ada.orgName} can now see each other's contact details`));
  await waitForText(card.getByTestId('introduction-contact-email'), (t) => t === cast.ada.email);
  await page.getByTestId('introductions-waiting').waitFor({ state: 'detached' });
});

step('Ada finds Bruno’s contact e-mail in her Introductions', async () => {
  const page = ada();
  await page.getByRole('link', { name: /^Introductions/ }).click();
  await page.waitForURL('**/introductions');
  // The list shows what it knew, then the server's answer: Bruno has accepted.
  const card = page.getByTestId('introductions-outgoing').locator('[data-testid="introduction-card"]');
  await waitVisible(card.and(page.locator('[data-status="accepted"]')));
  assert.equal(await card.count(), 1);
  await waitForText(card.getByTestId('introduction-status'), (t) => t === 'Accepted');
  const email = card.getByTestId('introduction-contact-email');
  assert.equal(await email.textContent(), cast.bruno.email);
  assert.equal(await email.getAttribute('href'), `mailto:${cast.bruno.email}`);
  assert.match((await card.getByTestId('introduction-contact').textContent()) ?? '', new RegExp(cast.bruno.name));
  await saveScreenshot(page, 'partners-introduction');
});

step('the network manager sets the weights members start from; Bruno, who saved none, ranks by them', async () => {
  const page = cast.manager;
  await page.goto(`/networks/${server.demo.networkId}/manage`);
  await page.getByRole('tab', { name: 'Settings' }).click();
  const panel = await waitVisible(page.getByTestId('network-match-defaults'));
  await waitForText(panel.getByTestId('network-match-defaults-source'), (t) => t.startsWith('Synergia’s defaults'));
  await setSlider(panel.getByTestId('weight-slider-geography'), 'Home');
  await waitForText(panel.getByTestId('weight-share-geography'), (t) => t === '0 %');
  await panel.getByRole('button', { name: 'Save for all members' }).click();
  await waitForText(panel.getByTestId('network-match-defaults-source'), (t) => t === 'Set by this network');
  await saveScreenshot(page, 'partners-network-defaults');

  const member = bruno();
  await member.goto('/partners');
  await rankingSettled(member);
  await waitForText(member.getByTestId('weight-share-geography'), (t) => t === '0 %');

  await panel.getByRole('button', { name: 'Use Synergia’s defaults' }).click();
  await waitForText(panel.getByTestId('network-match-defaults-source'), (t) => t.startsWith('Synergia’s defaults'));
  await member.reload();
  await rankingSettled(member);
  await waitForText(member.getByTestId('weight-share-geography'), (t) => t !== '0 %');
});
