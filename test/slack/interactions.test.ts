// POST /api/slack/interactions: block_actions acknowledged at once, follow-up answers POSTed to the
// response_url (a capture server on loopback here), everything else acknowledged or answered clearly.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ASK_ACTION_PREFIX, LINK_ACTION_PREFIX } from '../../src/rendering/blockKit';
import { assertWithinBlockKitLimits, messageText } from './blockKitLimits';
import { interactionBody, signedPost, startCaptureServer, startSlackServer, type Started } from './helpers';

const PATH = '/api/slack/interactions';

function blockActions(responseUrl: string | undefined, actions: object[]) {
  return {
    type: 'block_actions',
    user: { id: 'U2147483697', username: 'admin', team_id: 'T0001' },
    api_app_id: 'A123456',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: '1548261231.000200', channel_id: 'C2147483705', is_ephemeral: true },
    trigger_id: '12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3',
    team: { id: 'T0001', domain: 'example' },
    channel: { id: 'C2147483705', name: 'it-admins' },
    ...(responseUrl ? { response_url: responseUrl } : {}),
    actions: actions.map((a) => ({ block_id: 'eiot_follow_ups', action_ts: '1548426417.840180', ...a })),
  };
}

describe('POST /api/slack/interactions', () => {
  let app: Started;
  let capture: Awaited<ReturnType<typeof startCaptureServer>>;
  beforeAll(async () => {
    capture = await startCaptureServer();
    app = await startSlackServer(undefined, { responseUrlOrigin: capture.origin });
  });
  afterAll(async () => {
    await app.close();
    await capture.close();
  });

  it('acks a follow-up button from a real answer and POSTs the answer to the response_url', async () => {
    // Take the button exactly as /eiot rendered it.
    const command = await signedPost(
      app.url + '/api/slack/commands',
      new URLSearchParams({ command: '/eiot', text: '1679 devices and 320 E5' }).toString(),
    );
    const buttons = (command.json.blocks as any[])
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements)
      .filter((e) => e.action_id.startsWith(ASK_ACTION_PREFIX));
    expect(buttons.length).toBeGreaterThan(0);
    const button = buttons[0];

    const before = capture.received.length;
    const res = await signedPost(
      app.url + PATH,
      interactionBody(blockActions(`${capture.origin}/actions/T0001/1/abc`, [{ type: 'button', action_id: button.action_id, value: button.value, text: button.text }])),
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe('');

    const [posted] = (await capture.waitFor(before + 1)).slice(before);
    expect(posted?.method).toBe('POST');
    expect(posted?.path).toBe('/actions/T0001/1/abc');
    expect(posted?.headers['content-type']).toMatch(/^application\/json/);
    const message = assertWithinBlockKitLimits(posted?.body);
    expect(message.response_type).toBe('ephemeral');
    expect(message.replace_original).toBe(false);
    expect(message.blocks[0]?.type).toBe('header');
  });

  it('answers a usage example button (trial) with the trial steps', async () => {
    const before = capture.received.length;
    const res = await signedPost(
      app.url + PATH,
      interactionBody(blockActions(`${capture.origin}/actions/x`, [{ type: 'button', action_id: `${ASK_ACTION_PREFIX}2`, value: 'How do I start a trial?' }])),
    );
    expect(res.status).toBe(200);
    const [posted] = (await capture.waitFor(before + 1)).slice(before);
    const text = messageText(assertWithinBlockKitLimits(posted?.body));
    expect(text).toMatch(/1\. .*\*Trials\*/);
  });

  it('only acknowledges link buttons and other interaction types: nothing is POSTed', async () => {
    const before = capture.received.length;
    const link = await signedPost(
      app.url + PATH,
      interactionBody(blockActions(`${capture.origin}/actions/link`, [{ type: 'button', action_id: `${LINK_ACTION_PREFIX}0`, url: 'https://security.microsoft.com/' }])),
    );
    const shortcut = await signedPost(app.url + PATH, interactionBody({ type: 'shortcut', callback_id: 'x', trigger_id: '1' }));
    const noUrl = await signedPost(
      app.url + PATH,
      interactionBody(blockActions(undefined, [{ type: 'button', action_id: `${ASK_ACTION_PREFIX}0`, value: 'How do I start a trial?' }])),
    );
    for (const res of [link, shortcut, noUrl]) {
      expect(res.status).toBe(200);
      expect(res.text).toBe('');
    }
    // A real follow-up after them is the only POST that arrives.
    await signedPost(
      app.url + PATH,
      interactionBody(blockActions(`${capture.origin}/actions/after`, [{ type: 'button', action_id: `${ASK_ACTION_PREFIX}0`, value: 'How do I start a trial?' }])),
    );
    const arrived = (await capture.waitFor(before + 1)).slice(before);
    expect(arrived.map((r) => r.path)).toEqual(['/actions/after']);
  });

  it('answers malformed payloads with 200 and a clear ephemeral message', async () => {
    const bodies = {
      'no payload': 'foo=bar',
      'not JSON': 'payload=%7Bnot-json',
      'no type': interactionBody({ actions: [] }),
      'no actions': interactionBody({ type: 'block_actions', response_url: `${capture.origin}/x` }),
      'empty actions': interactionBody(blockActions(`${capture.origin}/x`, [])),
      'value too long': interactionBody(blockActions(`${capture.origin}/x`, [{ type: 'button', action_id: `${ASK_ACTION_PREFIX}0`, value: 'x'.repeat(2001) }])),
      'garbage bytes': '%ff%fe%00&&&===',
    };
    for (const [name, body] of Object.entries(bodies)) {
      const res = await signedPost(app.url + PATH, body);
      expect(res.status, name).toBe(200);
      const message = assertWithinBlockKitLimits(res.json);
      expect(message.response_type, name).toBe('ephemeral');
      expect(message.text, name).toMatch(/couldn't read that button click/);
    }
  });

  it('rejects unsigned and badly signed interactions with 401', async () => {
    const body = interactionBody(blockActions(`${capture.origin}/x`, [{ type: 'button', action_id: `${ASK_ACTION_PREFIX}0`, value: 'help' }]));
    expect((await signedPost(app.url + PATH, body, { signature: null })).status).toBe(401);
    expect((await signedPost(app.url + PATH, body, { secret: 'wrong-secret-0123456789abcdef' })).status).toBe(401);
    expect((await signedPost(app.url + PATH, body, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(401);
    expect((await signedPost(app.url + PATH, body, { timestamp: Math.floor(Date.now() / 1000) + 3600 })).status).toBe(401);
  });
});

describe('response_url origin (production default: https://hooks.slack.com only)', () => {
  it('POSTs to hooks.slack.com and refuses any other host, scheme or port', async () => {
    const fetchSpy = vi.fn(async () => new Response('ok', { status: 200 }));
    const app = await startSlackServer(undefined, { fetch: fetchSpy as unknown as typeof fetch });
    try {
      const click = (responseUrl: string) =>
        signedPost(
          app.url + PATH,
          interactionBody(blockActions(responseUrl, [{ type: 'button', action_id: `${ASK_ACTION_PREFIX}0`, value: 'How do I start a trial?' }])),
        );
      for (const url of [
        'http://hooks.slack.com/actions/T/1/a',
        'https://hooks.slack.com.evil.example/actions/T/1/a',
        'https://hooks.slack.com:8443/actions/T/1/a',
        'http://127.0.0.1:9/actions',
        'not a url',
      ]) {
        expect((await click(url)).status).toBe(200);
      }
      expect((await click('https://hooks.slack.com/actions/T0001/1/abc')).status).toBe(200);
      await app.close(); // waits for in-flight follow-ups
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      expect(fetchSpy.mock.calls[0]).toEqual([
        'https://hooks.slack.com/actions/T0001/1/abc',
        expect.objectContaining({ method: 'POST' }),
      ]);
      expect(app.logs.join('\n')).toContain('response_url refused');
    } finally {
      await app.close().catch(() => undefined);
    }
  });

  it('logs a failed POST and does not crash', async () => {
    const fetchSpy = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const app = await startSlackServer(undefined, { fetch: fetchSpy as unknown as typeof fetch });
    const res = await signedPost(
      app.url + PATH,
      interactionBody(blockActions('https://hooks.slack.com/actions/T/1/a', [{ type: 'button', action_id: `${ASK_ACTION_PREFIX}0`, value: 'help' }])),
    );
    expect(res.status).toBe(200);
    await app.close();
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(app.logs.join('\n')).toContain('response_url POST failed');
  });
});
