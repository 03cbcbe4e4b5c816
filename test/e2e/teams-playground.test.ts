// The bot as a user meets it: the real server (anonymous local mode) behind the Microsoft 365 Agents Playground,
// in headless Chromium. Screenshots land in test/artifacts/ for a person to check that the cards read well.
import type { Browser, Page } from 'playwright-core';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Service, startBot, startPlayground, stop } from '../../scripts/dev';
import {
  ARTIFACTS_DIR,
  cardCount,
  launchChromium,
  openPlayground,
  saveScreenshots,
  sendMention,
  sendMessage,
  waitForCard,
} from './playground';
import { freePort } from './stack';

let bot: Service | undefined;
let playground: Service | undefined;
let browser: Browser | undefined;
let page: Page;
let blocked: string[] = [];

/** The bot's and the Playground's output, kept beside the screenshots for when a step fails. */
function logTo(file: string): (line: string) => void {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(ARTIFACTS_DIR, file), '');
  return (line) => appendFileSync(join(ARTIFACTS_DIR, file), `${line}\n`);
}

/** Bot log lines at error level or above (pino: 50 = error): a failed turn would hide behind an apology card. */
const botErrors: string[] = [];
function watchBot(write: (line: string) => void): (line: string) => void {
  return (line) => {
    write(line);
    try {
      if ((JSON.parse(line) as { level?: number }).level! >= 50) botErrors.push(line);
    } catch {
      if (/error/i.test(line)) botErrors.push(line);
    }
  };
}

beforeAll(async () => {
  const started = await startBot({ port: await freePort(), quiet: true, onOutput: watchBot(logTo('bot.log')) });
  bot = started;
  const pg = await startPlayground({
    endpoint: started.endpoint,
    port: await freePort(),
    quiet: true,
    onOutput: logTo('playground.log'),
  });
  playground = pg;
  browser = await launchChromium();
  ({ page, blocked } = await openPlayground(browser, pg.url));
});

// A failed step leaves a picture of the page behind, which says more than a timeout.
afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && page) {
    const name = context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
    await page.screenshot({ path: join(ARTIFACTS_DIR, `failed-${name}.png`) }).catch(() => undefined);
  }
});

afterAll(async () => {
  await browser?.close();
  if (playground) await stop(playground);
  if (bot) await stop(bot);
});

