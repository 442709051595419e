/**
 * The machine-state checks, as data: one row per check MSRD-Diag's RDP checklist makes, each with the `state-*`
 * finding a failure raises (shared/reference/causes.md "Host state"), the causes it confirms and rules out, its
 * Microsoft sources, and the command whose output makes it when no file given does. `evaluate` reads a computer's
 * state (`StateView`, policy keys first) and says passed, failed or could not be made, and what it read.
 */
import type { CheckVerdict, StateRead, StateView } from '../../src/model/state.js';
import { authLogonRight } from '../auth-logon-right.js';
import { credsspNla } from '../credssp-nla.js';
import { licensingCalUnavailable } from '../licensing-cal-unavailable.js';
import { licensingClientCache } from '../licensing-client-cache.js';
import { licensingGraceExpired } from '../licensing-grace-expired.js';
import { licensingServerUnavailable } from '../licensing-server-unavailable.js';
import { networkUnreachable } from '../network-unreachable.js';
import { securityLayerMismatch } from '../security-layer-mismatch.js';
import { tlsCertificate } from '../tls-certificate.js';
import { tlsProtocolMismatch } from '../tls-protocol-mismatch.js';

export const TS = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server';
export const RDP_TCP = `${TS}\\WinStations\\RDP-Tcp`;
export const TS_POLICY = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services';
export const LICENSING_CORE = `${TS}\\RCM\\Licensing Core`;
export const LICENSE_SERVERS = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\TermService\\Parameters\\LicenseServers';
export const SCHANNEL = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
export const CREDSSP = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP\\Parameters';
export const CREDSSP_POLICY = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CredSSP\\Parameters';
export const FIPS = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FIPSAlgorithmPolicy';
export const MSLICENSING = 'HKLM\\SOFTWARE\\Microsoft\\MSLicensing';

export type StateFindingId =
  | 'state-certificate'
  | 'state-tls-protocols'
  | 'state-credssp'
  | 'state-security-layer'
  | 'state-licensing'
  | 'state-listener'
  | 'state-firewall'
  | 'state-logon-rights'
  | 'state-client-license-cache';

/** What a check concluded. */
export interface CheckOutcome {
  verdict: CheckVerdict;
  /** What was read, in words (or why nothing could be). */
  value: string;
  /** The items it rests on. */
  read: StateRead[];
  /** With `failed`: how sure (0–1), the sentence, what to do (naming the values read). */
  confidence?: number;
  explanation?: string;
  remediation?: string[];
  /**
   * The check holds only where the logs show this cause (a client's CredSSP setting against a failure of CredSSP,
   * the MSLicensing store against RCM 1003 naming the client): alone it raises nothing.
   */
  onlyWith?: string;
}

export interface StateCheck {
  id: string;
  title: string;
  finding: StateFindingId;
  /** The causes a failure confirms (first: the one the finding supports). */
  confirms: readonly string[];
  /** The causes a pass rules out for a failed attempt of that computer (the state shows it is not so). */
  rulesOut?: readonly string[];
  references: readonly string[];
  /** The command whose output makes the check (printed when it could not be made). */
  command: string;
  evaluate(v: StateView): CheckOutcome;
}

// ---- reading values ----

/** A registry number (DWORD), else undefined. */
const num = (r: StateRead | undefined): number | undefined => {
  const v = r?.item.value;
  return typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
};
const text = (r: StateRead | undefined): string => {
  const v = r?.item.value;
  return v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
};
/** Where a value was read, in words. */
const where = (r: StateRead): string =>
  r.item.key.toLowerCase().startsWith('hklm\\software\\policies')
    ? 'the policy key'
    : r.item.key.split('\\').slice(-1)[0];
const said = (name: string, r: StateRead | undefined, meaning?: Record<number, string>): string => {
  if (!r) return `${name} not set`;
  const n = num(r);
  const m = n !== undefined && meaning ? meaning[n] : undefined;
  return `${name} = ${text(r)}${m ? ` (${m})` : ''} in ${where(r)}`;
};
const notMade = (why: string): CheckOutcome => ({ verdict: 'not-made', value: why, read: [] });
const passed = (value: string, read: StateRead[]): CheckOutcome => ({ verdict: 'passed', value, read });

const SECURITY_LAYER: Record<number, string> = { 0: 'RDP', 1: 'Negotiate', 2: 'TLS' };
const ENCRYPTION: Record<number, string> = { 1: 'Low', 2: 'Client Compatible', 3: 'High', 4: 'FIPS' };
const LICENSING: Record<number, string> = {
  0: 'Personal',
  1: 'Remote Desktop for Administration',
  2: 'Per Device',
  4: 'Per User',
  5: 'Not yet configured',
};

/** A rule's profiles as the reader wrote them (`Domain,Private,Public`; `Any` is all three). */
const profileNames = (list: string): string[] =>
  /^(any|all)$/i.test(list.trim()) ? ['Domain', 'Private', 'Public'] : list.split(',').map((p) => p.trim());

