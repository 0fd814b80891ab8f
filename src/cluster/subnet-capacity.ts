import { parseCidr } from '../internal/cidr';
import { isUnresolved } from '../internal/validation';
import { SubnetReference } from '../network/network-types';
import { UPGRADE_SETTINGS } from './node-pool';

/** Azure reserves 5 addresses in every subnet. */
const AZURE_RESERVED_ADDRESSES = 5;

/** One pool's demand on a subnet (internal). */
export interface PoolDemand {
  readonly pool: string;
  readonly subnet?: SubnetReference;
  readonly maxNodes: number;
  /** The prop that sizes the subnet, named in the fix (e.g. "nodeSubnetPrefix of the IsolatedNetwork"). */
  readonly subnetProp: string;
}

/**
 * Surge nodes of a pool of `nodes` nodes during an upgrade: a percentage `max_surge` ("10%") is rounded up to
 * whole nodes (10 nodes: 1, 11 nodes: 2, 100 nodes: 10), a number ("3") is taken as it is (internal).
 * @see https://learn.microsoft.com/azure/aks/upgrade-aks-node-pools-rolling
 */
export function surgeNodes(nodes: number, maxSurge: string = UPGRADE_SETTINGS.maxSurge): number {
  const percent = /^(\d+)%$/.exec(maxSurge);
  if (percent) return Math.ceil((nodes * Number(percent[1])) / 100);
  return Number(maxSurge);
}

/**
 * Checks that each subnet holds its pools at full scale plus their upgrade surge (`surgeNodes` of the package's
 * `max_surge`) during upgrades (Azure CNI overlay: one VNet address per node; pods use the pod CIDR). Unknown
 * prefixes are skipped.
 */
export function subnetCapacityErrors(path: string, demands: PoolDemand[]): string[] {
  const bySubnet = new Map<string, { prefix: string; pools: PoolDemand[] }>();
  for (const demand of demands) {
    const prefix = demand.subnet?.addressPrefix;
    if (!demand.subnet || !prefix || isUnresolved(prefix)) continue;
    const entry = bySubnet.get(demand.subnet.id) ?? { prefix, pools: [] };
    entry.pools.push(demand);
    bySubnet.set(demand.subnet.id, entry);
  }
  const errors: string[] = [];
  for (const { prefix, pools } of bySubnet.values()) {
    const prop = pools[0].subnetProp;
    const cidr = parseCidr(prefix);
    if (!cidr) continue;
    const usable = cidr.size - AZURE_RESERVED_ADDRESSES;
    const needed = pools.reduce((sum, p) => sum + p.maxNodes + surgeNodes(p.maxNodes), 0);
    if (needed > usable) {
      const terms = pools.map((p) => `${p.pool}: ${p.maxNodes} + ${surgeNodes(p.maxNodes)}`).join(', ');
      errors.push(
        `${path}: subnet ${prefix} is too small for its node pools: needs sum(max nodes + ${UPGRADE_SETTINGS.maxSurge} surge, rounded up) = ${needed} (${terms}) ` +
          `but has ${usable} usable addresses (2^(32-${cidr.prefix}) - ${AZURE_RESERVED_ADDRESSES}). ` +
          `Fix: give ${prop} a shorter prefix (at least /${smallestPrefixFor(needed)}), or lower maxCount / nodeCount.`,
      );
    }
  }
  return errors;
}

/** The longest prefix whose subnet holds `needed` addresses plus Azure's reserved ones. */
function smallestPrefixFor(needed: number): number {
  let prefix = 29;
  while (prefix > 0 && 2 ** (32 - prefix) - AZURE_RESERVED_ADDRESSES < needed) prefix--;
  return prefix;
}
