/**
 * Round 30 (r30-h61g): what works beside Remote Desktop failing, in other languages
 * (tables/own-words/described-contrast-languages.ts): each language's words for "works", "but", its negations and
 * its names of the witnesses and of Remote Desktop, read as the English concepts are. Each language with a sentence in
 * its users' wording, and near misses: both failing, the witness failing while Remote Desktop works, a question,
 * another product with no Remote Desktop named.
 */
import { describe, expect, it } from 'vitest';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { readDescription } from '../../src/explain/described-reading.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const conceptIds = (paste: string) => readDescription(paste)?.map((s) => s.concept.id) ?? [];
const causes = (paste: string) => causeIds(answerOrRefused(paste));

describe('ping answering while Remote Desktop fails, in each language', () => {
  it('reads the contrast as the English concept: the port, its listener or a firewall', () => {
    for (const paste of [
      // zh: jumpserver issue 8345's title; zh-TW in the locale's own name for Remote Desktop.
      'RDP连接异常，互PING正常',
      '主機可以ping到，可是遠端桌面一直連不上',
      'サーバーにpingは通るのにリモートデスクトップでつながりません',
      '서버로 핑은 되는데 원격 데스크톱 접속이 안 됩니다',
      'Пинг на сервер проходит, но по RDP подключиться не удается',
      'Ping zum Server geht, aber Remotedesktop verbindet nicht',
      'Le ping répond mais le bureau à distance ne se connecte pas',
      'El ping al servidor funciona pero no conecta por escritorio remoto',
      'O ping responde, mas a área de trabalho remota não conecta',
      'Il ping verso il server funziona ma il desktop remoto non si collega',
      'Ping do serwera przechodzi, ale pulpit zdalny się nie łączy',
      'Sunucuya ping gidiyor ama uzak masaüstü ile bağlanamıyorum',
    ]) {
      expect(conceptIds(paste), paste).toContain('pings-but-no-connection');
    }
    // The whole answer once: the English concept's cause.
    expect(causes('RDP连接异常，互PING正常')[0]).toBe(networkUnreachable.id);
  });
  it('near misses: both failing, the witness failing while Remote Desktop works, a question', () => {
    for (const paste of [
      'ping不通，远程桌面也连不上',
      'pingも通らないしリモートデスクトップも繋がらない',
      'Ping geht nicht und RDP geht auch nicht',
      'Le bureau à distance fonctionne mais le ping ne répond pas',
      'Il desktop remoto funziona, ma il ping non risponde',
      '¿El ping funciona hacia el servidor de escritorio remoto?',
      'Пинг проходит? RDP не подключается',
      '服务器ping能通吗，远程桌面一直连不上',
      'Проходит ли пинг, если RDP не подключается',
    ])
      expect(conceptIds(paste), paste).toEqual([]);
  });
  it('near misses: another product failing beside ping, no Remote Desktop named', () => {
    for (const paste of [
      '핑은 되는데 웹은 안 돼',
      'Ping geht, Freigabe nicht',
      'Strona nie działa ale ping działa',
      'pingは通るがsshもtelnetも通らない',
    ])
      expect(conceptIds(paste), paste).toEqual([]);
  });
  it('the verb left out in the failing statement, as the working one carries it', () => {
    for (const paste of [
      'Ping auf die VM geht, aber RDP nicht',
      'Le ping passe mais pas le bureau à distance',
      'El ping sí funciona, pero no el escritorio remoto',
      'Il ping funziona, ma non il desktop remoto',
    ])
      expect(conceptIds(paste), paste).toContain('pings-but-no-connection');
  });
  it('near misses: Remote Desktop answering with a later failure, or nothing said of connecting', () => {
    for (const paste of [
      '服务器ping正常，远程桌面提示内部错误',
      'Ping geht, aber Remotedesktop sagt: Kennwort falsch',
      'El ping funciona. No sé configurar el escritorio remoto en el servidor nuevo',
    ])
      expect(conceptIds(paste), paste).not.toContain('pings-but-no-connection');
  });
  it('a paste that says it is solved: the contrast is history', () => {
    expect(conceptIds('ping正常，但是远程桌面连不上。已解决，是防火墙的问题')).not.toContain('pings-but-no-connection');
  });
});

describe('another way in working while Remote Desktop fails, in each language', () => {
  it('SSH, a share or a console named as working: the computer is up', () => {
    for (const paste of [
      // zh: jumpserver issue 8345's and p2ptunnel issue 46's sentences.
      'Linux SSH链接没问题，唯独RDP连接出现了异常',
      '映射22端口之后ssh是可以的，但就是远程桌面始终不行',
      'SSHでは入れるがRDPだけ繋がらない',
      'Общие папки открываются, а удаленный рабочий стол не подключается',
      'Per SSH komme ich drauf, Remotedesktop funktioniert nicht',
      'Puedo entrar a las carpetas compartidas pero no por escritorio remoto',
    ]) {
      expect(conceptIds(paste), paste).toContain('other-way-in-works');
    }
  });
  it('another remote-control product named only as the witness (true twin) or as what fails (near miss)', () => {
    expect(causes('TeamViewer可以连上，但是远程桌面连不上')[0]).toBe(networkUnreachable.id);
    // The product failing keeps the paste the product's: no Remote Desktop cause.
    expect(causes('TeamViewer连不上，但是远程桌面可以')).toEqual([]);
    expect(causes('Il desktop remoto funziona, ma SSH non si connette')).toEqual([]);
    expect(causes('win10 连ssh 直接无响应，连RDP也连不上')).toEqual([]);
  });
});

describe('Remote Desktop working on the local network and not from outside, in each language', () => {
  it('reads the English concept: the path from outside (port forwarding, a firewall)', () => {
    for (const paste of [
      '在局域网里远程桌面可以连上，从外网就连不上',
      'Im LAN klappt Remotedesktop, aber von außen nicht',
      'En red local el escritorio remoto funciona pero desde fuera no conecta',
      '社内からはリモートデスクトップできるが、社外からは接続できない',
    ])
      expect(conceptIds(paste), paste).toContain('works-locally-not-remotely');
  });
  it('near misses: no Remote Desktop named, the places reversed, both in one statement', () => {
    for (const paste of [
      '内网可以访问网站，外网不行',
      '外网可以连远程桌面，内网连不上',
      '局域网和外网都连不上远程桌面',
    ])
      expect(conceptIds(paste), paste).not.toContain('works-locally-not-remotely');
  });
});
