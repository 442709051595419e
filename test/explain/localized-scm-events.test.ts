/**
 * The Service Control Manager's events pasted from Event Viewer in another language (service-control.ts
 * `localizedScmEvent`, issue 60, round 29): the source's name, the event id and Remote Desktop Services named in the
 * language ("Dienststeuerungs-Manager", "Менеджер управления обслуживанием"): the service that runs the RDP listener
 * hung or stopped, so nothing listens. Near misses: the same block about another service (the DHCP client, the print
 * spooler) names no Remote Desktop cause by itself; the same event id from another source is not this reading.
 */
import { describe, expect, it } from 'vitest';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

/** de-de copy of "Remote Desktop Services isn't starting on an Azure VM": its sample block. */
const DE = [
  'Protokollname: System',
  'Quelle: Dienststeuerungs-Manager',
  'Datum: 12/16/2017 11:19:36 AM',
  'Ereignis-ID: 7022',
  'Ebene: Fehler',
  'Beschreibung: Die Remotedesktopdienste wurden nicht ordnungsgemäß gestartet.',
].join('\n');

/** ru-ru copy of the same article: its sample block, with the source and the description lines it prints. */
const RU = [
  'Имя журнала: Система',
  'Источник: Менеджер управления обслуживанием',
  'Идентификатор событий: 7022',
  'Уровень: Ошибка',
  'Описание: Служба "Службы удаленных рабочих столов" зависла при запуске.',
].join('\n');

describe('a localized Service Control Manager event about Remote Desktop Services', () => {
  it.each([
    ['de', DE],
    ['ru', RU],
  ])('%s: reads the listener down', (_language, paste) => {
    expect(causeIds(paste)[0]).toBe(networkUnreachable.id);
    expect(answerOrRefused(paste)?.summary).toMatch(/TermService/);
  });

  it('names no Remote Desktop cause for another service in the same block (near miss)', () => {
    const dhcp = DE.replace('Die Remotedesktopdienste wurden', 'Der DHCP-Clientdienst wurde');
    expect(causeIds(answerOrRefused(dhcp))).not.toContain(networkUnreachable.id);
    const spooler = RU.replace('Службы удаленных рабочих столов', 'Диспетчер печати');
    expect(causeIds(answerOrRefused(spooler))).not.toContain(networkUnreachable.id);
  });

  it('is not read from another source that logs the same id (near miss)', () => {
    const other = DE.replace('Dienststeuerungs-Manager', 'Microsoft-Windows-Kernel-General');
    expect(answerOrRefused(other)?.summary ?? '').not.toMatch(/Service Control Manager event 7022/);
  });
});

/** pt-pt copy of "Cannot RDP to Azure VMs because the DHCP Client service is disabled": its heading and sample block. */
const PT_DHCP = [
  'Não é possível rdp para Azure Virtual Machines porque o serviço dhcp cliente está desativado',
  '',
  'Nome do registo: Sistema',
  'Fonte: Gestor de Controlo de Serviços',
  'ID do evento: 7022',
  'Nível: Erro',
  'Descrição: O serviço de clientes DHCP pendia no arranque.',
].join('\n');

describe('an event no table holds beside a sentence that states the reason', () => {
  it('reads the stated reason (the event names no cause by itself)', () => {
    expect(causeIds(PT_DHCP)[0]).toBe(networkUnreachable.id);
  });

  it('names no cause from the block alone (near miss)', () => {
    const block = PT_DHCP.split('\n').slice(2).join('\n');
    expect(causeIds(answerOrRefused(block))).not.toContain(networkUnreachable.id);
  });
});
