// Bounded load test (npm run test:load): 20 000 mixed requests on loopback to the Teams and Slack routes of the
// real server, with a sprinkling of bad ones. Every good request must be answered correctly (the Teams reply that
// reaches the connector sink carries the right number of licences to buy; the Slack reply body has the right gap),
// every bad one rejected with its exact status, no 5xx anywhere, and the process still ready afterwards.
// The server runs as its own process (`tsx src/main.ts`, as npm run start:dev), so the load generator does not share
// its event loop and the server's memory can be read afterwards.
// Prints a summary ending in "<n> passed, <m> failed"; exits 1 on any failure.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenOnLoopback } from '../support/loopback';
import { join } from 'node:path';
import { commandBody, sign } from '../slack/helpers';
import { teamsConversation } from '../teams/harness';

const TOTAL = Number(process.env.LOAD_REQUESTS ?? 20_000);
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 32);
const TIME_LIMIT_MS = 110_000;
const SLACK_SECRET = 'load-test-slack-signing-secret-0123';

type Kind =
  | 'teams'
  | 'slack'
  | 'slack-bad-signature'
  | 'teams-bad-json'
  | 'teams-oversized'
  | 'teams-bad-schema'
  | 'teams-wrong-type'
  | 'unknown-route';
const EXPECTED_STATUS: Record<Kind, number> = {
  teams: 200,
  slack: 200,
  'slack-bad-signature': 401,
  'teams-bad-json': 400,
  'teams-oversized': 413,
  'teams-bad-schema': 400,
  'teams-wrong-type': 415,
  'unknown-route': 404,
};

/** Deterministic mix: ~46% Teams, ~44% Slack, ~10% bad requests of six kinds. */
function kindOf(i: number): Kind {
  const r = (i * 7919) % 100;
  if (r < 46) return 'teams';
  if (r < 90) return 'slack';
  return (['slack-bad-signature', 'teams-bad-json', 'teams-oversized', 'teams-bad-schema', 'teams-wrong-type', 'unknown-route'] as const)[r % 6]!;
}

/** Figures whose gap is a plain 3-digit number (no group separators to format): devices − 5 × E5. */
function figures(i: number) {
  const e5 = 1 + (i % 97);
  const devices = 5 * e5 + 100 + ((i * 31) % 800);
  return { devices, e5, gap: devices - 5 * e5 };
}

/** Stands in for the Teams connector: keeps only the text of the card for each replyToId. */
async function startSink() {
  const replies = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const m = /^\/v3\/conversations\/[^/]+\/activities\/([^/?]+)/.exec(req.url ?? '');
      if (m) replies.set(decodeURIComponent(m[1]!), Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"r"}');
    });
  });
  server.keepAliveTimeout = 60_000;
  const { url, close } = await listenOnLoopback(server);
  return { url, replies, close };
}

const ROOT = join(__dirname, '..', '..');

async function freePort(): Promise<number> {
  const probe = http.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return port;
}

