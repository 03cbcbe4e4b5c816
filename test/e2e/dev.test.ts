// `npm run dev`: one command starts the bot and the Playground, prints the URL to open, and Ctrl-C stops both.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, isListening } from './stack';

const repoRoot = join(__dirname, '..', '..');
let dev: ChildProcess | undefined;
afterAll(() => {
  if (dev && dev.exitCode === null) dev.kill('SIGKILL');
});

describe('npm run dev', () => {
  it('starts the bot and the Playground, prints the URL, and stops both on Ctrl-C', async () => {
    const botPort = await freePort();
    const playgroundPort = await freePort();
    const { MicrosoftAppId: _id, MicrosoftAppPassword: _pw, ...env } = process.env;
    dev = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts'], {
      cwd: repoRoot,
      env: { ...env, PORT: String(botPort), PLAYGROUND_PORT: String(playgroundPort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    dev.stdout!.on('data', (d) => (output += d));
    dev.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => dev!.on('exit', (code) => resolve(code)));

    const opened = await Promise.race([
      new Promise<string>((resolve) => {
        const check = () => {
          const m = /Open (http:\/\/localhost:\d+) in your browser/.exec(output);
          if (m) resolve(m[1]!);
          else setTimeout(check, 100);
        };
        check();
      }),
      exited.then((code) => {
        throw new Error(`dev exited early (${code}):\n${output}`);
      }),
    ]);
    expect(opened).toBe(`http://localhost:${playgroundPort}`);

    const health = await fetch(`http://127.0.0.1:${botPort}/healthz`);
    expect(health.status).toBe(200);
    const page = await (await fetch(opened)).text();
    expect(page).toContain('Microsoft 365 Agents Playground');

    // What Ctrl-C in a terminal does: SIGINT to the foreground process.
    dev.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(await isListening(botPort)).toBe(false);
    expect(await isListening(playgroundPort)).toBe(false);
  });
});