/** The listener's port in effect (PortNumber, default 3389), and where it was read. */
export function listenerPort(v: StateView): { port: number; read?: StateRead } {
  const r = v.value('PortNumber', [RDP_TCP]);
  const n = num(r);
  return n && n > 0 && n < 65536 ? { port: n, read: r } : { port: 3389 };
}

/** Whether a netsh port list (`3389`, `3389-3390,443`, `Any`) holds `port`. */
export function portListHolds(list: string, port: number): boolean {
  if (/^any$/i.test(list.trim())) return true;
  return list.split(',').some((part) => {
    const m = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(part);
    if (!m) return false;
    const lo = Number(m[1]);
    const hi = m[2] ? Number(m[2]) : lo;
    return port >= lo && port <= hi;
  });
}

const daysBetween = (from: string, to: string) => Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
const day = (iso: string) => iso.slice(0, 10);

const SID_NAMES: Record<string, string> = {
  'S-1-5-32-544': 'Administrators',
  'S-1-5-32-555': 'Remote Desktop Users',
  'S-1-5-32-545': 'Users',
  'S-1-1-0': 'Everyone',
  'S-1-5-11': 'Authenticated Users',
  'S-1-5-32-546': 'Guests',
};
const holderName = (h: string) => SID_NAMES[h.toUpperCase()] ?? h;
const holds = (holders: readonly string[], sid: string) =>
  holders.some((h) => h.toUpperCase() === sid || h.toLowerCase() === SID_NAMES[sid]?.toLowerCase());

// ---- the checks ----

