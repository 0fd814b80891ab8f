import { PROVIDER_FLAVOR } from '../../internal/provider-flavor';
import { checkEach, DOCS, Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import { expectedUntilIsolated, migrationStageOf } from '../model/migration-stage';
import { azapiOutboundTypes, clusters, writtenWithAzapi } from '../model/subjects';
import { describeOutboundType } from '../model/outbound-types';
import { asString, block, describe, UNKNOWN } from '../model/values';

/** NI-AKS-004: the cluster's outbound type is `none` (or `block` through azapi, see NI-AKS-005). */
export const outboundTypeNone: Rule = {
  id: 'NI-AKS-004',
  name: 'outbound-type-none',
  severity: RuleSeverity.ERROR,
  title: 'The cluster outbound type is none (or block, preview, through azapi)',
  explanation:
    'Any other outbound type gives the nodes a path to the internet: the provider default loadBalancer ' +
    'creates a public IP and outbound rules, managedNATGateway (and managedNATGatewayV2) a NAT gateway, ' +
    'userDefinedRouting and userAssignedNATGateway whatever path you route. Messages name each type the AKS API ' +
    `knows and call any other value an unknown outbound type. azurerm ${PROVIDER_FLAVOR.azurermVersion} accepts "none" ` +
    '(with bootstrap_profile.artifact_source = "Cache") and rejects "block" at plan time, so block must be ' +
    'set through an azapi_update_resource on the cluster.',
  fix:
    'Set network_profile.outbound_type = "none" (OutboundType.NONE), or for the block preview keep "none" on ' +
    'the azurerm cluster and add the azapi update (OutboundType.blockPreview()).',
  docUrl: DOCS.outboundType,
  evaluate: (doc) => {
    const outcome = checkEach(clusters(doc), (cluster) => {
      const azapi = azapiOutboundTypes(doc, cluster);
      const last = azapi[azapi.length - 1];
      if (last) {
        if (last.outboundType === 'none' || last.outboundType === 'block') return undefined;
        const shown = last.outboundType === UNKNOWN ? 'an unresolved value' : describeOutboundType(last.outboundType);
        return `${last.resource.address} sets properties.networkProfile.outboundType to ${shown}; allowed: "none", "block".`;
      }
      const raw = block(cluster.config, 'network_profile')?.outbound_type;
      const value = asString(doc.literal(raw));
      // An azapi cluster sets block in its own body (azurerm is not involved there).
      if (value === 'none' || (value === 'block' && writtenWithAzapi(cluster))) return undefined;
      const hint =
        value === 'block'
          ? ` azurerm ${PROVIDER_FLAVOR.azurermVersion} rejects "block" at plan time: keep "none" here and set block through azapi_update_resource.`
          : '';
      const shown = typeof value === 'string' ? describeOutboundType(value) : describe(value, raw, '"loadBalancer"');
      return `network_profile.outbound_type is ${shown}; allowed: "none".${hint}`;
    });
    if (outcome === NOT_APPLICABLE) return outcome;
    // A cluster in the middle of a ClusterMigration keeps its outbound type until stage 3: expected, not an error.
    return outcome.map((f): Finding => {
      const stage = migrationStageOf(doc.get(f.address)!);
      return stage === undefined ? f : { ...f, expected: expectedUntilIsolated(stage) };
    });
  },
};
