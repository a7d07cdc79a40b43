"""textset-dev38 (sports pages), writer B: other languages, part 1 (ja, ko, es, de, pt).

Tagged line lists for ../textset-dev20/src/make_cases.py (TAG|line; see its docstring).
"""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="",
     notes="Japanese sports portal match report: breadcrumb and match-centre tabs (navigation) on top; score and scorers lines are story; highlight link and PR label mid-page are other; the 'as of publication' note is disclaimer.",
     text="""
nav|球速ドットコム
nav|ホーム ＞ サッカー ＞ J1 ＞ 試合速報
T|瀬戸内FC、終了間際の決勝弾で首位・北総レイズに2－1勝利
oth|2026年10月4日 16:58 配信
nav|試合情報 | スタメン | スタッツ | 速報
B|J1リーグ第31節が4日に行われ、瀬戸内FCはホームで首位の北総レイズを2－1で下した。
B|前半22分、北総は右サイドからのクロスを新井颯太が頭で合わせて先制。
B|瀬戸内は後半15分、CKの流れから主将の宮園航平が押し込んで同点に追いついた。
oth|▶ ハイライト動画を見る（2:14）
oth|【PR】
B|そして後半45+3分、途中出場の18歳・森下ルカが左足でゴール右隅に決め、劇的な逆転勝利を収めた。
B|瀬戸内FC 2－1 北総レイズ
B|得点：新井颯太（北総）22分、宮園航平（瀬戸内）60分、森下ルカ（瀬戸内）90+3分
B|森下は試合後、「ボールが来た瞬間、迷わず振り抜いた。プロ初ゴールを一生忘れない」と笑顔を見せた。
sh|Xでポスト | LINEで送る | はてブ
rel|関連記事
rel|北総レイズ、首位陥落の危機　次節は敵地で3位と直接対決
rel|森下ルカとは？　U-19代表で背番号10を背負う逸材
dis|※掲載情報は配信時点のものです。
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="crlf",
     notes="Hard: story about a broadcaster's breaking-score caption showing a wrong result; the quoted caption line is story, while the page carries its own live-score strip (other). Ranking list is related_links; comment count and a reader comment are comments.",
     text="""
nav|ニュース日本橋 ｜ スポーツ ｜ 芸能 ｜ 経済 ｜ 地域
oth|【速報中】プロ野球 東都ファルコンズ 3－2 浪速ブレイブス 8回裏
T|中継の「速報テロップ」で誤ったスコア表示　放送局が謝罪
oth|2026/06/12 11:20　文化部
B|11日夜のプロ野球中継で、画面上部に流れる速報テロップに誤ったスコアが表示され、放送したなにわ放送は12日、公式サイトで謝罪した。
B|問題のテロップは「【速報】東都ファルコンズ 5－2 浪速ブレイブス 試合終了」というもので、実際には試合は9回表の途中で、スコアも3－2だった。
B|テロップは約40秒間表示され、SNS上では「もう終わったの？」「チャンネル変えようとした」などの投稿が相次いだ。
B|なにわ放送によると、スコア入力を担当する外部システムで、別の試合のデータが誤って反映されたという。
B|同局は「再発防止のため、テロップ送出前のダブルチェック体制を強化する」としている。
oth|【PR】プロ野球全試合ライブ配信、初月無料
rel|アクセスランキング
rel|1　人気アナ、来春フリー転身へ
rel|2　浪速ブレイブス、新外国人投手の獲得を発表
com|コメント（214件）
com|匿名さん：5－2って見て本当にテレビ消しそうになった
dis|記事・写真の無断転載を禁じます。Copyright ©ニュース日本橋
"""),

dict(id="ko-001", lang="ko", hard=False, opts="nofinal",
     notes="Korean portal sports section repost of a golf win: the final top-five leaderboard lines are story. Provider credit is attribution; timestamp and reporter line are other; reaction buttons are share_bar; copyright line is disclaimer.",
     text="""
