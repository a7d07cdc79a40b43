"""Other-language cases of textset-dev21, part 1: ja, ko, es, pt, de, fr, it."""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="",
     notes="Japanese local TV station video page: menu, video label, duration, autoplay toggle, "
           "auto-caption notice and stamp at top; PR label and read-also teaser in the middle; "
           "share buttons, next-video item with duration, access ranking and copyright at the bottom.",
     text="""
nav|みなと放送NEWS　トップ　社会　政治　経済　スポーツ　天気
T|市営バスで自動運転の実証実験始まる　運転手不足に対応
oth|動画
oth|1:52
oth|自動再生　オン
dis|この動画の字幕は自動で生成されています。
oth|2025年6月2日 17:45
B|運転手不足が深刻になる中、みなと市は2日、市営バスの一部路線で自動運転バスの実証実験を始めました。
B|実験は港北駅と市民病院を結ぶ約4キロの区間で、最高速度は時速20キロに抑えられています。
B|車内には安全のため運転手が乗り込み、緊急時にはすぐに手動運転に切り替えられる仕組みです。
oth|【PR】
rel|あわせて読みたい：路線バス減便、住民の足をどう守る
B|初日の乗客からは「思ったより揺れない」という声が聞かれました。
B|市は来年3月まで実験を続け、利用者アンケートをもとに本格導入を検討するということです。
sh|LINEで送る
sh|Xでポスト
sh|はてなブックマーク
rel|次の動画
rel|梅雨入り前に側溝の一斉清掃　住民ら300人参加
oth|2:05
rel|アクセスランキング
rel|1　港北駅前の再開発、高さ120メートルのビル計画
rel|2　県内で今年初の猛暑日　熱中症に注意
rel|3　市立図書館、夜9時まで開館延長へ
oth|©Minato Broadcasting Co., Ltd.
"""),

dict(id="ko-001", lang="ko", hard=False, opts="single",
     notes="Korean broadcaster video news, single newlines: menu, video label, running time, "
           "autoplay toggle, input/edit stamps and reporter at top; camera/editing credit, tip-line "
           "prompts, likes/share, comment count, next video, most-read list and cookie notice "
           "at the bottom; a quoted one-liner is story.",
     text="""
nav|홈 | 뉴스 | 정치 | 경제 | 사회 | 국제 | 스포츠
T|지하철 2호선 출근길 신호 장애…40분 운행 지연
oth|[영상]
oth|재생 시간 2:31
oth|자동재생
oth|입력 2025.03.18 09:12 수정 2025.03.18 10:40
oth|김서윤 기자
B|오늘 아침 출근 시간대 서울 지하철 2호선 일부 구간에서 신호 장애가 발생해 열차 운행이 최대 40분가량 지연됐습니다.
B|서울교통공사에 따르면 장애는 오전 7시 20분쯤 신도림역 부근 신호 설비에서 시작됐습니다.
B|승객들은 열차 안에서 한동안 갇혀 있었고, 일부는 선로를 따라 걸어서 대피하기도 했습니다.
B|"20분 넘게 안내 방송도 없었어요."
B|공사 측은 설비 노후화를 원인으로 보고 정확한 경위를 조사하고 있습니다.
att|영상취재: 박준호 / 영상편집: 이하늘
oth|▶ 제보하기
oth|카카오톡에서 '한강방송' 검색 후 채널 추가
sh|좋아요 14
sh|공유
com|댓글 27
rel|다음 영상
rel|봄철 미세먼지 '나쁨'…노약자 외출 자제 당부
rel|많이 본 뉴스
rel|1 아파트 관리비 고지서 내달부터 바뀐다
rel|2 벚꽃 개화 예상일 작년보다 사흘 빨라
ck|이 사이트는 서비스 개선을 위해 쿠키를 사용합니다. [동의]
"""),

