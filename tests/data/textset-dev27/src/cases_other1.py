"""textset-dev27, writer B: Japanese, Korean, Spanish, Portuguese and German cases with
sentence-shaped furniture. Tagged line lists for ../textset-dev20/src/make_cases.py.
"""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="",
     notes="Japanese regional paper on sake exports: menu and a push-notification pitch on top, a "
           "free-registration wall sentence in the middle (other), a 'facts as of publication' note "
           "and a no-reproduction notice (disclaimer), and related stories with summaries.",
     text="""
nav|ホーム | 地域 | 経済 | スポーツ | くらし | 動画
nav|アプリなら速報をプッシュ通知でお届けします。今すぐ無料でダウンロードしてください。
T|酒蔵の輸出額、3年で2倍に　県内12蔵が欧州向けに共同出荷
oth|2026年12月3日 6時00分
B|県酒造組合は2日、県内の酒蔵による日本酒の輸出額が2025年度に約9億4千万円となり、3年前のほぼ2倍に増えたと発表した。
B|伸びを支えたのは欧州向けで、12の蔵が今年から船便のコンテナを共同で借り、輸送費を1本あたり約3割抑えた。
oth|この記事は会員登録（無料）でお読みいただけます。続きを読むにはログインしてください。
B|組合の専務理事、長谷部康之さん（61）は「小さな蔵でも海外で勝負できる仕組みができた」と話す。
B|フランスでは和食店以外のレストランでの採用も広がっており、来春にはパリで試飲会を開く予定だ。
B|一方、円安の一服で利益が圧迫される懸念もあり、組合は価格設定の見直しを進めている。
dis|記事の内容は掲載時点の情報に基づいており、その後変更されている場合があります。
dis|当サイトに掲載されている記事・写真・図表の無断転載、複製を固くお断りします。
rel|関連記事
rel|県産米「はるみのり」作付け拡大へ
rel|酒米の価格高騰を受け、県は来年度から栽培農家への補助を1俵あたり千円上乗せする方針を固めた。
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="single",
     notes="Hard: a story about newspapers adding machine-translation notices; the quoted notice "
           "wordings are story lines. The page carries its own AI-summary notice (other) above "
           "the story, a reporter bio (other), a share bar and a comment prompt. Single newlines.",
     text="""
nav|メディア・テック
T|「AI翻訳」表示、新聞各社で広がる　読者の信頼どう守る
oth|この記事の要約はAIを活用して作成し、編集者が内容を確認しています。
oth|文・川村紗希（メディア担当）
B|人工知能（AI）を使った記事の翻訳が新聞社の間で広がり、記事の末尾に注記を入れる動きが相次いでいる。
B|大手紙の一つは今秋から英語版の記事に「この記事はAIを利用して翻訳し、記者が確認しました」という一文を添え始めた。
B|地方紙でも「翻訳には機械翻訳を使用しています。正確な内容は日本語の原文をご確認ください」と明記する例がある。
B|日本新聞協会の調査では、回答した社の約4割が何らかの形でAI翻訳を導入していた。
B|メディア論が専門の東都大学の北条真一教授は「注記があるだけで安心するのではなく、誤訳があった場合の訂正の仕組みまで示すべきだ」と指摘する。
oth|川村紗希　2018年入社。社会部を経てメディア・IT分野を担当。
sh|この記事をシェアする　X　Facebook　はてブ　LINE
com|この記事への感想をお寄せください。コメントは編集部が確認した後に掲載します。
"""),

dict(id="ko-001", lang="ko", hard=False, opts="single",
     notes="Korean daily on a traditional market's gift-voucher sales (single newlines): a cookie "
           "notice in a long sentence, a byline with e-mail, a foundation-support production note "
           "(other), a no-redistribution notice (disclaimer), a tip line and a popular-articles list.",
     text="""
