/** Reading the values a check rests on (a DWORD, a text, where it was read), and the outcomes it says. */
import type { StateRead } from '../../src/model/state.js';
import type { CheckOutcome } from './check.js';

/** A registry number (DWORD), else undefined. */
export const num = (r: StateRead | undefined): number | undefined => {
  const v = r?.item.value;
  return typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
};
export const text = (r: StateRead | undefined): string => {
  const v = r?.item.value;
  return v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
};
/** Where a value was read, in words. */
export const where = (r: StateRead): string =>
  r.item.key.toLowerCase().startsWith('hklm\\software\\policies')
    ? 'the policy key'
    : r.item.key.split('\\').slice(-1)[0];
export const said = (name: string, r: StateRead | undefined, meaning?: Record<number, string>): string => {
  if (!r) return `${name} not set`;
  const n = num(r);
  const m = n !== undefined && meaning ? meaning[n] : undefined;
  return `${name} = ${text(r)}${m ? ` (${m})` : ''} in ${where(r)}`;
};
export const notMade = (why: string): CheckOutcome => ({ verdict: 'not-made', value: why, read: [] });
export const passed = (value: string, read: StateRead[]): CheckOutcome => ({ verdict: 'passed', value, read });
