# Cases in languages other than English and Chinese.
CASES = []


def C(id, lang, notes, text, **kw):
    CASES.append(dict(id=id, lang=lang, notes=notes, text=text, **kw))


C("ja-001", "ja", "Japanese portal get_text dump: ログイン/会員登録, category menu, weather, breadcrumb; アクセスランキング list and footer.", """
n メインコンテンツへスキップ
n ログイン
n 会員登録
n 国内
n 国際
n 経済
n エンタメ
n スポーツ
o 東京 12℃ くもり
n トップ > 国内 > 社会
T 高松港の旅客ターミナル、来春に建て替え完了へ
o 2026年11月24日 19時05分
B 高松港の旅客ターミナルの建て替え工事が、来年4月に完了する見通しとなった。
B 新しいターミナルには待合室のほか、観光案内所と土産物店が入る。
B 県によると、総事業費は約38億円。
B 利用者からは「段差が減るのはありがたい」との声が上がっている。
r アクセスランキング
r 1 北陸新幹線、大雪で一部運休
r 2 コンビニ各社が年末年始の営業時間を発表
r 3 小豆島でオリーブの収穫始まる
n 利用規約
n プライバシーポリシー
n お問い合わせ
o Copyright © 2026 瀬戸内ニュース All Rights Reserved.
""")

C("ja-002", "ja", "Japanese business news with 株価 ticker top, PR teaser and この記事をシェア mid, 関連記事 bottom; single newlines, no final newline.", """
n ホーム
n マーケット
n 企業
n テクノロジー
x 日経平均 39,842.11 +214.06
x TOPIX 2,781.40 +0.55%
x ドル/円 151.28
T 中堅電機メーカー、インドに冷蔵庫工場を新設
o 経済部 佐々木亮
B 中堅電機メーカーの東邦電器は24日、インド南部に冷蔵庫工場を新設すると発表した。
B 投資額は約120億円で、2028年の稼働を目指す。
s この記事をシェア
s X
s LINE
s はてなブックマーク
B 現地での年間生産能力は50万台を見込む。
B 同社の海外生産比率は現在の3割から5割に高まる。
r 関連記事
r 家電各社、東南アジアで値上げ相次ぐ
n 会社概要
n 広告掲載
d 無断転載を禁じます
""", fmt="single", final_nl=False)

C("hard-ja-001", "ja", "HARD: story about Japan's external-transmission (cookie) rules, quoting consent-banner wording; page carries its own cookie consent banner with buttons.", """
n ホーム
n IT
n 法律
n セキュリティ
k 当サイトではCookieを使用しています。サイトの利用を続けることで、Cookieの使用に同意したものとみなします。
k 同意する
k 詳細設定
T 外部送信規律、自治体サイトの4割が未対応 総務省調査
o 2026.11.25
B 総務省の調査で、自治体のウェブサイトの約4割が外部送信規律に対応していないことが分かった。
B 規律では、閲覧者の情報を外部に送る場合、その内容を公表するか通知する必要がある。
B 「Cookieを使用しています」と表示するだけで、送信先を示していない例も多かった。
B 総務省は来年3月までに改善を求める方針だ。
s シェア
r 人気記事
r パスワード管理アプリの選び方
n 運営会社
n 個人情報の取り扱い
""", ws=3)

C("ko-001", "ko", "Korean portal dump: 로그인, 메뉴 one per line, date/weather, 많이 본 뉴스 numbered list, 기자 byline with email, copyright and 무단 전재 notice.", """
n 본문 바로가기
n 로그인
n 회원가입
n 정치
n 경제
n 사회
n 국제
n 문화
o 2026년 11월 25일 (수)
o 서울 3℃ 맑음
T 부산 도시철도 4호선 연장 구간, 내년 말 개통
o 김민재 기자
B 부산 도시철도 4호선 연장 구간이 내년 말 개통할 예정이라고 부산시가 24일 밝혔다.
B 연장 구간은 약 6.4㎞로 정거장 5곳이 새로 생긴다.
B 총사업비는 7,800억원이다.
B 시는 개통 후 출퇴근 시간이 최대 20분 줄어들 것으로 내다봤다.
o kimmj@haeundaenews.kr
r 많이 본 뉴스
r 1 해운대 해수욕장 겨울 조명 축제 개막
r 2 김해공항 국제선 증편
r 3 동래 전통시장 주차장 확충
d 저작권자 © 해운대뉴스 무단전재 및 재배포 금지
n 회사소개
n 개인정보처리방침
n 청소년보호정책
""")

