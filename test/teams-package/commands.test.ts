// The Teams command menu (manifest commandLists): picking a command sends its title as the message, so every title
// must be a question the answer engine understands, with the intent the menu promises.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Intent } from '../../src/answer/model';
import { answerQuestion } from '../../src/conversation/session';
import { TEAMS_MANIFEST_DIR } from '../../scripts/package-teams';

interface CommandList {
  scopes: string[];
  commands: { title: string; description?: string }[];
}
const manifest = JSON.parse(readFileSync(join(TEAMS_MANIFEST_DIR, 'manifest.json'), 'utf8'));
const commandLists: CommandList[] = manifest.bots[0].commandLists;

/** What the menu offers (issue 3): calculate, trial, purchase, turn off, cancel plan, help. */
const MENU_INTENTS: Intent[] = ['calculate', 'trial', 'purchase', 'turn_off', 'cancel_legacy', 'help'];

describe.each(commandLists.map((l) => [l.scopes.join(', '), l] as const))('command list for %s', (_scope, list) => {
  it('covers calculate, trial, purchase, turn off, cancel plan and help, once each', () => {
    const intents = list.commands.map((c) => answerQuestion(c.title, { locale: 'en-US' }).intent);
    expect([...intents].sort()).toEqual([...MENU_INTENTS].sort());
  });

  it.each(list.commands.map((c) => [c.title] as const))('"%s" gets a useful answer, not a shrug', (title) => {
    const answer = answerQuestion(title, { locale: 'en-US' });
    switch (answer.intent) {
      case 'calculate':
        // No figures in the title: the bot asks for them instead of inventing numbers.
        expect(answer.gap).toBeNull();
        expect(answer.missing.length).toBeGreaterThan(0);
        expect(answer.ask).toBeTruthy();
        break;
      case 'help':
        expect(answer.followUps.length).toBeGreaterThan(0);
        break;
      default:
        // A how-to command answers with the procedure of the same name.
        expect(answer.procedures.map((p) => p.id)).toContain(answer.intent);
    }
  });
});
