/**
 * Round 30 (r30-h61g): what works beside Remote Desktop failing, said in other languages ("pingは通るがRDP接続できない",
 * "连上之后共享可以打开，远程桌面3389就是不行", "ping проходит, а RDP не подключается", "Ping geht, aber RDP nicht").
 * The English reading is described-contrast.ts (`pings-but-no-connection`) and described-symptom-words.ts
 * (`other-way-in-works`); this is the same structure with each language's words as data: the words that part two
 * statements ("but"), the words that say something works, the negations and failure words, and the names of the
 * witnesses (ping, SSH, a file share, a console) and of Remote Desktop in the language.
 *
 * The reading: one statement names a witness, says it works, says nothing fails and names no Remote Desktop; another
 * names Remote Desktop, says it fails and names no witness. Then the computer is up and reached, and what stops Remote
 * Desktop is its own port, its listener or a firewall rule (Microsoft Learn "General Remote Desktop connection
 * troubleshooting", https://learn.microsoft.com/troubleshoot/windows-server/remote/troubleshoot-rdp-connection, in
 * every locale; the causes are the English concepts').
 *
 * Near misses the reading keeps out: both failing ("ping不通，远程桌面也连不上"), the witness failing and Remote Desktop
 * working ("Le bureau à distance fonctionne mais le ping ne répond pas"), a question ("¿El ping funciona …?"), another
 * product failing with no Remote Desktop named ("핑은 되는데 웹은 안 돼", "Ping geht, Freigabe nicht"), a paste that
 * says the problem is solved.
 *
 * Sources of the words, each language's: Microsoft's own name for Remote Desktop in the locale (the localized Microsoft
 * Learn pages: 远程桌面 zh-cn, 遠端桌面 zh-tw, リモート デスクトップ ja-jp, 원격 데스크톱 ko-kr, удаленный рабочий стол ru-ru,
 * Remotedesktop de-de, Bureau à distance fr-fr, Escritorio remoto es-es, Área de Trabalho Remota pt-br, Desktop remoto
 * it-it, Pulpit zdalny pl-pl, Uzak Masaüstü tr-tr; the same for the shares: 共享文件夹, 共有フォルダー, 공유 폴더, общие
 * папки, Freigaben, dossiers partagés, carpetas compartidas, pastas compartilhadas, cartelle condivise, udostępnione
 * foldery, paylaşılan klasörler), and the users' and the guides' own sentences of each language that the tests quote:
 * zh https://github.com/jumpserver/jumpserver/issues/8345 ("RDP连接异常，互PING正常", "Linux SSH链接没问题，唯独RDP连接出现了异常"),
 * https://github.com/chenjia404/p2ptunnel/issues/46 ("远程连接ssh是可以的，但就是远程桌面始终不行"); ja: a Japanese
 * troubleshooting table ("pingは通るがsshもtelnetも通らない"); ko: an OSI guide ("핑은 되는데 웹은 안 돼 → 포트/방화벽
 * 문제"); ru: a PLC link check ("адрес отвечает, но SSH закрыт"); de: a network exercise ("Ping geht, Freigabe nicht:
 * an Port 445 lauscht niemand"); fr: a firewall lab ("curl échouera même si le ping fonctionne"); pl: a network course
 * ("Jeżeli ping działa, ale aplikacja nie widzi urządzenia, sprawdzamy porty, … zaporę"); the negations are each
 * language's grammar (Wiktionary: 不/没, ない/ません, 안/않/못, не/нет, nicht/kein, ne…pas, no, não, non, nie, -mıyor).
 */

import { BECAUSE_REASONS } from './described-because.js';
import { HARDENED } from './described-everyday.js';

/** One language's words for the structure. Latin and Cyrillic words are read from a word's start. */
interface ContrastLanguage {
  readonly language: 'zh' | 'ja' | 'ko' | 'ru' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'pl' | 'tr';
  /** What parts two statements besides punctuation ("but", "while", "though"). */
  readonly but: RegExp;
  /** Something said to work: it gets through, answers, opens, connects, one can reach it. */
  readonly works: RegExp;
  /** A negation or a failure word. */
  readonly fails: RegExp;
  /**
   * Connecting, reaching or getting in, or a bare "it doesn't go": the failing statement says Remote Desktop does not
   * connect, not that something else about it is wrong ("no sé configurar el escritorio remoto").
   */
  readonly connect: RegExp;
  /** Phrases that say it works although they hold a negation ("没问题", "без проблем", "sans problème"): removed first. */
  readonly fine?: RegExp;
  /** Where the language's words are written so: the users' posts or guides quoted, the locale's names. */
  readonly source: string;
}

