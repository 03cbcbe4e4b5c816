// The properties issue 5 asks for, read from the parse tree (no compiler here to check more).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_DIR, UNKNOWN, evaluate, objectProperty, parameters, parseBicepFile, resources, variables, type Value } from './bicep';

const literal = (node: Parameters<typeof evaluate>[0] | undefined, bindings: Record<string, Value> = {}, vars = new Map()) =>
  node ? evaluate(node, { vars, bindings }) : UNKNOWN;

describe('infrastructure shape', () => {
  it('web app: Linux Node LTS, HTTPS only, Always On, health check on /readyz, npm start', async () => {
    const tree = await parseBicepFile(join(DEPLOY_DIR, 'modules', 'webApp.bicep'));
    const vars = variables(tree);
    const siteConfig = literal(vars.get('siteConfig'), { linuxFxVersion: 'NODE|24-lts', appSettings: [] }, new Map([...vars].filter(([k]) => k !== 'appSettings')));
    expect(siteConfig).toMatchObject({ alwaysOn: true, healthCheckPath: '/readyz', appCommandLine: 'npm start', minTlsVersion: '1.2', ftpsState: 'Disabled' });
    const site = resources(tree).find((r) => r.typeAndVersion.startsWith('Microsoft.Web/sites@'));
    const props = site?.body ? objectProperty(site.body, 'properties') : undefined;
    expect(props && literal(objectProperty(props, 'httpsOnly'))).toBe(true);
    expect(props && objectProperty(props, 'keyVaultReferenceIdentity')?.text).toBe('identityId');
    const plan = resources(tree).find((r) => r.typeAndVersion.startsWith('Microsoft.Web/serverfarms@'));
    const planProps = plan?.body ? objectProperty(plan.body, 'properties') : undefined;
    expect(planProps && literal(objectProperty(planProps, 'reserved'))).toBe(true); // Linux
  });

  it('main.bicep defaults to a Node LTS line that is still supported, and offers only LTS lines', async () => {
    const runtime = parameters(await parseBicepFile(join(DEPLOY_DIR, 'main.bicep'))).get('nodeRuntime');
    expect(literal(runtime?.defaultValue)).toBe('NODE|24-lts');
    for (const v of runtime?.allowed ?? []) expect(String(v)).toMatch(/^NODE\|(2[2468])-lts$/);
  });

  it('bot: azurebot kind, endpoint https://<app>/api/messages, Teams channel enabled', async () => {
    const bot = await parseBicepFile(join(DEPLOY_DIR, 'modules', 'bot.bicep'));
    const [service, channel] = resources(bot);
    expect(service?.typeAndVersion).toMatch(/^Microsoft\.BotService\/botServices@/);
    expect(literal(objectProperty(service!.body!, 'kind'))).toBe('azurebot');
    expect(literal(objectProperty(service!.body!, 'location'))).toBe('global');
    expect(channel?.typeAndVersion).toMatch(/^Microsoft\.BotService\/botServices\/channels@/);
    expect(literal(objectProperty(channel!.body!, 'name'))).toBe('MsTeamsChannel');
    expect(literal(objectProperty(channel!.body!, 'properties'))).toEqual({ channelName: 'MsTeamsChannel', properties: { isEnabled: true } });

    const main = await parseBicepFile(join(DEPLOY_DIR, 'main.bicep'));
    const endpoints = main.rootNode.descendantsOfType('object_property').filter((p) => p?.namedChildren[0]?.text === 'endpoint');
    expect(endpoints).toHaveLength(1);
    const endpoint = literal(endpoints[0]!.namedChildren[1]!, { webApp: UNKNOWN });
    expect(endpoint).toBe(UNKNOWN); // interpolated: check its text instead
    expect(endpoints[0]!.namedChildren[1]!.text).toBe("'https://${webApp.outputs.defaultHostName}/api/messages'");
  });

  it('secrets are @secure() parameters', async () => {
    const params = parameters(await parseBicepFile(join(DEPLOY_DIR, 'main.bicep')));
    for (const name of ['slackSigningSecret', 'singleTenantAppPassword']) expect(params.get(name)?.secure, name).toBe(true);
    for (const p of params.values()) if (/secret|password/i.test(p.name)) expect(p.secure, p.name).toBe(true);
  });
});
