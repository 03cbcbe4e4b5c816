// deploy/README.md must agree with the files: parameters it passes exist in main.bicep (with allowed
// values), paths it names exist, npm scripts it runs exist, and main.parameters.json names real parameters.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEPLOY_DIR, REPO_ROOT, parameters, parseBicepFile, type BicepParam } from './bicep';

const README = readFileSync(join(DEPLOY_DIR, 'README.md'), 'utf8');

/** Shell commands from ```bash blocks, one per line, `\` continuations joined, comments dropped. */
export function runbookCommands(markdown: string): string[] {
  const commands: string[] = [];
  for (const block of markdown.matchAll(/```(?:bash|sh|shell)\n([\s\S]*?)```/g)) {
    const joined = block[1]!.replace(/\\\n\s*/g, ' ');
    for (const line of joined.split('\n')) {
      const command = line.replace(/\s+#.*$/, '').trim();
      if (command && !command.startsWith('#')) commands.push(command);
    }
  }
  return commands;
}

/** Shell-ish tokens, keeping "quoted strings" and $(...) together. */
function tokens(command: string): string[] {
  const withoutSpacesInPlaceholders = command.replace(/<[^>]*>/g, (p) => p.replace(/\s+/g, '_'));
  return withoutSpacesInPlaceholders.match(/"[^"]*"|\$\([^)]*\)|\S+/g) ?? [];
}

/** Values following a flag, up to the next `--flag`. */
function flagValues(command: string, flag: string): string[] {
  const t = tokens(command);
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== flag) continue;
    for (let j = i + 1; j < t.length && !t[j]!.startsWith('--'); j++) out.push(t[j]!);
  }
  return out;
}

/** A literal value to check against @allowed, or undefined for $VARS and <placeholders>. */
function literalValue(value: string): string | undefined {
  if (/[$<]/.test(value)) return undefined;
  return value.replace(/^"|"$/g, '');
}

