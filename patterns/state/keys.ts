/** The registry keys the host-state checks read, as `reg query` names them. */
export const TS = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server';
export const RDP_TCP = `${TS}\\WinStations\\RDP-Tcp`;
export const TS_POLICY = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services';
export const LICENSING_CORE = `${TS}\\RCM\\Licensing Core`;
export const LICENSE_SERVERS = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\TermService\\Parameters\\LicenseServers';
export const SCHANNEL = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
export const CREDSSP = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP\\Parameters';
export const CREDSSP_POLICY = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CredSSP\\Parameters';
export const FIPS = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FIPSAlgorithmPolicy';
export const MSLICENSING = 'HKLM\\SOFTWARE\\Microsoft\\MSLicensing';
