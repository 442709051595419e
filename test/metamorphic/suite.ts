/**
 * The metamorphic suite over a list of folders: per folder, its logs read and analyzed once, then one test per
 * kind of change (each log removed, an unrelated computer added, the same records reshaped, each SIEM rendition,
 * the record-id range cut out), so a large corpus folder stays within a test's time; then one test that says the
 * counts (folders × transformations, attempts compared, violations by rule) and that no known violation of these
 * folders is stale. A violation not in known-violations.ts fails its test, naming its rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyzeRendered,
  asXml,
  baselineViolations,
  compare,
  type LogFile,
  readFolder,
  RULES,
  type Run,
  type Transformation,
  transformationsOf,
  type Violation,
  violationKey,
} from './harness.js';
import { KNOWN_VIOLATIONS } from './known-violations.js';

/** The family of the SIEM renditions: a rendition writes each event by its kind's fields. */
export const SIEM_FAMILY = 'every SIEM rendition';

/** The kinds of change, each one test per folder. */
const FAMILIES: readonly { name: string; has(t: Transformation): boolean }[] = [
  { name: 'each log removed in turn', has: (t) => t.kind === 'remove-log' },
  { name: "an unrelated computer's logs added", has: (t) => t.kind === 'add-unrelated' },
  {
    name: 'split, reordered, newest first, shifted by a year',
    has: (t) => t.kind === 'same-records' && !t.name.startsWith('as '),
  },
  { name: SIEM_FAMILY, has: (t) => t.name.startsWith('as ') },
  { name: 'a record-id range cut out', has: (t) => t.kind === 'cut' },
];

/**
 * `runs(label, family)` says which kinds of change a folder gets (all by default); a known violation is told stale
 * only where its change ran. A folder's `read` gives its logs where they are read once for several files (never
 * changed: the changes render copies), its `base` the run of those logs as XML where it is shared likewise (never changed).
 */
export function metamorphicSuite(
  title: string,
  folders: readonly { label: string; path: string; read?: () => Promise<LogFile[]>; base?: () => Promise<Run> }[],
  runs: (label: string, family: string) => boolean = () => true,
): void {
  describe(title, () => {
    const totals = { folders: 0, transformations: 0, compared: 0 };
    const found: Violation[] = [];
    // Each folder's changes, and those its tests ran (`folder\nchange`).
    const changes = new Set<string>();
    const ranChanges = new Set<string>();
    const labels = new Set(folders.map((f) => f.label));
    const known = new Map(KNOWN_VIOLATIONS.filter((k) => labels.has(k.folder)).map((k) => [violationKey(k), k]));
    // An entry whose attempt is `*` stands for every attempt of its folder, change and rule (one cause, many attempts).
    const knownKey = (v: Violation) =>
      known.has(violationKey(v)) ? violationKey(v) : violationKey({ ...v, attempt: '*' });
    let complete = 0;
    const expectKnown = (violations: readonly Violation[]) =>
      expect(
        violations
          .filter((v) => !known.has(knownKey(v)))
          .map((v) => `${v.rule} (${RULES[v.rule]}): ${violationKey(v)}: ${v.detail}`),
        'violations not listed in test/metamorphic/known-violations.ts',
      ).toEqual([]);

    for (const { label, path, read, base: baseOf } of folders) {
      const families = FAMILIES.filter((f) => runs(label, f.name));
      describe(label, () => {
        let files: LogFile[] = [];
        let base: Run | undefined;
        let ts: Transformation[] = [];
        let ran = 0;
        beforeAll(async () => {
          files = await (read ? read() : readFolder(path));
          base = await (baseOf ? baseOf() : analyzeRendered(asXml(files)));
          ts = transformationsOf(files);
          for (const t of ts) changes.add(`${label}\n${t.name}`);
          totals.folders++;
          const own = baselineViolations(label, base);
          found.push(...own);
          expectKnown(own);
        });
        afterAll(() => {
          if (ran === families.length) complete++;
          files = [];
          base = undefined;
        });
        for (const family of families) {
          it(family.name, async () => {
            const violations: Violation[] = [];
            for (const t of ts.filter(family.has)) {
              ranChanges.add(`${label}\n${t.name}`);
              const r = compare(label, t, base!, await analyzeRendered(t.render(files)));
              totals.transformations++;
              totals.compared += r.compared;
              violations.push(...r.violations);
            }
            ran++;
            found.push(...violations);
            expectKnown(violations);
          });
        }
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
      expect(totals.transformations).toBeGreaterThanOrEqual(totals.folders);
      // Only when every test of every folder ran (a filtered run cannot tell a stale entry).
      if (complete < folders.length) return;
      const seen = new Set(found.map(knownKey));
      // A change that ran and broke no rule, or that the folder no longer has; a change of a family this suite
      // does not run for the folder is another suite's to tell.
      const change = (v: { folder: string; transformation: string }) => `${v.folder}\n${v.transformation}`;
      const stale = [...known]
        .filter(([k, v]) => !seen.has(k) && (ranChanges.has(change(v)) || !changes.has(change(v))))
        .map(([k]) => k);
      expect(stale, 'entries of known-violations.ts that no longer occur: remove them').toEqual([]);
    });
  });
}
