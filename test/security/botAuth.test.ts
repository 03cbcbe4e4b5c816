// Bot Framework authentication against the real server: with MicrosoftAppId set, /api/messages answers 401 to
// every request without a valid token, and accepts a correctly signed one. Keys come from a loopback OpenID/JWKS
// endpoint (see botFramework.ts): botbuilder's own validation runs, nothing is fetched from the internet.
import { AppCredentials } from 'botframework-connector';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningApp } from '../../src/main';
import { postActivity, startBot, startCaptureServer, teamsConversation, type CaptureServer } from '../teams/harness';
import { channelClaims, newSigningKey, signToken, startTokenIssuer } from './botFramework';
import { STACK_TRACE } from './leaks';

const APP_ID = '8c1e6f5a-0000-4000-8000-00000000b07a';
const APP_PASSWORD = 'app-password-never-logged-7d1f';
const microsoftKey = newSigningKey();
const foreignKey = newSigningKey();

let issuer: Awaited<ReturnType<typeof startTokenIssuer>>;
let capture: CaptureServer;
let app: RunningApp;
let logs: ReturnType<typeof import('../teams/harness').logSink>;
const stderr: string[] = [];

beforeAll(async () => {
  issuer = await startTokenIssuer(microsoftKey);
  capture = await startCaptureServer();
  ({ app, logs } = await startBot(
    { MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD, MicrosoftAppType: 'MultiTenant' },
    { teams: { botAuth: issuer.botAuth } },
  ));
  // The bot's own outbound token (bot -> connector) would come from login.microsoftonline.com: botbuilder keeps it
  // in a process-wide cache, seeded here so the accepted request's reply reaches the capture server offline.
  (AppCredentials as unknown as { cache: Map<string, unknown> }).cache.set(`${APP_ID}https://api.botframework.com-cache`, {
    accessToken: 'outbound-token-for-tests',
    expiresOn: new Date(Date.now() + 3_600_000),
  });
});
afterAll(async () => {
  await app?.close();
  await capture?.close();
  await issuer?.close();
});

// Everything written to stderr (botbuilder prints with console.error) during a request.
beforeAll(() => {
  for (const method of ['error', 'warn', 'log'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      stderr.push(args.map((a) => (a instanceof Error ? a.stack ?? String(a) : String(a))).join(' '));
    });
  }
});
afterEach(() => {
  stderr.length = 0;
});

async function refused(authorization: string | undefined, serviceUrl = capture.url) {
  const before = capture.replies.length;
  const res = await postActivity(
    app.url,
    teamsConversation(serviceUrl).message('I have 1679 devices and 320 E5'),
    authorization === undefined ? {} : { authorization },
  );
  expect(res.status).toBe(401);
  expect(JSON.parse(res.text)).toEqual({ error: 'unauthorized' });
  expect(res.text).not.toMatch(STACK_TRACE);
  expect(capture.replies.length).toBe(before);
  expect(stderr.join('\n')).not.toMatch(STACK_TRACE);
  return res;
}

describe('Bot Framework authentication (MicrosoftAppId set)', () => {
  it('refuses a request without a token', async () => {
    await refused(undefined);
  });

  it('refuses garbage in the Authorization header', async () => {
    await refused('Bearer garbage');
    await refused('Bearer a.b.c');
    await refused('Basic dXNlcjpwYXNz');
    await refused(`Bearer ${'x'.repeat(4000)}`);
  });

  it("refuses a well-formed token signed by a key that is not Microsoft's (same key id, and an unknown one)", async () => {
    const claims = channelClaims(APP_ID, capture.url);
    await refused(`Bearer ${signToken(foreignKey, claims, microsoftKey.kid)}`);
    await refused(`Bearer ${signToken(foreignKey, claims)}`);
  });

  it('refuses a token for another bot (wrong audience)', async () => {
    await refused(`Bearer ${signToken(microsoftKey, channelClaims('someone-elses-bot', capture.url))}`);
  });

  it('refuses an expired token', async () => {
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    await refused(`Bearer ${signToken(microsoftKey, channelClaims(APP_ID, capture.url, { exp: hourAgo, nbf: hourAgo - 3600, iat: hourAgo - 3600 }))}`);
  });

  it('refuses a token from another issuer, and one issued for another serviceUrl', async () => {
    await refused(`Bearer ${signToken(microsoftKey, channelClaims(APP_ID, capture.url, { iss: 'https://evil.example' }))}`);
    await refused(`Bearer ${signToken(microsoftKey, channelClaims(APP_ID, 'https://smba.trafficmanager.net/emea/'))}`);
  });

  it('accepts a correctly signed, correctly addressed, unexpired token and answers', async () => {
    const chat = teamsConversation(capture.url);
    const token = signToken(microsoftKey, channelClaims(APP_ID, capture.url));
    const res = await postActivity(app.url, chat.message('I have 1679 devices and 320 E5'), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    const reply = capture.replies.find((r) => r.conversationId === chat.conversationId);
    expect(JSON.stringify(reply?.activity.attachments)).toContain('79');
    // The keys came from the loopback issuer.
    expect(issuer.metadataFetches()).toBeGreaterThan(0);
  });

  it('never logs a token or the app password', () => {
    const all = logs.raw.join('\n');
    expect(all).not.toContain(APP_PASSWORD);
    expect(all).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}/);
    expect(logs.lines.some((l) => l.msg === 'request not authenticated')).toBe(true);
  });
});
