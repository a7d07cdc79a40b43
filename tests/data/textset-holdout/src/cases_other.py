# Cases in es, de, fr, ja, ko, pt, it. All invented.
CASES = []


def case(id, lang, notes, src, **opt):
    CASES.append(dict(id=id, lang=lang, notes=notes, src=src, **opt))


case("es-101", "es", "Spanish aggregator page: site header, breadcrumb, byline and time at top; share bar, related list, 'Fuente' line and cookie banner with buttons at the bottom; dateline.", """
at Noticias al Instante
nv Inicio › Economía › Energía
T Andalucía licita el mayor parque eólico marino del Mediterráneo
ot Por Lucía Herrera | 17/02/2026 - 10:45
B SEVILLA, 17 feb. —
B La Junta de Andalucía adjudicó el martes la construcción de un parque eólico marino flotante de 600 megavatios frente a la costa de Almería.
B El proyecto, con una inversión de 1.900 millones de euros, contará con 40 aerogeneradores anclados a unos 25 kilómetros de la orilla.
B Pescadores de la zona pidieron garantías de que las rutas de faena no se verán afectadas.
B Las obras comenzarán en 2027.
sh Compartir en Facebook
sh Compartir en X
rl Te puede interesar
rl El precio de la luz baja un 12 % en enero
at Fuente: Diario del Sur
ck Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.
ck Aceptar todas
ck Configurar
""")

case("hard-es-101", "es", "HARD: Spanish data-protection fine over cookie banners; quoted banner phrases and a short subheading are body; real cookie banner and buttons at top, newsletter pitch at bottom.", """
ck Este sitio web usa cookies analíticas y publicitarias. Puede aceptarlas o rechazarlas.
ck Aceptar
ck Rechazar
T La AEPD multa a una aerolínea por ocultar el botón de rechazar cookies
B La Agencia Española de Protección de Datos ha impuesto una sanción de 350.000 euros a la aerolínea AeroSol por el diseño de su aviso de cookies.
B Según la resolución, el aviso mostraba el mensaje "Al seguir navegando aceptas todas las cookies" y un único botón de "Aceptar".
B Qué exige la ley
B La agencia recuerda que rechazar las cookies debe ser tan fácil como aceptarlas.
B La empresa dispone de un mes para recurrir.
nl Suscríbete a nuestro boletín y recibe cada mañana las claves del día.
nl Quiero suscribirme
""", hard=True)

case("de-101", "de", "German regional news: navigation, byline/time, ad label mid-story, paywall prompt, tag list, comments and app prompt at bottom; trailing whitespace and mixed newlines.", """
nv Startseite > Region > Verkehr
T Brücke über die Lahn wird ab April für ein Jahr gesperrt
ot Von Katrin Albers | 11.03.2026, 06:30 Uhr
B Die Brücke der Bundesstraße 49 über die Lahn bei Wetzlar wird ab dem 7. April für rund zwölf Monate voll gesperrt.
B Grund sind Risse in den Spannstählen, die bei einer Prüfung im Herbst entdeckt wurden.
ot Anzeige
B Die Umleitung führt über Gießen und verlängert die Fahrt für Pendler um bis zu 25 Minuten.
ot Weiterlesen mit Plus – jetzt 4 Wochen für 0,99 € testen
B Die Stadt prüft zusätzliche Busverbindungen.
nv Schlagwörter: Wetzlar, Lahn, Brücke, Verkehr
cm Kommentare (18)
cm Jetzt anmelden und mitdiskutieren
ot Holen Sie sich die Mittelhessen-App für Eilmeldungen aufs Handy.
""", sep="mixed", trail=3)

case("hard-de-101", "de", "HARD: story about a newsletter subscription trap and the German 'Newsletter abonnieren' button; quoted button text and the subheading 'Abmelden mit einem Klick' are body; real newsletter box, share bar and attribution.", """
at Verbraucher-Ticker
T Verbraucherzentrale mahnt Onlinehändler wegen Newsletter-Falle ab
B Die Verbraucherzentrale Hamburg hat den Onlinehändler Wohnglück abgemahnt, weil Kunden beim Bestellen automatisch einen Werbe-Newsletter abonnierten.
B Das Häkchen bei „Newsletter abonnieren und 5 € sparen“ war im Bestellformular bereits gesetzt.
B Abmelden mit einem Klick
B Zudem sei die Abmeldung nur über ein Kundenkonto möglich gewesen, kritisieren die Verbraucherschützer.
B Der Händler hat bis Ende März Zeit, eine Unterlassungserklärung abzugeben.
nl Der Morgen-Newsletter: Alles Wichtige vor 7 Uhr in Ihrem Postfach.
nl E-Mail-Adresse eingeben
nl Jetzt kostenlos abonnieren
sh Artikel teilen
at Quelle: Hamburger Abendpost
""", hard=True)

