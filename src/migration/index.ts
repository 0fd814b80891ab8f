// Public surface of the migration of an existing cluster to network isolated.
export { ClusterMigration } from './cluster-migration';
export { ClusterMigrationProps } from './cluster-migration-props';
export { MigrationStage } from './migration-stage';
export { ClusterIdTargetOptions, KubernetesClusterTargetOptions, MigrationTarget, MigrationTargetKind } from './migration-target';