C("ko-002", "ko", "Korean crypto site: 시세 ticker squashed, 거래소 promo and 투자 유의 disclaimer, 공유하기 mid, 댓글 bottom; CRLF.", """
n 홈
n 코인
n 블록체인
n 정책
x BTC 비트코인 98,412,000원 +1.8%
x ETH 이더리움 4,712,000원 -0.6%
x XRP리플XRP883원+2.4%KRW
T 국내 거래소, 원화 입금 한도 하루 5억원으로 상향
o 이수진 기자 2026.11.24 15:20
B 국내 가상자산 거래소들이 원화 입금 한도를 하루 5억원으로 올렸다.
B 기존 한도는 2억원이었다.
s 공유하기
s 카카오톡
s 페이스북
B 금융당국은 자금세탁 방지 점검을 강화하겠다고 밝혔다.
B 한도 상향은 다음 달 1일부터 적용된다.
p 지금 가입하면 거래 수수료 50% 할인
d 가상자산은 가격 변동성이 크므로 투자에 유의하시기 바랍니다.
m 댓글 0
m 로그인 후 댓글을 작성할 수 있습니다
""")

C("es-001", "es", "Spanish regional paper: top menu, edition picker, cookie consent with buttons at top, 'Publicidad' mid-story, 'Lo más leído' list, footer.", """
n Ir al contenido
n Edición: Galicia
n Cambiar edición
n Portada
n Local
n Deportes
n Economía
n Opinión
k Utilizamos cookies propias y de terceros para analizar la navegación y mostrarle publicidad personalizada.
k Aceptar
k Rechazar
k Configurar
n Portada > Local > Vigo
T Vigo amplía el horario del bus nocturno a los fines de semana
o Lucía Otero
o Vigo · 24/11/2026 - 18:40
B El Concello de Vigo ampliará desde diciembre el servicio de autobús nocturno a las noches de viernes y sábado.
B Las líneas N1 y N3 funcionarán hasta las 5.30 horas.
o Publicidad
B La medida costará unos 420.000 euros al año.
B La alcaldía asegura que responde a una petición de las asociaciones vecinales.
r Lo más leído
r 1. Cierra el último cine de barrio de Teis
r 2. Temporal: aviso naranja en la costa
r 3. El Celta renueva a su portero
n Aviso legal
n Política de privacidad
n Contacto
o © Faro Atlántico Comunicación S.L. CIF B36511728
""")

C("es-002", "es", "Mexican news site dump: sections, 'Síguenos' social links, image credit and caption, 'Te recomendamos' block mid, comments, no final newline.", """
n Nacional
n Estados
n Mundo
n Espectáculos
n Síguenos en redes
n Facebook
n Instagram
n TikTok
T Oaxaca inaugura su primer corredor de bicicletas entre municipios
a Foto: Archivo / Diario del Sur
C El corredor une el centro de Oaxaca con Santa Lucía del Camino. (Archivo / Diario del Sur)
B El gobierno de Oaxaca inauguró un corredor ciclista de 14 kilómetros que conecta cuatro municipios.
B El carril está separado del tráfico por bolardos de concreto.
r Te recomendamos
r Suben tarifas del transporte en la capital
r Guelaguetza tendrá sede nueva en 2027
B Se espera que unas 3 mil personas lo usen cada día.
B La obra costó 96 millones de pesos.
m Comentarios
m Inicia sesión para comentar
n Directorio
n Aviso de privacidad
""", final_nl=False, ws=4)