nav|스포츠 홈 | 야구 | 해외축구 | 축구 | 농구 | 배구 | 골프 | e스포츠
T|'신예' 채다인, 서귀포 여자오픈서 데뷔 첫 우승…최종 13언더파
oth|입력 2026.09.27. 오후 5:44 수정 2026.09.27. 오후 6:02
att|기사제공 한결일보
B|프로 2년 차 채다인(21)이 27일 제주 서귀포 해온CC에서 열린 서귀포 여자오픈 최종 라운드에서 4타를 줄여 최종 합계 13언더파 275타로 정상에 올랐다.
B|최종 순위 (상위 5명)
B|1위 채다인 -13
B|2위 오세린 -11
B|공동 3위 문하영, 서유진 -9
B|5위 김도아 -8
B|채다인은 "마지막 홀 버디 퍼트가 들어가는 순간 아무 생각이 나지 않았다"며 "부모님께 가장 먼저 감사하다고 말하고 싶다"고 말했다.
B|우승 상금은 2억 1600만원이다.
oth|채서윤 기자 csy@hangyeol.kr
dis|Copyright ⓒ 한결일보. 무단전재 및 재배포 금지.
sh|좋아요 0 | 훈훈해요 0 | 응원해요 0
com|댓글 12
rel|많이 본 뉴스
rel|오세린, 또 준우승…"다음엔 꼭 웃겠다"
"""),

dict(id="hard-ko-001", lang="ko", hard=True, opts="ws",
     notes="Hard: story about a football club's line-up e-mail newsletter; the quoted subscribe and unsubscribe wordings are story, while the page carries its own newsletter pitch and e-mail box (newsletter); mid-page ad label is other.",
     text="""
nav|풋볼데일리
nav|K리그1 | K리그2 | 해외축구 | 대표팀 | 칼럼
T|서해 유나이티드, 경기 당일 '선발 명단 뉴스레터' 시작…구독자 3만 명 돌파
oth|김태오 기자 | 승인 2026.04.08 09:30
B|프로축구 서해 유나이티드가 경기 시작 1시간 전 선발 명단을 이메일로 보내주는 뉴스레터 서비스를 시작했다.
B|구단 홈페이지 하단의 '지금 구독하기' 버튼을 누르고 이메일 주소만 입력하면 된다. 서비스 시작 열흘 만에 구독자는 3만 명을 넘었다.
oth|AD
B|뉴스레터에는 선발 명단 외에도 감독의 사전 인터뷰 요약, 원정석 잔여 좌석 안내가 함께 담긴다.
B|구단 마케팅팀 윤소라 팀장은 "구독 해지는 메일 맨 아래 '수신 거부' 링크로 한 번에 가능하도록 했다"고 설명했다.
B|일부 팬들은 "앱 알림보다 메일이 더 편하다"는 반응이지만, 광고성 메일이 늘어날 것을 우려하는 목소리도 있다.
sh|페이스북 | 트위터 | 카카오톡 | URL복사
nl|풋볼데일리 뉴스레터 구독하고 매주 월요일 K리그 소식을 받아보세요
nl|이메일 주소를 입력하세요 | 구독
rel|관련기사
rel|서해 유나이티드, 홈 개막전 2만 관중 돌파
dis|저작권자 © 풋볼데일리 무단전재 및 재배포 금지
"""),

dict(id="es-001", lang="es", hard=False, opts="single",
     notes="Fantasy-football advice on a Spanish sports site: the five numbered picks with prices are story. Byline is other; ad label and odds box are other, the gambling warning is disclaimer; newsletter pitch, related list and share bar at the bottom.",
     text="""
