/**
 * Issue 60 (e): every piece of advice rdpdiag gives (the causes' and findings' remediation, the notes and meanings of
 * every code table and sentence explain-code shows) that restarts Remote Desktop Services or the server says what
 * that drops, and every one that weakens security (native RDP security, NLA off, CredSSP's "Vulnerable") says so.
 * The texts are taken from the registries that declare them, so a new cause or table entry is checked too.
 */
import { describe, expect, it } from 'vitest';
import * as codeTables from '../../patterns/codes/index.js';
import { ATTACK_FINDINGS, FINDINGS, PATTERNS } from '../../patterns/index.js';
import * as pasteTables from '../../src/explain/tables/index.js';

function strings(where: string, v: unknown, out: [string, string][], seen = new Set<unknown>()): [string, string][] {
  if (typeof v === 'string') out.push([where, v]);
  else if (v && typeof v === 'object' && !seen.has(v)) {
    seen.add(v);
    for (const [k, x] of Object.entries(v)) strings(`${where}.${k}`, x, out, seen);
  }
  return out;
}

const ADVICE = [
  ...strings('PATTERNS', PATTERNS, []),
  ...strings('FINDINGS', FINDINGS, []),
  ...strings('ATTACK_FINDINGS', ATTACK_FINDINGS, []),
  ...strings('patterns/codes', codeTables, []),
  ...strings('src/explain/tables', pasteTables, []),
  // A sample's description tells its story (what an attacker did), it is no advice.
].filter(([where]) => !/\.samples?\.(?:\d+\.)?description$/.test(where));

/** Advice to restart the service or the host (not an event's name such as ERRINFO_SERVER_REBOOT). */
const RESTARTS =
  /\brestart(?:-service)?\W+(?:the\W+)?(?:termservice\b|remote desktop services\b|server\b|session host\b)|\bnet stop termservice\b/i;
const SAYS_WHAT_IT_DROPS = /drops|disconnect|every session|sessions? (?:on it )?(?:end|stay)/i;

const WEAKENS =
  /`?securitylayer`?\s*(?:to\s+|=\s*)0\b|`?securitylayer`? 0 \(native|`?userauthentication`?\s*=\s*0\b|\bvulnerable\b|\b(?:disable|turn off)\W+(?:nla|network level authentication)\b/i;
const SAYS_IT_WEAKENS = /expos|weaken|removes|disables|risk|temporar|do not|never|only as|test of minutes/i;

describe('advice that costs something says so', () => {
  it('the texts come from every registry (a check that reads nothing cannot pass)', () => {
    expect(ADVICE.filter(([, t]) => RESTARTS.test(t)).length).toBeGreaterThan(4);
    expect(ADVICE.filter(([, t]) => WEAKENS.test(t)).length).toBeGreaterThan(2);
  });

  it('a restart of Remote Desktop Services or of the server says what it drops', () => {
    const silent = ADVICE.filter(([, t]) => RESTARTS.test(t) && !SAYS_WHAT_IT_DROPS.test(t));
    expect(silent.map(([w, t]) => `${w}: ${t.slice(0, 160)}`)).toEqual([]);
  });

  it('a setting that weakens security says so', () => {
    const silent = ADVICE.filter(([, t]) => WEAKENS.test(t) && !SAYS_IT_WEAKENS.test(t));
    expect(silent.map(([w, t]) => `${w}: ${t.slice(0, 160)}`)).toEqual([]);
  });
});
