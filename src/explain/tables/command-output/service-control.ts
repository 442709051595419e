/**
 * A service that would not start, as an admin pastes it while following Microsoft's "Remote Desktop Services isn't
 * starting" page: `net start` ("System error 1058 has occurred."), `sc start` ("[SC] StartService FAILED 1058:"), the
 * Services console ("Windows could not start the … service on Local Computer. Error 1068: …") and the Service Control
 * Manager's events (7000 "failed to start due to the following error", 7001, 7022 "hung on starting", 7023, 7031/7034
 * "terminated unexpectedly"). The number is a Win32 service error (`lookupWin32ServiceError`, winerror.h 1051-1079),
 * never an event id (1058 is not TermService's certificate event here, 1068 not RCM's licensing event), and the
 * service is named by its role (host-output.ts `serviceRoleOf`, one table of the services Remote Desktop needs):
 * TermService not starting means nothing accepts connections; a service Remote Desktop does not depend on (the Print
 * Spooler, Windows Update, SQL Server) is no Remote Desktop failure, said so; a service the paste does not name is
 * decoded without a cause.
 *
 * Every line is matched by an anchored expression of bounded parts; the message texts are found in the folded paste
 * (one `includes` per text of a fixed table): linear in the paste.
 */
import {
  type CodeEntry,
  lookupWin32Error,
  lookupWin32ServiceError,
  WIN32_SERVICE_ERRORS,
} from '../../../../patterns/codes/index.js';
import type { CommandReading } from './command-reading.js';
import { serviceRoleOf } from './host-output.js';
import { foldText } from '../languages/localized.js';
import { saidServiceFailure } from './service-output-said.js';

const SRC =
  'Microsoft Learn: "Remote Desktop Services isn\'t starting on an Azure VM" (sc query / sc start TermService and its table of errors 5, 1058, 1059, 1068, 1069, 1070, 1077, 1079); "System Error Codes (1000-1299)" (the service errors\' texts); "net start" and "sc.exe start" (Windows commands); the Service Control Manager events 7000, 7001, 7022, 7023, 7031, 7034 (their message texts); RDP Wrapper\'s installer, stascorp/rdpwrap src-installer/RDPWInst.dpr ("[-] StartService error (code %d).", the Win32 error of StartService on TermService)';

/**
 * `net`'s other commands (`net use`, `net view`, `net user`…): their failures print the same "System error N has
 * occurred." as `net start`, of a share, a name or an account, never of a service.
 */
const NET_OTHER_CMD =
  /^\s{0,40}(?:[A-Z]:\\[^>\r\n]{0,200}>|PS [^>\r\n]{0,200}>)?\s{0,10}net(?:\.exe)?\s{1,10}(?!start\b|stop\b)[a-z]{2,12}\b/i;
/** The command line (a prompt before it or not): the service it names. */
const NET_CMD =
  /^\s{0,40}(?:[A-Z]:\\[^>\r\n]{0,200}>|PS [^>\r\n]{0,200}>)?\s{0,10}net(?:\.exe)?\s{1,10}start\s{1,10}"?([^"\r\n]{1,80}?)"?\s{0,40}$/i;
const SC_CMD =
  /^\s{0,40}(?:[A-Z]:\\[^>\r\n]{0,200}>|PS [^>\r\n]{0,200}>)?\s{0,10}sc(?:\.exe)?\s{1,10}(?:\\\\\S{1,80}\s{1,10})?(?:start|query|queryex|qc|config)\s{1,10}"?([^"\s]{1,80})"?/i;
/**
 * RDP Wrapper's installer (RDPWInst), which starts TermService itself: "[-] StartService error (code 1056)." (the
 * Win32 error of StartService, never System event 1056), also quoted inside a sentence.
 */
const RDPWINST_FAILED = /\bStartService error \(code (\d{1,5})\)/i;
const SYSTEM_ERROR = /^\s{0,40}System error (\d{1,5}) has occurred\.\s{0,40}$/i;
const SC_FAILED =
  /^\s{0,40}\[SC\]\s{0,4}[A-Za-z]{1,40}(?::[A-Za-z]{1,40})?\s{1,4}FAILED\s{1,4}(\d{1,5})\s{0,4}:?\s{0,40}$/i;
