// Configuration from the environment, validated once at start-up. Secrets never reach the logs:
// `describeConfig` is the only view of the config that may be logged.
import { z } from 'zod';

const optionalString = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string())
  .optional()
  .transform((s) => (s ? s : undefined));

const intFromEnv = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` })
    .default(fallback);

/** Every environment variable the app reads. deploy/ sets exactly these (a test checks). */
export const EnvSchema = z
  .object({
    PORT: intFromEnv(3978, 0, 65535),
    HOST: optionalString,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optionalString,
    /** Azure Blob Storage for conversation state: a connection string, or an account URL for managed identity. */
    STATE_STORAGE_CONNECTION_STRING: optionalString,
    STATE_STORAGE_ACCOUNT_URL: optionalString.pipe(z.url({ error: 'must be a URL' }).optional()),
    STATE_STORAGE_CONTAINER: optionalString,
    SLACK_SIGNING_SECRET: optionalString,
    /** Requests per second per client IP on the public routes (restify throttle); 0 turns it off. */
    THROTTLE_RATE: intFromEnv(50, 0, 100_000),
    THROTTLE_BURST: intFromEnv(100, 0, 100_000),
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: `is required when MicrosoftAppId is set and MicrosoftAppType is ${env.MicrosoftAppType}`,
      });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'MultiTenant' && !env.MicrosoftAppTenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: `is required when MicrosoftAppType is ${env.MicrosoftAppType}`,
      });
    }
    if (!env.MicrosoftAppId && env.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'is required when MicrosoftAppPassword is set' });
    }
    const storageSet = Boolean(env.STATE_STORAGE_CONNECTION_STRING || env.STATE_STORAGE_ACCOUNT_URL);
    if (storageSet && !env.STATE_STORAGE_CONTAINER) {
      ctx.addIssue({ code: 'custom', path: ['STATE_STORAGE_CONTAINER'], message: 'is required when state storage is configured' });
    }
    if (env.SLACK_SIGNING_SECRET !== undefined && env.SLACK_SIGNING_SECRET.length < 16) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'looks too short for a Slack signing secret' });
    }
  });

export type AppConfig = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError with one readable line per bad variable (never its value). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || 'environment'} ${i.message}`));
  }
  return result.data;
}

/** Names of the variables the schema reads (for the deploy drift test). */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.shape);

/** A log-safe summary: which features are on, never a secret. */
export function describeConfig(config: AppConfig) {
  return {
    port: config.PORT,
    botAuth: config.MicrosoftAppId ? config.MicrosoftAppType : 'anonymous-local',
    stateStorage: config.STATE_STORAGE_CONNECTION_STRING || config.STATE_STORAGE_ACCOUNT_URL ? 'azure-blob' : 'memory',
    slack: config.SLACK_SIGNING_SECRET ? 'on' : 'off',
  };
}