C("hard-es-001", "es", "HARD: story on WhatsApp forwarding limits and fact-checks, quoting the 'Reenviado' label and share prompts; page carries its own share bar.", """
n Inicio
n Tecnología
n Verificación
s Compartir
s Compartir en WhatsApp
s Compartir en Facebook
s Copiar enlace
T Cadenas de WhatsApp: por qué el límite de reenvíos no frena los bulos
o Por Andrés Quintana
B Un estudio de la Universidad de Cuyo analizó 2.300 mensajes falsos compartidos en grupos de WhatsApp durante las elecciones.
B La etiqueta "Reenviado muchas veces" apareció en menos de la mitad de ellos.
B Los autores concluyen que los bulos se copian y pegan en vez de reenviarse.
B "El botón de compartir no es el problema, lo es el copiar y pegar", dijo la investigadora Carla Benítez.
s Comparte esta nota
r Más en Verificación
r Cómo detectar una foto manipulada
n Quiénes somos
n Contacto
o © 2026 Chequeo Abierto
""", fmt="double")

C("pt-001", "pt", "Brazilian portal dump: skip links, menu, 'Assine' and login, weather widget, 'Mais lidas' list mid-story, newsletter and footer.", """
n Pular para o conteúdo
n Menu
n Brasil
n Política
n Economia
n Esportes
n Assine
n Entrar
o Recife 29°C Parcialmente nublado
T Recife testa semáforos que dão prioridade aos ônibus
o Por Beatriz Falcão
o 24/11/2026 17h22
B A prefeitura do Recife começou a testar semáforos que abrem mais cedo para os ônibus em cinco cruzamentos da Avenida Caxangá.
B Os sensores identificam o ônibus a 150 metros do cruzamento.
r Mais lidas
r 1. Chuvas deixam bairros sem energia
r 2. Sport anuncia novo técnico
B A medida pode reduzir o tempo de viagem em até oito minutos.
B Se funcionar, o sistema será levado a outras 40 interseções.
l Receba as notícias do dia no seu e-mail
l Cadastrar
n Fale conosco
n Termos de uso
n Política de privacidade
o © 2026 Jornal do Capibaribe. Todos os direitos reservados.
""", ws=6)

C("pt-002", "pt", "Portuguese (PT) site: language/edition switch, breadcrumb, Lusa attribution, 'Partilhar' bar, tag list, cookies text with buttons at bottom, single newlines.", """
n PT
n EN
n Última hora
n País
n Mundo
n Cultura
n País > Sociedade
T Coimbra abre residência universitária no antigo quartel
o 24 nov 2026, 15:10
B A Universidade de Coimbra abriu uma residência com 212 camas no antigo quartel de Santana.
B O preço por quarto é de 280 euros por mês.
B A obra foi financiada pelo plano de recuperação.
B Os primeiros estudantes entram em janeiro.
a Lusa
s Partilhar
s Facebook
s Twitter
s E-mail
n Etiquetas
n Coimbra
n Habitação
n Ensino superior
k Este site usa cookies para melhorar a sua experiência. Pode alterar as suas preferências a qualquer momento.
k Aceitar todos
k Recusar
""", fmt="single")

C("de-001", "de", "German regional paper: Zum Inhalt springen, Ressort menu, Anmelden/Abo, weather widget, Anzeige mid-story, 'Meistgelesen' list, Impressum footer.", """
n Zum Inhalt springen
n Startseite
n Lokales
n Politik
n Wirtschaft
n Sport
n Anmelden
n Abo
o Freiburg 6°C bedeckt
n Startseite > Lokales > Freiburg
T Freiburg baut zweite Radbrücke über die Dreisam
o Von Jonas Ebert
o 24.11.2026, 16:45 Uhr
B Die Stadt Freiburg will bis 2028 eine zweite Radbrücke über die Dreisam bauen.
B Die Brücke soll den Stadtteil Wiehre mit dem Messegelände verbinden.
o Anzeige
B Die Kosten werden auf 7,4 Millionen Euro geschätzt.
B Der Gemeinderat stimmt im Januar ab.
B „Die alte Brücke ist zu Stoßzeiten völlig überlastet“, sagte Baubürgermeisterin Katrin Höfle.
r Meistgelesen
r 1. Weihnachtsmarkt öffnet früher
r 2. Schauinslandbahn fährt wieder
r 3. Neue Parkgebühren ab Januar
n Impressum
n Datenschutz
n AGB
n Kontakt
n Mediadaten
o © Breisgauer Tagblatt GmbH, Amtsgericht Freiburg HRB 704119
""")

