// Where conversation state lives: in memory by default, Azure Blob Storage when configured
// (several instances behind a load balancer then share conversations).
// The Azure libraries load only when blob storage is configured (they cost about 0.2 s of start-up otherwise).
import type { TokenCredential } from '@azure/identity';
import { MemoryStorage, type Storage } from 'botbuilder';
import type { StorageSharedKeyCredential } from '@azure/storage-blob';
import type { AppConfig } from '../../server/config';

export interface StateStorage {
  storage: Storage;
  kind: 'memory' | 'azure-blob';
  /** Resolves when the store answers (readiness). */
  ping: () => Promise<void>;
}

const PROBE_KEY = 'readiness-probe';
const PING_TIMEOUT_MS = 5_000;

/** A turn waits for storage: fail fast (and answer without memory) rather than retry for half a minute. */
const blobOptions = {
  storagePipelineOptions: { retryOptions: { maxTries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000, tryTimeoutInMs: 5_000 } },
};

export interface StateStorageOptions {
  /** Overrides the token credential for STATE_STORAGE_ACCOUNT_URL (tests use Azurite's shared key). */
  credential?: TokenCredential | StorageSharedKeyCredential;
}

export function createStateStorage(config: AppConfig, options: StateStorageOptions = {}): StateStorage {
  const storage = blobStorage(config, options) ?? new MemoryStorage();
  const kind = storage instanceof MemoryStorage ? 'memory' : 'azure-blob';
  return {
    storage,
    kind,
    // A read of a key that never exists: BlobsStorage creates the container on first use and maps 404 to "absent".
    ping: () => withTimeout(storage.read([PROBE_KEY]), PING_TIMEOUT_MS),
  };
}

function blobStorage(config: AppConfig, options: StateStorageOptions): Storage | undefined {
  const container = config.STATE_STORAGE_CONTAINER;
  if (!container || !(config.STATE_STORAGE_CONNECTION_STRING || config.STATE_STORAGE_ACCOUNT_URL)) return undefined;
  const { BlobsStorage } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
  if (config.STATE_STORAGE_CONNECTION_STRING) {
    return new BlobsStorage(config.STATE_STORAGE_CONNECTION_STRING, container, blobOptions);
  }
  if (config.STATE_STORAGE_ACCOUNT_URL) {
    // No secret: BlobsStorage accepts a container URL plus an Azure token credential. With UserAssignedMSI the
    // identity's client id is MicrosoftAppId (deploy/ sets it up that way); otherwise DefaultAzureCredential
    // finds a system-assigned identity, or a developer's `az login`.
    const url = `${config.STATE_STORAGE_ACCOUNT_URL.replace(/\/+$/, '')}/${encodeURIComponent(container)}`;
    return new BlobsStorage('', container, blobOptions, url, options.credential ?? storageCredential(config));
  }
  return undefined;
}

function storageCredential(config: AppConfig): TokenCredential {
  const { DefaultAzureCredential, ManagedIdentityCredential } = require('@azure/identity') as typeof import('@azure/identity');
  if (config.MicrosoftAppType === 'UserAssignedMSI' && config.MicrosoftAppId) {
    return new ManagedIdentityCredential({ clientId: config.MicrosoftAppId });
  }
  return new DefaultAzureCredential();
}

async function withTimeout(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`state storage did not answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
