# Cases in languages other than en / zh for textset-dev4 (see make_cases.py for the tag format).
CASES = []


def case(cid, notes, lines, **opts):
    CASES.append(dict(id=cid, notes=notes, lines=lines, **opts))


# ---------------------------------------------------------------- ja
case("ja-001", "Japanese portal (Yahoo/LINE-news style) carrying a regional paper's story on bear "
     "sightings: portal menu, delivery time and source name on top; bracketed subheading and ・ list "
     "in the body; related-articles block, last-updated stamp, source name again, comment count and "
     "report link at the bottom. No final newline.", """
nv | ミライニュース
nv | トップ　速報　ライブ　エキスパート　オリジナル
T | 住宅街でクマ目撃相次ぐ　小学校が集団下校に切り替え　深山町
ot | 6/12(金) 17:45配信
at | 北陸日日新聞
B | 12日午前7時ごろ、深山町中央2丁目の住宅街で、体長約1メートルのクマ1頭が歩いているのを通勤中の男性が目撃し、警察に通報した。
B | 町内では今月に入って目撃情報が9件寄せられており、町は注意報を「警報」に引き上げた。
B | けが人は確認されていない。
B | 現場から約300メートルの深山小学校では、12日から当面の間、教職員が付き添う集団下校に切り替えた。
B | 町農林課の担当者は「生ごみや果樹の実を屋外に放置しないでほしい」と呼びかけている。
B | 【クマに出会ったときの注意点】
B^ | ・背中を見せて走って逃げない
B^ | ・大声を出さず、ゆっくり後ずさりする
B^ | ・鈴やラジオで人の存在を知らせる
rl | 【関連記事】
rl^ | 山菜採りの70代男性、クマにかまれ軽傷　深山町の山林
rl^ | 「出没マップ」アクセス急増　町のサイトが一時つながりにくく
ot | 最終更新:6/12(金) 18:02
at | 北陸日日新聞
cm | コメント 218件
ot | 記事に関する報告
""", final=False)

case("hard-ja-001", "Hard (ja): a portal uses AI to hide abusive comments; the body quotes the "
     "'コメント欄は一時的に非表示にしています' notice and has a subheading 'コメントを書く前に'. The page "
     "carries a real comment section (count, write button, sort, one comment with reaction counts) "
     "and an access ranking.", """
nv | ソラマメニュース > IT・科学
T | ニュースサイトのコメント欄、AIが中傷投稿を自動で非表示に　投稿数は2割減
ot | 2026年11月4日 11時20分
ot | 記者：早川美咲
B | ポータルサイト大手のソラマメは4日、ニュース記事のコメント欄に投稿される中傷や差別的な表現をAIで判定し、自動で非表示にする仕組みを全記事に広げたと発表した。
B | 試験導入した9月以降、1日あたりのコメント投稿数は約2割減った一方、削除依頼の件数は半分以下になったという。
B | 同社は、問題のある投稿が一定数を超えた記事では「コメント欄は一時的に非表示にしています」と表示し、書き込みを停止する。
B | 担当の岡田健二執行役員は「議論の場としてのコメント欄を守りたい」と話した。
B | 一方、専門家からは判定基準の透明性を求める声も上がっている。
B | コメントを書く前に
B | 同社は投稿者に対し、送信前に内容を見直すよう促す画面も新たに表示している。
cm | コメント（1,024件）
cm | コメントを書く
cm | 並び替え：おすすめ順｜新着順
cm | yam*****｜2時間前
cm | AIの判定がどこまで正確なのか気になる。
cm | 共感した 312　なるほど 45　うーん 28
rl | アクセスランキング
rl | 1　スマホ決済の不正利用、手口が巧妙に　被害額は過去最多
rl | 2　新型ロケット打ち上げ延期　天候不良のため
""")

# ---------------------------------------------------------------- ko
case("ko-001", "Korean portal (Naver style) real-estate story, single newlines: section menu, press "
     "name, input/modified stamps, reporter name and a reaction/share toolbar on top; reporter "
     "e-mail line, no-redistribution notice, emotion-reaction counts, subscribe-to-reporter button "
     "and most-viewed list at the bottom.", """
nv | 뉴스홈 | 경제 | 부동산
T | 서울 아파트 전세가율 6개월째 상승…"전세 매물 품귀"
at | 한빛경제
ot | 입력 2026.10.15. 오전 9:41  수정 2026.10.15. 오전 10:12
ot | 정다은 기자
sh | 공감 | 댓글 | 공유 | 글씨크기
B | 서울 아파트 매매가격 대비 전세가격 비율(전세가율)이 6개월 연속 상승한 것으로 나타났다.
B | 15일 한빛부동산연구소에 따르면 지난달 서울 아파트 전세가율은 56.8%로 전월보다 0.4%포인트 올랐다.
B | 전세가율이 오른 것은 신규 입주 물량이 줄어든 가운데 임차 수요가 전세로 몰렸기 때문으로 분석된다.
B | 서울의 올해 하반기 아파트 입주 물량은 약 1만2천 가구로, 지난해 같은 기간의 절반 수준이다.
B | 연구소 관계자는 "전세 매물이 부족한 상황이 당분간 이어질 것"이라고 말했다.
ot | 정다은 기자 daeun.jung@hanbitnews.co.kr
di | <저작권자 ⓒ 한빛경제, 무단전재 및 재배포 금지>
sh | 좋아요 14 | 훈훈해요 2 | 슬퍼요 0 | 화나요 5 | 후속기사 원해요 9
nl | 기자 구독하기
rl | 많이 본 뉴스
rl | 1 금리 동결에 대출 금리 '숨 고르기'…주담대 4%대 유지
rl | 2 수도권 청약 경쟁률 평균 38대 1…분양가 상승에도 인기
""", sep="\n")

