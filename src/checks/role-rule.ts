import { BuiltInRole, roleRequirements } from './model/role-assignments';
import { finding, Finding, NOT_APPLICABLE, Rule, RuleInfo } from './rule';
import { clusters } from './model/subjects';

/**
 * A rule requiring every assignment of one role that a cluster needs (see `roleRequirements`) to be in
 * the document; not applicable when no cluster needs the role.
 */
export function roleRule(meta: RuleInfo, role: BuiltInRole): Rule {
  return {
    ...meta,
    evaluate: (doc) => {
      let applicable = false;
      const out: Finding[] = [];
      for (const cluster of clusters(doc)) {
        for (const requirement of roleRequirements(doc, cluster)) {
          if (requirement.role !== role) continue;
          applicable = true;
          if (requirement.found.length > 0) continue;
          const message =
            `no azurerm_role_assignment grants ${role.name} (${role.ids[0]}) to the ${requirement.principal} ` +
            `identity on ${requirement.scopeLabel}.`;
          out.push(finding(cluster, message));
        }
      }
      return applicable ? out : NOT_APPLICABLE;
    },
  };
}
