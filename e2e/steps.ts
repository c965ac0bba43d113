import { test, type TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './harness.ts';

/**
 * The steps of one browser journey. Each builds on the previous one: after a failure the rest are
 * skipped, not failed again, and every page `pages()` names is saved as `<journey>-failure-<label>.png`.
 */
export function journeySteps(journey: string, pages: () => Record<string, Page | undefined>) {
  let failedStep: string | null = null;
  return function step(name: string, run: (t: TestContext) => Promise<void>): void {
    test(name, async (t) => {
      if (failedStep) return t.skip(`needs "${failedStep}"`);
      try {
        await run(t);
      } catch (error) {
        failedStep = name;
        for (const [label, page] of Object.entries(pages())) {
          if (page) await saveScreenshot(page, `${journey}-failure-${label}`).catch(() => undefined);
        }
        throw error;
      }
    });
  };
}
