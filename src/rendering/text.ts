// Answer -> plain text (terminal, notification fallback, screen readers).
import type { Answer } from '../answer/model';

/** `**label**` is UI markup; plain text drops the asterisks. */
export function plain(s: string): string {
  return s.replace(/\*\*([^*]+)\*\*/g, '$1');
}

export function renderText(answer: Answer): string {
  const lines: string[] = [plain(answer.headline)];
  if (answer.summary.length) lines.push('', ...answer.summary.map(plain));
  const calc = answer.calculation;
  if (calc) {
    lines.push('', ...calc.figures.map((f) => `  ${f.label}: ${f.value}`));
    lines.push('', 'Working:', ...calc.working.map((w) => `  ${w}`));
  }
  for (const p of answer.procedures) {
    // A procedure answer's headline is the procedure's title: say it once.
    lines.push('', ...(p.title === answer.headline ? [] : [p.title]), `  (${plain(p.appliesTo)})`);
    p.steps.forEach((s, i) => lines.push(`  ${i + 1}. ${plain(s)}`));
    for (const n of p.notes) lines.push(`  Note: ${plain(n)}`);
    lines.push(`  Source: ${p.source.citation}, ${p.source.url}`);
  }
  if (answer.notes.length) lines.push('', ...answer.notes.map((n) => `Note: ${plain(n)}`));
  if (answer.links.length) lines.push('', 'Links:', ...answer.links.map((l) => `  ${l.title}: ${l.url}`));
  return lines.join('\n');
}

/** One line for speech (`speak`) and previews: headline plus the ask, if any. */
export function renderSpeech(answer: Answer): string {
  return [plain(answer.headline), answer.ask ? plain(answer.ask) : ''].filter(Boolean).join('. ');
}
