/**
 * Other Microsoft products' log lines and messages that look like Remote Desktop's errors (issue 60): SQL Server's
 * login failure ("Error: 18456, Severity: 14, State: 8."), its "Cannot generate SSPI context" and "SSPI handshake failed"
 * (17806), Exchange's MAPI errors,
 * IIS's W3C log lines.
 * Each names its product and its numbers as that product's (never read in our tables: 18456 is not a dialog code,
 * a state of 8 is not the server's extended code 8) and gives no Remote Desktop cause. The words are the product's
 * own: a paste with only a shared sentence ("The target principal name is incorrect", SEC_E_WRONG_PRINCIPAL's text)
 * keeps that sentence's reading.
 */
import type { KnownSentence } from '../sentences/known-sentence.js';
import type { LocalizedWording } from '../languages/localized-wording.js';

/** Each product's own page: where its line's form and its numbers' meanings come from. */
const SRC = {
  sql18456:
    'Microsoft Learn "MSSQLSERVER_18456" (https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/mssqlserver-18456-database-engine-error): the error log\'s "Error: 18456, Severity: 14, State: 8." and the client\'s "Msg 18456, Level 14, State 1", with the states\' meanings',
  sqlSspi:
    'Microsoft Learn "Cannot generate SSPI context" error when using Windows authentication to connect to SQL Server (https://learn.microsoft.com/en-us/troubleshoot/sql/database-engine/connect/cannot-generate-sspi-context-error)',
  sql17806:
    'Microsoft Learn "Errors in the local security subsystem in SQL Server" (https://learn.microsoft.com/en-us/troubleshoot/sql/database-engine/connect/local-security-subsystem-errors: the SQL Server error log\'s "SSPI handshake failed with error code 0x80090311, state 14 while establishing a connection with integrated security; the connection has been closed. Reason: AcceptSecurityContext failed."); a Node SQL client\'s report of the same line with 0x8009030c (https://github.com/tediousjs/tedious/issues/388)',
  iisW3c:
    'Microsoft Learn "W3C Logging" (IIS: the fields date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken, https://learn.microsoft.com/en-us/windows/win32/http/w3c-logging) and "The HTTP status code in IIS" (https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/www-administration-management/http-status-code)',
  mapi: 'Microsoft KB 911144 "How to troubleshoot MAPI logon script errors … Exchange Server 2003" (MAPI_E_LOGON_FAILED (80040111): the information store could not be opened; its list of Extended MAPI result codes, KB 238119), http://support.microsoft.com/?kbid=911144',
} as const;

