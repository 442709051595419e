/**
 * Azure Virtual Desktop / Windows 365 connection error names (`CodeSymbolic` in the WVDErrors table of Log
 * Analytics, the "error code" of the AVD diagnostics and of the Windows App / Remote Desktop client's error
 * details). They are read by name: several names share one numeric code (-2146233088 is a generic .NET exception
 * code), so the number alone does not say which.
 *
 * Sources: Microsoft Learn "Identify and diagnose issues" (Azure Virtual Desktop diagnostics, "Common error
 * scenarios": external connection error codes) and "Troubleshoot RDP Shortpath" (error information logged in Log
 * Analytics). Windows 365 Cloud PCs are brokered by the same service and log the same names.
 */
import type { Confidence, ProtocolPhase } from '../../../../patterns/codes/types.js';

/** One AVD / Windows 365 error, read by its name. */
export interface NamedError {
  readonly name: string;
  /** The numeric code the diagnostics show beside the name (signed, as they print it), when there is one. */
  readonly numeric?: number;
  readonly meaning: string;
  readonly confidence: Confidence;
  readonly source: string;
  readonly phases?: readonly ProtocolPhase[];
  /** The next thing to check. */
  readonly note?: string;
}

const SRC_DIAG =
  'Microsoft Learn: Azure Virtual Desktop "Identify and diagnose issues", common error scenarios (external connection error codes)';
const SRC_SHORTPATH =
  'Microsoft Learn: Azure Virtual Desktop "Troubleshoot RDP Shortpath", errors logged in Log Analytics';

const SRC_AGENT = 'Microsoft Learn: Azure Virtual Desktop "Troubleshoot common Azure Virtual Desktop Agent issues"';
const SRC_HEALTH =
  'Microsoft Learn: Azure Virtual Desktop "Session host statuses and health checks" (troubleshoot-statuses-checks) and the DesktopVirtualization API (HealthCheckName)';
const SRC_STATUS =
  'Microsoft Learn: Azure Virtual Desktop "Session host statuses and health checks" and the DesktopVirtualization API (Status)';

function agent(rows: readonly (readonly [string, string, string])[]): NamedError[] {
  return rows.map(([name, meaning, note]) => ({
    name,
    meaning,
    confidence: 'MS',
    source: SRC_AGENT,
    phases: ['connection'],
    note,
  }));
}

function health(rows: readonly (readonly [string, string, readonly ProtocolPhase[]])[]): NamedError[] {
  return rows.map(([name, meaning, phases]) => ({
    name,
    meaning: `Session host health check ${name}: ${meaning}`,
    confidence: 'MS',
    source: SRC_HEALTH,
    phases,
  }));
}

function status(rows: readonly (readonly [string, string])[]): NamedError[] {
  return rows.map(([name, meaning]) => ({
    name,
    meaning: `Session host status ${name}: ${meaning}`,
    confidence: 'MS',
    source: SRC_STATUS,
  }));
}

const SRC_MANAGEMENT =
  'Microsoft Learn: Windows Virtual Desktop (classic) "Identify issues with the diagnostics feature", external management error codes';

/** The management errors the (classic) service's diagnostics and PowerShell cmdlets return: [numeric code, name, meaning]. */
function management(rows: readonly (readonly [number, string, string])[]): NamedError[] {
  return rows.map(([numeric, name, meaning]) => ({ name, numeric, meaning, confidence: 'MS', source: SRC_MANAGEMENT }));
}

