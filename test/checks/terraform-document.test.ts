import fc from 'fast-check';
import { TerraformDocument } from '../../src/checks/model/terraform-document';
import { valuesAt } from '../../src/checks/model/values';
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

  it('keeps data sources and managed resources of the same type and name apart', () => {
    // GIVEN a managed azurerm_subnet.nodes, and later a data source of the same type and name
    expect(doc.resolve('${data.azurerm_subnet.nodes.id}')).toBeUndefined();
    const json = compliantDoc();
    json.data.azurerm_subnet = { nodes: { name: 'nodes', virtual_network_name: 'vnet-hub' } };
    const d = new TerraformDocument(json);
    // THEN each reference resolves to its own block, and only the managed one is listed by type
    expect(d.resolve('${data.azurerm_subnet.nodes.id}')).toMatchObject({ kind: 'data', address: 'data.azurerm_subnet.nodes' });
    expect(d.resolve('${azurerm_subnet.nodes.id}')).toMatchObject({ kind: 'resource', address: A.nodes });
    expect(d.sameTarget('${data.azurerm_subnet.nodes.id}', '${azurerm_subnet.nodes.id}')).toBe(false);
    expect(d.resources('azurerm_subnet').map((r) => r.address)).toEqual([A.nodes, A.endpoints]);
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

  it('tells which required resources are not transitive dependencies, through chains and cycles', () => {
    // GIVEN x -> gate -> {a, cycle c1 <-> c2 -> b}, a self-dependent s, and y with nothing
    const json = compliantDoc();
    put(json, 'terraform_data.x', { depends_on: ['terraform_data.gate'] });
    put(json, 'terraform_data.gate', { depends_on: ['terraform_data.a', 'terraform_data.c1'] });
    put(json, 'terraform_data.c1', { depends_on: ['terraform_data.c2'] });
    put(json, 'terraform_data.c2', { depends_on: ['terraform_data.c1', 'terraform_data.b'] });
    put(json, 'terraform_data.s', { depends_on: ['terraform_data.s'] });
    for (const name of ['a', 'b', 'y']) put(json, `terraform_data.${name}`, {});
    const d = new TerraformDocument(json);
    const all = ['a', 'b', 'c1', 'c2', 'gate', 'x', 'y', 's'].map((n) => `terraform_data.${n}`);
    // THEN x covers everything below it, not itself, y or s; a cycle covers itself; s covers itself
    expect(d.missingDependencies('terraform_data.x', all)).toEqual(['terraform_data.x', 'terraform_data.y', 'terraform_data.s']);
    expect(d.missingDependencies('terraform_data.c2', all)).toEqual(['terraform_data.a', 'terraform_data.gate', 'terraform_data.x', 'terraform_data.y', 'terraform_data.s']);
    expect(d.missingDependencies('terraform_data.s', ['terraform_data.s', 'terraform_data.a'])).toEqual(['terraform_data.a']);
    expect(d.missingDependencies('terraform_data.missing', ['terraform_data.a'])).toEqual(['terraform_data.a']);
    expect(d.missingDependencies('terraform_data.x', ['terraform_data.missing'])).toEqual(['terraform_data.missing']);
    // AND references count only with includeReferences
    expect(d.missingDependencies(A.pool, [A.cluster, A.nodes], { includeReferences: true })).toEqual([]);
    expect(d.missingDependencies(A.pool, [A.cluster, A.nodes])).toEqual([A.cluster, A.nodes]);
  });

  it('property: missingDependencies agrees with the breadth-first dependencies() on random graphs', () => {
    const graph = fc.integer({ min: 1, max: 14 }).chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean()), { maxLength: n * 3 }),
      ),
    );
    fc.assert(
      fc.property(graph, fc.boolean(), ([n, edges], includeReferences) => {
        // depends_on edges, or (flag) attribute references
        const resource: { [type: string]: { [name: string]: any } } = { terraform_data: {} };
        for (let i = 0; i < n; i++) resource.terraform_data[`n${i}`] = { depends_on: [], triggers: [] };
        for (const [from, to, isReference] of edges) {
          const config = resource.terraform_data[`n${from}`];
          if (isReference) config.triggers.push(`\${terraform_data.n${to}.id}`);
          else config.depends_on.push(`terraform_data.n${to}`);
        }
        const d = new TerraformDocument({ resource });
        const addresses = Array.from({ length: n }, (_, i) => `terraform_data.n${i}`);
        for (const address of addresses) {
          const closure = d.dependencies(address, { includeReferences });
          expect(d.missingDependencies(address, addresses, { includeReferences })).toEqual(addresses.filter((a) => !closure.has(a)));
        }
      }),
      { numRuns: 300 },
    );
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
