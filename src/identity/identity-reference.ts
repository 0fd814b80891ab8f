/** A managed identity as the constructs need it: its resource id and its two Entra ids. */
export interface IdentityReference {
  /** Resource id of the user-assigned identity (`azurerm_user_assigned_identity.id`). */
  readonly id: string;
  /** Object (principal) id, used in role assignments. */
  readonly principalId: string;
  /** Client (application) id, used by the kubelet. */
  readonly clientId: string;
}
