// `npm run bench`: how fast and how lean the bot is, against a stock botbuilder echo bot on the same machine.
// Prints a table and writes bench/results.json. Not part of `npm test`: times are measured here, never asserted
// in unit tests. Every loop is bounded in count and time; all traffic stays on 127.0.0.1.
//
//   npm run bench                 all sections (builds dist/ first)
//   npm run bench -- engine teams only some sections: engine, teams, slack, startup, soak
//   BENCH_SOAK_REQUESTS=20000 npm run bench -- soak     a shorter soak
//   BENCH_LOG_LEVEL=warn npm run bench -- teams         our server without the per-request info lines
//   BENCH_CPU_PROF=/tmp/prof npm run bench -- teams     CPU profiles of the servers under load
//   BENCH_NODE_ARGS="--expose-gc -r ./probe.js" ...      extra node flags for the servers
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import autocannon from 'autocannon';
import { Bench } from 'tinybench';
import { answerQuestion } from '../src/conversation/session';
import { answerCard } from '../src/rendering/adaptiveCard';
import { renderAnswerBlocks } from '../src/rendering/blockKit';

const ROOT = path.resolve(__dirname, '..');
const SLACK_SECRET = 'bench-signing-secret-0123456789abcdef';
const TARGETS = {
  engineP99Ms: 0.5,
  teamsRatioAtC10: 1.2,
  slackP99MsAtC10: 20,
  startupReadyMs: 600,
  soakRssGrowth: 0.15,
};
const SECTIONS = ['engine', 'teams', 'slack', 'startup', 'soak'] as const;
type Section = (typeof SECTIONS)[number];

// ---------------------------------------------------------------------------------------------------------------
// Corpus: the questions the engine is tested on, a mixed sample of a few hundred.

interface CorpusLine {
  text: string;
  locale?: string;
}

function loadCorpus(max = 400): CorpusLine[] {
  const dir = path.join(ROOT, 'test/corpus');
  const all: CorpusLine[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text?: unknown; locale?: unknown };
      if (typeof row.text === 'string' && row.text.length > 0) {
        all.push({ text: row.text, ...(typeof row.locale === 'string' ? { locale: row.locale } : {}) });
      }
    }
  }
  // Every k-th line keeps every file (calculations, procedures, typos, locales, bad input) in the sample.
  const step = Math.max(1, Math.floor(all.length / max));
  return all.filter((_, i) => i % step === 0).slice(0, max);
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers: ports, child processes, RSS.

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident set size of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

interface Target {
  name: string;
  url: string;
  child: ChildProcess;
  /** ms from spawn() to the first 200 on /readyz. */
  readyMs: number;
  stop: () => Promise<void>;
}

/** Spawns a server and polls /readyz (every 2 ms, at most `timeoutMs`) until the first 200. */
async function startTarget(name: string, args: string[], env: Record<string, string>, timeoutMs = 15_000): Promise<Target> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // BENCH_CPU_PROF=dir writes a V8 CPU profile of every spawned server there (open in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`, `--cpu-prof-name=${name}-${port}.cpuprofile`] : [];
  // BENCH_NODE_ARGS adds node flags to every spawned server (e.g. "--expose-gc -r ./probe.js" to watch the heap).
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, ...profile, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    if (stderr.length < 4000) stderr += d.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let readyMs = NaN;
  while (performance.now() - started < timeoutMs && child.exitCode === null) {
    const status = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) {
      readyMs = performance.now() - started;
      break;
    }
    await sleep(2);
  }
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, sleep(5_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  if (Number.isNaN(readyMs)) {
    await stop();
    throw new Error(`${name} did not become ready within ${timeoutMs} ms\n${stderr}`);
  }
  return { name, url, child, readyMs, stop };
}

/** The server as production starts it: `npm start`'s node arguments (the heap cap included). */
const START_ARGS = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(/\s+/)
  .slice(1);
const ourServer = (extraEnv: Record<string, string> = {}) =>
  startTarget('eiot-advisor', START_ARGS, {
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info', // production's level: JSON lines per request (to /dev/null)
    THROTTLE_RATE: '0', // per-IP throttling would cap a single-IP load generator; off for the bench only
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    ...extraEnv,
  });
const echoBaseline = () => startTarget('echo-baseline', ['bench/baseline/echo-bot.js'], {});

