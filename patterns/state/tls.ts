/** TLS: the listener's certificate (validity, private key, Server Authentication) and TLS 1.2 in SCHANNEL. */
import type { StateRead } from '../../src/model/state.js';
import { tlsCertificate } from '../tls-certificate.js';
import { tlsProtocolMismatch } from '../tls-protocol-mismatch.js';
import type { StateCheck } from './check.js';
import { RDP_TCP, SCHANNEL } from './keys.js';
import { notMade, num, passed, text } from './values.js';

const daysBetween = (from: string, to: string) => Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
const day = (iso: string) => iso.slice(0, 10);

export const certificate: StateCheck = {
  id: 'certificate',
  title: 'The listener certificate is valid, has its private key and Server Authentication',
  finding: 'state-certificate',
  confirms: [tlsCertificate.id],
  rulesOut: [tlsCertificate.id],
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-server-certificate-not-trusted',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/cannot-connect-rds-no-certificate-error',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/event-id-1057-1058',
  ],
  command:
    'powershell -Command "Get-ChildItem \'Cert:\\LocalMachine\\Remote Desktop\',Cert:\\LocalMachine\\My | Select-Object Thumbprint,Subject,Issuer,NotBefore,NotAfter,HasPrivateKey,EnhancedKeyUsageList | ConvertTo-Json"',
  evaluate(v) {
    const certs = v.items('certificate');
    if (!certs.length)
      return notMade('no certificate store listing (Get-ChildItem Cert:\\LocalMachine\\Remote Desktop)');
    const hash = v.value('SSLCertificateSHA1Hash', [RDP_TCP]);
    const wanted = hash
      ? text(hash)
          .replace(/[^0-9a-f]/gi, '')
          .toUpperCase()
      : undefined;
    const byThumb = wanted ? certs.find((c) => c.item.name === wanted) : undefined;
    const rdStore = certs
      .filter((c) => /remote desktop/i.test(c.item.key))
      .sort((a, b) => String(b.item.fields?.NotAfter ?? '').localeCompare(String(a.item.fields?.NotAfter ?? '')));
    const cert = byThumb ?? (wanted ? undefined : (rdStore[0] ?? (certs.length === 1 ? certs[0] : undefined)));
    if (!cert) {
      if (wanted)
        return {
          verdict: 'failed',
          value: `SSLCertificateSHA1Hash ${wanted} names no certificate in the stores read`,
          read: [hash!],
          confidence: 0.5,
          explanation: `The listener is set to the certificate ${wanted} (SSLCertificateSHA1Hash), and none of the certificates listed has that thumbprint: it may be gone from the store.`,
          remediation: [
            'List Cert:\\LocalMachine\\My as well; if the certificate is gone, bind a valid one or remove SSLCertificateSHA1Hash so a self-signed one is made.',
          ],
        };
      return notMade('no certificate in Remote Desktop store listed');
    }
    const f = cert.item.fields ?? {};
    const at = v.taken ?? new Date().toISOString();
    const notAfter = typeof f.NotAfter === 'string' ? f.NotAfter : undefined;
    const notBefore = typeof f.NotBefore === 'string' ? f.NotBefore : undefined;
    const ekus = Array.isArray(f.EnhancedKeyUsage) ? (f.EnhancedKeyUsage as string[]) : undefined;
    const read = [cert, ...(hash ? [hash] : [])];
    const name = `${cert.item.name}${f.Subject ? ` (${f.Subject})` : ''}`;
    const problems: string[] = [];
    if (notAfter && notAfter < at) problems.push(`expired on ${day(notAfter)}`);
    if (notBefore && notBefore > at) problems.push(`not valid before ${day(notBefore)}`);
    if (f.HasPrivateKey === false) problems.push('has no private key (HasPrivateKey false)');
    if (ekus?.length && !ekus.includes('1.3.6.1.5.5.7.3.1'))
      problems.push('lacks Server Authentication (1.3.6.1.5.5.7.3.1) in its enhanced key usage');
    const valid = notAfter ? `valid to ${day(notAfter)}` : 'validity not listed';
    if (!problems.length) {
      const left = notAfter ? daysBetween(at, notAfter) : undefined;
      const selfSigned = f.Subject !== undefined && f.Subject === f.Issuer;
      if (left !== undefined && left < 30 && !selfSigned)
        return {
          verdict: 'failed',
          value: `${name}: expires in ${left} day(s), on ${day(notAfter!)}`,
          read,
          confidence: 0.3,
          explanation: `The certificate the listener uses on ${v.computer}, ${name}, expires on ${day(notAfter!)} (${left} day(s) after the state was taken); it is not self-signed, so nothing renews it by itself.`,
          remediation: ["Renew it (or its template's autoenrollment) and bind the new thumbprint before that date."],
        };
      return passed(`${name}: ${valid}, private key ${f.HasPrivateKey === true ? 'present' : 'not listed'}`, read);
    }
    return {
      verdict: 'failed',
      value: `${name}: ${problems.join('; ')}`,
      read,
      confidence: 0.85,
      explanation: `The certificate the listener uses on ${v.computer}${byThumb ? ' (SSLCertificateSHA1Hash)' : " (the Remote Desktop store's)"}, ${name}, ${problems.join(' and ')}${v.taken ? ` at the time the state was taken (${day(v.taken)})` : ''}: TLS cannot complete with it.`,
      remediation: [
        f.HasPrivateKey === false
          ? `The private key of ${cert.item.name} is missing or unreadable: re-import the certificate with its key, or check NETWORK SERVICE's read permission on its key under C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys.`
          : byThumb
            ? `Bind a valid certificate to the listener (replace SSLCertificateSHA1Hash ${cert.item.name}), or delete the value so Remote Desktop makes a self-signed one.`
            : `Delete the expired certificate ${cert.item.name} from Cert:\\LocalMachine\\Remote Desktop and restart TermService: a new self-signed one is made.`,
      ],
    };
  },
};

