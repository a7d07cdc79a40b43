"""textset-dev31, writer B: Japanese, Korean, Spanish, Portuguese, French and Italian cases
with sponsored, partner and commercial furniture (PR and 広告企画 labels, 브랜드 콘텐츠, betting
odds and their warnings, listings, travel deals, affiliate price boxes, subscription offers)."""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="",
     notes="Japanese news portal, a local railway's new trains; photo caption; a [PR] native teaser and a 広告企画 tie-up between paragraphs (other), provider credit, comment prompt and a 'recommended by' grid of sponsored teasers at the bottom.",
     text="""
nav|ニュース ＞ 地域 ＞ 中部
T|湖西鉄道に新型車両 22年ぶり、来春から運行
oth|12/6(土) 18:05配信
C|報道陣に公開された新型車両「KS-500形」＝6日、湖西市の車両基地
B|湖西鉄道は6日、来年3月から運行を始める新型車両「KS-500形」を車両基地で報道陣に公開した。
B|新型車両の導入は22年ぶりで、2両編成を4本、総額約18億円で導入する。
oth|[PR] 冬のボーナスで始める資産運用、まずは無料相談から
B|座席の一部を車いすやベビーカー用のフリースペースとし、全ての扉にホームとの段差を減らすステップを設けた。
B|消費電力は現行車両より約35%少ないという。
oth|広告企画　湖西温泉郷で過ごす冬の二泊三日　宿泊プラン1万9800円から
B|同社の森下悠介社長は「沿線の高校生やお年寄りが安心して乗れる車両にしたい」と話した。
att|提供：湖西日日新聞
com|この記事にコメントする（12件）
oth|おすすめ記事［PR］
oth|膝の痛みに悩む60代が試した「寝る前の3分習慣」とは
oth|今なら初月無料　話題の英会話アプリ
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="",
     notes="Hard: the consumer agency warns price-comparison and ranking sites about 'No.1' claims and hidden affiliate fees; the story quotes an affiliate disclosure and a '最安値ショップを見る' button; the page carries the real disclosure (disclaimer) and shop price rows (other).",
     text="""
nav|暮らし ＞ 消費者
dis|※当サイトはアフィリエイトプログラムによる収益を得ています
T|比較サイトの「No.1」表示に根拠なし 消費者庁が7社に指導
oth|2026年12月5日 17:40　経済部・市川さやか
B|消費者庁は5日、家電や保険を比較するウェブサイト7社に対し、「満足度No.1」などの表示に客観的な根拠がないとして改善を指導した。
B|同庁によると、ランキング上位の商品ほど販売店から支払われる紹介料が高い傾向があった。
B|あるサイトは記事の末尾に小さく「※本記事は広告を含みます」と記載していたが、ランキングの並び順が紹介料で決まることは説明していなかった。
B|「最安値ショップを見る」と書かれたボタンが、実際には最安ではない提携店につながっていた例もあった。
oth|価格比較
oth|ふとん乾燥機 FD-30　Aショップ 12,980円　Bマート 13,420円　最安値ショップを見る
B|同庁の担当者は「順位がどう決まるのかを、読者が分かる場所に書いてほしい」と話している。
rel|関連記事
rel|「定期購入」トラブル相談が過去最多に
sh|ポスト　シェア　はてブ　LINEで送る
"""),

dict(id="ko-001", lang="ko", hard=False, opts="single",
     notes="Korean regional paper scraped from the headline down (no noise on top), a strawberry festival; a 브랜드 콘텐츠 teaser and a new-apartment sales ad mid-story (other), reporter line with e-mail, copyright line, a subscription offer with prices and a comment count.",
     text="""
T|논산 딸기축제 내년 3월 개막…체험 프로그램 두 배로
B|충남 논산시는 내년 3월 19일부터 나흘간 논산천 둔치 일원에서 딸기축제를 연다고 6일 밝혔다.
B|올해는 딸기 따기와 잼 만들기 등 체험 프로그램을 24개로 늘렸다.
oth|브랜드 콘텐츠
oth|겨울철 면역력, 유산균 하나로 챙기세요…첫 구매 50% 할인
B|시는 관람객 편의를 위해 논산역과 축제장을 오가는 셔틀버스를 15분 간격으로 운행할 계획이다.
B|지난해 축제에는 약 62만 명이 찾아 농가 직거래 매출이 41억 원에 달했다.
oth|[분양광고] 논산 센트럴 더힐 84㎡ 특별공급 접수중 분양문의 1588-0472
oth|윤서진 기자 sjyoon@chungnamilbo.kr
oth|승인 2026.12.06 10:12
dis|저작권자 © 충남일보 무단전재 및 재배포 금지
oth|디지털 구독 첫 달 100원, 이후 월 9,900원
com|댓글 3
"""),

dict(id="hard-ko-001", lang="ko", hard=True, opts="",
     notes="Hard: the competition regulator orders delivery apps to mark paid top slots as ads; the story quotes the '광고' and '추천' wordings; the page itself has AD slots and a 'partner content' label (other).",
     text="""
