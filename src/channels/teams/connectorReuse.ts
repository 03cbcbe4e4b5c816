// Reuses Bot Framework connector clients across turns. Stock botbuilder builds a new ConnectorClient (and a new
// UserTokenClient) for every incoming activity: each one builds a fresh Azure SDK HTTP pipeline (policies, proxy
// settings read from the environment, a new HTTP agent, so no keep-alive towards the connector). Profiling the
// stock echo bot showed that to be about a quarter of its CPU per turn. A client is stateless between requests
// (its credentials refresh their own token), so one per (app id, audience, service URL) is enough; botbuilder's
// old BotFrameworkAdapter cached them the same way. This is done through botbuilder's own extension point: a
// BotFrameworkAuthentication that delegates everything to the configured one and wraps its ConnectorFactory.
import {
  BotFrameworkAuthentication,
  ConnectorFactory,
  AuthenticationConstants,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** Service URLs come from activities; in anonymous mode from anyone: keep the cache bounded. */
export const MAX_CACHED_CLIENTS = 64;
/**
 * botbuilder sets no timeout on the reply POST: a connector that accepts the connection and never answers would
 * hold the turn (and its socket) forever. Each attempt gets this long; the SDK's retry policy still applies.
 */
export const REPLY_ATTEMPT_TIMEOUT_MS = 10_000;

interface PipelineLike {
  addPolicy(policy: { name: string; sendRequest(request: { timeout: number }, next: (r: unknown) => Promise<unknown>): Promise<unknown> }): void;
  getOrderedPolicies(): { name: string }[];
}

/** Adds the per-attempt timeout to a connector client's Azure SDK pipeline (once). */
export function withReplyTimeout<T>(client: T, timeoutMs: number): T {
  const pipeline = (client as { client?: { pipeline?: PipelineLike } }).client?.pipeline;
  if (pipeline && !pipeline.getOrderedPolicies().some((p) => p.name === 'replyAttemptTimeout')) {
    pipeline.addPolicy({
      name: 'replyAttemptTimeout',
      sendRequest: (request, next) => {
        if (!request.timeout || request.timeout > timeoutMs) request.timeout = timeoutMs;
        return next(request);
      },
    });
  }
  return client;
}

/** A small insertion-ordered cache of promises; a rejected one is dropped so the next turn tries again. */
export class ClientCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly max = MAX_CACHED_CLIENTS) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, create: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used goes last, so eviction drops the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = create();
    this.entries.set(key, made);
    made.catch(() => {
      if (this.entries.get(key) === made) this.entries.delete(key);
    });
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return made;
  }
}

/**
 * The app id botframework-connector's own factories build clients for (ParameterizedBotFrameworkAuthentication's
 * getAppId: the audience claim, else the appid claim; none in anonymous mode).
 */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return (
    claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/** A ConnectorFactory that hands out one client per (app id, audience, service URL). */
export class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly cache: ClientCache<ConnectorClient>,
    private readonly timeoutMs = REPLY_ATTEMPT_TIMEOUT_MS,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    // JSON keeps the key unambiguous whatever characters the parts hold.
    const key = JSON.stringify([this.appId, audience ?? null, serviceUrl]);
    return this.cache.get(key, async () => withReplyTimeout(await this.inner.create(serviceUrl, audience), this.timeoutMs));
  }
}

/** Delegates authentication to the configured BotFrameworkAuthentication; only client creation is shared. */
export class ConnectorReusingAuthentication extends BotFrameworkAuthentication {
  readonly connectorClients: ClientCache<ConnectorClient>;
  readonly userTokenClients: ClientCache<UserTokenClient>;

  constructor(
    private readonly inner: BotFrameworkAuthentication,
    maxClients = MAX_CACHED_CLIENTS,
    private readonly replyTimeoutMs = REPLY_ATTEMPT_TIMEOUT_MS,
  ) {
    super();
    this.connectorClients = new ClientCache(maxClients);
    this.userTokenClients = new ClientCache(maxClients);
  }

  private reusing(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!result.connectorFactory) return result;
    return {
      ...result,
      connectorFactory: new ReusingConnectorFactory(
        result.connectorFactory,
        appIdOf(result.claimsIdentity),
        this.connectorClients,
        this.replyTimeoutMs,
      ),
    };
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new ReusingConnectorFactory(
      this.inner.createConnectorFactory(claimsIdentity),
      appIdOf(claimsIdentity),
      this.connectorClients,
      this.replyTimeoutMs,
    );
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    // The configured authentication builds it from the app id alone (OAuth URL and scope are fixed per instance).
    return this.userTokenClients.get(JSON.stringify([appIdOf(claimsIdentity)]), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }
}
