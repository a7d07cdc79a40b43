"""textset-dev26, writer B: other-language cases, part 1 (ja, ko, es, pt, de).

note.com, Hatena Blog, Brunch, Tistory, Substack in Spanish, WordPress.com, a LinkedIn article,
a Ghost newsletter and a German blog on influencer ad labels.  Tagged line lists for
src/make_cases.py.
"""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="",
     notes="note.com post by a local reporter on a shopping arcade losing its roof: app header, author, date and follow button on top, a photo caption, a membership pitch mid-post, hashtag line, tip widget, like count, contest tag, comments and recommended posts below.",
     text="""
nav|note
nav|ログイン　会員登録
oth|山根ゆかり｜地方記者のメモ帳
oth|2026年3月14日 07:30
oth|フォロー
T|築60年の銀天街アーケード、4月から撤去へ　商店街は「屋根のない通り」で再出発
C|撤去工事を前に足場が組まれた銀天街のアーケード（筆者撮影）
B|鳥羽見市の中心商店街「銀天街」のアーケードが、4月1日から約3か月かけて撤去される。
B|1966年に完成した全長280メートルの屋根は老朽化が進み、昨年の台風ではパネル2枚が落下した。
B|改修には約4億円かかると試算され、加盟店が32店まで減った商店街振興組合には負担できない額だった。
nl|このマガジンを購読すると、毎週の取材メモがすべて読めます
B|組合の岡部理事長は「屋根がなくなるのは寂しいが、明るい通りにして若い出店者を呼びたい」と話す。
B|撤去後は歩道を石畳風に改修し、空き店舗の一部をチャレンジショップとして月1万円で貸し出す計画だ。
B|工事中も全店が通常どおり営業する。
nav|#商店街　#まちづくり　#地方ニュース
oth|この記事が気に入ったらチップで応援してみませんか？
oth|チップで応援する
sh|スキ 86
rel|この記事が参加している募集
rel|#わたしの街のニュース
com|コメント（4）
com|タマキ：子どもの頃、雨の日はいつもここで遊んでいました
rel|おすすめ記事
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="single",
     notes="Hard: a Hatena Blog post about a platform suspending accounts that bought likes, quoting 'スキ 1,000件 3,980円' and a like count in story lines, on a page with its own star and bookmark bar, reader button, related entries and a profile box.",
     text="""
nav|はてなブログ
nav|ブログを書く　ログイン
oth|ネットの片隅から
oth|2026-05-08
T|「スキ」を買う人たち　投稿サイトが312アカウントを凍結
B|ブログ投稿サービス「ノートリア」は5月7日、外部の業者から「スキ」を購入していた312のアカウントを凍結したと発表した。
B|業者はSNS上で「スキ 1,000件 3,980円」「3日で人気記事入り保証」といった広告を出していた。
B|凍結されたアカウントの中には、1本の記事に「スキ 2,416」が付いていたのに閲覧数が300しかないものもあったという。
B|同社は「いいねの数が記事の評価をゆがめ、おすすめ欄の公平性を損なう」と説明している。
B|今後は短時間に集中した評価を自動で検知し、数字を非表示にする措置も検討するとしている。
oth|広告を非表示にする
oth|kaori_tsubame 2026-05-08 21:40
sh|はてなスター 12
sh|はてなブックマーク - 「スキ」を買う人たち
nl|読者になる
rel|関連記事
rel|SNSの「フォロワー購入」、どこから違法になるのか
oth|プロフィール
oth|元新聞記者。ネットとメディアのことを書いています。
nav|カテゴリー：ネット　メディア
"""),

dict(id="ko-001", lang="ko", hard=False, opts="",
     notes="Brunch essay-report by a former reporter on a rural bus route being cut: app header, magazine name, author and subscribe button on top, a keyword line, like/comment/share bar, author's subscribe pitch and previous/next links below.",
     text="""
