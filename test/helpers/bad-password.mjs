/**
 * One NLA failure with a wrong password over about a second, as the follow tests (test/follow/helpers.ts) and
 * bench/follow-latency.mjs write it: RdpCoreTS 131, 65, 140, Security 4625, then RdpCoreTS 103, the event that
 * ends it. Connection `n` from 192.0.2.(n mod 200 + 1), its first record `record`, starting at `startMs`.
 */
export function badPasswordRecords(n, startMs, record) {
  const ip = `192.0.2.${(n % 200) + 1}`;
  const activity = `{F4200000-0000-0000-0000-${String(n).padStart(12, '0')}}`;
  const logon = {
    TargetUserName: 'alice',
    TargetDomainName: 'CORP',
    Status: '0xc000006d',
    SubStatus: '0xc000006a',
    LogonType: '3',
    IpAddress: ip,
  };
  return [
    { id: 131, ms: startMs, record, activity, data: { ConnType: 'TCP', ClientIP: `${ip}:5${n % 10000}` } },
    { id: 65, ms: startMs + 2, record: record + 1, activity, data: { ConnectionName: `RDP-Tcp#${n}` } },
    { id: 140, ms: startMs + 400, record: record + 2, activity, data: { IPString: ip } },
    { id: 4625, ms: startMs + 401, record: record + 3, security: true, data: logon },
    { id: 103, ms: startMs + 900, record: record + 4, activity, data: { ReasonCode: '0' } },
  ];
}
