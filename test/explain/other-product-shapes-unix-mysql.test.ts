/**
 * Issue 60: a Unix account tool's refusal and a MySQL/MariaDB client's TLS error are those programs'
 * (other-product-shapes.ts `unix-account-tool`, `mysql-client-tls`); the same PAM message or Schannel code from
 * Remote Desktop keeps its reading.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { explainCode } from '../../src/explain/explain-code.js';

const read = (paste: string) => {
  const e = explainCode(paste);
  return { summary: e.summary ?? '', causes: e.likelyCauses.map((c) => c.causeId) };
};

describe("a Unix account tool's own line (util-linux su, sudo, Linux-PAM's pam_unix)", () => {
  it("su's refusal beside PAM's expiry message is the local account's, no Remote Desktop cause", () => {
    for (const paste of [
      'root@web01:~# su - deploy\nYour account has expired; please contact your system administrator\nsu: Authentication failure',
      'Jan 12 10:01:33 web01 su[2211]: pam_unix(su:account): account deploy has expired (account expired)',
      'sudo: 3 incorrect password attempts',
    ]) {
      const r = read(paste);
      expect(r.causes, paste).toEqual([]);
      expect(r.summary, paste).toMatch(/Unix account tool/);
    }
  });
  it("true twin: PAM's message from xrdp's sign-in, or alone, is the account's state", () => {
    expect(
      read(
        'xrdp-sesman[912]: pam_unix(xrdp-sesman:account): account deploy has expired\nYour account has expired; please contact your system administrator',
      ).causes[0],
    ).toBe(authAccountState.id);
    expect(read('Your account has expired; please contact your system administrator').causes[0]).toBe(
      authAccountState.id,
    );
  });
});

describe("a MySQL or MariaDB client's TLS error (client error 2026)", () => {
  it('Connector/C\'s Schannel error after "SSL connection error:" is the database connection\'s', () => {
    const r = read(
      'HeidiSQL: SSL connection error: The client and server cannot communicate, because they do not possess a common algorithm. Error 0x80090331',
    );
    expect(r.causes).toEqual([]);
    expect(r.summary).toMatch(/MySQL or MariaDB/);
  });
  it('true twin: the same Schannel code from a Remote Desktop connection keeps its reading', () => {
    expect(read('mstsc to the server fails with 0x80090331 (SEC_E_ALGORITHM_MISMATCH)').causes[0]).toBe(
      tlsProtocolMismatch.id,
    );
  });
});
