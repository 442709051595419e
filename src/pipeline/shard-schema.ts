/**
 * What a shard file's lines must hold once parsed (shard.ts), checked before `merge` reads a value of them: the
 * header's fields, and of each computer line every attempt and event field the fleet pass and the reports read, of
 * its type, with no key those objects never have. Anywhere in a line, a key `__proto__`, `constructor` or
 * `prototype` holding an object is refused: only a log's own fields (an event's data, counts by channel) are keyed by
 * names from the logs, and those hold texts and numbers. A crafted line is refused (`merge` says which line and
 * what is wrong, exit 2), never read as a prototype or a value of another type. Before a line is decoded,
 * `unsafeValue` refuses what would make decoding itself unsafe (deep nesting, huge texts, infinite numbers).
 */
import { EVIDENCE_EVENT } from '../model/attempt.js';
import { MACHINE_WORDS } from '../model/channels.js';
import { CONNECTION_MARKERS } from '../model/events.js';
import { MAX_VALUE_CHARS } from '../model/value-length.js';
import { formatCount } from '../model/numbers.js';

/**
 * The longest text a shard holds, in UTF-16 units: a log's values enter the model at most MAX_VALUE_CHARS long, a
 * text of the analysis is made of a few of them (a finding naming addresses and users), and `analyze --shard` cuts
 * a longer one as it writes it (`cutShardTexts`); `merge` refuses a line holding one, counting a text's length while
 * its bytes are read (shard-long-line.ts), never building it.
 */
export const MAX_SHARD_TEXT = 16 * MAX_VALUE_CHARS;

/** A check of one value: what is wrong with it (a path and a word), or undefined. */
type Check = (v: unknown) => string | undefined;

/** `why` of the value at `step` (`.key`, `[0]`): the path goes on with no space. */
const at = (step: string, why: string) => (why.startsWith('.') || why.startsWith('[') ? step + why : `${step} ${why}`);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const text: Check = (v) => (typeof v === 'string' ? undefined : 'is not a text');
const num: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? undefined : 'is not a number');
const bool: Check = (v) => (typeof v === 'boolean' ? undefined : 'is not true or false');
const oneOf =
  (...values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v) ? undefined : `is none of ${values.join(', ')}`;
const either =
  (...checks: readonly Check[]): Check =>
  (v) => {
    let why: string | undefined;
    for (const c of checks) if ((why = c(v)) === undefined) return undefined;
    return why;
  };
const list =
  (item: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return 'is not a list';
    for (let i = 0; i < v.length; i++) {
      const why = item(v[i]);
      if (why !== undefined) return at(`[${i}]`, why);
    }
    return undefined;
  };
