// Hub-and-spoke: adopt an existing spoke VNet and use the hub's private DNS zones.
// In your project, import from 'cdktf-isolated-aks' instead of '../../src'.
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  ApiServerAccess,
  ArtifactSource,
  IsolatedNetwork,
  NetworkIsolatedCluster,
  NetworkIsolationChecks,
  PrivateClusterDnsZone,
  PrivateRegistry,
} from '../../src';

const SPOKE = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-spoke/providers/Microsoft.Network/virtualNetworks/vnet-spoke';
const HUB_DNS = '/subscriptions/00000000-0000-0000-0000-000000000002/resourceGroups/rg-hub-dns/providers/Microsoft.Network/privateDnsZones';

/** Existing spoke subnets, the hub's privatelink.azurecr.io and API server zones: no zones or links created here. */
export class ExistingHubDnsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    // Fail the synth if anything below (or a later escape hatch) breaks network isolation.
    NetworkIsolationChecks.of(this);

    // The platform team owns the spoke: its subnets already have default outbound access off and NSGs.
    const network = IsolatedNetwork.fromExistingSubnets(this, 'Network', {
      virtualNetworkId: SPOKE,
      addressSpace: ['10.20.0.0/16'],
      nodeSubnet: { id: `${SPOKE}/subnets/snet-aks-nodes`, addressPrefix: '10.20.0.0/22' },
      privateEndpointSubnet: { id: `${SPOKE}/subnets/snet-private-endpoints`, addressPrefix: '10.20.4.0/24' },
    });

    // The hub already links privatelink.azurecr.io to the spoke: pass its id, no zone or link is created.
    const registry = new PrivateRegistry(this, 'Registry', {
      resourceGroupName: 'rg-spoke-aks',
      location: 'westeurope',
      network,
      existingPrivateDnsZoneId: `${HUB_DNS}/privatelink.azurecr.io`,
    });

    // A custom API server zone in the hub: the control-plane identity gets Private DNS Zone Contributor on it.
    new NetworkIsolatedCluster(this, 'Aks', {
      resourceGroupName: 'rg-spoke-aks',
      location: 'westeurope',
      network,
      apiServerAccess: ApiServerAccess.privateLink({
        privateDnsZone: PrivateClusterDnsZone.fromZoneId(`${HUB_DNS}/privatelink.westeurope.azmk8s.io`),
      }),
      artifactSource: ArtifactSource.registry(registry),
    });
  }
}

if (require.main === module) {
  const app = new App();
  new ExistingHubDnsStack(app, 'existing-hub-dns');
  app.synth();
}
