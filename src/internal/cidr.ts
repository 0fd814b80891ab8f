/** An IPv4 CIDR block parsed into numbers. */
export interface Cidr {
  readonly text: string;
  readonly network: number;
  readonly prefix: number;
  readonly size: number;
}

const CIDR_PATTERN = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const IP_PATTERN = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function octetsToNumber(octets: string[]): number | undefined {
  const values = octets.map(Number);
  if (values.some((v) => v > 255)) return undefined;
  return ((values[0] << 24) >>> 0) + (values[1] << 16) + (values[2] << 8) + values[3];
}

/** Parses an IPv4 address; undefined when malformed. */
export function parseIp(text: string): number | undefined {
  const match = IP_PATTERN.exec(text);
  return match ? octetsToNumber(match.slice(1, 5)) : undefined;
}

/** Parses "a.b.c.d/n"; undefined when malformed or when host bits are set (Azure rejects those). */
export function parseCidr(text: string): Cidr | undefined {
  const match = CIDR_PATTERN.exec(text);
  if (!match) return undefined;
  const prefix = Number(match[5]);
  const address = octetsToNumber(match.slice(1, 5));
  if (address === undefined || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  if (address % size !== 0) return undefined;
  return { text, network: address, prefix, size };
}

/** True when `inner` lies completely inside `outer`. */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.network >= outer.network && inner.network + inner.size <= outer.network + outer.size;
}

/** True when two blocks share at least one address. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.network < b.network + b.size && b.network < a.network + a.size;
}

/** True when the address lies inside the block. */
export function ipInCidr(ip: number, cidr: Cidr): boolean {
  return ip >= cidr.network && ip < cidr.network + cidr.size;
}
