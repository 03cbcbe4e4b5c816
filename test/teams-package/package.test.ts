// build/appPackage.zip: exactly what Teams wants at the zip root, with the bot id from the environment.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BOT_ID_PLACEHOLDER,
  PackageError,
  TEAMS_MANIFEST_DIR,
  botIdFromEnv,
  buildAppPackage,
  validateTeamsManifest,
} from '../../scripts/package-teams';

const run = promisify(execFile);
const BOT_ID = '6b1f3c2e-9d4a-4e7b-a1c5-0f2e3d4c5b6a';
const repoRoot = join(__dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'teams-package-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bot id from the environment', () => {
  it('accepts a GUID (trimmed)', () => {
    expect(botIdFromEnv({ MicrosoftAppId: ` ${BOT_ID}\n` })).toBe(BOT_ID);
  });

  it.each([
    [{}, /MicrosoftAppId is not set/],
    [{ MicrosoftAppId: '   ' }, /MicrosoftAppId is not set/],
    [{ MicrosoftAppId: 'my-bot' }, /MicrosoftAppId is not a GUID/],
    [{ MicrosoftAppId: `${BOT_ID}0` }, /MicrosoftAppId is not a GUID/],
    [{ MicrosoftAppId: BOT_ID_PLACEHOLDER }, /MicrosoftAppId is not a GUID/],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => botIdFromEnv(env)).toThrow(PackageError);
    expect(() => botIdFromEnv(env)).toThrow(message);
  });
});

describe('app package zip', () => {
  it('holds exactly manifest.json and both icons, with the bot id filled in', async () => {
    const zip = await JSZip.loadAsync(await buildAppPackage({ botId: BOT_ID }));
    const names = Object.values(zip.files).map((f) => f.name);
    expect(names.sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const text = await zip.file('manifest.json')!.async('string');
    expect(text).not.toContain('${{');
    const manifest = JSON.parse(text);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(await validateTeamsManifest(manifest)).toEqual([]);

    for (const icon of ['color.png', 'outline.png']) {
      const packed = await zip.file(icon)!.async('nodebuffer');
      expect(packed.equals(readFileSync(join(TEAMS_MANIFEST_DIR, icon))), icon).toBe(true);
    }
  });

  it('npm run package:teams writes the zip, and fails in one clear line without an id', async () => {
    const out = join(tmp, 'appPackage.zip');
    const { MicrosoftAppId: _unset, ...noId } = process.env;
    const script = ['--import', 'tsx', 'scripts/package-teams.ts'];
    // Both runs at once: each pays tsx's start-up.
    const [, failed] = await Promise.all([
      run(process.execPath, [...script, out], { cwd: repoRoot, env: { ...process.env, MicrosoftAppId: BOT_ID } }),
      run(process.execPath, [...script, join(tmp, 'none.zip')], { cwd: repoRoot, env: noId }).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      ),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(JSON.parse(await zip.file('manifest.json')!.async('string')).bots[0].botId).toBe(BOT_ID);

    expect(failed?.code).toBe(1);
    expect(failed?.stderr.trim()).toMatch(/^package:teams: MicrosoftAppId is not set/);
    expect(failed?.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(tmp, 'none.zip'))).toBe(false);
  });
});