case("ko-002", "Korean culture site, museum exhibition: app prompt and section menu on top, reporter/"
     "approval line, photo caption between paragraphs, hashtags, share targets, empty comment count "
     "with login prompt and related article.", """
nv | 문화온라인 앱에서 더 빠르게 보기
nv | 전시 · 공연 · 도서 · 영화
T | 조선 후기 민화 200점 한자리에…국립민속미술관 특별전 개막
ot | 이서윤 기자 | 승인 2026.04.21 14:05
B | 조선 후기 민화 200여 점을 한자리에서 볼 수 있는 특별전이 21일 국립민속미술관에서 개막했다.
B | 전시는 '집 안의 정원'이라는 제목으로, 책가도와 화조도, 문자도 등 서민들의 생활 공간을 장식했던 그림을 주제별로 소개한다.
B | 이번 전시에는 해외 박물관 4곳에서 빌려온 작품 31점도 처음으로 국내 관객을 만난다.
C | 특별전에 출품된 19세기 책가도 병풍. 국립민속미술관 제공
B | 미술관 측은 "민화는 이름 없는 화가들이 남긴 생활의 기록"이라며 "작품 속 소망과 유머를 함께 느껴보길 바란다"고 밝혔다.
B | 전시는 8월 30일까지 이어지며 관람료는 무료다.
nv | #민화 #국립민속미술관 #특별전
sh | 카카오톡 공유 | 페이스북 | 링크 복사
cm | 댓글 0
cm | 로그인 후 댓글을 작성할 수 있습니다.
rl | 관련기사
rl | 여름방학 어린이 전시 추천…체험형 전시 5선
""")

# ---------------------------------------------------------------- es
case("es-001", "Spanish sports paper, football match report: consent dialog with three buttons and "
     "breadcrumb on top, byline/place/time line; the 'Ficha técnica' lines are body; teasers, "
     "WhatsApp share and comment count at the bottom.", """
ck | Valoramos tu privacidad
ck | Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad relacionada con tus preferencias. Puedes aceptarlas, rechazarlas o configurarlas.
ck | Rechazar
ck | Configurar
ck | Aceptar y cerrar
nv | Deportes > Fútbol > Segunda División
T | El Real Vallehermoso remonta en el descuento y sale del descenso
ot | Andrés Pacheco | Vallehermoso | 16/03/2026 21:58 h.
B | El Real Vallehermoso logró una victoria agónica (2-1) ante el CD Puerto Alto gracias a dos goles en los últimos diez minutos y abandona por primera vez en dos meses los puestos de descenso.
B | Los visitantes se adelantaron en el minuto 34 con un cabezazo de Iker Bastida tras un saque de esquina.
B | El empate llegó en el 81, cuando el extremo Nico Ferraz aprovechó un rechace dentro del área.
B | Ya en el tiempo añadido, el central Samuel Oyarzun remató de volea un balón suelto y desató la locura en el Estadio Municipal de La Fuente.
B | «Este equipo no se rinde nunca», dijo el entrenador local, Javier Lumbreras, en la sala de prensa.
B | Ficha técnica:
B^ | Real Vallehermoso: Garrido; Pons, Oyarzun, Díez, Cano; Marín, Uribe (Ferraz, min. 65); Sosa, Abad, Lago; Ruiz.
B^ | Árbitro: Daniel Prieto Gil. Amonestó a Uribe, Bastida y Cano.
rl | Te puede interesar
rl | El Puerto Alto destituye a su entrenador tras la tercera derrota seguida
rl | Calendario de Segunda: así quedan las últimas jornadas
sh | Compartir en WhatsApp
cm | Ver comentarios (22)
""")

