/**
 * The machine-state checks, as data: one row per check MSRD-Diag's RDP checklist makes, each with the `state-*`
 * finding a failure raises (shared/reference/causes.md "Host state"), the causes it confirms and rules out, its
 * Microsoft sources, and the command whose output makes it when no file given does. `evaluate` reads a computer's
 * state (`StateView`, policy keys first) and says passed, failed or could not be made, and what it read.
 *
 * The checks are written one module per part of the checklist: the listener (`listener.ts`), Windows Firewall
 * (`firewall.ts`), TLS (`tls.ts`), the security layer (`security-layer.ts`), CredSSP (`credssp.ts`), RD licensing
 * (`licensing.ts`) and the logon rights (`logon-rights.ts`); this module lists them in the order they are made and
 * printed.
 */
import type { StateCheck } from './check.js';
import { credsspOracle } from './credssp.js';
import { firewallInboundRule } from './firewall.js';
import { clientLicenseStore, licensing, licensingCals } from './licensing.js';
import { listenerPortOpen, remoteDesktopAllowed, termserviceRunning } from './listener.js';
import { logonRight } from './logon-rights.js';
import { encryptionLevel, securityLayer } from './security-layer.js';
import { certificate, tls12 } from './tls.js';

/** The keys the paste reader names too (src/explain/tables). */
export { FIPS, RDP_TCP, SCHANNEL, TS, TS_POLICY } from './keys.js';

export const STATE_CHECKS: readonly StateCheck[] = [
  remoteDesktopAllowed,
  termserviceRunning,
  listenerPortOpen,
  firewallInboundRule,
  certificate,
  tls12,
  securityLayer,
  encryptionLevel,
  credsspOracle,
  licensing,
  licensingCals,
  logonRight,
  clientLicenseStore,
];
