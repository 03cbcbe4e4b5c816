// The CLI contract (`eiot ask`, `--json`, stdin, `--locale`, `chat`) through real processes.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const source = join(root, 'src', 'channels', 'cli', 'main.ts');

function eiot(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', source, ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('eiot ask', () => {
  it('prints a readable answer', () => {
    const r = eiot(['ask', 'I have 1679 devices and 320 E5']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^You need 79 standalone device licences/);
    expect(r.out).toContain('1679 − 1600 = 79');
    expect(r.out).toContain('Purchase services');
  });

  it('--json prints one object with the contract fields', () => {
    const r = eiot(['ask', '--json', 'I have 1679 devices and 320 E5']);
    const obj = JSON.parse(r.out);
    expect(obj).toMatchObject({ intent: 'calculate', totalDevices: 1679, coveredDevices: 1600, gap: 79, missing: [] });
    expect(obj.text).toContain('79');
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });

  it('--locale de-DE reads 1.679 as one thousand six hundred seventy-nine', () => {
    const r = eiot(['ask', '--json', '--locale', 'de-DE', '1.679 devices and 320 E5']);
    expect(JSON.parse(r.out)).toMatchObject({ totalDevices: 1679, gap: 79 });
  });

  it('reads questions from stdin, one JSON line each, in order', () => {
    const r = eiot(['ask', '--json'], 'I have 1679 devices and 320 E5\nhow do I start a trial?\n\nI have 1679 devices\n');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.intent)).toEqual(['calculate', 'trial', 'help', 'calculate']);
    expect(lines[3]).toMatchObject({ totalDevices: 1679, coveredDevices: null, gap: null, missing: ['licenses'] });
  });

  it('rejects a bad locale and an unknown command with exit code 2 and usage', () => {
    const bad = eiot(['ask', '--locale', 'xx_!!', 'hi']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/not a locale/);
    const unknown = eiot(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Usage/);
  });
});

describe('eiot chat', () => {
  it('holds a multi-turn conversation', () => {
    const r = eiot(['chat'], 'I have 1679 devices\n320\nexit\n');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/how many E5 licences do you have\?/);
    expect(r.out).toMatch(/You need 79 standalone device licences/);
  });
});

describe('bin/eiot.js', () => {
  it('runs the CLI (compiled or through tsx)', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'eiot.js'), 'ask', '--json', '51 printers and 10 E5'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    expect(JSON.parse(r.stdout)).toMatchObject({ totalDevices: 51, coveredDevices: 50, gap: 1 });
  });
});
