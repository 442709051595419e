/**
 * Other subsystems whose dialogs quote the same codes as Remote Desktop: a Trusted Platform Module (TPM) error shown by
 * a Microsoft 365 app's sign-in, Windows Hello's PIN, the Office apps' own sign-in. Their codes (NTE_BAD_KEYSET
 * 0x80090016, NTE_DEVICE_NOT_READY 0x80090030, SEC_E_*) are the same HRESULTs the Remote Desktop certificate or CredSSP
 * return, but what fails is another program's use of the device's keys or tokens, not a Remote Desktop connection.
 *
 * The rule (not a case): the paste's own words name the subsystem and no word names Remote Desktop (its client, its
 * server roles, CredSSP or NLA, in the languages the paste reader reads). Then the codes are still decoded (what the
 * number means is true wherever it is shown), but no Remote Desktop cause is ranked and no Remote Desktop log is asked
 * for: the answer says which subsystem the text names and that it is not a Remote Desktop failure.
 *
 * Matching is one pass of a regular expression without nested quantifiers over the paste (linear).
 */
import { OTHER_PRODUCT_SHAPES, type OtherProductShapeId } from './other-product-shapes.js';
import { OTHER_PRODUCT_SHAPES_H62D } from './other-product-tls.js';

export interface OtherSubsystem {
  readonly id:
    | 'tpm'
    | 'windows-hello'
    | 'microsoft-365-apps'
    | 'hyper-v-vm-management'
    | 'file-share'
    | 'net-command'
    | 'runas'
    | 'psexec'
    | 'powershell-remoting'
    | 'ssh'
    | 'wsl'
    | 'entra-token-request'
    | 'service-logon'
    | 'citrix'
    | 'vmware-horizon'
    | 'teamviewer'
    | 'windows-update'
    | 'windows-activation'
    | 'windows-vpn'
    | 'network-access-8021x'
    | 'remote-access-products'
    | 'remote-control-named'
    | 'vpn-clients'
    | 'chrome-remote-desktop'
    | 'remote-assistance'
    | 'ldap-bind'
    | 'printer-connection'
    | 'database-sign-in'
    | 'program-socket-call'
    | 'name-lookup'
    | 'file-copy'
    | 'program-start'
    | 'license-manager'
    | 'peer-protocol'
    | 'visual-studio-debugger'
    | OtherProductShapeId;
  /** The subsystem as the answer names it. */
  readonly name: string;
  /** The words that name it in a paste. */
  readonly words: RegExp;
  /** What an error there means, and where to look instead. */
  readonly meaning: string;
  readonly source: string;
  /** Another product's: it only keeps Remote Desktop's readings off the codes it quotes; a text of it without one is
   * left unread, as before (a refusal says as much as naming the product). */
  readonly quotedCodesOnly?: true;
  /** Words that make the paste Remote Desktop's after all (a program's socket error to port 3389). */
  readonly unless?: RegExp /** The product's own error line, which makes a Remote Desktop dialog's sentence inside it the product's too (SQL
   * Server's "Login failed for user '…'. Reason: The account is disabled."): the dialog never prints it. */;
  readonly overSentences?: RegExp;
  /** `overSentences` only where the paste's words also name the subsystem (an Entra sign-in error of Microsoft 365). */
  readonly overSentencesNamed?: true;
  /** Words of Remote Desktop's list that this subsystem uses for itself (WinRM's CredSSP authentication): beside its
   * own words they name it, not Remote Desktop (global: removed before REMOTE_DESKTOP_WORDS is tried). */
  readonly owns?: RegExp;
}

/**
 * SQL Server's client network layer as its drivers print it: the provider before its message ("TCP Provider: …",
 * "SSL Provider: …", "(provider: Named Pipes Provider, error: 40 - …)", "SQL Network Interfaces: …") and sqlcmd's
 * error number line ("HResult 0x2746, Level 16, State 1").
 */
const SQL_CLIENT_NETWORK =
  /\b(?:ssl|tcp|named pipes|shared memory) provider(?:: |, error: ?\d)|\bsql network interfaces: |\bhresult 0x[0-9a-f]{1,8}, level \d{1,2}, state \d{1,3}\b/i;

/** An NPS event's NAS port type as an 802.1X switch or access point sends it (RFC 3580 §3.20). */
const NAS_PORT_8021X = /\bnas port-type:\s{0,40}(?:wireless\b|ethernet\b)/i;

