/**
 * Every in-page link of the HTML report has its target: the logons a security finding names, the incidents,
 * the timeline's dots. A link to nothing is a dead end exactly where a reader follows the attack.
 */
import { describe, expect, it } from 'vitest';
import { analyzedAs } from '../helpers/cli.js';
import { inPageLinks } from '../helpers/html-links.js';

function deadLinks(html: string): string[] {
  const { targets, dead } = inPageLinks(html);
  expect(targets.length).toBeGreaterThan(0);
  return dead;
}

describe('HTML report links', () => {
  it('links each logon a password-guessing finding names to that attempt, which the page holds', async () => {
    const r = await analyzedAs('html', 'samples/heldout-11-password-guessing-then-success-2019');
    const logons = [...r.stdout.matchAll(/<a href="#(att-A\d+)">/g)].map((m) => m[1]);
    expect(logons.length).toBeGreaterThan(0);
    for (const id of logons)
      expect(r.stdout).toMatch(new RegExp(`<details class="logon attempt" id="${id}" data-outcome="succeeded"`));
    expect(deadLinks(r.stdout)).toEqual([]);
  });

  it('has no dead in-page link over all the samples', async () => {
    const r = await analyzedAs('html', 'samples');
    expect(deadLinks(r.stdout)).toEqual([]);
  });

  it('says so when there is no attempt to list, with or without script', async () => {
    const r = await analyzedAs('html', 'samples/healthy-day');
    expect(r.stdout).not.toMatch(/<details class="[^"]*attempt"/);
    expect(r.stdout).toMatch(/<p id="no-attempts" class="empty">No failed attempt/);
  });
});
