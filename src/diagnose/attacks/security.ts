/**
 * The security lens: bursts of failures from one source are an attack (password guessing, scanning),
 * not a fault to fix on the server. A burst is a run of failed attempts from one client against one
 * computer at machine speed (consecutive failures seconds apart, which no person typing a password
 * does) or against several accounts. A user who mistypes a password twice is not one. A spray is one too at
 * any pace: many accounts from a few sources that each tried several, most of which never signed in.
 */
import { classOfAddress } from '../../model/address-class.js';
import { PATTERNS, UNEXPLAINED } from '../../../patterns/index.js';
import type { Pattern } from '../../../patterns/types.js';
import {
  type Attempt,
  type CauseResult,
  type EvidenceRef,
  type SecurityFinding,
  type SourceSuccess,
  serverLogged,
} from '../../model/attempt.js';
import { pushTo } from '../../model/arrays.js';
import type { NormalizedEvent } from '../../model/event.js';
import type { ValueMarks } from '../../model/value-marks.js';
import { evidenceRef } from '../evidence-refs.js';
import { formatShortTime } from '../../model/time.js';
import { compareText } from '../../model/order.js';

/** Events that show a logon went through. */
const LOGON_EVENTS = new Set([1149, 4624, 21, 25, 4778]);

/** An event the security lens reads of an attempt beyond its first: one showing a logon went through. */
export function showsLogon(e: NormalizedEvent): boolean {
  return LOGON_EVENTS.has(e.eventId);
}

interface Diagnosed extends Attempt {
  causes: CauseResult[];
}

/** Failures from one source further apart than this are separate runs. */
const RUN_GAP_MS = 10 * 60_000;
/** A typical gap between failures below this is machine speed (mstsc's prompt takes a person longer). */
const MACHINE_GAP_MS = 3_000;
/** At machine speed, this many failures make a burst. */
const MACHINE_MIN = 3;
/** Against this many accounts… */
const MANY_ACCOUNTS = 3;
/** …with at least this many failures, a run is guessing whatever its speed. */
const MANY_ACCOUNTS_MIN = 4;
/** This many failures from one source within the run gap, against two accounts or more, are guessing too. */
const MANY_FAILURES = 8;

/** Failures from this many sources that each stay below a burst of their own, close together on one computer,
 * are one attack spread over many addresses (a botnet's password spraying, an internet-wide scanner). */
const MANY_SOURCES = 5;
/** …with at least this many failed attempts in all. */
const SPREAD_MIN = 8;

/**
 * Connections the logs show only the start of (outcome `unknown`: RCM 261 alone, RdpCoreTS 131 at a log's end):
 * this many in a run, never authenticated, from one source or naming none…
 */
const SILENT_MIN = 10;
/** …at a typical gap under this (no person reopens the prompt that often, that many times) are a scan or a flood. */
const SILENT_GAP_MS = 60_000;
/**
 * A slow spray (password spraying kept under lockout and rate limits: one password over many accounts, a few
 * minutes apart, from a few addresses): failures on one computer no further apart than this are one spray…
 */
const SPRAY_GAP_MS = 60 * 60_000;
/** …when together they tried at least this many accounts… */
const SPRAY_ACCOUNTS = 10;
/**
 * …each of its sources tried at least `MANY_ACCOUNTS` of them (a person tries their own account, not several), and
 * at most this share of the accounts tried ever signed in on the computer (a policy that refused real users who then
 * got in once it was fixed is a fault: they are the users, not an attacker's list).
 */
const SPRAY_SIGNED_IN_MAX = 0.5;

/** How an attack's source is named when its connections name none (RCM 261 logs no address). */
const UNNAMED_SOURCE = 'an unnamed source';

/** Causes that show a credential was offered (so the burst guessed passwords rather than only knocked). */
const CREDENTIAL_CAUSES: ReadonlySet<string> = new Set(
  PATTERNS.filter((p: Pattern) => p.attackSignals?.credentials).map((p) => p.id),
);

