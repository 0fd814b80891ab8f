// Network isolated AKS with your own registry (BYO ACR) over Private Link.
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
  OutboundType,
  PrivateRegistry,
} from '../../src';

/** VNet + Premium ACR with cache rule, private endpoint and DNS + private cluster pulling through it. */
export class ByoAcrPrivateLinkStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    // Fail the synth if anything below (or a later escape hatch) breaks network isolation.
    NetworkIsolationChecks.of(this);
    const rg = new ResourceGroup(this, 'ResourceGroup', { name: 'rg-isolated-aks-byo', location: 'westeurope' });

    // Node and private endpoint subnets: default outbound access off, NSGs that deny Internet egress.
    const network = new IsolatedNetwork(this, 'Network', { resourceGroupName: rg.name, location: rg.location });

    // Premium ACR, public access off, `aks-managed-mcr` cache rule, private endpoint, privatelink.azurecr.io zone.
    const registry = new PrivateRegistry(this, 'Registry', {
      resourceGroupName: rg.name,
      location: rg.location,
      network,
    });

    // The cluster: outbound type none, bootstrap from the registry, private API server, identities and roles.
    const cluster = new NetworkIsolatedCluster(this, 'Aks', {
      resourceGroupName: rg.name,
      location: rg.location,
      network,
      apiServerAccess: ApiServerAccess.privateLink(),
      artifactSource: ArtifactSource.registry(registry),
      outboundType: OutboundType.NONE,
      // No kubernetesVersion: the region's default minor, always in standard support. To pin one, use
      // KubernetesVersion.of('1.MINOR') with a minor the region serves (az aks get-versions --location <region>);
      // an older minor needs supportPlan: SupportPlan.LONG_TERM_SUPPORT (Premium tier).
    });
    // The system pool runs critical add-ons only (CriticalAddonsOnly taint): workloads need a user pool.
    cluster.addNodePool('Workload', { name: 'workload', minCount: 1, maxCount: 5 });
  }
}

if (require.main === module) {
  const app = new App();
  new ByoAcrPrivateLinkStack(app, 'byo-acr-private-link');
  app.synth();
}
