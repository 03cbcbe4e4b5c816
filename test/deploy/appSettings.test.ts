// Drift between infrastructure and code: the web app's app settings (deploy/modules/webApp.bicep)
// must be exactly the environment variables src/server/config.ts reads, plus a short list of
// platform settings, and each deployment mode must produce an environment the app accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tree } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, describeConfig, loadConfig } from '../../src/server/config';
import {
  DEPLOY_DIR,
  UNKNOWN,
  bicepFiles,
  evaluate,
  parameters,
  parseBicep,
  parseBicepFile,
  possibleSettingNames,
  propertiesNamed,
  variables,
  type Value,
} from './bicep';

/** Settings App Service reads itself; the app never does. Each one needs a reason. */
export const PLATFORM_SETTINGS: Record<string, string> = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'where the App Service Node.js agent sends requests and dependencies',
  ApplicationInsightsAgent_EXTENSION_VERSION: "'~3' turns the App Service Node.js agent on (Linux)",
  SCM_DO_BUILD_DURING_DEPLOYMENT: "'false': the zip is prebuilt; an Oryx `npm install` would run `prepare` (tsc, a dev dependency)",
};

/** Config variables the deployment deliberately leaves unset, and why. */
export const LEFT_TO_DEFAULTS: Record<string, string> = {
  PORT: 'App Service injects PORT into the Node.js container; setting it would fight the platform',
  HOST: 'unset, the server binds every interface, which App Service forwards to',
};

const SECRET_VARIABLES = ['SLACK_SIGNING_SECRET', 'MicrosoftAppPassword', 'STATE_STORAGE_CONNECTION_STRING'];
const KEY_VAULT_REFERENCE = /^@Microsoft\.KeyVault\(SecretUri=https:\/\/[^)]+\/secrets\/[a-z0-9-]+\)$/;

const WEB_APP = join(DEPLOY_DIR, 'modules', 'webApp.bicep');
const MAIN = join(DEPLOY_DIR, 'main.bicep');

interface Setting {
  name: string;
  value: Value;
}

function settingNames(tree: Tree) {
  const vars = variables(tree);
  const all = propertiesNamed(tree, 'appSettings').map((node) => possibleSettingNames(node, vars));
  return { names: all.flatMap((r) => r.names), unresolved: all.flatMap((r) => r.unresolved), count: all.length };
}

/** Names the schema does not know and that are not allowed platform settings. */
function unknownSettings(names: string[]): string[] {
  return names.filter((n) => !CONFIG_VARIABLES.includes(n) && !(n in PLATFORM_SETTINGS));
}

// Values the web app module receives from main.bicep at deploy time (shapes as Azure returns them).
const deployTimeValues = {
  botAppId: '5b1d4c0e-0000-4000-8000-00000000b07d',
  tenantId: '72f988bf-0000-4000-8000-000000000001',
  stateBlobEndpoint: 'https://stexample123.blob.core.windows.net/',
  stateContainerName: 'conversation-state',
  slackSigningSecretUri: 'https://kvexample123.vault.azure.net/secrets/slack-signing-secret',
  botAppPasswordUri: 'https://kvexample123.vault.azure.net/secrets/bot-app-password',
  stateStorageConnectionStringUri: 'https://kvexample123.vault.azure.net/secrets/state-storage-connection-string',
  appInsightsConnectionString: 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://example.in.applicationinsights.azure.com/',
};

// What Key Vault hands the app once App Service resolves a reference.
const resolvedSecrets: Record<string, string> = {
  SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5',
  MicrosoftAppPassword: 'client-secret-from-entra-0123456789',
  STATE_STORAGE_CONNECTION_STRING:
    'DefaultEndpointsProtocol=https;AccountName=stexample123;AccountKey=a2V5;EndpointSuffix=core.windows.net',
};

let webApp: Tree;
let main: Tree;
let mainDefaults: Record<string, Value>;

beforeAll(async () => {
  webApp = await parseBicepFile(WEB_APP);
  main = await parseBicepFile(MAIN);
  mainDefaults = {};
  for (const p of parameters(main).values()) {
    if (p.defaultValue) mainDefaults[p.name] = evaluate(p.defaultValue, { vars: new Map(), bindings: {} });
  }
});

function appSettingsFor(mode: { botAuthType: string; stateUsesIdentity: boolean; enableSlack: boolean }): Setting[] {
  const bindings: Record<string, Value> = {
    ...deployTimeValues,
    logLevel: mainDefaults.logLevel!,
    throttleRate: mainDefaults.throttleRate!,
    throttleBurst: mainDefaults.throttleBurst!,
    ...mode,
  };
  const siteConfig = evaluate(variables(webApp).get('siteConfig')!, { vars: variables(webApp), bindings });
  if (siteConfig === UNKNOWN || typeof siteConfig !== 'object' || siteConfig === null || Array.isArray(siteConfig)) {
    throw new Error('siteConfig did not evaluate');
  }
  const settings = siteConfig.appSettings;
  if (!Array.isArray(settings)) throw new Error('appSettings did not evaluate to an array');
  return settings.map((s) => {
    if (typeof s !== 'object' || s === null || Array.isArray(s) || typeof s.name !== 'string') throw new Error('bad app setting entry');
    return { name: s.name, value: s.value ?? UNKNOWN };
  });
}

/** The environment the app sees: app settings with Key Vault references resolved, plus what App Service injects. */
function environmentFrom(settings: Setting[]): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PORT: '8080' };
  for (const s of settings) {
    if (s.name in PLATFORM_SETTINGS) continue;
    if (typeof s.value !== 'string') throw new Error(`${s.name} did not evaluate to a string`);
    env[s.name] = KEY_VAULT_REFERENCE.test(s.value) ? resolvedSecrets[s.name] : s.value;
  }
  return env;
}