C("de-002", "de", "German news site w3m dump: Ressorts with bullets, 'Artikel teilen' bar, dpa attribution, 'Mehr zum Thema' mid, Kommentare and Newsletter bottom; trailing tabs.", """
n • Politik
n • Ausland
n • Panorama
n • Wissen
n • Suche
T Bahn verlängert Sanierung der Strecke Hamburg–Berlin
o 25.11.2026, 07:12 Uhr
B Die Generalsanierung der Bahnstrecke zwischen Hamburg und Berlin dauert länger als geplant.
B Die Strecke bleibt nun bis Ende Mai gesperrt.
r Mehr zum Thema
r Ersatzbusse: Was Pendler wissen müssen
B Grund seien Lieferprobleme bei Weichen.
B Fernzüge werden weiter über Uelzen und Stendal umgeleitet.
a dpa/mrs
s Artikel teilen
s E-Mail
s WhatsApp
m Kommentare (38)
m Jetzt mitdiskutieren
l Der Morgenüberblick: Die wichtigsten Nachrichten jeden Morgen per Mail
l Gratis bestellen
""", ws=3, fmt="double")

C("hard-de-001", "de", "HARD: story about a court ruling on Impressum and Datenschutz links, quoting the link labels; the page's own footer carries those links.", """
n Recht
n Digitales
n Verbraucher
n Suche
T Gericht: Impressum muss mit zwei Klicks erreichbar sein
o Von Miriam Adler
o 24.11.2026
B Das Landgericht Köln hat entschieden, dass das Impressum einer Nachrichtenseite von jeder Unterseite aus mit höchstens zwei Klicks erreichbar sein muss.
B Ein Link mit der Aufschrift „Impressum“ im Seitenfuß reiche aus.
B Versteckt eine Seite den Link hinter einem Menü „Mehr“, sei das zu wenig.
B Auch der Link „Datenschutz“ müsse klar benannt sein.
B Das Urteil ist noch nicht rechtskräftig.
s Teilen
r Auch interessant
r Abmahnung wegen Google Fonts: Was gilt jetzt?
n Impressum
n Datenschutz
n Cookie-Einstellungen
n Barrierefreiheit
o © 2026 Rechtsblick Verlag
""", final_nl=False)

C("fr-001", "fr", "French regional daily: Aller au contenu, edition picker (Édition locale), Se connecter, weather, cookies with buttons, 'Les plus lus' sidebar mid-story, footer.", """
n Aller au contenu
n Aller au menu
n Édition : Pays basque
n Se connecter
n S'abonner
n Actualité
n Sports
n Loisirs
o Bayonne 14°C Averses
k Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés.
k Tout accepter
k Continuer sans accepter
n Accueil > Actualité > Bayonne
T Bayonne : le pont Saint-Esprit fermé aux voitures pendant trois mois
o Par Maïté Etcheverry
o Publié le 24/11/2026 à 18h02
B Le pont Saint-Esprit sera fermé à la circulation automobile du 5 janvier au 5 avril pour des travaux d'étanchéité.
B Les piétons et les cyclistes pourront toujours le traverser.
r Les plus lus
r 1. Biarritz : la Grande Plage rouvre
r 2. Rugby : l'Aviron s'impose à domicile
B Des navettes gratuites relieront les deux rives.
B Le chantier coûtera 2,1 millions d'euros.
n Mentions légales
n Plan du site
n Contact
o © Le Courrier de l'Adour 2026
""", ws=5)

C("fr-002", "fr", "French national site, no headline in scrape: top menu, AFP attribution, live dates, 'À lire aussi' inline, Partager bar, 'Réagissez' comment prompt, app badges, CRLF.", """
n International
n Politique
n Économie
n Planète
n Culture
B GENÈVE, 24 novembre —
B Les pays membres de l'OMS se sont mis d'accord lundi sur un texte commun pour la surveillance des maladies transmises par les moustiques.
B Le texte prévoit un réseau de 60 laboratoires de référence.
r À lire aussi : Dengue, les cas en hausse dans le sud de l'Europe
B Il doit encore être ratifié par les parlements nationaux.
a Avec AFP
s Partager
s Facebook
s LinkedIn
m Réagissez à cet article
m 9 réactions
n Télécharger l'application
n Disponible sur l'App Store
n Disponible sur Google Play
""", ws=4)

