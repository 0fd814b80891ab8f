import { BlobProtocol, PrivateStorageClass, PrivateStorageClasses, StorageClassDelivery } from '../../src';
import { onlyResource, resourcesOf, synth } from '../helpers';
import { clusterStack } from './addon-stack';

describe('PrivateStorageClasses', () => {
  test('the cluster alone keeps the file and blob drivers off', () => {
    expect(onlyResource(synth(clusterStack().stack), 'azurerm_kubernetes_cluster').storage_profile).toEqual({
      file_driver_enabled: false,
      blob_driver_enabled: false,
      disk_driver_enabled: true,
      snapshot_controller_enabled: true,
    });
  });

  test('a private Azure Files class turns on only the file driver, applied through kubelogin', () => {
    const { stack, cluster } = clusterStack();
    new PrivateStorageClasses(stack, 'Storage', { cluster, classes: [PrivateStorageClass.azureFiles('azurefile-private')] });
    const json = synth(stack);
    expect(onlyResource(json, 'azurerm_kubernetes_cluster').storage_profile).toMatchObject({ file_driver_enabled: true, blob_driver_enabled: false });
    expect(onlyResource(json, 'kubernetes_storage_class_v1')).toMatchObject({
      metadata: [{ name: 'azurefile-private' }],
      storage_provisioner: 'file.csi.azure.com',
      parameters: { networkEndpointType: 'privateEndpoint', skuName: 'Premium_LRS' },
    });
    expect(json.provider.kubernetes[0].exec[0]).toMatchObject({ command: 'kubelogin', args: expect.arrayContaining(['6dae42f8-4368-4678-94ff-3960e28e3630']) });
    expect(json.terraform.required_providers.kubernetes).toEqual({ source: 'hashicorp/kubernetes', version: '~> 2.38' });
  });

  test('a blob class turns on the blob driver with its protocol', () => {
    const { stack, cluster } = clusterStack();
    new PrivateStorageClasses(stack, 'Storage', { cluster, classes: [PrivateStorageClass.azureBlob('blob-nfs', { protocol: BlobProtocol.NFS })] });
    const json = synth(stack);
    expect(onlyResource(json, 'azurerm_kubernetes_cluster').storage_profile).toMatchObject({ file_driver_enabled: false, blob_driver_enabled: true });
    expect(onlyResource(json, 'kubernetes_storage_class_v1').parameters).toEqual({ skuName: 'Premium_LRS', protocol: 'nfs', networkEndpointType: 'privateEndpoint' });
  });

  test('manifest delivery: no kubernetes provider, a YAML output and asset', () => {
    const { stack, cluster } = clusterStack();
    const classes = new PrivateStorageClasses(stack, 'Storage', {
      cluster,
      classes: [PrivateStorageClass.azureFiles('files')],
      delivery: StorageClassDelivery.MANIFEST,
    });
    const json = synth(stack);
    expect(json.provider.kubernetes).toBeUndefined();
    expect(resourcesOf(json, 'kubernetes_storage_class_v1')).toEqual({});
    expect(classes.manifestYaml).toMatch(/provisioner: file\.csi\.azure\.com\n[\s\S]*networkEndpointType: "privateEndpoint"/);
    expect(Object.values(json.output as object)[0].value).toBe(classes.manifestYaml);
    expect(classes.manifestAsset).toBeDefined();
  });

  test('rejects no classes, duplicate names and invalid names', () => {
    const { stack, cluster } = clusterStack();
    expect(() => new PrivateStorageClasses(stack, 'A', { cluster, classes: [] })).toThrow(/classes \[\] is empty/);
    expect(() => new PrivateStorageClasses(stack, 'B', { cluster, classes: [PrivateStorageClass.azureFiles('x1'), PrivateStorageClass.azureFiles('x1')] })).toThrow(/"x1" twice/);
    expect(() => PrivateStorageClass.azureFiles('Bad_Name')).toThrow(/name "Bad_Name" is not a valid Kubernetes object name/);
  });
});
