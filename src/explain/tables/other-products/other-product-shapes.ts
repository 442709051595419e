/**
 * Other programs' own log and message shapes that quote Remote Desktop's codes or words (issue 60, round 29, r29-h60y):
 * an SSH server's log (OpenSSH for Windows' "generate_s4u_user_token: LsaLogonUser() failed … Status: 0xC000006D"),
 * a Kerberos tool's output (kerbrute's "KRB Error: (37) KRB_AP_ERR_SKEW", impacket's "Kerberos SessionError"), a tunnel
 * agent's log (ngrok, cloudflared, frp), a web server's or reverse proxy's error log (nginx), a program's own TLS
 * library ("x509: certificate has expired" of Go, curl's "SSL certificate problem"), and a Windows sign-in of a logon
 * type Remote Desktop never uses (a service's, a batch job's, RunAs's). What tells them apart is which program wrote
 * the paste — its log's form, its names — not the code it quotes: the code keeps its meaning, no Remote Desktop cause
 * is ranked (other-subsystems.ts `otherSubsystemOf`, other-subsystem-answer.ts `inOtherSubsystem`).
 *
 * A product that carries Remote Desktop keeps Remote Desktop's reading when the paste says the RDP leg failed
 * (`unless`): an SSH forward, a tunnel or a proxy whose error names port 3389 is the RDP listener's failure; a paste
 * naming Remote Desktop in words of its own stays Remote Desktop's (REMOTE_DESKTOP_WORDS). A tunnel product's own words
 * for the RDP service it carries ("cloudflared access rdp --hostname rdp.example.com") are its (`owns`), so its own
 * failure (its websocket to the edge) is named as the tunnel's.
 *
 * Each entry is one regular expression without nested quantifiers over the same characters, its repetitions bounded
 * (linear over the paste).
 */

export type OtherProductShapeId =
  | 'openssh-log'
  | 'kerberos-tool'
  | 'tunnel-agent'
  | 'web-proxy-log'
  | 'tls-client-library'
  | 'logon-type-not-remote'
  | 'putty'
  | 'hypervisor-console'
  | 'unix-account-tool'
  | 'mysql-client-tls'
  | 'sip-trunk'
  | 'security-tool-console'
  | 'schannel-other-process'
  | 'openssl-other-port'
  | 'program-schannel-client';

/** An entry of OTHER_SUBSYSTEMS' shape (other-subsystems.ts): the product, its log's words, what an error there means. */
export interface OtherProductShape {
  readonly id: OtherProductShapeId;
  readonly name: string;
  readonly words: RegExp;
  readonly meaning: string;
  readonly source: string;
  readonly quotedCodesOnly?: true;
  readonly unless?: RegExp;
  readonly owns?: RegExp;
  /** The product's own line that holds a Remote Desktop sentence (other-subsystems.ts `overSentences`). */
  readonly overSentences?: RegExp;
}

/**
 * The RDP leg named as what failed: port 3389 on a line with a connection error (a tunnel's or a forward's dial to the
 * RDP listener refused, timed out, reset). Bounded on one line: linear.
 */
const RDP_LEG_FAILED =
  /:3389\b[^\n]{0,200}?\b(?:refused|timed? ?out|timeout|reset|unreachable|no route|connectex|failed)\b|\b(?:refused|timed? ?out|timeout|reset|unreachable|failed)\b[^\n]{0,200}?:3389\b/i;

/**
 * A Unix account tool's own line (su, sudo, login, passwd) or PAM's log of one of them: `pam_unix(su:auth)`. xrdp's
 * sessions go through PAM too (`pam_unix(xrdp-sesman:auth)`): never these words. Bounded: linear.
 */
const UNIX_ACCOUNT_TOOL =
  /(?:^|\n)\s{0,8}(?:su|sudo|login|passwd|chage): (?:authentication failure|permission denied|incorrect password|\d{1,3} incorrect password attempts?|account expired|user [^\n]{1,64} does not exist|authentication token manipulation error)|\bpam_unix\((?:su|su-l|sudo|login|passwd|sshd|cron|systemd-user):(?:auth|account|session|password)\)/i;