/** Microsoft Learn's "General Remote Desktop connection troubleshooting" in the locale: its names for the parts. */
const LEARN_LOCALE = (locale: string) =>
  `Microsoft Learn "General Remote Desktop connection troubleshooting" in ${locale} (https://learn.microsoft.com/${locale}/troubleshoot/windows-server/remote/troubleshoot-rdp-connection: the locale's names for Remote Desktop, the firewall, ping)`;

/** A Latin or Cyrillic word from its start (`|` between two): never inside another word. */
const from = (words: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})`, 'u');
/** A language's negations, whole words ("no" never "normal", "pas" never "passe"), and its failure words' stems. */
const negation = (wholes: string, stems: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${wholes})(?![\\p{L}\\p{N}])|(?:${stems}))`, 'u');
/** A whole Latin or Cyrillic word. */
const whole = (words: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'gu');

export const CONTRAST_LANGUAGES: readonly ContrastLanguage[] = [
  {
    language: 'zh',
    source: `users' posts: https://github.com/jumpserver/jumpserver/issues/8345 ("RDP连接异常，互PING正常", "Linux SSH链接没问题，唯独RDP连接出现了异常"), https://github.com/chenjia404/p2ptunnel/issues/46 ("ssh是可以的，但就是远程桌面始终不行"); ${LEARN_LOCALE('zh-cn')}; ${LEARN_LOCALE('zh-tw')}`,
    but: /但是|但|可是|却|卻|不过|不過|然而/gu,
    works: /通|正常|可以|能|成功|打开|打開|连上|連上|登录|登錄|访问|訪問|进去|進去|没问题|沒問題|ok/u,
    fails: /不|没|沒|无法|無法|无|無|未|失败|失敗|异常|異常|错误|錯誤|报错|報錯|拒绝|拒絕|超时|超時/u,
    connect: /连|連|接|通|访问|訪問|进|進|登|不行|用不了|打不开|打不開/u,
    fine: /没有?问题|沒有?問題|不错|不錯/gu,
  },
  {
    language: 'ja',
    source: `a Japanese nasne troubleshooting table ("pingは通るがsshもtelnetも通らない"), a Japanese Tailscale RDP setup table ("pingは通るがRDP接続できない"); ${LEARN_LOCALE('ja-jp')}`,
    but: /(?<=[るたすいくう])が|のに|けれども|けれど|けど|ものの|しかし/gu,
    works:
      /通る|通ります|通った|通じ|繋がる|つながる|繋がります|つながります|できる|できます|入れる|入れます|開ける|開けます|見える|成功|正常|問題な|ok/u,
    fails: /ない|ません|できず|らず|失敗|エラー|不可|ダメ|だめ|拒否|タイムアウト/u,
    connect: /接続|繋が|つなが|通ら|通じ|入れ|ログイン|でき|ダメ|だめ/u,
    fine: /問題(?:は|が)?(?:ない|なく|無い|無く|ありません)/gu,
  },
  {
    language: 'ko',
    source: `a Korean OSI guide ("핑은 되는데 웹은 안 돼 → 포트/방화벽 문제?"), a Korean LXC guide ("핑은 되는데 apt update가 안 된다면"); ${LEARN_LOCALE('ko-kr')}`,
    but: /는데|지만|그런데|근데/gu,
    works: /되|됩니다|정상|성공|가능|응답|잘 /u,
    fails: /안 |안되|않|못|실패|오류|에러|불가|없/u,
    connect: /접속|연결|안 ?돼|안 ?됩|안 ?되|들어가/u,
    fine: /문제 ?없/gu,
  },
  {
    language: 'ru',
    source: `a Russian PLC link check ("адрес отвечает, но SSH закрыт"), a Russian VM report ("VM работает - ping проходит успешно; Файрвол блокирует все порты"); ${LEARN_LOCALE('ru-ru')}`,
    but: whole('но|а|однако|зато|хотя'),
    works: from('проход|работа|пингу|отвеча|открыва|доступ|пуска|захож|заход|подключа|получа|ок|нормально|без проблем'),
    fails: negation('не|нет|нельзя', 'ошибк|невозможно|недоступ|отказ|таймаут'),
    connect: from('подключ|соедин|заход|зайти|достуч|работа|пуска|получа|проход'),
    fine: /без проблем/gu,
  },
  {
    language: 'de',
    source: `a German network exercise ("Ping geht, Freigabe nicht: an Port 445 lauscht niemand"), a German OSI sheet ("Ping geht, Webseite nicht → Schicht 7"); ${LEARN_LOCALE('de-de')}`,
    but: whole('aber|doch|jedoch|allerdings|nur|sondern'),
    works: from(
      'geht|gehen|funktioniert|funktionieren|klappt|läuft|laeuft|antwortet|antworten|erreichbar|komme? ich drauf|problemlos|einwandfrei|ok',
    ),
    fails: negation('nicht|nie', 'kein|fehl|scheiter|gescheitert|verweigert|abgelehnt|unmöglich|timeout'),
    connect: from('verbind|verbunden|erreich|geht|funktioniert|klappt|komm|zugreif|zugriff|kommt'),
    fine: /ohne probleme?/gu,
  },
  {
    language: 'fr',
    source: `a French firewall lab ("curl depuis VM-CLIENT échouera même si le ping fonctionne"), a French iptables exercise ("le ping n'est PAS bloqué"); ${LEARN_LOCALE('fr-fr')}`,
    but: whole('mais|par contre|cependant|pourtant|alors que|sauf que|toutefois'),
    works: from("fonctionne|marche|passe|répond|repond|ok|accessible|j'arrive|je peux|j'accède|accède|accede"),
    fails: negation('ne|pas|jamais', "n'|impossible|échou|echou|échec|erreur|refus|aucun|inaccessible"),
    connect: from("connect|connexion|accè|acce|fonctionne|marche|passe|joindre|répond|repond|arrive|j'arrive"),
    fine: /sans (?:aucun )?probl[èe]mes?/gu,
  },
  {
    language: 'es',
    source: `a Spanish Pi-hole guide ("ping responderá"), users' wording "el ping funciona pero no conecta"; ${LEARN_LOCALE('es-es')}`,
    but: whole('pero|sin embargo|aunque|en cambio|mientras que'),
    works: from('funciona|responde|contesta|hace ping|puedo|accedo|entra|entro|conecta|va bien|ok'),
    fails: negation('no|ni|nunca|tampoco', 'falla|error|imposible|rechaz|deneg'),
    connect: from('conect|conexión|conexion|acced|acceso|funciona|entra|entrar|responde'),
    fine: /sin (?:ning[uú]n )?problemas?/gu,
  },
  {
    language: 'pt',
    source: `a Portuguese lab guide ("Se o ping funcionar, seu ambiente está pronto"); ${LEARN_LOCALE('pt-br')}`,
    but: whole('mas|porém|porem|entretanto|contudo|só que|so que|no entanto'),
    works: from('funciona|responde|pinga|consigo|acesso|acessa|conecta|ok|normal'),
    fails: negation('não|nao|nem|nunca', 'falha|erro|impossível|impossivel|recus|negad'),
    connect: from('conect|conexão|conexao|acess|funciona|entra|responde|consigo'),
    fine: /sem (?:nenhum )?problemas?/gu,
  },
  {
    language: 'it',
    source: `an Italian Docker note ("dall'host via port mapping funziona tutto, ma … Connection refused"); ${LEARN_LOCALE('it-it')}`,
    but: whole('ma|però|pero|tuttavia|invece|mentre'),
    works: from('funziona|risponde|pinga|passa|riesco|accedo|va|vanno|ok'),
    fails: negation('non|mai', 'nessun|errore|impossibile|fallisce|rifiut|negat'),
    connect: from('conne|collega|accede|accedo|funziona|va|entra|risponde|riesco'),
    fine: /senza (?:alcun )?problem[ia]/gu,
  },
  {
    language: 'pl',
    source: `a Polish network course ("Jeżeli ping działa, ale aplikacja nie widzi urządzenia, sprawdzamy porty, … zaporę"), a Polish deploy checklist ("Strona nie działa ale ping działa"); ${LEARN_LOCALE('pl-pl')}`,
    but: whole('ale|lecz|jednak|natomiast|a|tylko'),
    works: from('działa|dziala|odpowiada|przechodz|pinguj|mogę|moge|łączy|laczy|ok'),
    fails: negation('nie|nigdy', 'błąd|blad|odmow|niemożliw|niemozliw'),
    connect: from('łącz|lacz|połącz|polacz|dostęp|dostep|działa|dziala|odpowiada|wejść|wejsc'),
    fine: /bez (?:żadnego |zadnego )?problem(?:u|ów|ow)/gu,
  },
  {
    language: 'tr',
    source: `Turkish grammar (the negative present -mıyor, -miyor, -muyor, -müyor: Wiktionary "-mıyor"), users' wording "ping atabiliyorum ama bağlanmıyor"; ${LEARN_LOCALE('tr-tr')}`,
    but: whole('ama|fakat|ancak|lakin|oysa'),
    works: from(
      'çalışıyor|calisiyor|gidiyor|atabiliyor|atılabiliyor|cevap veriyor|yanıt veriyor|dönüyor|bağlanabiliyor|baglanabiliyor|erişebiliyor|açılıyor|sorunsuz|ok',
    ),
    // Turkish negates in the verb (-mıyor, -miyor, -muyor, -müyor; -amıyor): the suffix, wherever it stands.
    fails: /m[ıiuü]yor|değil|degil|hata|olmuyor|başarısız|basarisiz|(?<![\p{L}])yok/u,
    connect: from('bağlan|baglan|eriş|eris|çalış|calis|gitm|açılm|acilm|girem|giremiyor'),
    fine: /sorun (?:yok|olmadan)/gu,
  },
];

