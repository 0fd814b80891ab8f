// Network isolated AKS whose API server is projected into a delegated subnet (API Server VNet Integration).
// In your project, import from 'cdktf-isolated-aks' instead of '../../src'.
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  ApiServerAccess,
  ArtifactSource,
  IsolatedNetwork,
  NetworkIsolatedCluster,
  NetworkIsolationChecks,
} from '../../src';

/** Your VNet with a delegated /28 API server subnet, the AKS-managed registry, outbound type none. */
export class ApiServerVnetIntegrationStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    // Fail the synth if anything below (or a later escape hatch) breaks network isolation.
    NetworkIsolationChecks.of(this);
    const rg = new ResourceGroup(this, 'ResourceGroup', { name: 'rg-isolated-aks-vnetint', location: 'westeurope' });

    // apiServerSubnet: a subnet delegated to Microsoft.ContainerService/managedClusters (10.240.5.0/28 by default).
    const network = new IsolatedNetwork(this, 'Network', {
      resourceGroupName: rg.name,
      location: rg.location,
      apiServerSubnet: true,
    });

    // The control-plane identity gets Network Contributor on the node and API server subnets.
    new NetworkIsolatedCluster(this, 'Aks', {
      resourceGroupName: rg.name,
      location: rg.location,
      network,
      apiServerAccess: ApiServerAccess.vnetIntegration(),
      artifactSource: ArtifactSource.aksManaged(),
    });
  }
}

if (require.main === module) {
  const app = new App();
  new ApiServerVnetIntegrationStack(app, 'apiserver-vnet-integration');
  app.synth();
}
