/**
 * Live Windows channels: each poll runs `wevtutil qe <channel> /q:"*[System[EventRecordID>N]]" /f:xml`
 * per channel, N being the channel's bookmark (the highest record id read); of a channel read by event id
 * (Sysmon) only the ids the findings read (`… and (EventID=1 or EventID=3 or EventID=7 or EventID=11 or EventID=13)`). The first query of a channel
 * with no bookmark reads the events since `--since` (default: the last hour), like `journalctl -f` shows
 * the recent past before following. With `--state <file>` the bookmarks survive a restart: the file is
 * rewritten atomically (temporary file + rename) and keeps, per channel, the record to resume from (before
 * the first event of an attempt still open, so that it is reported whole after the restart) and the
 * records of attempts already reported past that point (so that they are not reported twice).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { exportSelection } from '../diagnose/export-selection.js';
import { CHANNELS, eventIdCondition, findChannel } from '../model/channels.js';
import { XmlEventReader } from '../../parsers/xml/index.js';
import type { InputWarning, NormalizedEvent } from '../model/event.js';
import { decodeText, defaultExec, type Exec, type ExecResult } from '../platform/node/exec.js';
import { systemProgram, wevtutilFailure } from '../platform/node/windows-programs.js';

/**
 * `rdp` → every channel rdpdiag reads (one read by event id with its ids, `ChannelPoller`); short names
 * (`RdpCoreTS`, `LSM`) → full names; others as given.
 */
export function resolveLiveChannels(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of names.flatMap((n) => n.split(','))) {
    const n = raw.trim();
    if (!n) continue;
    const list = n.toLowerCase() === 'rdp' ? CHANNELS.map((c) => c.name) : [findChannel(n)?.name ?? n];
    for (const c of list) if (!out.some((o) => o.toLowerCase() === c.toLowerCase())) out.push(c);
  }
  return out;
}

export interface LiveState {
  version: 1;
  channels: Record<string, { bookmark: number; resumeFrom: number }>;
  /** Record keys of reported attempts' events past `resumeFrom` (see live-analyzer `eventKey`). */
  reported: string[];
}

export class StateFileError extends Error {}

export async function loadState(path: string): Promise<LiveState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(`cannot read the state file ${path}: ${(err as Error).message}`);
  }
  try {
    const s = JSON.parse(text) as LiveState;
    if (s.version !== 1 || typeof s.channels !== 'object' || s.channels === null) throw new Error('unknown layout');
    return {
      version: 1,
      channels: s.channels,
      reported: Array.isArray(s.reported) ? s.reported.filter((k) => typeof k === 'string') : [],
    };
  } catch (err) {
    throw new StateFileError(
      `the state file ${path} is not an rdpdiag state file (${(err as Error).message}); remove it or name another one`,
    );
  }
}

/** Writes the state so that a crash at any moment leaves the old or the new file, never half of one. */
export async function saveState(path: string, state: LiveState): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(state, null, 1) + '\n');
  // Windows refuses to replace a file another program (a virus scanner, an indexer) has open for a moment.
  for (let tries = 1; ; tries++) {
    try {
      await rename(tmp, path);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (tries >= RENAME_TRIES || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw err;
      await new Promise((r) => setTimeout(r, 20 * tries));
    }
  }
}

const RENAME_TRIES = 8;

export interface ChannelReport {
  warning(w: InputWarning): void;
  note(message: string): void;
  error(message: string): void;
}

export interface ChannelPollerOptions {
  channels: string[];
  report: ChannelReport;
  exec?: Exec;
  /** The wevtutil program: `%SystemRoot%\System32\wevtutil.exe` (`systemProgram`), never a bare name. */
  program?: string;
  /** First read of a channel without bookmark: events since this time. */
  sinceMs: number;
  state?: LiveState;
  /** Events per query at most; the rest comes on the next poll. */
  maxPerQuery?: number;
  /** How often to check whether a channel was cleared (its newest record id fell below the bookmark). */
  clearCheckMs?: number;
  now?: () => number;
}

