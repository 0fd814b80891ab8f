import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { GLOBAL_NAME_SHAPES, globalName, globalNameStem } from '../../src/internal/global-name';
import { evaluateGlobalName, expectedGlobalNameExpression } from '../global-name-eval';
import { newStack, resourcesOf, synth } from '../helpers';

const SUB_A = '00000000-0000-0000-0000-00000000000a';
const ACR = /^[a-z0-9]{5,50}$/;
const KEY_VAULT = /^(?=.{3,24}$)[a-z](?!.*--)[a-z0-9-]*[a-z0-9]$/;

/** Resolves a global name built in a synthesized stack (a token until then). */
function resolvedName(build: (scope: Construct) => string, stackId = 'stack', path: string[] = ['Vault']): string {
  const stack = newStack(stackId);
  let scope: Construct = stack;
  for (const id of path) scope = new Construct(scope, id);
  new TerraformOutput(stack, 'name', { value: build(scope) });
  return synth(stack).output.name.value;
}

describe('global names', () => {
  test('registry shape: lowercase letters and digits, then 12 hex characters computed by Terraform', () => {
    const name = resolvedName((s) => globalName(s, 'rg-a', GLOBAL_NAME_SHAPES.registry), 'isolated-aks', ['Registry']);
    expect(name).toBe(expectedGlobalNameExpression('isolatedaksregistry', '', 'rg-a', 'isolated-aks/Registry', 12));
    expect(evaluateGlobalName(name, SUB_A)).toMatch(ACR);
  });

  test('key vault shape: starts with a letter, "-" before 8 hex characters, at most 24 characters', () => {
    const name = resolvedName((s) => globalName(s, 'rg-a', GLOBAL_NAME_SHAPES.keyVault), 'isolated-aks', ['Addons', 'Vault']);
    expect(name).toBe(expectedGlobalNameExpression('isolated-aks-ad', '-', 'rg-a', 'isolated-aks/Addons/Vault', 8));
    const value = evaluateGlobalName(name, SUB_A);
    expect(value).toMatch(KEY_VAULT);
    expect(value).toHaveLength(24);
  });

  test.each([
    [['9stack', 'Registry'], 'stackregistry'],
    [['--a', '', 'B_c'], 'abc'],
    [['1', '2'], 'n'],
    [['x'.repeat(80)], 'x'.repeat(38)],
  ])('registry stem of %j is %s', (parts, stem) => {
    expect(globalNameStem(parts, GLOBAL_NAME_SHAPES.registry)).toBe(stem);
  });

  test.each([
    [['9-stack', 'Key--Vault'], 'stack-key-vault'],
    [['a', 'b'.repeat(13), 'c'], `a-${'b'.repeat(13)}`],
    [['-', '0'], 'n'],
  ])('key vault stem of %j is %s (starts with a letter, no "--", no trailing "-")', (parts, stem) => {
    expect(globalNameStem(parts, GLOBAL_NAME_SHAPES.keyVault)).toBe(stem);
  });

  test('every stem leaves room for the hash in both shapes, for long and odd paths', () => {
    const paths = [['a'.repeat(200)], ['Ü', 'ß', '1x'], ['a-', '-b', 'c'.repeat(30)], ['0', '0', '0']];
    for (const parts of paths) {
      for (const [shape, pattern] of [
        [GLOBAL_NAME_SHAPES.registry, ACR],
        [GLOBAL_NAME_SHAPES.keyVault, KEY_VAULT],
      ] as const) {
        const name = `${globalNameStem(parts, shape)}${shape.hyphens ? '-' : ''}${'f'.repeat(shape.hashLength)}`;
        expect({ parts, name, ok: name.length <= shape.maxLength && pattern.test(name) }).toEqual({ parts, name, ok: true });
      }
    }
  });

  test('reuses the stack\'s one azurerm_client_config data source', () => {
    const stack = newStack();
    globalName(new Construct(stack, 'A'), 'rg', GLOBAL_NAME_SHAPES.registry);
    globalName(new Construct(stack, 'B'), 'rg', GLOBAL_NAME_SHAPES.keyVault);
    expect(Object.keys(synth(stack).data.azurerm_client_config)).toEqual(['IsolatedAksClientConfig']);
    expect(resourcesOf(synth(stack), 'azurerm_role_assignment')).toEqual({});
  });
});
