/**
 * The Remote Desktop client's own disconnect traces (issue 60): its ClientActiveXCore provider logs, in its Analytic
 * and Debug channels, "Disconnect trace:'<what>' in <class>::<method> at <line> err=[0x…]" lines, which users export
 * with the rest of the client's events (in every language of Windows, the trace itself in English). The class names
 * the transport that closed: CClientHTTPProxyTransport and CProxyRawTrans are the client's transport through an RD
 * Gateway (over HTTP), CAATunnel its tunnel there. The err=[…] value and the line number are the trace's own, not a
 * dialog's code; the "Cleaning up CAATunnel" line's 0x80004005 is the clean-up after it, not the failure.
 * Near miss: another program's "Gateway connection disconnected" (a chat bot's gateway) has no such trace around it.
 */
import { gatewayHostUnreachable } from '../../../../patterns/gateway-host-unreachable.js';
import { networkDropped } from '../../../../patterns/network-dropped.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import type { KnownSentence } from '../sentences/known-sentence.js';

const CLIENT_EVENTS =
  'the provider\'s event list (detection-wiki "Microsoft-Windows-TerminalServices-ClientActiveXCore", https://detection-wiki-dev.pages.dev/microsoft-windows-terminalservices-clientactivexcore/: its Analytic events 1019/1022 "TraceMessage" and 1021 "RDP ClientActiveX\'s gateway transport has recorded the following error")';

export const CLIENT_DISCONNECT_TRACES: readonly KnownSentence[] = [
  {
    id: 'client-trace-gateway-disconnected',
    what: "The Remote Desktop client's disconnect trace \"'Gateway connection disconnected.' in CClientHTTPProxyTransport::OnDisconnected\"",
    states: [networkDropped.id, gatewayHostUnreachable.id],
    words: {
      en: [
        /\bdisconnect trace:\s{0,3}'gateway connection disconnected\.?'|\bin cclienthttpproxytransport::ondisconnected\b/,
      ],
    },
    anyLanguage: true,
    meaning:
      "The client's connection through the RD Gateway closed: its transport to the gateway (HTTP) was disconnected, and the session over it with it. The gateway, or the network between the client and the gateway (a proxy, a firewall's idle timeout), ended it; when it happens at connecting, the gateway could not keep a connection to the remote computer. The RD Gateway's own events (Microsoft-Windows-TerminalServices-Gateway/Operational, 302/303 and 304) at that time say which.",
    confidence: 'SP',
    source: `Our inference from the trace's own words: the class is the client's transport through an RD Gateway over HTTP and the trace says that connection was disconnected; ${CLIENT_EVENTS}`,
    numbers:
      "the trace's own values (err=[0x1e], its line numbers, the tunnel's clean-up 0x80004005), not a dialog's code",
    languages:
      "English in every language of Windows: the client writes its traces in English inside any language's event list.",
  },
  // Round 27 (r27-h60p): the log of Microsoft's own clients off Windows (the web client, the macOS and iOS apps):
  // "Connection(ERR): The connection generated an internal exception with disconnect code=Name(n), extended
  // code=…, reason=…", the exception's source file after it. The reason clause says what failed; the certificate
  // named there (X509, the client's certificateutils.cpp) is the certificate. Near miss: the same line whose reason
  // names something else is left to the rest of the paste.
  {
    id: 'client-exception-certificate',
    what: 'The Remote Desktop client\'s exception line "Connection(ERR): The connection generated an internal exception with disconnect code=…, reason=X509_… failed" (its certificate code)',
    states: [tlsCertificate.id],
    words: {
      en: [
        /\bconnection\(err\): the connection generated an internal exception with disconnect code=/,
        /\breason=[^\n]{0,40}\bx509_\w{1,40}|\bcertificateutils\.cpp\b/,
      ],
    },
    anyLanguage: true,
    meaning:
      "Microsoft's Remote Desktop client (the web client, the macOS or iOS app) failed while reading the server's or the RD Gateway's TLS certificate: the exception's reason is its X509 (OpenSSL) certificate code, thrown in the client's certificate handling. A certificate the client cannot parse (one without a subject name was the reported case) or cannot trust stops the connection there. Give the gateway or server a certificate with a subject name matching its address, from an authority the client trusts.",
    confidence: 'WR',
    source:
      'Widely reported (seen in public logs): the web client\'s log quoted in MicrosoftDocs/windowsserverdocs issue 584 ("Connection(ERR): The connection generated an internal exception with disconnect code=UnknownError(46), extended code=<null>, reason=X509_NAME_print_ex failed … certificateutils.cpp(152)"), and the answer there: a gateway certificate without a subject field (https://github.com/MicrosoftDocs/windowsserverdocs/issues/584)',
    numbers: "the client's own disconnect code and the source file's line, not a dialog's code",
    languages: 'English in every language: the client writes its log in English.',
  },
];
