"""textset-dev36, writer B: live blogs, breaking news and timelines in ja, ko, es, pt and de.

Stamp convention: a line that is only a time or date stamp is `other`; a time that opens an
update's own text on the same line is story. Per-post share/copy-link lines are `share_bar`,
reporter lines that are only a name are `other`, live controls (LIVE, auto-update, jump to
latest, key events only, load more) are `navigation`.
"""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="single",
     notes="Japanese sports site live of a university ekiden relay; section-by-section updates are story, the live label, auto-update toggle and load-more button navigation, bare stamps, reporter names and PR slot other, per-post share and copy-link share_bar, a ranking widget other.", text="""
nav|スポーツ速報ナビ　ニュース｜野球｜サッカー｜陸上｜ライブ
nav|ライブ中
T|【速報】東都大学駅伝　往路は北陵大が2年ぶりV　5区で逆転
nav|自動更新 ON
oth|最終更新：1月2日 13:41
oth|13:41
B|13:41 北陵大が往路ゴールの芦ノ平に1位で到着。記録は5時間29分14秒。
sh|シェア
sh|リンクをコピー
oth|記者：中井 涼
B|5区では北陵大の森田悠真が、トップの桜葉大を15.2キロ付近でとらえた。
B|森田「前が見えてから、ずっと背中だけを追っていました」
oth|PR
oth|12:58
B|12:58 4区終了時点の順位は1位桜葉大、2位北陵大（42秒差）、3位明星学院大。
B|2区では留学生のキプルト（桜葉大）が区間新記録を出し、7人抜きを果たした。
oth|総合順位　1 北陵大　2 桜葉大　3 明星学院大
nav|もっと見る
rel|あわせて読みたい
rel|復路の見どころは？　6区山下りの区間記録を振り返る
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="",
     notes="Hard: live coverage (live label navigation) of a Tokyo court hearing over an online shop's cookie-consent design, whose story lines quote banner wordings ('すべて同意する', 'Cookieを設定'); the page itself opens with a real cookie banner; stamps other, newsletter prompt and copyright line at the foot.", text="""
ck|当サイトでは、利便性向上と広告配信のためにCookieを利用しています。
ck|同意して閉じる
ck|詳細設定
nav|ニュースフロント　社会・司法
nav|法廷ライブ
T|「同意ボタンだけ大きい」クッキー表示めぐる訴訟　東京地裁で初弁論
oth|2026年10月8日 15:20 更新
oth|記者 根岸 真理子
B|14:00 消費者団体「デジタル消費者ネット」が通販大手マルカワを訴えた訴訟の第1回口頭弁論が始まった。
B|14:12 原告側は、画面下部に「すべて同意する」ボタンだけが大きく表示され、「Cookieを設定」は小さな灰色の文字だったと指摘した。
B|14:35 原告代理人の久保田弁護士は「拒否する選択肢が事実上隠されていた」と述べた。
B|14:50 マルカワ側は「表示は業界の一般的な水準で、いつでも設定を変更できた」として請求の棄却を求めた。
oth|15:05
B|裁判長は次回期日を12月16日に指定し、閉廷した。
sh|この記事をシェア
nl|ニュースフロントの無料ニュースレターで、毎朝の主要ニュースをお届けします
dis|掲載記事・写真の無断転載を禁じます。
"""),

dict(id="ko-001", lang="ko", hard=False, opts="ws",
     notes="Korean daily's live page on the National Assembly passing the budget; updates with times are story, the real-time label and 'new posts' button navigation, bare stamps and reporter-name lines other, per-post share/URL copy share_bar, comments, most-read list and no-reproduction line.", text="""
nav|한빛일보　정치 · 경제 · 사회 · 국제 · 오피니언
nav|실시간 업데이트
T|728조 내년 예산안 국회 본회의 통과…법정시한 이틀 넘겨
oth|입력 2026.12.04 22:51
nav|새 글 3건 보기
oth|22:48
B|22:48 내년도 예산안이 재석 281명 중 찬성 196명, 반대 79명, 기권 6명으로 가결됐다.
sh|공유하기
sh|URL 복사
oth|조성민 기자
B|22:10 여야는 지역화폐 예산을 정부안보다 1조 2천억 원 늘리는 데 합의했다.
B|21:35 본회의가 예정보다 5시간 늦게 개의됐다.
B|국회의장은 개의 직후 “국민께 송구하다”고 말했다.
oth|21:00
B|21:00 여야 원내대표가 마지막 협상을 마치고 합의문에 서명했다.
com|댓글 214
com|정치는 늘 막판이네요
rel|많이 본 뉴스
rel|내년 청년 월세 지원 대상 확대…연 최대 288만 원
dis|ⓒ 한빛일보, 무단 전재 및 재배포 금지
"""),

dict(id="hard-ko-001", lang="ko", hard=True, opts="crlf",
     notes="Hard: breaking news of a regulator ordering portals to drop 'most-viewed' rankings, whose story quotes '많이 본 뉴스' and '실시간 검색어'; the page itself ends with a real most-viewed block (related_links); breaking label and stamps other.", text="""
