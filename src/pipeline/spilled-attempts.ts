/**
 * A fleet's attempts put aside once their computer is done (src/pipeline/by-computer.ts): what only the report reads
 * of an attempt (its records and logon tries; for HTML, its events beyond those the fleet pass reads) goes to a
 * `Spill`, and the attempt reads it back when asked, one attempt at a time, so a fleet's memory is not its attempts'.
 *
 * An attempt put aside is a copy with the same fields in the same order but those put aside, which its prototype
 * reads back (one prototype for every attempt of a run, so the copies share their hidden classes; accessors of
 * their own would make each a dictionary); they are named under `LAZY_FIELDS` for what walks every field. Until the
 * fleet pass is over (`afterFleet`), `events` is the list the fleet pass reads (`kept`: the same event objects);
 * after it, the whole list: those same objects where they were kept, the others read back as copies.
 */
import type { DiagnosedAttempt } from '../diagnose/analyze.js';
import { EVIDENCE_EVENT } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { LAZY_FIELDS, type Spill } from '../model/spill.js';

const HANDLE = Symbol('spilled attempt');
const KEPT = Symbol('kept events');

type Spilled = DiagnosedAttempt & { [HANDLE]: number; [KEPT]?: NormalizedEvent[] };

/** What is put aside of one attempt (a key only when the attempt has the field). */
interface Body {
  records?: DiagnosedAttempt['records'];
  tries?: DiagnosedAttempt['tries'];
  /** Every event: the index of a kept one in `kept`, or the event itself. */
  events?: (number | NormalizedEvent)[];
  probeEvents?: NormalizedEvent[];
}

/** Fields put aside of every attempt. */
const DATA_FIELDS = ['records', 'tries'] as const;
/** Fields put aside of the attempts whose events the report reads back after the fleet pass. */
const EVENT_FIELDS = ['events', 'probeEvents'] as const;

export class SpilledAttempts {
  private reportPhase = false;
  private lastHandle = -1;
  private lastBody: Body = {};
  /** The prototypes of attempts put aside: records and tries read back; and also their events. */
  private readonly data: object;
  private readonly withEvents: object;

  constructor(private readonly spill: Spill) {
    const accessor = (key: string, get: (a: Spilled) => unknown): PropertyDescriptor => ({
      get(this: Spilled) {
        return get(this);
      },
      // Set on an attempt (or on a copy made with its prototype), a field is its own again.
      set(this: Spilled, value: unknown) {
        Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: false,
      configurable: true,
    });
    const records = accessor('records', (a) => this.body(a).records);
    const tries = accessor('tries', (a) => this.body(a).tries);
    const events = accessor('events', (a) =>
      this.reportPhase ? this.body(a).events!.map((e) => (typeof e === 'number' ? a[KEPT]![e]! : e)) : a[KEPT],
    );
    const probeEvents = accessor('probeEvents', (a) => (this.reportPhase ? this.body(a).probeEvents : []));
    this.data = Object.create(Object.prototype, {
      records,
      tries,
      [LAZY_FIELDS]: { value: DATA_FIELDS },
    });
    this.withEvents = Object.create(Object.prototype, {
      records,
      tries,
      events,
      probeEvents,
      [LAZY_FIELDS]: { value: [...DATA_FIELDS, ...EVENT_FIELDS] },
    });
  }

  /**
   * The attempt with its records and tries put aside; with `kept` (a subset of its events, in their order: those
   * the fleet pass reads), its events and probe connections' events too, `kept` alone shown until `afterFleet`.
   */
  put(a: DiagnosedAttempt, kept?: NormalizedEvent[]): DiagnosedAttempt {
    const body: Body = {};
    if (a.records !== undefined) body.records = a.records;
    if (a.tries !== undefined) body.tries = a.tries;
    // Copied by rest and spread, which keep an object's fields fast (set one by one by name, past 12 they would
    // make it a dictionary), then given the prototype that reads the rest back.
    const { records: _records, tries: _tries, ...rest } = a;
    let out: object;
    if (kept) {
      const at = new Map(kept.map((e, i) => [e, i]));
      body.events = a.events.map((e) => at.get(e) ?? encoded(e));
      body.probeEvents = a.probeEvents.map(encoded);
      const { events: _events, probeEvents: _probeEvents, ...others } = rest;
      out = Object.setPrototypeOf(
        { [HANDLE]: this.spill.put(JSON.stringify(body)), [KEPT]: kept, ...others },
        this.withEvents,
      );
    } else out = Object.setPrototypeOf({ [HANDLE]: this.spill.put(JSON.stringify(body)), ...rest }, this.data);
    return out as DiagnosedAttempt;
  }

  /** From now on the attempts show all their events (those put aside read back). */
  afterFleet(): void {
    this.reportPhase = true;
    this.lastHandle = -1;
    this.lastBody = {};
  }

  /** An attempt's body, read back (the last one read is held: its fields are mostly asked for one after another). */
  private body(a: Spilled): Body {
    const handle = a[HANDLE];
    if (handle !== this.lastHandle) {
      this.lastBody = JSON.parse(this.spill.get(handle), revive) as Body;
      this.lastHandle = handle;
    }
    return this.lastBody;
  }
}

/** An event as JSON keeps it: a time in ms that is not a finite number (JSON's null) as its text. */
function encoded(e: NormalizedEvent): NormalizedEvent {
  return Number.isFinite(e.timeMs) ? e : ({ ...e, timeMs: String(e.timeMs) } as unknown as NormalizedEvent);
}

function revive(key: string, value: unknown): unknown {
  return key === 'timeMs' && typeof value === 'string' ? Number(value) : value;
}

/**
 * The events of `attempts` that what else a computer's analysis found names: evidence of causes and host findings,
 * and the events of session takeovers, Remote Desktop switched on and tunnel tools, from which the fleet pass makes
 * findings. The report finds the attempt of such an event by the event itself, so it stays where it is.
 */
export function citedEvents(
  attempts: readonly DiagnosedAttempt[],
  others: readonly unknown[],
): ReadonlySet<NormalizedEvent> {
  const all = new Set<object>();
  for (const a of attempts)
    for (const list of [a.events, a.probeEvents, a.clientEvents]) for (const e of list) all.add(e);
  const skip = new Set<object>(attempts);
  const cited = new Set<NormalizedEvent>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value) || skip.has(value)) return;
    seen.add(value);
    if (all.has(value)) {
      cited.add(value as NormalizedEvent);
      return;
    }
    const evidenced = (value as { [EVIDENCE_EVENT]?: NormalizedEvent })[EVIDENCE_EVENT];
    if (evidenced && all.has(evidenced)) cited.add(evidenced);
    for (const v of Array.isArray(value) ? value : Object.values(value)) visit(v);
  };
  for (const a of attempts) visit(a.causes);
  for (const o of others) visit(o);
  return cited;
}