C("hard-fr-001", "fr", "HARD: story about content-recommendation widgets on news sites; no header furniture scraped, byline and a real widget of that kind below the story (bottom only).", """
T Les widgets « Vous aimerez aussi » rapportent moins aux éditeurs
B Les revenus tirés des widgets de recommandation ont baissé de 30 % en deux ans pour les sites d'information français, selon une étude du cabinet Octane.
B Ces blocs affichés sous les articles, souvent titrés « Vous aimerez aussi » ou « Contenus sponsorisés », attirent moins de clics.
B Plusieurs éditeurs les ont déjà supprimés.
B L'étude note que les lecteurs font moins confiance aux liens qui mènent vers d'autres sites.
o Hugo Lemaire, le 25 novembre 2026
r Vous aimerez aussi
r Ce village normand a trouvé la solution pour les vieux greniers
r Contenus sponsorisés
r Les seniors se ruent sur cette mutuelle
n Nous contacter
n CGU
o © 2026 Écrans & Médias
""")

C("it-001", "it", "Italian paper: Vai al contenuto, Accedi/Abbonati, section menu, date, breadcrumb, 'Pubblicità' mid, 'I più letti', footer with P.IVA.", """
n Vai al contenuto
n Accedi
n Abbonati
n Cronaca
n Politica
n Economia
n Sport
o Martedì 24 novembre 2026
n Home / Cronaca / Bologna
T Bologna, il tram della linea rossa supera le prove notturne
o di Giulia Ferretti
B Il primo convoglio del tram di Bologna ha completato le prove notturne sul tratto tra Borgo Panigale e la stazione.
B I test proseguiranno fino a febbraio.
o Pubblicità
B Il servizio per i passeggeri dovrebbe partire a giugno.
B La linea rossa avrà 34 fermate.
r I più letti
r 1. Neve in Appennino, strade chiuse
r 2. Mercato coperto, apre la nuova ala
n Chi siamo
n Privacy
n Cookie policy
o Gazzetta Felsinea S.r.l. – P.IVA 03318420372
""", ws=4, final_nl=False)

C("it-002", "it", "Italian sports site, scrape starts at the headline: image credit mid-story, Condividi bar, tag list and newsletter bottom, single newlines.", """
T Il Cagliari ritrova Deiola: rientro contro l'Empoli
B Alessandro Deiola tornerà a disposizione per la sfida con l'Empoli dopo sei settimane di stop.
a Foto: Sardinia Press
B Il centrocampista si era fratturato una costola a ottobre.
B Nelle ultime tre partite senza di lui la squadra ha raccolto un solo punto.
B L'allenatore potrebbe schierarlo dal primo minuto.
s Condividi
s WhatsApp
s Telegram
n Tag
n Cagliari
n Serie A
l Iscriviti alla newsletter del lunedì
l Iscriviti
""", fmt="single")

C("ru-001", "ru", "Russian news portal: Войти, menu, city/weather and currency widget (ticker), 'Читайте также' mid-story, 'Популярное', footer with Роскомнадзор registration.", """
n Войти
n Главное
n Политика
n Экономика
n Общество
n Спорт
o Казань −3°
x USD 98,12
x EUR 103,47
T В Казани откроют вторую линию канатной дороги
o 24 ноября 2026, 17:35
B В Казани до конца 2027 года построят вторую линию канатной дороги через Волгу.
B Она свяжет Кремлёвскую набережную с Верхним Услоном.
r Читайте также: Метро Казани продлят до Азино
B Стоимость проекта оценивают в 4,6 млрд рублей.
B Поездка займёт около 12 минут.
r Популярное
r 1. Снегопад парализовал движение на трассе М-7
r 2. В Татарстане выросли зарплаты учителей
n О проекте
n Реклама
n Контакты
o Свидетельство о регистрации СМИ Эл № ФС77-84113
""")