nav|뉴스온에어
oth|[속보]
T|방통위 “포털 ‘많이 본 뉴스’ 순위, 내년 3월부터 폐지”
oth|기사입력 2026-05-19 10:42 | 최종수정 11:20
oth|이지훈 기자
B|방송통신위원회는 19일 오전 브리핑에서 포털 사업자들에게 ‘많이 본 뉴스’ 순위 서비스를 내년 3월까지 없애라고 권고했다고 밝혔다.
B|방통위는 “순위가 자극적인 기사의 클릭을 키운다”고 설명했다.
B|업데이트 11:15 — 국내 최대 포털 누리는 “권고를 검토하겠다”는 입장을 냈다.
B|2021년 ‘실시간 검색어’가 사라진 데 이어 포털 순위 서비스가 또 하나 없어지게 된다.
B|언론계에서는 “독자가 무엇을 읽는지 알 수 있는 창구가 사라진다”는 반론도 나온다.
oth|이 기사는 계속 업데이트됩니다.
rel|많이 본 뉴스
rel|1 서울 지하철 요금 내년 1월 150원 인상
rel|2 장마 다음 주 시작…평년보다 일주일 빨라
rel|3 프로배구 한별, 새 외국인 감독 선임
"""),

dict(id="es-001", lang="es", hard=False, opts="crlf",
     notes="Spanish sports daily minute-by-minute of a league match; minute lines are story, consent banner cookie_banner, the live label/refresh button navigation, scoreboard widget and betting-ad line other, comments and a related list.", text="""
ck|Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico.
ck|Aceptar todo
ck|Rechazar
nav|Diario Gol · Fútbol · Baloncesto · Motor · Directo
nav|EN DIRECTO
T|Real Albaceña 2-1 Deportivo Sierra: remontada en el último cuarto de hora
oth|Real Albaceña 2 - 1 Deportivo Sierra · Final
nav|Actualizar
B|Min. 90+4 — ¡Final en el Nuevo Cerro! Los locales remontan y suman tres puntos vitales.
B|Min. 88 — ¡GOOOL! Iker Salvatierra cabecea un córner y pone el 2-1.
B|Min. 76 — Gol de Mateo Robles, que empata con un disparo cruzado desde la frontal.
oth|Publicidad · +18 · Juega con responsabilidad
B|Min. 52 — Tarjeta amarilla para Óscar Luengo por una entrada a destiempo.
B|Min. 31 — Gol del Deportivo Sierra: Nico Albar aprovecha un error en la salida de balón.
B|Min. 1 — Arranca el partido con un sol de justicia en Albacete.
com|Comentarios (87)
com|Para ver y publicar comentarios, inicia sesión
rel|Te puede interesar
rel|La clasificación tras la jornada 19: así queda la lucha por el ascenso
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="nofinal",
     notes="Hard: a chronology of a newspaper's leaked newsletter list, whose dated lines quote newsletter wordings ('Suscríbete a nuestro boletín', 'Darse de baja'); the page also carries a real newsletter sign-up pitch and a Telegram follow line (newsletter); byline and stamp other, related links at the foot.", text="""
nav|El Heraldo Digital > Tecnología
T|Cronología de la filtración del boletín de El Faro del Sur
oth|Por Lucía Ferrán
oth|Actualizado el 14/02/2026 a las 19:05
B|El Faro del Sur confirmó el viernes que los correos de 310.000 suscriptores de su boletín quedaron expuestos. Estos son los hechos, día a día.
B|2 de febrero: Varios lectores reciben un correo falso con el asunto «Suscríbete a nuestro boletín premium» y un enlace de pago.
B|5 de febrero: El diario avisa en redes de que el mensaje no es suyo y pide no pulsar el botón «Darse de baja» del correo falso.
B|9 de febrero: Un foro publica un archivo con nombres y direcciones de los suscriptores.
nl|¿Te gusta estar informado? Recibe gratis nuestra newsletter cada mañana
nl|Suscribirme
B|12 de febrero: La Agencia de Protección de Datos abre una investigación.
B|14 de febrero: El director del periódico pide disculpas y anuncia una auditoría externa.
nl|Síguenos en nuestro canal de Telegram
rel|Más en Tecnología
rel|Cinco señales para detectar un correo de suplantación"""),

