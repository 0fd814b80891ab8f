import { Fn, TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { PrivateStorageClass } from './private-storage-class';

/** Version constraint of the hashicorp/kubernetes provider the storage classes are written for. */
export const KUBERNETES_PROVIDER_VERSION = '~> 2.38';

/** Entra ID server application id of AKS (the audience kubelogin asks tokens for; the same in every tenant). */
export const AKS_ENTRA_SERVER_ID = '6dae42f8-4368-4678-94ff-3960e28e3630';

/** What the kubernetes provider connects to (internal). */
export interface KubernetesProviderOptions {
  /** API server URL (the private FQDN: the runner must resolve and reach it). */
  readonly host: string;
  /** Base64 CA certificate of the cluster. */
  readonly clusterCaCertificate: string;
}

/**
 * The kubernetes provider as a plain cdktf element (no @cdktf/provider-kubernetes peer dependency, and the
 * CDK Terrain flavor has no such binding): Entra ID tokens through `kubelogin` (local accounts are off).
 */
export class KubeloginKubernetesProvider extends TerraformProvider {
  private readonly options: KubernetesProviderOptions;

  constructor(scope: Construct, id: string, options: KubernetesProviderOptions) {
    super(scope, id, {
      terraformResourceType: 'kubernetes',
      terraformGeneratorMetadata: { providerName: 'kubernetes', providerVersionConstraint: KUBERNETES_PROVIDER_VERSION },
      terraformProviderSource: 'hashicorp/kubernetes',
    });
    this.options = options;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      host: this.options.host,
      cluster_ca_certificate: Fn.base64decode(this.options.clusterCaCertificate),
      exec: [
        {
          api_version: 'client.authentication.k8s.io/v1beta1',
          command: 'kubelogin',
          args: ['get-token', '--login', 'azurecli', '--server-id', AKS_ENTRA_SERVER_ID],
        },
      ],
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const exec = {
      api_version: text('client.authentication.k8s.io/v1beta1'),
      command: text('kubelogin'),
      args: { value: ['get-token', '--login', 'azurecli', '--server-id', AKS_ENTRA_SERVER_ID], isBlock: false, type: 'list', storageClassType: 'stringList' },
    };
    return {
      host: text(this.options.host),
      cluster_ca_certificate: text(Fn.base64decode(this.options.clusterCaCertificate)),
      exec: { value: exec, isBlock: true, type: 'list', storageClassType: 'KubernetesProviderExecList' },
    };
  }
}

/** `kubernetes_storage_class_v1` as a plain cdktf element (internal). */
export class StorageClassResource extends TerraformResource {
  private readonly storageClass: PrivateStorageClass;

  constructor(scope: Construct, id: string, storageClass: PrivateStorageClass, provider: TerraformProvider) {
    super(scope, id, {
      terraformResourceType: 'kubernetes_storage_class_v1',
      terraformGeneratorMetadata: { providerName: 'kubernetes', providerVersionConstraint: KUBERNETES_PROVIDER_VERSION },
      provider,
    });
    this.storageClass = storageClass;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.storageClass;
    return {
      metadata: [{ name: c.name }],
      storage_provisioner: c.provisioner,
      reclaim_policy: 'Delete',
      volume_binding_mode: 'WaitForFirstConsumer',
      allow_volume_expansion: true,
      parameters: c.parameters,
      ...(c.mountOptions.length > 0 ? { mount_options: c.mountOptions } : {}),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const c = this.storageClass;
    return {
      metadata: { value: { name: text(c.name) }, isBlock: true, type: 'list', storageClassType: 'StorageClassV1MetadataList' },
      storage_provisioner: text(c.provisioner),
      reclaim_policy: text('Delete'),
      volume_binding_mode: text('WaitForFirstConsumer'),
      allow_volume_expansion: { value: true, isBlock: false, type: 'simple', storageClassType: 'boolean' },
      parameters: { value: c.parameters, isBlock: false, type: 'map', storageClassType: 'stringMap' },
      ...(c.mountOptions.length > 0
        ? { mount_options: { value: c.mountOptions, isBlock: false, type: 'set', storageClassType: 'stringList' } }
        : {}),
    };
  }
}

function text(value: string): { [key: string]: unknown } {
  return { value, isBlock: false, type: 'simple', storageClassType: 'string' };
}