case("hard-es-001", "Hard (es): a draft law obliging media to label AI-assisted articles; the body quotes "
     "the model label ('Este artículo ha sido elaborado con la asistencia de…') and lists changes. "
     "The page ends with its own real AI-assistance note (disclaimer), an agency credit, most-read "
     "teasers and a newsletter pitch.", """
nv | Diario Meridiano | Tecnología
T | Los medios deberán avisar cuando un artículo haya sido redactado con ayuda de inteligencia artificial
ot | Lucía Ferrer Almagro
ot | Madrid, 5 de mayo de 2026 - 12:40 CEST
B | Los medios de comunicación que publiquen textos generados total o parcialmente con inteligencia artificial deberán indicarlo de forma visible al inicio o al final de cada pieza, según el anteproyecto aprobado este martes por el Consejo de Ministros.
B | El texto propone una fórmula tipo: «Este artículo ha sido elaborado con la asistencia de una herramienta de inteligencia artificial y revisado por la redacción».
B | Las empresas que incumplan la obligación podrán ser sancionadas con multas de hasta 300.000 euros.
B | Qué cambia para los lectores
B | - Las etiquetas deberán aparecer también en las versiones para móvil y en las alertas.
B | - Las imágenes sintéticas llevarán una marca de agua.
B | - Quedan fuera las herramientas de corrección ortográfica y traducción.
B | La Federación de Editores de Prensa ha pedido un periodo de adaptación de al menos un año.
di | Nota: Este texto se ha preparado con apoyo de herramientas de IA para la transcripción de las declaraciones y ha sido revisado por nuestra redacción.
at | Con información de Agencia Ibérica de Noticias (AIN)
rl | Lo más leído
rl | El Gobierno aprueba el calendario de festivos de 2027
rl | Ocho de cada diez jóvenes se informan solo por redes sociales
nl | Recibe cada mañana nuestro boletín de tecnología
""")

# ---------------------------------------------------------------- pt
case("pt-001", "Brazilian agribusiness site, coffee harvest: doubled dek glued on the first line, "
     "section menu, byline/place and updated stamp; inline 'Leia também' teaser mid-story; "
     "WhatsApp-channel prompt, a commodity price strip on one line and most-read teasers.", """
du | Seca prejudicou a florada no Sul de Minas.Seca prejudicou a florada no Sul de Minas.
nv | Agro | Mercado | Clima | Cotações
T | Colheita de café em Minas deve cair 9% após seca prolongada, estima cooperativa
ot | Por Rafael Monteiro — Varginha (MG)
ot | 24/06/2026 07h03 · Atualizado há 2 horas
B | A colheita de café arábica no Sul de Minas deve ficar 9% abaixo da safra passada, segundo estimativa divulgada nesta terça-feira pela Cooperativa dos Cafeicultores da Serra Verde.
B | A previsão é de 3,1 milhões de sacas de 60 quilos, ante 3,4 milhões em 2025.
B | Segundo a cooperativa, a seca entre agosto e outubro do ano passado prejudicou a florada em boa parte das lavouras.
rl | Leia também: Preço do leite pago ao produtor sobe pelo quarto mês seguido
B | Apesar da quebra, os preços seguem firmes. A saca do arábica tipo 6 foi negociada a R$ 1.742 na segunda-feira em Varginha.
B | "Quem tem café armazenado está segurando a venda à espera de preços ainda melhores", afirmou o presidente da cooperativa, Osvaldo Rezende.
nl | Siga o canal do AgroCampo no WhatsApp e receba as notícias do campo no celular
ct | Café arábica R$ 1.742,00 ▲ 1,2% | Soja R$ 128,40 ▼ 0,5% | Milho R$ 61,15 ▲ 0,3% | Boi gordo R$ 312,80 ▲ 0,1%
rl | Mais lidas
rl | Geada atinge lavouras de trigo no Paraná
rl | Exportações de carne bovina batem recorde em maio
""")

# ---------------------------------------------------------------- de
case("de-001", "German local paper, council decision on a cycle lane: consent dialog and breadcrumb "
     "on top, byline and time; 'Anzeige' label mid-story; subscription upsell, teasers and keyword "
     "list at the bottom.", """
ck | Wir brauchen Ihre Zustimmung
ck | Diese Website nutzt Cookies und vergleichbare Technologien, um Inhalte und Anzeigen zu personalisieren und die Nutzung zu analysieren. Ihre Einwilligung können Sie jederzeit unter „Datenschutz-Einstellungen“ widerrufen.
ck | Alle akzeptieren
ck | Nur notwendige
ck | Einstellungen
nv | Startseite > Lokales > Neustadt am Lindenbach
T | Gemeinderat gibt grünes Licht für Radweg entlang der Lindenstraße
ot | Von Katrin Bauernfeind
ot | 19.02.2026, 18:47 Uhr
B | Neustadt. Der Gemeinderat hat am Mittwochabend mit 17 zu 9 Stimmen beschlossen, entlang der Lindenstraße einen durchgehenden Radweg zu bauen.
B | Dafür fallen auf rund 600 Metern 48 Parkplätze weg. Die Kosten schätzt die Verwaltung auf 1,3 Millionen Euro, von denen das Land etwa 60 Prozent übernehmen soll.
B | Bürgermeister Tobias Reindl (parteilos) sprach von einem „wichtigen Schritt für die Sicherheit von Schulkindern“.
ot | Anzeige
B | Kritik kam von den Einzelhändlern. „Ohne Parkplätze vor der Tür verlieren wir Kundschaft“, sagte Gerda Holzner vom Gewerbeverein.
B | Die Bauarbeiten sollen im Frühjahr 2027 beginnen und etwa acht Monate dauern.
ot | Mehr Lokales lesen mit NZ+ – jetzt 4 Wochen für 0,99 €
rl | Das könnte Sie auch interessieren
rl | Freibad öffnet in diesem Jahr schon Mitte Mai
rl | Neue Buslinie verbindet Ortsteile mit dem Bahnhof
nv | Schlagworte: Neustadt, Gemeinderat, Radverkehr
""")

