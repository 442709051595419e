/**
 * The words of each language that a reader of a quote must treat apart (issue 60, round 28): its negations, which
 * decide a text's meaning, and its function words of four letters or more, which a text retold changes freely and
 * which say nothing of which text it is. One lexicon per language, as data with its sources, read by every reader
 * that weighs a text's words or checks its negations (nearest-text.ts, near-quote.ts).
 *
 * Why per language: a word is a negation in one language and something else in another. Portuguese "no" is "em + o"
 * ("in the": "bloqueada no momento"), Spanish and English "no" negate; Italian "ne" is "from there", French "ne"
 * negates; German "nie" is "never", Polish "nie" is "not"; Romanian "mai" is "more", Italian "mai" is "never". A
 * paste read against a row of one language is counted with that language's words, both sides alike.
 *
 * Sources:
 * - Snowball's stop word lists, each word glossed in English (https://snowballstem.org/algorithms/<language>/stop.txt,
 *   the snowballstem/snowball-website repository's algorithms/<language>/stop.txt): German, French, Spanish,
 *   Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish, Hungarian, Russian. The negations are the words
 *   those lists gloss "not", "no", "none", "nor", "never", "nothing" (German "nicht | not", "kein | no"; French "ne |
 *   not", "pas | not"; Spanish "no | no"; Italian "non | not"; Portuguese "não | not, no", "nem | nor"; Dutch "niet |
 *   not", "geen | none"; Swedish "icke | not, no", "ingen | no"; Russian "не | not", "нет | no", "ни | neither",
 *   "никогда | never"), while Portuguese's "no | em + o" and Italian's "ne | from there" are not. The function words
 *   are the lists' words of four letters or more (folded as foldText folds them), the negations aside.
 * - Languages Snowball has no list for, their negations as the localized rows write them and as Wiktionary glosses
 *   them: Polish "nie" (https://en.wiktionary.org/wiki/nie#Polish), "nigdy", "żaden"; Czech and Slovak negate a verb
 *   by its prefix "ne-" (https://en.wiktionary.org/wiki/ne-#Czech): the negated verbs the rows quote; Turkish "değil",
 *   "yok" (https://en.wiktionary.org/wiki/de%C4%9Fil); Ukrainian "не", "ні", "ніколи"
 *   (https://en.wiktionary.org/wiki/%D0%BD%D0%B5#Ukrainian); Bulgarian "не", "няма", "никога".
 * - The prefixes that turn a word into its opposite (a word changed for its opposite is a negation dropped), from
 *   Wiktionary's entries of each prefix: English un-, in-, im-, il-, ir-, non-, dis-; German un-; French in-, im-,
 *   il-, ir-, dés-, mé-; Spanish and Portuguese in-, im-, des-; Italian in-, im-, dis-; Dutch on-; Polish and Russian
 *   nie-/не- ("niedostępny", "недоступен"); Czech and Slovak ne- ("nedostupný").
 */
import { foldText } from './localized.js';

/** A language's words a quote's reader treats apart. */
export interface LanguageWords {
  /** Its negations, folded (see the sources above). */
  readonly negations: ReadonlySet<string>;
  /** Its function words of four letters or more, folded. */
  readonly functionWords: ReadonlySet<string>;
  /** The prefixes that turn a word into its opposite, folded. */
  readonly negatingPrefixes: readonly string[];
  /** A negation written as an elision before the verb (French "n'est", Italian "n'è"): "n'" counts as one. */
  readonly elidedNegation?: true;
}

