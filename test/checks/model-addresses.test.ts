// The model's address scheme for module and count/for_each resources, as the plan and HCL readers write them.
import { addressCandidates, dependsOnAddress } from '../../src/checks/model/references';
import { TerraformDocument } from '../../src/checks/model/terraform-document';

const doc = new TerraformDocument({
  resource: {
    azurerm_subnet: { 'this["nodes"]': { name: 'nodes' }, 'this["pe"]': { name: 'pe' }, 'module.net.one[0]': { name: 'one' } },
    azurerm_kubernetes_cluster: {
      'module.aks.this': { default_node_pool: { vnet_subnet_id: '${azurerm_subnet.this["nodes"].id}' }, depends_on: ['azurerm_subnet.this'] },
    },
    azurerm_container_registry: { acr: { id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr' } },
  },
});

describe('module-qualified and indexed addresses', () => {
  it('keys resources by module path, type, name and instance key', () => {
    expect(doc.all.map((r) => r.address)).toEqual([
      'azurerm_subnet.this["nodes"]',
      'azurerm_subnet.this["pe"]',
      'module.net.azurerm_subnet.one[0]',
      'module.aks.azurerm_kubernetes_cluster.this',
      'azurerm_container_registry.acr',
    ]);
    expect(doc.get('module.aks.azurerm_kubernetes_cluster.this')?.name).toBe('this');
  });

  it('parses module paths and literal instance keys in references and depends_on', () => {
    expect(addressCandidates('${module.aks.azurerm_kubernetes_cluster.this.id}')).toEqual([
      { address: 'module.aks.azurerm_kubernetes_cluster.this', attribute: 'id' },
    ]);
    expect(addressCandidates('${azurerm_subnet.this["nodes"].id}')).toEqual([{ address: 'azurerm_subnet.this["nodes"]', attribute: 'id' }]);
    expect(addressCandidates('${azurerm_subnet.this[each.key].id}')).toEqual([{ address: 'azurerm_subnet.this', attribute: 'id' }]);
    expect(addressCandidates('${module.acr.registry_id}')).toEqual([]);
    expect(['module.a["x"].azurerm_b.c[1]', 'module.a.data.azurerm_b.c', 'module.a'].map(dependsOnAddress)).toEqual([
      'module.a["x"].azurerm_b.c[1]',
      'module.a.data.azurerm_b.c',
      undefined,
    ]);
  });

  it('resolves an indexed reference to that instance, and a bare one only when there is one instance', () => {
    expect(doc.resolve('${azurerm_subnet.this["nodes"].id}')?.address).toBe('azurerm_subnet.this["nodes"]');
    expect(doc.resolve('${azurerm_subnet.this[each.key].id}')).toBeUndefined(); // two instances: not a guess
    expect(doc.resolve('${module.net.azurerm_subnet.one.id}')?.address).toBe('module.net.azurerm_subnet.one[0]');
  });

  it('follows depends_on on a counted resource to all its instances', () => {
    expect(doc.dependsOn('module.aks.azurerm_kubernetes_cluster.this').map((r) => r.address)).toEqual([
      'azurerm_subnet.this["nodes"]',
      'azurerm_subnet.this["pe"]',
    ]);
  });

  it('resolves a literal Azure id to the resource whose planned id it is (case-insensitive)', () => {
    const id = '/subscriptions/s/resourceGroups/RG/providers/Microsoft.ContainerRegistry/registries/acr';
    expect(doc.resolve(id)?.address).toBe('azurerm_container_registry.acr');
    expect(doc.sameTarget(id, '${azurerm_container_registry.acr.id}')).toBe(true);
  });
});