/** An object of some keys (the checks of `required` and, when present and not undefined, of `optional`) and no other. */
const shape =
  (required: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (v) => {
    if (!isRecord(v)) return 'is not an object';
    for (const k of Object.keys(required)) {
      const why = Object.hasOwn(v, k) ? required[k]!(v[k]) : 'is missing';
      if (why !== undefined) return at(`.${k}`, why);
    }
    for (const k of Object.keys(v)) {
      if (Object.hasOwn(required, k)) continue;
      if (!Object.hasOwn(optional, k)) return `.${k.slice(0, 40)} is no field of it`;
      const why = v[k] === undefined ? undefined : optional[k]!(v[k]);
      if (why !== undefined) return at(`.${k}`, why);
    }
    return undefined;
  };
/** An object keyed by names from the logs, each value checked. */
const keyed =
  (value: Check): Check =>
  (v) => {
    if (!isRecord(v)) return 'is not an object';
    for (const k of Object.keys(v)) {
      const why = value(v[k]);
      if (why !== undefined) return at(`[${JSON.stringify(k.slice(0, 40))}]`, why);
    }
    return undefined;
  };
/** An object whose fields are not described here (a cause, a finding): what `prototypeKeys` walks. */
const object: Check = (v) => (isRecord(v) ? undefined : 'is not an object');

/** A cause found (`CauseResult`): its id; the rest is its explanation, walked by `prototypeKeys`. */
const cause: Check = (v) => {
  if (!isRecord(v)) return 'is not an object';
  const why = text(v.id);
  return why === undefined ? undefined : at('.id', why);
};

const provider = shape({ name: text }, { guid: text, eventSourceName: text });
const source = shape({ file: text, format: text }, { offset: num, line: num, ref: text });

/** A NormalizedEvent (src/model/event.ts). */
const event = shape(
  {
    timestamp: text,
    timeMs: num,
    channel: text,
    provider,
    eventId: num,
    computer: text,
    data: keyed(text),
    source,
  },
  {
    qualifiers: num,
    version: num,
    level: num,
    task: num,
    opcode: num,
    keywords: text,
    recordId: either(num, text),
    processId: num,
    threadId: num,
    userSid: text,
    activityId: text,
    relatedActivityId: text,
    userDataElement: text,
    message: text,
    timePrecisionMs: num,
    dataFromMessage: bool,
  },
);
const events = list(event);

const progress = keyed(bool);
const address = { address: text, name: text, port: num };

/** A DiagnosedAttempt (src/model/attempt.ts, src/diagnose/analyze.ts). */
const attempt = shape(
  {
    id: text,
    computer: text,
    side: oneOf('server', 'client', 'both', 'gateway'),
    start: text,
    end: text,
    startMs: num,
    endMs: num,
    client: shape({}, address),
    server: shape({}, address),
    connection: oneOf('tcp', 'vmbus', 'unknown'),
    activityIds: list(text),
    events,
    clientEvents: events,
    progress,
    outcome: oneOf('succeeded', 'failed', 'in-progress', 'unknown'),
    mergedProbes: num,
    probeEvents: events,
    causes: list(cause),
  },
  {
    tries: list(object),
    records: list(object),
    user: text,
    sessionId: text,
    connectionName: text,
    clientComputer: text,
    clientDisconnectReason: num,
    outcomeRule: text,
    outcomeReason: text,
    redirectedFrom: shape({ computer: text, start: text, end: text, startMs: num, endMs: num, events }),
    via: shape({ gateway: text }, { clientAddress: text }),
    healthProbe: bool,
    takeover: object,
    explicitCredentials: list(object),
    trace: object,
  },
);

/** A computer's line as decoded (`ShardPart`). */
const part = shape(
  {
    diagnosed: shape(
      {
        attempts: list(attempt),
        hostFindings: list(object),
        hijacks: list(object),
        rdpChanges: list(object),
        tunnelTools: list(object),
        outboundRdp: list(object),
      },
      { explicitCredentials: list(object), backdoors: list(object), firstIndexed: event },
    ),
    firsts: list(event),
  },
  { k: num },
);

const nothingOr =
  (check: Check): Check =>
  (v) =>
    v === null ? undefined : check(v);
/** A fixed-length list, each place of its own check. */
const tuple =
  (...items: readonly Check[]): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length !== items.length) return `is not a list of ${items.length}`;
    for (let i = 0; i < items.length; i++) {
      const why = items[i]!(v[i]);
      if (why !== undefined) return at(`[${i}]`, why);
    }
    return undefined;
  };

/** An input's summary (`InputSummary`, src/model/event.ts): what the report lists of it. */
const warning = shape(
  { code: text, message: text, kind: oneOf('skipped-record', 'skipped-chunk', 'checksum', 'format', 'other') },
  { file: text, offset: num, line: num, column: num },
);
const inputSummary = shape(
  { path: text, format: text, records: num, skipped: num, warnings: list(warning), warningCounts: keyed(object) },
  {
    unread: num,
    error: shape({ message: text }, { file: text, line: num, column: num, offset: num }),
    passedOver: text,
    stateItems: num,
  },
);
/** An event of a time span's ends (`TimeSpanState`, src/ingest/time-span.ts). */
const held = shape({ timestamp: text, timeMs: num, computer: text, channel: text }, { recordId: either(num, text) });
/** How far a log reached (`ReachState`, src/ingest/log-reach.ts). */
const reach = shape(
  {
    computer: text,
    channel: text,
    events: num,
    first: text,
    last: text,
    firstMs: nothingOr(num),
    lastMs: nothingOr(num),
    runs: list(num),
    overflow: bool,
    fromFile: bool,
    files: list(text),
    unread: bool,
    firstAuthMs: nothingOr(num),
    markers: list(tuple(oneOf(...CONNECTION_MARKERS), list(num))),
  },
  {
    hiddenGaps: num,
    hiddenMissing: num,
    cleared: text,
    // Whether its records have record-id continuity (false: read only from SIEM exports or hunts).
    continuous: bool,
    roles: list(oneOf(...Object.keys(MACHINE_WORDS))),
  },
);
/** The end line of a shard (`ShardEnd`, src/pipeline/shard.ts). */
const end = shape(
  {
    parts: num,
    inputs: list(inputSummary),
    duplicates: num,
    channelCounts: keyed(num),
    reach: list(reach),
    span: shape({ count: num, low: list(held), high: list(held) }),
    read: shape({ records: num, droppedBy: keyed(num) }, { span: shape({ start: text, end: text }) }),
  },
  { passedOver: list(text), across: text },
);

