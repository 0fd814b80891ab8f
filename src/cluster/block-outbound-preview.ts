import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { AzapiCall } from '../internal/azapi';

/**
 * AKS API version used to set outbound type `block`. The AKS REST specs never list "block" in the
 * OutboundType enum (checked 2024-07-02-preview through 2026-05-02-preview); the enum is modelAsString, so
 * preview versions accept it, which is how the aks-preview CLI (`--outbound-type block`) sends it.
 * One constant: change it here when the feature moves to another version.
 */
export const AKS_BLOCK_OUTBOUND_API_VERSION = '2025-10-02-preview';

/** The `azapi_update_resource` that switches a cluster's outbound type to `block` (internal). */
export function blockOutboundUpdate(scope: Construct, id: string, clusterId: string): TerraformResource {
  return new AzapiCall(scope, id, {
    resourceType: 'azapi_update_resource',
    type: `Microsoft.ContainerService/managedClusters@${AKS_BLOCK_OUTBOUND_API_VERSION}`,
    resourceId: clusterId,
    body: { properties: { networkProfile: { outboundType: 'block' } } },
  });
}