case("hard-de-001", "Hard (de): a court awards damages over newsletters sent without double opt-in; the "
     "body quotes a sign-up form ('Jetzt Newsletter abonnieren und 10 % sparen') and lists duties. "
     "The page ends with a real newsletter box (pitch, field, button, consent small print). No "
     "final newline.", """
nv | Rechtsblick Online › Urteile › Datenschutz
T | Newsletter ohne Bestätigungsmail: Gericht verurteilt Onlineshop zu Schadenersatz
ot | Dr. Felix Marquardt
ot | 03.09.2026
B | Wer Newsletter verschickt, muss nachweisen können, dass der Empfänger sie wirklich bestellt hat. Das hat das Oberlandesgericht Hallstein entschieden.
B | Geklagt hatte eine Frau, die über Monate Werbe-E-Mails eines Onlineshops für Gartenmöbel erhalten hatte, obwohl sie sich nie angemeldet hatte.
B | Der Shop hatte auf eine Bestätigungsmail („Double-Opt-in“) verzichtet. Jemand hatte die Adresse der Klägerin offenbar in das Anmeldeformular „Jetzt Newsletter abonnieren und 10 % sparen“ eingetragen.
B | Das Gericht sprach ihr 750 Euro Schadenersatz zu.
B | Was Unternehmen jetzt beachten sollten
B^ | - Jede Anmeldung per Bestätigungslink absichern
B^ | - Zeitpunkt und IP-Adresse der Bestätigung speichern
B^ | - In jeder E-Mail einen Abmeldelink anbieten
B | Die Revision wurde nicht zugelassen (Az. 7 U 112/25).
nl | Keine Urteile mehr verpassen: Unser Newsletter erscheint jeden Freitag.
nl | E-Mail-Adresse eingeben
nl | Kostenlos abonnieren
nl | Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung. Die Abmeldung ist jederzeit möglich.
rl | Weitere Urteile
rl | Fotos von Mitarbeitern auf Firmen-Website: Was erlaubt ist
""", final=False)

# ---------------------------------------------------------------- fr
case("fr-001", "French culture review of an exhibition: breadcrumb, byline, published/updated line; "
     "'Lire aussi' teaser mid-story; the practical-info line at the end of the review is body; share "
     "links, related block and comment prompt. Trailing spaces/NBSP on some lines.", """
nv | Culture › Expositions
T | « Marées basses » : Hélène Costard fait entrer la Manche au musée des Tanneurs
ot_ | Par Bastien Lemoine
ot | Publié le 11 avril 2026 à 09h15, mis à jour à 10h02
B | Il faut d'abord traverser une salle presque vide, où seul résonne l'enregistrement d'un ressac, avant de découvrir les quarante toiles qu'Hélène Costard consacre depuis dix ans aux estrans de la côte normande.
B@ | Peintes à marée basse, souvent en moins d'une heure, elles saisissent la lumière au moment précis où la mer se retire.
rl_ | Lire aussi : Le Festival des arts de la rue de Granvillers revient en juillet
B | L'accrochage, sobre, suit le calendrier des marées plutôt que la chronologie.
B | On regrettera seulement l'absence de cartels plus détaillés pour les grands formats.
B | « Marées basses », musée des Tanneurs, Pont-Aven-sur-Orne, jusqu'au 31 août. Entrée : 9 euros.
sh | Partager sur Facebook
sh^ | Partager par e-mail
sh^ | Copier le lien
rl | Sur le même sujet
rl | À Rouen, un festival de photographie investit les anciennes halles
cm | Réagir à cet article
""")

