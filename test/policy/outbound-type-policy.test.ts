import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { BUILT_IN_PRIVATE_CLUSTER_POLICY_ID, KNOWN_POLICY_FIELDS } from '../../src/internal/policy-aliases';
import { OutboundTypePolicy, OutboundTypePolicyProps, PolicyEffect, PolicyScope } from '../../src/policy';

type Json = { [key: string]: any };

const GUID = '00000000-0000-0000-0000-000000000000';
const SUBSCRIPTION = PolicyScope.subscription(GUID);
const MANAGEMENT_GROUP = PolicyScope.managementGroup('platform');
const RESOURCE_GROUP = PolicyScope.resourceGroup(`/subscriptions/${GUID}/resourceGroups/rg-aks`);
const ASSIGNMENT_TYPES = [
  'azurerm_subscription_policy_assignment',
  'azurerm_management_group_policy_assignment',
  'azurerm_resource_group_policy_assignment',
];

/** Synthesizes one OutboundTypePolicy with id "guardrail" and returns the parsed `resource` block. */
function synth(props: Partial<OutboundTypePolicyProps> = {}): Json {
  const json = Testing.synthScope((scope) => {
    new OutboundTypePolicy(scope, 'guardrail', { scope: SUBSCRIPTION, ...props });
  });
  return JSON.parse(json).resource;
}