export const AVD_ERRORS: readonly NamedError[] = [
  {
    name: 'ConnectionFailedAdErrorNoSuchMember',
    numeric: -2147467259,
    meaning: 'The user is not a member of Active Directory.',
    confidence: 'MS',
    source: SRC_DIAG,
    phases: ['logon'],
    note: "Add the user to the domain the session hosts belong to (or sync the account), then retry; check the user's UPN matches an AD account.",
  },
  {
    name: 'ConnectionFailedAdTrustedRelationshipFailure',
    numeric: -2147467259,
    meaning:
      'The session host is not correctly joined to Active Directory (the trust relationship with the domain failed).',
    confidence: 'MS',
    source: SRC_DIAG,
    phases: ['logon'],
    note: 'On the session host: `Test-ComputerSecureChannel -Repair`, or rejoin it to the domain; its System log shows NETLOGON trust errors.',
  },
  {
    name: 'ConnectionFailedUserHasValidSessionButRdshIsUnhealthy',
    numeric: -2146233088,
    meaning: "The connection failed because the session host holding the user's existing session is unavailable.",
    confidence: 'MS',
    source: SRC_DIAG,
    phases: ['connection'],
    note: "Check that session host's health in the host pool (Azure portal > Host pools > Session hosts: status and health checks; the RDAgent and RDAgentBootLoader services).",
  },
  {
    name: 'ConnectionFailedClientDisconnect',
    numeric: -2146233088,
    meaning: 'The client disconnected while the connection was being set up.',
    confidence: 'MS',
    source: `${SRC_DIAG}; ${SRC_SHORTPATH}`,
    phases: ['connection'],
    note: "Microsoft: most such errors come from a TCP reset, not a timeout. If it happens often, check the user's network (Wi-Fi, VPN, proxy or firewall resetting the TCP 443 connection to the gateway).",
  },
  {
    name: 'ConnectionFailedServerDisconnect',
    meaning: 'The session host side ended the connection while it was being set up.',
    confidence: 'MS',
    source: SRC_SHORTPATH,
    phases: ['connection'],
    note: "Microsoft: usually a TCP reset between the session host and the gateway; check the host's outbound path to the AVD gateway (firewall, proxy, TLS inspection).",
  },
  {
    name: 'ConnectionFailedNoHealthyRdshAvailable',
    numeric: -2146233088,
    meaning:
      'No healthy session host was available for the user: the session host they would connect to is not healthy.',
    confidence: 'MS',
    source: SRC_DIAG,
    phases: ['connection'],
    note: 'Debug the session host VMs: running, not in drain mode, health checks passed, agent services running, sessions below the host pool limit.',
  },
  {
    name: 'ConnectionFailedUserNotAuthorized',
    numeric: -2146233088,
    meaning:
      'The user does not have permission to the published app or desktop (for example after an administrator removed published resources).',
    confidence: 'MS',
    source: SRC_DIAG,
    phases: ['connection'],
    note: 'Check the application group assignment (Desktop Virtualization User role) and ask the user to refresh the feed in the client.',
  },
  {
    name: 'ConnectionFailedNoMappingOfSIDinAD',
    numeric: 1322,
    meaning: "The user is not a member of Active Directory (no account maps to the user's SID).",
    confidence: 'MS',
    source: SRC_DIAG,
    phases: ['logon'],
  },
  {
    name: 'FileNotFound',
    numeric: 2,
    meaning: 'The application the user tried to open is installed wrongly or published with a wrong path.',
    confidence: 'MS',
    source: SRC_DIAG,
    phases: ['session'],
    note: 'An app published while the user has a session open is not reachable until that session is signed out and started again.',
  },
  {
    name: 'InvalidCredentials',
    numeric: 3,
    meaning: 'The user name or password the user entered does not match an existing account.',
    confidence: 'MS',
    source: SRC_DIAG,
    phases: ['nla', 'logon'],
  },
  {
    name: 'ConnectionBroken',
    numeric: 8,
    meaning: 'The connection between the client and the gateway or the server dropped.',
    confidence: 'MS',
    source: SRC_DIAG,
    phases: ['session'],
    note: 'No action unless it happens unexpectedly; then look at the network between the client, the gateway and the host.',
  },
  {
    name: 'UnexpectedNetworkDisconnect',
    numeric: 14,
    meaning: 'The connection to the network dropped.',
    confidence: 'MS',
    source: SRC_DIAG,
    phases: ['session'],
    note: 'Ask the user to connect again; repeated drops point to the client network.',
  },
  {
    name: 'ReverseConnectFailed',
    numeric: 24,
    meaning:
      'The session host has no direct line of sight to the RD Gateway (the reverse connection from the host failed).',
    confidence: 'MS',
    source: SRC_DIAG,
    phases: ['connection'],
    note: "Make sure the session host can resolve and reach the gateway's address (DNS, outbound TCP 443, the required AVD URLs not blocked by a proxy or firewall).",
  },
  {
    name: 'ShortpathTransportNetworkDrop',
    meaning:
      'The RDP Shortpath (UDP) connection was lost: UDP has no reset, so the peer is only known to be gone after a timeout.',
    confidence: 'MS',
    source: SRC_SHORTPATH,
    phases: ['session'],
  },
  {
    name: 'ShortpathTransportReliabilityThresholdFailure',
    meaning:
      'An RDP Shortpath (UDP) packet did not get through after 50 retransmissions although the connection was alive (a sudden stop on a very fast link, or packets larger than the path allows).',
    confidence: 'MS',
    source: SRC_SHORTPATH,
    phases: ['session'],
    note: 'Check the path MTU (VPN, tunnels); RDP Shortpath can be disabled to fall back to TCP while testing.',
  },
  {
    name: 'ConnectionBrokenMissedHeartbeatThresholdExceeded',
    meaning:
      'An RDP-level timeout: heartbeats were missed; Microsoft notes a misconfiguration could make it fire before the UDP-level timeout.',
    confidence: 'MS',
    source: SRC_SHORTPATH,
    phases: ['session'],
  },
  // The session host agent (RDAgent / RDAgentBootLoader, Application log event 3277 and others).
  ...agent([
    [
      'INVALID_REGISTRATION_TOKEN',
      'The registration token the agent was given is not valid (expired, or of another host pool): the session host cannot register.',
      'Generate a new registration key for the host pool, set it in HKLM\\SOFTWARE\\Microsoft\\RDInfraAgent RegistrationToken (IsRegistered 0) and restart RDAgentBootLoader.',
    ],
    [
      'EXPIRED_MACHINE_TOKEN',
      "The session host's machine token has expired: it no longer authenticates to the service.",
      'Re-register the session host with a new registration key.',
    ],
    [
      'INVALID_FORM',
      "The agent cannot reach the broker: the answer it gets is not the service's (a proxy, firewall or DNS sends it elsewhere).",
      'Check that the session host reaches the required URLs (the Required URL Check tool), without TLS inspection.',
    ],
    [
      'ENDPOINT_NOT_FOUND',
      'The broker could not find an endpoint for the agent (the host pool or its VMs are not where the agent looks, or the URLs are blocked).',
      'Check the required URLs and that the VM is registered to an existing host pool.',
    ],
    [
      'NAME_ALREADY_REGISTERED',
      'A session host of that name is already registered: the VM cannot register again under it.',
      'Remove the old session host from the host pool (or rename the VM), then re-register with a new key.',
    ],
    [
      'InstallMsiException',
      'The agent could not install one of its components (an MSI failed, often blocked by policy or another installation in progress).',
      "Check the Application log (MsiInstaller) for the component's error, and any policy that blocks installations.",
    ],
    [
      'DownloadMsiException',
      'The agent could not download a component it must install (no space, or the download URLs are blocked).',
      'Free disk space and check the required URLs.',
    ],
    [
      'EXPIRED_REGISTRATION_TOKEN',
      'The registration token the session host was given has expired: it cannot register to the host pool.',
      'Re-register the session host: uninstall the agent, boot loader and side-by-side stack, remove the host from the host pool, generate a new registration key and reinstall the agent with it.',
    ],
    [
      'Win32Exception',
      'A policy stops the agent from starting cmd.exe (Prevent access to the command prompt), which it needs to restart its service when it updates.',
      'In rsop.msc: User Configuration > Administrative Templates > System > Prevent access to the command prompt; allow cmd.exe for the agent.',
    ],
    [
      'MissingMethodException',
      'The agent failed to update and went back to its earlier version (Application log event 3389, "MissingMethodException: Method not found"): the .NET Framework on the session host is older than 4.7.2.',
      'Install .NET Framework 4.7.2 or later on the session host.',
    ],
    [
      'InstallationHealthCheckFailedException',
      'A component the agent installed failed its health check (most often the side-by-side stack listener: rdp-sxs not listening).',
      'Check `qwinsta` for the rdp-sxs listener, reinstall the side-by-side stack.',
    ],
  ]),
  // Session host health checks (the host pool's session host health details).
  ...health([
    [
      'DomainJoinedCheck',
      'Verifies the session host is joined to a domain; fatal: no connection can succeed otherwise.',
      ['logon'],
    ],
    [
      'DomainTrustCheck',
      'Verifies the session host has no domain trust problem that would stop authentication when a session is created; fatal.',
      ['logon'],
    ],
    ['DomainReachable', 'Verifies the domain the session host joined is still reachable; fatal.', ['logon']],
    [
      'FSLogixHealthCheck',
      "Verifies the FSLogix service is running so users' profiles load; fatal for the user experience (a temporary profile).",
      ['session'],
    ],
    [
      'SxSStackListenerCheck',
      'Verifies the side-by-side stack is up and running so connections can succeed; fatal.',
      ['connection'],
    ],
    [
      'UrlsAccessibleCheck',
      'Verifies the service and Geneva URLs are reachable from the session host; not fatal (monitoring data is lost).',
      ['connection'],
    ],
    ['MonitoringAgentCheck', 'Verifies the Geneva monitoring agent is running; not fatal.', ['session']],
    [
      'WebRTCRedirectorCheck',
      'Verifies the WebRTC Redirector (Teams media optimization) is healthy; not fatal.',
      ['session'],
    ],
    [
      'SupportedEncryptionCheck',
      'Verifies the SecurityLayer registry value: with 0 (RDP security) the check fails and is fatal.',
      ['tls'],
    ],
    [
      'MetaDataServiceCheck',
      'Verifies the Azure Instance Metadata Service is reachable from the session host.',
      ['connection'],
    ],
    [
      'AppAttachHealthCheck',
      'Verifies the App Attach service staged its packages without errors; not fatal (some MSIX apps will not work).',
      ['session'],
    ],
  ]),
  // Session host statuses (the host pool's Status column).
  ...status([
    [
      'NoHeartbeat',
      'The session host is not sending heartbeats to the service: the agent is stopped or cannot reach it.',
    ],
    ['NotJoinedToDomain', 'The session host is not joined to a domain.'],
    ['DomainTrustRelationshipLost', "The session host's domain trust relationship is lost."],
    ['SxSStackListenerNotReady', 'The side-by-side stack on the session host is not ready to receive connections.'],
    ['FSLogixNotHealthy', 'FSLogix is in an unhealthy state on the session host.'],
    ['NeedsAssistance', 'The session host needs fixing; connections might not fail, as these issues are not fatal.'],
    [
      'UpgradeFailed',
      'The session host is unavailable because the upgrade of a critical component (agent, side-by-side stack) failed.',
    ],
    ['Upgrading', 'The session host is unavailable while the agent or side-by-side stack is upgraded.'],
    [
      'Shutdown',
      'The session host has been shut down (if it stopped before telling the broker, its status reads Unavailable instead).',
    ],
    [
      'Unavailable',
      'The session host is turned off or failed critical health checks: the service routes no connection to it.',
    ],
    [
      'Available',
      'The session host passed every health check and is available for connections (also when it has reached its session limit): the healthy status.',
    ],
    ['Disconnected', 'The session host is unavailable because it is currently disconnected.'],
  ]),
  // Management errors (PowerShell and the diagnostics of the classic service).
  ...management([
    [
      3,
      'UnauthorizedAccess',
      'The user who ran the administrative cmdlet has no permission to do so, or mistyped the user name.',
    ],
    [1000, 'TenantNotFound', 'The tenant name given matches no existing tenant.'],
    [
      1006,
      'TenantCannotBeRemovedHasSessionHostPools',
      'A tenant cannot be deleted while it holds session host pools: delete them first.',
    ],
    [2000, 'HostPoolNotFound', 'The host pool name given matches no existing host pool.'],
    [2004, 'HostPoolCannotBeRemovedHasSessionHosts', 'Remove every session host before deleting the host pool.'],
    [
      2005,
      'HostPoolCannotBeRemovedHasApplicationGroups',
      'A host pool cannot be deleted while it holds app groups: remove them first.',
    ],
    [5001, 'SessionHostNotFound', 'The session host queried might be offline: check the host pool status.'],
    [
      5008,
      'SessionHostUserSessionsExist',
      'Every user must be signed out of the session host before this management action.',
    ],
    [6000, 'AppGroupNotFound', 'The app group name given matches no existing app group.'],
    [6010, 'PublishedItemsExist', 'A resource of the same name is already published: change the name.'],
    [6022, 'RemoteAppNotFound', 'The RemoteApp name given matches no RemoteApp.'],
    [7002, 'NameNotValidWhiteSpace', 'The name must not contain white space.'],
    [8000, 'InvalidAuthorizationRoleScope', 'The role name given matches no existing role.'],
    [8001, 'UserNotFound', 'The user name given matches no existing user.'],
    [8005, 'UserNotFoundInAAD', 'The user name given matches no user in Microsoft Entra ID (Azure Active Directory).'],
    [8008, 'TenantConsentRequired', 'The tenant has not given consent to the service: grant the permissions first.'],
  ]),
];

