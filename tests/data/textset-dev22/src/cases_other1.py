"""Non-English, non-Chinese cases of textset-dev22 (part 1): ja, ko, es, pt, de."""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="",
     notes="Recipe site: nikujaga with time/calorie line, ingredients joined by single newlines and "
           "numbered steps; menu row, jump-to-recipe link, star rating, save/print bar, ad label "
           "between ingredients and steps, hashtag row, ranked popular-recipe list, newsletter prompt.",
     text="""
nav|レシピを探す　|　献立　|　特集　|　ランキング
nav|レシピへジャンプ
T|ほっくり肉じゃが　煮崩れしないコツは「返さない」こと
oth|料理家：小山 さゆり　公開日：2025.10.02
oth|★★★★★ 4.8（レビュー 96件）
sh|保存する　印刷する　シェア
B|定番の肉じゃがは、じゃがいもを入れたら触らないのがポイント。煮汁をしっかり含ませて、ほっくり仕上げます。
B|調理時間：30分　カロリー：420kcal（1人分）
B|材料（2人分）
>B|じゃがいも　3個（400g）
>B|牛こま切れ肉　150g
>B|玉ねぎ　1個
>B|にんじん　1/2本
>B|だし汁　300ml
>B|しょうゆ・みりん　各大さじ2、砂糖　大さじ1
oth|広告
B|作り方
B|1. じゃがいもは4等分、玉ねぎはくし形、にんじんは乱切りにする。
B|2. 鍋に油を熱して牛肉を炒め、色が変わったら野菜を加えてさっと炒める。
B|3. だし汁と調味料を加え、落としぶたをして弱めの中火で15分煮る。途中で混ぜない。
nav|#和食　#煮物　#じゃがいも　#作り置き
rel|人気レシピランキング
rel|1位　豚バラ大根の甘辛煮
rel|2位　レンジで簡単かぼちゃサラダ
rel|3位　鶏むね肉のやわらか照り焼き
nl|毎週の献立をメールでお届け。無料会員登録はこちら
"""),

dict(id="ja-002", lang="ja", hard=False, opts="single",
     notes="Regional paper, single newlines: high-school baseball final with a line score (two inning "
           "rows), pitcher and home-run lines; sports menu, video-highlights link inside the story, "
           "ranked access list, comment count, app prompt.",
     text="""
nav|スポーツ速報｜野球｜サッカー｜相撲｜ゴルフ
T|県大会決勝　緑ヶ丘が延長十回サヨナラ、3年ぶり甲子園へ
oth|2025年7月27日 18:32　南海新報
B|全国高校野球選手権の県大会決勝が27日、県営球場で行われ、緑ヶ丘が延長十回タイブレークの末、港南工に4－3でサヨナラ勝ちし、3年ぶり5度目の甲子園出場を決めた。
B|港南工　000 120 000 0｜3
B|緑ヶ丘　010 000 200 1｜4
B|（延長十回タイブレーク）
B|【投】港南工：大友、田村　緑ヶ丘：宮下
B|【本】佐久間（緑ヶ丘）
oth|▶ 試合のハイライト動画を見る（2:45）
B|十回裏、無死一、二塁から始まるタイブレークで、緑ヶ丘は送りバントで一死二、三塁とし、1番・石黒が右前にはじき返した。
B|石黒は「最後は何も考えず、来た球を振った」と涙を拭った。
rel|アクセスランキング
rel|1. 大関、夏場所休場へ　右ひざの状態思わしくなく
rel|2. 高校野球　各地の代表校一覧
rel|3. 猛暑で熱中症搬送、過去最多ペース
com|コメント 214件　コメントを書く
nav|南海新報アプリなら速報をプッシュ通知でお届け
"""),