/** What is wrong with a decoded end line, first its prototype keys, then the field of the wrong type. */
export function shardEndProblem(v: unknown): string | undefined {
  const proto = prototypeKeys(v);
  if (proto) return proto;
  const why = end(v);
  return why === undefined ? undefined : `is an end whose ${why.replace(/^\./, '')}`;
}

/** The header line (`ShardHeader`), before its values are judged. */
export const shardHeaderProblem = shape({
  rdpdiag: text,
  schema: num,
  version: text,
  shard: num,
  of: num,
  hash: text,
});

/** Keys that reach an object's prototype or its class when a value is copied by assignment. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A key `__proto__`, `constructor` or `prototype` holding an object anywhere in `value` (a graph: each object walked
 * once, with the evidence's event), as what is wrong; else undefined.
 */
export function prototypeKeys(value: unknown): string | undefined {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (PROTOTYPE_KEYS.has(k) && typeof x === 'object' && x !== null) return `has a key ${k} holding an object`;
      stack.push(x);
    }
    if (EVIDENCE_EVENT in v) stack.push((v as { [EVIDENCE_EVENT]: unknown })[EVIDENCE_EVENT]);
  }
  return undefined;
}

/** What is wrong with a decoded computer line, first its prototype keys, then the field of the wrong type. */
export function shardPartProblem(v: unknown): string | undefined {
  const proto = prototypeKeys(v);
  if (proto) return proto;
  const why = part(v);
  return why === undefined ? undefined : `has a computer whose ${why.replace(/^\./, '')}`;
}

/** Nesting deeper than a shard's graph ever is (an attempt, its events, their data): a crafted line. */
const MAX_SHARD_DEPTH = 256;

/**
 * What makes a parsed line (or a piece of one, `depth` deep in it) unusable before it is decoded: nesting past
 * MAX_SHARD_DEPTH (decoding recurses), a number JSON.parse made infinite (`1e400`), a text (or a key) longer than
 * MAX_SHARD_TEXT. Walked without recursion. Undefined when it may be decoded.
 */
export function unsafeValue(value: unknown, depth = 0): string | undefined {
  const stack: [unknown, number][] = [[value, depth]];
  const tooLong = `holds a text longer than ${formatCount(MAX_SHARD_TEXT)} characters`;
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'number' && !Number.isFinite(v)) return 'holds a number out of range';
    if (typeof v === 'string' && v.length > MAX_SHARD_TEXT) return tooLong;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_SHARD_DEPTH) return `is nested more than ${MAX_SHARD_DEPTH} deep`;
    if (Array.isArray(v)) for (const x of v) stack.push([x, depth + 1]);
    else
      for (const k of Object.keys(v)) {
        if (k.length > MAX_SHARD_TEXT) return tooLong;
        stack.push([(v as Record<string, unknown>)[k], depth + 1]);
      }
  }
  return undefined;
}

const isText = (v: unknown): v is string => typeof v === 'string';

/** What is wrong with a decoded computer line, for what merge and the fleet pass read of it, and by its schema. */
export function partProblem(v: unknown): string | undefined {
  return partShapeProblem(v) ?? shardPartProblem(v);
}

/** What merge and the fleet pass read of a computer line (its attempts may already be put aside). */
export function partShapeProblem(v: unknown): string | undefined {
  if (!isRecord(v) || !isRecord(v.diagnosed) || !Array.isArray(v.firsts) || v.firsts.length === 0)
    return 'is no computer (its diagnosis or first event missing)';
  const d = v.diagnosed;
  for (const key of ['attempts', 'hostFindings', 'hijacks', 'rdpChanges', 'tunnelTools', 'outboundRdp'])
    if (!Array.isArray(d[key])) return `has no list of ${key}`;
  if (d.explicitCredentials !== undefined && !Array.isArray(d.explicitCredentials))
    return 'has no list of explicitCredentials';
  if (d.backdoors !== undefined && !Array.isArray(d.backdoors)) return 'has no list of backdoors';
  for (const e of v.firsts) if (!eventLike(e)) return 'has a first event of no computer or time';
  return attemptsProblem(d.attempts as unknown[]);
}

export function attemptsProblem(attempts: readonly unknown[]): string | undefined {
  for (const a of attempts)
    if (!isRecord(a) || !isText(a.computer) || !Array.isArray(a.events) || !a.events.every(eventLike))
      return 'has an attempt of no computer or events';
  return undefined;
}

function eventLike(e: unknown): boolean {
  return isRecord(e) && isText(e.computer) && isText(e.timestamp) && isRecord(e.source);
}