/** `tsx src/main.ts` with only the variables it needs; counts error-level log lines. */
async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SLACK_SIGNING_SECRET: SLACK_SECRET, THROTTLE_RATE: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errorLogs = 0;
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    for (const line of c.toString('utf8').split('\n')) if (/"level":(50|60)/.test(line)) errorLogs++;
  });
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      if (tries > 300 || child.exitCode !== null) throw new Error(`server did not start: ${stderr.slice(0, 500)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    errorLogs: () => errorLogs,
    stderr: () => stderr,
    alive: () => child.exitCode === null,
    rssMb: () => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024),
    stop: async () => {
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      return code as number | null;
    },
  };
}

async function main() {
  const sink = await startSink();
  const app = await startServer();
  const conversation = teamsConversation(sink.url);
  const oversized = JSON.stringify({ ...conversation.message('x'), text: 'x'.repeat(300 * 1024) });

  const failures: string[] = [];
  const statusCounts = new Map<number, number>();
  const perKind = new Map<Kind, { passed: number; failed: number }>();
  const latencies: number[] = [];

  async function one(i: number): Promise<void> {
    const kind = kindOf(i);
    const { devices, e5, gap } = figures(i);
    const question = `I have ${devices} devices and ${e5} E5`;
    let url = `${app.url}/api/messages`;
    let init: RequestInit;
    let activityId = '';
    const timestamp = String(Math.floor(Date.now() / 1000));
    switch (kind) {
      case 'teams': {
        const activity = teamsConversation(sink.url).message(question);
        activity.id = `load-${i}`;
        activityId = activity.id;
        init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) };
        break;
      }
      case 'slack':
      case 'slack-bad-signature': {
        const body = commandBody(question);
        url = `${app.url}/api/slack/commands`;
        const signature = kind === 'slack' ? sign(body, Number(timestamp), SLACK_SECRET) : sign(body, Number(timestamp), 'not-the-secret-at-all');
        init = {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature },
          body,
        };
        break;
      }
      case 'teams-bad-json':
        init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"type":"message","text":"${question}"` };
        break;
      case 'teams-oversized':
        init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: oversized };
        break;
      case 'teams-bad-schema':
        init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...conversation.message(question), serviceUrl: 'ftp://nowhere' }) };
        break;
      case 'teams-wrong-type':
        init = { method: 'POST', headers: { 'content-type': 'text/plain' }, body: question };
        break;
      case 'unknown-route':
        url = `${app.url}/api/unknown-${i % 10}`;
        init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' };
        break;
    }
    const started = performance.now();
    let problem: string | undefined;
    try {
      const res = await fetch(url, init);
      const text = await res.text();
      latencies.push(performance.now() - started);
      statusCounts.set(res.status, (statusCounts.get(res.status) ?? 0) + 1);
      if (res.status !== EXPECTED_STATUS[kind]) problem = `status ${res.status}, expected ${EXPECTED_STATUS[kind]}`;
      else if (/\bat .*\.(?:ts|js):\d+/.test(text)) problem = 'stack trace in the body';
      else if (kind === 'slack' && !new RegExp(`\\b${gap}\\b`).test(text)) problem = `Slack reply lacks the gap ${gap}`;
      else if (kind === 'teams') {
        const reply = sink.replies.get(activityId);
        if (!reply) problem = 'no reply reached the connector';
        else if (!new RegExp(`\\b${gap} standalone`).test(reply)) problem = `Teams reply lacks "${gap} standalone"`;
        sink.replies.delete(activityId);
      }
    } catch (err) {
      problem = `request failed: ${err instanceof Error ? err.message : String(err)}`;
    }
    const tally = perKind.get(kind) ?? { passed: 0, failed: 0 };
    if (problem) {
      tally.failed++;
      if (failures.length < 20) failures.push(`#${i} ${kind}: ${problem}`);
    } else tally.passed++;
    perKind.set(kind, tally);
  }

  const started = Date.now();
  let next = 0;
  let timedOut = false;
  const workers = Array.from({ length: CONCURRENCY }, async () => {
    while (next < TOTAL) {
      if (Date.now() - started > TIME_LIMIT_MS) {
        timedOut = true;
        return;
      }
      await one(next++);
    }
  });
  await Promise.all(workers);
  const seconds = (Date.now() - started) / 1000;

  const ready = await fetch(`${app.url}/readyz`);
  const readyOk = ready.status === 200 && app.alive();
  const rssMb = app.rssMb();
  const errorLogs = app.errorLogs();
  const exitCode = await app.stop();
  await sink.close();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(1);
  const passed = [...perKind.values()].reduce((n, t) => n + t.passed, 0);
  let failed = [...perKind.values()].reduce((n, t) => n + t.failed, 0) + (TOTAL - passed - [...perKind.values()].reduce((n, t) => n + t.failed, 0));
  const fiveXX = [...statusCounts.entries()].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);

  console.log(`load: ${TOTAL} requests, concurrency ${CONCURRENCY}, ${seconds.toFixed(1)} s (${Math.round(TOTAL / seconds)} req/s)`);
  for (const [kind, t] of [...perKind.entries()].sort()) console.log(`  ${kind.padEnd(20)} ${String(t.passed).padStart(6)} passed ${String(t.failed).padStart(4)} failed (expect ${EXPECTED_STATUS[kind]})`);
  console.log(`  statuses: ${[...statusCounts.entries()].sort().map(([s, c]) => `${s}×${c}`).join(' ')}`);
  console.log(`  latency ms: p50 ${pct(50)} p99 ${pct(99)} max ${pct(100)}; server rss ${rssMb} MB; server error log lines ${errorLogs}`);
  console.log(`  after the run: /readyz ${ready.status}, SIGTERM exit code ${exitCode}`);
  if (app.stderr().trim()) console.log(`  server stderr: ${app.stderr().trim().slice(0, 300)}`);
  for (const f of failures) console.log(`  FAIL ${f}`);
  if (timedOut) console.log(`  FAIL stopped at the ${TIME_LIMIT_MS / 1000} s time limit`);
  if (!readyOk || exitCode !== 0) failed++;
  if (fiveXX > 0) console.log(`  FAIL ${fiveXX} responses were 5xx`);
  if (errorLogs > 0) console.log(`  FAIL the server logged ${errorLogs} errors`);
  const ok = failed === 0 && fiveXX === 0 && errorLogs === 0 && !timedOut;
  console.log(`${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
