// Take an existing cluster to network isolated in three applies, without replacing it (README, "Migrating an
// existing cluster"). The same app at each stage: deploy migrate-stage-1, then -2, then -3, into the same state
// (in your project: one stack whose `stage` you raise, the cluster keeps its address throughout).
// In your project, import from 'cdktf-isolated-aks' instead of '../../src'.
import { NetworkSecurityRule } from '@cdktf/provider-azurerm/lib/network-security-rule';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ArtifactSource, ClusterMigration, MigrationStage, MigrationTarget, NetworkIsolationChecks } from '../../src';
import { ExistingCluster } from './existing-cluster';

/** The existing cluster at one migration stage. */
export class MigrateExistingClusterStack extends TerraformStack {
  constructor(scope: Construct, id: string, stage: MigrationStage) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    // The checks know the stage: until stage 3 the outbound type is reported as expected, not as an error.
    NetworkIsolationChecks.of(this);

    const existing = new ExistingCluster(this, 'Existing');
    new ClusterMigration(this, 'Migration', {
      target: MigrationTarget.kubernetesCluster(existing.cluster),
      stage,
      // AKS creates and wires the private registry; with your own: ArtifactSource.registry(registry) and kubeletPrincipalId.
      artifactSource: ArtifactSource.aksManaged(),
    });
    if (stage === MigrationStage.ISOLATED) {
      // Once the cluster needs no egress, deny it explicitly too (defense in depth; NSGs allow Internet by default).
      new NetworkSecurityRule(this, 'DenyInternetOutbound', {
        name: 'deny-internet-outbound',
        resourceGroupName: existing.nodesNsg.resourceGroupName,
        networkSecurityGroupName: existing.nodesNsg.name,
        priority: 4096,
        direction: 'Outbound',
        access: 'Deny',
        protocol: '*',
        sourcePortRange: '*',
        destinationPortRange: '*',
        sourceAddressPrefix: '*',
        destinationAddressPrefix: 'Internet',
      });
    }
  }
}

/** Stage 1: artifact source Cache, the outbound type kept (loadBalancer). */
export class MigrateStage1Stack extends MigrateExistingClusterStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, MigrationStage.ARTIFACT_CACHE);
  }
}

/** Stage 2: a node image upgrade of every pool, so the nodes bootstrap from the cache. */
export class MigrateStage2Stack extends MigrateExistingClusterStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, MigrationStage.REIMAGE_NODES);
  }
}

/** Stage 3: outbound type none: the cluster is network isolated. */
export class MigrateStage3Stack extends MigrateExistingClusterStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, MigrationStage.ISOLATED);
  }
}

if (require.main === module) {
  const app = new App();
  new MigrateStage1Stack(app, 'migrate-stage-1');
  new MigrateStage2Stack(app, 'migrate-stage-2');
  new MigrateStage3Stack(app, 'migrate-stage-3');
  app.synth();
}