export const STATE_CHECKS: readonly StateCheck[] = [
  {
    id: 'remote-desktop-allowed',
    title: 'Remote Desktop connections allowed (fDenyTSConnections)',
    finding: 'state-listener',
    confirms: [networkUnreachable.id],
    references: [
      'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/troubleshoot-remote-desktop-connections',
      'https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-terminalservices-localsessionmanager-fdenytsconnections',
    ],
    command: `reg query "${TS}" /v fDenyTSConnections & reg query "${TS_POLICY}"`,
    evaluate(v) {
      const r = v.value('fDenyTSConnections', [TS_POLICY, TS]);
      if (!r)
        return v.read(TS) ? passed('fDenyTSConnections not set', []) : notMade('the Terminal Server key was not read');
      if (num(r) !== 1) return passed(said('fDenyTSConnections', r), [r]);
      return {
        verdict: 'failed',
        value: said('fDenyTSConnections', r, { 1: 'connections denied' }),
        read: [r],
        confidence: 0.9,
        explanation: `Remote Desktop is switched off on ${v.computer}: fDenyTSConnections = 1 in ${where(r)}, so nothing accepts a connection.`,
        remediation: [
          where(r) === 'the policy key'
            ? 'The policy "Allow users to connect remotely by using Remote Desktop Services" is Disabled (fDenyTSConnections = 1 under Policies\\Microsoft\\Windows NT\\Terminal Services): set it to Enabled or Not Configured in the GPO that applies it.'
            : 'Allow remote connections (System Properties → Remote, or `Set-ItemProperty "HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" fDenyTSConnections 0`).',
        ],
      };
    },
  },
  {
    id: 'termservice-running',
    title: 'Remote Desktop Services (TermService) running',
    finding: 'state-listener',
    confirms: [networkUnreachable.id],
    references: [
      'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/troubleshoot-remote-desktop-connections',
    ],
    command: 'powershell -Command "Get-Service TermService,SessionEnv,UmRdpService | ConvertTo-Json"',
    evaluate(v) {
      const s = v.items('service').find((r) => r.item.key.toLowerCase() === 'termservice');
      if (!s) return notMade('no Get-Service output naming TermService');
      const start = s.item.fields?.StartType;
      const value = `TermService ${text(s)}${start ? `, start type ${start}` : ''}`;
      if (text(s) === 'Running') return passed(value, [s]);
      return {
        verdict: 'failed',
        value,
        read: [s],
        confidence: 0.85,
        explanation: `The Remote Desktop Services service (TermService) on ${v.computer} was ${text(s)}${start ? ` (start type ${start})` : ''} when the state was taken: no listener accepts connections.`,
        remediation: [
          start === 'Disabled'
            ? 'TermService is Disabled: set it to Manual (`Set-Service TermService -StartupType Manual`) and start it; find what disabled it (a GPO, a hardening script).'
            : 'Start it (`Start-Service TermService`) and read the System log for why it stopped (7031, 7034, 7023).',
        ],
      };
    },
  },
  {
    id: 'listener-port-open',
    title: 'Something listens on the listener port (netstat)',
    finding: 'state-listener',
    confirms: [networkUnreachable.id],
    references: [
      'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/troubleshoot-remote-desktop-connections',
    ],
    command: 'netstat -ano',
    evaluate(v) {
      if (!v.has('netstat')) return notMade('no netstat -ano output');
      const { port, read } = listenerPort(v);
      const tcp = v.items('listening').filter((r) => r.item.key === 'TCP' && r.item.value === port);
      const from = read ? `PortNumber ${port} in RDP-Tcp` : `port ${port} (the default; PortNumber not read)`;
      if (tcp.length)
        return passed(`TCP ${tcp.map((r) => r.item.name).join(', ')} listening (${from})`, [
          ...tcp,
          ...(read ? [read] : []),
        ]);
      return {
        verdict: 'failed',
        value: `nothing listens on TCP ${port} (${from})`,
        read: read ? [read] : [],
        confidence: 0.8,
        explanation: `No socket listened on TCP port ${port} on ${v.computer} when netstat ran (${from}): the listener is down, or listens on another port.`,
        remediation: [
          `Check the listener (\`qwinsta\` lists rdp-tcp), restart TermService, and compare PortNumber with the port the clients use (${port}).`,
        ],
      };
    },
  },
  {
    id: 'firewall-inbound-rule',
    title: 'An enabled inbound firewall rule allows the listener port',
    finding: 'state-firewall',
    confirms: [networkUnreachable.id],
    references: [
      'https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/clients/change-listening-port',
      'https://learn.microsoft.com/en-us/windows/security/operating-system-security/network-security/windows-firewall/configure-with-command-line',
    ],
    command: 'netsh advfirewall firewall show rule name=all',
    evaluate(v) {
      if (!v.has('netsh-firewall')) return notMade('no netsh advfirewall firewall show rule output');
      const { port, read } = listenerPort(v);
      const { profileItems, inUse, stateOf, inUseWords } = profilesInUse(v);
      if (inUse.length && inUse.every((p) => stateOf(p) === 'OFF'))
        return passed(
          `Windows Firewall is OFF for ${inUseWords}: no rule is needed for TCP ${port}`,
          profileItems.filter((p) => inUse.includes(p.item.key)),
        );
      if (!inUse.length && ['Domain', 'Private', 'Public'].every((p) => stateOf(p) === 'OFF'))
        return passed(`Windows Firewall is OFF for all three profiles: no rule is needed for TCP ${port}`, [
          ...profileItems,
        ]);
      const covers = (r: StateRead) => profileNames(String(r.item.fields?.Profiles ?? 'Any'));
      const inProfile = (r: StateRead) => !inUse.length || covers(r).some((p) => inUse.includes(p));
      const inbound = v.items('firewall-rule').filter((r) => {
        const f = r.item.fields ?? {};
        return /^yes$/i.test(String(f.Enabled ?? '')) && /^in$/i.test(String(f.Direction ?? ''));
      });
      const forPort = (proto: string) => rulesForPort(inbound, proto, port);
      const maybe = rulesWithUnreadPorts(inbound, port);
      const action = (r: StateRead, a: string) => new RegExp(`^${a}$`, 'i').test(String(r.item.fields?.Action ?? ''));
      const tcp = forPort('TCP');
      const allowTcpAll = tcp.filter((r) => action(r, 'allow'));
      const allowTcp = allowTcpAll.filter(inProfile);
      const blockTcp = tcp.filter((r) => action(r, 'block')).filter(inProfile);
      const allowUdp = forPort('UDP')
        .filter((r) => action(r, 'allow'))
        .filter(inProfile);
      const base = [...(read ? [read] : []), ...profileItems.filter((p) => inUse.includes(p.item.key))];
      const portWords = read ? `PortNumber ${port}` : `port ${port}`;
      if (blockTcp.length)
        return {
          verdict: 'failed',
          value: `enabled inbound Block rule for TCP ${port}: ${blockTcp.map((r) => `"${r.item.key}"`).join(', ')}`,
          read: [...blockTcp, ...base],
          confidence: 0.8,
          explanation: `An enabled inbound rule blocks TCP ${port} (${portWords}) on ${v.computer}: "${blockTcp[0].item.key}" (a Block rule wins over any Allow rule).`,
          remediation: [`Remove or narrow the Block rule "${blockTcp[0].item.key}" for TCP ${port}.`],
        };
      if (allowTcp.length) {
        const profiles = [...new Set(allowTcp.map((r) => covers(r).join(',')))].join('; ');
        const which = inUse.length
          ? `, ${inUseWords}`
          : profiles === 'Domain,Private,Public'
            ? ''
            : `; which profile is in use was not given (netsh advfirewall show currentprofile)`;
        return passed(
          `TCP ${port} allowed by "${allowTcp[0].item.key}" (profiles ${profiles}${which})${allowUdp.length ? `; UDP ${port} by "${allowUdp[0].item.key}"` : `; no enabled rule for UDP ${port} (connections fall back to TCP)`}`,
          [allowTcp[0], ...(allowUdp[0] ? [allowUdp[0]] : []), ...base],
        );
      }
      const maybeHere = maybe.filter(inProfile);
      if (maybeHere.length)
        return notMade(
          `no rule read allows TCP ${port}, but the ports of "${maybeHere[0].item.key}" are under a label rdpdiag does not read (values ${((maybeHere[0].item.fields?.PortsUnread as string[] | undefined) ?? []).join(', ')}): it may`,
        );
      return noAllowRule(v, port, read, {
        inbound,
        inUse,
        inUseWords,
        base,
        otherProfile: allowTcpAll.filter((r) => !inProfile(r)),
        covers,
      });
    },
  },
  {
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
  },
  {
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
  },
  {
    id: 'security-layer',
    title: 'Security layer and NLA agree (SecurityLayer, UserAuthentication)',
    finding: 'state-security-layer',
    confirms: [securityLayerMismatch.id],
    references: [
      'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/understanding-remote-desktop-protocol',
      'https://learn.microsoft.com/en-us/windows/win32/termserv/win32-tstsetting-setsecuritylayer',
      'https://learn.microsoft.com/en-us/windows/client-management/mdm/policy-csp-remotedesktopservices',
    ],
    command: `reg query "${RDP_TCP}" & reg query "${TS_POLICY}"`,
    evaluate(v) {
      const layer = v.value('SecurityLayer', [TS_POLICY, RDP_TCP]);
      const nla = v.value('UserAuthentication', [TS_POLICY, RDP_TCP]);
      if (!layer && !nla)
        return v.read(RDP_TCP)
          ? passed('SecurityLayer and UserAuthentication not set (defaults: Negotiate, NLA on)', [])
          : notMade('the RDP-Tcp key was not read');
      const read = [layer, nla].filter((r): r is StateRead => r !== undefined);
      const value = `${said('SecurityLayer', layer, SECURITY_LAYER)}; ${said('UserAuthentication', nla, { 0: 'NLA off', 1: 'NLA required' })}`;
      if (num(layer) === 0 && num(nla) === 1)
        return {
          verdict: 'failed',
          value,
          read,
          confidence: 0.8,
          explanation: `On ${v.computer} the security layer is RDP (SecurityLayer = 0) while network-level authentication is required (UserAuthentication = 1): NLA runs over TLS (CredSSP), which the RDP security layer does not offer, so clients are refused.`,
          remediation: [
            'Set SecurityLayer to 2 (TLS) or 1 (Negotiate) where it is set (the policy "Require use of specific security layer for remote (RDP) connections", else RDP-Tcp).',
          ],
        };
      if (num(nla) === 0 || num(layer) === 0)
        return {
          verdict: 'failed',
          value,
          read,
          confidence: 0.4,
          explanation: `On ${v.computer} ${num(nla) === 0 ? 'network-level authentication is off (UserAuthentication = 0)' : 'the RDP security layer is forced (SecurityLayer = 0)'}: clients that require NLA or TLS (mstsc's "Warn/Do not connect if authentication fails", thin clients set to NLA) are refused, and the logon screen is reachable without credentials.`,
          remediation: [
            'Require NLA (UserAuthentication = 1) with SecurityLayer 2 (TLS) unless a client that cannot do NLA still needs the server.',
          ],
        };
      return passed(value, read);
    },
  },
  {
    id: 'encryption-level',
    title: 'Encryption level and FIPS (MinEncryptionLevel, FIPSAlgorithmPolicy)',
    finding: 'state-security-layer',
    confirms: [securityLayerMismatch.id],
    references: [
      'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-connection-fips-compliant',
      'https://learn.microsoft.com/en-us/windows/security/operating-system-security/system-security/cryptography-certificate-mgmt',
    ],
    command: `reg query "${RDP_TCP}" /v MinEncryptionLevel & reg query "${FIPS}"`,
    evaluate(v) {
      const level = v.value('MinEncryptionLevel', [TS_POLICY, RDP_TCP]);
      const fips = v.value('Enabled', [FIPS]);
      if (!level && !fips)
        return v.read(RDP_TCP)
          ? passed('MinEncryptionLevel not set (default: Client Compatible)', [])
          : notMade('the RDP-Tcp key was not read');
      const read = [level, fips].filter((r): r is StateRead => r !== undefined);
      const value = `${said('MinEncryptionLevel', level, ENCRYPTION)}${fips ? `; FIPSAlgorithmPolicy Enabled = ${text(fips)}` : ''}`;
      if (num(level) === 4 || num(fips) === 1)
        return {
          verdict: 'failed',
          value,
          read,
          confidence: 0.45,
          explanation: `On ${v.computer} ${num(fips) === 1 ? 'the FIPS policy is on (FIPSAlgorithmPolicy Enabled = 1)' : 'the encryption level is FIPS (MinEncryptionLevel = 4)'}: clients that cannot do FIPS-compliant encryption with the RDP security layer (older and thin clients) are refused.`,
          remediation: [
            'Lower MinEncryptionLevel to 3 (High) or 2, or use the TLS security layer (SecurityLayer 2), whose encryption FIPS allows; turn the FIPS policy off where it is not required.',
          ],
        };
      return passed(value, read);
    },
  },
  {
    id: 'credssp-oracle',
    title: 'Client CredSSP encryption-oracle remediation (AllowEncryptionOracle)',
    finding: 'state-credssp',
    confirms: [credsspNla.id],
    references: [
      'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/credssp-encryption-oracle-remediation',
      'https://support.microsoft.com/help/4093492',
    ],
    command: `reg query "${CREDSSP}"`,
    evaluate(v) {
      const r = v.value('AllowEncryptionOracle', [CREDSSP_POLICY, CREDSSP]);
      if (!r)
        return v.read(CREDSSP)
          ? passed('AllowEncryptionOracle not set (default since May 2018: Mitigated)', [])
          : notMade('the CredSSP\\Parameters key was not read');
      const n = num(r);
      const value = said('AllowEncryptionOracle', r, { 0: 'Force Updated Clients', 1: 'Mitigated', 2: 'Vulnerable' });
      if (n === 2)
        return {
          verdict: 'failed',
          value,
          read: [r],
          confidence: 0.5,
          explanation: `On ${v.computer} CredSSP is left Vulnerable (AllowEncryptionOracle = 2): it talks to unpatched computers, open to CVE-2018-0886.`,
          remediation: [
            'Update the servers, then set AllowEncryptionOracle to 1 (Mitigated) or 0 (Force Updated Clients).',
          ],
        };
      if (n === 0)
        return {
          verdict: 'failed',
          value,
          read: [r],
          onlyWith: credsspNla.id,
          confidence: 0.7,
          explanation: `On ${v.computer} CredSSP is set to Force Updated Clients (AllowEncryptionOracle = 0): it refuses a server without the 2018 CredSSP update, which the failure shows.`,
          remediation: [
            'Install the CredSSP update (March 2018 or later) on the server; do not lower the client to Vulnerable (2) except for the time it takes.',
          ],
        };
      return passed(value, [r]);
    },
  },
  {
    id: 'licensing',
    title: 'RD licensing mode, license server and grace period',
    finding: 'state-licensing',
    confirms: [licensingGraceExpired.id, licensingServerUnavailable.id],
    rulesOut: [licensingGraceExpired.id],
    references: [
      'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-licensing-mode-not-configured-warning',
      'https://learn.microsoft.com/en-us/windows/win32/termserv/win32-terminalservicesetting-getgraceperioddays',
      'https://learn.microsoft.com/en-us/windows/win32/termserv/win32-tsdeploymentlicensing',
    ],
    command:
      'powershell -Command "$s = Get-CimInstance -Namespace root/cimv2/TerminalServices Win32_TerminalServiceSetting; $s | ConvertTo-Json; Invoke-CimMethod -InputObject $s -MethodName GetGracePeriodDays | ConvertTo-Json"',
    evaluate(v) {
      const lic = (name: string) => v.items('licensing').find((r) => r.item.name === name);
      const wmiMode = lic('LicensingType');
      const regMode = v.value('LicensingMode', [TS_POLICY, LICENSING_CORE]);
      const mode = regMode && num(regMode) !== 5 ? regMode : (wmiMode ?? regMode);
      const servers =
        v.value('LicenseServers', [TS_POLICY]) ??
        v.value('SpecifiedLicenseServers', [LICENSE_SERVERS]) ??
        lic('DirectConnectLicenseServers');
      const days = lic('DaysLeft');
      const serverMode = lic('TerminalServerMode');
      if (!mode && !servers && !days && !v.read(LICENSING_CORE))
        return notMade('no licensing settings read (Win32_TerminalServiceSetting, RCM\\Licensing Core)');
      const read = [mode, servers, days, serverMode].filter((r): r is StateRead => r !== undefined);
      const modeN = num(mode);
      const modeSet = modeN === 2 || modeN === 4;
      const serverSet = text(servers).trim() !== '';
      const value = `licensing mode ${mode ? `${text(mode)} (${LICENSING[modeN ?? -1] ?? 'unknown'})` : 'not set'}; license server ${serverSet ? text(servers) : 'not set'}${days ? `; grace period ${text(days)} day(s) left` : ''}`;
      if (num(serverMode) === 0)
        return passed(
          `${value}; not an RD Session Host (TerminalServerMode 0): administrative sessions need no licence`,
          read,
        );
      if (modeSet && serverSet) return passed(value, read);
      const daysN = num(days);
      if (daysN !== undefined && daysN > 0 && daysN > 14) return passed(`${value} (in the grace period)`, read);
      // Grace days not read: a mode set without a server may still be in its grace period or use discovery.
      if (daysN === undefined && modeSet)
        return passed(`${value}; grace days not read (GetGracePeriodDays would tell)`, read);
      const over = daysN === 0;
      return {
        verdict: 'failed',
        value,
        read,
        confidence: over ? 0.85 : daysN !== undefined ? 0.4 : 0.35,
        explanation: `On ${v.computer} ${!modeSet ? 'no licensing mode is set' : ''}${!modeSet && !serverSet ? ' and ' : ''}${!serverSet ? 'no license server is specified' : ''}, ${over ? 'and the grace period is over (GetGracePeriodDays: 0 days left): new connections are refused at licensing' : daysN !== undefined ? `and the grace period ends in ${daysN} day(s)` : 'and the grace days were not read'}.`,
        remediation: [
          `Set the licensing mode (Per User or Per Device, matching your CALs) and the license server: policy "Use the specified Remote Desktop license servers" and "Set the Remote Desktop licensing mode" (Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Licensing).`,
        ],
      };
    },
  },
  {
    id: 'licensing-cals',
    title: "The licensing mode matches the license server's CALs (Win32_TSLicenseKeyPack)",
    finding: 'state-licensing',
    confirms: [licensingCalUnavailable.id],
    rulesOut: [licensingCalUnavailable.id],
    references: [
      'https://learn.microsoft.com/en-us/windows/win32/termserv/win32-tslicensekeypack',
      'https://learn.microsoft.com/en-us/windows/win32/termserv/win32-tslicensekeypack-reinstallopenpurchaselicensekeypack',
      'https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/rds-client-access-license',
    ],
    command:
      'powershell -Command "Get-CimInstance Win32_TSLicenseKeyPack | Select-Object KeyPackId,KeyPackType,ProductType,ProductVersion,TotalLicenses,IssuedLicenses,AvailableLicenses,PSComputerName | ConvertTo-Json" (on the license server)',
    evaluate(v) {
      const lic = (name: string) => v.items('licensing').find((r) => r.item.name === name);
      const mode = v.value('LicensingMode', [TS_POLICY, LICENSING_CORE]) ?? lic('LicensingType');
      const modeN = num(mode);
      const servers = [
        v.value('LicenseServers', [TS_POLICY]),
        v.value('SpecifiedLicenseServers', [LICENSE_SERVERS]),
        lic('DirectConnectLicenseServers'),
      ]
        .filter((r): r is StateRead => r !== undefined)
        .flatMap((r) => text(r).split(/[,;\s]+/))
        .filter(Boolean);
      // Key packs of this computer (it is its own license server), or of a license server this one names.
      const own = v.items('license-keypack');
      const named = v.elsewhere('license-keypack').filter((x) => servers.some((s) => v.same(s, x.computer)));
      const packs = own.length ? own : named.map((x) => x.read);
      const lsName = own.length ? v.computer : (named[0]?.computer ?? '');
      if (!packs.length)
        return notMade(
          servers.length
            ? `no Win32_TSLicenseKeyPack listing of the license server (${servers.join(', ')})`
            : 'no Win32_TSLicenseKeyPack listing, and no license server named',
        );
      if (modeN !== 2 && modeN !== 4)
        return notMade(
          `the licensing mode is not set (${mode ? text(mode) : 'not read'}): the CALs cannot be matched to it`,
        );
      const n = (r: StateRead, f: string) => {
        const x = r.item.fields?.[f];
        return typeof x === 'number' ? x : typeof x === 'string' && /^\d+$/.test(x) ? Number(x) : 0;
      };
      // ProductType 0: Per Device CALs; 1: Per User CALs (Microsoft's Win32_TSLicenseKeyPack reference).
      const want = modeN === 2 ? 0 : 1;
      const wantWords = modeN === 2 ? 'Per Device' : 'Per User';
      const otherWords = modeN === 2 ? 'Per User' : 'Per Device';
      const ofType = (t: number) => packs.filter((r) => n(r, 'ProductType') === t && n(r, 'TotalLicenses') > 0);
      const matching = ofType(want);
      const other = ofType(1 - want);
      const sum = (list: StateRead[], f: string) => list.reduce((a, r) => a + n(r, f), 0);
      const count = (list: StateRead[]) =>
        `${sum(list, 'TotalLicenses')} installed, ${sum(list, 'IssuedLicenses')} issued, ${sum(list, 'AvailableLicenses')} available`;
      const read = [...(mode ? [mode] : []), ...matching, ...other].slice(0, 6);
      const value = `licensing mode ${text(mode)} (${wantWords}); ${lsName}'s CALs: ${wantWords} ${matching.length ? count(matching) : 'none'}${other.length ? `; ${otherWords} ${count(other)}` : ''}`;
      if (!matching.length && other.length)
        return {
          verdict: 'failed',
          value,
          read,
          confidence: 0.8,
          explanation: `${v.computer} is set to ${wantWords} licensing, but its license server ${lsName} holds only ${otherWords} CALs (${count(other)}): it cannot issue the ${wantWords} licence the mode asks for.`,
          remediation: [
            `Make the mode match the CALs bought: set "Set the Remote Desktop licensing mode" to ${otherWords} on ${v.computer}, or convert the key pack (\`Convert-License -KeyPackId ${other[0].item.name}\` on ${lsName}).`,
          ],
        };
      // Per User CALs are not enforced per connection; Per Device ones run out.
      if (modeN === 2 && matching.length && sum(matching, 'AvailableLicenses') === 0)
        return {
          verdict: 'failed',
          value,
          read,
          confidence: 0.7,
          explanation: `Every Per Device CAL on ${lsName} is issued (${count(matching)}): a device without one gets a temporary licence, then is refused when it expires.`,
          remediation: [
            `Add Per Device CALs on ${lsName}, or revoke licences of devices no longer in use (RD Licensing Manager → Revoke License).`,
          ],
        };
      if (!matching.length) return notMade(`${lsName} lists no key pack of either type with licences (${value})`);
      return passed(value, read);
    },
  },
  {
    id: 'logon-right',
    title: 'Allow log on through Remote Desktop Services (SeRemoteInteractiveLogonRight)',
    finding: 'state-logon-rights',
    confirms: [authLogonRight.id],
    rulesOut: [authLogonRight.id],
    references: [
      'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/allow-log-on-through-remote-desktop-services',
      'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/deny-log-on-through-remote-desktop-services',
    ],
    command: 'secedit /export /areas USER_RIGHTS /cfg user-rights.inf',
    evaluate(v) {
      const rights = v.items('user-right');
      if (!v.has('secedit-inf')) return notMade('no secedit /export /areas USER_RIGHTS file');
      const allow = rights.find((r) => r.item.key === 'SeRemoteInteractiveLogonRight');
      const deny = rights.find((r) => r.item.key === 'SeDenyRemoteInteractiveLogonRight');
      const list = (r: StateRead | undefined) => (Array.isArray(r?.item.value) ? (r!.item.value as string[]) : []);
      const names = (r: StateRead | undefined) => list(r).map(holderName).join(', ') || 'no one';
      const read = [allow, deny].filter((r): r is StateRead => r !== undefined);
      const value = `SeRemoteInteractiveLogonRight: ${names(allow)}${deny ? `; SeDenyRemoteInteractiveLogonRight: ${names(deny)}` : ''}`;
      const denied = list(deny).filter((h) =>
        ['S-1-5-32-555', 'S-1-5-32-545', 'S-1-1-0', 'S-1-5-11', 'S-1-5-32-544'].some((s) => holds([h], s)),
      );
      const lacks = !holds(list(allow), 'S-1-5-32-555');
      if (!denied.length && !lacks) return passed(value, read);
      return {
        verdict: 'failed',
        value,
        read,
        confidence: denied.length ? 0.8 : holds(list(allow), 'S-1-5-32-544') ? 0.6 : 0.8,
        explanation: denied.length
          ? `On ${v.computer} "Deny log on through Remote Desktop Services" names ${denied.map(holderName).join(', ')}: their members are refused (4625 0xC000015B).`
          : `On ${v.computer} "Allow log on through Remote Desktop Services" holds ${names(allow)}, not Remote Desktop Users: members of Remote Desktop Users${holds(list(allow), 'S-1-5-32-544') ? ' who are not administrators' : ''} are refused (4625 0xC000015B).`,
        remediation: [
          denied.length
            ? 'Take the group out of "Deny log on through Remote Desktop Services" in the GPO that sets it (gpresult /h shows which).'
            : 'Add Remote Desktop Users (S-1-5-32-555) to "Allow log on through Remote Desktop Services" (Computer Configuration → Windows Settings → Security Settings → Local Policies → User Rights Assignment), in the GPO that sets it.',
        ],
      };
    },
  },
  {
    id: 'client-license-store',
    title: "The client's MSLicensing store",
    finding: 'state-client-license-cache',
    confirms: [licensingClientCache.id],
    references: ['https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/rd-licensing-error-messages'],
    command: `reg query "${MSLICENSING}" /s /f * /k`,
    evaluate(v) {
      if (!v.read(MSLICENSING)) return notMade("the client's MSLicensing key was not read");
      const under = v.keysUnder(MSLICENSING);
      const subkeys = [...new Set(under.map((r) => r.item.key.slice(MSLICENSING.length + 1).split('\\')[0]))].sort();
      const value = subkeys.length ? `present (${subkeys.join(', ')})` : 'present, empty';
      return {
        verdict: 'failed',
        value,
        read: under.slice(0, 3),
        onlyWith: licensingClientCache.id,
        confidence: 0.7,
        explanation: `The client ${v.computer} holds an MSLicensing store (${subkeys.join(', ') || 'empty'}), which the server's refusal (RCM 1003) points at: its cached licence is corrupt or cannot be renewed.`,
        remediation: [
          `On ${v.computer}, delete HKLM\\SOFTWARE\\Microsoft\\MSLicensing and run mstsc once as administrator (it writes a new store); only presence and dates were read, no key material.`,
        ],
      };
    },
  },
];

