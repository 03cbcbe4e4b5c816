// The process entry: configuration errors, start-up lines, graceful shutdown with turns in flight.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../src/main';
import { ConfigError } from '../../src/server/config';
import { postActivity, startBot, startCaptureServer, teamsConversation } from './harness';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Runs `tsx src/main.ts` (what `npm run start:dev` does) with exactly the given environment. */
function runMain(env: Record<string, string>) {
  const child = spawn(process.execPath, [TSX, join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function waitFor<T>(probe: () => T | undefined, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('startApp', () => {
  it('refuses a bad environment with one readable line per problem, never echoing a value', async () => {
    const error = await startApp({ PORT: 'eighty', MicrosoftAppId: 'app-id', MicrosoftAppType: 'SingleTenant' }).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.join('\n')).toContain('PORT must be a whole number');
    expect((error as ConfigError).message).not.toContain('eighty');
  });

  it('logs anonymous local mode only without an app id', async () => {
    const { app, logs } = await startBot({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });
    try {
      expect(logs.lines.some((l) => String(l.msg).includes('anonymous local mode'))).toBe(false);
      expect(logs.lines.find((l) => l.msg === 'listening')).toMatchObject({ botAuth: 'MultiTenant' });
      expect(logs.raw.join('\n')).not.toContain('not-a-real-secret');
      // With an app id, an unsigned request is refused.
      const capture = await startCaptureServer();
      const res = await postActivity(app.url, teamsConversation(capture.url).message('hi'));
      expect(res.status).toBe(401);
      expect(capture.replies).toHaveLength(0);
      await capture.close();
    } finally {
      await app.close();
    }
  });

  it('finishes a turn in flight on close, then stops accepting', async () => {
    // A slow connector: the bot's reply takes 400 ms to be accepted, so the turn is still running at close().
    const capture = await startCaptureServer({ delayMs: 400 });
    const { app, logs } = await startBot();
    const chat = teamsConversation(capture.url);
    const replyArrived = once(capture.arrivals, 'request');
    const inFlight = postActivity(app.url, chat.message('I have 1679 devices and 320 E5'));
    await replyArrived;

    let closed = false;
    const closing = app.close().then(() => (closed = true));
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(capture.replies).toHaveLength(1);
    await closing;
    expect(closed).toBe(true);
    expect(logs.lines.at(-1)).toMatchObject({ msg: 'stopped' });
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
    await capture.close();
  });
});

describe('process entry (tsx src/main.ts)', () => {
  it('exits 1 with the readable problems and no stack trace on a bad environment', async () => {
    const run = runMain({ PORT: '99999', LOG_LEVEL: 'loud' });
    expect(await run.exited).toBe(1);
    expect(run.err()).toContain('PORT must be at most 65535');
    expect(run.err()).toContain('LOG_LEVEL');
    expect(run.err()).not.toMatch(/\n\s+at /);
  });

  it('starts, answers, and exits 0 on SIGTERM', async () => {
    const capture = await startCaptureServer();
    const run = runMain({ PORT: '0', HOST: '127.0.0.1' });
    try {
      const port = await waitFor(() => {
        const line = run.out().split('\n').find((l) => l.includes('"msg":"listening"'));
        return line ? (JSON.parse(line) as { port: number }).port : undefined;
      });
      expect(run.out()).toContain('anonymous local mode');
      expect(run.out()).toContain('Slack is off');
      const res = await postActivity(`http://127.0.0.1:${port}`, teamsConversation(capture.url).message('how do I start a trial?'));
      expect(res.status).toBe(200);
      expect(capture.replies).toHaveLength(1);

      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      expect(run.out()).toContain('"msg":"stopped"');
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
      await capture.close();
    }
  });
});