ck|본 웹사이트는 서비스 개선과 맞춤형 광고 제공을 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.
ck|동의
T|온누리상품권 특별할인 첫날 전통시장 매출 40% 늘어
oth|한영미 기자 ymhan@dongbunews.kr | 입력 2026.12.02 17:31
B|정부가 온누리상품권 할인율을 연말까지 15%로 높인 첫날, 전국 주요 전통시장 매출이 평소보다 평균 40%가량 늘어난 것으로 나타났다.
B|중소벤처기업부는 2일 전국 150개 전통시장 점포 매출을 표본 조사한 결과 이같이 집계됐다고 밝혔다.
B|서울 망원시장에서 30년째 반찬가게를 운영하는 조순임(64)씨는 "오전에만 평소 하루 손님만큼 왔다"고 말했다.
B|다만 일부 시장에서는 상품권 가맹점이 아닌 점포가 많아 효과가 고르지 않다는 지적도 나온다.
B|중기부는 연말까지 가맹점을 3천 곳 추가로 늘릴 계획이다.
oth|이 기사는 지역신문발전위원회의 지원을 받아 작성되었습니다.
dis|저작권자 © 동부일보 무단전재 및 재배포, AI 학습 이용 금지
oth|제보는 카카오톡 채널 '동부일보 제보'나 이메일 jebo@dongbunews.kr로 보내주시면 검토 후 연락드리겠습니다.
rel|많이 본 뉴스
rel|김장철 배추값 한 달 새 30% 하락
rel|소상공인 전기료 감면 내년까지 연장
"""),

dict(id="hard-ko-001", lang="ko", hard=True, opts="",
     notes="Hard: a story about a portal's new comment policy that quotes its rule wordings; those "
           "lines are story. The page also carries its own comment-policy paragraph and a "
           "comment login prompt (comments), a byline, a share bar and an agency copyright line.",
     text="""
nav|IT·과학 > 인터넷
T|포털 '댓글 실명 공개' 확대…"표현 위축" vs "악플 감소"
oth|연합미디어 배성훈 기자 | 2026-12-04 14:02
B|국내 최대 포털이 다음 달부터 모든 뉴스 댓글 작성자의 활동 이력을 공개하기로 하면서 찬반 논란이 일고 있다.
B|포털 측은 공지에서 "댓글 작성 시 닉네임과 함께 최근 30일간 작성한 댓글 수가 표시됩니다"라고 밝혔다.
B|또 "욕설·비하 표현이 포함된 댓글은 AI가 자동으로 가려 보이지 않게 처리합니다"라는 문구도 새로 추가했다.
B|시민단체 디지털권리네트워크는 성명을 내고 "이용자의 표현을 위축시킬 우려가 크다"고 비판했다.
B|반면 포털 측은 지난해 시범 적용 결과 신고 건수가 27% 줄었다고 설명했다.
sh|공유하기 | 카카오톡 | 페이스북 | 링크복사
com|댓글 운영 원칙: 타인의 명예를 훼손하거나 특정 집단을 비하하는 댓글은 사전 통보 없이 삭제될 수 있으며, 반복 작성 시 이용이 제한됩니다.
com|로그인 후 댓글을 작성할 수 있습니다.
dis|<저작권자(c) 연합미디어, 무단 전재-재배포, AI 학습 및 활용 금지>
"""),

dict(id="es-001", lang="es", hard=False, opts="ws",
     notes="Mexican daily on water cuts (trailing whitespace): a long cookie notice and byline on "
           "top, a membership appeal between paragraphs (other), a newsletter pitch in prose, a "
           "'views are the author's own' line (disclaimer) and related teasers with summaries.",
     text="""