oth|AD
nav|경제 > 유통
T|배달앱 '추천 맛집' 상단은 광고…공정위 \"광고 표시 명확히\"
oth|입력 2026.12.04 14:30 | 수정 2026.12.04 16:02
B|공정거래위원회는 4일 배달앱 3곳이 광고비를 낸 가게를 '추천 맛집' 상단에 올리면서 광고라는 사실을 제대로 알리지 않았다며 시정명령을 내렸다.
B|해당 앱들은 화면 구석에 회색 글씨로 'AD'라고만 표시하거나, 아예 표시 없이 '추천'이라는 문구만 썼다.
B|공정위는 앞으로 상단 노출 가게에 '광고'라는 한글 표기를 가게 이름과 같은 크기로 붙이도록 했다.
oth|파트너 콘텐츠
oth|연말 모임엔 한우 오마카세…12월 한정 1인 8만9천원
B|업계는 화면 개편에 약 두 달이 걸릴 것으로 보고 있다.
B|한 자영업자는 \"광고비를 안 내면 목록 맨 아래로 밀려 주문이 절반으로 줄었다\"고 말했다.
rel|많이 본 뉴스
rel|편의점 도시락 가격 또 올라…평균 5천원 돌파
sh|페이스북 카카오톡 링크복사
"""),

dict(id="es-001", lang="es", hard=False, opts="",
     notes="Spanish regional paper, a football match; cookie wall on top, a 'publicidad' label and a betting odds promo with its responsible-gambling line mid-story, sponsored grid and a subscription offer at the bottom; extra blank lines before the footer.",
     text="""
ck|Usamos cookies propias y de terceros para personalizar anuncios. Puedes aceptarlas o configurarlas.
ck|Aceptar y continuar
ck|Configurar
nav|Portada · Deportes · Fútbol · Segunda RFEF
T|El Atlético Vegamar remonta ante el Racing Puertollano con diez jugadores
oth|Por Andrés Soler · Vegamar · 7 dic 2026 - 00:14
B|El Atlético Vegamar sumó su tercera victoria seguida al vencer 2-1 al Racing Puertollano en el estadio Los Almendros.
B|Los visitantes se adelantaron en el minuto 22 con un gol de cabeza de Iker Salazar.
oth|Publicidad
oth|Apuesta por el líder: Vegamar gana a 1,95 · Empate 3,30 · Puertollano 4,10
dis|+18 · Juega con responsabilidad · Autoprohibición: 900 110 482
B|La expulsión de Dani Ferrer en el 40 dejó al Vegamar con diez, pero el equipo reaccionó tras el descanso.
B|Rubén Ocaña empató en el 58 y Kevin Mbaye marcó el 2-1 en el 86.
B|«Con uno menos hemos sido más equipo que nunca», dijo el entrenador Paco Linares.
~
oth|Contenido patrocinado
oth|Así puedes cambiar tu vieja caldera por una aerotermia con ayudas
oth|Suscríbete por 1 € el primer mes y lee sin límites
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="",
     notes="Hard: a court upholds a town's ban on betting ads at bus stops; the story quotes a welcome-bonus ad, a responsible-gambling line and odds as news (body); the page itself carries a sponsored betting slot and its warning line (other/disclaimer).",
     text="""
nav|Inicio > Economía > Publicidad
T|Un juzgado avala que Valdemora retire los anuncios de apuestas de sus marquesinas
oth|Lucía Ferrán | Valdemora | 05/12/2026 13:27
B|El Juzgado de lo Contencioso número 2 de Valdemora ha dado la razón al ayuntamiento, que en 2025 prohibió los anuncios de casas de apuestas en marquesinas y autobuses urbanos.
B|La sentencia cita como ejemplo un cartel situado frente a un instituto: «Bono de bienvenida de hasta 200 € en tu primera apuesta».
B|Según el juez, la advertencia «+18. Juega con responsabilidad» ocupaba menos del 3 % de la superficie del cartel.
oth|Patrocinado
oth|Apuestas seguras no existen, pero cuotas mejoradas sí: Madrid-Bilbao a 2,40
dis|Juego seguro. Prohibido a menores. Autoprohibición en ordenacionjuego-ayuda.es
B|El fallo menciona también otro cartel que presentaba la cuota 1,01 como «apuesta casi segura».
B|Las asociaciones de afectados por el juego celebraron la decisión.
B|La empresa concesionaria de la publicidad urbana estudia recurrir ante el Tribunal Superior de Justicia.
rel|Te puede interesar
rel|Las quejas por publicidad engañosa crecen un 18 % en un año
nl|Recibe cada mañana el boletín de Economía en tu correo
"""),

