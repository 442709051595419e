/** One record of `badPasswordRecords`: RdpCoreTS's unless `security` (then Security 4625, no activity). */
export interface BadPasswordRecord {
  id: number;
  ms: number;
  record: number;
  activity?: string;
  security?: true;
  data: Record<string, string>;
}
/** One NLA failure with a wrong password: RdpCoreTS 131, 65, 140, Security 4625, RdpCoreTS 103. */
export function badPasswordRecords(n: number, startMs: number, record: number): BadPasswordRecord[];
