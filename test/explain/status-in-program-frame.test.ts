/**
 * Windows' status quoted by another program's own message (src/explain/other-subsystem-answer.ts
 * `statusInProgramFrame`, issue 60, round 33): a system code with its own message text inside words of a program's
 * frame, nothing naming Remote Desktop, is that program's failure: the code's meaning said, no cause ranked. True twins:
 * the same code and text alone, after a label, after a user's lead-in, or beside Remote Desktop's words keep their
 * Remote Desktop causes.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const NOT_GRANTED = 'Logon failure: the user has not been granted the requested logon type at this computer.';
const RESTRICTED = 'Account restrictions are preventing this user from signing in.';

describe("a system status inside a program's own message is that program's (near misses)", () => {
  it.each([
    // A backup agent's job line: its frame around Windows' text (a service account without "Log on as a batch job").
    `Backup job "Nightly" could not start: unexpected error: ${NOT_GRANTED} (0x80070569)`,
    // A sync service's credential check: the code first, its own words, then the text's first sentence, cut.
    `0x8007052F - Credential test failed for CONTOSO\\svc-sync: ${RESTRICTED} For example: ...`,
  ])('%s', (paste) => {
    const answer = answerOrRefused(paste);
    expect(answer?.likelyCauses ?? []).toEqual([]);
    expect(answer?.summary).toMatch(/Another program's message quoting Windows' status/);
  });
});

describe("the same status stays Remote Desktop's (true twins)", () => {
  it.each([
    [`${NOT_GRANTED} (0x80070569)`, authLogonRight.id],
    [`Error: ${NOT_GRANTED} (0x80070569)`, authLogonRight.id],
    [`I get this when I connect: ${NOT_GRANTED} (0x80070569)`, authLogonRight.id],
    [`Remote Desktop Connection: ${NOT_GRANTED} (0x80070569)`, authLogonRight.id],
    [`mstsc says ${RESTRICTED} (0x8007052F)`, authAccountState.id],
  ])('%s', (paste, cause) => {
    expect(causeIds(answerOrRefused(paste))).toContain(cause);
  });
});
