/** Hostile text for output tests: every character the output sanitizer exists for, from Unicode's properties. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Bidi_Control}\p{Zl}\p{Zp}]/u;
const UNSAFE_ALL = /[\p{Cc}\p{Cf}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;

/** Every unsafe code point (NUL aside: XML cannot carry it even as a reference). */
export function unsafeCharacters(): string[] {
  const out: string[] = [];
  for (let cp = 1; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    if (UNSAFE.test(c)) out.push(c);
  }
  return out;
}

/** The attacks of the issue by name, then every other character, as XML character references. */
export const ATTACKS = [
  '\u001b]52;c;Y2FsYw==\u0007',
  '\u001b]8;;http://203.0.113.9/\u001b\\link\u001b]8;;\u001b\\',
  '\u001b[2J',
  '\u009b2J',
  'ok\rFORGED',
  'x\bY',
  '\u202eevil\u202c',
  '\u061c',
];
const asReferences = (s: string) =>
  [...s].map((c) => (UNSAFE.test(c) ? `&#x${c.codePointAt(0)?.toString(16)};` : c)).join('');
export const HOSTILE = asReferences(ATTACKS.join('|') + unsafeCharacters().join(''));

/** What a text output may hold raw: line ends (CRLF only where `crlf`). */
export function rawControls(text: string, crlf = false, keep = '\n'): string[] {
  const found = new Set<string>();
  const body = crlf ? text.replace(/\r\n/g, '\n') : text;
  for (const m of body.matchAll(UNSAFE_ALL))
    if (!keep.includes(m[0])) found.add(`U+${m[0].codePointAt(0)?.toString(16)}`);
  return [...found];
}
