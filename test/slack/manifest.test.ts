// manifest/slack/manifest.yml against Slack's published manifest JSON schema (vendored beside this file,
// source in README.md), plus the parts the schema cannot know: our command, routes and scope.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SLACK_COMMAND, SLACK_COMMANDS_PATH, SLACK_INTERACTIONS_PATH } from '../../src/channels/slack';

const root = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(__dirname, 'manifest.schema.json'), 'utf8'));
const manifest = parse(readFileSync(join(root, 'manifest', 'slack', 'manifest.yml'), 'utf8'));

function validator() {
  const ajv = new Ajv({ allErrors: true });
  // Strict mode stays on; Slack's schema adds a comment keyword…
  ajv.addVocabulary(['_note']);
  // …and writes `regex` where JSON Schema says `pattern`; check it as a pattern.
  ajv.addKeyword({
    keyword: 'regex',
    type: 'string',
    schemaType: 'string',
    validate: (pattern: string, data: string) => new RegExp(pattern).test(data),
  });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return ajv.compile(schema);
}

describe('manifest/slack/manifest.yml', () => {
  const validate = validator();

  it("is valid against Slack's manifest schema", () => {
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the validator catches broken manifests', () => {
    const broken = [
      { ...manifest, display_information: { ...manifest.display_information, name: 'x'.repeat(36) } },
      { ...manifest, display_information: { ...manifest.display_information, background_color: 'blue' } },
      { ...manifest, features: { ...manifest.features, slash_commands: [{ command: 'eiot', description: 'no slash' }] } },
      { ...manifest, settings: { ...manifest.settings, interactivity: { request_url: 'https://x.example/' } } },
      { ...manifest, unknown_section: true },
    ];
    for (const candidate of broken) expect(validate(candidate)).toBe(false);
  });

  it('declares /eiot with description and usage hint, pointing at our commands route', () => {
    const commands = manifest.features.slash_commands;
    expect(commands).toHaveLength(1);
    const [command] = commands;
    expect(command.command).toBe(SLACK_COMMAND);
    expect(command.description.length).toBeGreaterThan(10);
    expect(command.usage_hint).toMatch(/1679 devices and 320 E5/);
    expect(new URL(command.url).pathname).toBe(SLACK_COMMANDS_PATH);
  });

  it('enables interactivity on our interactions route, same placeholder host, https', () => {
    const requestUrl = new URL(manifest.settings.interactivity.request_url);
    const commandUrl = new URL(manifest.features.slash_commands[0].url);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(requestUrl.pathname).toBe(SLACK_INTERACTIONS_PATH);
    expect(requestUrl.protocol).toBe('https:');
    expect(requestUrl.host).toBe(commandUrl.host);
    expect(requestUrl.host).toBe('your-app.azurewebsites.net');
  });

  it('asks for the commands bot scope only, and no socket mode (HTTP endpoints)', () => {
    expect(manifest.oauth_config.scopes).toEqual({ bot: ['commands'] });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });
});