interface Channel {
  name: string;
  /** Only these event ids (a channel read by event id: Sysmon), as an XPath condition to add. */
  only: string;
  bookmark: number | undefined;
  disabled: boolean;
  lastClearCheck: number;
  lastProblem?: string;
  /** The last query failed in a way that may pass (see `failing`). */
  failing?: string;
}

export class ChannelPoller {
  private readonly channels: Channel[];
  private readonly exec: Exec;
  private readonly program: string;
  private readonly max: number;
  private readonly clearCheckMs: number;
  private readonly now: () => number;
  records = 0;
  /** Every channel failed for good (absent, access denied): nothing left to follow. */
  get exhausted(): boolean {
    return this.channels.every((c) => c.disabled);
  }

  constructor(private readonly o: ChannelPollerOptions) {
    this.exec = o.exec ?? defaultExec;
    this.program = o.program ?? systemProgram('wevtutil', process.env);
    this.max = o.maxPerQuery ?? 5000;
    this.clearCheckMs = o.clearCheckMs ?? 30_000;
    this.now = o.now ?? Date.now;
    const byId = new Map(exportSelection().channelIds.map((c) => [c.channel.toLowerCase(), c.ids]));
    this.channels = o.channels.map((name) => {
      const saved = o.state?.channels[name];
      const ids = byId.get((findChannel(name)?.name ?? name).toLowerCase());
      return {
        name,
        only: ids ? ` and ${eventIdCondition(ids)}` : '',
        bookmark: saved ? saved.resumeFrom : undefined,
        disabled: false,
        lastClearCheck: saved ? -Infinity : this.now(),
      };
    });
  }

  get names(): string[] {
    return this.channels.map((c) => c.name);
  }

  bookmark(channel: string): number | undefined {
    return this.channels.find((c) => c.name === channel)?.bookmark;
  }

  /** One query per channel (in parallel, a few at a time); `more` when a query hit its cap. */
  async poll(): Promise<{ events: NormalizedEvent[]; more: boolean }> {
    const live = this.channels.filter((c) => !c.disabled);
    const results: { events: NormalizedEvent[]; more: boolean }[] = [];
    for (let i = 0; i < live.length; i += 4) {
      results.push(...(await Promise.all(live.slice(i, i + 4).map((c) => this.pollChannel(c)))));
    }
    return { events: results.flatMap((r) => r.events), more: results.some((r) => r.more) };
  }

  private async run(c: Channel, args: string[]): Promise<ExecResult | undefined> {
    let r: ExecResult;
    try {
      r = await this.exec(this.program, args);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const message =
        code === 'ENOENT'
          ? `${this.program} was not found: rdpdiag runs the wevtutil that comes with Windows, from %SystemRoot%\\System32 only`
          : `cannot run ${this.program}: ${(err as Error).message}`;
      this.problem(c, message, 'error', true);
      return undefined;
    }
    if (r.code === 0) return r;
    const text = r.stderr.trim() || decodeText(r.stdout).trim() || `exit code ${r.code}`;
    const failure = wevtutilFailure(r.code, text);
    if (failure === 'not-found')
      this.problem(c, `channel ${c.name} does not exist on this computer; skipped`, 'note', true);
    else if (failure === 'access-denied')
      this.problem(
        c,
        `access denied reading ${c.name}: run from an elevated prompt (Security needs one); skipped`,
        'error',
        true,
      );
    else {
      // A passing failure (the Event Log service busy, RPC): a warning; it is an input error only if the
      // channel is still failing when following stops (`failing`).
      c.failing = `${c.name}: wevtutil failed: ${text.split(/\r?\n/)[0]}`;
      if (c.lastProblem !== c.failing) {
        c.lastProblem = c.failing;
        this.o.report.warning({
          code: 'live-channel-retry',
          file: `wevtutil:${c.name}`,
          message: `wevtutil failed: ${text.split(/\r?\n/)[0]}; will retry`,
          kind: 'other',
        });
      }
    }
    return undefined;
  }

