/**
 * `--format ecs`: every field written is an ECS field of the official definitions (`@elastic/ecs`,
 * EcsFlat: name, type, allowed values, which fields take arrays) or under `rdpdiag.`; alerts carry
 * rule.* and, for attacks, MITRE ATT&CK threat.*; document ids are stable across runs and across other
 * inputs given beside; the bulk action lines are what Elasticsearch's `_bulk` takes.
 */
import { isIP } from 'node:net';
import { EcsFlat, EcsVersion } from '@elastic/ecs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/platform/node/files.js';
import { analyzeTimeline, readingForAnalysis } from '../../src/pipeline/analysis-report.js';
import { ECS_VERSION, renderEcs, toEcsDocuments } from '../../src/report/ecs.js';
import { rdpdiag, analyzedAs } from '../helpers/cli.js';

interface FieldDef {
  type: string;
  normalize: string[];
  allowed_values?: { name: string; expected_event_types?: string[] }[];
}
const FIELDS = EcsFlat as unknown as Record<string, FieldDef>;

type Doc = Record<string, unknown>;

/** Every leaf of a document by its dotted path; lists of scalars are one leaf. Under `rdpdiag.` left whole. */
function leaves(doc: Doc, prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(doc)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (path === 'rdpdiag') continue;
    if (v && typeof v === 'object' && !Array.isArray(v)) out.push(...leaves(v as Doc, path));
    else out.push([path, v]);
  }
  return out;
}

function typeProblem(path: string, def: FieldDef, value: unknown): string | undefined {
  const ok = (v: unknown): boolean => {
    switch (def.type) {
      case 'keyword':
      case 'constant_keyword':
      case 'wildcard':
      case 'match_only_text':
      case 'text':
        return typeof v === 'string' && v.length > 0;
      case 'date':
        return typeof v === 'string' && Number.isFinite(Date.parse(v));
      case 'ip':
        return typeof v === 'string' && isIP(v) !== 0;
      case 'long':
        return typeof v === 'number' && Number.isSafeInteger(v);
      case 'float':
      case 'scaled_float':
        return typeof v === 'number' && Number.isFinite(v);
      case 'boolean':
        return typeof v === 'boolean';
      default:
        return false;
    }
  };
  const values = Array.isArray(value) ? value : [value];
  if (Array.isArray(value) && !def.normalize.includes('array')) return `${path} is a list, ECS says one value`;
  if (values.length === 0) return `${path} is an empty list`;
  const bad = values.find((v) => !ok(v));
  if (bad !== undefined) return `${path} = ${JSON.stringify(bad)} is not of ECS type ${def.type}`;
  if (def.allowed_values) {
    const allowed = new Set(def.allowed_values.map((a) => a.name));
    const off = values.find((v) => !allowed.has(v as string));
    if (off !== undefined) return `${path} = ${JSON.stringify(off)} is not an allowed value`;
  }
  return undefined;
}

let docs: Doc[] = [];
let ids: string[] = [];
let probes: Set<string>;
let timeline: Awaited<ReturnType<typeof buildTimeline>>;

beforeAll(async () => {
  timeline = await buildTimeline(['samples'], readingForAnalysis());
  const { model } = analyzeTimeline(timeline);
  const out = toEcsDocuments(model.analysis, 'default', model.fleet);
  docs = out.map((d) => d.doc);
  ids = out.map((d) => d.id);
  probes = new Set(model.analysis.attempts.filter((a) => a.healthProbe).map((a) => a.id));
});

/** Each of `wanted` is among `found` (a failure names the one missing). */
function expectEach(found: ReadonlySet<unknown>, wanted: readonly string[]): void {
  for (const w of wanted) expect(found, w).toContain(w);
}

