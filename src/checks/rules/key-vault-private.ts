import { finding, Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import { ADDON_T } from '../model/addon-wiring';
import { clusters } from '../model/subjects';
import { asBool, block, describe } from '../model/values';

/** NI-EXT-006: with the Key Vault secrets provider on, the stack's vaults are private, RBAC-authorized and rotate. */
export const keyVaultPrivate: Rule = {
  id: 'NI-EXT-006',
  name: 'key-vault-private',
  severity: RuleSeverity.WARNING,
  title: 'With the Key Vault secrets provider on: vaults have public access off and RBAC authorization; rotation is on',
  explanation:
    'The secrets provider reaches its vaults through the vault private endpoint. A vault with public network ' +
    'access takes requests from anywhere; access policies bypass Azure RBAC, so the Key Vault Secrets User ' +
    'grant the checks look for would not be what decides access. Without rotation, rotated secrets never ' +
    'reach the pods.',
  fix:
    'Set public_network_access_enabled = false and rbac_authorization_enabled = true on azurerm_key_vault and ' +
    'key_vault_secrets_provider { secret_rotation_enabled = true } (PrivateKeyVaultSecretsProvider does).',
  docUrl: 'https://learn.microsoft.com/azure/aks/csi-secrets-store-driver',
  evaluate: (doc) => {
    const users = clusters(doc).filter((c) => block(c.config, 'key_vault_secrets_provider'));
    if (users.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const cluster of users) {
      const raw = block(cluster.config, 'key_vault_secrets_provider')?.secret_rotation_enabled;
      const value = asBool(doc.literal(raw));
      if (value !== true) out.push(finding(cluster, `key_vault_secrets_provider.secret_rotation_enabled is ${describe(value, raw, 'false')}; allowed: true.`));
    }
    for (const vault of doc.resources(ADDON_T.keyVault)) {
      const pna = asBool(doc.literal(vault.config.public_network_access_enabled));
      if (pna !== false) out.push(finding(vault, `public_network_access_enabled is ${describe(pna, vault.config.public_network_access_enabled, 'true')}; allowed: false.`));
      const rbac = asBool(doc.literal(vault.config.rbac_authorization_enabled ?? vault.config.enable_rbac_authorization));
      if (rbac !== true) out.push(finding(vault, `rbac_authorization_enabled is ${describe(rbac, vault.config.rbac_authorization_enabled, 'false')}; allowed: true.`));
    }
    return out;
  },
};
