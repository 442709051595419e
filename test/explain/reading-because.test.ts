/**
 * A failure and the reason its sentence gives for it (reading-because.ts, described-because.ts; issue 60, round 29):
 * Microsoft's "Cannot RDP to an Azure VM because …" articles say the same structure in every language ("… weil …",
 * "… car …", "… eftersom …", "因為 … 而無法 …", "… 않으므로 … 수 없습니다", "…ために RDP が失敗する"): the stated reason is
 * the answer, read ahead of the words that only name the failure. Near misses: the reason denied ("not because of the
 * firewall"), no failure stated ("you can connect because …"), another program's connection. True twins: the same
 * sentences with the negation or the other program taken away.
 */
import { describe, expect, it } from 'vitest';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { readReasons } from '../../src/explain/reading-because.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const folded = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ');

/** Each article's own sentence (its title, description or symptom) in a language, and the cause it states. */
const STATED: [string, string, string][] = [
  // de-de copy of "Cannot connect remotely to a VM because RDP port is not enabled in NSG" (its symptom).
  [
    'de',
    'Sie können keine RDP-Verbindung mit einer VM in Azure herstellen, weil der RDP-Port in der Netzwerksicherheitsgruppe nicht geöffnet ist.',
    networkUnreachable.id,
  ],
  // sv-se copy of the same article (its description).
  [
    'sv',
    'Lär dig att felsöka ett problem där RDP misslyckas på grund av NSG-konfiguration i Azure portal',
    networkUnreachable.id,
  ],
  // ko-kr copy of the same article (its title): the reason first, its particle written onto "NSG".
  ['ko', 'NSG에서 사용하도록 설정하지 않은 RDP 포트로 인해 Azure VM에 연결할 수 없음', networkUnreachable.id],
  // ru-ru copy of "Cannot RDP to a VM because the VM boots into Safe Mode" (its title).
  [
    'ru',
    'Сбой подключения к виртуальной машине по протоколу RDP по причине загрузки виртуальной машины в безопасном режиме',
    networkUnreachable.id,
  ],
  // pt-pt copy of "Cannot RDP to Azure VMs because the DHCP Client service is disabled" (its heading).
  [
    'pt',
    'Não é possível rdp para Azure Virtual Machines porque o serviço dhcp cliente está desativado',
    networkUnreachable.id,
  ],
  // nl-nl copy of "… because the network interface is disabled" (its description).
  [
    'nl',
    'Meer informatie over het oplossen van problemen waarbij RDP mislukt, omdat de NIC is uitgeschakeld in virtuele Azure-machine',
    networkUnreachable.id,
  ],
  // hu-hu and pl-pl copies of "Cannot RDP to a VM because the VM boots into Safe Mode" (their titles).
  [
    'hu',
    'Nem hajtható végre egy virtuális gép RDP-vel, mert a virtuális gép csökkentett módban indul.',
    networkUnreachable.id,
  ],
  [
    'pl',
    'Nie można nawiązać połączenia RDP z maszyną wirtualną, ponieważ maszyna wirtualna jest uruchamiana w trybie awaryjnym',
    networkUnreachable.id,
  ],
  // ja-jp copy of "Remote Desktop license server isn't available when you connect to an Azure VM" (its description).
  [
    'ja',
    'リモート デスクトップ ライセンス サーバーが利用できないために RDP が失敗する問題をトラブルシューティングを行う方法について説明する',
    licensingServerUnavailable.id,
  ],
  // tr-tr copy of the same article (its introduction).
  [
    'tr',
    'Bu makale, bir Azure sanal makinesine (VM) bağlanamadığınızda sorunu çözmenize yardımcı olur çünkü bir Uzak Masaüstü lisans sunucusu, lisans sağlamak için kullanılabilir değildir.',
    licensingServerUnavailable.id,
  ],
];

describe('a failure read by the reason its sentence gives', () => {
  it.each(STATED)('%s: "%s"', (language, paste, cause) => {
    const read = readReasons(folded(paste));
    expect(
      read.map((r) => r.language),
      paste,
    ).toContain(language);
    expect(causeIds(paste)[0], paste).toBe(cause);
  });

  it('reads the reason ahead of the failure it explains: a session cut for want of a licence is not a drop', () => {
    // zh-TW windowsserverdocs "Clients can't connect and see no licenses available error": the users' messages.
    const cal = '遠端工作階段已中斷連線，因為此電腦沒有可用的遠端桌面用戶端存取使用權。';
    expect(causeIds(cal)[0]).toBe(licensingCalUnavailable.id);
    expect(causeIds(cal)).not.toContain(networkDropped.id);
    // The drop said alone, with no reason, is still a connection dropping (true twin).
    expect(causeIds('遠端桌面連線經常中斷連線')).toContain(networkDropped.id);
  });
});

describe('what is not a stated reason (near misses and their twins)', () => {
  it('leaves a reason the sentence denies', () => {
    expect(readReasons(folded('Remote Desktop still fails, but not because of the firewall.'))).toEqual([]);
    expect(readReasons(folded('远程桌面无法连接，不是因为防火墙。'))).toEqual([]);
    // Twin: the same failure with the reason stated.
    expect(readReasons(folded('Remote Desktop still fails because of the firewall.'))).toHaveLength(1);
  });

  it('leaves a sentence that states no failure', () => {
    expect(readReasons(folded('You can connect over RDP because the NSG allows port 3389.'))).toEqual([]);
  });

  it("leaves another program's connection (no Remote Desktop word, or SSH named)", () => {
    // Tencent Cloud's Linux page: SSH, its sshd not listening.
    const ssh = '当使用 SSH 登录 Linux 实例时，提示无法连接或者连接失败。可能是由于防火墙未放通 22 端口引起。';
    expect(causeIds(answerOrRefused(ssh))).toEqual([]);
    expect(causeIds(answerOrRefused('SQL Server: cannot connect because the firewall blocks port 1433.'))).toEqual([]);
    // Twin: the same reason for a Remote Desktop connection.
    expect(causeIds('远程桌面无法连接，因为防火墙未放通 3389 端口。')[0]).toBe(networkUnreachable.id);
  });
});