// ---------------------------------------------------------------------------------------------------------------
// The sink: stands in for the Teams connector at serviceUrl and answers every reply POST at once.

async function startSink() {
  let replies = 0;
  let other = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities(?:\/[^/?]+)?/.test(req.url ?? '')) {
        replies++;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"id":"r${replies}"}`);
      } else {
        other++;
        res.writeHead(404).end();
      }
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    counts: () => ({ replies, other }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Request bodies: Teams message activities and signed Slack slash commands.

/** Round-robin over more conversations than connections, so two in-flight turns rarely share one (ETag clashes). */
function teamsBodies(serviceUrl: string, questions: CorpusLine[], conversations = 256): () => string {
  let n = 0;
  return () => {
    const i = n++;
    const q = questions[i % questions.length]!;
    return JSON.stringify({
      type: 'message',
      id: `act-${i}`,
      channelId: 'msteams',
      serviceUrl,
      timestamp: new Date().toISOString(),
      from: { id: '29:bench-user', name: 'Bench User' },
      recipient: { id: '28:bench-bot', name: 'eIoT Advisor' },
      conversation: { id: `a:bench-${i % conversations}`, conversationType: 'personal', tenantId: 'bench-tenant' },
      channelData: { tenant: { id: 'bench-tenant' } },
      locale: q.locale ?? 'en-US',
      text: q.text,
      textFormat: 'plain',
    });
  };
}

/** Slash command forms signed with the bench's secret; the timestamp is taken when the body is built. */
function slackRequests(questions: CorpusLine[]): () => { body: string; headers: Record<string, string> } {
  let n = 0;
  return () => {
    const q = questions[n++ % questions.length]!;
    const body = new URLSearchParams({
      token: 'bench',
      team_id: 'T0BENCH',
      team_domain: 'bench',
      channel_id: 'C0BENCH',
      channel_name: 'bench',
      user_id: 'U0BENCH',
      user_name: 'bench',
      command: '/eiot',
      text: q.text,
      response_url: 'https://hooks.slack.com/commands/T0BENCH/1/bench',
      trigger_id: '1.2.bench',
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = 'v0=' + createHmac('sha256', SLACK_SECRET).update(`v0:${timestamp}:${body}`).digest('hex');
    return {
      body,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
      },
    };
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Load with autocannon.

interface LoadFigures {
  connections: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  durationS: number;
  /** Server CPU (user + system) per request: steadier than req/s on a shared machine. */
  cpuMsPerRequest: number | null;
}

type Request = { method: 'POST'; path: string; headers: Record<string, string>; body: string };

async function load(
  url: string,
  connections: number,
  next: () => Request,
  bound: { seconds?: number; amount?: number },
  pid?: number,
): Promise<LoadFigures> {
  const first = next();
  const cpuBefore = pid ? cpuMs(pid) : 0;
  const result = await autocannon({
    url,
    connections,
    pipelining: 1,
    timeout: 10,
    ...(bound.amount ? { amount: bound.amount } : { duration: bound.seconds ?? 5 }),
    requests: [
      {
        method: first.method,
        path: first.path,
        setupRequest: (req: Record<string, unknown>) => {
          const r = next();
          return { ...req, method: r.method, path: r.path, headers: r.headers, body: r.body };
        },
      },
    ],
  });
  return {
    connections,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    durationS: result.duration,
    cpuMsPerRequest: pid ? round((cpuMs(pid) - cpuBefore) / Math.max(1, result.requests.total), 3) : null,
  };
}

const teamsRequest = (body: () => string) => (): Request => ({
  method: 'POST',
  path: '/api/messages',
  headers: { 'content-type': 'application/json' },
  body: body(),
});
const slackRequest = (make: ReturnType<typeof slackRequests>) => (): Request => ({
  method: 'POST',
  path: '/api/slack/commands',
  ...make(),
});

// ---------------------------------------------------------------------------------------------------------------
// Sections.

async function engineSection(questions: CorpusLine[]) {
  let i = 0;
  const nextQuestion = () => questions[i++ % questions.length]!;
  const ask = (q: CorpusLine) => answerQuestion(q.text, q.locale ? { locale: q.locale } : {});
  // Each iteration is one question; the corpus cycles, so the percentiles are over a mixed set of questions.
  const bench = new Bench({ time: 3_000, warmupTime: 500, iterations: 2 * questions.length });
  let sink = 0;
  bench
    .add('understanding + rules', () => {
      sink += ask(nextQuestion()).missing.length;
    })
    .add('+ Adaptive Card', () => {
      sink += answerCard(ask(nextQuestion())).body.length;
    })
    .add('+ Block Kit', () => {
      sink += renderAnswerBlocks(ask(nextQuestion()), { command: '/eiot' }).blocks.length;
    });
  await bench.run();
  if (sink < 0) console.log(sink); // keeps the results alive
  return bench.tasks.map((task) => {
    const result = task.result as unknown as {
      latency: { p50: number; p99: number; mean: number; samplesCount?: number };
      throughput: { mean: number };
    };
    return {
      task: task.name,
      questionsPerS: Math.round(1000 / result.latency.mean),
      p50Ms: round(result.latency.p50, 4),
      p99Ms: round(result.latency.p99, 4),
      samples: result.latency.samplesCount ?? null,
    };
  });
}

async function teamsSection(questions: CorpusLine[], seconds: number) {
  const sink = await startSink();
  const rows: { target: string; figures: LoadFigures; replies: number }[] = [];
  // Both servers run side by side (the idle one costs nothing) and take turns row by row, so a neighbour's load
  // on this shared machine hits both about equally.
  const targets = [await echoBaseline(), await ourServer()];
  try {
    const bodies = new Map(targets.map((t) => [t.name, teamsBodies(sink.url, questions)]));
    for (const t of targets) await load(t.url, 10, teamsRequest(bodies.get(t.name)!), { seconds: 1 }); // warm-up (lazy loads, JIT)
    for (const c of [1, 10, 50]) {
      for (const t of c === 10 ? [...targets].reverse() : targets) {
        const before = sink.counts().replies;
        const figures = await load(t.url, c, teamsRequest(bodies.get(t.name)!), { seconds }, t.child.pid);
        await sleep(200); // replies of the last requests in flight
        rows.push({ target: t.name, figures, replies: sink.counts().replies - before });
      }
    }
  } finally {
    for (const t of targets) await t.stop();
    await sink.close();
  }
  const at = (t: string, c: number) => rows.find((r) => r.target === t && r.figures.connections === c)!.figures;
  const ratios = [1, 10, 50].map((c) => ({
    connections: c,
    throughputRatio: round(at('eiot-advisor', c).rps / at('echo-baseline', c).rps, 2),
    cpuPerTurn: `${at('eiot-advisor', c).cpuMsPerRequest} vs ${at('echo-baseline', c).cpuMsPerRequest} ms`,
    p99: `${at('eiot-advisor', c).p99Ms} vs ${at('echo-baseline', c).p99Ms} ms`,
  }));
  return { rows, ratios, sinkCounts: sink.counts() };
}

async function slackSection(questions: CorpusLine[], seconds: number) {
  const target = await ourServer();
  try {
    const make = slackRequests(questions);
    await load(target.url, 10, slackRequest(make), { seconds: 1 });
    return await load(target.url, 10, slackRequest(make), { seconds }, target.child.pid);
  } finally {
    await target.stop();
  }
}

async function startupSection(runs: number) {
  const sink = await startSink();
  const rows: { target: string; readyMs: number[]; rssAfterStartMb: number[]; firstTurnMs: number[]; rssAfterFirstTurnMb: number[] }[] = [];
  try {
    for (const [name, start] of [
      ['echo-baseline', echoBaseline],
      ['eiot-advisor', ourServer],
    ] as const) {
      const row = { target: name, readyMs: [] as number[], rssAfterStartMb: [] as number[], firstTurnMs: [] as number[], rssAfterFirstTurnMb: [] as number[] };
      for (let i = 0; i < runs; i++) {
        const target = await start();
        try {
          row.readyMs.push(Math.round(target.readyMs));
          await sleep(100);
          row.rssAfterStartMb.push(rssMb(target.child.pid!));
          // The first Teams turn loads whatever was deferred: its latency and RSS are part of the honest picture.
          const turnStarted = performance.now();
          const res = await fetch(`${target.url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: teamsBodies(sink.url, [{ text: '1679 devices and 320 E5' }])(),
          });
          if (res.status !== 200) throw new Error(`${name}: first turn answered ${res.status}`);
          row.firstTurnMs.push(Math.round(performance.now() - turnStarted));
          row.rssAfterFirstTurnMb.push(rssMb(target.child.pid!));
        } finally {
          await target.stop();
        }
      }
      rows.push(row);
    }
  } finally {
    await sink.close();
  }
  return rows.map((r) => ({
    target: r.target,
    runs: r.readyMs.length,
    readyMedianMs: median(r.readyMs),
    readyMs: r.readyMs,
    rssAfterStartMb: median(r.rssAfterStartMb),
    firstTeamsTurnMs: median(r.firstTurnMs),
    rssAfterFirstTurnMb: median(r.rssAfterFirstTurnMb),
  }));
}

