/**
 * The metamorphic suite over a list of folders: one test per folder (every transformation of it), then one that
 * says the counts (folders × transformations, attempts compared, violations by rule) and that no known violation
 * of these folders is stale. A violation not in known-violations.ts fails its folder's test, naming its rule.
 */
import { describe, expect, it } from 'vitest';
import { checkFolder, RULES, type Violation, violationKey } from './harness.js';
import { KNOWN_VIOLATIONS } from './known-violations.js';

export function metamorphicSuite(title: string, folders: readonly { label: string; path: string }[]): void {
  describe(title, () => {
    const totals = { folders: 0, transformations: 0, compared: 0 };
    const found: Violation[] = [];
    const labels = new Set(folders.map((f) => f.label));
    const known = new Map(KNOWN_VIOLATIONS.filter((k) => labels.has(k.folder)).map((k) => [violationKey(k), k]));

    for (const { label, path } of folders) {
      it(label, async () => {
        const r = await checkFolder(path, label);
        totals.folders++;
        totals.transformations += r.transformations;
        totals.compared += r.compared;
        found.push(...r.violations);
        const unknown = r.violations.filter((v) => !known.has(violationKey(v)));
        expect(
          unknown.map((v) => `${v.rule} (${RULES[v.rule]}): ${violationKey(v)}: ${v.detail}`),
          'violations not listed in test/metamorphic/known-violations.ts',
        ).toEqual([]);
      });
    }

    it('says its counts, and lists no violation that no longer occurs', () => {
      const byRule = new Map<string, number>();
      for (const v of found) byRule.set(v.rule, (byRule.get(v.rule) ?? 0) + 1);
      console.log(
        `${title}: ${totals.folders} folders, ${totals.transformations} transformations, ${totals.compared} attempts compared; violations by rule: ${
          [...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none'
        }`,
      );
      // Only when every folder ran (a filtered run cannot tell a stale entry).
      if (totals.folders < folders.length) return;
      const seen = new Set(found.map(violationKey));
      const stale = [...known.keys()].filter((k) => !seen.has(k));
      expect(stale, 'entries of known-violations.ts that no longer occur: remove them').toEqual([]);
    });
  });
}
