import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { clientConfig } from '../../internal/client-config';

/**
 * A globally unique default name built in Terraform (internal): `prefix` + the first hex characters of
 * sha1(subscription id / resource group / construct path), so two users copying the same code get different
 * names and one deployment keeps its name. Swap for src/internal/global-name.ts once that lands: the
 * call shape (scope, resource group, prefix, length) is the same idea.
 */
export function deploymentUniqueName(scope: Construct, resourceGroupName: string, prefix: string, maxLength: number): string {
  const subscriptionId = clientConfig(scope).subscriptionId;
  const seed = Fn.join('/', [subscriptionId, resourceGroupName, scope.node.path]);
  return Fn.join('', [prefix, Fn.substr(Fn.sha1(seed), 0, maxLength - prefix.length)]);
}
