import { Construct } from 'constructs';
import { invalidProp, isUnresolved } from '../internal/validation';

/**
 * OS disk of a pool's nodes.
 * @see https://learn.microsoft.com/azure/aks/concepts-storage#ephemeral-os-disk
 */
export enum OsDiskType {
  /** On the VM's local (cache or temporary) disk: faster reimage and upgrades, no disk cost; forces replacement when changed. */
  EPHEMERAL = 'Ephemeral',
  /** An Azure managed disk. */
  MANAGED = 'Managed',
}

/** OS disk size the pools use unless told otherwise (AKS's own default), in GiB (internal). */
export const DEFAULT_OS_DISK_SIZE_GB = 128;

/**
 * Local disk of the VM sizes whose ephemeral OS disk the pools rely on, in GiB (internal; keep it small).
 * Ddsv5 sizes have no cache disk: AKS places the ephemeral OS disk on the temporary disk ("temp storage").
 * Source: https://learn.microsoft.com/azure/virtual-machines/sizes/general-purpose/ddsv5-series (temp storage),
 * noted 2026-12; not re-read from the live page (offline). Unknown sizes get a managed OS disk by default.
 */
const LOCAL_DISK_GB: { [vmSize: string]: number } = {
  Standard_D2ds_v5: 75,
  Standard_D4ds_v5: 150,
  Standard_D8ds_v5: 300,
  Standard_D16ds_v5: 600,
};

/** The OS disk attributes of a pool (internal). */
export interface OsDiskAttributes {
  /** `os_disk_type`. */
  readonly osDiskType: string;
  /** `os_disk_size_gb`. */
  readonly osDiskSizeGb: number;
}

/**
 * Ephemeral when the VM size's local disk holds the OS disk, managed otherwise; an explicit Ephemeral on a size
 * known to be too small is refused (internal).
 */
export function resolveOsDisk(
  scope: Construct,
  prefix: string,
  vmSize: string,
  requested: OsDiskType | undefined,
  sizeGb: number | undefined,
): OsDiskAttributes {
  const size = sizeGb ?? DEFAULT_OS_DISK_SIZE_GB;
  if (!isUnresolved(size) && (!Number.isInteger(size) || size < 30 || size > 2048)) {
    throw invalidProp(scope, {
      prop: `${prefix}osDiskSizeGb`,
      value: size,
      problem: 'is not a valid OS disk size',
      allowed: 'an integer from 30 to 2048 (GiB)',
      fix: `correct osDiskSizeGb, or omit it for ${DEFAULT_OS_DISK_SIZE_GB}`,
    });
  }
  const local = isUnresolved(vmSize) ? undefined : LOCAL_DISK_GB[vmSize];
  const fits = local !== undefined && !isUnresolved(size) && size <= local;
  if (requested === OsDiskType.EPHEMERAL && local !== undefined && !fits && !isUnresolved(size)) {
    throw invalidProp(scope, {
      prop: `${prefix}osDiskType`,
      value: requested,
      problem: `does not fit: ${vmSize} has a ${local} GiB local disk and osDiskSizeGb is ${size}`,
      allowed: `Ephemeral with osDiskSizeGb up to ${local} on ${vmSize}, or Managed`,
      fix: `set osDiskSizeGb to ${local} or less, choose a VM size with a larger local disk, or use OsDiskType.MANAGED`,
    });
  }
  const type = requested ?? (fits ? OsDiskType.EPHEMERAL : OsDiskType.MANAGED);
  return { osDiskType: type, osDiskSizeGb: size };
}
