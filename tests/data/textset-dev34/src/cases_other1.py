"""textset-dev34, writer B: other-language cases, part 1 (ja, ko, es, pt, de).

Sentence-shaped furniture: print-origin and update notes, correction notices, podcast promos,
tip lines, funder lines, methodology paragraphs, holdings disclosures, licence notices,
membership and donation appeals, trust statements, comment-policy paragraphs.
"""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="~",
     notes="Japanese regional paper on a sake brewery closing: a print-origin note at the top and a stamp with reading time (other); a related-article link in the middle; after extra blank lines a podcast promo in prose and a tip-line paragraph (other) and share buttons.",
     text="""
nav|ホーム > 地域 > 県北
oth|この記事は2026年11月22日付の朝刊に掲載した記事を、一部加筆・修正したものです。
T|創業180年の酒蔵、今季で仕込み終了　後継者見つからず
oth|2026年12月1日 6:00（約4分で読めます）
B|県北部・雪見町の酒蔵「白峰酒造」が、今季の仕込みを最後に酒造りを終えることを決めた。
B|1846年の創業で、現在の蔵元・岩城良平さん（74）は七代目にあたる。
B|長女と長男はいずれも県外で就職しており、外部からの後継者も探したが、条件が合わなかったという。
B|「酒は造れても、蔵を継ぐ人は造れなかった」
rel|【関連記事】県内の酒蔵、10年で3割減　原料米の高騰も追い打ち
B|白峰酒造の年間出荷量は一升瓶換算で約4万本。地元の祭りや結婚式で長く親しまれてきた。
B|最後の新酒は来年2月の蔵開きで販売する予定で、岩城さんは「最後の一滴まで、いつも通りに造る」と話した。
~
oth|この記事の取材の裏側を、ポッドキャスト「記者のしごと」第42回で担当記者が語っています。各種配信サービスでお聴きいただけます。
oth|情報をお寄せください。身の回りの困りごとや疑問を、LINEやメールで受け付けています。取材班が調べます。
sh|Xでポスト
sh|Facebookでシェア
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="",
     notes="Hard: a study of how outlets place corrections, quoting the stock apology phrase in a story line; the page's own correction notice opens the scrape (other), a related headline with its one-sentence summary (related_links) and a reader-feedback line (other) close it.",
     text="""
oth|【訂正】21日に配信した本記事で、調査対象の新聞社数を「38社」としていましたが、「36社」の誤りでした。訂正しました。
nav|社会 | メディア
T|訂正記事、6割が「目立たない場所」に　大学チーム調査
oth|2026/11/21 19:40（最終更新 11/22 10:05）
B|新聞やニュースサイトが誤りを正す「訂正記事」の多くが、読者の目に届きにくい場所に掲載されている――。東和大学の研究チームがこんな調査結果をまとめた。
B|チームは全国の新聞社36社のウェブサイトで、今年上半期に出された訂正計812件を分析した。
B|その結果、全体の61%が記事の末尾や別ページに短く置かれ、元の記事の冒頭で誤りに触れていたのは2割に満たなかった。
B|紙面で定番の「おわびして訂正します」という一文も、ネット版では省かれる例が目立ったという。
B|研究代表の小野寺沙織准教授は「訂正の場所を統一し、いつ、何を直したかを記事の冒頭に明記すべきだ」と話す。
B|一方、ある地方紙の担当者は「読者の指摘で直した小さな誤字まで冒頭に載せると、かえって読みにくくなる」と語った。
rel|あわせて読みたい
rel|ネットの誤情報、訂正が届くのは拡散の1割　SNS分析
rel|誤った投稿が広がった後に出された訂正や削除の告知は、元の投稿を見た人の約1割にしか届いていなかった。研究者は「訂正は速さが命」と指摘する。
sh|この記事をシェアする
oth|この記事へのご意見・ご指摘は、読者窓口のメールフォームからお寄せください。
"""),

dict(id="ko-001", lang="ko", hard=False, opts="single",
     notes="Korean regional paper on a fish market reopening: input/update stamp, listen widget and reporter line at the top; an inline related link in the middle; a press-fund support line and a tip line (other) and the no-reproduction line (disclaimer) at the bottom.",
     text="""
