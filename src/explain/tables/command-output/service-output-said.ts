/**
 * A service said not to start in a user's sentence rather than shown by the command's own lines (issue 60, round 31):
 * "when attempting to restart termservice, I get the following error: "System error 1067 has occurred."", "Remote
 * desktop service stops and it cannot be restarted again, it says something like: "Error code 5 Access denied"". The
 * rows of service-control.ts read the lines a command prints alone ("System error 1067 has occurred." on its own
 * line); a user quotes them inside a sentence, names the service in their own words and says it did not start.
 *
 * Read as a clause that joins a term and a predicate of one concept, held as data:
 * - the term: a service by its name or the words users give it (TermService, termsrv, "Remote Desktop Services",
 *   "the Remote Desktop service", "the RDP service", "Terminal Services"), resolved to its row of host-output.ts'
 *   service table (`serviceRoleOf`), which says what its not running means;
 * - the predicate: a start refused or not happening in the user's words (cannot/could not/won't/fails to/unable to
 *   (re)start, "(re)start fails", "is not starting", "keeps crashing"), or a start attempted with an error number
 *   printed for it ("when attempting to restart termservice, I get the following error: … System error 1067 …"). The
 *   Service Control Manager's own texts ("terminated unexpectedly", "hung on starting") are no predicate here: they
 *   are read where they start a message (service-control.ts), and a sentence that mentions one ("when you see … call
 *   the helpdesk") reports no failure;
 * within one window of the paste (the term's end to WINDOW characters after it, or WINDOW before it for a predicate
 * said first: "unable to start the Remote Desktop Services service");
 * - the number the paste quotes for it: net's "System error N has occurred", "Error N", "Error code N", "(code N)",
 *   read by service-control.ts as the Win32 error of the start, never as an event id (1067 is not an RCM event here).
 * A start that was stopped on purpose ("could not be stopped", "was stopped by the administrator") is no predicate:
 * only a start that failed is.
 *
 * Sources: Microsoft Learn "Remote Desktop Services isn't starting on an Azure VM" (the service's names and the errors
 * of its start: 5, 1053, 1058, 1067, 1068, 1069); "net start" (NET HELPMSG 2182, "System error N has occurred");
 * the users' wordings of stascorp/rdpwrap's issues (https://github.com/stascorp/rdpwrap/issues: "cannot be restarted
 * again", "restart termservice … System error 1067", "the remote desktop service cant start"), which quote those
 * errors in sentences.
 *
 * Every expression is bounded (no nested quantifier over the same characters); each term match is followed by one
 * bounded predicate test on a slice of at most 2 × WINDOW characters, at most MAX_TERMS matches: linear in the paste.
 */

/**
 * TermService by the names users give it: its service name, its DLL, its display names (Remote Desktop Services,
 * Terminal Services), typed loosely ("termserv", "term service", "the RDP service", "RDS service"). Lower case, no
 * flags: this table, and described-server-side.ts' concept `rdp-service-down` (the words that say TermService
 * or its listener is not running), read TermService by it. "remote desktop services" followed by "usermode" is
 * UmRdpService's display name, not TermService's.
 */
export const TERMSERVICE_NAMES = String.raw`termservice|termserv|termsrv(?:\.dll)?|term ?service|terminal ?services?(?: service)?|remote ?desktop ?services?(?! usermode)(?: service)?|rds service|rdp ?services?`;

/**
 * A start that failed, said as users say it: refused or not happening (cannot/could not/won't/would not/never/fails
 * to/unable to (re)start, "(re)start fails", "is not starting", "keeps crashing"). `(?:re)?start` covers start and restart; the
 * negations are English's (the rows' pages are English). "could not be stopped" and "stopped by" are no failure of a
 * start and not matched. Lower case, no flags, no word boundaries: its users add them (this table's PREDICATE, and
 * described-server-side.ts' NOT_RUNNING, which adds the states of a service that is no start: stopped, missing,
 * not listening).
 */
