/**
 * `C137\Administrator` and `C137.LOCAL\administrator` are one account: a domain by its NetBIOS or DNS name, any case;
 * the domain compared only when both name one.
 */
export function sameAccount(x: string, y: string): boolean {
  const [dx, ux] = accountParts(x);
  const [dy, uy] = accountParts(y);
  return ux === uy && (dx === dy || !dx || !dy);
}

function accountParts(account: string): [string, string] {
  const [domain, user] = account.includes('\\') ? account.split('\\', 2) : ['', account];
  return [domain!.split('.')[0]!.toLowerCase(), (user ?? '').toLowerCase()];
}
