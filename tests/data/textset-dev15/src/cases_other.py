"""Cases in other languages of textset-dev15 (ja, ko, es, pt, de, fr, it, ru, uk, tr, pl, nl, id, vi, th, ar)."""

CASES = [
dict(id="ja-001", lang="ja", fmt="", notes="Japanese baseball report with an inning-by-inning line score and pitcher results; noise only at the bottom (share buttons, related articles, copyright).", lines="""
t| 港北ドルフィンズ、延長十回サヨナラ勝ち　山手に3－2
b| 【横浜】15日、港北ドルフィンズが延長十回に山手ベアーズを3－2で下した。
b| 山手　010 010 000 0｜2
b| 港北　000 200 000 1｜3
b| 十回裏、一死二塁から代打の村瀬が中前へ決勝打を放った。
b| 勝利投手　小野寺（4勝2敗）
b| 敗戦投手　川島（1勝5敗）
b| 「打てる球だけを待っていた」と村瀬は振り返った。
sb| この記事をシェアする　X　LINE　はてブ
rl| 関連記事
+rl| 山手ベアーズ、守護神の登録抹消を発表
+rl| ドルフィンズ新外国人、来日初安打
ot| Copyright © 港北スポーツ新聞社　無断転載を禁じます
"""),

dict(id="hard-ja-001", lang="ja", fmt="", notes="Hard: story on the telecom law's external-transmission (cookie) disclosure rules, with its own list of required items and a quoted consent-button text; the page carries a real cookie banner, ad label and related links.", lines="""
ck| 当サイトはCookieを使用しています。引き続き閲覧する場合は同意したものとみなします。
+ck| 同意する　　詳細設定
nv| ITジャーナル ＞ 法律・規制
t| 外部送信規律、違反サイトに初の行政指導　Cookie同意画面の表示不備
ot| 2026年11月12日 11:20　文・佐伯真央
b| 総務省は12日、利用者情報の外部送信に関する表示が不十分だとして、通販サイト3社に行政指導を行った。
b| 表示が必要な項目
b| ・送信される情報の内容
b| ・送信先の事業者名
b| ・利用目的
b| 指導を受けたサイトでは「同意する」ボタンしか表示されていなかった。
b| 各社は12月末までに改善報告を提出する。
ot| 広告
rl| あわせて読みたい
+rl| スマホアプリの位置情報、9割が第三者に送信
"""),

dict(id="ko-001", lang="ko", fmt="single", notes="Korean district-head by-election tally with candidate votes and turnout, single newlines; portal nav, reporter line, font-size/print tools, related list and copyright.", lines="""
nv| 뉴스홈 | 정치 | 경제 | 사회 | 지역
t| 남원구청장 재선거, 무소속 한지수 당선…득표율 41.2%
ot| 김도윤 기자 | 입력 2026.11.13 00:41
ot| 글자크기 | 인쇄
b| 12일 치러진 남원구청장 재선거에서 무소속 한지수 후보가 당선됐다.
b| 후보별 득표
b| 한지수(무소속) 38,104표(41.2%)
b| 박정민(가당) 33,560표(36.3%)
b| 이수경(나당) 20,811표(22.5%)
b| 투표율은 38.9%로 집계됐다.
b| 한 당선인은 13일 오전 취임한다.
rl| 관련기사
+rl| 남원구청장 재선거 사전투표율 12.4%
+rl| 재선거 비용 21억원…원인 제공자 부담 논란
ot| ⓒ 남원일보 무단전재 및 재배포 금지
"""),

dict(id="hard-ko-001", lang="ko", fmt="", notes="Hard: story on the 'kimchi premium' with its own list of coin prices on a domestic exchange versus abroad; the page has a real won-price ticker, an exchange promo and an investment disclaimer.", lines="""
ct| BTC 104,820,000원 -0.6% | ETH 5,302,000원 -1.1% | XRP 1,082원 +0.4%
t| 김치 프리미엄 3.8%로 확대…국내 거래소 가격 일제히 높아
ot| 코인타임즈 이서연 기자
b| 국내 거래소의 가상자산 가격이 해외보다 평균 3.8% 높은 것으로 나타났다.
b| 15일 오후 3시 기준 가격
b| 비트코인: 국내 1억482만원, 해외 환산 1억98만원
b| 이더리움: 국내 530만2천원, 해외 환산 511만원
b| 리플: 국내 1,082원, 해외 환산 1,041원
b| 전문가들은 원화 약세와 개인 매수세를 원인으로 꼽았다.
cp| 지금 가입하면 거래 수수료 50% 할인 쿠폰 지급
di| 본 기사는 투자 권유가 아니며, 투자 판단의 책임은 투자자 본인에게 있습니다.
rl| 많이 본 뉴스
+rl| 거래소 원화 입금 한도 상향
"""),

dict(id="es-001", lang="es", fmt="", notes="Spanish page without a headline: football match report with score line, scorers and a short standings list; aggregator header, source line, live-scores widget in the middle, share and related.", lines="""
nv| Deportes al Minuto
at| Fuente: Diario del Levante
ot| 15/11/2026 · 22:31
b| El Atlético Marismas ganó 2-0 al Real Albacar y sigue líder.
b| Atlético Marismas 2 – Real Albacar 0
b| Goles: Iñaki Sola (34'), Rubén Cano (71')
ot| EN DIRECTO  Sporting Vega 1-1 Unión Roque (78')
b| Así queda la cabeza de la tabla
b| 1. Atlético Marismas, 30 puntos
b| 2. Unión Roque, 27 puntos
b| 3. Real Albacar, 25 puntos
b| El próximo partido del líder será el sábado en Vega.
sb| Comparte esta crónica: WhatsApp / Telegram / X
rl| Más noticias de fútbol
+rl| El Real Albacar confirma la lesión de su portero
"""),

dict(id="es-002", lang="es", fmt="crlf", notes="Spanish recipe: ingredients and numbered steps under short subheadings; CRLF endings. No noise above the story: an ad label between the lists, then video prompt, ad, newsletter and comment prompt at the bottom.", lines="""
t| Tortilla de calabacín y cebolla al horno
b| Una versión más ligera de la tortilla de siempre, sin freír las patatas.
b| Para 4 personas · 40 minutos
b| Ingredientes
+b| 2 calabacines medianos
+b| 1 cebolla dulce
+b| 6 huevos
+b| Sal y aceite de oliva
ot| Publicidad
b| Preparación
+b| 1. Corta el calabacín en rodajas finas y pocha la cebolla 10 minutos.
+b| 2. Bate los huevos, mezcla con las verduras y sazona.
+b| 3. Hornea a 180 ºC durante 25 minutos.
ot| ▶ Mira el vídeo de la receta
ot| Publicidad · Sigue leyendo debajo
nl| Recibe cada jueves nuestras recetas de temporada en tu correo
cm| ¿La has preparado? Cuéntanos en los comentarios
"""),

dict(id="hard-es-001", lang="es", fmt="", notes="Hard: media story on paywalls and digital subscriptions with its own figures list; the page carries a real paywall meter, subscription offer and newsletter box.", lines="""
ot| Te quedan 3 artículos gratuitos este mes
nv| Portada > Medios
t| Los muros de pago ganan lectores: 1,2 millones de suscriptores digitales
ot| Por Clara Ibáñez
b| Los diarios españoles sumaron 1,2 millones de suscripciones digitales en septiembre, según la Asociación de Editores.
b| Las cifras clave
b| - Suscriptores digitales: 1.214.000
b| - Precio medio: 7,40 euros al mes
b| - Lectores que cancelan en el primer año: 38%
b| El 62% de los nuevos suscriptores llegó tras toparse con un muro de pago.
b| «El lector paga cuando siente que se pierde algo», dijo la analista Marta Gil.
ot| Suscríbete por 1 € el primer mes
nl| Boletín de Medios: la actualidad del sector cada lunes. Apúntate
rl| Te puede interesar
+rl| La radio local pierde oyentes por tercer año
"""),

dict(id="pt-001", lang="pt", fmt="trail", notes="Brazilian municipal runoff tally with valid-vote percentages, abstention and a 'what happens now' subheading; menu, byline, ad label in the middle, related and cookie notice at the bottom. Trailing whitespace.", lines="""
nv| Menu   Buscar   Assine
t| Segundo turno: Helena Prado é eleita prefeita de Vila Serrana
ot| Por Rodrigo Teles, de Vila Serrana
b| Helena Prado (PSX) venceu o segundo turno em Vila Serrana neste domingo.
b| Resultado (100% das urnas apuradas)
b| Helena Prado: 51,8% dos votos válidos
b| Otávio Rangel: 48,2% dos votos válidos
b| Abstenção: 22,4%
ot| Publicidade
b| O que acontece agora
b| A posse está marcada para 1º de janeiro de 2027.
b| Prado terá maioria simples na Câmara, com 9 das 17 cadeiras.
rl| Leia também
+rl| Debate final teve troca de acusações sobre saúde
ck| Usamos cookies para melhorar sua experiência. Ao continuar, você concorda.  OK
"""),

dict(id="hard-pt-001", lang="pt", fmt="", notes="Hard: football report whose own score line and classification rows must be kept, on a page with a live-scores box and a classification widget with similar rows, share buttons and comments.", lines="""
ot| AO VIVO  Náutico Sul 0 x 1 Operário Leste (55')  |  Grêmio Serrano 2 x 0 Ipiranga (FIM)
t| Atlético Ribeira vence clássico e assume a liderança
ot| Da redação · 15/11/2026 19h48
b| Atlético Ribeira 3 x 1 União Paraná
b| O Atlético Ribeira venceu o clássico deste sábado e assumiu a liderança da Série B estadual.
b| Gols: Tiago Leme (12' e 40'), Caio Nunes (77'); Bruno Sá (65') descontou.
b| Como ficou o topo da tabela
b| 1º Atlético Ribeira – 41 pontos
b| 2º União Paraná – 40 pontos
b| 3º Grêmio Serrano – 38 pontos
b| O time volta a campo na quarta-feira.
ot| Classificação
+ot| 1 Atlético Ribeira 41
+ot| 2 União Paraná 40
+ot| Ver tabela completa
sb| Compartilhe: WhatsApp | Facebook | Telegram
cm| 23 comentários
"""),

dict(id="de-001", lang="de", fmt="gap=3", notes="German rail strike timeline with date-led lines and 'Was jetzt passiert' subheading; breadcrumb, 'Hören' player, ad marker, related list and footer. Extra blank lines before the footer.", lines="""
nv| Startseite › Wirtschaft › Verkehr
ot| Artikel anhören · 3 Min.
t| Bahnstreik: Die wichtigsten Daten im Überblick
ot| Von Jana Köhler | 14.11.2026, 07:15 Uhr
b| Die Lokführergewerkschaft hat den dritten Streik in diesem Tarifkonflikt angekündigt.
b| Chronologie
b| 2. Oktober: Verhandlungen scheitern nach vier Runden.
b| 21. Oktober: Erster Warnstreik, 14 Stunden.
b| 6. November: Zweiter Streik im Güterverkehr.
b| 17. November: Dritter Streik ab 2 Uhr geplant.
ot| Anzeige
b| Was jetzt passiert
b| Die Bahn will einen Notfahrplan mit etwa 30 Prozent der Fernzüge anbieten.
b| Fahrgäste können ihre Tickets bis 24. November flexibel nutzen.
rl| Mehr zum Thema
+rl| Welche Rechte Fahrgäste bei Zugausfällen haben
+rl| Gewerkschaftschef im Interview: „Wir haben Zeit“
nv| Impressum · Datenschutzerklärung · Kontakt zur Redaktion
"""),

dict(id="hard-de-001", lang="de", fmt="", notes="Hard: story on data-protection fines over cookie banners with its own list of fines; the page carries a real consent banner, a newsletter box and related links.", lines="""
ck| Wir und unsere Partner verarbeiten Daten mit Cookies. Mit „Zustimmen“ willigen Sie ein.
+ck| Zustimmen     Ablehnen     Einstellungen
t| Datenschützer verhängen Bußgelder wegen Cookie-Bannern
ot| Netzpolitik kompakt · 13.11.2026
b| Die Landesdatenschutzbehörde hat gegen vier Onlineshops Bußgelder von zusammen 1,9 Millionen Euro verhängt.
b| Die Bußgelder
b| • Kaufwerk GmbH: 740.000 Euro
b| • Modehaus Reiter: 520.000 Euro
b| • Gartenplus: 410.000 Euro
b| • Tierbedarf Nord: 230.000 Euro
b| Bei allen fehlte auf der ersten Ebene ein Button „Alles ablehnen“.
b| Die Unternehmen können Einspruch einlegen.
nl| Der Datenschutz-Newsletter: jeden Mittwoch kostenlos abonnieren
rl| Auch interessant: So löschen Sie Tracking-Daten im Browser
"""),

dict(id="fr-001", lang="fr", fmt="trail", notes="French live blog of a protest day with time stamps and one-line entries plus a figures list; live label, key-moments nav repeating one entry (labelled twice), ad, share bar and comments. Trailing whitespace.", lines="""
ot| EN DIRECT
t| Mobilisation contre la réforme des retraites : suivez la journée
nv| Les moments clés
+nv| 12 000 manifestants à Lyon selon la préfecture
ot| Mis à jour à 16 h 05
b| 16 h 02
b| La CGT annonce 48 000 manifestants à Lyon.
b| 14 h 10
b| 12 000 manifestants à Lyon selon la préfecture
b| 11 h 30
b| Le trafic est perturbé sur deux lignes de métro à Paris.
b| Les chiffres de la mi-journée
b| Grévistes dans l'Éducation nationale : 27 %
b| Trains régionaux supprimés : un sur trois
ot| Publicité
sb| Partagez ce direct  ·  Facebook  ·  Bluesky  ·  Lien
cm| Réagir (214)
"""),

dict(id="fr-002", lang="fr", fmt="single", notes="French questions-answers on a new waste tax, single newlines; site nav, byline, 'lire aussi' teaser in the middle, newsletter and legal footer.", lines="""
nv| L'Écho du Bocage  —  Actualité  Sport  Loisirs  Annonces
t| Nouvelle taxe sur les ordures : ce qui change au 1er janvier
ot| Par Sylvie Marchand, le 10 novembre 2026
b| La communauté de communes passe à une redevance incitative en janvier.
b| Combien vais-je payer ?
b| Une part fixe de 92 euros par foyer, plus 3 euros par levée du bac.
b| Combien de levées sont incluses ?
b| Douze levées par an.
rl| Lire aussi : Les déchetteries changent d'horaires cet hiver
b| Et si je composte ?
b| Un composteur est offert sur demande en mairie.
nl| Inscrivez-vous à notre lettre d'info locale
nv| Mentions légales · Contact · Plan du site
"""),

dict(id="hard-fr-001", lang="fr", fmt="", notes="Hard: study on sponsored-content labels with its own figures list and quoted labels; the page carries a real sponsored block, an ad label and a share bar.", lines="""
nv| Médias & Pub
t| Contenus sponsorisés : un lecteur sur deux ne voit pas la mention
ot| Par Léa Fontaine
b| Près d'un internaute sur deux ne remarque pas la mention « contenu sponsorisé », selon une étude de l'université de Rennes.
b| Les résultats
b| - Mention repérée en haut de l'article : 54 %
b| - Mention repérée en bas de page : 19 %
b| - Lecteurs capables de citer l'annonceur : 11 %
b| Les chercheurs recommandent la mention « Publicité » en gros caractères.
ot| Publicité
rl| Contenu sponsorisé
+rl| Ces lunettes connectées font un carton cet hiver
+rl| Crédit immobilier : simulez votre taux en 2 minutes
sb| Partager l'article
"""),

dict(id="it-001", lang="it", fmt="nofinal", notes="Italian recipe with ingredient and step lists; breadcrumb, difficulty/time widget, ad, sponsored links and newsletter. No final newline.", lines="""
nv| Home › Ricette › Primi piatti
t| Pasta e ceci alla romana
ot| Difficoltà: facile · Preparazione: 15 min · Cottura: 35 min
b| Un piatto povero e profumato, perfetto per le sere d'autunno.
b| Ingredienti per 4 persone
+b| 320 g di ditalini
+b| 400 g di ceci lessati
+b| 1 rametto di rosmarino
+b| 2 acciughe sott'olio
b| Procedimento
+b| 1. Rosolate aglio, rosmarino e acciughe in un filo d'olio.
+b| 2. Aggiungete i ceci e un litro d'acqua, cuocete per 20 minuti.
+b| 3. Frullate metà dei ceci, unite la pasta e cuocete al dente.
ot| Pubblicità
rl| Altre ricette della settimana
+rl| Zuppa di farro e funghi in 30 minuti
nl| Ricevi le nostre ricette ogni settimana: iscriviti alla newsletter
"""),

dict(id="hard-it-001", lang="it", fmt="", notes="Hard: cycling stage report with its own order of arrival and general classification rows, on a page with a general-classification widget showing similar rows, share bar and comments.", lines="""
nv| Ciclismo · Giro di Lombardia Est
t| Ferraresi vince sul Passo Gavia, Lindahl resta in rosa
ot| dal nostro inviato Paolo Gentile
b| Matteo Ferraresi ha vinto la 14ª tappa dopo una fuga di 90 chilometri.
b| Ordine d'arrivo
b| 1. Matteo Ferraresi in 5h12'40"
b| 2. Jonas Lindahl a 18"
b| 3. Pau Serrat a 41"
b| Classifica generale
b| 1. Jonas Lindahl
b| 2. Pau Serrat a 1'06"
b| Domani tappa a cronometro di 32 chilometri.
ot| CLASSIFICA LIVE
+ot| 1 Lindahl 52h04'11"
+ot| 2 Serrat +1'06"
+ot| 3 Ferraresi +2'30"
sb| Condividi su Facebook · X · WhatsApp
cm| Commenta la tappa
"""),

dict(id="hard-ru-001", lang="ru", fmt="single", notes="Hard: ice-hockey report with its own score line, period scores and scorers, on a page with a results widget of other games showing similar score lines; single newlines; share and comments.", lines="""
ot| Результаты дня: Северсталь-Б 2:1 Торпедо-Н | Амур-Восток 0:3 Кедры
nv| Спорт › Хоккей
t| «Полярные волки» обыграли «Енисей» в овертайме
ot| Игорь Лаптев, 15 ноября 2026
b| «Полярные волки» — «Енисей» — 4:3 ОТ (1:0, 1:2, 1:1, 1:0)
b| Шайбы:
b| 1:0 Горбунов (08:12)
b| 2:2 Ткачук (36:40)
b| 4:3 Мельников (62:19)
b| Победную шайбу в овертайме забросил защитник Артём Мельников.
b| «Волки» поднялись на третье место в Восточной конференции.
ot| Таблица: Восток
+ot| 1 Кедры 41 | 2 Енисей 38 | 3 Полярные волки 37
sb| Поделиться: ВКонтакте · Telegram · OK
cm| Комментарии (12)
"""),

dict(id="uk-001", lang="uk", fmt="", notes="Ukrainian city budget story with 'key figures' bullets and a 'background' subheading; noise only at the bottom: tags, share row, related and copyright.", lines="""
t| Бюджет Житомира на 2027 рік: що передбачено
b| Міська рада ухвалила бюджет на 2027 рік.
b| Головні цифри
b| • Доходи: 6,1 млрд грн
b| • Видатки на освіту: 2,4 млрд грн
b| • Ремонт доріг: 310 млн грн
b| • Укриття в школах: 96 млн грн
b| Передісторія
b| Торік бюджет міста становив 5,4 млрд грн.
nv| Теги: бюджет, міська рада, Житомир
sb| Поділитися
rl| Читайте також
+rl| У місті відкрили ще два пункти незламності
ot| © Житомирські новини, 2026. Усі права захищено.
"""),

dict(id="tr-001", lang="tr", fmt="trail", notes="Turkish football report with score line, scorers, cards and a standings list; live-score strip, ad, share bar, related and comments. Trailing whitespace.", lines="""
ot| CANLI  Karadeniz Gücü 1-1 Ege Yıldızı (70')
t| Anadolu Kartalları deplasmanda 3-1 kazandı
ot| Spor Servisi | 15.11.2026 21:55
b| Boğazköy Spor 1 – 3 Anadolu Kartalları
b| Anadolu Kartalları, Boğazköy deplasmanında 3-1 kazanarak üst üste dördüncü galibiyetini aldı.
b| Goller: Emre Aksoy 14', 52'; Deniz Kara 80' – Mert Yalçın 61'
b| Kırmızı kart: Okan Tekin (Boğazköy) 74'
ot| Reklam
b| Puan durumu (ilk üç)
b| 1. Anadolu Kartalları 32
b| 2. Ege Yıldızı 30
b| 3. Karadeniz Gücü 27
sb| Bu haberi paylaşın  ·  WhatsApp  ·  X  ·  E-posta
rl| İlginizi çekebilir
+rl| Boğazköy'de teknik direktör değişikliği gündemde
cm| Yorum yaz
"""),

dict(id="pl-001", lang="pl", fmt="", notes="Polish local referendum tally (recall vote) with yes/no figures and turnout threshold; noise only at the bottom: share, related and newsletter.", lines="""
t| Referendum w Zielonej Dolinie nieważne. Za niska frekwencja
b| Referendum w sprawie odwołania wójta gminy Zielona Dolina jest nieważne.
b| Wyniki
b| Za odwołaniem: 2 104 głosy
b| Przeciw: 611 głosów
b| Frekwencja: 23,7 proc.
b| Do ważności referendum potrzebna była frekwencja 28,4 proc.
b| Wójt Andrzej Nowicki pozostaje na stanowisku do 2029 roku.
sb| Udostępnij
rl| Zobacz także
+rl| Gmina Zielona Dolina podnosi opłaty za wodę
+rl| Nowa linia autobusowa do Starego Brzegu
nl| Zapisz się na newsletter i otrzymuj lokalne wiadomości codziennie
"""),

dict(id="nl-001", lang="nl", fmt="single", notes="Dutch step list for applying for a municipal energy allowance, single newlines; breadcrumb, byline, inline 'Lees ook', share and feedback widget.", lines="""
nv| Home › Nieuws › Geld
t| Energietoeslag 2027: zo vraag je hem aan
ot| Door Sanne de Wit · 12 november 2026
b| Huishoudens met een laag inkomen kunnen vanaf 1 december 450 euro energietoeslag aanvragen.
b| Zo werkt het:
b| Stap 1. Log in op het loket van je gemeente met DigiD.
b| Stap 2. Vul je inkomen en IBAN in.
rl| Lees ook: Zorgpremie stijgt volgend jaar met 11 euro per maand
b| Stap 3. Upload een recente loonstrook of uitkeringsspecificatie.
b| Binnen acht weken hoor je of je de toeslag krijgt.
sb| Deel dit artikel: WhatsApp · LinkedIn · E-mail
ot| Was dit artikel nuttig? Ja / Nee
"""),

dict(id="id-001", lang="id", fmt="gap=2", notes="Indonesian badminton results with match lines and game scores under event subheadings; nav, byline, ad, related list, app prompt. Extra blank lines before the footer.", lines="""
nv| Beranda > Olahraga > Bulu Tangkis
t| Hasil Semifinal Borneo Open 2026: Dua Wakil Indonesia ke Final
ot| Penulis: Rizky Hamdani | Sabtu, 14 Nov 2026 18:40 WIB
b| Dua wakil Indonesia lolos ke final Borneo Open 2026 di Balikpapan.
b| Tunggal putra
b| Arya Wibisono vs Lee Jun-ho: 21-17, 19-21, 21-15
b| Ganda putri
b| Putri/Anisa vs Tanaka/Mori: 21-12, 21-18
ot| Iklan
b| Final akan digelar Minggu pukul 13.00 WITA.
rl| Berita Terkait
+rl| Jadwal Lengkap Final Borneo Open 2026
+rl| Arya Wibisono Naik ke Peringkat 9 Dunia
nv| Unduh aplikasi SportIndo di Play Store
"""),

dict(id="vi-001", lang="vi", fmt="", notes="Vietnamese exam-results story with a 'key figures' list and sentences ending in numbers; noise only at the bottom: tags, related, comment form and copyright.", lines="""
t| Điểm thi vào lớp 10 Hà Tây: 214 thí sinh đạt điểm 10 môn Toán
b| Sở Giáo dục tỉnh Hà Tây vừa công bố điểm thi vào lớp 10 năm học 2026-2027.
b| Số liệu chính
b| - Thí sinh dự thi: 38.560
b| - Điểm trung bình môn Toán: 6,42
b| - Điểm trung bình môn Ngữ văn: 6,87
b| - Số bài thi đạt điểm 10 môn Toán: 214
b| Thí sinh có thể phúc khảo đến hết ngày 20/6.
nv| Từ khóa: thi lớp 10, điểm thi, Hà Tây
rl| Tin liên quan
+rl| Điểm chuẩn lớp 10 dự kiến tăng ở khu vực trung tâm
cm| Gửi bình luận của bạn
ot| © Báo Giáo dục Hà Tây. Ghi rõ nguồn khi phát hành lại thông tin.
"""),

dict(id="th-001", lang="th", fmt="", notes="Thai flood timeline with date-led lines and a current-figures list; noise only at the top (nav, reporter and date, listen button); the file ends with the story.", lines="""
nv| หน้าแรก > ข่าวภูมิภาค
ot| ทีมข่าวภูมิภาค | 14 พ.ย. 2569 10:25 น.
ot| ฟังข่าว
t| ลำดับเหตุการณ์น้ำท่วมเชียงดาว
b| สถานการณ์น้ำท่วมในอำเภอเชียงดาวเริ่มคลี่คลาย หลังฝนหยุดตกมาสองวัน
b| 9 พ.ย. : ฝนตกหนักต่อเนื่อง 18 ชั่วโมง
b| 10 พ.ย. : น้ำป่าไหลหลากเข้าท่วม 6 ตำบล
b| 12 พ.ย. : เปิดศูนย์พักพิงชั่วคราว 4 แห่ง
b| ตัวเลขล่าสุด
b| บ้านเรือนได้รับผลกระทบ 2,318 หลังคาเรือน
b| ถนนที่ยังสัญจรไม่ได้ 5 สาย
"""),

dict(id="ar-001", lang="ar", fmt="", notes="Arabic football report with score line, scorers and a short standings list; nav, byline, inline related teaser and ad in the middle, share and comments at the bottom.", lines="""
nv| الرئيسية | رياضة | كرة القدم
t| النجم الساحلي يتغلب على الوحدة 2-0 ويقترب من الصدارة
ot| كتب: سامر الحلبي - السبت 14 نوفمبر 2026
b| فاز النجم الساحلي على ضيفه الوحدة بهدفين دون رد.
b| النجم الساحلي 2 - 0 الوحدة
b| الأهداف: يوسف منصور (22)، كريم العلي (81)
rl| اقرأ أيضاً: الوحدة يعلن إصابة حارسه الأساسي
b| ترتيب المتصدرين
b| 1. الاتحاد الشمالي - 33 نقطة
b| 2. النجم الساحلي - 31 نقطة
ot| إعلان
b| يلتقي النجم الساحلي الاتحاد الشمالي في الجولة المقبلة.
sb| شارك: فيسبوك | إكس | واتساب
cm| التعليقات (7)
"""),
]