/** Ping, by its name in the scripts users write it in (never inside "mapping", "typing": 타이핑). */
const PING = /(?<![a-z])ping|(?<![а-яё])пинг|(?<![가-힣])핑|ピング/u;
/**
 * Another way into the same computer: an SSH client, a file share, another remote-control tool, a console, by its
 * name or the locale's word for it.
 */
const OTHER_WAY_IN =
  /(?<![a-z])(?:ssh|putty|sftp|winscp|vnc|teamviewer|anydesk|smb)(?![a-z])|共享|共用資料夾|控制台|向日葵|todesk|共有フォルダ|ファイル共有|コンソール|공유 ?폴더|파일 ?공유|콘솔|(?<![\p{L}])(?:сетев\p{L}{0,3} папк|общ\p{L}{0,3} папк|шар[ыа]|расшарен|консол|freigabe|netzlaufwerk|konsole|partage|dossiers? partag|carpetas? compartid|recursos compartidos|consola|pastas? compartilhad|compartilhamento|cartell[ae] condivis|condivision|udział|udostępnion|zasoby sieciowe|konsol|paylaşılan klasör|paylaşım)/u;
/** Remote Desktop, by its protocol, port, client or the locale's name. */
const REMOTE_DESKTOP =
  /(?<![a-z])(?:rdp|mstsc)(?![a-z])|3389|远程桌面|遠端桌面|遠程桌面|リモート ?デスクトップ|원격 ?데스크[톱탑]|(?<![\p{L}])(?:удал[её]нн\p{L}{0,4} рабоч\p{L}{0,4} стол|рдп|remote ?desktop|remote-desktop|remotedesktop|bureau (?:à|a) distance|escritorio remoto|[áa]rea de trabalho remota|desktop remoto|pulpit\p{L}{0,3} zdaln|zdaln\p{L}{0,3} pulpit|uzak masaüstü)/u;