case("hard-fr-001", "Hard (fr): a study of paywalls; the body quotes 'Cet article est réservé aux "
     "abonnés' and one paragraph starts with 'Abonnez-vous, lisez, partez'. The page carries a real "
     "free-article meter, a subscribe offer, a login link, a newsletter pitch and most-read list.", """
nv | L'Écho numérique | Médias
T | Les lecteurs se lassent des murs payants « durs », selon une étude sur 30 quotidiens
ot | Par Camille Dorvault
ot | Le 14 mars 2026 à 07h30
B | Un lecteur sur deux quitte immédiatement une page lorsqu'il tombe sur le message « Cet article est réservé aux abonnés », selon une étude publiée jeudi par l'Observatoire des médias numériques.
B | Les chercheurs ont analysé le comportement de 4,6 millions de visiteurs sur trente sites de presse quotidienne entre 2024 et 2025.
B | Les sites qui laissent lire trois à cinq articles gratuits par mois avant de bloquer l'accès convertissent davantage que ceux qui ferment tout contenu dès le premier clic.
B | Abonnez-vous, lisez, partez : le parcours type du nouvel abonné dure en moyenne onze jours, souligne l'étude.
B | « Le compteur d'articles gratuits rassure. Le mur fermé fait fuir », résume sa coautrice, Inès Bakary.
B | Plusieurs éditeurs interrogés testent désormais des offres à l'article, autour de 0,49 euro.
ot | Il vous reste 2 articles gratuits ce mois-ci.
ot | Abonnez-vous dès 1 € le premier mois — sans engagement.
ot | Déjà abonné ? Se connecter
nl | Recevez chaque vendredi notre lettre « Médias & numérique »
rl | Les plus lus
rl | Radio : la matinale de Cap Info perd 300 000 auditeurs en un an
""")

# ---------------------------------------------------------------- it
case("it-001", "Italian regional paper, red weather alert: section menu, byline/date, caption with "
     "photo credit; 'Leggi anche' block mid-story; subheading and list of phone numbers; a run of "
     "blank lines, then ad label, newsletter pitch, share and tags.", """
nv | Cronaca | Meteo | Regione
T | Allerta rossa in Val Sarmenta: evacuate 400 persone, chiuse le scuole in sette comuni
ot | di Giulia Ferrandi
ot | 02 novembre 2026 | 08:12
C | Il torrente Sarmenta in piena a Borgo San Lio (foto Vigili del fuoco)
B | La Protezione civile regionale ha diramato l'allerta rossa per rischio idrogeologico in tutta la Val Sarmenta, dove nelle ultime 36 ore sono caduti fino a 310 millimetri di pioggia.
B | Circa 400 persone sono state evacuate in via precauzionale dalle frazioni più vicine al torrente.
B | Scuole chiuse oggi e domani a Borgo San Lio, Rivalta, Castelnuovo Alto e in altri quattro comuni.
rl | Leggi anche
rl^ | Frana sulla provinciale 21, strada chiusa fino a nuovo ordine
B | Il sindaco di Borgo San Lio, Marco Pellizzari, ha chiesto ai cittadini di non avvicinarsi agli argini e di limitare gli spostamenti.
B | I numeri utili
B^ | - Sala operativa della Protezione civile: 800 441 200
B^ | - Vigili del fuoco: 115
~
~
~
ot | Pubblicità
nl | Iscriviti alla newsletter della Gazzetta di Valle per ricevere gli aggiornamenti sul maltempo
sh | Condividi
nv | Tag: maltempo, allerta meteo, Val Sarmenta
""")

# ---------------------------------------------------------------- nl
case("nl-001", "Dutch regional site, rail timetable news: two-button consent prompt and section label "
     "on top, byline/date; 'Lees ook' teaser between paragraphs; share links, most-read list and "
     "an app-download prompt at the bottom.", """
ck | Mogen wij cookies plaatsen?
ck | Wij en onze partners gebruiken cookies om de site te laten werken, het gebruik te meten en advertenties af te stemmen op jouw interesses.
ck | Ja, prima
ck | Nee, alleen noodzakelijk
nv | Binnenland · Verkeer
T | Vanaf december elke tien minuten een trein tussen Dordwijk en Leerhaven
ot | Door Sanne Verhoeven
ot | 2 juli 2026, 16:20
B | Reizigers tussen Dordwijk en Leerhaven kunnen vanaf de nieuwe dienstregeling in december overdag elke tien minuten een trein nemen.
B | Nu rijdt er nog een trein per kwartier.
B | Het spoorbedrijf investeert 42 miljoen euro in een extra perron in Leerhaven en een nieuw seinsysteem op het traject.
B | 'Dit is de drukste lijn van de regio en de treinen zitten in de spits propvol', zegt woordvoerder Mark de Ruiter.
rl | Lees ook: Zomerwerkzaamheden: geen treinen tussen Amstelburg en Waalveen
B | Reizigersvereniging Rover-Zuid is blij met het besluit, maar wijst erop dat 's avonds en in het weekend het aantal treinen gelijk blijft.
sh | Deel dit artikel
sh^ | WhatsApp | Facebook | LinkedIn
rl | Meest gelezen
rl | Files op de A16 na ongeluk met vrachtwagen
rl | Gemeente wil parkeervergunning duurder maken
nv | Download de app voor pushberichten bij vertragingen op jouw route
""")