case("fr-101", "fr", "French page: aggregator header, doubled dek, byline, caption with credit, 'Lire aussi' link mid-story, share bar, comments and 'Publié à l'origine' line at the bottom.", """
at Actu Express France
dp Le chantier doit durer quatre ans.Le chantier doit durer quatre ans.
T Lyon lance la rénovation de la gare de la Part-Dieu sud
ot Par Camille Roussel, publié le 05/03/2026 à 08h10
C La façade sud de la gare, lundi matin. (Photo Julien Marceau / Agence Rhône Images)
B La SNCF et la Métropole de Lyon ont lancé lundi les travaux de rénovation du secteur sud de la gare de la Part-Dieu, la plus fréquentée de France hors Paris.
B Le projet prévoit deux nouveaux quais et un parking de 1 500 places pour vélos.
rl Lire aussi : Le tramway T9 prolongé jusqu'à Vaulx-en-Velin
B Le coût est estimé à 320 millions d'euros.
B Les voyageurs devront emprunter des accès provisoires pendant la durée des travaux.
sh Partager sur Facebook
sh Partager par e-mail
cm Réagir à cet article
at Publié à l'origine sur Le Courrier Rhodanien
""")

case("ja-101", "ja", "Japanese news page: breadcrumb and time at top, caption with credit, ad label mid-story, share buttons, related article list and 'source' line at bottom; single newlines.", """
nv ホーム ＞ 社会 ＞ 交通
T 北陸新幹線、敦賀―新大阪の着工時期を再検討
ot 2026年3月6日 18時05分
C 敦賀駅に停車する北陸新幹線の車両（写真：北陸日報社）
B 国土交通省は6日、北陸新幹線の敦賀―新大阪間について、着工時期を再検討すると発表した。
B 京都府内のルートを巡り、地下水への影響を懸念する声が地元で根強いためだ。
ot 広告
B 同省は年内に環境影響評価の追加調査を行う方針。
B 全線開業は当初の想定より遅れる見通しだ。
sh シェアする
sh ポストする
sh LINEで送る
rl 関連記事
rl 東海道新幹線、年末年始の利用者が過去最多
at 出典：関西ニュースネット
""", sep="single")

case("ko-101", "ko", "Korean news page: reporter byline and time, caption with credit, copyright/reposting notice, related list, comment widget and app prompt; one-line paragraph.", """
T 서울시, 한강 수상버스 출퇴근 노선 3월 개통
ot 김민지 기자 입력 2026.02.12 14:20
C 한강 수상버스 시험 운항 모습. (사진=서울시 제공)
B 서울시는 한강 수상버스의 출퇴근 노선을 다음 달 18일부터 정식 운항한다고 12일 밝혔다.
B 마곡에서 잠실까지 7개 선착장을 잇는 노선으로, 출퇴근 시간에는 15분 간격으로 운항한다.
B 요금은 3천 원이다.
B 시는 기후동행카드 이용자도 수상버스를 탈 수 있도록 할 계획이다.
dc 저작권자 © 한강일보 무단전재 및 재배포 금지
rl 관련기사
rl 서울 따릉이 이용 건수 역대 최다
cm 댓글 0
cm 로그인 후 댓글을 남길 수 있습니다
ot 한강일보 앱 설치하고 실시간 속보 받기
""")

case("pt-101", "pt", "Brazilian Portuguese crypto-exchange scrape of a general story: squashed ticker, promo, reposting disclaimer and related teasers with doubled titles and stamps at the bottom; 'Originalmente publicado' line.", """
T Governo de São Paulo anuncia novo trem para Campinas
B O governo de São Paulo anunciou nesta terça-feira o leilão do Trem Intercidades entre a capital e Campinas, com viagens de 64 minutos.
B O investimento previsto é de R$ 13,5 bilhões.
B A primeira viagem está prevista para 2031.
B Prefeitos da região comemoraram o anúncio.
at Originalmente publicado em Jornal Paulista.
tk ADA/BRL 2,41 ▼1,87% · SOL/BRL 812,30 ▲0,95% · BTC/BRL 347.912 ▼0,64%
cp Compre cripto com Pix na Mercabit: taxa zero na primeira compra.
dc Aviso: os artigos desta página são reproduzidos de fontes públicas apenas para fins informativos e não representam a opinião da Mercabit. Os direitos pertencem aos autores originais; para remoção, escreva para juridico@mercabit.com.br.
rl Mais lidas
rl Exchanges brasileiras registram recorde de volume em fevereiro
rl Exchanges brasileiras registram recorde de volume em fevereiro
rl MoedaHoje2026/03/02 15:33
""")

case("it-101", "it", "Italian local news: breadcrumb, byline, 'images for reference' style notice and 'Fonte' line, tag list and newsletter pitch; extra blank lines before the footer.", """
nv Home / Cronaca / Venezia
T Venezia, il ticket d'accesso sarà esteso a 90 giorni nel 2026
ot di Marco Bellini – 20 gennaio 2026
B Il Comune di Venezia ha deciso di estendere il contributo d'accesso per i visitatori giornalieri a 90 giorni nel corso del 2026.
B Il biglietto costerà 5 euro se acquistato in anticipo e 10 euro negli ultimi tre giorni.
B Sono esentati i residenti del Veneto e gli studenti.
B L'anno scorso il contributo ha fruttato 5,4 milioni di euro.
=
=
ot Le immagini sono puramente indicative; foto e testi raccolti da fonti terze, i diritti restano ai rispettivi proprietari.
at Fonte: La Gazzetta della Laguna
nv Tag: Venezia, turismo, ticket
nl Iscriviti alla newsletter di Cronaca Veneta
""")
