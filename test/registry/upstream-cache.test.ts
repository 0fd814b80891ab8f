import { IsolatedNetwork, PrivateRegistry, UpstreamRegistry } from '../../src';
import { addressAt, newStack, refAt, resourceAt, RG, resourcesOf, synth } from '../helpers';

const VAULT = '/subscriptions/s/resourceGroups/r/providers/Microsoft.KeyVault/vaults/kv1';
const CREDS = { keyVaultId: VAULT, usernameSecretId: 'https://kv1.vault.azure.net/secrets/hub-user', passwordSecretId: 'https://kv1.vault.azure.net/secrets/hub-token' };

function registry() {
  const stack = newStack();
  const network = new IsolatedNetwork(stack, 'Network', RG);
  return { stack, registry: new PrivateRegistry(stack, 'Registry', { ...RG, network }) };
}

describe('PrivateRegistry.addUpstreamCacheRule', () => {
  test('Docker Hub rule with a Key Vault credential set whose identity reads the vault first', () => {
    const { stack, registry: r } = registry();
    r.addUpstreamCacheRule('Nginx', { name: 'dockerhub-nginx', upstream: UpstreamRegistry.DOCKER_HUB, sourceRepository: 'library/nginx', targetRepository: 'docker/nginx', credentials: CREDS });
    const json = synth(stack);
    const rule = resourceAt(json, 'azurerm_container_registry_cache_rule', 'Registry/Nginx/CacheRule');
    expect(rule).toMatchObject({ name: 'dockerhub-nginx', source_repo: 'docker.io/library/nginx', target_repo: 'docker/nginx', credential_set_id: refAt(json, 'azurerm_container_registry_credential_set', 'Registry/Nginx/CredentialSet') });
    expect(resourceAt(json, 'azurerm_container_registry_credential_set', 'Registry/Nginx/CredentialSet')).toMatchObject({
      login_server: 'docker.io',
      identity: { type: 'SystemAssigned' },
      authentication_credentials: { username_secret_id: CREDS.usernameSecretId, password_secret_id: CREDS.passwordSecretId },
    });
    const grant = resourceAt(json, 'azurerm_role_assignment', 'Registry/Nginx/CredentialSetSecretsUser');
    expect(grant).toMatchObject({ scope: VAULT, principal_id: `\${${addressAt(json, 'azurerm_container_registry_credential_set', 'Registry/Nginx/CredentialSet')}.identity[0].principal_id}` });
    expect(grant.role_definition_id).toMatch(/4633458b-17de-408a-b874-0445c86b69e6$/);
    expect(rule.depends_on).toEqual([addressAt(json, 'azurerm_role_assignment', 'Registry/Nginx/CredentialSetSecretsUser')]);
  });

  test('GitHub, Quay and partner rules without credentials create no credential set', () => {
    const { stack, registry: r } = registry();
    r.addUpstreamCacheRule('Ghcr', { upstream: UpstreamRegistry.GITHUB, sourceRepository: 'org/*', targetRepository: 'ghcr/org/*' });
    r.addUpstreamCacheRule('Quay', { upstream: UpstreamRegistry.QUAY, sourceRepository: 'prometheus/node-exporter', targetRepository: 'quay/node-exporter' });
    r.addUpstreamCacheRule('Nvidia', { upstream: UpstreamRegistry.partner('nvcr.io'), sourceRepository: 'nvidia/*', targetRepository: 'nvidia/*' });
    const json = synth(stack);
    const sources = Object.values(resourcesOf(json, 'azurerm_container_registry_cache_rule')).map((c: any) => c.source_repo);
    expect(sources).toEqual(expect.arrayContaining(['ghcr.io/org/*', 'quay.io/prometheus/node-exporter', 'nvcr.io/nvidia/*']));
    expect(resourcesOf(json, 'azurerm_container_registry_credential_set')).toEqual({});
  });

  test.each([
    [{ name: 'ab' }, /name "ab" is not valid/],
    [{ sourceRepository: 'Library/Nginx' }, /sourceRepository "Library\/Nginx" is not valid/],
    [{ targetRepository: 'docker/*' }, /must both end in "\/\*" or neither/],
    [{ targetRepository: 'aks-managed-repository/nginx' }, /AKS bootstrap namespace/],
    [{ credentials: { ...CREDS, passwordSecretId: 'hub-token' } }, /credentials.passwordSecretId "hub-token" is not valid/],
  ])('rejects %j', (bad, message) => {
    const { registry: r } = registry();
    expect(() => r.addUpstreamCacheRule('Bad', { name: 'dockerhub-nginx', upstream: UpstreamRegistry.DOCKER_HUB, sourceRepository: 'library/nginx', targetRepository: 'docker/nginx', ...bad })).toThrow(message);
  });

  test('partner login servers are host names, and MCR stays with the bootstrap rule', () => {
    expect(() => UpstreamRegistry.partner('https://nvcr.io/v2')).toThrow(/is not a registry host name/);
    expect(() => UpstreamRegistry.partner('mcr.microsoft.com')).toThrow(/aks-managed-mcr/);
  });
});
