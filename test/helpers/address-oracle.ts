/**
 * The address classifier beside ipaddr.js (test/model/address-oracle.test.ts says the claim): the random texts, the
 * oracle, and the disagreements of a slice of the texts. The fast tier checks the edges and the first random
 * texts, address-oracle-rest.test.ts (slow tier) the others, so `npm test` checks every one.
 */
import ipaddr from 'ipaddr.js';
import { type AddressClass, classOfAddress, isInternetAddress } from '../../src/model/address-class.js';
import { intIn, pick, rng } from './random.js';

type Class = AddressClass | 'loopback-v6' | undefined;

/** The classes an IPv4 range of ipaddr.js may be given, and whether it is on the internet. */
const V4: Record<string, { classes: Class[]; internet: boolean }> = {
  unspecified: { classes: [undefined], internet: false },
  broadcast: { classes: [undefined], internet: false },
  multicast: { classes: [undefined], internet: false },
  linkLocal: { classes: ['link-local-v4'], internet: false },
  loopback: { classes: ['loopback-v4'], internet: false },
  carrierGradeNat: { classes: ['private-v4'], internet: false },
  private: { classes: ['private-v4'], internet: false },
  // documentation, benchmarking, 192.0.0/24, the old 6to4 relay, 240/4: never a source from the internet
  reserved: { classes: ['public-v4', undefined], internet: false },
  as112: { classes: ['public-v4'], internet: true },
  amt: { classes: ['public-v4'], internet: true },
  unicast: { classes: ['public-v4'], internet: true },
};
const V6: Record<string, { classes: Class[]; internet: boolean }> = {
  unspecified: { classes: [undefined], internet: false },
  multicast: { classes: [undefined], internet: false },
  loopback: { classes: ['loopback-v6'], internet: false },
  linkLocal: { classes: ['link-local-v6'], internet: false },
  uniqueLocal: { classes: ['private-v6'], internet: false },
  deprecatedSiteLocal: { classes: ['private-v6'], internet: false },
  teredo: { classes: ['public-v6'], internet: true },
  amt: { classes: ['public-v6'], internet: true },
  as112v6: { classes: ['public-v6'], internet: true },
  unicast: { classes: ['public-v6'], internet: true },
};
/** Not routed on the internet: documentation, benchmarking, discard, ORCHID, segment routing, the NAT64 local-use prefix. */
const V6_UNROUTED = { classes: ['public-v6', 'private-v6'] as Class[], internet: false };

function randomV4(random: () => number): number[] {
  const a = pick(random, [0, 10, 100, 127, 169, 172, 192, 198, 203, 224, 239, 240, 255, intIn(random, 0, 255)]);
  const b = pick(random, [0, 2, 16, 31, 32, 51, 63, 64, 88, 100, 127, 128, 168, 18, 19, 254, intIn(random, 0, 255)]);
  const c = pick(random, [0, 2, 99, 100, 113, 255, intIn(random, 0, 255)]);
  return [a, b, c, pick(random, [0, 1, 255, intIn(random, 0, 255)])];
}

function randomV6(random: () => number): number[] {
  const g = Array.from({ length: 8 }, () => (random() < 0.4 ? 0 : intIn(random, 0, 0xffff)));
  const v4 = randomV4(random);
  const tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
  switch (intIn(random, 0, 9)) {
    case 0: // v4-mapped, IPv4-translated
      return random() < 0.5 ? [0, 0, 0, 0, 0, 0xffff, ...tail] : [0, 0, 0, 0, 0xffff, 0, ...tail];
    case 1: // NAT64, well-known and local-use
      return random() < 0.7 ? [0x64, 0xff9b, 0, 0, 0, 0, ...tail] : [0x64, 0xff9b, 1, ...g.slice(3)];
    case 2: // 6to4
      return [0x2002, ...tail, ...g.slice(3)];
    case 3: // unspecified, loopback, ::a.b.c.d
      return [0, 0, 0, 0, 0, 0, ...pick(random, [[0, 0], [0, 1], tail])];
    case 4:
      return [
        0x2001,
        pick(random, [0, 0xdb8, 2, 3, 4, 0x10, 0x20, 0x30, 0x1ff, intIn(random, 0, 0xffff)]),
        ...g.slice(2),
      ];
    default:
      return [
        pick(random, [
          0xfe80,
          0xfebf,
          0xfec0,
          0xfc00,
          0xfd12,
          0xff02,
          0x100,
          0x3fff,
          0x5f00,
          0x2620,
          0x2a00,
          intIn(random, 0, 0xffff),
        ]),
        ...g.slice(1),
      ];
  }
}