/** Snowball's stop words of four letters or more, as the lists write them (the negations left out). */
const SNOWBALL_FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  de: [
    'aber alle allem allen aller alles also ander andere anderem anderen anderer anderes anderm andern',
    'anderr anders auch bist damit dann daß derselbe derselben denselben desselben demselben dieselbe',
    'dieselben dasselbe dazu dein deine deinem deinen deiner deines denn derer dessen dich dies diese',
    'diesem diesen dieser dieses doch dort durch eine einem einen einer eines einig einige einigem',
    'einigen einiger einiges einmal etwas eure eurem euren eurer eures gegen gewesen habe haben hatte',
    'hatten hier hinter mich ihre ihrem ihren ihrer ihres euch indem jede jedem jeden jeder jedes jene',
    'jenem jenen jener jenes jetzt kann können könnte machen manche manchem manchen mancher manches mein',
    'meine meinem meinen meiner meines muss musste nach noch oder ohne sehr sein seine seinem seinen',
    'seiner seines selbst sich ihnen sind solche solchem solchen solcher solches soll sollte sondern',
    'sonst über unse unsem unsen unser unses unter viel während waren warst weil weiter welche welchem',
    'welchen welcher welches wenn werde werden wieder will wird wirst wollen wollte würde würden zwar',
    'zwischen',
  ],
  fr: [
    'avec dans elle leur mais même notre nous pour votre vous étée étées étant suis êtes sont serai seras',
    'sera serons serez seront serais serait serions seriez seraient étais était étions étiez étaient',
    'fûmes fûtes furent sois soit soyons soyez soient fusse fusses fussions fussiez fussent ayant avons',
    'avez aurai aurons aurez auront aurais aurait aurions auriez auraient avais avait aviez avaient eûmes',
    'eûtes eurent aies ayons ayez aient eusse eusses eussions eussiez eussent ceci cela celà cette leurs',
    'quels quelle quelles sans',
  ],
  es: [
    'para como pero este porque esta entre cuando sobre también hasta donde quien desde todo durante',
    'todos contra otros ante ellos esto antes algunos unos otro otras otra tanto estos mucho quienes',
    'muchos cual poco ella estar estas algunas algo nosotros ellas nosotras vosotros vosotras míos mías',
    'tuyo tuya tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros nuestras vuestro vuestra',
    'vuestros vuestras esos esas estoy estás está estamos estáis están esté estés estemos estéis estén',
    'estaré estarás estará estaremos estaréis estarán estaría estarías estaríamos estaríais estarían',
    'estaba estabas estábamos estabais estaban estuve estuviste estuvo estuvimos estuvisteis estuvieron',
    'estuviera estuvieras estuviéramos estuvierais estuvieran estuviese estuvieses estuviésemos',
    'estuvieseis estuviesen estando estado estada estados estadas estad hemos habéis haya hayas hayamos',
    'hayáis hayan habré habrás habrá habremos habréis habrán habría habrías habríamos habríais habrían',
    'había habías habíamos habíais habían hube hubiste hubo hubimos hubisteis hubieron hubiera hubieras',
    'hubiéramos hubierais hubieran hubiese hubieses hubiésemos hubieseis hubiesen habiendo habido habida',
    'habidos habidas eres somos sois seas seamos seáis sean seré serás será seremos seréis serán sería',
    'serías seríamos seríais serían eras éramos erais eran fuiste fuimos fuisteis fueron fuera fueras',
    'fuéramos fuerais fueran fuese fueses fuésemos fueseis fuesen siendo sido tengo tienes tiene tenemos',
    'tenéis tienen tenga tengas tengamos tengáis tengan tendré tendrás tendrá tendremos tendréis tendrán',
    'tendría tendrías tendríamos tendríais tendrían tenía tenías teníamos teníais tenían tuve tuviste',
    'tuvo tuvimos tuvisteis tuvieron tuviera tuvieras tuviéramos tuvierais tuvieran tuviese tuvieses',
    'tuviésemos tuvieseis tuviesen teniendo tenido tenida tenidos tenidas tened',
  ],
  it: [
    'allo agli alla alle dallo dagli dall dagl dalla dalle dello degli dell degl della delle nello negli',
    'nell negl nella nelle sullo sugli sull sugl sulla sulle contro loro miei tuoi suoi nostro nostra',
    'nostri nostre vostro vostra vostri vostre perché anche come dove quale quanto quanti quanta quante',
    'quello quelli quella quelle questo questi questa queste tutto tutti abbiamo avete hanno abbia',
    'abbiate abbiano avrò avrai avrà avremo avrete avranno avrei avresti avrebbe avremmo avreste',
    'avrebbero avevo avevi aveva avevamo avevate avevano ebbi avesti ebbe avemmo aveste ebbero avessi',
    'avesse avessimo avessero avendo avuto avuta avuti avute sono siamo siete siate siano sarò sarai sarà',
    'saremo sarete saranno sarei saresti sarebbe saremmo sareste sarebbero eravamo eravate erano fosti',
    'fummo foste furono fossi fosse fossimo fossero essendo faccio facciamo fanno faccia facciate',
    'facciano farò farai farà faremo farete faranno farei faresti farebbe faremmo fareste farebbero',
    'facevo facevi faceva facevamo facevate facevano feci facesti fece facemmo faceste fecero facessi',
    'facesse facessimo facessero facendo stai stiamo stanno stia stiate stiano starò starai starà staremo',
    'starete staranno starei staresti starebbe staremmo stareste starebbero stavo stavi stava stavamo',
    'stavate stavano stetti stesti stette stemmo steste stettero stessi stesse stessimo stessero stando',
  ],
  pt: [
    'para mais como quando muito também pelo pela isso entre depois mesmo seus esse eles você essa suas',
    'minha numa pelos elas qual deles essas esses pelas este dele vocês lhes meus minhas teus tuas nosso',
    'nossa nossos nossas dela delas esta estes estas aquele aquela aqueles aquelas isto aquilo estou está',
    'estamos estão estive esteve estivemos estiveram estava estávamos estavam estivera estivéramos esteja',
    'estejamos estejam estivesse estivéssemos estivessem estiver estivermos estiverem havemos houve',
    'houvemos houveram houvera houvéramos haja hajamos hajam houvesse houvéssemos houvessem houver',
    'houvermos houverem houverei houverá houveremos houverão houveria houveríamos houveriam somos éramos',
    'eram fomos foram fora fôramos seja sejamos sejam fosse fôssemos fossem formos forem serei será',
    'seremos serão seria seríamos seriam tenho temos tinha tínhamos tinham tive teve tivemos tiveram',
    'tivera tivéramos tenha tenhamos tenham tivesse tivéssemos tivessem tiver tivermos tiverem terei terá',
    'teremos terão teria teríamos teriam',
  ],
  nl: [
    'zijn voor maar mijn door over zich daar haar naar heeft hebben deze want omdat iets worden toch',
    'waren veel meer zonder alles onder eens hier werd altijd doch wordt wezen kunnen zelf tegen reeds',
    'iemand geweest andere',
  ],
  sv: [
    'till hade henne hans honom skulle hennes kunde något från efter vara över sina alla under någon',
    'eller allt mycket sedan denna själv detta utan varit mitt blev dessa några deras blir mina samma',
    'vilken sådan blivit dess inom mellan sådant varför varje vilka ditt vilket sitt sådana vart dina',
    'vars vårt våra vilkas',
  ],
  da: [
    'havde over hans hvor eller hvad skal selv alle blev kunne være noget ville deres efter skulle denne',
    'dette også under have anden hende mine meget sine disse hvis nogle blive mange bliver hendes været',
    'sådan',
  ],
  nb: [
    'mitt hadde over hans hvor eller skal selv sjøl alle blei blitt kunne være ville dere deres etter',
    'skulle denne sine sitt meget hvorfor dette disse uten hvordan ditt blir samme hvilken hvilke sånn',
    'inni mellom hver hvem vors hvis både bare fordi mange også slik vært begge siden dykk dykkar deira',
    'deires deim eitt elles honom henne hennar hennes hoss hossen korleis korso kvar kvarhelst kven',
    'kvifor medan mine mykje nokon noka nokor noko nokre sidan somt somme vere vore verte vort varte vart',
  ],
  fi: [
    'olla olen olet olemme olette ovat olisi olisit olisin olisimme olisitte olisivat olit olin olimme',
    'olitte olivat ollut olleet emme ette eivät minä minun minut minua minussa minusta minuun minulla',
    'minulta minulle sinä sinun sinut sinua sinussa sinusta sinuun sinulla sinulta sinulle hänen hänet',
    'häntä hänessä hänestä häneen hänellä häneltä hänelle meidän meidät meitä meissä meistä meihin meillä',
    'meiltä meille teidän teidät teitä teissä teistä teihin teillä teiltä teille heidän heidät heitä',
    'heissä heistä heihin heillä heiltä heille tämä tämän tätä tässä tästä tähän tällä tältä tälle tänä',
    'täksi tuon tuota tuossa tuosta tuohon tuolla tuolta tuolle tuona tuoksi sitä siinä siitä siihen',
    'sillä siltä sille siksi nämä näiden näitä näissä näistä näihin näillä näiltä näille näinä näiksi',
    'noiden noita noissa noista noihin noilla noilta noille noina noiksi niiden niitä niissä niistä',
    'niihin niillä niiltä niille niinä niiksi kuka kenen kenet ketä kenessä kenestä keneen kenellä',
    'keneltä kenelle kenenä keneksi ketkä keiden keitä keissä keistä keihin keillä keiltä keille keinä',
    'keiksi mikä minkä mitä missä mistä mihin millä miltä mille miksi mitkä joka jonka jota jossa josta',
    'johon jolla jolta jolle jona joksi jotka joiden joita joissa joista joihin joilla joilta joille',
    'joina joiksi että joten koska kuin mutta niin sekä vaan vaikka kanssa mukaan noin poikki itse',
  ],
  hu: [
    'ahogy ahol akik akkor alatt által általában amely amelyek amelyekben amelyeket amelyet amelynek amit',
    'amolyan amíg amikor abban ahhoz annak arra arról azok azon azzal azért aztán azután azonban belül',
    'benne cikk cikkek cikkeket csak eddig egész egyes egyetlen egyéb egyik egyre ekkor elég ellen',
    'először előtt első éppen ebben ehhez emilyen ennek erre ezek ezen ezzel ezért felé hanem hiszen hogy',
    'hogyan igen illetve ilyen ilyenkor ison ismét jobban kell kellett keresztül keressünk kívül között',
    'közül legalább lehet lehetett legyen lenne lenni lesz lett maga magát majd másik mellett mert mely',
    'melyek miért milyen mikor minden mindent mindenki mindig mint mintha mivel most nagy nagyobb nagyon',
    'néha nekem neki néhány nélkül olyan össze őket pedig persze saját sokat sokkal számára szemben',
    'szerint szinte talán tehát teljes tovább továbbá több ugyanis újabb újra után utána utolsó vagy',
    'vagyis valaki valami valamint való vagyok vannak volt voltam voltak voltunk vissza vele viszont',
    'volna',
  ],
  ru: [
    'только было меня теперь когда даже вдруг если быть него нибудь опять сказал ведь потом себя может',
    'есть надо тебя была чтоб будто человек чего тоже себе жизнь будет тогда этот говорил того потому',
    'этого какой совсем здесь этом один почти чтобы кажется сейчас были куда зачем сказать всех сегодня',
    'можно наконец другой хоть после больше через всего какая много разве сказала впрочем хорошо свою',
    'этой перед иногда лучше чуть такой более всегда конечно между',
  ],
};

