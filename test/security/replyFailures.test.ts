// The outbound reply POST failing (connector 5xx or refused connection): every turn is answered over HTTP,
// each failure is logged with its turn id, the process keeps serving, and memory stays bounded.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postActivity, startBot, teamsConversation } from '../teams/harness';

let failing: Server;
let failingUrl: string;
let bot: Awaited<ReturnType<typeof startBot>>;

beforeAll(async () => {
  // A connector that always answers 500.
  failing = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"ServiceError"}}');
    });
  });
  await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
  failingUrl = `http://127.0.0.1:${(failing.address() as AddressInfo).port}`;
  bot = await startBot({ THROTTLE_RATE: '0' });
});

afterAll(async () => {
  await bot.app.close();
  await new Promise<void>((resolve) => failing.close(() => resolve()));
});

describe('reply POST failures', () => {
  it('answers, logs each failed turn with its id, keeps serving, and does not grow without bound', async () => {
    const turns = 60;
    const refusedUrl = 'http://127.0.0.1:9'; // nothing listens on the discard port here
    const rssBefore = process.memoryUsage().rss;
    const statuses = await Promise.all(
      Array.from({ length: turns }, (_, i) => {
        const conversation = teamsConversation(i % 2 === 0 ? failingUrl : refusedUrl);
        return postActivity(bot.app.url, conversation.message('I have 1679 devices and 320 E5')).then((r) => r.status);
      }),
    );
    // The HTTP side answers every activity without a 5xx of its own or a stack trace.
    expect(statuses.every((s) => s < 500)).toBe(true);

    const failures = bot.logs.lines.filter((l) => l.level === 50 && typeof l.turnId === 'string');
    expect(failures.length).toBeGreaterThanOrEqual(turns);
    expect(bot.logs.raw.join('\n')).not.toContain('I have 1679 devices');

    const ready = await fetch(`${bot.app.url}/readyz`);
    expect(ready.status).toBe(200);
    const rssGrowthMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
    expect(rssGrowthMb).toBeLessThan(200);
  }, 90_000);
});