nav|부산바다일보 | 지역 > 부산
oth|입력 2026.11.30 09:12 수정 2026.11.30 10:40
oth|기사를 읽어드립니다 (약 3분)
T|반세기 된 남항 어시장, 3년 공사 끝에 새 단장
oth|정하람 기자
B|부산 남항 어시장이 3년에 걸친 현대화 공사를 마치고 다음 달 2일 다시 문을 연다.
B|새 시장은 지하 1층, 지상 3층 규모로, 1층에는 점포 214곳이 들어서고 2층에는 횟집 식당가가 마련됐다.
B|공사비는 모두 486억 원이 들었으며, 이 가운데 국비와 시비가 70%를 차지한다.
rel|[관련기사] 남항 어시장 임시시장 상인들 "손님이 절반으로 줄었다"
B|상인회 이순자 회장은 "비가 오면 바닥이 물바다가 되던 시절은 이제 끝났다"고 말했다.
B|다만 일부 상인들은 새 점포의 임대료가 임시시장보다 두 배 가까이 올랐다며 불만을 나타냈다.
B|부산시는 개장 첫 달 임대료를 50% 감면하기로 했다.
oth|이 기사는 지역신문발전기금을 지원받아 취재·작성되었습니다.
oth|제보나 의견은 이메일(tip@busanbada.co.kr) 또는 카카오톡 채널 '부산바다일보'로 보내주세요.
dis|저작권자 © 부산바다일보 무단전재 및 재배포, AI학습 이용 금지
sh|공유하기 좋아요 스크랩
"""),

dict(id="hard-ko-001", lang="ko", hard=True, opts="nofinal",
     notes="Hard: a story about reader-donation models that quotes the donation wording outlets use; the page's own donation appeal is other, the login-to-comment line and comment rules are comments.",
     text="""
nav|미디어 | 언론 산업
T|"광고 대신 독자" 후원제 도입 2년, 독립매체 절반이 적자 탈출
oth|윤세진 기자 | 승인 2026.11.27 17:20
B|광고 수익 대신 독자 후원으로 운영하는 국내 독립 언론사 가운데 절반가량이 도입 2년 만에 적자에서 벗어난 것으로 나타났다.
B|새언론연구소가 후원제를 운영하는 독립매체 28곳을 조사한 결과, 14곳이 지난해 흑자를 기록했다.
B|이들 매체는 기사 하단에 "여러분의 후원이 독립 언론을 지킵니다" 같은 문구를 넣고, 월 5천 원부터 정기 후원을 받는다.
B|정기 후원자 수가 1만 명을 넘은 곳은 3곳이었다.
B|반면 후원 요청 문구가 기사보다 먼저 뜨는 팝업 방식은 독자 이탈을 부른다는 지적도 나왔다.
B|연구소 측은 "후원 안내를 기사 흐름을 끊지 않는 위치에 두는 매체일수록 후원 유지율이 높았다"고 설명했다.
oth|이 기사가 도움이 되셨나요? 한 달 커피 한 잔 값인 5,000원으로 광고 없는 저널리즘을 응원해 주세요. 지금 후원하기
com|로그인하고 이 기사에 첫 번째 댓글을 남겨보세요.
com|댓글 운영 원칙: 욕설, 비방, 광고성 댓글은 사전 통보 없이 삭제될 수 있습니다.
rel|많이 본 기사
rel|지역 일간지 3곳, 종이신문 발행 주 3회로 줄인다
"""),

dict(id="es-001", lang="es", hard=False, opts="",
     notes="Mexican investigative site on water theft: cookie notice in one sentence plus buttons and a doubled dek at the top; a 'how we did this investigation' paragraph in the middle; funder line and contact-the-reporter line at the bottom (other).",
     text="""