# ---------------------------------------------------------------- pl
case("pl-001", "Polish news site, court verdict; CRLF line endings. GDPR/cookie notice with two "
     "buttons and breadcrumb on top, byline/date; 'Czytaj także' teaser, ad label, comment count "
     "and prompt, most-read list at the bottom.", """
ck | Szanowni Użytkownicy, w związku z RODO informujemy, że przetwarzamy Wasze dane osobowe, w tym zapisane w plikach cookie, w celach statystycznych i marketingowych.
ck | Przejdź do serwisu
ck | Ustawienia prywatności
nv | Wiadomości › Kraj › Sądy
T | Były wójt skazany na dwa lata w zawieszeniu za ustawianie przetargów
ot | Marta Kowalczyk
ot | 27.01.2026, 13:55
B | Sąd Rejonowy w Zielonej Dolinie skazał byłego wójta gminy Brzozowo na dwa lata pozbawienia wolności w zawieszeniu na cztery lata.
B | Według prokuratury Henryk S. w latach 2019–2022 ustawił cztery przetargi na remonty dróg gminnych o łącznej wartości 6,8 mln zł.
B | Zamówienia trafiały do firmy prowadzonej przez jego szwagra.
B | Sąd orzekł również 80 tys. zł grzywny i pięcioletni zakaz zajmowania stanowisk w samorządzie.
B | Wyrok jest nieprawomocny. Obrońca zapowiedział apelację.
rl | Czytaj także: Prokuratura bada umowy na odśnieżanie w powiecie
ot | Reklama
cm | Komentarze (58)
cm | Dodaj komentarz jako gość lub zaloguj się
rl | Najczęściej czytane
rl | Mróz do minus 20 stopni. Synoptycy ostrzegają
""", crlf=True)

# ---------------------------------------------------------------- tr
case("tr-001", "Turkish economy page, inflation figures: FX/gold/index strip squashed on one line and "
     "breadcrumb on top, desk byline with updated stamp; teasers, a crypto-exchange promo, share "
     "targets and a market-data delay/no-advice notice at the bottom.", """
ct | DOLAR 38,4215 %0,12EURO 41,9820 %-0,08ALTIN 3.412,55 %0,64BIST 100 10.284 %1,21
nv | Ana Sayfa / Ekonomi
T | Yıllık enflasyon mayısta yüzde 31,2'ye geriledi
ot | Ekonomi Servisi
ot | 03.06.2026 10:05 | Son Güncelleme: 03.06.2026 10:31
B | Tüketici fiyatları mayıs ayında aylık bazda yüzde 1,4 artarken, yıllık enflasyon yüzde 31,2'ye geriledi.
B | Nisan ayında yıllık enflasyon yüzde 33,9 olarak açıklanmıştı.
B | En yüksek yıllık artış yüzde 58 ile eğitim grubunda görüldü. Bunu yüzde 47 ile konut izledi.
B | Ekonomistler, yaz aylarında gıda fiyatlarındaki düşüşün enflasyonu bir miktar daha aşağı çekebileceğini öngörüyor.
B | Merkez Bankası'nın para politikası kurulu toplantısı 18 Haziran'da yapılacak.
rl | İlginizi çekebilir
rl | Emekli maaş zammı için geri sayım başladı
rl | Akaryakıta indirim geldi: İşte güncel pompa fiyatları
cp | Kripto para alım satımında komisyonsuz dönem! Hemen üye ol, 100 TL hoş geldin bonusu kazan.
sh | Paylaş: Facebook | X | WhatsApp
di | Sayfadaki piyasa verileri 15 dakika gecikmelidir ve yatırım tavsiyesi niteliği taşımaz.
""")

# ---------------------------------------------------------------- id / vi
case("id-001", "Indonesian news site, dengue outbreak: breadcrumb, byline and WIB timestamp on top; "
     "'Baca juga' teaser mid-story; list of prevention steps; editor initials, WhatsApp-channel "
     "prompt, tags and related news at the bottom. Trailing spaces/tabs on some lines.", """
nv | Beranda › Kesehatan
T | Kasus DBD di Kabupaten Sukamaju naik tiga kali lipat, dinkes siagakan 14 puskesmas
ot_ | Oleh: Rina Wulandari
ot | Kamis, 12 Feb 2026 15:40 WIB
B | Dinas Kesehatan Kabupaten Sukamaju mencatat 612 kasus demam berdarah dengue (DBD) sepanjang Januari 2026, naik hampir tiga kali lipat dibandingkan periode yang sama tahun lalu.
B% | Empat pasien, seluruhnya anak-anak, dilaporkan meninggal dunia.
rl | Baca juga: Musim hujan, ini tanda-tanda anak terkena DBD yang perlu diwaspadai
B | Kepala Dinas Kesehatan Sukamaju, dr. Hendra Saputra, mengatakan pihaknya telah menyiagakan 14 puskesmas untuk menangani pasien 24 jam.
B_ | "Gerakan 3M Plus harus dilakukan serentak, tidak bisa hanya di satu RT," ujarnya.
B | Gerakan 3M Plus meliputi:
B^ | - Menguras tempat penampungan air
B^ | - Menutup rapat wadah air
B^ | - Mendaur ulang barang bekas
B^ | - Memakai losion antinyamuk
at | (rwd/adm)
nl | Ikuti saluran WhatsApp Warta Sukamaju untuk kabar terbaru setiap hari
nv | Tag: DBD, demam berdarah, Sukamaju
rl | Berita Terkait
rl | Vaksin dengue masuk program imunisasi di 10 provinsi
""")

