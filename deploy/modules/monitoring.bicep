// Log Analytics workspace + workspace-based Application Insights.
// The app logs JSON lines to stdout (pino); App Service ships them to Log Analytics through the
// diagnostic setting on the web app (see webApp.bicep). Application Insights gets requests and
// dependencies from the App Service Node.js agent.

@description('Azure region.')
param location string

@description('Name prefix for the resources.')
param namePrefix string

@description('Days of log retention in Log Analytics.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

param tags object = {}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

output workspaceId string = workspace.id
output appInsightsConnectionString string = appInsights.properties.ConnectionString
