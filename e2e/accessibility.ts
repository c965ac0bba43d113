import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// Accessibility checks with axe-core in the page under test. Its script is evaluated through the
// browser's DevTools protocol, which the server's Content-Security-Policy does not govern.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations of any impact (WCAG and best practices) once the page has loaded, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.querySelector('h1') && !document.querySelector('.mantine-Loader-root'));
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
    const { violations } = await axe.run(document);
    return violations.map(
      (v) =>
        `${v.impact ?? ''} ${v.id}: ${v.nodes.map((n) => `${n.html.slice(0, 120)} — ${n.failureSummary ?? ''}`).join(' | ')}`,
    );
  });
}

interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { html: string; failureSummary?: string }[] }[];
}
