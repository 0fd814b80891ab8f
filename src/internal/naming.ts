import { createHash } from 'crypto';
import { IConstruct } from 'constructs';

/** How a default name is shaped for one resource type. */
export interface DefaultNameOptions {
  /** Longest name the resource type accepts. */
  readonly maxLength: number;
  /** Only letters and digits (container registries) instead of letters, digits and "-". */
  readonly alphanumericOnly?: boolean;
  /** Lowercase the result. */
  readonly lowercase?: boolean;
  /** Suffix that says what the resource is, e.g. "vnet". */
  readonly suffix?: string;
}

/**
 * A deterministic, valid default name derived from the construct path: readable path parts, then an
 * 8-character hash of the full path, so long paths are truncated without collisions.
 */
export function defaultName(scope: IConstruct, options: DefaultNameOptions): string {
  const path = scope.node.path;
  const hash = createHash('sha256').update(path).digest('hex').slice(0, 8);
  const parts = scope.node.scopes.slice(1).map((s) => s.node.id);
  if (options.suffix) parts.push(options.suffix);
  const separator = options.alphanumericOnly ? '' : '-';
  const cleaner = options.alphanumericOnly ? /[^a-zA-Z0-9]/g : /[^a-zA-Z0-9-]/g;
  let readable = parts.map((p) => p.replace(cleaner, '')).filter((p) => p.length > 0).join(separator);
  if (options.lowercase) readable = readable.toLowerCase();
  const room = options.maxLength - hash.length - separator.length;
  readable = readable.slice(0, Math.max(0, room)).replace(/-+$/, '');
  if (!/^[a-zA-Z]/.test(readable)) readable = `n${readable}`.slice(0, Math.max(1, room));
  return `${readable}${separator}${hash}`;
}
