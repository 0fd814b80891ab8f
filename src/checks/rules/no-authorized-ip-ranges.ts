import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { clusters } from '../model/subjects';
import { block, jsonText } from '../model/values';

/** NI-AKS-003: no authorized IP ranges (they only exist for a public API server endpoint). */
export const noAuthorizedIpRanges: Rule = {
  id: 'NI-AKS-003',
  name: 'no-authorized-ip-ranges',
  severity: RuleSeverity.ERROR,
  title: 'The API server has no authorized IP ranges (no public endpoint to restrict)',
  explanation:
    'api_server_access_profile.authorized_ip_ranges restricts a public API server endpoint. On a network ' +
    'isolated cluster there must be no public endpoint at all; ranges mean a public endpoint is intended ' +
    '(and AKS rejects them on private clusters).',
  fix: 'Remove api_server_access_profile.authorized_ip_ranges; reach the API server through the VNet.',
  docUrl: DOCS.privateCluster,
  evaluate: (doc) =>
    checkEach(clusters(doc), (cluster) => {
      const ranges = block(cluster.config, 'api_server_access_profile')?.authorized_ip_ranges;
      const empty = ranges === undefined || ranges === null || (Array.isArray(ranges) && ranges.length === 0);
      return empty
        ? undefined
        : `api_server_access_profile.authorized_ip_ranges is ${jsonText(ranges)}; allowed: none.`;
    }),
};
