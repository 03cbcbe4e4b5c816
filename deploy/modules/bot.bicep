// Azure Bot registration (kind azurebot) pointing at the web app, with the Microsoft Teams channel.

@description('Bot resource name (2-64 letters, digits, _ . -).')
param botName string

param displayName string

@description('Messaging endpoint, https://<app host>/api/messages.')
param endpoint string

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param msaAppType string

@description('Managed identity client id (UserAssignedMSI) or app registration id (SingleTenant).')
param msaAppId string

param msaAppTenantId string

@description('Resource id of the user-assigned identity; used only with UserAssignedMSI.')
param msaAppMSIResourceId string

@allowed([
  'F0'
  'S1'
])
param sku string

param tags object = {}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: msaAppType
    msaAppId: msaAppId
    msaAppTenantId: msaAppTenantId
    msaAppMSIResourceId: msaAppType == 'UserAssignedMSI' ? msaAppMSIResourceId : null
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
