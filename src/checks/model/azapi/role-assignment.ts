/**
 * `Microsoft.Authorization/roleAssignments` written with azapi, as `azurerm_role_assignment`: the scope is
 * the parent_id, the role and principal come from `body.properties`.
 */
import { T } from '../subjects';
import type { TfResource } from '../terraform-document';
import { Body, MapContext } from './body';
import { subject, SubjectBuilder } from './subject';

/** ARM type of a role assignment. */
export const ROLE_ASSIGNMENTS = 'microsoft.authorization/roleassignments';

/** A role assignment: scope (parent_id), role definition id, principal id. */
export function mapRoleAssignment(ctx: MapContext, raw: TfResource): TfResource[] {
  const p = Body.of(ctx, raw).at('properties');
  const built = new SubjectBuilder()
    .set('name', raw.config.name)
    .set('scope', raw.config.parent_id, 'parent_id')
    .from('role_definition_id', p, 'roleDefinitionId')
    .from('principal_id', p, 'principalId')
    .from('principal_type', p, 'principalType');
  return [subject(raw, T.roleAssignment, 'Microsoft.Authorization/roleAssignments', built)];
}
