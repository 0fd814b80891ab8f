import { ContainerRegistry, ContainerRegistryGeoreplications } from '@cdktf/provider-azurerm/lib/container-registry';
import { ContainerRegistryCacheRule } from '@cdktf/provider-azurerm/lib/container-registry-cache-rule';
import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { PrivateDnsZoneVirtualNetworkLink } from '@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { IResolvable, ITerraformDependable, TerraformIterator, Token } from 'cdktf';
import { Construct } from 'constructs';
import { BuiltInRole } from '../identity/built-in-role';
import { IdentityReference } from '../identity/identity-reference';
import { grantRole } from '../identity/role-grant';
import { invariantErrors } from '../internal/invariants';
import { NAME_RULES } from '../internal/naming-rules';
import { defaultName } from '../internal/naming';
import { checkName, invalidProp, checkTags } from '../internal/validation';
import { IIsolatedNetwork, SubnetReference } from '../network/network-types';
import { ACR_PRIVATE_DNS_ZONE, MCR_CACHE_RULE } from './registry-constants';
import { REGISTRY_INVARIANTS } from './registry-invariants';

/** Props of a `PrivateRegistry`. */
export interface PrivateRegistryProps {
  /** Resource group of the registry, its endpoint and DNS zone. */
  readonly resourceGroupName: string;
  /** Azure region of the registry. */
  readonly location: string;
  /** The network whose cluster pulls from the registry (the DNS zone is linked to it). */
  readonly network: IIsolatedNetwork;
  /**
   * Registry name: 5-50 letters and digits, globally unique.
   * @default - derived from the construct path plus a hash (deterministic)
   */
  readonly name?: string;
  /**
   * Subnet of the registry's private endpoint.
   * @default - the network's private endpoint subnet
   */
  readonly privateEndpointSubnet?: SubnetReference;
  /**
   * Resource id of an existing `privatelink.azurecr.io` zone (hub-and-spoke DNS). The construct then creates
   * no zone and no VNet link: the hub must already resolve the zone for the cluster's VNet.
   * @default - a new `privatelink.azurecr.io` zone linked to the network
   */
  readonly existingPrivateDnsZoneId?: string;
  /**
   * Regions to geo-replicate the registry to (Premium feature).
   * @default - no replication
   */
  readonly geoReplicationLocations?: string[];
  /**
   * Zone redundancy for the registry.
   * @default false
   */
  readonly zoneRedundancyEnabled?: boolean;
  /**
   * Tags for the registry resources.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * A bring-your-own registry for a network isolated cluster: a Premium ACR with public access, admin user
 * and anonymous pull off and dedicated data endpoints on, the exact `aks-managed-mcr` cache rule for MCR,
 * a private endpoint with a DNS zone group, and the `privatelink.azurecr.io` zone linked to the network
 * (or an existing hub zone).
 * @see https://learn.microsoft.com/azure/aks/network-isolated
 */
export class PrivateRegistry extends Construct {
  /** The Premium container registry. */
  public readonly registry: ContainerRegistry;
  /** Resource id of the registry. */
  public readonly registryId: string;
  /** The pull-through cache rule for mcr.microsoft.com. */
  public readonly cacheRule: ContainerRegistryCacheRule;
  /** The registry's private endpoint. */
  public readonly privateEndpoint: PrivateEndpoint;
  /** The private DNS zone, unless an existing zone id was given. */
  public readonly privateDnsZone?: PrivateDnsZone;
  /** The zone's link to the network, unless an existing zone id was given. */
  public readonly dnsZoneLink?: PrivateDnsZoneVirtualNetworkLink;
  /** Resource id of the private DNS zone in use (created or existing). */
  public readonly privateDnsZoneId: string;
  /** What a cluster pulling from this registry must wait for: cache rule, private endpoint, DNS link. */
  public readonly dependables: ITerraformDependable[];

