// Conversation state in Azure Blob Storage, against Azurite on loopback: shared between instances,
// reachable by account URL + credential, and a storage outage that still answers.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main';
import { STORAGE_NOTE, type AdaptiveCard } from '../../src/rendering/adaptiveCard';
import { checkAdaptiveCard } from '../rendering/validateAdaptiveCard';
import { DEV_ACCOUNT, DEV_KEY, startAzurite, type Azurite } from './azurite';
import { ask, startBot, startCaptureServer, teamsConversation, type CaptureServer } from './harness';

// The CommonJS build of @azure/storage-blob, the copy botbuilder-azure-blobs loads: BlobsStorage checks the
// credential with instanceof, which the ESM copy vitest would import fails.
const storageBlob = createRequire(__filename)('@azure/storage-blob') as typeof import('@azure/storage-blob');
const { ContainerClient, StorageSharedKeyCredential } = storageBlob;

let azurite: Azurite;
let capture: CaptureServer;
const apps: RunningApp[] = [];

beforeAll(async () => {
  [azurite, capture] = await Promise.all([startAzurite(), startCaptureServer()]);
});
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  await capture?.close();
  await azurite?.stop();
});

async function bot(env: Record<string, string>, options?: Parameters<typeof startBot>[1]) {
  const started = await startBot(env, options);
  apps.push(started.app);
  return started;
}

function headline(result: { status: number; cards: AdaptiveCard[] }): string {
  expect(result.status).toBe(200);
  expect(result.cards).toHaveLength(1);
  expect(checkAdaptiveCard(result.cards[0]!).problems).toEqual([]);
  const first = result.cards[0]!.body[0];
  return first?.type === 'TextBlock' ? first.text : '';
}
const noted = (result: { cards: AdaptiveCard[] }) => JSON.stringify(result.cards).includes(STORAGE_NOTE);

describe('Azure Blob conversation state (Azurite)', () => {
  it('shares a conversation between two instances through the connection string', async () => {
    const env = { STATE_STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_STORAGE_CONTAINER: 'shared-state' };
    const [a, b] = [await bot(env), await bot(env)];
    const chat = teamsConversation(capture.url);

    const first = await ask(a.app.url, capture, chat.message('I have 1679 devices'));
    expect(noted(first)).toBe(false);
    // The second message lands on the other instance: it knows the devices from the blob.
    const second = await ask(b.app.url, capture, chat.message('320 E5'));
    expect(headline(second)).toContain('79');
    expect(noted(second)).toBe(false);

    const container = new ContainerClient(`${azurite.blobEndpoint}/shared-state`, new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY));
    const names: string[] = [];
    for await (const blob of container.listBlobsFlat()) names.push(blob.name);
    expect(names.some((n) => n.includes(encodeURIComponent(chat.conversationId)) || n.includes(chat.conversationId.slice(2, 20)))).toBe(true);

    const ready = await fetch(`${a.app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.stringify(await ready.json())).toContain('state-storage (azure-blob)');
  });

  it('reaches the container by account URL with a credential instead of a connection string', async () => {
    const { app } = await bot(
      { STATE_STORAGE_ACCOUNT_URL: azurite.blobEndpoint, STATE_STORAGE_CONTAINER: 'url-state' },
      // Azurite speaks no Entra ID over http, so the test hands in its shared key where Azure would use managed identity.
      { teams: { storageOptions: { credential: new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY) } } },
    );
    const chat = teamsConversation(capture.url);
    await ask(app.url, capture, chat.message('I have 1679 devices'));
    const second = await ask(app.url, capture, chat.message('320 E5'));
    expect(headline(second)).toContain('79');
    expect(noted(second)).toBe(false);
    const container = new ContainerClient(`${azurite.blobEndpoint}/url-state`, new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY));
    expect(await container.exists()).toBe(true);
  });
});

describe('storage down', () => {
  it('still answers (with a note), logs the error, and reports not ready', async () => {
    const outage = await startAzurite();
    const { app, logs } = await bot({ STATE_STORAGE_CONNECTION_STRING: outage.connectionString, STATE_STORAGE_CONTAINER: 'doomed' });
    const chat = teamsConversation(capture.url);
    expect(noted(await ask(app.url, capture, chat.message('I have 1679 devices')))).toBe(false);

    await outage.stop();
    const during = await ask(app.url, capture, chat.message('I have 1679 devices and 320 E5'));
    expect(headline(during)).toContain('79');
    expect(noted(during)).toBe(true);
    expect(logs.lines.some((l) => l.msg === 'conversation state could not be read' && l.level === 50)).toBe(true);

    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready' });
  });

  it('starts and answers when the storage account was never reachable', async () => {
    const { app } = await bot({
      // Port 9 on loopback (discard): nothing listens there.
      STATE_STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:9/${DEV_ACCOUNT};`,
      STATE_STORAGE_CONTAINER: 'nowhere',
    });
    const chat = teamsConversation(capture.url);
    const result = await ask(app.url, capture, chat.message('how do I start a trial?'));
    expect(headline(result)).toMatch(/trial/i);
    expect(noted(result)).toBe(true);
  });
});
