/**
 * Issue 60, round 31: a service said not to start in a user's own sentence (src/explain/tables/command-output/
 * service-output-said.ts), the number the sentence quotes read as the Win32 error of the start by
 * service-control.ts. Wordings written for these tests after the forms rdpwrap's issues and Microsoft's "Remote Desktop
 * Services isn't starting" page show (a start attempted and net's "System error N has occurred" quoted, the service
 * called "the Remote Desktop service", "the RDP service", TermService), near misses (a stop that failed, a service
 * restarted and a connection failing afterwards, another service), and true twins (the command's own lines).
 */
import { describe, expect, it } from 'vitest';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { saidServiceFailure } from '../../src/explain/tables/command-output/service-output-said.js';

const causeIds = (e: ReturnType<typeof explainCode>) => e.likelyCauses.map((c) => c.causeId);
/** The paste read as a service start failure of TermService: nothing listens. */
function termServiceDown(text: string, error?: RegExp) {
  const e = explainCode(text);
  expect(e.other?.name, text).toBe('service-control');
  expect(e.summary, text).toMatch(/^TermService \(Remote Desktop Services\) could not be started/);
  if (error) expect(e.summary, text).toMatch(error);
  // The number is the start's Win32 error, never the event id it also is (1067, 1068 are RCM's events).
  expect(e.summary, text).not.toMatch(/licensing mode|grace period|certificate/);
  expect(causeIds(e), text).toEqual([networkUnreachable.id]);
}

describe('a Remote Desktop service said not to start, its error quoted in the sentence', () => {
  it("a restart attempted and net's message quoted inline: the Win32 error, not RCM's event", () => {
    termServiceDown(
      'I tried to restart TermService after editing the ini and got: "System error 1067 has occurred." "The process terminated unexpectedly."',
      /Win32 error 1067 ERROR_PROCESS_ABORTED/,
    );
  });
  it('the service in everyday words, the error said after it', () => {
    termServiceDown(
      'The Remote Desktop service stopped and cannot be restarted any more, it shows "Error code 5 Access denied".',
      /Win32 error 5 ERROR_ACCESS_DENIED/,
    );
    termServiceDown("The RDP service won't start, it only says Error 1053.", /ERROR_SERVICE_REQUEST_TIMEOUT/);
  });
  it('the predicate said first, the service after it', () => {
    termServiceDown(
      'After the update Windows is unable to start the Remote Desktop Services service (error 1068).',
      /1068/,
    );
  });
  it('no number said: the start failure alone, still nothing listening', () => {
    termServiceDown('Since yesterday the Remote Desktop Services service fails to start on our jump host.');
  });
});

describe('near misses: no start failure said', () => {
  it('a stop that failed is no start that failed', () => {
    expect(saidServiceFailure('The Remote Desktop Services service could not be stopped.')).toBeUndefined();
  });
  it('a service restarted, then a connection error: the error is read, not a service failure', () => {
    const e = explainCode('tried to restart the RDP service, still error 0x204 when I connect');
    expect(e.other?.name).not.toBe('service-control');
    expect(saidServiceFailure('I restarted the RDP service and now the client shows 0x204.')).toBeUndefined();
  });
  it('Remote Desktop itself (no service named) that cannot connect is not a service', () => {
    expect(
      saidServiceFailure("Remote Desktop can't connect to the remote computer, it cannot start the session"),
    ).toBeUndefined();
  });
  it("another service's start failure is no Remote Desktop failure", () => {
    const e = explainCode('Windows Update service cannot be started, System error 1058 has occurred.');
    expect(e.likelyCauses).toEqual([]);
    expect(saidServiceFailure('The Print Spooler service could not be started.')).toBeUndefined();
  });
  it('a service Remote Desktop does not need to accept connections: said, no cause', () => {
    const e = explainCode(
      'The Remote Desktop Services UserMode Port Redirector service fails to start with error 1053.',
    );
    expect(e.other?.name).toBe('service-control');
    expect(e.likelyCauses).toEqual([]);
  });
});

describe("true twin: the command's own lines keep their reading", () => {
  it('net start TermService with its lines', () => {
    termServiceDown(
      'C:\\>net start TermService\nThe Remote Desktop Services service is starting.\nThe Remote Desktop Services service could not be started.\n\nSystem error 1067 has occurred.\n\nThe process terminated unexpectedly.',
      /1067/,
    );
  });
});

describe('the lines that say the start failed, whatever their number (after list B)', () => {
  it("the Services console's dialog with a Win32 error no service table holds (126)", () => {
    termServiceDown(
      'Windows could not start the Remote Desktop Services service on Local Computer.\nError 126: The specified module could not be found.',
      /error 126/,
    );
  });
  it("RDP Wrapper's installer with a number outside the service errors (1083)", () => {
    termServiceDown(
      '[-] StartService error (code 1083).\n[-] Failed to set up TermService. Unknown error.',
      /error 1083/,
    );
  });
  it('near miss: the installer told the service already runs (1056): no failure of the start', () => {
    const e = explainCode('[*] Starting TermService...\n[-] StartService error (code 1056).');
    expect(e.summary).toMatch(/already running/);
    expect(e.likelyCauses).toEqual([]);
  });
  it("near miss: sc's FAILED line alone with a number no table holds stays unread as a service failure", () => {
    expect(saidServiceFailure('[SC] StartService FAILED 9999:')).toBeUndefined();
  });
});
