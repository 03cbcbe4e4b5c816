// The `eiot` command: ask one question, answer questions from stdin as JSON lines, or chat.
import { createInterface } from 'node:readline';
import { answerQuestion, respond, type ConversationMemory } from '../../conversation/session';
import { renderText } from '../../rendering/text';
import { warmUpNumberRecognizer } from '../../understanding/numbers';
import type { Answer } from '../../answer/model';

const USAGE = `Usage:
  eiot ask [--json] [--locale de-DE] "I have 1679 devices and 320 E5"
  eiot ask --json [--locale LOCALE] < questions.txt     (one question per line, one JSON object per line)
  eiot chat [--locale LOCALE]                            (a conversation in the terminal)`;

export function toJson(answer: Answer) {
  return {
    intent: answer.intent,
    totalDevices: answer.totalDevices,
    coveredDevices: answer.coveredDevices,
    gap: answer.gap,
    missing: answer.missing,
    text: renderText(answer),
    headline: answer.headline,
  };
}

interface Parsed {
  command?: string;
  json: boolean;
  locale?: string;
  question?: string;
  error?: string;
}

export function parseArgs(argv: string[]): Parsed {
  const parsed: Parsed = { json: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') parsed.json = true;
    else if (arg === '--locale') {
      const value = argv[++i];
      if (!value) return { ...parsed, error: '--locale needs a value, e.g. --locale de-DE' };
      parsed.locale = value;
    } else if (arg.startsWith('--locale=')) parsed.locale = arg.slice('--locale='.length);
    else if (arg === '-h' || arg === '--help') parsed.command = 'help';
    else rest.push(arg);
  }
  if (parsed.locale) {
    try {
      Intl.getCanonicalLocales(parsed.locale);
    } catch {
      return { ...parsed, error: `"${parsed.locale}" is not a locale (try en-US or de-DE)` };
    }
  }
  parsed.command ??= rest.shift();
  if (rest.length) parsed.question = rest.join(' ');
  return parsed;
}

async function askFromStdin(json: boolean, locale: string | undefined): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    const answer = answerQuestion(line, { locale });
    process.stdout.write(json ? `${JSON.stringify(toJson(answer))}\n` : `${renderText(answer)}\n\n`);
  }
}

async function chat(locale: string | undefined): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  let memory: ConversationMemory = {};
  process.stdout.write('eIoT License Advisor. Ask a licensing question ("start over" to reset, "exit" to leave).\n> ');
  for await (const line of rl) {
    if (/^\s*(exit|quit|bye)\s*$/i.test(line)) break;
    const turn = respond(memory, line, { locale });
    memory = turn.memory;
    process.stdout.write(`\n${renderText(turn.answer)}\n\n> `);
  }
  rl.close();
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.error) {
    process.stderr.write(`eiot: ${args.error}\n${USAGE}\n`);
    return 2;
  }
  warmUpNumberRecognizer();
  switch (args.command) {
    case 'ask':
      if (args.question !== undefined) {
        const answer = answerQuestion(args.question, { locale: args.locale });
        process.stdout.write(args.json ? `${JSON.stringify(toJson(answer))}\n` : `${renderText(answer)}\n`);
      } else {
        await askFromStdin(args.json, args.locale);
      }
      return 0;
    case 'chat':
      await chat(args.locale);
      return 0;
    case 'help':
    case undefined:
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      process.stderr.write(`eiot: unknown command "${args.command}"\n${USAGE}\n`);
      return 2;
  }
}

if (require.main === module || process.argv[1]?.endsWith('eiot.js') || process.argv[1]?.endsWith('eiot')) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`eiot: something went wrong (${error instanceof Error ? error.message : 'unknown error'})\n`);
      process.exitCode = 1;
    },
  );
}
