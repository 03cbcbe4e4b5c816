// Reading the Bicep files without a Bicep compiler: tree-sitter-bicep's grammar (shipped as .wasm)
// hosted by web-tree-sitter. Gives a syntax check (ERROR / MISSING nodes) and a parse tree that the
// deploy tests walk to read parameters, modules and app settings, with a small evaluator for the
// handful of expression forms the templates use. Anything it cannot evaluate comes back as UNKNOWN,
// so a test fails rather than guessing.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const DEPLOY_DIR = join(REPO_ROOT, 'deploy');

let parserPromise: Promise<Parser> | undefined;

export function bicepParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    await Parser.init();
    const wasm = require.resolve('tree-sitter-bicep/tree-sitter-bicep.wasm');
    const language = await Language.load(wasm);
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

export async function parseBicep(source: string): Promise<Tree> {
  const tree = (await bicepParser()).parse(source);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

export async function parseBicepFile(path: string): Promise<Tree> {
  return parseBicep(readFileSync(path, 'utf8'));
}

/** Every .bicep file under deploy/, absolute paths, sorted. */
export function bicepFiles(dir = DEPLOY_DIR): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...bicepFiles(full));
    else if (entry.name.endsWith('.bicep')) out.push(full);
  }
  return out.sort();
}

export interface SyntaxProblem {
  kind: 'ERROR' | 'MISSING';
  line: number;
  column: number;
  text: string;
}

/** ERROR and MISSING nodes, with 1-based positions. An empty list means the file parsed cleanly. */
export function syntaxProblems(tree: Tree): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const walk = (node: Node) => {
    if (node.isError || node.isMissing) {
      problems.push({
        kind: node.isMissing ? 'MISSING' : 'ERROR',
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        text: node.isMissing ? node.type : node.text.slice(0, 60),
      });
    }
    for (const child of node.children) if (child) walk(child);
  };
  walk(tree.rootNode);
  // A tree can flag hasError without a visible ERROR child in rare recoveries: report it anyway.
  if (problems.length === 0 && tree.rootNode.hasError) problems.push({ kind: 'ERROR', line: 1, column: 1, text: '(tree has errors)' });
  return problems;
}

function named(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
}

export interface BicepParam {
  name: string;
  hasDefault: boolean;
  /** The default value's expression node, if any. */
  defaultValue?: Node;
  /** Values of an @allowed([...]) decorator, if present and literal. */
  allowed?: unknown[];
  secure: boolean;
}

/** Decorators are the `decorators` sibling right before a declaration. */
function decoratorsOf(decl: Node): Node[] {
  const prev = decl.previousNamedSibling;
  if (!prev || prev.type !== 'decorators') return [];
  return named(prev).filter((d) => d.type === 'decorator');
}

function decoratorCall(decorator: Node): { name: string; args: Node[] } | undefined {
  const call = named(decorator)[0];
  if (!call || call.type !== 'call_expression') return undefined;
  const fn = call.childForFieldName('function');
  const args = call.childForFieldName('arguments');
  return { name: fn?.text ?? '', args: args ? named(args) : [] };
}

export function parameters(tree: Tree): Map<string, BicepParam> {
  const params = new Map<string, BicepParam>();
  for (const decl of named(tree.rootNode)) {
    if (decl.type !== 'parameter_declaration') continue;
    const [id, , defaultValue] = named(decl);
    if (!id) continue;
    const param: BicepParam = { name: id.text, hasDefault: defaultValue !== undefined, defaultValue, secure: false };
    for (const d of decoratorsOf(decl)) {
      const call = decoratorCall(d);
      if (call?.name === 'secure') param.secure = true;
      if (call?.name === 'allowed' && call.args[0]) {
        const values = evaluate(call.args[0], { vars: new Map(), bindings: {} });
        if (Array.isArray(values)) param.allowed = values;
      }
    }
    params.set(param.name, param);
  }
  return params;
}

export function variables(tree: Tree): Map<string, Node> {
  const vars = new Map<string, Node>();
  for (const decl of named(tree.rootNode)) {
    if (decl.type !== 'variable_declaration') continue;
    const [id, value] = named(decl);
    if (id && value) vars.set(id.text, value);
  }
  return vars;
}

export interface ModuleUse {
  symbol: string;
  /** Absolute path of the referenced .bicep file. */
  path: string;
  /** Names passed in `params: { ... }`. */
  passed: string[];
}