  /**
   * At the stop, each channel whose last query failed is asked once more for its newest record (the bookmark
   * stays): one that answers lost nothing, as a bookmark kept across a passing failure loses nothing.
   */
  async recheckFailing(): Promise<void> {
    for (const c of this.channels.filter((x) => !x.disabled && x.failing)) {
      const r = await this.run(c, ['qe', c.name, '/c:1', '/rd:true', '/f:xml']);
      if (r) c.failing = undefined;
    }
  }

  /** Channels whose last query failed and has not been answered since (what `wevtutil` said, per channel). */
  get failing(): string[] {
    return this.channels.filter((c) => !c.disabled && c.failing).map((c) => c.failing!);
  }

  private problem(c: Channel, message: string, kind: 'note' | 'error', disable: boolean): void {
    if (disable) c.disabled = true;
    if (c.lastProblem === message) return;
    c.lastProblem = message;
    if (kind === 'note') this.o.report.note(message);
    else this.o.report.error(message);
  }

  private parse(c: Channel, stdout: Buffer): NormalizedEvent[] {
    const reader = new XmlEventReader(`wevtutil:${c.name}`, { warn: (w) => this.o.report.warning(w) });
    const text = decodeText(stdout);
    return reader.feed(text).concat(reader.end());
  }

  private async pollChannel(c: Channel): Promise<{ events: NormalizedEvent[]; more: boolean }> {
    const now = this.now();
    if (c.bookmark !== undefined && now - c.lastClearCheck >= this.clearCheckMs) {
      c.lastClearCheck = now;
      const newest = await this.run(c, ['qe', c.name, '/c:1', '/rd:true', '/f:xml']);
      if (!newest) return { events: [], more: false };
      const top = this.parse(c, newest.stdout)[0]?.recordId;
      if (typeof top === 'number' && top < c.bookmark) {
        this.o.report.note(
          `${c.name} was cleared (newest record ${top}, bookmark ${c.bookmark}); following it from its start`,
        );
        c.bookmark = 0;
      }
    }
    const query =
      c.bookmark !== undefined
        ? `*[System[EventRecordID>${c.bookmark}${c.only}]]`
        : `*[System[TimeCreated[@SystemTime>='${new Date(this.o.sinceMs).toISOString()}']${c.only}]]`;
    const r = await this.run(c, ['qe', c.name, `/q:${query}`, '/f:xml', `/c:${this.max}`]);
    if (!r) return { events: [], more: false };
    c.lastProblem = undefined;
    c.failing = undefined;
    const events = this.parse(c, r.stdout);
    for (const e of events)
      if (typeof e.recordId === 'number' && (c.bookmark === undefined || e.recordId > c.bookmark))
        c.bookmark = e.recordId;
    this.records += events.length;
    return { events, more: events.length >= this.max };
  }

  /**
   * The state to save: per channel, the bookmark and where to resume (before the oldest event of an attempt
   * still open); and the reported records past that point.
   */
  state(openEvents: Iterable<NormalizedEvent>, reportedKeys: Iterable<string>): LiveState {
    const resume = new Map<string, number>();
    for (const e of openEvents) {
      if (typeof e.recordId !== 'number' || !e.source.file.startsWith('wevtutil:')) continue;
      const ch = e.source.file.slice('wevtutil:'.length);
      resume.set(ch, Math.min(resume.get(ch) ?? Infinity, e.recordId - 1));
    }
    const channels: LiveState['channels'] = {};
    const from = new Map<string, number>();
    for (const c of this.channels) {
      if (c.bookmark === undefined) continue;
      const r = Math.max(0, Math.min(c.bookmark, resume.get(c.name) ?? Infinity));
      channels[c.name] = { bookmark: c.bookmark, resumeFrom: r };
      from.set(c.name.toLowerCase(), r);
    }
    const reported: string[] = [];
    for (const k of reportedKeys) {
      const [, channel, rid] = k.split('|');
      const r = from.get(channel);
      if (r !== undefined && Number(rid) > r) reported.push(k);
      if (reported.length >= 20_000) break;
    }
    return { version: 1, channels, reported };
  }
}
