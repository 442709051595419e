/**
 * The dialogs of the Windows App and the Remote Desktop clients on macOS, iOS/iPadOS, Android and the web (formerly
 * Microsoft Remote Desktop; also the Windows 365 and Azure Virtual Desktop clients), recognized by their stable words:
 * "We couldn't connect to the remote PC …", "Your session ended because …". Where a dialog says what the Windows
 * client's table says in other words, it stands for that code (by its symbolic name), so its causes are the code's;
 * the code under the dialog ("Error code: 0x204"), when pasted with it, decides.
 *
 * The wording is the clients' own (their dialogs as users and Microsoft's pages quote them); which code a dialog stands
 * for is said with its confidence. English only: the clients' German and French strings are not confirmed here.
 */
import type { KnownSentence } from './known-sentence.js';
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';

const SRC_APP =
  "Microsoft: the Windows App / Remote Desktop client's own dialog text (macOS, iOS, Android, web), as the clients show it and users quote it";
const SRC_LEARN_AADJ =
  'Microsoft Learn: Azure Virtual Desktop "Troubleshoot the Remote Desktop web client", connections to Microsoft Entra (Azure AD)-joined VMs';
const SRC_AVD_WINDOWS =
  'Microsoft Learn: Azure Virtual Desktop "Troubleshoot the Remote Desktop client for Windows" (https://learn.microsoft.com/en-us/azure/virtual-desktop/troubleshoot-client-windows)';
const SRC_W365 =
  'Microsoft Learn: Windows 365 "Troubleshoot Cloud PC connection errors" (https://learn.microsoft.com/en-us/windows-365/enterprise/connection-errors)';
const SRC_AVD_MACOS =
  'Microsoft Learn: Azure Virtual Desktop "Troubleshoot the Remote Desktop client for macOS" (https://learn.microsoft.com/en-us/azure/virtual-desktop/troubleshoot-client-macos)';
const ENGLISH_ONLY =
  "English only: the clients' German and French strings are not confirmed; the error code under the dialog is read in every language.";

