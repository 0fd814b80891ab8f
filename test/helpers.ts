import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, Testing, TerraformStack } from 'cdktf';

/** A parsed Terraform JSON document. */
export type TerraformJson = { [key: string]: any };

/** A fresh stack with an azurerm provider, in a testing app. */
export function newStack(id = 'test'): TerraformStack {
  const app: App = Testing.app();
  const stack = new TerraformStack(app, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  return stack;
}

/**
 * Synthesizes a stack, running validations, and returns its Terraform JSON with the construct path
 * metadata kept (`Testing.synth` strips it).
 */
export function synth(stack: TerraformStack): TerraformJson {
  Testing.synth(stack, true);
  return JSON.parse(JSON.stringify(stack.toTerraform()));
}

/** Resources of one type, keyed by logical id. */
export function resourcesOf(json: TerraformJson, type: string): { [logicalId: string]: any } {
  return json.resource?.[type] ?? {};
}

/** The only resource of a type; fails when there is not exactly one. */
export function onlyResource(json: TerraformJson, type: string): any {
  const all = Object.values(resourcesOf(json, type));
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

/** Terraform addresses (type.logicalId) of every resource in the document, sorted. */
export function addresses(json: TerraformJson): string[] {
  return Object.entries(json.resource ?? {})
    .flatMap(([type, byId]) => Object.keys(byId as object).map((id) => `${type}.${id}`))
    .sort();
}

function entryAt(json: TerraformJson, type: string, path: string): [string, any] {
  const full = `${json['//']?.metadata?.stackName ?? ''}/${path}`;
  const matches = Object.entries(resourcesOf(json, type)).filter(([, r]) => r['//']?.metadata?.path === full);
  if (matches.length !== 1) throw new Error(`expected one ${type} at ${full}, found ${matches.length}`);
  return matches[0];
}

/** The resource of a type at a construct path (relative to the stack). */
export function resourceAt(json: TerraformJson, type: string, path: string): any {
  return entryAt(json, type, path)[1];
}

/** The Terraform address (type.logicalId) of the resource at a construct path. */
export function addressAt(json: TerraformJson, type: string, path: string): string {
  return `${type}.${entryAt(json, type, path)[0]}`;
}

/** The Terraform reference expression of a resource attribute at a construct path. */
export function refAt(json: TerraformJson, type: string, path: string, attribute = 'id'): string {
  return `\${${addressAt(json, type, path)}.${attribute}}`;
}

/**
 * A depends_on entry terraform accepts: a bare address `type.name` (or `data.type.name`), never a
 * `"${...}"` template, which makes terraform reject the whole configuration.
 */
export const BARE_ADDRESS = /^(data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*$/;

/** Common required props of the constructs. */
export const RG = { resourceGroupName: 'rg-test', location: 'westeurope' } as const;
