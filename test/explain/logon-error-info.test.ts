/**
 * Issue 60: the server's Logon Errors Info (MS-RDPBCGR 2.2.13.1.1.1) read by its names, as FreeRDP logs them
 * ("Logon Error Info <data> [<type>]") and as users quote them; the data before the type; each name's own meaning
 * and no more. Wordings written for these tests, each rule with a near miss.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { LOGON_ERROR_INFO_SENTENCES } from '../../src/explain/tables/program-logs/logon-error-info.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const readAs = (text: string) => explainCode(text).other?.name;

describe('the data names', () => {
  it('every name of the table is read by itself', () => {
    // A name with other words beside it (the console session) is read with them: the name alone is the row above.
    for (const s of LOGON_ERROR_INFO_SENTENCES.filter((x) => x.words.en.length === 1)) {
      const name = /(LOGON_[A-Z_]+)/.exec(s.what)?.[1] ?? '';
      expect(readAs(`the client log ends with ${name}`), name).toBe(s.id);
    }
  });
  it('an issue title quoting LOGON_FAILED_OTHER: no cause claimed beyond its words', () => {
    const paste =
      'RemoteApp launch fails while someone is signed in at the console (Logon Error Info LOGON_FAILED_OTHER)';
    const answer = explainCode(paste);
    expect(answer.other?.name).toBe('logon-error-info-failed-other');
    expect(causeIds(answer)).toEqual([]);
  });
  it("FreeRDP's line with its type: the data is read, its causes ranked", () => {
    const line =
      '[07:12:09:410] [3301:3302] [INFO][com.freerdp.client.x11] - Logon Error Info LOGON_FAILED_BAD_PASSWORD [LOGON_MSG_SESSION_CONTINUE]';
    const answer = explainCode(line);
    expect(answer.other?.name).toBe('logon-error-info-bad-password');
    expect(causeIds(answer)).toContain(authBadCredentials.id);
  });
  it('an expired password is the account state', () => {
    expect(
      causeIds(explainCode('Logon Error Info LOGON_FAILED_UPDATE_PASSWORD [LOGON_MSG_SESSION_CONTINUE]')),
    ).toContain(authAccountState.id);
  });
  it('a session id with "session continue" is no failure', () => {
    const answer = explainCode('Logon Error Info SESSION_ID [LOGON_MSG_SESSION_CONTINUE]');
    expect(answer.other?.name).toBe('logon-error-info-type-session-continue');
    expect(causeIds(answer)).toEqual([]);
  });
});

describe('near misses', () => {
  it("the service control manager's ERROR_SERVICE_LOGON_FAILED is no Logon Error Info", () => {
    const name = answerOrRefused('sc start said ERROR_SERVICE_LOGON_FAILED')?.other?.name ?? '';
    expect(name).not.toMatch(/^logon-error-info/);
  });
  it('a number alone is not read as a Logon Error Info value', () => {
    const name = answerOrRefused('2')?.other?.name ?? '';
    expect(name).not.toMatch(/^logon-error-info/);
  });
});
