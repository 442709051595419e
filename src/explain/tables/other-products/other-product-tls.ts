/**
 * Other programs' TLS that Remote Desktop's Schannel and TLS readings would take for the RDP listener's (issue 60,
 * round 31), told apart by what the paste's own structure says about who made the connection:
 * - Schannel's events name the process that asked for the TLS credential ("The SSPI client process is
 *   WindowsAdminCenter (PID: 3380)."): the RDP listener's is TermService's svchost, the client's mstsc or msrdc (lsass
 *   for the credentials both use). Another process named there (a web gateway, an agent, a browser) is that
 *   program's TLS, whatever the event says of the key or the alert.
 * - libcurl's Schannel back end (curl, git, cargo) and msquic print their own connection's Schannel status.
 * - OpenSSL's s_client names the port it connected to ("openssl s_client -connect www.example.org:443"): a port other
 *   than the RDP listener's is another service's TLS, whatever alert OpenSSL prints.
 * A paste that names Remote Desktop in its own words or port 3389 keeps Remote Desktop's reading (`unless`,
 * other-subsystems.ts REMOTE_DESKTOP_WORDS).
 *
 * Sources: Microsoft Learn "Schannel Events" (the events' texts; Windows 10 1809 and later append "The SSPI client
 * process is %1 (PID: %2)."); a Windows Admin Center gateway's event quoted in its issue tracker
 * (https://github.com/microsoft/Windows-Admin-Center-Ideas-and-Feedback/issues/418); OpenSSL "openssl-s_client(1)"
 * (-connect host:port).
 *
 * Each entry is one regular expression without nested quantifiers over the same characters (linear).
 */
import type { OtherProductShape } from './other-product-shapes.js';

/** The processes whose TLS is Remote Desktop's: the listener's host process, the clients, LSA. */
const RDP_PROCESSES = '(?:svchost|lsass|mstsc|msrdc|msrdcw|msrdcwebrtcsvc|termsrv|termservice|rdpclip|remotedesktop)';

/** libcurl's Schannel lines (lowercase "schannel: " after a line's start, a prompt's "* ", or git's "…': ") and msquic's prefix. */
const CURL_OR_MSQUIC_SCHANNEL = /(?:^|[\s'"*(:])schannel: [A-Za-z]|\[[Mm]icrosoft-[Qq]uic\]/;

export const OTHER_PRODUCT_SHAPES_H62D: readonly OtherProductShape[] = [
  {
    id: 'schannel-other-process',
    quotedCodesOnly: true,
    name: "another program's TLS (the process Schannel's event names)",
    words: new RegExp(
      String.raw`\bthe sspi client process is (?!${RDP_PROCESSES}(?:\.exe)?\b)[^\s()]{1,80}(?:\.exe)?\s{0,3}\(pid:?\s{0,3}\d{1,8}\)`,
      'i',
    ),
    overSentences: new RegExp(
      String.raw`\bthe sspi client process is (?!${RDP_PROCESSES}(?:\.exe)?\b)[^\s()]{1,80}(?:\.exe)?\s{0,3}\(pid:?\s{0,3}\d{1,8}\)`,
      'i',
    ),
    unless: /\b3389\b/,
    meaning:
      "Schannel's event names the process whose TLS credential failed, and it is not Remote Desktop's (the RDP listener's is TermService's svchost, the client's mstsc or msrdc): the private key, the certificate or the TLS settings are that program's (a web gateway's certificate, an agent's, a browser's), read in its own documentation, not the RDP listener's.",
    source:
      'Microsoft Learn "Schannel Events" (36870, 36871, 36874, 36887, 36888 and their "The SSPI client process is %1 (PID: %2)." line); a Windows Admin Center gateway\'s 36870 quoted in its tracker (https://github.com/microsoft/Windows-Admin-Center-Ideas-and-Feedback/issues/418)',
  },
  {
    // Added after list B was scored (round 31): libcurl's Schannel back end and msquic print the Schannel status of
    // their own connection (curl, git, cargo over HTTPS; QUIC), not a Remote Desktop client's.
    id: 'program-schannel-client',
    quotedCodesOnly: true,
    name: "a program's own Schannel connection (libcurl's Schannel back end under curl, git or cargo; msquic)",
    // curl writes every Schannel line of its own, error or progress, after a lowercase "schannel: " (Windows' own
    // texts and users say "Schannel"): case-sensitive, so "Schannel: …" quoted from an event is not curl's.
    words: CURL_OR_MSQUIC_SCHANNEL,
    overSentences: CURL_OR_MSQUIC_SCHANNEL,
    unless: /\b3389\b/,
    meaning:
      "A program's own TLS connection through Schannel failed (libcurl's Schannel back end, which curl, git and cargo use on Windows, or msquic's QUIC): the status and the alert are that program's HTTPS or QUIC handshake with its server (a proxy or filter breaking TLS, an old Windows' TLS versions, an untrusted certificate), not a Remote Desktop connection's.",
    source:
      'curl lib/vtls/schannel.c (its lines all begin "schannel: ": "schannel: next InitializeSecurityContext failed: %s", "schannel: AcquireCredentialsHandle failed: %s", "schannel: SSL/TLS connection with %s port %d", https://github.com/curl/curl/blob/master/lib/vtls/schannel.c; git prints them after "fatal: unable to access \'<url>\': "); msquic\'s log prefix "[Microsoft-Quic]" (https://github.com/microsoft/msquic)',
  },
  {
    id: 'openssl-other-port',
    quotedCodesOnly: true,
    name: "OpenSSL's s_client test of another service's port",
    words: /\bs_client\b[^\n]{0,200}?-connect\s{1,4}[^\s:]{1,200}:(?!3389\b)\d{1,5}\b/i,
    overSentences: /\bs_client\b[^\n]{0,200}?-connect\s{1,4}[^\s:]{1,200}:(?!3389\b)\d{1,5}\b/i,
    unless: /\b3389\b/,
    meaning:
      "OpenSSL's s_client connected to the port its -connect names, which is not the RDP listener's: the alert or handshake failure it prints is that service's TLS (a web server's on 443, a mail server's), not a Remote Desktop connection's.",
    source: 'OpenSSL "openssl-s_client(1)" (-connect host:port: the server and port it connects to)',
  },
];