C("hard-ru-001", "ru", "HARD: story on age-rating labels (18+/16+) on news sites, quoting the labels; page carries its own 16+ label and a real disclaimer.", """
o 16+
n Новости
n Медиа
n Право
T Сайты СМИ обязали ставить возрастную метку в начале страницы
o Анна Соколова
B Новостные сайты должны показывать возрастную маркировку, например «16+» или «18+», в верхней части каждой страницы.
B Раньше метку можно было размещать только в подвале сайта.
B За нарушение грозит штраф до 200 тысяч рублей.
B Правила вступают в силу с 1 марта.
s Поделиться
s ВКонтакте
s Telegram
d Мнение редакции может не совпадать с мнением автора.
n Контакты
n Правовая информация
o © 2026 Медиаобозреватель
""", ws=3)

C("uk-001", "uk", "Ukrainian news site: language switcher УКР/ENG, menu, breadcrumb, air-alert widget, 'Новини партнерів' and comments bottom, single newlines, CRLF.", """
n УКР
n ENG
n Головна
n Київ
n Економіка
n Світ
n Головна / Київ
o Київ +2°C
T У Києві відновили рух тролейбусів на Подолі
o 24.11.2026, 12:40
B Київпастранс відновив рух тролейбусів на Подолі після ремонту контактної мережі.
B На маршрути вийшли 18 машин.
B Інтервал руху становить 9 хвилин.
B Ремонт тривав понад місяць.
r Новини партнерів
r Як обрати павербанк для дому
m Коментарі
m Увійдіть, щоб залишити коментар
n Про нас
n Реклама
""", fmt="single", crlf=True)

C("tr-001", "tr", "Turkish news site: İçeriğe geç, menu, döviz/kripto ticker top, 'Reklam' mid-story, 'Çok okunanlar' and exchange promo bottom.", """
n İçeriğe geç
n Gündem
n Ekonomi
n Spor
n Yaşam
x Dolar 34,62
x Euro 36,88
x BIST 100 9.814
x Bitcoin $71.930
T İzmir'de yeni körfez vapuru seferleri başladı
o 24 Kasım 2026 18:20
B İzmir Büyükşehir Belediyesi, Karşıyaka ile Konak arasında yeni vapur seferleri başlattı.
B Seferler sabah 06.30'da başlıyor.
o Reklam
B Yolcuların yarım saatte bir vapur bulabileceği belirtildi.
B İlk hafta biletler indirimli olacak.
r Çok okunanlar
r 1. Kar yağışı uyarısı
r 2. Kira artışında yeni dönem
p Kripto al-sat için hemen üye ol, ilk işlemde komisyon yok
n Künye
n İletişim
n Gizlilik
""")

C("pl-001", "pl", "Polish site cut off after the story (no footer scraped): Przejdź do treści, menu, login, cookie banner with buttons at top; ad label and 'Zobacz także' teaser mid-story (top + middle only).", """
n Przejdź do treści
n Wiadomości
n Kraj
n Świat
n Biznes
n Zaloguj się
k Szanujemy Twoją prywatność. Używamy plików cookie w celach analitycznych i marketingowych.
k Akceptuję
k Ustawienia
T Gdańsk kupi 30 nowych tramwajów
o 24.11.2026
B Gdańskie Autobusy i Tramwaje podpisały umowę na dostawę 30 niskopodłogowych tramwajów.
o Reklama
B Pierwsze pojazdy trafią na tory w 2028 roku.
r Zobacz także: Nowa linia autobusowa na Wyspę Sobieszewską
B Wartość umowy to 640 mln zł.
B Tramwaje będą miały klimatyzację i ładowarki USB.
""", final_nl=False)

C("nl-001", "nl", "Dutch regional site: menu, Inloggen, weather, 'Meest gelezen' mid-story, Deel-bar, footer with KvK number.", """
n Nieuws
n Regio
n Sport
n 112
n Inloggen
o Zwolle 8° regen
T Zwolle krijgt overdekte fietsenstalling bij station-oost
o Door Sanne de Graaf
B Bij de oostkant van station Zwolle komt een overdekte fietsenstalling voor 2.400 fietsen.
B De bouw begint in maart.
r Meest gelezen
r 1. Kerstmarkt verhuist naar Melkmarkt
r 2. Brand in loods bij Hessenpoort
B De eerste 24 uur parkeren wordt gratis.
B De gemeente betaalt de helft van de kosten.
s Deel dit artikel
s Facebook
s WhatsApp
n Colofon
n Privacy
o IJsselpost B.V. – KvK 05071942
""")

