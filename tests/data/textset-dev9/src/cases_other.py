"""Cases in languages other than en / zh of textset-dev9 (tagged line lists; see make_cases.py)."""

CASES = [
dict(id="ja-001", lang="ja", notes="Baseball game report under a line-score box with winning/losing pitchers; play-by-play link and standings widget; run of blank lines before the footer.", text="""
nv トップ > スポーツ > 野球
ot 試合終了
ot+港北マリナーズ 0 0 2 0 0 0 1 0 0 | 3
ot+湖西ファルコンズ 1 0 0 0 0 0 0 0 0 | 1
ot+勝 高森（5勝2敗）　敗 村瀬（3勝4敗）　S 小野寺（12S）
T  マリナーズ逆転勝ち　桐谷が決勝2ラン
ot 2026年6月7日 21時12分
B  港北マリナーズは7日、湖西ファルコンズに3－1で逆転勝ちし、連敗を3で止めた。
B  1点を追う三回、桐谷翔太が左翼席へ2ランを放った。
B  七回には代打の森永が適時打を放ち、リードを広げた。
B  先発の高森は7回1失点と好投し、5勝目を挙げた。
B  桐谷は「打ったのはスライダー。完璧でした」と振り返った。
B  マリナーズは8日から本拠地で6連戦に臨む。
~~
ot 一球速報を見る ›
ot 順位表
ot+1 湖西 32勝24敗
ot+2 港北 30勝26敗
ot+3 北山 29勝27敗
rl 関連記事
rl+ファルコンズ村瀬、制球に苦しみ4敗目
sh ポスト　シェア　ブックマーク
"""),

dict(id="hard-ja-001", lang="ja", hard=True, notes="Hard: story on a ministry survey of 'external transmission' (cookie) notices quotes consent-button wording; the page opens with a real cookie banner.", text="""
ck 当サイトではCookieを使い、閲覧状況の分析や広告配信の最適化を行っています。「同意する」を押すと利用に同意したものとみなされます。
ck+同意する
ck+設定を変更
T  「外部送信」の通知、7割のサイトで不十分　総務省調査
ot テクノロジー｜2026/02/10 06:00
B  ウェブサイトが閲覧者の情報を広告会社などに送る「外部送信」について、総務省は10日、調査した主要サイトの7割で利用者への通知が不十分だったと発表した。
B  調査は国内の500サイトを対象に実施した。
B  主な指摘事項
B+ ・送信先の事業者名が書かれていない
B+ ・Cookieの利用目的が「サービス向上のため」としか書かれていない
B+ ・通知ページがトップから3クリック以上先にある
B  同省の担当者は「『同意する』ボタンだけを大きく表示する手法も見直してほしい」と話した。
ot この記事は有料会員限定です。続きは会員登録でお読みいただけます。
rl あわせて読みたい
rl+スマホアプリの位置情報、規約で説明不足
sh 記事をシェア
"""),

dict(id="ko-001", lang="ko", notes="Baseball walk-off report: score box and tabs, input/edit stamps, reporter-follow and reaction buttons, most-viewed list, rights notice; summary list kept.", text="""
nv 홈 > 스포츠 > 야구
ot 경기종료 | 한빛 타이탄스 5 : 4 동해 씨호크스
nv+문자중계 | 기록 | 하이라이트
T  한빛, 9회말 끝내기 안타로 씨호크스에 역전승
ot 입력 2026.05.12 22:31 | 수정 2026.05.12 22:48
B  한빛 타이탄스가 9회말 터진 끝내기 안타로 동해 씨호크스를 5-4로 꺾었다.
B  한빛은 8회까지 2-4로 뒤졌으나 9회말 볼넷 두 개와 2루타로 동점을 만들었다.
C  9회말 끝내기 안타를 친 박도윤이 동료들의 축하를 받고 있다. /사진=한빛스포츠
B  이어 신인 박도윤이 중전 적시타를 때려 경기를 끝냈다.
B  박도윤은 "직구 하나만 노렸다"고 말했다.
B  ■ 경기 요약
B+ 결승타: 박도윤(9회 1사 2루 중전 안타)
B+ 승리투수: 김재혁
B+ 패전투수: 오세창
ot 기자 구독  응원하기 128
ot+좋아요 341  화나요 12
rl 많이 본 뉴스
rl+씨호크스, 외국인 투수 교체 검토
di ⓒ 한빛스포츠, 무단전재 및 재배포 금지
"""),

dict(id="ko-002", lang="ko", final=False, notes="Drama ratings story with a ranked ratings list; preview-video player between story lines, share bar, comment box, open-in-app prompt. No final newline.", text="""
nv 연예 | 방송 | 드라마 | 영화 | 뮤직
T  '바다의 집' 최고 시청률 14.2%… 주말극 1위
ot 김소연 기자
B  주말 드라마 '바다의 집'이 자체 최고 시청률을 경신했다.
B  시청률 조사회사 집계에 따르면 지난 15일 방송된 12회는 전국 기준 14.2%를 기록했다.
B  주말 드라마 시청률 (전국 기준)
B+ 1. 바다의 집 14.2%
B+ 2. 우리 동네 변호사 9.8%
B+ 3. 별이 지는 밤 6.1%
ot ▶ 12회 예고 영상 재생
ot+00:00 / 00:45
B  13회는 오는 21일 밤 9시 10분에 방송된다.
B  주연 배우 윤서하는 "끝까지 함께해 달라"고 전했다.
sh 공유하기  카카오톡  페이스북  링크복사
cm 댓글 56
cm+댓글을 입력해 주세요
nv 이 기사를 앱에서 보기
"""),

dict(id="es-001", lang="es", notes="Football match report: final score box with scorers, byline/stamp, standings widget, comment counter; bare score line and key-points list kept.", text="""
nv Inicio > Deportes > Fútbol > Primera División
ot FINAL  Atlético Barranco 2 - 2 Real Sierra Norte
ot+Goles: Ibarra 9', Mena 71' | Duarte 40', Cuesta 90+3'
T  Un gol en el descuento da un punto al Sierra Norte en Barranco
ot Por Lucía Peñalver
ot+15/03/2026 - 20:41 CET
B  Atlético Barranco 2 - Real Sierra Norte 2
B  El Sierra Norte rescató un empate en el minuto 93 gracias a un cabezazo del central Marcos Cuesta.
C  Marcos Cuesta celebra el 2-2 en el minuto 93. Foto: Rubén Almagro
B  El Barranco se adelantó pronto con un disparo cruzado de Íñigo Ibarra.
B  Las claves del partido
B+ - La expulsión de Mena en el 80' cambió el guion.
B+ - El Sierra Norte remató 19 veces, por 7 del Barranco.
B+ - Cuesta marcó su primer gol en Primera.
B  "Nos vamos con rabia", admitió el técnico local, Aitor Zabala.
ot Clasificación
ot+1. Real Sierra Norte  58 pts
ot+2. CD Puertollano  55 pts
ot+3. Atlético Barranco  51 pts
rl Te puede interesar
rl+Zabala: "El descuento fue excesivo"
sh Compartir en WhatsApp · Facebook · X
cm Comentarios (87)
"""),

dict(id="es-002", lang="es", crlf=True, notes="Recipe: ingredient list and numbered steps kept; save/print buttons, rating widget, recipe newsletter, related recipe; CRLF.", text="""
nv Gastronomía › Recetas
T  Tortilla de patatas jugosa: el truco del reposo
ot Redacción Cocina | 4 min de lectura
ot Guardar receta  ·  Imprimir
B  La tortilla perfecta no depende solo del huevo: el reposo lo cambia todo.
B  Ingredientes (4 personas)
B+ - 6 huevos camperos
B+ - 700 g de patatas
B+ - 1 cebolla
B+ - Aceite de oliva y sal
B  Paso a paso
B+ 1. Confita la patata y la cebolla a fuego suave durante 25 minutos.
B+ 2. Escúrrelas y mézclalas con el huevo batido.
B+ 3. Deja reposar la mezcla 10 minutos antes de cuajar.
B  "El reposo es el secreto", asegura la cocinera Maite Olabarri.
ot Valora esta receta ★★★★★
nl Recibe cada jueves una receta de temporada en tu correo
rl Más recetas: croquetas de jamón en 30 minutos
"""),

dict(id="hard-es-001", lang="es", hard=True, notes="Hard: story on mandatory risk warnings for finance influencers quotes the warning and an 'advertising' label; the page carries a real legal disclaimer and market quote boxes.", text="""
nv Economía · Mercados · Finanzas personales
T  El supervisor obligará a los 'influencers' financieros a incluir avisos de riesgo
ot Javier Lorente · Madrid
B  Los creadores de contenido que recomienden productos de inversión deberán incluir un aviso visible de riesgo a partir de enero.
B  La frase obligatoria será: "Invertir conlleva riesgos. Puede perder parte o la totalidad del capital".
B  El aviso deberá mostrarse durante al menos cinco segundos en los vídeos.
B  Quienes cobren por la publicación tendrán que indicarlo con la etiqueta "Publicidad".
B  Las multas podrán alcanzar los 300.000 euros.
B  "No basta con un 'esto no es asesoramiento' en letra pequeña", dijo la presidenta del organismo, Elena Robledo.
di Aviso legal: la información de esta página tiene carácter meramente informativo y no constituye una recomendación de inversión.
ct IBEX 35 11.284,6 +0,41%
ct+EUR/USD 1,0877 -0,08%
rl Lo más leído
rl+Cómo declarar las criptomonedas en la renta
sh Compartir
"""),

dict(id="pt-001", lang="pt", notes="Brazilian football report: score box, byline and stamps, highlights video, standings widget; match facts list ('Ficha técnica') kept.", text="""
nv Esportes > Futebol > Brasileiro
ot Encerrado | Rio Claro FC 1 x 0 Vale do Sol
T  Rio Claro vence com gol de pênalti e entra no G-4
ot Por Tiago Moreira — Rio Claro (SP)
ot+21/09/2026 18h07  Atualizado há 2 horas
B  O Rio Claro venceu o Vale do Sol por 1 a 0 neste domingo e subiu para a quarta posição.
B  O gol saiu aos 34 minutos do segundo tempo, em pênalti cobrado por Renan Souza.
B  Ficha técnica
B+ Rio Claro FC 1 x 0 Vale do Sol
B+ Gol: Renan Souza (pênalti), 34'/2ºT
B+ Cartões amarelos: Diego, Pablo Ruiz
B+ Público: 14.802
B  "Sofremos, mas merecemos", disse o técnico Alemão Baptista.
ot Veja os melhores momentos  ▶ 3:12
ot Tabela
ot+1º Porto Real 61
ot+4º Rio Claro 54
rl Leia também
rl+Vale do Sol demite preparador físico
sh Compartilhe: WhatsApp | Facebook | Twitter
"""),

dict(id="pt-002", lang="pt", notes="Flood live page with noise only at the top (menu, live badge, update stamp, weather alert widget, share); time-stamped entries and emergency numbers kept; the page ends with the story.", text="""
nv Cotidiano | Clima | Ao vivo
ot AO VIVO
ot+Atualizado às 16h40
ot Porto das Águas 22°C Chuva forte ⚠ Alerta vermelho
sh Compartilhar
T  Chuvas em Porto das Águas: rio Tapuí passa de 6 metros e 3 mil deixam suas casas
B  16h35 – A Defesa Civil confirmou que o rio Tapuí chegou a 6,12 metros, maior nível desde 2011.
B  16h10 – Escolas municipais ficam fechadas nesta sexta-feira.
B  15h20 – Três abrigos foram abertos: Ginásio Municipal, Escola Santa Rita e Paróquia São Lucas.
B  14h55 – A prefeita Helena Vasconcelos decretou situação de emergência.
B  Telefones úteis
B+ Defesa Civil: 199
B+ Bombeiros: 193
"""),

dict(id="de-001", lang="de", notes="State election result with the vote shares flattened into story lines; consent banner, result-stamp, constituency picker, seat graphic, agency credit.", text="""
ck Wir verwenden Cookies und vergleichbare Techniken, um Reichweite zu messen und Werbung zu personalisieren. Mit „Zustimmen“ willigen Sie ein.
ck+Zustimmen
ck+Einstellungen
nv Politik › Wahlen › Landtagswahl 2026
T  Landtagswahl im Nordland: SPD knapp vorn, Grüne legen deutlich zu
ot Vorläufiges Endergebnis · Stand 23:41 Uhr
B  Die SPD hat die Landtagswahl im Nordland knapp gewonnen.
B  Vorläufiges Endergebnis
B+ SPD 29,4 % (−2,1)
B+ CDU 27,8 % (+0,6)
B+ Grüne 17,2 % (+5,3)
B+ Freie Wähler 12,1 % (+1,9)
B+ FDP 4,6 % (−2,9)
B  Die FDP scheitert damit an der Fünf-Prozent-Hürde.
B  Ministerpräsidentin Karin Jessen sprach von einem „Auftrag zur Fortsetzung“.
B  Die Wahlbeteiligung lag bei 64,0 Prozent.
ot Ergebnisse nach Wahlkreis: Wahlkreis wählen ▾
ot Grafik: Sitzverteilung im Landtag (Tippen zum Vergrößern)
at mit Material von nap
rl Mehr zur Landtagswahl
rl+Wählerwanderung: Woher die Grünen ihre Stimmen holen
sh Teilen  Twittern  Mailen
"""),

dict(id="de-002", lang="de", nl="mixed", notes="Severe-weather warning: key-facts bullets and numbered tips kept; weather widget, ad label mid-story, warning-map controls, push-alert prompt; mixed newlines.", text="""
nv Wetter › Unwetter
T  Unwetterwarnung: Orkanböen und Starkregen im Süden erwartet
ot Wetter-Widget: Freiburg  9 °C  bedeckt  ·  Morgen 12 °C
B  Der Wetterdienst hat für Teile Baden-Württembergs und Bayerns eine Unwetterwarnung der Stufe 3 ausgegeben.
B  Das Wichtigste in Kürze
B+ • Orkanböen bis 120 km/h im Hochschwarzwald
B+ • Bis zu 60 Liter Regen pro Quadratmeter in 12 Stunden
B+ • Warnung gilt von Sonntag 18 Uhr bis Montag 10 Uhr
ot Anzeige
B  Die Bahn rechnet mit Einschränkungen auf der Strecke Freiburg–Basel.
B  Meteorologin Sandra Weyland rät: „Bleiben Sie am Sonntagabend möglichst zu Hause.“
B  Tipps bei Sturm
B+ 1. Gartenmöbel sichern
B+ 2. Nicht unter Bäumen parken
ot Warnkarte: + / − / Vollbild
nl Unwetter-Alarm per Push aktivieren
rl Auch interessant: So funktioniert die Warn-App
"""),

dict(id="hard-de-001", lang="de", hard=True, notes="Hard: consumer test of recipe apps that hide ads, quoting the legal 'Anzeige' label; the page carries real ad labels and a sponsored offer.", text="""
nv Verbraucher › Digitales
T  Verbraucherzentrale: Jede dritte Rezept-App versteckt Werbung als Tipp
ot Von Jonas Albrecht
B  Die Verbraucherzentrale hat 30 Rezept-Apps untersucht und bei elf davon Werbung gefunden, die nicht als solche gekennzeichnet war.
B  Statt „Anzeige“ stand über den Beiträgen etwa „Unser Tipp“ oder „Empfohlen“.
B  Die Prüfer fanden auch Pop-ups, die sich erst nach 15 Sekunden schließen ließen.
ot Anzeige
ot+Jetzt 30 % sparen: Kochboxen im Probeabo
B  Nach deutschem Recht muss Werbung klar als „Anzeige“ oder „Werbung“ erkennbar sein.
B  Die Verbraucherschützer haben drei Anbieter abgemahnt.
B  „Wer kocht, will Rezepte – keine versteckten Verkaufsgespräche“, sagte Referentin Miriam Haas.
ot Anzeige
rl Meistgelesen
rl+Wie viel Strom ein Backofen wirklich braucht
sh Artikel teilen
"""),

dict(id="fr-001", lang="fr", notes="Cycling stage report: stage classification kept; live/GC link, byline, stage-profile widget and 3D-route button, agency credit, related, share.", text="""
nv Accueil > Sport > Cyclisme
ot EN DIRECT ▸ Classement général
T  Étape 9 : Mathis Caradec s'impose au sommet du col de Vareilles
ot Par Claire Dumoulin — Publié le 11/07/2026 à 17h52
B  Le Breton Mathis Caradec a remporté la 9e étape au sommet du col de Vareilles, après une attaque à 4 kilomètres de l'arrivée.
B  Classement de l'étape
B+ 1. Mathis Caradec (Équipe Armor) en 4h38'12"
B+ 2. Tobias Lindgren (Nordvik) à 9"
B+ 3. Paolo Benedetti (Cantina Rossa) à 21"
B  Au général, Lindgren conserve le maillot de leader avec 33 secondes d'avance.
B  « J'ai attaqué au panneau des 4 km, c'était maintenant ou jamais », a raconté Caradec.
B  Demain : journée de repos à Vareilles.
ot Profil de l'étape : 178 km · dénivelé 3 850 m
ot+Voir le parcours en 3D
at Avec agences
rl À lire aussi
rl+Chute collective dans la descente : trois abandons
sh Partager sur Facebook · X · WhatsApp
"""),

dict(id="fr-002", lang="fr", ws=True, notes="TV listings: time-and-channel lines and one-line blurbs kept; trailer/favourite/reminder controls between listings, channel filter, ad label, TV newsletter; trailing whitespace.", text="""
nv Télé › Programme TV › Ce soir
T  Programme TV : que regarder ce samedi soir ?
ot Mis à jour le 14/11/2026 à 08h00
B  Notre sélection
B  21h10 – « Les Cordiers » (France 2)
B  Le grand retour de la saga familiale tournée dans le Jura.
B  21h05 – « Le Grand Défi des chefs » (M6)
B  Demi-finale : plus que quatre candidats en lice.
ot ▶ Bande-annonce  |  Ajouter à mes favoris  |  Me rappeler
B  22h40 – « Rive gauche, 1968 » (Arte)
B  Un documentaire inédit, riche en archives.
nv Toutes les chaînes ▾  TNT  Câble  Satellite
ot Publicité
nl La newsletter Télé du week-end : les meilleurs programmes chaque vendredi
sh Partager
"""),

dict(id="hard-fr-001", lang="fr", hard=True, notes="Hard: story about a regional daily launching subscriber newsletters (list of newsletters kept); the page ends with a real newsletter sign-up form.", text="""
nv Médias · Presse
T  Le Courrier d'Armor mise sur des newsletters payantes pour séduire les jeunes lecteurs
ot Par Inès Garnier
B  Le quotidien breton lance cinq newsletters thématiques réservées aux abonnés, dont une consacrée au surf et une autre à la politique locale.
B  Chaque lettre sera envoyée à 7 heures du matin.
B  Le journal vise 20 000 inscrits d'ici la fin de l'année.
B  « La newsletter, c'est le rendez-vous que le lecteur choisit », explique le directeur de la rédaction, Yann Le Bihan.
B  Les cinq lettres
B+ – Matin Armor (actualité générale)
B+ – Vague (surf et mer)
B+ – Conseil (politique locale)
nl Inscrivez-vous à notre lettre Médias : chaque lundi, l'essentiel de la presse
nl+Votre adresse e-mail
nl+Je m'inscris
nl+En vous inscrivant, vous acceptez nos conditions d'utilisation.
rl Sur le même sujet
rl+Les radios locales face à la baisse de la publicité
sh Partager
"""),

dict(id="it-001", lang="it", notes="Volleyball play-off report: doubled dek, final score box with set scores, box-score link; set scores kept as story lines.", text="""
du Decisivo Ferrandi con 24 punti.Decisivo Ferrandi con 24 punti.
nv Home › Sport › Volley › Superlega
ot FINALE  Vortex Modena 3 - 1 Lagunari Venezia
ot+(25-21, 22-25, 25-19, 25-23)
T  Modena piega Venezia in quattro set e vola in semifinale
ot di Federica Santoro
B  La Vortex Modena batte i Lagunari Venezia 3-1 e conquista la semifinale scudetto.
B  Decisivo l'opposto Nicola Ferrandi, autore di 24 punti.
B  I parziali
B+ 25-21
B+ 22-25
B+ 25-19
B+ 25-23
B  «Abbiamo sofferto, ma il pubblico ci ha spinto», ha detto il capitano Davide Riva.
B  Gara 1 di semifinale è in programma domenica.
ot Tabellino completo ›
rl Potrebbe interessarti
rl+Venezia, il presidente: «Stagione comunque positiva»
sh Condividi su WhatsApp  Facebook  X
cm Commenta la notizia
"""),

dict(id="it-002", lang="it", final=False, notes="Weather alert: dateline and list of towns kept; alert badge, update stamp, weather widget, ad label, weather-app prompt, read-also teaser. No final newline.", text="""
nv Cronaca › Meteo
ot Allerta arancione
T  Maltempo in Liguria, allerta arancione fino a domani sera: scuole chiuse a Savona
ot Aggiornato alle 13:20
ot Savona 14° pioggia forte · vento 45 km/h
B  SAVONA —
B  La Protezione civile regionale ha prolungato l'allerta arancione per piogge e temporali fino alle 23:59 di domani.
B  I comuni che hanno chiuso le scuole
B+ • Savona
B+ • Albisola Superiore
B+ • Varazze
C  Il Letimbro in piena sotto il ponte di corso Mazzini (foto Paolo Ricci)
B  Il torrente Letimbro è sotto osservazione.
B  «Evitate gli spostamenti non necessari», ha detto l'assessore regionale Marco Pellegrini.
ot Pubblicità
nv Scarica l'app per ricevere le allerte meteo
rl Leggi anche: Frana sull'Aurelia, strada chiusa a Celle
sh Condividi
"""),

dict(id="ru-001", lang="ru", ws=True, notes="Ice-hockey report with a goal-by-goal list kept; doubled headline, result box with scorers, byline, standings link, share, comments; trailing whitespace.", text="""
nv Главная / Спорт / Хоккей
T  «Полярные Волки» вырвали победу в овертайме
du «Полярные Волки» вырвали победу в овертайме
ot Матч завершён · «Полярные Волки» 4:3 ОТ «Уральский Молот»
ot+Голы: Ершов, Ларин (2), Саитов — Гусев, Мальцев, Ким
ot Антон Белов · 18 февраля 2026, 22:15
B  «Полярные Волки» обыграли «Уральский Молот» со счётом 4:3 в овертайме и вышли на второе место в конференции.
B  Хозяева трижды отыгрывались по ходу матча.
B  Победную шайбу на 63-й минуте забросил Рустам Саитов.
B  Ход матча
B+ 1:0 – Ершов (12:40)
B+ 1:1 – Гусев (18:05)
B+ 1:2 – Мальцев (27:51)
B+ 2:2 – Ларин (33:10)
B+ 2:3 – Ким (44:02)
B+ 3:3 – Ларин (57:36)
B+ 4:3 – Саитов (62:18)
B  «Мы не сдавались до конца», — сказал главный тренер Олег Рябинин.
ot Турнирная таблица ›
sh Поделиться: ВКонтакте · Telegram · Одноклассники
rl Читайте также
rl+«Уральский Молот» потерял вратаря на две недели
cm Комментарии (41)
"""),

dict(id="uk-001", lang="uk", nl="single", notes="Power-outage schedule explainer: numbered steps and the queue schedule kept; weather widget, Telegram-channel pitch, share, read-also; single newlines.", text="""
nv Головна › Суспільство › Енергетика
T  Графіки відключень на завтра: як дізнатися свою чергу
ot 12 листопада 2026, 18:30
B  Енергетики оголосили відключення світла за графіками на 13 листопада.
B  Як дізнатися свою чергу
B  1. Знайдіть свою адресу на сайті обленерго.
B  2. Перевірте номер черги в особистому кабінеті.
B  3. Підпишіться на повідомлення в чат-боті.
B  Відключення триватимуть від 2 до 4 годин.
B  Графік для черг 1–3
B  08:00–12:00 – черга 1
B  12:00–16:00 – черга 2
B  16:00–20:00 – черга 3
ot Київ +3°C хмарно
nl Підпишіться на наш Telegram-канал, щоб першими дізнаватися про графіки
sh Поділитися
rl Читайте також: Як підготувати оселю до відключень
"""),

dict(id="tr-001", lang="tr", notes="Local election result with vote shares flattened into story lines; count-progress widget on top, district picker, related, share; run of blank lines before the footer.", text="""
nv Gündem > Seçim 2026
ot Açılan sandık: %100
ot+Son güncelleme: 23:12
T  Karaburun'da yeni belediye başkanı belli oldu
B  Karaburun'da yerel seçimin kesin olmayan sonuçlarına göre bağımsız aday Selin Aktaş kazandı.
B  Oy oranları
B+ Selin Aktaş (Bağımsız) %41,6
B+ Mehmet Yalçın (A Parti) %38,2
B+ Ayla Demir (B Parti) %14,9
B+ Diğer %5,3
B  Aktaş, ilçenin ilk kadın belediye başkanı olacak.
B  Katılım oranı yüzde 78,4 oldu.
B  Aktaş, "Kazanan Karaburun'dur" dedi.
~~
ot İl / ilçe seçin ▾
rl İlgili haberler
rl+Kıyı ilçelerinde sonuçlar nasıl değişti?
sh Paylaş
"""),

dict(id="pl-001", lang="pl", nl="single", notes="No headline: ski-jumping World Cup result with the top-three list kept; menu, a live badge for another event, standings link, agency credit, share and comment links; single newlines.", text="""
nv Sport | Skoki narciarskie | Puchar Świata
ot NA ŻYWO: Konkurs drużynowy – 2. seria
B  Kacper Wilczek wygrał niedzielny konkurs Pucharu Świata w Lahti, pierwszy w karierze.
B  Polak skoczył 128 i 131,5 metra.
B  Wyniki konkursu
B  1. Kacper Wilczek (POL) 281,4 pkt
B  2. Jonas Brekke (NOR) 278,9 pkt
B  3. Felix Aigner (AUT) 275,0 pkt
B  „Nie wierzę, to sen” – mówił Wilczek po zawodach.
B  Kolejne zawody w sobotę w Oslo.
ot Klasyfikacja generalna PŚ ›
at Źródło: Agencja SportPress
sh Udostępnij
cm Skomentuj (19)
"""),

dict(id="nl-001", lang="nl", notes="Amsterdam market close: index strip and commodity boxes as crypto_ticker, price-delay disclaimer, closing-prices mail, most read; risers/fallers list kept.", text="""
ct AEX 912,44 +0,58%  ·  AMX 1.021,30 −0,12%  ·  Bitcoin €58.240 +1,7%
nv Economie › Beurs
T  Beurs Amsterdam sluit hoger dankzij chipfondsen
ot Door Sanne Verbeek · 17:45
B  De AEX is dinsdag met een winst van 0,6 procent geëindigd op 912,44 punten.
B  Chiptoeleverancier Veldmaar was de grootste stijger met 4,9 procent.
B  Stijgers en dalers
B+ Veldmaar +4,9%
B+ Noorderhaven Bank +2,1%
B+ Polderzuivel −3,4%
B  Polderzuivel verloor na een winstwaarschuwing.
B  Beleggers wachten woensdag op inflatiecijfers uit de VS.
ct Goud $2.331 +0,3%
ct+Brent $81,12 −0,9%
di Koersen met minimaal 15 minuten vertraging. Geen beleggingsadvies.
nl Ontvang elke werkdag om 18.00 uur de slotkoersen in je mail
rl Meest gelezen
rl+Huizenprijzen stijgen voor zesde maand op rij
"""),

dict(id="id-001", lang="id", notes="Flood update: dateline and data bullets kept; portal stamp, weather widget, ad label with scroll prompt and an inline 'Baca Juga' teaser in the middle, editor credit.", text="""
nv Beranda › Regional › Bencana
T  Banjir Rendam 12 Kelurahan di Sungai Lestari, 2.400 Warga Mengungsi
ot Kompaswara.id — Senin, 12 Januari 2026 | 14:05 WIB
ot Sungai Lestari 26°C Hujan lebat
B  SUNGAI LESTARI —
B  Banjir setinggi hingga 1,5 meter merendam 12 kelurahan di Kota Sungai Lestari sejak Minggu malam.
B  Data sementara BPBD:
B+ - 2.400 warga mengungsi
B+ - 5 posko pengungsian dibuka
B+ - 1 jembatan putus
ot ADVERTISEMENT
ot+SCROLL TO CONTINUE WITH CONTENT
B  "Air naik sangat cepat setelah tengah malam," kata warga, Rina Susanti.
rl Baca Juga: Jalur Lintas Timur Ditutup Akibat Longsor
B  Hujan diperkirakan masih turun hingga Rabu.
sh Bagikan
at Editor: Dimas Pratama
"""),

dict(id="vi-001", lang="vi", notes="Gold-price story reposted on a crypto exchange feed: doubled dek, price table lines kept; tokenised-gold promo, spread price ticker, repost disclaimer, teaser.", text="""
du Giá vàng miếng trong nước tăng mạnh phiên đầu tuần.Giá vàng miếng trong nước tăng mạnh phiên đầu tuần.
T  Giá vàng hôm nay 9/3: Vàng miếng vượt mốc 92 triệu đồng/lượng
B  Sáng 9/3, giá vàng miếng tại các doanh nghiệp lớn được niêm yết ở mức 90,2 – 92,2 triệu đồng/lượng (mua vào – bán ra).
B  So với cuối tuần trước, giá bán ra tăng 1,1 triệu đồng/lượng.
B  Bảng giá tham khảo (triệu đồng/lượng)
B+ Vàng miếng: 90,2 – 92,2
B+ Nhẫn trơn 9999: 88,6 – 90,4
B+ Vàng thế giới: 2.342 USD/ounce
B  Chuyên gia Trần Minh Khoa cho rằng giá vàng còn biến động mạnh.
cp Giao dịch vàng token hóa PAXG với phí 0% – đăng ký ngay để nhận 10 USDT
ct PAX Gold Price(PAXG)
ct+$2,347.10
ct+$2,347.10$2,347.10
ct+0.82%
ct+USD
di Tuyên bố miễn trừ: Bài viết được tổng hợp từ các nguồn công khai, chỉ mang tính tham khảo và không phải lời khuyên đầu tư.
rl Bạn có thể quan tâm
rl+Tỷ giá USD hôm nay tăng nhẹ
"""),

dict(id="th-001", lang="th", notes="Thai football report with noise only after the story: score box, standings widget, share, related; scorer lines kept; run of blank lines before the footer.", text="""
T  ชลธาราเปิดบ้านชนะลำน้ำ 2-0 ขยับขึ้นอันดับสาม
B  ชลธาราเอฟซีเปิดบ้านเอาชนะลำน้ำยูไนเต็ด 2-0 ในศึกไทยลีกนัดที่ 22
B  ประตูของทีมเจ้าบ้าน
B+ นาที 27 – ธนากร ศรีสุข
B+ นาที 81 – ลูคัส เมนเดส
B  ผลการแข่งขันทำให้ชลธาราขยับขึ้นเป็นอันดับสามของตาราง
B  "นักเตะทุกคนเล่นตามแผน" โค้ชวิชัย กล่าว
~~
ot โดย ทีมข่าวกีฬา | 8 มี.ค. 2569 21:10 น.
ot จบเกม  ชลธาราเอฟซี 2-0 ลำน้ำยูไนเต็ด
ot ตารางคะแนน
ot+1 บางปลาสร้อย 52
ot+2 นครเหนือ 49
ot+3 ชลธาราเอฟซี 45
sh แชร์
rl ข่าวที่เกี่ยวข้อง
rl+ลำน้ำเตรียมแต่งตั้งโค้ชใหม่
"""),

dict(id="ar-001", lang="ar", notes="Arabic football report: ad label between story lines, read-also teaser, share bar, source credit at the bottom; key-numbers list kept; no noise at the top.", text="""
T  الواحة يتعادل مع الصقور الزرق في الوقت القاتل
B  تعادل نادي الواحة مع ضيفه الصقور الزرق بهدف لمثله في الجولة العشرين من الدوري.
B  تقدم الصقور بهدف عبر المهاجم يوسف القحطاني في الدقيقة 52.
ot إعلان
B  وأدرك البديل فهد العمري التعادل للواحة في الدقيقة 90+4.
B  أبرز الأرقام:
B+ - الاستحواذ: 61% للواحة
B+ - التسديدات: 14 مقابل 6
B  وقال مدرب الواحة: "لم نستسلم حتى الثانية الأخيرة".
ot كتب: سامر الحداد | الأحد 15 مارس 2026
rl اقرأ أيضاً: الصقور الزرق يطالب بإعادة تقنية الفيديو
sh شارك عبر: واتساب | فيسبوك | إكس
at المصدر: وكالة الخليج الرياضية
"""),
]
