/**
 * `analyze` of a fleet one computer at a time, so memory follows the busiest computer, not the fleet: while
 * reading, each finished computer (the input grouped by computer, as `pull elastic` sorts it) is correlated and
 * diagnosed alone and its events let go, keeping its diagnosed attempts and host findings; one fleet-wide pass
 * (`judgeFleet`) then numbers the attempts and finds what spans computers from them (attacks on many hosts,
 * incidents, lateral movement, coverage).
 *
 * That equals the analysis of the whole run exactly when nothing of one computer's analysis reads another's
 * events. The only rules that do are the client↔server join (a client's RDPClient log), Connection Broker
 * folding (a leg that authenticated and left without a session), path scopes and `via` (an RD Gateway's log),
 * and host names (a short name joined to an FQDN): a computer showing any of them (a broker's leg only when its
 * client shows up on another computer in time, known after the last: `finish`), or a computer whose events come
 * back after another's, ends the passes (`crossing`) and the caller analyzes the run whole.
 */
import { PATTERNS } from '../../patterns/index.js';
import { firstLabel, HostNames, hostKey, mayFoldAcrossComputers } from '../correlate/index.js';
import {
  type AnalyzeOptions,
  type ComputersDiagnosed,
  type DiagnosedAttempt,
  diagnoseComputers,
} from '../diagnose/analyze.js';
import { eventsFleetReads, keepWhatFleetReads } from '../diagnose/fleet.js';
import { pathIds } from '../diagnose/scope.js';
import type { ContextStore } from '../ingest/context-store.js';
import type { ByComputer } from '../ingest/timeline.js';
import type { NormalizedEvent } from '../model/event.js';
import type { Spill } from '../model/spill.js';
import { citedEvents, SpilledAttempts } from './spilled-attempts.js';

/** What a report reads of each attempt, and where the rest may be put aside (see `ComputerPasses`). */
export interface PassChoices extends Pick<AnalyzeOptions, 'marks'> {
  eventsShown?: number;
  failedWhole?: boolean;
  detailedLater?: boolean;
  spill?: Spill;
}

const NOTHING: ReadonlySet<object> = new Set();

export class ComputerPasses {
  /** Per computer finished, what the fleet-wide pass needs. */
  readonly parts: ComputersDiagnosed[] = [];
  /** Each computer's first event in timeline order: every computer, named as the whole timeline names it. */
  readonly firsts: NormalizedEvent[] = [];
  /** Why the run must be analyzed whole, once something read says so. */
  crossing?: string;
  private readonly labels = new Set<string>();
  private readonly path = pathIds(PATTERNS);
  private lastName?: string;
  private lastKey = '';

  /** The attempts' parts put aside, with `spill`. */
  private readonly spilled?: SpilledAttempts;

  /**
   * `eventsShown`: how many of an attempt's first events the report names (JSON, CSV and the table none, the SIEM
   * formats' ids a few): each computer's attempts then keep only those and the events the fleet pass reads
   * (`keepWhatFleetReads`), so the fleet's memory is its attempts, not their events. Undefined: all kept.
   * `failedWhole`: a failed attempt shows the report all its events (Markdown's appendix): kept, or with a spill put
   * aside and read back after the fleet pass.
   * `spill`: each attempt's records and logon tries are put aside there once its computer is done, and read back
   * when the report asks (`SpilledAttempts`). With it, `detailedLater` (HTML, which shows every event of the
   * attempts with a cause and of those a finding names, known after the fleet pass): an attempt without a cause
   * keeps what the fleet pass reads and the events anything else of its computer names, the rest put aside and
   * read back after the fleet pass (`afterFleet`); without a spill, `detailedLater` keeps every event.
   */
  constructor(private readonly options: PassChoices = {}) {
    if (options.spill) this.spilled = new SpilledAttempts(options.spill);
  }

  readonly reading: ByComputer = {
    key: (e) => {
      if (e.computer !== this.lastName) {
        this.lastName = e.computer;
        this.lastKey = hostKey(e.computer);
      }
      return this.lastKey;
    },
    done: (events, context) => this.done(events, context),
    ungrouped: (key) => {
      this.crossing ??= `the events of ${key} come back after another computer's`;
    },
  };

