import { Invariant } from '../internal/invariants';
import { block } from '../checks/model/values';

/** What AKS rejects for a network isolated cluster, or what silently re-opens egress (internal). */
export const CLUSTER_INVARIANTS: Invariant[] = [
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
    broken: (c) => block(c, 'network_profile')?.network_plugin !== 'azure',
    fix: 'remove the network_plugin override',
  },
  {
    what: 'network_profile.outbound_type must be "none"',
    broken: (c) => block(c, 'network_profile')?.outbound_type !== 'none',
    fix: 'use OutboundType.NONE or OutboundType.blockPreview() and remove the outbound_type override',
  },
  {
    what: 'default_node_pool.node_public_ip_enabled must not be true (it re-opens egress)',
    broken: (c) => block(c, 'default_node_pool')?.node_public_ip_enabled === true,
    fix: 'remove the node_public_ip_enabled override',
  },
  {
    what: 'private_cluster_enabled must be true and private_cluster_public_fqdn_enabled false',
    broken: (c) => c.private_cluster_enabled !== true || c.private_cluster_public_fqdn_enabled === true,
    fix: 'remove the override; choose ApiServerAccess.privateLink() or vnetIntegration()',
  },
  {
    what: 'bootstrap_profile.artifact_source must be "Cache"',
    broken: (c) => block(c, 'bootstrap_profile')?.artifact_source !== 'Cache',
    fix: 'remove the bootstrap_profile override',
  },
];

/** What a node pool of a network isolated cluster must keep (internal). */
export const NODE_POOL_INVARIANTS: Invariant[] = [
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
