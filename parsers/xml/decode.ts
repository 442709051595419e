/** Works out a text encoding from a file's first bytes: BOM, then the UTF-16 zero-byte pattern, then the declaration. */
export interface DetectedEncoding {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | string;
  bomLength: number;
}

export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (head.length >= 2 && head[0] !== 0 && head[1] === 0 && mostlyZeroAt(head, 1))
    return { encoding: 'utf-16le', bomLength: 0 };
  if (head.length >= 2 && head[0] === 0 && head[1] !== 0 && mostlyZeroAt(head, 0))
    return { encoding: 'utf-16be', bomLength: 0 };
  // The declaration is looked for only where there is one (`<?xml` after white space): no string built else.
  let at = 0;
  while (at < head.length && (head[at] === 0x20 || head[at] === 0x09 || head[at] === 0x0a || head[at] === 0x0d)) at++;
  if (head[at] !== 0x3c || head[at + 1] !== 0x3f) return { encoding: 'utf-8', bomLength: 0 };
  const ascii = String.fromCharCode(...head.subarray(0, 256));
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(ascii)?.[1]?.toLowerCase();
  if (declared && !declared.startsWith('utf-16') && declared !== 'utf-8' && isSupported(declared)) {
    return { encoding: declared, bomLength: 0 };
  }
  return { encoding: 'utf-8', bomLength: 0 };
}

/**
 * UTF-16 without a byte order mark, as Windows writes text: its first characters ASCII, so a zero in every other
 * byte (`parity`) and few in the others. A binary line before an export's records (NUL bytes here and there) is
 * no UTF-16: the text after it is read as UTF-8, that line passed over with a warning.
 */
function mostlyZeroAt(head: Uint8Array, parity: 0 | 1): boolean {
  const n = Math.min(head.length, 64) & ~1;
  if (n <= 2) return true;
  let here = 0;
  let there = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i + parity] === 0) here++;
    if (head[i + 1 - parity] === 0) there++;
  }
  return here * 4 >= (n / 2) * 3 && there * 4 < n / 2;
}

function isSupported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Does this start of a file look like XML text (after any BOM and white space)? */
export function looksLikeXml(head: Uint8Array): boolean {
  const { encoding, bomLength } = detectEncoding(head);
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(head.subarray(bomLength, Math.min(head.length, bomLength + 512)));
  } catch {
    return false;
  }
  return /^\s*</.test(text);
}
