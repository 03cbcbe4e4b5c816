// Reads the request body as raw bytes at route level: Slack signs the bytes, so they must reach the
// verifier untouched. If a server-wide restify bodyParser already consumed the stream, its copy is used.
import type { Request } from 'restify';

/** Slash commands are a few KB; block_actions payloads carry the whole message (up to 50 blocks). */
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor() {
    super('request body too large');
    this.name = 'BodyTooLargeError';
  }
}

interface ParsedByRestify {
  _readBody?: boolean;
  rawBody?: unknown;
  body?: unknown;
}

export async function readRawBody(req: Request, limit = MAX_SLACK_BODY_BYTES): Promise<Buffer> {
  const already = req as unknown as ParsedByRestify;
  if (already._readBody) {
    const copy = already.rawBody ?? already.body;
    if (typeof copy === 'string') return Buffer.from(copy, 'utf8');
    if (Buffer.isBuffer(copy)) return copy;
    return Buffer.alloc(0);
  }
  already._readBody = true;
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer | string) => {
      if (tooLarge) return; // keep draining so the 413 can still be written on this connection
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      size += bytes.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(bytes);
    });
    req.on('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => reject(error));
  });
}
