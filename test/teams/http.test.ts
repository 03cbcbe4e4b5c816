// End to end over HTTP: the real server on an ephemeral port, activities as Teams sends them, replies caught by a
// capture server standing in for the Teams connector, every card checked by the adaptivecards parser at 1.5.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main';
import type { AdaptiveCard } from '../../src/rendering/adaptiveCard';
import { checkAdaptiveCard } from '../rendering/validateAdaptiveCard';
import {
  BOT,
  ask,
  cardText,
  postActivity,
  startBot,
  startCaptureServer,
  teamsConversation,
  type CaptureServer,
} from './harness';

let capture: CaptureServer;
let app: RunningApp;
let logs: ReturnType<typeof import('./harness').logSink>;

beforeAll(async () => {
  capture = await startCaptureServer();
  ({ app, logs } = await startBot());
});
afterAll(async () => {
  await app?.close();
  await capture?.close();
});

function onlyCard(result: { status: number; cards: AdaptiveCard[] }): AdaptiveCard {
  expect(result.status).toBe(200);
  expect(result.cards).toHaveLength(1);
  const card = result.cards[0]!;
  expect(checkAdaptiveCard(card).problems).toEqual([]);
  return card;
}

const fact = (card: AdaptiveCard, title: RegExp) => {
  const set = card.body.find((e) => e.type === 'FactSet');
  return set?.type === 'FactSet' ? set.facts.find((f) => title.test(f.title))?.value : undefined;
};