/** Each language's negations, as the sources above gloss them. */
const NEGATIONS: Readonly<Record<string, string>> = {
  en: 'not no never cannot nor none nothing',
  de: 'nicht kein keine keinem keinen keiner keines nichts nie niemals',
  fr: 'ne pas jamais aucun aucune rien non',
  es: 'no nunca ningun ninguna ninguno ni nada',
  it: 'non mai nessun nessuna nessuno niente',
  pt: 'não nunca nenhum nenhuma nem nada',
  nl: 'niet geen niets nooit',
  pl: 'nie nigdy żaden żadna żadne',
  cs: 'ne nemůže nelze nejsou není nedá nefungovaly nikdy',
  sk: 'nie nemôže nemožno nikdy',
  sv: 'inte icke ingen inga aldrig ej',
  da: 'ikke ingen aldrig',
  nb: 'ikke ingen aldri',
  fi: 'ei en et emme ette eivät',
  hu: 'nem nincs soha semmi',
  tr: 'değil yok',
  ru: 'не нет ни никогда ничего',
  uk: 'не ні ніколи немає',
  bg: 'не няма никога',
};

const NEGATING_PREFIXES: Readonly<Record<string, string>> = {
  en: 'un in im il ir non dis',
  de: 'un',
  fr: 'in im il ir dés mé',
  es: 'in im des',
  pt: 'in im des',
  it: 'in im dis',
  nl: 'on',
  pl: 'nie',
  ru: 'не',
  uk: 'не',
  bg: 'не',
  cs: 'ne',
  sk: 'ne',
};