/** The only resource of a type. */
function only(resources: Json, type: string): Json {
  const all = Object.values(resources[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0] as Json;
}

/** The only assignment, whatever its scope, with its type. */
function assignmentOf(resources: Json): { type: string; assignment: Json } {
  const types = ASSIGNMENT_TYPES.filter((t) => resources[t] !== undefined);
  expect(types).toHaveLength(1);
  return { type: types[0], assignment: only(resources, types[0]) };
}

/** Every `[parameters('x')]` reference in a JSON document. */
function parameterRefs(document: unknown): string[] {
  return [...JSON.stringify(document).matchAll(/\[parameters\('([^']+)'\)\]/g)].map((m) => m[1]);
}

/** A copy of the resources with every policy JSON document (rule, parameters, metadata) parsed. */
function withParsedDocuments(resources: Json): Json {
  const documents = ['policy_rule', 'parameters', 'metadata', 'parameter_values'];
  return JSON.parse(JSON.stringify(resources), (key, value) =>
    documents.includes(key) && typeof value === 'string' ? JSON.parse(value) : value
  );
}

const OPERATORS = ['equals', 'notEquals', 'in', 'notIn', 'exists', 'greater', 'less', 'like', 'notLike', 'contains'];

/** Asserts a policy rule condition is well-formed and returns every `field` it uses. */
function conditionFields(condition: Json): string[] {
  const keys = Object.keys(condition);
  if ('allOf' in condition || 'anyOf' in condition) {
    expect(keys).toHaveLength(1);
    const list = condition.allOf ?? condition.anyOf;
    expect(Array.isArray(list) && list.length > 0).toBe(true);
    return list.flatMap(conditionFields);
  }
  if ('not' in condition) {
    expect(keys).toHaveLength(1);
    return conditionFields(condition.not);
  }
  const operators = keys.filter((k) => OPERATORS.includes(k));
  expect(operators).toHaveLength(1);
  if ('count' in condition) {
    expect(keys.sort()).toEqual(['count', operators[0]].sort());
    const { field, where } = condition.count;
    return [field, ...(where ? conditionFields(where) : [])];
  }
  expect(keys.sort()).toEqual(['field', operators[0]].sort());
  return [condition.field];
}

/** Asserts a whole definition is well-formed: if/then, parameterized effect, known fields, declared parameters. */
function expectWellFormedDefinition(definition: Json): Json {
  const rule = JSON.parse(definition.policy_rule);
  const parameters = JSON.parse(definition.parameters);
  expect(Object.keys(rule)).toEqual(['if', 'then']);
  expect(rule.then).toEqual({ effect: "[parameters('effect')]" });
  for (const field of conditionFields(rule.if)) expect(KNOWN_POLICY_FIELDS).toContain(field);
  for (const name of parameterRefs(rule)) expect(Object.keys(parameters)).toContain(name);
  expect(parameters.effect).toMatchObject({
    type: 'String',
    allowedValues: ['Audit', 'Deny', 'Disabled'],
    defaultValue: 'Audit',
  });
  expect(parameters.allowedOutboundTypes).toMatchObject({
    type: 'Array',
    allowedValues: [
      'loadBalancer',
      'userDefinedRouting',
      'managedNATGateway',
      'userAssignedNATGateway',
      'none',
      'block',
    ],
    defaultValue: ['none', 'block'],
  });
  return rule;
}

describe('OutboundTypePolicy definition', () => {
  test('default synth matches the snapshot (JSON documents parsed, so a diff is readable)', () => {
    expect(withParsedDocuments(synth())).toMatchSnapshot();
  });

  test('is a Custom definition in mode All with a well-formed rule', () => {
    const definition = only(synth(), 'azurerm_policy_definition');
    expect(definition).toMatchObject({ policy_type: 'Custom', mode: 'All' });
    expect(definition.management_group_id).toBeUndefined();
    expect(JSON.parse(definition.metadata)).toMatchObject({ category: 'Kubernetes' });
    expectWellFormedDefinition(definition);
  });

  test('flags the outbound type, node public IPs and Windows pools on clusters and standalone pools', () => {
    const rule = expectWellFormedDefinition(only(synth(), 'azurerm_policy_definition'));
    const fields = conditionFields(rule.if);
    expect(fields).toEqual(
      expect.arrayContaining(KNOWN_POLICY_FIELDS.filter((f) => !f.endsWith('enablePrivateCluster')))
    );
    expect(JSON.stringify(rule)).toContain(
      '{"field":"Microsoft.ContainerService/managedClusters/networkProfile.outboundType","notIn":"[parameters(\'allowedOutboundTypes\')]"}'
    );
  });

  test.each([
    [false, true, ['enableNodePublicIP'], ['osType']],
    [true, false, ['osType'], ['enableNodePublicIP']],
  ])(
    'denyNodePublicIp=%p, denyWindowsNodePools=%p leaves out %p',
    (denyNodePublicIp, denyWindowsNodePools, absent, present) => {
      const rule = expectWellFormedDefinition(
        only(synth({ denyNodePublicIp, denyWindowsNodePools }), 'azurerm_policy_definition')
      );
      const fields = conditionFields(rule.if);
      for (const name of absent) expect(fields.some((f) => f.endsWith(name))).toBe(false);
      for (const name of present) expect(fields.filter((f) => f.endsWith(name))).toHaveLength(2);
    }
  );

  test('with both pool checks off, only cluster outbound types are checked', () => {
    const rule = expectWellFormedDefinition(
      only(synth({ denyNodePublicIp: false, denyWindowsNodePools: false }), 'azurerm_policy_definition')
    );
    expect(conditionFields(rule.if)).toEqual([
      'type',
      'Microsoft.ContainerService/managedClusters/networkProfile.outboundType',
    ]);
  });
});

describe('OutboundTypePolicy assignment', () => {
  test.each([
    [SUBSCRIPTION, 'azurerm_subscription_policy_assignment', 'subscription_id', `/subscriptions/${GUID}`],
    [
      MANAGEMENT_GROUP,
      'azurerm_management_group_policy_assignment',
      'management_group_id',
      '/providers/Microsoft.Management/managementGroups/platform',
    ],
    [
      RESOURCE_GROUP,
      'azurerm_resource_group_policy_assignment',
      'resource_group_id',
      `/subscriptions/${GUID}/resourceGroups/rg-aks`,
    ],
  ])('scope %#: %s at %s references the definition', (scope, expectedType, scopeAttribute, scopeId) => {
    const resources = synth({ scope });
    const { type, assignment } = assignmentOf(resources);
    expect(type).toBe(expectedType);
    expect(assignment[scopeAttribute]).toBe(scopeId);
    const key = Object.keys(resources.azurerm_policy_definition)[0];
    expect(assignment.policy_definition_id).toBe(`\${azurerm_policy_definition.${key}.id}`);
    expect(assignment.non_compliance_message[0].content).toMatch(
      /outbound type none or block, no node public IPs, Linux node pools only/
    );
  });

  test('at a management group, the definition is created in it and the name fits 24 characters', () => {
    // GIVEN a deeply nested construct path
    const json = Testing.synthScope((scope) => {
      const nested = new Construct(new Construct(scope, 'platform-guardrails'), 'aks-network-isolation');
      new OutboundTypePolicy(nested, 'guardrail', { scope: MANAGEMENT_GROUP });
    });
    const resources = JSON.parse(json).resource;
    // THEN
    const definition = only(resources, 'azurerm_policy_definition');
    expect(definition.management_group_id).toBe('/providers/Microsoft.Management/managementGroups/platform');
    const { assignment } = assignmentOf(resources);
    expect(assignment.name.length).toBeLessThanOrEqual(24);
    expect(assignment.name).toMatch(/^stack-platform-[0-9a-f]{8}$/);
  });

  test('effect defaults to Audit with the default allowed outbound types', () => {
    const { assignment } = assignmentOf(synth());
    expect(JSON.parse(assignment.parameters)).toEqual({
      effect: { value: 'Audit' },
      allowedOutboundTypes: { value: ['none', 'block'] },
    });
  });

  test('Deny is an opt-in, with custom allowed outbound types', () => {
    const { assignment } = assignmentOf(synth({ effect: PolicyEffect.DENY, allowedOutboundTypes: ['none'] }));
    expect(JSON.parse(assignment.parameters)).toEqual({
      effect: { value: 'Deny' },
      allowedOutboundTypes: { value: ['none'] },
    });
    expect(assignment.non_compliance_message[0].content).toMatch(/outbound type none,/);
  });

  test('an allowed outbound type list from a variable is JSON-encoded by Terraform', () => {
    const json = Testing.synthScope((scope) => {
      const types = new TerraformVariable(scope, 'types', { type: 'list(string)' });
      new OutboundTypePolicy(scope, 'guardrail', { scope: SUBSCRIPTION, allowedOutboundTypes: types.listValue });
    });
    const { assignment } = assignmentOf(JSON.parse(json).resource);
    expect(assignment.parameters).toBe(
      '${jsonencode({"effect" = {"value" = "Audit"}, "allowedOutboundTypes" = {"value" = var.types}})}'
    );
  });

  test('exposes the assignment id and name', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stack');
    const policy = new OutboundTypePolicy(stack, 'guardrail', { scope: SUBSCRIPTION, assignmentName: 'aks-isolation' });
    new TerraformOutput(stack, 'assignment_id', { value: policy.assignmentId });
    expect(JSON.parse(Testing.synth(stack)).output.assignment_id.value).toMatch(
      /^\$\{azurerm_subscription_policy_assignment\.guardrail_Assignment_[0-9A-F]{8}\.id\}$/
    );
    expect(policy.assignmentName).toBe('aks-isolation');
    expect(policy.effect).toBe(PolicyEffect.AUDIT);
    expect(policy.setDefinition).toBeUndefined();
  });
});

describe('OutboundTypePolicy initiative', () => {
  test.each([SUBSCRIPTION, MANAGEMENT_GROUP])(
    'bundles the built-in private-cluster policy and assigns the initiative (scope %#)',
    (scope) => {
      const resources = synth({ scope, includePrivateClusterPolicy: true, effect: PolicyEffect.DENY });
      const definitionKey = Object.keys(resources.azurerm_policy_definition)[0];
      const setKey = Object.keys(resources.azurerm_policy_set_definition)[0];
      const set = only(resources, 'azurerm_policy_set_definition');
      expect(set.policy_type).toBe('Custom');
      expect(set.management_group_id).toBe(scope === MANAGEMENT_GROUP ? scope.scopeId : undefined);
      expect(set.policy_definition_reference.map((r: Json) => r.policy_definition_id)).toEqual([
        `\${azurerm_policy_definition.${definitionKey}.id}`,
        BUILT_IN_PRIVATE_CLUSTER_POLICY_ID,
      ]);
      // every parameter an initiative reference passes on is declared by the initiative
      const declared = Object.keys(JSON.parse(set.parameters));
      for (const reference of set.policy_definition_reference) {
        for (const name of parameterRefs(JSON.parse(reference.parameter_values))) expect(declared).toContain(name);
      }
      const { assignment } = assignmentOf(resources);
      expect(assignment.policy_definition_id).toBe(`\${azurerm_policy_set_definition.${setKey}.id}`);
      expect(JSON.parse(assignment.parameters).effect).toEqual({ value: 'Deny' });
      expect(assignment.non_compliance_message.map((m: Json) => m.policy_definition_reference_id)).toEqual([
        undefined,
        'privateClusters',
      ]);
    }
  );
});

describe('OutboundTypePolicy names', () => {
  test('default names are stable, derived from the construct path', () => {
    const first = synth({ includePrivateClusterPolicy: true });
    const second = synth({ includePrivateClusterPolicy: true });
    expect(first).toEqual(second);
    expect(only(first, 'azurerm_policy_definition').name).toMatch(/^stack-guardrail-[0-9a-f]{8}$/);
  });

  test('given names are used', () => {
    const resources = synth({
      includePrivateClusterPolicy: true,
      definitionName: 'aks-isolation',
      setDefinitionName: 'aks-isolation-set',
      assignmentName: 'aks-isolation',
    });
    expect(only(resources, 'azurerm_policy_definition').name).toBe('aks-isolation');
    expect(only(resources, 'azurerm_policy_set_definition').name).toBe('aks-isolation-set');
    expect(assignmentOf(resources).assignment.name).toBe('aks-isolation');
  });

  test.each([
    ['definitionName', 'x'.repeat(65), /definitionName "x{65}" breaks the Azure naming rule for policy definitions/],
    [
      'definitionName',
      'aks/isolation',
      /definitionName "aks\/isolation" breaks the Azure naming rule for policy definitions/,
    ],
    [
      'setDefinitionName',
      'aks.isolation',
      /setDefinitionName "aks.isolation" breaks the Azure naming rule for policy set definitions/,
    ],
    ['assignmentName', 'trailing ', /assignmentName "trailing " breaks the Azure naming rule/],
  ])('rejects %s %p', (prop, value, message) => {
    expect(() => synth({ [prop]: value })).toThrow(message);
  });

  test('rejects an assignment name over 24 characters at a management group', () => {
    expect(() => synth({ scope: MANAGEMENT_GROUP, assignmentName: 'aks-network-isolation-prod' })).toThrow(
      /guardrail: assignmentName "aks-network-isolation-prod" breaks the Azure naming rule for policy assignments at a managementGroup. Allowed: 1-24 characters/
    );
  });
});

describe('OutboundTypePolicy allowedOutboundTypes', () => {
  test('rejects an empty list', () => {
    expect(() => synth({ allowedOutboundTypes: [] })).toThrow(
      /guardrail: allowedOutboundTypes \[\] is empty, so every cluster would be flagged. Allowed: loadBalancer, .*block. Fix: list at least one/
    );
  });

  test('rejects an unknown type, naming the allowed values', () => {
    expect(() => synth({ allowedOutboundTypes: ['none', 'internet'] })).toThrow(
      /allowedOutboundTypes "internet" is not an AKS outbound type. Allowed: loadBalancer, userDefinedRouting, managedNATGateway, userAssignedNATGateway, none, block/
    );
  });

  test('suggests the AKS spelling for a wrongly cased type', () => {
    expect(() => synth({ allowedOutboundTypes: ['Block'] })).toThrow(
      /"Block" is not an AKS outbound type.*Fix: write it as AKS spells it: "block"/
    );
  });

  test('warns when an allowed type re-opens egress', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stack');
    const policy = new OutboundTypePolicy(stack, 'guardrail', {
      scope: SUBSCRIPTION,
      allowedOutboundTypes: ['none', 'userDefinedRouting'],
    });
    const warnings = policy.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data);
    expect(warnings).toEqual([expect.stringMatching(/allows userDefinedRouting: .* not network isolated/)]);
  });
});
