/**
 * Registry values Microsoft's troubleshooting pages tell admins to check beyond the Remote Desktop settings of
 * `rdp-settings.ts`, as `reg query`, a `.reg` file or `Get-ItemProperty` show them (issue 60, round 13), each read by
 * its key, never by its name alone (`Enabled` means a different thing under each key):
 * - `Lsa\FIPSAlgorithmPolicy` Enabled and RDP-Tcp `MinEncryptionLevel`: the host-state check `encryption-level`;
 * - SCHANNEL `Protocols\<version>\Server|Client` Enabled and DisabledByDefault: named per version and side; TLS 1.2's
 *   read by the host-state check `tls-1.2`;
 * - `RDInfraAgent` IsRegistered and RegistrationToken: the Azure Virtual Desktop agent's registration.
 * The lines are the registry reader's (parsers/state, through `rdp-settings.ts`); the rules the checks'
 * (patterns/state/checks.ts, through `pasted-state.ts`): one implementation of each.
 */
import { FIPS, RDP_TCP, SCHANNEL, TS_POLICY } from '../../../../patterns/state/checks.js';
import type { StateItem } from '../../../model/state.js';
import type { CommandReading } from './command-reading.js';
import { pastedView, stateCheck } from './pasted-state.js';
import { pastedRegistryItems } from './rdp-settings.js';

const AGENT = 'HKLM\\SOFTWARE\\Microsoft\\RDInfraAgent';
const SOURCES = {
  encryption:
    'Microsoft Learn "Remote Desktop connection fails when FIPS-compliant encryption is enabled" and the MinEncryptionLevel policy ("Set client connection encryption level")',
  schannel:
    'Microsoft Learn "Transport Layer Security (TLS) registry settings" (SCHANNEL\\Protocols: Enabled 0 switches a version off, DisabledByDefault 1 leaves it off unless an application asks for it); "RDP connection fails when TLS 1.0 is disabled"',
  agent:
    'Microsoft Learn Azure Virtual Desktop "Troubleshoot common Azure Virtual Desktop Agent issues" (HKLM\\SOFTWARE\\Microsoft\\RDInfraAgent: IsRegistered 1 when registered; a new registration key in RegistrationToken, then restart RDAgentBootLoader)',
} as const;

const under = (item: StateItem, key: string) =>
  item.key.toLowerCase() === key.toLowerCase() || item.key.toLowerCase().startsWith(`${key.toLowerCase()}\\`);

/** One SCHANNEL protocol value in words: `TLS 1.0 Server: Enabled = 0 (switched off)`. */
function schannelWords(i: StateItem): string {
  const [version, side] = i.key.split('\\').slice(-2);
  const n = typeof i.value === 'number' ? i.value : undefined;
  const meaning = /^enabled$/i.test(i.name)
    ? n === 0
      ? 'switched off'
      : 'switched on'
    : n === 1
      ? 'off unless an application asks for it'
      : 'offered by default';
  return `${version} ${side}: ${i.name} = ${String(i.value)} (${meaning})`;
}

/** The AVD agent's registration values in words; undefined when neither says anything. */
function agentWords(agent: readonly StateItem[]): { said: string; shows: string; todo: string[] } | undefined {
  const registered = agent.find((i) => /^isregistered$/i.test(i.name));
  const token = agent.find((i) => /^registrationtoken$/i.test(i.name));
  const empty = token !== undefined && String(token.value).trim() === '';
  if (registered?.value === 0)
    return {
      said: 'the Azure Virtual Desktop agent is not registered (IsRegistered 0)',
      shows: `IsRegistered = 0: the session host's agent is not registered with its host pool${empty ? ', and RegistrationToken is empty' : ''}: the service routes no connection to it.`,
      todo: [
        'Generate a new registration key for the host pool (it expires), put it in RegistrationToken, and restart RDAgentBootLoader; the agent then sets IsRegistered to 1.',
      ],
    };
  if (registered?.value === 1)
    return {
      said: 'the Azure Virtual Desktop agent is registered (IsRegistered 1)',
      shows: 'IsRegistered = 1: the agent is registered with its host pool.',
      todo: [],
    };
  if (token)
    return {
      said: `RegistrationToken ${empty ? 'empty' : 'set'}`,
      shows: `RegistrationToken is ${empty ? 'empty' : 'set'} (the key the agent registers with).`,
      todo: [],
    };
  return undefined;
}

