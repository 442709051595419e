/** Matching events against the declarative matchers of patterns/ (no knowledge of any cause here). */
import type { EventMatcher, FieldTest } from '../../patterns/types.js';
import { numberField } from '../correlate/keys.js';
import type { NormalizedEvent } from '../model/event.js';

function asList<T>(v: T | readonly T[] | undefined): readonly T[] | undefined {
  return v === undefined ? undefined : Array.isArray(v) ? (v as readonly T[]) : [v as T];
}

/** A channel matches a full name, `System`/`Security`, or a suffix such as `RdpCoreTS/Operational`. */
export function channelMatches(channel: string, wanted: string): boolean {
  const c = channel.toLowerCase();
  const w = wanted.toLowerCase();
  return c === w || c.endsWith('-' + w) || c.endsWith('/' + w);
}

function sameValue(actual: string, expected: string | number): boolean {
  const a = numberField(actual);
  const b = typeof expected === 'number' ? expected : numberField(expected);
  if (a !== undefined && b !== undefined) return a === b || (a >>> 0) === (b >>> 0);
  return actual.trim().toLowerCase() === String(expected).trim().toLowerCase();
}

export function fieldPasses(value: string | undefined, test: FieldTest): boolean {
  if (typeof test === 'string' || typeof test === 'number') return value !== undefined && sameValue(value, test);
  if ('present' in test) return (value !== undefined && value.trim() !== '' && value.trim() !== '-') === test.present;
  if (value === undefined) return 'notIn' in test;
  if ('in' in test) return test.in.some((x) => sameValue(value, x));
  if ('notIn' in test) return !test.notIn.some((x) => sameValue(value, x));
  return new RegExp(test.regex, 'i').test(value);
}

/** Compiled form of a matcher: the event id set and lower-cased lists are built once. */
export interface CompiledMatcher {
  test(e: NormalizedEvent): boolean;
  channels: readonly string[];
}

const cache = new WeakMap<EventMatcher, CompiledMatcher>();

export function compileMatcher(m: EventMatcher): CompiledMatcher {
  const cached = cache.get(m);
  if (cached) return cached;
  const ids = new Set(asList(m.eventId));
  const channels = asList(m.channel) ?? [];
  const providers = asList(m.provider)?.map((p) => p.toLowerCase());
  const fields = m.fields ? Object.entries(m.fields) : [];
  const compiled: CompiledMatcher = {
    channels,
    test(e) {
      if (!ids.has(e.eventId)) return false;
      if (channels.length && !channels.some((c) => channelMatches(e.channel, c))) return false;
      if (providers) {
        const name = e.provider.name.toLowerCase();
        const source = e.provider.eventSourceName?.toLowerCase();
        if (!providers.some((p) => p === name || p === source || name.endsWith('-' + p))) return false;
      }
      for (const [k, t] of fields) if (!fieldPasses(e.data[k], t)) return false;
      return true;
    },
  };
  cache.set(m, compiled);
  return compiled;
}
