/**
 * A fleet's attempts put aside once their computer is done (src/pipeline/by-computer.ts): what only the report reads
 * of an attempt (its records and logon tries, its ActivityIDs, connection name and session id) and its events go to
 * a `Spill`, and the attempt reads them back when
 * asked, one attempt at a time, so a fleet's memory is not its attempts'.
 *
 * An attempt put aside is a copy with the same fields in the same order but those put aside, which its prototype
 * reads back (one prototype for every attempt of a run, so the copies share their hidden classes; accessors of
 * their own would make each a dictionary); they are named under `LAZY_FIELDS` for what walks every field.
 *
 * Its events come back as copies, each naming its attempt (`EVENT_ATTEMPT`), but for those `held`: events that
 * something else of its computer's analysis names (evidence of causes and host findings, session takeovers…) stay
 * the same objects (`HELD_EVENTS`), so that what finds an event's attempt by the event finds it. Until the fleet
 * pass is over (`afterFleet`) `events` are those the fleet pass reads (`fleet`); after it, those the report reads.
 */
import type { DiagnosedAttempt } from '../diagnose/analyze.js';
import { EVIDENCE_EVENT } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { EVENT_ATTEMPT, HELD_EVENTS, LAZY_FIELDS, type Spill } from '../model/spill.js';

const BODY = Symbol('put aside');
const FLEET = Symbol('events the fleet pass reads');

type Spilled = DiagnosedAttempt & { [BODY]: number; [FLEET]: number; [HELD_EVENTS]: readonly NormalizedEvent[] };

/** An event put aside: the index of a held one, or the event itself. */
type Put = number | NormalizedEvent;

/** What the report reads of one attempt (a key only when the attempt has the field). */
interface Body {
  records?: DiagnosedAttempt['records'];
  tries?: DiagnosedAttempt['tries'];
  activityIds?: DiagnosedAttempt['activityIds'];
  connectionName?: string;
  sessionId?: string;
  /** The events the report reads, when they are not those the fleet pass reads. */
  events?: Put[];
  probeEvents?: NormalizedEvent[];
}

const NONE: readonly NormalizedEvent[] = Object.freeze([]);

/** The fields put aside of every attempt. */
const DATA_FIELDS = ['records', 'tries', 'activityIds', 'connectionName', 'sessionId'] as const;

