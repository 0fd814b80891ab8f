// Day 2 add-ons of a network isolated cluster, each reaching Azure only through private endpoints.
export { AddOnPrivateLink, AddOnPrivateLinkOptions } from './private-link';
export * from './monitoring/private-monitoring';
export { ClusterDataCollection, DataCollectionOptions } from './monitoring/data-collection';
export * from './key-vault/private-key-vault-secrets-provider';
export { BlobProtocol, FileProtocol, PrivateStorageClass, StorageProvisioner, AzureBlobClassOptions, AzureFilesClassOptions } from './storage/private-storage-class';
export * from './storage/private-storage-classes';
export * from './egress/egress-add-ons';
