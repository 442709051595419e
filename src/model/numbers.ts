/**
 * The one reading of a number rendered as text in an event (`0x1F`, `31`, `-1073741715`): hex with `0x`,
 * or a decimal integer, optionally negative. Anything else (empty, `1.5`, `1e3`, words) is not a number.
 * Code lookups that also accept bare hex digits use patterns/codes/parse.ts.
 */
export function integerFromText(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  // Most are a few plain digits (event ids, versions, process ids): read without a regular expression.
  const n = text.length;
  if (n > 0 && n <= 15) {
    let value = 0;
    let i = 0;
    for (; i < n; i++) {
      const digit = text.charCodeAt(i) - 0x30;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    if (i === n) return value;
  }
  const t = text.trim();
  if (/^0x[0-9a-f]+$/i.test(t)) return parseInt(t, 16);
  if (/^-?\d+$/.test(t)) return Number(t);
  return undefined;
}

/**
 * A number as rdpdiag writes it in its texts, digits grouped in English (`27,363`): what `x.toLocaleString('en-US')`
 * gives, with the formatter made once (that call makes a new one each time: about 0.1 ms, dozens of times a report).
 * @cache a constant formatter (a pure function of the number).
 */
const EN_US = new Intl.NumberFormat('en-US');

export function formatCount(x: number): string {
  return EN_US.format(x);
}
