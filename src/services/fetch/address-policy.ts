import { isIP } from 'node:net';

/**
 * Which IP addresses NewsBrief may connect to. Everything that is not plainly a public unicast
 * address is refused, including IPv6 forms that embed an IPv4 address (mapped, compatible,
 * NAT64, 6to4, Teredo): the embedded address is judged like any other IPv4 address.
 */

/** IPv4 ranges that are not public unicast (IANA special-purpose registry). [base, prefix length] */
const BLOCKED_IPV4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this network", includes the unspecified address
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation TEST-NET-1
  ['192.88.99.0', 24], // deprecated 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation TEST-NET-2
  ['203.0.113.0', 24], // documentation TEST-NET-3
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes broadcast 255.255.255.255
];

/** Parses a dotted-quad IPv4 address into a 32-bit unsigned number, or null. */
export function parseIPv4(text: string): number | null {
  if (isIP(text) !== 4) return null;
  return text.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

const BLOCKED_IPV4_RANGES = BLOCKED_IPV4.map(([base, bits]) => {
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { network: (parseIPv4(base) ?? 0) & mask, mask };
});

function isPrivateIPv4(value: number): boolean {
  return BLOCKED_IPV4_RANGES.some(({ network, mask }) => (value & mask) >>> 0 === network >>> 0);
}

/** Parses any IPv6 text form (with "::" and an optional dotted IPv4 tail) into 8 groups, or null. */
export function parseIPv6(text: string): number[] | null {
  const address = text.replace(/%.*$/, ''); // zone ids ("fe80::1%eth0") do not change the address
  if (isIP(address) !== 6) return null;
  let body = address;
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted?.[1]) {
    const v4 = parseIPv4(dotted[1]);
    if (v4 === null) return null;
    tail.push(v4 >>> 16, v4 & 0xffff);
    body = body.slice(0, -dotted[1].length);
    if (body.endsWith(':') && !body.endsWith('::')) body = body.slice(0, -1);
  }
  const toGroups = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const [head, rest] = body.split('::') as [string, string | undefined];
  const left = toGroups(head);
  const right = [...(rest === undefined ? [] : toGroups(rest)), ...tail];
  if (rest === undefined) return [...left, ...right].length === 8 ? [...left, ...right] : null;
  const missing = 8 - left.length - right.length;
  return missing < 0 ? null : [...left, ...new Array<number>(missing).fill(0), ...right];
}

const v4From = (high: number, low: number) => ((high << 16) | low) >>> 0;

function isPrivateIPv6(groups: number[]): boolean {
  const g = (index: number) => groups[index] ?? 0;
  const allZero = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);

  // ::/96 covers unspecified, loopback and deprecated IPv4-compatible addresses: none are usable.
  if (allZero(0, 6)) return true;
  // ::ffff:a.b.c.d (IPv4-mapped) and ::ffff:0:a.b.c.d (IPv4-translated) reach the embedded v4 host.
  if (allZero(0, 5) && g(5) === 0xffff) return isPrivateIPv4(v4From(g(6), g(7)));
  if (allZero(0, 4) && g(4) === 0xffff && g(5) === 0) return isPrivateIPv4(v4From(g(6), g(7)));
  // 64:ff9b::/96 well-known NAT64 prefix: judged by the embedded v4 address.
  if (g(0) === 0x64 && g(1) === 0xff9b && allZero(2, 6)) return isPrivateIPv4(v4From(g(6), g(7)));
  // Only 2000::/3 is global unicast; everything else (ULA fc00::/7, link-local fe80::/10,
  // site-local fec0::/10, multicast ff00::/8, 64:ff9b:1::/48, discard 100::/64 ...) is refused.
  if ((g(0) & 0xe000) !== 0x2000) return true;
  // 2002::/16 6to4: the v4 address sits in groups 1-2.
  if (g(0) === 0x2002) return isPrivateIPv4(v4From(g(1), g(2)));
  if (g(0) === 0x2001) {
    // Teredo 2001::/32: server v4 in groups 2-3, client v4 inverted in groups 6-7.
    if (g(1) === 0) {
      return isPrivateIPv4(v4From(g(2), g(3))) || isPrivateIPv4(v4From(g(6) ^ 0xffff, g(7) ^ 0xffff));
    }
    if (g(1) === 0x0db8) return true; // documentation
    if (g(1) === 0x0002 && g(2) === 0) return true; // benchmarking 2001:2::/48
    if ((g(1) & 0xfff0) === 0x0010 || (g(1) & 0xfff0) === 0x0020) return true; // ORCHID v1/v2
  }
  if (g(0) === 0x3fff && (g(1) & 0xf000) === 0) return true; // documentation 3fff::/20 (RFC 9637)
  return false;
}

/**
 * True when `ip` must not be connected to: private, loopback, link-local, CGNAT, multicast,
 * reserved, documentation, benchmarking, or an IPv6 form embedding such an IPv4 address.
 * Anything that is not a valid IP literal counts as private, so callers fail closed.
 */
export function isPrivateAddress(ip: string): boolean {
  const text = stripBrackets(ip.trim());
  const v4 = parseIPv4(text);
  if (v4 !== null) return isPrivateIPv4(v4);
  const v6 = parseIPv6(text);
  if (v6 !== null) return isPrivateIPv6(v6);
  return true;
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/**
 * The form of a URL host used for comparisons: lower case, no IPv6 brackets, no trailing dot.
 * WHATWG URL parsing has already turned numeric tricks (2130706433, 0x7f.1, 127.1) into dotted IPv4.
 */
export function normalizeHostname(hostname: string): string {
  return stripBrackets(hostname.trim().toLowerCase()).replace(/\.$/, '');
}

/**
 * Decides whether a host may be reached although its addresses are private. An entry is a host
 * ("127.0.0.1": any port) or a host and port ("127.0.0.1:8787", "[::1]:8787": that port only), so
 * one local service can be allowed without the other services of that machine.
 */
export function createPrivateHostAllowance(
  allowPrivateHosts: readonly string[],
): (hostname: string, port?: number) => boolean {
  const anyPort = new Set<string>();
  const withPort = new Set<string>();
  for (const entry of allowPrivateHosts) {
    const match = /^\[([^\]]+)\]:(\d+)$/.exec(entry.trim()) ?? /^([^:]+):(\d+)$/.exec(entry.trim());
    if (match) withPort.add(`${normalizeHostname(match[1] ?? '')} ${Number(match[2])}`);
    else if (normalizeHostname(entry)) anyPort.add(normalizeHostname(entry));
  }
  return (hostname, port) => {
    const host = normalizeHostname(hostname);
    return anyPort.has(host) || (port !== undefined && withPort.has(`${host} ${port}`));
  };
}
