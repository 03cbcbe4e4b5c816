// Bad HTTP against the real server (Teams and Slack routes together): every refusal has its precise status and a
// body with neither a stack frame nor an internal message. Throttling: restify's throttle on the public routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main';
import { commandBody, sign, nowSeconds } from '../slack/helpers';
import { startBot, startCaptureServer, teamsConversation, type CaptureServer } from '../teams/harness';
import { INTERNAL_WORDING, STACK_TRACE } from './leaks';

const SLACK_SECRET = 'http-limits-slack-secret-0123456789';
let capture: CaptureServer;
let app: RunningApp;

beforeAll(async () => {
  capture = await startCaptureServer();
  ({ app } = await startBot({ SLACK_SIGNING_SECRET: SLACK_SECRET, THROTTLE_RATE: '0' }));
});
afterAll(async () => {
  await app?.close();
  await capture?.close();
});

type Case = { name: string; status: number; request: () => Promise<Response> };

const json = (body: string, contentType = 'application/json') => ({
  method: 'POST',
  headers: { 'content-type': contentType },
  body,
});

function slackPost(body: string, headers: Record<string, string> = {}) {
  const timestamp = nowSeconds();
  return fetch(`${app.url}/api/slack/commands`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp, SLACK_SECRET),
      ...headers,
    },
    body,
  });
}

const cases = (): Case[] => {
  const chat = teamsConversation(capture.url);
  const good = chat.message('I have 1679 devices and 320 E5');
  return [
    { name: 'Teams: body over 256 KB', status: 413, request: () => fetch(`${app.url}/api/messages`, json(JSON.stringify({ ...good, text: 'x'.repeat(300 * 1024) }))) },
    { name: 'Teams: form post', status: 415, request: () => fetch(`${app.url}/api/messages`, json('type=message', 'application/x-www-form-urlencoded')) },
    { name: 'Teams: text/plain', status: 415, request: () => fetch(`${app.url}/api/messages`, json(JSON.stringify(good), 'text/plain')) },
    { name: 'Teams: malformed JSON', status: 400, request: () => fetch(`${app.url}/api/messages`, json('{"type": "message", "text": ')) },
    { name: 'Teams: JSON that is not an object', status: 400, request: () => fetch(`${app.url}/api/messages`, json('[1,2,3]')) },
    { name: 'Teams: activity failing the schema', status: 400, request: () => fetch(`${app.url}/api/messages`, json(JSON.stringify({ ...good, serviceUrl: 'file:///etc/passwd' }))) },
    { name: 'Teams: activity without conversation', status: 400, request: () => fetch(`${app.url}/api/messages`, json(JSON.stringify({ ...good, conversation: undefined }))) },
    { name: 'Teams: GET on the messages route', status: 405, request: () => fetch(`${app.url}/api/messages`) },
    { name: 'Slack: bad signature', status: 401, request: () => slackPost(commandBody('1679 devices'), { 'x-slack-signature': `v0=${'0'.repeat(64)}` }) },
    { name: 'Slack: body over 1 MB', status: 413, request: () => slackPost(commandBody('x'.repeat(1100 * 1024))) },
    { name: 'unknown route', status: 404, request: () => fetch(`${app.url}/api/nothing-here`) },
    { name: 'unknown route (POST)', status: 404, request: () => fetch(`${app.url}/admin`, json('{}')) },
    { name: 'path traversal', status: 404, request: () => fetch(`${app.url}/..%2f..%2fetc%2fpasswd`) },
  ];
};

describe('bad HTTP input gets the precise status and a clean body', () => {
  it('answers every case with its status, no stack trace, no internal message', async () => {
    const seen: string[] = [];
    for (const c of cases()) {
      const res = await c.request();
      const body = await res.text();
      seen.push(`${c.name}: ${res.status}`);
      expect(`${c.name}: ${res.status}`).toBe(`${c.name}: ${c.status}`);
      expect(body, c.name).not.toMatch(STACK_TRACE);
      expect(body, c.name).not.toMatch(INTERNAL_WORDING);
    }
    expect(seen).toHaveLength(cases().length);
    // Nothing was answered on the connector for any of them.
    expect(capture.replies).toHaveLength(0);
  });

  it('the leak patterns do catch a stack trace and a parser message (so the test above can fail)', () => {
    const err = new SyntaxError('Unexpected token } in JSON at position 7');
    expect(err.stack).toMatch(STACK_TRACE);
    expect(JSON.stringify({ message: err.message })).toMatch(INTERNAL_WORDING);
  });

  it('still answers a good activity after all that', async () => {
    const chat = teamsConversation(capture.url);
    const res = await fetch(`${app.url}/api/messages`, json(JSON.stringify(chat.message('I have 1679 devices and 320 E5'))));
    expect(res.status).toBe(200);
    expect(JSON.stringify(capture.replies.at(-1)?.activity)).toContain('79');
  });
});

describe('per-client throttling (restify throttle)', () => {
  it('answers 429 with Retry-After past the burst on public routes, never on health routes', async () => {
    const { app: throttled } = await startBot({ SLACK_SIGNING_SECRET: SLACK_SECRET, THROTTLE_RATE: '1', THROTTLE_BURST: '3' });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      let body = '';
      for (let i = 0; i < 6; i++) {
        const res = await fetch(`${throttled.url}/api/messages`, json('{}'));
        statuses.push(res.status);
        if (res.status === 429) {
          retryAfter = res.headers.get('retry-after');
          body = await res.text();
        } else await res.text();
      }
      expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
      expect(statuses.slice(3)).toContain(429);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      expect(body).not.toMatch(INTERNAL_WORDING);
      // The same client's Slack requests share its bucket.
      expect((await slackPostTo(throttled.url)).status).toBe(429);
      // Health and readiness probes are never throttled.
      for (let i = 0; i < 20; i++) {
        expect((await fetch(`${throttled.url}/healthz`)).status).toBe(200);
        expect((await fetch(`${throttled.url}/readyz`)).status).toBe(200);
      }
    } finally {
      await throttled.close();
    }
  });

  it('THROTTLE_RATE=0 turns it off', async () => {
    const { app: open } = await startBot({ THROTTLE_RATE: '0', THROTTLE_BURST: '1' });
    try {
      const statuses = await Promise.all(
        Array.from({ length: 40 }, () => fetch(`${open.url}/api/messages`, json('{}')).then((r) => r.status)),
      );
      expect(new Set(statuses)).toEqual(new Set([400]));
    } finally {
      await open.close();
    }
  });
});

function slackPostTo(url: string) {
  const body = commandBody('1679 devices');
  const timestamp = nowSeconds();
  return fetch(`${url}/api/slack/commands`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp, SLACK_SECRET),
    },
    body,
  });
}
