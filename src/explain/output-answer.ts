/**
 * Command output, settings and registry values (explain-code.ts): each read by its reader (tables/command-output/command-output.ts,
 * admin-output.ts, rdp-settings.ts, registry-state.ts), its numbers never looked up as codes; a setting or a
 * service's state beside the failure it is about (the failure read, the setting a note); output beside a sentence that
 * states its cause (the sentence first, the output its evidence); a command's or another product's sentence read with
 * its numbers set aside.
 */
import { formatHex } from '../../patterns/codes/index.js';
import type { CodeCause } from '../../patterns/code-causes.js';
import { patternById } from '../../patterns/index.js';
import { readDescription } from './described-reading.js';
import { type CommandOutputReading, readCommandOutput } from './tables/command-output/command-output.js';
import type { OtherRegistryValue, SettingRead } from './tables/command-output/rdp-settings.js';
import { findSentences, type SentenceMatch } from './tables/sentences/sentences.js';
import type { CodeExplanation, CodeValue, Ranked } from './explanation.js';
import { answered, causesFor, dedupe, finish } from './answer.js';
import { explainDescription } from './description-answer.js';
import { type ReadPaste, readPasteParts } from './paste-parts.js';
import { namedReading, sentenceBody, statedCausesFirst } from './sentence-answer.js';

/**
 * `reg query` or `.reg` lines of Remote Desktop settings: each named in words, never looked up as a code (a
 * `fDenyTSConnections REG_DWORD 0x1` is Remote Desktop switched off, not "the user closed the client").
 */
export function explainSettings(settings: readonly SettingRead[]): CodeExplanation {
  const first = settings[0];
  const notes = settings.map((x) => `${x.said} (${x.setting.key}; ${x.setting.source}).`);
  notes.push('Read as settings, not as error codes: a setting explains a failure only with the logs of that failure.');
  const causes: Ranked[] = [];
  // Remote Desktop switched off: nothing listens, the client's dialog is "can't connect" (0x204).
  if (settings.some((x) => x.setting.name === 'fDenyTSConnections' && x.value === 1))
    causes.push(...causesFor('mstsc', 0x204).map((c) => ({ ...c, why: `${first.said}: a client gets no answer.` })));
  const reading = namedReading('setting', first.setting.name, first.said, first.setting, causes, first.value);
  return answeredByName(settings.map((x) => x.said).join('; ') + '.', reading, causes, notes);
}

/**
 * A command's output (qwinsta, quser, certutil, netstat, Test-NetConnection): what it shows about Remote Desktop and
 * what to do (src/explain/tables/command-output/command-output.ts), its numbers (session ids, PIDs, ports) never looked up as codes.
 */
export function explainCommandOutput(o: CommandOutputReading): CodeExplanation {
  const notes = [
    `Read as ${o.what}: ${o.source}.`,
    ...o.shows.map((x) => `It shows: ${x}`),
    ...o.todo.map((x) => `To do: ${x}`),
    o.command === 'service-control'
      ? "Read as a service's start failure: its number is the service control manager's Win32 error, not an event id."
      : 'Read as command output, not as error codes: its numbers are session ids, process ids, ports and dates.',
  ];
  const causes: Ranked[] = o.causes.map((causeId) => ({
    causeId: causeId as CodeCause['causeId'],
    confidence: 'MS',
    phase: patternById(causeId)?.phase ?? 'connection',
    why: `The ${o.what} shows it: ${o.summary}.`,
  }));
  const reading = namedReading('commandOutput', o.command, o.summary, { confidence: 'MS', source: o.source }, causes);
  return answeredByName(`${o.summary}.`, reading, causes, notes);
}

/** The answer of a reading by name: no code of the dialog, no phase, known; its name is the code shown. */
function answeredByName(summary: string, other: CodeValue, causes: Ranked[], notes: string[]): CodeExplanation {
  const body = finish({
    summary,
    primary: undefined,
    extended: undefined,
    other,
    otherReadings: [],
    phases: undefined,
    causes,
    known: true,
    notes,
  });
  return answered({ code: other.name }, body);
}

/**
 * Registry values of settings this reader has no words for (`IsRegistered    REG_DWORD    0x1`): a value the
 * registry holds, never an error code (0x1 is not "the user closed the client"), and no cause of its own.
 */
