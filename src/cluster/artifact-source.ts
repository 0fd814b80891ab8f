import { PrivateRegistry } from '../registry/private-registry';

/** Where a network isolated cluster pulls node and add-on images from. */
export enum ArtifactSourceKind {
  /** AKS creates and reconciles a private ACR, endpoint and link. */
  AKS_MANAGED = 'AKS_MANAGED',
  /** A `PrivateRegistry` in the same app. */
  PRIVATE_REGISTRY = 'PRIVATE_REGISTRY',
  /** An existing registry, by id, wired by its owner. */
  EXISTING_REGISTRY = 'EXISTING_REGISTRY',
}

/** Options for `ArtifactSource.registryId()`. */
export interface ExistingRegistryOptions {
  /**
   * The registry uses ABAC repository permissions: grant "Container Registry Repository Reader" instead of AcrPull.
   * @default false
   */
  readonly abacRepositoryPermissions?: boolean;
}

/**
 * The bootstrap artifact source: always `Cache` (images through a private ACR), from an AKS-managed or your own registry.
 * @see https://learn.microsoft.com/azure/aks/concepts-network-isolated
 */
export class ArtifactSource {
  /**
   * AKS-managed registry: `artifact_source = "Cache"` and no registry id. Azure fills the id in, so the
   * cluster ignores changes to it (no plan drift).
   */
  public static aksManaged(): ArtifactSource {
    return new ArtifactSource(ArtifactSourceKind.AKS_MANAGED, undefined, undefined, false);
  }

  /** Your `PrivateRegistry`: the kubelet identity gets AcrPull, the cluster waits for the endpoint, DNS link and cache rule. */
  public static registry(registry: PrivateRegistry): ArtifactSource {
    return new ArtifactSource(ArtifactSourceKind.PRIVATE_REGISTRY, registry, registry.registryId, false);
  }

  /**
   * An existing Premium registry by resource id. The kubelet identity gets AcrPull (or Repository Reader);
   * its private endpoint, DNS and `aks-managed-mcr` cache rule are its owner's job.
   */
  public static registryId(registryId: string, options: ExistingRegistryOptions = {}): ArtifactSource {
    return new ArtifactSource(
      ArtifactSourceKind.EXISTING_REGISTRY,
      undefined,
      registryId,
      options.abacRepositoryPermissions ?? false,
    );
  }

  private constructor(
    /** Which kind of source. */
    public readonly kind: ArtifactSourceKind,
    /** The registry construct (PRIVATE_REGISTRY only). */
    public readonly privateRegistry: PrivateRegistry | undefined,
    /** Resource id of the registry (not for AKS_MANAGED). */
    public readonly registryResourceId: string | undefined,
    /** Grant Repository Reader instead of AcrPull. */
    public readonly abacRepositoryPermissions: boolean,
  ) {}
}