dict(id="ko-001", lang="ko", hard=False, opts="single",
     notes="Korean daily, single newlines: CSAT exam-day timetable, one period per line; menu, "
           "edit stamps and byline, inline related-article teaser between list and rules, copyright "
           "line, numbered most-viewed list, share row.",
     text="""
nav|전체메뉴
nav|정치 경제 사회 국제 문화 스포츠 오피니언
T|2026학년도 수능 D-1…시험 시간표와 유의사항은
oth|입력 2025.11.12 15:20 | 수정 2025.11.12 16:05
oth|김서연 기자
B|2026학년도 대학수학능력시험이 13일 전국 85개 시험지구에서 치러진다. 수험생은 오전 8시 10분까지 시험실에 입실해야 한다. 교시별 시험 시간은 다음과 같다.
B|1교시 국어 08:40~10:00
B|2교시 수학 10:30~12:10
B|점심시간 12:10~13:00
B|3교시 영어 13:10~14:20
B|4교시 한국사·탐구 14:50~16:37
B|5교시 제2외국어/한문 17:05~17:45
rel|▶ 관련기사: 수능 당일 관공서 출근 10시로 늦춰
B|휴대전화, 스마트워치, 전자담배 등은 시험장에 반입할 수 없으며, 적발되면 해당 시험이 무효 처리된다.
B|교육부는 "시험 당일 수험생 수송 차량이 필요한 경우 112나 120으로 연락하면 된다"고 밝혔다.
dis|<저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지>
rel|많이 본 뉴스
rel|1 수능 한파는 없다…당일 전국 맑고 포근
rel|2 "수험표 놓고 왔어요" 경찰 순찰차 긴급 수송
rel|3 정시 지원 전략, 이것만은 알고 가자
rel|4 수능 끝나면 뭐하지? 수험생 할인 총정리
sh|공유하기 페이스북 카카오톡 링크복사
"""),

dict(id="ko-002", lang="ko", hard=False, opts="",
     notes="Regional news site: heavy-rain warnings by area and expected rainfall by area (in-story "
           "subheading); cookie notice first, breadcrumb, byline, share row, ad label, newsletter "
           "prompt, main-news teasers, copyright.",
     text="""
ck|이 웹사이트는 원활한 서비스 제공을 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다. [확인]
nav|홈 > 사회 > 날씨
T|충청권 밤사이 최대 200㎜ 폭우…지역별 호우특보 현황
oth|박준호 기자 | 승인 2025.07.16 21:47
sh|페이스북 트위터 카카오스토리 URL복사
B|기상청은 16일 오후 9시를 기해 충청권 대부분 지역에 호우특보를 발효했다. 17일 새벽까지 시간당 50㎜ 안팎의 강한 비가 내릴 것으로 예상된다. 지역별 특보 현황은 다음과 같다.
B|호우경보: 대전, 세종, 공주, 논산, 계룡, 부여
B|호우주의보: 청주, 천안, 아산, 보령, 서천
B|예비특보(17일 새벽): 충주, 제천, 단양
B|예상 강수량(17일까지)
B|대전·세종·충남 남부: 100~200㎜, 많은 곳 250㎜ 이상
B|충남 북부·충북: 80~150㎜
oth|[광고]
B|대전시는 갑천 하상도로와 지하차도 3곳의 차량 통행을 전면 통제했으며, 하천변 산책로 출입도 막았다.
B|재난안전대책본부는 "산사태 위험지역 주민은 마을회관 등 대피소 위치를 미리 확인해 달라"고 당부했다.
nl|뉴스레터 구독하기 — 매일 아침 충청 소식을 메일로 받아보세요
rel|이 시각 주요뉴스
rel|충북 달천댐 수위 상승…하류 주민 대피 권고
rel|세종 BRT 일부 구간 운행 중단
dis|Copyright © 데일리충청. All rights reserved.
"""),

dict(id="es-001", lang="es", hard=False, opts="",
     notes="Spanish food site: tortilla recipe with a doubled title line, a photo caption, time/servings "
           "line, ingredients joined by single newlines and numbered steps; jump link, byline, rating "
           "widget, save/print bar, ad label, category row, teaser list, newsletter and cookie notice.",
     text="""
nav|Saltar a la receta
T|Tortilla de patatas jugosa: la receta paso a paso
dup|Tortilla de patatas jugosa: la receta paso a paso
oth|Por Lucía Ferrer · 9 de octubre de 2025 · 4 min de lectura
oth|Valoración: 4,7 de 5 (512 votos)
sh|Guardar · Imprimir · Pinterest · WhatsApp
C|La tortilla, recién volteada y poco cuajada por dentro. Foto: Lucía Ferrer
B|En casa siempre ha habido debate: ¿con cebolla o sin cebolla? Esta versión lleva cebolla pochada y queda jugosa por dentro.
B|Tiempo total: 45 minutos · Raciones: 4 · Dificultad: fácil
B|Ingredientes
>B|800 g de patatas
>B|6 huevos camperos
>B|1 cebolla grande
>B|250 ml de aceite de oliva virgen extra
>B|Sal al gusto
oth|Publicidad
B|Preparación
B|1. Pela las patatas y córtalas en láminas finas; pica la cebolla en juliana.
B|2. Confita patata y cebolla en el aceite a fuego medio-bajo unos 20 minutos, sin que lleguen a dorarse.
B|3. Escurre bien y mezcla con los huevos batidos y la sal; deja reposar 10 minutos.
B|4. Cuaja en una sartén pequeña 3 minutos por cada lado, ayudándote de un plato para darle la vuelta.
nav|Recetas de huevos · Recetas españolas · Tapas · Cenas rápidas
rel|Te puede interesar
rel|Salmorejo cordobés en 10 minutos
rel|Croquetas de jamón como las de la abuela
rel|Pisto manchego con huevo
nl|Apúntate a nuestra newsletter y recibe un menú semanal gratis
ck|Este sitio usa cookies para personalizar anuncios. Al continuar navegando aceptas su uso. Más información | Aceptar
"""),

