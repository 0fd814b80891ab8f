import { T } from './subjects';
import type { TerraformDocument, TfResource } from './terraform-document';
import { block } from './values';

/** The resources that pin a Kubernetes version: clusters and their separate node pools (azurerm or azapi). */
export function versionSubjects(doc: TerraformDocument): TfResource[] {
  return [...doc.resources(T.cluster), ...doc.resources(T.nodePool)];
}

/** The version attributes of a cluster or node pool, as `[attribute, raw value]` (absent ones included). */
export function versionFields(resource: TfResource): Array<[string, unknown]> {
  return resource.type === T.cluster
    ? [
        ['kubernetes_version', resource.config.kubernetes_version],
        ['default_node_pool.orchestrator_version', block(resource.config, 'default_node_pool')?.orchestrator_version],
      ]
    : [['orchestrator_version', resource.config.orchestrator_version]];
}
