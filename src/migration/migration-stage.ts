/**
 * One step of taking an existing cluster to network isolated, in the only order AKS accepts: the artifact
 * source first (Cache), then a node image upgrade of every pool so the nodes bootstrap from the cache, then
 * the outbound type. AKS refuses the artifact source and the outbound type in one update
 * (`InvalidNetworkIsolatedClusterConfiguration`), and Cache is a one-way door (`BootstrapArtifactSourceNotAllowed`).
 * @see https://learn.microsoft.com/azure/aks/network-isolated
 */
export class MigrationStage {
  /** Stage 1: `bootstrap_profile.artifact_source = "Cache"` (with the registry wiring); the outbound type is kept. */
  public static readonly ARTIFACT_CACHE = new MigrationStage(1, 'ARTIFACT_CACHE', 'artifact source Cache, outbound type kept');

  /** Stage 2: everything of stage 1, plus a node image upgrade of every pool so the nodes bootstrap from the cache. */
  public static readonly REIMAGE_NODES = new MigrationStage(2, 'REIMAGE_NODES', 'node image upgrade of every pool');

  /** Stage 3: everything of stage 2, plus outbound type `none` (or `block`, preview): the cluster is network isolated. */
  public static readonly ISOLATED = new MigrationStage(3, 'ISOLATED', 'outbound type none: network isolated');

  /** Every stage, in order. */
  public static all(): MigrationStage[] {
    return [MigrationStage.ARTIFACT_CACHE, MigrationStage.REIMAGE_NODES, MigrationStage.ISOLATED];
  }

  private constructor(
    /** 1, 2 or 3. */
    public readonly number: number,
    /** The constant's name, e.g. `ARTIFACT_CACHE`. */
    public readonly name: string,
    /** What the stage changes, for messages. */
    public readonly description: string,
  ) {}

  /** True when this stage includes the work of `other` (stages are cumulative). */
  public includes(other: MigrationStage): boolean {
    return this.number >= other.number;
  }
}