export const OTHER_PRODUCT_LOGS: readonly KnownSentence[] = [
  {
    id: 'sql-server-login-failed',
    what: 'SQL Server\'s login failure, error 18456 ("Error: 18456, Severity: 14, State: 8." / "Msg 18456, Level 14, State 1" / "Login failed for user …")',
    commandOutput: true,
    otherProduct: true,
    anyLanguage: true,
    words: {
      en: [
        /\berror: ?18456, ?severity: ?\d{1,2}, ?state: ?\d{1,3}\b|\bmsg 18456, ?level \d{1,2}, ?state \d{1,3}\b|\blogin failed for user '[^'\n]{0,200}'[\s\S]{0,300}?\b18456\b|\b18456\b[\s\S]{0,300}?\blogin failed for user '/,
      ],
    },
    numbers: "SQL Server's error number, severity and state (not in our tables)",
    meaning:
      "SQL Server refused a login (its error 18456): not an error of Remote Desktop, and its numbers are SQL Server's, not a Remote Desktop code. The State in the server's error log says why (Microsoft's list: 2 and 5 the login does not exist; 6 a Windows login name used with SQL Server authentication; 7 the login is disabled and the password wrong; 8 and 9 the password is wrong; 11 and 12 a valid login without access to the server; 18 the password must be changed); the client's message always shows State 1.",
    confidence: 'MS',
    languages:
      'Any language: SQL Server writes "Error: 18456, Severity: …, State: …." and "Msg 18456, Level …, State …" in this form in every language of the message after it.',
    source: SRC.sql18456,
  },
  {
    id: 'sql-server-sspi-context',
    what: 'SQL Server\'s "Cannot generate SSPI context" (with or without "The target principal name is incorrect")',
    commandOutput: true,
    otherProduct: true,
    words: { en: [/\bcannot generate sspi context\b/] },
    numbers: "SQL Server's or its client's own numbers (not in our tables)",
    meaning:
      "A SQL Server client could not authenticate to SQL Server with Windows authentication (Kerberos, through SSPI): not an error of Remote Desktop. Microsoft names a wrong or missing Service Principal Name (SPN) of the SQL Server service as the most common cause (setspn -L on its account; Kerberos Configuration Manager for SQL Server), then the client's and server's time, DNS and the domain trust. \"The target principal name is incorrect\" in the same text is that SPN's failure as SQL Server's client reports it.",
    confidence: 'MS',
    source: SRC.sqlSspi,
  },
  {
    id: 'sql-server-sspi-handshake',
    what: 'SQL Server\'s error 17806, "SSPI handshake failed with error code 0x… while establishing a connection with integrated security"',
    commandOutput: true,
    otherProduct: true,
    words: { en: [/\bsspi handshake failed with error code\b[^\n]{0,200}\bintegrated security\b/] },
    numbers:
      "the SSPI status SQL Server's login got back, and SQL Server's own state (read for SQL Server, not for Remote Desktop)",
    meaning:
      "SQL Server could not complete a Windows-authenticated login (its error 17806, with the SSPI status the negotiation returned): not an error of Remote Desktop. Microsoft's pages for it point at Windows authentication between the client and SQL Server: the Local Security Authority or a domain controller not answering, Kerberos (an SPN of the SQL Server service, the clocks), a login from an untrusted domain; the Reason after it, and the login failures logged with it (18452, 18456), say which.",
    confidence: 'MS',
    source: SRC.sql17806,
  },
  {
    id: 'exchange-mapi-error',
    what: 'an Exchange or Outlook MAPI error ("MapiExceptionLogonFailed …", "MAPI_E_LOGON_FAILED", with its hr= and ec= numbers)',
    commandOutput: true,
    otherProduct: true,
    anyLanguage: true,
    words: { en: [/\bmapiexception[a-z]{2,60}\b|\bmapi_e_[a-z_]{3,40}\b/] },
    numbers: "Exchange's MAPI result code (hr=, ec=; not in our tables)",
    meaning:
      "A MAPI error of Exchange or of a mail client (Outlook, a migration or monitoring tool opening a mailbox): not an error of Remote Desktop. Its numbers are MAPI's result codes (MAPI_E_LOGON_FAILED, 0x80040111: the information store could not be opened, most often the account's permissions on the mailbox), not Remote Desktop codes.",
    confidence: 'MS',
    languages: "In every language: MAPI writes its error names in this form whatever the system's language.",
    source: SRC.mapi,
  },
  {
    id: 'iis-w3c-log-line',
    what: "a line of IIS's W3C log (… cs-method cs-uri-stem … sc-status sc-substatus sc-win32-status time-taken)",
    commandOutput: true,
    otherProduct: true,
    anyLanguage: true,
    words: {
      en: [
        /\b(?:get|post|head|put|options|rpc_in_data|rpc_out_data) \/\S{0,300} \S{1,300} \d{1,5} \S{1,300} \S{1,64} \S{1,600} \S{1,600} [1-5]\d\d \d{1,5} \d{1,10} \d{1,10}(?: |$)/,
      ],
    },
    numbers: "IIS's HTTP status, substatus, Win32 status and time taken (not in our tables)",
    meaning:
      "A request as IIS logged it (the web server of RD Web Access and the RD Gateway's HTTP transport, and of every other site): its last numbers are the HTTP status, its IIS substatus, the Win32 status of the request and the time taken in milliseconds, not Remote Desktop codes (401 with substatus 2 is the web server's sign-in refused by its configuration, 5 is Win32's access denied). The Remote Desktop logs of the server at that time say what the connection did.",
    confidence: 'MS',
    languages: "In every language: IIS writes its W3C log's fields in this form whatever the system's language.",
    source: SRC.iisW3c,
  },
];

/** SQL Server's SSPI message in German, as Microsoft's German page of the same article quotes it. */
export const OTHER_PRODUCT_WORDINGS: readonly LocalizedWording[] = [
  {
    sentence: 'sql-server-sspi-context',
    language: 'de',
    quoted: 'Der Zielprinzipalname ist falsch. SSPI-Kontext kann nicht generiert werden.',
    words: ['SSPI-Kontext kann nicht generiert werden'],
    basis: 'wording',
    source: {
      url: 'https://docs.microsoft.com/de-de/troubleshoot/sql/database-engine/connect/cannot-generate-sspi-context-error',
      file: 'SupportArticles-docs.de-de support/sql/database-engine/connect/cannot-generate-sspi-context-error.md',
    },
  },
];