dict(id="es-001", lang="es", hard=False, opts="",
     notes="Spanish newspaper live blog of a football derby: breadcrumb, doubled dek, live label, "
           "relative update stamp and author at top; minute-stamped entries, a bare score and the "
           "line-up are story; ad label in the middle; refresh button, most-viewed list, comment "
           "count and login prompt, cookie banner at the bottom.",
     text="""
nav|Deportes > Fútbol > Segunda Federación
T|Directo | CD Arenales - UD Levante Sur: el derbi del sur, en vivo
dup|El Arenales remonta con diez y se coloca a un punto del ascenso.El Arenales remonta con diez y se coloca a un punto del ascenso.
oth|EN DIRECTO
oth|Actualizado hace 2 min
oth|Marta Iriarte
B|Final del partido en El Pinar: CD Arenales 2, UD Levante Sur 1.
B|Min. 88 | ¡Gol del Arenales! Dani Ocaña cabecea a la red un córner botado por Lucas Pérez.
B|Min. 71 | Roja directa para Íker Sanz por una entrada por detrás. El Arenales se queda con diez.
oth|Publicidad
B|Min. 54 | Empata el Arenales. Disparo cruzado de Lucas Pérez tras una pérdida en la salida del Levante Sur.
B|1-1
B|Min. 23 | Gol del Levante Sur. Rober Gil aprovecha un rechace dentro del área.
B|Alineación del Arenales: Sáez; Marín, Toni, Ocaña, Ruiz; Pérez, Sanz, Molina; Ávila, Nieto y Bravo.
oth|Pulsa aquí para ver las nuevas entradas
rel|Lo más visto
rel|1. El Levante Sur destituye a su entrenador tras tres derrotas
rel|2. Sorteo de Copa: estos son los cruces de la primera ronda
com|Comentarios (34)
com|Para comentar necesitas una cuenta. Inicia sesión o regístrate gratis.
ck|Este sitio usa cookies propias y de terceros para medir la audiencia y mostrarte anuncios personalizados.
ck|Aceptar y cerrar
"""),

dict(id="pt-001", lang="pt", hard=False, opts="",
     notes="Brazilian podcast episode page: show label, play button, duration, host and guest "
           "lines, listen-on platforms at top; sponsor read in the middle; auto-transcript notice, "
           "e-mail sign-up, comments (count, name, text, reply) and earlier episodes at the bottom.",
     text="""
nav|Podcasts | Café com Pauta
T|Por que o cafezinho ficou tão caro? Episódio 214
oth|Ouvir episódio
oth|31 min
oth|Apresentação: Renata Quintela
oth|Convidado: Otávio Lemes, economista da Cooperativa Serra Verde
nav|Ouça também no Spotify, na Deezer e no Apple Podcasts
B|O preço do café no varejo subiu quase 40% em doze meses, e o cafezinho da padaria já passa de R$ 6 em várias capitais.
B|Neste episódio, Renata Quintela conversa com o economista Otávio Lemes sobre a combinação de seca, geada e dólar alto que pressionou o grão.
oth|Este episódio tem o apoio da Torrefação Bela Vista. Use o cupom PAUTA10 na primeira compra.
B|Lemes explica que a próxima safra deve ser maior, mas que o alívio no preço final pode levar até um ano para chegar ao consumidor.
B|Ele também comenta a troca de marcas nos supermercados e o avanço das misturas com café robusta.
dis|A transcrição deste episódio foi gerada automaticamente e pode conter erros.
nl|Receba os novos episódios por e-mail toda sexta-feira
nl|Cadastrar
com|5 comentários
com|Lúcia Amaral
com|Aqui em BH o quilo já está R$ 58. Ótimo episódio.
com|Responder
rel|Episódios anteriores
rel|#213 O que muda no imposto de renda deste ano
rel|#212 Aluguel por temporada: vale a pena?
"""),

dict(id="de-001", lang="de", hard=False, opts="crlf",
     notes="German regional paper picture gallery, CRLF: breadcrumb, gallery label, update "
           "stamp and author at top; photo counters, next button and ad label between two captions "
           "in the middle; agency credit, share, more-galleries list and consent dialog at the bottom.",
     text="""
nav|Startseite › Region › Kreis Lindental
oth|Bildergalerie
T|Weinfest in Oberhaslach: Tausende feiern trotz Regen
oth|Aktualisiert: 24.08.2025, 19:12 Uhr
oth|Von Jonas Wehrle
B|Das 60. Weinfest in Oberhaslach hat am Wochenende rund 9.000 Besucherinnen und Besucher angelockt – deutlich mehr als erwartet.
oth|Bild 1 von 14
C|Weinkönigin Lea Brenner (Mitte) eröffnete das Fest am Freitagabend auf dem Marktplatz. Foto: Jonas Wehrle
oth|Weiter
oth|Bild 2 von 14
C|Trotz Regenschauern blieben die Stände in der Kelterstraße bis Mitternacht gut besucht. Foto: Jonas Wehrle
oth|Anzeige
B|Zwölf Winzerbetriebe aus dem Ort schenkten ihre Weine aus, erstmals gab es auch eine alkoholfreie Probierstation.
B|Bürgermeister Harald Kienzle zog eine positive Bilanz: „Der Regen hat niemanden abgeschreckt.“
B|Das nächste Weinfest ist für den 21. bis 23. August 2026 geplant.
att|Mit Material von dpa
sh|Teilen
sh|Per E-Mail versenden
rel|Mehr Bildergalerien aus der Region
rel|Oldtimertreffen am Stausee: Die schönsten Fotos
rel|Kinderfest im Stadtpark: Hüpfburg, Zauberer und Eis
ck|Wir und unsere Partner speichern Informationen auf Ihrem Gerät, um Inhalte und Anzeigen zu personalisieren.
ck|Alle akzeptieren
ck|Einstellungen
"""),

