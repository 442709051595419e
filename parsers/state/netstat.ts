/**
 * `netstat -ano` (or `-an`, without its PID column): the listening sockets (a TCP row whose foreign address is
 * `0.0.0.0:0` or `[::]:0`, whatever the state's word in the system's language, and every UDP row). Rows are read by
 * their shape, never their labels.
 */
import type { StateItem } from '../../src/model/state.js';

const ROW = /^\s*(TCP|UDP)\s+(\S+):(\d+)\s+(\S+)\s+(?:(\S+)\s+)?(\d+)\s*$/i;
/** `netstat -an` (no -o): the same rows without the PID column; a state is a word, never a number. */
const ROW_WITHOUT_PID = /^\s*(TCP|UDP)\s+(\S+):(\d+)\s+(\S+)(?:\s+(\D\S*))?\s*$/i;

export class NetstatLines {
  readonly items: StateItem[] = [];

  push(text: string, line: number): void {
    const m = ROW.exec(text) ?? ROW_WITHOUT_PID.exec(text);
    if (!m) return;
    const proto = m[1]!.toUpperCase();
    const foreign = m[4];
    const listening = proto === 'UDP' || /^(0\.0\.0\.0|\[::\]|\*):(0|\*)$/.test(foreign!);
    if (!listening) return;
    this.items.push({
      kind: 'listening',
      key: proto,
      name: `${m[2]}:${m[3]}`,
      value: Number(m[3]),
      fields: {
        Address: m[2]!,
        Port: Number(m[3]),
        ...(m[6] ? { PID: Number(m[6]) } : {}),
        ...(m[5] ? { State: m[5] } : {}),
      },
      line,
    });
  }
}

/** A line of netstat's table (detection). */
export const isNetstatRow = (text: string) => ROW.test(text) || ROW_WITHOUT_PID.test(text);
