import { REPLACEMENT_ATTRIBUTES } from '../examples/replacement-attributes';
import { TerraformJson } from '../helpers';

/** A resource's configuration as plan values: Terraform JSON comments (`//`) and meta-arguments dropped. */
function values(config: any): any {
  const META = ['//', 'depends_on', 'lifecycle', 'provider'];
  const rest = Object.fromEntries(Object.entries(config).filter(([key]) => !META.includes(key)));
  return JSON.parse(JSON.stringify(rest, (key, value) => (key === '//' ? undefined : value)));
}

function valueAt(config: any, path: string): unknown {
  return path.split('.').reduce((v: any, k) => (v === undefined || v === null ? undefined : (Array.isArray(v) ? v[0] : v)[k]), config);
}

/**
 * The `terraform show -json` plan of applying `after` on top of the state `before` left (each resource's state
 * taken as its configuration there): one resource change per resource, `update` when values differ,
 * `["delete","create"]` when a replacement-forcing attribute (the committed manifest) differs. Enough of Terraform's
 * plan format (1.2) for the check CLI's plan reader and its plan guards.
 */
export function stagePlan(before: TerraformJson, after: TerraformJson): TerraformJson {
  const flat = (json: TerraformJson) =>
    new Map(
      Object.entries<any>(json.resource ?? {}).flatMap(([type, byName]) =>
        Object.entries<any>(byName).map(([name, config]) => [`${type}.${name}`, { type, name, config }] as const),
      ),
    );
  const was = flat(before);
  const now = flat(after);
  const changes = [...new Set([...was.keys(), ...now.keys()])].map((address) => {
    const a = was.get(address);
    const b = now.get(address);
    const { type, name } = (b ?? a)!;
    const beforeValues = a ? values(a.config) : null;
    const afterValues = b ? values(b.config) : null;
    let actions: string[];
    if (!a) actions = ['create'];
    else if (!b) actions = ['delete'];
    else if ((REPLACEMENT_ATTRIBUTES[type] ?? []).some((p) => JSON.stringify(valueAt(beforeValues, p)) !== JSON.stringify(valueAt(afterValues, p)))) actions = ['delete', 'create'];
    else actions = JSON.stringify(beforeValues) === JSON.stringify(afterValues) ? ['no-op'] : ['update'];
    return { address, mode: 'managed', type, name, change: { actions, before: beforeValues, after: afterValues, after_unknown: {} } };
  });
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: {
      root_module: {
        resources: [...now.entries()].map(([address, r]) => ({ address, mode: 'managed', type: r.type, name: r.name, values: values(r.config) })),
      },
    },
    resource_changes: changes,
    configuration: {
      root_module: {
        resources: [...now.entries()].map(([address, r]) => ({
          address,
          mode: 'managed',
          type: r.type,
          name: r.name,
          ...(r.config.depends_on ? { depends_on: r.config.depends_on } : {}),
        })),
      },
    },
  };
}
