/** `explain-code`'s answer as text for the terminal (the JSON is the answer itself, explanation.ts). */
import { AFTER_HANDSHAKE, formatHex, PHASE_LABEL, type ProtocolPhase } from '../../patterns/codes/index.js';
import { MACHINE_WORDS } from '../model/channels.js';
import { type CodeExplanation, type CodeReading, DESCRIBED, type PasteSummary } from './explanation.js';
import { describeInput } from './answer.js';

const PASTE_FORM: Record<PasteSummary['form'], string> = {
  bare: 'codes as typed',
  xml: "an event's XML",
  event: 'an event as Event Viewer or Get-WinEvent shows it',
  labels: 'Label: value lines',
  text: "a dialog's or a message's text",
};

/** Render an explanation as plain terminal text (no colors). */
export function formatCodeExplanation(e: CodeExplanation): string {
  const main = e.primary ?? e.extended ?? e.other;
  const lines = [
    ...readingLines(e, main),
    ...otherReadingLines(e.otherReadings, main),
    ...phaseLines(e),
    ...causeLines(e.likelyCauses),
    ...logLines(e.logsToCheck),
    ...pasteLines(e.paste),
  ];
  if (e.notes.length > 0) lines.push('', 'Notes:', ...e.notes.map((n) => `  - ${n}`));
  lines.push('', 'Confidence tags:');
  for (const [tag, meaning] of Object.entries(e.confidenceTags)) lines.push(`  [${tag}] ${meaning}.`);
  return lines.join('\n') + '\n';
}

/** What was asked and what it is: the heading, the summary, each code's reading with its table and source. */
function readingLines(e: CodeExplanation, main: CodeReading | undefined): string[] {
  const lines: string[] = [];
  const single = e.input.extended === undefined;
  if (single)
    lines.push(
      main?.table === 'sentence'
        ? `Recognized: ${main.name}`
        : main
          ? `Code ${numberOf(main)}`
          : e.input.code === DESCRIBED
            ? e.summary.startsWith("The log's error lines")
              ? "Read from the log's error lines (no code or known message in them)"
              : e.summary.startsWith('The reason after the message')
                ? 'Read from the reason printed with a message that names no cause'
                : 'Read from your description (no code or known message in it)'
            : `Code ${e.input.code}`,
    );
  else
    lines.push(
      `Error code ${describeInput(e.primary, e.input.code)}, extended error code ${describeInput(e.extended, e.input.extended ?? '')}`,
    );
  if (e.summary !== main?.meaning || !single) lines.push(`  ${e.summary}`);
  // The readings below the summary, after a blank line: none for a description read in the user's words.
  const heading = lines.length;
  const readings: [string, CodeReading | undefined][] = single
    ? [['', main]]
    : [
        ['Error code ', e.primary],
        ['Extended ', e.extended],
      ];
  if (!single && !e.primary) lines.push(`Error code ${e.input.code}: not in our table of mstsc error codes.`);
  for (const [label, r] of readings) {
    if (!r) continue;
    const range = r.range ? ` (range ${formatHex(r.range.from)}–${formatHex(r.range.to)})` : '';
    const name = r.table === 'failureReason' ? 'FailureReason' : r.name;
    if (r.byName) lines.push(`${label}${r.name} [${r.confidence}]: ${r.meaning}`);
    else lines.push(`${label}${numberOf(r)} = ${name}${range} [${r.confidence}]: ${r.meaning}`);
    lines.push(`  Table: ${r.tableLabel}.`);
    lines.push(`  Source: ${r.source}.`);
  }
  if (!single && !e.extended)
    lines.push(`Extended error code ${e.input.extended}: not in our table of extended codes.`);
  // An event id said as the events it may be (no Source) is no code looked up.
  if (single && !main && e.input.code !== DESCRIBED && e.paste?.eventId === undefined)
    lines.push(`Code ${e.input.code}: not in our tables.`);
  if (lines.length > heading) lines.splice(heading, 0, '');
  return lines;
}

/** The same number read in other tables (or, with no main reading, every reading of it). */
function otherReadingLines(others: readonly CodeReading[], main: CodeReading | undefined): string[] {
  if (others.length === 0) return [];
  const lines = ['', main ? 'The same number in other tables:' : 'Readings of the number:'];
  for (const r of others) {
    lines.push(`  - ${r.tableLabel}: ${r.name} [${r.confidence}]: ${r.meaning}`);
    lines.push(`    Source: ${r.source}.`);
  }
  return lines;
}

function phaseLines(e: CodeExplanation): string[] {
  return e.phases ? ['', `Where it can come from: ${describePhases(e.phases)}.`] : [];
}

/** The likely causes, those that fit the code's phases first; the others after, said to be checked last. */
function causeLines(causes: CodeExplanation['likelyCauses']): string[] {
  const lines: string[] = [];
  const fitting = causes.filter((c) => c.fitsPhase);
  const outside = causes.filter((c) => !c.fitsPhase);
  const line = (c: (typeof causes)[number], n: number) =>
    `  ${n}. ${c.causeId} [${c.confidence}] (${PHASE_LABEL[c.phase]}): ${c.why}`;
  if (fitting.length > 0) {
    lines.push('', 'Likely causes (check in this order):');
    fitting.forEach((c, i) => {
      lines.push(line(c, i + 1));
    });
  }
  if (outside.length > 0) {
    lines.push(
      '',
      'Named by forum reports for this code, but they fail in an earlier phase than the code can come from (check last):',
    );
    outside.forEach((c, i) => {
      lines.push(line(c, fitting.length + i + 1));
    });
  }
  return lines;
}

/** The logs to export, each with its events and the command that exports it. */
function logLines(logs: CodeExplanation['logsToCheck']): string[] {
  if (logs.length === 0) return [];
  const lines = ['', 'Logs to export (elevated prompt), then run: rdpdiag analyze <folder>'];
  for (const l of logs) {
    const events = l.events.length > 0 ? `events ${l.events.join(', ')}` : 'all events around the attempt';
    lines.push(`  ${l.short} on the ${MACHINE_WORDS[l.where].long}: ${events}`);
    lines.push(`    ${l.exportCommand}`);
  }
  return lines;
}

/** What was read from the paste, part by part, and the slips it was read through. */
function pasteLines(paste: CodeExplanation['paste']): string[] {
  if (!paste || paste.parts.length === 0) return [];
  const lines = ['', `Read from what you pasted (${PASTE_FORM[paste.form]}):`];
  for (const p of paste.parts) {
    const what =
      p.table === 'sentence'
        ? `${p.name} [${p.confidence}]`
        : p.meaning
          ? `${p.text} = ${p.name} [${p.confidence}]`
          : `${p.text}: not in our tables${p.tableLabel ? ` (read as ${p.tableLabel})` : ''}`;
    lines.push(`  - from ${p.from}: ${what}`);
  }
  for (const slip of paste.slips) lines.push(`  - ${slip}`);
  return lines;
}

/** How a reading's number is written where users meet it: `0x904 (2308)`; a FailureReason as `%%2306`. */
function numberOf(r: CodeReading): string {
  if (r.byName) return r.name;
  return r.table === 'failureReason' ? r.name : `${r.hex} (${r.decimal})`;
}

function describePhases(phases: readonly ProtocolPhase[]): string {
  const names = phases.map((p) => PHASE_LABEL[p]).join(', ');
  return phases.every((p) => AFTER_HANDSHAKE.includes(p))
    ? `after the TLS handshake and NLA succeeded (${names})`
    : names;
}
