import type { Locator, Page } from 'playwright-core';

// Small helpers for driving Mantine inputs from playwright-core (which has no expect()).

/** Types into a searchable Mantine Select and clicks the option with exactly this text. */
export async function chooseOption(page: Page, input: Locator, query: string, optionText: string): Promise<void> {
  await input.click();
  await input.fill(query);
  await page.getByRole('option', { name: optionText, exact: true }).click();
}

/** Opens a Mantine Select and clicks the option, without typing. */
export async function pickOption(page: Page, input: Locator, optionText: string): Promise<void> {
  await input.click();
  await page.getByRole('option', { name: optionText, exact: true }).click();
}

export async function waitVisible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible' });
  return locator;
}

/** Waits until the locator's text satisfies the predicate, and returns that text. */
export async function waitForText(
  locator: Locator,
  accept: (text: string) => boolean,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.textContent().catch(() => null)) ?? '';
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for text; last was "${last}"`);
}

/** Sets a Mantine slider with the keyboard: Home/End jump to the ends, arrows step. */
export async function setSlider(slider: Locator, key: 'Home' | 'End', stepsRight = 0): Promise<void> {
  const thumb = slider.getByRole('slider');
  await thumb.focus();
  await thumb.press(key);
  for (let i = 0; i < stepsRight; i += 1) await thumb.press('ArrowRight');
}

/** Clicks a star of a Mantine Rating: its radio inputs are hidden behind their star labels. */
export async function chooseStars(scope: Page | Locator, stars: number): Promise<void> {
  const id = await scope.getByRole('radio', { name: stars === 1 ? '1 star' : `${stars} stars` }).getAttribute('id');
  await scope.locator(`label[for="${id}"]`).click();
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await field(page, 'E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** A text-like input by its exact label (Mantine Select and NumberInput inputs are textboxes too). */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('textbox', { name: label, exact: true });
}

/** How many CSS pixels the page is wider than the window: 0 when nothing pushes past the right edge. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