export function modules(tree: Tree, fromFile: string): ModuleUse[] {
  const out: ModuleUse[] = [];
  for (const decl of named(tree.rootNode)) {
    if (decl.type !== 'module_declaration') continue;
    const [id, pathNode, ...rest] = named(decl);
    const body = rest.find((n) => n.type === 'object') ?? rest.flatMap((n) => named(n)).find((n) => n.type === 'object');
    const paramsObject = body ? objectProperty(body, 'params') : undefined;
    out.push({
      symbol: id?.text ?? '',
      path: resolve(dirname(fromFile), stringLiteral(pathNode) ?? ''),
      passed: paramsObject && paramsObject.type === 'object' ? propertyNames(paramsObject) : [],
    });
  }
  return out;
}

export interface ResourceUse {
  symbol: string;
  /** e.g. Microsoft.Web/sites@2024-04-01 */
  typeAndVersion: string;
  body?: Node;
}

export function resources(tree: Tree): ResourceUse[] {
  const out: ResourceUse[] = [];
  for (const decl of named(tree.rootNode)) {
    if (decl.type !== 'resource_declaration') continue;
    const [id, typeNode, ...rest] = named(decl);
    const body = rest.find((n) => n.type === 'object') ?? rest.flatMap((n) => named(n)).find((n) => n.type === 'object');
    out.push({ symbol: id?.text ?? '', typeAndVersion: stringLiteral(typeNode) ?? '', body });
  }
  return out;
}

/** The text of a string literal without interpolation, else undefined. */
export function stringLiteral(node: Node | null | undefined): string | undefined {
  if (!node || node.type !== 'string') return undefined;
  const parts = named(node);
  if (parts.some((p) => p.type === 'interpolation')) return undefined;
  return parts.map((p) => (p.type === 'escape_sequence' ? unescape(p.text) : p.text)).join('');
}

function unescape(seq: string): string {
  const map: Record<string, string> = { "\\'": "'", '\\\\': '\\', '\\n': '\n', '\\r': '\r', '\\t': '\t', '\\$': '$' };
  return map[seq] ?? seq;
}

function propertyKey(prop: Node): string | undefined {
  const key = named(prop)[0];
  if (!key) return undefined;
  return key.type === 'string' ? stringLiteral(key) : key.text;
}

export function propertyNames(object: Node): string[] {
  return named(object)
    .filter((p) => p.type === 'object_property')
    .map(propertyKey)
    .filter((k): k is string => k !== undefined);
}

export function objectProperty(object: Node, key: string): Node | undefined {
  for (const prop of named(object)) {
    if (prop.type === 'object_property' && propertyKey(prop) === key) return named(prop)[1];
  }
  return undefined;
}

/** Every `key: value` property in the tree with this key, wherever it sits. */
export function propertiesNamed(tree: Tree, key: string): Node[] {
  const found: Node[] = [];
  const walk = (node: Node) => {
    if (node.type === 'object_property' && propertyKey(node) === key) {
      const value = named(node)[1];
      if (value) found.push(value);
    }
    for (const c of named(node)) walk(c);
  };
  walk(tree.rootNode);
  return found;
}

// ---------------------------------------------------------------------------------------------
// A small evaluator: literals, arrays, objects, variables, bound parameters, string interpolation,
// ternaries, ==, !=, &&, ||, !, and the functions concat, string, empty.

export const UNKNOWN = Symbol('unknown');
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value } | typeof UNKNOWN;

export interface Scope {
  vars: Map<string, Node>;
  /** Values for parameters (and anything else referenced by name). */
  bindings: Record<string, Value>;
}

