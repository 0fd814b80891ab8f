import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { T } from '../model/subjects';
import { asString, describe, UNKNOWN } from '../model/values';

/** NI-AKS-008: no Windows node pools. */
export const noWindowsNodePools: Rule = {
  id: 'NI-AKS-008',
  name: 'no-windows-node-pools',
  severity: RuleSeverity.ERROR,
  title: 'No Windows node pools',
  explanation:
    'Network isolated clusters support Linux node pools only: Windows nodes need artifacts that the ' +
    'private registry cache does not serve, so they fail to provision without egress.',
  fix: 'Remove the Windows node pool (os_type = "Windows") or move Windows workloads to another cluster.',
  docUrl: DOCS.networkIsolated,
  evaluate: (doc) =>
    checkEach(doc.resources(T.nodePool), (pool) => {
      const rawType = pool.config.os_type;
      const osType = asString(doc.literal(rawType));
      const osSku = asString(doc.literal(pool.config.os_sku));
      const windows = (v: typeof osType): boolean => typeof v === 'string' && v.toLowerCase().startsWith('windows');
      if (windows(osType) || windows(osSku) || osType === UNKNOWN) {
        return `os_type is ${describe(osType, rawType, '"Linux"')} (os_sku ${describe(
          osSku,
          pool.config.os_sku
        )}); allowed: "Linux".`;
      }
      return undefined;
    }),
};