dict(id="pt-001", lang="pt", hard=False, opts="ws",
     notes="Brazilian portal live of a mayoral count; percentage updates are story, the AO VIVO/refresh labels navigation, a doubled standfirst duplicate_line, bare stamps other, WhatsApp channel line newsletter, 'Leia também' related.", text="""
nav|Portal Capixaba | Política | Cidades | Esportes
nav|AO VIVO
dup|Acompanhe a apuração minuto a minuto.Acompanhe a apuração minuto a minuto.
T|Apuração em Serra Alta: Renata Borges é eleita prefeita no segundo turno
nav|Atualizar página
oth|20h14
B|20h14 — Com 100% das urnas apuradas, Renata Borges (PSN) tem 54,7% dos votos válidos contra 45,3% de Caio Menezes (UPB).
B|19h32 — Com 82% das seções apuradas, Borges abre 9 mil votos de vantagem.
oth|19h05
B|A abstenção chegou a 23,1%, a maior da cidade desde 2008.
B|18h40 — Primeiro boletim do TRE mostra Menezes à frente, com 51% dos votos apurados em 12% das urnas.
B|Em discurso, Renata prometeu “governar para quem votou e para quem não votou”.
nl|Receba as notícias do Portal Capixaba no WhatsApp
rel|Leia também
rel|Veja como ficou a nova Câmara de Vereadores de Serra Alta
"""),

dict(id="de-001", lang="de", hard=False, opts="ws",
     notes="German regional paper's flood live ticker; 'HH:MM Uhr:' updates are story, the consent dialog cookie_banner, new-posts and key-events toggles navigation, post stamps, author lines, ad label and gauge widget other, per-post share, dpa credit attribution.", text="""
ck|Wir und unsere Partner verarbeiten Daten, um Inhalte und Werbung zu personalisieren. Sie können Ihre Auswahl jederzeit ändern.
ck|Alle akzeptieren
ck|Einstellungen
nav|Muldentaler Anzeiger · Region · Sachsen · Sport
nav|Liveticker
T|Hochwasser an der Mulde: Pegel in Grimmstedt steigt über sechs Meter
oth|Zuletzt aktualisiert: 17.07.2026, 16:55 Uhr
nav|Neue Beiträge anzeigen
nav|Nur wichtige Ereignisse
oth|16:55 Uhr
oth|Von Jana Wendtland
B|16:55 Uhr: Der Pegel in Grimmstedt liegt jetzt bei 6,12 Metern. Die Stadt hat die Alarmstufe 4 ausgerufen.
sh|Beitrag teilen
B|16:20 Uhr: Rund 1.400 Bewohner der Unterstadt werden aufgefordert, ihre Wohnungen bis 19 Uhr zu verlassen.
B|Die Turnhalle der Oberschule dient als Notunterkunft, Busse fahren ab dem Marktplatz.
oth|Anzeige
B|15:40 Uhr: Die B 107 ist zwischen Grimmstedt und Naunhain gesperrt.
B|„Das Wasser kommt schneller als 2013“, sagt Feuerwehrsprecher Timo Kessler.
sh|Beitrag teilen
oth|Pegel Grimmstedt: 612 cm ↑ (Stand 16:45)
att|Mit Material von dpa
rel|Mehr zum Thema
rel|Sandsäcke: Wo Freiwillige jetzt gebraucht werden
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="single",
     notes="Hard: live reporting from a court ruling on share buttons that send data before a click, quoting 'Jetzt teilen' and 'Auf Facebook teilen'; live label navigation; the page itself carries a real share bar and copy-link button; stamps and author other, newsletter box at the foot.", text="""
nav|Rheinblick Online – Recht & Netz
nav|LIVE aus dem Gerichtssaal
T|Urteil zu Teilen-Buttons: Gericht verbietet Datenübertragung vor dem Klick
oth|Von Markus Oehlen, Köln
oth|Aktualisiert am 03.03.2026, 12:18 Uhr
B|11:02 Uhr: Der Vorsitzende Richter Dr. Brandes verkündet das Urteil im Verfahren des Verbraucherverbands gegen den Verlag Nordwest Medien.
B|11:09 Uhr: Nach Auffassung des Gerichts durften die Schaltflächen „Jetzt teilen“ und „Auf Facebook teilen“ keine Daten an soziale Netzwerke senden, bevor ein Leser sie anklickt.
B|11:20 Uhr: Der Verlag muss die Buttons binnen drei Monaten umbauen oder entfernen.
B|Eine Revision hat das Gericht nicht zugelassen.
B|11:45 Uhr: Nordwest Medien kündigt an, künftig eine Zwei-Klick-Lösung zu verwenden.
sh|Teilen
sh|Link kopieren
nl|Der Rheinblick-Newsletter Recht & Netz: jeden Freitag kostenlos in Ihr Postfach
rel|Lesen Sie auch
rel|Tracking-Pixel in E-Mails: Was Verlage jetzt beachten müssen
"""),
]
