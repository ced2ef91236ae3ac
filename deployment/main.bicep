// Board Clerk on Azure: an Azure Bot (single tenant, Teams channel), a Linux App Service running the
// Node.js app, Azure Cosmos DB for NoSQL (serverless) reached with the web app's managed identity, Key
// Vault for the bot's client secret, and Application Insights on a Log Analytics workspace.
// Deploy into a resource group:
//   az deployment group create -g <rg> -f deployment/main.bicep -p deployment/main.parameters.json
// See deployment/README.md. Container names and partition keys must match src/store/containers.ts
// (test/deployment/bicep.test.ts checks them).

targetScope = 'resourceGroup'

@description('Azure region for everything except the bot registration (which is global).')
param location string = resourceGroup().location

@description('Prefix of resource names: lower-case letters, digits and hyphens.')
@minLength(2)
@maxLength(20)
param appName string = 'board-clerk'

@description('The bot\'s Microsoft App Id: the application (client) id of its single-tenant Entra app registration.')
param microsoftAppId string

@description('A client secret of that app registration. Stored in Key Vault; the web app reads it through a Key Vault reference.')
@secure()
param microsoftAppPassword string

@description('The Entra tenant the app registration lives in, and the only tenant allowed to use the bot.')
param microsoftAppTenantId string = subscription().tenantId

@description('Name of the Cosmos DB database (COSMOS_DATABASE).')
param cosmosDatabaseName string = 'board-clerk'

@description('Seed the bundled dataset into the store on start (SEED_DATA): \'true\' once for the demo or your transcribed data, then \'false\'.')
@allowed([
  'true'
  'false'
])
param seedData string = 'false'

@description('Optional ORGANISATION_ID: the organisation whose BAF answers questions that name no register (e.g. lpt). Empty for none.')
param organisationId string = ''

@description('Optional SECRETARIAT_CHANNEL_ID: the Teams channel (19:...@thread.tacv2) where closure proposals and the weekly overdue summary go. Empty: the board secretaries\' personal chats.')
param secretariatChannelId string = ''

@description('Optional REMINDER_SCHEDULE: JSON per meeting body overriding when reminders go. Empty: the defaults (see README).')
param reminderSchedule string = ''

@description('App Service plan SKU (Linux). Always On and health checks need Basic or above.')
param appServicePlanSku string = 'P0v3'

@description('Number of web app instances. With two or more, App Service takes an instance out of rotation when /healthz fails.')
@minValue(1)
@maxValue(10)
param appServiceCapacity int = 2

@description('Azure Bot pricing tier. Teams is a standard channel, free on either tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name shown for the bot in the Azure portal.')
param botDisplayName string = 'Board Clerk'

@description('Days the Log Analytics workspace keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

@description('Tags put on every resource.')
param tags object = {}

var token = uniqueString(resourceGroup().id, appName)
var baseName = toLower('${appName}-${token}')

// Built-in role ids.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002' // Cosmos DB Built-in Data Contributor

// Must match src/store/containers.ts (ALL_CONTAINERS): the same names and partition key paths.
var cosmosContainers = [
  {
    name: 'governance'
    partitionKeyPath: '/organisationId'
  }
  {
    name: 'directory'
    partitionKeyPath: '/organisationId'
  }
  {
    name: 'actions'
    partitionKeyPath: '/organisationId'
  }
  {
    name: 'conversations'
    partitionKeyPath: '/tenantId'
  }
  {
    name: 'broadcasts'
    partitionKeyPath: '/jobId'
  }
]

// Monitoring.

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${baseName}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    IngestionMode: 'LogAnalytics'
  }
}

// Cosmos DB for NoSQL, serverless. Key (local) authentication is off: the web app signs in with its
// managed identity and the built-in data contributor role.

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: baseName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource cosmosDatabase 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: cosmosDatabaseName
  properties: {
    resource: {
      id: cosmosDatabaseName
    }
  }
}

resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [
  for container in cosmosContainers: {
    parent: cosmosDatabase
    name: container.name
    properties: {
      resource: {
        id: container.name
        partitionKey: {
          paths: [
            container.partitionKeyPath
          ]
          kind: 'Hash'
        }
        indexingPolicy: {
          indexingMode: 'consistent'
          automatic: true
          includedPaths: [
            {
              path: '/*'
            }
          ]
          excludedPaths: [
            {
              path: '/"_etag"/?'
            }
          ]
        }
      }
    }
  }
]

// Key Vault (RBAC) with the bot's client secret.

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${token}'
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
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'MicrosoftAppPassword'
  properties: {
    value: microsoftAppPassword
    contentType: 'Client secret of the Board Clerk bot app registration'
  }
}

// The web app.

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${baseName}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: appServiceCapacity
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: baseName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'npm run serve'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

resource keyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, webApp.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource cosmosDataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, webApp.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: webApp.identity.principalId
    scope: cosmos.id
  }
}

// App settings: the variables src/config.ts reads, plus the platform's own. Set after the role
// assignments so the Key Vault reference resolves and the store can sign in on first start.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    COSMOS_ENDPOINT: cosmos.properties.documentEndpoint
    COSMOS_DATABASE: cosmosDatabaseName
    SEED_DATA: seedData
    ORGANISATION_ID: organisationId
    SECRETARIAT_CHANNEL_ID: secretariatChannelId
    REMINDER_SCHEDULE: reminderSchedule
    ALLOWED_TENANTS: microsoftAppTenantId
    MicrosoftAppId: microsoftAppId
    MicrosoftAppPassword: '@Microsoft.KeyVault(SecretUri=${appPasswordSecret.properties.secretUri})'
    MicrosoftAppType: 'SingleTenant'
    MicrosoftAppTenantId: microsoftAppTenantId
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
  }
  dependsOn: [
    keyVaultSecretsUser
    cosmosDataContributor
    containers
  ]
}

// App Service console (stdout: Board Clerk's JSON logs), HTTP and platform logs to the workspace.
resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-workspace'
  scope: webApp
  properties: {
    workspaceId: logAnalytics.id
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
  }
}

// The bot registration, pointing at the web app, with the Teams channel on.

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: baseName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: microsoftAppTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
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

@description('Host name of the web app: BOT_DOMAIN when building the Teams app package.')
output webAppHostName string = webApp.properties.defaultHostName

@description('The messaging endpoint registered on the Azure Bot.')
output botEndpoint string = bot.properties.endpoint

@description('COSMOS_ENDPOINT of the web app.')
output cosmosEndpoint string = cosmos.properties.documentEndpoint

@description('Name of the web app, for az webapp deploy.')
output webAppName string = webApp.name

@description('Name of the Key Vault holding MicrosoftAppPassword.')
output keyVaultName string = keyVault.name
