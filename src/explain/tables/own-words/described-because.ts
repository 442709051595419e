/**
 * A failure and its stated reason in one sentence (issue 60, round 29): "You can't make an RDP connection to a VM in
 * Azure because the DHCP client service is disabled", "Remotedesktopverbindung … aufgrund einer statischen IP-Adresse
 * nicht möglich", "因為靜態 IP 而無法將遠端桌面連線…", "RDP 포트가 … 열려 있지 않으므로 … 연결을 만들 수 없습니다". The sentence
 * says what failed (a connection that cannot be made, a session cut, an RDP error) and, after its language's word for
 * "because" (or before it, where the language puts the reason first), the part that made it fail: the stated reason is
 * the answer, whatever page or user wrote it. Read by src/explain/reading-because.ts, one structure for every
 * language: each language's words for "because", for the failure, and the reasons' words below.
 *
 * The words come from Microsoft's "Cannot RDP to an Azure VM because …" articles (the symptom sentences of
 * troubleshoot-rdp-static-ip, -nic-disabled, -dhcp-disabled, -nsg-problem, -safe-mode, -driver-netvsc,
 * -no-license-server, troubleshoot-authentication-error-rdp-vm) in the public copies of azure-docs.<locale> and
 * windowsserverdocs.<locale>, each row naming the copies it was read in; a reason's word is a part of the computer or
 * of the network (a network interface, DHCP, a static address, a firewall or a network security group, safe mode, a
 * license server, a client access licence, a domain controller), never a page's whole sentence.
 */
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import type { CauseId } from '../../../../patterns/index.js';
import { licensingCalUnavailable } from '../../../../patterns/licensing-cal-unavailable.js';
import { licensingGraceExpired } from '../../../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import type { DescriptionLanguage } from './symptom-concept.js';

/** A copy of an azure-docs troubleshooting article (github.com/<repo>/…/troubleshooting/<article>.md). */
const AZ = (repo: string, article: string) =>
  `https://github.com/${repo}/blob/HEAD/articles/virtual-machines/troubleshooting/${article}.md`;
/** A copy of a windowsserverdocs Remote Desktop troubleshooting article. */
const WS = (repo: string, article: string) =>
  `https://github.com/${repo}/blob/HEAD/WindowsServerDocs/remote/remote-desktop-services/troubleshoot/${article}.md`;

/**
 * One language's words for "because" (`because`: the reason follows them, empty where none does; `reasonFirst`: the
 * reason comes before them, as Japanese "…のため", Korean "…므로" and "…때문에", Turkish "…dığından" and Chinese "…导致"
 * write it) and for the failure the reason explains (`failed`), `|` between two words, `*` as wordsPattern reads it.
 * `source`: the pages that print them.
 */
export interface BecauseLanguage {
  readonly language: DescriptionLanguage;
  readonly because: string;
  readonly reasonFirst?: string;
  readonly failed: string;
  /** A negation right before "because" that denies the reason ("not because", "nicht weil", "不是因为"). */
  readonly notBecause: string;
  /** Words right after a `reasonFirst` marker that make it say a state, not a cause (Korean "…되어 있다": "is set up"). */
  readonly notAfter?: string;
  readonly source: string;
}

