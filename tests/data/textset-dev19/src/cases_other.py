# Cases in other languages: (id, lang, options, notes, tagged text)
CASES = [
("ja-001", "ja", "", "Japanese crypto news site: menu, doubled dek, story on a domestic exchange's yen stablecoin with subheads, promo, squashed ticker, disclaimer (免責事項), related articles with stamps and share.", """
nv ホーム｜ニュース｜相場｜入門｜コラム
du 国内交易所が円建てステーブルコインの取り扱いを開始。国内交易所が円建てステーブルコインの取り扱いを開始。
T 朝凪コイン、円建てステーブルコイン「JPYA」の取り扱いを来月開始
ot 編集部　2026年6月10日 18:05
B 暗号資産交換業者の朝凪コインは10日、円建てステーブルコイン「JPYA」の売買サービスを7月1日から始めると発表した。
B JPYAは1トークン＝1円で償還され、裏付け資産は国内銀行の預金で保全される。
B 手数料
B 購入時・売却時ともに無料とし、出金手数料は1回220円とする。
B 同社の井上拓真社長は「送金の実用性を重視した」と述べた。
pr あなたのプロジェクトを10万人の投資家へ。広告掲載のご相談はこちら
tk BTC/JPY ¥10,482,300 +1.2%ETH/JPY ¥512,840 -0.6%XRP/JPY ¥88.14 +0.3%
di 免責事項：本記事は情報提供を目的としたものであり、投資助言ではありません。暗号資産の売買はご自身の判断で行ってください。
rl 関連記事
rl ビットコイン、日銀会合を前に小動き
+rl 仮想通貨ナビ2026/06/10 12:30
sb シェア
"""),

("hard-ja-001", "ja", "", "Hard (ja): the story is about social-media share buttons sending visitor data to platforms and quotes button labels; the page has a real share bar, nav, related list and a trailing-space line.", """
nv トップ > IT・科学 > ネット{sp}
T 「シェア」ボタンで閲覧履歴が送信　自治体サイトの4割で確認
ot 共同デジタル通信　2026/11/02 07:00{sp}
B 個人情報保護委員会は1日、全国の自治体ウェブサイトの約4割で、SNSの「シェア」ボタンを通じて閲覧者の情報が外部に送られていたと発表した。
B ボタンを押さなくても、ページを開いただけで送信される仕組みだった。
B 委員会は、ボタンを画像リンクに置き換えるよう求めた。
B 「いいね」や「ポスト」のボタンも対象になる。
B 専門家の大野早紀氏は「行政サイトこそ閲覧者の信頼が必要だ」と話した。
sb この記事をシェアする
+sb X｜Facebook｜LINE｜はてブ
rl あわせて読みたい
rl 自治体のメール誤送信、昨年度は過去最多
"""),

("ko-001", "ko", "single", "Korean baseball report, single-newline file: portal menu, score widget, story with inning-by-inning short lines kept, share, comment prompt and related news.", """
nv 뉴스 | 스포츠 | 야구 | 축구 | 농구 | 골프
ot 경기종료
ot 한강 트윈스 5 : 3 부산 갈매기
T 한강 트윈스, 9회 역전 투런으로 부산 꺾고 3연승
ot 김도윤 기자 | 입력 2026.05.09 21:48
B 한강 트윈스가 9회초 터진 박세훈의 역전 투런 홈런에 힘입어 부산 갈매기를 5대3으로 이겼다.
B 트윈스는 3연승을 달리며 단독 2위로 올라섰다.
B 득점 과정
B 2회초 트윈스 1점
B 5회말 갈매기 3점
B 7회초 트윈스 2점
B 9회초 트윈스 2점
B 박세훈은 경기 후 "직구 하나만 노렸다"고 말했다.
sb 공유하기
cm 댓글 쓰기
rl 관련 뉴스
rl 갈매기 선발 최준호, 팔꿈치 통증으로 1군 말소
"""),

("ko-002", "ko", "", "Korean crypto exchange news page, noise only after the story: notice stamp, exchange menu, notice on enhanced deposit checks with numbered items, investment warning disclaimer, event promo, ticker lines and related notices.", """
T 바람코인, 해외 거래소 입금 시 여행규칙 확인 절차 강화
B 국내 가상자산 거래소 바람코인은 다음 달 1일부터 해외 거래소에서 들어오는 입금에 대해 확인 절차를 강화한다고 밝혔다.
B 주요 변경 사항은 다음과 같다.
B 1. 100만 원 이상 입금 시 송금인 정보 확인
B 2. 확인되지 않은 입금은 최대 3영업일 보류
B 3. 개인 지갑 입금은 사전 등록 필요
B 회사 측은 금융당국의 자금세탁 방지 지침에 따른 조치라고 설명했다.
ot 공지사항 | 2026-03-18
nv 거래소 | 입출금 | 투자내역 | 코인동향 | 고객센터
pr 신규 가입하고 최대 5만 원 상당 코인 받기 이벤트 진행 중
tk 비트코인 98,410,000 KRW +0.8%
+tk 이더리움 4,820,500 KRW -1.4%
di 가상자산은 가격 변동성이 커 원금 손실이 발생할 수 있습니다. 투자 판단의 책임은 투자자 본인에게 있습니다.
rl 다른 공지 보기
rl 리플(XRP) 네트워크 업그레이드에 따른 입출금 일시 중단 안내
"""),

("es-001", "es", "", "Spanish regional paper, local storm story: cookie consent at the top, menu, byline, story with bullet list of affected roads, mid-story 'Te puede interesar' teaser, share and newsletter lines, footer.", """
ck Utilizamos cookies propias y de terceros para analizar el uso de la web y mostrarte publicidad. Puedes aceptarlas o configurarlas.
+ck Aceptar y continuar
+ck Configurar
nv Portada | Comarcas | Sucesos | Deportes | Opinión
T La tormenta deja 90 litros en dos horas en la Ribera Alta y corta cuatro carreteras
ot Lucía Ferrandis | Alzira | 14 oct 2026 - 19:10
B Una tormenta descargó este martes hasta 90 litros por metro cuadrado en apenas dos horas en varios municipios de la Ribera Alta.
B Carreteras cortadas a las 18.00 horas:
B - CV-50 entre Alzira y Tavernes
B - CV-41 en Carcaixent
B - CV-550 junto al río Magro
B - Camino de la Foia en Algemesí
rl Te puede interesar: El Ayuntamiento de Alzira aprueba el nuevo plan de caminos rurales
B Los bomberos realizaron 37 salidas, la mayoría por bajos inundados.
B No hay heridos.
B La Aemet mantiene el aviso naranja hasta la medianoche.
sb Compartir en WhatsApp
nl Recibe cada mañana las noticias de tu comarca. Suscríbete gratis
ot © Diario de la Ribera. Prohibida la reproducción total o parcial.
"""),

("es-002", "es", "nofinal", "Latin-American crypto aggregator repost: doubled dek, story on a remittance corridor in stablecoins, promo, ticker lines, reposting disclaimer and related block with doubled teaser titles; no final newline.", """
du Las remesas en stablecoins entre EE. UU. y Honduras crecen un 40%.Las remesas en stablecoins entre EE. UU. y Honduras crecen un 40%.
T Remesas en dólares digitales ganan terreno en Centroamérica
B Las remesas enviadas en monedas estables desde Estados Unidos a Honduras crecieron un 40% en el primer semestre, según un informe de la consultora Andina Datos.
B El monto alcanzó los 310 millones de dólares.
B ¿Por qué crecen?
B Los usuarios pagan comisiones de menos del 1%, frente al 5% de las agencias tradicionales.
B "Mi familia recibe el dinero en minutos y lo cambia en la tienda del barrio", contó Marvin Zelaya, albañil en Houston.
B El Banco Central de Honduras aún no regula estas operaciones.
pr ¿Tienes un proyecto cripto? Llega a 200.000 lectores en nuestro boletín patrocinado.
tk Ceiba Logo
+tk Ceiba Precio(CEB)
+tk $1.0003
+tk +0.01%
+tk USD
di Aviso legal: los artículos publicados aquí proceden de fuentes públicas y se ofrecen solo con fines informativos. No representan la opinión de Cambix ni constituyen asesoramiento financiero. Para solicitar su retirada escribe a legal@cambix.example.
rl Quizás te interese
rl El peso argentino digital debuta con poca demanda
rl El peso argentino digital debuta con poca demanda
rl La entrada El peso argentino digital debuta con poca demanda apareció primero en CriptoSur.
+sb Compartir
+rl CriptoSur2026/07/22 14:05
"""),

("hard-es-001", "es", "", "Hard (es): the story is about the market regulator's rules for crypto advertising and quotes the mandatory risk wording; the page carries real crypto promos, a ticker and a disclaimer.", """
tk BTC 63.120 € +0,9% | ETH 3.050 € -0,2%
nv Inicio › Mercados › Criptoactivos
T La CNMV multa a dos influencers por anunciar criptomonedas sin el aviso de riesgo
ot Por Álvaro Sendino · 5 de marzo de 2026
B La Comisión Nacional del Mercado de Valores ha multado con 40.000 euros a dos creadores de contenido por promocionar una plataforma de criptomonedas sin incluir la advertencia obligatoria.
B La norma exige que cada anuncio muestre: "Las criptomonedas son activos de alto riesgo. Puede perder todo el dinero invertido."
B El aviso debe ocupar al menos una quinta parte del espacio del anuncio.
B Los vídeos sancionados prometían "rentabilidades del 20% mensual" y un bono de bienvenida.
B Qué cambia para los creadores
B A partir de abril, los influencers con más de 100.000 seguidores deberán notificar sus campañas a la CNMV con diez días de antelación.
pr Abre tu cuenta en Balear Crypto y recibe 15 € en bitcoin al primer depósito.
pr Publicidad: opera con cripto desde 1 € en NovaX.
di Este contenido es meramente informativo y no constituye recomendación de inversión.
rl Lo más leído
rl Hacienda enviará cartas a 300.000 poseedores de criptoactivos
"""),

("pt-001", "pt", "", "Brazilian football page: score widget, report with goals and card lines kept, share bar, 'leia também' teasers, comments count; trailing spaces on some lines.", """
nv ge | Futebol | Brasileirão | Série B | Copa do Brasil{sp}
ot Encerrado{sp}
+ot Serrano FC 3 x 1 Ipiranga{sp}
T Serrano vira sobre o Ipiranga e sai da zona de rebaixamento
ot Por Thiago Menezes — Petrópolis{sp}
ot 12/04/2026 20h31 · Atualizado há 2 horas
B O Serrano venceu o Ipiranga por 3 a 1 neste domingo, de virada, e deixou a zona de rebaixamento da Série B.
B Gols
B Ipiranga: Caíque, aos 9'
B Serrano: Wellington, aos 33' e 71'; Juninho Baiano, aos 88'
B Cartão vermelho: Rafael Lins (Ipiranga), aos 64'
B O técnico Marcão Paixão elogiou a reação: "O time não se entregou".
B O Serrano volta a campo no sábado contra o Tupi.
sb Compartilhar: WhatsApp | Facebook | X
rl Leia também
rl Ipiranga demite preparador físico após quarta derrota
cm 58 comentários
"""),

("pt-002", "pt", "", "Portuguese finance portal scraped with the sidebar after the story (noise only at the bottom): byline, index box (PSI, EUR/USD, Bitcoin), menu, story on a bank's digital-euro pilot, quoted one-liner, disclaimer, newsletter and related list.", """
T Banco Atlântico testa pagamentos em euro digital com 500 clientes
B O Banco Atlântico vai testar durante três meses pagamentos em euro digital com 500 clientes de Lisboa e do Porto.
B O projeto-piloto faz parte de um programa do Banco Central Europeu com 12 bancos da zona euro.
B Os clientes poderão pagar em 40 lojas aderentes através da aplicação do banco.
B "Queremos perceber o que as pessoas esperam de um euro digital."
B A frase é do administrador Rui Cabral, que não prevê custos para os participantes.
ot Marta Vasconcelos | 18 Fev 2026, 11:20
tk PSI 6.812,40 +0,35%
+tk EUR/USD 1,0874 -0,12%
+tk Bitcoin 61.420,00 € +1,8%
nv Mercados | Empresas | Economia | Cripto
di A informação disponibilizada não constitui aconselhamento financeiro.
nl Receba a newsletter Mercados ao Fecho todos os dias às 18h00.
rl Mais lidas
rl Inflação abranda para 2,1% em janeiro
rl Taxas Euribor descem pela quarta semana
"""),

("de-001", "de", "crlf", "German regional paper, rail disruption story: consent layer with buttons, menu, byline, story with subheadings and list of affected connections, advert label and 'Lesen Sie auch' teaser mid-story, newsletter pitch; CRLF file.", """
ck Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. Ihre Einwilligung können Sie jederzeit widerrufen.
+ck Alle akzeptieren
+ck Ablehnen
+ck Einstellungen
nv Startseite | Region | Politik | Wirtschaft | Sport | Kultur
T Bahnstrecke Kassel–Fulda ab Montag drei Wochen gesperrt
ot Von Jana Brückner | 27.02.2026, 17:33 Uhr
B Wegen Bauarbeiten an zwei Tunneln wird die Bahnstrecke zwischen Kassel und Fulda ab Montag für drei Wochen voll gesperrt.
B Was betroffen ist
B - ICE-Züge Hamburg–München werden über Erfurt umgeleitet
B - Regionalzüge RE5 fallen zwischen Bebra und Fulda aus
B - Zwischen Bebra und Fulda fahren Ersatzbusse
ot Anzeige
rl Lesen Sie auch: Neuer Fahrplan bringt mehr Sprinter nach Berlin
B Fahrgäste sollten rund 45 Minuten mehr Reisezeit einplanen.
B Für Pendler zwischen Bebra und Bad Hersfeld ändert sich dagegen wenig.
B „Wir wissen, dass das eine Zumutung ist“, sagte ein Sprecher der Netzgesellschaft.
B Wie geht es weiter
B Die Arbeiten sollen am 23. März abgeschlossen sein, teilte die Netzgesellschaft mit.
nl Der Morgen in Nordhessen: Jeden Werktag um 6 Uhr im Postfach. Jetzt kostenlos abonnieren
sb Artikel teilen
"""),

("de-002", "de", "", "German finance portal: DAX/crypto ticker box, story on BaFin licence for a crypto custodian with list of facts, Haftungsausschluss disclaimer, broker promo, related links; trailing NBSP on some lines.", """
tk DAX 18.944,20 +0,6%{nbsp}
+tk MDAX 26.110,85 -0,3%{nbsp}
+tk BTC/EUR 62.380 +1,4%{nbsp}
nv Börse › Krypto › Regulierung
T BaFin erteilt Frankfurter Start-up Lizenz für Krypto-Verwahrung
ot Tobias Reinhold · 14.01.2026 · 3 Min. Lesezeit
B Die Finanzaufsicht BaFin hat dem Frankfurter Start-up Mainvault die Erlaubnis zur Verwahrung von Kryptowerten erteilt.
B Die wichtigsten Fakten:
B • Mainvault verwahrt derzeit Werte von rund 400 Millionen Euro
B • Kunden sind vor allem Sparkassen und Vermögensverwalter
B • Die Schlüssel liegen in zwei Rechenzentren in Hessen
B Gründerin Katrin Oehm sprach von einem „wichtigen Schritt für institutionelle Anleger“.
pr Krypto ab 1 Euro handeln – jetzt Depot bei Flinktrade eröffnen
di Haftungsausschluss: Die Inhalte dienen ausschließlich der Information und stellen keine Anlageberatung dar.
rl Weitere Artikel
rl Sparkassen wollen Bitcoin-Handel im Sommer starten
"""),

("hard-de-001", "de", "", "Hard (de): the story is a court ruling on website 'Haftungsausschluss' boilerplate and quotes such a clause; the page itself carries a real Haftungsausschluss, nav and share/comment furniture.", """
nv Recht & Steuern › Internetrecht
T Gericht: Pauschaler Haftungsausschluss im Impressum ist wirkungslos
ot Dr. Lena Hartwig | 09.09.2026
B Das Landgericht Lüneburg hat entschieden, dass ein pauschaler Haftungsausschluss im Impressum einer Website Betreiber nicht von der Haftung für verlinkte Inhalte befreit.
B Der Kläger hatte einen Blog verklagt, der auf eine Seite mit falschen Behauptungen über ihn verlinkt hatte.
B Im Impressum stand: „Für die Inhalte externer Links übernehmen wir keine Haftung.“
B Nach Ansicht des Gerichts reicht ein solcher Satz nicht aus.
B Entscheidend sei, ob der Betreiber die Rechtswidrigkeit hätte erkennen können.
B Das Urteil ist noch nicht rechtskräftig (Az. 4 O 118/26).
di Hinweis: Dieser Beitrag ersetzt keine Rechtsberatung im Einzelfall. Für die Richtigkeit der Angaben übernehmen wir keine Gewähr.
sb Teilen: E-Mail | LinkedIn | XING
cm Kommentare (4) – Jetzt mitdiskutieren
rl Mehr zum Thema Internetrecht
"""),

("fr-001", "fr", "", "French culture news: menu, byline, story about a theatre festival programme with list of shows kept, 'Lire aussi' teaser mid-story, share bar, consent text at the bottom; trailing tabs.", """
nv Accueil · Culture · Scènes · Cinéma · Livres{tab}
T Le festival des Nuits de Lanvallay dévoile une programmation tournée vers la jeunesse
ot Par Camille Guérin · Publié le 2 mai 2026 à 10h15{tab}
B Le festival de théâtre des Nuits de Lanvallay, dans les Côtes-d'Armor, a présenté jeudi une édition 2026 largement consacrée au jeune public.
B Au programme :
B – « Le Phare et la Baleine », dès 6 ans
B – « Nos grands-mères ont voté », création de la compagnie du Quai
B – une nuit de lectures en plein air le 14 juillet
rl Lire aussi : À Dinan, le cinéma Émeraude rouvre après deux ans de travaux
B La directrice, Solène Le Goff, veut « faire venir les familles qui n'ont jamais mis les pieds au théâtre ».
B Les places seront vendues à 8 euros.
sb Partager : Facebook | X | Courriel
ck En poursuivant votre navigation, vous acceptez le dépôt de traceurs destinés à la mesure d'audience. En savoir plus
ck Fermer
"""),

("fr-002", "fr", "", "French science news on a regional daily: breadcrumb, byline, story about a glacier survey with Q/A-style short lines, photo caption, newsletter pitch, most-read list and footer links.", """
nv Accueil > Sciences > Environnement
T Le glacier de Saint-Sorlin a perdu 40 mètres d'épaisseur en vingt ans
ot Nicolas Berthier — 11 août 2026
C Le front du glacier de Saint-Sorlin, en juillet. Photo Arnaud Pelletier
B Les glaciologues de l'université de Grenoble ont publié mardi leur relevé annuel du glacier de Saint-Sorlin, en Savoie.
B Combien a-t-il perdu cette année ?
B 2,1 mètres d'épaisseur en moyenne.
B Peut-il disparaître ?
B Selon les chercheurs, le glacier pourrait n'être plus qu'un névé vers 2060.
B La chercheuse Aline Roux parle d'« un été de plus sans répit ».
nl Chaque vendredi, l'essentiel de la science dans votre boîte mail. Je m'inscris
rl Les plus lus
rl Canicule : trois départements en vigilance rouge
nv Mentions légales · Contact · Publicité · Gestion des cookies
"""),

("hard-fr-001", "fr", "", "Hard (fr): the story is a sanction against app-download nag screens and quotes their wording; the page itself carries real app prompts and nav at the top and an inline teaser mid-story; no noise after the story.", """
nv Téléchargez l'appli Le Courrier de l'Ouest et lisez sans publicité
nv Ouvrir l'appli
nv Économie › Consommation
T La DGCCRF sanctionne un site de petites annonces pour ses fenêtres « Téléchargez l'appli »
ot Publié le 17 juin 2026 · Élodie Marchand
B La répression des fraudes a infligé une amende de 150 000 euros à un site de petites annonces qui bloquait la lecture des annonces derrière une fenêtre « Téléchargez notre appli pour continuer ».
B Le bouton « Continuer sur le site » était caché en bas de l'écran, en gris clair.
B Pour l'administration, il s'agit d'une pratique commerciale trompeuse.
rl À lire aussi : Résiliation en trois clics, premier bilan un an après
B Le site a trois mois pour modifier son parcours.
B Plusieurs associations de consommateurs réclament une règle commune pour toutes les applications.
"""),

("it-001", "it", "nofinal", "Italian local food/culture news: menu, breadcrumb, byline, story about a town's truffle fair with dates and list items, share bar, 'potrebbe interessarti' block and footer; no final newline.", """
nv Home | Cronaca | Politica | Economia | Sport | Eventi
nv Eventi › Sagre e fiere
T Alba, la Fiera del tartufo bianco allunga di una settimana
ot di Giulia Marchetti · 2 settembre 2026
B La Fiera internazionale del tartufo bianco di Alba durerà quest'anno nove settimane invece di otto.
B Le date: dall'11 ottobre al 7 dicembre.
B Le novità principali:
B - un mercato serale il venerdì in piazza Duomo
B - biglietto ridotto a 5 euro per i residenti della provincia
B - navette gratuite dalla stazione
B Il presidente dell'ente fiera, Marco Bosio, prevede oltre 200.000 visitatori.
sb Condividi su Facebook | WhatsApp
rl Potrebbe interessarti
rl Vendemmia 2026, nelle Langhe si parte con dieci giorni di anticipo
ot Gazzetta di Langa s.r.l. – P.IVA 01234560044
"""),

("it-002", "it", "", "Italian crypto aggregator repost, noise only after the story: byline, squashed ticker, story about a bank's bitcoin trading launch, promo, disclaimer, related articles with doubled title, Share and stamp.", """
T Banca Padana apre il trading di bitcoin ai clienti privati
B Banca Padana permetterà ai propri clienti privati di comprare e vendere bitcoin ed ether direttamente dall'app dell'istituto a partire da maggio.
B La custodia sarà affidata a una società autorizzata dalla Consob.
B La commissione sarà dello 0,9% per operazione.
B Il direttore generale Stefano Vitali ha spiegato che la scelta risponde alle richieste dei clienti più giovani.
ot Redazione · 24/03/2026
tk BTC€62.910,40+1,05%ETH€3.011,22-0,48%
pr Vuoi promuovere il tuo token? Scopri i pacchetti sponsor del nostro portale.
di Disclaimer: gli articoli ripubblicati su questo sito provengono da fonti pubbliche e hanno solo scopo informativo. Non costituiscono consulenza finanziaria.
rl Potrebbe piacerti anche
rl Ethereum, fissata a ottobre la data del fork Lucerna
rl Ethereum, fissata a ottobre la data del fork Lucerna
+sb Condividi
+rl CriptoItalia2026/03/24 09:15
"""),

("ru-001", "ru", "single", "Russian tech/science portal, single-newline file: menu, byline, story about a Kazan robotics lab with subheads, inline 'Читайте также', share bar, comments and copyright.", """
nv Главная | Наука | Технологии | Космос | Здоровье
T В Казани испытали робота для осмотра нефтяных резервуаров
ot Анна Сафина, 16 апреля 2026, 12:40
B Инженеры Казанского технического университета провели первые полевые испытания робота, который осматривает стенки нефтяных резервуаров изнутри.
B Робот весит 18 килограммов и передвигается на магнитных колёсах.
B Зачем он нужен
B Сейчас для осмотра резервуар приходится полностью опорожнять и очищать, на это уходит до трёх недель.
rl Читайте также: Российские студенты победили на конкурсе подводных дронов
B Что дальше
B Серийный выпуск планируется в 2027 году, сообщил руководитель проекта Рустам Галиев.
sb Поделиться: ВКонтакте | Telegram | Одноклассники
cm Комментарии (9)
ot © 2026 Наука Поволжья. При перепечатке ссылка обязательна.
"""),

("hard-ru-001", "ru", "", "Hard (ru): the story is about a sharp crypto price drop and lists prices as short body lines that resemble a ticker; the page also carries a real ticker, promo and disclaimer.", """
tk BTC $61 204 −6,1% · ETH $2 940 −7,8% · TON $4,12 −9,3%
nv Криптовалюты / Рынок
T Биткоин упал на 6% после заявления регулятора
ot Игорь Климов · 3 сентября 2026
B Курс биткоина за сутки снизился на 6% на фоне сообщений о проверках криптобирж.
B Цены на 10:00 по Москве:
B Биткоин — $61 204 (−6,1%)
B Эфир — $2 940 (−7,8%)
B Toncoin — $4,12 (−9,3%)
B Аналитик Марина Зуева считает, что рынок «слишком нервно реагирует на слухи».
B Объём ликвидаций превысил $800 млн.
pr Торгуйте криптой без комиссии первые 30 дней — регистрация за минуту
di Информация в статье носит ознакомительный характер и не служит советом по инвестициям.
rl Ещё по теме
rl Майнеры переносят оборудование в Казахстан
"""),

("uk-001", "uk", "", "Ukrainian regional news on education: menu, byline, no headline (the scrape starts with the menu), story about school shelters with a list, advert label mid-story, Telegram subscribe prompt, share and related links.", """
nv Новини | Регіон | Освіта | Спорт | Погода
ot Олена Ткачук, 22 липня 2026, 09:15
B Міська рада Житомира виділила 64 мільйони гривень на облаштування укриттів у 11 школах міста.
B Роботи мають завершити до 1 вересня.
ot Реклама
B Що передбачено:
B — вентиляція та резервне живлення
B — окремі санвузли
B — запас води на 48 годин
B Директорка ліцею №8 Ірина Бондар каже, що учні зможуть навчатися в укритті повний день.
nl Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини міста
sb Поділитися
rl Читайте також
rl Навчальний рік в області почнеться 1 вересня в очному форматі
"""),

("tr-001", "tr", "", "Turkish economy news on a portal: currency ticker line, menu, byline, story on central bank decision with list, ad label, share bar, related news.", """
tk DOLAR 38,42 ▲ | EURO 41,87 ▲ | ALTIN 3.412 ▼ | BIST 100 10.284 ▲
nv Ana Sayfa | Ekonomi | Gündem | Spor | Dünya
T Merkez Bankası politika faizini 250 baz puan indirdi
ot Ekonomi Servisi | 24.07.2026 14:05
B Türkiye Cumhuriyet Merkez Bankası politika faizini yüzde 38,5'ten yüzde 36'ya indirdi.
B Karar piyasa beklentisiyle uyumlu oldu.
B Kurul metninde öne çıkanlar:
B • Enflasyonun ana eğilimi geriliyor
B • Sıkı duruş sürdürülecek
B Ekonomist Deniz Akgül, "Eylülde bir indirim daha gelebilir" dedi.
ot REKLAM
sb Paylaş: Facebook Twitter WhatsApp
rl İlgili Haberler
rl Konut satışları haziranda yüzde 9 arttı
"""),

("pl-001", "pl", "", "Polish sports page: ski jumping World Cup results with ranking list kept as short body lines, score widget, share and comments, blank-line run before footer.", """
nv Sport | Piłka nożna | Skoki | Siatkówka | Żużel
ot Wyniki na żywo ›
T Kamil Wróbel trzeci w Zakopanem, wygrywa Austriak Huber
ot Tomasz Nowicki, 18.01.2026, 18:20
B Kamil Wróbel zajął trzecie miejsce w konkursie Pucharu Świata w skokach narciarskich w Zakopanem.
B Wygrał Austriak Lukas Huber.
B Czołówka konkursu:
B 1. Lukas Huber (Austria) 281,4 pkt
B 2. Jarl Solberg (Norwegia) 276,9 pkt
B 3. Kamil Wróbel (Polska) 274,0 pkt
B Pod Wielką Krokwią zasiadło 18 tysięcy kibiców.
B W niedzielę konkurs drużynowy.
sb Udostępnij
cm Skomentuj (31)
=gap
ot Copyright © 2026 SportPol. Wszelkie prawa zastrzeżone.
"""),

("nl-001", "nl", "", "Dutch local politics news: cookie wall at the top, menu, story about a municipal parking decision, mid-story related teaser, newsletter pitch and footer.", """
ck Deze site gebruikt cookies voor statistieken en gepersonaliseerde advertenties. Akkoord?
+ck Ja, prima
+ck Nee, alleen noodzakelijke
nv Nieuws | Regio | Sport | 112 | Weer
T Gemeenteraad Deventer stemt in met betaald parkeren in binnenstadwijken
ot Door Sanne de Vries · 9 maart 2026, 22:41
B De gemeenteraad van Deventer heeft dinsdagavond ingestemd met betaald parkeren in drie wijken rond de binnenstad.
B Bewoners krijgen een vergunning voor 60 euro per jaar.
rl Ook interessant: Nieuwe fietsenstalling bij station bijna klaar
B Vanaf 1 juli geldt betaald parkeren in de Knutteldorp, de Zandweerd en het Rivierenkwartier.
B Oppositiepartij Lokaal Deventer stemde tegen.
nl Elke ochtend het nieuws uit Deventer in je mailbox? Meld je aan
nv Contact · Colofon · Privacy
"""),

("id-001", "id", "", "Indonesian crypto news repost: doubled dek, story on rupiah stablecoin exchange regulation, promo, ticker lines, disclaimer, related block with stamps.", """
du OJK menerbitkan aturan baru untuk bursa aset kripto.OJK menerbitkan aturan baru untuk bursa aset kripto.
T OJK wajibkan bursa kripto simpan 30% aset nasabah di kustodian lokal
ot Redaksi KriptoKini | Selasa, 12 Mei 2026 15:10 WIB
B Otoritas Jasa Keuangan (OJK) mewajibkan pedagang aset kripto menyimpan sedikitnya 30% aset nasabah di kustodian dalam negeri.
B Aturan ini berlaku mulai 1 Januari 2027.
B Selain itu, pedagang wajib melaporkan transaksi harian kepada bursa.
B Ketua asosiasi pedagang kripto, Hendra Wijaya, menyebut aturan ini "berat tetapi masuk akal".
pr Daftar sekarang dan dapatkan bonus Rp100.000 untuk transaksi pertama!
tk Bitcoin (BTC) Rp1.082.450.000 +0,7%
+tk Ethereum (ETH) Rp52.310.000 -1,1%
di Disclaimer: Artikel ini bukan ajakan membeli atau menjual aset kripto. Keputusan investasi sepenuhnya tanggung jawab pembaca.
rl Baca Juga
rl Volume transaksi kripto April turun 12 persen
+rl KriptoKini2026/05/12 10:32
"""),

("vi-001", "vi", "", "Vietnamese weather/storm news: menu, byline, storm report with list of provinces kept, mid-story related link, share, comment prompt and footer; trailing spaces.", """
nv Thời sự | Thế giới | Kinh doanh | Thời tiết | Giáo dục{sp}
T Bão số 4 sắp đổ bộ Quảng Trị – Thừa Thiên Huế{sp}
ot Ngọc Anh | Thứ sáu, 18/9/2026, 20:10 (GMT+7){sp}
B Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết bão số 4 sẽ đổ bộ đất liền vào chiều mai.
B Các tỉnh cần đề phòng mưa lớn:
B - Quảng Bình
B - Quảng Trị
B - Thừa Thiên Huế
rl Xem thêm: Hà Nội mưa lớn, nhiều tuyến phố ngập sâu
B Ông Nguyễn Văn Hưng, phó giám đốc trung tâm, khuyến cáo người dân không ra khơi.
sb Chia sẻ
cm Ý kiến bạn đọc (12)
ot Bản quyền thuộc Báo Miền Trung Online
"""),

("th-001", "th", "single", "Thai tourism news, single-newline file: menu, byline, story about a new Chiang Mai visitor fee with bullets, LINE add-friend prompt, share and related list.", """
nv หน้าแรก | ข่าว | ท่องเที่ยว | เศรษฐกิจ | กีฬา
T เชียงใหม่เตรียมเก็บค่าธรรมเนียมนักท่องเที่ยวต่างชาติ 150 บาท
ot โดย กองบรรณาธิการ | 5 ก.พ. 2569 14:20 น.
B จังหวัดเชียงใหม่เตรียมเก็บค่าธรรมเนียมนักท่องเที่ยวต่างชาติคนละ 150 บาท เริ่มเดือนมิถุนายน
B รายได้จะนำไปใช้:
B - ดูแลดอยสุเทพและอุทยานแห่งชาติ
B - จัดการขยะในเขตเมืองเก่า
B ผู้ว่าราชการจังหวัดกล่าวว่า "เงินทุกบาทจะกลับมาที่เชียงใหม่"
nv เพิ่มเพื่อนทาง LINE เพื่อรับข่าวก่อนใคร
sb แชร์
rl ข่าวที่เกี่ยวข้อง
rl ภูเก็ตเปิดท่าเรือสำราญแห่งใหม่
"""),

("ar-001", "ar", "", "Arabic business/finance news: index ticker box, menu, byline, story on a Gulf sovereign fund bond sale with list, advert label, share bar, related and blank-line run before the footer.", """
tk تاسي 12,104.55 +0.4% | دبي 4,880.20 -0.1% | برنت 79.30$
nv الرئيسية | اقتصاد | أسواق | شركات | عقارات
T صندوق سيادي خليجي يجمع 4 مليارات دولار من طرح سندات خضراء
ot الرياض – فريق التحرير | 10 مارس 2026
B جمع صندوق الاستثمار الوطني 4 مليارات دولار من طرح سندات خضراء على ثلاث شرائح.
B تفاصيل الطرح:
B - شريحة لسبع سنوات بقيمة 1.5 مليار دولار
B - شريحة لعشر سنوات بقيمة 1.5 مليار دولار
B - شريحة لعشرين عاماً بقيمة مليار دولار
B وتجاوزت طلبات الاكتتاب 17 مليار دولار.
ot إعلان
sb شارك عبر: واتساب | إكس | فيسبوك
rl اقرأ أيضاً
rl ارتفاع أرباح البنوك الخليجية 9% في الربع الأول
=gap
ot جميع الحقوق محفوظة © 2026 الاقتصادي
"""),
]
