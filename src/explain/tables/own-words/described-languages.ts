/**
 * More words in other languages for the symptom concepts users describe (described-symptoms.ts, issue 60, round 23):
 * short descriptions in Chinese that state one concept plainly ("远程认证失败", "用户权限不足", "账户已禁用"), each
 * added to a concept of described-symptoms.ts by its id, so that its causes and its reading (only in a paste about
 * Remote Desktop, a negation or a success in its clause cancelling it) are that concept's.
 *
 * Each row: the concept, the language, its words (`|` between two), the public page that shows those words for that
 * failure, and a near miss (the same words in a paste about another thing, which the reader leaves unread because no
 * word of it names Remote Desktop).
 */
import { SCRIPT_LANGUAGE_SAID, SCRIPT_LANGUAGE_WORDS } from './described-languages-scripts.js';
import { LATIN_LANGUAGE_WORDS } from './described-languages-latin.js';
import { LANGUAGE_SAID } from './described-said-latin.js';
import { absentPattern, TERMS_LATIN_SAID } from './described-terms-latin.js';
import { DISCONNECT_REASONS_H62A, TERMS_SCRIPTS_SAID } from './dialog-terms-scripts.js';
import { MEMBERSHIP_WORDS } from './described-members.js';
import { LATIN_LOGIN_SAID, LATIN_LOGIN_WORDS } from './described-windows-login-latin.js';
import { LATIN_MEMBERSHIP_WORDS } from './described-members-latin.js';
import {
  type DescriptionLanguage,
  type LanguageSaid,
  type LanguageSaidPattern,
  type SymptomConcept,
  wordsPattern,
} from './symptom-concept.js';

/** Words of one language for one concept of described-symptoms.ts. */
export interface LanguageWords {
  readonly concept: string;
  readonly language: DescriptionLanguage;
  /** Lower case; `|` between two words. */
  readonly words: string;
  readonly source: string;
  /** The same words about another thing: no reading. */
  readonly nearMiss: string;
}

const REMMINA_ZH =
  "Remmina's Simplified Chinese catalog (FreeRDP/Remmina po/zh_CN.po, the RDP plugin's connection errors: client-catalogs-data.ts)";

/** Microsoft's "Remote Desktop disconnects frequently in Azure VM" in a public copy of its azure-docs.<locale>. */
const INTERMITTENT = (repo: string) =>
  `Microsoft's article "Remote Desktop disconnects frequently in Azure VM" in the language (https://github.com/${repo}/blob/HEAD/articles/virtual-machines/troubleshooting/troubleshoot-rdp-intermittent-connectivity.md, its Symptom)`;

/** Microsoft's "Can't connect remotely to a VM because RDP port is not enabled in NSG" in a public copy of azure-docs. */
const NSG_ARTICLE = (repo: string) =>
  `Microsoft's article "Cannot connect remotely to a VM because RDP port is not enabled in NSG" in the language (https://github.com/${repo}/blob/HEAD/articles/virtual-machines/troubleshooting/troubleshoot-rdp-nsg-problem.md, its Symptom)`;

/** One row: the concept's id, the language, its words, the near miss, the page that shows the words. */
const words = (
  concept: string,
  language: DescriptionLanguage,
  said: string,
  nearMiss: string,
  source: string,
): LanguageWords => ({ concept, language, words: said, source, nearMiss });