nav|DeporHoy | Fútbol | Fantasy | Baloncesto | Motor | Tenis
T|Fantasy: cinco fichajes para la jornada 14 que no te puedes perder
oth|Por Íñigo Carvajal | 27 nov 2026 - 10:15 CET
B|La jornada 14 llega con un calendario favorable para varios equipos de la zona media y con bajas importantes en las defensas de los grandes. Estos son nuestros cinco recomendados:
B|1. Adrián Pozuelo (Real Club Deportivo Vega Alta), delantero — 12,4 M: tres goles en sus últimos cuatro partidos y recibe al colista.
B|2. Marco Ferrán (Atlético Costa Brava), centrocampista — 8,1 M: lanza los penaltis y los córners.
oth|Publicidad
B|3. Yusuf Diallo (Unión Sierra Norte), lateral — 4,7 M: titular fijo por la lesión de Rubio.
B|4. Tomás Leiva (CF Puerto Azul), portero — 6,2 M: su equipo no ha encajado en casa desde septiembre.
B|5. Kenji Arakawa (Racing Mareas), extremo — 5,5 M: vuelve de la convocatoria con Japón y entrena con normalidad.
B|Ojo con Iván Soler: aunque su precio ha bajado a 9 M, el técnico ya avisó de que habrá rotaciones por la Copa.
oth|Cuotas Vega Alta - Racing Mareas: 1 1,85 · X 3,40 · 2 4,20
dis|+18 | Juega con cabeza: el juego puede crear adicción.
nl|Recibe cada viernes nuestro once ideal en tu correo
rel|Más Fantasy
rel|Los 10 jugadores más fichados de la semana en Fantasy Liga Plus
sh|Compartir en WhatsApp | Facebook | X
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="crlf",
     notes="Hard: story about fan tokens crashing; the token's daily prices and the quoted risk warning are story, while the page carries a real crypto ticker, an exchange promo and a not-advice disclaimer.",
     text="""
nav|Gol y Mercado | Economía del deporte
tk|BTC 88.410 € ▼2,1% · ETH 3.012 € ▼3,4% · VEGA 0,61 € ▼38,2%
T|Los tokens de aficionados se desploman: el de Vega Alta pierde un 38% en un día
oth|Lucía Montenegro · Madrid · 14/03/2026 · 4 min
B|El token de aficionados del Real Club Deportivo Vega Alta (VEGA) cerró el viernes a 0,61 euros, un 38% menos que 24 horas antes, tras conocerse que el club no renovará su acuerdo con la plataforma que lo emite.
B|Cotización de VEGA en la última semana:
B|Lunes: 1,02 €
B|Miércoles: 0,99 €
B|Viernes: 0,61 €
B|Los tokens de otros dos clubes de la liga cayeron entre un 9% y un 14% en la misma sesión.
pr|Opera con tokens de aficionados sin comisiones el primer mes en Cambio Norte. Regístrate ya →
B|"Comprar un token no te hace dueño de nada del club", recuerda la economista Sara Vallejo, que pide que los clubes incluyan en sus anuncios la advertencia "inversión de alto riesgo, puedes perder todo tu dinero".
B|La plataforma emisora, FanChain Arena, aseguró en un comunicado que los tokens seguirán operativos hasta final de temporada.
dis|Aviso: los criptoactivos son productos de alto riesgo. Este contenido no constituye asesoramiento financiero.
rel|Te puede interesar
rel|¿Qué es un fan token y por qué los clubes los venden?
sh|Compartir | Tuitear | Enviar
"""),