/** The languages whose texts elide "ne" before a vowel ("n'est", "n'a"). */
const ELIDING = new Set(['fr']);

/** The lexicon of a language's base (`pt-PT` is Portuguese, `zh-TW` Chinese). */
function base(language: string): string {
  return language === 'pt-PT' ? 'pt' : language === 'es-VE' ? 'es' : language.split('-')[0];
}

const folded = (words: string) => new Set(words.split(/\s+/u).filter(Boolean).map(foldText));

/** @cache each language's lexicon, folded once (a pure function of the constant tables above). */
const LEXICONS = new Map<string, LanguageWords>();

/** A language's words (see the rule above); a language no source covers has no function words and no negations. */
export function languageWords(language: string): LanguageWords {
  const key = base(language);
  let lexicon = LEXICONS.get(key);
  if (!lexicon) {
    const negations = folded(NEGATIONS[key] ?? '');
    const functionWords = new Set(
      (SNOWBALL_FUNCTION_WORDS[key] ?? [])
        .flatMap((line) => line.split(' '))
        .map(foldText)
        .filter((w) => [...w].length >= 4 && !negations.has(w)),
    );
    lexicon = {
      negations,
      functionWords,
      negatingPrefixes: (NEGATING_PREFIXES[key] ?? '').split(' ').filter(Boolean).map(foldText),
      ...(ELIDING.has(key) ? { elidedNegation: true as const } : {}),
    };
    LEXICONS.set(key, lexicon);
  }
  return lexicon;
}

/** Whether a language has a lexicon of its own (its negations known). */
export function hasLanguageWords(language: string): boolean {
  return NEGATIONS[base(language)] !== undefined;
}

/** How many negations a word is in a language: its own negations, French's "n'" before a verb. */
export function negationsOfWord(token: string, lexicon: LanguageWords): number {
  if (lexicon.elidedNegation && /^n['\u2019]/iu.test(token)) return 1;
  return lexicon.negations.has(foldText(token.replace(/^\p{L}['\u2019]/u, ''))) ? 1 : 0;
}

/** How many negations a text holds, counted with a language's words. */
export function negationsIn(text: string, language: string): number {
  const lexicon = languageWords(language);
  let n = 0;
  for (const token of text.split(/[^\p{L}\p{N}'\u2019]+/u)) if (token) n += negationsOfWord(token, lexicon);
  return n;
}

/** A word and its opposite by one of a language's negating prefixes ("valid" and "invalid", "dostępny", "niedostępny"). */
export function opposites(a: string, b: string, lexicon: LanguageWords): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && lexicon.negatingPrefixes.some((p) => long === p + short);
}
