/**
 * Node OS upgrade channels a network isolated cluster supports (SecurityPatch and Unmanaged are not).
 * @see https://learn.microsoft.com/azure/aks/concepts-network-isolated#limitations
 */
export enum NodeOsUpgradeChannel {
  /** Weekly node image upgrades, pulled through the private registry. */
  NODE_IMAGE = 'NodeImage',
  /** No automatic node OS upgrades. */
  NONE = 'None',
}

/** Cluster (Kubernetes version) auto-upgrade channels. */
export enum AutomaticUpgradeChannel {
  /** Latest patch of the current minor version. */
  PATCH = 'patch',
  /** Latest patch of minor N-1. */
  STABLE = 'stable',
  /** Latest patch of the latest minor. */
  RAPID = 'rapid',
  /** Node image only. */
  NODE_IMAGE = 'node-image',
  /** No automatic upgrades. */
  NONE = 'none',
}

/** Kubernetes network policy engines. */
export enum NetworkPolicy {
  /** Cilium network policy (needs `NetworkDataPlane.CILIUM`). */
  CILIUM = 'cilium',
  /** Calico network policy. */
  CALICO = 'calico',
  /** Azure Network Policy Manager. */
  AZURE = 'azure',
}

/** Network data planes of Azure CNI. */
export enum NetworkDataPlane {
  /** Azure CNI powered by Cilium. */
  CILIUM = 'cilium',
  /** The classic Azure data plane. */
  AZURE = 'azure',
}

/**
 * AKS pricing tier (`sku_tier`).
 * @see https://learn.microsoft.com/azure/aks/free-standard-pricing-tiers
 */
export enum SkuTier {
  /** No financially backed SLA; for dev/test. */
  FREE = 'Free',
  /** Uptime SLA and a control plane that scales with the cluster; for production. */
  STANDARD = 'Standard',
  /** Standard plus long-term support (needed by `SupportPlan.LONG_TERM_SUPPORT`). */
  PREMIUM = 'Premium',
}
