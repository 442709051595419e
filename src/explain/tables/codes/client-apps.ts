/**
 * Error codes of the Windows App and the Remote Desktop clients on macOS, iOS/iPadOS, Android and the web, where they
 * are not the Windows client's (mstsc's codes, which these clients also show, are read in its own table:
 * 0x204 unreachable, 0x3000046 and the other RD Gateway / Azure Virtual Desktop codes). Only what these clients show
 * and the Windows tables do not hold lives here, each with its source and how sure it is.
 */
import { makeLookup } from '../../../../patterns/codes/table.js';
import type { CodeEntry } from '../../../../patterns/codes/types.js';

export interface ClientAppCode extends CodeEntry {
  /** The clients that show it. */
  readonly platforms: readonly ('macOS' | 'iOS' | 'Android' | 'web' | 'Windows App')[];
}

const SRC_MAC_WHATSNEW =
  'Microsoft Learn: "What\'s new in the Remote Desktop client for macOS", version 10.5.2 (February 2021)';

const SRC_AVD_ANDROID =
  'Microsoft Learn: Azure Virtual Desktop "Troubleshoot the Remote Desktop client for Android and Chrome OS", Microsoft Entra joined VMs (https://learn.microsoft.com/en-us/azure/virtual-desktop/troubleshoot-client-android-chrome-os)';

export const CLIENT_APP_CODES: readonly ClientAppCode[] = [
  {
    code: 0x207,
    name: 'WindowsApp 0x207',
    meaning:
      'The Windows App / Remote Desktop client (macOS, iOS, iPadOS, Android) could not sign in to the remote PC during Network Level Authentication: the dialog reads "We couldn\'t connect to the remote PC. This might be due to an expired password." The credentials were refused (a wrong or expired password, a user name in the wrong form), or the only way left to authenticate was refused (Kerberos unavailable and NTLM blocked).',
    confidence: 'WR',
    source:
      "Widely reported: the macOS and iOS clients' \"We couldn't connect to the remote PC. This might be due to an expired password … Error code: 0x207\" (Microsoft Q&A and community threads, administrators' write-ups of NTLM-disabled domains); Microsoft does not document the code",
    phases: ['nla'],
    platforms: ['macOS', 'iOS', 'Android', 'Windows App'],
    note: "Give the user name as DOMAIN\\user or user@domain.example and check the password on another computer; the server's Security 4625 (Status / Sub Status) says which check failed. With NTLM restricted, the client needs Kerberos: connect by the computer's full DNS name, with a domain controller reachable.",
  },
  {
    code: 0x4,
    name: 'WindowsApp 0x4',
    meaning:
      'The Windows App / Remote Desktop client (macOS, iOS) lost its connection to the remote PC during the session: the dialog reads "Your session ended because of an error." Widely reported when the Mac or the remote PC went to sleep or the network dropped. Not the Windows client\'s 0x4 ("An internal error has occurred").',
    confidence: 'WR',
    source:
      'Widely reported: vswitchzero.com "Windows 10 Remote Desktop Error Code 0x4 or 0x204" (https://vswitchzero.com/2020/06/10/windows-10-remote-desktop-error-code-0x4-or-0x204/: the macOS client, the remote PC asleep) and a Microsoft community thread on the macOS client 10.2.1 (after the Mac slept; version 8 said "Connection reset by peer"); Microsoft does not document the code',
    phases: ['session'],
    platforms: ['macOS', 'iOS', 'Windows App'],
    note: "Keep the remote PC from sleeping (its power plan) and check the network between the client and the PC (Wi-Fi, VPN, a NAT's idle timeout).",
  },
  {
    code: 0x516,
    name: 'WindowsApp 0x516',
    meaning:
      'The Windows App / Remote Desktop client for macOS or iOS could not reach the remote PC: the dialog reads "We couldn\'t connect to the remote PC. Make sure the PC is turned on and connected to the network, and that remote access is enabled." (the same reading as 0x204).',
    confidence: 'WR',
    source:
      'Widely reported: the macOS and iOS clients show 0x516 with the "Make sure the PC is turned on and connected to the network" dialog (user and administrator forums); Microsoft does not document the code',
    phases: ['connection'],
    platforms: ['macOS', 'iOS', 'Windows App'],
    note: 'Check from the Mac that the name resolves and TCP 3389 (or the RD Gateway on 443) answers (`nc -vz <pc> 3389`), that Remote Desktop is enabled on the PC and its firewall allows it.',
  },
  {
    code: 2607,
    name: 'WindowsApp 2607',
    meaning:
      'The Remote Desktop client for Android could not sign in to a Microsoft Entra-joined session host: the dialog reads "We couldn\'t connect to the remote PC because your credentials did not work. The remote machine is AADJ joined." Microsoft documents it when the host pool does not allow connections from clients other than Windows.',
    confidence: 'MS',
    source: `${SRC_AVD_ANDROID}: "Error code 2607 - We couldn't connect to the remote PC because your credentials did not work"`,
    phases: ['nla'],
    platforms: ['Android'],
    // A host pool setting of Azure Virtual Desktop: no cause id of the catalogue covers it.
    kind: 'uncatalogued',
    note: 'Enable connections from other clients for the Entra-joined host pool (the RDP property targetisaadjoined:i:1), as Microsoft Learn\'s "Deploy Microsoft Entra joined virtual machines" describes.',
  },
  {
    code: 0x3000064,
    name: 'WindowsApp 0x3000064',
    meaning:
      'The Remote Desktop client for macOS lost a connection made through an RD Gateway: Microsoft names it as the message shown when "a Remote Desktop Gateway connection would disconnect".',
    confidence: 'MS',
    source: `${SRC_MAC_WHATSNEW}: "Fixed an issue where a Remote Desktop Gateway connection would disconnect and a message with error code 0x3000064 would appear"`,
    phases: ['session'],
    platforms: ['macOS', 'Windows App'],
    note: "Update the client first (the macOS client fixed one such disconnect in 10.5.2). If it stays, the gateway path drops: check the RD Gateway's TerminalServices-Gateway/Operational 303 for the connection and the network between the Mac and the gateway (proxy, TLS inspection).",
  },
];

export const lookupClientAppCode = makeLookup(CLIENT_APP_CODES);

/**
 * A paste naming the app as the macOS, iOS and Android stores call it, "Microsoft Remote Desktop" (now the Windows
 * App; Microsoft Learn "Get started with the Remote Desktop client for macOS" and the App Store listing): its Error
 * code is that app's own, read in this table first where it holds the number (its 0x4 is not mstsc's 0x4). Not the
 * Windows client's names ("Microsoft Remote Desktop Connection", "… for Windows") nor the server's ("… Services").
 */
export const CLIENT_APP_NAMED =
  /\bmicrosoft remote desktop\b(?![ \t]*(?:connection|services?|protocol|web|gateway|session host|for windows|client for windows)\b)/i;
