/**
 * Issue 60, round 26 (h60m): a service that would not start, read in every layout an event or a command's output is
 * pasted in (src/explain/tables/command-output/service-control.ts, `messageStarts`): the General tab with the message on the label's
 * line, Event Viewer's "Save as" CSV row, Get-WinEvent's and Get-EventLog's tables (the message the last column, cut),
 * and the sentences that say the start failed whatever their number (net start's "could not be started" with a
 * System error no table holds; DistributedCOM 10005; LocalSessionManager's "start failed"). Wordings from the pages
 * they were pasted on: KB 946399 (mskb.pkisolutions.com/kb/946399: DCOM 10005 "1297" and LSM 1048), stascorp/rdpwrap
 * issues 1078 (net start TermService, System error 126) and 1332 (System 7034), DuoStream/Duo issue 539 (7031), and
 * the tables' layouts as Get-WinEvent, Get-EventLog and Event Viewer's CSV print them; a service's table under the
 * command line that selected its columns (Get-Service | Select-Object Name, Status, StartType; Get-CimInstance
 * Win32_Service | Select-Object Name, StartMode, State), as Microsoft Learn's Get-Service and Get-CimInstance pages
 * print them.
 */
import { describe, expect, it } from 'vitest';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { explainCode } from '../../src/explain/explain-code.js';

const causeIds = (e: ReturnType<typeof explainCode>) => e.likelyCauses.map((c) => c.causeId);
/** Read as TermService's start failure: the service-control reading, network-unreachable ranked first. */
function termServiceDown(text: string) {
  const e = explainCode(text);
  expect(e.other?.name, text).toBe('service-control');
  expect(causeIds(e)[0], text).toBe(networkUnreachable.id);
  expect(e.summary, text).toMatch(/^TermService \(Remote Desktop Services\)/);
  return e;
}

const T7031 =
  'The Remote Desktop Services service terminated unexpectedly.  It has done this 1 time(s).  The following corrective action will be taken in 60000 milliseconds: Restart the service.';
const T7023 = 'The Remote Desktop Services service terminated with the following error: ';