/**
 * Names read by the documented error whose family their first words name, when the name itself is not in the table
 * (the diagnostics add detail words: `ConnectionFailedReverseConnectStack…` is a reverse connection that failed).
 * The reading says so and lowers its confidence to SP.
 */
const FAMILIES: readonly { readonly prefix: RegExp; readonly like: string }[] = [
  { prefix: /^ConnectionFailedReverseConnect\w+$/i, like: 'ReverseConnectFailed' },
  { prefix: /^ConnectionFailedClientDisconnect\w+$/i, like: 'ConnectionFailedClientDisconnect' },
  { prefix: /^ShortpathTransport\w+$/i, like: 'ShortpathTransportNetworkDrop' },
];

const byName = new Map(AVD_ERRORS.map((e) => [e.name.toLowerCase(), e]));
if (byName.size !== AVD_ERRORS.length) throw new Error('duplicate name in AVD_ERRORS');

/** The AVD / Windows 365 error of that name (any case), or undefined. */
export function lookupAvdError(name: string): NamedError | undefined {
  return byName.get(name.trim().toLowerCase());
}

/**
 * An AVD error name the table does not hold, read by the documented error of its family (its first words), or
 * undefined: `{ like, error }` where `error` is that family's entry restated for this name, confidence SP.
 */
