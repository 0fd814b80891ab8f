// Network isolated AKS with the AKS-managed registry and an AKS-managed VNet: the smallest isolated cluster.
// In your project, import from 'cdktf-isolated-aks' instead of '../../src'.
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { NetworkIsolatedCluster, NetworkIsolationChecks } from '../../src';

/** Every choice at its secure default: private link API server, AKS-managed ACR, outbound type none. */
export class AksManagedAcrStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    // Fail the synth if anything below (or a later escape hatch) breaks network isolation.
    NetworkIsolationChecks.of(this);
    const rg = new ResourceGroup(this, 'ResourceGroup', { name: 'rg-isolated-aks-managed', location: 'westeurope' });

    // AKS creates the private ACR, its endpoint and link; Terraform ignores the registry id Azure fills in.
    new NetworkIsolatedCluster(this, 'Aks', { resourceGroupName: rg.name, location: rg.location });
  }
}

if (require.main === module) {
  const app = new App();
  new AksManagedAcrStack(app, 'aks-managed-acr');
  app.synth();
}
