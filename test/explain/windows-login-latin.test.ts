/**
 * Issue 60, round 30 (h61b): a remote sign-in to a Windows machine told in a Latin-script language is Remote
 * Desktop's (src/explain/tables/own-words/described-windows-login-latin.ts): the described reader reads it where no
 * Remote Desktop word stands; the same question about a Linux instance by SSH is not read. The words its pages use for
 * a connection timing out, the remote computer not reached and the port not open, each with its near miss.
 */
import { describe, expect, it } from 'vitest';
import { windowsRemoteLogin } from '../../src/explain/tables/own-words/described-windows-login-latin.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';

const noCause = (paste: string) => expect(answerOrRefused(paste)?.likelyCauses ?? [], paste).toEqual([]);

describe('a remote sign-in to a Windows machine, in Portuguese, Indonesian and other Latin-script languages', () => {
  it('the gate: a remote sign-in and a Windows machine in one sentence, never beside Linux or SSH', () => {
    expect(windowsRemoteLogin('não consigo acessar remotamente o servidor windows da empresa')).toBe(true);
    expect(windowsRemoteLogin('login jarak jauh ke instans windows gagal')).toBe(true);
    expect(windowsRemoteLogin('koneksi desktop jauh terputus')).toBe(true);
    // A Windows machine alone, or a remote sign-in alone, says nothing of Remote Desktop.
    expect(windowsRemoteLogin('o servidor windows reiniciou sozinho')).toBe(false);
    expect(windowsRemoteLogin('o acesso remoto ao banco de dados falhou')).toBe(false);
    expect(windowsRemoteLogin('acesso remoto à instância do windows via ssh')).toBe(false);
  });

  it('the pages’ question about invalid credentials, in Portuguese and Indonesian, names the wrong password', () => {
    expect(
      causeIds('Aparece nome de usuário ou senha inválida sempre que acesso remotamente meu servidor Windows.')[0],
    ).toBe(authBadCredentials.id);
    expect(causeIds('Muncul pesan kata sandi tidak valid ketika login jarak jauh ke server Windows kantor.')[0]).toBe(
      authBadCredentials.id,
    );
  });

  it('near miss: the same question about a Linux instance (SSH) is not Remote Desktop’s', () => {
    noCause('Aparece nome de usuário ou senha inválida sempre que acesso remotamente minha instância do Linux.');
    noCause('Muncul pesan kata sandi tidak valid ketika login jarak jauh ke server Linux lewat SSH.');
  });

  it('the words for a timeout, the computer not reached and the port not open, in a paste about Remote Desktop', () => {
    for (const paste of [
      'Ao conectar na área de trabalho remota, a conexão expira depois de alguns segundos.',
      'Koneksi Desktop Jauh ke server: waktu koneksi habis.',
      'Desktop remoto: il client non riesce a raggiungere il server.',
      'Escritorio remoto: el cliente no puede llegar a la máquina virtual.',
      'Remotedesktop: der Server antwortet nicht.',
      'Área de Trabalho Remota não conecta: a porta 3389 não está aberta no servidor.',
    ])
      expect(causeIds(paste)[0], paste).toBe(networkUnreachable.id);
  });

  it('near miss: the same words about another thing, or the failure denied', () => {
    for (const paste of [
      'o token de sessão do aplicativo web expirou',
      'waktu koneksi habis saat mengunduh file dari situs web',
      'Der Webserver antwortet nicht.',
      'Área de Trabalho Remota: a porta 3389 está aberta no servidor.',
    ])
      noCause(paste);
  });
});