async function soakSection(questions: CorpusLine[], total: number) {
  const sink = await startSink();
  const target = await ourServer();
  try {
    const teams = teamsRequest(teamsBodies(sink.url, questions));
    const slack = slackRequest(slackRequests(questions));
    let n = 0;
    const mixed = () => (n++ % 2 === 0 ? teams() : slack());
    const rssAfterStartMb = rssMb(target.child.pid!);
    // Warm-up (not counted) so "before" is the footprint of a server that has been busy for a while: V8 grows its
    // heap under load and keeps the pages, which is not a leak. Growth over the soak itself is what a leak shows.
    await load(target.url, 10, mixed, { amount: Math.min(10_000, total) });
    const rssBeforeMb = rssMb(target.child.pid!);
    const started = performance.now();
    // Ten slices with an RSS sample after each: a leak climbs slice after slice, a warm heap levels off.
    const slices = 10;
    const rssSamplesMb: number[] = [];
    const parts: LoadFigures[] = [];
    for (let i = 0; i < slices; i++) {
      const amount = Math.floor(total / slices) + (i < total % slices ? 1 : 0);
      parts.push(await load(target.url, 10, mixed, { amount }, target.child.pid));
      rssSamplesMb.push(rssMb(target.child.pid!));
    }
    await sleep(500);
    const rssAfterMb = rssMb(target.child.pid!);
    const sum = (f: (p: LoadFigures) => number) => parts.reduce((acc, p) => acc + f(p), 0);
    const figures = {
      requests: sum((p) => p.requests),
      rps: Math.round(sum((p) => p.requests) / sum((p) => p.durationS)),
      p99Ms: Math.max(...parts.map((p) => p.p99Ms)),
      maxMs: Math.max(...parts.map((p) => p.maxMs)),
      cpuMsPerRequest: round(sum((p) => (p.cpuMsPerRequest ?? 0) * p.requests) / Math.max(1, sum((p) => p.requests)), 3),
      errors: sum((p) => p.errors),
      timeouts: sum((p) => p.timeouts),
      non2xx: sum((p) => p.non2xx),
    };
    return {
      requests: figures.requests,
      seconds: round((performance.now() - started) / 1000, 1),
      rps: figures.rps,
      worstSliceP99Ms: figures.p99Ms,
      maxMs: figures.maxMs,
      cpuMsPerRequest: figures.cpuMsPerRequest,
      errors: figures.errors,
      timeouts: figures.timeouts,
      non2xx: figures.non2xx,
      rssAfterStartMb,
      rssBeforeMb,
      rssAfterMb,
      rssGrowth: round((rssAfterMb - rssBeforeMb) / rssBeforeMb, 3),
      rssSamplesMb,
    };
  } finally {
    await target.stop();
    await sink.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const verdict = (ok: boolean) => (ok ? 'MET' : 'MISSED');

async function main() {
  const asked = process.argv.slice(2).filter((a) => (SECTIONS as readonly string[]).includes(a)) as Section[];
  const sections = asked.length ? asked : [...SECTIONS];
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const soakTotal = Math.min(Number(process.env.BENCH_SOAK_REQUESTS ?? 100_000), 1_000_000);
  const questions = loadCorpus();

  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}` },
    corpusQuestions: questions.length,
    targets: TARGETS,
  };
  const checks: { target: string; figure: string; ok: boolean }[] = [];

  if (sections.includes('engine')) {
    const engine = await engineSection(questions);
    results.engine = engine;
    console.log('\n1. Answer engine (per question, mixed corpus)');
    console.table(engine);
    const worst = Math.max(...engine.map((e) => e.p99Ms));
    checks.push({ target: `engine p99 < ${TARGETS.engineP99Ms} ms`, figure: `${worst} ms (worst task)`, ok: worst < TARGETS.engineP99Ms });
  }

  if (sections.includes('teams')) {
    const teams = await teamsSection(questions, seconds);
    results.teams = teams;
    console.log(`\n2. Teams path over HTTP (${seconds} s per row, anonymous mode, replies to a loopback sink)`);
    console.table(teams.rows.map((r) => ({ target: r.target, ...r.figures, sinkReplies: r.replies })));
    console.table(teams.ratios);
    const c10 = teams.rows.filter((r) => r.figures.connections === 10);
    const ours = c10.find((r) => r.target === 'eiot-advisor')!.figures;
    const echo = c10.find((r) => r.target === 'echo-baseline')!.figures;
    const ratio = round(ours.rps / echo.rps, 2);
    checks.push({
      target: `Teams c=10 throughput >= ${TARGETS.teamsRatioAtC10}x echo, p99 no worse`,
      figure: `${ratio}x, p99 ${ours.p99Ms} vs ${echo.p99Ms} ms`,
      ok: ratio >= TARGETS.teamsRatioAtC10 && ours.p99Ms <= echo.p99Ms,
    });
    const failures = teams.rows.reduce((s, r) => s + r.figures.errors + r.figures.non2xx + r.figures.timeouts, 0);
    // A 200 without a reply at the sink is a failed turn too (botbuilder answers 200 after onTurnError).
    const missingReplies = teams.rows.reduce((s, r) => s + Math.max(0, r.figures.requests - r.replies), 0);
    checks.push({
      target: 'Teams: no errors / non-2xx, a reply for every turn',
      figure: `${failures} failures, ${missingReplies} missing replies`,
      ok: failures === 0 && missingReplies === 0,
    });
  }

  if (sections.includes('slack')) {
    const slack = await slackSection(questions, seconds);
    results.slack = slack;
    console.log('\n3. Slack slash commands (signed, c=10)');
    console.table([slack]);
    checks.push({
      target: `Slack p99 < ${TARGETS.slackP99MsAtC10} ms at c=10`,
      figure: `${slack.p99Ms} ms, ${slack.rps} req/s, ${slack.errors + slack.non2xx} failures`,
      ok: slack.p99Ms < TARGETS.slackP99MsAtC10 && slack.errors + slack.non2xx + slack.timeouts === 0,
    });
  }

  if (sections.includes('startup')) {
    const startup = await startupSection(Number(process.env.BENCH_STARTUP_RUNS ?? 5));
    results.startup = startup;
    console.log('\n4. Start-up (spawn -> first 200 on /readyz; RSS 100 ms after ready; latency of the first Teams turn and RSS after it)');
    console.table(startup.map(({ readyMs: _all, ...rest }) => rest));
    const ours = startup.find((s) => s.target === 'eiot-advisor')!;
    checks.push({
      target: `start-up to ready < ${TARGETS.startupReadyMs} ms`,
      figure: `${ours.readyMedianMs} ms (median of ${ours.runs})`,
      ok: ours.readyMedianMs < TARGETS.startupReadyMs,
    });
  }

  if (sections.includes('soak')) {
    const soak = await soakSection(questions, soakTotal);
    results.soak = soak;
    console.log(`\n5. Soak: ${soakTotal} mixed requests (Teams + Slack alternating, c=10, after a 10 000-request warm-up)`);
    console.table([(({ rssSamplesMb: _samples, ...rest }) => rest)(soak)]);
    console.log(`   RSS after each tenth (MB): ${soak.rssSamplesMb.join(', ')}`);
    checks.push({
      target: `soak: 0 failures, RSS growth < ${TARGETS.soakRssGrowth * 100}%`,
      figure: `${soak.errors + soak.non2xx + soak.timeouts} failures, RSS ${soak.rssBeforeMb} -> ${soak.rssAfterMb} MB (${round(soak.rssGrowth * 100, 1)}%)`,
      ok: soak.errors + soak.non2xx + soak.timeouts === 0 && soak.rssGrowth < TARGETS.soakRssGrowth,
    });
  }

  results.checks = checks;
  console.log('\nTargets');
  console.table(checks.map((c) => ({ target: c.target, figure: c.figure, result: verdict(c.ok) })));
  const out = path.join(ROOT, 'bench/results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written ${path.relative(ROOT, out)}`);
}

// A hard ceiling on the whole run: a hung server must not keep the bench alive.
const ceiling = setTimeout(() => {
  console.error('bench: gave up after 15 minutes');
  process.exit(2);
}, 15 * 60_000);
ceiling.unref();

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