export function parameterProblems(markdown: string, params: Map<string, BicepParam>): string[] {
  const problems: string[] = [];
  const checkAssignment = (assignment: string, where: string) => {
    const [name, ...rest] = assignment.split('=');
    const param = params.get(name!);
    if (!param) return problems.push(`${where}: ${name} is not a parameter of deploy/main.bicep`);
    const value = literalValue(rest.join('='));
    if (value !== undefined && param.allowed && !param.allowed.map(String).includes(value)) {
      problems.push(`${where}: ${name}=${value} is not one of ${param.allowed.join(', ')}`);
    }
  };
  for (const command of runbookCommands(markdown)) {
    if (!/^az deployment group (create|what-if|validate)\b/.test(command)) continue;
    for (const value of flagValues(command, '--parameters')) {
      if (value.includes('=')) checkAssignment(value, command.slice(0, 40));
      else if (!existsSync(join(REPO_ROOT, value.replace(/^@/, '')))) problems.push(`parameters file ${value} does not exist`);
    }
  }
  // Inline `name=value name=value` hints in the prose, e.g. `planSku=P0v3 instanceCount=2`.
  for (const span of markdown.matchAll(/`([a-z][A-Za-z]*=[^`\s]+(?: [a-z][A-Za-z]*=[^`\s]+)*)`/g)) {
    for (const assignment of span[1]!.split(' ')) checkAssignment(assignment, 'inline hint');
  }
  // The parameter table's first column.
  for (const row of markdown.matchAll(/^\| ((?:`[A-Za-z]+`(?:, )?)+) \|/gm)) {
    for (const name of row[1]!.matchAll(/`([A-Za-z]+)`/g)) {
      if (!params.has(name[1]!)) problems.push(`parameter table: ${name[1]} is not a parameter of deploy/main.bicep`);
    }
  }
  return problems;
}

/** Paths produced by a command in the runbook rather than stored in the repository. */
const GENERATED = new Set(['build/appPackage.zip', 'dist', 'app.zip', 'slack-manifest.yml']);

export function pathProblems(markdown: string): string[] {
  const problems: string[] = [];
  const paths = new Set<string>();
  for (const m of markdown.matchAll(/(?<![\w/.$-])((?:deploy|src|test|manifest|build|scripts)\/[\w./*-]*[\w*])/g)) paths.add(m[1]!);
  for (const command of runbookCommands(markdown)) {
    for (const flag of ['--template-file', '--file', '--src-path']) for (const v of flagValues(command, flag)) paths.add(v);
  }
  for (const path of paths) {
    if (GENERATED.has(path) || /[$<]/.test(path)) continue;
    if (path.includes('*')) {
      const dir = join(REPO_ROOT, dirname(path));
      const pattern = new RegExp(`^${path.split('/').pop()!.replace(/\./g, '\\.').replace(/\*/g, '.*')}$`);
      if (!existsSync(dir) || !readdirSync(dir).some((f) => pattern.test(f))) problems.push(`${path} matches no file`);
    } else if (!existsSync(join(REPO_ROOT, path))) problems.push(`${path} does not exist`);
  }
  return problems;
}

export function npmScriptProblems(markdown: string, scripts: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const command of runbookCommands(markdown)) {
    for (const m of command.matchAll(/\bnpm run ([\w:-]+)/g)) if (!scripts[m[1]!]) problems.push(`npm run ${m[1]} is not a script in package.json`);
  }
  return problems;
}

let params: Map<string, BicepParam>;
beforeAll(async () => {
  params = parameters(await parseBicepFile(join(DEPLOY_DIR, 'main.bicep')));
});

describe('deploy/README.md runbook', () => {
  it('has the deployment command with the template and the parameters file', () => {
    const deploys = runbookCommands(README).filter((c) => c.startsWith('az deployment group create'));
    expect(deploys.length).toBeGreaterThan(0);
    for (const c of deploys) {
      expect(flagValues(c, '--template-file')).toEqual(['deploy/main.bicep']);
      expect(flagValues(c, '--parameters')).toContain('deploy/main.parameters.json');
    }
  });

  it('passes only parameters main.bicep declares, with allowed values', () => {
    expect(parameterProblems(README, params)).toEqual([]);
  });

  it('names only files that exist (or that a runbook step generates)', () => {
    expect(pathProblems(README)).toEqual([]);
  });

  it('runs only npm scripts that exist', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(npmScriptProblems(README, pkg.scripts)).toEqual([]);
  });

  it('uses the Key Vault secret names the web app references', () => {
    const keyVault = readFileSync(join(DEPLOY_DIR, 'modules', 'keyVault.bicep'), 'utf8');
    for (const m of README.matchAll(/az keyvault secret set .*?--name ([\w-]+)/g)) {
      expect(keyVault, m[1]).toContain(`'${m[1]}'`);
    }
  });

  it.skipIf(!existsSync(join(REPO_ROOT, 'manifest/slack/manifest.yml')))(
    'fills in the Slack manifest placeholder the manifest really uses',
    () => {
      const sed = runbookCommands(README).find((c) => c.startsWith('sed ') && c.includes('manifest/slack/manifest.yml'));
      const placeholder = sed?.match(/s\/([^/]+)\//)?.[1];
      expect(placeholder).toBeDefined();
      expect(readFileSync(join(REPO_ROOT, 'manifest/slack/manifest.yml'), 'utf8')).toContain(placeholder!);
    },
  );

  it('states that no Bicep compiler or Docker engine ran on the build machine', () => {
    const prose = README.replace(/\n>\s*/g, ' ').replace(/\s+/g, ' ');
    expect(prose).toMatch(/no Bicep compiler/i);
    expect(prose).toMatch(/no Docker engine/i);
    expect(prose).toMatch(/syntax-checked with the tree-sitter-bicep grammar/);
    expect(prose).toMatch(/`az bicep build`.*`docker build`.* were \*\*not\*\* run/);
  });

  it('the checks catch a misspelt parameter, a bad value, a missing file and a missing script', () => {
    const bad = [
      '```bash',
      'az deployment group create --resource-group $RG --template-file deploy/main.bicep --parameters deploy/main.parametres.json botAuth=SingleTenant botAuthType=MultiTenant',
      'npm run package:slack',
      '```',
      'See deploy/modules/nope.bicep and add `instanceCont=2`.',
    ].join('\n');
    expect(parameterProblems(bad, params)).toEqual([
      'parameters file deploy/main.parametres.json does not exist',
      'az deployment group create --resource-gr: botAuth is not a parameter of deploy/main.bicep',
      'az deployment group create --resource-gr: botAuthType=MultiTenant is not one of UserAssignedMSI, SingleTenant',
      'inline hint: instanceCont is not a parameter of deploy/main.bicep',
    ]);
    expect(pathProblems(bad).sort()).toEqual(['deploy/main.parametres.json does not exist', 'deploy/modules/nope.bicep does not exist']);
    expect(npmScriptProblems(bad, { build: 'tsc' })).toEqual(['npm run package:slack is not a script in package.json']);
  });
});

describe('deploy/main.parameters.json', () => {
  const file = JSON.parse(readFileSync(join(DEPLOY_DIR, 'main.parameters.json'), 'utf8')) as {
    $schema: string;
    parameters: Record<string, { value: unknown }>;
  };

  it('is an ARM deployment parameters file', () => {
    expect(file.$schema).toMatch(/deploymentParameters\.json#$/);
  });

  it('names only parameters of main.bicep, with allowed values, and no secrets', () => {
    for (const [name, { value }] of Object.entries(file.parameters)) {
      const param = params.get(name);
      expect(param, `${name} is not a parameter of deploy/main.bicep`).toBeDefined();
      if (param?.allowed) expect(param.allowed, name).toContain(value);
      expect(param?.secure, `${name} is a secret and does not belong in a committed file`).toBe(false);
    }
  });
});
