// Fallback text for cards (hosts that can't render the card, notifications).
// TODO(teams): switch to the shared text renderer (src/rendering/text.ts) once it lands.
import type { Answer } from '../answer/model';

export function answerText(answer: Answer): string {
  const lines: string[] = [answer.headline, ...answer.summary];
  if (answer.ask) lines.push(answer.ask);
  if (answer.calculation) {
    for (const f of answer.calculation.figures) lines.push(`${f.label}: ${f.value}`);
    lines.push(...answer.calculation.working);
  }
  for (const p of answer.procedures) {
    lines.push('', p.title, ...p.steps.map((s, i) => `${i + 1}. ${s.replace(/\*\*/g, '')}`));
  }
  for (const n of answer.notes) lines.push(`- ${n}`);
  return lines.join('\n');
}
