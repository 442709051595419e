/**
 * A number read in the code tables (explain-code.ts): each table a number can be read in (`LOOKUP`), the order a
 * number typed alone is read in (the dialog's tables first, the logs' after; an HRESULT or NTSTATUS by its top bit),
 * the dialog's two numbers read together (`explainPair`), one number read alone (`explainSingle`) with the other tables
 * that hold it said beside it, and a number no table holds (`unknownNumber`). The tables are patterns/codes/ and
 * tables/; their sources are in their rows.
 */
import {
  AFTER_HANDSHAKE,
  formatHex,
  lookupDisconnectReason,
  lookupExtendedReason,
  lookupFailureReason,
  lookupLsm40Reason,
  lookupNtStatus,
  lookupSspiStatus,
  lookupTlsAlert,
  lookupWin32Error,
  lookupWin32ServiceError,
  type ProtocolPhase,
} from '../../patterns/codes/index.js';
import {
  findCombination,
  lookupGatewayCode,
  lookupClientAppCode,
  lookupKerberosError,
  lookupRdpEvent,
  lookupSchannelErrorState,
  POST_HANDSHAKE_NOTE,
} from './tables/index.js';
import { causesOfCode, causesOfPair } from '../../patterns/code-causes.js';
import { eventLog, eventName, eventRowsOf } from '../model/events.js';
import type { DialogContext, ReadCode } from './dialog-input.js';
import { type Body, type CodeReading, type Found, type Ranked, type ReadingTable, TABLE_LABEL } from './explanation.js';
import {
  causesFor,
  entryNotes,
  finish,
  merge,
  toReading,
  toValue,
  unknownExtendedNotes,
  unknownPrimaryNotes,
} from './answer.js';

/** Each table a single number can be read in, and how. */
export const LOOKUP: Record<ReadingTable, (value: number) => Found | undefined> = {
  event: (value) => {
    const e = lookupRdpEvent(value);
    if (e) return { ...e, name: `${e.name} (${e.log})` };
    // Any other event the event table knows (4771, 4776, 6041, 1057…): its row's meaning. Small ids (LSM 21, 40…)
    // only from the list above: a small number alone is more often a code than an event id.
    const row = value >= 1000 ? eventRowsOf([value])[0] : undefined;
    return (
      row && {
        code: value,
        name: `${eventName(row)} (${eventLog(row)})`,
        meaning: row.meaning,
        confidence: 'MS',
        source:
          "Microsoft: the event's own message text (the provider's message table), as rdpdiag's event table states it",
      }
    );
  },
  mstsc: lookupDisconnectReason,
  mstscExtended: lookupExtendedReason,
  sspi: lookupSspiStatus,
  ntstatus: lookupNtStatus,
  failureReason: (value) => {
    const f = lookupFailureReason(value);
    return (
      f && {
        code: f.id,
        name: `%%${f.id}`,
        meaning: f.text,
        confidence: f.confidence,
        source: f.source,
        ...(f.note ? { note: f.note } : {}),
      }
    );
  },
  lsm40: lookupLsm40Reason,
  win32: lookupWin32Error,
  win32Service: lookupWin32ServiceError,
  tlsAlert: lookupTlsAlert,
  schannel: (value) => {
    const s = lookupSchannelErrorState(value);
    return s && { ...s, name: `${s.name} (event ${s.eventId})` };
  },
  gateway: lookupGatewayCode,
  avd: () => undefined,
  kerberos: lookupKerberosError,
  sentence: () => undefined,
  setting: () => undefined,
  commandOutput: () => undefined,
  clientApp: lookupClientAppCode,
};

/** The order in which a number typed alone is read: the dialog's own tables first, then the logs'. */
export const SMALL_ORDER: readonly ReadingTable[] = [
  'mstsc',
  'clientApp',
  'mstscExtended',
  'sspi',
  'ntstatus',
  'gateway',
  'lsm40',
  'win32',
  'tlsAlert',
  'schannel',
  'event',
  // After the event ids: 1058 typed alone is TermService's event first, the service error beside it.
  'win32Service',
];
/** The tables a number typed alone is also shown in, beside its main reading. */
const OTHER_ORDER: readonly ReadingTable[] = [...SMALL_ORDER, 'kerberos'];
/** A number with the top bit set is an HRESULT or an NTSTATUS. */
export const LARGE_ORDER: readonly ReadingTable[] = ['sspi', 'ntstatus', 'gateway', 'mstsc', 'mstscExtended'];
const CONTEXT_TABLE: Record<DialogContext, ReadingTable> = {
  event: 'event',
  authentication: 'sspi',
  protocol: 'mstscExtended',
  'failure-reason': 'failureReason',
  'logon-status': 'ntstatus',
  'tls-alert': 'tlsAlert',
  lsm40: 'lsm40',
};

