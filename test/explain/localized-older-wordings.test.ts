/**
 * Issue 60 (round 30, h61a): Windows' own dialogs in wordings the localized tables did not hold, each row with its page
 * (localized-logon.ts, localized-zh-tw.ts, localized-korean.ts): the Windows 7-era logon-right refusal in Chinese
 * ("终端服务", Terminal Services, where later versions say "远程桌面服务"), the security-error dialog in traditional
 * Chinese and Korean as Windows Server's localized pages quote it, the unexpected-certificate message in traditional
 * Chinese, and the busy message in traditional Chinese (read, with no cause, as its English is). Each with a near miss
 * that shares its words and a true twin.
 */
import { describe, expect, it } from 'vitest';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { answerOrRefused, causeIds, summaryOrNone } from '../helpers/explain.js';

const causes = (text: string) => causeIds(answerOrRefused(text));

describe('the logon-right refusal as Windows 7 words it in Chinese (Terminal Services)', () => {
  it("the dialog's first sentence, quoted in a user's report", () => {
    // JD Cloud "Windows远程登录提示没有登录的权限" (the dialog it quotes)
    expect(causes('远程桌面连接时弹出：要登录到这台远程计算机，您必须被授予允许通过终端服务登录的权限。')).toContain(
      authLogonRight.id,
    );
  });
  it('true twin: the later wording (远程桌面服务) is read as before', () => {
    expect(causes('要远程登录，你需要具有通过远程桌面服务进行登录的权限。')).toContain(authLogonRight.id);
  });
  it("near miss: the user right's name alone in a policy listing is no refusal", () => {
    expect(causes('本地安全策略 > 用户权限分配 > 允许通过终端服务登录')).not.toContain(authLogonRight.id);
  });
});

describe('the security-error dialog in traditional Chinese and Korean', () => {
  it('traditional Chinese (windowsserverdocs.zh-tw, "client disconnects and can\'t reconnect")', () => {
    expect(causes('用戶端顯示：由於安全性錯誤，用戶端無法連線到終端機伺服器。')).toContain(securityLayerMismatch.id);
  });
  it('Korean (windowsserverdocs.ko-kr, "no licenses available")', () => {
    expect(causes('원격 데스크톱 연결: 보안 오류로 인해 클라이언트가 터미널 서버에 연결할 수 없습니다.')).toContain(
      securityLayerMismatch.id,
    );
  });
  it("near miss: a browser's security error in Korean names no Remote Desktop cause", () => {
    expect(causes('보안 오류로 인해 웹 페이지를 표시할 수 없습니다.')).not.toContain(securityLayerMismatch.id);
  });
});

describe('the unexpected server certificate in traditional Chinese', () => {
  it("the web client administration page's wording", () => {
    // windowsserverdocs.zh-tw remote-desktop-web-client-admin (its troubleshooting section)
    expect(causes('如果使用者可以獲得「已收到未預期的伺服器驗證憑證」錯誤訊息，訊息會顯示憑證的指紋。')).toContain(
      tlsCertificate.id,
    );
  });
  it('near miss: a certificate expected and received names no unexpected certificate', () => {
    expect(causes('已收到伺服器驗證憑證')).toEqual([]);
  });
});

describe("the Service Control Manager's 7022 in traditional Chinese and Korean Event Viewer blocks", () => {
  // azure-docs.zh-tw and azure-docs.ko-kr "Remote Desktop Services isn't starting on an Azure VM" (their sample blocks)
  const zhTw = (service: string) =>
    `記錄名稱：系統\n來源：服務控制管理員\n事件識別碼：7022\n層級：錯誤\n描述：${service}啟動時無反應。`;
  const ko = (service: string) =>
    `로그 이름: 시스템\n원본: 서비스 제어 관리자\n이벤트 ID: 7022\n수준: 오류\n설명: ${service}가 시작 시 멈춤.`;
  it('Remote Desktop Services hung on starting: nothing listens for connections', () => {
    expect(causes(zhTw('遠端桌面服務'))).toContain(networkUnreachable.id);
    expect(causes(ko('원격 데스크톱 서비스'))).toContain(networkUnreachable.id);
  });
  it("near miss: another service's 7022 is not Remote Desktop's listener", () => {
    expect(causes(ko('Windows Update 서비스'))).not.toContain(networkUnreachable.id);
    expect(causes(zhTw('Windows Update 服務'))).not.toContain(networkUnreachable.id);
  });
});

describe('the busy message in traditional Chinese', () => {
  // windowsserverdocs.zh-tw "remote-desktop-service-currently-busy" (its RDSH memory-leak section quotes it)
  const BUSY = /could not create or hand over the session in time/;
  it('the message as the page quotes it: read as the English one, which names no cause', () => {
    const text =
      '無法完成您嘗試執行的工作，因為遠端桌面服務目前忙碌中。 請等候一段時間後再試一次。 其他使用者應仍能登入。';
    expect(summaryOrNone(text)).toMatch(BUSY);
    expect(causes(text)).toEqual([]);
  });
  it('near miss: the service said to be running is no busy message', () => {
    expect(summaryOrNone('遠端桌面服務目前正在執行中。')).not.toMatch(BUSY);
  });
});
