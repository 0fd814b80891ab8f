import { DataAzurermClientConfig } from '@cdktf/provider-azurerm/lib/data-azurerm-client-config';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { BuiltInRole } from './built-in-role';

/** Construct id of the per-stack client config data source that scopes role definition ids. */
const CLIENT_CONFIG_ID = 'IsolatedAksClientConfig';

/** The stack's one `azurerm_client_config` data source (subscription and tenant of the deployment). */
export function clientConfig(scope: Construct): DataAzurermClientConfig {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(CLIENT_CONFIG_ID);
  return (existing as DataAzurermClientConfig | undefined) ?? new DataAzurermClientConfig(stack, CLIENT_CONFIG_ID, {});
}

/** What one role assignment grants (internal). */
export interface RoleGrantOptions {
  readonly principalId: string;
  readonly role: BuiltInRole;
  readonly targetScope: string;
  readonly description: string;
}

/**
 * Creates one role assignment with the subscription-scoped built-in role definition id, for a service
 * principal (a managed identity), skipping the Entra replication check that races fresh identities.
 */
export function grantRole(scope: Construct, id: string, options: RoleGrantOptions): RoleAssignment {
  const subscriptionId = clientConfig(scope).subscriptionId;
  return new RoleAssignment(scope, id, {
    scope: options.targetScope,
    roleDefinitionId: `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${options.role.definitionGuid}`,
    principalId: options.principalId,
    principalType: 'ServicePrincipal',
    skipServicePrincipalAadCheck: true,
    description: options.description,
  });
}
