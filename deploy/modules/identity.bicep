// The user-assigned managed identity the bot and the web app share. With msaAppType UserAssignedMSI
// it is the bot's identity towards Bot Framework (no password anywhere); in every mode it is the
// identity the web app uses for Key Vault references (and for Blob state when the bot uses it too).

param location string
param namePrefix string
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-id'
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId
