"""textset-dev29, writer B: Japanese, Korean, Spanish, Portuguese and German cases.

Stories whose own lines include list-like runs (results, winners, pharmacies, prices, how-to
steps, guidance points) placed right next to list-shaped furniture.
"""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="single",
     notes="Japanese regional paper: city-council election story ending in the list of winners by party (story), followed directly by an アクセスランキング list; breadcrumb and time stamp on top, share buttons, an ad label in the middle; single newlines.",
     text="""
nav|トップ > 地域 > 信州 > 選挙
T|松代市議選、新人7人が初当選　投票率は過去最低の38.2％
oth|2026年4月20日 5時12分
sh|X（旧Twitter）　Facebook　はてなブックマーク　LINEで送る
B|任期満了に伴う松代市議会議員選挙（定数24）は19日投開票され、新議員24人が決まった。
B|投票率は38.21％で、前回を4.6ポイント下回り過去最低を更新した。
oth|広告
B|新人は7人が初当選し、女性議員は前回より2人多い6人となった。
B|党派別の当選者数は次の通り。
B|無所属　11人
B|信濃新党　5人
B|自由民政党　4人
B|市民ネット　3人
B|共生党　1人
rel|アクセスランキング
rel|1　県道の落石で通行止め　復旧は来週以降
rel|2　老舗旅館が廃業へ　創業150年
rel|3　高校野球春季大会、組み合わせ決まる
rel|4　りんご農家の後継者不足、対策会議
att|（信州日日新聞）
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="ws",
     notes="Hard: story about government guidance on cookie consent banners that quotes banner wordings and lists the guidance's points (story); the page itself carries a real cookie banner at the bottom, a breadcrumb and a related list; trailing whitespace.",
     text="""
nav|ホーム ＞ 経済 ＞ IT・デジタル
T|クッキー同意画面、「拒否」ボタンの併記求める　個人情報委が指針案
oth|2026/11/05 19:40　デジタル報道部
B|個人情報保護委員会は5日、ウェブサイトが閲覧者から閲覧履歴の利用について同意を得る「クッキー同意画面」に関する指針案を公表した。
B|多くのサイトでは「すべて同意する」ボタンだけが大きく表示され、「拒否する」の選択肢は設定画面の奥に置かれている。
B|委員会は、こうした設計が利用者の判断をゆがめているとして是正を求める。
B|指針案の主なポイントは次の通り。
B|「同意する」と「拒否する」を同じ大きさで並べる
B|「閉じる」ボタンを同意とみなさない
B|同意の撤回は1クリックでできるようにする
B|意見募集は12月4日まで。
rel|関連記事
rel|ネット広告の閲覧履歴利用、業界団体が自主ルール
rel|スマホアプリの位置情報、規制強化へ
ck|当サイトではクッキーを使用しています。サイトを閲覧し続けることで、クッキーの使用に同意したものとみなされます。
ck|同意して閉じる
ck|詳細設定
"""),

dict(id="ko-001", lang="ko", hard=False, opts="crlf",
     notes="Korean local paper: Chuseok story ending in a list of pharmacies on duty (story), followed by a 관련기사 list; reporter byline with e-mail other, copyright notice disclaimer, tip line other; CRLF.",
     text="""
nav|홈 > 사회 > 지역
T|추석 연휴 문 여는 약국은?…시내 휴일지킴이 약국 5곳
oth|김서연 기자　입력 2026.09.23 14:20　수정 2026.09.23 16:05
B|추석 연휴 기간 청주시 흥덕구에서 '휴일지킴이 약국' 5곳이 교대로 문을 연다.
B|흥덕구보건소는 연휴 기간 갑작스러운 복통이나 발열에 대비해 상비약을 미리 준비해 달라고 당부했다.
B|운영 약국은 다음과 같다.
B|봄날약국(복대동) 오전 9시~오후 9시
B|새솔약국(가경동) 오전 10시~오후 8시
B|한빛온누리약국(봉명동) 24시간
B|푸른숲약국(강서동) 오전 9시~오후 6시
B|다온약국(오송읍) 오전 10시~오후 7시
B|운영 약국 정보는 응급의료포털과 보건복지콜센터(129)에서도 확인할 수 있다.
rel|관련기사
rel|추석 연휴 응급실 운영 병원 19곳 지정
rel|귀성길 고속도로 통행료 사흘간 면제
rel|연휴 쓰레기 배출 일정 확인하세요
dis|저작권자 © 충북나루신문 무단전재 및 재배포, AI학습 이용 금지
oth|기사제보 및 보도자료 naru@chungbuknaru.kr
"""),

dict(id="hard-ko-001", lang="ko", hard=True, opts="",
     notes="Hard: story about a portal dropping its 'most viewed news' ranking, quoting the ranking's wording and listing the replacement sections (story); the page itself carries a real 많이 본 뉴스 list right after the story, a share bar and a comment count.",
     text="""
