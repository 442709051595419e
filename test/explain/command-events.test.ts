/**
 * Round 17 (h60e): command output and event descriptions read as what they show. A command's own error is not a
 * Remote Desktop failure; a flag mask is not a code; an event description whose insertion is an error code is still
 * that event.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { causeIds, expectSaidNoCause, summaryOrNone } from '../helpers/explain.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';

describe('query session / query user that could not list the sessions', () => {
  it('"Error [5]:Access is denied." is the command\'s RPC error, not a disconnect reason', () => {
    expectSaidNoCause(
      'Error 5 getting sessionnames\nError [5]:Access is denied.',
      /could not list the server's sessions: Win32 error 5 .*Access is denied/,
      /not over Remote Desktop/,
    );
  });

  it('the RPC server unavailable after qwinsta /server: names 1722, no cause', () => {
    expectSaidNoCause(
      'C:\\>query session /server:SRV02\nError 1722 getting sessionnames\nError [1722]:The RPC server is unavailable.',
      /Win32 error 1722 RPC_S_SERVER_UNAVAILABLE/,
    );
  });

  it('near miss: an "Error [5]:" line with no session command is not read as one', () => {
    expect(() => explainCode('Error [5]:Access is denied.')).toThrow(/not a valid error code/);
  });
});

describe('certutil -verify', () => {
  const verify = (status: string) =>
    `ChainContext.dwErrorStatus = ${status}\nCertUtil: -verify command completed successfully.`;

  it('a chain with only info flags and a completed -verify is valid: 0x100 is a flag mask, not a code', () => {
    const chain =
      '-------- CERT_CHAIN_CONTEXT --------\nChainContext.dwInfoStatus = CERT_TRUST_HAS_PREFERRED_ISSUER (0x100)\nLeaf certificate revocation check passed\nCertUtil: -verify command completed successfully.';
    expectSaidNoCause(chain, /finds the chain valid/);
  });

  it('CERT_TRUST_IS_NOT_TIME_VALID is the certificate', () => {
    expect(causeIds(verify('CERT_TRUST_IS_NOT_TIME_VALID (0x1)'))[0]).toBe(tlsCertificate.id);
  });

  it('an untrusted root is a warning the client shows, no cause', () => {
    expectSaidNoCause(verify('CERT_TRUST_IS_UNTRUSTED_ROOT (0x20)'), /not a refusal by the server/);
  });
});

describe('TermService certificate events by their description', () => {
  it('1065 with its error as an HRESULT is still the expired certificate', () => {
    const paste =
      'The template-based certificate that is being used by the terminal server for Transport Layer Security (TLS) 1.0\\Secure Sockets Layer (SSL) authentication and encryption has expired and cannot be replaced by the terminal server. The following error occurred: 0x80070005.';
    expect(causeIds(paste)[0]).toBe(tlsCertificate.id);
  });

  it("1059 says the configuration was reset: the listener's certificate, as its page states (issue #60)", () => {
    const paste =
      'The Terminal Server authentication certificate configuration data was invalid and the service reset it. If the computer was configured to use a specific certificate, please verify it is available in the certificate store and use the administrative tools to select it again.';
    expect(explainCode(paste).summary).toMatch(/reset/);
    expect(causeIds(paste)).toEqual([tlsCertificate.id]);
  });

  it('1068 pasted alone is the licensing mode not configured', () => {
    expect(explainCode('The RD Licensing mode has not been configured.').summary).toMatch(
      /licensing mode is not configured/i,
    );
  });
});

describe('licensing configuration as PowerShell prints it', () => {
  it('Get-RDLicenseConfiguration with a mode and a license server: said, no cause', () => {
    const e = explainCode(
      'Mode          : PerUser\nLicenseServer : {LIC01.contoso.com}\nPolicySource  : CentralManagement',
    );
    expect(e.summary).toBe('Mode PerUser (Per User); license server {LIC01.contoso.com}.');
    expect(e.likelyCauses).toEqual([]);
  });

  it('Get-RDLicenseConfiguration NotConfigured: the mode not configured, judged as LicensingType 5 is', () => {
    const e = explainCode('Mode          : NotConfigured\nLicenseServer :\nPolicySource  : None');
    expect(e.summary).toMatch(/licensing mode is not configured \(Mode NotConfigured\)/);
  });

  it('Win32_TerminalServiceSetting as a table reads as its list does', () => {
    const table = explainCode('LicensingType LicensingName\n------------- -------------\n            5 Not configured');
    const list = explainCode('LicensingType : 5\nLicensingName : Not configured');
    expect(table.summary).toBe(list.summary);
    expect(table.likelyCauses).toEqual(list.likelyCauses);
  });

  it("near miss: a directory listing's Mode column is not the licensing configuration", () => {
    expect(summaryOrNone('Mode          : d-----\nLicenseServer : x\nName          : Users')).not.toMatch(/licens/i);
  });
});

describe('w32tm /stripchart', () => {
  const chart = (offset: string) =>
    `Tracking dc01.contoso.com [10.0.0.10:123].\nCollecting 2 samples.\nThe current time is 4/2/2024 10:21:14 AM.\n10:21:14, d:+00.0012345s o:${offset}s  [*  |  ]\n10:21:16, d:+00.0011000s o:${offset}s  [*  |  ]`;

  it("an offset over Kerberos's 5 minutes is the clock skew CredSSP/NLA fails on", () => {
    const e = explainCode(chart('+612.5531283'));
    expect(e.summary).toMatch(
      /612\.6 s \(about 10 min\) off dc01\.contoso\.com's, more than Kerberos's 5-minute tolerance/,
    );
    expect(e.likelyCauses[0]?.causeId).toBe(credsspNla.id);
  });

  it('an offset within the tolerance: time is not the fault', () => {
    expectSaidNoCause(chart('-00.0009874'), /inside Kerberos's 5-minute tolerance/);
  });

  it('near miss: 299 s is still inside the tolerance', () => {
    expect(explainCode(chart('+299.0')).likelyCauses).toEqual([]);
  });
});

describe("Get-Service's own error", () => {
  it('a misspelt service name is the name, not the service stopped', () => {
    expectSaidNoCause(
      "Get-Service : Cannot find any service with service name 'TermServ'.\n    + CategoryInfo          : ObjectNotFound: (TermServ:String) [Get-Service], ServiceCommandException",
      /no service named 'TermServ'.*service name is TermService/,
    );
  });
});

describe('certutil -store of an empty store', () => {
  it('no certificate listed: no verdict, no cause', () => {
    expectSaidNoCause(
      'Remote Desktop\nCertUtil: -store command completed successfully.',
      /lists no certificate: no verdict/,
    );
  });

  it('near miss: another store that is empty is not the Remote Desktop store', () => {
    expect(summaryOrNone('My\nCertUtil: -store command completed successfully.')).not.toMatch(
      /Remote Desktop certificate store/,
    );
  });
});

describe("an RD Gateway event's own words before the status it logs", () => {
  it('201 (the CAP) logging 23002 (the RAP status) says the CAP first', () => {
    const e = explainCode(
      'Event ID: 201\nSource: Microsoft-Windows-TerminalServices-Gateway\nThe following error occurred: "23002".',
    );
    expect(e.summary).toMatch(/^The user did not meet the connection authorization policy\. The error it logs: /);
    expect(e.likelyCauses[0]?.causeId).toBe(gatewayDenied.id);
  });

  it('near miss: a status alone, with no event, is said as its table says', () => {
    expect(explainCode('23002').summary).not.toMatch(/connection authorization policy\. The error it logs/);
  });
});