/** The firewall profile in use (netsh advfirewall show currentprofile, Get-NetConnectionProfile): only its rules count. */
function profilesInUse(v: StateView): {
  profileItems: readonly StateRead[];
  inUse: string[];
  stateOf: (name: string) => unknown;
  inUseWords: string;
} {
  const profileItems = v.items('firewall-profile');
  const inUse = [...new Set(profileItems.filter((p) => p.item.fields?.InUse === true).map((p) => p.item.key))];
  const stateOf = (name: string) => profileItems.find((p) => p.item.key === name && p.item.value)?.item.value;
  const inUseWords = inUse.length ? `the profile in use: ${inUse.join(', ')}` : '';
  return { profileItems, inUse, stateOf, inUseWords };
}

/** No enabled rule allows the port in the profile in use: why (a rule of another profile, rules left on 3389) and the fix. */
function noAllowRule(
  v: StateView,
  port: number,
  read: StateRead | undefined,
  o: {
    inbound: readonly StateRead[];
    inUse: readonly string[];
    inUseWords: string;
    base: readonly StateRead[];
    otherProfile: readonly StateRead[];
    covers: (r: StateRead) => string[];
  },
): CheckOutcome {
  const { inbound, inUse, inUseWords, base, otherProfile, covers } = o;
  const default3389 =
    port !== 3389 &&
    inbound.some((r) =>
      portListHolds(
        String(r.item.fields?.LocalPort ?? ((r.item.fields?.PortsUnread as string[] | undefined) ?? []).join(',')),
        3389,
      ),
    );
  const why = otherProfile.length
    ? ` ("${otherProfile[0].item.key}" allows it for ${covers(otherProfile[0]).join(', ')} only, not ${inUseWords})`
    : default3389
      ? ' (only rules for the default 3389)'
      : '';
  return {
    verdict: 'failed',
    value: `no enabled inbound Allow rule for TCP ${port}${inUse.length ? ` in ${inUseWords}` : ''}${why}`,
    read: [...base, ...otherProfile.slice(0, 1)],
    confidence: default3389 || otherProfile.length ? 0.85 : 0.7,
    explanation: `No enabled inbound rule of Windows Firewall allows TCP ${port} on ${v.computer}${inUse.length ? ` in ${inUseWords}` : ''}${read ? ` (the listener's PortNumber is ${port}` : ` (port ${port}`}${default3389 ? ', moved from 3389 whose rules still stand)' : ')'}${otherProfile.length ? `; "${otherProfile[0].item.key}" allows it for ${covers(otherProfile[0]).join(', ')} only` : ''}: connections from other computers are dropped before Remote Desktop sees them.`,
    remediation: [
      otherProfile.length
        ? `Extend "${otherProfile[0].item.key}" to the profile in use (\`netsh advfirewall firewall set rule name="${otherProfile[0].item.key}" new profile=${inUse.map((p) => p.toLowerCase()).join(',')},${covers(
            otherProfile[0],
          )
            .map((p) => p.toLowerCase())
            .join(',')}\`), or check why the network is ${inUse.join('/')} (Get-NetConnectionProfile).`
        : `Add inbound rules for the listener's port: \`netsh advfirewall firewall add rule name="Remote Desktop (TCP ${port})" dir=in action=allow protocol=TCP localport=${port}\`, and the same with protocol=UDP.`,
    ],
  };
}

