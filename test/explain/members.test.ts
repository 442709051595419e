/**
 * The Remote Desktop Users group said not joined, in Hungarian, Turkish and Korean (described-members.ts, issue
 * 60, round 29): Azure Virtual Desktop's "Troubleshoot Windows 7 virtual machines" quotes the message in each language
 * and fixes it by adding the user to the group, so the account lacks the right to sign in through Remote Desktop.
 * Near misses: another group named (the rows' own), and the message about another product. True twins: each
 * language's message inside a user's paste.
 */
import { describe, expect, it } from 'vitest';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { MEMBERSHIP_WORDS } from '../../src/explain/tables/own-words/described-members.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

describe('not a member of the Remote Desktop Users group, by language', () => {
  it.each([
    ['hu', 'Ez a felhasználó nem tagja a Távoli asztal felhasználói csoportnak'],
    // Another tr-tr copy of the article words it "… bir üyesi değildir".
    ['tr', 'Bu kullanıcı Uzak Masaüstü Kullanıcı grubunun bir üyesi değildir'],
    ['ko', 'Windows 가상 데스크톱: 이 사용자는 원격 데스크톱 사용자 그룹의 구성원이 아닙니다.'],
  ])('%s: "%s"', (_language, paste) => {
    expect(causeIds(paste)[0]).toBe(authLogonRight.id);
  });

  it.each(MEMBERSHIP_WORDS.map((w) => [w.language, w.nearMiss] as const))(
    '%s: leaves another group (near miss) "%s"',
    (_language, nearMiss) => {
      expect(causeIds(answerOrRefused(nearMiss.replace(/ \(.*\)$/, '')))).not.toContain(authLogonRight.id);
    },
  );

  it('reads the message inside a paste that names Remote Desktop (true twin)', () => {
    expect(
      causeIds(
        'Uzak Masaüstü ile bağlanınca şu çıkıyor: "Bu kullanıcı Uzak Masaüstü Kullanıcı grubunun bir üyesi değildir"',
      ),
    ).toContain(authLogonRight.id);
  });
});
