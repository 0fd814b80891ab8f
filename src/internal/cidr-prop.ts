import { IConstruct } from 'constructs';
import { Cidr, parseCidr } from './cidr';
import { invalidProp, isUnresolved } from './validation';

/**
 * Parses a CIDR prop: undefined for an unresolved token (checked where it resolves), an error naming the
 * construct path and prop for a malformed literal.
 */
export function parseCidrProp(scope: IConstruct, prop: string, value: string): Cidr | undefined {
  if (isUnresolved(value)) return undefined;
  const cidr = parseCidr(value);
  if (!cidr) {
    throw invalidProp(scope, {
      prop,
      value,
      problem: 'is not a valid IPv4 CIDR block',
      allowed: 'a.b.c.d/n with the host bits zero, e.g. "10.240.0.0/16"',
      fix: `correct ${prop}`,
    });
  }
  return cidr;
}