/**
 * Built-in rules bound to a program other than the service that listens: Windows' "Remote Desktop - Shadow (TCP-In)"
 * allows %SystemRoot%\system32\RdpSa.exe (the session agent that shadowing connects to) on any port, never the
 * listener (TermService's svchost.exe). `netsh … show rule name=all` prints no program (only with `verbose`), so the
 * rule is known by its name; a `Program` read says it for any rule.
 * https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-shadowing-not-working
 */
const BUILT_IN_RULE_PROGRAMS: Readonly<Record<string, string>> = {
  'remote desktop - shadow (tcp-in)': '%SystemRoot%\\system32\\RdpSa.exe',
};

/** Whether a rule can let connections reach the listener: bound to no program, to any, or to svchost.exe. */
function reachesListener(r: StateRead): boolean {
  const program = String(r.item.fields?.Program ?? BUILT_IN_RULE_PROGRAMS[r.item.key.trim().toLowerCase()] ?? 'Any');
  return /^any$/i.test(program.trim()) || /(^|\\)svchost\.exe$/i.test(program.trim());
}

/** The rules of `proto` (or any protocol) whose local ports hold `port`, for the listener's program. */
function rulesForPort(inbound: readonly StateRead[], proto: string, port: number): StateRead[] {
  return inbound.filter(reachesListener).filter((r) => {
    const f = r.item.fields ?? {};
    const p = String(f.Protocol ?? 'Any');
    // A port under a label not read (PortsUnread) is no port: never taken as "any".
    const ports = String(f.LocalPort ?? (f.PortsUnread ? '' : 'Any'));
    return (p.toUpperCase() === proto || /^any$/i.test(p)) && portListHolds(ports, port);
  });
}

/**
 * Allow rules whose ports are under labels not read (a language no public output showed the port label of): the
 * local port is one of those values, so a rule none of whose values holds the port cannot allow it; one with a
 * value that may (holds it, or is not a list of numbers) leaves the check unmade rather than guessed.
 */
function rulesWithUnreadPorts(inbound: readonly StateRead[], port: number): StateRead[] {
  return inbound.filter((r) => {
    const f = r.item.fields ?? {};
    const unread = f.PortsUnread as readonly string[] | undefined;
    if (f.LocalPort !== undefined || !unread?.length || !/^allow$/i.test(String(f.Action ?? ''))) return false;
    const p = String(f.Protocol ?? 'Any');
    if (!(p.toUpperCase() === 'TCP' || /^any$/i.test(p))) return false;
    return unread.some((u) => !/^[\d,\s-]+$/.test(u) || portListHolds(u, port));
  });
}
