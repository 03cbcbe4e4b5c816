// Connector clients are reused across turns per (app id, audience, service URL), never shared across them,
// and the Teams path still works anonymously and still refuses bad tokens when an app id is set.
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type ConnectorClient } from 'botframework-connector';
import { afterEach, describe, expect, it } from 'vitest';
import { teamsChannel } from '../../src/channels/teams';
import { ClientCache, ConnectorReusingAuthentication } from '../../src/channels/teams/connectorReuse';
import { createServer } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { createLogger } from '../../src/server/logger';
import { logSink, postActivity, startCaptureServer, teamsConversation, type CaptureServer } from './harness';

const AUDIENCE_A = 'https://api.botframework.com';
const AUDIENCE_B = 'https://api.botframework.us';

const anonymous = () => new ConnectorReusingAuthentication(new ConfigurationBotFrameworkAuthentication({}));
const withApp = () =>
  new ConnectorReusingAuthentication(
    new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: 'app-one', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' }),
  );
const identity = (appId: string) =>
  new ClaimsIdentity(
    [
      { type: AuthenticationConstants.AudienceClaim, value: appId },
      { type: AuthenticationConstants.AppIdClaim, value: appId },
    ],
    true,
  );
const baseUri = (client: ConnectorClient) => (client as unknown as { baseUri?: string }).baseUri;

describe('ConnectorReusingAuthentication', () => {
  it('anonymous: one client per service URL across turns, another for another URL or audience', async () => {
    const auth = anonymous();
    const activity = { serviceUrl: 'http://127.0.0.1:1/a', channelId: 'msteams' };
    // Each turn authenticates afresh and gets a new factory, as CloudAdapter does per request.
    const turn1 = await auth.authenticateRequest(activity as never, '');
    const turn2 = await auth.authenticateRequest(activity as never, '');
    const first = await turn1.connectorFactory!.create('http://127.0.0.1:1/a', turn1.audience);
    const again = await turn2.connectorFactory!.create('http://127.0.0.1:1/a', turn2.audience);
    expect(again).toBe(first);
    expect(baseUri(first)).toBe('http://127.0.0.1:1/a');

    const otherUrl = await turn2.connectorFactory!.create('http://127.0.0.1:2/b', turn2.audience);
    expect(otherUrl).not.toBe(first);
    expect(baseUri(otherUrl)).toBe('http://127.0.0.1:2/b');

    const otherAudience = await turn2.connectorFactory!.create('http://127.0.0.1:1/a', AUDIENCE_B);
    expect(otherAudience).not.toBe(first);
    expect(auth.connectorClients.size).toBe(3);
  });

  it('authenticated: one client per audience for the bot\'s app id, signed with that app id', async () => {
    const auth = withApp();
    const url = 'https://smba.trafficmanager.net/emea/';
    const one = await auth.createConnectorFactory(identity('app-one')).create(url, AUDIENCE_A);
    const oneAgain = await auth.createConnectorFactory(identity('app-one')).create(url, AUDIENCE_A);
    const otherCloud = await auth.createConnectorFactory(identity('app-one')).create(url, AUDIENCE_B);
    expect(oneAgain).toBe(one);
    expect(otherCloud).not.toBe(one);
    const credentials = (c: ConnectorClient) => (c as unknown as { credentials: { appId: string; oAuthScope: string } }).credentials;
    expect(credentials(one)).toMatchObject({ appId: 'app-one', oAuthScope: AUDIENCE_A });
    expect(credentials(otherCloud)).toMatchObject({ appId: 'app-one', oAuthScope: AUDIENCE_B });

    // Another app id is keyed apart: the stock factory refuses it, and the refusal is not cached as a client.
    await expect(auth.createConnectorFactory(identity('app-two')).create(url, AUDIENCE_A)).rejects.toThrow(/appId/);
    await new Promise((r) => setImmediate(r));
    expect(auth.connectorClients.size).toBe(2);

    expect(await auth.createUserTokenClient(identity('app-one'))).toBe(await auth.createUserTokenClient(identity('app-one')));
  });

  it('still refuses a request without a valid token when an app id is set', async () => {
    const auth = withApp();
    await expect(auth.authenticateRequest({ serviceUrl: 'http://127.0.0.1:1/', channelId: 'msteams' } as never, '')).rejects.toThrow();
    await expect(
      auth.authenticateRequest({ serviceUrl: 'http://127.0.0.1:1/', channelId: 'msteams' } as never, 'Bearer not.a.jwt'),
    ).rejects.toThrow();
    expect(auth.connectorClients.size).toBe(0);
  });
});

describe('ClientCache', () => {
  it('is bounded and evicts the least recently used', async () => {
    const cache = new ClientCache<string>(2);
    let made = 0;
    const make = (v: string) => () => Promise.resolve(`${v}${++made}`);
    const a = await cache.get('a', make('a'));
    await cache.get('b', make('b'));
    expect(await cache.get('a', make('a'))).toBe(a); // a is now the most recent
    await cache.get('c', make('c')); // evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get('a', make('a'))).toBe(a);
    expect(await cache.get('b', make('b'))).not.toBe('b2');
  });

  it('forgets a failed creation so the next call tries again', async () => {
    const cache = new ClientCache<string>(4);
    await expect(cache.get('k', () => Promise.reject(new Error('no credentials')))).rejects.toThrow('no credentials');
    await new Promise((r) => setImmediate(r));
    expect(await cache.get('k', () => Promise.resolve('ok'))).toBe('ok');
  });
});

describe('Teams channel over HTTP with reused connector clients', () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (stops.length) await stops.pop()!();
  });

  async function start(env: Record<string, string> = {}) {
    const logs = logSink();
    const config = loadConfig({ LOG_LEVEL: 'debug', ...env });
    const logger = createLogger(config.LOG_LEVEL, logs.stream);
    const channel = teamsChannel({ config, logger });
    const server = createServer({ config, logger, channels: [channel] });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    stops.push(async () => {
      await channel.close?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, channel, logs };
  }
  async function capture(): Promise<CaptureServer> {
    const c = await startCaptureServer();
    stops.push(c.close);
    return c;
  }

  it('answers every turn, with one connector client per service URL', async () => {
    const { url, channel } = await start();
    const [east, west] = [await capture(), await capture()];
    for (const sink of [east, east, west, east, west]) {
      const chat = teamsConversation(sink.url);
      const res = await postActivity(url, chat.message('I have 1679 devices and 320 E5'));
      expect(res.status).toBe(200);
    }
    expect(east.replies).toHaveLength(3);
    expect(west.replies).toHaveLength(2);
    for (const reply of [...east.replies, ...west.replies]) {
      expect(JSON.stringify(reply.activity.attachments)).toContain('79');
    }
    expect((await channel.runtime()).authentication.connectorClients.size).toBe(2);
  });

  it('with an app id, a forged token is refused before any client is made', async () => {
    const { url, channel } = await start({ MicrosoftAppId: 'app-one', MicrosoftAppPassword: 'not-a-real-secret' });
    const sink = await capture();
    const res = await postActivity(url, teamsConversation(sink.url).message('hello'), { authorization: 'Bearer not.a.jwt' });
    expect(res.status).toBe(401);
    expect(sink.replies).toHaveLength(0);
    expect((await channel.runtime()).authentication.connectorClients.size).toBe(0);
  });
});