ck|Usamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad relacionada con tus preferencias; si continúas navegando, consideramos que aceptas su uso.
ck|Configurar | Aceptar todas
nav|Inicio › Investigaciones › Agua
dup|Pipas sin permiso extraen agua de pozos agrícolas y la revenden en colonias sin servicio.Pipas sin permiso extraen agua de pozos agrícolas y la revenden en colonias sin servicio.
T|El negocio del agua robada en el valle de Tezontla
oth|Por Mariana Quiroga Esparza | 28 de noviembre de 2026
B|Cada madrugada, al menos cuarenta pipas salen de los pozos agrícolas del valle de Tezontla con destino a las colonias del oriente de la ciudad.
B|Según documentos de la comisión estatal del agua obtenidos por este medio, solo nueve de esos pozos tienen concesión para uso urbano.
B|Una pipa de diez mil litros se vende en 1.800 pesos en temporada de secas, casi el triple que hace tres años.
B|"Aquí el agua llega cuando hay con qué pagarla", dijo una vecina de la colonia Las Lomitas.
oth|Cómo hicimos esta investigación: durante cinco meses seguimos las rutas de 23 pipas, revisamos 214 títulos de concesión y entrevistamos a 31 personas, entre ellas piperos, ejidatarios y funcionarios. Algunas fuentes pidieron no ser identificadas por temor a represalias.
B|La comisión estatal del agua respondió por escrito que ha clausurado doce pozos irregulares en lo que va del año.
B|El ayuntamiento no respondió a las solicitudes de entrevista.
oth|Esta investigación se realizó con el apoyo de la Fundación Ríos Abiertos, que no tuvo ninguna intervención en el contenido editorial.
oth|¿Tienes información sobre este tema? Escribe a la reportera a mquiroga@elfaro-tezontla.mx o mándanos un mensaje cifrado por Signal.
rel|Otras investigaciones
rel|Los pozos que se secaron: tres pueblos sin agua desde 2024
sh|Compartir en WhatsApp
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="ws",
     notes="Hard: an Argentine cooperative opens its articles to republishing under Creative Commons and the story quotes the footer wording; the page's own licence notice is disclaimer, the membership appeal other, the bulletin pitch newsletter.",
     text="""
nav|Portada | Medios | Sociedad
oth|Tiempo de lectura: 3 minutos
T|Una cooperativa de medios libera sus notas para que cualquiera las republique
oth|Por Joaquín Bellomo
B|La Cooperativa de Noticias del Litoral decidió que, desde diciembre, todas sus notas podrán ser republicadas gratis por otros medios bajo una licencia Creative Commons.
B|La única condición es citar la fuente y no modificar el contenido.
B|Al pie de cada nota aparecerá una leyenda: "Podés republicar este artículo citando a la Cooperativa y enlazando al original".
B|"Preferimos que nuestras notas circulen a que se queden detrás de un muro", explicó la presidenta de la cooperativa, Verónica Ledesma.
B|En los primeros dos meses de prueba, 37 radios y portales del interior reprodujeron al menos una nota.
B|Algunos socios temían perder visitas, pero según la cooperativa el tráfico al sitio creció un 12%.
dis|Esta nota se publica bajo licencia Creative Commons Atribución-SinDerivadas 4.0: podés reproducirla libremente, sin cambios, mencionando al autor y al medio.
oth|Este periodismo lo sostienen sus lectores. Asociate desde 2.500 pesos por mes y ayudanos a seguir informando sin depender de la pauta oficial.
rel|Te puede interesar
rel|Radios comunitarias reclaman la renovación de sus licencias
nl|Recibí nuestro boletín "Litoral en 5 minutos" todos los lunes en tu correo.
"""),

dict(id="pt-001", lang="pt", hard=False, opts="ws",
     notes="Brazilian regional paper on dengue vaccination: audio player lines and a reading-time/update line at the top (other), an inline 'Leia também' in the middle, a trust statement (other), a WhatsApp channel pitch (newsletter) and a one-sentence cookie notice with its button at the bottom.",
     text="""
nav|Menu Busca Entrar
oth|Ouça este conteúdo
oth|0:00 / 3:12
T|Vacinação contra a dengue é ampliada para adolescentes de 15 a 19 anos em Vale do Anhumas
oth|Por Renata Lisboa — Vale do Anhumas (SP)
oth|Tempo de leitura: 3 min | Atualizado há 2 horas
B|A Secretaria de Saúde de Vale do Anhumas ampliou a partir desta segunda-feira (1º) a vacinação contra a dengue para adolescentes de 15 a 19 anos.
B|Até então, apenas jovens de 10 a 14 anos podiam receber o imunizante na rede pública.
B|O município recebeu um lote extra de 8.400 doses do Ministério da Saúde.
rel|Leia também: Casos de dengue caem 40% na região, mas chuvas preocupam
B|A vacina é aplicada em duas doses, com intervalo de três meses entre elas.
B|É preciso apresentar documento com foto, cartão do SUS e caderneta de vacinação.
B|Em 2026, a cidade registrou 3.271 casos confirmados da doença e dois óbitos.
oth|Por que confiar no Jornal do Anhumas: nossas reportagens seguem um código de ética público, ouvem todos os lados envolvidos e passam pela revisão de um editor antes da publicação.
nl|Siga o canal do Jornal do Anhumas no WhatsApp e receba as principais notícias da região logo pela manhã.
ck|Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade e, ao continuar navegando, você concorda com estas condições.
ck|OK, entendi
"""),