export function explainPair(code: ReadCode, ext: ReadCode, notes: string[]): Body {
  const primaryEntry = lookupDisconnectReason(code.value);
  const extendedEntry = lookupExtendedReason(ext.value);
  const primary = primaryEntry && toValue(primaryEntry, 'mstsc');
  const extended = extendedEntry && toValue(extendedEntry, 'mstscExtended');
  if (!primaryEntry) notes.push(...unknownPrimaryNotes(code));
  if (!extendedEntry) notes.push(...unknownExtendedNotes(ext));

  const combination = findCombination(code.value, ext.value);
  if (primaryEntry?.notAnError) notes.push(`Microsoft marks ${formatHex(primaryEntry.code)} "not an error code".`);
  // A non-zero extended code is the server's own reason: it decides for a primary code that only says the
  // connection ended (0x3 by the server, 0x904 socket closed).
  const extendedDecides = extendedEntry !== undefined && ext.value !== 0 && primaryEntry?.extendedMatters === true;
  const phases: readonly ProtocolPhase[] | undefined = combination
    ? combination.phases
    : extendedEntry && ext.value !== 0
      ? (extendedEntry.phases ?? AFTER_HANDSHAKE)
      : primaryEntry?.phases;

  let causes: Ranked[];
  if (combination) {
    notes.push(...combination.notes);
    causes = causesOfPair(combination.primary, combination.extended).map((c) => ({ ...c }));
  } else {
    if (primaryEntry?.note && !extendedDecides) notes.push(primaryEntry.note);
    if (extendedEntry?.note) notes.push(extendedEntry.note);
    if (extendedDecides && primaryEntry)
      notes.push(
        `${formatHex(primaryEntry.code)} only says the connection ended; the extended code ${formatHex(ext.value)} is the server's reason, so the causes below are those of the extended code alone.`,
      );
    causes = merge([
      ...(extendedEntry
        ? [
            {
              causes: causesOfCode('mstscExtended', extendedEntry.code),
              label: `extended code ${formatHex(extendedEntry.code)} (${extendedEntry.name})`,
            },
          ]
        : []),
      ...(primaryEntry && !extendedDecides
        ? [
            {
              causes: causesOfCode('mstsc', primaryEntry.code),
              label: `error code ${formatHex(primaryEntry.code)} (${primaryEntry.name})`,
            },
          ]
        : []),
    ]);
  }
  if (phases?.every((p) => AFTER_HANDSHAKE.includes(p))) notes.push(POST_HANDSHAKE_NOTE);

  const known = primaryEntry !== undefined || extendedEntry !== undefined;
  const summary = combination
    ? combination.summary
    : primaryEntry && extendedEntry
      ? `${primaryEntry.meaning} The server's reason: ${extendedEntry.meaning}`
      : primaryEntry
        ? primaryEntry.meaning
        : extendedEntry
          ? `Error code ${formatHex(code.value)} is not in our tables. The server's reason: ${extendedEntry.meaning}`
          : `Error code ${formatHex(code.value)} (${code.value}) is not in our tables.`;
  return finish({ summary, primary, extended, otherReadings: [], phases, causes, known, notes });
}

export function explainSingle(
  code: ReadCode,
  context: DialogContext | undefined,
  notes: string[],
  table: ReadingTable | undefined = context && CONTEXT_TABLE[context],
  unnamed: readonly ReadingTable[] = [],
): Body {
  const order = (table ? [table] : code.value >= 0x80000000 ? LARGE_ORDER : SMALL_ORDER).filter(
    (t) => !unnamed.includes(t),
  );
  const { main, otherReadings } = readingsOfNumber(code.value, order, table, unnamed, notes);
  if (!main) return unknownNumber(code, context, order, unnamed, otherReadings, notes);

  const entry = LOOKUP[main.table](code.value) as Found & {
    extendedMatters?: boolean;
    notAnError?: boolean;
    phases?: readonly ProtocolPhase[];
  };
  notes.push(...entryNotes(main, entry, context));
  const phases = main.table === 'mstscExtended' ? (entry.phases ?? AFTER_HANDSHAKE) : entry.phases;
  if (main.table === 'mstscExtended' && phases?.every((p) => AFTER_HANDSHAKE.includes(p)) && code.value !== 0)
    notes.push(POST_HANDSHAKE_NOTE);

  const value = { ...main, causeIds: causesFor(main.table, code.value).map((c) => c.causeId) };
  const causes = merge([{ causes: causesFor(main.table, code.value), label: `${main.hex} (${main.name})` }]);
  // The "protocol error" dialog's code: the answer says so in the dialog's words, then what the code means.
  const said = context === 'protocol' ? `A protocol error ended the session (code ${main.hex}, ${main.name}). ` : '';
  return finish({
    summary: `${said}${main.meaning}`,
    primary: main.table === 'mstsc' ? value : undefined,
    extended: main.table === 'mstscExtended' ? value : undefined,
    other: main.table === 'mstsc' || main.table === 'mstscExtended' ? undefined : value,
    otherReadings,
    phases,
    causes,
    known: true,
    notes,
  });
}

