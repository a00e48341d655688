// Runs a REAL VS Code for the end-to-end test: code-server 4.100.3 (VS Code 1.100 for the browser)
// in Debian's Chromium, driven by playwright-core. Both tools live in .cache/e2e/ (installed by
// scripts/e2e-install.sh), outside the project's node_modules, so this file types the small part of
// the Playwright API it uses instead of importing its declarations.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const E2E_DIR = process.env.ITEM1C_E2E_DIR ?? path.join(ROOT, '.cache', 'e2e');
const APP = path.join(E2E_DIR, 'app');
const CODE_SERVER = path.join(APP, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const PLAYWRIGHT = path.join(APP, 'node_modules', 'playwright-core');
export const CHROMIUM = process.env.ITEM1C_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'e2e');

// ---- the subset of playwright-core used here ----------------------------------------------------

/** The DOM as seen from callbacks that run in the page (the project compiles without the DOM lib). */
export interface DomElement {
  className: string;
  textContent: string | null;
  parentElement: DomElement | null;
  style: { top: string };
  value?: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
}

export interface Locator {
  first(): Locator;
  last(): Locator;
  nth(index: number): Locator;
  locator(selector: string): Locator;
  filter(options: { hasText?: string | RegExp; has?: Locator }): Locator;
  count(): Promise<number>;
  click(options?: { timeout?: number }): Promise<void>;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  textContent(options?: { timeout?: number }): Promise<string | null>;
  innerText(options?: { timeout?: number }): Promise<string>;
  getAttribute(name: string, options?: { timeout?: number }): Promise<string | null>;
  isVisible(): Promise<boolean>;
  evaluate<R, A = unknown>(fn: (element: DomElement, arg: A) => R, arg?: A): Promise<R>;
  evaluateAll<R, A = unknown>(fn: (elements: DomElement[], arg: A) => R, arg?: A): Promise<R>;
  screenshot(options?: { path?: string }): Promise<Buffer>;
}

export interface Keyboard {
  press(key: string, options?: { delay?: number }): Promise<void>;
  type(text: string, options?: { delay?: number }): Promise<void>;
  insertText(text: string): Promise<void>;
}

export interface Mouse {
  move(x: number, y: number, options?: { steps?: number }): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
}

/** Frames inside the page, such as a webview's nested iframes. */
export interface FrameLocator {
  locator(selector: string): Locator;
  frameLocator(selector: string): FrameLocator;
}

