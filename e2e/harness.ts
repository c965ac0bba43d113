import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import type { Deps } from '../src/server/deps.ts';
import { createLiveHub } from '../src/server/live/liveHub.ts';
import { defaultDemoSeed, loadDemoNetwork } from '../src/server/modules/demo/loadDemoNetwork.ts';
import { openTestDatabase } from '../src/server/testing/testDatabase.ts';

// Starts the real server in-process on a fresh database with the demo network, and a headless
// Debian chromium. Never downloads a browser: set CHROMIUM_PATH if chromium lives elsewhere.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const resultsDir = path.join(repoRoot, 'test-results');

export interface DemoFacts {
  networkId: string;
  login: { email: string; password: string };
}

export interface RunningServer {
  baseUrl: string;
  demo: DemoFacts;
  close(): Promise<void>;
}

export function assertWebBuildExists(): void {
  const indexHtml = path.join(repoRoot, 'dist', 'web', 'index.html');
  if (!fs.existsSync(indexHtml)) {
    throw new Error(`The web UI is not built (${indexHtml} is missing). Run \`npx vite build\` before the e2e tests.`);
  }
}

export async function startServer(options: { demoOrgs?: number } = {}): Promise<RunningServer> {
  assertWebBuildExists();
  const database = await openTestDatabase();
  const deps: Deps = {
    db: database.db,
    // Documents are encrypted at rest: a throwaway master key, never a key file.
    config: loadConfig({ SYNERGIA_DATA_DIR: '/nonexistent', SYNERGIA_MASTER_KEY: randomBytes(32).toString('base64') }),
    mailer: { configured: false, send: async () => false },
    now: () => new Date(),
    live: createLiveHub((channel, onPayload) => database.listen(channel, onPayload)),
  };
  const demo = await loadDemoNetwork(deps, { orgs: options.demoOrgs ?? 120, seed: defaultDemoSeed });
  if (!demo.networkId) throw new Error('the demo network was not created');
  const { app } = await buildApp(deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no TCP address');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    demo: { networkId: demo.networkId, login: { email: demo.login.email, password: demo.login.password } },
    async close() {
      await app.close();
      await deps.live.close();
      await database.close();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No chromium at ${executablePath}. Install Debian's chromium or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export async function newPage(browser: Browser, baseUrl: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/**
 * Saves a PNG of the whole page under test-results/. The viewport grows to the page's height first:
 * a plain full-page capture would paint the app shell's fixed header halfway down the image.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.png`);
  const viewport = page.viewportSize() ?? { width: 1360, height: 900 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 8000) });
  await page.waitForTimeout(150);
  await page.screenshot({ path: file });
  await page.setViewportSize(viewport);
  return file;
}