export const DESCRIBED_LANGUAGE_WORDS: readonly LanguageWords[] = [
  words(
    'credssp-or-nla',
    'zh',
    '认证失败|身份验证失败',
    'SSH 登录认证失败 (no Remote Desktop word: another service)',
    'Microsoft Learn zh-cn "使用 RDP 连接到 Azure VM 时排查身份验证错误" (https://learn.microsoft.com/zh-cn/troubleshoot/azure/virtual-machines/windows/cannot-connect-rdp-azure-vm: 身份验证, authentication, failing in NLA); an RDP user\'s report "远程服务认证失败" with the NLA switch tried (https://github.com/linkease/ddnsto/issues/196)',
  ),
  words(
    'no-logon-right',
    'zh',
    '权限不足|客户端被禁止',
    'HTTP 403：客户端被禁止访问 (a web API, no Remote Desktop word)',
    `${REMMINA_ZH}: "用户权限不足" (Insufficient user privileges, FreeRDP's ERRCONNECT_INSUFFICIENT_PRIVILEGES); Apache Guacamole's status CLIENT_FORBIDDEN (0x0303, the user not permitted: https://guacamole.apache.org/doc/gug/protocol-reference.html#status-codes) as Chinese programs name it, "客户端被禁止" (Client is Forbidden)`,
  ),
  words(
    'account-state',
    'zh',
    '账户已禁用|账户已过期|密码已过期',
    '邮箱密码已过期，请重新登录 (a mail account, no Remote Desktop word)',
    `${REMMINA_ZH}: "账户已禁用" (Account disabled), "账户已过期" (Account expired), "密码已过期" (Password expired)`,
  ),
  words(
    'grace-period',
    'zh',
    '授权过期|授权到期|授权已过期',
    "软件授权过期，请续费 (a program's own licence, no Remote Desktop word)",
    'Microsoft\'s Simplified Chinese term for RD Licensing, 远程桌面授权 (授权服务器, the license server, as described-symptoms.ts reads it); a Chinese guide to "远程桌面服务授权过期,服务器远程桌面授权到期" (https://www.zhitaoyun.cn/2298538.html: the licensing grace period run out)',
  ),
  // Round 25: Network Level Authentication's name where the languages above had none, and another account signed in.
  words(
    'credssp-or-nla',
    'nl',
    'verificatie op netwerkniveau|authenticatie op netwerkniveau',
    'Verificatie op netwerkniveau is een nieuwe verificatiemethode (a definition: no failure stated, described-topics.ts)',
    'Microsoft\'s Dutch Windows help "Welke typen Extern bureaublad-verbindingen moet ik toestaan?" (http://windows.microsoft.com/nl-nl/windows/types-remote-desktop-connections-allow: "verificatie op netwerkniveau"); tofixeasy.com\'s Dutch guide to "de externe computer vereist authenticatie op netwerkniveau die uw computer niet ondersteunt" (https://tofixeasy.com/nl/opgelost-de-externe-computer-vereist-authenticatie-op-netwerkniveau-die-uw-computer-niet-ondersteunt)',
  ),
  words(
    'credssp-or-nla',
    'ko',
    '네트워크 수준 인증',
    '원격 데스크톱의 네트워크 수준 인증은 사용자를 먼저 인증합니다 (no failure stated, described-topics.ts)',
    'AWS\'s Korean knowledge-center article on RDP authentication errors, quoting the dialog "연결하려는 원격 컴퓨터에 NLA(네트워크 수준 인증)가 필요하지만 …" (https://aws.amazon.com/ko/premiumsupport/knowledge-center/ec2-windows-rdp-authentication-errors/)',
  ),
  words(
    'another-user',
    'it',
    'connesso un altro account',
    'Sul server di posta è connesso un altro account (no Remote Desktop word: another service)',
    'Guida Windows 10 (https://guidoscuderi.it/informatica/FLIP/guida_win10/files/basic-html/page741.html: "Se al computer remoto è connesso un altro account, Windows vi avvertirà che dovrete costringere l\'altra persona a disconnettersi")',
  ),
  // Round 27: the symptom of Microsoft's "Remote Desktop disconnects frequently in Azure VM" in the languages whose
  // translation words the drop otherwise than the rows of described-symptoms.ts ("you can connect at first, but then
  // the connection drops"; es "se pierde la conexión" and the title words are read already).
  words(
    'disconnects',
    'it',
    'connessione si interrompe',
    'Durante il download la connessione si interrompe (no Remote Desktop word: another program)',
    `${INTERMITTENT('nsrau/azure-docs.it-it')}: "Inizialmente è possibile connettersi alla macchina virtuale, ma poi la connessione si interrompe"`,
  ),
  words(
    'disconnects',
    'fr',
    'la connexion tombe',
    'Pendant le téléchargement la connexion tombe (no Remote Desktop word: another program)',
    `${INTERMITTENT('stephanemora/azure-docs.fr-fr')}: "Vous pouvez vous connecter à la machine virtuelle dans un premier temps, mais ensuite la connexion tombe"`,
  ),
  words(
    'disconnects',
    'pt',
    'a conexão cair|a conexão cai',
    'Durante o download a conexão cai (no Remote Desktop word: another program)',
    `${INTERMITTENT('robertorcosta/azure-docs.pt-br')}: "Inicialmente, você pode se conectar à VM, mas, em seguida, a conexão cair"`,
  ),
  // The symptom of Microsoft's "Can't connect remotely to a VM because RDP port is not enabled in NSG" in each language
  // whose copy of the article words it: the port not open in the network security group (Azure's firewall).
  words(
    'firewall-port',
    'en',
    'not opened in the network security group',
    'The SQL port is not opened in the network security group (no Remote Desktop word: another service)',
    `${NSG_ARTICLE('MicrosoftDocs/azure-docs')}: "You cannot make an RDP connection to a VM in Azure because the RDP port is not opened in the network security group."`,
  ),
  words(
    'firewall-port',
    'de',
    'netzwerksicherheitsgruppe nicht geöffnet',
    'Der SQL-Port ist in der Netzwerksicherheitsgruppe nicht geöffnet (no Remote Desktop word: another service)',
    `${NSG_ARTICLE('superfliege/azure-docs.de-de')}: "Sie können keine RDP-Verbindung mit einer VM in Azure herstellen, weil der RDP-Port in der Netzwerksicherheitsgruppe nicht geöffnet ist."`,
  ),
  words(
    'firewall-port',
    'fr',
    'pas ouvert dans le groupe de sécurité réseau',
    'Le port SQL n’est pas ouvert dans le groupe de sécurité réseau (no Remote Desktop word: another service)',
    `${NSG_ARTICLE('stephanemora/azure-docs.fr-fr')}: "Vous ne pouvez pas établir de connexion RDP à une machine virtuelle dans Azure, car le port RDP n’est pas ouvert dans le groupe de sécurité réseau."`,
  ),
  words(
    'firewall-port',
    'es',
    'no está abierto en el grupo de seguridad de red',
    'El puerto SQL no está abierto en el grupo de seguridad de red (no Remote Desktop word: another service)',
    `${NSG_ARTICLE('pricardo03/azure-docs.es-es')}: "No puede establecer una conexión RDP a una VM en Azure porque el puerto RDP no está abierto en el grupo de seguridad de red."`,
  ),
  words(
    'firewall-port',
    'pt',
    'não está aberta no grupo de segurança de rede',
    'A porta SQL não está aberta no grupo de segurança de rede (no Remote Desktop word: another service)',
    `${NSG_ARTICLE('robertorcosta/azure-docs.pt-br')}: "Você não pode fazer uma conexão de RDP a uma VM no Azure porque a porta RDP não está aberta no grupo de segurança de rede."`,
  ),
  words(
    'firewall-port',
    'it',
    'non è aperta nel gruppo di sicurezza di rete',
    'La porta SQL non è aperta nel gruppo di sicurezza di rete (no Remote Desktop word: another service)',
    `${NSG_ARTICLE('nsrau/azure-docs.it-it')}: "Non è possibile stabilire una connessione RDP a una macchina virtuale in Azure perché la porta RDP non è aperta nel gruppo di sicurezza di rete."`,
  ),
];