export const START_FAILED = String.raw`(?:can ?not|can'?t|cant|could ?not|couldn'?t|won'?t|will not|wouldn'?t|would not|never|unable to|fails? to|failed to|failing to|does ?n[o']t|did ?n[o']t|refuses to)\s{1,4}(?:be\s{1,4})?(?:re)?start(?:ed|up)?|(?:re)?start(?:ing|s)?\s{1,4}(?:fails|failed|doesn'?t work|does not work)|(?:is|was|keeps|stays)\s{1,4}not\s{1,4}(?:starting|running)|(?:keeps|kept)\s{1,4}(?:crashing|stopping|terminating)`;

/** The characters a term and its predicate may stand apart, either way: one or two sentences of a user's report. */
const WINDOW = 240;
const MAX_TERMS = 12;

/**
 * A service by what users call it. Each alternative resolves to a service name of host-output.ts' table; "remote
 * desktop service(s)" needs the word "service" (Remote Desktop alone is the feature, the client or the connection).
 */
const TERMS: readonly { readonly re: RegExp; readonly service: string }[] = [
  // The longer names first: "Remote Desktop Services UserMode Port Redirector" holds "Remote Desktop Services".
  {
    re: /\b(?:umrdpservice|remote desktop services usermode port redirector(?: service)?)\b/gi,
    service: 'UmRdpService',
  },
  { re: /\b(?:sessionenv|remote desktop configuration(?: service)?)\b/gi, service: 'SessionEnv' },
  { re: new RegExp(String.raw`\b(?:${TERMSERVICE_NAMES})\b`, 'gi'), service: 'TermService' },
];

/** A start that failed (START_FAILED) as a whole phrase, in any case. */
const PREDICATE = new RegExp(String.raw`\b(?:${START_FAILED})\b`, 'i');

/** A start attempted and an error printed for it: the attempt's words, then an error said (not every sentence). */
const ATTEMPT = /\b(?:attempt(?:ing|ed)?|try(?:ing)?|tried)\s{1,4}to\s{1,4}(?:re)?start\b/i;
const ERROR_SAID = /\b(?:system error|error(?: code)?)\b/i;

/** The number the sentence quotes for the start, in the forms net, sc and the dialogs print it. */
const NUMBERS: readonly RegExp[] = [
  /\bSystem error (\d{1,5}) has occurred\b/i,
  /\bError(?: code)?\s{0,3}:?\s{0,3}(\d{1,5})\b/i,
  /\(code (\d{1,5})\)/i,
];

/** What a sentence says of a service that did not start. */
export interface SaidServiceFailure {
  /** The service's name in host-output.ts' table. */
  readonly service: string;
  /** The number the paste quotes for the start, when it quotes one. */
  readonly number?: string;
}

/**
 * The predicate of a failed start in the slice around one term, or a start attempted with an error number printed
 * for it (an attempt with no number is no failure said: "tried to restart the RDP service, still 0x204").
 */
function failedStartNear(slice: string, number: string | undefined): boolean {
  return PREDICATE.test(slice) || (number !== undefined && ATTEMPT.test(slice) && ERROR_SAID.test(slice));
}

/**
 * The first service a sentence of the paste says did not start, with the number it quotes; undefined when no term
 * stands beside a predicate.
 */
export function saidServiceFailure(text: string): SaidServiceFailure | undefined {
  for (const term of TERMS) {
    let seen = 0;
    for (const m of text.matchAll(term.re)) {
      if (++seen > MAX_TERMS) break;
      const from = Math.max(0, m.index - WINDOW);
      const to = Math.min(text.length, m.index + m[0].length + WINDOW);
      const after = text.slice(m.index, Math.min(text.length, m.index + 2 * WINDOW));
      const number = NUMBERS.map((re) => re.exec(after)?.[1]).find((n) => n !== undefined);
      if (!failedStartNear(text.slice(from, to), number)) continue;
      return { service: term.service, ...(number !== undefined ? { number } : {}) };
    }
  }
  return undefined;
}