dict(id="pt-001", lang="pt", hard=False, opts="ws",
     notes="Brazilian portal, a housing programme; doubled dek on top (duplicate), a publieditorial label and property listings mid-page, a jobs box and a newsletter pitch at the bottom; trailing whitespace on some lines.",
     text="""
dup|Prefeitura abre inscrições para 1.200 apartamentos.Prefeitura abre inscrições para 1.200 apartamentos.
nav|Início / Cidades / Habitação
T|Serra Dourada abre inscrições para 1.200 apartamentos populares
oth|Por Mariana Queiroz, de Serra Dourada · 06/12/2026 09h40
B|A prefeitura de Serra Dourada abriu nesta segunda-feira as inscrições para 1.200 apartamentos do programa Morar Perto.
B|Podem participar famílias com renda mensal de até três salários mínimos que moram há pelo menos dois anos na cidade.
oth|PUBLIEDITORIAL
oth|Imóveis em destaque: Apto 2 quartos no Jardim Aurora, R$ 289 mil — agende sua visita
B|As inscrições vão até 20 de dezembro e podem ser feitas pelo site da prefeitura ou em quatro postos de atendimento.
B|O sorteio está marcado para fevereiro, com cotas para idosos e pessoas com deficiência.
B|As primeiras chaves devem ser entregues no segundo semestre de 2027.
oth|Vagas de emprego na região: auxiliar de obras, pedreiro e mestre de obras — veja todas
nl|Receba as notícias de Serra Dourada no seu WhatsApp
sh|Compartilhar esta matéria: WhatsApp | Facebook | Copiar link
"""),

dict(id="fr-001", lang="fr", hard=False, opts="ws",
     notes="French regional site, a ski resort opening; consent banner on top, a publireportage and a holiday-deal box mid-story (other), partner-content grid, AFP credit and share row at the bottom.",
     text="""
ck|Avec votre accord, nos partenaires et nous utilisons des cookies pour mesurer l'audience et afficher des publicités.
ck|Tout accepter
ck|Continuer sans accepter
T|Saint-Alban-les-Neiges ouvre ses pistes avec une semaine d'avance
oth|Publié le 06/12/2026 à 08h12 · Par Hélène Garnier
B|Grâce aux chutes de neige de la fin novembre, la station de Saint-Alban-les-Neiges ouvrira samedi 18 de ses 34 pistes.
B|Le forfait journée adulte passe à 46,50 euros, contre 44 euros l'hiver dernier.
oth|PUBLIREPORTAGE
oth|Séjour 7 nuits en résidence 3* au pied des pistes dès 489 € par personne
B|La station mise aussi sur un nouveau télésiège débrayable de six places, qui a coûté 9,2 millions d'euros.
B|« La saison s'annonce bonne, les réservations sont en hausse de 12 % », se réjouit le directeur, Marc Tissot.
att|Avec AFP
oth|Contenus sponsorisés
oth|Ce chalet savoyard se loue moins cher qu'un studio parisien
oth|Mutuelle senior : comparez les offres en deux minutes
sh|Partagez l'article : Facebook | X | Messenger | Copier le lien
"""),

dict(id="it-001", lang="it", hard=False, opts="nofinal",
     notes="Italian local site, the grape harvest; an 'in collaborazione con' sponsor line on top, an affiliate offer box with 'miglior prezzo' rows and a commission disclaimer mid-story, most-read list at the bottom; no final newline.",
     text="""
nav|Home › Economia › Agricoltura
oth|In collaborazione con Cantine Sociali del Montelago
T|Vendemmia 2026 nel Montelago: meno uva, ma qualità altissima
oth|di Giulia Rinaldi | 05 dicembre 2026
B|La vendemmia appena conclusa nel Montelago ha prodotto circa 410 mila quintali di uva, il 9% in meno rispetto al 2025.
B|Il caldo di luglio ha ridotto le rese, ma le uve sono arrivate in cantina perfettamente sane.
oth|Offerta del giorno
oth|Decanter in cristallo 1,5 l — miglior prezzo oggi 24,90 € su ShopVino (-38%)
dis|Come affiliati riceviamo una commissione sugli acquisti idonei, senza costi aggiuntivi per te.
B|Il presidente del consorzio, Enrico Bassani, parla di «una delle annate migliori dell'ultimo decennio».
B|Il prezzo medio delle uve rosse è salito a 68 euro al quintale.
rel|I più letti
rel|Olio nuovo, i frantoi del lago aprono le porte
rel|Mercato del tartufo, prezzi in calo del 15%
"""),
]
