/**
 * A code read by its symbolic name (explain-code.ts): a name typed alone (`explainName`: the table that names it, an
 * Azure Virtual Desktop name by its family), a name inside the text or a session host's status in one word
 * (`explainSymbolicName`), a name shaped like Azure Virtual Desktop's that no table holds (`explainAvdLikeName`), and
 * a name with its number in parentheses (`explainSymbolWithNumber`).
 */
import { formatHex } from '../../patterns/codes/index.js';
import { lookupCodeName, lookupAvdFamily, spelledAvdName, type NameMatch } from './tables/index.js';
import { causesOfAvdError } from '../../patterns/code-causes.js';
import { readCodeName } from './dialog-input.js';
import { printedStatusNames } from './tables/codes/status-names.js';
import { type Body, type CodeExplanation, type CodeValue, TABLE_LABEL } from './explanation.js';
import { answered, dedupe, finish, merge } from './answer.js';
import { LOOKUP, explainSingle } from './number-reading.js';
import type { ReadPaste } from './paste-parts.js';

/** A word that can be a code's symbolic name: UPPER_SNAKE or CamelCase (`INVALID_FORM`, `SxSStackListenerCheck`). */
const SYMBOLIC_WORD = /\b(?:[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+)\b/g;

/** The words Azure Virtual Desktop's error names are made of (`ConnectionFailed…`, `SessionHost…`, `…HealthCheck`). */
const AVD_NAME_SHAPE =
  /^(?:ConnectionFailed|ConnectionBroken|SessionHost|HostPool|Rdsh|ReverseConnect|Shortpath|RDAgent|SxS|Broker)[A-Z]\w*$|^[A-Z]\w*HealthCheck$/;

/**
 * A symbolic name inside the text (an agent error, a health check, CERT_E_…), read by its name; or a session host's
 * status in one word ("Session host status: Shutdown", "stuck in the Upgrading state").
 */
export function explainSymbolicName({ text, notes, summary }: ReadPaste): CodeExplanation | undefined {
  const status =
    /\b(?:status|state)\W+(?:is\W+)?["']?([A-Z][a-z]+)\b|\bin\W+(?:the\W+)?["']?([A-Z][a-z]+)["']?\W+state\b/.exec(
      text,
    );
  // A status is what a failure leads to; a name beside it (a failed health check, an agent error) is the failure
  // itself, so it is read first and the status said with it.
  const statusWord = status ? (status[1] ?? status[2]) : undefined;
  // A status or health check written in words ("Needs assistance") in a paste about a session host.
  const spelled = spelledAvdName(text);
  // A reason printed by its name with its own number ("(code DisconnectedByOtherConnection(5))"): the table's name.
  const printed = printedStatusNames(text);
  const words = [
    ...printed.map((p) => p.name),
    ...(text.match(SYMBOLIC_WORD) ?? []),
    ...(spelled ? [spelled] : []),
    ...(statusWord ? [statusWord] : []),
  ];
  for (const word of words) {
    const named = lookupCodeName(word) || lookupAvdFamily(word) ? explainName(word) : undefined;
    if (!named) continue;
    const alsoStatus =
      statusWord && word !== statusWord && (lookupCodeName(statusWord) || lookupAvdFamily(statusWord))
        ? [
            `The status it names, ${statusWord}, is what ${word} leads to; read alone: rdpdiag explain-code ${statusWord}.`,
          ]
        : [];
    const asPrinted = printed
      .filter((p) => p.name === word)
      .map((p) => `${p.printed} is ${word}, printed without its prefix: the number beside the name is its own.`);
    return { ...named, notes: dedupe([...notes, ...asPrinted, ...named.notes, ...alsoStatus]), paste: summary };
  }
  return undefined;
}

/**
 * A name shaped like the Azure Virtual Desktop service's (WVDErrors CodeSymbolic, the agent's errors) that no table
 * holds: said as such, with where to read it, never as a code of another table.
 */
export function explainAvdLikeName({ text, notes, finish: answer }: ReadPaste): CodeExplanation | undefined {
  const agentContext = /\b(?:RDAgent\w*|WVD|AVD|agent|RDInfra\w*|host\s*pool|session\s*host|3277)\b/i.test(text);
  const avdLike = (text.match(SYMBOLIC_WORD) ?? []).find(
    (w) => AVD_NAME_SHAPE.test(w) || (agentContext && /^[A-Z]\w*Exception$/.test(w)),
  );
  if (!avdLike) return undefined;
  notes.push(
    `${avdLike} has the form of an Azure Virtual Desktop / Windows 365 error name (the CodeSymbolic of Log Analytics' WVDErrors, or the session host agent's error in its Application log), but it is not in our table of them: its meaning is not known here.`,
    "Look it up with its correlation id in WVDErrors / WVDConnections for the host pool, and check the session host's health in the portal (status and health checks).",
  );
  return answer(
    { code: avdLike },
    finish({
      summary: `${avdLike}: an Azure Virtual Desktop / Windows 365 error name not in our tables.`,
      primary: undefined,
      extended: undefined,
      otherReadings: [],
      phases: undefined,
      causes: [],
      known: false,
      notes,
    }),
  );
}

/**
 * An error's symbolic name with its number in parentheses, the whole paste ("SocketConnectionTimedOut (1796)",
 * "TransportClosedUnexpectedly (516)"): how the Azure Virtual Desktop diagnostics and the Windows App print an error,
 * its CodeSymbolic beside its Code. A name our tables hold is read by the name (`explainName`, before this); one they
 * lack is read by its number where the Remote Desktop client's disconnect reasons hold it (the decimal code RDPClient
 * 1026 logs: the client's own failures the service reports), said so, its words never read as a label ("Socket…" is
 * no socket error's label). A class name of a program's exception ("ConnectionRefusedError (111)") is no such name;
 * a number the disconnect reasons lack is left to the other readings.
 */
export function explainSymbolWithNumber(paste: ReadPaste): CodeExplanation | undefined {
  const m = SYMBOL_WITH_NUMBER.exec(paste.text.trim());
  if (!m?.[1] || !m[2] || /(?:Error|Exception|Warning)$/.test(m[1])) return undefined;
  const value = Number(m[2]);
  if (!LOOKUP.mstsc(value)) return undefined;
  const notes = [
    ...paste.notes,
    `${m[1]} is not in our tables: the number beside it, ${value}, is read as the Remote Desktop client's disconnect reason (decimal, as RDPClient event 1026 and the Azure Virtual Desktop diagnostics print it).`,
  ];
  const body = explainSingle({ value, radix: 'decimal', text: m[2] }, undefined, notes, 'mstsc');
  return paste.finish({ code: `${m[1]} (${m[2]})` }, { ...body, summary: `${m[1]} (${value}): ${body.summary}` });
}

/** `Name (number)`: a CamelCase name of three words or more, a decimal code; bounded, one pass. */
const SYMBOL_WITH_NUMBER = /^([A-Z][a-z0-9]{1,30}(?:[A-Z][a-z0-9]{0,30}){2,8})\s{0,4}\((\d{1,6})\)$/;

/** A code given by its symbolic name, read in the table that names it; undefined when no table does. */
export function explainName(text: string): CodeExplanation | undefined {
  const name = readCodeName(text);
  // An AVD name the table lacks is read by the documented error of its family (its first words), said as such.
  const family = name === undefined || lookupCodeName(name) ? undefined : lookupAvdFamily(name);
  const match: NameMatch | undefined = family
    ? { table: 'avd', error: family.error, name: family.error.name }
    : name === undefined
      ? undefined
      : lookupCodeName(name);
  if (!match) return undefined;
  const notes = [`Read by its name: ${match.name}.`];
  if (family)
    notes.push(
      `${match.name} is not in our table of Azure Virtual Desktop errors; it is read as ${family.like}, whose family its first words name. Treat the reading as a lead to check, not a verdict.`,
    );
  let body: Body;
  if (match.table === 'avd') {
    const e = match.error;
    const numeric = e.numeric === undefined ? undefined : e.numeric >>> 0;
    const causes = merge([
      {
        causes: causesOfAvdError(family?.like ?? e.name).map((c) => (family ? { ...c, confidence: 'SP' as const } : c)),
        label: e.name,
      },
    ]);
    const reading: CodeValue = {
      table: 'avd',
      tableLabel: TABLE_LABEL.avd,
      value: numeric ?? 0,
      hex: numeric === undefined ? '' : formatHex(numeric),
      decimal: e.numeric ?? 0,
      name: e.name,
      meaning: e.meaning,
      confidence: e.confidence,
      source: e.source,
      byName: true,
      causeIds: causes.map((c) => c.causeId),
      ...(e.note ? { note: e.note } : {}),
    };
    if (e.note) notes.push(e.note);
    if (e.numeric !== undefined)
      notes.push(
        `The diagnostics show it beside the numeric code ${e.numeric} (${formatHex(e.numeric >>> 0)}), which other errors share: the name, not the number, says what happened.`,
      );
    notes.push(
      "It comes from the Azure Virtual Desktop service (broker, gateway, session host agent), not from a Windows event of the host alone: Log Analytics (WVDErrors, WVDConnections) for the host pool shows it with its correlation id; the session host's RdpCoreTS and the client's RDPClient logs show the same connection.",
    );
    body = finish({
      summary: e.meaning,
      primary: undefined,
      extended: undefined,
      other: reading,
      otherReadings: [],
      phases: e.phases,
      causes,
      known: true,
      notes,
    });
  } else body = explainSingle({ value: match.code, radix: 'hex', text: match.name }, undefined, notes, match.table);
  return answered({ code: match.name }, body);
}
