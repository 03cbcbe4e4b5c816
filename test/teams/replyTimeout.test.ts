// A connector that accepts the reply POST and never answers must not hold a turn forever.
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorReusingAuthentication } from '../../src/channels/teams/connectorReuse';

let silent: Server;
let url: string;

beforeAll(async () => {
  // Accepts connections, reads, never writes a byte back.
  silent = createServer((socket) => socket.on('data', () => undefined));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

describe('reply timeout', () => {
  it('gives up on a connector that never answers instead of waiting forever', async () => {
    const auth = new ConnectorReusingAuthentication(new ConfigurationBotFrameworkAuthentication({}), 8, 150);
    const turn = await auth.authenticateRequest({ serviceUrl: url, channelId: 'msteams' } as never, '');
    const client = await turn.connectorFactory!.create(url, turn.audience);
    const started = Date.now();
    const outcome = await client.conversations
      .replyToActivity('conv-1', 'act-1', { type: 'message', text: 'hi' } as never)
      .then(() => 'answered', (error: unknown) => (error instanceof Error ? error.name : 'failed'));
    expect(outcome).toMatch(/Abort|Timeout|RestError/);
    // Retries included, the call ends within seconds (without the timeout it never ends).
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 20_000);
});
