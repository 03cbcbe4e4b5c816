// Static checks of the Dockerfile (no Docker engine on the build machine, so it is never built here).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './bicep';

interface Instruction {
  keyword: string;
  args: string;
}

/** Instructions with comments dropped and `\` continuations joined. */
export function instructions(dockerfile: string): Instruction[] {
  const logical: string[] = [];
  let current = '';
  for (const raw of dockerfile.split('\n')) {
    const line = raw.trim();
    if (!current && (line === '' || line.startsWith('#'))) continue;
    if (line.startsWith('#')) continue;
    if (line.endsWith('\\')) current += line.slice(0, -1) + ' ';
    else {
      logical.push(current + line);
      current = '';
    }
  }
  if (current) logical.push(current);
  return logical.map((l) => {
    const [keyword = '', ...rest] = l.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
  });
}

/** Problems with the image definition; empty when it meets issue 5. */
export function dockerfileProblems(dockerfile: string): string[] {
  const all = instructions(dockerfile);
  const problems: string[] = [];
  const froms = all.map((ins, i) => ({ ...ins, i })).filter((ins) => ins.keyword === 'FROM');
  if (froms.length < 2) problems.push('not multi-stage (needs a build stage and a runtime stage)');
  for (const f of froms) {
    const image = f.args.split(/\s+/).find((t) => !t.startsWith('--')) ?? '';
    if (!/^node:(22|24)(\.\d+)*(-[a-z0-9.-]+)?(@sha256:[a-f0-9]{64})?$/.test(image)) problems.push(`base image ${image} is not a Node LTS (22 or 24) image`);
  }
  const final = all.slice((froms.at(-1)?.i ?? 0) + 1);
  const users = final.filter((i) => i.keyword === 'USER').map((i) => i.args.split(':')[0]);
  const lastUser = users.at(-1);
  if (!lastUser || lastUser === 'root' || lastUser === '0') problems.push('final stage does not switch to a non-root USER');
  const health = all.filter((i) => i.keyword === 'HEALTHCHECK');
  if (!health.some((h) => h.args.includes('/healthz'))) problems.push('no HEALTHCHECK on /healthz');
  const installs = final.filter((i) => i.keyword === 'RUN' && /\bnpm (ci|install|i)\b/.test(i.args));
  if (installs.length === 0) problems.push('final stage installs no dependencies');
  for (const ins of installs) {
    if (!/--omit=dev\b/.test(ins.args)) problems.push(`final stage installs dev dependencies: ${ins.args}`);
    if (!/--ignore-scripts\b/.test(ins.args)) problems.push(`final stage runs install scripts (prepare runs tsc): ${ins.args}`);
  }
  if (!final.some((i) => i.keyword === 'COPY' && /--from=\S+/.test(i.args) && /\bdist\b/.test(i.args))) problems.push('final stage does not copy dist/ from the build stage');
  const cmd = final.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT').at(-1);
  if (!cmd || !cmd.args.includes('dist/src/main.js')) problems.push('final stage does not start dist/src/main.js');
  if (!final.some((i) => i.keyword === 'ENV' && /NODE_ENV=production/.test(i.args))) problems.push('NODE_ENV=production is not set');
  return problems;
}

const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');

describe('Dockerfile', () => {
  it('is multi-stage on Node LTS, production deps only, non-root, with a /healthz HEALTHCHECK', () => {
    expect(dockerfileProblems(dockerfile)).toEqual([]);
  });

  it('the runtime stage starts what `npm start` starts', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const cmds = [...dockerfile.matchAll(/^CMD (\[.*\])$/gm)].map((m) => JSON.parse(m[1] as string) as string[]);
    const runtimeCmd = cmds[cmds.length - 1];
    expect(runtimeCmd?.join(' ')).toBe(pkg.scripts.start);
    expect(pkg.scripts.start).toMatch(/^node (?:--[a-z-]+=\S+ )*dist\/src\/main\.js$/);
  });

  it('flags a root runtime stage, dev dependencies, a missing HEALTHCHECK and a single stage', () => {
    const rootUser = dockerfile.replace(/^USER node$/m, '');
    expect(dockerfileProblems(rootUser)).toContain('final stage does not switch to a non-root USER');

    const devDeps = dockerfile.replace('npm ci --omit=dev --ignore-scripts', 'npm ci');
    expect(dockerfileProblems(devDeps).join('\n')).toMatch(/dev dependencies[\s\S]*install scripts/);

    const noHealth = dockerfile.replace(/^HEALTHCHECK[\s\S]*?\n(?=CMD)/m, '');
    expect(dockerfileProblems(noHealth)).toContain('no HEALTHCHECK on /healthz');

    const singleStage = 'FROM node:24-bookworm-slim\nUSER node\nRUN npm ci --omit=dev --ignore-scripts\nCMD ["node","dist/src/main.js"]\n';
    expect(dockerfileProblems(singleStage)).toContain('not multi-stage (needs a build stage and a runtime stage)');

    const oldNode = dockerfile.replaceAll('node:24-bookworm-slim', 'node:18-alpine');
    expect(dockerfileProblems(oldNode).some((p) => p.includes('not a Node LTS'))).toBe(true);
  });
});

describe('.dockerignore', () => {
  const ignored = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  it('keeps local dependencies, build output, git history and env files out of the build context', () => {
    for (const entry of ['node_modules', 'dist', '.git', '.env', 'test', 'coverage']) expect(ignored, entry).toContain(entry);
  });

  it('does not exclude what the build stage copies', () => {
    const copied = instructions(dockerfile)
      .filter((i) => i.keyword === 'COPY' && !i.args.includes('--from='))
      .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(copied.length).toBeGreaterThan(0);
    for (const path of copied) expect(ignored, path).not.toContain(path.replace(/\/$/, ''));
  });
});
