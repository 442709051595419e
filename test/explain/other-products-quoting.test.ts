/**
 * Issue 60, round 30 (r30-h61d): outputs of other products that quote Remote Desktop's codes or sentences, read as
 * theirs (tables/other-products/other-subsystems.ts, other-product-shapes.ts): NetExec's SMB lines, `net use` with the
 * message it printed, a SIP trunk's response; and a domain trust that failed, read as NLA's missing authority
 * (patterns/credssp-nla.ts). Wordings written for these tests in each program's format.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { causeIds } from '../helpers/explain.js';

const first = (text: string) => causeIds(explainCode(text))[0];

describe("NetExec's (CrackMapExec's) SMB lines: a file share's sign-in", () => {
  it('the SMB column on port 445 names the share, whatever status it quotes', () => {
    const smb =
      'SMB         192.0.2.20      445    FS01             [-] corp.example\\alice:Winter2024 STATUS_LOGON_FAILURE';
    expect(causeIds(explainCode(smb))).toEqual([]);
    expect(explainCode(smb).summary).toMatch(/file share/);
  });

  it('true twins: its RDP protocol on 3389, and the status typed alone, stay Remote Desktop sign-ins', () => {
    expect(
      first(
        'RDP         192.0.2.20      3389   FS01             [-] corp.example\\alice:Winter2024 (STATUS_LOGON_FAILURE)',
      ),
    ).toBe(authBadCredentials.id);
    expect(first('STATUS_LOGON_FAILURE')).toBe(authBadCredentials.id);
  });
});

describe('`net use` and the message it printed', () => {
  const locked = 'The referenced account is currently locked out and may not be logged on to.';

  it("the share's command and its System error line hold the message: no Remote Desktop cause", () => {
    expect(
      causeIds(
        explainCode(`C:\\>net use \\\\fs01\\data /user:corp\\bob\nSystem error 1909 has occurred.\n\n${locked}`),
      ),
    ).toEqual([]);
    expect(causeIds(explainCode(`System error 1909 has occurred.\n\n${locked}`))).toEqual([]);
  });

  it('true twin: the message alone is the Remote Desktop dialog of a locked account', () => {
    expect(first(locked)).toBe(authAccountState.id);
  });

  it('near miss: the message beside Remote Desktop keeps its reading, even with a share named', () => {
    expect(first(`Remote Desktop Connection: ${locked} (the share \\\\fs01\\data opens fine)`)).toBe(
      authAccountState.id,
    );
  });
});

describe("a SIP trunk's response (Teams Direct Routing to a session border controller)", () => {
  it('its TLS failure to the SBC keeps the HRESULT, no Remote Desktop cause', () => {
    const sip =
      'Outgoing call: 560504 Unable to deliver INVITE: outgoing TLS negotiation failed. HRESULT=0x80090325 SEC_E_UNTRUSTED_ROOT';
    expect(causeIds(explainCode(sip))).toEqual([]);
    expect(explainCode(sip).summary).toMatch(/SIP/);
  });

  it('true twin: the same HRESULT in a Remote Desktop paste is the certificate', () => {
    expect(first('Remote Desktop: an authentication error, HRESULT=0x80090325 SEC_E_UNTRUSTED_ROOT')).toBe(
      tlsCertificate.id,
    );
  });
});

describe("a domain trust that failed: the server cannot have NLA's credentials checked", () => {
  it.each([
    'SPNEGO failed with NTSTATUS: STATUS_TRUSTED_RELATIONSHIP_FAILURE [0xC000018D]',
    'ConnectionFailedAdTrustedRelationshipFailure',
    'Status: 0xC000018D',
  ])('%s', (paste) => {
    expect(first(paste)).toBe(credsspNla.id);
  });

  it.each(['Status: 0xC000018C', 'Status: 0xC0000192'])(
    'its MS-ERREF neighbours on the path to an authority: %s',
    (p) => {
      expect(first(p)).toBe(credsspNla.id);
    },
  );

  it('near miss: a computer account used to sign in (0xC0000199, a neighbour) is not read so', () => {
    expect(causeIds(explainCode('Status: 0xC0000199'))).not.toContain(credsspNla.id);
  });
});

describe("rdp-sec-check's scan of the listener's security protocols (port-probes.ts)", () => {
  const scan = [
    'Target:    192.0.2.30',
    'Port:      3389',
    '[+] Checking supported protocols',
    '[-] Checking if RDP Security (PROTOCOL_RDP) is supported...Not supported - HYBRID_REQUIRED_BY_SERVER',
    '[-] Checking if TLS Security (PROTOCOL_SSL) is supported...Not supported - HYBRID_REQUIRED_BY_SERVER',
    '[-] Checking if CredSSP Security (PROTOCOL_HYBRID) is supported [uses NLA]...Supported',
  ].join('\n');

  it('its refusals are the answers it asked for: the listener answers, no failure', () => {
    const e = explainCode(scan);
    expect(causeIds(e)).toEqual([]);
    expect(e.notes.join(' ')).toMatch(/rdp-sec-check/);
    expect(causeIds(explainCode(scan.split('\n')[3] ?? ''))).toEqual([]);
  });

  it("true twin: a client's own negotiation failure with the same code is NLA required", () => {
    expect(first('[ERROR][com.freerdp.core.nego] - Error: HYBRID_REQUIRED_BY_SERVER')).toBe(credsspNla.id);
  });
});

describe('RemoteConnectionManager 1063: the listener certificate renewed from its template', () => {
  it('informational: no cause, the certificate named', () => {
    const e = explainCode(
      'Event ID: 1063\nDescription: A new template-based certificate to be used by the RD Session Host server for Transport Layer Security (TLS) 1.0\\Secure Sockets Layer (SSL) authentication and encryption has been installed. The name for this certificate is RDSH01.corp.example.',
    );
    expect(causeIds(e)).toEqual([]);
    expect(e.summary).toMatch(/certificate/);
  });

  it('true twin: a certificate that expired stays the certificate cause', () => {
    expect(first('The certificate has expired or is not yet valid.')).toBe(tlsCertificate.id);
  });
});

describe("Citrix Workspace's own status sentence (other-subsystems.ts 'citrix')", () => {
  it('"The connection (to …) failed with status (N)" is a Citrix client\'s, no Remote Desktop cause', () => {
    for (const paste of [
      'The connection to "Finance Desktop" failed with status (1110).',
      'the connection failed with status (2517)',
    ]) {
      const e = explainCode(paste);
      expect(e.likelyCauses, paste).toEqual([]);
      expect(e.summary, paste).toMatch(/Citrix/);
    }
  });
  it("twin: a Remote Desktop connection that failed, with a number of its own, is not Citrix's", () => {
    expect(explainCode('Remote Desktop: the connection failed, error code 0x204').summary).not.toMatch(/Citrix/);
  });
});
