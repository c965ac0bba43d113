import type { Locator, Page } from 'playwright-core';
import { waitForText } from './ui.ts';

// Reading the partner suggestions: the cards, their names, and when the ranking has settled.

export const cards = (page: Page) => page.getByTestId('candidate-card');
export const cardOf = (page: Page, orgId: string) =>
  page.locator(`[data-testid="candidate-card"][data-org-id="${orgId}"]`);
export const texts = (locator: Locator) => locator.allTextContents();
export const rankingSettled = (page: Page) => waitForText(page.getByTestId('ranking-status'), (t) => t === '');

/** The candidates' names once they satisfy `accept`: a tab switch re-renders the list a moment later. */
export async function waitForNames(page: Page, accept: (names: string[]) => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let names: string[] = [];
  while (Date.now() < deadline) {
    names = await texts(page.getByTestId('candidate-name'));
    if (accept(names)) return names;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for the candidates; last were ${names.join(', ')}`);
}