C("id-001", "id", "Indonesian portal: menu, Masuk, 'Baca Juga' inline mid-story, 'Terpopuler' list, app badge and footer, trailing spaces.", """
n Beranda
n Nasional
n Ekonomi
n Olahraga
n Masuk
T Bandung uji coba bus listrik di rute Dago
o Rina Hartati - detikJabar
o Selasa, 24 Nov 2026 14:05 WIB
B Pemerintah Kota Bandung mulai menguji coba enam bus listrik di rute Dago–Leuwipanjang.
B Uji coba berlangsung selama tiga bulan.
r Baca Juga: Tarif parkir Bandung naik mulai Januari
B Penumpang tidak dikenakan biaya selama masa uji coba.
B Jika berhasil, armada akan ditambah menjadi 40 bus.
r Terpopuler
r 1. Banjir rendam Bojongsoang
r 2. Persib rekrut bek baru
n Unduh aplikasi
n Pedoman Media Siber
n Redaksi
""", ws=3)

C("vi-001", "vi", "Vietnamese news site: menu, date, breadcrumb, 'Tin liên quan' mid, share buttons, 'Ý kiến bạn đọc' and footer with licence number.", """
n Trang chủ
n Thời sự
n Kinh tế
n Thế giới
o Thứ Ba, 24/11/2026
n Thời sự > Giao thông
T Đà Nẵng mở thêm tuyến xe buýt ra sân bay
B Đà Nẵng vừa đưa vào hoạt động tuyến xe buýt số 12 nối trung tâm thành phố với sân bay.
B Giá vé là 8.000 đồng mỗi lượt.
r Tin liên quan
r Cầu Rồng phun lửa phục vụ khách dịp cuối năm
B Xe chạy từ 5h30 đến 22h mỗi ngày.
B Mỗi chuyến cách nhau 20 phút.
s Chia sẻ
s Facebook
m Ý kiến bạn đọc
n Liên hệ
o Giấy phép số 118/GP-BTTTT
""")

C("th-001", "th", "Thai news site: menu, เข้าสู่ระบบ, cookie banner with ยอมรับ, 'ข่าวที่เกี่ยวข้อง' bottom and footer.", """
n หน้าแรก
n ข่าว
n การเมือง
n เศรษฐกิจ
n เข้าสู่ระบบ
k เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ
k ยอมรับ
k ตั้งค่า
T เชียงใหม่เปิดเส้นทางจักรยานรอบคูเมือง
o 24 พ.ย. 2569
B เทศบาลนครเชียงใหม่เปิดเส้นทางจักรยานรอบคูเมืองระยะทาง 6 กิโลเมตร
B เส้นทางแยกจากถนนด้วยแนวกั้นคอนกรีต
B เปิดให้ใช้ฟรีทุกวันตั้งแต่ 6 โมงเช้าถึง 4 ทุ่ม
B ทางเทศบาลคาดว่าจะมีผู้ใช้วันละ 800 คน
r ข่าวที่เกี่ยวข้อง
r ฝุ่น PM2.5 เริ่มเพิ่มขึ้นในภาคเหนือ
n ติดต่อเรา
n นโยบายความเป็นส่วนตัว
""", fmt="double")

C("ar-001", "ar", "Arabic news site: menu, language switch, date, 'اقرأ أيضا' mid-story, share bar, 'الأكثر قراءة' and footer.", """
n الرئيسية
n أخبار
n اقتصاد
n رياضة
n English
o الثلاثاء 24 نوفمبر 2026
T افتتاح خط حافلات سريعة جديد في عمّان
B افتتحت أمانة عمّان الكبرى خط حافلات سريعة جديدا يربط وسط المدينة بمنطقة صويلح.
B يبلغ طول الخط 16 كيلومترا.
r اقرأ أيضا: ارتفاع أعداد السياح في البتراء
B تمر الحافلات كل عشر دقائق في أوقات الذروة.
B سعر التذكرة 50 قرشا.
s شارك
s فيسبوك
s واتساب
r الأكثر قراءة
r 1. منخفض جوي يؤثر على المملكة
n من نحن
n اتصل بنا
o © 2026 بوابة عمّان اليوم - جميع الحقوق محفوظة
""", ws=4)
