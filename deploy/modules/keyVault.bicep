// Key Vault for the app's secrets. The web app never holds a secret in plain text: its app settings
// are @Microsoft.KeyVault(SecretUri=...) references that App Service resolves with the user-assigned
// identity. References are versionless, so a rotated secret is picked up on the next restart.

param location string

@description('Key Vault name: 3-24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param vaultName string

@description('Principal id of the user-assigned identity the web app resolves references with.')
param identityPrincipalId string

@description('Object id of the admin who sets secrets with `az keyvault secret set` (Key Vault Secrets Officer). Empty: no assignment.')
param secretsOfficerPrincipalId string = ''

@description('Slack signing secret. Empty: the secret is not written here (set it later with az keyvault secret set).')
@secure()
param slackSigningSecret string = ''

@description('Client secret of the single-tenant app registration. Empty: not written here.')
@secure()
param botAppPassword string = ''

@description('Name of the state storage account whose connection string is stored here; empty when the app uses its managed identity for Blob storage.')
param connectionStringStorageAccountName string = ''

param tags object = {}

// Secret names the web app's references point at (the runbook uses the same names).
var slackSecretName = 'slack-signing-secret'
var botPasswordSecretName = 'bot-app-password'
var storageConnectionSecretName = 'state-storage-connection-string'

// Built-in roles.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficerRoleId = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identityPrincipalId, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource secretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(secretsOfficerPrincipalId)) {
  scope: vault
  name: guid(vault.id, secretsOfficerPrincipalId, keyVaultSecretsOfficerRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficerRoleId)
    principalId: secretsOfficerPrincipalId
  }
}

resource slackSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(slackSigningSecret)) {
  parent: vault
  name: slackSecretName
  properties: {
    value: slackSigningSecret
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(botAppPassword)) {
  parent: vault
  name: botPasswordSecretName
  properties: {
    value: botAppPassword
  }
}

resource stateAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = if (!empty(connectionStringStorageAccountName)) {
  name: connectionStringStorageAccountName
}

resource storageConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(connectionStringStorageAccountName)) {
  parent: vault
  name: storageConnectionSecretName
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${connectionStringStorageAccountName};AccountKey=${stateAccount.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

output name string = vault.name
output vaultUri string = vault.properties.vaultUri
// Versionless secret URIs, built as strings so a reference can exist before its secret is set.
output slackSigningSecretUri string = '${vault.properties.vaultUri}secrets/${slackSecretName}'
output botAppPasswordUri string = '${vault.properties.vaultUri}secrets/${botPasswordSecretName}'
output stateStorageConnectionStringUri string = '${vault.properties.vaultUri}secrets/${storageConnectionSecretName}'