nav|brunch story
oth|지방에서 기자로 살기
oth|by 한서윤
nl|구독
oth|Apr 02. 2026
T|하루 네 번 오던 버스가 끊긴 마을
B|충남 가온군 덕산리를 지나던 311번 버스가 4월 1일부터 운행을 멈췄다.
B|하루 네 번, 군청 소재지까지 40분 걸리던 노선이다.
B|군은 적자 노선 정리 방침에 따라 이 노선의 보조금을 올해 예산에서 뺐다. 지난해 하루 평균 승객은 11명이었다.
B|대신 전화로 부르는 수요응답형 택시가 투입됐지만, 전날 오후 5시까지 예약해야 한다.
B|덕산리 이장 박명호 씨는 “병원 가는 날을 하루 전에 정할 수 있는 노인이 얼마나 되겠느냐”고 말했다.
B|군 관계자는 “이용 실적을 보고 하반기에 운행 시간을 다시 조정하겠다”고 했다.
nav|버스노선　지방소멸　교통복지
sh|라이킷 24
com|댓글 3
sh|공유
nl|한서윤 작가의 글을 계속 받아보려면 구독하세요
nl|구독자 1,208
rel|작가의 이전글
rel|작가의 다음글
"""),

dict(id="hard-ko-001", lang="ko", hard=True, opts="crlf",
     notes="Hard: a Tistory blog post on the 'kimchi premium' whose hourly coin prices are story lines, on a page with a real price-ticker widget, an exchange sign-up promo, an investment disclaimer, empathy/share buttons, tags and comments.",
     text="""
tk|BTC/KRW 141,350,000 ▲1.2%　ETH/KRW 4,402,000 ▼0.6%　XRP/KRW 812 ▲3.4%
nav|코인 일기장
nav|홈　태그　방명록
pr|지금 가입하면 거래 수수료 50% 할인 + 신규 회원 2만 원 지원
T|김치 프리미엄 하루 만에 7%까지… 오늘 원화 시세 흐름 정리
oth|2026. 4. 17. 23:05
B|오늘 국내 거래소의 비트코인 가격이 해외보다 최대 7% 가까이 높게 형성됐다. 이른바 김치 프리미엄이다.
B|시간대별로 정리하면 이렇다.
B|오전 9시 1억 3,980만 원 (프리미엄 3.1%)
B|오후 2시 1억 4,260만 원 (프리미엄 5.8%)
B|오후 9시 1억 4,410만 원 (프리미엄 6.9%)
B|업계에서는 원화 입금이 한꺼번에 몰린 데다 해외 송금 한도 때문에 차익 거래가 막힌 것을 원인으로 본다.
B|2021년에도 프리미엄이 20%를 넘었다가 몇 주 만에 사라진 적이 있어 추격 매수는 조심해야 한다는 지적이 나온다.
dis|본 블로그의 글은 투자 권유가 아니며, 투자에 따른 손실은 투자자 본인에게 있습니다.
sh|공감 37
sh|공유하기
nav|태그 김치프리미엄, 비트코인, 원화마켓
com|댓글 6
com|코린이: 오늘 사려다 참았는데 다행이네요
rel|'코인' 카테고리의 다른 글
rel|비트코인 반감기 2년 후, 채굴 업체들은 어떻게 됐나
"""),

dict(id="es-001", lang="es", hard=False, opts="single",
     notes="A local reporter's Substack newsletter republishing her story on a water cut: publication name and subscribe button on top, an in-post subscribe box mid-story, repost credit, like/comment/restack bar, 'discover more' box and comments below.",
     text="""
