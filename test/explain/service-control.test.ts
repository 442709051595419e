/**
 * Issue 60, round 14: a service that would not start (src/explain/tables/command-output/service-control.ts), in wordings written for
 * these tests from the forms Microsoft's pages show ("Remote Desktop Services isn't starting on an Azure VM": sc
 * start TermService and its error table; "System Error Codes (1000-1299)"; net start; the Services console; the
 * Service Control Manager's events): the service named by its role, the number read as a Win32 service error and
 * never as the event id it also is, a service Remote Desktop does not depend on read as no Remote Desktop failure.
 */
import { describe, expect, it } from 'vitest';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { lookupSspiStatus, lookupWin32Error, lookupWin32ServiceError } from '../../patterns/codes/index.js';
import { explainCode } from '../../src/explain/explain-code.js';

/** Read as a service start failure: no event, no table of the dialogs, the number not "not in our tables". */
function asFailure(text: string) {
  const e = explainCode(text);
  expect(e.other?.table, text).toBe('commandOutput');
  expect(e.other?.name, text).toBe('service-control');
  expect(e.primary, text).toBeUndefined();
  expect(JSON.stringify(e), text).not.toMatch(/not in our tables/);
  // Never the event the number also is (TermService 1058's certificate, RCM 1068/1069's licensing mode).
  expect(e.summary, text).not.toMatch(/certificate|licensing mode|grace period/);
  return e;
}
/** A service-control failure the paste shows, said as `says` matches, with no cause blamed. */
function failureNoCause(text: string, says: RegExp) {
  const e = asFailure(text);
  expect(e.summary).toMatch(says);
  expect(e.likelyCauses).toEqual([]);
}
const causeIds = (e: ReturnType<typeof explainCode>) => e.likelyCauses.map((c) => c.causeId);

describe('the service errors table (winerror.h 1051-1079)', () => {
  it('holds the errors the Azure page lists, with their message texts', () => {
    expect(lookupWin32ServiceError(1068)?.meaning).toBe('The dependency service or group failed to start.');
    const names = [
      [1058, 'ERROR_SERVICE_DISABLED'],
      [0x42d, 'ERROR_SERVICE_LOGON_FAILED'],
      [1077, 'ERROR_SERVICE_NEVER_STARTED'],
    ] as const;
    for (const [n, name] of names) expect(lookupWin32ServiceError(n)?.name, String(n)).toBe(name);
  });
  it('is not the table a number typed alone is read in: 1058 stays the event users quote', () => {
    expect(lookupWin32Error(1058)).toBeUndefined();
    const e = explainCode('1058');
    expect(e.other?.table).toBe('event');
  });
  it('an HRESULT wrapping one is decoded (0x80070422)', () => {
    expect(lookupSspiStatus(0x80070422)?.name).toBe('HRESULT_FROM_WIN32(ERROR_SERVICE_DISABLED)');
  });
});

describe('TermService not starting: nothing accepts Remote Desktop connections', () => {
  it("sc start on a remote server, FAILED 1058: disabled, with the page's fix (start= demand)", () => {
    const e = asFailure(
      'PS C:\\Users\\admin> sc.exe \\\\rdsh01 start TermService\n[SC] StartService FAILED 1058:\n\nThe service cannot be started, either because it is disabled or because it has no enabled devices associated with it.',
    );
    expect(e.summary).toMatch(
      /^TermService \(Remote Desktop Services\) could not be started: Win32 error 1058 ERROR_SERVICE_DISABLED/,
    );
    expect(causeIds(e)[0]).toBe(networkUnreachable.id);
    expect(e.notes.join('\n')).toMatch(/sc config TermService start= demand/);
  });
  it('net start by its display name: System error 1069, the logon account', () => {
    const e = asFailure(
      'C:\\Windows\\system32>net start "Remote Desktop Services"\nThe Remote Desktop Services service could not be started.\n\nSystem error 1069 has occurred.\n\nThe service did not start due to a logon failure.',
    );
    expect(e.summary).toMatch(/ERROR_SERVICE_LOGON_FAILED/);
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
    expect(e.notes.join('\n')).toMatch(/NT Authority\\NetworkService/);
  });
  it('the Services console with its error on the same line: 1068, the dependencies', () => {
    const e = asFailure(
      'Services\nWindows could not start the Remote Desktop Services service on Local Computer.  Error 1068: The dependency service or group failed to start.',
    );
    expect(e.summary).toMatch(/ERROR_SERVICE_DEPENDENCY_FAIL/);
    expect(e.notes.join('\n')).toMatch(/DEPENDENCIES/);
  });
  it('Service Control Manager 7001: the dependency it names is said', () => {
    const e = asFailure(
      'The Remote Desktop Services service depends on the Remote Procedure Call (RPC) service which failed to start because of the following error: \nThe service cannot be started, either because it is disabled or because it has no enabled devices associated with it.',
    );
    expect(e.summary).toMatch(/event 7001/);
    expect(e.notes.join('\n')).toMatch(/Remote Procedure Call \(RPC\)/);
  });
  it('Service Control Manager 7023 by its text, with no number: the message text gives the code', () => {
    const e = asFailure(
      'The Remote Desktop Services service terminated with the following error:\nAfter starting, the service hung in a start-pending state.',
    );
    expect(e.summary).toMatch(/event 7023.*ERROR_SERVICE_START_HANG/);
  });
});

