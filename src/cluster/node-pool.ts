import { KubernetesClusterNodePool } from '@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { checkSubnetPrefix } from '../internal/cidr-prop';
import { NAME_RULES } from '../internal/naming-rules';
import { defaultName } from '../internal/naming';
import { checkName, checkTags, invalidProp, isUnresolved } from '../internal/validation';
import { SubnetReference } from '../network/network-types';
import type { NetworkIsolatedCluster } from './network-isolated-cluster';
import { OsDiskType, resolveOsDisk } from './os-disk';

/** VM size of pools that name none: 4 vCPUs, 16 GiB, a 150 GiB local disk for an ephemeral OS disk (internal). */
export const DEFAULT_VM_SIZE = 'Standard_D4ds_v5';

/** Sizing shared by the system pool and user pools. */
export interface NodePoolSizing {
  /**
   * VM size of the nodes.
   * @default "Standard_D4ds_v5"
   */
  readonly vmSize?: string;
  /**
   * Fixed node count (ignored when `minCount` and `maxCount` enable the autoscaler).
   * @default 3
   */
  readonly nodeCount?: number;
  /**
   * Autoscaler minimum; set together with `maxCount`.
   * @default - no autoscaling
   */
  readonly minCount?: number;
  /**
   * Autoscaler maximum; set together with `minCount`.
   * @default - no autoscaling
   */
  readonly maxCount?: number;
  /**
   * Availability zones of the nodes.
   * @default ["1", "2", "3"]
   */
  readonly zones?: string[];
  /**
   * OS disk type. Changing it later replaces the pool's nodes (the system pool rotates through
   * `temporary_name_for_rotation`; user pools are replaced).
   * @default - OsDiskType.EPHEMERAL when the VM size's local disk holds the OS disk (the default size does),
   * OsDiskType.MANAGED otherwise
   */
  readonly osDiskType?: OsDiskType;
  /**
   * OS disk size in GiB (30-2048).
   * @default 128
   */
  readonly osDiskSizeGb?: number;
  /**
   * Encrypt the nodes' temporary and cache disks and data in transit to managed disks on the VM host
   * (`host_encryption_enabled`). Needs the `Microsoft.Compute/EncryptionAtHost` feature on the subscription.
   * @default false
   */
  readonly hostEncryption?: boolean;
}

