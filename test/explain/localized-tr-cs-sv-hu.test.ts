/**
 * Turkish, Czech, Swedish and Hungarian dialogs, and Korean's CredSSP and restricted-logon texts (issue 60, round 17;
 * pastes written for these tests from the Microsoft pages the tables name, never from a held-out list): each read as
 * its English sentence, in its language, with the English text's causes and the page it rests on; a near miss in that
 * language, the same words said of another thing or a sentence that says all is well, not read as it.
 */
import { NWM_BVNC_WORDINGS } from '../../src/explain/tables/languages/nwm-bvnc-catalogs.js';
import { CLIENT_CATALOG_WORDINGS } from '../../src/explain/tables/languages/client-catalogs.js';
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { LOCALIZED_SENTENCES } from '../../src/explain/tables/languages/localized.js';
import { expectLocalizedSentence, type LocalizedCase, sentenceIds } from '../helpers/explain.js';

const LSA_EN = 'An authentication error has occurred. The Local Security Authority cannot be contacted.';
const CREDENTIALS_EN = 'Windows Security: Your credentials did not work';
const CANNOT_CONNECT_EN = "This computer can't connect to the remote computer. Try connecting again.";
const LICENSE_EN =
  'The remote session was disconnected because there are no Remote Desktop License Servers available to provide a license.';
const FIND_EN = 'Remote Desktop can\'t find the computer "srv-app01".';
const NLA_DC_EN =
  'The remote computer that you are trying to connect to requires Network Level Authentication (NLA), but your Windows domain controller cannot be contacted to perform NLA.';

const CASES: readonly LocalizedCase[] = [
  {
    language: 'Turkish',
    paste:
      'Uzak Masaüstü Bağlantısı\nBir kimlik doğrulama hatası oluştu.\nYerel güvenlik yetkilisine ulaşılamıyor.\nUzak bilgisayar: srv-app01',
    sentence: 'lsa-cannot-be-contacted',
    english: LSA_EN,
    nearMiss: 'Yerel güvenlik ilkesi güncellendi.',
    damaged: 'YEREL GUVENLIK YETKILISINE\r\nULASILAMIYOR',
  },
  {
    language: 'Turkish',
    paste: 'Windows Güvenliği\nKimlik bilgileriniz çalışmadı',
    sentence: 'credentials-did-not-work',
    english: CREDENTIALS_EN,
    nearMiss: 'Kimlik bilgileriniz başarıyla kaydedildi.',
  },
  {
    language: 'Turkish',
    paste: 'Bu bilgisayar uzak bilgisayara bağlanamıyor. Yeniden bağlanmayı deneyin.',
    sentence: 'cannot-connect-generic',
    english: CANNOT_CONNECT_EN,
    nearMiss: 'Bu bilgisayar yazıcıya bağlanamıyor.',
  },
  {
    language: 'Turkish',
    paste:
      'Bir lisans sağlamak için kullanılabilir Uzak Masaüstü lisans sunucusu olmadığından uzak oturumun bağlantısı kesildi.',
    sentence: 'no-license-servers',
    english: LICENSE_EN,
    nearMiss: 'Uzak oturumun bağlantısı kesildi.',
  },
  {
    language: 'Turkish',
    paste:
      'Bağlanmaya çalıştığınız uzak bilgisayar Ağ Düzeyinde Kimlik Doğrulama (NLA) gerektiriyor, ancak Windows etki alanı denetleyicinize NLA gerçekleştirmek için iletişim kurulamıyor.',
    sentence: 'nla-dc-unreachable',
    english: NLA_DC_EN,
    nearMiss: 'Etki alanı denetleyicisi ile iletişim kuruldu.',
  },
  {
    language: 'Czech',
    paste: 'Vzdálená plocha nemůže najít počítač „srv-app01“.',
    sentence: 'cannot-find-computer',
    english: FIND_EN,
    nearMiss: 'Tiskárna nemůže najít počítač.',
  },
  {
    language: 'Czech',
    paste: 'Zabezpečení systému Windows\nVaše přihlašovací údaje nefungovaly',
    sentence: 'credentials-did-not-work',
    english: CREDENTIALS_EN,
    nearMiss: 'Vaše přihlašovací údaje byly uloženy.',
  },
  {
    language: 'Czech',
    paste:
      'Tento počítač se nemůže připojit ke vzdálenému počítači. Zkuste se znovu připojit. Pokud potíže potrvají, obraťte se na vlastníka vzdáleného počítače nebo správce vaší sítě.',
    sentence: 'cannot-connect-generic',
    english: CANNOT_CONNECT_EN,
    nearMiss: 'Tento počítač se nemůže připojit k tiskárně.',
  },
  {
    language: 'Czech',
    paste:
      'Vzdálený počítač, ke kterému se pokoušíte připojit, vyžaduje ověřování na úrovni sítě (NLA), ale řadič domény systému Windows se nedá kontaktovat, aby se mohl provést NLA.',
    sentence: 'nla-dc-unreachable',
    english: NLA_DC_EN,
    nearMiss: 'Řadič domény je dostupný.',
  },
  {
    language: 'Swedish',
    paste: 'Windows-säkerhet\nDina autentiseringsuppgifter fungerade inte',
    sentence: 'credentials-did-not-work',
    english: CREDENTIALS_EN,
    nearMiss: 'Dina autentiseringsuppgifter har sparats.',
  },
  {
    language: 'Swedish',
    paste: 'Den här datorn kan inte ansluta till fjärrdatorn. Försök ansluta igen.',
    sentence: 'cannot-connect-generic',
    english: CANNOT_CONNECT_EN,
    nearMiss: 'Datorn kan inte ansluta till skrivaren.',
  },
  {
    language: 'Swedish',
    paste: 'Ett autentiseringsfel har uppstått. Den lokala säkerhetsmyndigheten kan inte kontaktas.',
    sentence: 'lsa-cannot-be-contacted',
    english: LSA_EN,
    nearMiss: 'Den lokala säkerhetsprincipen har uppdaterats.',
  },
  {
    language: 'Swedish',
    paste: 'Fjärrskrivbord kan inte hitta datorn "srv-app01".',
    sentence: 'cannot-find-computer',
    english: FIND_EN,
    nearMiss: 'Skrivaren kan inte hitta datorn.',
  },
  {
    language: 'Hungarian',
    paste: 'Windows biztonság\nA hitelesítő adatai nem működnek',
    sentence: 'credentials-did-not-work',
    english: CREDENTIALS_EN,
    nearMiss: 'A hitelesítő adatai mentve.',
  },
  {
    language: 'Hungarian',
    paste: 'Ez a számítógép nem tud kapcsolódni a távoli számítógéphez.',
    sentence: 'cannot-connect-generic',
    english: CANNOT_CONNECT_EN,
    nearMiss: 'Ez a számítógép nem tud kapcsolódni a nyomtatóhoz.',
  },
  {
    language: 'Hungarian',
    paste: 'Hitelesítési hiba történt. Nem lehet felvenni a kapcsolatot a helyi biztonsági szolgáltatóval.',
    sentence: 'lsa-cannot-be-contacted',
    english: LSA_EN,
    nearMiss: 'Hitelesítési hiba történt.',
  },
  {
    language: 'Hungarian',
    paste:
      'A távoli munkamenet le lett választva, mert nincs elérhető Távoli asztal licenckiszolgáló a licenc biztosításához.',
    sentence: 'no-license-servers',
    english: LICENSE_EN,
    nearMiss: 'A távoli munkamenet le lett választva.',
  },
  {
    language: 'Korean',
    paste:
      '원격 데스크톱 연결\n시스템 관리자가 사용자가 사용할 수 있는 로그온 유형(네트워크 또는 대화형)을 제한했습니다.',
    sentence: 'restricted-logon-type',
    english: 'The system administrator has restricted the types of logon (network or interactive) that you may use.',
    nearMiss: '시스템 관리자가 로그온 메시지를 변경했습니다.',
  },
  {
    language: 'Korean',
    paste: '원격 데스크톱 연결\n인증 오류가 발생했습니다.\nCredSSP 암호화 오라클 수정',
    sentence: 'credssp-oracle',
    english: 'This could be due to CredSSP encryption oracle remediation.',
    nearMiss: 'CredSSP 업데이트가 설치되었습니다.',
  },
];

