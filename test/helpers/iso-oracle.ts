/**
 * The ISO 8601 readers beside date-fns (test/model/iso-oracle.test.ts says the claim): the random texts, the oracle,
 * and the disagreements of a slice of the texts. The fast tier checks the edges and the first random texts of each
 * reader, iso-oracle-rest.test.ts (slow tier) the others, so `npm test` checks every one.
 */
// The two functions' own modules: the package's index loads every function (some 0.3 CPU-seconds per worker).
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { expect } from 'vitest';
import { FilterError, parseTimeArg } from '../../src/ingest/filter.js';
import { instantFromIso } from '../../src/model/time.js';
import { intIn, pick, rng } from './random.js';

const two = (n: number) => String(n).padStart(2, '0');
const four = (n: number) => String(n).padStart(4, '0');

interface Parts {
  date: string;
  time: string;
  fraction: string;
  zone: string;
}

function randomParts(random: () => number): Parts {
  const year = pick(random, [intIn(random, 0, 99), intIn(random, 100, 1969), intIn(random, 1970, 2100), 2024, 2023]);
  const month = intIn(random, 0, 13);
  const day = pick(random, [intIn(random, 0, 32), 28, 29, 30, 31]);
  const hour = pick(random, [intIn(random, 0, 25), 23, 24, 0]);
  const minute = pick(random, [intIn(random, 0, 60), 59, 0]);
  const second = pick(random, [intIn(random, 0, 61), 59, 60, 0]);
  const digits = intIn(random, 0, 9);
  const fraction = digits === 0 ? '' : `.${Array.from({ length: digits }, () => intIn(random, 0, 9)).join('')}`;
  const zone = pick(random, [
    '',
    'Z',
    `+${two(intIn(random, 0, 14))}:${pick(random, ['00', '30', '45'])}`,
    `-${two(intIn(random, 0, 12))}:00`,
    `+${two(intIn(random, 0, 25))}:${two(intIn(random, 0, 61))}`,
    `-${two(intIn(random, 0, 25))}${two(intIn(random, 0, 61))}`,
  ]);
  return {
    date: `${four(year)}-${two(month)}-${two(day)}`,
    time: `${two(hour)}:${two(minute)}:${two(second)}`,
    fraction,
    zone,
  };
}

/** date-fns' reading in ms, or undefined when it refuses. */
function oracle(text: string): number | undefined {
  const d = parseISO(text);
  return isValid(d) ? d.getTime() : undefined;
}

export const EDGES = [
  '2024-04-31T00:00:00Z',
  '2023-02-29T12:00:00Z',
  '2024-02-29T12:00:00Z',
  '2024-12-31T23:59:60Z',
  '0050-06-01T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '0099-12-31T23:59:59.9999999Z',
  '2024-05-02T24:00:00Z',
  '2024-05-02T24:00:01Z',
  '2024-05-02T09:00:00+25:00',
  '2024-05-02T09:00:00+02:60',
  '2024-05-02T09:14:07.5310000+02:00',
];

/** How many random texts each reader's check goes over, after the edges. */
export const RANDOM_TEXTS = 5000;
/** The random texts of each reader the fast tier checks (the first); iso-oracle-rest.test.ts checks the others. */
export const FAST_TEXTS = 1000;

/** The texts the fast tier checks: those before the random ones, then the first `FAST_TEXTS` random ones. */
export const fastOf = (texts: readonly string[]): string[] => texts.slice(0, texts.length - RANDOM_TEXTS + FAST_TEXTS);
/** The random texts the fast tier does not check. */
export const restOf = (texts: readonly string[]): string[] => texts.slice(texts.length - RANDOM_TEXTS + FAST_TEXTS);

/** The texts `instantFromIso` is checked on: the edges, then random log times (seed 52). */
export function isoTexts(): string[] {
  const random = rng(52);
  const texts = [...EDGES];
  for (let i = 0; i < RANDOM_TEXTS; i++) {
    const p = randomParts(random);
    texts.push(`${p.date}T${p.time}${p.fraction}${p.zone}`);
  }
  return texts;
}

/** Each text `instantFromIso` reads otherwise than date-fns, said (one expect for them all, not three each). */
export function isoDisagreements(texts: readonly string[]): string[] {
  const wrong: string[] = [];
  for (const text of texts) {
    const withZone = /(Z|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text}Z`;
    const expected = oracle(withZone);
    const ours = instantFromIso(text);
    if (expected === undefined) {
      if (ours !== undefined) wrong.push(`${text}: read as ${ours.iso}, date-fns refuses it`);
    } else if (ours === undefined) wrong.push(`${text}: refused, date-fns reads ${expected}`);
    // date-fns reads the fraction as a float: within a millisecond of ours.
    else if (Math.abs(ours.ms - expected) > 1) wrong.push(`${text}: ${ours.ms}, date-fns ${expected}`);
    else if (ours.iso.slice(0, 19) !== new Date(ours.ms).toISOString().slice(0, 19))
      wrong.push(`${text}: ${ours.iso} is not the instant ${ours.ms}`);
  }
  return wrong;
}

/** The texts --since/--until are checked on: the edges and a few more, then random dates and times (seed 5252). */
export function sinceTexts(): string[] {
  const random = rng(5252);
  const texts = [...EDGES, '2024-04-31', '0050-06-01', '2024-05-02T24:00', '2024-05-02T09:00+02'];
  for (let i = 0; i < RANDOM_TEXTS; i++) {
    const p = randomParts(random);
    const form = intIn(random, 0, 2);
    if (form === 0) texts.push(p.date);
    else if (form === 1) texts.push(`${p.date}T${p.time.slice(0, 5)}${p.zone}`);
    else texts.push(`${p.date} ${p.time}${p.fraction}${p.zone}`);
  }
  return texts;
}

/** The reading of --since/--until, or undefined where it refuses the text (with an error naming it). */
function ours(text: string): number | undefined {
  try {
    return parseTimeArg(text);
  } catch (err) {
    expect(err).toBeInstanceOf(FilterError);
    expect((err as Error).message).toContain(text);
    return undefined;
  }
}

/** Each text --since/--until reads otherwise than date-fns, said. */
export function sinceDisagreements(texts: readonly string[]): string[] {
  const wrong: string[] = [];
  for (const text of texts) {
    let full = text.length === 10 ? `${text}T00:00:00` : text;
    if (!/(Z|[+-]\d\d(:?\d\d)?)$/.test(full)) full = `${full}Z`;
    const expected = oracle(full);
    const got = ours(text);
    if (expected === undefined ? got !== undefined : got === undefined || Math.abs(got - expected) > 1)
      wrong.push(`${text}: ${got}, date-fns ${expected}`);
  }
  return wrong;
}

/** The two readers the oracle checks, by the name their tests give: their texts and their disagreements. */
const READERS = {
  instantFromIso: { texts: isoTexts, disagreements: isoDisagreements },
  '--since/--until': { texts: sinceTexts, disagreements: sinceDisagreements },
} as const;

/**
 * A reader's disagreements with date-fns on one part of its texts (`fastOf` or `restOf`), and how many texts that
 * part held: the fast tier's check and the slow tier's are the same check on the two parts.
 */
export function oracleOn(
  reader: keyof typeof READERS,
  part: (texts: readonly string[]) => string[],
): { disagreements: string[]; checked: number } {
  const texts = part(READERS[reader].texts());
  return { disagreements: READERS[reader].disagreements(texts), checked: texts.length };
}
