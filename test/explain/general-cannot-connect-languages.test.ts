/**
 * Remote Desktop said not to connect, in another language's general words (issue 60, round 33;
 * src/explain/tables/own-words/described-contrast-languages.ts `cannotConnectInLanguages`): read as English's general
 * "cannot connect" is (described-everyday.ts `cannot-connect`, only where nothing more precise is), with each language's
 * words of the contrast reader. Near misses: a question, a feature of a session, "an error appears" before a message,
 * Remote Desktop said to work in another statement, a later failure named (a password), the server hardened, a paste
 * that says it is solved.
 */
import { describe, expect, it } from 'vitest';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

describe('the general words in other languages', () => {
  it.each([
    ['ru', 'RDP не подключается к серверу с утра'],
    ['de', 'RDP verbindet seit gestern nicht mehr'],
    ['fr', 'Le bureau à distance ne se connecte plus au serveur'],
    ['es', 'El escritorio remoto no conecta con el servidor'],
    ['pt', 'A área de trabalho remota não conecta no servidor'],
    ['it', 'Il desktop remoto non si connette al server'],
    ['pl', 'Pulpit zdalny nie łączy się z serwerem'],
    ['tr', 'Uzak masaüstü sunucuya bağlanmıyor'],
    ['zh', '远程桌面连不上服务器'],
    ['ja', 'リモートデスクトップでサーバーに接続できません'],
    ['ko', '원격 데스크톱으로 서버에 연결이 안 됩니다'],
  ])('%s: %s', (_language, paste) => {
    const answer = answerOrRefused(paste);
    expect(causeIds(answer)).toEqual([networkUnreachable.id]);
    expect(answer?.summary).toMatch(/Remote Desktop not connecting at all/);
  });
});

describe('not the general failure (near misses)', () => {
  it.each([
    ['a question', 'RDP подключается к серверу?'],
    ['a feature of the session', 'RDP: die Zwischenablage funktioniert nicht'],
    ['an error appears, its message follows', 'При подключении по RDP появляется ошибка:'],
    ['Remote Desktop works from elsewhere', 'RDP funktioniert vom Büro aus. Von zu Hause verbindet RDP nicht.'],
    ['the server hardened', 'Nach der Härtung des Servers verbindet RDP nicht mehr'],
    ['solved', 'RDP verbindet nicht mehr. Gelöst: die Firewall war zu.'],
  ])('%s', (_what, paste) => {
    const answer = answerOrRefused(paste);
    expect(answer?.summary ?? '').not.toMatch(/Remote Desktop not connecting at all/);
  });
});