/** The registry values a paste shows under these keys, read in words; undefined when it holds none of them. */
export function readRegistryState(text: string, now: Date): CommandReading<'registry'> | undefined {
  const items = pastedRegistryItems(text);
  const fips = items.filter((i) => under(i, FIPS) && /^enabled$/i.test(i.name));
  const level = items.filter((i) => /^minencryptionlevel$/i.test(i.name) && (under(i, RDP_TCP) || under(i, TS_POLICY)));
  const schannel = items.filter((i) => under(i, SCHANNEL) && /^(enabled|disabledbydefault)$/i.test(i.name));
  const agent = items.filter((i) => under(i, AGENT) && /^(isregistered|registrationtoken)$/i.test(i.name));
  if (!fips.length && !level.length && !schannel.length && !agent.length) return undefined;
  const taken = now.toISOString();
  const shows: string[] = [];
  const todo: string[] = [];
  const causes: string[] = [];
  const said: string[] = [];
  const sources: string[] = [];
  /** A check made on the values; `words` says them when the check's own value would name one the paste lacks. */
  const run = (id: string, read: StateItem[], words?: string) => {
    const outcome = stateCheck(id).evaluate(pastedView('reg-query', read, taken));
    if (outcome.verdict === 'failed') {
      shows.push(outcome.explanation ?? outcome.value);
      todo.push(...(outcome.remediation ?? []));
      said.push(words ?? outcome.value);
      // A check's weak verdict is a warning about the setting, not the stated cause of a failure.
      const confirms = stateCheck(id).confirms[0];
      if ((outcome.confidence ?? 0) >= 0.5 && confirms && !causes.includes(confirms)) causes.push(confirms);
    } else if (outcome.verdict === 'passed') {
      shows.push(`${words ?? outcome.value}: not a setting that refuses connections.`);
      said.push(words ?? outcome.value);
    }
  };
  if (fips.length || level.length) {
    // The FIPS value alone: said by itself (the check's words would say MinEncryptionLevel is not set: not shown).
    const policy = fips[0]?.value;
    run(
      'encryption-level',
      [...fips, ...level],
      level.length
        ? undefined
        : `FIPSAlgorithmPolicy Enabled = ${String(policy)}: the FIPS policy is ${policy === 1 ? 'on (only FIPS-compliant algorithms)' : 'off'}`,
    );
    sources.push(SOURCES.encryption);
  }
  if (schannel.length) {
    const words = schannel.map(schannelWords);
    shows.push(`${words.join('; ')}.`);
    if (schannel.some((i) => /\\TLS 1\.2\\/i.test(i.key))) run('tls-1.2', schannel, words.join('; '));
    else {
      said.push(words.join('; '));
      shows.push(
        'Remote Desktop needs one TLS version both ends share: with TLS 1.0 or 1.1 off, clients and servers without TLS 1.2 (older systems not updated) cannot connect; TLS 1.2 is not in this paste.',
      );
    }
    sources.push(SOURCES.schannel);
  }
  const registration = agentWords(agent);
  if (registration) {
    said.push(registration.said);
    shows.push(registration.shows);
    todo.push(...registration.todo);
    sources.push(SOURCES.agent);
  }
  if (!said.length) return undefined;
  shows.push('Read as registry values by their key, not as error codes.');
  const first = said.join('; ');
  return {
    command: 'registry',
    what: 'registry listing (reg query / .reg / Get-ItemProperty)',
    summary: `${first.charAt(0).toUpperCase()}${first.slice(1)}`,
    shows,
    todo,
    causes,
    source: sources.join('; '),
  };
}
