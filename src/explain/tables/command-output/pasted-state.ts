/**
 * A pasted command output as the host-state checks read a computer (patterns/state/checks.ts): the items the paste
 * holds, one format, the time the answer is made. One implementation of each rule: the paste reader makes a check
 * on these items, never a rule of its own for the same setting.
 */
import { STATE_CHECKS } from '../../../../patterns/state/checks.js';
import type { StateFile, StateFormat, StateItem, StateItemKind, StateRead, StateView } from '../../../model/state.js';

/** The items of one pasted output as the state checks read a computer (no other file beside it). */
export function pastedView(format: StateFormat, items: readonly StateItem[], taken: string): StateView {
  const file: StateFile = { file: '(paste)', format, items: [...items], taken };
  const reads: StateRead[] = items.map((item) => ({ item, file }));
  const registry = reads.filter((r) => r.item.kind === 'registry');
  return {
    computer: 'the computer it was run on',
    taken,
    value: (name: string, keys: readonly string[]) => {
      const n = name.toLowerCase();
      for (const key of keys) {
        const k = key.toLowerCase();
        const found = registry.find((r) => r.item.key.toLowerCase() === k && r.item.name.toLowerCase() === n);
        if (found) return found;
      }
      return undefined;
    },
    // A key is read when a value under it, or under a key below it, is.
    read: (key: string) => {
      const k = key.toLowerCase();
      return registry.some((r) => r.item.key.toLowerCase() === k || r.item.key.toLowerCase().startsWith(`${k}\\`));
    },
    keysUnder: () => [],
    items: (kind: StateItemKind) => reads.filter((r) => r.item.kind === kind),
    has: (f: StateFormat) => f === format,
    // A paste is one computer's output: no other computer's state beside it.
    elsewhere: () => [],
    same: (a: string, b: string) => a.toLowerCase() === b.toLowerCase(),
  };
}

/** The host-state check of that id. */
export const stateCheck = (id: string) => {
  const c = STATE_CHECKS.find((x) => x.id === id);
  if (!c) throw new Error(`state check ${id} is gone from patterns/state/checks.ts`);
  return c;
};
