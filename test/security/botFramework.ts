// A stand-in for Microsoft's Bot Framework token issuer, on loopback: an OpenID configuration and a JWKS holding a
// locally generated RSA key, and tokens signed with node:crypto the way the Bot Framework Connector signs them.
// The Teams channel is pointed at it through botbuilder's own settings (ToBotFromChannelOpenIdMetadataUrl, ...),
// so token validation runs botbuilder's real code with no internet.
import { createPrivateKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenOnLoopback } from '../support/loopback';

export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  jwk: { kty: string; n: string; e: string };
}

export function newSigningKey(kid = randomUUID()): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' }) as { kty: string; n: string; e: string };
  return { kid, privateKey: createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' })), jwk };
}

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact RS256 JWT. */
export function signToken(key: SigningKey, claims: Record<string, unknown>, kid = key.kid): string {
  const head = b64url({ alg: 'RS256', typ: 'JWT', kid, x5t: kid });
  const body = b64url(claims);
  const signature = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), key.privateKey).toString('base64url');
  return `${head}.${body}.${signature}`;
}

/** The claims the Bot Framework Connector puts in a token for a bot (what botbuilder checks). */
export function channelClaims(appId: string, serviceUrl: string, overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return { iss: CHANNEL_ISSUER, aud: appId, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600, ...overrides };
}

/** Serves /openid (the OpenID configuration) and /keys (the JWKS with the published key, endorsed for msteams). */
export async function startTokenIssuer(published: SigningKey) {
  let metadataFetches = 0;
  const server = http.createServer((req, res) => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/openid') {
      metadataFetches++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${url}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      return;
    }
    if (req.url === '/keys') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [{ ...published.jwk, kid: published.kid, use: 'sig', endorsements: ['msteams'] }] }));
      return;
    }
    res.writeHead(404).end();
  });
  const { url, close } = await listenOnLoopback(server);
  return {
    url,
    metadataFetches: () => metadataFetches,
    /** botbuilder settings that point every token check at this server (all parameterized values must be given). */
    botAuth: {
      ToBotFromChannelOpenIdMetadataUrl: `${url}/openid`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${url}/emulator/openid`,
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      OAuthUrl: 'https://api.botframework.com',
      CallerId: 'urn:botframework:azure',
      ValidateAuthority: true,
    },
    close,
  };
}
