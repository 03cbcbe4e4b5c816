// Privacy: at the default log level (info) the logs never contain message text, tokens, Slack signing secrets,
// Slack signatures or Authorization headers. Drives Teams and Slack with known marker strings and reads every line.
import { AppCredentials } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main';
import { createLogger, REDACTED_PATHS } from '../../src/server/logger';
import { commandBody, interactionBody, nowSeconds, sign } from '../slack/helpers';
import { logSink, postActivity, startBot, startCaptureServer, teamsConversation, type CaptureServer } from '../teams/harness';
import { channelClaims, newSigningKey, signToken, startTokenIssuer } from './botFramework';

const APP_ID = '8c1e6f5a-0000-4000-8000-0000000ba5e1';
const APP_PASSWORD = 'privacy-app-password-Q7x2';
const SLACK_SECRET = 'privacy-slack-secret-Zx81kq0p';
// Markers that only appear in what users type.
const TEAMS_TEXT = 'Zanzibar-quokka 1679 devices and 320 E5';
const SLACK_TEXT = 'Kilimanjaro-pangolin 1679 devices and 320 E5';
const key = newSigningKey();

let issuer: Awaited<ReturnType<typeof startTokenIssuer>>;
let capture: CaptureServer;
let app: RunningApp;
let logs: ReturnType<typeof logSink>;
const secrets: string[] = [APP_PASSWORD, SLACK_SECRET, 'Zanzibar', 'quokka', 'Kilimanjaro', 'pangolin'];

beforeAll(async () => {
  issuer = await startTokenIssuer(key);
  capture = await startCaptureServer();
  ({ app, logs } = await startBot(
    { LOG_LEVEL: 'info', MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD, SLACK_SIGNING_SECRET: SLACK_SECRET },
    { teams: { botAuth: issuer.botAuth } },
  ));
  (AppCredentials as unknown as { cache: Map<string, unknown> }).cache.set(`${APP_ID}https://api.botframework.com-cache`, {
    accessToken: 'privacy-outbound-token-Hq3',
    expiresOn: new Date(Date.now() + 3_600_000),
  });
});
afterAll(async () => {
  await app?.close();
  await capture?.close();
  await issuer?.close();
});

describe('logs at the default level', () => {
  it('carry no message text, token, signature, secret or Authorization header', async () => {
    const chat = teamsConversation(capture.url);
    const good = signToken(key, channelClaims(APP_ID, capture.url));
    const forged = signToken(newSigningKey(), channelClaims(APP_ID, capture.url), key.kid);
    secrets.push(good, forged, good.split('.')[2]!, forged.split('.')[2]!, 'privacy-outbound-token-Hq3');

    // Teams: accepted, forged, malformed (text inside broken JSON), schema failure with the text inside.
    expect((await postActivity(app.url, chat.message(TEAMS_TEXT), { authorization: `Bearer ${good}` })).status).toBe(200);
    expect((await postActivity(app.url, chat.message(TEAMS_TEXT), { authorization: `Bearer ${forged}` })).status).toBe(401);
    expect((await postActivity(app.url, `{"text": "${TEAMS_TEXT}"`, { authorization: `Bearer ${good}` })).status).toBe(400);
    expect((await postActivity(app.url, { ...chat.message(TEAMS_TEXT), serviceUrl: 'nope' }, { authorization: `Bearer ${good}` })).status).toBe(400);
    expect(JSON.stringify(capture.replies.at(-1)?.activity)).toContain('79');

    // Slack: a good command, a bad signature, and a button click.
    const slack = async (path: string, body: string, signature?: string) => {
      const timestamp = nowSeconds();
      const sig = signature ?? sign(body, timestamp, SLACK_SECRET);
      secrets.push(sig);
      const res = await fetch(`${app.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sig },
        body,
      });
      return { status: res.status, text: await res.text() };
    };
    const answered = await slack('/api/slack/commands', commandBody(SLACK_TEXT));
    expect(answered.status).toBe(200);
    expect(answered.text).toContain('79');
    expect((await slack('/api/slack/commands', commandBody(SLACK_TEXT), `v0=${'ab'.repeat(32)}`)).status).toBe(401);
    expect((await slack('/api/slack/interactions', interactionBody({ type: 'block_actions', text: SLACK_TEXT }))).status).toBe(200);

    const all = logs.raw.join('\n');
    // The logs did record these requests (so an empty log cannot pass).
    expect(logs.lines.filter((l) => l.msg === 'request').length).toBeGreaterThanOrEqual(7);
    expect(logs.lines.some((l) => l.msg === 'answered')).toBe(true);
    for (const secret of secrets) expect(all, secret.slice(0, 12)).not.toContain(secret);
    expect(all).not.toMatch(/bearer\s+ey/i);
    expect(all).not.toMatch(/v0=[0-9a-f]{64}/);
  });

  it('redacts the fields it is given even if code logs them by mistake', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (l: string) => void lines.push(l) });
    logger.info(
      {
        text: 'Zanzibar text',
        activity: { text: 'Zanzibar activity' },
        req: { headers: { authorization: 'Bearer Zanzibar', 'x-slack-signature': 'v0=Zanzibar' }, body: 'Zanzibar body' },
        config: { SLACK_SIGNING_SECRET: 'Zanzibar secret', MicrosoftAppPassword: 'Zanzibar password' },
        token: 'Zanzibar token',
      },
      'oops',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('Zanzibar');
    expect(lines[0]).toContain('[redacted]');
    expect(REDACTED_PATHS).toContain('req.headers.authorization');
  });
});