/** The dialog's two lines, or both on one line when the paste lost its line break ("… on Local Computer. Error 5: …"). */
const CONSOLE =
  /^\s{0,40}Windows could not start the (.{1,120}?) service on [^.\r\n]{1,80}\.(?:\s{1,40}Error (\d{1,5})\s{0,4}:[^\r\n]{0,400})?\s{0,40}$/i;
const CONSOLE_ERROR = /^\s{0,40}Error (\d{1,5})\s{0,4}:/i;
const NET_COULD_NOT = /^\s{0,40}The (.{1,120}?) service could not be started\.\s{0,40}$/i;
const NET_ALREADY = /^\s{0,40}The requested service has already been started\.\s{0,40}$/i;
/** `net stop` on a service that is not running (NET HELPMSG 3521). */
const NET_NOT_STARTED = /^\s{0,40}The (.{1,120}?) service is not started\.\s{0,40}$/i;
/** PowerShell's Start-Service error record: the display name, the service name in brackets; no number. */
const PS_START =
  /^\s{0,40}(?:Start-Service\s{0,4}:\s{0,4})?Service '(.{1,120}?) \(([^()\s]{1,80})\)' cannot be started due to the following error/i;
/** The Service Control Manager's events, by their message texts. */
const SCM: readonly { readonly event: number; readonly re: RegExp; readonly what: string }[] = [
  {
    event: 7000,
    re: /^\s{0,40}The (.{1,120}?) service failed to start due to the following error:/i,
    what: 'failed to start',
  },
  {
    event: 7001,
    re: /^\s{0,40}The (.{1,120}?) service depends on the (.{1,120}?) service which failed to start because of the following error:/i,
    what: 'could not start because a service it depends on failed',
  },
  { event: 7022, re: /^\s{0,40}The (.{1,120}?) service hung on starting\./i, what: 'hung on starting' },
  {
    event: 7023,
    re: /^\s{0,40}The (.{1,120}?) service terminated with the following error:/i,
    what: 'stopped with an error',
  },
  {
    event: 7031,
    re: /^\s{0,40}The (.{1,120}?) service terminated unexpectedly\./i,
    what: 'terminated unexpectedly',
  },
];

/**
 * Two more events that say TermService did not start, by their own providers: DistributedCOM 10005 ("DCOM got error
 * "1297" attempting to start the service TermService with arguments …", the Win32 error of the start) and
 * LocalSessionManager's "Remote Desktop Service start failed." (event 17; "Terminal Service start failed." as 1048 on
 * Windows Server 2008, KB 946399), which names no service because it is TermService's own.
 */
const DCOM_START = /^\s{0,40}DCOM got error "(\d{1,10})" attempting to start the service (\S{1,80}) with arguments/i;
const LSM_START = /^\s{0,40}(?:Terminal|Remote Desktop) Services? start failed\./i;

/**
 * A message label an event's layouts put before its text on the same line: the General tab as KB articles print it
 * ("Description: The … service terminated …"), Get-WinEvent's Format-List ("Message : …"), Event Viewer's German
 * and Spanish labels.
 */
const MESSAGE_LABEL = /^\s{0,40}(?:Description|Message|Beschreibung|Meldung|Descripci[oó]n|Mensaje)\s{0,10}:\s{0,10}/i;
/**
 * A CSV field's opening quote, the gap (two spaces or a tab) between the columns of a fixed-width table, or the
 * number column (Get-EventLog's InstanceID) a table's message follows after one space.
 */
const FIELD_START = /,"|\t|\s{1,40}\d{1,10} |\s{2,40}/g;
const MAX_STARTS = 16;