  constructor(scope: Construct, id: string, props: PrivateRegistryProps) {
    super(scope, id);
    checkName(this, 'name', props.name, NAME_RULES.registry);
    checkTags(this, props.tags);
    const endpointSubnet = props.privateEndpointSubnet ?? props.network.privateEndpointSubnet;
    if (!endpointSubnet) {
      throw invalidProp(this, {
        prop: 'privateEndpointSubnet',
        value: undefined,
        problem: 'is missing and the network has no private endpoint subnet',
        allowed: 'a SubnetReference in the cluster VNet',
        fix: 'pass privateEndpointSubnet, or adopt the network with privateEndpointSubnet set',
      });
    }

    this.registry = new ContainerRegistry(this, 'Registry', {
      name: props.name ?? defaultName(this, { maxLength: 50, alphanumericOnly: true, lowercase: true }),
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      sku: 'Premium',
      publicNetworkAccessEnabled: false,
      adminEnabled: false,
      anonymousPullEnabled: false,
      dataEndpointEnabled: true,
      networkRuleBypassOption: 'None',
      quarantinePolicyEnabled: false,
      zoneRedundancyEnabled: props.zoneRedundancyEnabled ?? false,
      georeplications: geoReplications(props.geoReplicationLocations, props.zoneRedundancyEnabled ?? false),
      tags: props.tags,
    });
    this.registryId = this.registry.id;

    this.cacheRule = new ContainerRegistryCacheRule(this, 'McrCacheRule', {
      name: MCR_CACHE_RULE.name,
      containerRegistryId: this.registry.id,
      sourceRepo: MCR_CACHE_RULE.sourceRepo,
      targetRepo: MCR_CACHE_RULE.targetRepo,
    });

    if (props.existingPrivateDnsZoneId === undefined) {
      this.privateDnsZone = new PrivateDnsZone(this, 'PrivateDnsZone', {
        name: ACR_PRIVATE_DNS_ZONE,
        resourceGroupName: props.resourceGroupName,
        tags: props.tags,
      });
      this.dnsZoneLink = new PrivateDnsZoneVirtualNetworkLink(this, 'PrivateDnsZoneLink', {
        name: defaultName(this, { maxLength: 80, suffix: 'link' }),
        resourceGroupName: props.resourceGroupName,
        privateDnsZoneName: this.privateDnsZone.name,
        virtualNetworkId: props.network.virtualNetworkId,
        registrationEnabled: false,
        tags: props.tags,
      });
      this.privateDnsZoneId = this.privateDnsZone.id;
    } else {
      this.privateDnsZoneId = props.existingPrivateDnsZoneId;
    }

    this.privateEndpoint = new PrivateEndpoint(this, 'PrivateEndpoint', {
      name: defaultName(this, { maxLength: NAME_RULES.privateEndpoint.maxLength, suffix: 'pe' }),
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      subnetId: endpointSubnet.id,
      privateServiceConnection: {
        name: 'registry',
        privateConnectionResourceId: this.registry.id,
        subresourceNames: ['registry'],
        isManualConnection: false,
      },
      privateDnsZoneGroup: { name: 'registry', privateDnsZoneIds: [this.privateDnsZoneId] },
      tags: props.tags,
      // The construct, not its fqn: cdktf renders a dependable as a bare address; terraform rejects "${...}" there.
      dependsOn: this.dnsZoneLink ? [this.dnsZoneLink] : undefined,
    });

    this.node.addValidation({ validate: () => invariantErrors(this.registry, REGISTRY_INVARIANTS) });
    this.dependables = [this.cacheRule, this.privateEndpoint, ...(this.dnsZoneLink ? [this.dnsZoneLink] : [])];
  }

  /**
   * Grants a role on this registry to a managed identity.
   * @param grantId construct id of the role assignment (a constant string: it becomes part of the logical id)
   * @returns the role assignment
   */
  public grant(grantId: string, identity: IdentityReference, role: BuiltInRole): RoleAssignment {
    return grantRole(this, grantId, {
      principalId: identity.principalId,
      role,
      targetScope: this.registry.id,
      description: `${role.name} on the network isolated cluster registry`,
    });
  }

  /**
   * Grants AcrPull on this registry to a managed identity (the cluster's kubelet identity).
   * @param grantId construct id of the role assignment (a constant string)
   * @returns the role assignment
   */
  public grantPull(grantId: string, identity: IdentityReference): RoleAssignment {
    return this.grant(grantId, identity, BuiltInRole.ACR_PULL);
  }
}

/** Replication blocks, also for a list token of locations (as a dynamic block). */
function geoReplications(
  locations: string[] | undefined,
  zoneRedundancyEnabled: boolean,
): ContainerRegistryGeoreplications[] | IResolvable | undefined {
  if (locations === undefined) return undefined;
  if (Token.isUnresolved(locations)) {
    const each = TerraformIterator.fromList(locations);
    return each.dynamic({ location: each.value, zone_redundancy_enabled: zoneRedundancyEnabled });
  }
  return locations.map((location) => ({ location, zoneRedundancyEnabled }));
}