/** Sentences that say all is well: "this computer can connect", "your credentials worked". */
const ALL_IS_WELL = [
  'Datorn kan ansluta till fjärrdatorn.',
  'Ez a számítógép tud kapcsolódni a távoli számítógéphez.',
  'Tento počítač se může připojit ke vzdálenému počítači.',
  'Bu bilgisayar uzak bilgisayara bağlanabiliyor.',
  'Dina autentiseringsuppgifter fungerade.',
  'A hitelesítő adatai működnek.',
  'Vaše přihlašovací údaje fungovaly.',
  'Kimlik bilgileriniz çalıştı.',
];

/** The dialog's words said of a printer, in Swedish, German and Hungarian. */
const OF_A_PRINTER = [
  'Datorn kan inte ansluta till skrivaren.',
  'Dieser Computer kann keine Verbindung mit dem Drucker herstellen.',
  'Ez a számítógép nem tud kapcsolódni a nyomtatóhoz.',
];

describe('round 17 languages: Turkish, Czech, Swedish, Hungarian; Korean CredSSP and logon type', () => {
  it.each(CASES)('$language: $sentence', (c) => {
    const part = expectLocalizedSentence(c, /^https:\/\/docs\.microsoft\.com\/(?:tr-tr|cs-cz|sv-se|hu-hu|ko-kr)\//);
    expect(part?.wordingNotMicrosoft).toBeUndefined();
  });

  it('says a reading rests on a machine translation of the page, where the page says it is one', () => {
    expect(explainCode(CASES[0]?.paste ?? '').notes.join('\n')).toMatch(/machine translation/);
    // The Korean Windows Server page is a human translation: not said.
    expect(explainCode(CASES.at(-2)?.paste ?? '').notes.join('\n')).not.toMatch(/machine translation/);
  });

  it('every wording of these languages is quoted from a page of its own language', () => {
    // Remmina's, Guacamole's, NETworkManager's and aRDP's own catalogs (client-catalogs.ts, nwm-bvnc-catalogs.ts) are
    // no page: the other programs' translations.
    const mine = LOCALIZED_SENTENCES.filter(
      (w) =>
        ['tr', 'sv', 'hu'].includes(w.language) &&
        !CLIENT_CATALOG_WORDINGS.includes(w) &&
        !NWM_BVNC_WORDINGS.includes(w),
    );
    expect(mine.length).toBeGreaterThanOrEqual(15);
    // A public page that is not Microsoft's (localized-common-dialogs.ts): its language's own site.
    for (const w of mine) expect(w.source.url).toContain(w.source.publicQuote ? `//${w.language}.` : `/${w.language}-`);
  });
});

describe('a sentence that says all is well is not the failure (its negation counted, round 17 languages)', () => {
  it.each(ALL_IS_WELL)('"%s" reads as nothing', (paste) => {
    expect(sentenceIds(paste), paste).toEqual([]);
  });
});

describe('an approximate reading of a dialog that names the remote computer needs it named', () => {
  it.each(OF_A_PRINTER)('the same words said of a printer are not the dialog: "%s"', (paste) => {
    expect(sentenceIds(paste), paste).not.toContain('cannot-connect-generic');
  });
});
