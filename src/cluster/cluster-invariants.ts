import { TerraformResource } from 'cdktf';
import { LIMITS_DOC } from '../internal/validation';

/** The final config of a resource after escape hatches (`addOverride`), as Terraform will get it. */
function finalConfig(resource: TerraformResource): { [key: string]: any } {
  const synthesized = resource.toTerraform().resource?.[resource.terraformResourceType] ?? {};
  return (Object.values(synthesized)[0] as { [key: string]: any }) ?? {};
}

/** Nested blocks appear as an object or a one-element list. */
function block(value: unknown): { [key: string]: any } | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === 'object' ? (first as { [key: string]: any }) : undefined;
}

interface Invariant {
  readonly what: string;
  readonly broken: (config: { [key: string]: any }) => unknown;
  readonly fix: string;
}

const CLUSTER_INVARIANTS: Invariant[] = [
  {
    what: 'node_os_upgrade_channel must be NodeImage or None (SecurityPatch and Unmanaged are not supported)',
    broken: (c) => c.node_os_upgrade_channel !== undefined && !['NodeImage', 'None'].includes(c.node_os_upgrade_channel),
    fix: 'use NodeOsUpgradeChannel.NODE_IMAGE or NONE and remove the override',
  },
  {
    what: 'service_principal is not allowed; network isolated clusters use managed identities',
    broken: (c) => c.service_principal !== undefined,
    fix: 'remove the service_principal override',
  },
  {
    what: 'network_profile.network_plugin must be "azure" (kubenet is retired and unsupported)',
    broken: (c) => block(c.network_profile)?.network_plugin !== 'azure',
    fix: 'remove the network_plugin override',
  },
  {
    what: 'network_profile.outbound_type must be "none"',
    broken: (c) => block(c.network_profile)?.outbound_type !== 'none',
    fix: 'use OutboundType.NONE or OutboundType.blockPreview() and remove the outbound_type override',
  },
  {
    what: 'default_node_pool.node_public_ip_enabled must not be true (it re-opens egress)',
    broken: (c) => block(c.default_node_pool)?.node_public_ip_enabled === true,
    fix: 'remove the node_public_ip_enabled override',
  },
  {
    what: 'private_cluster_enabled must be true and private_cluster_public_fqdn_enabled false',
    broken: (c) => c.private_cluster_enabled !== true || c.private_cluster_public_fqdn_enabled === true,
    fix: 'remove the override; choose ApiServerAccess.privateLink() or vnetIntegration()',
  },
  {
    what: 'bootstrap_profile.artifact_source must be "Cache"',
    broken: (c) => block(c.bootstrap_profile)?.artifact_source !== 'Cache',
    fix: 'remove the bootstrap_profile override',
  },
];

const NODE_POOL_INVARIANTS: Invariant[] = [
  {
    what: 'os_type must be Linux (Windows pools are not supported on network isolated clusters)',
    broken: (c) => c.os_type !== undefined && c.os_type !== 'Linux',
    fix: 'remove the os_type override',
  },
  {
    what: 'node_public_ip_enabled must not be true (it re-opens egress)',
    broken: (c) => c.node_public_ip_enabled === true,
    fix: 'remove the node_public_ip_enabled override',
  },
];

function check(path: string, resource: TerraformResource, invariants: Invariant[]): string[] {
  const config = finalConfig(resource);
  return invariants
    .filter((i) => i.broken(config))
    .map((i) => `${path}: ${resource.terraformResourceType} ${i.what}. Fix: ${i.fix} (see ${LIMITS_DOC})`);
}

/**
 * Synth-time guard of the cluster's own resources, run after escape hatches: what AKS would reject for a
 * network isolated cluster, or what would silently re-open egress (internal).
 */
export function clusterInvariantErrors(path: string, cluster: TerraformResource, nodePools: TerraformResource[]): string[] {
  return [
    ...check(path, cluster, CLUSTER_INVARIANTS),
    ...nodePools.flatMap((pool) => check(pool.node.path, pool, NODE_POOL_INVARIANTS)),
  ];
}