/**
 * Words that, in the clause of a concept's word, make it another thing, in the languages above: a session that
 * disconnects after a time set for it (idle, a time limit) is not a connection dropping. Microsoft's RD Session Host
 * Configuration help in traditional Chinese ("閒置工作階段限制", idle session limit; "時間上限", the time limit:
 * https://forsenergy.com/zh-tw/tscc/html/6021cf8c-9cfa-4ed5-97ac-24f7c2b6c799.htm) and Splashtop's Japanese table of
 * RDP error codes ("アイドルセッション制限", idle session limit:
 * https://support-splashtopbusiness.splashtop.com/hc/ja/articles/6590519748251).
 */
const UNLESS_IN_LANGUAGES: readonly { readonly concept: string; readonly unless: RegExp }[] = [
  { concept: 'disconnects', unless: /閒置|闲置|空闲|時間上限|时间上限|アイドル/ },
];

/**
 * A user who leaves the session, in French, as Microsoft's fr-fr "Poor performance or intermittent connection issues"
 * words it (https://learn.microsoft.com/fr-fr/windows-server/remote/remote-desktop-services/troubleshoot/poor-performance-or-application-problems:
 * "Un utilisateur lance plusieurs applications dans un Bureau à distance, puis se déconnecte de la session"; "puis il
 * se déconnecte à nouveau"): the user's own act, not the connection dropping (issue 60, round 29). The user named in
 * the sentence and the reflexive verb after "puis" or before "de la session"; bounded gaps, no sentence end crossed.
 */
