"""textset-dev33, writer B: other-language cases, part 1 (ja, ko, es, pt, de, fr, it and the
hard-ja / hard-es cases): a Japanese regional paper, a Korean football club site, a Colombian
regional paper, an Angolan portal, an Austrian regional radio site, a Senegalese news site, an
Apulian paper on the Bari-Durres ferry."""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="",
     notes="Japanese regional paper: bus route changes in Kanazawa with a list of changes kept "
           "as story; member-meter and byline (other), SNS share bar, related list, tag line "
           "(navigation) and copyright (disclaimer).",
     text="""
nav|北陸日々新聞 ＞ 石川 ＞ 金沢・白山
T|金沢の路線バス、来春から12系統を減便　運転手不足で
oth|2026年12月6日 5時00分（最終更新 12月6日 9時41分）
oth|会員限定記事　今月あと2本無料で読めます
B|北陸中央交通は5日、金沢市内を走る路線バスのうち12系統について、来年4月1日のダイヤ改正で平日の運行本数を減らすと発表した。
B|運転手の退職が相次ぎ、現在のダイヤを維持するには約30人が不足しているという。
B|主な変更点は次の通り。
B|・金沢駅－兼六園線　1日84本→66本
B|・香林坊－野田山線　最終便を22時10分から21時30分に繰り上げ
B|・市役所－大桑線　土日祝日の運行を取りやめ
B|同社の担当者は「通院や通学で利用されている方には申し訳ないが、安全運行を最優先した判断」と話した。
sh|X（旧Twitter）でポスト　Facebookでシェア　LINEで送る　はてなブックマーク
rel|この記事を読んだ人はこちらも
rel|のと鉄道、観光列車の運行を年内で休止
rel|白山市でコミュニティーバスの実証運行始まる
nav|関連キーワード：路線バス　金沢市　運転手不足　北陸中央交通
dis|Copyright © Hokuriku Hibi Shimbun. 記事・写真の無断転載を禁じます。
"""),

dict(id="ko-001", lang="ko", hard=False, opts="single",
     notes="Korean K League club site: match report with scorer lines kept as story; score box "
           "and next-fixture widget (other), club menu (navigation), share bar, comment count "
           "(comments) and a no-reprint line (disclaimer). Single newlines.",
     text="""
nav|홈 | 구단소개 | 선수단 | 경기일정 | 티켓 | 구단뉴스 | 팬존 | 스토어
oth|한빛FC 2 : 1 동해시티 | K리그2 38라운드 | 종료
T|한빛FC, 최종전서 역전승…홈 팬들과 시즌 마무리
oth|구단 홍보팀 | 2026.11.30 18:20
B|한빛FC가 29일 한빛종합운동장에서 열린 K리그2 38라운드 최종전에서 동해시티를 2-1로 꺾고 시즌을 6위로 마쳤다.
B|전반 23분 선제골을 내줬지만, 후반 들어 공격진을 교체하며 흐름을 바꿨다.
B|득점: 후반 14분 박세운, 후반 41분 이도현(도움 김민재)
B|이날 경기장에는 시즌 최다인 8,412명의 관중이 찾았다.
B|최정호 감독은 "끝까지 응원해 주신 팬들 덕분에 웃으면서 시즌을 마칠 수 있었다"고 말했다.
sh|공유하기 카카오톡 페이스북 URL복사
com|댓글 27
oth|다음 경기 | 2027 시즌 개막전 | 일정 추후 발표
dis|ⓒ 한빛FC. 무단 전재 및 재배포를 금합니다.
"""),

dict(id="es-001", lang="es", hard=False, opts="",
     notes="Colombian regional paper (Medellín): cable-car line extension. Cookie banner on top, "
           "byline and read time, an inline 'Lea también' teaser (related) in the middle, a "
           "WhatsApp channel prompt (newsletter), tags and a most-read list below.",
     text="""
ck|Usamos cookies propias y de terceros para medir la audiencia y mostrarle publicidad acorde a sus intereses. Puede configurarlas o rechazarlas en Preferencias.
ck|Aceptar todo | Preferencias
nav|El Valle Hoy | Medellín | Antioquia | Colombia | Deportes | Opinión
T|Metrocable de San Cristóbal sumará dos estaciones en 2028
oth|Por Juliana Restrepo Gaviria — Medellín | 5 de diciembre de 2026 - 6:12 p. m.
oth|Lectura de 3 minutos
B|La empresa de transporte masivo del Valle de Aburrá firmó el contrato para extender la línea del cable de San Cristóbal hacia las veredas El Llano y La Palma.
B|La obra costará 412.000 millones de pesos y beneficiará a unos 38.000 habitantes del corregimiento, según la entidad.
rel|Lea también: Concejo aprueba cupo de endeudamiento para el tranvía de la 80
B|Las dos nuevas estaciones tendrán capacidad para mover 2.600 pasajeros por hora en cada sentido.
B|"Hoy un campesino de La Palma tarda hasta una hora y media en llegar al centro; con el cable serán 35 minutos", dijo el gerente, Óscar Múnera.
B|Los trabajos comenzarán en marzo y el cierre parcial de la vía al corregimiento se anunciará con dos semanas de antelación.
nl|Reciba las noticias de Antioquia en su celular: únase al canal de WhatsApp de El Valle Hoy
nav|Temas: Metrocable · Movilidad · San Cristóbal · Metro de Medellín
rel|Lo más leído
rel|Pico y placa en Medellín: así rota la medida en diciembre
rel|Capturan a banda que robaba motos en Bello
"""),

