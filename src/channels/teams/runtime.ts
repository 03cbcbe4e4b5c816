// Everything on the Teams path that needs botbuilder, built on the first Teams activity rather than at start-up:
// `require('botbuilder')` is most of a cold start (about 0.45 s of the 1.1 s measured), and neither /readyz nor
// Slack needs it.
import {
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { AppConfig } from '../../server/config';
import type { Logger } from '../../server/logger';
import { AuthenticatedCloudAdapter } from './adapter';
import { AdvisorBot, turnErrorHandler, type Respond } from './bot';
import { ConnectorReusingAuthentication } from './connectorReuse';
import { createStateStorage, type StateStorage, type StateStorageOptions } from './storage';

export interface TeamsRuntimeDeps {
  config: AppConfig;
  logger: Logger;
  /** Defaults to the storage the config names (memory or Azure Blob). */
  stateStorage?: StateStorage;
  storageOptions?: StateStorageOptions;
  respond?: Respond;
  /** Test hook: botbuilder authentication settings laid over the config's (e.g. a loopback OpenID endpoint). */
  botAuth?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
}

export interface TeamsRuntime {
  adapter: AuthenticatedCloudAdapter;
  bot: AdvisorBot;
  stateStorage: StateStorage;
  authentication: ConnectorReusingAuthentication;
}

function authOptions(config: AppConfig, overrides: TeamsRuntimeDeps['botAuth'] = {}): ConfigurationBotFrameworkAuthenticationOptions {
  const options: ConfigurationBotFrameworkAuthenticationOptions = { ...overrides, MicrosoftAppType: config.MicrosoftAppType };
  if (config.MicrosoftAppId) options.MicrosoftAppId = config.MicrosoftAppId;
  if (config.MicrosoftAppPassword) options.MicrosoftAppPassword = config.MicrosoftAppPassword;
  if (config.MicrosoftAppTenantId) options.MicrosoftAppTenantId = config.MicrosoftAppTenantId;
  return options;
}

export function createTeamsRuntime(deps: TeamsRuntimeDeps): TeamsRuntime {
  const stateStorage = deps.stateStorage ?? createStateStorage(deps.config, deps.storageOptions);
  const conversationState = new ConversationState(stateStorage.storage);
  // Stock authentication (JWT checks, anonymous mode without an app id), with connector clients reused per turn.
  const authentication = new ConnectorReusingAuthentication(new ConfigurationBotFrameworkAuthentication(authOptions(deps.config, deps.botAuth)));
  const adapter = new AuthenticatedCloudAdapter(authentication);
  const bot = new AdvisorBot({ conversationState, logger: deps.logger, respond: deps.respond });
  adapter.onTurnError = turnErrorHandler(conversationState, deps.logger);
  return { adapter, bot, stateStorage, authentication };
}
