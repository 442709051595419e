/** The fields of a service account's file-share logon (Security 4624, type 3), noise in a generated fleet. */
export function serviceLogon(
  k: number,
  conn: number,
  address: string,
): {
  TargetUserName: string;
  TargetDomainName: string;
  LogonType: string;
  IpAddress: string;
  IpPort: string;
  TargetLogonId: string;
};
