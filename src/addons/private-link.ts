import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { PrivateDnsZoneVirtualNetworkLink } from '@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { dependable, ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { NAME_RULES } from '../internal/naming-rules';
import { defaultName } from '../internal/naming';
import { invalidProp } from '../internal/validation';
import { SubnetReference } from '../network/network-types';
import { ClusterAddOnContext } from '../cluster/network-isolated-cluster';

/** Where an add-on's private endpoint goes and which privatelink DNS zones it registers in. */
export interface AddOnPrivateLinkOptions {
  /** The add-on's placement (resource group, region, network). */
  readonly context: ClusterAddOnContext;
  /** Resource the endpoint connects to. */
  readonly resourceId: string;
  /** Subresource (group id), e.g. `vault`, `azuremonitor`, `prometheusMetrics`. */
  readonly subresource: string;
  /** The privatelink zone names the endpoint's records go in. */
  readonly zoneNames: string[];
  /**
   * Existing zone ids by zone name (hub DNS): no zone or link is created for those.
   * @default - every zone is created here and linked to the cluster VNet
   */
  readonly existingZoneIds?: { [zoneName: string]: string };
  /**
   * Subnet of the endpoint.
   * @default - the network's private endpoint subnet
   */
  readonly subnet?: SubnetReference;
}

/**
 * A private endpoint with a DNS zone group, and each privatelink zone it needs created and linked to the
 * cluster VNet, unless the hub already has it (by id). The building block of every private add-on.
 */
export class AddOnPrivateLink extends Construct {
  /** The private endpoint. */
  public readonly privateEndpoint: PrivateEndpoint;
  /** Zones created here (not the existing ones). */
  public readonly zones: PrivateDnsZone[] = [];
  /** VNet links of the created zones. */
  public readonly zoneLinks: PrivateDnsZoneVirtualNetworkLink[] = [];
  /** What a consumer waits for: the endpoint and the zone links. */
  public readonly dependables: ITerraformDependable[];

  constructor(scope: Construct, id: string, options: AddOnPrivateLinkOptions) {
    super(scope, id);
    const { context } = options;
    const subnet = options.subnet ?? context.network?.privateEndpointSubnet;
    if (!subnet) {
      throw invalidProp(scope, {
        prop: 'privateEndpointSubnet',
        value: undefined,
        problem: `is missing and the cluster has no network with a private endpoint subnet (the ${options.subresource} endpoint needs one)`,
        allowed: 'a SubnetReference in the cluster VNet',
        fix: 'give the cluster an IsolatedNetwork with a private endpoint subnet, or pass privateEndpointSubnet',
      });
    }
    const existing = options.existingZoneIds ?? {};
    for (const name of Object.keys(existing)) {
      if (!options.zoneNames.includes(name)) {
        throw invalidProp(scope, {
          prop: 'existingPrivateDnsZoneIds',
          value: name,
          problem: `is not a zone the ${options.subresource} endpoint uses`,
          allowed: options.zoneNames.join(', '),
          fix: 'key the map by one of the allowed zone names (https://learn.microsoft.com/azure/private-link/private-endpoint-dns)',
        });
      }
    }
    const zoneIds = options.zoneNames.map((name, i) => existing[name] ?? this.createZone(`Zone${i}`, name, context));
    this.privateEndpoint = new PrivateEndpoint(this, 'Endpoint', {
      name: defaultName(this, { maxLength: NAME_RULES.privateEndpoint.maxLength, suffix: 'pe' }),
      resourceGroupName: context.resourceGroupName,
      location: context.location,
      subnetId: subnet.id,
      privateServiceConnection: {
        name: options.subresource,
        privateConnectionResourceId: options.resourceId,
        subresourceNames: [options.subresource],
        isManualConnection: false,
      },
      privateDnsZoneGroup: { name: options.subresource, privateDnsZoneIds: zoneIds },
      tags: context.tags,
    });
    if (this.zoneLinks.length > 0) this.privateEndpoint.dependsOn = this.zoneLinks.map((l) => dependable(l));
    this.dependables = [this.privateEndpoint, ...this.zoneLinks];
  }

  private createZone(id: string, name: string, context: ClusterAddOnContext): string {
    if (!context.network) {
      throw invalidProp(this, {
        prop: 'network',
        value: undefined,
        problem: `is missing: the zone ${name} must be linked to the cluster VNet`,
        allowed: 'a cluster with an IsolatedNetwork, or existing zone ids from the hub',
        fix: 'pass existingPrivateDnsZoneIds for every zone, or give the cluster a network',
      });
    }
    const zone = new PrivateDnsZone(this, id, { name, resourceGroupName: context.resourceGroupName, tags: context.tags });
    this.zones.push(zone);
    this.zoneLinks.push(
      new PrivateDnsZoneVirtualNetworkLink(this, `${id}Link`, {
        name: defaultName(this, { maxLength: 80, suffix: `link${this.zoneLinks.length}` }),
        resourceGroupName: context.resourceGroupName,
        privateDnsZoneName: zone.name,
        virtualNetworkId: context.network.virtualNetworkId,
        registrationEnabled: false,
        tags: context.tags,
      }),
    );
    return zone.id;
  }
}
