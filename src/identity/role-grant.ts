import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct } from 'constructs';
import { clientConfig } from '../internal/client-config';
import { BuiltInRole } from './built-in-role';

/** What one role assignment grants (internal). */
export interface RoleGrantOptions {
  readonly principalId: string;
  readonly role: BuiltInRole;
  readonly targetScope: string;
  readonly description: string;
}

/** The `/subscriptions/<id>` head of a scope id; `<id>` may itself be a token (`/subscriptions/${var.hub}/...`). */
const SUBSCRIPTION_HEAD = /^\/subscriptions\/([^/]+)(?:\/|$)/i;

/**
 * The subscription a role definition id must name: the subscription of the assignment's scope (Azure refuses a
 * definition id of another subscription, e.g. a spoke's id on a hub zone).
 *
 * One rule: when the scope id starts with `/subscriptions/<id>/` (a literal id, or a template whose subscription
 * segment is the only token), that `<id>` is used. Any other scope, in practice an unresolved token such as a
 * resource of this stack (`${azurerm_subnet.x.id}`), is taken to be in the provider's subscription
 * (`data.azurerm_client_config`). A scope in another subscription must therefore be passed as an id that starts
 * with `/subscriptions/<id>/`, never as a bare reference or variable.
 */
export function roleDefinitionSubscription(scope: Construct, targetScope: string): string {
  const head = SUBSCRIPTION_HEAD.exec(targetScope);
  return head ? head[1] : clientConfig(scope).subscriptionId;
}

/**
 * Creates one role assignment with the built-in role definition id of the scope's subscription (see
 * `roleDefinitionSubscription`), for a service principal (a managed identity), skipping the Entra replication check
 * that races fresh identities.
 */
export function grantRole(scope: Construct, id: string, options: RoleGrantOptions): RoleAssignment {
  const subscriptionId = roleDefinitionSubscription(scope, options.targetScope);
  return new RoleAssignment(scope, id, {
    scope: options.targetScope,
    roleDefinitionId: `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${options.role.definitionGuid}`,
    principalId: options.principalId,
    principalType: 'ServicePrincipal',
    skipServicePrincipalAadCheck: true,
    description: options.description,
  });
}