describe('the start failure said in words, whatever its number', () => {
  it('net start TermService, "System error 126" (no service error): the failure stands, the number said unknown', () => {
    const e = termServiceDown(
      '>net start TermService      \nThe Remote Desktop Services service is starting.\nThe Remote Desktop Services service could not be started.\n                                                         \nA system error has occurred.                             \n                                                         \nSystem error 126 has occurred.                           \n                                                         \nThe specified module could not be found.   ',
    );
    expect(e.summary).toMatch(/error 126 \(a number rdpdiag's tables do not hold/);
  });
  it('DistributedCOM 10005 and LocalSessionManager 1048 (KB 946399): TermService did not start', () => {
    const e = termServiceDown(
      'Log Name: System\nSource: Microsoft-Windows-DistributedCOM\nEvent ID: 10005\nLevel: Error\nDescription: DCOM got error "1297" attempting to start the service TermService with arguments "" in order to run the server: {F9A874B6-F8A8-4D73-B5A8-AB610816828B}\n\nLog Name: System\nSource: LSM\nEvent ID: 1048\nLevel: Error\nDescription: Terminal Service start failed. The relevant status code was %1. A privilege that the service requires to function properly does not exist in the service account configuration.',
    );
    expect(e.summary).toMatch(/error 1297/);
    termServiceDown('Description: Terminal Service start failed. The relevant status code was %1.');
  });
  it("near miss: sc's FAILED line alone with a number no table holds is not read as a service failure", () => {
    expect(() => explainCode('[SC] StartService FAILED 126:')).toThrow(/holds no code or known sentence/);
  });
  it('near miss: DCOM 10005 starting a service Remote Desktop does not need names it, no cause', () => {
    const e = explainCode(
      'Description: DCOM got error "1053" attempting to start the service wuauserv with arguments "" in order to run the server:',
    );
    expect(e.other?.name).toBe('service-control');
    expect(e.likelyCauses).toEqual([]);
  });
});

describe('the Service Control Manager events in their layouts', () => {
  it('the General tab with the message on the Description line (7023, 7031)', () => {
    termServiceDown(
      `Log Name:      System\nSource:        Service Control Manager\nEvent ID:      7023\nLevel:         Error\nDescription: ${T7023}\nThe specified module could not be found.`,
    );
    termServiceDown(`Description: ${T7031}`);
  });
  it('Event Viewer\'s "Save as" CSV row', () => {
    termServiceDown(
      `Level,Date and Time,Source,Event ID,Task Category\nError,3/2/2024 9:12:01 AM,Service Control Manager,7023,None,"${T7023}\r\nThe specified module could not be found."`,
    );
  });
  it("Get-WinEvent's table: the row's message, cut by the table, read as the event it is", () => {
    termServiceDown(
      `TimeCreated                     Id LevelDisplayName Message\n-----------                     -- ---------------- -------\n3/2/2024 9:12:01 AM           7031 Error            ${T7031.slice(0, 100)}...`,
    );
  });
  it("Get-EventLog's table: the InstanceID's low 16 bits are the event id (3221232495 is 7023)", () => {
    const e = termServiceDown(
      `   Index Time          EntryType   Source                 InstanceID Message\n   ----- ----          ---------   ------                 ---------- -------\n   52311 Mar 02 09:12  Error       Service Control M...   3221232495 ${T7023}...`,
    );
    expect(e.summary).toMatch(/event 7023/);
  });
  it('near miss: a listing of services starting and stopping normally names its events, no cause', () => {
    const e = explainCode(
      '   Index Time          EntryType   Source                 InstanceID Message\n   ----- ----          ---------   ------                 ---------- -------\n   52311 Mar 02 09:12  Information Service Control M...   1073748860 The Remote Desktop Services service entered the running state.\n   52310 Mar 02 09:11  Information EventLog               2147489653 The Event log service was started.',
    );
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/A listing of events: 7036 ×1.*6005 ×1/);
  });
  it('near miss: the same CSV row of a service Remote Desktop does not need (the Print Spooler) blames nothing', () => {
    const e = explainCode(
      'Level,Date and Time,Source,Event ID,Task Category\nError,3/2/2024 9:12:01 AM,Service Control Manager,7031,None,"The Print Spooler service terminated unexpectedly.  It has done this 1 time(s)."',
    );
    expect(e.likelyCauses).toEqual([]);
  });
  it('near miss: the message quoted inside a sentence is not a message start', () => {
    const e = explainCode(
      'Our wiki says that when you see "The Remote Desktop Services service terminated unexpectedly" you should call the helpdesk.',
    );
    expect(e.other?.name).not.toBe('service-control');
  });
});

/** Read as the services' state: TermService disabled or stopped, network-unreachable ranked first. */
function servicesDown(text: string) {
  const e = explainCode(text);
  expect(causeIds(e)[0], text).toBe(networkUnreachable.id);
  expect(e.summary, text).toMatch(/^TermService \(Remote Desktop Services\) is (?:Disabled|Stopped)/);
}

describe("a service's table under the command line that chose its columns", () => {
  const SELECT = 'PS C:\\> Get-Service TermService | Select-Object Name, Status, StartType\n\n';
  it('the command line names the columns but is no header: the table below it is read', () => {
    servicesDown(
      `${SELECT}Name          Status StartType\n----          ------ ---------\nTermService  Stopped  Disabled`,
    );
    servicesDown(
      'PS C:\\> Get-CimInstance Win32_Service -Filter "Name=\'TermService\'" | Select-Object Name, StartMode, State\n\nName        StartMode State\n----        --------- -----\nTermService Disabled  Stopped',
    );
  });
  it('true twin: the same table without its command line is read the same', () => {
    servicesDown('Name        StartMode State\n----        --------- -----\nTermService Disabled  Stopped');
  });
  it('near miss: the services running under the same command line blame nothing', () => {
    const e = explainCode(
      `${SELECT}Name           Status StartType\n----           ------ ---------\nTermService   Running    Manual\nUmRdpService  Running    Manual`,
    );
    expect(e.summary).toMatch(/running; the services are not what stops the connection/);
    expect(e.likelyCauses).toEqual([]);
  });
});
