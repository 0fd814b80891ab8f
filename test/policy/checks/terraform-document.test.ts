import { TerraformDocument } from '../../../src/policy/checks/terraform-document';
import { valuesAt } from '../../../src/policy/checks/values';
import { compliantDoc, A, put } from './fixtures';

describe('TerraformDocument', () => {
  const doc = new TerraformDocument(compliantDoc());

  it('lists resources by type and gets them by address', () => {
    expect(doc.resources('azurerm_subnet').map((r) => r.address)).toEqual([A.nodes, A.endpoints]);
    expect(doc.get(A.cluster)?.type).toBe('azurerm_kubernetes_cluster');
    expect(doc.get('data.azurerm_client_config.current')?.kind).toBe('data');
    expect(doc.resources('azurerm_nothing')).toEqual([]);
  });

  it('reads the construct path from the // metadata', () => {
    expect(doc.constructPath(A.cluster)).toBe('fixture/aks/Cluster');
    expect(doc.constructPath(A.zone)).toBeUndefined();
  });

  it('resolves references, also inside bigger interpolations and to data sources', () => {
    expect(doc.resolve('${azurerm_container_registry.acr.id}')?.address).toBe(A.registry);
    expect(doc.resolve('prefix-${azurerm_subnet.nodes.id}/suffix')?.address).toBe(A.nodes);
    expect(doc.resolve('${element(azurerm_subnet.endpoints[*].id, 0)}')?.address).toBe(A.endpoints);
    expect(doc.resolve('${data.azurerm_client_config.current.tenant_id}')?.address).toBe('data.azurerm_client_config.current');
    expect(doc.references('${azurerm_subnet.nodes.id}-${var.x}-${azurerm_subnet.endpoints.name}').map((r) => r.attribute)).toEqual(['id', 'name']);
    expect(doc.references({ a: ['${azurerm_subnet.nodes.id}'] }).map((r) => r.resource.address)).toEqual([A.nodes]);
  });

  it('resolves nothing for literals, unknown resources, variables and escaped $${', () => {
    for (const value of ['azurerm_subnet.nodes.id', '${azurerm_subnet.missing.id}', '${var.subnet}', '$${azurerm_subnet.nodes.id}', 42, null, undefined, {}]) {
      expect(doc.resolve(value)).toBeUndefined();
    }
  });

  it('follows variable defaults and locals in literal()', () => {
    const d = new TerraformDocument({ variable: { a: { default: '${local.b}' } }, locals: { b: 'value' }, resource: {} });
    expect(d.literal('${var.a}')).toBe('value');
    expect(d.literal('${var.missing}')).toBe('${var.missing}');
    expect(d.literal('plain')).toBe('plain');
  });

  it('matches values that point at the same resource or literal', () => {
    expect(doc.sameTarget('${azurerm_user_assigned_identity.cp.id}', '${azurerm_user_assigned_identity.cp.principal_id}')).toBe(true);
    expect(doc.sameTarget('/Subscriptions/X', '/subscriptions/x')).toBe(true);
    expect(doc.sameTarget('${azurerm_subnet.nodes.id}', '${azurerm_subnet.endpoints.id}')).toBe(false);
    expect(doc.sameTarget(undefined, undefined)).toBe(false);
  });

  it('finds resources by attribute through object or list blocks', () => {
    expect(doc.findByAttribute('azurerm_private_endpoint', ['private_service_connection', 'private_connection_resource_id'], '${azurerm_container_registry.acr.id}').map((r) => r.address)).toEqual([A.endpoint]);
    expect(doc.referrers(A.registry, 'azurerm_role_assignment').map((r) => r.address)).toEqual([A.acrPull]);
  });

  it('computes transitive depends_on, terminating on cycles', () => {
    // GIVEN a -> b -> c -> a and the cluster -> a
    const json = compliantDoc();
    put(json, 'terraform_data.a', { depends_on: ['terraform_data.b'] });
    put(json, 'terraform_data.b', { depends_on: ['${terraform_data.c}'] });
    put(json, 'terraform_data.c', { depends_on: ['terraform_data.a', 'module.ignored'] });
    const d = new TerraformDocument(json);
    // THEN the closure holds the cycle once and stops
    expect([...d.dependencies('terraform_data.a')].sort()).toEqual(['terraform_data.a', 'terraform_data.b', 'terraform_data.c']);
    expect(d.dependsOn('terraform_data.c').map((r) => r.address)).toEqual(['terraform_data.a']);
    expect(d.dependencies(A.pool, { includeReferences: true }).has(A.cluster)).toBe(true);
    expect(d.dependencies(A.pool).has(A.cluster)).toBe(false);
  });

  it('never throws on unexpected shapes', () => {
    for (const json of [null, 42, 'x', [], { resource: 'x' }, { resource: { t: 'x' } }, { resource: { t: { n: null } } }, { resource: [{ t: { n: [{ a: 1 }] } }] }]) {
      expect(() => new TerraformDocument(json).all).not.toThrow();
    }
    expect(new TerraformDocument({ resource: [{ t: { n: [{ a: 1 }] } }] }).get('t.n')?.config).toEqual({ a: 1 });
  });

  it('valuesAt walks blocks given as objects or lists', () => {
    expect(valuesAt({ a: [{ b: 1 }, { b: [2, 3] }] }, ['a', 'b'])).toEqual([1, 2, 3]);
    expect(valuesAt({ a: 'x' }, ['a', 'b'])).toEqual([]);
  });
});
