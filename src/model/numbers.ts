/**
 * The one reading of a number rendered as text in an event (`0x1F`, `31`, `-1073741715`): hex with `0x`,
 * or a decimal integer, optionally negative. Anything else (empty, `1.5`, `1e3`, words) is not a number.
 * Code lookups that also accept bare hex digits use patterns/codes/parse.ts.
 */
export function integerFromText(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (/^0x[0-9a-f]+$/i.test(t)) return parseInt(t, 16);
  if (/^-?\d+$/.test(t)) return Number(t);
  return undefined;
}
