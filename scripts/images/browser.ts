// Headless Chromium for the README images: Debian's chromium driven by the playwright-core that
// scripts/e2e-install.sh puts in .cache/e2e/ (the one the VS Code test uses). Typed here for the few
// calls the image scripts make, since playwright-core is not one of the project's dependencies.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const IMAGES = path.join(ROOT, 'docs', 'images');
const APP = path.join(process.env.ITEM1C_E2E_DIR ?? path.join(ROOT, '.cache', 'e2e'), 'app');
const CHROMIUM = process.env.ITEM1C_CHROMIUM ?? '/usr/bin/chromium';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ImagePage {
  goto(url: string): Promise<unknown>;
  setContent(html: string): Promise<void>;
  waitForTimeout(ms: number): Promise<void>;
  screenshot(options?: { path?: string; clip?: Box; fullPage?: boolean }): Promise<Buffer>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  locator(selector: string): { screenshot(options: { path: string }): Promise<Buffer> };
}

interface Browser {
  newPage(options: { viewport: { width: number; height: number }; deviceScaleFactor?: number }): Promise<ImagePage>;
  close(): Promise<void>;
}

/** Runs `work` with a fresh headless Chromium, closed afterwards whatever happens. */
export async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  if (!fs.existsSync(path.join(APP, 'node_modules', 'playwright-core', 'package.json'))) {
    throw new Error(`playwright-core is not installed in ${APP}: run scripts/e2e-install.sh`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is not installed (${CHROMIUM}; Debian: apt-get install -y chromium)`);
  const { chromium } = createRequire(path.join(APP, 'package.json'))('playwright-core') as {
    chromium: { launch(options: { executablePath: string; headless: boolean; args: string[] }): Promise<Browser> };
  };
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}
