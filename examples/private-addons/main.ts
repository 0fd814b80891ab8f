// Day 2 on a network isolated cluster: monitoring, Key Vault secrets, private Azure Files volumes and Docker
// Hub images, each reaching Azure only through private endpoints. Copy it: every add-on is one block below.
// In your project, import from 'cdktf-isolated-aks' instead of '../../src'.
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  ArtifactSource,
  IsolatedNetwork,
  NetworkIsolatedCluster,
  NetworkIsolationChecks,
  PrivateKeyVaultSecretsProvider,
  PrivateMonitoring,
  PrivateRegistry,
  PrivateStorageClass,
  PrivateStorageClasses,
  StorageClassDelivery,
  UpstreamRegistry,
} from '../../src';

/** A BYO-registry isolated cluster with the private add-ons. */
export class PrivateAddonsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    NetworkIsolationChecks.of(this);
    const rg = new ResourceGroup(this, 'ResourceGroup', { name: 'rg-isolated-aks-addons', location: 'westeurope' });
    const network = new IsolatedNetwork(this, 'Network', { resourceGroupName: rg.name, location: rg.location });
    const registry = new PrivateRegistry(this, 'Registry', { resourceGroupName: rg.name, location: rg.location, network });
    const cluster = new NetworkIsolatedCluster(this, 'Aks', {
      resourceGroupName: rg.name,
      location: rg.location,
      network,
      artifactSource: ArtifactSource.registry(registry),
    });

    // Monitoring: Container insights + Managed Prometheus through one Azure Monitor Private Link Scope
    // (ingestion PrivateOnly), new workspaces with public ingestion off, control-plane audit logs.
    // Hub DNS? pass existingPrivateDnsZoneIds: { 'privatelink.monitor.azure.com': '<zone id>', ... }.
    new PrivateMonitoring(this, 'Monitoring', { cluster });

    // Key Vault secrets provider: rotation on, a private RBAC vault (name unique per subscription and
    // resource group), its `vault` endpoint and zone, Key Vault Secrets User for the add-on identity.
    // Make SecretProviderClasses and workloads depend on `secrets.dependables`.
    const secrets = new PrivateKeyVaultSecretsProvider(this, 'Secrets', { cluster });

    // Azure Files volumes: the file driver is turned on only with this private class; the driver creates the
    // storage account's private endpoint. The runner needs kubelogin and a route to the private API server;
    // use StorageClassDelivery.MANIFEST to hand the YAML to a GitOps pipeline instead.
    new PrivateStorageClasses(this, 'Storage', {
      cluster,
      classes: [PrivateStorageClass.azureFiles('azurefile-private')],
      delivery: StorageClassDelivery.KUBERNETES_PROVIDER,
    });

    // Workload images from Docker Hub through the private registry: pull <registry>.azurecr.io/docker/nginx.
    // Put the Docker Hub user name and access token into the vault as these two secrets first; the secret ids
    // are built from the vault's URI, so they name the vault the credential set is granted on.
    const vaultUri = secrets.vault!.vaultUri;
    registry.addUpstreamCacheRule('DockerHubNginx', {
      name: 'dockerhub-nginx',
      upstream: UpstreamRegistry.DOCKER_HUB,
      sourceRepository: 'library/nginx',
      targetRepository: 'docker/nginx',
      credentials: {
        keyVaultId: secrets.keyVaultId,
        usernameSecretId: `${vaultUri}secrets/dockerhub-user`,
        passwordSecretId: `${vaultUri}secrets/dockerhub-token`,
      },
    });
  }
}

if (require.main === module) {
  const app = new App();
  new PrivateAddonsStack(app, 'private-addons');
  app.synth();
}
