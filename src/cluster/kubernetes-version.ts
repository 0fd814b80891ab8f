/**
 * A Kubernetes minor version (network isolated clusters need 1.30 or later). Prefer a minor version: a
 * pinned patch version breaks when the region drops it (`K8sVersionNotSupported`).
 */
export class KubernetesVersion {
  /** Kubernetes 1.30. */
  public static readonly V1_30 = KubernetesVersion.of('1.30');
  /** Kubernetes 1.31. */
  public static readonly V1_31 = KubernetesVersion.of('1.31');
  /** Kubernetes 1.32. */
  public static readonly V1_32 = KubernetesVersion.of('1.32');
  /** Kubernetes 1.33. */
  public static readonly V1_33 = KubernetesVersion.of('1.33');

  /** Any version string ("1.34", or a patch "1.31.2"); validated by the cluster. */
  public static of(version: string): KubernetesVersion {
    return new KubernetesVersion(version);
  }

  private constructor(
    /** The version string. */
    public readonly version: string,
  ) {}
}