describe('the forms without a number', () => {
  it('net stop\'s "is not started" (NET HELPMSG 3521): TermService is not running', () => {
    const e = asFailure(
      'PS C:\\> net stop termservice\nThe Remote Desktop Services service is not started.\n\nMore help is available by typing NET HELPMSG 3521.',
    );
    expect(e.summary).toMatch(/^TermService \(Remote Desktop Services\) is not running/);
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
  });
  it("Start-Service's error record: the service in brackets, the number asked of sc or the System log", () => {
    const e = asFailure(
      "Start-Service : Service 'Remote Desktop Licensing (TermServLicensing)' cannot be started due to the following error: Cannot start service TermServLicensing on computer '.'.",
    );
    expect(causeIds(e)).toEqual([licensingServerUnavailable.id]);
    expect(e.summary).toMatch(/gives no error number/);
  });
});

describe('the other Remote Desktop services, by their roles', () => {
  it('Remote Desktop Licensing: the license server gives no licences', () => {
    const e = asFailure(
      'Windows could not start the Remote Desktop Licensing service on Local Computer.\nError 1053: The service did not respond to the start or control request in a timely fashion.',
    );
    expect(causeIds(e)).toEqual([licensingServerUnavailable.id]);
  });
  it('the UserMode Port Redirector: sessions still connect, no cause', () => {
    failureNoCause('C:\\>net start UmRdpService\nSystem error 1058 has occurred.', /redirection/);
  });
});

describe('near misses', () => {
  it.each([
    {
      what: 'another service (the Windows Event Log) failing with 1068 is no Remote Desktop failure, never RCM 1068',
      paste:
        'Windows could not start the Windows Event Log service on Local Computer.\nError 1068: The dependency service or group failed to start.',
      says: /not a service Remote Desktop depends on: this is not a Remote Desktop connection failure/,
    },
    {
      what: 'a service the paste does not name: decoded, no cause',
      paste:
        'System error 1058 has occurred.\n\nThe service cannot be started, either because it is disabled or because it has no enabled devices associated with it.',
      says: /does not name the service/,
    },
    {
      what: 'a misspelt name (1060) is a name typed wrong, not a failure',
      paste:
        'C:\\>sc qc TermSvc\n[SC] OpenService FAILED 1060:\n\nThe specified service does not exist as an installed service.',
      says: /No service named TermSvc exists/,
    },
  ])('$what', ({ paste, says }) => failureNoCause(paste, says));
  it('already running (sc 1056, net start 2182) is healthy: no failure invented', () => {
    expect(
      asFailure('[SC] StartService FAILED 1056:\n\nAn instance of the service is already running.').likelyCauses,
    ).toEqual([]);
    const net = asFailure('C:\\>net start SessionEnv\nThe requested service has already been started.');
    expect(net.summary).toMatch(/^SessionEnv \(Remote Desktop Configuration\) is already running/);
    expect(net.likelyCauses).toEqual([]);
  });
  it('"Error 1068:" without the console\'s sentence is not this reading', () => {
    const e = explainCode('Error 1068');
    expect(e.other?.name).not.toBe('service-control');
  });
});

describe('the service errors as a reading table of their own (win32Service)', () => {
  it('1058 typed alone stays the event users quote; the service error is named beside it', () => {
    const e = explainCode('1058');
    expect(e.other?.table).toBe('event');
    expect(e.otherReadings.map((r) => `${r.table}:${r.name}`)).toContain('win32Service:ERROR_SERVICE_DISABLED');
  });
  it('a number only the service table holds (1075) is read there, with no cause of its own', () => {
    const e = explainCode('1075');
    expect((e.primary ?? e.other)?.name).toBe('ERROR_SERVICE_DEPENDENCY_DELETED');
    expect(e.likelyCauses).toEqual([]);
  });
  it('by its name, and by its message text pasted alone: decoded, the service unknown, no cause', () => {
    expect(
      (explainCode('ERROR_SERVICE_LOGON_FAILED').primary ?? explainCode('ERROR_SERVICE_LOGON_FAILED').other)?.table,
    ).toBe('win32Service');
    const text = explainCode('"No attempts to start the service have been made since the last boot."');
    expect(text.summary).toMatch(/ERROR_SERVICE_NEVER_STARTED/);
    expect(text.likelyCauses).toEqual([]);
  });
});
