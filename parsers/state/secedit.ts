/**
 * `secedit /export /areas USER_RIGHTS /cfg file.inf`: the `[Privilege Rights]` section, one right a line
 * (`SeRemoteInteractiveLogonRight = *S-1-5-32-544,*S-1-5-32-555`: SIDs with `*`, else account names).
 * Only that section is read; every other section's lines are passed over (they hold no secret, but nothing of RDP).
 * A damaged line (bytes that are no text secedit writes) is skipped and said, in any section: what it held, or a
 * line it ran into, is lost, never read as a right or its holders.
 */
import type { StateItem } from '../../src/model/state.js';
import { NOT_TEXT } from '../../src/model/value-length.js';

export interface SeceditProblems {
  skipped(line: number, text: string, what: string): void;
}

/** A holder written with `*` is a SID. */
const SID = /^S-1(?:-\d+)+$/;

export class SeceditLines {
  readonly items: StateItem[] = [];
  private section = '';

  constructor(private readonly problems: SeceditProblems) {}

  push(text: string, line: number): void {
    const t = text.trim();
    if (!t || t.startsWith(';')) return;
    if (NOT_TEXT.test(t)) {
      this.problems.skipped(line, text, 'damaged: bytes that are no text');
      return;
    }
    const s = /^\[(.+)\]$/.exec(t);
    if (s) {
      this.section = s[1]!.toLowerCase();
      return;
    }
    if (this.section !== 'privilege rights') return;
    const m = /^(Se[A-Za-z]+)\s*=\s*(.*)$/.exec(t);
    if (!m) {
      this.problems.skipped(line, text, 'not a user right');
      return;
    }
    const written = m[2]!
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    if (written.some((x) => x.startsWith('*') && !SID.test(x.slice(1)))) {
      this.problems.skipped(line, text, 'damaged: a holder written as a SID that is none');
      return;
    }
    const holders = written.map((x) => (x.startsWith('*') ? x.slice(1) : x));
    this.items.push({ kind: 'user-right', key: m[1]!, name: m[1]!, value: holders, line });
  }
}