dict(id="de-001", lang="de", hard=False, opts="",
     notes="German sports site tennis report: consent dialog and breadcrumb on top; the quarter-final draw is story; ad label and a live-score line between story lines are other; footer links are navigation; extra blank lines before the related block; the draw lines are joined by single newlines.",
     text="""
ck|Sportkurier Online und bis zu 96 Drittanbieter speichern Informationen auf Ihrem Gerät, etwa für Reichweitenmessung und personalisierte Werbung.
ck|Alle zulassen | Nur notwendige | Einstellungen
nav|Sportkurier Online › Tennis › ATP
T|Rheinstadt Open: Brenner stürmt ins Viertelfinale – dort wartet der Topgesetzte
oth|Von Jonas Wehrle | 21.10.2026, 19:32 Uhr
B|Lokalmatador Felix Brenner hat beim ATP-250-Turnier in Rheinstadt das Viertelfinale erreicht. Der 24-Jährige setzte sich am Mittwochabend mit 6:4, 7:6 (7:3) gegen den Argentinier Tomás Ibarra durch.
B|„Die Halle war heute unglaublich, das hat mich durch den Tiebreak getragen“, sagte Brenner.
oth|Anzeige
oth|Jetzt live: Benedetti – Karim 6:3, 2:1 (2. Satz)
B|Die Viertelfinals im Überblick:
>B|Nikolai Varga (1) – Felix Brenner
>B|Luca Benedetti – Ahmed Karim (5)
>B|Jaroslav Holub – Dan Okafor
>B|Pierre Lemaire (3) – Kai Sørensen (Q)
B|Gegen den Ungarn Varga hat Brenner bislang beide Duelle verloren.
~
rel|Mehr zum Thema
rel|Varga nach Auftaktsieg: „Die Bälle sind hier extrem schnell“
rel|Turnierplan und Zeiten: So läuft die Woche in Rheinstadt
sh|Artikel teilen: WhatsApp · Facebook · Bluesky · Link kopieren
nav|Impressum · Datenschutz · Kontakt
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="single",
     notes="Hard: story about a data-protection fine over a club ticket shop's cookie banner; the quoted button labels stay story, while the page opens with its own consent dialog (cookie_banner). Comment block and newsletter pitch below.",
     text="""
ck|Datenschutzeinstellungen: Mit Klick auf „Akzeptieren“ erlauben Sie uns und 142 Partnern die Verarbeitung Ihrer Daten.
ck|Akzeptieren | Ablehnen | Anpassen
nav|Fußball-Wirtschaft.de
T|Cookie-Banner im Ticketshop: Datenschützer verhängen 240.000 Euro Bußgeld gegen den SV Elbauen
oth|Text: Marieke Hollander · 05.02.2026
B|Der Landesdatenschutzbeauftragte hat gegen den Zweitligisten SV Elbauen ein Bußgeld von 240.000 Euro verhängt. Grund ist das Cookie-Banner des vereinseigenen Ticketshops.
B|Wer dort Karten kaufen wollte, sah nur den Knopf „Alle akzeptieren und weiter zum Shop“. Eine Möglichkeit zum Ablehnen gab es erst nach drei weiteren Klicks unter „Weitere Optionen“.
B|Nach Angaben der Behörde wurden so über zwei Spielzeiten die Daten von rund 410.000 Besuchern an Werbepartner übertragen.
B|Der Verein kündigte an, Einspruch einzulegen. „Wir haben uns auf den Dienstleister verlassen“, sagte Geschäftsführer Torben Kahl.
B|Inzwischen zeigt der Shop ein Banner mit gleich großen Schaltflächen „Akzeptieren“ und „Ablehnen“.
nl|Der Fußball-Wirtschaft-Newsletter: jeden Dienstag die wichtigsten Zahlen der Branche. Jetzt abonnieren
com|Kommentare (37)
com|Elbaufan1987: Typisch, immer sind es die Dienstleister...
com|Zum Mitdiskutieren bitte einloggen
rel|Meistgelesen
rel|Stadionmieten: Welche Clubs am meisten an ihre Städte zahlen
"""),

dict(id="pt-001", lang="pt", hard=False, opts="ws",
     notes="Brazilian sports site match report with a photo caption under the headline; score, scorer and team-sheet lines are story. Live-score strip, byline, ad label and highlights player are other; WhatsApp follow prompt is newsletter.",
     text="""
nav|Placar Vivo | Futebol | Brasileirão | Copa | Mercado
oth|Ao vivo: Ferroviário Sul 1 x 0 Atlético Serrano (2º tempo, 71')
T|Com gol de Caíque no fim, Araguaia vence o Juventude Litoral e deixa o Z4
oth|Por Renata Falcão — 09/08/2026 21h47 · Atualizado há 12 minutos
C|Caíque comemora o gol da vitória no Estádio Buriti. Foto: Diego Martins/Araguaia EC
B|O Araguaia Esporte Clube venceu o Juventude Litoral por 1 a 0 na noite deste domingo, no Estádio Buriti, e deixou a zona de rebaixamento do Brasileirão pela primeira vez em dois meses.
B|O gol saiu aos 43 minutos do segundo tempo: Caíque aproveitou o rebote do goleiro Wendel após chute de fora da área de Lucas Brandão.
oth|PUBLICIDADE
B|Araguaia 1 x 0 Juventude Litoral
B|Gol: Caíque (43'/2ºT)
B|Araguaia: Fábio; Neto Bahia, Rodrigo Sá, Emerson e Jadson; Pedrinho, Lucas Brandão e Vini Costa; Tiago Lemos, Caíque e Jonatan. Técnico: Marcelo Arruda.
B|Com o resultado, o Araguaia chega a 24 pontos e ocupa a 16ª colocação.
oth|▶ Assista aos melhores momentos (2:31)
rel|Veja também
rel|Juventude Litoral demite técnico após quarta derrota seguida
rel|Tabela do Brasileirão: confira a classificação atualizada
sh|Compartilhe: WhatsApp Facebook X
nl|Siga o Placar Vivo no WhatsApp e receba os gols do seu time
"""),
]
