// Linux App Service plan + Node.js web app running `npm start` (node dist/src/main.js).
// App settings are exactly the environment variables src/server/config.ts reads, plus a short,
// documented list of platform settings; test/deploy/appSettings.test.ts keeps the two in step.

param location string
param namePrefix string

@description('Web app name; becomes <siteName>.azurewebsites.net.')
param siteName string

@description('App Service plan SKU. B1 and up support Always On; S1/P0v3 and up also support the staging slot.')
param planSku string

@description('Number of instances. Conversation state lives in Blob storage, so any instance can serve any turn.')
@minValue(1)
@maxValue(30)
param instanceCount int

@description('Runtime stack, e.g. NODE|24-lts.')
param linuxFxVersion string

@description('Resource id of the user-assigned identity (bot identity, Key Vault references, Blob state).')
param identityId string

@description('MultiTenant is not offered: new Azure Bot registrations are single-tenant or managed identity.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAuthType string

@description('Bot app id: the managed identity client id (UserAssignedMSI) or the app registration id (SingleTenant).')
param botAppId string

param tenantId string

@description('true: STATE_STORAGE_ACCOUNT_URL + managed identity; false: STATE_STORAGE_CONNECTION_STRING from Key Vault.')
param stateUsesIdentity bool
param stateBlobEndpoint string
param stateContainerName string

@description('Serve the Slack routes: SLACK_SIGNING_SECRET comes from Key Vault.')
param enableSlack bool

param slackSigningSecretUri string
param botAppPasswordUri string
param stateStorageConnectionStringUri string

@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
  'silent'
])
param logLevel string

@minValue(0)
param throttleRate int

@minValue(0)
param throttleBurst int

param appInsightsConnectionString string
param logAnalyticsWorkspaceId string

@description('Create a "staging" deployment slot (needs Standard/Premium plan) for swap-based releases and rollback.')
param deployStagingSlot bool

param tags object = {}

// ---- App settings: the app's environment (src/server/config.ts EnvSchema) ----
// PORT is not set: App Service injects it. HOST is not set: the default binds every interface.
var coreAppSettings = [
  {
    name: 'LOG_LEVEL'
    value: logLevel
  }
  {
    name: 'THROTTLE_RATE'
    value: string(throttleRate)
  }
  {
    name: 'THROTTLE_BURST'
    value: string(throttleBurst)
  }
  {
    name: 'MicrosoftAppType'
    value: botAuthType
  }
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: tenantId
  }
  {
    name: 'STATE_STORAGE_CONTAINER'
    value: stateContainerName
  }
]

var botPasswordAppSettings = botAuthType == 'SingleTenant' ? [
  {
    name: 'MicrosoftAppPassword'
    value: '@Microsoft.KeyVault(SecretUri=${botAppPasswordUri})'
  }
] : []

var stateAppSettings = stateUsesIdentity ? [
  {
    name: 'STATE_STORAGE_ACCOUNT_URL'
    value: stateBlobEndpoint
  }
] : [
  {
    name: 'STATE_STORAGE_CONNECTION_STRING'
    value: '@Microsoft.KeyVault(SecretUri=${stateStorageConnectionStringUri})'
  }
]

var slackAppSettings = enableSlack ? [
  {
    name: 'SLACK_SIGNING_SECRET'
    value: '@Microsoft.KeyVault(SecretUri=${slackSigningSecretUri})'
  }
] : []

// ---- Platform settings (read by App Service, not by the app) ----
// Allowed by name in test/deploy/appSettings.test.ts (PLATFORM_SETTINGS); add one there with a reason.
var platformAppSettings = [
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsightsConnectionString
  }
  {
    name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
    value: '~3'
  }
  {
    // The zip already holds dist/ and production node_modules; an Oryx build would run `npm install`,
    // whose `prepare` script needs the TypeScript compiler (a dev dependency).
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: 'false'
  }
]

var appSettings = concat(coreAppSettings, botPasswordAppSettings, stateAppSettings, slackAppSettings, platformAppSettings)

var siteConfig = {
  linuxFxVersion: linuxFxVersion
  appCommandLine: 'npm start'
  alwaysOn: true
  healthCheckPath: '/readyz'
  http20Enabled: true
  minTlsVersion: '1.2'
  ftpsState: 'Disabled'
  appSettings: appSettings
}

var siteIdentity = {
  type: 'UserAssigned'
  userAssignedIdentities: {
    '${identityId}': {}
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: siteIdentity
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // No sticky sessions: every turn's state is read from Blob storage.
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: siteConfig
  }
}

resource stagingSlot 'Microsoft.Web/sites/slots@2024-04-01' = if (deployStagingSlot) {
  parent: site
  name: 'staging'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: siteIdentity
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: siteConfig
  }
}

// stdout/stderr (pino JSON lines), HTTP and platform logs to Log Analytics.
resource siteDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: site
  name: 'to-log-analytics'
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output planName string = plan.name