/** What stops an attack from `sources` (one address, or every address of a spread one). */
export const ATTACK_REMEDIATION = (
  sources: readonly string[],
  signedIn: boolean,
  { markValue, markValues }: ValueMarks,
): string[] => [
  ...(sources.some(fromInternet) || sources.every((s) => classOfAddress(s) === undefined)
    ? [
        sources.length === 1
          ? `Block ${markValue(sources[0])} at the firewall or perimeter now.`
          : `Block these ${sources.length} addresses at the firewall or perimeter now: ${markValues(sources)}.`,
        'Do not expose TCP 3389 to the internet: allow it only from known addresses (host firewall, network security group), or publish Remote Desktop through an RD Gateway or VPN with multi-factor authentication.',
      ]
    : []),
  ...insideAdvice(sources, { markValue, markValues }),
  'Set an account lockout policy (Computer Configuration → Windows Settings → Security Settings → Account Policies → Account Lockout Policy), rename or disable the built-in Administrator for remote sign-in, and keep Network Level Authentication on.',
  ...(signedIn
    ? [
        `${sources.length === 1 ? markValue(sources[0]) : 'One of these addresses'} signed in successfully: treat those accounts as compromised. Reset their passwords (and krbtgt twice on a domain controller), review what the sessions did (Security 4624/4634/4688, new services and scheduled tasks, new accounts), and isolate the computer if anything was changed.`,
      ]
    : []),
  'Do not change TLS, NLA or the security layer because of these failures: they are the attack tool’s connections, not a fault of the server.',
];

function fromInternet(source: string): boolean {
  const cls = classOfAddress(source);
  return cls === 'public-v4' || cls === 'public-v6';
}

/**
 * A source inside the network (private, link-local) or on the computer itself (loopback: a tunnel) is not
 * stopped at the perimeter: the computer it is, and the accounts it used, are what to examine.
 */
function insideAdvice(
  sources: readonly string[],
  { markValue, markValues }: Pick<ValueMarks, 'markValue' | 'markValues'>,
): string[] {
  const inside = sources.filter((s) => {
    const cls = classOfAddress(s);
    return cls !== undefined && !fromInternet(s) && !cls.startsWith('loopback');
  });
  const loopback = sources.filter((s) => classOfAddress(s)?.startsWith('loopback'));
  return [
    ...(inside.length
      ? [
          `${inside.length === 1 ? markValue(inside[0]) : markValues(inside)} ${inside.length === 1 ? 'is' : 'are'} inside your network: isolate ${inside.length === 1 ? 'that computer' : 'those computers'} and examine ${inside.length === 1 ? 'it' : 'them'} (who was signed in there, what ran: Security 4624/4688, new services and scheduled tasks), and the accounts ${inside.length === 1 ? 'it' : 'they'} used; meanwhile allow RDP to this server only from the administrators' computers (host firewall).`,
        ]
      : []),
    ...(loopback.length
      ? [
          `The connections come from this computer's own loopback (${markValues(loopback)}): a tunnel or port forwarder on it carried them. Find the process listening and forwarding (netstat -ano, Sysmon 3, Security 4688 for plink, ssh or netsh portproxy) and the address it connects out to, and block that far end.`,
        ]
      : []),
  ];
}

/**
 * An attempt the attacked computer's own logs decide: a server's, or an RD Gateway's that refused it (201 RD CAP,
 * 301 RD RAP, 304 host not reached) or let it through. A spray through the gateway is an attack on the accounts
 * behind it, with the client's real address.
 */
function attackedComputerLogged(a: Attempt): boolean {
  return serverLogged(a) || a.side === 'gateway';
}

function sourceOf(a: Attempt): string | undefined {
  return a.client.address ?? a.client.name;
}

function median(values: number[]): number {
  if (values.length === 0) return Infinity;
  const s = [...values].sort((x, y) => x - y);
  return s[Math.floor((s.length - 1) / 2)];
}

/**
 * `signedIn`: the accounts that signed in from the run's source on its computer. At a person's pace, failures for
 * several accounts of which most then signed in from the same address are the users behind it (an office's NAT, a
 * gateway policy that refused them until it was fixed), not a list being guessed.
 */
