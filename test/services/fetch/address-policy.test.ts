import { describe, expect, it } from 'vitest';
import {
  createPrivateHostAllowance,
  isPrivateAddress,
  normalizeHostname,
  parseIPv6,
} from '../../../src/services/fetch/address-policy.ts';

const refused: Array<[string, string]> = [
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', '"this network"'],
  ['10.0.0.1', 'private 10/8'],
  ['10.255.255.255', 'private 10/8 top'],
  ['100.64.0.1', 'CGNAT low'],
  ['100.127.255.254', 'CGNAT high'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback /8'],
  ['169.254.169.254', 'link-local (cloud metadata)'],
  ['172.16.0.1', 'private 172.16/12'],
  ['172.31.255.255', 'private 172.16/12 top'],
  ['192.0.0.8', 'IETF protocol assignments'],
  ['192.0.2.10', 'TEST-NET-1'],
  ['192.88.99.1', '6to4 relay anycast'],
  ['192.168.1.1', 'private 192.168/16'],
  ['198.18.0.1', 'benchmarking'],
  ['198.19.255.255', 'benchmarking top'],
  ['198.51.100.7', 'TEST-NET-2'],
  ['203.0.113.9', 'TEST-NET-3'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast (SSDP)'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.255', 'broadcast'],
  ['::', 'IPv6 unspecified'],
  ['::1', 'IPv6 loopback'],
  ['[::1]', 'bracketed IPv6 loopback'],
  ['fc00::1', 'ULA fc00::/7'],
  ['fd12:3456:789a::1', 'ULA fd00::/8'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local with zone id'],
  ['febf::1', 'link-local top'],
  ['fec0::1', 'site-local (deprecated)'],
  ['ff02::1', 'multicast'],
  ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
  ['::ffff:7f00:1', 'IPv4-mapped loopback in hex'],
  ['::ffff:10.0.0.1', 'IPv4-mapped private'],
  ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
  ['::ffff:0:127.0.0.1', 'IPv4-translated loopback'],
  ['::127.0.0.1', 'IPv4-compatible loopback'],
  ['::8.8.8.8', 'IPv4-compatible (deprecated, never routed)'],
  ['64:ff9b::127.0.0.1', 'NAT64 embedding loopback'],
  ['64:ff9b::a00:1', 'NAT64 embedding 10.0.0.1'],
  ['64:ff9b:1::1', 'local-use NAT64'],
  ['2002:7f00:1::', '6to4 embedding loopback'],
  ['2002:c0a8:101::1', '6to4 embedding 192.168.1.1'],
  ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'Teredo with client 127.0.0.1'],
  ['2001:0:a00:1::1', 'Teredo with private server'],
  ['2001:db8::1', 'documentation'],
  ['3fff::1', 'documentation 3fff::/20'],
  ['2001:2::1', 'benchmarking'],
  ['2001:10::1', 'ORCHID'],
  ['100::1', 'discard-only'],
  ['not-an-ip', 'not an address at all (fail closed)'],
  ['', 'empty'],
  ['1.2.3', 'short dotted form (not normalised)'],
];

const allowed: Array<[string, string]> = [
  ['8.8.8.8', 'public DNS'],
  ['1.1.1.1', 'public'],
  ['93.184.216.34', 'public'],
  ['100.63.255.255', 'just below CGNAT'],
  ['100.128.0.0', 'just above CGNAT'],
  ['172.15.255.255', 'just below 172.16/12'],
  ['172.32.0.0', 'just above 172.16/12'],
  ['198.17.255.255', 'just below benchmarking'],
  ['198.20.0.0', 'just above benchmarking'],
  ['223.255.255.255', 'just below multicast'],
  ['2606:4700:4700::1111', 'public IPv6'],
  ['2a00:1450:4001:81c::200e', 'public IPv6'],
  ['::ffff:8.8.8.8', 'IPv4-mapped public'],
  ['64:ff9b::808:808', 'NAT64 embedding 8.8.8.8'],
  ['2002:808:808::1', '6to4 embedding 8.8.8.8'],
  ['2001:0:4136:e378:8000:63bf:f7f7:f7f7', 'Teredo with public server and client 8.8.8.8'],
];

describe('isPrivateAddress', () => {
  it.each(refused)('refuses %s (%s)', (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
  });

  it.each(allowed)('allows %s (%s)', (ip) => {
    expect(isPrivateAddress(ip)).toBe(false);
  });

  it('sees through numeric tricks once WHATWG URL parsing has normalised the host', () => {
    for (const trick of [
      'http://2130706433/',
      'http://0x7f.1/',
      'http://017700000001/',
      'http://127.1/',
      'http://0x7f000001/',
      'http://0177.0.0.1/',
      'http://[::ffff:127.0.0.1]/',
      'http://[0:0:0:0:0:ffff:7f00:0001]/',
    ]) {
      const host = normalizeHostname(new URL(trick).hostname);
      expect(isPrivateAddress(host), `${trick} -> ${host}`).toBe(true);
    }
  });
});

describe('parseIPv6', () => {
  it('expands every text form to eight groups', () => {
    expect(parseIPv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(parseIPv6('2001:db8::')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]);
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6('1:2:3:4:5:6:1.2.3.4')).toEqual([1, 2, 3, 4, 5, 6, 0x102, 0x304]);
    expect(parseIPv6('1.2.3.4')).toBeNull();
    expect(parseIPv6('1::2::3')).toBeNull();
  });
});

describe('createPrivateHostAllowance', () => {
  it('matches host names and IP literals case-insensitively, ignoring brackets and a trailing dot', () => {
    const isAllowed = createPrivateHostAllowance(['LocalHost', '127.0.0.1', '::1']);
    expect(isAllowed('localhost')).toBe(true);
    expect(isAllowed('localhost.')).toBe(true);
    expect(isAllowed('127.0.0.1')).toBe(true);
    expect(isAllowed('[::1]')).toBe(true);
    expect(isAllowed('127.0.0.2')).toBe(false);
    expect(isAllowed('evil-localhost')).toBe(false);
  });

  it('limits an entry that names a port to that port', () => {
    const isAllowed = createPrivateHostAllowance(['127.0.0.1:8787', '[::1]:9000', 'LocalHost:80']);
    expect(isAllowed('127.0.0.1', 8787)).toBe(true);
    expect(isAllowed('127.0.0.1', 6379)).toBe(false);
    expect(isAllowed('127.0.0.1')).toBe(false);
    expect(isAllowed('[::1]', 9000)).toBe(true);
    expect(isAllowed('::1', 9001)).toBe(false);
    expect(isAllowed('localhost', 80)).toBe(true);
  });

  it('allows nothing by default', () => {
    const isAllowed = createPrivateHostAllowance([]);
    expect(isAllowed('localhost')).toBe(false);
    expect(isAllowed('')).toBe(false);
  });
});