dict(id="pt-001", lang="pt", hard=False, opts="ws",
     notes="Angolan news portal: fuel price rise. Exchange-rate and fuel strip (ticker) on top, "
           "photo caption plus its photo credit (attribution), agency credit at the end, an "
           "'Leia também' list and an app prompt (navigation). Trailing whitespace.",
     text="""
tk|Câmbio BNA: USD 912,40 Kz ▲ | EUR 986,15 Kz ▲ | ZAR 49,82 Kz ▼ | Gasolina 300 Kz/l
nav|Luanda Actual · Economia
T|Preço do gasóleo sobe para 250 kwanzas a partir de segunda-feira
oth|Publicado a 4 de Dezembro de 2026 às 19h05
C|Fila numa bomba de combustível na avenida Deolinda Rodrigues, em Luanda.
att|Foto: Manuel Kiala / Luanda Actual
B|O Instituto Regulador dos Derivados do Petróleo anunciou que o litro de gasóleo passa de 200 para 250 kwanzas a partir de segunda-feira, 8 de Dezembro.
B|A gasolina mantém-se nos 300 kwanzas por litro.
B|Segundo o regulador, a medida faz parte do plano de retirada gradual dos subsídios aos combustíveis, acordado com parceiros internacionais.
B|Taxistas ouvidos pela reportagem admitem aumentar o preço da corrida dos candongueiros de 300 para 400 kwanzas.
B|O Governo promete reforçar o apoio aos pescadores artesanais e agricultores com um cartão de combustível subsidiado.
att|Com Angop
rel|Leia também
rel|Inflação em Luanda abranda pelo terceiro mês consecutivo
rel|Porto do Lobito recebe primeiro navio de minério da Zâmbia
nav|Descarregue a aplicação Luanda Actual e receba alertas das últimas notícias
"""),

dict(id="de-001", lang="de", hard=False, opts="crlf",
     notes="Austrian regional radio site: avalanche warning in Tyrol. Live-radio widget and weather "
           "widget (other), breadcrumb, agency credit (attribution), 'Mehr zum Thema' list, share "
           "bar and a footer with imprint links (navigation). CRLF.",
     text="""
oth|Jetzt live: Radio Alpenland – Der Nachmittag mit Lisa Pfurtscheller
nav|Startseite › Tirol › Chronik
T|Lawinenwarnstufe vier in Teilen Osttirols
oth|06.12.2026 16.48
B|Nach ergiebigen Schneefällen hat der Lawinenwarndienst Tirol für die Villgratner Berge und die Lienzer Dolomiten die zweithöchste Warnstufe ausgerufen.
B|Innerhalb von 36 Stunden fielen dort bis zu 90 Zentimeter Neuschnee, dazu kam stürmischer Westwind.
B|Die Straße ins Innervillgratental ist seit Samstagmittag gesperrt, rund 300 Menschen sind vorübergehend nicht erreichbar.
B|Der Warndienst rät dringend von Touren abseits gesicherter Pisten ab.
att|red, tirol.radioalpenland.example/Agenturen
sh|Artikel teilen: E-Mail · Facebook · WhatsApp · Drucken
rel|Mehr zum Thema
rel|Skigebiete starten mit Verspätung in die Saison
rel|Felbertauernstraße nach Murenabgang wieder offen
oth|Wetter Lienz: −6 °C, Schneefall
nav|Impressum · Datenschutz · Barrierefreiheit · Kontakt
"""),

dict(id="fr-001", lang="fr", hard=False, opts="",
     notes="Senegalese news site: a fishing-season story; ad label (other) between paragraphs, "
           "an inline 'Lire aussi' (related), a WhatsApp channel prompt (newsletter), reader "
           "comments with names and dates (comments) and a copyright line.",
     text="""
nav|Accueil  Politique  Société  Économie  Sport  Culture  Régions
T|Kayar : les pêcheurs réclament le report du repos biologique
oth|Par Aminata Diouf | 03/12/2026 à 11:20
B|Les pêcheurs artisanaux de Kayar ont manifesté mercredi pour demander le report d'un mois de la période de repos biologique, prévue à partir du 1er janvier.
B|Selon le collectif local, les prises de sardinelles ont chuté de près de moitié depuis octobre et beaucoup de familles n'ont pas pu constituer d'épargne.
oth|Publicité
B|« Nous ne sommes pas contre le repos, mais on ne peut pas arrêter au moment où le poisson commence juste à revenir », explique Modou Ndiaye, mareyeur.
rel|Lire aussi : Saint-Louis : trois pirogues portées disparues au large de Guet-Ndar
B|Le ministère des Pêches indique que le calendrier a été fixé après consultation des conseils locaux et qu'une compensation de 75 000 francs CFA par pêcheur est prévue.
nl|Rejoignez la chaîne WhatsApp de Dakar Matin pour ne rien rater de l'actualité
com|2 commentaires
com|Ousmane B. — 03/12/2026 à 13:02
com|Toujours les mêmes promesses de compensation, on attend encore celle de l'an dernier.
com|Fatou S. — 03/12/2026 à 15:47
com|Courage aux pêcheurs de Kayar.
dis|© Dakar Matin 2026 – Reproduction interdite sans autorisation écrite
"""),