/** Props of a user node pool added with `NetworkIsolatedCluster.addNodePool`. Linux only, never with node public IPs. */
export interface IsolatedNodePoolProps extends NodePoolSizing {
  /**
   * Pool name: 1-12 lowercase letters and digits, starting with a letter.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Subnet of the pool's nodes, in the cluster's VNet.
   * @default - the cluster's node subnet
   */
  readonly subnet?: SubnetReference;
  /**
   * Kubernetes labels of the nodes.
   * @default - none
   */
  readonly nodeLabels?: { [key: string]: string };
  /**
   * Kubernetes taints of the nodes, e.g. "sku=gpu:NoSchedule".
   * @default - none
   */
  readonly nodeTaints?: string[];
  /**
   * Tags of the pool, merged over the cluster's tags (a pool's own value wins).
   * @default - the cluster's tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * `upgrade_settings` of every pool, each field set so that Azure fills nothing in and a second plan stays
 * empty: AKS's defaults made explicit (drain timeout 30 minutes, no soak), with a 10% surge (internal).
 * @see https://learn.microsoft.com/azure/aks/upgrade-aks-node-pools-rolling
 */
export const UPGRADE_SETTINGS = { maxSurge: '10%', drainTimeoutInMinutes: 30, nodeSoakDurationInMinutes: 0 } as const;

/** The pool attributes sizing sets, as both the default pool and user pools name them (internal). */
export interface SizingAttributes {
  /** VM size of the nodes. */
  readonly vmSize: string;
  /** Availability zones of the nodes. */
  readonly zones: string[];
  /**
   * Fixed node count.
   * @default - none: the autoscaler sizes the pool
   */
  readonly nodeCount?: number;
  /** True when `minCount` and `maxCount` enable the autoscaler. */
  readonly autoScalingEnabled: boolean;
  /** `os_disk_type`. */
  readonly osDiskType: string;
  /** `os_disk_size_gb`. */
  readonly osDiskSizeGb: number;
  /** `host_encryption_enabled`. */
  readonly hostEncryptionEnabled: boolean;
  /**
   * Autoscaler minimum.
   * @default - no autoscaling
   */
  readonly minCount?: number;
  /**
   * Autoscaler maximum.
   * @default - no autoscaling
   */
  readonly maxCount?: number;
}

/** Resolved sizing (internal). */
export interface ResolvedSizing {
  /** The attributes to spread into the pool's config. */
  readonly attributes: SizingAttributes;
  /** Largest number of nodes, for the subnet size check. */
  readonly maxNodes: number;
}

/** Validates sizing props and fills defaults (internal). */
export function resolveSizing(scope: Construct, prefix: string, sizing: NodePoolSizing): ResolvedSizing {
  const auto = sizing.minCount !== undefined || sizing.maxCount !== undefined;
  if (auto && (sizing.minCount === undefined || sizing.maxCount === undefined)) {
    throw invalidProp(scope, {
      prop: `${prefix}minCount/maxCount`,
      value: { minCount: sizing.minCount, maxCount: sizing.maxCount },
      problem: 'sets only one autoscaler bound',
      allowed: 'both minCount and maxCount, or neither',
      fix: 'set both bounds to enable the autoscaler, or remove them and use nodeCount',
    });
  }
  const counts: Array<[string, number | undefined]> = [
    ['nodeCount', sizing.nodeCount],
    ['minCount', sizing.minCount],
    ['maxCount', sizing.maxCount],
  ];
  for (const [prop, value] of counts) {
    if (value === undefined || isUnresolved(value)) continue;
    if (!Number.isInteger(value) || value < 0 || value > 1000) {
      throw invalidProp(scope, {
        prop: `${prefix}${prop}`,
        value,
        problem: 'is not a valid node count',
        allowed: 'an integer from 0 to 1000',
        fix: `correct ${prop}`,
      });
    }
  }
  if (auto && !isUnresolved(sizing.minCount) && !isUnresolved(sizing.maxCount) && sizing.minCount! > sizing.maxCount!) {
    throw invalidProp(scope, {
      prop: `${prefix}minCount`,
      value: sizing.minCount,
      problem: `is greater than maxCount ${sizing.maxCount}`,
      allowed: 'minCount <= maxCount',
      fix: 'swap or correct the bounds',
    });
  }
  const nodeCount = sizing.nodeCount ?? 3;
  const vmSize = sizing.vmSize ?? DEFAULT_VM_SIZE;
  const osDisk = resolveOsDisk(scope, prefix, vmSize, sizing.osDiskType, sizing.osDiskSizeGb);
  return {
    attributes: {
      vmSize,
      ...osDisk,
      hostEncryptionEnabled: sizing.hostEncryption ?? false,
      zones: sizing.zones ?? ['1', '2', '3'],
      nodeCount: auto ? undefined : nodeCount,
      autoScalingEnabled: auto,
      minCount: sizing.minCount,
      maxCount: sizing.maxCount,
    },
    maxNodes: auto ? (isUnresolved(sizing.maxCount) ? 0 : sizing.maxCount!) : isUnresolved(nodeCount) ? 0 : nodeCount,
  };
}

/** What a node pool needs from its cluster (internal, not exported from the package). */
export interface NodePoolContext {
  /** Resource id of the cluster. */
  readonly kubernetesClusterId: string;
  /**
   * Subnet of pools that name none.
   * @default - the AKS-managed virtual network
   */
  readonly defaultSubnet?: SubnetReference;
  /**
   * The cluster's tags, inherited by its pools.
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

/**
 * A Linux user node pool of a network isolated cluster: no node public IPs, in the cluster's VNet, with the
 * cluster's tags. `cluster.addNodePool(id, props)` creates one; so does `new IsolatedNodePool(cluster, id, props)`.
 */
export class IsolatedNodePool extends Construct {
  /** The node pool resource. */
  public readonly nodePool: KubernetesClusterNodePool;
  /** The pool's subnet. */
  public readonly subnet?: SubnetReference;
  /** Largest node count of the pool (for the subnet size check). */
  public readonly maxNodes: number;

  /**
   * @param cluster the cluster the pool joins (the pool's scope)
   * @param id construct id of the pool (a constant string)
   */
  constructor(cluster: NetworkIsolatedCluster, id: string, props: IsolatedNodePoolProps = {}) {
    super(cluster, id);
    const context = cluster._nodePoolContext();
    checkName(this, 'name', props.name, NAME_RULES.nodePool);
    checkTags(this, props.tags);
    const sizing = resolveSizing(this, '', props);
    checkSubnetPrefix(this, 'subnet.addressPrefix', props.subnet?.addressPrefix, false);
    this.subnet = props.subnet ?? context.defaultSubnet;
    this.maxNodes = sizing.maxNodes;
    this.nodePool = new KubernetesClusterNodePool(this, 'NodePool', {
      name: props.name ?? defaultName(this, { maxLength: 12, alphanumericOnly: true, lowercase: true }),
      kubernetesClusterId: context.kubernetesClusterId,
      mode: 'User',
      osType: 'Linux',
      ...sizing.attributes,
      nodePublicIpEnabled: false,
      vnetSubnetId: this.subnet?.id,
      nodeLabels: props.nodeLabels,
      nodeTaints: props.nodeTaints,
      upgradeSettings: { ...UPGRADE_SETTINGS },
      tags: mergeTags(context.tags, props.tags),
    });
    cluster._registerNodePool(this, props.subnet);
  }
}

/** The cluster's tags with a pool's own over them; a token map is merged by Terraform (internal). */
function mergeTags(inherited?: { [key: string]: string }, own?: { [key: string]: string }): { [key: string]: string } | undefined {
  if (!inherited || !own) return own ?? inherited;
  if (isUnresolved(inherited) || isUnresolved(own)) return Fn.merge([inherited, own]) as unknown as { [key: string]: string };
  return { ...inherited, ...own };
}
