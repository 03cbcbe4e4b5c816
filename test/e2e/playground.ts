// Driving the Microsoft 365 Agents Playground page with playwright-core: found by exploring its DOM (v0.2.28).
// The chat box is the lower of its two contenteditable elements (the other one is the log panel);
// bot cards are rendered by the Adaptive Cards SDK as `.ac-adaptiveCard`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Locator, type Page, chromium } from 'playwright-core';

export const ARTIFACTS_DIR = join(__dirname, '..', 'artifacts');
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Debian's chromium, headless, with everything that phones home turned off. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Opens the Playground; any request to a non-loopback host is aborted (and recorded) so the test stays offline. */
export async function openPlayground(browser: Browser, url: string): Promise<{ page: Page; blocked: string[] }> {
  // Tall, so a long answer card fits on screen whole: the chat pane scrolls inside the page, which would cut it.
  const page = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (LOOPBACK.has(hostname)) return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  await page.goto(url);
  await chatBox(page).then((box) => box.waitFor());
  return { page, blocked };
}

/** The lower of the two contenteditable elements: the message composer. */
export async function chatBox(page: Page): Promise<Locator> {
  const editable = page.locator('[contenteditable="true"]');
  await editable.nth(1).waitFor();
  let lowest = editable.first();
  let lowestY = -Infinity;
  for (const candidate of await editable.all()) {
    const box = await candidate.boundingBox();
    if (box && box.y > lowestY) {
      lowestY = box.y;
      lowest = candidate;
    }
  }
  return lowest;
}

/** How often `text` shows on the page (runs in the page; typed loosely: this project compiles without the DOM lib). */
function countInPage(text: string): number {
  const doc = (globalThis as unknown as { document: { body: { innerText: string } } }).document;
  return doc.body.innerText.split(text).length - 1;
}

/** Types into the composer and sends; resolves once the message shows in the conversation. */
export async function sendMessage(page: Page, text: string): Promise<void> {
  const before = await page.evaluate(countInPage, text);
  const box = await chatBox(page);
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ({ text, before }) => {
      const doc = (globalThis as unknown as { document: { body: { innerText: string } } }).document;
      return doc.body.innerText.split(text).length - 1 > before;
    },
    { text, before },
    { timeout: 10_000, polling: 100 },
  );
}

/** In a channel: @mention the bot through the Playground's mention picker, then type and send the rest. */
export async function sendMention(page: Page, botName: string, text: string): Promise<void> {
  const box = await chatBox(page);
  await box.click();
  await page.keyboard.type('@');
  await page.getByRole('menuitem', { name: botName }).click();
  await page.keyboard.type(` ${text}`);
  await page.keyboard.press('Enter');
}

export function cards(page: Page): Locator {
  return page.locator('.ac-adaptiveCard');
}

export async function cardCount(page: Page): Promise<number> {
  return cards(page).count();
}

/**
 * Waits for a card rendered after the first `after` cards whose text matches `pattern`, and returns it.
 * Cards are matched on their visible text, which is what a user reads.
 */
export async function waitForCard(page: Page, after: number, pattern: RegExp, timeoutMs = 20_000): Promise<Locator> {
  const handle = await page.waitForFunction(
    ({ after, source, flags }) => {
      const re = new RegExp(source, flags);
      // Runs in the page; typed loosely because this project compiles without the DOM lib.
      const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ innerText: string }> } }).document;
      const all = Array.from(doc.querySelectorAll('.ac-adaptiveCard'));
      const index = all.findIndex((card, i) => i >= after && re.test(card.innerText));
      // An object, not the bare index: waitForFunction waits for a truthy value and 0 is falsy.
      return index >= 0 ? { index } : null;
    },
    { after, source: pattern.source, flags: pattern.flags },
    { timeout: timeoutMs, polling: 200 },
  );
  const { index } = (await handle.jsonValue()) as { index: number };
  const card = cards(page).nth(index);
  await card.scrollIntoViewIfNeeded();
  return card;
}

/** Saves the whole page and the card alone under test/artifacts/ (git-ignored) for a person to look at. */
export async function saveScreenshots(page: Page, card: Locator, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}-page.png`) });
  await card.screenshot({ path: join(ARTIFACTS_DIR, `${name}-card.png`) });
}
