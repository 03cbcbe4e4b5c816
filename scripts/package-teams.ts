// `npm run package:teams`: builds the Teams app package (build/appPackage.zip) to upload in Teams or the Developer Portal.
//
// manifest/teams/manifest.json keeps the placeholder ${{BOT_ID}} (the Agents Toolkit convention) instead of a real id,
// so the repo holds no tenant-specific value. The id comes from MicrosoftAppId, the same variable the bot reads.
// The filled manifest is checked against the offline JSON schema from @microsoft/app-manifest before zipping.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { z } from 'zod';

export const BOT_ID_PLACEHOLDER = '${{BOT_ID}}';
export const TEAMS_MANIFEST_DIR = resolve(__dirname, '..', 'manifest', 'teams');
export const DEFAULT_PACKAGE_PATH = resolve(__dirname, '..', 'build', 'appPackage.zip');
/** The files Teams expects at the root of the zip, and nothing else. */
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

/** A problem the person running the script can fix: printed as one line, no stack trace. */
export class PackageError extends Error {
  override name = 'PackageError';
}

const BotId = z.guid({ error: 'is not a GUID (expected the Azure Bot / Entra app id, like 00000000-0000-0000-0000-000000000000)' });

/** The bot id from the environment, or a PackageError that says what to set. */
export function botIdFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.MicrosoftAppId?.trim();
  if (!raw) {
    throw new PackageError(
      'MicrosoftAppId is not set. Set it to the app id of your Azure Bot registration, e.g. MicrosoftAppId=<guid> npm run package:teams',
    );
  }
  const parsed = BotId.safeParse(raw);
  if (!parsed.success) throw new PackageError(`MicrosoftAppId ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  return parsed.data;
}

const appManifestRoot = dirname(require.resolve('@microsoft/app-manifest/package.json'));
const teamsSchemaDir = join(appManifestRoot, 'build', 'json-schemas', 'teams');

/** Numbered schema versions shipped offline ("1.30", ...), oldest first; vDevPreview is left out. */
export function offlineSchemaVersions(): string[] {
  return readdirSync(teamsSchemaDir)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1))
    .sort((a, b) => {
      const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
      const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
      return aMajor - bMajor || aMinor - bMinor;
    });
}

/** The offline schema for a manifest version. Passed explicitly so the validator never fetches it from the internet. */
export function loadTeamsSchema(manifestVersion: string): Record<string, unknown> {
  if (!offlineSchemaVersions().includes(manifestVersion)) {
    throw new PackageError(`No offline Teams manifest schema for manifestVersion ${manifestVersion}`);
  }
  return JSON.parse(readFileSync(join(teamsSchemaDir, `v${manifestVersion}`, 'MicrosoftTeams.schema.json'), 'utf8'));
}

/** Schema errors of a manifest object ([] when valid). */
export async function validateTeamsManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const version = manifest.manifestVersion;
  if (typeof version !== 'string') return ['/manifestVersion is missing'];
  const schema = loadTeamsSchema(version);
  // The library's types want its generated manifest type; the schema decides what is valid.
  return AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
}

/** The manifest template text with the bot id filled in, parsed. */
export function fillManifest(template: string, botId: string): Record<string, unknown> {
  if (!template.includes(BOT_ID_PLACEHOLDER)) {
    throw new PackageError(`manifest.json has no ${BOT_ID_PLACEHOLDER} placeholder to fill in`);
  }
  const filled = template.split(BOT_ID_PLACEHOLDER).join(botId);
  const leftover = /\$\{\{\s*\w+\s*\}\}/.exec(filled);
  if (leftover) throw new PackageError(`manifest.json has a placeholder nobody fills in: ${leftover[0]}`);
  return JSON.parse(filled) as Record<string, unknown>;
}

export interface PackageOptions {
  botId: string;
  manifestDir?: string;
}

/** The zip bytes: manifest.json (id filled in, schema-valid) and the two icons at the root. */
export async function buildAppPackage({ botId, manifestDir = TEAMS_MANIFEST_DIR }: PackageOptions): Promise<Buffer> {
  const manifest = fillManifest(readFileSync(join(manifestDir, 'manifest.json'), 'utf8'), botId);
  const errors = await validateTeamsManifest(manifest);
  if (errors.length > 0) throw new PackageError(`manifest.json does not match its schema:\n  ${errors.join('\n  ')}`);

  const zip = new JSZip();
  // A fixed date keeps the zip identical for identical input.
  const date = new Date('2024-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const icon of ['color.png', 'outline.png']) zip.file(icon, readFileSync(join(manifestDir, icon)), { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function main(): Promise<void> {
  const out = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_PACKAGE_PATH;
  const botId = botIdFromEnv();
  const zip = await buildAppPackage({ botId });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  console.log(`Wrote ${out} (bot id ${botId}). Upload it in Teams: Apps > Manage your apps > Upload an app.`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    // Known problems get one clear line; anything else is a bug and keeps its stack.
    console.error(error instanceof PackageError ? `package:teams: ${error.message}` : error);
    process.exitCode = 1;
  });
}
