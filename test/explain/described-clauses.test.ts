/**
 * Round 25 (h60f): what a clause says failed (described-symptoms.ts `said`), read by the description reader alone:
 * one paste of each family, its near miss and, where a gate narrows, its true twin. The whole answers (a catch-all
 * dialog with its reason, retold dialog texts, a Node.js client's socket errors) are described-clauses-rest.test.ts's.
 * The pastes are this test's own wording.
 */
import { describe, expect, it } from 'vitest';
import { readDescription } from '../../src/explain/described-reading.js';

const conceptIds = (paste: string) => readDescription(paste)?.map((s) => s.concept.id) ?? [];

describe('a clause that names what failed and says it failed', () => {
  it.each([
    ['disconnects', 'Every time I open a spreadsheet over RDP my remote connection is lost.'],
    ['wrong-password', 'mstsc keeps saying my password is in correct'],
    ['another-user', 'RDP tells me somebody else is logged on to the PC'],
    ['licensing-problem', 'RDP fails with a licence error on the session host'],
    ['certificate', 'Remote Desktop warns that the server certificate could not be verified'],
    ['session-time-limit', 'RDP: after 45 minutes idle I am signed out'],
  ])('%s: %s', (concept, paste) => {
    expect(conceptIds(paste)).toEqual([concept]);
  });

  it.each([
    ['disconnects', 'I disconnected the RDP session and went home'],
    ['disconnects', 'RDP: the connection is not lost any more'],
    ['another-user', 'I connected to RDP from another computer and the screen stays black'],
    ['licensing-problem', 'RDP works, but Windows says the Windows license has expired'],
    ['session-time-limit', 'RDP: I log off the idle session myself every evening'],
  ])('near miss, no %s: %s', (concept, paste) => {
    expect(conceptIds(paste)).not.toContain(concept);
  });

  it("only about Remote Desktop: a VPN client's licence error is not read, an RDP client's is", () => {
    expect(conceptIds('Our VPN client shows a license error')).toEqual([]);
    expect(conceptIds('Our RDP client shows a license error')).toEqual(['licensing-problem']);
  });
});

describe('a question that only asks about a feature', () => {
  it('is no failure; a question about a failure keeps its words', () => {
    expect(conceptIds('Does mstsc on Windows 7 support Network Level Authentication?')).toEqual([]);
    expect(conceptIds('Does anyone know why RDP keeps disconnecting?')).toEqual(['disconnects']);
  });
});
