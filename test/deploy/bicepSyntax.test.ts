// No Bicep compiler exists on the build machine: every .bicep file is syntax-checked with the
// tree-sitter-bicep grammar, and module wiring (paths, parameter names) is checked from the parse tree.
// `az bicep build` still has the last word (types, API versions); see deploy/README.md.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_DIR, REPO_ROOT, bicepFiles, modules, parameters, parseBicep, parseBicepFile, resources, syntaxProblems } from './bicep';

const files = bicepFiles();

describe('Bicep syntax (tree-sitter-bicep)', () => {
  it('finds main.bicep and its modules', () => {
    const names = files.map((f) => relative(DEPLOY_DIR, f));
    expect(names).toContain('main.bicep');
    expect(names.filter((n) => n.startsWith('modules/')).length).toBeGreaterThanOrEqual(5);
  });

  for (const file of files) {
    it(`${relative(REPO_ROOT, file)} has no ERROR or MISSING nodes`, async () => {
      expect(syntaxProblems(await parseBicepFile(file))).toEqual([]);
    });
  }

  it('reports a missing closing brace', async () => {
    const broken = "resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {\n  name: 'p'\n  location: 'westeurope'\n";
    const problems = syntaxProblems(await parseBicep(broken));
    expect(problems.length).toBeGreaterThan(0);
  });

  it('reports a property without a value and a stray token', async () => {
    const broken = "param name string\nvar x = {\n  a:\n  b: 'ok'\n}\nresource r 'A/b@1' = { name: name ] }\n";
    const problems = syntaxProblems(await parseBicep(broken));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.line >= 1 && p.column >= 1)).toBe(true);
  });

  it('reports an unterminated string', async () => {
    expect(syntaxProblems(await parseBicep("param location string = 'westeurope\n")).length).toBeGreaterThan(0);
  });

  it('accepts a well-formed snippet (the check is not just always failing)', async () => {
    expect(syntaxProblems(await parseBicep("param location string = 'westeurope'\noutput where string = location\n"))).toEqual([]);
  });
});

describe('module wiring', () => {
  for (const file of files) {
    it(`${relative(REPO_ROOT, file)}: modules exist, get only their own parameters and every required one`, async () => {
      for (const use of modules(await parseBicepFile(file), file)) {
        expect(existsSync(use.path), `${use.symbol} -> ${use.path}`).toBe(true);
        const declared = parameters(await parseBicepFile(use.path));
        const unknown = use.passed.filter((p) => !declared.has(p));
        expect(unknown, `${use.symbol} passes parameters its module does not declare`).toEqual([]);
        const required = [...declared.values()].filter((p) => !p.hasDefault).map((p) => p.name);
        expect(required.filter((p) => !use.passed.includes(p)), `${use.symbol} misses required parameters`).toEqual([]);
      }
    });
  }

  it('every resource names a type and an explicit API version', async () => {
    for (const file of files) {
      for (const r of resources(await parseBicepFile(file))) {
        expect(r.typeAndVersion, `${file}: ${r.symbol}`).toMatch(/^Microsoft\.[A-Za-z]+\/[A-Za-z/]+@\d{4}-\d{2}-\d{2}(-preview)?$/);
      }
    }
  });

  it('the wiring check catches a parameter the module does not declare', async () => {
    const main = join(DEPLOY_DIR, 'main.bicep');
    const source = "module m 'modules/bot.bicep' = {\n  name: 'bot'\n  params: {\n    botNmae: 'typo'\n  }\n}\n";
    const [use] = modules(await parseBicep(source), main);
    const declared = parameters(await parseBicepFile(use!.path));
    expect(use!.passed.filter((p) => !declared.has(p))).toEqual(['botNmae']);
  });
});
