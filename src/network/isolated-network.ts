import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { Cidr, cidrContains, cidrsOverlap } from '../internal/cidr';
import { checkSubnetPrefix, literalCidrList, parseCidrProp } from '../internal/cidr-prop';
import { NAME_RULES } from '../internal/naming-rules';
import { defaultName } from '../internal/naming';
import { checkName, checkTags, invalidProp } from '../internal/validation';
import { IsolatedSubnet } from './isolated-subnet';
import { ExistingNetworkAttributes, IIsolatedNetwork, SubnetReference } from './network-types';

/** Props of an `IsolatedNetwork`. */
export interface IsolatedNetworkProps {
  /** Resource group of the virtual network. */
  readonly resourceGroupName: string;
  /** Azure region of the virtual network. */
  readonly location: string;
  /**
   * Name of the virtual network.
   * @default - derived from the construct path (valid, deterministic)
   */
  readonly name?: string;
  /**
   * Address space of the virtual network. Keep it clear of the cluster's service and pod CIDRs and of any peered hub.
   * @default "10.240.0.0/16"
   */
  readonly addressSpace?: string;
  /**
   * Prefix of the node subnet; size it for each pool's max nodes plus its upgrade surge (max_surge 10%, rounded up to whole nodes) and the 5 addresses Azure reserves (overlay: one IP per node).
   * @default "10.240.0.0/22"
   */
  readonly nodeSubnetPrefix?: string;
  /**
   * Prefix of the private endpoint subnet (the registry's private endpoint lands here).
   * @default "10.240.4.0/24"
   */
  readonly privateEndpointSubnetPrefix?: string;
  /**
   * Create a subnet delegated to `Microsoft.ContainerService/managedClusters` for API Server VNet Integration.
   * @default false
   */
  readonly apiServerSubnet?: boolean;
  /**
   * Prefix of the API server subnet (at least /28). Only used with `apiServerSubnet: true`.
   * @default "10.240.5.0/28"
   */
  readonly apiServerSubnetPrefix?: string;
  /**
   * Leave out the explicit NSG rule that denies outbound traffic to the Internet service tag.
   * Weakens isolation: the NSG's built-in AllowInternetOutBound rule then applies. The checks report it (NI-NET-004, warning).
   * @default false
   */
  readonly allowInternetOutbound?: boolean;
  /**
   * Tags for the network resources.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * A virtual network fit for a network isolated AKS cluster: node, private endpoint and (optionally) API
 * server subnets, each with default outbound access off and its own NSG with an explicit outbound Deny to
 * the Internet. Use `IsolatedNetwork.fromExistingSubnets` to adopt an existing network instead.
 */
export class IsolatedNetwork extends Construct implements IIsolatedNetwork {
  /** Adopts an existing virtual network and subnets; creates nothing. */
  public static fromExistingSubnets(scope: Construct, id: string, attrs: ExistingNetworkAttributes): IIsolatedNetwork {
    return new ExistingIsolatedNetwork(scope, id, attrs);
  }

  /** The virtual network. */
  public readonly virtualNetwork: VirtualNetwork;
  /** Resource id of the virtual network. */
  public readonly virtualNetworkId: string;
  /** Address space of the virtual network. */
  public readonly addressSpace: string[];
  /** The node subnet. */
  public readonly nodeSubnet: SubnetReference;
  /** The private endpoint subnet. */
  public readonly privateEndpointSubnet?: SubnetReference;
  /** The API server subnet, when `apiServerSubnet` is true. */
  public readonly apiServerSubnet?: SubnetReference;
  /** The subnets with their NSGs, for escape hatches. */
  public readonly subnets: IsolatedSubnet[];
  /** NSG associations and deny rules the cluster waits for. */
  public readonly dependables: ITerraformDependable[];

