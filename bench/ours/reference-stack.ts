// The reference example (examples/byo-acr-private-link/main.ts) built from the compiled library, imported
// the way a user imports it: 'cdktf-isolated-aks' resolves through a stub in bench/build/node_modules to
// bench/build/lib, the snapshot of lib/ that bench/run.js takes. Keep in sync with the example:
// `npm run bench` checks that the two synth outputs are equal.
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { TerraformStack } from 'cdktf';
import {
  ApiServerAccess,
  ArtifactSource,
  IsolatedNetwork,
  NetworkIsolatedCluster,
  NetworkIsolationChecks,
  OutboundType,
  PrivateRegistry,
} from 'cdktf-isolated-aks';
import { Construct } from 'constructs';

/** Network, registry and cluster of the reference example, in `scope` (a stack, or a sub-scope for scaling). */
export function addIsolatedCluster(scope: Construct, rg: ResourceGroup): void {
  const network = new IsolatedNetwork(scope, 'Network', { resourceGroupName: rg.name, location: rg.location });
  const registry = new PrivateRegistry(scope, 'Registry', {
    resourceGroupName: rg.name,
    location: rg.location,
    network,
  });
  const cluster = new NetworkIsolatedCluster(scope, 'Aks', {
    resourceGroupName: rg.name,
    location: rg.location,
    network,
    apiServerAccess: ApiServerAccess.privateLink(),
    artifactSource: ArtifactSource.registry(registry),
    outboundType: OutboundType.NONE,
    // No kubernetesVersion, as in the example: the region's default minor.
  });
  cluster.addNodePool('Workload', { name: 'workload', minCount: 1, maxCount: 5 });
}

/** Options of the bench's reference stack. */
export interface ReferenceStackOptions {
  /** Copies of network + registry + cluster, each in its own scope `Env<i>`. Default: one, laid out exactly as the example. */
  readonly clusters?: number;
  /** Attach NetworkIsolationChecks to the stack, as the example does. Default true. */
  readonly checks?: boolean;
}

/** ByoAcrPrivateLinkStack of examples/byo-acr-private-link/main.ts, optionally scaled or without the checks. */
export class ReferenceStack extends TerraformStack {
  constructor(scope: Construct, id: string, options: ReferenceStackOptions = {}) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    if (options.checks ?? true) NetworkIsolationChecks.of(this);
    const rg = new ResourceGroup(this, 'ResourceGroup', { name: 'rg-isolated-aks-byo', location: 'westeurope' });
    if (options.clusters === undefined) {
      addIsolatedCluster(this, rg);
      return;
    }
    for (let i = 0; i < options.clusters; i++) addIsolatedCluster(new Construct(this, `Env${i}`), rg);
  }
}
