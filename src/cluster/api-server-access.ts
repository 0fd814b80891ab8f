import { SubnetReference } from '../network/network-types';

/** Which private API server mode a cluster uses. */
export enum ApiServerAccessMode {
  /** Private Link cluster: the API server is reached through a private endpoint in the node VNet. */
  PRIVATE_LINK = 'PRIVATE_LINK',
  /** API Server VNet Integration: the API server is projected into a delegated subnet. */
  VNET_INTEGRATION = 'VNET_INTEGRATION',
}

/**
 * The private DNS zone of a private cluster's API server.
 * @see https://learn.microsoft.com/azure/aks/private-clusters#configure-a-private-dns-zone
 */
export class PrivateClusterDnsZone {
  /** AKS creates and manages the zone in the node resource group. */
  public static readonly SYSTEM = new PrivateClusterDnsZone('System', false);
  /** No private zone: you resolve the API server yourself (AKS still creates a public FQDN record only if enabled, which the constructs keep off). */
  public static readonly NONE = new PrivateClusterDnsZone('None', false);

  /**
   * An existing zone (`privatelink.<region>.azmk8s.io` or `<subzone>.privatelink.<region>.azmk8s.io`).
   * The control-plane identity gets Private DNS Zone Contributor on it.
   */
  public static fromZoneId(zoneId: string): PrivateClusterDnsZone {
    return new PrivateClusterDnsZone(zoneId, true);
  }

  private constructor(
    /** The value of `private_dns_zone_id`: "System", "None" or a zone resource id. */
    public readonly value: string,
    /** True for a zone id the cluster must be granted access to. */
    public readonly isCustomZone: boolean,
  ) {}
}

/** Options of `ApiServerAccess.privateLink()`. */
export interface PrivateLinkOptions {
  /**
   * Private DNS zone of the API server.
   * @default PrivateClusterDnsZone.SYSTEM
   */
  readonly privateDnsZone?: PrivateClusterDnsZone;
}

/** Options of `ApiServerAccess.vnetIntegration()`. */
export interface VnetIntegrationOptions {
  /**
   * Subnet of your VNet delegated to `Microsoft.ContainerService/managedClusters`, at least /28. The control-plane
   * identity gets Network Contributor on it. Refused without a network: on the AKS-managed VNet AKS creates the
   * API server subnet itself.
   * @default - with a network, its API server subnet (`IsolatedNetworkProps.apiServerSubnet: true`); without one,
   * the subnet AKS creates in its managed VNet
   */
  readonly subnet?: SubnetReference;
  /**
   * Private DNS zone of the API server.
   * @default PrivateClusterDnsZone.SYSTEM
   */
  readonly privateDnsZone?: PrivateClusterDnsZone;
}

/**
 * How the API server stays private. Both modes set `private_cluster_enabled = true` (forces replacement if
 * changed later), `private_cluster_public_fqdn_enabled = false` and no authorized IP ranges.
 * @see https://learn.microsoft.com/azure/aks/private-clusters
 * @see https://learn.microsoft.com/azure/aks/api-server-vnet-integration
 */
export class ApiServerAccess {
  /** A Private Link cluster. */
  public static privateLink(options: PrivateLinkOptions = {}): ApiServerAccess {
    return new ApiServerAccess(
      ApiServerAccessMode.PRIVATE_LINK,
      options.privateDnsZone ?? PrivateClusterDnsZone.SYSTEM,
      undefined,
    );
  }

  /**
   * API Server VNet Integration (azurerm >= 4.46), kept private. In your VNet (a network) it uses a delegated
   * subnet; on the AKS-managed VNet (no network, e.g. with `OutboundType.blockPreview()`) AKS creates the subnet
   * and the cluster sets only `virtual_network_integration_enabled = true`.
   */
  public static vnetIntegration(options: VnetIntegrationOptions = {}): ApiServerAccess {
    return new ApiServerAccess(
      ApiServerAccessMode.VNET_INTEGRATION,
      options.privateDnsZone ?? PrivateClusterDnsZone.SYSTEM,
      options.subnet,
    );
  }

  private constructor(
    /** The mode. */
    public readonly mode: ApiServerAccessMode,
    /** The API server's private DNS zone. */
    public readonly privateDnsZone: PrivateClusterDnsZone,
    /** The explicit API server subnet (VNet integration only). */
    public readonly subnet?: SubnetReference,
  ) {}
}
