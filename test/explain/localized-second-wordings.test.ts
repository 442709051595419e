/**
 * Second wordings of matrix cells (localized-second-wordings.ts, issue 60, round 32): a dialog another page of the same
 * language words otherwise is read as its English dialog, with the English text's causes and the page it rests on,
 * in each wording its pages give (pastes written for these tests from those pages' quotes, never from a held-out
 * list); near misses in that language (the same words said of a printer, of another service's credentials, of an
 * e-mail program) are not read as it. And Japanese's "otherwise" (そうしないと) before the credentials' words: another
 * service's condition, not the dialog seen, while the dialog quoted beside Remote Desktop still is.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { MATRIX_H64A_WORDINGS } from '../../src/explain/tables/languages/localized-second-wordings.js';
import {
  answerOrRefused,
  causeIds,
  expectLocalizedSentence,
  type LocalizedCase,
  sentenceIds,
} from '../helpers/explain.js';

const REASONS_EN =
  "Remote Desktop can't connect to the remote computer for one of these reasons: 1) Remote access to the server is not enabled 2) The remote computer is turned off 3) The remote computer is not available on the network";
const CREDENTIALS_EN = 'Windows Security\nYour credentials did not work';

const CASES: readonly LocalizedCase[] = [
  {
    language: 'Portuguese (Brazil)',
    paste:
      'Conexão de Área de Trabalho Remota\nA Área de Trabalho Remota não pode se conectar ao computador remoto por um dos seguintes motivos:\n1. O acesso remoto ao servidor não está habilitado\n2. O computador remoto está desligado\n3. O computador remoto não está disponível na rede',
    sentence: 'cannot-connect-reasons',
    english: REASONS_EN,
    nearMiss: 'A impressora não pode se conectar por um dos seguintes motivos: sem papel.',
    damaged:
      'a area de trabalho remota NAO PODE SE CONECTAR ao computador remoto por um destes motivos: 1. o acesso remoto',
  },
  {
    language: 'Dutch',
    paste: 'Windows-beveiligingsfout\nUw referenties hebben niet gewerkt.',
    sentence: 'credentials-did-not-work',
    english: CREDENTIALS_EN,
    nearMiss: 'De referenties van de gekoppelde service hebben niet gewerkt in Data Factory.',
    damaged: 'Fout bij de Windows-beveiliging: Uw referenties niet werkte',
  },
  {
    language: 'Italian',
    paste: 'Connessione Desktop remoto alla macchina virtuale: le credenziali non funzionavano.',
    sentence: 'credentials-did-not-work',
    english: CREDENTIALS_EN,
    nearMiss: 'Outlook: le credenziali non funzionavano e la posta non arrivava.',
  },
];

describe('second wordings of matrix cells (round 32)', () => {
  it.each(CASES)('$language: $paste', (c) => {
    expectLocalizedSentence(c, /^https:\/\/docs\.microsoft\.com\/(?:pt-br|nl-nl|it-it)\//);
  });

  it('says the Dutch reading rests on a machine translation, not the Portuguese one (a person translated it)', () => {
    expect(explainCode(CASES[1]?.paste ?? '').notes.join('\n')).toMatch(/machine translation/);
    expect(explainCode(CASES[0]?.paste ?? '').notes.join('\n')).not.toMatch(/machine translation/);
  });

  it('reads every row of the table in the text its page quotes', () => {
    expect(MATRIX_H64A_WORDINGS).toHaveLength(3);
    for (const w of MATRIX_H64A_WORDINGS) {
      const text = w.phrase ? `Connessione Desktop remoto: ${w.quoted}` : w.quoted;
      expect(sentenceIds(text), text).toContain(w.sentence);
    }
  });
});

describe('Japanese "otherwise" before the credentials\' words (round 32)', () => {
  it('leaves another service\'s condition, "otherwise … the credentials will not work" (near miss)', () => {
    const paste =
      'Key Vault に資格情報を格納してください。そうしないと、Data Factory でプライベート エンドポイントを有効にしても、資格情報が機能しません。';
    expect(causeIds(answerOrRefused(paste))).toEqual([]);
  });

  it('still reads the dialog a Remote Desktop connection shows (true twin)', () => {
    expect(
      causeIds('リモート デスクトップ接続で「お使いの資格情報は機能しませんでした」と表示され、接続できません')[0],
    ).toBe(authBadCredentials.id);
    expect(causeIds('お使いの資格情報は機能しませんでした')[0]).toBe(authBadCredentials.id);
  });
});

describe('"Remote Desktop can\'t connect to the remote computer" retold without its reasons (round 32)', () => {
  it.each([
    'Tras unos segundos verá un mensaje de error: el escritorio remoto no puede conectarse al equipo remoto.',
    'Depois de alguns segundos aparece a falha: a Área de Trabalho Remota não pode se conectar ao computador remoto.',
    'Desde ayer Escritorio remoto no se puede conectar al equipo remoto de la oficina.',
    'Ieri sera il desktop remoto non può connettersi al computer remoto del server.',
    "Depuis ce matin, le Bureau à distance ne peut pas se connecter à l'ordinateur distant.",
    'Seit dem Update kann Remotedesktop keine Verbindung mit dem Remotecomputer herstellen.',
    'Sinds gisteren kan Extern bureaublad geen verbinding maken met de externe computer.',
    'Od rana Pulpit zdalny nie może nawiązać połączenia z komputerem zdalnym.',
  ])('reads the general failure, the listener and the network first: "%s"', (paste) => {
    expect(causeIds(paste)[0]).toBe(networkUnreachable.id);
  });

  it.each([
    'TeamViewer no puede conectarse al equipo remoto.',
    'AnyDesk kann keine Verbindung mit dem Remotecomputer herstellen.',
    'Il debugger di Visual Studio non può connettersi al computer remoto.',
  ])('leaves another product\'s "can\'t connect" (near miss): "%s"', (paste) => {
    expect(causeIds(answerOrRefused(paste))).toEqual([]);
  });
});

describe("Visual Studio's remote debugger, whose own text says it cannot connect to the remote computer (round 32)", () => {
  it.each([
    'Visual Studio デバッガーは、リモート コンピューターに接続できません。 リモート コンピューターで RPC ポリシーが有効です。',
    'Visual Studio 디버거에서 원격 컴퓨터에 연결할 수 없습니다.',
    'Отладчику Visual Studio не удается подключиться к удаленному компьютеру.',
    'El depurador de Visual Studio no se puede conectar al equipo remoto.',
    "Le débogueur Visual Studio ne peut pas se connecter à l'ordinateur distant.",
    'Visual Studio 调试器无法连接到远程计算机。',
  ])('names the debugger, no Remote Desktop cause (near miss): "%s"', (paste) => {
    expect(causeIds(answerOrRefused(paste))).toEqual([]);
  });

  it("still reads the client's dialog beside Visual Studio named in passing with Remote Desktop (true twin)", () => {
    const paste =
      'Visual Studio を使っています。リモート デスクトップ接続: このコンピューターはリモート コンピューターに接続できません。';
    expect(causeIds(paste)).toContain(networkUnreachable.id);
  });
});

describe('the generic dialog read approximately only with its subject, "this computer" (round 32)', () => {
  it.each([
    '我的脚本提示：计算机无法连接到远程计算机',
    'O depurador remoto não pode se conectar ao computador remoto do laboratório.',
  ])('leaves "can\'t connect to the remote computer" said of something else (near miss): "%s"', (paste) => {
    expect(sentenceIds(paste)).not.toContain('cannot-connect-generic');
  });

  it.each(['此计算机无法连到远程计算机', 'Este computador não pode conectar ao computador remoto. Tente de novo.'])(
    'still reads the dialog retyped with its subject (true twin): "%s"',
    (paste) => {
      expect(sentenceIds(paste)).toContain('cannot-connect-generic');
    },
  );
});
