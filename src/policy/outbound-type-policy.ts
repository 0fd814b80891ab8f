import { PolicyDefinition } from '@cdktf/provider-azurerm/lib/policy-definition';
import { PolicySetDefinition } from '@cdktf/provider-azurerm/lib/policy-set-definition';
import { Annotations, Fn, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { defaultName } from '../internal/naming';
import { BUILT_IN_PRIVATE_CLUSTER_POLICY_ID } from '../internal/policy-aliases';
import { checkName, invalidProp } from '../internal/validation';
import {
  AKS_OUTBOUND_TYPES,
  ISOLATED_OUTBOUND_TYPES,
  NETWORK_ISOLATED_DOC,
  OUTBOUND_TYPE_POLICY_MODE,
  outboundTypePolicyDescription,
  outboundTypePolicyMessage,
  outboundTypePolicyMetadata,
  outboundTypePolicyParameters,
  outboundTypePolicyParameterValues,
  outboundTypePolicyRule,
  parameterRef,
} from './outbound-type-policy-rule';
import { assignPolicy, NonComplianceMessage } from './policy-assignment';
import { PolicyEffect } from './policy-effect';
import { assignmentNameMaxLength, policyNameRule } from './policy-names';
import { PolicyScope, PolicyScopeKind } from './policy-scope';

const PRIVATE_CLUSTER_POLICY_NAME = 'Azure Kubernetes Service Private Clusters should be enabled';
const GUARDRAIL_REFERENCE_ID = 'outboundTypeGuardrail';
const PRIVATE_CLUSTER_REFERENCE_ID = 'privateClusters';

/** Properties of an `OutboundTypePolicy`. */
export interface OutboundTypePolicyProps {
  /**
   * Where the policy is assigned. At a management group the definition (and initiative) is created in
   * that management group; otherwise in the subscription the azurerm provider is configured for, which
   * must be (or contain) the assigned scope.
   */
  readonly scope: PolicyScope;

  /**
   * What Azure does with a non-compliant cluster or node pool.
   *
   * @default PolicyEffect.AUDIT - report only, safe to roll out; opt in to PolicyEffect.DENY
   */
  readonly effect?: PolicyEffect;

  /**
   * AKS outbound types (`networkProfile.outboundType`) a cluster may use; anything else is flagged,
   * and so is a cluster whose outbound type is missing. Values as AKS spells them: loadBalancer,
   * userDefinedRouting, managedNATGateway, userAssignedNATGateway, none, block.
   *
   * @default ["none", "block"] - only network isolated clusters
   * @see https://learn.microsoft.com/azure/aks/egress-outboundtype
   */
  readonly allowedOutboundTypes?: string[];

  /**
   * Flag node pools with node public IPs (`enableNodePublicIP`), embedded in the cluster or standalone.
   *
   * @default true
   */
  readonly denyNodePublicIp?: boolean;

  /**
   * Flag Windows node pools (`osType` Windows), embedded in the cluster or standalone: network
   * isolated clusters support Linux node pools only.
   *
   * @default true
   */
  readonly denyWindowsNodePools?: boolean;

  /**
   * Bundle the definition with the built-in "Azure Kubernetes Service Private Clusters should be
   * enabled" policy in an initiative (policy set) and assign the initiative instead, with the same effect.
   *
   * @default false - assign the custom definition alone
   * @see https://learn.microsoft.com/azure/aks/private-clusters
   */
  readonly includePrivateClusterPolicy?: boolean;

  /**
   * Name of the policy definition (part of its resource id; changing it replaces the definition).
   *
   * @default - derived from the construct path plus a hash, at most 64 characters
   */
  readonly definitionName?: string;

  /**
   * Name of the initiative, when `includePrivateClusterPolicy` is true.
   *
   * @default - derived from the construct path plus a hash, at most 64 characters
   */
  readonly setDefinitionName?: string;

  /**
   * Name of the assignment: at most 24 characters at a management group, 64 elsewhere.
   *
   * @default - derived from the construct path plus a hash, within the scope's limit
   */
  readonly assignmentName?: string;

  /**
   * Display name of the definition and the assignment, as shown in the portal's compliance view.
   *
   * @default "AKS clusters must stay network isolated"
   */
  readonly displayName?: string;

  /**
   * Message shown to whoever is denied or audited.
   *
   * @default - says which outbound types are allowed, what else is flagged, and links the AKS doc
   * @see https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure#non-compliance-messages
   */
  readonly nonComplianceMessage?: string;
}

/**
 * An Azure Policy guardrail that keeps AKS clusters network isolated after Terraform is done: it flags
 * clusters whose outbound type is not in an allowed list (default none and block), node pools with node
 * public IPs, and Windows node pools, both in the cluster resource and as standalone node pools.
 *
 * Synthesizes one custom `azurerm_policy_definition` (mode All, so standalone agentPools child
 * resources are evaluated too), optionally an `azurerm_policy_set_definition` that adds the built-in
 * private-cluster policy, and one assignment at the chosen scope. One definition with an anyOf (rather
 * than one per check) keeps it to one assignment and one compliance entry per guardrail. The effect is a
 * parameter: Audit by default, Deny as an opt-in. Deny also refuses updates to clusters that already
 * break the rule, so audit first. A cluster request without an outbound type (AKS then defaults to
 * loadBalancer) is flagged: the rule fails closed.
 *
 * @see https://learn.microsoft.com/azure/aks/concepts-network-isolated
 * @see https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-basics
 */
export class OutboundTypePolicy extends Construct {
  /** The custom policy definition (escape hatch). */
  public readonly definition: PolicyDefinition;
  /** The initiative, when `includePrivateClusterPolicy` is true. */
  public readonly setDefinition?: PolicySetDefinition;
  /** The assignment: a management group, subscription or resource group policy assignment. */
  public readonly assignment: TerraformResource;
  /** Resource id of the assignment (for exemptions and remediation). */
  public readonly assignmentId: string;
  /** Name of the assignment. */
  public readonly assignmentName: string;
  /** The effect the assignment uses. */
  public readonly effect: PolicyEffect;

  constructor(scope: Construct, id: string, props: OutboundTypePolicyProps) {
    super(scope, id);
    const allowed = this.allowedOutboundTypes(props.allowedOutboundTypes);
    this.effect = props.effect ?? PolicyEffect.AUDIT;
    const options = {
      denyNodePublicIp: props.denyNodePublicIp ?? true,
      denyWindowsNodePools: props.denyWindowsNodePools ?? true,
    };
    const definitionName = props.definitionName ?? defaultName(this, { maxLength: 64 });
    const setDefinitionName = props.setDefinitionName ?? defaultName(this, { maxLength: 64 });
    this.assignmentName =
      props.assignmentName ?? defaultName(this, { maxLength: assignmentNameMaxLength(props.scope) });
    checkName(this, 'definitionName', definitionName, policyNameRule('policy definitions', 64));
    checkName(this, 'setDefinitionName', setDefinitionName, policyNameRule('policy set definitions', 64));
    checkName(
      this,
      'assignmentName',
      this.assignmentName,
      policyNameRule(`policy assignments at a ${props.scope.kind}`, assignmentNameMaxLength(props.scope))
    );

    const displayName = props.displayName ?? 'AKS clusters must stay network isolated';
    const description = outboundTypePolicyDescription(options);
    const managementGroupId = props.scope.kind === PolicyScopeKind.MANAGEMENT_GROUP ? props.scope.scopeId : undefined;
    const parameters = JSON.stringify(outboundTypePolicyParameters());
    const metadata = JSON.stringify(outboundTypePolicyMetadata());
    this.definition = new PolicyDefinition(this, 'Definition', {
      name: definitionName,
      displayName,
      description,
      policyType: 'Custom',
      mode: OUTBOUND_TYPE_POLICY_MODE,
      managementGroupId,
      metadata,
      parameters,
      policyRule: JSON.stringify(outboundTypePolicyRule(options)),
    });

    const message = props.nonComplianceMessage ?? outboundTypePolicyMessage(allowed, options);
    const messages: NonComplianceMessage[] = [{ content: message }];
    let assignedId = this.definition.id;
    if (props.includePrivateClusterPolicy) {
      this.setDefinition = new PolicySetDefinition(this, 'SetDefinition', {
        name: setDefinitionName,
        displayName: `${displayName} (with private clusters)`,
        description: `${description} Includes the built-in policy "${PRIVATE_CLUSTER_POLICY_NAME}".`,
        policyType: 'Custom',
        managementGroupId,
        metadata,
        parameters,
        policyDefinitionReference: [
          {
            policyDefinitionId: this.definition.id,
            referenceId: GUARDRAIL_REFERENCE_ID,
            parameterValues: JSON.stringify(
              outboundTypePolicyParameterValues(parameterRef('effect'), parameterRef('allowedOutboundTypes'))
            ),
          },
          {
            policyDefinitionId: BUILT_IN_PRIVATE_CLUSTER_POLICY_ID,
            referenceId: PRIVATE_CLUSTER_REFERENCE_ID,
            parameterValues: JSON.stringify({ effect: { value: parameterRef('effect') } }),
          },
        ],
      });
      assignedId = this.setDefinition.id;
      messages.push({
        content: `AKS clusters here must be private clusters (private_cluster_enabled = true). See ${NETWORK_ISOLATED_DOC}`,
        policyDefinitionReferenceId: PRIVATE_CLUSTER_REFERENCE_ID,
      });
    }

    const values = outboundTypePolicyParameterValues(this.effect.value, allowed);
    const assignment = assignPolicy(this, 'Assignment', props.scope, {
      name: this.assignmentName,
      displayName,
      description,
      policyDefinitionId: assignedId,
      parameters: Token.isUnresolved(allowed) ? Fn.jsonencode(values) : JSON.stringify(values),
      nonComplianceMessages: messages,
    });
    this.assignment = assignment.resource;
    this.assignmentId = assignment.id;
  }

  /** Validates the allowed outbound types (literals only), warns when one re-opens egress. */
  private allowedOutboundTypes(value: string[] | undefined): string[] {
    if (value === undefined) return [...ISOLATED_OUTBOUND_TYPES];
    if (Token.isUnresolved(value)) return value;
    if (value.length === 0) {
      throw invalidProp(this, {
        prop: 'allowedOutboundTypes',
        value,
        problem: 'is empty, so every cluster would be flagged',
        allowed: AKS_OUTBOUND_TYPES.join(', '),
        fix: 'list at least one outbound type, or omit the prop for ["none", "block"]',
      });
    }
    for (const type of value) {
      if (Token.isUnresolved(type) || AKS_OUTBOUND_TYPES.includes(type)) continue;
      const spelled = AKS_OUTBOUND_TYPES.find((t) => t.toLowerCase() === type.toLowerCase());
      throw invalidProp(this, {
        prop: 'allowedOutboundTypes',
        value: type,
        problem: 'is not an AKS outbound type',
        allowed: AKS_OUTBOUND_TYPES.join(', '),
        fix: spelled ? `write it as AKS spells it: "${spelled}"` : 'use one of the allowed values',
      });
    }
    const egress = value.filter((t) => !Token.isUnresolved(t) && !ISOLATED_OUTBOUND_TYPES.includes(t));
    if (egress.length > 0) {
      const types = egress.join(', ');
      Annotations.of(this).addWarning(
        `allowedOutboundTypes allows ${types}: clusters with these outbound types have internet egress and are not network isolated.`
      );
    }
    return value;
  }
}
