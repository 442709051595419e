/**
 * Issue 60 (round 30, h61a): the reason a sentence gives for its failure (reading-because.ts), in Chinese, Japanese and
 * Korean as cloud providers' Windows pages and their users write it:
 * - Korean puts its reason before "때문에" and before the joining "…되어" ("안전 모드로 부팅되어 … 연결할 수 없음"),
 *   but "…되어 있" says a state, not a cause (the near miss);
 * - the account without the right to log on remotely, a public network the provider isolated, safe mode in Korean
 *   and Japanese (described-because.ts);
 * - "远程连接", "远程登录", "원격 로그인", "リモート接続" say a paste is about Remote Desktop, unless it names Linux, SSH or
 *   VNC (described-languages-scripts.ts `REMOTE_LOGON_CJK`);
 * - Remote Desktop said to be off in Japanese and Chinese ("RDP は無効", "RDP 已禁用", "RDP 已停用":
 *   described-access.ts `remote-access-off`), as the English "RDP is disabled" is read.
 */
import { describe, expect, it } from 'vitest';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const causes = (text: string) => causeIds(answerOrRefused(text));

describe('Korean: the reason before "때문에" and "…되어"', () => {
  it('safe mode joined by "…되어" (the Korean "Cannot RDP to a VM because the VM boots into Safe Mode")', () => {
    // zoonoo/azure-docs.ko-kr troubleshoot-rdp-safe-mode (its title: "VM이 안전 모드로 부팅되어 VM에 RDP로 연결할 수 없음")
    expect(causes('서버가 안전 모드로 부팅되어 원격 데스크톱으로 연결할 수 없음')[0]).toBe(networkUnreachable.id);
  });
  it('near miss: "…되어 있지만" says a state (safe mode is set), not the cause', () => {
    expect(causes('안전 모드로 설정되어 있지만 원격 데스크톱에 연결할 수 없습니다.')).not.toContain(
      networkUnreachable.id,
    );
  });
  it('the missing logon right before "때문에", ahead of the words "연결이 거부" (connection refused)', () => {
    // Tencent Cloud's Korean "Windows 인스턴스: 원격 데스크톱 서비스 로그인 권한 없음" (the account not allowed to log on)
    expect(causes('이 계정은 원격 로그인 권한이 없기 때문에 원격 데스크톱 연결이 거부되었습니다.')[0]).toBe(
      authLogonRight.id,
    );
  });
  it('true twin: "연결이 거부" with no reason stays a refused connection', () => {
    expect(causes('원격 데스크톱 연결이 거부되었습니다.')).toContain(networkUnreachable.id);
  });
});

describe('the reasons cloud providers state', () => {
  it('Chinese: the public network isolated ("外网被隔离导致无法远程连接", Tencent Cloud)', () => {
    expect(causes('我的 Windows 云服务器因为欠费外网被隔离，导致无法远程连接')).toContain(networkUnreachable.id);
  });
  it('Chinese: the logon right stated as the reason', () => {
    // Tencent Cloud "Windows 实例无远程桌面服务进行登录的权限"
    expect(causes('原因是该用户没有远程登录的权限，所以远程桌面连接被拒绝。')[0]).toBe(authLogonRight.id);
  });
});

describe('"远程连接", "远程登录" say the paste is about Remote Desktop, unless it names another remote logon', () => {
  it('a password expired, told with "远程连接" only', () => {
    expect(causes('服务器装的是 Windows，管理员密码过期了，现在远程连接连不上。')).not.toEqual([]);
  });
  it('near miss: the same words of a Linux instance (SSH)', () => {
    expect(causes('Linux 实例外网被隔离，导致无法远程连接')).toEqual([]);
  });
  it('true twin: the Windows instance', () => {
    expect(causes('Windows 实例外网被隔离，导致无法远程连接')).toContain(networkUnreachable.id);
  });
});

describe('Remote Desktop said to be off, in Japanese and Chinese', () => {
  it('Japanese (windowsserverdocs.ja-jp "General Remote Desktop connection troubleshooting")', () => {
    expect(causes('fDenyTSConnections キーの値が 1 の場合、RDP は無効になっています。')).toContain(
      networkUnreachable.id,
    );
  });
  it('simplified and traditional Chinese (azure-docs "Troubleshoot an RDP general error in Azure VM")', () => {
    expect(causes('域策略指出 RDP 已禁用 (1)，远程桌面无法连接')).toContain(networkUnreachable.id);
    expect(causes('網域原則指出 RDP 已停用 (1)，遠端桌面無法連線')).toContain(networkUnreachable.id);
  });
  it('true twin: the English wording is read the same', () => {
    expect(causes('If the value of the fDenyTSConnections key is 1, then RDP is disabled.')).toContain(
      networkUnreachable.id,
    );
  });
  it('near miss: RDP said to be on, or a check for it being off, is not it being off', () => {
    expect(causes('fDenyTSConnections キーの値が 0 の場合、RDP は有効になっています。')).toEqual([]);
    expect(causes('RDP が無効になっていないか確認します。')).toEqual([]);
  });
});
