/**
 * `netsh advfirewall firewall show rule name=all` (add `verbose` for more fields): blocks of `Label: value` lines,
 * each rule opened by `Rule Name:` and a line of dashes. The labels are read in English only (no Microsoft page
 * shows the German or French output, so none is guessed): a block under labels rdpdiag does not know is passed
 * over whole and said, never half-read.
 */
import type { StateItem, StateValue } from '../../src/model/state.js';

/** English labels → the field names the checks read. */
const LABELS: Record<string, string> = {
  'rule name': 'Name',
  enabled: 'Enabled',
  direction: 'Direction',
  profiles: 'Profiles',
  grouping: 'Grouping',
  localip: 'LocalIP',
  remoteip: 'RemoteIP',
  protocol: 'Protocol',
  localport: 'LocalPort',
  remoteport: 'RemotePort',
  'edge traversal': 'EdgeTraversal',
  action: 'Action',
  program: 'Program',
  service: 'Service',
};

export interface NetshProblems {
  /** A rule block whose opening label is not known (another language): its first line. */
  unknownBlock(line: number, label: string): void;
}

export class NetshLines {
  readonly items: StateItem[] = [];
  private current?: StateItem;
  private previous?: { text: string; line: number };
  /** Inside a block of unknown labels: passed over up to the next blank line. */
  private unknown = false;

  constructor(private readonly problems: NetshProblems) {}

  push(text: string, line: number): void {
    const t = text.trim();
    if (/^-{10,}$/.test(t)) {
      // The line before the dashes opened a rule.
      const prev = this.previous;
      if (prev) {
        const m = /^([^:：]+?)\s*[:：]\s*(.*)$/.exec(prev.text.trim());
        if (m && m[1]!.toLowerCase() === 'rule name') {
          this.current = { kind: 'firewall-rule', key: m[2]!, name: m[2]!, value: m[2]!, fields: {}, line: prev.line };
          this.items.push(this.current!);
          this.unknown = false;
        } else if (m) {
          this.current = undefined;
          this.unknown = true;
          this.problems.unknownBlock(prev.line, m[1]!);
        }
      }
      this.previous = undefined;
      return;
    }
    this.previous = t ? { text, line } : undefined;
    if (!t) return;
    if (this.unknown || !this.current) return;
    const m = /^([^:：]+?)\s*[:：]\s*(.*)$/.exec(t);
    if (!m) return;
    const field = LABELS[m[1]!.toLowerCase()];
    if (field && field !== 'Name') (this.current.fields as Record<string, StateValue>)[field] = m[2]!.trim();
  }
}
