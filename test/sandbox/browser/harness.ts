/**
 * Browser tests of the sandbox: the real bot and the local Discord server (startSandbox), article
 * fixtures on 127.0.0.1 as in the e2e tests, and Debian's Chromium driven by playwright-core.
 * Each test file gets one sandbox and one browser; each test opens its own page.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { chromium, type Browser, type FileChooser, type Locator, type Page } from 'playwright-core';
import { loadConfig } from '../../../src/config.ts';
import type { Clock } from '../../../src/services/clock.ts';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/start-sandbox.ts';
import {
  startFixtureServer,
  type FixtureRoute,
  type FixtureServer,
} from '../../support/http-fixture-server.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots a person can look at; git-ignored. */
export const ARTIFACTS = join(import.meta.dirname, '../../artifacts');

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The system clock moved by `offsetMs`, so a test can bring the next minute (a digest's time) close. */
export interface MovableClock extends Clock {
  offsetMs: number;
}

export interface BrowserSandbox {
  sandbox: RunningSandbox;
  site: FixtureServer;
  clock: MovableClock;
  browser: Browser;
  open(options?: { width?: number; height?: number }): Promise<SandboxPage>;
  close(): Promise<void>;
}

export async function startBrowserSandbox(routes: Record<string, FixtureRoute>): Promise<BrowserSandbox> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-browser-'));
  const site = await startFixtureServer(routes);
  const loaded = loadConfig({
    LOG_LEVEL: 'silent',
    // Article fixtures are served on 127.0.0.1, as in the e2e tests.
    FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    SUMMARY_RATE_LIMIT: '100',
    SHUTDOWN_GRACE_SECONDS: '2',
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const clock: MovableClock = { offsetMs: 0, now: () => new Date(Date.now() + clock.offsetMs) };
  const sandbox = await startSandbox(loaded.config, {
    port: 0,
    storeUrl: `sqlite://${join(dir, 'sandbox.sqlite')}`,
    logger: pino({ level: process.env.E2E_LOG_LEVEL ?? 'silent' }),
    // Jobs tick every second instead of every minute, so a digest posts seconds after its minute.
    botOverrides: { clock, schedulerExpression: '* * * * * *' },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    sandbox,
    site,
    clock,
    browser,
    async open(options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
        timezoneId: 'UTC',
        locale: 'en-GB',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Listening from the start has Playwright intercept file dialogs before any test opens one.
      const choosers: FileChooser[] = [];
      page.on('filechooser', (chooser) => choosers.push(chooser));
      await page.goto(sandbox.url);
      await page.locator('.channel.current').waitFor({ state: 'attached' });
      const opened = new SandboxPage(page, errors, choosers);
      await opened.markSeen();
      return opened;
    },
    async close() {
      await browser.close();
      await sandbox.stop();
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What a person does and sees on the sandbox page. */
export class SandboxPage {
  /** Messages already shown when the person last typed: message() waits for a new one. */
  private seen = new Set<string>();

  constructor(
    readonly page: Page,
    /** Uncaught script errors on the page; tests expect none. */
    readonly errors: string[],
    /** File dialogs the page opened, oldest first. */
    private readonly choosers: FileChooser[],
  ) {}

  /** The next file dialog the page opens (as when a person picks a file for an attachment option). */
  async fileChooser(timeout = 5_000): Promise<FileChooser> {
    const deadline = Date.now() + timeout;
    while (this.choosers.length === 0) {
      if (Date.now() > deadline) throw new Error('The page opened no file dialog');
      await this.page.waitForTimeout(20);
    }
    return this.choosers.shift()!;
  }

  get input(): Locator {
    return this.page.locator('#message-input');
  }

  /** Messages shown in the open channel, oldest first. */
  get messages(): Locator {
    return this.page.locator('#messages > li.message:not(.pending)');
  }

  /** Remembers the messages shown now, so that message() finds only newer ones. */
  async markSeen(): Promise<void> {
    this.seen = new Set((await this.shownMessages()).map(([id]) => id));
  }

  /** [message id, text] of every message shown in the open channel, oldest first. */
  private shownMessages(): Promise<[string, string][]> {
    return this.messages.evaluateAll((nodes) =>
      nodes.map((node): [string, string] => [
        node.getAttribute('data-message-id') ?? '',
        node.textContent ?? '',
      ]),
    );
  }

  /** Types into the message box key by key, as a person does. */
  async type(text: string): Promise<void> {
    await this.markSeen();
    await this.input.click();
    await this.page.keyboard.type(text);
  }

  /** Types a command (or message) and sends it with Enter. */
  async send(text: string): Promise<void> {
    await this.type(text);
    await this.page.keyboard.press('Enter');
  }

  /**
   * The newest message that matches and was not shown when the person last typed, once it is
   * shown; the locator then follows that message as it is edited.
   */
  async message(text: string | RegExp, timeout = 15_000): Promise<Locator> {
    const matches = (shown: string) => (typeof text === 'string' ? shown.includes(text) : text.test(shown));
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = (await this.shownMessages())
        .reverse()
        .find(([id, shown]) => id !== '' && !this.seen.has(id) && matches(shown));
      if (found) return this.page.locator(`#message-${found[0]}`);
      if (Date.now() > deadline)
        throw new Error(`No new message matching ${String(text)} within ${timeout} ms`);
      await this.page.waitForTimeout(50);
    }
  }

  async typingAs(name: 'Ada' | 'Sam'): Promise<void> {
    const option = this.page.locator('#identity option', { hasText: name });
    await this.page.selectOption('#identity', (await option.getAttribute('value')) ?? '');
  }

  async openChannel(name: string): Promise<void> {
    await this.page.locator('.channel', { hasText: name }).click();
  }

  async screenshot(name: string): Promise<string> {
    const path = join(ARTIFACTS, name);
    await this.page.screenshot({ path });
    return path;
  }
}
