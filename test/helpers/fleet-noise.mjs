/**
 * The fields of a service account's file-share logon (Security 4624, type 3): Security's everyday noise between
 * sessions in the generated fleets of test/helpers/by-computer-fleet.ts and bench/fleet.mjs. Account `svc<k>`
 * from `address`, its logon id made of `k` and the connection number `conn`.
 */
export function serviceLogon(k, conn, address) {
  return {
    TargetUserName: `svc${k}`,
    TargetDomainName: 'CORP',
    LogonType: '3',
    IpAddress: address,
    IpPort: '0',
    TargetLogonId: `0x${(0x900000 + k * 7 + conn).toString(16)}`,
  };
}
