import { TerraformOutput, TerraformVariable, Testing } from 'cdktf';
import { PolicyScope, PolicyScopeKind } from '../../src/policy';

const GUID = '00000000-0000-0000-0000-000000000000';

/** Resolves a scope built from a string variable, through an output in a synthesized stack. */
function resolvedFromVariable(factory: (id: string) => PolicyScope): string {
  const json = Testing.synthScope((scope) => {
    const input = new TerraformVariable(scope, 'input', { type: 'string' });
    new TerraformOutput(scope, 'scope_id', { value: factory(input.stringValue).scopeId });
  });
  return JSON.parse(json).output.scope_id.value;
}

describe('PolicyScope.subscription', () => {
  test('normalizes a GUID to the subscription resource id', () => {
    const scope = PolicyScope.subscription(GUID);
    expect(scope.kind).toBe(PolicyScopeKind.SUBSCRIPTION);
    expect(scope.scopeId).toBe(`/subscriptions/${GUID}`);
  });

  test('keeps a subscription resource id', () => {
    expect(PolicyScope.subscription(`/subscriptions/${GUID}`).scopeId).toBe(`/subscriptions/${GUID}`);
  });

  test.each(['not-a-guid', `/subscriptions/${GUID}/`, `/subscriptions/abc`, `subscriptions/${GUID}`, ''])(
    'rejects %p, naming the value and the formats',
    (bad) => {
      expect(() => PolicyScope.subscription(bad)).toThrow(
        new RegExp(
          `PolicyScope\\.subscription\\(\\): subscriptionId "${escape(
            bad
          )}" is not in a format Azure accepts.*/subscriptions/0{8}`
        )
      );
    }
  );

  test('normalizes a token (GUID or resource id) with a Terraform expression', () => {
    // GIVEN a subscription id only known at plan time
    // WHEN it becomes a scope
    const resolved = resolvedFromVariable((id) => PolicyScope.subscription(id));
    // THEN the prefix is stripped and added back, so both forms end up as a resource id
    expect(resolved).toBe('${format("/subscriptions/%s", trimprefix(var.input, "/subscriptions/"))}');
  });
});

describe('PolicyScope.managementGroup', () => {
  test('normalizes a management group name to its resource id', () => {
    const scope = PolicyScope.managementGroup('platform-(prod)_1.a');
    expect(scope.kind).toBe(PolicyScopeKind.MANAGEMENT_GROUP);
    expect(scope.scopeId).toBe('/providers/Microsoft.Management/managementGroups/platform-(prod)_1.a');
  });

  test('keeps a management group resource id', () => {
    const id = '/providers/Microsoft.Management/managementGroups/platform';
    expect(PolicyScope.managementGroup(id).scopeId).toBe(id);
  });

  test.each(['platform.', 'has space', 'a/b', 'x'.repeat(91), '', '/providers/Microsoft.Management/managementGroups/'])(
    'rejects %p',
    (bad) => {
      expect(() => PolicyScope.managementGroup(bad)).toThrow(
        /PolicyScope\.managementGroup\(\): managementGroupId ".*" is not in a format Azure accepts. Allowed: platform or \/providers\/Microsoft.Management\/managementGroups\/platform/
      );
    }
  );

  test('normalizes a token with a Terraform expression', () => {
    expect(resolvedFromVariable((id) => PolicyScope.managementGroup(id))).toBe(
      '${format("/providers/Microsoft.Management/managementGroups/%s", trimprefix(var.input, "/providers/Microsoft.Management/managementGroups/"))}'
    );
  });
});

describe('PolicyScope.resourceGroup', () => {
  test('keeps a resource group id', () => {
    const id = `/subscriptions/${GUID}/resourceGroups/rg-aks_(prod).1`;
    const scope = PolicyScope.resourceGroup(id);
    expect(scope.kind).toBe(PolicyScopeKind.RESOURCE_GROUP);
    expect(scope.scopeId).toBe(id);
  });

  test.each([
    'rg-aks',
    `/subscriptions/${GUID}/resourcegroups/rg-aks`,
    `/subscriptions/${GUID}/resourceGroups/rg-aks.`,
    `/subscriptions/${GUID}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks`,
    `/subscriptions/abc/resourceGroups/rg-aks`,
  ])('rejects %p', (bad) => {
    expect(() => PolicyScope.resourceGroup(bad)).toThrow(
      /PolicyScope\.resourceGroup\(\): resourceGroupId ".*" is not in a format Azure accepts. Allowed: \/subscriptions\/0{8}-0{4}-0{4}-0{4}-0{12}\/resourceGroups\/rg-aks/
    );
  });

  test('passes a token through unchanged', () => {
    expect(resolvedFromVariable((id) => PolicyScope.resourceGroup(id))).toBe('${var.input}');
  });
});

/** Escapes a literal for use inside a RegExp. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