dict(id="pt-001", lang="pt", hard=False, opts="nofinal",
     notes="Brazilian regional portal, no final newline: run-off results city by city, one line each; "
           "site name and election menu, inline LEIA TAMBÉM teaser, share row, comment count and "
           "comment-responsibility notice, numbered most-read list.",
     text="""
nav|Portal Vale Notícias
nav|Eleições 2024 | Apuração | Candidatos | Resultados
T|Veja quem venceu o segundo turno nas cidades da região
oth|Redação Vale Notícias | 27/10/2024 20h14 — Atualizado há 5 minutos
B|Com 100% das urnas apuradas, eleitores de quatro cidades da região definiram neste domingo (27) seus prefeitos no segundo turno. Confira os resultados:
B|São Bento do Vale: Marcos Teixeira (PSX) — 54,21% dos votos válidos
B|Rio Claro do Norte: Ana Paula Siqueira (MNV) — 51,87%
B|Itaúna Verde: Joaquim Rezende (PSX) — 60,02%
B|Porto das Garças: Helena Matos (FRT) — 50,33%
rel|LEIA TAMBÉM: Abstenção bate recorde em cidades do interior
B|A disputa mais apertada foi em Porto das Garças, onde a diferença entre os candidatos ficou em 612 votos.
B|A abstenção média nas quatro cidades foi de 23,4%, segundo o Tribunal Regional Eleitoral.
B|Os eleitos tomam posse em 1º de janeiro de 2025.
sh|Enviar por WhatsApp | Compartilhar no Facebook | Copiar link
com|Comentários (47)
com|Comentário publicado é de inteira responsabilidade de quem o escreve; ofensas serão removidas.
rel|Mais lidas
rel|1. Prefeito eleito anuncia primeiros secretários
rel|2. Chuva forte deve atingir a região nesta semana
rel|3. Concurso da prefeitura abre 300 vagas
"""),

dict(id="de-001", lang="de", hard=False, opts="crlf",
     notes="Consumer test magazine, CRLF: e-bike review with a spec list (in-story subheading), pros and "
           "cons lines; breadcrumb, byline, affiliate notice, verdict widget, two price boxes inside the "
           "story, teasers, newsletter prompt, cookie notice.",
     text="""
nav|Startseite » Tests » E-Bikes
T|Trekking-E-Bike Velora T5 im Test: Viel Akku fürs Geld
oth|Von Markus Weidner · Aktualisiert am 02.06.2025
dis|Hinweis: Mit * markierte Links sind Affiliate-Links. Beim Kauf erhalten wir ggf. eine Provision, der Preis ändert sich für Sie nicht.
oth|Testurteil: gut (1,9)
B|Das Velora T5 kostet 2.799 Euro und richtet sich an Pendler und Tourenfahrer. Wir sind es vier Wochen lang gefahren, im Alltag und auf einer 120-Kilometer-Tour.
B|Technische Daten
B|Motor: Mittelmotor, 85 Nm
B|Akku: 750 Wh, herausnehmbar
B|Schaltung: 10-Gang-Kettenschaltung
B|Gewicht: 26,4 kg (Größe L)
B|Zulässiges Gesamtgewicht: 150 kg
oth|Velora T5 ab 2.799 € bei Radhaus24*
oth|Velora T5 ab 2.849 € bei Bikemarkt*
B|Im Test schaffte der Akku im mittleren Unterstützungsmodus 104 Kilometer. Die Bremsen packen kräftig zu, die Federgabel spricht aber etwas träge an.
B|Pluspunkte: große Reichweite, gute Bremsen, fairer Preis
B|Minuspunkte: hohes Gewicht, einfache Federgabel
rel|Auch interessant
rel|Die besten City-E-Bikes unter 2.000 Euro
rel|E-Bike-Akku im Winter: So hält er länger
nl|Test-Newsletter: Neue Testergebnisse einmal pro Woche ins Postfach
ck|Wir nutzen Cookies und ähnliche Technologien. Mit „Zustimmen“ erlauben Sie die Verarbeitung zu Analyse- und Werbezwecken. Zustimmen | Ablehnen
"""),
]
