/**
 * A Kubernetes version (network isolated clusters need 1.30 or later). Prefer no version (the region's
 * default) or a minor version: a pinned patch version breaks when the region drops it
 * (`K8sVersionNotSupported`), and a minor version leaves standard support about a year after its AKS release.
 * @see https://learn.microsoft.com/azure/aks/supported-kubernetes-versions
 */
export class KubernetesVersion {
  /**
   * Kubernetes 1.30.
   * @deprecated AKS serves 1.30 only under long-term support (`SupportPlan.LONG_TERM_SUPPORT`): use
   * `KubernetesVersion.of()` with a minor version the region supports, or omit the version.
   */
  public static readonly V1_30 = KubernetesVersion.of('1.30');
  /**
   * Kubernetes 1.31.
   * @deprecated AKS serves 1.31 only under long-term support (`SupportPlan.LONG_TERM_SUPPORT`): use
   * `KubernetesVersion.of()` with a minor version the region supports, or omit the version.
   */
  public static readonly V1_31 = KubernetesVersion.of('1.31');
  /**
   * Kubernetes 1.32.
   * @deprecated AKS serves 1.32 only under long-term support (`SupportPlan.LONG_TERM_SUPPORT`): use
   * `KubernetesVersion.of()` with a minor version the region supports, or omit the version.
   */
  public static readonly V1_32 = KubernetesVersion.of('1.32');
  /**
   * Kubernetes 1.33.
   * @deprecated AKS serves 1.33 only under long-term support (`SupportPlan.LONG_TERM_SUPPORT`): use
   * `KubernetesVersion.of()` with a minor version the region supports, or omit the version.
   */
  public static readonly V1_33 = KubernetesVersion.of('1.33');

  /**
   * Any version string: a minor version "1.MINOR" (best) or a patch version "1.MINOR.PATCH"; validated by the
   * cluster. `az aks get-versions --location <region>` lists what a region serves.
   */
  public static of(version: string): KubernetesVersion {
    return new KubernetesVersion(version);
  }

  private constructor(
    /** The version string. */
    public readonly version: string,
  ) {}
}

/**
 * The cluster's Kubernetes support plan (`support_plan`).
 * @see https://learn.microsoft.com/azure/aks/long-term-support
 */
export class SupportPlan {
  /** Community (standard) support: the minor versions AKS serves to every tier. */
  public static readonly KUBERNETES_OFFICIAL = new SupportPlan('KubernetesOfficial', false);
  /**
   * Long-term support: a minor version stays supported for a second year after it leaves community support.
   * Needs the Premium tier: the cluster sets `sku_tier = "Premium"` (billed per cluster hour) and
   * `support_plan = "AKSLongTermSupport"`.
   */
  public static readonly LONG_TERM_SUPPORT = new SupportPlan('AKSLongTermSupport', true);

  private constructor(
    /** The value of `support_plan`. */
    public readonly value: string,
    /** True when the plan needs the Premium tier. */
    public readonly needsPremiumTier: boolean,
  ) {}
}