describe('Teams over HTTP', () => {
  it('answers the seed example with 79 standalone licences, as an Adaptive Card 1.5 reply to the message', async () => {
    const chat = teamsConversation(capture.url);
    const activity = chat.message('I have 473 network devices, 1206 IoT devices and 320 Microsoft 365 E5 licences');
    const result = await ask(app.url, capture, activity);
    const card = onlyCard(result);
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: expect.stringContaining('79') });
    expect(cardText(card)).toContain('1600');
    expect(card.speak).toContain('79');
    expect(card.fallbackText).toContain('79');
    // Posted where Bot Framework replies go: {serviceUrl}/v3/conversations/{id}/activities/{replyToId}.
    expect(result.replies[0]).toMatchObject({ conversationId: chat.conversationId, replyToId: activity.id });
    expect(result.replies[0]!.activity.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(result.replies[0]!.activity.speak).toBe(card.speak);
  });

  it('fills the figures over several turns and reuses the devices for "what if"', async () => {
    const chat = teamsConversation(capture.url);
    const first = onlyCard(await ask(app.url, capture, chat.message('I have 1679 devices')));
    expect(first.body.find((e) => e.id === 'ask')).toBeDefined();
    expect(cardText(first)).toMatch(/licen[cs]es/i);

    const second = onlyCard(await ask(app.url, capture, chat.message('320 E5')));
    expect(second.body[0]).toMatchObject({ text: expect.stringContaining('79') });
    expect(fact(second, /buy|need|standalone/i)).toMatch(/79/);

    const third = onlyCard(await ask(app.url, capture, chat.message('what if we had 400?')));
    // 400 × 5 = 2000 ≥ 1679: the remembered 1679 devices are covered, 321 of headroom.
    expect(cardText(third)).toContain('2000');
    expect(cardText(third)).toContain('321');
    expect(cardText(third)).not.toContain('"79');

    const reset = onlyCard(await ask(app.url, capture, chat.message('start over')));
    expect(reset.body[0]).toMatchObject({ text: expect.stringMatching(/start over/i) });
    const afterReset = onlyCard(await ask(app.url, capture, chat.message('320 E5')));
    expect(cardText(afterReset)).not.toContain('1679');
  });

  it('keeps conversations apart', async () => {
    const a = teamsConversation(capture.url);
    const b = teamsConversation(capture.url);
    await ask(app.url, capture, a.message('I have 1679 devices'));
    const other = onlyCard(await ask(app.url, capture, b.message('320 E5')));
    expect(cardText(other)).not.toContain('1679');
  });

  it('answers a follow-up button (Action.Submit) with the procedure', async () => {
    const chat = teamsConversation(capture.url);
    const card = onlyCard(
      await ask(app.url, capture, chat.submit({ eiotAction: 'ask', question: 'How do I buy standalone licences?' })),
    );
    expect(cardText(card)).toContain('Purchase services');
    const urls = (card.actions ?? []).flatMap((a) => (a.type === 'Action.OpenUrl' ? [a.url] : []));
    expect(urls).toContain('https://portal.office.com/AdminPortal/Home#/catalog');
  });

  it('opens the calculator and answers a good submit with the same rules', async () => {
    const chat = teamsConversation(capture.url);
    const calculator = onlyCard(await ask(app.url, capture, chat.submit({ eiotAction: 'calculator' })));
    expect(checkAdaptiveCard(calculator).inputIds).toEqual(['networkDevices', 'iotDevices', 'e5Licences', 'standaloneOwned']);

    // Teams merges the inputs into the submit data, numbers as strings.
    const answer = onlyCard(
      await ask(
        app.url,
        capture,
        chat.submit({ eiotAction: 'calculate', networkDevices: '473', iotDevices: '1206', e5Licences: '320', standaloneOwned: '0' }),
      ),
    );
    expect(answer.body[0]).toMatchObject({ text: expect.stringContaining('79') });
    // Network and IoT given separately: the FactSet shows both.
    expect(fact(answer, /^Network devices/)).toBe('473');
    expect(fact(answer, /^IoT devices/)).toBe('1206');

    // The calculator's figures are remembered like typed ones.
    const whatIf = onlyCard(await ask(app.url, capture, chat.message('what if we had 400?')));
    expect(cardText(whatIf)).toContain('321');
  });

  it('opens the calculator when asked in words', async () => {
    const chat = teamsConversation(capture.url);
    const card = onlyCard(await ask(app.url, capture, chat.message('calculator')));
    expect(checkAdaptiveCard(card).inputIds).toContain('e5Licences');
  });

  it('answers a bad calculator submit with the calculator again and a friendly inline error', async () => {
    const chat = teamsConversation(capture.url);
    const card = onlyCard(
      await ask(app.url, capture, chat.submit({ eiotAction: 'calculate', networkDevices: '-5', iotDevices: 'lots', e5Licences: '' })),
    );
    expect(card.body.find((e) => e.id === 'calculatorErrors')).toMatchObject({ style: 'attention' });
    expect(cardText(card)).toContain("can't be negative");
    expect(cardText(card)).toContain('IoT devices must be a number');
    expect(cardText(card)).toContain('Enter the number of Microsoft 365 E5');
    expect(card.body.find((e) => e.id === 'networkDevices')).toMatchObject({ value: -5 });
    // No figures came out of it.
    expect(cardText(card)).not.toMatch(/standalone device licences? to buy/);
  });

  it('treats an unknown submit payload as a help request, not a crash', async () => {
    const chat = teamsConversation(capture.url);
    const card = onlyCard(await ask(app.url, capture, chat.submit({ something: 'else' })));
    expect(card.body[0]).toMatchObject({ type: 'TextBlock' });
  });

  it('in a channel answers only when @mentioned, and strips the mention first', async () => {
    const channel = teamsConversation(capture.url, 'channel');
    const ignored = await ask(app.url, capture, channel.message('I have 1679 devices and 320 E5'));
    expect(ignored.status).toBe(200);
    expect(ignored.replies).toHaveLength(0);

    const card = onlyCard(await ask(app.url, capture, channel.message('I have 1679 devices and 320 E5', { mention: true })));
    expect(card.body[0]).toMatchObject({ text: expect.stringContaining('79') });
    expect(JSON.stringify(card)).not.toContain(BOT.name);
  });

  it('in a group chat too', async () => {
    const group = teamsConversation(capture.url, 'groupChat');
    expect((await ask(app.url, capture, group.message('how do I start a trial?'))).replies).toHaveLength(0);
    const card = onlyCard(await ask(app.url, capture, group.message('how do I start a trial?', { mention: true })));
    expect(cardText(card)).toContain('Trials');
  });

  it('welcomes with a card when added to a personal chat, a team or a group chat', async () => {
    for (const type of ['personal', 'channel', 'groupChat'] as const) {
      const conv = teamsConversation(capture.url, type);
      const card = onlyCard(await ask(app.url, capture, conv.membersAdded([BOT])));
      expect(card.body[0]).toMatchObject({ text: 'eIoT License Advisor' });
      expect(card.body.find((e) => e.id === 'examples')).toBeDefined();
    }
  });

  it('does not greet every new member of a team', async () => {
    const team = teamsConversation(capture.url, 'channel');
    const result = await ask(app.url, capture, team.membersAdded([{ id: '29:new-colleague' }]));
    expect(result.status).toBe(200);
    expect(result.replies).toHaveLength(0);
  });

  it('uses the user locale for numbers', async () => {
    const chat = teamsConversation(capture.url, 'personal', 'de-DE');
    const card = onlyCard(await ask(app.url, capture, chat.message('Ich habe 12.000 Geräte und 2.000 E5')));
    // activity.locale reaches the engine: "12.000" is twelve thousand in German, so 12000 − 2000 × 5 = 2000 to buy
    // (read as en-US it would be 12 devices and 2 licences).
    expect(card.body[0]).toMatchObject({ text: expect.stringMatching(/\b2[.,]?000 standalone/) });
  });
});

