import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { NetworkSecurityRule } from '@cdktf/provider-azurerm/lib/network-security-rule';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { SubnetNetworkSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/subnet-network-security-group-association';
import { Construct } from 'constructs';
import { defaultName } from '../internal/naming';

/** Priority of the explicit outbound deny: the highest number a user rule can take, so user allows (lower numbers) still win. */
export const DENY_INTERNET_OUTBOUND_PRIORITY = 4096;

/** Options of one subnet of an `IsolatedNetwork` (internal). */
export interface IsolatedSubnetOptions {
  /** Resource group of the virtual network. */
  readonly resourceGroupName: string;
  /** Azure region of the network security group. */
  readonly location: string;
  /** Name of the virtual network that holds the subnet. */
  readonly virtualNetworkName: string;
  /** Address prefix of the subnet (CIDR). */
  readonly addressPrefix: string;
  /** Add the explicit outbound Deny to the Internet service tag. */
  readonly denyInternetOutbound: boolean;
  /**
   * Delegate the subnet to `Microsoft.ContainerService/managedClusters` (API Server VNet Integration).
   * @default false
   */
  readonly delegateToAks?: boolean;
  /**
   * Tags of the network security group.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * A subnet of an `IsolatedNetwork` (read it from `IsolatedNetwork.subnets`; it is not created directly): default
 * outbound access off and its own NSG with an explicit outbound Deny to the
 * Internet service tag (the built-in AllowInternetOutBound rule at 65001 otherwise allows it).
 */
export class IsolatedSubnet extends Construct {
  /** The subnet. */
  public readonly subnet: Subnet;
  /** The subnet's network security group. */
  public readonly securityGroup: NetworkSecurityGroup;
  /** The explicit outbound Deny to the Internet, unless the network opted out. */
  public readonly denyInternetOutbound?: NetworkSecurityRule;
  /** The NSG association (the cluster waits for it). */
  public readonly association: SubnetNetworkSecurityGroupAssociation;

  /**
   * Creates a subnet of an `IsolatedNetwork` (internal: the options are not part of the public API).
   * @internal
   */
  public static _create(scope: Construct, id: string, options: IsolatedSubnetOptions): IsolatedSubnet {
    return new IsolatedSubnet(scope, id, options);
  }

  /** Private: only `IsolatedNetwork` creates these, through `_create`; read them from `IsolatedNetwork.subnets`. */
  private constructor(scope: Construct, id: string, options: IsolatedSubnetOptions) {
    super(scope, id);
    this.subnet = new Subnet(this, 'Subnet', {
      name: defaultName(this, { maxLength: 80, suffix: 'snet' }),
      resourceGroupName: options.resourceGroupName,
      virtualNetworkName: options.virtualNetworkName,
      addressPrefixes: [options.addressPrefix],
      defaultOutboundAccessEnabled: false,
      delegation: options.delegateToAks
        ? [
            {
              name: 'aks-apiserver',
              serviceDelegation: {
                name: 'Microsoft.ContainerService/managedClusters',
                actions: ['Microsoft.Network/virtualNetworks/subnets/join/action'],
              },
            },
          ]
        : undefined,
    });
    this.securityGroup = new NetworkSecurityGroup(this, 'SecurityGroup', {
      name: defaultName(this, { maxLength: 80, suffix: 'nsg' }),
      resourceGroupName: options.resourceGroupName,
      location: options.location,
      tags: options.tags,
    });
    if (options.denyInternetOutbound) {
      this.denyInternetOutbound = new NetworkSecurityRule(this, 'DenyInternetOutbound', {
        name: 'DenyInternetOutbound',
        description: 'Network isolation: no egress to the Internet (overrides the built-in AllowInternetOutBound).',
        resourceGroupName: options.resourceGroupName,
        networkSecurityGroupName: this.securityGroup.name,
        priority: DENY_INTERNET_OUTBOUND_PRIORITY,
        direction: 'Outbound',
        access: 'Deny',
        protocol: '*',
        sourcePortRange: '*',
        destinationPortRange: '*',
        sourceAddressPrefix: '*',
        destinationAddressPrefix: 'Internet',
      });
    }
    this.association = new SubnetNetworkSecurityGroupAssociation(this, 'SecurityGroupAssociation', {
      subnetId: this.subnet.id,
      networkSecurityGroupId: this.securityGroup.id,
    });
  }
}
