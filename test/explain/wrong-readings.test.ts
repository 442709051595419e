/**
 * Round 17, a hunt for wrong readings: rules that read a paste as something it does not say, each with a near miss,
 * in wordings written for these tests. A word that ends in "code" is no code's label; the Services console's dialog
 * with its line break lost is still that dialog; `net use`'s "System error N" is no service that did not start;
 * Hyper-V's management of a virtual machine (KB 2779204's worker process) is no Remote Desktop sign-in.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { causeIds, summaryOrNone } from '../helpers/explain.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';

/** The hex of the paste's error code, and the name of its other reading. */
const hexOf = (text: string) => explainCode(text).primary?.hex;
const otherName = (text: string) => explainCode(text).other?.name;

describe('a code word glued to another word', () => {
  it('"BugcheckCode 0" in a Kernel-Power paste is no disconnect reason 0', () => {
    const text = 'Kernel-Power 41: the machine restarted on its own last night. BugcheckCode 0, PowerButtonTimestamp 0';
    expect(() => explainCode(text)).toThrow(/not a valid error code/);
  });
  it('near miss: a code word glued to another code word still labels its number ("ErrorCode 0x904")', () => {
    expect(hexOf('the client log line says ErrorCode 0x904 right after I hit Connect')).toBe('0x904');
  });
});

describe("the Services console's dialog on one line", () => {
  it('reads "Error 5:" after "on Local Computer." as the service error, not a disconnect reason', () => {
    const e = explainCode(
      'Windows could not start the Remote Desktop Services service on Local Computer. Error 5: Access is denied.',
    );
    expect(e.other?.name).toBe('service-control');
    expect(e.summary).toMatch(/ERROR_ACCESS_DENIED/);
    expect(causeIds(e)).not.toContain(sessionLimit.id);
  });
  it('near miss: the same dialog on two lines reads the same', () => {
    const paste =
      'Windows could not start the Remote Desktop Services service on Local Computer.\nError 5: Access is denied.';
    expect(otherName(paste)).toBe('service-control');
  });
});

describe("net's other commands print the same System error", () => {
  it('net use with System error 1326 is no service start failure', () => {
    const text =
      'C:\\>net use \\\\filesrv02\\d$ /user:ops\nSystem error 1326 has occurred.\n\nThe user name or password is incorrect.';
    const summary = summaryOrNone(text);
    expect(summary).not.toMatch(/service could not be started|A service could not be started/i);
    expect(summary).toMatch(/file share/);
    expect(causeIds(explainCode(text))).toEqual([]);
  });
  it('near miss: net use named beside a Remote Desktop dialog leaves the dialog its code', () => {
    expect(hexOf('net use to the NAS works, but Remote Desktop to the same box says Error code: 0x204')).toBe('0x204');
  });
  it('near miss: net start TermService with System error 5 is one', () => {
    expect(otherName('C:\\>net start TermService\nSystem error 5 has occurred.\n\nAccess is denied.')).toBe(
      'service-control',
    );
  });
});

describe("Hyper-V's worker process (KB 2779204)", () => {
  it('a virtual machine that would not start ranks no Remote Desktop logon right', () => {
    const e = explainCode(
      "Hyper-V Manager could not start it: 'web03' failed to start worker process: Logon failure: the user has not been granted the requested logon type at this computer. (0x80070569)",
    );
    expect(causeIds(e)).toEqual([]);
    expect(e.summary).toMatch(/Hyper-V/);
  });
  it('near miss: the same code beside the Remote Desktop client keeps its cause', () => {
    const e = explainCode(
      'Remote Desktop Connection refused me: Logon failure: the user has not been granted the requested logon type at this computer. (0x80070569)',
    );
    expect(causeIds(e)).toContain(authLogonRight.id);
  });
});

describe("an event id under another provider's opening sentence", () => {
  it("Group Policy's 1058 is not TermService's certificate event", () => {
    const e = explainCode(
      'gpupdate /force keeps failing: The processing of Group Policy failed. Windows attempted to read the file \\\\corp.example\\sysvol\\corp.example\\Policies\\{X}\\gpt.ini from a domain controller and was not successful. Event ID 1058',
    );
    expect(e.summary).not.toMatch(/certificate/i);
    expect(causeIds(e)).not.toContain(tlsCertificate.id);
  });
  it("near miss: 1058 with the certificate event's own sentence stays TermService's", () => {
    const e = explainCode(
      'Event ID 1058: The RD Session Host Server has failed to replace the expired self signed certificate used for RD Session Host Server authentication on SSL connections. The relevant status code was Access is denied.',
    );
    expect(causeIds(e)).toContain(tlsCertificate.id);
  });
});