ck|Utilizamos cookies propias y de terceros para analizar el tráfico, personalizar los anuncios y mejorar tu experiencia; si sigues navegando, consideramos que aceptas su uso.
ck|Aceptar cookies
T|Cortes de agua afectarán a 14 colonias de Toluca durante el fin de semana
oth|Por Mariana Olvera Quezada | 3 de diciembre de 2026
B|El organismo de agua de Toluca anunció que suspenderá el suministro en 14 colonias del sur de la ciudad desde la mañana del sábado hasta la noche del domingo.
B|La interrupción se debe a la sustitución de una válvula de 36 pulgadas en la línea de conducción Ixtlahuaca–Toluca, según informó el director del organismo, Efrén Salgado.
oth|El periodismo local independiente necesita de tu apoyo. Hazte socio desde 59 pesos al mes y ayúdanos a seguir contando lo que pasa en tu ciudad.
B|Durante el corte se enviarán 22 pipas a escuelas, centros de salud y unidades habitacionales.
B|“Pedimos a la población almacenar agua desde el viernes y reportar cualquier fuga al 722 215 0000”, dijo Salgado.
B|El servicio se restablecerá de forma gradual y podría tardar hasta 24 horas en normalizarse en las zonas altas.
nl|¿Quieres recibir las noticias más importantes del Valle de Toluca cada mañana? Suscríbete gratis a nuestro boletín y llegará a tu correo antes de las 7:00.
dis|Las opiniones y datos expresados por las fuentes citadas son responsabilidad de quienes los emiten y no reflejan necesariamente la postura editorial de este medio.
rel|Te recomendamos
rel|Suben tarifas de agua para 2027 en cinco municipios
rel|El cabildo aprobó un incremento promedio de 4.5% que se aplicará a partir de febrero.
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="",
     notes="Hard: a reader's-ombudsman story about a published correction that quotes the "
           "correction wording ('Una versión anterior de este artículo…'); those lines are story. "
           "The page carries its own editor's update note (other), a corrections-policy line "
           "(other), a byline, share bar and comments closed line.",
     text="""
nav|Opinión › Defensoría del lector
T|Cuando un cero lo cambia todo: la cifra equivocada del presupuesto hospitalario
oth|Nota del editor: este texto se actualizó el 5 de diciembre para añadir la respuesta de la consejería de Salud.
oth|Lucía Barrenechea, defensora del lector | 04/12/2026
B|El pasado martes este diario publicó que la consejería de Salud destinaría 1.200 millones de euros a la reforma del hospital comarcal de Tordesillas. La cifra real era de 120 millones.
B|Varios lectores escribieron esa misma mañana para señalar el error, y la redacción lo corrigió a las pocas horas.
B|Al final de la pieza se añadió esta frase: “Una versión anterior de este artículo indicaba erróneamente que la inversión ascendía a 1.200 millones de euros”.
B|Algunos lectores consideran que la rectificación debió aparecer también en la portada, donde el titular con la cifra errónea estuvo casi cuatro horas.
B|Tienen razón. Nuestras normas dicen que un error que afecta al titular debe corregirse en el mismo lugar y con la misma visibilidad.
B|La consejería, por su parte, aclaró que los 120 millones se repartirán en tres ejercicios.
oth|Si detecta un error en nuestras informaciones, puede escribir a defensora@diariodelduero.es. Todas las correcciones se publican al pie de cada artículo.
sh|Compartir en WhatsApp | Facebook | X | Correo
com|Los comentarios de este artículo están cerrados.
"""),

dict(id="pt-001", lang="pt", hard=False, opts="",
     notes="Brazilian crypto aggregator repost: a dek glued to itself, source credit, a squashed "
           "price ticker in the middle, a registration promo in persuasive prose (crypto_promo), "
           "a not-advice disclaimer and stamped related teasers.",
     text="""
dup|Corretora paulista amplia oferta de staking.Corretora paulista amplia oferta de staking.
T|Corretora Ipê Digital passa a oferecer staking de solana para clientes de varejo
att|Publicado originalmente por Portal Bloco Zero
B|A corretora brasileira Ipê Digital anunciou nesta quinta-feira que passará a oferecer staking de solana (SOL) para todos os clientes pessoa física, com aplicação mínima de R$ 50.
B|Segundo a empresa, o rendimento estimado é de 6,1% ao ano, pago semanalmente na própria criptomoeda.
tk|SOL LogoSolana Preço(SOL)R$ 1.012,44R$ 1.012,44+3,27%BRL
B|O diretor de produtos da Ipê, Renato Albuquerque, disse que a demanda cresceu depois que o Banco Central publicou as regras definitivas para prestadoras de serviços de ativos virtuais.
B|“O cliente quer saber quem guarda as chaves. Agora conseguimos mostrar isso com clareza”, afirmou.
pr|Não fique de fora da próxima alta: abra sua conta em menos de cinco minutos e ganhe R$ 30 em bitcoin no primeiro depósito acima de R$ 200.
dis|Aviso: este conteúdo tem caráter exclusivamente informativo e não constitui recomendação de investimento. Criptoativos são voláteis e você pode perder todo o capital aplicado.
rel|Leia também
rel|Receita Federal muda declaração de criptoativos a partir de janeiro
rel|Portal Bloco Zero2026/12/03 09:14
rel|Stablecoin em reais atinge R$ 500 milhões em circulação
rel|Portal Bloco Zero2026/12/02 18:40
"""),