describe('bad HTTP input', () => {
  it('answers 400 with the field names for an activity that lacks what we use, and no stack trace', async () => {
    const res = await postActivity(app.url, { type: 'message', text: 'hi' });
    expect(res.status).toBe(400);
    const body = JSON.parse(res.text);
    expect(body.problems.join(' ')).toMatch(/serviceUrl|conversation|channelId/);
    expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('answers 400 for malformed JSON and 415 for a form post', async () => {
    const bad = await postActivity(app.url, '{"type": "message",');
    expect(bad.status).toBe(400);
    expect(bad.text).not.toMatch(/at .*\.(ts|js):\d+/);
    const form = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'type=message',
    });
    expect(form.status).toBe(415);
  });

  it('rejects a serviceUrl that is not http(s)', async () => {
    const chat = teamsConversation('file:///etc/passwd');
    const res = await postActivity(app.url, chat.message('hi'));
    expect(res.status).toBe(400);
  });

  it('answers 413 for an oversized body', async () => {
    const chat = teamsConversation(capture.url);
    const res = await postActivity(app.url, chat.message('x'.repeat(300 * 1024)));
    expect(res.status).toBe(413);
  });

  it('answers an empty message (e.g. only an image was sent) with a friendly card', async () => {
    const chat = teamsConversation(capture.url);
    const { text: _text, ...noText } = chat.message('');
    void _text;
    const card = onlyCard(await ask(app.url, capture, noText));
    expect(card.body[0]).toMatchObject({ type: 'TextBlock' });
    expect(JSON.stringify(card)).not.toMatch(/sorry, something went wrong/i);
  });

  it('answers a very long message with a friendly card, not an error', async () => {
    const chat = teamsConversation(capture.url);
    const card = onlyCard(await ask(app.url, capture, chat.message(`I have 1679 devices ${'and more words '.repeat(800)}`)));
    expect(card.body[0]).toMatchObject({ type: 'TextBlock' });
  });
});

describe('health, readiness and logs', () => {
  it('is live and ready with memory storage', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { checks: { name: string }[] };
    expect(body.checks.map((c) => c.name)).toEqual(['knowledge-base', 'state-storage (memory)']);
  });

  it('logs the start-up mode and one line per request, never the message text', async () => {
    const messages = logs.lines.map((l) => l.msg);
    expect(messages).toContain('Bot Framework auth: anonymous local mode (no MicrosoftAppId): only for local testing, not for Teams');
    expect(logs.lines.filter((l) => String(l.msg).startsWith('Slack is off'))).toHaveLength(1);
    expect(logs.lines.some((l) => l.msg === 'request' && l.route === '/api/messages' && l.status === 200)).toBe(true);
    expect(logs.raw.join('\n')).not.toContain('1679 devices');
    expect(logs.lines.some((l) => l.msg === 'answered' && l.intent === 'calculate' && typeof l.turnId === 'string')).toBe(true);
  });
});
