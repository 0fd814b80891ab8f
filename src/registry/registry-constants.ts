/** The cache rule AKS expects in a BYO registry, exactly (name, source and target). */
export const MCR_CACHE_RULE = {
  name: 'aks-managed-mcr',
  sourceRepo: 'mcr.microsoft.com/*',
  targetRepo: 'aks-managed-repository/*',
} as const;

/** The private DNS zone of container registries' private endpoints (Azure public cloud). */
export const ACR_PRIVATE_DNS_ZONE = 'privatelink.azurecr.io';