export const CLIENT_APP_SENTENCES: readonly KnownSentence[] = [
  {
    id: 'macos-account-switch-detected',
    kind: 'uncatalogued',
    what: 'The Remote Desktop client for macOS / Windows App error "Account switch detected"',
    words: { en: [/\baccount switch detected\b/] },
    meaning:
      "The client's sign-in to Azure Virtual Desktop no longer fits its stored token: Microsoft's fix is to refresh the client's Microsoft Entra (Azure AD) token.",
    confidence: 'MS',
    source: `${SRC_AVD_MACOS}: "Account switch detected"`,
    languages: ENGLISH_ONLY,
    note: 'Delete the workspaces from the client, delete the Keychain Access (login) entries for https://www.wvd.microsoft.com and those that share its account value, then subscribe to the workspace again.',
  },
  {
    id: 'windows-365-session-ended',
    kind: 'uncatalogued',
    what: 'The Windows App / Windows 365 dialog "The remote PC ended your session. If this keeps happening, contact your network administrator for assistance." (error code 0x3)',
    words: { en: [/the remote pc ended your session\. if this keeps happening, contact your network administrator/] },
    meaning:
      "The remote PC ended the session (the Windows client's 0x3, disconnected by the server). On a Windows 365 Cloud PC Microsoft names an over-used processor: if it keeps happening, restart the Cloud PC (windows365.microsoft.com, the cog next to it, Restart).",
    confidence: 'MS',
    source: `${SRC_W365}: "The remote PC ended your session… Error code: 0x3"`,
    languages: ENGLISH_ONLY,
    note: "On another remote PC the code under the dialog and the server's logs (LocalSessionManager 40, System) say who ended it.",
  },
  {
    id: 'windows-app-unreachable',
    what: 'The Windows App / Remote Desktop client dialog "We couldn\'t connect to the remote PC. Make sure the PC is turned on and connected to the network, and that remote access is enabled"',
    codeName: 'disconnectReasonSocketConnectFailed',
    words: { en: [/make sure the pc is turned on and connected to the network/] },
    meaning:
      "The client could not reach the remote PC: it is off or asleep, Remote Desktop is not enabled on it, a firewall blocks TCP 3389 (or the RD Gateway's 443), or the name leads elsewhere. The macOS and iOS clients show it with 0x204 or 0x516.",
    confidence: 'WR',
    source: `${SRC_APP}; widely reported with the codes 0x204 and 0x516, read as mstsc's 0x204 (disconnectReasonSocketConnectFailed)`,
    languages: ENGLISH_ONLY,
  },
  {
    // Round 32: the sentence wraps where the dialog breaks its lines ("permission\nto sign in"): any space between.
    id: 'windows-app-no-permission-remotely',
    what: 'The Windows App / Remote Desktop client dialog "We couldn\'t connect to the remote PC. You might not have permission to sign in remotely. Contact your network administrator for assistance." (shown with 0x2407)',
    words: { en: [/\byou might not have permission\s{1,4}to sign in\s{1,4}remotely\b/] },
    states: [authLogonRight.id],
    meaning:
      'The server refused this account the sign-in through Remote Desktop: it lacks the right "Allow log on through Remote Desktop Services" (not in Remote Desktop Users; a new domain account is in no such group by default), or is denied it by policy. Add the account to the remote PC\'s Remote Desktop Users group.',
    confidence: 'WR',
    source:
      'Widely reported with its fix: find_string:61402596474 (an Azure lab write-up: 0x2407, "You might not have permission to sign in remotely.", fixed by adding the domain account to the local Remote Desktop Users group: the "Allow log on through Remote Desktop Services" right) and find_string:62107277865 (a ticket write-up: the same dialog with 0x2407, new domain users not in Remote Desktop Users)',
    languages: ENGLISH_ONLY,
  },
  {
    id: 'remote-pc-cant-be-reached',
    what: 'The message "The remote PC can\'t be reached"',
    codeName: 'disconnectReasonSocketConnectFailed',
    words: { en: [/remote pc can'?n?o?t be reached/] },
    meaning:
      'Nothing answered at the remote PC: it is off, not on the network, Remote Desktop is disabled, or a firewall drops the connection.',
    confidence: 'WR',
    source: `${SRC_APP} (wording); widely reported with the unreachable codes 0x204 / 0x516, read as mstsc's 0x204 (disconnectReasonSocketConnectFailed)`,
    languages: ENGLISH_ONLY,
  },
  {
    id: 'windows-app-pc-not-found',
    what: 'The Windows App / Remote Desktop client dialog "We couldn\'t connect to the remote PC because the PC can\'t be found"',
    codeName: 'disconnectReasonDNSLookupFailed',
    words: { en: [/couldn'?t connect to the remote pc because the pc can'?t be found/] },
    meaning:
      'The name of the remote PC did not resolve: give its fully qualified name or its address, and check the DNS (or VPN) the client uses.',
    confidence: 'WR',
    source: `${SRC_APP}; widely reported with the code 0x104, read as mstsc's 0x104 (disconnectReasonDNSLookupFailed)`,
    languages: ENGLISH_ONLY,
  },
  {
    id: 'windows-app-expired-password',
    what: 'The Windows App / Remote Desktop client dialog "We couldn\'t connect to the remote PC. This might be due to an expired password" (macOS / iOS, error code 0x207)',
    codeName: 'WindowsApp 0x207',
    // Its 0x207 is the app's own (client-apps.ts); the Windows client control's 519 is the same number.
    appCode: true,
    words: { en: [/couldn'?t connect to the remote pc\. this might be due to an expired password/] },
    meaning:
      'Network Level Authentication refused the sign-in: a wrong or expired password, a user name in the wrong form, or no way left to authenticate (NTLM blocked and Kerberos unavailable). Despite its words, an expired password is only one of the reasons.',
    confidence: 'WR',
    source: `${SRC_APP} (wording); the reading is widely reported with its code 0x207`,
    languages: ENGLISH_ONLY,
  },
  {
    id: 'windows-app-security-error',
    what: 'The Windows App / Remote Desktop client dialog "We couldn\'t connect to the remote PC because of a security error"',
    codeName: 'disconnectReasonInvalidSecurityData',
    // Not the web client's "Oops, …" form, which Microsoft reads otherwise (web-client-security-error).
    words: {
      en: [/^(?!.*oops, we couldn'?t connect).*couldn'?t connect to the remote pc because of a security error/],
    },
    // Its words name no cause; Microsoft's Azure Virtual Desktop page quotes the dialog, "If this keeps happening, ask
    // your admin or tech support for help" and all, and names the right to sign in through Remote Desktop Services
    // (round 36). An error code shown under it is read instead (the app's 0x207 is NLA's sign-in).
    states: [authLogonRight.id],
    rankedBy:
      'Microsoft\'s Azure Virtual Desktop page for this dialog names one policy that might cause it, "Allow log on through Remote Desktop Services" (the account must be granted it); the security exchange (the security layer, TLS), as the Windows client\'s dialog of the same words (0x406) is read, follows.',
    rankedUnless: /\berror code:?\s{0,3}0x[0-9a-f]{1,8}\b/i,
    meaning:
      'The remote PC refused the connection for a security reason, before any session: a policy that changes the default Remote Desktop permissions ("Allow log on through Remote Desktop Services", which the account must be granted), or a security exchange that failed before sign-in, the client and the server not agreeing on the security layer or the TLS settings (the Windows client says the same as "Because of a security error, the client could not connect", 0x406). The error code under the dialog tells more.',
    confidence: 'MS',
    source: `${SRC_APP} (wording); Microsoft Learn "Troubleshoot session host virtual machine configuration" (Azure Virtual Desktop, "We couldn't connect to the remote PC because of a security error": "One policy that might cause this error to appear is the Allow log on through Remote Desktop Services security policy", https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-desktop/troubleshoot-vm-configuration); read as the Windows client's dialog of the same words (mstsc 0x406, disconnectReasonInvalidSecurityData), as widely reported`,
    languages: ENGLISH_ONLY,
  },
  {
    id: 'web-client-security-error',
    kind: 'uncatalogued',
    what: "The Remote Desktop web client's \"Oops, we couldn't connect to NAME. We couldn't connect to the remote PC because of a security error\"",
    words: {
      en: [/oops, we couldn'?t connect to .{0,120}couldn'?t connect to the remote pc because of a security error/],
    },
    meaning:
      'Microsoft documents this web-client message for Microsoft Entra (Azure AD)-joined session hosts: Conditional Access policies restrict the sign-in to the VM (multifactor authentication required for the Azure Windows VM Sign-In app, which a VM sign-in cannot do).',
    confidence: 'MS',
    source: `${SRC_LEARN_AADJ}, "We couldn't connect to the remote PC because of a security error"`,
    languages: ENGLISH_ONLY,
    note: 'Exclude the Azure Windows VM Sign-In cloud app from the multifactor authentication Conditional Access policy (enforce MFA on Azure Virtual Desktop instead), as Microsoft Learn "Enforce Microsoft Entra multifactor authentication for Azure Virtual Desktop using Conditional Access" describes for Entra-joined session hosts.',
  },
  {
    id: 'web-client-sign-in-failed',
    what: 'The Remote Desktop web client\'s "Oops, we couldn\'t connect to NAME. Sign in failed. Please check your username and password and try again"',
    codeName: 'SEC_E_LOGON_DENIED',
    words: { en: [/sign in failed\. please check your user ?name and password/] },
    meaning:
      'The sign-in to the session host failed. Besides a wrong user name or password, Microsoft documents it for Microsoft Entra (Azure AD)-joined session hosts whose host pool does not allow connections from other clients than Windows (the RDP property targetisaadjoined:i:1).',
    confidence: 'MS',
    source: `${SRC_LEARN_AADJ}, "Sign in failed. Please check your username and password and try again"`,
    languages: ENGLISH_ONLY,
    note: "For an Entra-joined session host, set the host pool's RDP property targetisaadjoined:i:1 (connections from the web, macOS, iOS and Android clients); otherwise check the user name (user@domain) and password.",
  },
  {
    id: 'web-client-out-of-memory',
    kind: 'uncatalogued',
    what: "The Remote Desktop web client's \"Oops, we couldn't connect to 'SessionDesktop'\" shown alone",
    words: { en: [/^\W*oops, we couldn'?t connect to ["'\u201c]?[^"'\u201d.!]{1,80}["'\u201d]?[\s.,!]*$/] },
    meaning:
      'Shown alone, with no other reason, Microsoft documents it as the web client running out of memory in the browser.',
    confidence: 'MS',
    source:
      'Microsoft Learn: Azure Virtual Desktop "Troubleshoot the Remote Desktop client", web client, "Web client out of memory"',
    languages: ENGLISH_ONLY,
    note: 'Make the browser window smaller, or disconnect every other connection and connect again. If text followed the message, paste all of it: it says the reason.',
  },
  {
    id: 'windows-app-account-restriction',
    what: 'The Windows App / Remote Desktop client dialog "We couldn\'t connect to the remote PC because a user account restriction is preventing you from signing in" (error code 0xc07)',
    codeName: 'SSL_ERR_ACCOUNT_RESTRICTION',
    // Every client's wording of 0xC07: "signing in" (Windows App), "logging on" with mstsc's example in parentheses.
    words: {
      en: [/user account restriction (?:\([^()]{1,80}\) )?is preventing you from (?:signing|logging) (?:in|on)\b/],
    },
    meaning:
      'An account restriction refused the sign-in: logon hours, allowed workstations, a Protected Users membership (no NTLM, no delegation), or a blank password.',
    confidence: 'MS',
    source: `${SRC_APP}; the reading is mstsc's 0xC07 (SSL_ERR_ACCOUNT_RESTRICTION)`,
    languages: ENGLISH_ONLY,
  },
  {
    id: 'device-prevented-by-account',
    states: [authLogonRight.id],
    what: 'The Azure Virtual Desktop / Windows 365 client message "Your account is configured to prevent you from using this device. For more information, contact your system administrator"',
    words: { en: [/account is configured to prevent you from using this device/] },
    meaning:
      'Signing in to a Microsoft Entra-joined session host was refused for this user: Microsoft documents the missing Virtual Machine User Login (or Virtual Machine Administrator Login) role on the session host VMs.',
    confidence: 'MS',
    source: `${SRC_AVD_WINDOWS}, "Your account is configured to prevent you from using this device"`,
    note: "Assign the user (or a group) the Virtual Machine User Login role on the session hosts' VMs or their resource group.",
  },
  {
    id: 'android-aadj-credentials',
    what: 'The Android client dialog "We couldn\'t connect to the remote PC because your credentials did not work. The remote machine is AADJ joined" (error code 2607)',
    codeName: 'WindowsApp 2607',
    overrides: ['credentials-did-not-work', 'windows-app-cannot-connect'],
    words: { en: [/remote machine is aadj joined/] },
    meaning:
      'The sign-in to a Microsoft Entra-joined session host failed from the Android client: Microsoft documents connections from clients other than Windows as not enabled for the host pool.',
    confidence: 'MS',
    source:
      'Microsoft Learn: Azure Virtual Desktop "Troubleshoot the Remote Desktop client for Android and Chrome OS", "Error code 2607"',
    languages: ENGLISH_ONLY,
    note: "Set the host pool's RDP property targetisaadjoined:i:1 (connections from other clients to Entra-joined session hosts).",
  },
  {
    id: 'administrator-ended-session',
    states: [networkUnreachable.id],
    what: 'The Remote Desktop client message "Your administrator may have ended your session. Try connecting again. If this does not work, ask your administrator or technical support for help"',
    words: { en: [/your administrator may have ended your session/] },
    meaning:
      'Microsoft documents it when the policy "Allow users to connect remotely using Remote Desktop Services" is disabled on the session hosts (Group Policy or Intune): the host refuses every remote session.',
    confidence: 'MS',
    source: `${SRC_AVD_WINDOWS}, "Your administrator may have ended your session"`,
    languages: ENGLISH_ONLY,
    note: 'Set "Allow users to connect remotely using Remote Desktop Services" (Computer Configuration > Administrative Templates > Windows Components > Remote Desktop Services > Remote Desktop Session Host > Connections) to Enabled on the session hosts.',
  },
  {
    id: 'sign-in-method-not-allowed',
    kind: 'uncatalogued',
    what: 'The Remote Desktop client message "The sign-in method you\'re trying to use isn\'t allowed. Try a different sign-in method or contact your system administrator"',
    words: { en: [/sign-in method you'?re trying to use isn'?t allowed/] },
    meaning:
      'A Conditional Access policy refused the sign-in to a Microsoft Entra-joined session host: per-user or Conditional Access multifactor authentication applied to the Azure Windows VM Sign-In app, which VM sign-ins do not support.',
    confidence: 'MS',
    source: `${SRC_AVD_WINDOWS}, "The sign-in method you're trying to use isn't allowed"`,
    languages: ENGLISH_ONLY,
    note: 'Enforce MFA on Azure Virtual Desktop itself and exclude the Azure Windows VM Sign-In app from the Conditional Access policy (Microsoft Learn "Enforce Microsoft Entra multifactor authentication for Azure Virtual Desktop using Conditional Access").',
  },
  {
    id: 'logon-session-does-not-exist',
    kind: 'uncatalogued',
    what: 'The Remote Desktop client message "An authentication error occurred. A specified logon session does not exist. It may already have been terminated"',
    codeName: 'STATUS_NO_SUCH_LOGON_SESSION',
    words: { en: [/a specified logon session does not exist/] },
    meaning:
      'Single sign-on to a Microsoft Entra-joined session host could not get a Kerberos ticket: Microsoft documents the Kerberos server object for single sign-on as missing or misconfigured.',
    confidence: 'MS',
    source: `${SRC_AVD_WINDOWS}, "A specified logon session does not exist. It may already have been terminated"`,
    languages: ENGLISH_ONLY,
    note: 'Check the Microsoft Entra Kerberos server object created when single sign-on was configured (Microsoft Learn "Configure single sign-on for Azure Virtual Desktop using Microsoft Entra ID").',
  },
  {
    id: 'windows-app-account-disabled',
    what: 'The Windows App / Remote Desktop client dialog "We couldn\'t connect to the remote PC because your user account is currently disabled"',
    codeName: 'SSL_ERR_ACCOUNT_DISABLED',
    words: { en: [/user account is (?:currently )?disabled/] },
    meaning: 'The account is disabled.',
    confidence: 'MS',
    source: `${SRC_APP}; the reading is mstsc's 0xB07 (SSL_ERR_ACCOUNT_DISABLED)`,
    languages: ENGLISH_ONLY,
  },
  {
    id: 'windows-app-no-resources',
    what: 'The Windows App / Azure Virtual Desktop / Windows 365 dialog "We couldn\'t connect because there are currently no available resources" (error code 0x3000046)',
    codeName: 'AvdNoResources',
    words: { en: [/couldn'?t connect because there are currently no available resources/] },
    meaning:
      'The Azure Virtual Desktop or Windows 365 service found no session host or Cloud PC to connect to: all are full, stopped, unavailable or in drain mode.',
    confidence: 'MS',
    source: `${SRC_APP}; the reading is 0x3000046 (AvdNoResources)`,
    languages: ENGLISH_ONLY,
  },
  {
    id: 'windows-app-connection-lost',
    what: 'The Windows App / Remote Desktop client message that the connection to the remote PC was lost (a network error)',
    codeName: 'disconnectReasonAtClientWinsockFDCLOSE',
    // Its 0x4 is the app's own "connection lost" (client-apps.ts), not mstsc's internal error.
    appCode: true,
    words: {
      en: [
        /connection to the remote pc was lost|(?:session ended|couldn'?t connect to the remote pc) because of a network error/,
      ],
    },
    meaning:
      'The connection was established and then dropped by the network or the remote PC (the Windows client says "The connection to the remote computer was lost", 0x904).',
    confidence: 'WR',
    source: `${SRC_APP}; read as the Windows client's message of the same words (mstsc 0x904, disconnectReasonAtClientWinsockFDCLOSE), as widely reported`,
    languages: ENGLISH_ONLY,
  },
  {
    id: 'windows-app-session-ended-error',
    what: 'The Windows App / Remote Desktop client dialog "Your session ended because of an error" (macOS / iOS, error code 0x4)',
    codeName: 'WindowsApp 0x4',
    appCode: true,
    // Not "… because of a network error" / "a protocol error" (their own rows): "an error", then the end of the words.
    words: { en: [/your session ended because of an error\b/] },
    meaning:
      'The client lost its connection to the remote PC in the middle of the session (not the Windows client\'s "An internal error has occurred", whose number is also 0x4): widely reported after the Mac or the remote PC went to sleep, or the network between them dropped; the older macOS client said "Connection reset by peer" for the same.',
    confidence: 'WR',
    source: `${SRC_APP}; the reading is widely reported with its code 0x4 (vswitchzero.com "Windows 10 Remote Desktop Error Code 0x4 or 0x204", https://vswitchzero.com/2020/06/10/windows-10-remote-desktop-error-code-0x4-or-0x204/: the remote PC asleep; a Microsoft community thread on the macOS client 10.2.1: after the Mac slept, where version 8 said "Connection reset by peer")`,
    languages: ENGLISH_ONLY,
    note: "Check that the remote PC does not sleep or hibernate (its power plan), and the network between the client and the PC (Wi-Fi, VPN, a NAT's idle timeout): the PC's RdpCoreTS and System logs at that time say whether it saw the connection drop.",
  },
  {
    id: 'windows-app-credentials',
    what: 'The Windows App / Remote Desktop client message "Your credentials didn\'t work"',
    codeName: 'SEC_E_LOGON_DENIED',
    words: { en: [/credentials didn'?t work/] },
    meaning:
      "Network Level Authentication rejected the user name or password (SEC_E_LOGON_DENIED): a wrong or stale password, a wrong domain, or an account state the server's Security 4625 Status says.",
    confidence: 'MS',
    source: `${SRC_APP}; the same message as the Windows client's "Your credentials did not work" (SEC_E_LOGON_DENIED)`,
    languages: ENGLISH_ONLY,
  },
  {
    id: 'windows-app-protocol-error',
    kind: 'unspecific',
    what: 'The Windows App / Remote Desktop client dialog "Your session ended because of a protocol error"',
    words: { en: [/(?:session ended|couldn'?t connect to the remote pc) because of a protocol error/] },
    meaning:
      "The client or the remote PC received data it could not process and ended the session. The words alone name no cause: the error code under the dialog (and the server's RdpCoreTS and System logs at that time) say which part failed.",
    confidence: 'MS',
    source: SRC_APP,
    languages: ENGLISH_ONLY,
    note: 'Paste the error code shown under the dialog: a protocol-error code is read in the extended table (explain-code 0x…).',
  },
  {
    id: 'windows-app-gateway-error',
    kind: 'unspecific',
    what: 'The Windows App / Remote Desktop client dialog "We couldn\'t connect to the gateway because of an error"',
    words: { en: [/couldn'?t connect to the gateway because of an error/] },
    meaning:
      "The client could not complete its connection to the gateway (an RD Gateway, or Azure Virtual Desktop's / Windows 365's): its name, TCP 443, a proxy or TLS inspection on the way, the gateway's certificate, or the gateway service. The session host was never reached.",
    confidence: 'MS',
    source: SRC_APP,
    languages: ENGLISH_ONLY,
    note: "Paste the error code under the dialog (0x3000xxx codes are the gateway's). For an RD Gateway, its TerminalServices-Gateway/Operational log shows whether the client reached it; for Azure Virtual Desktop, the connection's WVDErrors in Log Analytics.",
  },
];