const USER_LEAVES = /utilisateur[^.!?]{0,140}(?:puis (?:il |elle )?se déconnecte|se déconnecte de (?:la|sa) session)/u;

/**
 * Words that, in the sentence of a concept's word in the languages above, make it another thing: a session ended
 * for want of a licence is the licensing's, not a connection dropping, where the reason stands in the clause before
 * ("ライセンスを提供する Remote Desktop ライセンス サーバーがないため、リモート セッションが切断されました"). The
 * licence in Microsoft's terms of each script: ライセンス (the ja-jp "no license servers" dialog, localized.ts and
 * localized-azure-2015.ts), 许可证 (its zh-cn wording), 授权 / 授權 (RD Licensing, 远程桌面授权, above), 라이선스 (the
 * ko-kr RD Licensing pages), лиценз… (the ru-ru dialog's "серверы лицензирования").
 */
const UNLESS_IN_SENTENCE: readonly { readonly concept: string; readonly unless: RegExp }[] = [
  {
    concept: 'disconnects',
    unless: new RegExp(
      `ライセンス|许可证|授权|授權|라이선스|лиценз|${DISCONNECT_REASONS_H62A}|${USER_LEAVES.source}`,
      'u',
    ),
  },
];

/**
 * Every language's `said` (its words for a concept's part and its failure), in one list: the Latin-script languages
 * (described-said-latin.ts) and the languages of other scripts (described-languages-scripts.ts). One reading for all:
 * each row compiled by wordsPattern, read by described-reading.ts as the concept's `saidIn`, its note naming the
 * language and its page.
 */
export const LANGUAGES_SAID: readonly LanguageSaid[] = [
  ...LANGUAGE_SAID,
  ...SCRIPT_LANGUAGE_SAID,
  ...LATIN_LOGIN_SAID,
  ...TERMS_LATIN_SAID,
  ...TERMS_SCRIPTS_SAID,
];

/** A concept's `said` in other languages, compiled. */
function saidInLanguages(id: string): LanguageSaidPattern[] {
  return LANGUAGES_SAID.filter((s) => s.concept === id).map((s) => ({
    language: s.language,
    subject: wordsPattern(s.subject),
    failed: wordsPattern(s.failed),
    ...(s.unless ? { unless: wordsPattern(s.unless) } : {}),
    ...(s.absent ? { absent: absentPattern(s.absent, s.subject) } : {}),
    source: s.source,
  }));
}

/** The concepts with the words above added to each one's language (its own words first), their `unless` words and their `said` in other languages. */
export function withLanguageWords(concepts: readonly SymptomConcept[]): SymptomConcept[] {
  return concepts.map((c) => withSaidIn(withWords(c)));
}

/** A concept with its `said` in other languages, when it has some. */
function withSaidIn(c: SymptomConcept): SymptomConcept {
  const saidIn = saidInLanguages(c.id);
  return saidIn.length > 0 ? { ...c, saidIn } : c;
}

/** A concept with the words above added to each one's language, its `unless` words and its `unlessInSentence`. */
function withWords(c: SymptomConcept): SymptomConcept {
  const more = [
    ...DESCRIBED_LANGUAGE_WORDS,
    ...SCRIPT_LANGUAGE_WORDS,
    ...LATIN_LANGUAGE_WORDS,
    ...MEMBERSHIP_WORDS,
    ...LATIN_LOGIN_WORDS,
    ...LATIN_MEMBERSHIP_WORDS,
  ].filter((w) => w.concept === c.id);
  const unless = UNLESS_IN_LANGUAGES.find((u) => u.concept === c.id)?.unless;
  const unlessInSentence = UNLESS_IN_SENTENCE.find((u) => u.concept === c.id)?.unless;
  if (more.length === 0 && !unless && !unlessInSentence) return c;
  const byLanguage: Partial<Record<DescriptionLanguage, string>> & { en: string } = { ...c.words };
  for (const w of more)
    byLanguage[w.language] = byLanguage[w.language] ? `${byLanguage[w.language]}|${w.words}` : w.words;
  const withSentence = unlessInSentence ? { unlessInSentence } : {};
  if (!unless) return { ...c, words: byLanguage, ...withSentence };
  return {
    ...c,
    words: byLanguage,
    unless: c.unless ? new RegExp(`${c.unless.source}|${unless.source}`) : unless,
    ...withSentence,
  };
}
