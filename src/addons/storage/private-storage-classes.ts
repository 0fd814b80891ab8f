import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHash } from 'crypto';
import { AssetType, TerraformAsset, TerraformOutput, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { NetworkIsolatedCluster } from '../../cluster/network-isolated-cluster';
import { KubeloginKubernetesProvider, StorageClassResource } from './kubernetes-elements';
import { PrivateStorageClass, StorageProvisioner, storageClassManifest } from './private-storage-class';

/** How the storage classes reach the cluster. */
export enum StorageClassDelivery {
  /**
   * `kubernetes_storage_class_v1` resources in this stack, through the kubernetes provider with Entra ID
   * tokens from kubelogin. The Terraform runner must reach the private API server and have kubelogin and
   * an `az login` with an AKS RBAC role that writes StorageClasses.
   */
  KUBERNETES_PROVIDER = 'kubernetes-provider',
  /**
   * A `storage-classes.yaml` manifest copied next to the stack (cdktf.out/stacks/<stack>/assets/...) and a
   * Terraform output with the same YAML, for a GitOps pipeline that applies it from inside the network.
   */
  MANIFEST = 'manifest',
}

/** Props of `PrivateStorageClasses`. */
export interface PrivateStorageClassesProps {
  /** The cluster whose CSI drivers serve the classes (the construct turns on only the drivers they use). */
  readonly cluster: NetworkIsolatedCluster;
  /** The classes (at least one). */
  readonly classes: PrivateStorageClass[];
  /**
   * How the classes are applied.
   * @default StorageClassDelivery.KUBERNETES_PROVIDER
   */
  readonly delivery?: StorageClassDelivery;
  /**
   * A kubernetes provider you configured yourself (e.g. with another credential plugin).
   * @default - a provider on the cluster's kube_config host and CA, with `kubelogin get-token --login azurecli`
   */
  readonly kubernetesProvider?: TerraformProvider;
}

/**
 * Azure Files and Blob volumes on a network isolated cluster: private storage classes
 * (`networkEndpointType: privateEndpoint`) and the CSI drivers they need, turned on only with them (the
 * cluster keeps both off by default, since the built-in classes reach storage publicly).
 * @see https://learn.microsoft.com/azure/aks/azure-files-csi
 */
export class PrivateStorageClasses extends Construct {
  /** The manifest of the classes (multi-document YAML). */
  public readonly manifestYaml: string;
  /** The provider the classes are applied with (KUBERNETES_PROVIDER delivery). */
  public readonly kubernetesProvider?: TerraformProvider;
  /** Path of the manifest inside the synthesized stack (MANIFEST delivery). */
  public readonly manifestAsset?: TerraformAsset;

  constructor(scope: Construct, id: string, props: PrivateStorageClassesProps) {
    super(scope, id);
    if (props.classes.length === 0) {
      throw new Error(
        `${this.node.path}: classes [] is empty. Allowed: at least one PrivateStorageClass. Fix: pass PrivateStorageClass.azureFiles("azurefile-private") or PrivateStorageClass.azureBlob(...) (see https://learn.microsoft.com/azure/aks/azure-files-csi).`,
      );
    }
    const names = props.classes.map((c) => c.name);
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate) {
      throw new Error(`${this.node.path}: classes has the name "${duplicate}" twice. Allowed: unique StorageClass names. Fix: rename one class.`);
    }
    const aks = props.cluster.cluster;
    const uses = (p: StorageProvisioner) => props.classes.some((c) => c.provisioner === p);
    if (uses(StorageProvisioner.AZURE_FILES)) aks.storageProfile.fileDriverEnabled = true;
    if (uses(StorageProvisioner.AZURE_BLOB)) aks.storageProfile.blobDriverEnabled = true;
    this.manifestYaml = storageClassManifest(props.classes);

    if ((props.delivery ?? StorageClassDelivery.KUBERNETES_PROVIDER) === StorageClassDelivery.MANIFEST) {
      const dir = path.join(os.tmpdir(), 'cdktf-isolated-aks', createHash('sha256').update(this.manifestYaml).digest('hex').slice(0, 16));
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'storage-classes.yaml'), this.manifestYaml);
      this.manifestAsset = new TerraformAsset(this, 'Manifest', { path: path.join(dir, 'storage-classes.yaml'), type: AssetType.FILE });
      new TerraformOutput(this, 'ManifestOutput', {
        value: this.manifestYaml,
        description: 'Private StorageClasses (networkEndpointType: privateEndpoint) to apply from inside the network',
      });
      return;
    }
    this.kubernetesProvider =
      props.kubernetesProvider ??
      new KubeloginKubernetesProvider(this, 'KubernetesProvider', {
        host: aks.kubeConfig.get(0).host,
        clusterCaCertificate: aks.kubeConfig.get(0).clusterCaCertificate,
      });
    props.classes.forEach((c, i) => new StorageClassResource(this, `Class${i}`, c, this.kubernetesProvider!));
  }
}
