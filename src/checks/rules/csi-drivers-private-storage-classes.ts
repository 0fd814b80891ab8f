import { checkEach, Rule, RuleSeverity } from '../rule';
import { clusters } from '../model/subjects';
import type { TerraformDocument } from '../model/terraform-document';
import { asBool, asObject, asString, block, equalsIgnoreCase, walkStrings } from '../model/values';

const CLASS_TYPES = ['kubernetes_storage_class_v1', 'kubernetes_storage_class'];

/** True when the document ships a private class of a provisioner (a resource, or a manifest in an output). */
function hasPrivateClass(doc: TerraformDocument, provisioner: string): boolean {
  const resource = CLASS_TYPES.flatMap((t) => doc.resources(t)).some(
    (c) =>
      equalsIgnoreCase(asString(doc.literal(c.config.storage_provisioner)), provisioner) &&
      equalsIgnoreCase(asString(asObject(c.config.parameters)?.networkEndpointType), 'privateEndpoint')
  );
  if (resource) return true;
  let manifest = false;
  walkStrings(doc.json.output, (s) => {
    // A manifest for GitOps: every class document of this provisioner must be private.
    const docs = s.split(/^---$/m).filter((d) => d.includes(`provisioner: ${provisioner}`));
    if (docs.length > 0 && docs.every((d) => /networkEndpointType:\s*"?privateEndpoint"?/.test(d))) manifest = true;
  });
  return manifest;
}

/** NI-EXT-004: a CSI driver that reaches storage is on only with private storage classes. */
export const csiDriversPrivateStorageClasses: Rule = {
  id: 'NI-EXT-004',
  name: 'csi-drivers-private-storage-classes',
  severity: RuleSeverity.WARNING,
  title: 'The Azure Files / Blob CSI drivers are off, or on with a private storage class (networkEndpointType: privateEndpoint)',
  explanation:
    'azurerm leaves storage_profile.file_driver_enabled on when unset. The built-in azurefile and blob ' +
    'classes create storage accounts reached over their public endpoints, which a cluster without egress ' +
    'cannot reach: volumes fail to mount, and the accounts stay public. A class with networkEndpointType: ' +
    'privateEndpoint makes the driver create the account\'s private endpoint instead.',
  fix:
    'Set storage_profile { file_driver_enabled = false, blob_driver_enabled = false } (NetworkIsolatedCluster ' +
    'does), or ship private classes with PrivateStorageClasses (kubernetes_storage_class_v1 or a manifest ' +
    'output); classes applied elsewhere: suppress naming where they live.',
  docUrl: 'https://learn.microsoft.com/azure/aks/azure-files-csi',
  evaluate: (doc) =>
    checkEach(clusters(doc), (cluster) => {
      const profile = block(cluster.config, 'storage_profile');
      const out: string[] = [];
      const file = asBool(doc.literal(profile?.file_driver_enabled));
      if (file !== false && !hasPrivateClass(doc, 'file.csi.azure.com')) {
        out.push(
          `storage_profile.file_driver_enabled is ${file === undefined ? 'not set (provider default true)' : 'not false'} and no storage class of file.csi.azure.com has networkEndpointType "privateEndpoint".`
        );
      }
      if (asBool(doc.literal(profile?.blob_driver_enabled)) === true && !hasPrivateClass(doc, 'blob.csi.azure.com')) {
        out.push('storage_profile.blob_driver_enabled is true and no storage class of blob.csi.azure.com has networkEndpointType "privateEndpoint".');
      }
      return out;
    }),
};

