// The Teams manifest, with a bot id filled in, must pass the offline schema of the newest manifest version shipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../../src/domain/knowledge';
import { ACCENT_COLOR } from '../../scripts/teams-icons';
import {
  BOT_ID_PLACEHOLDER,
  PackageError,
  TEAMS_MANIFEST_DIR,
  fillManifest,
  offlineSchemaVersions,
  validateTeamsManifest,
} from '../../scripts/package-teams';

const BOT_ID = '1f0e8d3a-2b4c-4d5e-8f90-123456789abc';
const template = readFileSync(join(TEAMS_MANIFEST_DIR, 'manifest.json'), 'utf8');
const manifest = fillManifest(template, BOT_ID) as Record<string, any>;

describe('Teams manifest', () => {
  it('uses the newest manifest schema version shipped in @microsoft/app-manifest', () => {
    const newest = offlineSchemaVersions().at(-1);
    expect(newest).toMatch(/^\d+\.\d+$/);
    expect(manifest.manifestVersion).toBe(newest);
    expect(manifest.$schema).toContain(`/v${newest}/MicrosoftTeams.schema.json`);
  });

  it('validates against the offline schema once the bot id is filled in', async () => {
    expect(await validateTeamsManifest(manifest)).toEqual([]);
  });

  it('the validator really rejects a broken manifest (so the check above can fail)', async () => {
    const broken = structuredClone(manifest);
    broken.bots[0].scopes = ['personal', 'everywhere'];
    delete broken.description.full;
    const errors = await validateTeamsManifest(broken);
    expect(errors.join('\n')).toMatch(/scopes\/1/);
    expect(errors.join('\n')).toMatch(/full/);
  });

  it('keeps only the placeholder in the repo, not a real bot id', () => {
    const raw = JSON.parse(template);
    expect(raw.bots[0].botId).toBe(BOT_ID_PLACEHOLDER);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('refuses a template without the placeholder or with one nobody fills', () => {
    expect(() => fillManifest(template.replace(BOT_ID_PLACEHOLDER, BOT_ID), BOT_ID)).toThrow(PackageError);
    expect(() => fillManifest(template.replace('"1.0.0"', '"${{APP_VERSION}}"'), BOT_ID)).toThrow(/APP_VERSION/);
  });

  it('offers the bot in personal chat, teams and group chats, one command list per scope', () => {
    const bot = manifest.bots[0];
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const listScopes = bot.commandLists.map((l: { scopes: string[] }) => l.scopes.join(','));
    expect([...listScopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = bot.commandLists.map((l: { commands: { title: string }[] }) => l.commands.map((c) => c.title));
    for (const list of titles) expect(list).toEqual(titles[0]);
  });

  it('keeps command titles within the 32 characters older Teams clients show', () => {
    for (const list of manifest.bots[0].commandLists) {
      for (const command of list.commands) {
        expect(command.title.length, command.title).toBeLessThanOrEqual(32);
        expect(command.description?.length ?? 0, command.title).toBeGreaterThan(10);
      }
    }
  });

  it('lists the host of every link the answers open as a valid domain', () => {
    const hosts = new Set(Object.values(knowledge.links).map((l) => new URL(l.url).host));
    expect([...manifest.validDomains].sort()).toEqual([...hosts].sort());
  });

  it('uses the accent colour the icon is drawn in', () => {
    expect(manifest.accentColor.toLowerCase()).toBe(ACCENT_COLOR.toLowerCase());
  });
});