/** The address written one of the ways it may be logged. */
function writeV6(groups: number[], random: () => number): string {
  const hex = groups.map((n) => (random() < 0.3 ? n.toString(16).padStart(4, '0') : n.toString(16)));
  if (random() < 0.3) {
    const [a, b] = [groups[6]!, groups[7]!];
    hex.splice(6, 2, `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`);
  }
  let text = hex.join(':');
  if (random() < 0.6) {
    // the longest run of zero groups (two or more) as ::
    let best = [-1, 0];
    for (let i = 0; i < 8; ) {
      let j = i;
      while (j < 8 && groups[j] === 0 && j < hex.length && !hex[j]!.includes('.')) j++;
      if (j - i > best[1]! && j - i >= 2) best = [i, j - i];
      i = Math.max(j, i + 1);
    }
    if (best[0]! >= 0) text = `${hex.slice(0, best[0]).join(':')}::${hex.slice(best[0]! + best[1]!).join(':')}`;
  }
  if (random() < 0.3) text = text.toUpperCase();
  if (random() < 0.2) text = `[${text}]`;
  else if (random() < 0.1) text = `${text}%12`;
  return text;
}

/** What ipaddr.js says of an address: the class it may have and whether it is on the internet. */
function oracle(text: string): { classes: Class[]; internet: boolean; range: string } {
  const bare = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const address = ipaddr.parse(bare);
  const range = address.range();
  if (address.kind() === 'ipv4') return { ...V4[range]!, range };
  const parts = (address as ipaddr.IPv6).parts;
  const carried = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  let v4: string | undefined;
  if (range === 'ipv4Mapped' || range === 'rfc6145') v4 = carried(parts[6]!, parts[7]!);
  else if (range === 'rfc6052' && parts[2] === 0) v4 = carried(parts[6]!, parts[7]!);
  else if (range === '6to4') v4 = carried(parts[1]!, parts[2]!);
  if (v4) {
    const inner = oracle(v4);
    return { ...inner, range: `${range} of ${inner.range}` };
  }
  return { ...(V6[range] ?? V6_UNROUTED), range };
}

/** Addresses at the edges of the ranges, written the ways logs write them. */
export const EDGES = [
  '0:0:0:0:0:0:0:1',
  '0000:0000:0000:0000:0000:0000:0000:0001',
  '::ffff:0a00:0001',
  '::FFFF:10.0.0.1',
  '::ffff:c0a8:0101',
  '[::ffff:7f00:1]',
  '0:0:0:0:0:ffff:a9fe:0101',
  '64:ff9b::a00:1',
  '64:ff9b::203.0.113.9',
  '2002:0a00:0001::1',
  '2002:c633:6401::1',
  'fe80::1%12',
  'fec0::1',
  '2001:db8::15',
  '2001:0DB8:0:0:0:0:0:15',
  '3fff::1',
  '100::1',
  '2a00:1450::1',
  '0.0.0.0',
  '255.255.255.255',
  '100.64.0.1',
  '100.128.0.1',
  '172.15.255.255',
  '172.32.0.1',
  '169.254.1.1',
  '192.0.2.5',
  '198.18.0.1',
  '203.0.113.7',
  '8.8.8.8',
];

/** How many texts the checks go over: the edges, then random addresses of seed 52. */
export const RANDOM_TEXTS = 10_000;
/** The random texts the fast tier checks (the first); address-oracle-rest.test.ts checks the others. */
export const FAST_TEXTS = 2_000;

/** The edges, then `RANDOM_TEXTS` random addresses (40% IPv4), each written one of the ways logs write it. */
export function oracleTexts(): string[] {
  const random = rng(52);
  const texts = [...EDGES];
  for (let i = 0; i < RANDOM_TEXTS; i++) {
    texts.push(random() < 0.4 ? randomV4(random).join('.') : writeV6(randomV6(random), random));
  }
  return texts;
}

/**
 * Each text where rdpdiag's class or internet verdict is not what ipaddr.js' range means, said (an expect per text
 * cost more than the classifier: 20,000 of them).
 */
export function disagreements(texts: readonly string[]): string[] {
  const wrong: string[] = [];
  for (const text of texts) {
    const expected = oracle(text);
    const [cls, internet] = [classOfAddress(text), isInternetAddress(text)];
    if (!expected.classes.includes(cls) || internet !== expected.internet)
      wrong.push(
        `${text} (${expected.range}): ${cls}, internet ${internet}; expected ${expected.classes.join(' or ')}, internet ${expected.internet}`,
      );
  }
  return wrong;
}
