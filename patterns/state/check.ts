/** What a host-state check is (`StateCheck`), the finding its failure raises and what it concluded (`CheckOutcome`). */
import type { CheckVerdict, StateRead, StateView } from '../../src/model/state.js';

export type StateFindingId =
  | 'state-certificate'
  | 'state-tls-protocols'
  | 'state-credssp'
  | 'state-security-layer'
  | 'state-licensing'
  | 'state-listener'
  | 'state-firewall'
  | 'state-logon-rights'
  | 'state-client-license-cache';

/** What a check concluded. */
export interface CheckOutcome {
  verdict: CheckVerdict;
  /** What was read, in words (or why nothing could be). */
  value: string;
  /** The items it rests on. */
  read: StateRead[];
  /** With `failed`: how sure (0–1), the sentence, what to do (naming the values read). */
  confidence?: number;
  explanation?: string;
  remediation?: string[];
  /**
   * The check holds only where the logs show this cause (a client's CredSSP setting against a failure of CredSSP,
   * the MSLicensing store against RCM 1003 naming the client): alone it raises nothing.
   */
  onlyWith?: string;
}

export interface StateCheck {
  id: string;
  title: string;
  finding: StateFindingId;
  /** The causes a failure confirms (first: the one the finding supports). */
  confirms: readonly string[];
  /** The causes a pass rules out for a failed attempt of that computer (the state shows it is not so). */
  rulesOut?: readonly string[];
  references: readonly string[];
  /** The command whose output makes the check (printed when it could not be made). */
  command: string;
  evaluate(v: StateView): CheckOutcome;
}