nav|Crónica de Valdemora
nl|Suscribirse
nav|Iniciar sesión
T|Valdemora tendrá cortes de agua nocturnos durante tres semanas
oth|Lucía Sarrión
oth|11 mar 2026
sh|♡ 41 · 💬 6 · ↻ 3
B|El Ayuntamiento de Valdemora cortará el suministro de agua cada noche, de 0.00 a 6.00, a partir del lunes 16 de marzo.
B|La medida durará tres semanas y afecta a los barrios de La Vega, El Cerrillo y el casco antiguo.
B|El motivo es la sustitución de la tubería principal que baja del depósito de Los Alamillos, instalada en 1971.
nl|Gracias por leer Crónica de Valdemora. Suscríbete gratis para recibir cada nueva entrega en tu correo.
nl|Escribe tu correo electrónico…
B|«Sabemos que es una molestia, pero la tubería ya ha reventado cuatro veces este invierno», explicó el concejal de Servicios, Andrés Peñalver.
B|Los vecinos con personas dependientes pueden pedir un depósito portátil llamando al 010.
B|Las obras costarán 1,2 millones de euros.
att|Una versión de esta noticia se publicó en el Diario del Valle Alto.
sh|Me gusta · Comentar · Restack
nl|Descubre más de Crónica de Valdemora
nl|Noticias de mi pueblo, contadas por alguien que vive en él. Suscríbete para seguir leyendo.
com|6 comentarios
com|Marisa G.: ¿Y los bares del casco antiguo qué hacen por la noche?
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="",
     notes="Hard: a WordPress.com blog of a privacy lawyer about a fine for a rigged cookie banner, quoting 'Aceptar todas', 'Configurar' and the banner's own sentence in story lines, on a page that carries its own cookie notice, share buttons, like button, related posts and comments.",
     text="""
ck|Privacidad y cookies: este blog usa cookies de WordPress.com. Si sigues navegando, aceptas su uso.
ck|Cerrar y aceptar
nav|Derecho en la red
nav|Inicio　Sobre mí　Contacto
T|Multa de 180.000 euros a una agencia de viajes por esconder el botón de rechazar cookies
oth|Publicado el 22 de abril de 2026 por Julia Ferrán
B|La autoridad de protección de datos ha multado con 180.000 euros a Viajes Lumbre por el diseño de su banner de cookies.
B|El banner mostraba un botón verde con el texto «Aceptar todas» y, al lado, un enlace gris y pequeño que decía «Configurar».
B|Para rechazar las cookies había que entrar en «Configurar», desplegar cuatro categorías y desmarcar 38 casillas una a una.
B|La resolución cita literalmente la frase del aviso: «Usamos cookies para mejorar tu experiencia. Al continuar navegando, aceptas su uso».
B|Según la autoridad, continuar navegando no equivale a un consentimiento libre, y rechazar debe ser tan fácil como aceptar.
B|La empresa tiene un mes para recurrir.
sh|Comparte esto:
sh|X　Facebook　WhatsApp　Correo electrónico
sh|Me gusta Cargando...
rel|Relacionado
rel|Qué cambia con las nuevas directrices sobre patrones oscuros
com|4 comentarios
com|Deja un comentario
"""),

dict(id="pt-001", lang="pt", hard=False, opts="",
     notes="LinkedIn article by a port reporter on a dock strike: cookie dialog, skip link and sign-in menu on top, author headline, date and follow button, reaction and comment counts, action bar, more-articles list and footer below.",
     text="""
ck|O LinkedIn e parceiros usam cookies para melhorar sua experiência e exibir anúncios relevantes. Saiba mais na nossa Política de Cookies.
ck|Aceitar　Rejeitar
nav|Pular para conteúdo principal
nav|Entrar　Cadastre-se agora
T|Greve no Porto de Serrano já deixa 40 navios à espera
oth|Marina Okada
oth|Repórter de economia | Portos, logística e comércio exterior
oth|Publicado em 12 de mar. de 2026
oth|+ Seguir
B|A greve dos estivadores do Porto de Serrano chegou ao sexto dia nesta quinta-feira, com 40 navios aguardando atracação.
B|O sindicato pede reajuste de 9% e a contratação de 300 trabalhadores avulsos; a autoridade portuária oferece 5,5%.
B|Exportadores de café e soja estimam perdas de R$ 22 milhões por dia parado.
B|“Não vamos voltar sem um acordo assinado”, disse o presidente do sindicato, Edvaldo Pires.
B|Uma nova rodada de negociação está marcada para segunda-feira no Tribunal Regional do Trabalho.
sh|87 reações
com|14 comentários
sh|Gostei　Comentar　Compartilhar
com|Mais relevantes
rel|Mais artigos de Marina Okada
rel|Por que os portos do Sul estão perdendo cargas para o Uruguai
nav|© 2026　Sobre　Acessibilidade　Contrato do Usuário　Política de Privacidade
"""),