describe('Teams bot in the Agents Playground', () => {
  it('greets with a welcome card offering example questions and the calculator', async () => {
    const welcome = await waitForCard(page, 0, /Open the calculator/);
    await saveScreenshots(page, welcome, '01-welcome');
    expect(await welcome.getByRole('button', { name: 'Open the calculator' }).count()).toBe(1);
  });

  it('answers "I have 1679 devices and 320 E5" with 1600 covered and 79 to buy', async () => {
    const before = await cardCount(page);
    await sendMessage(page, 'I have 1679 devices and 320 E5');
    const answer = await waitForCard(page, before, /\b79\b/);
    await saveScreenshots(page, answer, '02-answer');
    const text = await answer.innerText();
    expect(text).toMatch(/\b1,?679\b/);
    expect(text).toMatch(/\b1,?600\b/);
    expect(text).toMatch(/320\s*[×x*]\s*5\s*=\s*1,?600/);
    expect(text).toMatch(/\b79\b/);
  });

  it('a follow-up button on the answer card gets its own answer', async () => {
    const answer = await waitForCard(page, 0, /\b79\b/);
    // The answer already shows the purchase steps, so its follow-ups offer the next things: counting devices.
    const button = answer.getByRole('button', { name: /count my devices/i }).first();
    const label = await button.innerText();
    const before = await cardCount(page);
    await button.click();
    const followUp = await waitForCard(page, before, /Device inventory/i);
    await saveScreenshots(page, followUp, '03-follow-up');
    expect(label.length).toBeGreaterThan(0);
    expect(await followUp.innerText()).toMatch(/Assets.*Devices/s);
  });

  it('the calculator card takes the four figures and answers with the right numbers', async () => {
    const welcome = await waitForCard(page, 0, /Open the calculator/);
    let before = await cardCount(page);
    await welcome.getByRole('button', { name: 'Open the calculator' }).click();
    const calculator = await waitForCard(page, before, /licence calculator/i);
    await saveScreenshots(page, calculator, '04-calculator');

    // 473 + 1206 = 1679 devices; 300 E5 cover 1500, 20 owned cover 20: 159 to buy.
    await calculator.getByRole('spinbutton', { name: /Network devices/ }).fill('473');
    await calculator.getByRole('spinbutton', { name: /IoT devices/ }).fill('1206');
    await calculator.getByRole('spinbutton', { name: /E5/ }).fill('300');
    await calculator.getByRole('spinbutton', { name: /Standalone/ }).fill('20');
    before = await cardCount(page);
    await calculator.getByRole('button', { name: 'Calculate' }).click();
    const result = await waitForCard(page, before, /\b159\b/);
    await saveScreenshots(page, result, '05-calculator-result');
    const text = await result.innerText();
    expect(text).toMatch(/\b1,?679\b/);
    expect(text).toMatch(/300\s*[×x*]\s*5\s*=\s*1,?500/);
    expect(text).toMatch(/\b159\b/);
  });

  it('a bad calculator submit gets a friendly inline error, not a crash', async () => {
    const welcome = await waitForCard(page, 0, /Open the calculator/);
    let before = await cardCount(page);
    await welcome.getByRole('button', { name: 'Open the calculator' }).click();
    const calculator = await waitForCard(page, before, /licence calculator/i);
    await calculator.getByRole('spinbutton', { name: /Network devices/ }).fill('12.5');
    await calculator.getByRole('spinbutton', { name: /IoT devices/ }).fill('10');
    await calculator.getByRole('spinbutton', { name: /E5/ }).fill('1');
    before = await cardCount(page);
    await calculator.getByRole('button', { name: 'Calculate' }).click();
    const feedback = await waitForCard(page, before, /whole number/i);
    await saveScreenshots(page, feedback, '06-calculator-error');
    expect(await feedback.innerText()).not.toMatch(/Error:|at \w+ \(/);
  });

  it('remembers the devices across turns: asks for licences, then answers', async () => {
    let before = await cardCount(page);
    await sendMessage(page, 'start over');
    await waitForCard(page, before, /.+/);
    before = await cardCount(page);
    await sendMessage(page, 'I have 1679 devices');
    const ask = await waitForCard(page, before, /E5/);
    await saveScreenshots(page, ask, '07-asks-for-licences');
    expect(await ask.innerText()).not.toMatch(/\b79\b/);
    before = await cardCount(page);
    await sendMessage(page, '320 E5');
    const answer = await waitForCard(page, before, /\b79\b/);
    expect(await answer.innerText()).toMatch(/\b1,?600\b/);
  });

  it('in a team channel, answers a message that @mentions it (mention stripped)', async () => {
    await page.getByText('General', { exact: true }).click();
    await waitForCard(page, 0, /Open the calculator/);
    const before = await cardCount(page);
    // The Playground sends it as "<at>Test Bot</at> I have ...": the bot must strip the mention to read the figures.
    await sendMention(page, 'Test Bot', 'I have 1679 devices and 320 E5');
    const answer = await waitForCard(page, before, /\b79\b/);
    await saveScreenshots(page, answer, '08-channel-answer');
    expect(await answer.innerText()).toMatch(/\b1,?600\b/);
  });

  it('no turn failed on the bot side along the way', () => {
    expect(botErrors).toEqual([]);
  });

  it('cards load nothing from the internet (only the Playground own CDN assets were blocked)', () => {
    // Requests to other hosts were aborted; a card image or icon from the web would show up here.
    expect(blocked.filter((url) => new URL(url).hostname !== 'res-1.cdn.office.net')).toEqual([]);
  });
});