/**
 * What shows Remote Desktop answered: its sign-in, credentials, certificate or licence, an internal error, a black
 * screen, a disconnection. A statement that names these tells of a later failure than the network's, in any language.
 */
const ANSWERED =
  /身份|认证|認證|验证|驗證|凭据|憑據|密码|密碼|证书|證書|许可|許可|授权|授權|内部错误|內部錯誤|黑屏|断开|斷開|掉线|掉線|闪退|閃退|認証|資格情報|パスワード|証明書|ライセンス|内部エラー|黒い画面|真っ黒|切断|切れ|인증|자격 ?증명|비밀번호|암호|라이선스|내부 오류|검은 화면|끊|(?<![\p{L}])(?:authenti|аутентифик|учетн|учётн|парол|сертификат|лицензи|внутренн|ч[её]рный экран|отключа|разрыв|anmeldeinformation|anmeldedaten|kennwort|passwort|password|zertifikat|lizenz|interner fehler|schwarz|getrennt|trennt|identifiants|informations d'identification|mot de passe|certifica|licen|erreur interne|[ée]cran noir|d[ée]connect|credencia|contraseña|error interno|pantalla negra|desconect|senha|erro interno|tela preta|credenziali|errore interno|schermo nero|disconnett|uwierzytelni|poświadcze|hasło|haslo|certyfikat|błąd wewnętrzny|czarny ekran|rozłącz|kimlik|parola|şifre|sertifika|lisans|iç hata|siyah ekran|kesil|koptu|credential|certificate|internal error|black screen|disconnect)/u;
/**
 * The machine's own network, where Remote Desktop is said to work: the LAN, the intranet, locally (described-contrast.ts
 * `works-locally-not-remotely` in English).
 */
const LOCAL =
  /局域网|區域網路|区域网|内网|內網|本地|同一个?(?:局域网|网络|網路)|ローカル|社内|同じネットワーク|로컬|내부망|같은 네트워크|(?<![a-z])lan(?![a-z])|(?<![\p{L}])(?:локальн\p{L}{0,4} сет|lokal|im netzwerk|en local|localement|r[ée]seau local|red local|localmente|rede local|rete locale|in locale|sieci lokalnej|lokalnie|yerel ağ|yerelde)/u;
/** From outside the machine's network: the internet, a WAN address, away from the office. */
const OUTSIDE =
  /外网|外網|公网|公網|外部|外面|从外|從外|互联网|網際網路|外から|社外|インターネット|외부|(?<![\p{L}])(?:извне|снаружи|из интернета|через интернет|von au(?:ß|ss)en|extern|über das internet|uber das internet|de l'ext[ée]rieur|depuis l'ext[ée]rieur|depuis internet|desde fuera|desde afuera|desde el exterior|desde internet|de fora|externamente|pela internet|dall'esterno|da fuori|z zewnątrz|przez internet|dışarıdan|disaridan|internetten)/u;
/** Punctuation that ends a statement in every script. */
const PUNCTUATION = /[,，、;；.。!！\n]|[?？]/gu;
/**
 * A question: its mark, or a language's question particle ("ping能通吗", "проходит ли пинг", "通りますか", "되나요"):
 * the statement asks, it does not tell.
 */
const QUESTION = /[?？¿]|吗|嗎|ですか|ますか|나요|까요|(?<![\p{L}])ли(?![\p{L}])/u;
/** The paste says the problem is solved: its contrast is history. */
const SOLVED_IN_LANGUAGES =
  /解决了|已解决|解決了|已解決|解決しました|解決済|해결됨|해결했|(?<![\p{L}])(?:решен[оа]|решилось|gelöst|résolu|resolvido|resuelto|solucionado|risolto|rozwiązan|çözüldü|çözdüm)/u;

/** Words a statement whose verb is left out holds besides Remote Desktop's name and the negation ("no por"). */
const ELLIPTICAL_WORDS = 2;

/** Whether the statement is Remote Desktop's name and a negation, the verb left out: at most a couple of words more. */
function elliptical(s: string, named: string, lang: ContrastLanguage): boolean {
  const words = s.replace(named, ' ').match(/\p{L}+/gu) ?? [];
  return words.filter((w) => !lang.fails.test(w)).length <= ELLIPTICAL_WORDS;
}

/** What the statement names and says, for one language. */
function statementOf(s: string, lang: ContrastLanguage) {
  const plain = lang.fine ? s.replace(lang.fine, ' ') : s;
  const ping = PING.test(s);
  const other = OTHER_WAY_IN.test(s);
  const rdp = REMOTE_DESKTOP.exec(s);
  const fails = lang.fails.test(plain);
  const works = lang.works.test(s) || plain !== s;
  // Remote Desktop said not to connect: a failure of connecting, never a later one it answered with; or the verb left
  // out, as the statement that works carries it ("Ping geht, aber RDP nicht", "mais pas le bureau à distance").
  const noConnection =
    fails && !ANSWERED.test(s) && (lang.connect.test(s) || (rdp !== null && elliptical(s, rdp[0], lang)));
  return {
    witness: ping ? ('ping' as const) : other ? ('other' as const) : undefined,
    rdp,
    fails,
    works,
    noConnection,
  };
}

/** The statements of `text` as one language parts them: its "but" words and punctuation; questions left out. */
function statementsIn(text: string, lang: ContrastLanguage): { text: string; at: number }[] {
  const ends = [...text.matchAll(lang.but), ...text.matchAll(PUNCTUATION)].sort(
    (a, b) => (a.index ?? 0) - (b.index ?? 0),
  );
  const out: { text: string; at: number }[] = [];
  let at = 0;
  for (const end of [...ends, undefined]) {
    const to = end ? Math.max(at, end.index ?? 0) : text.length;
    const s = text.slice(at, to);
    if (!(end && QUESTION.test(end[0])) && !QUESTION.test(s)) out.push({ text: s, at });
    at = end ? Math.max(at, to + end[0].length) : to;
  }
  return out;
}

/** A contrast read: the Remote Desktop word of the failing statement, where it stands, the witness and the language. */
export interface LanguageContrast {
  readonly start: number;
  readonly word: string;
  readonly witness: 'ping' | 'other' | 'local';
  readonly language: ContrastLanguage['language'];
}

/** The concept of described-contrast.ts / described-symptom-words.ts each witness reads as. */
export const LANGUAGE_CONTRAST_CONCEPTS: Readonly<Record<LanguageContrast['witness'], string>> = {
  ping: 'pings-but-no-connection',
  other: 'other-way-in-works',
  local: 'works-locally-not-remotely',
};

/**
 * The contrast of a witness working and Remote Desktop failing, in the first language whose words read it; undefined
 * when none does. Linear: per language one split, a few bounded tests a statement.
 */
export function contrastInLanguages(text: string): LanguageContrast | undefined {
  if (SOLVED_IN_LANGUAGES.test(text) || !REMOTE_DESKTOP.test(text)) return undefined;
  for (const lang of CONTRAST_LANGUAGES) {
    let witness: LanguageContrast['witness'] | undefined;
    let failed: { start: number; word: string } | undefined;
    for (const s of statementsIn(text, lang)) {
      const read = statementOf(s.text, lang);
      if (read.witness && !read.rdp && read.works && !read.fails) witness ??= read.witness;
      else if (read.rdp && !read.witness && read.noConnection && !failed)
        failed = { start: s.at + read.rdp.index, word: read.rdp[0] };
    }
    if (witness && failed) return { ...failed, witness, language: lang.language };
  }
  for (const lang of CONTRAST_LANGUAGES) {
    const place = placeContrast(text, lang);
    if (place) return place;
  }
  return undefined;
}

/**
 * Remote Desktop said to work on the machine's own network and not to connect from outside ("局域网内远程桌面可以连接，
 * 外网连不上", "Im LAN funktioniert RDP, von außen nicht"): the path from outside (the router's port forwarding, a
 * firewall), as described-contrast.ts reads it in English. Remote Desktop named anywhere in the paste.
 */
function placeContrast(text: string, lang: ContrastLanguage): LanguageContrast | undefined {
  let local = false;
  let failed: { start: number; word: string } | undefined;
  for (const s of statementsIn(text, lang)) {
    const inside = LOCAL.test(s.text);
    const outside = OUTSIDE.exec(s.text);
    const plain = lang.fine ? s.text.replace(lang.fine, ' ') : s.text;
    const fails = lang.fails.test(plain);
    if (inside && !outside && !fails && lang.works.test(s.text)) local = true;
    else if (outside && !inside && fails && !ANSWERED.test(s.text) && !failed) {
      if (lang.connect.test(s.text) || elliptical(s.text, outside[0], lang))
        failed = { start: s.at + outside.index, word: outside[0] };
    }
  }
  return local && failed ? { ...failed, witness: 'local', language: lang.language } : undefined;
}

/**
 * A feature of a working session named in the statement (the clipboard, sound, a printer, the monitors, the keyboard,
 * the resolution, copying, slowness): that feature fails, not the connection ("RDP не работает буфер обмена",
 * "RDP: Zwischenablage funktioniert nicht"), as English's `cannot-connect` keeps out (described-everyday.ts
 * `SESSION_FEATURE`). The words are each locale's names in Microsoft Learn's "Configure … redirection over the Remote
 * Desktop Protocol" pages (https://learn.microsoft.com/<locale>/azure/virtual-desktop/redirection-remote-desktop-protocol:
 * 剪贴板, クリップボード, 클립보드, буфер обмена, Zwischenablage, presse-papiers, portapapeles, área de transferência,
 * appunti, schowek, pano; audio, printers, cameras, USB, the keyboard and mouse) and slowness, the language's word.
 */
const SESSION_FEATURES =
  /剪贴板|剪貼簿|复制|複製|粘贴|貼上|声音|聲音|音频|音訊|打印机|印表機|显示器|顯示器|分辨率|解析度|键盘|鍵盤|鼠标|滑鼠|麦克风|麥克風|摄像头|攝影機|卡顿|很慢|クリップボード|コピー|貼り付け|音声|サウンド|プリンター|モニター|解像度|キーボード|マウス|マイク|カメラ|遅い|클립보드|복사|붙여넣기|소리|오디오|프린터|모니터|해상도|키보드|마우스|마이크|카메라|느림|느려|(?<![\p{L}])(?:буфер\p{L}{0,3} обмена|копир|вставк|звук|аудио|принтер|печат|монитор|разрешени|клавиатур|мыш|микрофон|камер|медлен|тормоз|zwischenablage|kopier|einfüg|ton(?![\p{L}])|audio|sound|drucker|druck|monitor|bildschirme|auflösung|tastatur|maus|mikrofon|kamera|langsam|presse-papiers|copier|coller|son(?![\p{L}])|imprimante|impression|écrans|ecrans|résolution|resolution|clavier|souris|micro|caméra|camera|lent|portapapeles|copiar|pegar|sonido|impresora|pantallas|resolución|resolucion|teclado|ratón|raton|micrófono|cámara|área de transferência|area de transferencia|colar|som(?![\p{L}])|áudio|impressora|monitores|resolução|resolucao|câmera|lento|appunti|copia|incolla|stampante|schermi|risoluzione|tastiera|microfono|fotocamera|webcam|schowek|kopiow|wklej|dźwięk|dzwiek|drukark|monitor|rozdzielczoś|klawiatur|mysz|mikrofon|kamer|wolno|pano(?![\p{L}])|kopyala|yapıştır|ses(?![\p{L}])|yazıcı|ekranlar|çözünürlük|klavye|fare(?![\p{L}])|yavaş|usb)/u;

/**
 * The word "error" in each language (错误, 錯誤, 报错, エラー, 오류, 에러, ошибка, Fehler, erreur, error, erro, errore, błąd,
 * hata): "an error appears when connecting over RDP" introduces the message that follows, it does not say Remote
 * Desktop failed to connect; the general reading needs a negation or a failure word besides it.
 */
const ERROR_NOUNS =
  /错误|錯誤|报错|報錯|エラー|오류|에러|(?<![\p{L}])(?:ошибк\p{L}{0,3}|fehler\p{L}{0,3}|erreurs?|errore|errori|errors?|erros?|błąd|błędu|blad|hata\p{L}{0,3})(?![\p{L}])/gu;

/**
 * The reasons a sentence can give for a failure (described-because.ts: a network interface, DHCP, a static address, a
 * firewall, safe mode, a license server, a CAL, a domain controller), in every language of theirs: a paste that names
 * one tells of more than the general failure, said or not as its reason ("安全 모드로 설정되어 있지만 …").
 */
/** A reason's word as a pattern: a word of a spaced script whole (a `*` after it: any ending), the others anywhere. */
const reasonPattern = (word: string): string => {
  const stem = word.endsWith('*');
  const w = (stem ? word.slice(0, -1) : word).toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w)
    ? w
    : `(?<![\\p{L}\\p{N}])${w}${stem ? '' : '(?![\\p{L}\\p{N}])'}`;
};
const REASON_WORDS = new RegExp(
  BECAUSE_REASONS.flatMap((r) => Object.values(r.words).flatMap((w) => w.split('|')))
    .filter((w) => w.length >= 3)
    .map(reasonPattern)
    .join('|'),
  'u',
);
const namesReason = (text: string): boolean => REASON_WORDS.test(text);

/** How much of a statement the answer quotes (characters). */
const STATEMENT_SAID = 80;
/** Where a statement's first non-space character stands. */
const leading = (s: string): number => s.length - s.trimStart().length;

/** A general failure read in a language: the statement (its first characters), where it stands, the language. */
export interface LanguageFailure {
  readonly start: number;
  readonly word: string;
  readonly language: ContrastLanguage['language'];
}

/**
 * Remote Desktop said not to connect, in another language's words and nothing more ("RDP连不上", "RDP не работает",
 * "No puedo conectarme por RDP", "Nie mogę połączyć się przez RDP"): the statement of a contrast that fails, read alone
 * as English's general `cannot-connect` is (described-everyday.ts: read only where nothing more precise is). The statement
 * names Remote Desktop and its failure to connect, no witness and no feature of a session; the paste names no later
 * failure Remote Desktop answered with (its sign-in, certificate, licence: `ANSWERED`) nor the negotiation's parts, does
 * not say Remote Desktop works in another statement, nor that the problem is solved. The first language whose words
 * read a statement; undefined when none does. Linear as `contrastInLanguages`.
 */
export function cannotConnectInLanguages(text: string): LanguageFailure | undefined {
  if (SOLVED_IN_LANGUAGES.test(text) || !REMOTE_DESKTOP.test(text)) return undefined;
  if (ANSWERED.test(text) || NEGOTIATION.test(text) || HARDENED.test(text) || namesReason(text)) return undefined;
  // A witness named (ping, SSH, a share, another tool): the contrast's to read when it works, and when it fails too,
  // the paste tells of more than Remote Desktop (the near misses of `contrastInLanguages`).
  if (PING.test(text) || OTHER_WAY_IN.test(text)) return undefined;
  for (const lang of CONTRAST_LANGUAGES) {
    let failed: LanguageFailure | undefined;
    for (const s of statementsIn(text, lang)) {
      const read = statementOf(s.text, lang);
      // Remote Desktop said to work in another statement: what fails is one path, product or account, not all of it.
      if (read.rdp && read.works && !read.fails) {
        failed = undefined;
        break;
      }
      if (!failed && read.rdp && !read.witness && read.noConnection && lang.connect.test(s.text))
        if (!SESSION_FEATURES.test(s.text) && lang.fails.test(s.text.replace(ERROR_NOUNS, ' ')))
          failed = {
            start: s.at + leading(s.text),
            word: s.text.trim().slice(0, STATEMENT_SAID),
            language: lang.language,
          };
    }
    if (failed) return failed;
  }
  return undefined;
}

/**
 * The negotiation's parts named: the security layer, TLS, NLA or CredSSP (Microsoft's locale names of the "Security
 * layer" setting: 安全层, 安全層, セキュリティ層, 보안 계층, уровень безопасности, Sicherheitsebene, couche de sécurité, capa
 * de seguridad, camada de segurança, livello di sicurezza, warstwa zabezpieczeń, güvenlik katmanı): a paste that names
 * them tells of more than the general failure.
 */
const NEGOTIATION =
  /安全层|安全層|セキュリティ ?層|보안 ?계층|(?<![a-z])(?:tls|ssl|nla|credssp)(?![a-z])|(?<![\p{L}])(?:уров\p{L}{0,3} безопасности|sicherheitsebene|sicherheitsschicht|couche de s[ée]curit[ée]|capa de seguridad|camada de seguran[çc]a|livello di sicurezza|warstw\p{L}{0,3} zabezpiecze|güvenlik katman)/u;

/**
 * Whether `product` is named only as a witness in another language: every statement naming it says it works and
 * nothing fails, and another statement says Remote Desktop fails ("TeamViewer可以连上，但是远程桌面连不上").
 */
export function witnessInLanguages(text: string, product: RegExp): boolean {
  if (SOLVED_IN_LANGUAGES.test(text)) return false;
  return CONTRAST_LANGUAGES.some((lang) => {
    let named = false;
    let rdpFails = false;
    for (const s of statementsIn(text, lang)) {
      const read = statementOf(s.text, lang);
      if (product.test(s.text)) {
        if (read.fails || !read.works || read.rdp) return false;
        named = true;
      } else if (read.rdp && read.noConnection) rdpFails = true;
    }
    return named && rdpFails;
  });
}