nav|IT·과학 > 인터넷
T|포털 '많이 본 뉴스' 순위 없앤다…주제별 추천으로 대체
oth|박준형 기자　2026.03.12 09:30
sh|공유하기　페이스북　카카오톡　링크복사
B|포털 누리마루가 다음 달부터 뉴스 홈의 '많이 본 뉴스' 순위 서비스를 종료한다고 12일 밝혔다.
B|회사 측은 "자극적인 기사가 '많이 본 뉴스 1위'에 오르면 다시 클릭이 몰리는 악순환이 있었다"고 설명했다.
B|순위 목록 대신 다음 세 가지 코너가 새로 생긴다.
B|오늘의 주제 모아보기
B|언론사 편집판 추천
B|지역 뉴스 묶음
B|언론계에서는 환영과 우려가 엇갈린다. 한 신문사 디지털국장은 "순위 경쟁이 줄면 좋지만 트래픽 감소가 걱정"이라고 말했다.
rel|많이 본 뉴스
rel|1 아파트 관리비 또 오른다…난방비 15%↑
rel|2 봄 황사 이번 주말 절정
rel|3 프로야구 개막전 티켓 5분 만에 매진
com|댓글 42
com|로그인 후 댓글을 작성할 수 있습니다
"""),

dict(id="es-001", lang="es", hard=False, opts="nofinal",
     notes="Spanish regional site: fire story with a 'Lo que sabemos' bullet list (story) followed directly by a 'Más noticias' list; cookie banner at the top, byline/time other, an inline 'Te puede interesar' teaser in the middle (related); no final newline.",
     text="""
ck|En Diario Serrano usamos cookies para medir la audiencia y ofrecerte anuncios a tu medida. Puedes cambiar tu elección cuando quieras.
ck|Aceptar y cerrar | Gestionar opciones
nav|Portada · Comunidad · Sucesos
T|Un incendio obliga a desalojar 300 vecinos en Alcarrás de la Sierra
oth|Marta Llorente | Alcarrás | Actualizado 18/07/2026 - 22:47
B|Un incendio forestal declarado a primera hora de la tarde en el paraje de Las Quemadas ha obligado a desalojar a unos 300 vecinos de dos urbanizaciones de Alcarrás de la Sierra.
B|El fuego avanza empujado por rachas de viento de hasta 60 kilómetros por hora.
rel|Te puede interesar: La ola de calor se prolongará hasta el domingo
B|Lo que sabemos hasta ahora:
B|Han ardido unas 420 hectáreas, según la primera estimación
B|Trabajan 14 medios aéreos y 180 efectivos en tierra
B|La carretera CV-412 está cortada entre los kilómetros 8 y 15
B|Los desalojados pasan la noche en el polideportivo municipal
B|No hay heridos
rel|Más noticias
rel|Detenido un hombre por robar cableado en la estación
rel|El ayuntamiento aprueba la nueva ordenanza de terrazas
rel|Cortes de agua el martes en el barrio de San Roque
sh|Compartir en WhatsApp"""),

dict(id="hard-es-001", lang="es", hard=True, opts="",
     notes="Hard: crypto-site story about a bitcoin sell-off whose own lines list prices of several coins (story), sitting right above the site's real multi-line ticker, a promo and a disclaimer; extra blank lines before the footer.",
     text="""
nav|Inicio / Mercados / Criptomonedas
T|El bitcoin se desploma un 9% tras el fallo de la plataforma Kuvera
oth|Por Andrés Pizarro · 3 min de lectura · 14 de marzo de 2026
B|El bitcoin cayó este viernes hasta los 58.300 dólares, su nivel más bajo en cinco meses, después de que la plataforma de préstamos Kuvera suspendiera los retiros de sus clientes.
B|La caída arrastró al resto del mercado: la capitalización total de las criptomonedas perdió unos 190.000 millones de dólares en 24 horas.
B|«Es un castigo por contagio, no por fundamentos», dijo el analista Iker Salvatierra, de la gestora Brisa Capital.
B|Así cerraban los principales criptoactivos a las 18.00 (hora peninsular):
B|Bitcoin (BTC): 58.312 dólares, -9,1%
B|Ether (ETH): 2.041 dólares, -11,4%
B|Solana (SOL): 96,20 dólares, -13,8%
B|XRP: 0,47 dólares, -7,2%
~
tk|BTC
tk|$58.290,14
tk|-9,14%
tk|ETH
tk|$2.038,77
tk|-11,42%
pr|Compra tus primeras criptos en Vantix con 0% de comisión durante 30 días. Regístrate ya.
dis|Aviso: Este contenido es meramente informativo y no constituye asesoramiento financiero. Invertir en criptoactivos conlleva un alto riesgo de pérdida.
rel|Lo más leído
rel|Qué es un «stablecoin» y por qué puede perder la paridad
rel|Hacienda enviará cartas a 30.000 inversores en cripto
"""),

dict(id="pt-001", lang="pt", hard=False, opts="ws",
     notes="Brazilian portal: public-exam story with a numbered 'Como se inscrever' list (story) followed directly by a numbered 'Mais lidas' list (related); menu and byline on top, newsletter pitch and share line at the bottom; trailing whitespace.",
     text="""