export const tls12: StateCheck = {
  id: 'tls-1.2',
  title: 'TLS 1.2 enabled in SCHANNEL',
  finding: 'state-tls-protocols',
  confirms: [tlsProtocolMismatch.id],
  rulesOut: [tlsProtocolMismatch.id],
  references: [
    'https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/rdp-connection-fails-tls-1-0-disabled',
  ],
  command: `reg query "${SCHANNEL}" /s`,
  evaluate(v) {
    if (!v.read(SCHANNEL) && !v.read(`${SCHANNEL}\\TLS 1.2\\Server`))
      return notMade('the SCHANNEL\\Protocols key was not read');
    const off: StateRead[] = [];
    const read: StateRead[] = [];
    for (const side of ['Server', 'Client']) {
      const key = `${SCHANNEL}\\TLS 1.2\\${side}`;
      const enabled = v.value('Enabled', [key]);
      const byDefault = v.value('DisabledByDefault', [key]);
      if (enabled) read.push(enabled);
      if (byDefault) read.push(byDefault);
      if (num(enabled) === 0) off.push(enabled!);
      if (num(byDefault) === 1) off.push(byDefault!);
    }
    if (!off.length)
      return passed(
        read.length
          ? read.map((r) => `${r.item.key.split('\\').slice(-2).join(' ')} ${r.item.name} = ${text(r)}`).join('; ')
          : 'TLS 1.2 not switched off (no value set: on by default)',
        read,
      );
    const older = ['TLS 1.1', 'TLS 1.0'].filter((p) => num(v.value('Enabled', [`${SCHANNEL}\\${p}\\Server`])) !== 0);
    const words = off
      .map((r) => `${r.item.key.split('\\').slice(-2).join(' ')} ${r.item.name} = ${text(r)}`)
      .join('; ');
    return {
      verdict: 'failed',
      value: words,
      read: off,
      confidence: older.length ? 0.55 : 0.85,
      explanation: `TLS 1.2 is switched off in SCHANNEL on ${v.computer} (${words})${older.length ? `; ${older.join(' and ')} may still be on, which current clients refuse` : ' and TLS 1.0 and 1.1 are off too: no TLS version is left to agree on'}.`,
      remediation: [
        `Set ${SCHANNEL}\\TLS 1.2\\Server (and \\Client) Enabled = 1 and DisabledByDefault = 0, then restart the computer.`,
      ],
    };
  },
};