dict(id="de-001", lang="de", hard=False, opts="crlf",
     notes="German regional paper on a rail line closure (CRLF): breadcrumb, a standalone editor's "
           "correction note on top (other), an agency credit paragraph (attribution), a newsletter "
           "pitch in prose between paragraphs, a comment-rules paragraph and a read-more list.",
     text="""
nav|Startseite › Nordhessen › Mobilität & Pendeln
oth|Hinweis der Redaktion: In einer früheren Fassung dieses Artikels hieß es, die Sperrung beginne am 12. Januar. Richtig ist der 19. Januar. Wir haben die Stelle korrigiert.
T|Strecke Kassel–Warburg wird vier Wochen voll gesperrt
oth|Von Jonas Hellweg | 04.12.2026, 15:27 Uhr
B|Die Bahnstrecke zwischen Kassel und Warburg wird vom 19. Januar bis zum 16. Februar vollständig gesperrt. Das hat die Deutsche Bahn am Donnerstag mitgeteilt.
B|In dieser Zeit werden rund elf Kilometer Gleis erneuert sowie zwei Brücken bei Hofgeismar saniert.
nl|Sie wollen keine Baustelle und keinen Zugausfall in Nordhessen mehr verpassen? Dann melden Sie sich für unseren kostenlosen Pendler-Newsletter an, der jeden Montag erscheint.
B|Zwischen Kassel-Wilhelmshöhe und Warburg fahren Ersatzbusse, die Fahrzeit verlängert sich nach Angaben der Bahn um bis zu 40 Minuten.
B|Fahrgastverbände kritisieren den Zeitpunkt. „Ausgerechnet im Winter, wenn viele Pendler nicht aufs Rad umsteigen können“, sagte Ute Brandauer vom Fahrgastverband Nordhessen.
B|Die Bahn verweist darauf, dass die Arbeiten bereits zweimal verschoben worden seien.
att|Mit Material der Deutschen Presse-Agentur. Der Artikel wurde von der Redaktion ergänzt und aktualisiert.
com|Wir freuen uns über Ihre Meinung. Bitte bleiben Sie sachlich und respektvoll; Beiträge mit Beleidigungen oder Werbung werden von der Moderation entfernt.
rel|Mehr zum Thema
rel|Neue Regiotram-Linie soll 2029 starten
rel|Pendlerparkplatz in Grebenstein wird erweitert
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="",
     notes="Hard: a court story about paywall cancellation buttons on news sites that quotes the "
           "'Jetzt weiterlesen' and 'Verträge hier kündigen' wordings; those lines are story. The "
           "page carries its own paywall sentences and subscription offer (other), a byline, a "
           "share bar and a legal-note disclaimer.",
     text="""
nav|Recht & Verbraucher
oth|Sie haben Ihr Kontingent an kostenlosen Artikeln für diesen Monat aufgebraucht. Mit einem Digitalabo lesen Sie unbegrenzt weiter.
oth|Jetzt 4 Wochen für 0,99 € testen, danach 9,99 € monatlich, jederzeit kündbar.
T|Gericht: Verlage müssen Kündigungsknopf auch hinter der Bezahlschranke zeigen
oth|Von Miriam Stolzenberg | 02.12.2026
B|Das Oberlandesgericht Hamm hat entschieden, dass Nachrichtenportale den gesetzlich vorgeschriebenen Kündigungsbutton gut sichtbar anbieten müssen, auch wenn Leser gerade vor einer Bezahlschranke stehen.
B|Geklagt hatte die Verbraucherzentrale gegen einen westfälischen Zeitungsverlag.
B|Auf dessen Seiten erschien unter Artikeln groß der Hinweis „Jetzt weiterlesen mit Plus“, während der Link „Verträge hier kündigen“ nur im Fußbereich in grauer Schrift zu finden war.
B|Das Gericht sah darin einen Verstoß gegen das Gesetz für faire Verbraucherverträge.
B|„Wer mit einem Klick abschließen kann, muss auch mit wenigen Klicks kündigen können“, sagte die Vorsitzende Richterin.
B|Der Verlag kündigte an, Revision beim Bundesgerichtshof zu prüfen.
sh|Artikel teilen: Facebook · WhatsApp · E-Mail · Link kopieren
dis|Dieser Beitrag dient der allgemeinen Information und ersetzt keine individuelle Rechtsberatung im Einzelfall.
"""),
]
