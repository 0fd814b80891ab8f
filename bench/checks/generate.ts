// Generates a large Terraform JSON document for the rule pack bench: copies of a template document's
// resources (the reference synth), each copy with its own local names and every reference, depends_on entry
// and construct path rewritten to point inside the copy, then filler resource groups up to the exact count.
// Data sources, providers and the terraform block are kept once (shared, as in one big stack). Every
// `violationEvery`-th copy is made non-compliant (public registry, load balancer egress, node public IPs)
// so the finding paths of the rules are exercised too.

type Json = { [key: string]: unknown };

const ADDRESS = /\b([a-z][a-z0-9]*_[a-z0-9_]+)\.([A-Za-z_][A-Za-z0-9_-]*)/g;

/** Number of managed resources in a Terraform JSON document. */
export function countResources(doc: Json): number {
  let n = 0;
  for (const named of Object.values((doc.resource ?? {}) as Json)) n += Object.keys(named as Json).length;
  return n;
}

/**
 * A document with exactly `resources` managed resources, made of whole copies of the template's resources
 * (copy i renames `name` to `name_c<i>`) plus `azurerm_resource_group` fillers for the remainder.
 */
export function generateDocument(template: Json, resources: number, violationEvery = 10): Json {
  const section = (template.resource ?? {}) as Json;
  const perCopy = countResources(template);
  if (perCopy === 0) throw new Error('generateDocument: the template has no resources');
  const own = new Set<string>();
  for (const [type, named] of Object.entries(section)) for (const name of Object.keys(named as Json)) own.add(`${type}.${name}`);
  const text = JSON.stringify(section);
  const out: { [type: string]: Json } = {};
  const copies = Math.floor(resources / perCopy);
  for (let i = 0; i < copies; i++) {
    const suffix = `_c${i}`;
    const renamed = text
      .replace(ADDRESS, (match, type: string, name: string) => (own.has(`${type}.${name}`) ? `${type}.${name}${suffix}` : match))
      .replace(/"path":"([^"/]+)\//g, `"path":"$1/c${i}/`);
    const copy = JSON.parse(renamed) as Json;
    if (violationEvery > 0 && i % violationEvery === 0) breakIsolation(copy);
    for (const [type, named] of Object.entries(copy)) {
      const target = (out[type] ??= {});
      for (const [name, config] of Object.entries(named as Json)) target[`${name}${suffix}`] = config;
    }
  }
  const fillers = (out.azurerm_resource_group ??= {});
  for (let i = 0; i < resources - copies * perCopy; i++) {
    fillers[`filler_${i}`] = { name: `rg-filler-${i}`, location: 'westeurope' };
  }
  const doc: Json = { ...template, resource: out };
  const got = countResources(doc);
  if (got !== resources) throw new Error(`generateDocument: produced ${got} resources, expected ${resources}`);
  return doc;
}

/** Opens a copy up: what the rules must report (only attributes the template has are touched). */
function breakIsolation(section: Json): void {
  const each = (type: string, f: (config: Json) => void) => Object.values((section[type] ?? {}) as Json).forEach((c) => f(c as Json));
  each('azurerm_container_registry', (c) => {
    c.public_network_access_enabled = true;
  });
  each('azurerm_kubernetes_cluster', (c) => {
    const profile = c.network_profile as Json | undefined;
    if (profile) profile.outbound_type = 'loadBalancer';
  });
  each('azurerm_kubernetes_cluster_node_pool', (c) => {
    c.node_public_ip_enabled = true;
  });
}
