/**
 * The outbound types the AKS API knows (`networkProfile.outboundType`), with the egress each gives the nodes.
 * Checked against the AKS REST specs (managedClusters, 2026 preview API versions); azurerm 4.55 accepts only
 * loadBalancer, userDefinedRouting, managedNATGateway, userAssignedNATGateway and none.
 */
export const OUTBOUND_TYPES: Readonly<Record<string, string>> = {
  loadBalancer: 'a public load balancer with outbound rules and a public IP',
  userDefinedRouting: 'your route table (usually a firewall)',
  managedNATGateway: 'an AKS-managed NAT gateway with a public IP',
  userAssignedNATGateway: 'your NAT gateway on the subnet',
  managedNATGatewayV2: 'an AKS-managed NAT gateway V2 with a public IP',
  none: 'no egress configured by AKS',
  block: 'egress actively blocked by AKS (preview)',
};

/** The outbound types that keep a cluster isolated. */
export const ISOLATED_OUTBOUND_TYPES: readonly string[] = ['none', 'block'];

/** The outbound type AKS and azurerm use when none is set. */
export const DEFAULT_OUTBOUND_TYPE = 'loadBalancer';

/** The known outbound type with this spelling (case-insensitive), or undefined for an unknown value. */
export function knownOutboundType(value: string): string | undefined {
  return Object.keys(OUTBOUND_TYPES).find((k) => k.toLowerCase() === value.trim().toLowerCase());
}

/** How an outbound type reads in a message: `"loadBalancer" (a public load balancer ...)` or `"x" (unknown outbound type)`. */
export function describeOutboundType(value: string): string {
  const known = knownOutboundType(value);
  return known
    ? `${JSON.stringify(value)} (${OUTBOUND_TYPES[known]})`
    : `${JSON.stringify(value)} (unknown outbound type; AKS knows ${Object.keys(OUTBOUND_TYPES).join(', ')})`;
}
