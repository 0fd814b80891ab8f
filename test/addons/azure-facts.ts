// Values from ../shared/azure-facts.md ("Add-ons that need Azure services"), written out here rather than taken
// from src/ so that a test catches a wrong constant in the library.

/** Built-in role id of Key Vault Secrets User. */
export const KEY_VAULT_SECRETS_USER = '4633458b-17de-408a-b874-0445c86b69e6';

/** The five privatelink zones of an Azure Monitor Private Link Scope's `azuremonitor` endpoint. */
export const AZURE_MONITOR_ZONES = [
  'privatelink.monitor.azure.com',
  'privatelink.oms.opinsights.azure.com',
  'privatelink.ods.opinsights.azure.com',
  'privatelink.agentsvc.azure-automation.net',
  'privatelink.blob.core.windows.net',
];
