// The bot's turn logic with botbuilder's TestAdapter: memory, storage failures, failing turns.
import { ConversationState, MemoryStorage, TestAdapter, type Activity, type Storage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { AdvisorBot, turnErrorHandler, type Respond } from '../../src/channels/teams/bot';
import { respond as realRespond } from '../../src/conversation/session';
import { STORAGE_NOTE, type AdaptiveCard } from '../../src/rendering/adaptiveCard';
import { checkAdaptiveCard } from '../rendering/validateAdaptiveCard';
import { logSink } from './harness';
import { createLogger } from '../../src/server/logger';

/** MemoryStorage whose reads and writes can be made to fail, like a storage account that is down. */
class FlakyStorage implements Storage {
  readonly inner = new MemoryStorage();
  failReads = false;
  failWrites = false;
  async read(keys: string[]): Promise<StoreItems> {
    if (this.failReads) throw new Error('storage unavailable (read)');
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    if (this.failWrites) throw new Error('storage unavailable (write)');
    return this.inner.write(changes);
  }
  async delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

function setup(options: { respond?: Respond; storage?: Storage } = {}) {
  const logs = logSink();
  const logger = createLogger('debug', logs.stream);
  const storage = options.storage ?? new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const bot = new AdvisorBot({ conversationState, logger, respond: options.respond });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.onTurnError = turnErrorHandler(conversationState, logger);
  /** Runs one turn and returns the cards the bot sent. */
  const turn = async (activity: string | Partial<Activity>): Promise<AdaptiveCard[]> => {
    adapter.activeQueue.splice(0);
    const full = typeof activity === 'string' ? { type: 'message', text: activity } : activity;
    await adapter.processActivity({ locale: 'en-US', ...full });
    const cards = adapter.activeQueue.flatMap((a) => (a.attachments ?? []).map((x) => x.content as AdaptiveCard));
    for (const c of cards) expect(checkAdaptiveCard(c).problems).toEqual([]);
    return cards;
  };
  return { turn, logs, storage, conversationState };
}

const headline = (cards: AdaptiveCard[]) => {
  expect(cards).toHaveLength(1);
  const first = cards[0]!.body[0];
  return first?.type === 'TextBlock' ? first.text : '';
};
const hasNote = (cards: AdaptiveCard[]) => cards.some((c) => c.body.some((e) => e.type === 'TextBlock' && e.text === STORAGE_NOTE));

describe('AdvisorBot turns', () => {
  it('remembers devices across turns in ConversationState and persists "start over"', async () => {
    const { turn, storage } = setup();
    const first = await turn('I have 1679 devices');
    expect(first[0]!.body.some((e) => e.id === 'ask')).toBe(true);
    expect(headline(await turn('320 E5'))).toContain('79');

    const saved = JSON.stringify(await storage.read(['test/conversations/Convo1/']));
    expect(saved).toContain('1679');

    await turn('start over');
    expect(JSON.stringify(await storage.read(['test/conversations/Convo1/']))).not.toContain('1679');
    expect(headline(await turn('320 E5'))).not.toContain('79');
  });

  it('answers every message through the engine, with the activity locale', async () => {
    const seen: { text: string; locale?: string }[] = [];
    const spy: Respond = (memory, text, options) => {
      seen.push({ text, locale: options.locale });
      return realRespond(memory, text, options);
    };
    const { turn } = setup({ respond: spy });
    await turn({ type: 'message', text: 'Ich habe 12.000 Geräte und 2.000 E5', locale: 'de-DE' });
    await turn({ type: 'message', value: { eiotAction: 'ask', question: 'How do I start a trial?' } });
    expect(seen).toEqual([
      { text: 'Ich habe 12.000 Geräte und 2.000 E5', locale: 'de-DE' },
      { text: 'How do I start a trial?', locale: 'en-US' },
    ]);
  });

  it('does not call the engine for a bad calculator submit', async () => {
    let calls = 0;
    const { turn } = setup({ respond: (m, t, o) => (calls++, realRespond(m, t, o)) });
    const cards = await turn({ type: 'message', value: { eiotAction: 'calculate', networkDevices: '1.5', iotDevices: '3', e5Licences: '1' } });
    expect(calls).toBe(0);
    expect(JSON.stringify(cards[0]!.body)).toContain('whole number');
  });

  it('a turn that throws gets an apology card, an error log with the turn id, and the next turn works', async () => {
    let fail = true;
    const failing: Respond = (m, t, o) => {
      if (fail) {
        fail = false;
        throw new Error('engine exploded');
      }
      return realRespond(m, t, o);
    };
    const { turn, logs } = setup({ respond: failing });
    const apology = await turn({ type: 'message', text: 'I have 1679 devices and 320 E5', id: 'turn-42' });
    expect(headline(apology)).toMatch(/sorry/i);
    const error = logs.lines.find((l) => l.msg === 'turn failed');
    expect(error).toMatchObject({ turnId: 'turn-42', level: 50 });
    expect(JSON.stringify(apology)).not.toContain('engine exploded');

    expect(headline(await turn('I have 1679 devices and 320 E5'))).toContain('79');
  });

  it('clears a remembered state that makes every turn fail', async () => {
    // The engine fails whenever it is handed remembered devices: without the reset every later turn would fail too.
    const poisoned: Respond = (m, t, o) => {
      if (m.devices && t === 'boom') throw new Error('bad memory');
      return realRespond(m, t, o);
    };
    const { turn } = setup({ respond: poisoned });
    await turn('I have 1679 devices');
    expect(headline(await turn('boom'))).toMatch(/sorry/i);
    expect(headline(await turn('boom'))).not.toMatch(/sorry/i);
  });

  it('starts fresh when the stored memory has an unexpected shape', async () => {
    const { turn, storage, logs } = setup();
    await storage.write({ 'test/conversations/Convo1/': { advisorMemory: { devices: { total: 'lots' } }, eTag: '*' } });
    const cards = await turn('320 E5');
    expect(headline(cards)).not.toMatch(/sorry/i);
    expect(logs.lines.some((l) => String(l.msg).includes('unexpected shape'))).toBe(true);
  });
});

describe('storage failures never lose the answer', () => {
  it('replies with the answer and a note when state cannot be read', async () => {
    const storage = new FlakyStorage();
    const { turn, logs } = setup({ storage });
    storage.failReads = true;
    const cards = await turn('I have 1679 devices and 320 E5');
    expect(headline(cards)).toContain('79');
    expect(hasNote(cards)).toBe(true);
    expect(logs.lines.find((l) => l.msg === 'conversation state could not be read')).toMatchObject({ level: 50 });
  });

  it('replies with the answer and a note when state cannot be saved, then recovers', async () => {
    const storage = new FlakyStorage();
    const { turn, logs } = setup({ storage });
    storage.failWrites = true;
    const cards = await turn('I have 1679 devices and 320 E5');
    expect(headline(cards)).toContain('79');
    expect(hasNote(cards)).toBe(true);
    expect(logs.lines.some((l) => l.msg === 'conversation state could not be saved')).toBe(true);

    storage.failWrites = false;
    const next = await turn('I have 1679 devices');
    expect(hasNote(next)).toBe(false);
    expect(headline(await turn('320 E5'))).toContain('79');
  });
});