  constructor(scope: Construct, id: string, props: IsolatedNetworkProps) {
    super(scope, id);
    checkName(this, 'name', props.name, NAME_RULES.virtualNetwork);
    checkTags(this, props.tags);
    const addressSpace = props.addressSpace ?? '10.240.0.0/16';
    const prefixes = {
      nodeSubnetPrefix: props.nodeSubnetPrefix ?? '10.240.0.0/22',
      privateEndpointSubnetPrefix: props.privateEndpointSubnetPrefix ?? '10.240.4.0/24',
      apiServerSubnetPrefix: props.apiServerSubnet ? (props.apiServerSubnetPrefix ?? '10.240.5.0/28') : undefined,
    };
    this.validatePlan(addressSpace, prefixes);

    this.virtualNetwork = new VirtualNetwork(this, 'VirtualNetwork', {
      name: props.name ?? defaultName(this, { maxLength: 64, suffix: 'vnet' }),
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      addressSpace: [addressSpace],
      tags: props.tags,
    });
    this.virtualNetworkId = this.virtualNetwork.id;
    this.addressSpace = [addressSpace];

    const common = {
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      virtualNetworkName: this.virtualNetwork.name,
      denyInternetOutbound: !props.allowInternetOutbound,
      tags: props.tags,
    };
    const nodes = IsolatedSubnet._create(this, 'NodeSubnet', { ...common, addressPrefix: prefixes.nodeSubnetPrefix });
    const endpoints = IsolatedSubnet._create(this, 'PrivateEndpointSubnet', {
      ...common,
      addressPrefix: prefixes.privateEndpointSubnetPrefix,
    });
    this.subnets = [nodes, endpoints];
    this.nodeSubnet = { id: nodes.subnet.id, addressPrefix: prefixes.nodeSubnetPrefix };
    this.privateEndpointSubnet = { id: endpoints.subnet.id, addressPrefix: prefixes.privateEndpointSubnetPrefix };
    if (prefixes.apiServerSubnetPrefix !== undefined) {
      const apiServer = IsolatedSubnet._create(this, 'ApiServerSubnet', {
        ...common,
        addressPrefix: prefixes.apiServerSubnetPrefix,
        delegateToAks: true,
      });
      this.subnets.push(apiServer);
      this.apiServerSubnet = { id: apiServer.subnet.id, addressPrefix: prefixes.apiServerSubnetPrefix };
    }
    this.dependables = this.subnets.flatMap((s) =>
      s.denyInternetOutbound ? [s.association, s.denyInternetOutbound] : [s.association],
    );
  }

  private validatePlan(addressSpace: string, prefixes: { [prop: string]: string | undefined }): void {
    const space = parseCidrProp(this, 'addressSpace', addressSpace);
    const parsed: Array<[string, Cidr]> = [];
    for (const [prop, value] of Object.entries(prefixes)) {
      if (value === undefined) continue;
      const cidr = checkSubnetPrefix(this, prop, value, prop === 'apiServerSubnetPrefix');
      if (!cidr) continue;
      if (space && !cidrContains(space, cidr)) {
        throw invalidProp(this, {
          prop,
          value,
          problem: `lies outside the address space ${addressSpace}`,
          allowed: `a prefix inside ${addressSpace}`,
          fix: `move ${prop} into the address space or widen addressSpace`,
        });
      }
      const clash = parsed.find(([, other]) => cidrsOverlap(other, cidr));
      if (clash) {
        throw invalidProp(this, {
          prop,
          value,
          problem: `overlaps ${clash[0]} ${clash[1].text}`,
          allowed: 'non-overlapping subnet prefixes',
          fix: `pick a ${prop} that does not overlap ${clash[0]}`,
        });
      }
      parsed.push([prop, cidr]);
    }
  }
}

/** An adopted network: only references, no resources. */
class ExistingIsolatedNetwork extends Construct implements IIsolatedNetwork {
  public readonly virtualNetworkId: string;
  public readonly addressSpace: string[];
  public readonly nodeSubnet: SubnetReference;
  public readonly privateEndpointSubnet?: SubnetReference;
  public readonly apiServerSubnet?: SubnetReference;
  public readonly dependables: ITerraformDependable[] = [];

  constructor(scope: Construct, id: string, attrs: ExistingNetworkAttributes) {
    super(scope, id);
    this.virtualNetworkId = attrs.virtualNetworkId;
    this.addressSpace = attrs.addressSpace ?? [];
    this.nodeSubnet = attrs.nodeSubnet;
    this.privateEndpointSubnet = attrs.privateEndpointSubnet;
    this.apiServerSubnet = attrs.apiServerSubnet;
    for (const cidr of literalCidrList(attrs.addressSpace)) parseCidrProp(this, 'addressSpace', cidr);
    checkSubnetPrefix(this, 'nodeSubnet.addressPrefix', attrs.nodeSubnet.addressPrefix, false);
    checkSubnetPrefix(this, 'privateEndpointSubnet.addressPrefix', attrs.privateEndpointSubnet?.addressPrefix, false);
    checkSubnetPrefix(this, 'apiServerSubnet.addressPrefix', attrs.apiServerSubnet?.addressPrefix, true);
  }
}