dict(id="de-001", lang="de", hard=False, opts="",
     notes="Ghost newsletter site of a local journalist on a delayed pool renovation: cookie notice and menu on top, byline and reading time, a members-only box mid-story, subscribe box, comment sign-in prompt and read-next list below.",
     text="""
ck|Wir verwenden nur technisch notwendige Cookies und zählen Besuche ohne Tracking. Einverstanden?
ck|OK
nav|Der Kiezbote
nav|Start　Archiv　Über uns　Abonnieren
T|Stadtbad Lindenhof öffnet frühestens im Herbst 2027
oth|Von Jonas Wehrle
oth|18. März 2026 · 4 Min. Lesezeit
B|Das Stadtbad Lindenhof bleibt mindestens anderthalb Jahre länger geschlossen als geplant.
B|Bei der Sanierung des Beckens hat die Baufirma Risse in der Bodenplatte gefunden, die erst begutachtet werden müssen.
B|Die Kosten steigen damit von 14,2 auf voraussichtlich 19 Millionen Euro.
nl|Dieser Beitrag ist für alle frei lesbar. Unterstütze unabhängigen Lokaljournalismus mit einem Abo ab 5 Euro im Monat.
B|„Wir hätten uns auch eine bessere Nachricht gewünscht“, sagte Baustadträtin Meike Orlowski im Ausschuss.
B|Die Schulen im Bezirk müssen für den Schwimmunterricht weiter nach Tegelfeld ausweichen.
B|Der Förderverein sammelt Unterschriften für einen Zwischenbetrieb des Lehrschwimmbeckens.
nl|Neue Beiträge direkt ins Postfach
nl|deine@email.de
nl|Abonnieren
com|Melde dich an, um mitzudiskutieren.
com|12 Kommentare
rel|Weiterlesen
rel|Was wird aus dem alten Straßenbahndepot?
oth|Der Kiezbote © 2026 – Mit Ghost veröffentlicht
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="ws",
     notes="Hard: a media blog post on a court ruling about influencer ad labels, quoting 'Anzeige', 'Werbung' and 'bezahlte Partnerschaft' in story lines, on a page that carries its own 'Anzeige' labels, a sponsored teaser, share buttons, a newsletter box and comments.",
     text="""
nav|medienwatch.blog
nav|Startseite　Recht　Plattformen　Newsletter
oth|Anzeige
T|Gericht: „#ad“ am Ende eines Posts reicht nicht als Werbekennzeichnung
oth|Von Katrin Albers | 7. Mai 2026
B|Das Landgericht Hellstein hat einer Fitness-Influencerin untersagt, bezahlte Beiträge nur mit „#ad“ am Ende der Bildunterschrift zu kennzeichnen.
B|Geklagt hatte ein Verbraucherschutzverein. Die Influencerin hatte für einen Proteinriegel geworben, der Hinweis stand nach 14 anderen Hashtags.
B|Nach Ansicht des Gerichts muss ein Wort wie „Anzeige“ oder „Werbung“ gleich zu Beginn und ohne Aufklappen sichtbar sein.
oth|Anzeige
B|Die Plattform-Funktion „bezahlte Partnerschaft“ erfülle diese Pflicht, wenn der Hinweis über dem Beitrag angezeigt wird.
B|Die Influencerin kann Berufung einlegen. Ihr Anwalt kündigte an, das Urteil prüfen zu wollen.
B|Az. 3 O 211/25
oth|Gesponsert: So sparen Selbstständige bei der Steuererklärung
sh|Teilen auf: Facebook · LinkedIn · Mastodon · E-Mail
nl|Der medienwatch-Newsletter: jeden Freitag das Wichtigste aus Medienrecht und Plattformen.
com|3 Antworten auf „Gericht: „#ad“ am Ende eines Posts reicht nicht als Werbekennzeichnung“
com|Tobias R. sagt: Endlich! Ich habe bei manchen Posts erst nach dem dritten Scrollen gemerkt, dass es Werbung ist.
"""),
]