export interface Page {
  mouse: Mouse;
  frameLocator(selector: string): FrameLocator;
  goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded' | 'networkidle'; timeout?: number }): Promise<unknown>;
  locator(selector: string): Locator;
  keyboard: Keyboard;
  waitForTimeout(ms: number): Promise<void>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, options?: { timeout?: number; polling?: number | 'raf' }): Promise<unknown>;
  screenshot(options?: { path?: string; fullPage?: boolean }): Promise<Buffer>;
  evaluate<R, A = unknown>(fn: (arg: A) => R, arg?: A): Promise<R>;
  on(event: 'console', handler: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', handler: (error: Error) => void): void;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

interface BrowserContext {
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

interface Chromium {
  launchPersistentContext(
    userDataDir: string,
    options: { executablePath: string; headless: boolean; args: string[]; viewport: { width: number; height: number }; timeout?: number },
  ): Promise<BrowserContext>;
}

// ---- prerequisites ------------------------------------------------------------------------------

/** Throws a readable error naming what is missing: the test must fail, never skip. */
export function assertPrerequisites(): { codeServer: string; chromium: string; playwright: string } {
  const problems: string[] = [];
  if (!fs.existsSync(CODE_SERVER)) problems.push(`code-server is not installed (${CODE_SERVER} is missing)`);
  if (!fs.existsSync(path.join(PLAYWRIGHT, 'package.json'))) problems.push(`playwright-core is not installed (${PLAYWRIGHT} is missing)`);
  if (!fs.existsSync(CHROMIUM)) problems.push(`Chromium is not installed (${CHROMIUM} is missing; Debian: apt-get install -y chromium)`);
  if (problems.length > 0) {
    throw new Error(
      `The VS Code end-to-end test cannot run: ${problems.join('; ')}. ` +
        'Run scripts/e2e-install.sh (or .ci/run, which installs the system packages and then runs it).',
    );
  }
  const version = (file: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  const chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 30_000 }).stdout.trim();
  return {
    codeServer: version(path.join(APP, 'node_modules', 'code-server', 'package.json')),
    playwright: version(path.join(PLAYWRIGHT, 'package.json')),
    chromium,
  };
}

/** Builds item1c.vsix with the project's own packaging script, as a user would. */
export function packageVsix(): string {
  const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  const vsix = path.join(ROOT, 'item1c.vsix');
  if (result.status !== 0 || !fs.existsSync(vsix)) {
    throw new Error(`npm run package failed (status ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return vsix;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// ---- the session ----------------------------------------------------------------------------------

export interface SessionOptions {
  vsix: string;
  /** Files to create in the scratch workspace, by relative path. */
  files: Record<string, string>;
  /** User settings for this fresh VS Code. */
  settings: Record<string, unknown>;
}

export interface Session {
  page: Page;
  url: string;
  workspace: string;
  scratch: string;
  /** code-server's and the page's console output, for failure messages. */
  log(): string;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

function scratchEnv(scratch: string): NodeJS.ProcessEnv {
  const home = path.join(scratch, 'home');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
    XDG_RUNTIME_DIR: path.join(scratch, 'run'),
    TMPDIR: path.join(scratch, 'tmp'),
    // No gallery: the machine is offline and nothing should be looked up anyway.
    EXTENSIONS_GALLERY: '{}',
  };
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  delete env.VSCODE_IPC_HOOK_CLI;
  for (const dir of ['home', 'run', 'tmp']) fs.mkdirSync(path.join(scratch, dir), { recursive: true, mode: 0o700 });
  return env;
}

function run(args: string[], env: NodeJS.ProcessEnv, timeout: number): string {
  const result = spawnSync(process.execPath, [CODE_SERVER, ...args], { env, encoding: 'utf8', timeout });
  if (result.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

async function waitForHealthy(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms:\n${output()}`);
}

export async function startSession(options: SessionOptions): Promise<Session> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-vscode-'));
  const env = scratchEnv(scratch);
  const dataDir = path.join(scratch, 'data');
  const extensionsDir = path.join(scratch, 'extensions');
  const workspace = path.join(scratch, 'workspace');
  fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'User', 'settings.json'), JSON.stringify(options.settings, null, 2));
  for (const [name, text] of Object.entries(options.files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    fs.writeFileSync(path.join(workspace, name), text);
  }

  run(['--install-extension', options.vsix, '--force', '--extensions-dir', extensionsDir, '--user-data-dir', dataDir], env, 120_000);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const server = spawn(
    process.execPath,
    [
      CODE_SERVER,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--extensions-dir',
      extensionsDir,
      '--user-data-dir',
      dataDir,
      workspace,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stopServer = () => {
    try {
      if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };

  let context: BrowserContext | undefined;
  try {
    await waitForHealthy(url, server, () => output, 60_000);
    const requireFromCache = createRequire(path.join(APP, 'package.json'));
    const { chromium } = requireFromCache('playwright-core') as { chromium: Chromium };
    context = await chromium.launchPersistentContext(path.join(scratch, 'chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
      viewport: { width: 1400, height: 860 },
      timeout: 60_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') output += `[page ${m.type()}] ${m.text()}\n`;
    });
    page.on('pageerror', (e) => (output += `[page error] ${e.message}\n`));
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });

    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const browser = context;
    return {
      page,
      url,
      workspace,
      scratch,
      log: () => output,
      async screenshot(name: string) {
        const file = path.join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      async close() {
        await browser.close().catch(() => undefined);
        stopServer();
        await new Promise((r) => setTimeout(r, 300));
        try {
          if (server.pid !== undefined) process.kill(-server.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
        fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    stopServer();
    fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }
}
