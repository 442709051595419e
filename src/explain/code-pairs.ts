/**
 * The codes of a paste taken together (paste-reader.ts, its last step): a labelled field read twice kept once
 * (`firstOfEachField`), and codes typed with nothing saying their roles given them by how they stand together
 * (`pairUp`: the dialog's Error code and Extended error code, a 4625's Status and Sub Status).
 */
import type { PasteCode } from './paste-reader.js';

/** The codes with a labelled field read twice kept once, at its first place (a bare code is kept each time). */
export function firstOfEachField(codes: readonly PasteCode[]): PasteCode[] {
  const seen = new Set<string>();
  return codes.filter((c) => {
    if (c.role === 'code') return true;
    const key = `${c.role} ${c.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Two codes typed with nothing saying their roles: two NTSTATUS values are a 4625's Status and Sub Status (not an
 * error code and its extended code); otherwise the first is the dialog's error code and the second its extended one.
 */
export function pairUp(codes: PasteCode[]): PasteCode[] {
  // "error 0x904 extended 0x7": the code beside an extended one is the dialog's error code.
  const extended = codes.filter((c) => c.role === 'extended');
  const loose = codes.filter((c) => c.role === 'code');
  if (extended.length === 1 && loose.length === 1 && codes.length === 2 && loose[0].value < 0x80000000)
    return codes.map((c) =>
      c === loose[0]
        ? { ...c, role: 'error' as const, from: "the code before the extended one: the dialog's Error code" }
        : c,
    );
  // "Fehlercode: 0x904" then a code read alone (its label unread): the dialog shows its Extended error code after its
  // Error code, and nothing else.
  const error = codes.filter((c) => c.role === 'error');
  if (
    error.length === 1 &&
    loose.length === 1 &&
    codes.length === 2 &&
    codes.indexOf(loose[0]) === 1 &&
    error[0].value < 0x80000000 &&
    loose[0].value < 0x80000000
  )
    return codes.map((c) =>
      c === loose[0]
        ? {
            ...c,
            role: 'extended' as const,
            from: `${c.from}; after the dialog's Error code: its Extended error code, as the dialog orders them`,
          }
        : c,
    );
  // "4625 0xC000006D 0xC000006A": the two NTSTATUS values are its Status and Sub Status, whatever else is typed.
  const nt = loose.filter((c) => c.value >= 0xc0000000);
  // "Status: 0xC000006D" then an NTSTATUS read alone (its label unread, "Unterstatus"): a 4625's message gives its
  // Sub Status after its Status, and no other NTSTATUS.
  const status = codes.filter((c) => c.role === 'status');
  if (
    status.length === 1 &&
    nt.length === 1 &&
    loose.length === 1 &&
    status[0].value >= 0xc0000000 &&
    codes.indexOf(nt[0]) > codes.indexOf(status[0]) &&
    !codes.some((c) => c.role === 'subStatus')
  )
    return codes.map((c) =>
      c === nt[0]
        ? {
            ...c,
            role: 'subStatus' as const,
            from: `${c.from}; the NTSTATUS after a 4625's Status: its Sub Status, as the event's message orders them`,
          }
        : c,
    );
  if (nt.length === 2 && !codes.some((c) => c.role === 'status' || c.role === 'subStatus'))
    return codes
      .filter((c) => !(c.role === 'code' && (c.value === 4625 || c.value === 4776)))
      .map((c) =>
        c === nt[0]
          ? { ...c, role: 'status' as const, from: 'two NTSTATUS values together: a 4625 Status' }
          : c === nt[1]
            ? { ...c, role: 'subStatus' as const, from: 'two NTSTATUS values together: a 4625 Sub Status' }
            : c,
      );
  const free = loose;
  if (free.length !== 2 || codes.length !== 2) return codes;
  const [a, b] = free;
  const ntstatus = (c: PasteCode) => c.value >= 0xc0000000;
  if (ntstatus(a) && ntstatus(b))
    return [
      { ...a, role: 'status', from: 'two NTSTATUS values together: a 4625 Status' },
      { ...b, role: 'subStatus', from: 'two NTSTATUS values together: a 4625 Sub Status' },
    ];
  if (a.value < 0x80000000 && b.value < 0x80000000)
    return [
      { ...a, role: 'error', from: "two codes together: the dialog's Error code" },
      { ...b, role: 'extended', from: "two codes together: the dialog's Extended error code" },
    ];
  return codes;
}
