// Stub servers (a Bot Framework token issuer, a connector that collects replies) listen on loopback only.
import { once } from 'node:events';
import type * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on a free 127.0.0.1 port; returns its base URL and a close that waits for the server to stop. */
export async function listenOnLoopback(server: http.Server): Promise<{ url: string; close: () => Promise<void> }> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
