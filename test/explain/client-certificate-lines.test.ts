/**
 * Issue 60 (r26-s20c): a Remote Desktop client's line saying the server's certificate was not trusted, read as one
 * structure (client-certificate-lines.ts): guacd's, rdesktop's, FreeRDP's and OpenSSL's lines in their own words;
 * near misses: another program's certificate or host key, a certificate accepted.
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { CLIENT_CERTIFICATE_SENTENCES } from '../../src/explain/tables/program-logs/client-certificate-lines.js';
import { answerOrRefused, causeIds, sentenceIds, summaryOrNone } from '../helpers/explain.js';

const ROW = CLIENT_CERTIFICATE_SENTENCES[0]!.id;
const RDESKTOP_PROMPT = [
  '$ rdesktop 10.0.0.5',
  'ATTENTION! The server uses and invalid security certificate which can not be trusted for',
  'the following identified reasons(s);',
  ' 1. Certificate is not trusted by this system.',
  'Subject: CN=WIN-HOST',
  'Issuer: CN=WIN-HOST',
  'Do you trust this certificate (yes/no)?',
].join('\n');

describe("a client's line: the server's certificate not verified or not trusted", () => {
  it('is the certificate, in every client that prints it', () => {
    for (const text of [
      'guac guacd[7740]: Certificate validation failed\nguac guacd[7740]: Error connecting to RDP server',
      RDESKTOP_PROMPT,
      'Do you trust this certificate (yes/no)? Core(error): Failed to read response from stdin',
      'Can\'t connect to target without "/cert:ignore", because of the "error:0B086079:x509 certificate routines:X509_STORE_CTX_purpose_inherit:unknown purpose id"',
      '[ERROR][com.freerdp.core.transport] - BIO_read returned an error: error:0B086079:x509 certificate routines:X509_STORE_CTX_purpose_inherit:unknown purpose id\n[ERROR][com.freerdp.core] - transport_read_layer:freerdp_set_last_error_ex ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]',
    ]) {
      expect(sentenceIds(text), text).toContain(ROW);
      expect(causeIds(text)[0], text).toBe(tlsCertificate.id);
    }
  });

  it('decides over the credentials line FreeRDP prints after a refused host key', () => {
    const text = [
      'connected to 192.168.0.102:3389',
      'Host key for 192.168.0.102 has changed and you have requested strict checking.',
      'Host key verification failed.',
      'SSL_write: Failure in SSL library (protocol error?)',
      'Authentication failure, check credentials.',
      'If credentials are valid, the NTLMSSP implementation may be to blame.',
    ].join('\n');
    expect(causeIds(text)[0]).toBe(tlsCertificate.id);
  });

  it("is not another program's certificate or host key, nor a certificate accepted", () => {
    for (const text of [
      // A browser's and ssh's: no client that speaks RDP in the paste.
      'Your connection is not private. NET::ERR_CERT_AUTHORITY_INVALID. Certificate validation failed.',
      'ssh admin@10.0.0.5\nHost key verification failed.',
      'curl: (60) SSL certificate problem: error:0B086079:x509 certificate routines:X509_STORE_CTX_purpose_inherit:unknown purpose id',
      // The prompt answered "yes": the certificate accepted.
      'rdesktop 10.0.0.5\nDo you trust this certificate (yes/no)? yes\nConnection established',
    ]) {
      expect(sentenceIds(text), text).not.toContain(ROW);
      expect(causeIds(answerOrRefused(text))[0], text).not.toBe(tlsCertificate.id);
    }
  });
});

describe("a .NET program's own TLS (other-subsystems.ts, a program's own network call)", () => {
  const MESSAGE = 'The credentials supplied to the package were not recognized';
  it("is that program's: its SSPI message in its SslStream stack trace names no Remote Desktop cause", () => {
    const text = [
      `Message: ${MESSAGE}`,
      '',
      'StackTrace:    at System.Net.SSPIWrapper.AcquireCredentialsHandle(SSPIInterface SecModule, String package, CredentialUse intent, SecureCredential scc)',
      '   at System.Net.Security.SecureChannel.AcquireClientCredentials(Byte[]& thumbPrint)',
      '   at System.Net.Security.SslState.StartSendBlob(Byte[] incoming, Int32 count, AsyncProtocolRequest asyncRequest)',
    ].join('\n');
    expect(causeIds(answerOrRefused(text))).toEqual([]);
  });

  it('the same message alone is still read as its code', () => {
    expect(causeIds(MESSAGE)).toContain(tlsCertificate.id);
  });
});

describe("FreeRDP's SSL alert lines before its transport failure", () => {
  const TAG = '[13:54:33:966] [30270:30271] [ERROR][com.freerdp.core';
  const ALERT = `${TAG}.transport] - SSL alert: [0x00004004, x00000250] type fatal [F] internal error [IE] in state SSL negotiation finished successfully [SSLOK ], rstate read header [RH]`;
  const TRANSPORT = `${TAG}] - freerdp_set_last_error ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]`;
  const BIO = `${TAG}.transport] - BIO_read returned an error: error:14094438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error`;
  const CLOSE = `${TAG}.transport] - SSL alert: [0x00004008, x00000100] type warning [W] close notify [CN] in state SSL negotiation finished successfully [SSLOK ], rstate read header [RH]`;

  it("reads the alert, not OpenSSL's numbers nor the transport failure that follows it", () => {
    const text = [ALERT, TRANSPORT, BIO, CLOSE].join('\n');
    expect(causeIds(text)[0]).toBe(credsspNla.id);
    expect(summaryOrNone(text)).not.toMatch(/licens/i);
  });

  it('the transport failure alone keeps its own reading, and 0x100 elsewhere its code', () => {
    expect(causeIds(TRANSPORT)).not.toContain(credsspNla.id);
    expect(causeIds('Error code: 0x100')[0]).toBe(licensingServerUnavailable.id);
  });
});
