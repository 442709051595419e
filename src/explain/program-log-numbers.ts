/**
 * A decimal number inside a line of a Remote Desktop program's own log (issue 60, round 32): FreeRDP's wlog line
 * (`[12:00:00:000] [pid:tid] [ERROR][com.freerdp.core.nego] - …`), xrdp's (`[20240101-12:00:00] [ERROR] …`, since 0.10
 * `[2024-01-01T12:00:00.000+0000] [ERROR] …`, or its journal line `xrdp[842]: [ERROR] …`), rdesktop 1.9's
 * (`Core(error): …`) and guacd's (`guacd[1234]: ERROR: …`). Their sources print a decimal for a state, a length, an
 * index, a count, a channel or a function's return value ("invalid rpc->State: 5", "xrdp_sec_recv : error - unexpected
 * length 5", "lfreerdp_cache_brush: error idx 5", "nla_recv() error: -1"); a Windows or protocol code they print is
 * hexadecimal (0x…) or named (ERRCONNECT_…, STATUS_…). So such a decimal is no code, unless the words just before it
 * name a code table (NTSTATUS, HRESULT, a Win32 or Winsock error). Linear: each expression bounded, one line looked at.
 */

import { lastAtOrBefore } from '../model/arrays.js';

/** The start of a line of one of these programs' logs (its prefix), on the line that holds the number. */
const PROGRAM_LINE: readonly [string, RegExp][] = [
  [
    "FreeRDP's",
    /^[^\n[]{0,40}\[\d{1,2}:\d{2}:\d{2}:\d{3}\]\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[(?:trace|debug|info|warn|error|fatal)\]\s{0,3}\[(?:com\.freerdp|com\.winpr)/i,
  ],
  [
    "xrdp's",
    /^[^\n[]{0,80}\[(?:\d{8}-\d{2}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}t\d{2}:\d{2}:\d{2}[.,\d]{0,7}(?:[+-]\d{4}|z)?)\]\s{0,3}\[(?:error|warn|info|debug|trace|core)\s?\]/i,
  ],
  [
    "xrdp's",
    /\bxrdp(?:-sesman|-sesexec|-chansrv)?\[\d{1,8}\]:\s{0,3}(?:\(\d{1,8}\)\(\d{1,20}\))?\[(?:error|warn|info|debug)/i,
  ],
  [
    "rdesktop's",
    /^\s{0,4}(?:core|protocol|graphics|keyboard|clipboard|sound|disk|smartcard|gui|rdp5|scard)\((?:error|warning|notice|debug)\):/i,
  ],
  ["guacd's", /\bguacd\[\d{1,8}\]:\s{0,3}(?:error|warning|info|debug):/i],
];

/** Words that name a code table right before the number: it stays a code. */
const CODE_TABLE_BEFORE = /(?:ntstatus|hresult|win32|getlasterror|winerror|wsa\w{0,20}|sec_e\w{0,30})\W{0,3}$/i;

/**
 * The start of the line holding `at`, looked for at most 2,000 characters back (-1 beyond: a line that long is no
 * program's log line): bounded, so a paste of many numbers and no line break stays linear.
 */
function lineStartNear(text: string, at: number): number {
  const head = text.slice(Math.max(0, at - 2000), at);
  const nl = head.lastIndexOf('\n');
  if (nl >= 0) return at - head.length + nl + 1;
  return head.length === at ? 0 : -1;
}

/**
 * The starts of a paste's lines, found once (the line breaks indexed): each number's line start by a binary search, for
 * a reader that asks it of every number of a paste.
 */
export function lineStarts(text: string): (at: number) => number {
  let breaks: number[] | undefined;
  return (at) => {
    breaks ??= Array.from(text.matchAll(/\n/g), (m) => m.index ?? 0);
    const found = lastAtOrBefore(breaks, at - 1, (nl) => nl);
    return found === -1 ? 0 : breaks[found] + 1;
  };
}

/** Why the decimal `token` at `at` is no code (its program named), or undefined. */
export function programLogNumber(
  text: string,
  at: number,
  token: string,
  before: string,
  lineStartOf: (at: number) => number = (n) => lineStartNear(text, n),
): string | undefined {
  if (!/^-?\d{1,6}$/.test(token) || CODE_TABLE_BEFORE.test(before)) return undefined;
  const start = lineStartOf(at);
  if (start < 0) return undefined;
  const line = text.slice(start, Math.min(text.length, start + 200));
  for (const [program, prefix] of PROGRAM_LINE)
    if (prefix.test(line))
      return `a number in ${program} own log line (a state, a length, an index, a count or a return value), not a Remote Desktop code`;
  return undefined;
}
