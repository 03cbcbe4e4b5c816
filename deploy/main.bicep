// eIoT License Advisor: everything the bot needs in one resource group.
//   az deployment group create --resource-group <rg> --template-file deploy/main.bicep --parameters deploy/main.parameters.json
// See deploy/README.md for the full runbook. No Bicep compiler exists on the machine this was written
// on: the files are syntax-checked with tree-sitter-bicep in test/deploy, never compiled there.
targetScope = 'resourceGroup'

@description('Short name used as a prefix for every resource (lowercase letters, digits, hyphens).')
@minLength(3)
@maxLength(20)
param appName string = 'eiot-advisor'

@description('Azure region for everything except the bot registration (always global).')
param location string = resourceGroup().location

@description('UserAssignedMSI: the bot authenticates with a user-assigned managed identity (no password). SingleTenant: an Entra app registration you created, with a client secret.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAuthType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration (client) id.')
param singleTenantAppId string = ''

@description('SingleTenant only: the app registration client secret; stored in Key Vault. Leave empty to set it later with az keyvault secret set.')
@secure()
param singleTenantAppPassword string = ''

@description('ManagedIdentity: the app reaches Blob state with its identity (Storage Blob Data Contributor, account keys off). ConnectionString: an account-key connection string from Key Vault. ManagedIdentity needs botAuthType UserAssignedMSI, because the app learns the identity client id from MicrosoftAppId.')
@allowed([
  'ManagedIdentity'
  'ConnectionString'
])
param stateStorageAuth string = 'ManagedIdentity'

@description('Blob container for conversation state.')
param stateContainerName string = 'conversation-state'

@description('Serve the Slack /eiot command (SLACK_SIGNING_SECRET from Key Vault).')
param enableSlack bool = true

@description('Slack signing secret; stored in Key Vault. Leave empty and set it later with az keyvault secret set (the runbook does).')
@secure()
param slackSigningSecret string = ''

@description('Object id of the admin running the deployment, granted Key Vault Secrets Officer so they can set secrets: az ad signed-in-user show --query id -o tsv. Empty: no grant.')
param adminPrincipalId string = ''

@description('App Service plan SKU (Linux). B1 is the smallest with Always On; S1 or P0v3 and up for the staging slot and autoscale.')
param planSku string = 'B1'

@description('Web app instances. Safe above 1 because conversation state lives in Blob storage.')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('Node.js runtime. 24 is the Active/Maintenance LTS line supported until April 2028 (22 ends April 2027).')
@allowed([
  'NODE|24-lts'
  'NODE|22-lts'
])
param nodeRuntime string = 'NODE|24-lts'

@description('Create a staging deployment slot for swap releases and instant rollback (needs S1/P0v3 or higher).')
param deployStagingSlot bool = false

@description('Azure Bot pricing tier. F0 is free; Teams is a standard channel either way.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
  'silent'
])
param logLevel string = 'info'

@description('Requests per second per client IP on the public routes; 0 turns throttling off.')
@minValue(0)
param throttleRate int = 50

@minValue(0)
param throttleBurst int = 100

param tags object = {
  app: 'eiot-license-advisor'
}

var suffix = uniqueString(resourceGroup().id, appName)
var siteName = '${appName}-${suffix}'
// The app learns the identity's client id from MicrosoftAppId, which is that identity only with UserAssignedMSI.
var stateUsesIdentity = stateStorageAuth == 'ManagedIdentity' && botAuthType == 'UserAssignedMSI'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    namePrefix: appName
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    namePrefix: appName
    tags: tags
  }
}

module stateStorage 'modules/stateStorage.bicep' = {
  name: 'stateStorage'
  params: {
    location: location
    accountName: 'st${suffix}'
    containerName: stateContainerName
    useManagedIdentity: stateUsesIdentity
    identityPrincipalId: identity.outputs.principalId
    tags: tags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    vaultName: 'kv${suffix}'
    identityPrincipalId: identity.outputs.principalId
    secretsOfficerPrincipalId: adminPrincipalId
    slackSigningSecret: slackSigningSecret
    botAppPassword: singleTenantAppPassword
    connectionStringStorageAccountName: stateUsesIdentity ? '' : stateStorage.outputs.accountName
    tags: tags
  }
}

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    location: location
    namePrefix: appName
    siteName: siteName
    planSku: planSku
    instanceCount: instanceCount
    linuxFxVersion: nodeRuntime
    identityId: identity.outputs.id
    botAuthType: botAuthType
    botAppId: botAuthType == 'UserAssignedMSI' ? identity.outputs.clientId : singleTenantAppId
    tenantId: tenant().tenantId
    stateUsesIdentity: stateUsesIdentity
    stateBlobEndpoint: stateStorage.outputs.blobEndpoint
    stateContainerName: stateStorage.outputs.containerName
    enableSlack: enableSlack
    slackSigningSecretUri: keyVault.outputs.slackSigningSecretUri
    botAppPasswordUri: keyVault.outputs.botAppPasswordUri
    stateStorageConnectionStringUri: keyVault.outputs.stateStorageConnectionStringUri
    logLevel: logLevel
    throttleRate: throttleRate
    throttleBurst: throttleBurst
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
    deployStagingSlot: deployStagingSlot
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: '${appName}-bot-${suffix}'
    displayName: 'eIoT License Advisor'
    endpoint: 'https://${webApp.outputs.defaultHostName}/api/messages'
    msaAppType: botAuthType
    msaAppId: botAuthType == 'UserAssignedMSI' ? identity.outputs.clientId : singleTenantAppId
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: identity.outputs.id
    sku: botSku
    tags: tags
  }
}

output webAppName string = webApp.outputs.name
output webAppHostName string = webApp.outputs.defaultHostName
output botName string = bot.outputs.name
// The Teams app manifest's botId (npm run package:teams) is this value.
output botAppId string = botAuthType == 'UserAssignedMSI' ? identity.outputs.clientId : singleTenantAppId
output keyVaultName string = keyVault.outputs.name
output stateStorageAccountName string = stateStorage.outputs.accountName
output stateStorageAuth string = stateUsesIdentity ? 'ManagedIdentity' : 'ConnectionString'