/** Checked in this order: a TPM named inside an Office dialog is the TPM's error. */
export const OTHER_SUBSYSTEMS: readonly OtherSubsystem[] = [
  {
    id: 'tpm',
    name: 'the Trusted Platform Module (TPM)',
    // "TPM" as a word of its own, never part of a name (a host called tpm-host01).
    words: /\btrusted platform module\b|(?<![\w.-])tpm(?![\w.-])/i,
    meaning:
      "The device's TPM (the chip that holds its keys) could not be used: Microsoft names it as what breaks Windows Hello for Business, Microsoft Entra single sign-on and the Microsoft 365 apps' sign-in on that device (its primary refresh token is kept by the TPM). Check the TPM (tpm.msc, Get-Tpm) and the device's registration (dsregcmd /status).",
    source:
      'Microsoft Learn "BitLocker and TPM: other known issues" (windows-itpro-docs ts-bitlocker-tpm-issues.md: TPM problems break Windows Hello for Business and Azure AD single sign-on); Microsoft\'s Azure Identity support team blog "TPM エラー 80090016 について" (jpazureid/blog: the Office apps\' TPM errors 80090016 and 80090030)',
  },
  {
    id: 'windows-hello',
    name: 'Windows Hello',
    words: /\bwindows hello\b|\bhello for business\b|\byour pin (?:is not|isn'?t|isn’t) available\b/i,
    meaning:
      "Windows Hello's sign-in (its PIN or biometrics) could not use its key on this device: a problem of the device's Windows Hello container or TPM, not of a Remote Desktop connection.",
    source:
      'Microsoft Learn "BitLocker and TPM: other known issues" (windows-itpro-docs ts-bitlocker-tpm-issues.md: "Windows Hello for Business does not work" with a TPM that is not ready)',
  },
  {
    id: 'microsoft-365-apps',
    name: 'a Microsoft 365 (Office) app',
    words: /\b(?:microsoft|office) 365\b|\bmicrosoft office\b|\boutlook\b|\bonedrive\b|\bmicrosoft teams\b/i,
    // Microsoft Entra ID's sign-in error (AADSTS…) in a paste naming a Microsoft 365 app and nothing of Remote Desktop
    // is that app's sign-in ("Could not validate your Office 365 credentials, received error: 400 AADSTS50126"); the
    // same error alone stays the web sign-in's (sign-in-gateway-nps.test.ts) (issue 60).
    overSentences: /\baadsts\d{4,8}\b/i,
    overSentencesNamed: true,
    meaning:
      "A Microsoft 365 app's own sign-in or activation failed (its tokens come from the device's Web Account Manager and Microsoft Entra registration): Microsoft's Microsoft 365 sign-in troubleshooting applies, not Remote Desktop's.",
    source:
      'Microsoft Learn "Unable to sign in to Microsoft 365 desktop applications" (SupportArticles-docs Microsoft365/enterprise/authentication/unable-sign-in-m365-desktop-apps.md: the apps\' tokens come from WAM); Okta\'s Office 365 provisioning error quoting Entra\'s "AADSTS50126" (https://support.okta.com/help/s/article/microsoft-office-365-provisioning-error-could-not-validate-your-office-365-credentials-received-error-400-aadsts50126-error-validating-credentials-due-to-invalid-username-or-password)',
  },
  {
    id: 'hyper-v-vm-management',
    name: "Hyper-V's management of a virtual machine (starting it, its worker process, a live migration)",
    // The host's management of the machine, never its console: Virtual Machine Connection's enhanced session is a
    // Remote Desktop connection, and "virtual machine" alone names no subsystem.
    words:
      /\bhyper-?v manager\b|\bhyper-?v-(?:vmms|worker|high-availability)\b|failed to start worker process|\bvirtual machine management service\b|\blive migrat(?:e|ion)\b|\(virtual machine id [0-9a-f-]{8,40}\)/i,
    meaning:
      "Hyper-V could not start or move a virtual machine: its worker process runs as the virtual machine's own identity (NT VIRTUAL MACHINE\\Virtual Machines), and a logon or access error there is that identity's rights on the Hyper-V host (Log on as a service, a policy replacing it), not a user's Remote Desktop sign-in. Check the host's User Rights Assignment (gpresult, secpol.msc) and the Hyper-V-VMMS log.",
    source:
      'Microsoft Learn "Starting or live migrating Hyper-V virtual machines may fail with error 0x80070569" (KB 2779204: "\'VM_NAME\' failed to start worker process: Logon Failure: The user has not been granted the requested logon type at this computer."; the cause: NT Virtual Machine\\Virtual Machines lacks Log on as a service on the host)',
  },
  {
    id: 'service-logon',
    name: "a Windows service's own sign-in (Service Control Manager event 7038)",
    // The Service Control Manager's sentence, or the right it names: a service account, never a Remote Desktop user.
    words: /\bservice was unable to log on as\b|\blog on as a service\b/i,
    meaning:
      "A Windows service could not start under its configured account: the Service Control Manager signs the service account in, with the password stored in the service's configuration and the account's \"Log on as a service\" right on this computer. A logon error there is that account's, not a user's Remote Desktop sign-in: check the service's Log On tab (services.msc) and the computer's User Rights Assignment.",
    source:
      'Service Control Manager event 7038, its message text ("The %1 service was unable to log on as %2 with the currently configured password due to the following error"); Microsoft Learn "Log on as a service" (User Rights Assignment, SeServiceLogonRight, https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/log-on-as-a-service)',
  },
  {
    id: 'file-share',
    name: 'a file share (SMB: `net use`, a \\\\server\\share path)',
    // The command or Explorer's dialog on a share path, never a share named in passing; an SMB client's own lines on
    // Linux and in Python: the kernel's CIFS client ("CIFS: VFS: … cifs_mount failed", "mount error(13)"), Samba's
    // NT_STATUS_ names (smbclient, mount.cifs), the smbprotocol / smbclient Python packages; Metasploit's SMB client's
    // exceptions (Rex::Proto::SMB::Exceptions::LoginError, RubySMB::Error::…), its modules' SMB logins, Impacket's
    // "SMB SessionError: STATUS_…" (issue 60, r29); SMB's own session setup step as libsmb2 and smbclient report its
    // failure ("Session setup failed with (0xc000006d) STATUS_LOGON_FAILURE", "session setup failed: NT_STATUS_…").
    words:
      /\bsession setup failed(?: with \(0x[0-9a-f]{8}\)|: ?nt_status_)|(?:^|\n)\s{0,40}(?:[a-z]:\\[^>\r\n]{0,200}>\s{0,10})?net(?:\.exe)?\s{1,10}use\b|\bwindows cannot access \\\\|\bcifs: ?vfs:|\bcifs_mount\b|\bmount error\(\d{1,3}\)|\bmount\.cifs\b|\bnt_status_[a-z_]{3,60}\b|\bsmbprotocol\b|\bsmbclient\b|\brex::proto::smb::exceptions::|\brubysmb::error::|\bsmb sessionerror:|(?:^|\n)[ \t]{0,8}smb[ \t]{2,40}\S{1,64}[ \t]{1,40}445[ \t]{1,40}\S/i,
    // The command typed on a share's path (a prompt's `net use \\server\share`): the sentences printed after it are
    // net.exe's, whatever dialog shares their words (round 30).
    overSentences:
      /(?:^|\n)\s{0,40}(?:[a-z]:\\[^>\r\n]{0,200}>\s{0,10})?net(?:\.exe)?\s{1,10}use\s{1,10}(?:[a-z]:\s{1,10})?\\\\/i,
    meaning:
      "Connecting to a file share failed (SMB, TCP 445): its error is the share's, with the share's own credentials, name resolution and firewall rules, not a Remote Desktop connection's. `net use` and Explorer's \"Windows cannot access\" dialog report it.",
    source:
      'Microsoft Learn "net use" (Windows commands: connects a computer to a shared resource) and "Troubleshoot the \'Windows cannot access\' error when accessing a shared folder" pages; the Linux kernel\'s CIFS client (mount.cifs(8): "mount error(13): Permission denied", the kernel\'s "CIFS: VFS:" lines, https://github.com/home-assistant/supervisor/issues/4364), Samba\'s smbclient(1) (NT_STATUS_LOGON_FAILURE) and the smbprotocol Python package (smbclient, https://github.com/jborean93/smbprotocol/issues/150); Metasploit Framework\'s SMB client, whose modules rescue Rex::Proto::SMB::Exceptions::LoginError and RubySMB::Error on an SMB login (https://github.com/rapid7/metasploit-framework, lib/rex/proto/smb/exceptions.rb); libsmb2, the SMB2/3 client library under AMSMB2, VLC and Kodi (lib/libsmb2.c: "Session setup failed with (0x%08x) %s", https://github.com/sahlberg/libsmb2); Impacket\'s SMB client (impacket/smbconnection.py, SessionError: "SMB SessionError: %s(%s)" with the NT status\' name, https://github.com/fortra/impacket); NetExec\'s (formerly CrackMapExec\'s) SMB protocol, whose lines start with the protocol, the target\'s address, port 445 and its name ("SMB  10.0.0.5  445  DC01  [-] corp\\\\user:pass STATUS_LOGON_FAILURE", https://github.com/Pennyw0rth/NetExec, nxc/protocols/smb.py and its wiki https://www.netexec.wiki/smb-protocol/password-spraying)',
  },
  {
    id: 'net-command',
    name: 'a `net` command (net use, net view, net user: file shares, browsing, accounts)',
    // Its own failure line, pasted without the command: `net start`'s is read before (service-control.ts, a service's
    // Win32 error); any other is a share's, a workgroup's browse list's or an account's (issue 60).
    words: /^[ \t]{0,40}system error \d{1,5} has occurred\b/im,
    // net.exe prints the error's system message under that line ("System error 1909 has occurred. The referenced
    // account is currently locked out…"): a dialog's sentence that is that message is net's output too (round 30).
    overSentences: /^[ \t]{0,40}system error \d{1,5} has occurred\b/im,
    meaning:
      'A `net` command failed: "System error N has occurred." is how net.exe reports the Win32 error of a share (SMB, TCP 445), of the workgroup\'s browse list or of an account, not a Remote Desktop connection\'s. `net helpmsg N` prints its text.',
    source:
      'Microsoft Learn "net use" and "net helpmsg" (Windows commands); Microsoft support KB 957009 ("System error 6118 has occurred. The list of servers for this workgroup is not currently available" from `net view`, "Logon failure: unknown user name or bad password" from `net use`)',
  },
  {
    id: 'runas',
    name: '`runas` (a program started as another user on this computer)',
    // The command typed, or its own error line.
    words: /(?:^|[\s>])runas(?:\.exe)?\s{1,10}\/(?:user|netonly|savecred|profile|env)\b|\brunas error:/i,
    meaning:
      "Starting a program as another user on this computer failed: the error is that account's logon here (its name and password, its right to log on locally or in batch), not a Remote Desktop connection's.",
    source:
      'Microsoft Learn "runas" (Windows commands: runs a program with another user\'s credentials; /user, /netonly, /savecred, /profile, /env)',
  },
  {
    id: 'psexec',
    name: 'PsExec (Sysinternals: a program started on another computer)',
    // The command typed, its banner or its own error line, never the name in passing ("psexec works, but …").
    words:
      /(?:^|\n)\s{0,40}(?:[a-z]:\\[^>\r\n]{0,200}>\s{0,10})?psexec(?:64)?(?:\.exe)?\s{1,10}[\\-]|\bpsexec(?:64)? v\d|\bexecute processes remotely\b|\bpsexec could not start\b/i,
    meaning:
      "PsExec could not start its program on the other computer: it reaches that computer through file sharing (SMB, TCP 445, its Admin$ share) with the account given, so its errors are that sign-in's (the account, its administrator rights, the firewall), not a Remote Desktop connection's.",
    source:
      'Microsoft Learn Sysinternals "PsExec" (runs processes on other systems; -u and -p give the account; the remote system needs file and printer sharing and its Admin$ share)',
  },
  {
    id: 'powershell-remoting',
    name: 'PowerShell remoting (WinRM: Enter-PSSession, Invoke-Command, New-PSSession)',
    // The cmdlets, WinRM's own error text, or its help topic the errors point to; never "WinRM" in passing. Its
    // protocol's own names as a WinRM client quotes the server's offer (Ansible's pywinrm: "Basic realm=\"WSMAN\"",
    // the WS-Management URI …/wbem/wsman/…); its CredSSP is WinRM's own authentication (Enable-WSManCredSSP), not
    // Remote Desktop's NLA.
    words:
      /\b(?:enter|new)-pssession\b|\binvoke-command\b|\bwinrm cannot\b|\bws-management service\b|\babout_remote_troubleshooting\b|\bwsmanfault\b|\bwsman:|\brealm=\\?"wsman\\?"|\/wbem\/wsman\/|\bpywinrm\b|\bansible_winrm_\w{1,40}\b/i,
    owns: /\bcredssp\b/gi,
    meaning:
      "A PowerShell remoting (WinRM) connection failed (HTTP 5985, HTTPS 5986): its errors are WinRM's, with its own listener, TrustedHosts and authentication, not a Remote Desktop connection's. about_Remote_Troubleshooting covers them.",
    source:
      'Microsoft Learn "about_Remote_Troubleshooting" (PowerShell: "Connecting to remote server … failed with the following error message : Access is denied", WinRM ports 5985 and 5986); Microsoft Learn "Enable-WSManCredSSP" (CredSSP as WinRM\'s authentication) and pywinrm\'s CredSSP error quoting the server\'s WWW-Authenticate ("Basic realm="WSMAN", CredSSP", https://github.com/jborean93/requests-credssp/issues/29); WinRM\'s fault as Windows Event Forwarding logs it ("WSManFault Error Message: A Kerberos error occurred (errorcode 0x80090322)", https://en.ittrip.xyz/windows-server/windows-wef-kerberos)',
  },
  {
    id: 'ssh',
    name: 'an SSH connection (OpenSSH)',
    // The command at a line's start, its own error lines, or sshd's log line; its debug lines (ssh -v, sshd -d; issue
    // 60, r29). The Windows port's S4U logon lines are other-product-shapes.ts's `openssh-log`.
    words:
      /(?:^|\n)\s{0,40}(?:[$#>]\s{0,4})?ssh(?:\.exe)?\s{1,10}[\w@-]|\bssh: connect to host\b|\bpermission denied \((?:publickey|password|keyboard-interactive|gssapi)|\bsshd\[\d{1,10}\]:|\bopenssh\b|\bssh (?:public )?key (?:auth|authentication|based)\b|\bdebug[1-3]: (?:reading configuration data|authentications that can continue:|local version string ssh-|remote protocol version \d)/i,
    // Round 29 (r29-h60y): an SSH forward to the RDP port ("ssh -L 3389:host:3389", its channel refused) is the RDP
    // listener's failure carried through SSH, as other-product-shapes.ts reads a tunnel's.
    unless: /\b3389\b/,
    meaning:
      "An SSH connection failed (TCP 22): its errors are the SSH server's (its keys, its password or key authentication, its own log), not a Remote Desktop connection's.",
    source:
      'Microsoft Learn "Get started with OpenSSH for Windows" and "OpenSSH Server configuration for Windows" (the ssh client, sshd, port 22, key and password authentication); Win32-OpenSSH contrib/win32/win32compat/win32_usertoken_utils.c (generate_s4u_user_token: the signed-in user\'s token by LsaLogonUser, https://github.com/PowerShell/openssh-portable); OpenSSH readconf.c, sshconnect2.c and sshd.c (the debug lines "Reading configuration data", "Authentications that can continue:", "Local version string SSH-", "Remote protocol version")',
  },
  {
    id: 'wsl',
    name: 'the Windows Subsystem for Linux (WSL)',
    // Its commands (wsl.exe, the older lxrun.exe and bash.exe's install), its name, and its first-run prompt for a
    // "UNIX user account": its errors print HRESULTs (0x80070040…) that Remote Desktop's logs also quote.
    words:
      /\b(?:lxrun|wsl)(?:\.exe)?\s{1,10}\/|\bwindows subsystem for linux\b|\bwsl ?2?\b[^\n]{0,60}\b(?:distro|distribution|ubuntu|debian|kernel|vm)\b|\bunix user account\b/i,
    meaning:
      "The Windows Subsystem for Linux failed (installing a distribution, creating its user, starting it): the HRESULT it prints is WSL's own error, read in WSL's troubleshooting, not a Remote Desktop connection's.",
    source:
      'Microsoft Learn "Troubleshooting Windows Subsystem for Linux" (https://learn.microsoft.com/en-us/windows/wsl/troubleshooting: installation errors printed as "Error: 0x…") and "Set up a WSL development environment" (the UNIX user account created at first start)',
  },
  {
    id: 'entra-token-request',
    name: "a program's token request to Microsoft Entra ID (OAuth 2.0 token endpoint)",
    // The token endpoint's JSON error ("error": "invalid_grant", "error_description": "AADSTS…"), its URL, the
    // resource-owner password grant's parameters, or AADSTS70002 (the endpoint's "Error validating credentials"): a
    // script, CLI or app asking for a token with a password, never the Remote Desktop client's interactive sign-in.
    words: /\binvalid_grant\b|\/oauth2(?:\/v2\.0)?\/token\b|\bgrant_type\b|\baadsts70002\b|\bget token request\b/i,
    overSentences: /\baadsts\d{4,8}\b/i,
    overSentencesNamed: true,
    meaning:
      "A program asked Microsoft Entra ID for a token with a user name and password (the OAuth 2.0 token endpoint, often the resource owner password grant of a script, a CLI or an app) and was refused: the AADSTS code is Entra's reason, read in the sign-in logs of that app; it is not a Remote Desktop connection's sign-in.",
    source:
      'Microsoft Learn "Microsoft identity platform and OAuth 2.0 Resource Owner Password Credentials" (https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth-ropc: the token endpoint\'s error response, "invalid_grant") and "Microsoft Entra authentication and authorization error codes" (AADSTS50126, AADSTS70002)',
  },
  // Other remote-access products and Windows' own services whose errors carry numbers of their own (issue 60).
  {
    id: 'citrix',
    quotedCodesOnly: true,
    name: 'a Citrix client (Citrix Workspace app / Receiver: ICA/HDX)',
    // Its dialog's title at a line's start ("Citrix Workspace:") or its own error sentence; never the name in passing
    // ("Citrix works, but …"); its "The connection (to "…") failed with status (1030)", a status in parentheses no
    // Remote Desktop client prints. The ICA Client Object's pair of errors as programs driving it print them ("Last client
    // error:1110=>…, Last error:70=>…": GetLastClientError, GetLastError), its numbers Citrix's.
    words:
      /(?:^|\n)[ \t]{0,8}citrix(?: workspace(?: app)?| receiver)?[ \t]{0,4}(?::|\r?\n)|\bcannot connect to the citrix (?:xenapp |xendesktop )?server\b|\bica ?client(?:adapter)?\b|\bwfica(?:32)?\.exe\b|\blast client error ?: ?\d{1,10} ?=>|\bthe connection (?:to [^\n]{1,120}? )?failed with status \(\d{1,5}\)/i,
    meaning:
      "A Citrix connection failed: Citrix Workspace app (formerly Receiver) speaks ICA/HDX to a Citrix VDA (TCP 1494, or 2598 with session reliability) through StoreFront or a Citrix Gateway; its error numbers are Citrix's own, not Remote Desktop's. Citrix's documentation and the Workspace app's logs apply.",
    source:
      'Citrix documentation "Citrix Workspace app for Windows" (https://docs.citrix.com/en-us/citrix-workspace-app-for-windows) and "Communication Ports Used by Citrix Technologies" (CTX101810: ICA 1494, session reliability 2598); the ICA client\'s own names in a log (wfica32.exe; BlazeMeter\'s Citrix plugin logging "ICAClientAdapter: ConnectFailed" and the ICA Client Object\'s GetLastClientError and GetLastError, "Last client error:1110=>Unknown client error 1110, Last error:70=>Error connecting to server", https://github.com/Blazemeter/CitrixPlugin/issues/36); its own error sentence "The connection to "ApplicationName" failed with status (1030)" (Citrix Receiver for Windows, https://blog.ollischer.com/citrix-receiver-for-windows-the-connection-to-failed-with-status-1030)',
  },
  {
    id: 'vmware-horizon',
    quotedCodesOnly: true,
    name: 'a VMware Horizon client (Blast Extreme or PCoIP)',
    // Its dialog's title at a line's start ("VMware Horizon Client:", "VMware Horizon:"), never the name in passing; with RDP named, the
    // paste is about a Remote Desktop connection.
    words:
      /(?:^|\n)[ \t]{0,8}(?:(?:vmware|omnissa) )?horizon client[ \t]{0,4}(?::|\r?\n)|(?:^|\n)[ \t]{0,8}(?:vmware|omnissa) horizon[ \t]{0,4}(?::|\r?\n)/i,
    meaning:
      "A VMware Horizon connection failed: Horizon Client reaches its desktops through a Connection Server with its own display protocols (Blast Extreme, PCoIP); its errors are Horizon's (the Connection Server's certificate, the user's entitlement, the agent on the desktop), not a Remote Desktop connection's.",
    source:
      'VMware Horizon Client documentation ("Connect to a Remote Desktop or Application": if Horizon Client cannot connect, check the Connection Server\'s SSL setting and certificate, the tags and the user\'s entitlement; the display protocols Blast Extreme, PCoIP, RDP)',
  },
  {
    id: 'teamviewer',
    quotedCodesOnly: true,
    name: 'TeamViewer',
    // Its dialog's title at a line's start ("TeamViewer:") or its log file's name (TeamViewer15_Logfile.log), never
    // the name in passing ("TeamViewer works, but …").
    words:
      /(?:^|\n)[ \t]{0,8}teamviewer(?: \d{1,2})?[ \t]{0,4}(?::|\r?\n)|\bteamviewer\d{0,2}_logfile(?:_old)?\.log\b/i,
    meaning:
      "A TeamViewer session failed: TeamViewer connects both devices through its own routers (TCP 5938, or 443 and 80), with its own IDs, passwords and error texts; its errors and its log file's Windows socket numbers are TeamViewer's connection, not a Remote Desktop connection's.",
    source:
      'TeamViewer knowledge base "Which ports are used by TeamViewer?" (https://www.teamviewer.com/en/global/support/knowledge-base/teamviewer-classic/troubleshooting/which-ports-are-used-by-teamviewer/: TCP 5938, 443, 80) and its log files (TeamViewer15_Logfile.log)',
  },
  {
    id: 'windows-update',
    quotedCodesOnly: true,
    name: 'Windows Update',
    // The update's own line with its HRESULT (0x8…), or its own failure sentences: never "since the last update" alone.
    words:
      /\b(?:windows update|cumulative update|feature update|security update|servicing stack update)\b[^\n]{0,200}?\berror(?: code)?:? ?0x8[0-9a-f]{7}\b|\bfailed to install the following update with error\b|\bthere were (?:some )?problems installing (?:some )?updates\b/i,
    meaning:
      "Installing a Windows update failed: its 0x8… number is Windows Update's result (its WU_E_* codes, or a Windows error the installer met), read in Windows Update's error reference and its log (Get-WindowsUpdateLog), not a Remote Desktop connection's.",
    source:
      'Microsoft Learn "Windows Update common errors and mitigation" and "Windows Update error codes by component" (https://learn.microsoft.com/en-us/troubleshoot/windows-client/installing-updates-features-roles/windows-update-error-codes-by-component); Windows Update event 20 ("Installation Failure: Windows failed to install the following update with error …")',
  },
  {
    id: 'windows-activation',
    quotedCodesOnly: true,
    name: 'Windows or Office activation (the Software Licensing Service, KMS)',
    words: /\bsoftware licensing service\b|\bkey management service\b|\bslmgr(?:\.vbs)?\b|\bospp\.vbs\b/i,
    meaning:
      "Activating Windows or Office failed: its 0xC004… numbers are the Software Licensing Service's (a KMS host that cannot be reached, a key that does not fit), read in Microsoft's activation error reference, not a Remote Desktop connection's (Remote Desktop licensing has its own license servers and messages).",
    source:
      'Microsoft Learn "Troubleshoot Windows activation error codes" (https://learn.microsoft.com/en-us/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes: 0xC004F074 "The Software Licensing Service reported that the computer could not be activated. No Key Management Service (KMS) could be contacted")',
  },
  {
    id: 'windows-vpn',
    quotedCodesOnly: true,
    name: "Windows' VPN client (Remote Access: its RAS errors 600–899)",
    // Its own error form ("Error 691:", "Error 809:") beside the words VPN or remote access server.
    words:
      /\berror [678]\d\d ?:[\s\S]{0,300}?\b(?:vpn|remote access server)\b|\b(?:vpn|remote access server)\b[\s\S]{0,300}?\berror [678]\d\d ?:/i,
    meaning:
      "A VPN connection of Windows' own client failed: its numbers (691 authentication, 800 and 809 no tunnel or no answer from the VPN server) are Remote Access (RAS) errors, read in the VPN's troubleshooting and its server's (RRAS, NPS) logs, not a Remote Desktop connection's.",
    source:
      'Microsoft Learn "Troubleshoot Always On VPN" (https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/troubleshoot-always-on-vpn: error codes 800, 809, 691) and the Remote Access error constants (ras.h / raserror.h: ERROR_AUTHENTICATION_FAILURE 691, ERROR_AUTOMATIC_VPN_FAILED 800)',
  },
  {
    id: 'network-access-8021x',
    name: 'a Wi-Fi or wired network sign-in (IEEE 802.1X) that Network Policy Server answered',
    // The NPS event's own NAS port type: an 802.1X switch or access point sends Ethernet or Wireless - IEEE 802.11;
    // an RD Gateway is neither. Its Reason lines are then that network sign-in's (round 36).
    words: NAS_PORT_8021X,
    overSentences: NAS_PORT_8021X,
    // NPS's reason rows carry their numbers (`numbers`): read as output, where only a named product's line holds them.
    overSentencesNamed: true,
    meaning:
      "Network Policy Server answered a network sign-in of a wireless access point or a switch (IEEE 802.1X: the event's NAS Port-Type is Wireless - IEEE 802.11 or Ethernet), not an RD Gateway's request: its reason is that device's and that network policy's (the certificate of PEAP or EAP-TLS, the user's or computer's group, the policy's conditions), not a Remote Desktop connection's.",
    source:
      'RFC 3580 "IEEE 802.1X RADIUS Usage Guidelines" §3.20 (NAS-Port-Type: 15 Ethernet, 19 Wireless - IEEE 802.11, https://www.rfc-editor.org/rfc/rfc3580) and RFC 2865 §5.41 (NAS-Port-Type); Microsoft Learn "Event ID 6273 — NPS Authentication Status" (its NAS Port-Type line, https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc735399(v=ws.10))',
  },
  {
    id: 'remote-access-products',
    quotedCodesOnly: true,
    name: 'another remote-access product (NoMachine, Splashtop, RustDesk, a VNC viewer or server such as noVNC, Parsec)',
    // Their dialogs' titles at a line's start ("NoMachine:", "Splashtop Business:"), never a name in passing; Chrome
    // Remote Desktop names Remote Desktop in its own name, so it is not here.
    // Round 25 (r25-s19w): noVNC's WebSocket close line ("Server disconnected (code: 1006)": its three texts with the
    // socket's four-digit close code), never a bare "(code: …)".
    words:
      /(?:^|\n)[ \t]{0,8}(?:nomachine|splashtop(?: business| personal)?|rustdesk|(?:real|tight|ultra|tiger|turbo)vnc(?: viewer| server| connect)?|vnc (?:viewer|server)|parsec)[ \t]{0,4}(?::|\r?\n)|\b(?:real|tight|ultra|tiger|turbo)vnc viewer \d{2}-bit\b|\brfb protocol version\b|\b(?:server disconnected|vnc disconnected|failed to connect to server) \(code: \d{4}\b/i,
    meaning:
      "Another remote-access product's connection failed: each has its own protocol (NX, VNC's RFB, its own relay servers), ports and error numbers, not Remote Desktop's; its documentation and logs apply.",
    source:
      'NoMachine knowledge base (NX protocol, TCP 4000), Splashtop and RustDesk support pages (their own relay servers), RealVNC Connect documentation (RFB, TCP 5900): each product\'s own connection errors; a VNC viewer\'s log by its banner and VNC\'s own protocol ("TigerVNC Viewer 64-bit v1.12.0", "CConnection: Server supports RFB protocol version 3.8", https://github.com/TigerVNC/tigervnc/issues/1644); noVNC\'s close of its WebSocket (core/rfb.js: "Server disconnected", "VNC disconnected", "Failed to connect to server" with " (code: " and the close code, RFC 6455\'s 1006 a connection closed abnormally; https://github.com/novnc/noVNC/issues/318)',
  },
  {
    id: 'remote-control-named',
    name: 'another remote-control or input-sharing product (RustDesk, AnyDesk, NoMachine, Splashtop, a VNC viewer, Synergy, Barrier, Input Leap)',
    // Their names anywhere in a paste that names nothing of Remote Desktop ("While opening TigerVNC, unable to connect
    // to socket: Connection refused(10061)"; Synergy's log "stopping synergy desktop process"); a Remote Desktop dialog
    // beside the name ("AnyDesk works, but: This computer can't connect to the remote computer") stays Remote
    // Desktop's (`unless`, the near miss).
    // ToDesk and Sunlogin (向日葵) in Chinese text: their own dialogs say "远程PC"/"远程电脑" too.
    words:
      /\b(?:rustdesk|anydesk|nomachine|splashtop|todesk|sunlogin|(?:real|tight|ultra|tiger|turbo)vnc|synergy(?:[cs](?:\.exe)?| (?:client|server|service|desktop process))|barrier[cs]|input ?leap)\b|向日葵/i,
    unless: /remote ?(?:computer|pc|session)|\b(?:extended )?error code: ?0x[0-9a-f]{1,4}\b/i,
    meaning:
      "Another remote-control or keyboard-and-mouse sharing product's connection failed: each has its own protocol, port (VNC 5900, Synergy 24800, RustDesk's relay 21115–21119, AnyDesk 7070) and error texts, and the Windows socket error it quotes is about its own connection, not a Remote Desktop connection's; its documentation and log apply.",
    source:
      'TigerVNC (network/TcpSocket.cxx: "unable to connect to socket", https://github.com/TigerVNC/tigervnc/issues/117), RustDesk\'s self-host ports (https://rustdesk.com/docs/en/self-host/), AnyDesk\'s "Firewall settings" (TCP 80, 443, 6568, 7070), ToDesk (todesk.com) and Oray\'s Sunlogin, 向日葵 (sunlogin.oray.com), China\'s remote-control products, Synergy\'s client log (port 24800, "stopping synergy desktop process", https://pastebin.com/8HxhUDV8), Barrier and Input Leap (Synergy\'s forks, barrierc / barriers)',
  },
  {
    id: 'vpn-clients',
    quotedCodesOnly: true,
    name: 'a VPN client (Cisco AnyConnect / Secure Client, GlobalProtect, FortiClient, Pulse / Ivanti Secure Access, OpenVPN, WireGuard, SonicWall NetExtender)',
    // The products by their names, or the words that the VPN itself would not connect ("Cannot connect to VPN, error
    // code = 10054"): their sign-in and tunnel errors quote Windows' SSPI and socket codes (OpenVPN's "read UDP: Unknown
    // error (code=10054)") that Remote Desktop's dialogs and logs also show.
    words:
      /\b(?:anyconnect|cisco secure client|globalprotect|forticlient|pulse secure|ivanti secure access|openvpn|wireguard|netextender)\b|\b(?:can(?:not|'t)|unable to|failed to|fails to) connect to (?:the |my |our )?vpn\b/i,
    // A Remote Desktop dialog through the VPN ("This computer can't connect to the remote computer", its four-digit
    // "Error code: 0x904") is Remote Desktop's: the tunnel was up.
    unless: /remote ?(?:computer|pc|session)|\b(?:extended )?error code: ?0x[0-9a-f]{1,4}\b/i,
    meaning:
      "A VPN client's own sign-in or tunnel failed: its errors (and the Windows codes it quotes) are that VPN's, read in its own logs and its gateway's, not a Remote Desktop connection's. A Remote Desktop connection through the VPN is tried only once the tunnel is up.",
    source:
      "The vendors' client guides: Cisco AnyConnect Secure Mobility Client (https://www.cisco.com/c/en/us/support/security/anyconnect-secure-mobility-client-v4-x/products-user-guide-list.html), Palo Alto Networks GlobalProtect, Fortinet FortiClient, Ivanti (Pulse) Secure Access, OpenVPN, WireGuard and SonicWall NetExtender documentation (each client's own connection and sign-in errors)",
  },
  {
    id: 'chrome-remote-desktop',
    quotedCodesOnly: true,
    name: "Chrome Remote Desktop (Google's remote access, its host service)",
    // Its name, its host's service and process names: "Remote Desktop" in its own name names Google's product, not
    // Microsoft's (otherSubsystemOf reads the paste without it).
    words: /\bchrome remote desktop\b|\bchromoting\b|\bremoting_host(?:\.exe)?\b/i,
    meaning:
      "A Chrome Remote Desktop connection or its host service failed: Google's product, with its own host service, relay servers and error codes, not Microsoft's Remote Desktop; its help pages and the host's log apply.",
    source:
      'Google Chrome Remote Desktop Help ("Access another computer with Chrome Remote Desktop", https://support.google.com/chrome/answer/1649523: the host service and its troubleshooting)',
  },
  {
    // Round 32 (h64a): Visual Studio's remote debugger says in its own words, in every language its docs are
    // translated to, that it "cannot connect to the remote computer" ("Visual Studio デバッガーは、リモート コンピューター
    // に接続できません", "Отладчику Visual Studio не удается подключиться к удаленному компьютеру"): the remote computer
    // is the debugger's, not Remote Desktop's. Named by Visual Studio with its debugger's word in the pages' languages,
    // or its monitor's name.
    id: 'visual-studio-debugger',
    quotedCodesOnly: true,
    overSentences:
      /\bmsvsmon(?:\.exe)?\b|\bremote debugging monitor\b|\bvisual studio\b[^\n]{0,60}?(?:debugg|デバッ|디버|отладч|调试|偵錯|depura|débog)|(?:debugg|デバッ|디버|отладч|调试|偵錯|depura|débog)[^\n]{0,60}?\bvisual studio\b/iu,
    name: "Visual Studio's remote debugger",
    words:
      /\bmsvsmon(?:\.exe)?\b|\bremote debugging monitor\b|\bvisual studio\b[^\n]{0,60}?(?:debugg|デバッ|디버|отладч|调试|偵錯|depura|débog)|(?:debugg|デバッ|디버|отладч|调试|偵錯|depura|débog)[^\n]{0,60}?\bvisual studio\b/iu,
    meaning:
      "Visual Studio's remote debugger could not reach its monitor (msvsmon) on the remote computer: its own authentication, ports and the remote debugging monitor's settings apply, not a Remote Desktop connection's.",
    source:
      'Microsoft Learn "Error: RPC requires authentication" and "Remote debugger errors and troubleshooting" (https://learn.microsoft.com/en-us/visualstudio/debugger/error-rpc-requires-authentication: "The Visual Studio debugger cannot connect to the remote computer"), in ja-jp, ko-kr, ru-ru and it-it as Microsoft\'s localized Visual Studio docs word it (public code index files 45842230312, 41305993679, 15020657459)',
  },
  {
    id: 'remote-assistance',
    quotedCodesOnly: true,
    name: 'Windows Remote Assistance or Quick Assist',
    // Their names and Remote Assistance's program (msra.exe): help offered or asked for, not a Remote Desktop sign-in.
    words: /\bquick assist\b|\bremote assistance\b|\bmsra(?:\.exe)?\b/i,
    meaning:
      "A Remote Assistance invitation or offer, or a Quick Assist session, failed: they share the user's own session with a helper (Quick Assist through Microsoft's web service), with their own requirements and errors, not a Remote Desktop connection's sign-in.",
    source:
      'Microsoft Learn "Use Quick Assist to help users" (https://learn.microsoft.com/en-us/windows/client-management/client-tools/quick-assist: its network endpoints) and MS-RA, the Remote Assistance protocol (its own error codes, 2.2.6)',
  },
  {
    id: 'ldap-bind',
    quotedCodesOnly: true,
    name: 'an LDAP bind to a domain controller',
    // The directory's own error line ("LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e").
    words: /\bldap(?:err|s)?\b|\bdsid-[0-9a-f]{8}\b/i,
    meaning:
      "An application's LDAP bind to the directory failed: the domain controller's LdapErr line gives the reason in its \"data\" field (52e a wrong password, 775 a locked account, 532 an expired password); the HRESULT before it is the bind's SSPI result, not a Remote Desktop connection's.",
    source:
      'Microsoft Learn "LDAP bind errors" / Active Directory error 49 ("80090308: LdapErr: DSID-…, comment: AcceptSecurityContext error, data 52e"; its data values 525, 52e, 530, 531, 532, 533, 701, 773, 775)',
  },
  {
    id: 'printer-connection',
    quotedCodesOnly: true,
    name: "a printer connection (Windows' Add Printer / print spooler)",
    // The printer dialogs' own sentences, never "printer" in passing (a redirected printer in a session).
    words:
      /\bwindows cannot connect to the printer\b|\bdouble check the printer name\b|\bprint spooler\b|\bspoolsv(?:\.exe)?\b/i,
    meaning:
      "Connecting to a shared printer failed: its numbers (0x0000011b, 0x00000709, 0x0000007e) are the print spooler's and the printer's, answered by Microsoft's printing troubleshooting, not a Remote Desktop connection's.",
    source:
      'Microsoft Learn "Troubleshoot printing errors" (Windows cannot connect to the printer: 0x0000011b after the print spooler\'s RPC authentication hardening, KB5005565; "Operation could not be completed (error 0x00000709). Double check the printer name…")',
  },
  {
    id: 'database-sign-in',
    quotedCodesOnly: true,
    name: "a database server's sign-in (SQL Server, MySQL, Oracle, PostgreSQL)",
    // Their own error forms: MySQL's "ERROR 1045 (28000):", Oracle's ORA-nnnnn, psql's lines; SQL Server's "Login
    // failed for user '…'." with what only it prints beside it (its "Reason:", "[CLIENT: …]", its product name, its
    // 18456): xrdp's own "login failed for user jdoe" has none of them and keeps its reading (the near miss).
    words: new RegExp(
      String.raw`\berror \d{4} \([0-9a-z]{5}\):|\baccess denied for user '[^'\n]{0,64}'@|\bora-\d{5}\b|\bpsql: error\b|\bpassword authentication failed for user\b|\blogin failed for user '[^'\n]{0,128}'\.? {0,4}(?:reason:|\[client:|\(microsoft sql server)|\bmicrosoft sql server\b|\b(?:error|msg):? ?18456\b|\bsql server errorlog\b|${SQL_CLIENT_NETWORK.source}`,
      'i',
    ),
    // SQL Server's client prints its network layer's failure after the provider's name ("SSL Provider: The Local
    // Security Authority cannot be contacted", r29-h60w; "TCP Provider: An existing connection was forcibly closed by
    // the remote host", "(provider: Named Pipes Provider, error: 40 - …)") and sqlcmd its error number above it
    // ("HResult 0x2746, Level 16, State 1"): a Windows message inside them is the database connection's.
    overSentences: new RegExp(
      String.raw`\blogin failed for user '[^'\n]{0,128}'\.? {0,4}(?:reason:|\[client:|\(microsoft sql server)|${SQL_CLIENT_NETWORK.source}`,
      'i',
    ),
    meaning:
      "A database server refused a sign-in or a connection: its numbers (MySQL's 1045, Oracle's ORA- codes, PostgreSQL's) are that server's own, read in its error reference and log, not a Remote Desktop connection's.",
    source:
      'Microsoft Learn "MSSQLSERVER_18456" (https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/mssqlserver-18456-database-engine-error: "Login failed for user \'<user_name>\'." with its "Reason: …" and "[CLIENT: …]" in the error log, "(Microsoft SQL Server, Error: 18456)" in the client); MySQL Reference Manual "Server Error Message Reference" (ER_ACCESS_DENIED_ERROR 1045, SQLSTATE 28000), Oracle "Database Error Messages" (ORA-01017, ORA-12541), PostgreSQL documentation "Client Authentication" ("password authentication failed for user"); SQL Server\'s own error log by its name ("This error is seen in the SQL Server ERRORLOG file", https://github.com/microsoft/CSS_SQL_Networking_Tools/issues/89); Microsoft Learn "Intermittent connection errors occur with SQLCMD utility" (sqlcmd\'s "HResult 0x2746, Level 16, State 1" above its driver\'s "TCP Provider: An existing connection was forcibly closed by the remote host.", https://learn.microsoft.com/en-us/troubleshoot/sql/database-engine/connect/intermittent-connection-errors-sqlcmd)',
  },
  {
    id: 'program-socket-call',
    quotedCodesOnly: true,
    name: "a program's own network call (its Python, .NET, Java, Go or Rust exception)",
    // The runtime's exception or error line around a Windows Sockets error, or a .NET stack trace through its own TLS
    // (SslStream's SecureChannel calling SSPI: the program's TLS, its SEC_E_ message that program's); a paste naming
    // port 3389 stays Remote Desktop's (`unless`). Rust's I/O error ends in "(os error N)". .NET prints a Windows
    // error it wraps as "Win32Exception (0x80090302): <the system's message>" (the exception's type, its HResult, its
    // text, in the user's language): the program's own call, its TLS or its process start (round 30).
    words:
      /\bcurl: \(\d{1,3}\) |\b(?:connectionrefusederror|connectionreseterror|connectionabortederror)\b|\[winerror \d{1,5}\]|\bsystem\.net\.(?:sockets\.socketexception|http\.httprequestexception|webexception)\b|\bat system\.net\.(?:sspiwrapper|security\.(?:securechannel|sslstate|sslstream))\.|\bjava\.net\.\w{1,40}exception\b|\bjavax\.net\.ssl\.\w{1,40}exception\b|\bwin32exception \(0x[0-9a-f]{8}\)|\bdial tcp \S{1,200}?:\d{1,5}: connectex:|\bos error \d{1,5}\b/i,
    // IronRDP, a Remote Desktop client written in Rust (rust-io-errors.ts), prints Rust's I/O errors too: its own.
    unless: /\b3389\b|\bironrdp/i,
    // curl's own error line ("curl: (35) schannel: … SEC_E_INTERNAL_ERROR (0x80090304) - The Local Security Authority
    // cannot be contacted", r29-h60w): the SSPI text in it is curl's TLS to a web server, not NLA's.
    overSentences: /\bcurl: \(\d{1,3}\) /i,
    meaning:
      "A program's own network call failed: the Windows Sockets error (10060 no answer, 10061 refused, 10054 reset) is about the address and port that program connected to, not a Remote Desktop connection; the number means what Windows Sockets says.",
    source:
      'Microsoft Learn "Windows Sockets Error Codes" (WSAETIMEDOUT 10060, WSAECONNREFUSED 10061, WSAECONNRESET 10054), as Python (ConnectionRefusedError, [WinError n]), .NET (System.Net.Sockets.SocketException) Go (dial tcp …: connectex:) and Rust (std::io::Error: "… (os error 10054)", as RustDesk prints it, https://github.com/rustdesk/rustdesk/issues/379) report them; Oracle "Java Secure Socket Extension (JSSE) Reference Guide" (javax.net.ssl.SSLHandshakeException: a Java program\'s own TLS handshake, its alert named as TLS names it); Microsoft Learn "SslStream Class" (System.Net.Security: a .NET program\'s own TLS client, its SSPI errors in its stack trace, e.g. https://github.com/Redth/PushSharp/issues/143); Microsoft Learn "Win32Exception Class" (System.ComponentModel, https://learn.microsoft.com/en-us/dotnet/api/system.componentmodel.win32exception: the Win32 error a .NET call returned, printed with its HResult, as a Steam tool\'s reverse proxy prints "System.ComponentModel.Win32Exception (0x80090302): 要求的函数不受支持", https://github.com/BeyondDimension/SteamTools/issues/1834)',
  },
  {
    id: 'license-manager',
    quotedCodesOnly: true,
    name: "a FlexNet (FLEXlm) license server (another program's licenses: lmgrd and its vendor daemon)",
    // Its own error form ("FLEXnet Licensing error:-15,10") and its daemon's name: never "license server" alone, which
    // Remote Desktop's licensing uses too (the near miss).
    words: /\bflex(?:net|lm) licensing error\b|\blmgrd\b|\bflexlm\b/i,
    meaning:
      "A program's licence check against its FlexNet license server failed (its own error numbers, -15 the server not reached, and the Windows Sockets error it met): that server serves the program's licences (TCP 27000–27009), not Remote Desktop's client access licences.",
    source:
      'Autodesk Support "FLEXnet Licensing error:-15,10. System Error: 10061 \'WinSock: Connection refused\'" (https://www.autodesk.com/support/technical/article/caas/sfdcarticles/sfdcarticles/FLEXnet-Licensing-error-15-10-10061.html: the network license server, lmgrd, not reached) and Revenera FlexNet Publisher "License Administration Guide" (lmgrd, its vendor daemons, ports 27000–27009)',
  },
  {
    id: 'file-copy',
    name: 'a file copy (robocopy)',
    // robocopy's error line: "ERROR 5 (0x00000005) Accessing Source Directory …", its Win32 error in both forms.
    words:
      /\brobocopy\b|\berror \d{1,5} \(0x[0-9a-f]{8}\) (?:accessing|copying|creating|scanning|deleting|changing|retrieving|opening)\b/i,
    meaning:
      "A file copy failed on a path (robocopy's line names what it was doing and the Win32 error, 5 being access denied): the error is about that file or folder and the account robocopy runs as, not a Remote Desktop connection.",
    source:
      'Microsoft Learn "robocopy" (Windows commands: its log and exit codes) and "System Error Codes (0-499)" (the Win32 error robocopy prints in decimal and hex)',
  },
  {
    id: 'program-start',
    name: "a program's own start (its DLLs loading)",
    // Windows' dialog for a program that cannot start, and a DLL that does not load: 0x8007007E (module not found) and
    // 0xC000007B there are that program's, not a Remote Desktop connection's.
    words:
      /\b(?:application|program) (?:was unable to start correctly|failed to start|could not be started)\b|\bloadlibrary(?:ex)?[aw]? failed\b|\b(?:error loading|failed to load|cannot load|could not load)\b[^\n]{0,80}?\.dll\b/i,
    meaning:
      "A program could not start or load one of its DLLs (0x8007007E: the module was not found; 0xC000007B: a 32/64-bit mismatch): the error is that program's installation, not a Remote Desktop connection. Repair or reinstall the program, or its runtime (Visual C++ redistributables).",
    source:
      'Microsoft Learn "System Error Codes (0-499)" (ERROR_MOD_NOT_FOUND, 126, as HRESULT 0x8007007E) and the LoadLibrary documentation (its failure sets that error); NTSTATUS STATUS_INVALID_IMAGE_FORMAT 0xC000007B (MS-ERREF 2.3)',
  },
  {
    id: 'peer-protocol',
    quotedCodesOnly: true,
    name: "another protocol's own disconnect reason (MQTT, Ethereum's RLPx, WhatsApp Web)",
    // Their words for a disconnect with its reason number (MQTT 5's DISCONNECT reason 4, RLPx's reason 4, WhatsApp's
    // 440): the number is that protocol's, never the Remote Desktop client's disconnect reason (r29-h60w).
    words: /\bmqtt ?[35]?\b|\brlpx\b|\bdevp2p\b|\bgo-ethereum\b|\bwhatsapp\b|\bbaileys\b/i,
    unless: /\b3389\b|\brdp\b|remote desktop|mstsc/i,
    meaning:
      "Another protocol ended a connection and gave its own reason number (MQTT 5's reason codes, 4 being a disconnect with the will message; RLPx's, 4 being too many peers; WhatsApp Web's status codes): read it in that protocol's reference, not as a Remote Desktop disconnect reason.",
    source:
      'OASIS "MQTT Version 5.0" 3.14.2.1 Disconnect Reason Code (0x04 Disconnect with Will Message); the devp2p "RLPx Transport Protocol" specification, Disconnect (reason 0x04: too many peers); the Baileys WhatsApp Web library\'s DisconnectReason (440 connectionReplaced)',
  },
  {
    id: 'name-lookup',
    quotedCodesOnly: true,
    name: "a program's own name lookup (its resolver's error number)",
    // "name resolution failed with error 8", "failed to resolve host …, error 11": the resolver's own number (a
    // getaddrinfo EAI_ value, a game-streaming or chat client's), never a Remote Desktop dialog code.
    words:
      /\b(?:name resolution|host ?name resolution|dns (?:lookup|resolution)|resolving (?:the )?host(?: ?name)?) failed(?: with)?,? (?:error|code) ?[:#]? ?-?\d{1,5}\b|\bfailed to resolve\b[^\n]{0,80}?\b(?:error|code) ?[:#]? ?-?\d{1,5}\b|\berror ?-?\d{1,5} ?: ?(?:name resolution|host ?name resolution|dns (?:lookup|resolution)) failed\b/i,
    unless: /\b3389\b/,
    meaning:
      "A program's own lookup of a host name failed, and the number is that program's or its resolver's (getaddrinfo's EAI_ values, a streaming or chat client's own codes), not a Remote Desktop dialog code: nothing in the text names Remote Desktop. Check the name the program looks up (nslookup, Resolve-DnsName) and that program's own documentation of its error.",
    source:
      'POSIX getaddrinfo and gai_strerror (man7.org "getaddrinfo(3)": the EAI_ error numbers differ between systems); other programs\' name-lookup errors quoted with their own numbers, e.g. https://github.com/moonlight-stream/moonlight-ios/issues/228 (Moonlight game streaming)',
  },
  // Other programs' own log shapes (other-product-shapes.ts, round 29).
  ...OTHER_PRODUCT_SHAPES,
  // Another program's TLS, told by the process Schannel names or the port s_client tested (round 31).
  ...OTHER_PRODUCT_SHAPES_H62D,
];

/** "The remote computer" and "the remote PC" as the dialogs say them in Japanese, Chinese and Korean (both lists below). */
const REMOTE_MACHINE_CJK =
  'リモート ?コンピューター|远程计算机|遠端電腦|원격 ?컴퓨터|远程 ?pc|遠端 ?pc|リモート ?pc|원격 ?pc';

/**
 * Words that name Remote Desktop in a paste (the client, the server roles, CredSSP and NLA; the product's name in the
 * languages the paste reader reads, as their Microsoft pages word it: "Uzak Masaüstü", "vzdálená plocha" / "vzdálené
 * ploše", "fjärrskrivbord", "Távoli asztal", "원격 데스크톱", "遠端桌面"; Polish "pulpit zdalny" and its genitive in Windows'
 * own "Podłączanie pulpitu zdalnego"; Portugal's "ambiente de trabalho remoto", Danish "Fjernskrivebord", Finnish
 * "Etätyöpöytä", Croatian "udaljena radna površina" / "udaljene radne površine" as the 2016 localized "specific RDP
 * error messages" word them (localized-specific-2016.ts); "the remote computer" as the localized dialogs
 * of localized.ts name it, and "the remote PC" as the Windows App's do in Chinese, Japanese and Korean, as English
 * "remote pc" is read): with any of them the paste is about a Remote Desktop connection. Also what tells a phrase
 * every program shows (sentences.ts `phrase`) as Remote Desktop's, and what an approximate reading of a dialog that
 * names Remote Desktop needs in the paste (sentences.ts `nearestLocalizedSentence`).
 */
export const REMOTE_DESKTOP_WORDS = new RegExp(
  `${/remote ?desktop|\brdp\b|mstsc|terminal ?serv|session ?host|credssp|network level authentication|\bnla\b|remote (?:computer|pc|session)|windows app\b|virtual desktop|\bavd\b|cloud pc|windows 365|\brd ?gateway|remoteapp|remotedesktop|bureau à distance|escritorio remoto|desktop remoto|área de trabalho remota|area de trabalho remota|pulpitu? zdaln|ambiente de trabalho remoto|fjernskrivebord|et[äa]ty[öo]p[öo]y|udaljen[ae] radn[ae] povr[šs]in|extern bureaublad|リモート ?デスクトップ|远程桌面|遠端桌面|удаленн|удалённ|uzak masa[üu]st[üu]|vzd[áa]len[áéa] plo(?:ch|š|s)|fj[äa]rr ?skrivbord|t[áa]voli asztal|원격 ?데스크톱|remote ?computer|remotecomputer|computer remoto|ordinateur distant|externe computer|komputer(?:em)? zdaln|uzak bilgisayar|vzd[áa]len[ée]mu po[čc][íi]ta[čc]|fj[äa]rrdator|t[áa]voli sz[áa]m[íi]t[óo]g[ée]p/.source}|${REMOTE_MACHINE_CJK}`,
  'i',
);

/** The other subsystem a paste's words name, when none names Remote Desktop. */
export function otherSubsystemOf(text: string): OtherSubsystem | undefined {
  const named = (s: OtherSubsystem) => s.words.test(text) && !s.unless?.test(text);
  // A product whose own name says "Remote Desktop" (Chrome Remote Desktop) names Google's product, not Microsoft's.
  // A subsystem's own use of one of Remote Desktop's words (WinRM's CredSSP) beside its words is that subsystem's.
  const owner = OTHER_SUBSYSTEMS.find((s) => s.owns !== undefined && named(s));
  const own = text.replace(OTHER_PRODUCT_NAMES, ' ').replace(owner?.owns ?? OTHER_PRODUCT_NAMES, ' ');
  if (!REMOTE_DESKTOP_WORDS.test(own)) return OTHER_SUBSYSTEMS.find(named);
  // Another product's own dialog says "the remote computer" too (Splashtop's "Failed to connect to the remote
  // computer"): beside its name, those generic words alone do not make the paste Remote Desktop's.
  if (REMOTE_DESKTOP_WORDS.test(own.replace(GENERIC_REMOTE_WORDS, ' '))) return undefined;
  return OTHER_SUBSYSTEMS.find((s) => s.quotedCodesOnly === true && named(s));
}

/** The subsystem whose own error line holds the paste's sentences (`overSentences`), when none names Remote Desktop. */
export function otherSubsystemOverSentences(text: string): OtherSubsystem | undefined {
  // "The remote computer" alone is every product's word for the other end (GENERIC_REMOTE_WORDS): beside a product's
  // own error line it does not make the paste Remote Desktop's (round 32: Visual Studio's debugger).
  if (REMOTE_DESKTOP_WORDS.test(text.replace(GENERIC_REMOTE_WORDS, ' '))) return undefined;
  return OTHER_SUBSYSTEMS.find(
    (s) => s.overSentences?.test(text) === true && (s.overSentencesNamed !== true || s.words.test(text)),
  );
}

/** Other products whose own names hold the words "Remote Desktop". */
const OTHER_PRODUCT_NAMES = /\bchrome remote desktop\b/gi;

/**
 * The words every remote-access product's dialog uses for the other end ("the remote computer"), in English and as
 * REMOTE_DESKTOP_WORDS holds them in the other languages (round 32: another product's localized text says them too).
 */
const GENERIC_REMOTE_WORDS = new RegExp(
  `${/remote ?(?:computer|pc|session)|remotecomputer|computer remoto|ordinateur distant|externe computer|komputer(?:em)? zdaln\p{L}{0,3}|uzak bilgisayar\p{L}{0,3}/u.source}|${REMOTE_MACHINE_CJK}|${/удал[её]нн\p{L}{0,4} компьютер\p{L}{0,3}/u.source}`,
  'giu',
);