export class SpilledAttempts {
  private reportPhase = false;
  private lastBody = -1;
  private body: Body = {};
  private lastFleet = -1;
  /** The small parts attempts have alike, by their fields. */
  private readonly alike = new Map<string, object>();
  private fleet: Put[] = [];
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
    const records = accessor('records', (a) => this.bodyOf(a).records);
    const tries = accessor('tries', (a) => this.bodyOf(a).tries);
    const events = accessor('events', (a) => {
      const report = this.reportPhase ? this.bodyOf(a).events : undefined;
      return (report ?? this.fleetOf(a)).map((e) => (typeof e === 'number' ? a[HELD_EVENTS][e]! : e));
    });
    const probeEvents = accessor('probeEvents', (a) =>
      ((this.reportPhase ? this.bodyOf(a).probeEvents : undefined) ?? []).slice(),
    );
    // Read by the correlator and the SIEM formats' lines only, not by the fleet pass.
    const activityIds = accessor('activityIds', (a) => this.bodyOf(a).activityIds);
    const connectionName = accessor('connectionName', (a) => this.bodyOf(a).connectionName);
    const sessionId = accessor('sessionId', (a) => this.bodyOf(a).sessionId);
    const fields = { records, tries, activityIds, connectionName, sessionId };
    this.data = Object.create(Object.prototype, { ...fields, [LAZY_FIELDS]: { value: DATA_FIELDS } });
    this.withEvents = Object.create(Object.prototype, {
      ...fields,
      events,
      probeEvents,
      [LAZY_FIELDS]: { value: [...DATA_FIELDS, 'events', 'probeEvents'] },
    });
  }

  /**
   * The attempt with its records and tries put aside; with `fleet` (a subset of its events in their order, those
   * the fleet pass reads) its events too: `fleet` until `afterFleet`, then all of them (with `whole`: the report
   * shows every event of some attempts, known after the fleet pass) or `fleet` again; `held` (of its events) stay.
   */
  put(
    a: DiagnosedAttempt,
    events?: { fleet: readonly NormalizedEvent[]; whole: boolean; held: ReadonlySet<object> },
  ): DiagnosedAttempt {
    const body: Body = {};
    for (const key of DATA_FIELDS) if (a[key] !== undefined) (body as Record<string, unknown>)[key] = a[key];
    // Copied by rest and spread, which keep an object's fields fast (set one by one by name, past 12 they would
    // make it a dictionary), then given the prototype that reads the rest back.
    const {
      records: _records,
      tries: _tries,
      activityIds: _activityIds,
      connectionName: _connectionName,
      sessionId: _sessionId,
      ...rest
    } = this.shared(a);
    if (!events) return Object.setPrototypeOf({ [BODY]: this.spill.put(JSON.stringify(body)), ...rest }, this.data);
    const held = a.events.filter((e) => events.held.has(e));
    const at = new Map(held.map((e, i) => [e, i]));
    const put = (e: NormalizedEvent): Put => at.get(e) ?? encoded(e);
    if (events.whole) {
      body.events = a.events.map(put);
      body.probeEvents = a.probeEvents.map(encoded);
    }
    const { events: _events, probeEvents: _probeEvents, ...others } = rest;
    return Object.setPrototypeOf(
      {
        [BODY]: this.spill.put(JSON.stringify(body)),
        [FLEET]: this.spill.put(JSON.stringify(events.fleet.map(put))),
        [HELD_EVENTS]: held.length ? held : NONE,
        ...others,
      },
      this.withEvents,
    );
  }

  /**
   * The attempt with its small parts that many attempts have alike (how far it got, its client, its server, no
   * cause, no client events) one object for all, frozen (nothing changes them once the computer is done).
   */
  private shared(a: DiagnosedAttempt): DiagnosedAttempt {
    const alike: Partial<DiagnosedAttempt> = {};
    for (const key of ['progress', 'client', 'server', 'causes', 'clientEvents'] as const)
      if (a[key] !== undefined && (!Array.isArray(a[key]) || a[key].length === 0))
        (alike as Record<string, object>)[key] = this.one(a[key]);
    return { ...a, ...alike };
  }

  private one<T extends object>(value: T): T {
    // Each field by name, type and value, in order: alike only when nothing could tell them apart.
    const key = `${Array.isArray(value)}\u0000${Object.entries(value)
      .map(([k, v]) => `${k}\u0001${typeof v}\u0001${String(v)}`)
      .join('\u0000')}`;
    const known = this.alike.get(key);
    if (known) return known as T;
    this.alike.set(key, Object.freeze(value));
    return value;
  }

  /** From now on the attempts show the events the report reads. */
  afterFleet(): void {
    this.reportPhase = true;
  }

  /** The last one read back is held: an attempt's fields are mostly asked for one after another. */
  private bodyOf(a: Spilled): Body {
    const handle = a[BODY];
    if (handle !== this.lastBody) {
      this.body = JSON.parse(this.spill.get(handle)) as Body;
      this.lastBody = handle;
      owned(this.body.events, a);
      owned(this.body.probeEvents, a);
    }
    return this.body;
  }

  private fleetOf(a: Spilled): Put[] {
    const handle = a[FLEET];
    if (handle !== this.lastFleet) {
      this.fleet = JSON.parse(this.spill.get(handle)) as Put[];
      this.lastFleet = handle;
      owned(this.fleet, a);
    }
    return this.fleet;
  }
}

/** Events read back name their attempt, and have their time in ms as a number again (`encoded`). */
function owned(events: readonly Put[] | undefined, a: DiagnosedAttempt): void {
  for (const e of events ?? []) {
    if (typeof e === 'number') continue;
    if (typeof e.timeMs === 'string') e.timeMs = Number(e.timeMs);
    (e as { [EVENT_ATTEMPT]?: unknown })[EVENT_ATTEMPT] = a;
  }
}

/** An event as JSON keeps it: a time in ms that is not a finite number (JSON's null) as its text. */
function encoded(e: NormalizedEvent): NormalizedEvent {
  return Number.isFinite(e.timeMs) ? e : ({ ...e, timeMs: String(e.timeMs) } as unknown as NormalizedEvent);
}

/**
 * The events of `attempts` that what else a computer's analysis found names: evidence of causes and host findings,
 * and the events of session takeovers, Remote Desktop switched on and tunnel tools, from which the fleet pass makes
 * findings. The report finds the attempt of such an event by the event itself, so it stays where it is.
 */
export function citedEvents(attempts: readonly DiagnosedAttempt[], others: readonly unknown[]): ReadonlySet<object> {
  const all = new Set<object>();
  for (const a of attempts)
    for (const list of [a.events, a.probeEvents, a.clientEvents]) for (const e of list) all.add(e);
  const skip = new Set<object>(attempts);
  const cited = new Set<object>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value) || skip.has(value)) return;
    seen.add(value);
    if (all.has(value)) {
      cited.add(value);
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