/**
 * Where an event's message may start in one line of the layouts it is pasted in: the line itself; after a leading
 * message label; after a CSV field's opening quote (Event Viewer's "Save as" CSV row, "Error,…,Service Control
 * Manager,7023,None,"The …"); after a column gap of Get-WinEvent's or Get-EventLog's table (the message is the last
 * column, cut with "..."). The readers below are anchored at a message's start, so a table's other columns or a
 * label never hide it, and a text quoted inside a sentence is still not read. At most MAX_STARTS starts per line,
 * each found by one bounded pass: linear in the line.
 */
function messageStarts(line: string): string[] {
  const starts = [line];
  const label = MESSAGE_LABEL.exec(line);
  if (label) starts.push(line.slice(label[0].length));
  for (const m of line.matchAll(FIELD_START)) {
    if (starts.length >= MAX_STARTS) break;
    starts.push(line.slice(m.index + m[0].length));
  }
  return starts;
}

/**
 * The Service Control Manager's events in an Event Viewer block of another language (issue 60, round 29): Event
 * Viewer prints the source's name and the message in the system's language, so the English message texts above are
 * not there, but the block names the source, the event id and the service. Read when one line gives the Service Control
 * Manager as the source (its name in the language, as Microsoft's localized "Remote Desktop Services isn't starting on
 * an Azure VM" prints its sample block), another one of the events above as the id, and the block names Remote
 * Desktop Services (TermService, or its display name in the language): that service did what the event says.
 * Sources: the sample block of that article in its public copies — ru-ru
 * (https://github.com/bergano65/azure-docs.ru-ru/blob/HEAD/articles/virtual-machines/troubleshooting/troubleshoot-remote-desktop-services-issues.md:
 * "Источник: Менеджер управления обслуживанием", "Служба \"Службы удаленных рабочих столов\" зависла при запуске"),
 * es-es (https://github.com/ngallegoar/azure-docs.es-es/blob/HEAD/articles/virtual-machines/troubleshooting/troubleshoot-remote-desktop-services-issues.md:
 * "Administrador de control de servicios", "el servicio Servicios de escritorio remoto no responde al iniciarse"),
 * de-de (https://github.com/otrekw/azure-docs.de-de/blob/HEAD/articles/virtual-machines/troubleshooting/troubleshoot-remote-desktop-services-issues.md:
 * "Dienststeuerungs-Manager", "Die Remotedesktopdienste wurden nicht ordnungsgemäß gestartet"), ja-jp
 * (https://learn.microsoft.com/ja-jp/troubleshoot/azure/virtual-machines/windows/troubleshoot-remote-desktop-services-issues:
 * "サービス コントロール マネージャー", "Remote Desktop Services サービスは起動時に停止しました"), zh-tw (round 30,
 * https://github.com/changeworld/azure-docs.zh-tw/blob/master/articles/virtual-machines/troubleshooting/troubleshoot-remote-desktop-services-issues.md:
 * "來源：服務控制管理員", "描述：遠端桌面服務啟動時無反應", its labels after a full-width colon), ko-kr (round 30,
 * https://github.com/zoonoo/azure-docs.ko-kr/blob/master/articles/virtual-machines/troubleshooting/troubleshoot-remote-desktop-services-issues.md:
 * "원본: 서비스 제어 관리자", "설명: 원격 데스크톱 서비스가 시작 시 멈춤"), pt-pt
 * (https://github.com/Microsoft/azure-docs.pt-pt/blob/HEAD/articles/virtual-machines/troubleshooting/troubleshoot-rdp-dhcp-disabled.md:
 * "Gestor de Controlo de Serviços").
 */
const SCM_SOURCE_LINE =
  /^\s{0,40}[^:：\r\n]{1,40}[:：]\s{0,40}(?:Service Control Manager|Менеджер управления обслуживанием|Administrador de control de servicios|Dienststeuerungs-Manager|サービス コントロール マネージャー|Gestor de Controlo de Serviços|服務控制管理員|서비스 제어 관리자)\s{0,40}$/iu;
