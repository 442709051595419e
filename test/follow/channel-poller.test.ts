import { describe, expect, it } from 'vitest';
import { ChannelPoller } from '../../src/follow/wevtutil.js';
import type { Exec } from '../../src/platform/node/exec.js';

const EVENT = (id: number) =>
  `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-Security-Auditing"/><EventID>4624</EventID><TimeCreated SystemTime="2024-05-10T08:00:0${id}.000Z"/><EventRecordID>${id}</EventRecordID><Channel>Security</Channel><Computer>RDSH01</Computer></System></Event>\r\n`;

/** A wevtutil that answers with `answers` in turn (true: events, false: the RPC server unavailable). */
function scripted(answers: boolean[]): { exec: Exec; calls: string[][] } {
  const calls: string[][] = [];
  const exec: Exec = async (_file, args) => {
    calls.push(args);
    const ok = answers.shift() ?? true;
    return ok
      ? { code: 0, stdout: Buffer.from(EVENT(calls.length)), stderr: '' }
      : { code: 1722, stdout: Buffer.alloc(0), stderr: 'The RPC server is unavailable.' };
  };
  return { exec, calls };
}

function poller(exec: Exec) {
  const said: string[] = [];
  const p = new ChannelPoller({
    channels: ['Security'],
    exec,
    program: 'C:\\Windows\\System32\\wevtutil.exe',
    sinceMs: 0,
    clearCheckMs: Number.POSITIVE_INFINITY,
    report: {
      warning: (w) => said.push(`warning ${w.message}`),
      note: (m) => said.push(`note ${m}`),
      error: (m) => said.push(`error ${m}`),
    },
  });
  return { p, said };
}

describe('ChannelPoller at the stop', () => {
  it('asks a channel whose last query failed once more, without moving its bookmark: one that answers is not failing', async () => {
    const { exec, calls } = scripted([true, false, true]);
    const { p, said } = poller(exec);
    await p.poll();
    const bookmark = p.bookmark('Security');
    await p.poll();
    expect(p.failing).toEqual(['Security: wevtutil failed: The RPC server is unavailable.']);
    await p.recheckFailing();
    expect(p.failing).toEqual([]);
    expect(p.bookmark('Security')).toBe(bookmark);
    expect(calls[2]).toEqual(['qe', 'Security', '/c:1', '/rd:true', '/f:xml']);
    expect(said).toEqual(['warning wevtutil failed: The RPC server is unavailable.; will retry']);
  });

  it('keeps a channel that still fails at the stop as failing, and asks nothing of a healthy one', async () => {
    const { exec, calls } = scripted([true, false, false]);
    const { p } = poller(exec);
    await p.poll();
    await p.poll();
    await p.recheckFailing();
    expect(p.failing).toHaveLength(1);
    const healthy = scripted([]);
    const h = poller(healthy.exec).p;
    await h.poll();
    await h.recheckFailing();
    expect(healthy.calls).toHaveLength(1);
    expect(calls).toHaveLength(3);
  });
});
