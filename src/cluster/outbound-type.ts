/** Options of `OutboundType.blockPreview()`. */
export interface BlockPreviewOptions {
  /**
   * Must be true: `block` is an AKS preview feature (no SLA, not for production), emitted through the
   * azapi provider against a preview API version.
   */
  readonly acknowledgePreview: boolean;
}

/**
 * The cluster's outbound (egress) type. Only the isolated types exist here.
 * @see https://learn.microsoft.com/azure/aks/egress-outboundtype
 */
export class OutboundType {
  /** `none` (GA): AKS configures no egress path. With your own VNet, any egress is yours to add (the NSGs deny it). */
  public static readonly NONE = new OutboundType('none', false, true);

  /**
   * `block` (preview): AKS actively blocks egress; AKS-managed VNet only. azurerm 4.55 rejects "block", so
   * the cluster is created with "none" and switched to "block" by an `azapi_update_resource`.
   */
  public static blockPreview(options: BlockPreviewOptions): OutboundType {
    return new OutboundType('block', true, options.acknowledgePreview === true);
  }

  private constructor(
    /** The AKS value. */
    public readonly value: string,
    /** True for a preview outbound type. */
    public readonly isPreview: boolean,
    /** True when a preview was acknowledged (always true for GA types). */
    public readonly acknowledged: boolean,
  ) {}
}