export function explainRegistryValues(values: readonly OtherRegistryValue[]): CodeExplanation {
  const said = values.map(
    (v) => `${v.name} = ${typeof v.value === 'number' ? `${v.value} (${formatHex(v.value)})` : v.value}`,
  );
  const first = values[0]!;
  const meaning = `${said[0]}: a registry value, as reg query or a .reg file shows it, not an error code`;
  const shownNumber = typeof first.value === 'number' ? first.value : 0;
  // A string's value is no number: byName says `value` is not a code (as for a code known by its name only).
  const reading = namedReading('setting', first.name, meaning, REG_QUERY, [], shownNumber);
  return answeredByName(
    `Registry values, not error codes: ${said.slice(0, 6).join('; ')}${said.length > 6 ? `; and ${said.length - 6} more` : ''}.`,
    reading,
    [],
    [
      'Read as registry values, not as error codes. rdpdiag names in words the Remote Desktop settings it knows; these are not among them, so their values are given as the registry holds them.',
      'A setting explains a failure only with the logs of that failure: export them and run rdpdiag analyze <folder>.',
    ],
  );
}

const REG_QUERY = {
  confidence: 'MS',
  source: 'Microsoft Learn: reg query (its output shows each value as name, type and data)',
} as const;

/**
 * A setting pasted beside the failure it is configured for (PortNumber 3389 with a port test that gets no answer, or
 * the user's words that the port is closed from outside): the setting says how the server is configured, the failure
 * what happens to it, so the failure is the reading and the setting a note. Undefined when the paste shows no failure.
 */
export function settingBesideFailure(text: string, settings: readonly SettingRead[]): CodeExplanation | undefined {
  const output = readCommandOutput(text);
  const described = output ? undefined : readDescription(text);
  const failure =
    output && output.causes.length > 0
      ? outputBesideSentence(explainCommandOutput(output), text)
      : described
        ? explainDescription(readPasteParts(text), described)
        : undefined;
  if (!failure || failure.likelyCauses.length === 0) return undefined;
  const said = settings.map((x) => `${x.said} (${x.setting.key}; a setting, not an error code).`);
  return { ...failure, notes: [...failure.notes, ...said] };
}

/**
 * A service's state that is no failure (TermService already running: RDP Wrapper's installer, `sc start`) beside the
 * user's words for the failure ("not listening", the port closed): the words say what fails, the service's line is a
 * note. Only for the service's output: a port test or a session list that shows no failure decides against the words.
 */
export function serviceBesideFailure(text: string, output: CommandOutputReading): CodeExplanation | undefined {
  if (output.command !== 'service-control' || output.causes.length > 0) return undefined;
  const described = readDescription(text);
  const failure = described ? explainDescription(readPasteParts(text), described) : undefined;
  if (!failure || failure.likelyCauses.length === 0) return undefined;
  return { ...failure, notes: [...failure.notes, `${output.summary}.`] };
}

/**
 * Command output pasted beside a sentence that states its cause ("The terminal server has exceeded the maximum number
 * of allowed connections" above a qwinsta): the sentence's meaning and causes lead, the output is the evidence said
 * after it (its own causes follow the sentence's).
 */
export function outputBesideSentence(output: CodeExplanation, text: string): CodeExplanation {
  const stating = findSentences(text).filter((m) => (m.sentence.states ?? []).length > 0);
  const first = stating[0];
  if (!first) return output;
  const notes = [
    `Recognized ${first.sentence.what}, by its words (${first.sentence.source}): it says the cause; the command output beside it is its evidence.`,
    ...output.notes,
  ];
  const body = statedCausesFirst(
    { ...output, summary: `${first.sentence.meaning} The output pasted with it: ${output.summary}`, notes },
    stating,
  );
  return { ...body, input: output.input, notes: dedupe(body.notes), confidenceTags: output.confidenceTags };
}

/** The answer to a command's output or another product's text read by its sentence: its numbers set aside, said so. */
export function explainOutputSentence(paste: ReadPaste, output: SentenceMatch): CodeExplanation {
  const { r, notes } = paste;
  const body = sentenceBody({ ...r, sentences: [output] }, notes);
  const answer = paste.finish(
    { code: output.sentence.id },
    output.sentence.otherProduct ? { ...body, logsToCheck: [] } : body,
  );
  // Its numbers are the command's or the other product's, never looked up in our tables: set aside, said so.
  const whose =
    output.sentence.numbers ?? (output.sentence.otherProduct ? "that product's own number" : "the command's argument");
  const numbers = answer.paste?.parts.filter((p) => p.table !== 'sentence') ?? [];
  if (answer.paste && numbers.length)
    answer.paste = {
      ...answer.paste,
      parts: answer.paste.parts.filter((p) => p.table === 'sentence'),
      ignored: [
        ...answer.paste.ignored,
        // A sentence's own numbers are said by themselves: how a label would have read them does not apply.
        ...numbers.map((p) => `${output.sentence.numbers ? '' : `${p.from} `}${p.text}: ${whose}`),
      ],
    };
  return answer;
}