/**
 * A number's reading in the tables of `order` (an exact entry before a block), and the same number in the other
 * tables (none where the table is given). A number only another table holds is read there; a number several
 * tables hold is said to need its label. The notes say both.
 */
function readingsOfNumber(
  value: number,
  order: readonly ReadingTable[],
  table: ReadingTable | undefined,
  unnamed: readonly ReadingTable[],
  notes: string[],
): { main: CodeReading | undefined; otherReadings: CodeReading[] } {
  // An exact entry is the reading; a block (the protocol-error range) only when nothing else has the number.
  const readings = order
    .flatMap((table) => {
      const found = LOOKUP[table](value);
      return found ? [toReading(found, table)] : [];
    })
    .sort((a, b) => Number(a.range !== undefined) - Number(b.range !== undefined));
  let main = readings[0];
  let otherReadings = table
    ? []
    : OTHER_ORDER.concat(LARGE_ORDER)
        .filter((table, i, all) => all.indexOf(table) === i && table !== main?.table && !unnamed.includes(table))
        .flatMap((table) => {
          const found = LOOKUP[table](value);
          // A block reading (protocol range) says little next to an exact one.
          return found && !(found.range && main) ? [toReading(found, table)] : [];
        });

  // Held by no table of the first order but by another (0x25 is only a Kerberos code): that one is the reading.
  if (!main && otherReadings.length > 0) {
    main = otherReadings[0];
    otherReadings = otherReadings.slice(1);
    notes.push(`${main.hex} is in no table of the Remote Desktop dialogs; it is read as ${main.tableLabel}.`);
  }
  if (main && otherReadings.length > 0)
    notes.push(
      `The number alone does not say its table: it is read first as ${main.tableLabel}, and it is also ${otherReadings
        .map((r) => `${r.name} in ${r.tableLabel}`)
        .join(
          '; ',
        )}. What tells them apart is where it was shown: paste the line with its label (Extended error code:, Failure Code:, Result Code:, Status:, reason code) or the dialog's text.`,
    );
  return { main, otherReadings };
}

/** A number no table holds: what was set aside and why, what the dialog's codes near it mean, which label helps. */
function unknownNumber(
  code: ReadCode,
  context: DialogContext | undefined,
  order: readonly ReadingTable[],
  unnamed: readonly ReadingTable[],
  otherReadings: CodeReading[],
  notes: string[],
): Body {
  const setAside = order.length === 0 ? [] : unnamed.filter((t) => LOOKUP[t](code.value));
  if (setAside.length > 0)
    notes.push(
      `${formatHex(code.value)} is not read as ${setAside.map((t) => `${TABLE_LABEL[t]} (${LOOKUP[t](code.value)?.name})`).join(' or ')}: nothing in the text names ${setAside.map((t) => (t === 'tlsAlert' ? 'TLS, SSL or Schannel' : 'Kerberos')).join(' or ')}, and a number is read there only beside their words (Schannel's or OpenSSL's alert, a KDC's code): in another product's message it is that product's own code.`,
    );
  if (context === 'protocol') notes.push(...unknownExtendedNotes(code));
  else notes.push(...unknownPrimaryNotes(code));
  notes.push(
    'Nothing in our tables holds this number. A label would tell which table to read it in: the dialog\'s "Error code" or "Extended error code", a 4625\'s Status / Sub Status, a 4768/4771 Result / Failure Code, a Schannel AlertDesc, or the dialog\'s whole text.',
  );
  return finish({
    summary: `Code ${formatHex(code.value)} (${code.value}) is not in our tables.`,
    primary: undefined,
    extended: undefined,
    otherReadings,
    phases: undefined,
    causes: [],
    known: false,
    notes,
  });
}
