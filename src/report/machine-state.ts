/**
 * The report's "Machine state" section, one model for Markdown and HTML: per computer, each state check
 * (patterns/state/checks.ts), what was read and its verdict, MSRD-Diag style; a check not made names the command
 * whose output would make it. Values are the files' own text: each renderer escapes them for its medium.
 */
import type { Analysis } from '../diagnose/analyze.js';
import type { CheckVerdict } from '../model/state.js';

export interface MachineStateRow {
  check: string;
  value: string;
  verdict: CheckVerdict;
  verdictText: string;
  command?: string;
}

export interface MachineStateGroup {
  computer: string;
  rows: MachineStateRow[];
}

const VERDICT: Record<CheckVerdict, string> = { passed: 'passed', failed: 'FAILED', 'not-made': 'not made' };

/** The section's groups and notes; undefined when no state file was read. */
export function machineStateSection(
  analysis: Analysis,
): { groups: MachineStateGroup[]; notes: string[]; intro: string } | undefined {
  const state = analysis.machineState;
  if (!state) return undefined;
  const groups: MachineStateGroup[] = [];
  for (const c of state.checks) {
    let g = groups.find((x) => x.computer === c.computer);
    if (!g) groups.push((g = { computer: c.computer, rows: [] }));
    g.rows.push({
      check: c.title,
      value: c.value,
      verdict: c.verdict,
      verdictText: VERDICT[c.verdict],
      ...(c.command ? { command: c.command } : {}),
    });
  }
  return {
    groups,
    notes: state.notes,
    intro:
      'The state files read (registry exports, reg query, secedit, PowerShell, netsh, netstat), checked as MSRD-Diag checks Remote Desktop: each check, what was read, and its verdict; a check not made names the command whose output would make it.',
  };
}