const SCM_EVENT_LINE = /^\s{0,40}[^:：\r\n]{1,40}[:：]\s{0,40}(7000|7001|7022|7023|7031)\s{0,40}$/;
/** Remote Desktop Services as those blocks name it: its service name, its display name in each language above. */
const RDS_IN_LANGUAGE =
  /\btermservice\b|remote desktop services|службы удаленных рабочих столов|servicios de escritorio remoto|remotedesktopdienste|遠端桌面服務|원격 데스크톱 서비스/iu;

/** The localized block's event, when it holds the three lines above; undefined otherwise. */
function localizedScmEvent(lines: readonly string[], text: string): (typeof SCM)[number] | undefined {
  if (!lines.some((l) => SCM_SOURCE_LINE.test(l)) || !RDS_IN_LANGUAGE.test(text)) return undefined;
  for (const line of lines) {
    const id = SCM_EVENT_LINE.exec(line);
    if (id) return SCM.find((e) => e.event === Number(id[1]));
  }
  return undefined;
}

/** What the paste says of one service that did not start. */
interface Failure {
  /** The service as the paste names it (its name or display name). */
  service?: string;
  code?: CodeEntry;
  /** The Service Control Manager event whose text it is. */
  event?: (typeof SCM)[number];
  /** The service it depends on that failed (7001). */
  dependency?: string;
  /** `net start`'s "The requested service has already been started." */
  already?: boolean;
  /** `net stop`'s "The … service is not started." */
  stopped?: boolean;
  /** A sentence says the start failed (net's "could not be started", DCOM 10005, LocalSessionManager's event). */
  stated?: boolean;
  /** The number the paste gives when no table of rdpdiag holds it (net start's "System error 126"). */
  number?: string;
  /** The form the paste has: a command's output or a dialog. */
  form:
    | 'net start'
    | 'net stop'
    | 'sc'
    | 'the Services console'
    | 'a Service Control Manager event'
    | 'Start-Service'
    | 'RDP Wrapper (RDPWInst)'
    | 'a DistributedCOM event'
    | 'a LocalSessionManager event'
    | 'a sentence';
}

/** A service error's number, in its table (a Win32 error beside it: 5, 1062, 1753). */
function serviceCode(n: string): CodeEntry | undefined {
  return lookupWin32ServiceError(n) ?? lookupWin32Error(n);
}

/** @cache the folded message texts of the service errors: a pure function of the constant table. */
let foldedTexts: readonly { readonly entry: CodeEntry; readonly folded: string }[] | undefined;

/** The service error whose message text the paste holds (the line after "Error 1068:" or after 7000's colon). */
function codeByText(text: string): CodeEntry | undefined {
  foldedTexts ??= WIN32_SERVICE_ERRORS.map((entry) => ({ entry, folded: foldText(entry.meaning) }));
  const paste = foldText(text);
  return foldedTexts.find((t) => paste.includes(t.folded))?.entry;
}