/** A 4624/4625 Logon Type (its label, or LogonType in the XML) that Remote Desktop never logs; bounded: linear. */
const LOGON_TYPE_NOT_REMOTE = /\blogon ?type"?\s{0,12}(?::|>|=)\s{0,12}"?(?:2|4|5|8|9|11)(?![\d.])/i;

export const OTHER_PRODUCT_SHAPES: readonly OtherProductShape[] = [
  {
    id: 'openssh-log',
    name: "an SSH server's or client's log (OpenSSH, OpenSSH for Windows)",
    // OpenSSH's own vocabulary: its debug levels beside its functions (the token sshd makes for a user: get_user_token,
    // generate_s4u_user_token, ga_init; privilege separation; the user authentication methods), its SSH-LSA package,
    // its virtual accounts (sshd_1234), its log lines for a key or password ("Failed publickey for … port 5128 ssh2"),
    // its banner exchange and channel forwarding errors. Never "ssh" in passing.
    words:
      /\b(?:generate_s4u_user_token|get_user_token|ga_init|privsep(?:_preauth)?|monitor_child_preauth|input_userauth_request|userauth_(?:pubkey|passwd|finish|request)|ssh2_msg_[a-z_]{3,30}|kex_exchange_identification|ssh_exchange_identification)\b|\bssh-lsa\b|\bsshd_\d{2,10}\b|\[preauth\]|\b(?:failed|accepted) (?:password|publickey|keyboard-interactive(?:\/pam)?|none) for \S{1,64} from \S{1,64} port \d{1,5} ssh2\b|\bconnection timed out during banner exchange\b|\bchannel \d{1,4}: open failed\b|\bremote (?:port )?forward(?:ing)? fail(?:ed|ure)\b/i,
    // An SSH forward whose failing end is the RDP listener ("ssh -L 3389:…", "channel 2: open failed … 3389").
    unless: /\b3389\b/,
    meaning:
      "An SSH server or client failed (TCP 22): OpenSSH for Windows logs the user's token it makes with LsaLogonUser (S4U for key authentication) and its own virtual accounts; an NTSTATUS or an account state it quotes is that SSH sign-in's, read in the SSH server's log (sshd_config, its debug output), not a Remote Desktop connection's.",
    source:
      'OpenSSH for Windows\' sshd debug output as its users quote it (PowerShell/Win32-OpenSSH issues: "debug1: generate_s4u_user_token: LsaLogonUser() failed. User \'…\' Status: 0xC000006D SubStatus 0." https://github.com/PowerShell/Win32-OpenSSH/issues/1703; "SSH-LSA authorization failed … Failed publickey for … port 5128 ssh2" https://github.com/PowerShell/Win32-OpenSSH/issues/1599; the sshd_NNNN virtual account in Security event 4625, https://github.com/PowerShell/Win32-OpenSSH/issues/1482); OpenSSH\'s ssh(1) and sshd(8) manual pages (-v debug levels, privilege separation, port forwarding)',
  },
  {
    id: 'kerberos-tool',
    name: 'a Kerberos tool (kinit, kerbrute, impacket, a Java Kerberos client)',
    // The tools' own error forms: gokrb5's "KRB Error: (37) …" (kerbrute), "KDC_Error: AS Exchange Error", impacket's
    // "Kerberos SessionError" and "GetTGT error", Java's KrbApErrException, kinit's "… while getting initial credentials".
    words:
      /\bkrb error: \(\d{1,3}\)|\bkdc_error\b|\bas exchange error\b|\bkerberos sessionerror\b|\bget(?:tgt|st) error\b|\bkrbaperrexception\b|\bwhile getting initial credentials\b|\bkerbrute\b|\bimpacket v\d/i,
    meaning:
      "A Kerberos tool asked the domain controller's KDC for a ticket itself (kinit, kerbrute, impacket's getTGT/getST, a Java program): its KRB_* error is that request's (KRB_AP_ERR_SKEW: this machine's clock and the KDC's differ by more than the allowed skew, five minutes by default), not a Remote Desktop connection's sign-in.",
    source:
      'kerbrute\'s output quoting gokrb5\'s error ("[Root cause: KDC_Error] KDC_Error: AS Exchange Error: kerberos error response from KDC: KRB Error: (37) KRB_AP_ERR_SKEW Clock skew too great", https://github.com/ropnop/kerbrute/issues/22); impacket\'s "Kerberos SessionError: KRB_AP_ERR_SKEW(Clock skew too great)" (https://github.com/fortra/impacket/issues/2016); MIT Kerberos kinit(1) ("kinit: Clock skew too great while getting initial credentials"); RFC 4120 §7.5.9 (KRB_AP_ERR_SKEW, 37)',
  },
  {
    id: 'tunnel-agent',
    name: "a tunnel agent's log (ngrok, cloudflared, frp)",
    // ngrok's console ("Session Status  reconnecting (…)", ERR_NGROK_nnn), cloudflared's log fields (originURL=,
    // originService=, cfRay=) and its "failed to connect to origin", frp's client and server (frpc, frps, its
    // "[proxy.go:446]" lines). A tunnel to the RDP port whose dial there fails is the RDP listener's (`unless`).
    words:
      /\bsession status\s{1,40}(?:reconnecting|online|offline)\b|\berr_ngrok_\d{2,5}\b|\bngrok\b|\bcloudflared\b|\borigin(?:url|service)=|\bcfray=|\bfailed to connect to origin\b|\bfrp[cs](?:\.exe)?\b|\[(?:proxy|control|service)\.go:\d{1,5}\]/i,
    unless: RDP_LEG_FAILED,
    // The tunnel's own names for the RDP service it carries ("cloudflared access rdp", "rdp://localhost:3389", an
    // rdp.example.com hostname), never "RDP" in a sentence of the user's.
    owns: /\baccess rdp\b|\brdp:\/\/|\brdp\.(?=[a-z0-9-]{1,63}\.)/gi,
    meaning:
      "A tunnel agent's own connection failed (its login to ngrok's service, cloudflared's websocket to Cloudflare's edge, frp's client to its server): the tunnel did not reach its relay, so nothing reached the Remote Desktop listener behind it; the agent's log and its service's documentation apply, not Remote Desktop's causes.",
    source:
      'ngrok\'s agent console ("Session Status  reconnecting (failed to send authentication request: read tcp …: wsarecv: An existing connection was forcibly closed by the remote host.)", https://github.com/ngrok/ngrok/issues/31); cloudflared\'s log ("ERR failed to connect to origin error=\\"websocket: bad handshake\\" originURL=https://…", https://github.com/cloudflare/cloudflared/issues/435, and Cloudflare Zero Trust "Troubleshoot tunnels": websocket: bad handshake); frp\'s README (frpc, frps) and its log lines ("[proxy.go:446] [rdp] connect to local service [127.0.0.1:3389] error")',
  },
  {
    id: 'web-proxy-log',
    name: "a web server's or reverse proxy's error log (nginx)",
    // nginx's error log line: "[error] 10#0: *55 …", its upstream errors; never "proxy" alone. A stream proxy to the
    // RDP port whose upstream fails is the RDP listener's (`unless`).
    words:
      /\[(?:error|crit|alert|emerg|warn)\] \d{1,10}#\d{1,10}: (?:\*\d{1,12} )?|\bupstream timed out\b|\bwhile connecting to upstream\b|\bno live upstreams\b|\bupstream prematurely closed\b/i,
    unless: /\b3389\b/,
    meaning:
      "A web server or reverse proxy (nginx) could not reach the server behind it (its upstream): its error log names the upstream and the request; the number in parentheses is the system's errno (110 timed out, 111 refused), not a Remote Desktop code.",
    source:
      'nginx documentation "Core functionality: error_log" and "ngx_http_upstream_module" (the error log\'s "[level] pid#tid: *connection" form, "upstream timed out (110: Connection timed out) while connecting to upstream"); a forward proxy\'s error log quoting it (https://github.com/chobits/ngx_http_proxy_connect_module/issues/35)',
  },
  {
    id: 'tls-client-library',
    quotedCodesOnly: true,
    name: "a program's own TLS client (Go's crypto/x509, curl, docker, git)",
    // Go's x509 and tls errors as Go programs print them, curl's and git's "SSL certificate problem", docker's pull.
    words:
      /\bx509: (?:certificate|cannot validate|failed to)\b|\btls: failed to verify certificate\b|\bssl certificate problem:|\bcurl: \(\d{1,2}\)|\berror pulling image\b|\bdocker (?:pull|push|login)\b/i,
    unless: /\b3389\b/,
    // Go's error line holds the certificate sentence Remote Desktop's tables also read ("certificate has expired").
    overSentences: /\bx509: certificate\b|\bssl certificate problem:/i,
    meaning:
      "A program's own HTTPS connection refused a server's certificate (expired, not yet valid, from an unknown authority, or the program's own clock or CA bundle out of date): that program's TLS library and the web server it called, not a Remote Desktop listener's certificate.",
    source:
      'Go standard library crypto/x509 (its errors "x509: certificate has expired or is not yet valid: current time … is after …", "x509: certificate signed by unknown authority") as docker prints them (https://github.com/amtoaer/bili-sync/issues/68, an outdated root after Let\'s Encrypt\'s DST Root CA X3 expired on 2021-09-30); curl "SSL certificate problem" (libcurl error 60) as git prints it',
  },
  {
    id: 'putty',
    name: 'PuTTY (an SSH or Telnet client: its own error boxes)',
    // PuTTY's own messages, never its name in passing ("I can reach it with PuTTY, but RDP …" names Remote Desktop).
    words:
      /\bputty (?:fatal error|security alert)\b|\bserver refused our key\b|\bnetwork error: (?:connection (?:refused|timed out|reset by peer)|software caused connection abort)\b|\bno supported authentication methods available\b|\bremote side unexpectedly closed network connection\b/i,
    unless: /\b3389\b/,
    meaning:
      'PuTTY\'s SSH or Telnet connection failed (TCP 22 or 23): "Network error: Connection refused" or "timed out" is about that port on that host, "Server refused our key" and "No supported authentication methods available" are the SSH server\'s authentication; not a Remote Desktop connection\'s.',
    source:
      'PuTTY User Manual, Appendix "Common error messages" (https://the.earth.li/~sgtatham/putty/0.81/htmldoc/AppendixB.html: "Network error: Connection refused", "Network error: Connection timed out", "Network error: Software caused connection abort", "Server refused our key", "No supported authentication methods available", "Remote side unexpectedly closed network connection")',
  },
  {
    id: 'hypervisor-console',
    name: "a hypervisor's own console or management error (VMware Workstation or vSphere's console, VirtualBox's VBoxManage, libvirt's virsh)",
    // Their own error texts; VirtualBox's built-in RDP server (VRDE, VRDP) and Hyper-V's enhanced session are Remote
    // Desktop's (`unless`).
    words:
      /\bunable to connect to the mks\b|\bvmware authorization service\b|\bvmware (?:workstation|player) cannot connect to the virtual machine\b|\bvboxmanage(?:\.exe)?: error:|\bfailed to connect to the hypervisor\b|\bunable to connect to libvirt\b|\bqemu-system-[a-z0-9_]{2,12}: /i,
    unless: /\bvrd[ep]\b|\benhanced session\b|\b3389\b/i,
    meaning:
      "The hypervisor could not open the virtual machine's console or run a management command (VMware's MKS console connection, its Authorization Service, VirtualBox's VBoxManage, libvirt's connection to its daemon): its own service and the host's permissions, not a Remote Desktop connection to the guest.",
    source:
      'VMware Knowledge Base "Unable to connect to the MKS" (the console\'s connection to the host, TCP 902) and VMware Workstation\'s "VMware Workstation cannot connect to the virtual machine. Make sure you have rights to run the program…" (https://darktraining.com/2010/08/23/Vmware-workstation-cannot-connect-to-the-virtual-machine/); VirtualBox manual, chapter VBoxManage (its "VBoxManage: error:" lines); libvirt documentation "virsh" ("error: failed to connect to the hypervisor")',
  },
  {
    id: 'logon-type-not-remote',
    name: 'a Windows sign-in that is not a Remote Desktop logon (its Logon Type: a console, batch, service, network-cleartext, RunAs or cached logon)',
    // The 4624/4625 "Logon Type:" field, and LogonType in the event's XML, holding a type Remote Desktop never logs:
    // 2 interactive (console), 4 batch, 5 service, 8 network cleartext, 9 new credentials (RunAs), 11 cached
    // interactive. Remote Desktop logs 10 (RemoteInteractive), 3 with Network Level Authentication, 7 on a reconnection
    // to a locked session and 12 with cached credentials: those are never read here.
    words: LOGON_TYPE_NOT_REMOTE,
    // The event's description ("An account failed to log on.") is read as that sign-in's, beside its Logon Type.
    overSentences: LOGON_TYPE_NOT_REMOTE,
    meaning:
      "The event is a sign-in of a logon type Remote Desktop never uses (2 a console, 4 a batch job, 5 a service, 8 network cleartext such as IIS basic authentication, 9 RunAs /netonly, 11 cached interactive): its Status and Sub Status are that sign-in's (the service's account, the job's, the console user's), not a Remote Desktop connection's, which logs Logon Type 10, or 3 with Network Level Authentication.",
    source:
      'Microsoft Learn "4625(F): An account failed to log on" and "4624(S): An account was successfully logged on" (windows-itpro-docs event-4625.md / event-4624.md: the Logon Type table, 2 Interactive, 3 Network, 4 Batch, 5 Service, 7 Unlock, 8 NetworkCleartext, 9 NewCredentials, 10 RemoteInteractive, 11 CachedInteractive); a 4625 of type 5 for OpenSSH\'s virtual account (https://github.com/PowerShell/Win32-OpenSSH/issues/1482) and one of type 2 via seclogo (http://eventopedia.cloudapp.net, EventID 4625 Account Lockout)',
  },
  {
    id: 'unix-account-tool',
    name: 'a Unix account tool (su, sudo, login, passwd) and its PAM messages',
    // The tool's own line ("su: Authentication failure") beside PAM's messages to the user, which Linux-PAM's pam_unix
    // writes for every program alike ("Your account has expired; please contact your system administrator"): the
    // tool's line says whose sign-in it was. xrdp's sign-in shows the same PAM messages without such a line, and keeps
    // its reading.
    words: UNIX_ACCOUNT_TOOL,
    overSentences: UNIX_ACCOUNT_TOOL,
    unless: /\bxrdp\b|\bsesman\b|\brdp\b|\bremote desktop\b/i,
    meaning:
      "A Unix account tool (su, sudo, login, passwd) refused a sign-in on that Linux or Unix computer: the account's state it quotes (expired, locked, a wrong password) is that local account's, read with chage -l, passwd -S and the tool's PAM configuration, not a Remote Desktop connection's.",
    source:
      'util-linux su(1) ("su: Authentication failure", login-utils/su-common.c); sudo(8) ("sudo: 3 incorrect password attempts"); Linux-PAM pam_unix(8) and its messages ("Your account has expired; please contact your system administrator", modules/pam_unix/pam_unix_acct.c), logged as pam_unix(<service>:<facility>), https://github.com/linux-pam/linux-pam',
  },
  {
    id: 'mysql-client-tls',
    name: "a MySQL or MariaDB client's TLS connection to its database server",
    // The client library's error 2026, CR_SSL_CONNECTION_ERROR, "SSL connection error: %s" (MySQL's and MariaDB
    // Connector/C's, whose Windows build says its Schannel error: "no cipher match. Error 0x80090331").
    words: /\bssl connection error: |\berror 2026 \(hy000\)|\bcr_ssl_connection_error\b/i,
    quotedCodesOnly: true,
    unless: /\b3389\b|\brdp\b|\bremote desktop\b/i,
    meaning:
      "A MySQL or MariaDB client could not set up TLS with its database server (client error 2026, CR_SSL_CONNECTION_ERROR): the versions and ciphers the database server and the client library allow, not a Remote Desktop connection's. The Schannel or OpenSSL error it quotes keeps its meaning for that connection.",
    source:
      'MySQL Reference Manual, "Client Error Message Reference" (error 2026, CR_SSL_CONNECTION_ERROR: "SSL connection error: %s", https://dev.mysql.com/doc/mysql-errors/8.0/en/client-error-reference.html); MariaDB Connector/C, libmariadb/secure/schannel.c (its Schannel errors after "SSL connection error: ", https://github.com/mariadb-corporation/mariadb-connector-c)',
  },
  {
    id: 'sip-trunk',
    name: "a SIP trunk or session border controller (Microsoft Teams Direct Routing, a SIP proxy's responses)",
    // The SIP response codes Teams Direct Routing reports for its calls to a session border controller ("569002 504
    // Unable to deliver INVITE: outgoing TLS negotiation failed"), a SIP status line; its TLS to the SBC (port 5061)
    // fails with Schannel's HRESULTs, which keep their meaning. Never "SIP" in passing.
    words:
      /\bunable to deliver (?:invite|options|bye|ack)\b|\bsip\/2\.0 [1-6]\d\d\b|\bsession border controller\b|\bdirect routing\b|\bsip (?:response|options|trunk)\b/i,
    quotedCodesOnly: true,
    unless: /\b3389\b|\brdp\b|\bremote desktop\b/i,
    meaning:
      "A SIP call between Microsoft Teams (Direct Routing) or a SIP proxy and a session border controller failed: its TLS connection on port 5061 to the SBC (the SBC's certificate name or chain, its TLS versions) or the SBC's SIP answer. The Schannel HRESULT it quotes keeps its meaning for that TLS connection, not a Remote Desktop connection's.",
    source:
      'Microsoft Learn "Monitor and troubleshoot Direct Routing: SIP response codes" (MicrosoftDocs/OfficeDocs-SkypeForBusiness, "569002 504 Unable to deliver INVITE: outgoing TLS negotiation failed; Wrong target principal name configured. HRESULT=0x80090322 CERT_E_WRONG_USAGE"); RFC 3261 (SIP/2.0 status lines)',
  },
  {
    id: 'security-tool-console',
    name: "an offensive security tool's console (mimikatz)",
    // mimikatz's prompt ("mimikatz # crypto::certificates …", "mimikatz(commandline) # …") and its error lines, which
    // its PRINT_ERROR macro starts with the failing function's name (kuhl_m_* modules, kull_m_* helpers). Its
    // commands name the Remote Desktop store or keys as their subject: the failure is the tool's.
    words: /(?:^|\n)[ \t]{0,8}mimikatz(?:\(commandline\))? # |\berror kuh?ll?_m_[a-z0-9_]{2,60}\b/i,
    // Its commands' subject: the certificate store named "Remote Desktop" and the files it exports from it.
    owns: /-?store\s{0,12}:\s{0,4}["']?remote desktop\b["']?|_remote desktop_/gi,
    meaning:
      "mimikatz, an offensive security and forensics tool, failed at its own operation (exporting a certificate's private key, reading credentials): the Windows error it quotes is that call's (0x80090016 NTE_BAD_KEYSET, 0x8009000B NTE_BAD_KEY_STATE: the key could not be opened or is not exportable), not a Remote Desktop connection's. A Remote Desktop certificate whose private key cannot be exported is normal.",
    source:
      'mimikatz (https://github.com/gentilkiwi/mimikatz): its console prompt "mimikatz # " (mimikatz/mimikatz.c) and its PRINT_ERROR macro, "ERROR " followed by the failing function\'s name (inc/globals.h; modules kuhl_m_crypto.c, helpers kull_m_crypto.c)',
  },
];