describe('app settings vs the config schema', () => {
  it('reads the app settings from the web app module and understands every entry', () => {
    const { names, unresolved, count } = settingNames(webApp);
    expect(count).toBeGreaterThan(0);
    expect(unresolved).toEqual([]);
    expect(names.length).toBeGreaterThan(5);
  });

  it('sets only variables the config schema knows, or an allowed platform setting', () => {
    expect(unknownSettings(settingNames(webApp).names)).toEqual([]);
  });

  it('covers every schema variable, except the documented ones left to defaults', () => {
    const set = new Set(settingNames(webApp).names);
    for (const name of Object.keys(LEFT_TO_DEFAULTS)) {
      expect(CONFIG_VARIABLES, `${name} is not a config variable`).toContain(name);
      expect(set.has(name), `${name} is listed as left to defaults but the Bicep sets it`).toBe(false);
    }
    const missing = CONFIG_VARIABLES.filter((v) => !set.has(v) && !(v in LEFT_TO_DEFAULTS));
    expect(missing).toEqual([]);
  });

  it('allows only platform settings that the Bicep really sets (no stale allow-list entries)', () => {
    const set = new Set(settingNames(webApp).names);
    expect(Object.keys(PLATFORM_SETTINGS).filter((n) => !set.has(n))).toEqual([]);
  });

  it('no other .bicep file sets app settings behind the drift check', async () => {
    for (const file of bicepFiles()) {
      if (file === WEB_APP) continue;
      const tree = await parseBicepFile(file);
      expect(propertiesNamed(tree, 'appSettings'), file).toEqual([]);
    }
  });

  it('flags a setting the schema does not know (the check can fail)', async () => {
    const source = readFileSync(WEB_APP, 'utf8').replace(
      'var coreAppSettings = [',
      "var coreAppSettings = [\n  {\n    name: 'MICROSOFT_APP_ID'\n    value: 'typo'\n  }",
    );
    const doctored = await parseBicep(source);
    expect(unknownSettings(settingNames(doctored).names)).toEqual(['MICROSOFT_APP_ID']);
  });

  it('flags an app settings entry it cannot read instead of ignoring it', async () => {
    const source = readFileSync(WEB_APP, 'utf8').replace(
      'var appSettings = concat(',
      'var appSettings = concat(someUnknownVar, ',
    );
    expect(settingNames(await parseBicep(source)).unresolved).toContain('someUnknownVar');
  });
});

describe('each deployment mode gives the app an environment it accepts', () => {
  const modes = [
    { botAuthType: 'UserAssignedMSI', stateUsesIdentity: true, enableSlack: true, storage: 'STATE_STORAGE_ACCOUNT_URL' },
    { botAuthType: 'UserAssignedMSI', stateUsesIdentity: false, enableSlack: true, storage: 'STATE_STORAGE_CONNECTION_STRING' },
    { botAuthType: 'SingleTenant', stateUsesIdentity: false, enableSlack: false, storage: 'STATE_STORAGE_CONNECTION_STRING' },
  ];

  for (const { storage, ...mode } of modes) {
    const label = `${mode.botAuthType}, state via ${storage}, slack ${mode.enableSlack ? 'on' : 'off'}`;

    it(`${label}: every value evaluates, no duplicates, secrets only as Key Vault references`, () => {
      const settings = appSettingsFor(mode);
      const names = settings.map((s) => s.name);
      expect(new Set(names).size).toBe(names.length);
      for (const s of settings) {
        expect(s.value, `${s.name} did not evaluate`).not.toBe(UNKNOWN);
        if (SECRET_VARIABLES.includes(s.name)) expect(s.value, s.name).toMatch(KEY_VAULT_REFERENCE);
      }
      expect(names).toContain(storage);
      expect(names).not.toContain(storage === 'STATE_STORAGE_ACCOUNT_URL' ? 'STATE_STORAGE_CONNECTION_STRING' : 'STATE_STORAGE_ACCOUNT_URL');
      expect(names.includes('MicrosoftAppPassword')).toBe(mode.botAuthType === 'SingleTenant');
    });

    it(`${label}: loadConfig accepts it and turns on exactly these features`, () => {
      const config = loadConfig(environmentFrom(appSettingsFor(mode)));
      expect(describeConfig(config)).toEqual({
        port: 8080,
        botAuth: mode.botAuthType,
        stateStorage: 'azure-blob',
        slack: mode.enableSlack ? 'on' : 'off',
      });
      expect(config.MicrosoftAppId).toBe(deployTimeValues.botAppId);
      expect(config.MicrosoftAppTenantId).toBe(deployTimeValues.tenantId);
      expect(config.STATE_STORAGE_CONTAINER).toBe(deployTimeValues.stateContainerName);
      expect(config.THROTTLE_RATE).toBe(mainDefaults.throttleRate);
    });
  }

  it('main.bicep offers exactly the bot auth types the schema accepts (minus the retired MultiTenant)', () => {
    const allowed = parameters(main).get('botAuthType')?.allowed;
    expect(allowed).toEqual(['UserAssignedMSI', 'SingleTenant']);
    for (const type of allowed ?? []) {
      expect(() => loadConfig({ MicrosoftAppType: String(type) })).not.toThrow();
    }
  });

  it('main.bicep log level choices are the schema’s', () => {
    const allowed = parameters(main).get('logLevel')?.allowed ?? [];
    for (const level of allowed) expect(() => loadConfig({ LOG_LEVEL: String(level) })).not.toThrow();
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow();
    expect(allowed).toContain(mainDefaults.logLevel);
  });
});
