/** The CSI provisioners of Azure Files and Azure Blob. */
export enum StorageProvisioner {
  /** Azure Files CSI driver. */
  AZURE_FILES = 'file.csi.azure.com',
  /** Azure Blob CSI driver. */
  AZURE_BLOB = 'blob.csi.azure.com',
}

/** How a Blob volume is mounted. */
export enum BlobProtocol {
  /** BlobFuse2 (FUSE, any storage account kind). */
  FUSE2 = 'fuse2',
  /** NFS 3.0 (Premium block blob or hierarchical namespace accounts). */
  NFS = 'nfs',
}

/** How an Azure Files volume is mounted. */
export enum FileProtocol {
  /** SMB (the default of the driver). */
  SMB = 'smb',
  /** NFS 4.1 (Premium file shares). */
  NFS = 'nfs',
}

/** Options of a private Azure Files class. */
export interface AzureFilesClassOptions {
  /**
   * Storage account SKU the driver creates.
   * @default "Premium_LRS"
   */
  readonly skuName?: string;
  /**
   * Mount protocol.
   * @default FileProtocol.SMB
   */
  readonly protocol?: FileProtocol;
}

/** Options of a private Blob class. */
export interface AzureBlobClassOptions {
  /** Mount protocol (no default: BlobFuse2 and NFS need different accounts). */
  readonly protocol: BlobProtocol;
  /**
   * Storage account SKU the driver creates.
   * @default "Standard_LRS" for fuse2, "Premium_LRS" for nfs
   */
  readonly skuName?: string;
}

const CLASS_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

/**
 * A Kubernetes StorageClass whose volumes reach their storage account only through a private endpoint
 * (`networkEndpointType: privateEndpoint`): the driver creates the account's private endpoint in the node
 * subnet and the privatelink.file / privatelink.blob zone.
 * @see https://learn.microsoft.com/azure/aks/azure-csi-files-storage-provision#create-a-storage-class
 */
export class PrivateStorageClass {
  /** An Azure Files class (file.csi.azure.com). */
  public static azureFiles(name: string, options: AzureFilesClassOptions = {}): PrivateStorageClass {
    const parameters: { [key: string]: string } = {
      skuName: options.skuName ?? 'Premium_LRS',
      networkEndpointType: 'privateEndpoint',
    };
    if (options.protocol === FileProtocol.NFS) parameters.protocol = 'nfs';
    const mountOptions = options.protocol === FileProtocol.NFS ? [] : ['dir_mode=0777', 'file_mode=0777', 'mfsymlinks', 'cache=strict', 'nosharesock', 'actimeo=30'];
    return new PrivateStorageClass(checkClassName(name), StorageProvisioner.AZURE_FILES, parameters, mountOptions);
  }

  /** An Azure Blob class (blob.csi.azure.com) with BlobFuse2 or NFS. */
  public static azureBlob(name: string, options: AzureBlobClassOptions): PrivateStorageClass {
    const parameters = {
      skuName: options.skuName ?? (options.protocol === BlobProtocol.NFS ? 'Premium_LRS' : 'Standard_LRS'),
      protocol: options.protocol,
      networkEndpointType: 'privateEndpoint',
    };
    return new PrivateStorageClass(checkClassName(name), StorageProvisioner.AZURE_BLOB, parameters, []);
  }

  private constructor(
    /** Name of the StorageClass. */
    public readonly name: string,
    /** CSI provisioner. */
    public readonly provisioner: StorageProvisioner,
    /** StorageClass parameters (networkEndpointType is always privateEndpoint). */
    public readonly parameters: { [key: string]: string },
    /** Mount options. */
    public readonly mountOptions: string[],
  ) {}
}

function checkClassName(name: string): string {
  if (name.length > 253 || !CLASS_NAME.test(name)) {
    throw new Error(
      `PrivateStorageClass: name ${JSON.stringify(name)} is not a valid Kubernetes object name. Allowed: lowercase letters, digits, "-" and ".", ` +
        'starting and ending with a letter or digit, at most 253 characters. Fix: rename the class, e.g. "azurefile-private" ' +
        '(see https://kubernetes.io/docs/concepts/overview/working-with-objects/names/).',
    );
  }
  return name;
}

/** The StorageClass objects as a multi-document YAML manifest (for a GitOps repository). */
export function storageClassManifest(classes: readonly PrivateStorageClass[]): string {
  return classes
    .map((c) =>
      [
        'apiVersion: storage.k8s.io/v1',
        'kind: StorageClass',
        'metadata:',
        `  name: ${c.name}`,
        `provisioner: ${c.provisioner}`,
        'reclaimPolicy: Delete',
        'volumeBindingMode: WaitForFirstConsumer',
        'allowVolumeExpansion: true',
        'parameters:',
        ...Object.entries(c.parameters).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`),
        ...(c.mountOptions.length > 0 ? ['mountOptions:', ...c.mountOptions.map((o) => `  - ${o}`)] : []),
      ].join('\n'),
    )
    .join('\n---\n')
    .concat('\n');
}
