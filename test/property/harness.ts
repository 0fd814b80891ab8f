// The property every generated input must have: a construct given input the oracle calls bad throws an
// Error naming its path and one of the bad props; a construct given good input does not throw; a stack
// that constructs passes its synth validations (or fails them naming the path and prop) and then the rule
// pack reports no unsuppressed error. Never a silent insecure stack.
import { TerraformStack } from 'cdktf';
import { runChecks } from '../../src/checks/engine';
import { RuleSeverity } from '../../src/checks/rule';
import { AVOID_KNOWN_BUGS } from './inputs';
import * as O from './oracle';

/** The Azure naming rule of each name attribute the constructs write, by resource type. */
const NAME_ATTRIBUTES: { [type: string]: Array<[string[], O.Rule]> } = {
  azurerm_kubernetes_cluster: [[['name'], O.RULES.cluster], [['dns_prefix'], O.RULES.dnsPrefix], [['default_node_pool', 'name'], O.RULES.nodePool], [['default_node_pool', 'temporary_name_for_rotation'], O.RULES.nodePool]],
  azurerm_kubernetes_cluster_node_pool: [[['name'], O.RULES.nodePool]],
  azurerm_container_registry: [[['name'], O.RULES.registry]],
  azurerm_virtual_network: [[['name'], O.RULES.vnet]],
  azurerm_private_endpoint: [[['name'], O.RULES.vnet]],
  azurerm_subnet: [[['name'], O.RULES.network]],
  azurerm_network_security_group: [[['name'], O.RULES.network]],
  azurerm_private_dns_zone_virtual_network_link: [[['name'], O.RULES.network]],
  azurerm_user_assigned_identity: [[['name'], O.RULES.identity]],
  azurerm_policy_definition: [[['name'], O.RULES.policy(64)]],
  azurerm_policy_set_definition: [[['name'], O.RULES.policy(64)]],
  azurerm_subscription_policy_assignment: [[['name'], O.RULES.policy(64)]],
  azurerm_resource_group_policy_assignment: [[['name'], O.RULES.policy(64)]],
  azurerm_management_group_policy_assignment: [[['name'], O.RULES.policy(24)]],
};

/** Literal names in the document that break Azure's naming rules (default names from long paths included). */
export function invalidNames(document: { [key: string]: any }, skipKnownBugs = true): string[] {
  const out: string[] = [];
  for (const [type, rules] of Object.entries(NAME_ATTRIBUTES)) {
    if (skipKnownBugs && type === 'azurerm_private_endpoint' && AVOID_KNOWN_BUGS.privateEndpointDefaultName) continue;
    for (const [name, config] of Object.entries(document.resource?.[type] ?? {})) {
      for (const [path, rule] of rules) {
        const value = path.reduce((v: any, k) => (Array.isArray(v) ? v[0] : v)?.[k], config);
        if (typeof value === 'string' && !value.includes('${') && O.breaks(rule, value)) out.push(`${type}.${name} ${path.join('.')} "${value}" (${value.length} characters)`);
      }
    }
  }
  return out;
}

/** Thrown to stop building a scenario once a construct rejected its input as expected. */
export class Rejected extends Error {}

/** The message must say where (construct path) and what (one of the props). */
export function assertNamesProp(error: unknown, path: string, props: readonly string[], context: string): void {
  if (!(error instanceof Error)) throw new Error(`${context}: threw a non-Error: ${String(error)}`);
  const message = error.message;
  const named = props.some((prop) => message.includes(`${path}: ${prop}`));
  if (!named) {
    throw new Error(`${context}: the error does not name "${path}" and one of [${props.join(', ')}]:\n${message.slice(0, 2000)}`);
  }
}

/**
 * Creates one construct and checks its verdict against the oracle's: `bad` props must make it throw
 * (naming the path and one of them); with no bad props it must not throw, except for `lenient` props
 * (input the oracle cannot call good or bad), whose rejection must name them too.
 */
export function step<T>(path: string, bad: readonly string[], create: () => T, lenient: readonly string[] = []): T {
  let result: T;
  try {
    result = create();
  } catch (e) {
    if (bad.length > 0) {
      assertNamesProp(e, path, bad, `${path} rejected bad input`);
      throw new Rejected(path);
    }
    if (lenient.length > 0) {
      assertNamesProp(e, path, lenient, `${path} rejected lenient input`);
      throw new Rejected(path);
    }
    throw new Error(`${path} rejected input the oracle calls good: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (bad.length > 0) throw new Error(`${path} accepted bad input (${bad.join(', ')}): a stack that would fail later`);
  return result;
}

/** Findings of the rule pack at error severity, unsuppressed, over the stack's final JSON. */
export function errorFindings(stack: TerraformStack, document = stack.toTerraform()): string[] {
  const report = runChecks([{ stack: stack.node.id, document }]);
  return report.findings
    .filter((f) => f.severity === RuleSeverity.ERROR && !f.suppressed)
    .map((f) => `${f.ruleId} ${f.address}: ${f.message}`);
}

/**
 * After construction: synth validations fail exactly when the oracle expects a synth-time error (naming
 * the path and prop), and a stack that validates has no error finding.
 */
export function synthesizeAndCheck(stack: TerraformStack, synthBad: { path: string; props: string[] } | undefined): void {
  let error: unknown;
  try {
    stack.runAllValidations();
  } catch (e) {
    error = e;
  }
  if (synthBad) {
    if (error === undefined) throw new Error(`validations passed but ${synthBad.path} has bad ${synthBad.props.join(', ')}`);
    assertNamesProp(error, synthBad.path, synthBad.props, 'synth validation');
    return;
  }
  if (error !== undefined) throw new Error(`validations failed for input the oracle calls good: ${(error as Error).message}`);
  const document = stack.toTerraform();
  const errors = errorFindings(stack, document);
  if (errors.length > 0) throw new Error(`silent insecure stack: synthesized, but the rule pack reports:\n${errors.join('\n')}`);
  const names = invalidNames(document);
  if (names.length > 0) throw new Error(`synthesized names Azure rejects (the apply would fail):\n${names.join('\n')}`);
}

/** Runs a scenario: a construct's expected rejection ends it early (the property holds). */
export function runScenario(build: () => void): void {
  try {
    build();
  } catch (e) {
    if (e instanceof Rejected) return;
    throw e;
  }
}