function isBurst(run: Diagnosed[], signedIn: ReadonlySet<string>): boolean {
  const gaps = run.slice(1).map((a, i) => a.startMs - run[i].startMs);
  if (run.length >= MACHINE_MIN && median(gaps) < MACHINE_GAP_MS) return true;
  const accounts = new Set(run.map((a) => a.user?.toLowerCase()).filter(Boolean));
  const users = [...accounts].filter((u) => signedIn.has(u!)).length;
  if (accounts.size >= MANY_ACCOUNTS && users > accounts.size * SPRAY_SIGNED_IN_MAX) return false;
  if (run.length >= MANY_ACCOUNTS_MIN && accounts.size >= MANY_ACCOUNTS) return true;
  // Slow guessing: more failures than a person retyping makes before giving up (or being locked out), and
  // not all for one account (a device replaying one stale saved password is a fault, not an attack).
  return run.length >= MANY_FAILURES && accounts.size >= 2;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Security findings and, per attempt id, the finding whose burst the attempt is part of. */
export function findSecurityBursts(
  attempts: readonly Diagnosed[],
  marks: ValueMarks,
  coversBefore: CoversBefore = () => false,
): {
  findings: SecurityFinding[];
  attackOf: Map<string, SecurityFinding>;
} {
  const bySource = new Map<string, Diagnosed[]>();
  for (const a of attempts) {
    const source = sourceOf(a);
    if (!source || !attackedComputerLogged(a)) continue;
    pushTo(bySource, `${a.computer.toLowerCase()}|${source.toLowerCase()}`, a);
  }
  const findings: SecurityFinding[] = [];
  const attackOf = new Map<string, SecurityFinding>();
  for (const list of bySource.values()) {
    list.sort((x, y) => x.startMs - y.startMs);
    const failed = list.filter((a) => a.outcome === 'failed');
    const signedIn = new Set(list.filter((a) => gotIn(a) && a.user).map((a) => a.user!.toLowerCase()));
    for (const run of runsOf(failed, RUN_GAP_MS)) {
      if (isBurst(run, signedIn)) {
        const f = securityFinding(run, list, marks, coversBefore);
        findings.push(f);
        for (const a of run) attackOf.set(a.id, f);
      }
    }
  }
  const told: Told = { findings, attackOf, marks, coversBefore };
  findSpreadBursts(attempts, told);
  findAccountSprays(attempts, told);
  findSilentFloods(attempts, told);
  findings.sort((x, y) => compareText(x.computer, y.computer) || compareText(x.burst.first, y.burst.first));
  return { findings, attackOf };
}

/**
 * Attacks spread over many addresses: on one computer, failures not already in a one-source burst, each gap
 * under the run gap, from many sources. A source that failed with one account only and then got in with it
 * does not count (a user who mistypes and then signs in is not an attacker, however many colleagues do the
 * same that morning), nor one whose failures name no account and that then got in; one that tried several
 * accounts does, whether or not it got in. One-source bursts at the same time count towards the many
 * sources (a campaign's busiest address is already a burst of its own) but keep their own finding.
 * Without a credential offered by any of them it is scanning; with one, guessing.
 */
function findSpreadBursts(attempts: readonly Diagnosed[], told: Told): void {
  const { attackOf, marks, coversBefore } = told;
  for (const list of byComputer(attempts, (a) => serverLogged(a) && !!sourceOf(a))) {
    const succeeded = list.filter(gotIn);
    const signedIn = new Set(succeeded.map((a) => `${sourceOf(a)!.toLowerCase()}|${(a.user ?? '').toLowerCase()}`));
    const signedInFrom = new Set(succeeded.map((a) => sourceOf(a)!.toLowerCase()));
    const triedBy = new Map<string, Set<string>>();
    for (const a of list) {
      if (a.outcome !== 'failed' || !a.user) continue;
      const source = sourceOf(a)!.toLowerCase();
      const tried = triedBy.get(source) ?? new Set<string>();
      tried.add(a.user.toLowerCase());
      triedBy.set(source, tried);
    }
    // A source that failed with one account only and then signed in with it is a user who mistyped; so is
    // one whose failures name no account (RdpCoreTS 140 without the Security log) and that then signed in.
    const mistyped = (a: Diagnosed) => {
      const source = sourceOf(a)!.toLowerCase();
      const tried = triedBy.get(source);
      if (!a.user) return !tried && signedInFrom.has(source);
      return tried?.size === 1 && signedIn.has(`${source}|${a.user.toLowerCase()}`);
    };
    const suspect = list.filter((a) => a.outcome === 'failed' && !attackOf.has(a.id) && !mistyped(a));
    const inBursts = list.filter((a) => attackOf.has(a.id));
    const spreadCauses = suspect.filter((x) => SPREAD_CAUSES.has(x.causes[0]?.id));
    for (const run of runsOf(spreadCauses, RUN_GAP_MS)) {
      const first = run[0]?.startMs ?? 0;
      const last = run[run.length - 1]?.startMs ?? 0;
      const alongside = inBursts.filter((a) => a.startMs >= first && a.startMs <= last);
      if (isSpreadBurst(run, alongside)) {
        // The sources' other failures meanwhile (a connection whose cause no log shows) are the attack's too.
        const sources = new Set(run.map((a) => sourceOf(a)!.toLowerCase()));
        const taken = new Set(run);
        const theirs = suspect.filter(
          (a) =>
            !taken.has(a) &&
            sources.has(sourceOf(a)!.toLowerCase()) &&
            a.startMs >= first - RUN_GAP_MS &&
            a.startMs <= last + RUN_GAP_MS,
        );
        const all = [...run, ...theirs].sort((x, y) => x.startMs - y.startMs);
        tell(told, securityFinding(all, list, marks, coversBefore), all);
      }
    }
  }
}

/** The attempts that `keep` keeps, grouped by their computer (its name in any case), each group in time order. */
function byComputer(attempts: readonly Diagnosed[], keep: (a: Diagnosed) => boolean): Diagnosed[][] {
  const groups = new Map<string, Diagnosed[]>();
  for (const a of attempts) if (keep(a)) pushTo(groups, a.computer.toLowerCase(), a);
  return [...groups.values()].map((list) => list.sort((x, y) => x.startMs - y.startMs));
}

/**
 * What the detectors after the one-source bursts share: the findings told so far and the finding each attempt is
 * in (a later detector leaves those alone), and how to tell more.
 */
interface Told {
  findings: SecurityFinding[];
  attackOf: Map<string, SecurityFinding>;
  marks: ValueMarks;
  coversBefore: CoversBefore;
}

/** Tells `f`, the finding of the attempts `members`. */
function tell(told: Told, f: SecurityFinding, members: readonly Diagnosed[]): void {
  told.findings.push(f);
  for (const a of members) told.attackOf.set(a.id, f);
}

/** Attempts in time order cut where two in a row are more than `gapMs` apart: the runs, in order, none empty. */
function runsOf(list: readonly Diagnosed[], gapMs: number): Diagnosed[][] {
  const runs: Diagnosed[][] = [];
  for (const a of list) {
    const run = runs[runs.length - 1];
    if (!run || a.startMs - run[run.length - 1].startMs > gapMs) runs.push([a]);
    else run.push(a);
  }
  return runs;
}

/**
 * Slow sprays: on one computer (a server, or an RD Gateway whose policies refused them), failures that offered an
 * account, not already in a burst, each within `SPRAY_GAP_MS` of the one before, from sources that each tried
 * several accounts (`MANY_ACCOUNTS`), over `SPRAY_ACCOUNTS` accounts in all, most of which never signed in on the
 * computer. No person tries several accounts from one address; a policy that refused real users (each their own
 * account, and they get in once it is fixed) is a fault, not this. The pace does not matter: a spray is slow on
 * purpose.
 */
function findAccountSprays(attempts: readonly Diagnosed[], told: Told): void {
  const { attackOf, marks, coversBefore } = told;
  for (const list of byComputer(attempts, attackedComputerLogged)) {
    const signedIn = new Set(list.filter((a) => gotIn(a) && a.user).map((a) => a.user!.toLowerCase()));
    const offered = list.filter(
      (a) =>
        a.outcome === 'failed' &&
        a.user &&
        sourceOf(a) &&
        !attackOf.has(a.id) &&
        CREDENTIAL_CAUSES.has(a.causes[0]?.id ?? ''),
    );
    for (const run of runsOf(offered, SPRAY_GAP_MS)) {
      const accountsOf = new Map<string, Set<string>>();
      for (const a of run) {
        const source = sourceOf(a)!.toLowerCase();
        const set = accountsOf.get(source) ?? new Set<string>();
        set.add(a.user!.toLowerCase());
        accountsOf.set(source, set);
      }
      const spraying = run.filter((a) => (accountsOf.get(sourceOf(a)!.toLowerCase())?.size ?? 0) >= MANY_ACCOUNTS);
      const accounts = new Set(spraying.map((a) => a.user!.toLowerCase()));
      const signedInCount = [...accounts].filter((u) => signedIn.has(u)).length;
      if (accounts.size >= SPRAY_ACCOUNTS && signedInCount <= accounts.size * SPRAY_SIGNED_IN_MAX) {
        tell(told, securityFinding(spraying, list, marks, coversBefore, 'spray'), spraying);
      }
    }
  }
}

/**
 * Bursts with no outcome evidence (RCM-only exports, RdpCoreTS 131 alone), judged by rate: per computer and
 * source (or none named), a run of `unknown` connections at a pace and count no person produces.
 */
function findSilentFloods(attempts: readonly Diagnosed[], told: Told): void {
  const { attackOf, marks, coversBefore } = told;
  const byKey = new Map<string, Diagnosed[]>();
  const byComputer = new Map<string, Diagnosed[]>();
  for (const a of attempts) {
    if (!serverLogged(a)) continue;
    const computer = a.computer.toLowerCase();
    pushTo(byComputer, computer, a);
    if (a.outcome !== 'unknown' || a.progress.authenticated || attackOf.has(a.id)) continue;
    pushTo(byKey, `${computer}|${(sourceOf(a) ?? '').toLowerCase()}`, a);
  }
  for (const list of byKey.values()) {
    list.sort((x, y) => x.startMs - y.startMs);
    for (const run of runsOf(list, RUN_GAP_MS)) {
      const gaps = run.slice(1).map((a, i) => a.startMs - run[i].startMs);
      if (run.length >= SILENT_MIN && median(gaps) < SILENT_GAP_MS) {
        tell(
          told,
          securityFinding(run, byComputer.get(run[0].computer.toLowerCase()) ?? run, marks, coversBefore),
          run,
        );
      }
    }
  }
}

/**
 * Whether a computer's connection logs (those that name a connection's client) all begin before `ms` and hold no
 * record-id holes: only then does "never seen before" rest on the records.
 */
type CoversBefore = (computer: string, ms: number) => boolean;

/**
 * The source got in: a logon on record (`succeeded`), or, where no log given records the logon (`unknown`) and nothing
 * was refused, credentials that passed network-level authentication (RCM 1149) or an RD Gateway that let the user
 * through to the host (302, both policies met): said as such.
 */
function gotIn(a: Attempt): boolean {
  if (a.outcome === 'succeeded') return true;
  if (a.outcome !== 'unknown' || a.progress.refused) return false;
  return a.progress.authenticated || (a.side === 'gateway' && a.progress.accepted);
}

function successOf(a: Attempt, firstSeenAddress?: string): SourceSuccess {
  return {
    attempt: a.id,
    time: a.start,
    ...(a.user ? { user: a.user } : {}),
    ...(firstSeenAddress ? { firstSeenAddress } : {}),
    ...(a.outcome === 'succeeded' ? {} : { authenticatedOnly: true as const }),
    ...(a.outcome !== 'succeeded' && a.side === 'gateway' ? { throughGateway: true as const } : {}),
  };
}

/** "signed in as U", or "passed network-level authentication as U" where no log records the logon itself. */
function gotInAs(s: SourceSuccess, { markValue }: Pick<ValueMarks, 'markValue'>): string {
  return `${gotInWords(s)}${s.user ? ` as ${markValue(s.user)}` : ''}`;
}

/** How the source got in, in the words the records allow. */
function gotInWords(s: SourceSuccess): string {
  if (s.throughGateway) return 'got through the RD Gateway to the host';
  return s.authenticatedOnly ? 'passed network-level authentication' : 'signed in';
}

/** How long after an unnamed source's burst a logon from a new address is taken for the source's. */
const FIRST_SEEN_AFTER_MS = RUN_GAP_MS;
/** More new addresses than this signing in after the burst: none can be told for the source. */
const FIRST_SEEN_MAX = 2;

/**
 * A burst whose source the logs do not name (RCM 261 alone): logons that follow it within minutes from an
 * address never seen on the computer before the burst began are the likeliest source. Several at once
 * (a morning's users) say nothing.
 */
function newAddressLogons(firstMs: number, lastMs: number, onComputer: readonly Diagnosed[]): SourceSuccess[] {
  const seenBefore = new Set(
    onComputer.filter((a) => a.startMs < firstMs && a.client.address).map((a) => a.client.address!.toLowerCase()),
  );
  const after = onComputer.filter(
    (a) =>
      gotIn(a) &&
      a.client.address &&
      a.startMs >= firstMs &&
      a.startMs <= lastMs + FIRST_SEEN_AFTER_MS &&
      !seenBefore.has(a.client.address.toLowerCase()),
  );
  if (new Set(after.map((a) => a.client.address!.toLowerCase())).size > FIRST_SEEN_MAX) return [];
  return after.map((a) => successOf(a, a.client.address!));
}

/** One clause per new address: "X signed in as U (A1 at t), then 2 more times (A2, A3)". */
function firstSeenSentences(
  successes: readonly SourceSuccess[],
  { markValue }: Pick<ValueMarks, 'markValue'>,
): string[] {
  const byAddress = new Map<string, SourceSuccess[]>();
  for (const s of successes) {
    const key = s.firstSeenAddress!.toLowerCase();
    byAddress.set(key, [...(byAddress.get(key) ?? []), s]);
  }
  return [...byAddress.values()].map(([s, ...more]) => {
    const first = `${markValue(s.firstSeenAddress!)} ${gotInAs(s, { markValue })} (${s.attempt} at ${formatShortTime(s.time)})`;
    return more.length
      ? `${first}, then ${plural(more.length, 'more time')} (${more.map((m) => m.attempt).join(', ')})`
      : first;
  });
}

/**
 * Only causes an attacker produces by itself spread (`attackSignals.spreads`: handshakes dropped by a
 * scanner, wrong passwords). Many clients failing TLS, licensing or an expired password at once is a fault
 * of the server or the accounts.
 */
const SPREAD_CAUSES: ReadonlySet<string | undefined> = new Set(
  PATTERNS.filter((p: Pattern) => p.attackSignals?.spreads).map((p) => p.id),
);

/** `run`: failures from many sources; `alongside`: failures of one-source bursts within its time span. */
function isSpreadBurst(run: Diagnosed[], alongside: Diagnosed[]): boolean {
  if (run.length === 0) return false;
  const sources = new Set([...run, ...alongside].map((a) => sourceOf(a)!.toLowerCase()));
  if (sources.size < MANY_SOURCES || run.length + alongside.length < SPREAD_MIN) return false;
  // Of the spreading causes, those that offered a credential (wrong passwords).
  const credentials = run.filter((a) => CREDENTIAL_CAUSES.has(a.causes[0]?.id ?? ''));
  if (credentials.length === 0) return true;
  // Saved credentials gone stale on several machines fail for one account at a human pace: not an attack.
  // Failures that name no account cannot be that (and none of their sources signed in afterwards).
  const accounts = new Set(credentials.map((a) => a.user?.toLowerCase()).filter(Boolean));
  if (accounts.size === 0) return true;
  const gaps = run.slice(1).map((a, i) => a.startMs - run[i].startMs);
  return accounts.size >= MANY_ACCOUNTS || median(gaps) < MACHINE_GAP_MS;
}

/** An attack refused by an RD Gateway: its advice is the gateway's (port 3389 is not what was attacked). */
function gatewayRemediation(advice: string[]): string[] {
  return [
    ...advice.filter((line) => !line.includes('TCP 3389')),
    'Require multi-factor authentication at the RD Gateway (an NPS extension or a gateway in front of it) and allow only the groups that need it in its connection authorization policy (RD CAP): the gateway is the door to every host behind it.',
  ];
}

/** "203.0.113.9", or "6 addresses (203.0.113.9, 198.51.100.7, …)" for an attack spread over several. */
function describeSources(sources: string[]): string {
  if (sources.length === 1) return sources[0];
  const shown = sources.slice(0, 5).join(', ');
  return `${sources.length} addresses (${shown}${sources.length > 5 ? ', …' : ''})`;
}

/** What a burst's finding says, gathered once from its attempts and the computer's others. */
interface BurstFacts {
  first: Diagnosed;
  last: Diagnosed;
  sources: string[];
  source: string;
  /** Connections of which the logs hold only the start (outcome unknown): a flood judged by its rate. */
  silent: boolean;
  /** Client names that are not one of the sources. */
  names: string[];
  accounts: string[];
  causes: { id: string; count: number }[];
  guessing: boolean;
  successes: SourceSuccess[];
  /** The logons after it are "most likely its source" (see `burstFacts`). */
  likely: boolean;
  spread: boolean;
  throughGateway: boolean;
}

function burstFacts(run: Diagnosed[], onComputer: Diagnosed[], coversBefore: CoversBefore): BurstFacts {
  const first = run[0];
  const last = run[run.length - 1];
  const named = run.filter((a) => sourceOf(a));
  const sources = [...new Set(named.map((a) => sourceOf(a)!))];
  const sourceKeys = new Set(sources.map((s) => s.toLowerCase()));
  const fromSource = onComputer.filter((a) => sourceKeys.has((sourceOf(a) ?? '').toLowerCase()));
  const names = [
    ...new Set(run.map((a) => a.client.name).filter((n): n is string => !!n && !sourceKeys.has(n.toLowerCase()))),
  ];
  const causeCount = new Map<string, number>();
  for (const a of run) {
    const id = a.causes[0]?.id ?? UNEXPLAINED;
    causeCount.set(id, (causeCount.get(id) ?? 0) + 1);
  }
  const successes: SourceSuccess[] = sources.length
    ? fromSource.filter((a) => gotIn(a) && a.endMs >= first.startMs).map((a) => successOf(a))
    : newAddressLogons(first.startMs, last.startMs, onComputer);
  // "Most likely its source" rests on "never seen before": only for logons after the burst, where the computer's
  // connection logs reach back before it without holes.
  const likely =
    !sources.length &&
    successes.length > 0 &&
    successes.every((s) => Date.parse(s.time) > last.startMs) &&
    coversBefore(first.computer, first.startMs);
  if (likely) for (const s of successes) s.likelySource = true;
  return {
    first,
    last,
    sources,
    source: sources.length ? describeSources(sources) : UNNAMED_SOURCE,
    silent: run.every((a) => a.outcome === 'unknown'),
    names,
    accounts: [...new Set(run.map((a) => a.user).filter((u): u is string => !!u))].sort(),
    causes: [...causeCount].map(([id, count]) => ({ id, count })).sort((x, y) => y.count - x.count),
    guessing: run.some((a) => a.user || CREDENTIAL_CAUSES.has(a.causes[0]?.id ?? '')),
    successes,
    likely,
    spread: sources.length > 1,
    throughGateway: run.every((a) => a.side === 'gateway'),
  };
}

function securityFinding(
  run: Diagnosed[],
  onComputer: Diagnosed[],
  marks: ValueMarks,
  coversBefore: CoversBefore,
  shape: 'burst' | 'spray' = 'burst',
): SecurityFinding {
  const { markValue } = marks;
  const f = burstFacts(run, onComputer, coversBefore);
  const { first, last, sources, source, silent, guessing, successes, spread, throughGateway } = f;
  const id = guessing ? 'password-guessing' : 'scanning';
  return {
    id,
    computer: first.computer,
    confidence: successes.length || guessing ? 0.9 : 0.8,
    title: guessing
      ? `Password guessing from ${markValue(source)}${successes.length ? `: ${spread ? 'a source' : 'the source'} then signed in` : ''}`
      : `Scanning from ${markValue(source)}`,
    explanation: burstSentences(f, run, marks, shape).join(' '),
    evidence: burstEvidence(f, onComputer, marks),
    remediation: sources.length
      ? throughGateway
        ? gatewayRemediation(ATTACK_REMEDIATION(sources, successes.length > 0, marks))
        : ATTACK_REMEDIATION(sources, successes.length > 0, marks)
      : [
          'Find the source: export the Security log (4625 names it) and RdpCoreTS/Operational (131 names every client address) of that time, or the firewall log.',
          ...ATTACK_REMEDIATION([], successes.length > 0, marks).slice(1),
        ],
    burst: {
      source,
      ...(spread ? { sources } : {}),
      count: run.length,
      first: first.start,
      last: last.start,
      accounts: f.accounts,
      causes: f.causes,
      successes,
      attempts: run.map((a) => a.id),
      ...(silent ? { unknownOutcome: true } : {}),
    },
  };
}

/** Who, how many and when; the accounts tried; what the shape makes it; what followed; a gateway's refusal. */
function burstSentences(f: BurstFacts, run: Diagnosed[], marks: ValueMarks, shape: 'burst' | 'spray'): string[] {
  const { markValue, markValues } = marks;
  const { first, last, sources, names, accounts, silent, spread, guessing } = f;
  const shownNames = markValues(names.slice(0, 5)) + (names.length > 5 ? `, … (${names.length} names)` : '');
  const who = `${sources.length ? markValue(f.source) : 'A source the logs do not name'}${names.length ? ` (${shownNames})` : ''}`;
  const span = `between ${formatShortTime(first.start)} and ${formatShortTime(last.start)} (${duration(last.startMs - first.startMs)})`;
  const what = f.causes.map((c) => `${c.count} ${c.id}`).join(', ');
  const sentences = [
    silent
      ? `${who} opened ${plural(run.length, 'connection')} to ${markValue(first.computer)} ${span} that never authenticated; the logs given hold only their start, not how each ended.`
      : `${who} made ${plural(run.length, 'failed connection attempt')} to ${markValue(first.computer)} ${span}: ${what}.`,
    accounts.length
      ? `Accounts tried: ${markValues(accounts.slice(0, 10))}${accounts.length > 10 ? ` and ${accounts.length - 10} more` : ''}.`
      : 'No account name was offered.',
    shape === 'spray'
      ? `${plural(accounts.length, 'account')} tried from ${spread ? `${sources.length} addresses, each trying several` : 'one address'}, most of which never signed in here: a password spray (one password tried over many account names, slowly enough to stay under lockout and rate limits), not users mistyping their own.`
      : spread
        ? guessing
          ? 'Sign-in failures from this many addresses at once, none of which then signed in with the account it failed with, are an attack spread over many machines, not users mistyping.'
          : 'Connections from this many addresses that open and drop in the handshake, with no credential offered, are scanning.'
        : silent
          ? 'This many connections this fast, none of which authenticated, are a scanner or a password-guessing tool, not users: no person reopens the sign-in prompt that often.'
          : guessing
            ? 'Failures this fast from one source are an attack tool guessing passwords, not a fault to fix on the server.'
            : 'Connections that open and drop in the handshake this fast, with no credential offered, are a scanner.',
    successSentence(f, run, marks),
  ];
  // Refused by an RD Gateway: the accounts tried are the users behind it; no session host saw these.
  if (f.throughGateway)
    sentences.push(
      `The RD Gateway ${markValue(first.computer)} refused them (Gateway 201, 301, 304) before any session host saw them: an attack through the gateway on the accounts behind it.`,
    );
  return sentences;
}

/** What followed the burst: its source's sign-ins, new addresses' logons (its likely source, or not to be told), none. */
function successSentence(f: BurstFacts, run: Diagnosed[], marks: ValueMarks): string {
  const { markValue } = marks;
  const { last, sources, successes, spread } = f;
  if (successes.length && !sources.length) {
    const addresses = new Set(successes.map((s) => s.firstSeenAddress)).size > 1 ? 'addresses' : 'an address';
    if (f.likely)
      return `Right after it, ${firstSeenSentences(successes, marks).join('; ')}: ${addresses} not seen on this computer before the burst, most likely its source.`;
    const during = successes.some((s) => Date.parse(s.time) <= last.startMs);
    return `${during ? 'During it' : 'After it'}, ${firstSeenSentences(successes, marks).join('; ')}, from ${addresses} not among the logs' earlier records; ${
      during ? 'it came during the burst' : 'the logs given do not reach back before the burst without missing records'
    }, so whether it is the burst's source cannot be told.`;
  }
  if (successes.length)
    return `${spread ? 'These sources' : 'The same source'} then ${successes.every((s) => !s.authenticatedOnly) ? 'signed in successfully' : 'got in'} ${plural(successes.length, 'time')}: ${successes
      .map(
        (s) =>
          `${s.attempt} at ${formatShortTime(s.time)}${s.user ? ` as ${markValue(s.user)}` : ''}${s.throughGateway ? ' (through the RD Gateway; no logon on record)' : s.authenticatedOnly ? ' (network-level authentication passed; no logon on record)' : ''}`,
      )
      .join('; ')}.`;
  // Scoped to this computer: the same sources' logons elsewhere are told after it (signedInElsewhere).
  return `No successful sign-in from ${spread ? 'these sources' : 'this source'} ${run.every((a) => a.side === 'gateway') ? 'through' : 'on'} ${markValue(f.first.computer)} is in the logs.`;
}

/** The first and last attempt's evidence, then each successful logon from the source by the event that shows it. */
function burstEvidence(f: BurstFacts, onComputer: Diagnosed[], marks: ValueMarks): EvidenceRef[] {
  const evidence: EvidenceRef[] = [];
  for (const a of [f.first, f.last]) {
    const e =
      a.causes[0]?.evidence[0] ??
      ((f.silent || f.throughGateway) && a.events[0] ? evidenceRef(a.events[0], marks) : undefined);
    if (e && !evidence.includes(e)) evidence.push(e);
  }
  // Each successful logon from the source, by the event that shows it (RCM 1149, 4624, LSM 21/25, 4778).
  for (const s of onComputer.filter((a) => f.successes.some((x) => x.attempt === a.id))) {
    const logon = s.events.find(showsLogon);
    if (logon) evidence.push(evidenceRef(logon, marks));
  }
  return evidence;
}