describe('--format ecs', () => {
  it('writes attempts, incidents, security and host findings from the samples', () => {
    const kinds = (k: string) => docs.filter((d) => (d.event as Doc).kind === k);
    expect(kinds('event').length).toBeGreaterThan(100);
    expect(kinds('alert').length).toBeGreaterThan(20);
    const actions = new Set(kinds('alert').map((d) => (d.event as Doc).action));
    expectEach(actions, [
      'rdp-failure-incident',
      'rdp-attack-incident',
      'rdp-password-guessing',
      'rdp-scanning',
      'rdp-host-finding',
    ]);
  });

  it('marks a load balancer’s health probes (rdpdiag.health_probe), and no other attempt', () => {
    expect(probes.size).toBeGreaterThanOrEqual(4);
    const attempts = docs.filter((d) => (d.event as Doc).kind === 'event');
    const marked = attempts.filter((d) => (d.rdpdiag as Doc).health_probe === true);
    expect(marked.map((d) => (d.rdpdiag as Doc).attempt_id).sort()).toEqual([...probes].sort());
    for (const d of attempts) expect([true, undefined]).toContain((d.rdpdiag as Doc).health_probe);
  });

  it('writes only ECS fields (of @elastic/ecs) of the right type and allowed values, or rdpdiag.*', () => {
    expect(ECS_VERSION).toBe(EcsVersion);
    const problems = new Set<string>();
    const seen = new Set<string>();
    for (const doc of docs) {
      for (const [path, value] of leaves(doc)) {
        seen.add(path);
        const def = FIELDS[path];
        if (!def) problems.add(`${path} is no ECS ${EcsVersion} field`);
        else {
          const p = typeProblem(path, def, value);
          if (p) problems.add(p);
        }
      }
      // Each event.category value names the event.type values ECS expects with it.
      const event = doc.event as { category: string[]; type: string[] };
      for (const c of event.category) {
        const expected = FIELDS['event.category'].allowed_values?.find((a) => a.name === c)?.expected_event_types;
        for (const t of event.type)
          if (!expected?.includes(t)) problems.add(`event.type ${t} is not expected with ${c}`);
      }
    }
    expect([...problems]).toEqual([]);
    // The check looked at the fields that matter to a SOC.
    expectEach(seen, [
      'source.ip',
      'user.name',
      'host.name',
      'related.ip',
      'rule.id',
      'threat.technique.id',
      'event.risk_score',
    ]);
  });

  it('alerts carry rule.* and attacks MITRE ATT&CK: brute force T1110, RDP T1021.001 once the source signed in', () => {
    const alerts = docs.filter((d) => (d.event as Doc).kind === 'alert');
    for (const a of alerts) {
      const rule = a.rule as Doc;
      expect(rule.id).toBeTruthy();
      expect(rule.ruleset).toBe('rdpdiag');
    }
    const guessing = alerts.filter((d) => (d.rule as Doc).id === 'password-guessing');
    expect(guessing.length).toBeGreaterThan(0);
    for (const g of guessing) {
      const t = g.threat as { framework: string; technique: { id: string[] }; tactic: { id: string[] } };
      expect(t.framework).toBe('MITRE ATT&CK');
      expect(t.technique.id).toContain('T1110');
      expect(t.tactic.id).toContain('TA0006');
      const signedIn = ((g.rdpdiag as Doc).successes as unknown[] | undefined)?.length ?? 0;
      expect(t.technique.id.includes('T1021'), JSON.stringify(g.message)).toBe(signedIn > 0);
    }
    const scans = alerts.filter((d) => (d.rule as Doc).id === 'scanning');
    expect(scans.length).toBeGreaterThan(0);
    for (const s of scans) expect((s.threat as { technique: { id: string[] } }).technique.id).toContain('T1046');
    // A fault is not an attack: no threat on it.
    for (const f of alerts.filter((d) => (d.event as Doc).action === 'rdp-failure-incident'))
      expect(f.threat).toBeUndefined();
  });

  it('gives every document its own id, the same on a re-run', async () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const [i, d] of docs.entries()) expect((d.event as Doc).id).toBe(ids[i]);
    // The analysis run again on the same records (reading them again is the CLI's, below, and the golden tests').
    const { model } = analyzeTimeline(timeline);
    const again = toEcsDocuments(model.analysis, 'default', model.fleet);
    expect(again.map((d) => d.id)).toEqual(ids);
  });

  it('keeps a computer’s ids when other logs are read beside it (attempt numbers change, ids do not)', async () => {
    const alone = await analyzedAs('ecs', 'samples/heldout-11-password-guessing-then-success-2019');
    const beside = await analyzedAs('ecs', [
      'samples/01-nat-shared-address',
      'samples/heldout-11-password-guessing-then-success-2019',
    ]);
    const parse = (t: string) =>
      t
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Doc);
    const aloneDocs = parse(alone.stdout);
    const besideDocs = parse(beside.stdout);
    const besideIds = new Set(besideDocs.map((d) => (d.event as Doc).id));
    for (const d of aloneDocs) expect(besideIds, String(d.message)).toContain((d.event as Doc).id);
    // …while rdpdiag's own numbering moved on.
    const numbering = new Map(besideDocs.map((d) => [(d.event as Doc).id, (d.rdpdiag as Doc).attempt_id]));
    const moved = aloneDocs.filter(
      (d) => (d.rdpdiag as Doc).attempt_id && numbering.get((d.event as Doc).id) !== (d.rdpdiag as Doc).attempt_id,
    );
    expect(moved.length).toBeGreaterThan(0);
  });

  it('writes _bulk action lines: create into the data streams, or index into a named index', async () => {
    const timeline = await buildTimeline(
      ['samples/heldout-11-password-guessing-then-success-2019'],
      readingForAnalysis(),
    );
    const analysis = analyzeTimeline(timeline).model.analysis;
    const lines = renderEcs(analysis, { bulk: true })
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Doc);
    expect(lines.length % 2).toBe(0);
    for (let i = 0; i < lines.length; i += 2) {
      const action = lines[i].create as { _index: string; _id: string };
      const doc = lines[i + 1];
      expect(action._id).toBe((doc.event as Doc).id);
      const dataset = (doc.data_stream as Doc).dataset;
      expect(action._index).toBe(`logs-${dataset}-default`);
      expect((doc.event as Doc).dataset).toBe(dataset);
    }
    const indexed = renderEcs(analysis, { bulk: true, index: 'rdpdiag' }).split('\n')[0];
    expect(JSON.parse(indexed)).toEqual({ index: { _index: 'rdpdiag', _id: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const cli = await analyzedAs('ecs', 'samples/heldout-11-password-guessing-then-success-2019', '--ecs-bulk');
    expect(cli.stdout).toBe(renderEcs(analysis, { bulk: true }));
    const misuse = await rdpdiag(['analyze', 'samples/heldout-11-password-guessing-then-success-2019', '--ecs-bulk']);
    expect(misuse.code).toBe(2);
    expect(misuse.stderr).toMatch(/--ecs-bulk.*--format ecs/);
  });

  it('--ecs-index takes only a name Elasticsearch accepts', async () => {
    const dir = 'samples/heldout-11-password-guessing-then-success-2019';
    for (const [name, why] of [
      ['RDP', /lower case/],
      ['', /empty/],
      ['..', /cannot be \. or \.\./],
      ['-x', /cannot start/],
      ['a b', /space/],
      ['a/b', /cannot hold/],
      ['a*', /cannot hold/],
      ['a"b', /cannot hold/],
      ['a\u0001b', /control/],
      ['x'.repeat(256), /255 bytes/],
    ] as const) {
      const r = await rdpdiag(['analyze', dir, '--format', 'ecs', '--ecs-bulk', '--ecs-index', name]);
      expect(r.code, JSON.stringify(name)).toBe(2);
      expect(r.stderr).toMatch(why);
      expect(r.stdout).toBe('');
    }
    const ok = await rdpdiag(['analyze', dir, '--format', 'ecs', '--ecs-bulk', '--ecs-index', 'rdpdiag-attempts.2024']);
    expect(ok.code).toBe(1);
    expect(ok.stdout).toContain('"_index":"rdpdiag-attempts.2024"');
  });
});