export const BECAUSE_LANGUAGES: readonly BecauseLanguage[] = [
  {
    language: 'en',
    because: 'because|because of|due to|as a result of|caused by',
    failed:
      "can't|cannot|can not|couldn't|could not|unable to|fails|failed|fail|not possible|disconnected|won't connect|error|denied|refused",
    notBecause: "not|n't|isn't|wasn't",
    source: AZ('MicrosoftDocs/azure-docs', 'troubleshoot-rdp-static-ip'),
  },
  {
    language: 'de',
    because: 'weil|aufgrund|wegen|verursacht durch',
    failed: 'nicht möglich|können keine|kann keine|konnte keine|kann nicht|konnte nicht|fehlgeschlagen|getrennt|fehler',
    notBecause: 'nicht',
    source: `${AZ('otrekw/azure-docs.de-de', 'troubleshoot-rdp-static-ip')} ("aufgrund einer statischen IP-Adresse nicht möglich"); ${AZ('superfliege/azure-docs.de-de', 'troubleshoot-rdp-dhcp-disabled')} ("keine RDP-Verbindung … herstellen, weil der DHCP-Clientdienst … deaktiviert ist")`,
  },
  {
    language: 'fr',
    because: 'car|parce que|parce qu|en raison de|en raison d|à cause de|à cause d',
    failed: "ne pouvez pas|ne peut pas|ne pouvons pas|impossible|n'arrivez pas|échoue|échec|déconnecté*|erreur",
    notBecause: 'pas|non',
    source: `${AZ('stephanemora/azure-docs.fr-fr', 'troubleshoot-rdp-safe-mode')} ("Vous ne pouvez pas établir une connexion RDP … car celle-ci est configurée pour démarrer en mode sans échec"); ${AZ('stephanemora/azure-docs.fr-fr', 'troubleshoot-rdp-driver-netvsc')} ("en raison de netvsc.sys")`,
  },
  {
    language: 'es',
    because: 'porque|debido a|a causa de|por causa de',
    failed: 'no puede|no se puede|no puedo|no es posible|no se pudo|error|desconect*',
    notBecause: 'no',
    source: `${AZ('pricardo03/azure-docs.es-es', 'troubleshoot-rdp-nic-disabled')} ("No puede establecer ninguna conexión RDP … porque la interfaz de red de la VM está deshabilitada")`,
  },
  {
    language: 'pt',
    because: 'porque|por causa de|por causa do|devido a|devido ao|devido à',
    failed: 'não é possível|não pode|não consegue|não foi possível|erro|desconect*',
    notBecause: 'não',
    source: `${AZ('Microsoft/azure-docs.pt-pt', 'troubleshoot-rdp-dhcp-disabled')} ("Não é possível … uma ligação RDP … porque o serviço dhcp cliente está desativado"); ${AZ('wesleycamargo/azure-docs.pt-br', 'troubleshoot-rdp-driver-netvsc')} ("por causa de netvsc.sys")`,
  },
  {
    language: 'it',
    because: 'perché|poiché|a causa di|a causa del|a causa della',
    failed: 'non è possibile|impossibile|non riesce|non riesco|errore|disconness*',
    notBecause: 'non',
    source: `${AZ('nsrau/azure-docs.it-it', 'troubleshoot-rdp-nsg-problem')} ("Non è possibile stabilire una connessione RDP … perché la porta RDP non è aperta")`,
  },
  {
    language: 'nl',
    because: 'omdat|vanwege|doordat',
    failed: 'kan geen|kunt geen|kan niet|kunt niet|mislukt|verbroken|fout',
    notBecause: 'niet',
    source: `${AZ('scorpido74/azure-docs.nl-nl', 'troubleshoot-rdp-nic-disabled')} ("Kan geen extern bureaublad met een virtuele machine omdat de netwerkinterface is uitgeschakeld")`,
  },
  {
    language: 'pl',
    because: 'ponieważ|z powodu|spowodowan*|gdyż',
    failed: 'nie można|nie może|nie możesz|błęd*|błąd|rozłącz*',
    notBecause: 'nie',
    source: `${AZ('changeworld/azure-docs.pl-pl', 'rdp')} ("błędów protokołu RDP, ponieważ DHCP jest wyłączona"; "błędem protokołu RDP spowodowanym ustawieniem sieciowej grupy zabezpieczeń")`,
  },
  {
    language: 'cs',
    because: 'protože|kvůli|jelikož',
    failed: 'nelze|nemůže|nemůžete|selhal*|chyb*',
    notBecause: 'ne',
    source: `${AZ('Microsoft/azure-docs.cs-cz', 'troubleshoot-rdp-nic-disabled')} ("Nelze vytvořit připojení RDP … protože síťové rozhraní ve virtuálním počítači je zakázáno")`,
  },
  {
    language: 'sv',
    because: 'eftersom|på grund av|därför att',
    failed: 'kan inte|går inte|kunde inte|misslyck*|fel',
    notBecause: 'inte',
    source: `${AZ('officelearn/azure-docs.sv-se', 'troubleshoot-rdp-nsg-problem')} ("Du kan inte göra en RDP-anslutning … eftersom RDP-porten inte öppnas i nätverkssäkerhetsgruppen")`,
  },
  {
    language: 'ru',
    because: 'потому что|так как|из-за|поскольку|по причине',
    failed: 'не можете|не может|не удается|не удаётся|не удалось|невозможно|сбой|сбоя|ошибк*|отключ*',
    notBecause: 'не',
    source: `${AZ('bergano65/azure-docs.ru-ru', 'troubleshoot-rdp-safe-mode')} ("Вы не можете установить подключение по протоколу RDP … потому что виртуальная машина настроена на загрузку в безопасном режиме"; "Сбой подключения … по протоколу RDP по причине загрузки … в безопасном режиме"); ${AZ('bergano65/azure-docs.ru-ru', 'troubleshoot-remote-desktop-services-issues')} ("потому что службы удаленных рабочих столов не запущены")`,
  },
  {
    language: 'hu',
    because: 'mert|miatt',
    failed: 'nem lehet|nem hajtható végre|nem tud|sikertelen',
    notBecause: 'nem',
    source: `${AZ('tsunami416604/azure-docs.hu-hu', 'troubleshoot-rdp-safe-mode')} ("Nem hajtható végre egy virtuális gép RDP-vel, mert a virtuális gép csökkentett módban indul"; "Nem lehet RDP-t a virtuális géphez, mert a virtuális gép biztonságos módba indul")`,
  },
  {
    language: 'tr',
    because: 'çünkü|nedeniyle|yüzünden',
    reasonFirst: '*dığından|*diğinden|*duğundan|*düğünden|*tığından|*tiğinden|*madığından|*mediğinden',
    failed: 'kesildi|bağlanama*|bağlanamı*|bağlanılamı*|yapılamı*|yapılama*|yapama*|uygulanamı*|başarısız',
    notBecause: 'değil',
    source: `${AZ('PEXANE2/azure-docs.tr-tr', 'troubleshoot-rdp-no-license-server')} ("… lisans sunucusu olmadığından uzak oturumun bağlantısı kesildi"; "bağlanamadığınızda … çünkü …")`,
  },
  {
    language: 'zh',
    because: '因为|因為|由于|由於|原因是',
    reasonFirst: '导致|導致|所致|而无法|而無法',
    failed: '无法|無法|不能|中断|中斷|断开|斷開|失败|失敗|拒绝|拒絕',
    notBecause: '不是|并非|並非',
    source: `${AZ('changeworld/azure-docs.zh-tw', 'troubleshoot-rdp-static-ip')} ("因為靜態 IP 而無法將遠端桌面連線到 Azure 虛擬機器"); ${WS('tszlong/windowsserverdocs.zh-tw', 'rdp-error-no-licenses-available')} ("遠端工作階段已中斷連線，因為此電腦沒有可用的遠端桌面用戶端存取使用權"); Tencent Cloud "安全组设置导致无法远程连接" (https://github.com/tencentyun/qcloud-documents/blob/master/product/计算与网络/云服务器/故障处理/实例相关/云服务器无法登录/安全组设置导致无法远程连接.md: "因安全组设置问题导致无法远程连接")`,
  },
  {
    language: 'ja',
    because: 'が原因で',
    reasonFirst: 'ため|ので|により|によって',
    failed: 'できません|できない|できず|切断|失敗|拒否',
    notBecause: 'ではなく',
    source: `https://repost.aws/ja/knowledge-center/ec2-windows-rdp-authentication-errors ("ドメイン認証情報が認証されていないためにインスタンスがドメインコントローラーへの接続を失った"); ${AZ('changeworld/azure-docs.ja-jp', 'troubleshoot-rdp-no-license-server')} (the license server "がないため" the session is cut)`,
  },
  {
    language: 'ko',
    // Korean puts the reason before "때문에" ("권한이 없기 때문에": because there is no right), as before "…므로".
    because: '',
    // "…되어" joins a clause to the next as its cause ("안전 모드로 부팅되어 … 연결할 수 없음"), unless "있" follows it
    // ("설정되어 있지만": a state that is, not a cause).
    reasonFirst: '때문에|*므로|*없어서|*않아서|인해|*되어|*돼서',
    failed: '수 없|끊겼|끊어졌|실패|오류|거부',
    notBecause: '아니',
    notAfter: '있',
    source: `${AZ('zoonoo/azure-docs.ko-kr', 'troubleshoot-rdp-nsg-problem')} ("RDP 포트가 네트워크 보안 그룹에서 열려 있지 않으므로 … RDP 연결을 만들 수 없습니다"; "RDP 포트로 인해 Azure VM에 연결할 수 없음"); ${WS('hys0/windowsserverdocs.ko-kr', 'rdp-error-no-licenses-available')} ("… 라이선스가 없어서 원격 세션이 끊겼습니다"); ${AZ('zoonoo/azure-docs.ko-kr', 'troubleshoot-rdp-safe-mode')} ("VM이 안전 모드로 부팅되어 VM에 RDP로 연결할 수 없음")`,
  },
];

