// An independent oracle for the property tests: Azure's naming rules, tag limits and IPv4 CIDR
// arithmetic, written from the Azure documentation (see /work/shared/azure-facts.md), not imported from
// src/, so a wrong rule in src/ shows up as a disagreement.

/** An IPv4 block: first address and size. */
export interface Block {
  readonly network: number;
  readonly size: number;
  readonly prefix: number;
}

/** A dotted IPv4 address as a number; undefined when malformed. */
export function ipv4(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  return octets.reduce((acc, o) => acc * 256 + o, 0);
}

/** "a.b.c.d/n" with the host bits zero (Azure rejects set host bits); undefined otherwise. */
export function block(text: string): Block | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const network = ipv4(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (network === undefined || !/^\d{1,2}$/.test(prefixText) || Number(prefixText) > 32) return undefined;
  const prefix = Number(prefixText);
  const size = 2 ** (32 - prefix);
  return network % size === 0 ? { network, size, prefix } : undefined;
}

export const overlaps = (a: Block, b: Block): boolean => a.network < b.network + b.size && b.network < a.network + a.size;
export const contains = (outer: Block, inner: Block): boolean =>
  inner.network >= outer.network && inner.network + inner.size <= outer.network + outer.size;

/** A naming rule: length range and pattern. */
export interface Rule {
  readonly min: number;
  readonly max: number;
  readonly pattern: RegExp;
}

/** https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules */
export const RULES = {
  cluster: { min: 1, max: 63, pattern: /^[a-zA-Z0-9]([a-zA-Z0-9_-]*[a-zA-Z0-9])?$/ },
  dnsPrefix: { min: 1, max: 54, pattern: /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/ },
  nodePool: { min: 1, max: 12, pattern: /^[a-z][a-z0-9]*$/ },
  registry: { min: 5, max: 50, pattern: /^[a-zA-Z0-9]+$/ },
  /** Subnets, network security groups, private DNS zone links. */
  network: { min: 1, max: 80, pattern: /^[a-zA-Z0-9]([a-zA-Z0-9._-]*[a-zA-Z0-9_])?$/ },
  /** Virtual networks and private endpoints: 2-64 (Azure.VNET.Name, Azure.PrivateEndpoint.Name). */
  vnet: { min: 2, max: 64, pattern: /^[a-zA-Z0-9]([a-zA-Z0-9._-]*[a-zA-Z0-9_])?$/ },
  identity: { min: 3, max: 128, pattern: /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/ },
  policy: (max: number): Rule => ({ min: 1, max, pattern: /^[^<>*%&:\\?.+/]*[^<>*%&:\\?.+/ ]$/ }),
} as const;

/** True when a literal name breaks the rule. */
export function breaks(rule: Rule, name: string): boolean {
  return name.length < rule.min || name.length > rule.max || !rule.pattern.test(name);
}

/** Azure tag limits: 50 tags, names 1-512 characters without < > % & \ ? /, values up to 256. */
export function tagsBreakLimits(tags: { [key: string]: string }, isToken: (v: unknown) => boolean): boolean {
  const entries = Object.entries(tags);
  if (entries.length > 50) return true;
  return entries.some(
    ([k, v]) =>
      !isToken(k) && (k.length === 0 || k.length > 512 || /[<>%&\\?/]/.test(k) || (!isToken(v) && v.length > 256)),
  );
}

/** Kubernetes versions a network isolated cluster accepts: "1.MINOR" or "1.MINOR.PATCH", minor >= 30. */
export function badKubernetesVersion(version: string): boolean {
  const m = /^1\.(\d+)(\.\d+)?$/.exec(version);
  return !m || Number(m[1]) < 30;
}

/** A private cluster DNS zone id: .../privateDnsZones/[sub.]privatelink.<region>.azmk8s.io */
export const PRIVATE_CLUSTER_ZONE_ID =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/privateDnsZones\/([a-z0-9-]+\.)?privatelink\.[a-z0-9]+\.azmk8s\.io$/i;

/**
 * Subnets reserve 5 addresses; a pool needs max nodes + its 10% upgrade surge, rounded up to whole nodes
 * (overlay: one VNet address per node).
 */
export function subnetTooSmall(prefix: Block, maxNodesPerPool: number[]): boolean {
  const needed = maxNodesPerPool.reduce((sum, n) => sum + n + Math.floor((n + 9) / 10), 0);
  return needed > prefix.size - 5;
}