function failureOf(lines: readonly string[], text: string): Failure | undefined {
  const f: Partial<Failure> = {};
  let number: string | undefined;
  let otherNet = false;
  let systemError: string | undefined;
  for (const line of lines) {
    const cmd = NET_CMD.exec(line) ?? SC_CMD.exec(line);
    if (cmd) f.service ??= cmd[1];
    if (NET_OTHER_CMD.test(line)) otherNet = true;
    const sys = SYSTEM_ERROR.exec(line);
    if (sys) [number, f.form, systemError] = [sys[1], 'net start', sys[1]];
    const sc = SC_FAILED.exec(line);
    if (sc) [number, f.form] = [sc[1], 'sc'];
    const wrapper = RDPWINST_FAILED.exec(line);
    // RDPWInst's line and the Services console's dialog say the start failed, whatever their number (round 31).
    if (wrapper)
      [number, f.form, f.service, f.stated] = [wrapper[1], 'RDP Wrapper (RDPWInst)', f.service ?? 'TermService', true];
    const mmc = CONSOLE.exec(line);
    if (mmc) [f.service, f.form, number, f.stated] = [mmc[1], 'the Services console', mmc[2] ?? number, true];
    const mmcError = f.form === 'the Services console' ? CONSOLE_ERROR.exec(line) : null;
    if (mmcError) number = mmcError[1];
    const starts = messageStarts(line);
    const could = firstMatch(NET_COULD_NOT, starts);
    if (could) [f.service, f.form, f.stated] = [could[1], f.form ?? 'net start', true];
    const dcom = firstMatch(DCOM_START, starts);
    if (dcom) [number, f.service, f.form, f.stated] = [dcom[1], dcom[2], 'a DistributedCOM event', true];
    if (firstMatch(LSM_START, starts))
      [f.service, f.form, f.stated] = [f.service ?? 'TermService', f.form ?? 'a LocalSessionManager event', true];
    if (NET_ALREADY.test(line)) [f.already, f.form] = [true, 'net start'];
    const notStarted = NET_NOT_STARTED.exec(line);
    if (notStarted) [f.service, f.stopped, f.form] = [notStarted[1], true, 'net stop'];
    const ps = PS_START.exec(line);
    if (ps) [f.service, f.form] = [ps[2], 'Start-Service'];
    for (const e of SCM) {
      const m = firstMatch(e.re, starts);
      if (!m) continue;
      [f.service, f.event, f.form] = [m[1], e, 'a Service Control Manager event'];
      if (e.event === 7001) f.dependency = m[2];
    }
  }
  const localized = f.form ? undefined : localizedScmEvent(lines, text);
  if (localized) [f.service, f.event, f.form] = ['TermService', localized, 'a Service Control Manager event'];
  // A service said not to start in the user's own sentence (service-output-said.ts), or the command's lines
  // quoted without the command that names the service: the sentence names it and may quote the number.
  const said = f.form && f.service ? undefined : saidServiceFailure(text);
  if (said) {
    [f.service, f.form] = [f.service ?? said.service, f.form ?? 'a sentence'];
    f.stated = true;
    number ??= said.number;
  }
  if (!f.form) return undefined;
  // "System error 1326 has occurred." under `net use` (or with no command and no service named, a number no service
  // error has): net's failure of a share or an account, not a service that did not start.
  if (
    f.form === 'net start' &&
    systemError !== undefined &&
    !f.already &&
    (otherNet || (f.service === undefined && lookupWin32ServiceError(systemError) === undefined))
  )
    return undefined;
  f.code = (number !== undefined ? serviceCode(number) : undefined) ?? codeByText(text);
  if (!f.code) f.number = number;
  // A console dialog or sc's FAILED line whose number is no service error is not this reading; a sentence that says
  // the start failed (or an SCM event) is, whatever its number.
  if (!f.code && !f.already && !f.event && !f.stopped && !f.stated && f.form !== 'Start-Service') return undefined;
  return f as Failure;
}

/** The first of a line's message starts the anchored expression matches. */
function firstMatch(re: RegExp, starts: readonly string[]): RegExpExecArray | null {
  for (const s of starts) {
    const m = re.exec(s);
    if (m) return m;
  }
  return null;
}

/** What to do, by the error, for the named service (TermService's own steps from the Azure page). */
function todoFor(f: Failure, name: string): string[] {
  const n = f.code?.name;
  if (n === 'ERROR_SERVICE_DISABLED')
    return [
      `Set its start type back (for TermService the default is Manual: \`sc config ${name} start= demand\`), then \`sc start ${name}\` and \`sc query ${name}\` to see it running.`,
    ];
  if (n === 'ERROR_SERVICE_DEPENDENCY_FAIL' || n === 'ERROR_SERVICE_DEPENDENCY_DELETED' || f.dependency)
    return [
      `\`sc qc ${name}\` lists its DEPENDENCIES; start each (\`sc start <dependency>\`): the System log's Service Control Manager event 7001 names the one that failed, and its own 7000/7023 says why.`,
    ];
  if (
    n === 'ERROR_SERVICE_LOGON_FAILED' ||
    n === 'ERROR_INVALID_SERVICE_ACCOUNT' ||
    n === 'ERROR_DIFFERENT_SERVICE_ACCOUNT'
  )
    return [
      `Check the account it runs as (\`sc qc ${name}\`, SERVICE_START_NAME): TermService runs as NT Authority\\NetworkService, and Microsoft's page sets it back to that account (\`sc config TermService obj= "NT Authority\\NetworkService"\`).`,
    ];
  if (n === 'ERROR_ACCESS_DENIED')
    return [
      'Access was denied to something the service opens at start: Microsoft\'s page traces the start with Process Monitor, filters on "ACCESS DENIED", and gives the service\'s account back its permission on that file or registry key.',
    ];
  if (n === 'ERROR_SERVICE_ALREADY_RUNNING' || f.already) return [];
  return [
    `The System log around the start says more: Service Control Manager events 7000, 7009, 7011, 7022 and 7023 for ${name}. Microsoft's page sends a start that hangs (1053, 1070) to support after those.`,
  ];
}