dict(id="de-001", lang="de", hard=False, opts="crlf",
     notes="German regional paper on an indoor pool closing: print-origin note at the top, an editor's correction note between story lines (other), the author's membership disclosure (disclaimer), a subscription offer (other) and a comments-closed explanation (comments) at the bottom.",
     text="""
nav|Startseite › Lokales › Kreis Ostheide
oth|Dieser Artikel erschien zuerst in unserer Printausgabe vom 27. November und wurde für die Online-Fassung aktualisiert.
T|Hallenbad Wiesental schließt Ende März – Förderverein sammelt für Sanierung
oth|Von Katrin Bohlmann | 29.11.2026, 18:04 Uhr
B|Das Hallenbad im Wiesentaler Ortsteil Brück wird Ende März vorerst geschlossen.
B|Ein Gutachten hat gravierende Schäden an der Dachkonstruktion und der Lüftungsanlage festgestellt; die Sanierung würde nach ersten Schätzungen rund 4,2 Millionen Euro kosten.
B|Bürgermeister Thomas Gehrke (parteilos) sagte im Gemeinderat, die Gemeinde könne diese Summe allein nicht aufbringen.
oth|Hinweis der Redaktion: In einer früheren Version dieses Artikels hieß es, das Bad schließe bereits im Februar. Das war falsch, wir haben die Angabe korrigiert.
B|Der Förderverein „Wellenbrecher Brück“ hat bereits 86.000 Euro an Spenden gesammelt.
B|Vorsitzende Ilse Marquardt: „Hier haben drei Generationen schwimmen gelernt.“
B|Schulen und Vereine sollen bis zur Wiedereröffnung das Bad in Ostheide-Mitte nutzen können, die Gemeinde organisiert dafür einen Bustransfer.
dis|Transparenzhinweis: Die Autorin ist Mitglied im Förderverein des Hallenbads. Der Artikel wurde von einem weiteren Redakteur gegengelesen.
rel|Mehr zum Thema
rel|Freibadsaison in Ostheide: Besucherzahlen auf Rekordniveau
oth|Jetzt 4 Wochen gratis lesen – danach 9,99 € im Monat, jederzeit kündbar.
com|Die Kommentarfunktion ist für diesen Artikel deaktiviert, weil wir die Diskussion nicht rund um die Uhr moderieren können.
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="",
     notes="Hard: a story on disclosure rules for finance influencers quotes a holdings disclosure; the page's own holdings disclosure is disclaimer, with a price strip at the top and a broker promo in persuasive prose in the middle.",
     text="""
tk|BTC 81.244 € −0,8 %
tk|ETH 2.871 € +0,3 %
tk|DAX 21.903 +0,4 %
nav|Finanzen | Krypto | Regulierung
T|Aufsicht nimmt Finfluencer ins Visier: Eigene Depots müssen offengelegt werden
oth|Von Jonas Heimbrecht · 3 Min. Lesezeit
B|Wer in Videos oder Posts Aktien oder Kryptowährungen bespricht, muss künftig deutlich sagen, ob er die Papiere selbst besitzt.
B|Das geht aus einem Rundschreiben der Finanzaufsicht hervor, das am Dienstag veröffentlicht wurde.
B|Ein kurzer Hinweis wie „Ich halte selbst Anteile an diesem Unternehmen“ müsse im Video selbst und nicht nur in der Beschreibung erscheinen, heißt es darin.
B|Bei Verstößen drohen Bußgelder von bis zu 500.000 Euro.
pr|Sie wollen nicht länger nur zuschauen? Eröffnen Sie jetzt Ihr Depot bei Kronwerk Trade und sichern Sie sich 50 € Startguthaben für Ihren ersten Krypto-Sparplan – in nur fünf Minuten online.
B|Eine Auswertung von 120 deutschsprachigen Finanzkanälen ergab, dass nur jeder fünfte seine Positionen regelmäßig offenlegt.
B|Der Finanz-Youtuber Malte Sievers, dem rund 340.000 Menschen folgen, begrüßte die Regeln: „Transparenz schadet nur denen, die etwas zu verbergen haben.“
dis|Offenlegung: Der Autor hält Bitcoin und Anteile an einem weltweiten Aktien-ETF. Dieser Artikel stellt keine Anlageberatung dar.
rel|Weitere Artikel aus dem Ressort Geldanlage
rel|Krypto-Steuer: Was Anleger bis Jahresende erledigen sollten
"""),
]
