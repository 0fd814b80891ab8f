import { ITerraformDependable } from 'cdktf';
import { IConstruct } from 'constructs';

/** A subnet the constructs place resources in, created by `IsolatedNetwork` or adopted by id. */
export interface SubnetReference {
  /** Resource id of the subnet (a literal or a reference to an `azurerm_subnet`). */
  readonly id: string;
  /**
   * Address prefix of the subnet, used to validate sizes and overlaps at construction time.
   * @default - unknown: size and overlap checks are skipped for this subnet
   */
  readonly addressPrefix?: string;
}

/** The network a network isolated cluster and its private registry live in. */
export interface IIsolatedNetwork extends IConstruct {
  /** Resource id of the virtual network. */
  readonly virtualNetworkId: string;
  /** Address space of the virtual network; empty when unknown (adopted without it). */
  readonly addressSpace: string[];
  /** Subnet of the cluster's nodes. */
  readonly nodeSubnet: SubnetReference;
  /** Subnet of private endpoints (the registry's), if the network has one. */
  readonly privateEndpointSubnet?: SubnetReference;
  /** Subnet delegated to `Microsoft.ContainerService/managedClusters` for API Server VNet Integration, if any. */
  readonly apiServerSubnet?: SubnetReference;
  /** Resources the cluster must wait for (NSG associations), added to the cluster's depends_on. */
  readonly dependables: ITerraformDependable[];
}

/** Attributes of an existing network to adopt with `IsolatedNetwork.fromExistingSubnets`. */
export interface ExistingNetworkAttributes {
  /** Resource id of the existing virtual network. */
  readonly virtualNetworkId: string;
  /**
   * Address space of the existing virtual network, for the service/pod CIDR overlap check.
   * @default - unknown: the cluster's service and pod CIDRs are not checked against the VNet
   */
  readonly addressSpace?: string[];
  /** The existing node subnet. It must have default outbound access off and an NSG (the checks verify it when it is in the same stack). */
  readonly nodeSubnet: SubnetReference;
  /**
   * The existing private endpoint subnet.
   * @default - none: a `PrivateRegistry` in this network then needs its own `privateEndpointSubnet`
   */
  readonly privateEndpointSubnet?: SubnetReference;
  /**
   * The existing API server subnet, delegated to `Microsoft.ContainerService/managedClusters`, at least /28.
   * @default - none: `ApiServerAccess.vnetIntegration()` then needs an explicit subnet
   */
  readonly apiServerSubnet?: SubnetReference;
}