/** A service that did not start, read for what it means to Remote Desktop; undefined when the paste is none. */
export function readServiceControl(
  lines: readonly string[],
  text: string,
): CommandReading<'service-control'> | undefined {
  const f = failureOf(lines, text);
  if (!f) return undefined;
  const role = f.service ? serviceRoleOf(f.service) : undefined;
  const who = role ? `${role.name} (${role.display})` : f.service ? `The ${f.service} service` : 'A service';
  const code = f.code
    ? `Win32 error ${f.code.code} ${f.code.name}: ${f.code.meaning.replace(/\.$/, '')}`
    : f.number !== undefined
      ? `error ${f.number} (a number rdpdiag's tables do not hold: the start failed whatever it is)`
      : undefined;
  const happened = f.event
    ? `${f.event.what} (Service Control Manager event ${f.event.event})`
    : f.stopped
      ? 'is not running (net stop: the service is not started)'
      : f.form === 'Start-Service'
        ? "could not be started (Start-Service gives no error number: `sc start` or the System log's event 7000 does)"
        : 'could not be started';
  const base = { command: 'service-control' as const, what: `service start failure (${f.form})`, source: SRC };
  const shows = [
    ...(code ? [f.code ? `${code}. The number is a service control error, not an event id.` : `${code}.`] : []),
    ...(f.dependency ? [`The service it depends on that failed: ${f.dependency}.`] : []),
  ];
  if (f.already || f.code?.name === 'ERROR_SERVICE_ALREADY_RUNNING')
    return {
      ...base,
      summary: `${who} is already running: starting it again is refused, and the service is not what stops the connection`,
      shows: [...shows, 'Already running is no failure (net start says so as NET HELPMSG 2182).'],
      todo: role?.name === 'TermService' ? ['Test the listener itself: `Test-NetConnection <server> -Port 3389`.'] : [],
      causes: [],
    };
  if (f.code?.name === 'ERROR_SERVICE_DOES_NOT_EXIST')
    return {
      ...base,
      summary: `No service named ${f.service ?? 'so'} exists (${f.code.name}: the specified service does not exist as an installed service): a name typed wrong, not a Remote Desktop failure; Remote Desktop Services is TermService`,
      shows,
      todo: ['Query the service by its name: `sc query TermService` (its display name is "Remote Desktop Services").'],
      causes: [],
    };
  const what = [happened, code].filter(Boolean).join(': ');
  if (role)
    return {
      ...base,
      summary: `${who} ${what}. It is ${role.role}`,
      shows,
      todo: todoFor(f, role.name),
      causes: role.cause ? [role.cause] : [],
    };
  return {
    ...base,
    summary: f.service
      ? `${who} ${what}. It is not a service Remote Desktop depends on: this is not a Remote Desktop connection failure`
      : `${who} ${what}. The paste does not name the service: for Remote Desktop it matters only when it is TermService (Remote Desktop Services), which runs the RDP listener`,
    shows,
    todo: f.service
      ? []
      : ["Name the service: the command line (`net start TermService`) or the dialog's title says which."],
    causes: [],
  };
}
