import { Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import { soleExpression } from '../model/references';
import type { TerraformDocument } from '../model/terraform-document';
import { asObject, jsonText } from '../model/values';

/** A block that may carry `depends_on`: its address and its config. */
interface Dependent {
  readonly address: string;
  readonly config: Readonly<Record<string, unknown>>;
}

/** NI-TF-001: every depends_on entry is a bare address, never a `${...}` template. */
export const dependsOnStaticReferences: Rule = {
  id: 'NI-TF-001',
  name: 'depends-on-static-references',
  severity: RuleSeverity.ERROR,
  title: 'depends_on lists bare addresses, never ${...} templates',
  explanation:
    'terraform init rejects the whole configuration when any depends_on entry (of a resource, data source, ' +
    'module or output) is a template such as "${azurerm_private_dns_zone_virtual_network_link.x}": "Invalid ' +
    'expression ... A single static variable reference is required". Nothing is planned or applied. In cdktf ' +
    'this comes from dependsOn = [resource.fqn] instead of [resource].',
  fix:
    'Write the bare address: "azurerm_private_dns_zone_virtual_network_link.x" (in cdktf, pass the resource ' +
    'itself or dependable(resource) to dependsOn, never .fqn or a ${} string).',
  docUrl: 'https://developer.hashicorp.com/terraform/language/meta-arguments/depends_on',
  evaluate: (doc) => {
    const dependents = withDependsOn(doc);
    if (dependents.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const { address, config } of dependents) {
      const raw = config.depends_on;
      for (const entry of Array.isArray(raw) ? raw : [raw]) {
        if (typeof entry !== 'string' || !entry.includes('${')) continue;
        out.push({ address, message: message(entry) });
      }
    }
    return out;
  },
};

function message(entry: string): string {
  const bare = bareAddress(entry);
  const fix = bare
    ? `write the bare address ${bare}`
    : 'list the resource or module addresses it stands for, each as a bare address';
  return (
    `depends_on entry ${jsonText(entry)} is a template; terraform init rejects the whole configuration ` +
    `("A single static variable reference is required"): ${fix}.`
  );
}

/** `${azurerm_x.y.id}` -> `azurerm_x.y`, `${module.m.out}` -> `module.m`; undefined when not one reference. */
function bareAddress(entry: string): string | undefined {
  const expression = soleExpression(entry);
  if (expression === undefined) return undefined;
  const m = /^(data\.[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*|module\.[A-Za-z_][\w-]*|[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)/.exec(
    expression.trim()
  );
  if (!m || /^(var|local|each|count|path|terraform|self)\./.test(m[1])) return undefined;
  return m[1];
}

/** The resources, data sources, modules and outputs that carry a depends_on. */
function withDependsOn(doc: TerraformDocument): Dependent[] {
  const out: Dependent[] = doc.all.filter((r) => r.config.depends_on !== undefined);
  for (const [kind, prefix] of [
    ['module', 'module.'],
    ['output', 'output.'],
  ] as const) {
    for (const [name, raw] of Object.entries(asObject(doc.json[kind]) ?? {})) {
      const config = asObject(Array.isArray(raw) ? raw[0] : raw);
      if (!name.startsWith('//') && config?.depends_on !== undefined) out.push({ address: prefix + name, config });
    }
  }
  return out;
}
