/** Matching events against the declarative matchers of patterns/ (no knowledge of any cause here). */
import { listOf } from '../../patterns/evidence.js';
import type { EventMatcher, FieldTest } from '../../patterns/types.js';
import { numberField } from '../correlate/index.js';
import { channelNamed, channelOf } from '../model/channels.js';
import type { NormalizedEvent } from '../model/event.js';

/** Negative 32-bit renderings (`-1073741715`) and their unsigned hex (`0xC000006D`) are the same code. */
function unsigned(n: number): number {
  return n < 0 && n >= -0x80000000 ? n >>> 0 : n;
}

/**
 * Field values repeat a lot (`40`, `0xc000006d`): their numeric reading is cached.
 * @cache each value's numeric reading, a pure function of it; bounded.
 */
const numbers = new Map<string, number | null>();
function numberOf(v: string): number | undefined {
  let n = numbers.get(v);
  if (n === undefined) {
    const parsed = numberField(v);
    n = parsed === undefined ? null : unsigned(parsed);
    if (numbers.size > 50_000) numbers.clear();
    numbers.set(v, n);
  }
  return n === null ? undefined : n;
}

/** One expected value: equal numerically whatever the rendering, else as text ignoring case. */
function valueTest(expected: string | number): (actual: string) => boolean {
  const num = typeof expected === 'number' ? unsigned(expected) : numberOf(expected);
  const text = String(expected).trim().toLowerCase();
  if (num !== undefined) return (actual) => numberOf(actual) === num || actual.trim().toLowerCase() === text;
  return (actual) => actual === expected || actual.trim().toLowerCase() === text;
}

/** A field test compiled once: expected values parsed ahead, so testing an event parses only its value. */
export function compileFieldTest(test: FieldTest): (value: string | undefined) => boolean {
  if (typeof test === 'string' || typeof test === 'number') {
    const t = valueTest(test);
    return (v) => v !== undefined && t(v);
  }
  if ('present' in test) return (v) => (v !== undefined && v.trim() !== '' && v.trim() !== '-') === test.present;
  if ('in' in test) {
    const ts = test.in.map(valueTest);
    return (v) => v !== undefined && ts.some((t) => t(v));
  }
  if ('notIn' in test) {
    const ts = test.notIn.map(valueTest);
    return (v) => v === undefined || !ts.some((t) => t(v));
  }
  const re = new RegExp(test.regex, 'i');
  return (v) => v !== undefined && re.test(v);
}

/** Compiled form of a matcher: the event id set and lower-cased lists are built once. */
export interface CompiledMatcher {
  test(e: NormalizedEvent): boolean;
  /** Tests no field: events of one id, channel and provider are all taken or all left. */
  fieldless: boolean;
  channels: readonly string[];
}

/** @cache a matcher compiled once (constant data). */
const cache = new WeakMap<EventMatcher, CompiledMatcher>();

/**
 * Matchers written the same way in several patterns share one compiled matcher (and its cached look-ups).
 * @cache one compiled matcher per way of writing one (the patterns' constant data).
 */
const byShape = new Map<string, CompiledMatcher>();

export function compileMatcher(m: EventMatcher): CompiledMatcher {
  const cached = cache.get(m);
  if (cached) return cached;
  const shape = JSON.stringify(m);
  const same = byShape.get(shape);
  if (same) {
    cache.set(m, same);
    return same;
  }
  const ids = new Set(listOf(m.eventId));
  const channels = listOf(m.channel);
  const channelRows = channels.map(channelNamed);
  const providers = m.provider === undefined ? undefined : listOf(m.provider).map((p) => p.toLowerCase());
  const fields = m.fields ? Object.entries(m.fields).map(([k, t]) => [k, compileFieldTest(t)] as const) : [];
  // Channel and provider strings repeat across events: each distinct one is judged once.
  const channelOk = new Map<string, boolean>();
  const providerOk = new Map<string, Map<string, boolean>>();
  const compiled: CompiledMatcher = {
    fieldless: fields.length === 0,
    channels,
    test(e) {
      if (!ids.has(e.eventId)) return false;
      if (channels.length) {
        let ok = channelOk.get(e.channel);
        if (ok === undefined) {
          const row = channelOf(e.channel);
          channelOk.set(e.channel, (ok = row !== undefined && channelRows.includes(row)));
        }
        if (!ok) return false;
      }
      if (providers) {
        // By name, then by event source name: no key string built per event.
        let bySource = providerOk.get(e.provider.name);
        if (!bySource) providerOk.set(e.provider.name, (bySource = new Map()));
        const sourceKey = e.provider.eventSourceName ?? '';
        let ok = bySource.get(sourceKey);
        if (ok === undefined) {
          const name = e.provider.name.toLowerCase();
          const source = e.provider.eventSourceName?.toLowerCase();
          ok = providers.some((p) => p === name || p === source || name.endsWith('-' + p));
          bySource.set(sourceKey, ok);
        }
        if (!ok) return false;
      }
      for (const [k, t] of fields) if (!t(e.data[k])) return false;
      return true;
    },
  };
  cache.set(m, compiled);
  byShape.set(shape, compiled);
  return compiled;
}