case("vi-001", "Vietnamese news site, national exam day: breadcrumb and date on top; 'Xem thêm' teaser "
     "mid-story; author name line, share/copy-link bar, reader-comment count, related news and tags "
     "at the bottom.", """
nv | Trang chủ » Giáo dục » Tuyển sinh
T | Hơn 1,1 triệu thí sinh bước vào kỳ thi tốt nghiệp THPT 2026
ot | Thứ năm, 25/6/2026, 06:30 (GMT+7)
B | Sáng nay, hơn 1,1 triệu thí sinh trên cả nước bắt đầu làm bài thi môn Ngữ văn, mở đầu kỳ thi tốt nghiệp trung học phổ thông năm 2026.
B | Theo Bộ Giáo dục và Đào tạo, năm nay có 2.318 điểm thi với khoảng 48.000 phòng thi.
B | Thí sinh thi bắt buộc hai môn Toán, Ngữ văn và hai môn tự chọn.
rl | Xem thêm: Những lưu ý để không bị đình chỉ thi
B | Tại Hà Nội, nhiều phụ huynh đưa con đến điểm thi từ 6 giờ sáng dù trời mưa nhỏ.
B | Kết quả thi dự kiến được công bố vào ngày 16/7.
ot | Minh Khôi
sh | Chia sẻ | Sao chép liên kết
cm | Ý kiến bạn đọc (15)
rl | Tin liên quan
rl | Điểm chuẩn đại học có thể tăng ở nhóm ngành sư phạm
nv | Tags: thi tốt nghiệp THPT, tuyển sinh 2026
""")

# ---------------------------------------------------------------- ru / uk
case("uk-001", "Ukrainian regional site, planned power cuts: breadcrumb, author and date on top; "
     "'Читайте також' teaser and a Telegram-channel prompt between paragraphs; the scrape ends "
     "with the last story line (no bottom noise).", """
nv | Новини › Київщина
ot | Олена Ткаченко
ot | 14 листопада 2026, 09:18
T | На Київщині запровадять графіки відключень світла через ремонт підстанції
B | У трьох громадах Київщини з понеділка діятимуть погодинні графіки відключень електроенергії через планову заміну трансформатора на підстанції «Лісова».
B | Про це повідомили в обласній енергетичній компанії.
rl | Читайте також: Як отримати компенсацію за пошкоджену техніку після стрибка напруги
B | Відключення триватимуть з 9:00 до 17:00 і зачеплять близько 12 тисяч споживачів.
B | Ремонт планують завершити до 28 листопада.
nl | Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини регіону
B | У компанії радять заздалегідь зарядити павербанки та перевірити графік на сайті за номером особового рахунку.
""")

case("ru-001", "VK-style community repost of a local culture story: community name, post time and "
     "'repost from' line on top; a pinned-hashtag line and source line, view count, like/repost/"
     "comment counters and a 'show next comments' link at the bottom.", """
ot | Афиша Заречья | Новости города
ot | сегодня в 10:14
ot | запись от сообщества «Заречный вестник»
T | Драмтеатр Заречья откроет сезон премьерой по пьесе местного автора
B | Заречный драматический театр откроет 87-й сезон 19 сентября премьерой спектакля «Лодочная станция» по пьесе местного драматурга Веры Соколовой.
B | Режиссёром постановки выступил Антон Гривцов, ранее работавший в театрах Казани и Перми.
B | Действие пьесы происходит в 1970-е годы на лодочной станции у городского пруда.
B | «Это история про людей, которые всю жизнь собираются уехать и никогда не уезжают», — рассказала автор.
B | Билеты стоят от 450 до 1200 рублей, продажи начнутся 1 сентября.
nv | #Заречье #театр #афиша
at | Источник: «Заречный вестник»
ot | 👁 5,1K
sh | ❤ 214   ↪ 37   💬 12
cm | Показать следующие комментарии
""")

