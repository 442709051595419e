/**
 * What a report shows of an analysis of the whole logs (`--since`, `--until`, `--computer`): the attempts of
 * that time and those computers, and every incident and finding that names one of them. The verdict was
 * reached on all events first, so an attempt in view keeps the attack, incident or lateral movement it belongs
 * to even when these began before `--since` or on another computer.
 */
import { type AnalysisView, computerChosen } from '../ingest/filter.js';
import type { Attempt, Finding } from '../model/attempt.js';
import type { Analysis } from './analyze.js';
import { isSecurityAlert, findingAttempts } from './attacks/attack-path.js';

/** Both ends of an attempt and the computers on its path: a client-side attempt matches its destination too. */
function attemptComputers(a: Attempt): string[] {
  return [
    a.computer,
    a.clientComputer,
    a.server.name,
    a.server.address,
    a.redirectedFrom?.computer,
    a.via?.gateway,
  ].filter((c): c is string => !!c);
}

export function inView(a: Attempt, view: AnalysisView): boolean {
  if (view.sinceMs !== undefined && a.endMs < view.sinceMs) return false;
  if (view.untilMs !== undefined && a.startMs > view.untilMs) return false;
  if (view.computers && !attemptComputers(a).some((c) => computerChosen(c, view.computers!))) return false;
  return true;
}

/** A host finding (no attempt of its own) is in view on a chosen computer with evidence in the chosen time. */
function hostFindingInView(f: Finding, view: AnalysisView): boolean {
  if (view.computers && !computerChosen(f.computer, view.computers)) return false;
  if (f.evidence.length === 0 || (view.sinceMs === undefined && view.untilMs === undefined)) return true;
  return f.evidence.some((e) => {
    const ms = Date.parse(e.time);
    return (
      Number.isNaN(ms) ||
      ((view.sinceMs === undefined || ms >= view.sinceMs) && (view.untilMs === undefined || ms <= view.untilMs))
    );
  });
}

/** The analysis as the view shows it (the same object when there is no view). */
export function applyView(analysis: Analysis, view: AnalysisView | undefined): Analysis {
  if (!view) return analysis;
  const attempts = analysis.attempts.filter((a) => inView(a, view));
  const shown = new Set(attempts.map((a) => a.id));
  const findings = analysis.findings.filter((f) => {
    const about = findingAttempts(f);
    return about.length ? about.some((id) => shown.has(id)) : hostFindingInView(f, view);
  });
  return {
    ...analysis,
    attempts,
    incidents: analysis.incidents.filter((x) => x.attempts.some((id) => shown.has(id))),
    findings,
  };
}

/** What `analyze` exits 1 for: a failed attempt, or a security alert (an attack, a scan, lateral movement…). */
export function failuresFound(analysis: Analysis): boolean {
  return (
    analysis.attempts.some((a) => a.outcome === 'failed' && !a.healthProbe) ||
    analysis.findings.some(isSecurityAlert) ||
    analysis.machineState?.checks.some((c) => c.verdict === 'failed') === true
  );
}
