import { Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { IsolatedNetwork, NetworkIsolatedCluster, PrivateRegistry } from '../../src';
import { NAME_RULES } from '../../src/internal/naming-rules';
import { defaultName } from '../../src/internal/naming';
import { checkTags } from '../../src/internal/validation';
import { evaluateGlobalName } from '../global-name-eval';
import { newStack, onlyResource, RG, resourcesOf, synth } from '../helpers';

const SUB = '00000000-0000-0000-0000-000000000001';

function deepScope(stack: TerraformStack, depth: number, idLength: number): Construct {
  let scope: Construct = stack;
  for (let i = 0; i < depth; i++) scope = new Construct(scope, `Level${i}-${'x'.repeat(idLength)}`);
  return scope;
}

describe('default names', () => {
  test('are deterministic and differ for different paths', () => {
    const stack = new TerraformStack(Testing.app(), 'stack');
    const a = new Construct(stack, 'A');
    const b = new Construct(stack, 'B');
    expect(defaultName(a, { maxLength: 63 })).toBe(defaultName(a, { maxLength: 63 }));
    expect(defaultName(a, { maxLength: 63 })).not.toBe(defaultName(b, { maxLength: 63 }));
  });

  test('a very long construct path still yields valid names for every resource', () => {
    // GIVEN a construct path of ~2,000 characters
    const stack = newStack('a-stack-with-a-long-name');
    const scope = deepScope(stack, 20, 90);
    // WHEN every construct is created with default names
    const network = new IsolatedNetwork(scope, 'Network', RG);
    const registry = new PrivateRegistry(scope, 'Registry', { ...RG, network });
    const cluster = new NetworkIsolatedCluster(scope, 'Aks', { ...RG, network });
    cluster.addNodePool('Pool');
    expect(registry).toBeDefined();
    const json = synth(stack);
    // THEN each name follows its Azure rule
    const rules: Array<[string, string, { pattern: RegExp; maxLength: number; minLength: number }]> = [
      ['azurerm_kubernetes_cluster', 'name', NAME_RULES.cluster],
      ['azurerm_kubernetes_cluster', 'dns_prefix', NAME_RULES.dnsPrefix],
      ['azurerm_kubernetes_cluster_node_pool', 'name', NAME_RULES.nodePool],
      ['azurerm_container_registry', 'name', NAME_RULES.registry],
      ['azurerm_user_assigned_identity', 'name', NAME_RULES.identity],
      ['azurerm_virtual_network', 'name', NAME_RULES.virtualNetwork],
      ['azurerm_subnet', 'name', NAME_RULES.subnetOrSecurityGroup],
      ['azurerm_network_security_group', 'name', NAME_RULES.subnetOrSecurityGroup],
      ['azurerm_private_endpoint', 'name', NAME_RULES.privateEndpoint],
    ];
    for (const [type, attribute, rule] of rules) {
      for (const resource of Object.values(resourcesOf(json, type))) {
        // The registry's default name is a Terraform expression (globally unique): judge its value for a subscription.
        const name: string = type === 'azurerm_container_registry' ? evaluateGlobalName(resource[attribute], SUB) : resource[attribute];
        expect({ type, name, ok: name.length >= rule.minLength && name.length <= rule.maxLength && rule.pattern.test(name) }).toEqual({ type, name, ok: true });
      }
    }
    expect(evaluateGlobalName(onlyResource(json, 'azurerm_container_registry').name, SUB)).toHaveLength(50);
  });
});

describe('tags', () => {
  const scope = new Construct(new TerraformStack(Testing.app(), 's'), 'Tagged');
  test.each<[{ [k: string]: string }, RegExp]>([
    [Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])), /tags "51 tags" exceeds 50 tags/],
    [{ 'a/b': 'v' }, /tags "a\/b" is not a valid tag name/],
    [{ ['k'.repeat(513)]: 'v' }, /is not a valid tag name/],
    [{ k: 'v'.repeat(257) }, /has a value longer than 256 characters/],
  ])('rejects %#', (tags, message) => {
    expect(() => checkTags(scope, tags)).toThrow(message);
  });

  test('accepts valid tags and passes them to the resources', () => {
    expect(() => checkTags(scope, { env: 'prod', 'cost-center': '42' })).not.toThrow();
  });

  test('every construct validates its tags', () => {
    const stack = new TerraformStack(Testing.app(), 't');
    expect(() => new IsolatedNetwork(stack, 'N', { ...RG, tags: { 'a%b': 'x' } })).toThrow(/t\/N: tags "a%b"/);
    expect(() => new NetworkIsolatedCluster(stack, 'C', { ...RG, tags: { 'a?b': 'x' } })).toThrow(/t\/C: tags "a\?b"/);
  });
});
