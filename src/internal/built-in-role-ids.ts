/** Built-in Azure role definition GUIDs (the same in every tenant). */
export const ROLE_IDS = {
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
  managedIdentityOperator: 'f1a07417-d97a-45cb-824c-7a7467783830',
  networkContributor: '4d97b98b-1d4f-4787-a291-c67834d212e7',
  privateDnsZoneContributor: 'b12aa53e-6015-4669-85d0-8515ebb3ae7f',
  containerRegistryRepositoryReader: 'b93aa761-3e63-49ed-ac28-beffa264f7ac',
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
} as const;