case("hard-ru-001", "Hard (ru): a Telegram-channel post on new rules for labelling adverts; the body "
     "quotes an ad label ('Реклама. ООО …. ИНН …') and a call to subscribers. The channel itself "
     "carries a real ad label and ad, a subscribe call, a source line, emoji reactions, view and "
     "comment counts. Single newlines.", """
ot | Сводка дня 📰
ot | 48 214 подписчиков
T | Каналы с аудиторией от 10 тысяч обязали указывать рекламодателя в каждом посте
B | С 1 сентября владельцы каналов и блогов с аудиторией от 10 тысяч подписчиков должны указывать в каждом рекламном посте не только пометку «Реклама», но и название рекламодателя.
B | Строка вида «Реклама. ООО „Ромашка“. ИНН 7700000000» теперь должна стоять в начале поста, а не в конце, как раньше.
B | За нарушение грозит штраф до 500 тысяч рублей для юрлиц и до 100 тысяч для блогеров.
B | По данным ассоциации «Медиарынок», в прошлом году без маркировки вышло около 40% рекламных публикаций в каналах.
B | «Подписчики имеют право знать, кто платит за пост», — заявил глава ассоциации Кирилл Лапин.
B | Авторы небольших каналов опасаются, что часть рекламодателей уйдёт.
at | Источник: ИА «Вестник-Инфо»
ot | Реклама. ООО «Кофейня Север». ИНН 5401112233
ot | Кофейня «Север» — второй капучино в подарок до конца месяца ☕
nl | Подписывайтесь на «Сводку дня» — только важное, без шума
sh | 👍 1.4K  🔥 312  😢 45  🤬 88
ot | 👁 38.2K  15:42
cm | Комментарии: 214
""", sep="\n")

# ---------------------------------------------------------------- ar / th
case("ar-001", "Arabic economy page, date exports: breadcrumb, byline and date on top; 'اقرأ أيضاً' "
     "teaser mid-story; share label and share targets, most-read list and keywords at the bottom. "
     "No final newline.", """
nv | الرئيسية / اقتصاد
T | صادرات التمور ترتفع 14% في النصف الأول مدعومة بطلب آسيوي
ot | بقلم: سلمى الحربي
ot | الأحد 12 يوليو 2026 - 10:25 ص
B | ارتفعت صادرات التمور بنسبة 14% خلال النصف الأول من العام الجاري لتصل إلى 312 ألف طن، وفق بيانات هيئة تنمية الصادرات.
B | وجاءت الزيادة مدفوعة بارتفاع الطلب في أسواق جنوب شرق آسيا، خاصة إندونيسيا وماليزيا.
B | وقال المتحدث باسم الهيئة، فيصل العتيبي، إن عدد الدول المستوردة ارتفع إلى 118 دولة.
rl | اقرأ أيضاً: أسعار الذهب تتراجع مع صعود الدولار
B | وتوقع العتيبي أن تتجاوز الصادرات 650 ألف طن بنهاية العام.
B | ويعمل في قطاع النخيل أكثر من 40 ألف مزارع، بحسب تقديرات الهيئة.
sh | شارك:
sh^ | فيسبوك | إكس | واتساب | نسخ الرابط
rl | الأكثر قراءة
rl | البنك المركزي يثبت أسعار الفائدة للمرة الثالثة
nv | كلمات مفتاحية: التمور، الصادرات، الزراعة
""", final=False)

case("th-001", "Thai agriculture news on durian prices; the scrape lost the headline (title null) and "
     "has noise only at the bottom: timestamp, related header and teaser, share and comment "
     "prompts, data-credit line.", """
B | ราคาทุเรียนหมอนทองหน้าสวนในจังหวัดจันทบุรีปรับลดลงเหลือเฉลี่ยกิโลกรัมละ 95 บาท จากระดับ 140 บาทเมื่อต้นเดือน
B | เกษตรกรระบุว่าผลผลิตจากหลายพื้นที่ออกสู่ตลาดพร้อมกัน ขณะที่ล้งบางแห่งชะลอการรับซื้อ
B | นายสมศักดิ์ ใจดี นายกสมาคมชาวสวนทุเรียนตะวันออก กล่าวว่า "ถ้าราคาต่ำกว่า 90 บาท ชาวสวนจะเริ่มขาดทุน"
B | สำนักงานเกษตรจังหวัดคาดว่าผลผลิตปีนี้จะอยู่ที่ประมาณ 7.2 แสนตัน เพิ่มขึ้นร้อยละ 11
ot | 18 พ.ค. 2569 14:22 น.
rl | อ่านข่าวที่เกี่ยวข้อง
rl | ส่งออกทุเรียนไปจีนไตรมาสแรกโต 8%
sh | แชร์ข่าวนี้
cm | แสดงความคิดเห็น
at | ขอบคุณข้อมูลจาก สำนักข่าวเกษตรภาคตะวันออก
""")
