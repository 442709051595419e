/**
 * The README's SIEM queries (for users who export the events themselves) are `pull`'s own selection,
 * written out: each block between `<!-- query:NAME -->` and `<!-- /query -->` is generated here and
 * compared. `UPDATE_GOLDEN=1` rewrites them after a change to what rdpdiag reads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  elasticQuery,
  exportSelection,
  kibanaQuery,
  SPLUNK_FIELDS,
  sentinelQuery,
  splunkClauses,
} from '../../src/diagnose/export-selection.js';
import { DEFAULT_ELASTIC_INDEXES, SOURCE_FIELDS } from '../../src/platform/node/pull-elastic.js';
import { ROOT } from '../helpers/cli.js';

const README = join(ROOT, 'README.md');

/** JSON a person can read: a value on one line when it fits, else its members one per line. */
function compactJson(value: unknown, indent = '', width = 130): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= width) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value))
    return `[\n${value.map((v) => inner + compactJson(v, inner, width)).join(',\n')}\n${indent}]`;
  const members = Object.entries(value).map(
    ([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner, width)}`,
  );
  return `{\n${members.join(',\n')}\n${indent}}`;
}

function blocks(): Record<string, string> {
  const s = exportSelection();
  const query = elasticQuery(s) as { bool: { filter: unknown[] } };
  query.bool.filter.unshift({ range: { '@timestamp': { gte: 'now-24h' } } });
  const body = {
    size: 5000,
    pit: { id: '<id>', keep_alive: '5m' },
    sort: [{ 'winlog.computer_name': 'asc' }, { '@timestamp': 'asc' }, { _shard_doc: 'asc' }],
    _source: SOURCE_FIELDS,
    query,
  };
  const spl = splunkClauses(s).join('\n     OR ');
  return {
    kibana: kibanaQuery(s),
    elasticsearch: [
      `POST ${DEFAULT_ELASTIC_INDEXES.join(',')}/_pit?keep_alive=5m`,
      'POST _search',
      compactJson(body),
    ].join('\n'),
    splunk: [
      'curl -u USER https://splunk.example:8089/services/search/jobs/export -d output_mode=json \\',
      `  --data-urlencode search='search index=wineventlog earliest=-24h`,
      `    (${spl})`,
      `    ${SPLUNK_FIELDS}' > rdp.json`,
    ].join('\n'),
    sentinel: sentinelQuery(s),
  };
}

const BLOCK = /(<!-- query:([a-z]+) -->\n```[a-z]*\n)([\s\S]*?)(\n```\n<!-- \/query -->)/g;

describe('README SIEM queries', () => {
  it("are pull's selection, generated", () => {
    const text = readFileSync(README, 'utf8');
    const want = blocks();
    const found = [...text.matchAll(BLOCK)].map((m) => m[2]);
    expect(found.sort()).toEqual(Object.keys(want).sort());
    if (process.env.UPDATE_GOLDEN) {
      writeFileSync(
        README,
        text.replace(BLOCK, (_m, open, name, _body, close) => `${open}${want[name]}${close}`),
      );
      return;
    }
    for (const m of text.matchAll(BLOCK)) expect(m[3], `README query:${m[2]}`).toBe(want[m[2]]);
  });

  it('select every channel, Security event, System provider and channel by event id that pull selects', () => {
    const s = exportSelection();
    const text = readFileSync(README, 'utf8');
    for (const name of ['kibana', 'elasticsearch', 'splunk', 'sentinel']) {
      const body = [...text.matchAll(BLOCK)].find((m) => m[2] === name)?.[3] ?? '';
      for (const c of s.channels) expect(body, `${name}: ${c}`).toContain(c);
      for (const id of s.securityIds) expect(body, `${name}: Security ${id}`).toMatch(new RegExp(`\\b${id}\\b`));
      for (const p of s.systemProviders) expect(body, `${name}: ${p}`).toContain(`"${p}"`);
      // A channel read by event id (Sysmon): its name, then its ids, each once, in the same clause.
      for (const c of s.channelIds) {
        const at = body.indexOf(`${c.channel}"`);
        expect(at, `${name}: ${c.channel}`).toBeGreaterThan(-1);
        expect(body.indexOf(`${c.channel}"`, at + 1), `${name}: ${c.channel} once`).toBe(-1);
        const clause = body.slice(at, at + 200);
        const ids = /(?:\(|\[)([^)\]]*)(?:\)|\])/.exec(clause.slice(clause.search(/EventCode|event_id|EventID/)))?.[1];
        expect(
          ids?.split(/,|\bor\b/).map((v) => Number(v.replace(/"/g, '').trim())),
          `${name}: ${c.channel} ids`,
        ).toEqual(c.ids);
      }
    }
  });

  it('select Sysmon by event id, the ids the findings read, never the whole channel', () => {
    const s = exportSelection();
    expect(s.channels.some((c) => /sysmon/i.test(c))).toBe(false);
    expect(s.channelIds).toEqual([{ channel: 'Microsoft-Windows-Sysmon/Operational', ids: [1, 3, 7, 11, 13] }]);
    const elastic = JSON.stringify(elasticQuery(s));
    expect(elastic).toContain(
      '{"bool":{"filter":[{"term":{"winlog.channel":{"value":"Microsoft-Windows-Sysmon/Operational","case_insensitive":true}}},{"terms":{"winlog.event_id":["1","3","7","11","13"]}}]}}',
    );
    expect(splunkClauses(s)).toContain(
      '(source="*WinEventLog:Microsoft-Windows-Sysmon/Operational" EventCode IN (1,3,7,11,13))',
    );
    expect(kibanaQuery(s)).toContain(
      '(winlog.channel : "Microsoft-Windows-Sysmon/Operational" and winlog.event_id : (1 or 3 or 7 or 11 or 13))',
    );
    expect(sentinelQuery(s)).toContain(
      'or (Channel =~ "Microsoft-Windows-Sysmon/Operational" and EventID in (1, 3, 7, 11, 13))),',
    );
  });
});
