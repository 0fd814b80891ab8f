import { DOCS, Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import { azapiOutboundTypes, clusters, writtenWithAzapi } from '../model/subjects';
import type { TfResource } from '../model/terraform-document';
import { asString, block } from '../model/values';

/** NI-AKS-005: outbound type block is a preview feature (applied through azapi). */
export const outboundTypeBlockPreview: Rule = {
  id: 'NI-AKS-005',
  name: 'outbound-type-block-preview',
  severity: RuleSeverity.WARNING,
  title: 'Outbound type block is in preview (not for production)',
  explanation:
    'With outbound type block AKS actively blocks egress, but the feature is in preview: no SLA, the preview ' +
    'API version can change, and it works with a managed VNet only. It is set by an azapi_update_resource ' +
    'because azurerm does not accept it.',
  fix:
    'Use outbound type "none" for production (with a BYO VNet, add NSG rules denying outbound Internet), or ' +
    'suppress this warning with a reason stating the preview is intended.',
  docUrl: DOCS.networkIsolated,
  evaluate: (doc) => {
    const via = (cluster: TfResource): string | undefined =>
      azapiOutboundTypes(doc, cluster).find((a) => a.outboundType === 'block')?.resource.address ??
      (writtenWithAzapi(cluster) && asString(doc.literal(block(cluster.config, 'network_profile')?.outbound_type)) === 'block'
        ? cluster.address
        : undefined);
    const blocked = clusters(doc).filter((c) => via(c) !== undefined);
    if (blocked.length === 0) return NOT_APPLICABLE;
    return blocked.map((cluster): Finding => {
      const by = via(cluster)!;
      const message = `outbound type "block" (preview) is set by ${by}.`;
      return by === cluster.address ? { address: cluster.address, message } : { address: cluster.address, message, relatedAddresses: [by] };
    });
  },
};