  private done(events: NormalizedEvent[], context: ContextStore | undefined): boolean {
    if (this.crossing) return false;
    const hop = events.find((e) => this.path.has(e.eventId));
    if (hop) {
      this.crossing = `${hop.computer} logged event ${hop.eventId}, read for connections to other computers`;
      return false;
    }
    const diagnosed = diagnoseComputers(events, {
      ...(this.options.marks ? { marks: this.options.marks } : {}),
      ...(context ? { context } : {}),
    });
    const { attempts } = diagnosed.result;
    const first = diagnosed.firsts[0];
    if (!first) return true;
    // A short name stands for the one FQDN of that first label (HostNames): two names sharing one may be one computer.
    const label = firstLabel(first.computer);
    if (this.labels.has(label)) this.crossing = `${first.computer} shares its first label with another computer`;
    else if (attempts.some((a) => a.side !== 'server' || a.clientEvents.length > 0))
      this.crossing = `${first.computer} logged a client's side (RDPClient), joined to servers across computers`;
    if (this.crossing) return false;
    this.labels.add(label);
    putAside(diagnosed.result, this.options, this.spilled);
    this.parts.push(diagnosed.result);
    this.firsts.push(first);
    return true;
  }

  /** The fleet pass is over: attempts whose events were put aside show them all again. */
  afterFleet(): void {
    this.spilled?.afterFleet();
  }

  /**
   * After the last computer: a Connection Broker's leg on one computer that may have led its client to
   * another (`correlate` would fold them) also reaches across computers.
   */
  finish(): void {
    if (this.crossing) return;
    const attempts = this.parts.flatMap((p) => p.attempts);
    if (mayFoldAcrossComputers(attempts, HostNames.fromEvents(this.firsts)))
      this.crossing =
        "a connection that may be a Connection Broker's redirection is followed by its client on another computer";
  }
}

/**
 * One computer's attempts (analyzed alone, or read from a shard) keep what the report shows and the fleet pass reads
 * (`PassChoices`); with `spilled`, the rest is put aside there.
 */
export function putAside(part: ComputersDiagnosed, choices: PassChoices, spilled?: SpilledAttempts): void {
  const { eventsShown, failedWhole, detailedLater } = choices;
  const attempts = part.attempts;
  // What else of the computer's analysis names stays the same object; the rest of a shown attempt's events is put aside.
  const shownWhole = (a: DiagnosedAttempt, leading: number, held: ReadonlySet<object>) =>
    spilled!.put(a, { fleet: eventsFleetReads(a, leading, (e) => held.has(e)), whole: true, held });
  const cited = () => {
    const { hostFindings, hijacks, rdpChanges, tunnelTools, backdoors = [] } = part;
    return citedEvents(attempts, [
      hostFindings,
      hijacks.map((h) => [h.hijack, h.events]),
      rdpChanges,
      tunnelTools,
      backdoors,
    ]);
  };
  if (spilled && detailedLater) {
    const held = cited();
    replaceAttempts(part, (a) => shownWhole(a, 0, held));
  } else if (eventsShown !== undefined) {
    const whole = (a: DiagnosedAttempt) => failedWhole && a.outcome === 'failed';
    for (const a of attempts) if (!whole(a)) keepWhatFleetReads(a, eventsShown);
    if (spilled) {
      const held = failedWhole ? cited() : NOTHING;
      replaceAttempts(part, (a) =>
        whole(a) ? shownWhole(a, eventsShown, held) : spilled.put(a, { fleet: a.events, whole: false, held: NOTHING }),
      );
    }
  } else if (spilled) replaceAttempts(part, (a) => spilled.put(a));
}

/** Each attempt of a computer replaced by what `put` makes of it (a session takeover names the new one). */
function replaceAttempts(part: ComputersDiagnosed, put: (a: DiagnosedAttempt) => DiagnosedAttempt): void {
  const made = new Map<object, DiagnosedAttempt>();
  part.attempts = part.attempts.map((a) => {
    const b = put(a);
    made.set(a, b);
    return b;
  });
  for (const h of part.hijacks) if (h.attempt) h.attempt = made.get(h.attempt) ?? h.attempt;
}
