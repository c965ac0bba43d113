import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { field, pickOption, waitForText, waitVisible } from './ui.ts';

// Steps of the collaboration journey that drive the API, the checker panel and the clause editors.

export async function call<T>(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  data?: unknown,
): Promise<T> {
  const response = await page.request.fetch(url, { method, data });
  assert.ok(response.ok(), `${method} ${url} → ${response.status()} ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

export const checker = (page: Page) => page.getByTestId('checker-panel');
export const errorCount = (page: Page) => page.getByTestId('checker-error-count');
export const findingCodes = async (page: Page) =>
  checker(page)
    .getByTestId('checker-finding')
    .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-severity')}:${r.getAttribute('data-code')}`));

export async function setRole(page: Page, groupName: string, role: string): Promise<void> {
  const group = page.getByRole('radiogroup', { name: groupName });
  await group
    .locator('label')
    .filter({ hasText: new RegExp(`^${role}$`) })
    .click();
}

export async function fillContribution(page: Page, party: string, values: string[]): Promise<void> {
  await page.getByRole('button', { name: `+ Add contribution for ${party}` }).click();
  const [kind, description, amount, unit, declared] = values as [string, string, string, string, string];
  const label = `${party} contribution 1`;
  await pickOption(page, field(page, `${label} kind`), kind);
  await field(page, `${label} description`).fill(description);
  await field(page, `${label} amount`).fill(amount);
  await field(page, `${label} unit`).fill(unit);
  await field(page, `${label} declared value`).fill(declared);
}

export async function saveDraft(page: Page, expected: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Save draft' }).click();
  await waitVisible(page.getByText(expected));
  await waitForText(page.getByTestId('draft-status'), (t) => t === 'Draft saved');
}

export const isDisabled = (locator: Locator) => locator.isDisabled();

/** Opens the versions tab, checks the browser's hash against the server's and Node's, and signs. */
export async function signInOwnBrowser(
  page: Page,
  orgName: string,
  collaborationId: string,
  expectNotice: RegExp,
): Promise<string> {
  await page.goto(`/collaborations/${collaborationId}/versions`);
  const match = await waitVisible(page.getByTestId('hash-match'));
  assert.equal(await match.getAttribute('data-match'), 'yes');
  assert.equal(await match.textContent(), '✓ Hashes match');
  const computed = (await page.getByTestId('computed-hash').textContent()) ?? '';
  assert.equal(computed, await page.getByTestId('server-hash').textContent());
  const canonical = await page.request.get(`/api/v1/collaborations/${collaborationId}/agreement/versions/1/canonical`);
  assert.equal(
    computed,
    createHash('sha256')
      .update(await canonical.body())
      .digest('hex'),
  );
  await page.getByRole('button', { name: `Sign for ${orgName}` }).click();
  await waitVisible(page.getByText(expectNotice));
  await waitVisible(page.getByTestId('signatures-table').getByText(orgName));
  return computed;
}

/** A new user with one organization, created through the API in the browser context (which keeps the cookie). */
export async function signUpWithOrg(page: Page, name: string, email: string, orgName: string): Promise<string> {
  await call(page, 'POST', '/api/v1/auth/signup', { email, password: 'correct horse battery staple', name });
  const org = await call<{ id: string }>(page, 'POST', '/api/v1/orgs', {
    name: orgName,
    country: 'IT',
    city: 'Bologna',
  });
  return org.id;
}

/** The first organization manages a new network and admits the second, so each finds the other in its directory. */
export async function meetInNewNetwork(manager: Page, managerOrgId: string, member: Page, memberOrgId: string) {
  const network = await call<{ id: string }>(manager, 'POST', '/api/v1/networks', {
    name: 'Bologna Food Cluster',
    kind: 'cluster',
    managingOrgId: managerOrgId,
  });
  await call(member, 'POST', `/api/v1/networks/${network.id}/join-requests`, { orgId: memberOrgId });
  await call(manager, 'PATCH', `/api/v1/networks/${network.id}/memberships/${memberOrgId}`, { status: 'active' });
}
