// `npm run dev`: the bot in local anonymous mode plus the Microsoft 365 Agents Playground (a Teams-like chat UI
// that works offline), so a newcomer can chat with the real bot right after `npm ci`. Ctrl-C stops both.
//
// Environment: PORT (bot, default 3978), PLAYGROUND_PORT (default 56150; the Playground picks another port when it
// is taken, and we print the one it really uses). MicrosoftAppId is removed for the bot: the Playground talks to it
// without Bot Framework tokens, which only works in anonymous mode.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..');

export interface Service {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string>;
}

/** Prefixes each output line with the service name, so the two logs stay readable side by side. */
function pipeLines(child: ChildProcess, name: string, onLine?: (line: string) => void, quiet = false): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      onLine?.(line);
      if (!quiet) process.stdout.write(`[${name}] ${line}\n`);
    });
  }
}

function track(name: string, child: ChildProcess): Service {
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 0));
    child.on('error', () => resolve(1));
  });
  return { name, child, exited };
}

export interface BotOptions {
  port: number;
  env?: NodeJS.ProcessEnv;
  /** No output on the terminal (tests). */
  quiet?: boolean;
  /** Every output line, e.g. to keep a log file next to test screenshots. */
  onOutput?: (line: string) => void;
}

/** Starts `tsx src/main.ts` in anonymous local mode and waits until /healthz answers. */
export async function startBot({ port, env = process.env, quiet = false, onOutput }: BotOptions): Promise<Service & { endpoint: string }> {
  const { MicrosoftAppId: _id, MicrosoftAppPassword: _password, MicrosoftAppTenantId: _tenant, ...rest } = env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    // Loopback only unless HOST says otherwise: the local bot runs without authentication.
    env: { HOST: '127.0.0.1', ...rest, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const service = track('bot', child);
  const output: string[] = [];
  pipeLines(
    child,
    'bot',
    (line) => {
      output.push(line);
      onOutput?.(line);
    },
    quiet,
  );
  const healthz = `http://127.0.0.1:${port}/healthz`;
  const deadline = Date.now() + 60_000;
  let ended: number | string | undefined;
  void service.exited.then((code) => (ended = code));
  for (;;) {
    if (ended !== undefined) {
      const tail = quiet ? `:\n${output.slice(-20).join('\n')}` : ' (its output is above)';
      throw new Error(`The bot exited (${ended}) before it answered ${healthz}${tail}`);
    }
    const ok = await fetch(healthz).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      await stop(service);
      throw new Error(`The bot did not answer ${healthz} within 60 s:\n${output.slice(-20).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { ...service, endpoint: `http://127.0.0.1:${port}/api/messages` };
}

export interface PlaygroundOptions {
  endpoint: string;
  port: number;
  quiet?: boolean;
  onOutput?: (line: string) => void;
}

/** Starts the Agents Playground (msteams channel) against the bot; resolves with the URL it really listens on. */
export async function startPlayground({ endpoint, port, quiet = false, onOutput }: PlaygroundOptions): Promise<Service & { url: string }> {
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const child = spawn(
    process.execPath,
    [cli, '-e', endpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'],
    // Without TEAMSAPPTESTER_BROWSER=none it tries to open a browser (xdg-open) and exits where there is none.
    { cwd: repoRoot, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const service = track('playground', child);
  const output: string[] = [];
  const listening = new Promise<number>((resolve) =>
    pipeLines(
      child,
      'playground',
      (line) => {
        output.push(line);
        onOutput?.(line);
        const m = /Listening on (\d+)/.exec(line);
        if (m) resolve(Number(m[1]));
      },
      quiet,
    ),
  );
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 60_000).unref());
  const first = await Promise.race([listening, service.exited.then((code) => ({ code })), timeout]);
  if (typeof first !== 'number') {
    await stop(service);
    const why = first === 'timeout' ? 'did not start within 60 s' : `exited (${first.code})`;
    throw new Error(`The Agents Playground ${why}:\n${output.slice(-20).join('\n')}`);
  }
  return { ...service, url: `http://localhost:${first}` };
}

/** SIGTERM (the bot finishes in-flight turns), then SIGKILL if it is still there after the grace period. */
export async function stop(service: Service, graceMs = 8_000): Promise<void> {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await service.exited;
  clearTimeout(timer);
}

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a port number from 1 to 65535 (got "${raw}")`);
  }
  return port;
}

async function main(): Promise<void> {
  const botPort = portFromEnv('PORT', 3978);
  const playgroundPort = portFromEnv('PLAYGROUND_PORT', 56150);
  const services: Service[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(services.map((s) => stop(s)));
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      process.stdout.write('\nStopping the bot and the Playground…\n');
      void stopAll(0);
    });
  }

  const bot = await startBot({ port: botPort });
  services.push(bot);
  let playground: Awaited<ReturnType<typeof startPlayground>>;
  try {
    playground = await startPlayground({ endpoint: bot.endpoint, port: playgroundPort });
  } catch (error) {
    process.stderr.write(`npm run dev: ${error instanceof Error ? error.message : String(error)}\n`);
    return stopAll(1);
  }
  services.push(playground);

  process.stdout.write(
    [
      '',
      `  Bot:        ${bot.endpoint} (anonymous local mode)`,
      `  Playground: ${playground.url}`,
      '',
      `  Open ${playground.url} in your browser and chat with the bot. Ctrl-C stops both.`,
      '',
    ].join('\n') + '\n',
  );

  // If either one dies, stop the other: a half-running setup only confuses.
  const first = await Promise.race(services.map((s) => s.exited.then((code) => ({ name: s.name, code }))));
  if (!stopping) {
    process.stderr.write(`The ${first.name} stopped (${first.code}); stopping the rest.\n`);
    await stopAll(1);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`npm run dev: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
