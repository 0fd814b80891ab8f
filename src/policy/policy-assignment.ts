import { ManagementGroupPolicyAssignment } from '@cdktf/provider-azurerm/lib/management-group-policy-assignment';
import { ResourceGroupPolicyAssignment } from '@cdktf/provider-azurerm/lib/resource-group-policy-assignment';
import { SubscriptionPolicyAssignment } from '@cdktf/provider-azurerm/lib/subscription-policy-assignment';
import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { PolicyScope, PolicyScopeKind } from './policy-scope';

/** One non-compliance message; with a reference id it applies to one policy of an initiative. */
export interface NonComplianceMessage {
  readonly content: string;
  readonly policyDefinitionReferenceId?: string;
}

/** What every assignment resource takes, whatever its scope (internal). */
export interface AssignmentOptions {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly policyDefinitionId: string;
  /** The assignment's parameter values, as a JSON document. */
  readonly parameters: string;
  readonly nonComplianceMessages: NonComplianceMessage[];
}

/** A created assignment and its id. */
export interface Assignment {
  readonly resource: TerraformResource;
  readonly id: string;
}

/**
 * Creates the azurerm assignment resource that matches the scope's kind:
 * azurerm_management_group_policy_assignment, azurerm_subscription_policy_assignment or
 * azurerm_resource_group_policy_assignment (internal).
 */
export function assignPolicy(scope: Construct, id: string, at: PolicyScope, options: AssignmentOptions): Assignment {
  const common = {
    name: options.name,
    displayName: options.displayName,
    description: options.description,
    policyDefinitionId: options.policyDefinitionId,
    parameters: options.parameters,
    nonComplianceMessage: options.nonComplianceMessages,
  };
  switch (at.kind) {
    case PolicyScopeKind.MANAGEMENT_GROUP: {
      const resource = new ManagementGroupPolicyAssignment(scope, id, { ...common, managementGroupId: at.scopeId });
      return { resource, id: resource.id };
    }
    case PolicyScopeKind.SUBSCRIPTION: {
      const resource = new SubscriptionPolicyAssignment(scope, id, { ...common, subscriptionId: at.scopeId });
      return { resource, id: resource.id };
    }
    case PolicyScopeKind.RESOURCE_GROUP: {
      const resource = new ResourceGroupPolicyAssignment(scope, id, { ...common, resourceGroupId: at.scopeId });
      return { resource, id: resource.id };
    }
  }
}