/** A reason: a part of the computer or the network whose state the sentence gives as the failure's cause. */
export interface BecauseReason {
  readonly id: string;
  /** What the reason is, as the answer says it. */
  readonly says: string;
  readonly causes: readonly CauseId[];
  /** Its words by language (English always), `|` between two, `*` as wordsPattern reads it. */
  readonly words: Readonly<Partial<Record<DescriptionLanguage, string>>> & { readonly en: string };
  readonly source: string;
}

export const BECAUSE_REASONS: readonly BecauseReason[] = [
  {
    id: 'vm-network-config',
    says: "the computer's own network setup (its network interface, DHCP, a static address, its network driver): it has no working address, so nothing reaches the RDP listener",
    causes: [networkUnreachable.id],
    words: {
      en: 'dhcp|static ip|network interface|network adapter|netvsc*',
      de: 'dhcp*|statischen ip*|statische ip*|netzwerkschnittstelle|netvsc*',
      fr: "interface réseau|carte d'interface réseau|ip statique|netvsc*",
      es: 'interfaz de red|ip estática|netvsc*',
      pt: 'interface de rede|ip estático|netvsc*',
      nl: 'netwerkinterface|nic|statisch ip',
      pl: 'interfejs sieciowy',
      cs: 'síťové rozhraní',
      zh: '靜態 ip|静态 ip|靜態ip|静态ip|網路介面|网络接口',
      ja: 'ネットワーク インターフェイス|静的 ip',
      ko: '네트워크 인터페이스|고정 ip|정적 ip',
    },
    source: `Microsoft Learn's "Cannot remote desktop to Azure Virtual Machines because of static IP", "… because the network interface is disabled", "… because the DHCP Client service is disabled" and "… because of netvsc.sys": ${AZ('otrekw/azure-docs.de-de', 'troubleshoot-rdp-static-ip')}, ${AZ('changeworld/azure-docs.zh-tw', 'troubleshoot-rdp-static-ip')}, ${AZ('Microsoft/azure-docs.cs-cz', 'troubleshoot-rdp-nic-disabled')}, ${AZ('scorpido74/azure-docs.nl-nl', 'troubleshoot-rdp-nic-disabled')}, ${AZ('pricardo03/azure-docs.es-es', 'troubleshoot-rdp-nic-disabled')}, ${AZ('Microsoft/azure-docs.pt-pt', 'troubleshoot-rdp-dhcp-disabled')}, ${AZ('stephanemora/azure-docs.fr-fr', 'troubleshoot-rdp-driver-netvsc')}`,
  },
  {
    id: 'firewall-or-nsg',
    says: 'a firewall or a network security group that does not let the RDP port through',
    causes: [networkUnreachable.id],
    words: {
      en: 'firewall|network security group|security group|nsg|rdp port',
      de: 'firewall|netzwerksicherheitsgruppe|rdp-port',
      fr: 'pare-feu|groupe de sécurité réseau|port rdp',
      es: 'firewall|grupo de seguridad de red|puerto rdp',
      pt: 'firewall|grupo de segurança de rede|porta rdp',
      it: 'firewall|gruppo di sicurezza di rete|porta rdp',
      pl: 'zapor*|grupy zabezpieczeń',
      sv: 'brandvägg*|nätverkssäkerhetsgrupp*|rdp-porten',
      ru: 'брандмауэр*|группы безопасности сети',
      zh: '防火墙|防火牆|安全组',
      ja: 'ファイアウォール|ネットワーク セキュリティ グループ',
      ko: '방화벽|네트워크 보안 그룹|rdp 포트',
    },
    source: `Microsoft Learn's "Cannot connect remotely to a VM because RDP port is not enabled in NSG" and "Azure VM Guest OS firewall is blocking inbound traffic": ${AZ('zoonoo/azure-docs.ko-kr', 'troubleshoot-rdp-nsg-problem')}, ${AZ('officelearn/azure-docs.sv-se', 'troubleshoot-rdp-nsg-problem')}, ${AZ('changeworld/azure-docs.ja-jp', 'guest-os-firewall-blocking-inbound-traffic')}, ${AZ('changeworld/azure-docs.pl-pl', 'rdp')}; Tencent Cloud's "安全组设置导致无法远程连接"`,
  },
  {
    id: 'safe-mode',
    says: 'Windows started in safe mode, where the Remote Desktop service does not run',
    causes: [networkUnreachable.id],
    words: {
      en: 'safe mode',
      fr: 'mode sans échec',
      it: 'modalità provvisoria',
      pl: 'trybie awaryjnym|tryb awaryjny',
      sv: 'säkert läge',
      hu: 'csökkentett mód*|biztonságos mód*',
      tr: 'güvenli mod*',
      ru: 'безопасном режиме|безопасный режим',
      zh: '安全模式',
      ja: 'セーフ モード|セーフモード',
      ko: '안전 모드',
    },
    source: `Microsoft Learn's "Cannot RDP to a VM because the VM boots into Safe Mode" (its cause: the RDP service is not available in safe mode) in its public copies: ${AZ('stephanemora/azure-docs.fr-fr', 'troubleshoot-rdp-safe-mode')}, ${AZ('bergano65/azure-docs.ru-ru', 'troubleshoot-rdp-safe-mode')}, ${AZ('nsrau/azure-docs.it-it', 'troubleshoot-rdp-safe-mode')} ("modalità provvisoria"), ${AZ('changeworld/azure-docs.pl-pl', 'troubleshoot-rdp-safe-mode')} ("w trybie awaryjnym"), ${AZ('officelearn/azure-docs.sv-se', 'troubleshoot-rdp-safe-mode')} ("säkert läge"), ${AZ('tsunami416604/azure-docs.hu-hu', 'troubleshoot-rdp-safe-mode')} ("csökkentett módban"), ${AZ('PEXANE2/azure-docs.tr-tr', 'troubleshoot-rdp-safe-mode')} ("güvenli modda"), ${AZ('renhuailin/azure-docs.zh-cn', 'troubleshoot-rdp-safe-mode')} ("由于 VM 启动到安全模式，因此无法对 VM 进行 RDP"), ${AZ('zoonoo/azure-docs.ko-kr', 'troubleshoot-rdp-safe-mode')} ("안전 모드"), ${AZ('changeworld/azure-docs.ja-jp', 'troubleshoot-rdp-safe-mode')} ("セーフ モード")`,
  },
  {
    id: 'no-logon-right',
    says: 'the account has no right to log on through Remote Desktop (not in Remote Desktop Users, or denied by policy)',
    causes: [authLogonRight.id],
    words: {
      en: 'remote login permission|remote logon permission|permission to log on through remote desktop|log on through remote desktop services',
      zh: '远程登录的权限|远程登录权限|远程桌面服务进行登录的权限|遠端登入的權限|遠端登入權限',
      ja: 'リモート ログインを許可|リモートログインを許可|リモート デスクトップ サービスを使ったログオンを許可',
      ko: '원격 로그인 권한|원격 로그인을 허용',
    },
    source: `Tencent Cloud "Windows 实例：没有远程桌面服务登录的权限" and its Korean and Japanese copies (the user account has no remote logon right: https://github.com/tencentyun/qcloud-documents/blob/master/product/计算与网络/云服务器/故障处理/实例相关/Windows 实例无远程桌面服务进行登录的权限.md; https://github.com/tencentyun/intlcloud-documents/blob/master/yehe_doc/计算/云服务器/故障处理/实例相关故障/Windows 实例登录相关问题/Windows 实例：没有远程桌面服务登录的权限_intl_ind.md); Windows' own dialog "The connection was denied because the user account is not authorized for remote login" (Japanese "このユーザー アカウントはリモート ログインを許可されていないため、接続は拒否されました")`,
  },
  {
    id: 'network-isolated',
    says: "the cloud provider isolated the instance's public network (an arrears or a security block): nothing from outside reaches it",
    causes: [networkUnreachable.id],
    words: {
      en: 'isolated from the public network|public network is isolated|network isolation',
      zh: '隔离|隔離',
      ja: '隔離',
      ko: '격리',
    },
    source: `Tencent Cloud "外网被隔离导致无法远程连接" (https://github.com/tencentyun/qcloud-documents/blob/master/product/计算与网络/云服务器/故障处理/实例相关/云服务器无法登录/外网被隔离导致无法远程连接.md: the public network isolated, so the instance cannot be logged in to remotely) and its Korean copy (https://github.com/tencentyun/intlcloud-documents/blob/master/yehe_doc/计算/云服务器/故障处理/实例相关故障/服务器被隔离导致无法登录_intl_ko.md: "외부 네트워크가 격리되어 로그인할 수 없는")`,
  },
  {
    id: 'no-license-server',
    says: 'no Remote Desktop license server available to issue a licence',
    causes: [licensingServerUnavailable.id, licensingGraceExpired.id],
    words: {
      en: 'license server*|licensing server*',
      de: 'lizenzserver*',
      it: 'server licenze',
      tr: 'lisans sunucusu',
      zh: '授權伺服器|授权服务器|许可证服务器',
      ja: 'ライセンス サーバー',
      ko: '라이선스 서버',
    },
    source: `Microsoft Learn's "Remote Desktop license server isn't available when you connect to an Azure VM": ${AZ('nsrau/azure-docs.it-it', 'troubleshoot-rdp-no-license-server')}, ${AZ('PEXANE2/azure-docs.tr-tr', 'troubleshoot-rdp-no-license-server')}; windowsserverdocs "Clients can't connect and see no licenses available error": ${WS('tszlong/windowsserverdocs.zh-tw', 'rdp-error-no-licenses-available')}, ${WS('hys0/windowsserverdocs.ko-kr', 'rdp-error-no-licenses-available')}`,
  },
  {
    id: 'no-cal',
    says: 'no Remote Desktop client access licence (CAL) available for this computer or user',
    causes: [licensingCalUnavailable.id],
    words: {
      en: 'client access license*|client access licence*',
      zh: '用戶端存取使用權|用户端存取使用权|客户端访问许可证',
      ko: '클라이언트 액세스 라이선스',
    },
    source: `windowsserverdocs "Clients can't connect and see no licenses available error" (the remote session disconnected because there are no client access licenses for this computer): ${WS('tszlong/windowsserverdocs.zh-tw', 'rdp-error-no-licenses-available')}, ${WS('hys0/windowsserverdocs.ko-kr', 'rdp-error-no-licenses-available')}`,
  },
  {
    id: 'domain-controller',
    says: 'the domain controller could not be reached to authenticate the connection (Network Level Authentication)',
    causes: [credsspNla.id],
    words: {
      en: 'domain controller',
      de: 'domänencontroller*',
      fr: 'contrôleur de domaine',
      es: 'controlador de dominio',
      ja: 'ドメインコントローラー|ドメイン コントローラー',
    },
    source: `Microsoft Learn's "Troubleshoot authentication errors when you use RDP to connect to Azure VM" (NLA cannot reach the domain controller): ${AZ('otrekw/azure-docs.de-de', 'troubleshoot-authentication-error-rdp-vm')}; AWS's Japanese knowledge-center article on RDP authentication errors (https://repost.aws/ja/knowledge-center/ec2-windows-rdp-authentication-errors)`,
  },
];
