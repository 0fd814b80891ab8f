/**
 * Stable AKS API version of the migration's azapi calls (cluster update and the agent pool action). One constant:
 * azurerm 4.64+ manages clusters with the same version.
 */
export const AKS_MIGRATION_API_VERSION = '2025-10-01';
