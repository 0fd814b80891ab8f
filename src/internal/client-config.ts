import { DataAzurermClientConfig } from '@cdktf/provider-azurerm/lib/data-azurerm-client-config';
import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/** Construct id of the per-stack client config data source (a public contract: it is part of the address). */
const CLIENT_CONFIG_ID = 'IsolatedAksClientConfig';

/**
 * The stack's one `data.azurerm_client_config` (the default provider's subscription and tenant), created on first
 * use. Role definition ids and default global names both read it, so a stack never holds two.
 */
export function clientConfig(scope: IConstruct): DataAzurermClientConfig {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(CLIENT_CONFIG_ID);
  return (existing as DataAzurermClientConfig | undefined) ?? new DataAzurermClientConfig(stack, CLIENT_CONFIG_ID, {});
}