dict(id="fr-001", lang="fr", hard=False, opts="",
     notes="French local-news WordPress site: breadcrumb, posted-by line and comment count at top; "
           "read-also teaser in the middle; categories and tags, share row and a WordPress comment "
           "thread ('X dit :', dates, replies, leave-a-comment form) at the bottom.",
     text="""
nav|Accueil » Actualités » Vie locale
T|Saint-Aubin-des-Prés : la piscine municipale fermera à la fin du mois
oth|Publié le 3 février 2025 par Claire Dumoulin
com|4 commentaires
B|La piscine municipale de Saint-Aubin-des-Prés fermera ses portes le 28 février, a annoncé le maire, Gérard Lepoivre, lors du conseil municipal de mardi.
B|En cause, une facture énergétique qui a doublé en deux ans et une charpente jugée trop fragile par un bureau d’études.
rel|À lire aussi : Le gymnase Jean-Moulin rouvre après six mois de travaux
B|Les clubs de natation et les écoles devront se rendre au centre aquatique de Villeneuve, à 18 km.
B|Une pétition lancée par des parents a déjà recueilli 1 200 signatures.
B|« On nous parle de fermeture provisoire, mais personne n’y croit », confie une mère de famille.
nav|Catégories : Vie locale, Sports
nav|Étiquettes : piscine, conseil municipal, budget
sh|Partager :
sh|Facebook
sh|Imprimer
com|4 réponses à « Saint-Aubin-des-Prés : la piscine municipale fermera à la fin du mois »
com|Bernard L. dit :
com|3 février 2025 à 18 h 42 min
com|Encore un service qui disparaît à la campagne. Triste.
com|Répondre
com|Sandrine dit :
com|4 février 2025 à 7 h 15 min
com|Mes enfants y ont appris à nager, comme moi il y a trente ans.
com|Répondre
com|Laisser un commentaire
com|Les champs obligatoires sont indiqués avec *
oth|Fièrement propulsé par WordPress
"""),

dict(id="it-001", lang="it", hard=False, opts="nofinal",
     notes="Italian regional TV video page, no final newline: menu, watch label, duration, "
           "autoplay state, byline and stamp at top; ad label in the middle; auto-transcript notice, "
           "next video with duration, most-viewed list, WhatsApp share and company footer at the bottom.",
     text="""
nav|Tele Adriatica | Home | Cronaca | Politica | Sport | Meteo | Video
T|Frana sulla provinciale 27, isolate due frazioni di Montecastro
oth|Guarda il video
oth|2:14
oth|Riproduzione automatica: attiva
oth|di Paolo Ferri | 12 novembre 2025, ore 13:30
B|Una frana di circa duemila metri cubi ha invaso nella notte la strada provinciale 27, isolando le frazioni di Roccalta e Piano dei Mulini.
B|Nessun ferito: il movimento del terreno è stato segnalato da un automobilista poco dopo le 3.
B|«Abbiamo sentito un boato, poi è andata via la luce», racconta un residente.
oth|Pubblicità
B|I vigili del fuoco hanno allestito un punto di soccorso nella scuola di Roccalta, dove sono ospitate quattordici persone.
B|La Provincia stima almeno dieci giorni di lavori per riaprire una corsia a senso unico alternato.
dis|Trascrizione generata automaticamente, può contenere imprecisioni.
rel|Prossimo video
rel|Allerta arancione sulla costa, scuole chiuse domani a Pescara
oth|1:38
rel|I più visti
rel|1. Montecastro, il sindaco chiede lo stato di emergenza
rel|2. Sci, gli impianti aprono con una settimana di anticipo
sh|Condividi su WhatsApp
oth|Tele Adriatica Srl - P.IVA 01928374650
"""),
]
