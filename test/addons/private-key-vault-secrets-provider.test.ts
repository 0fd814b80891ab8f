import { evaluateGlobalName, expectedGlobalNameExpression } from '../global-name-eval';
import { PrivateKeyVaultSecretsProvider } from '../../src';
import { addressAt, onlyResource, refAt, resourcesOf, synth } from '../helpers';
import { clusterStack } from './addon-stack';

function withSecrets(props: Partial<ConstructorParameters<typeof PrivateKeyVaultSecretsProvider>[2]> = {}) {
  const { stack, cluster } = clusterStack();
  const secrets = new PrivateKeyVaultSecretsProvider(stack, 'Secrets', { cluster, ...props });
  return { json: synth(stack), secrets };
}

describe('PrivateKeyVaultSecretsProvider', () => {
  const { json } = withSecrets();
  const vault = refAt(json, 'azurerm_key_vault', 'Secrets/Vault');

  test('turns the add-on on with rotation', () => {
    expect(onlyResource(json, 'azurerm_kubernetes_cluster').key_vault_secrets_provider).toEqual({ secret_rotation_enabled: true, secret_rotation_interval: '2m' });
  });

  test('the vault is private, RBAC-authorized and purge-protected', () => {
    expect(onlyResource(json, 'azurerm_key_vault')).toMatchObject({
      public_network_access_enabled: false,
      rbac_authorization_enabled: true,
      purge_protection_enabled: true,
      network_acls: { default_action: 'Deny' },
    });
  });

  test('default vault name is built in Terraform from subscription, resource group and construct path (3-24)', () => {
    const name = onlyResource(json, 'azurerm_key_vault').name;
    expect(name).toBe(expectedGlobalNameExpression('test-secrets', '-', 'rg-test', 'test/Secrets', 8));
    const value = evaluateGlobalName(name, '00000000-0000-0000-0000-000000000001');
    expect(value).toMatch(/^test-secrets-[0-9a-f]{8}$/);
    expect(value.length).toBeLessThanOrEqual(24);
  });

  test('vault private endpoint with the privatelink.vaultcore.azure.net zone linked to the VNet', () => {
    const endpoint = onlyResource(json, 'azurerm_private_endpoint');
    expect(endpoint.private_service_connection).toMatchObject({ subresource_names: ['vault'], private_connection_resource_id: vault, is_manual_connection: false });
    expect(endpoint.private_dns_zone_group.private_dns_zone_ids).toEqual([refAt(json, 'azurerm_private_dns_zone', 'Secrets/PrivateLink/Zone0')]);
    expect(onlyResource(json, 'azurerm_private_dns_zone').name).toBe('privatelink.vaultcore.azure.net');
    expect(endpoint.depends_on).toEqual([addressAt(json, 'azurerm_private_dns_zone_virtual_network_link', 'Secrets/PrivateLink/Zone0Link')]);
  });

  test('Key Vault Secrets User for the add-on identity on the vault', () => {
    const grant = Object.values(resourcesOf(json, 'azurerm_role_assignment')).find((r: any) => r.scope === vault) as any;
    expect(grant.role_definition_id).toMatch(/roleDefinitions\/4633458b-17de-408a-b874-0445c86b69e6$/);
    expect(grant.principal_id).toBe(`\${${addressAt(json, 'azurerm_kubernetes_cluster', 'Aks/Cluster')}.key_vault_secrets_provider[0].secret_identity[0].object_id}`);
  });

  test('dependables order secret readers after the grant, the endpoint and the zone link', () => {
    const { secrets } = withSecrets();
    expect(secrets.dependables).toEqual([secrets.secretsUserGrant, ...secrets.privateLink.dependables]);
    expect(secrets.privateLink.dependables).toHaveLength(2);
  });

  test('existing vault and hub zone: no vault, no zone', () => {
    const { json: hub } = withSecrets({ existingKeyVaultId: '/subscriptions/s/resourceGroups/r/providers/Microsoft.KeyVault/vaults/kv1', existingPrivateDnsZoneId: '/zones/vault' });
    expect(resourcesOf(hub, 'azurerm_key_vault')).toEqual({});
    expect(resourcesOf(hub, 'azurerm_private_dns_zone')).toEqual({});
    expect(onlyResource(hub, 'azurerm_private_endpoint').private_dns_zone_group.private_dns_zone_ids).toEqual(['/zones/vault']);
  });

  test('rejects an invalid vault name', () => {
    expect(() => withSecrets({ vaultName: 'kv--bad' })).toThrow(/vaultName "kv--bad" breaks the Azure naming rule for key vaults/);
  });
});