dict(id="it-001", lang="it", hard=False, opts="nofinal",
     notes="Apulian paper on a new Bari-Durres ferry (Balkans link): consent banner at the very "
           "top, section label, byline, share bar, an inline 'Leggi anche' (related), reserved-"
           "rights line and tags. No final newline.",
     text="""
ck|Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti. Chiudendo questo banner rifiuti tutti i cookie non necessari.
ck|Accetta | Rifiuta | Personalizza
nav|Cronaca di Bari
T|Bari-Durazzo, da gennaio un traghetto in più ogni giorno
oth|di Michele Lorusso — 5 dicembre 2026
sh|Condividi su Facebook | Condividi su X | Invia per email
B|Dal 10 gennaio la compagnia Adria Lines aggiungerà una corsa quotidiana sulla rotta tra Bari e Durazzo, portando a tre le partenze giornaliere dal porto pugliese.
B|La nuova nave, con 1.200 posti e 450 metri lineari per auto e camion, partirà alle 22 e arriverà in Albania alle 7 del mattino.
rel|Leggi anche: Porto di Bari, via libera al nuovo terminal crociere
B|Secondo l'Autorità portuale, il traffico passeggeri con l'Albania è cresciuto del 17 per cento nel 2026, trainato dai lavoratori stagionali e dal turismo.
B|I biglietti saranno in vendita da lunedì, con tariffe a partire da 58 euro a persona.
dis|© Riproduzione riservata
nav|Argomenti: porto di Bari · Albania · traghetti · trasporti"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="single",
     notes="Hard: a regional paper drops its automatic 'related articles' box after it kept "
           "recommending an old obituary; the story quotes the box labels (story), while the page "
           "carries its own recommendation list and share bar. Single newlines.",
     text="""
nav|信濃東報デジタル　トップ　＞　暮らし・話題
T|「あわせて読みたい」自動表示を廃止　信濃東報、誤った推奨相次ぎ
oth|2026/12/04 20:15
B|信濃東報社は4日、ニュースサイトの記事下に自動で表示していた「あわせて読みたい」欄を、今月末で廃止すると発表した。
B|この欄は閲覧履歴などをもとに記事を選ぶ仕組みで、「この記事を読んだ人におすすめ」という見出しで5本の記事を並べていた。
B|ところが10月以降、新しい町長の就任記事の下に、同姓同名の別人の訃報が表示されるなどの誤りが少なくとも7件見つかった。
B|同社デジタル編集部は「読者に誤解を与えかねない表示が続いた。今後は記者が手作業で関連記事を選ぶ」としている。
B|「おすすめ」欄は来年1月から「編集部が選んだ関連記事」に名前を変える。
sh|この記事をシェアする　X　Facebook　LINE
rel|あわせて読みたい
rel|松本市の新庁舎、設計案を公開　市民説明会は来月
rel|県内の紅葉シーズン、観光客数が過去最多に
oth|PR
oth|【広告】冬の信州、温泉宿の早割プランはこちら
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="ws",
     notes="Hard: a Chilean media study counts 'join our WhatsApp channel' prompts on news pages; "
           "the story quotes such prompts (story), while the page carries its own WhatsApp and "
           "newsletter prompts, a byline and share bar.",
     text="""
nav|Diario del Maule · Sociedad · Medios
T|Estudio: los sitios de noticias piden unirse a WhatsApp más veces de las que citan fuentes
oth|Camila Fuenzalida | Talca | 2 de diciembre de 2026
sh|Comparte esta nota: Facebook / X / WhatsApp / Correo
B|Un equipo de la Universidad del Maule revisó 1.400 artículos de 30 medios chilenos y encontró que, en promedio, cada nota incluía 3,4 invitaciones a seguir al medio en redes o mensajería.
B|La fórmula más repetida fue «Únete a nuestro canal de WhatsApp y recibe las noticias al instante», que apareció en 612 de los artículos.
B|Le siguieron «Síguenos en Telegram» y «Suscríbete gratis a nuestro boletín».
B|En comparación, los textos citaban en promedio 2,1 fuentes identificadas.
B|La académica Paula Riquelme, autora principal, dijo que los llamados interrumpen la lectura: «Hay notas donde el lector encuentra el botón del canal antes que el segundo párrafo».
nl|📲 ¡Sigue a Diario del Maule en WhatsApp! Toca aquí para unirte al canal
nl|Boletín matinal: recibe a las 7:00 lo más importante del Maule. Escribe tu correo
nav|Etiquetas: medios · periodismo · WhatsApp · Universidad del Maule
"""),
]