nav|Menu　Notícias　Economia　Concursos　Esportes　Entretenimento
T|Prefeitura de Vale do Guaporé abre concurso com 412 vagas
oth|Por Juliana Macedo, Vale do Guaporé　12/08/2026 07h15
B|A Prefeitura de Vale do Guaporé publicou nesta quarta-feira (12) o edital de um concurso público com 412 vagas para os níveis médio e superior.
B|Os salários variam de R$ 2.180 a R$ 9.640, e a maior parte das vagas é para professores e agentes de saúde.
B|As provas estão previstas para 18 de outubro.
B|Como se inscrever:
B|1. Acesse o site da banca organizadora, o Instituto Ceres;
B|2. Preencha o formulário e escolha o cargo;
B|3. Pague a taxa de R$ 65 ou R$ 95 até 21 de setembro;
B|4. Candidatos de baixa renda podem pedir isenção até 25 de agosto.
rel|Mais lidas
rel|1. Feira do produtor muda de endereço a partir de sábado
rel|2. Obras interditam trecho da Avenida Rio Branco
rel|3. Hospital regional abre 40 novos leitos
rel|4. Vacinação contra gripe é ampliada para todas as idades
rel|5. Festival de inverno divulga atrações
nl|Receba as principais notícias da região no seu e-mail. Cadastre-se gratuitamente.
sh|Compartilhe esta notícia: Facebook · X · WhatsApp · Copiar link
"""),

dict(id="de-001", lang="de", hard=False, opts="",
     notes="German regional sports page: match report with a subheading, ending in the matchday's results list (story), followed directly by links to other match reports (related) and a table widget (other); breadcrumb, byline and a mid-story ad label.",
     text="""
nav|Startseite > Sport > Fußball > Regionalliga Südwest
T|Kellerwald ringt Eintracht Ahrtal in letzter Minute nieder
oth|Von Tobias Brenner | 09.11.2026, 18:31 Uhr
B|Der FC Kellerwald hat am 14. Spieltag der Regionalliga Südwest einen späten 2:1-Heimsieg gegen Eintracht Ahrtal gefeiert.
B|Vor 2.340 Zuschauern brachte Lukas Sommerfeld die Gastgeber in der 34. Minute in Führung, Ahrtal glich kurz nach der Pause durch einen Foulelfmeter aus.
oth|Anzeige
B|Die Entscheidung
B|In der Nachspielzeit köpfte Innenverteidiger Mert Aydın nach einer Ecke zum 2:1 ein.
B|„Heute hat die Mannschaft Charakter gezeigt", sagte Trainer Holger Weiß.
B|Die weiteren Ergebnisse des 14. Spieltags:
B|SV Moselbrück – TuS Hunsrück 0:0
B|Viktoria Lahnstein – FSV Bergheim 3:2
B|SG Saarhöhe – 1. FC Nahetal 1:4
rel|Weitere Spielberichte
rel|Moselbrück und Hunsrück trennen sich torlos
rel|Lahnstein dreht das Spiel in zehn Minuten
rel|Nahetal klettert auf Platz drei
oth|Tabelle Regionalliga Südwest: zur vollständigen Tabelle
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="crlf",
     notes="Hard: story about a court ruling on pre-ticked newsletter consent boxes, quoting the checkbox wording and listing what the ruling requires (story); the page carries a real newsletter sign-up box, a breadcrumb and a most-read list; CRLF.",
     text="""
nav|Startseite › Verbraucher › Recht
T|Gericht kippt vorangekreuztes Newsletter-Häkchen
oth|dpa/bn | Aktualisiert am 22.01.2026, 12:04 Uhr
B|Online-Shops dürfen Kundinnen und Kunden nicht mit einem bereits gesetzten Häkchen zum Newsletter anmelden. Das hat das Landgericht Lindenfels entschieden.
B|Geklagt hatte die Verbraucherzentrale gegen den Möbelhändler Wohnfeld, bei dem im Bestellformular das Feld „Ja, ich möchte den Newsletter erhalten" bereits angekreuzt war.
B|Nach dem Urteil gilt für solche Formulare:
B|Das Kästchen muss leer sein
B|Die Einwilligung muss gesondert von der Bestellung erfolgen
B|Ein Abmeldelink gehört in jede Mail
B|Der Händler kann gegen das Urteil noch Berufung einlegen (Az. 3 O 118/25).
nl|Immer gut informiert: Unser Verbraucher-Newsletter kommt jeden Freitag kostenlos in Ihr Postfach.
nl|E-Mail-Adresse eingeben　Jetzt anmelden
rel|Meistgelesen
rel|Paketbote klingelt nicht? Das sind Ihre Rechte
rel|Rundfunkbeitrag: Neue Befreiungsregeln ab März
att|Mit Material der dpa
"""),
]
