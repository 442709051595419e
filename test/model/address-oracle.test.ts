/**
 * The address classifier beside ipaddr.js on the same random addresses, written every way Windows and SIEMs
 * write them (IPv6 compressed or not, leading zeros or not, upper case, an IPv4 tail, brackets, a zone): the
 * class rdpdiag gives is the one ipaddr.js' range means, and only ipaddr.js' global unicast ranges are on the
 * internet. An IPv4 address carried in IPv6 (v4-mapped, IPv4-translated, the NAT64 well-known prefix, 6to4)
 * is classed as the address it carries; so is ISATAP's (`fe80::5efe:10.0.0.1`), where ipaddr.js keeps the
 * prefix's class: the one intended difference, tested apart.
 */
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { classOfAddress, isInternetAddress } from '../../src/model/address-class.js';
import { disagreements, EDGES, FAST_TEXTS, oracleTexts } from '../helpers/address-oracle.js';

describe('the address classifier beside ipaddr.js', () => {
  it('gives the class and the internet verdict ipaddr.js means', () => {
    // The edges and the first random texts; the others in address-oracle-rest.test.ts (slow tier).
    const texts = oracleTexts().slice(0, EDGES.length + FAST_TEXTS);
    expect(disagreements(texts)).toEqual([]);
    expect(texts.length).toBeGreaterThan(FAST_TEXTS);
  });

  it('classes an ISATAP address by the IPv4 host it carries', () => {
    expect(classOfAddress('fe80::5efe:10.0.0.1')).toBe('private-v4');
    expect(classOfAddress('2001:470:1f0b::200:5efe:8.8.8.8')).toBe('public-v4');
    expect(isInternetAddress('fe80::0:5efe:a00:1')).toBe(false);
  });

  it('gives no class to what is not an address', () => {
    for (const text of [
      '999.1.1.1',
      '1.2.3',
      '1::2::3',
      '12345::1',
      'fe80:::1',
      '1:2:3:4:5:6:7:8:9',
      'host',
      '-',
      ':::',
    ]) {
      expect(ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text), text).toBe(false);
      expect(classOfAddress(text), text).toBeUndefined();
      expect(isInternetAddress(text), text).toBe(false);
    }
  });
});