export function lookupAvdFamily(name: string): { readonly like: string; readonly error: NamedError } | undefined {
  const word = name.trim();
  if (byName.has(word.toLowerCase())) return undefined;
  const family = FAMILIES.find((f) => f.prefix.test(word));
  const like = family && byName.get(family.like.toLowerCase());
  if (!family || !like) return undefined;
  return {
    like: like.name,
    error: {
      ...like,
      name: word,
      numeric: undefined,
      meaning: `Not in our table by this name; its first words name the family of ${like.name}: ${like.meaning}`,
      confidence: 'SP',
      source: `Read by its family: ${like.source} (${like.name}); the name itself is not documented there`,
    },
  };
}

/**
 * A session host status or health check as the Azure portal and Microsoft's page write it, in words ("Needs
 * assistance", "Upgrade failed", "No heartbeat"): read as its name, only in a paste whose words name Azure Virtual
 * Desktop, Windows 365 or a session host (alone, "upgrade failed" is any product's). Only names made of plain words
 * are spelled out; SxS… and FSLogix… keep their one-word form.
 */
const AVD_CONTEXT = /session ?host|host ?pool|azure virtual desktop|\bavd\b|\bwvd\b|windows 365|cloud ?pc|rdagent/i;
/** @cache the spelled-out names: a pure function of the constant table above, built once. */
const SPELLED: readonly { readonly re: RegExp; readonly name: string }[] = AVD_ERRORS.filter(
  (e) => (e.source === SRC_STATUS || e.source === SRC_HEALTH) && /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(e.name),
).map((e) => ({
  name: e.name,
  re: new RegExp(String.raw`\b${e.name.replace(/([a-z])([A-Z])/g, String.raw`$1[\s-]+$2`)}\b`, 'i'),
}));

export function spelledAvdName(text: string): string | undefined {
  if (!AVD_CONTEXT.test(text)) return undefined;
  return SPELLED.find((s) => s.re.test(text))?.name;
}