export function evaluate(node: Node, scope: Scope): Value {
  switch (node.type) {
    case 'string': {
      let out = '';
      for (const part of named(node)) {
        if (part.type === 'interpolation') {
          const inner = named(part)[0];
          const v = inner ? evaluate(inner, scope) : UNKNOWN;
          if (v === UNKNOWN || typeof v === 'object') return UNKNOWN;
          out += String(v);
        } else out += part.type === 'escape_sequence' ? unescape(part.text) : part.text;
      }
      return out;
    }
    case 'number':
      return Number(node.text);
    case 'boolean':
      return node.text === 'true';
    case 'null':
      return null;
    case 'array':
      return named(node).map((e) => evaluate(e, scope));
    case 'object': {
      const out: { [key: string]: Value } = {};
      for (const prop of named(node)) {
        if (prop.type !== 'object_property') continue;
        const key = propertyKey(prop);
        const value = named(prop)[1];
        if (key === undefined || !value) return UNKNOWN;
        out[key] = evaluate(value, scope);
      }
      return out;
    }
    case 'identifier': {
      if (Object.prototype.hasOwnProperty.call(scope.bindings, node.text)) return scope.bindings[node.text] as Value;
      const v = scope.vars.get(node.text);
      return v ? evaluate(v, scope) : UNKNOWN;
    }
    case 'parenthesized_expression': {
      const inner = named(node)[0];
      return inner ? evaluate(inner, scope) : UNKNOWN;
    }
    case 'ternary_expression': {
      const cond = evaluate(node.childForFieldName('condition')!, scope);
      if (typeof cond !== 'boolean') return UNKNOWN;
      return evaluate(node.childForFieldName(cond ? 'consequence' : 'alternative')!, scope);
    }
    case 'unary_expression': {
      const op = node.child(0)?.text;
      const arg = evaluate(node.childForFieldName('argument')!, scope);
      if (op === '!' && typeof arg === 'boolean') return !arg;
      return UNKNOWN;
    }
    case 'binary_expression': {
      const op = node.childForFieldName('operator')?.text;
      const left = evaluate(node.childForFieldName('left')!, scope);
      const right = evaluate(node.childForFieldName('right')!, scope);
      if (left === UNKNOWN || right === UNKNOWN) return UNKNOWN;
      if (op === '==') return left === right;
      if (op === '!=') return left !== right;
      if (op === '&&' && typeof left === 'boolean' && typeof right === 'boolean') return left && right;
      if (op === '||' && typeof left === 'boolean' && typeof right === 'boolean') return left || right;
      return UNKNOWN;
    }
    case 'call_expression': {
      const fn = node.childForFieldName('function')?.text;
      const argsNode = node.childForFieldName('arguments');
      const args = argsNode ? named(argsNode).map((a) => evaluate(a, scope)) : [];
      if (args.some((a) => a === UNKNOWN)) return UNKNOWN;
      if (fn === 'concat' && args.every(Array.isArray)) return (args as Value[][]).flat();
      if (fn === 'concat' && args.every((a) => typeof a === 'string' || typeof a === 'number')) return args.join('');
      if (fn === 'string' && args.length === 1 && (typeof args[0] !== 'object' || args[0] === null)) return String(args[0]);
      if (fn === 'empty' && args.length === 1) {
        const a = args[0];
        return a === null || a === '' || (Array.isArray(a) && a.length === 0) || (typeof a === 'object' && a !== null && Object.keys(a).length === 0);
      }
      return UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

/**
 * Every `{ name: '...', value: ... }` entry an appSettings expression can produce, across all branches
 * of its ternaries (no parameter values needed). Anything that is not a literal-named entry is
 * reported in `unresolved`, so the drift test can refuse to pass on a structure it does not understand.
 */
export function possibleSettingNames(node: Node, vars: Map<string, Node>): { names: string[]; unresolved: string[] } {
  const names: string[] = [];
  const unresolved: string[] = [];
  const visit = (n: Node, depth: number) => {
    if (depth > 50) {
      unresolved.push(n.text.slice(0, 60));
      return;
    }
    switch (n.type) {
      case 'identifier': {
        const v = vars.get(n.text);
        if (v) visit(v, depth + 1);
        else unresolved.push(n.text);
        return;
      }
      case 'parenthesized_expression':
        named(n).forEach((c) => visit(c, depth + 1));
        return;
      case 'ternary_expression':
        visit(n.childForFieldName('consequence')!, depth + 1);
        visit(n.childForFieldName('alternative')!, depth + 1);
        return;
      case 'call_expression': {
        const fn = n.childForFieldName('function')?.text;
        const args = n.childForFieldName('arguments');
        if ((fn === 'concat' || fn === 'union') && args) named(args).forEach((a) => visit(a, depth + 1));
        else unresolved.push(n.text.slice(0, 60));
        return;
      }
      case 'array':
        for (const element of named(n)) {
          const name = element.type === 'object' ? stringLiteral(objectProperty(element, 'name')) : undefined;
          if (name !== undefined && objectProperty(element, 'value')) names.push(name);
          else unresolved.push(element.text.slice(0, 60));
        }
        return;
      default:
        unresolved.push(n.text.slice(0, 60));
    }
  };
  visit(node, 0);
  return { names, unresolved };
}
