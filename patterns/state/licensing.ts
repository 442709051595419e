/**
 * RD licensing: the mode, license server and grace period, the license server's CALs against the mode, and the
 * client's MSLicensing store.
 */
import type { StateRead } from '../../src/model/state.js';
import { licensingCalUnavailable } from '../licensing-cal-unavailable.js';
import { licensingClientCache } from '../licensing-client-cache.js';
import { licensingGraceExpired } from '../licensing-grace-expired.js';
import { licensingServerUnavailable } from '../licensing-server-unavailable.js';
import type { StateCheck } from './check.js';
import { LICENSE_SERVERS, LICENSING_CORE, MSLICENSING, TS_POLICY } from './keys.js';
import { notMade, num, passed, text } from './values.js';

const LICENSING: Record<number, string> = {
  0: 'Personal',
  1: 'Remote Desktop for Administration',
  2: 'Per Device',
  4: 'Per User',
  5: 'Not yet configured',
};

export const licensing: StateCheck = {
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
};

export const licensingCals: StateCheck = {
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
};

export const clientLicenseStore: StateCheck = {
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
};
