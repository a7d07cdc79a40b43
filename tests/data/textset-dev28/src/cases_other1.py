"""textset-dev28, writer B: ja, ko, es, pt, de cases (four of them hard), tagged line lists for
../textset-dev20/src/make_cases.py (TAG|line; >TAG joins with a single newline; ~ extra blanks)."""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="",
     notes="Regional broadcaster's news page, ferry suspension: breadcrumb, time stamp, video player line (other), share bar, related news and an access ranking (related_links), copyright footer (other).",
     text="""
nav|ニュース トップ > 県内ニュース > 社会
T|離島航路のフェリー１隻が運休へ　エンジン部品の交換で
oth|2026年12月4日（金） 18:45
oth|▶ 動画を再生　1:42
B|汐見海運（汐見市）は４日、汐見港と大浜島を結ぶフェリー「しおかぜ丸」を、今月８日から約３週間運休すると発表しました。
B|定期点検でエンジン部品に摩耗が見つかり、交換が必要になったということです。
B|運休期間中は高速船「みさき」が１日４往復から６往復に増便して対応します。
B|ただ、高速船は車両を積めないため、島への宅配便や燃料の配送が遅れる可能性があるということです。
B|大浜島の住民は約900人で、島の商店の店主は「年末の仕入れに影響が出ないか心配」と話していました。
sh|Xでポスト　LINEで送る　Facebookでシェア
rel|関連ニュース
rel|大浜島の診療所に新しい医師が着任
rel|汐見港の新ターミナル　来春に供用開始
rel|アクセスランキング
rel|1 県道で乗用車と軽トラック衝突　２人けが
oth|Copyright © Shiomi Broadcasting Co., Ltd. All rights reserved.
"""),

dict(id="ko-001", lang="ko", hard=False, opts="single",
     notes="Korean regional daily, public bike-share expansion: section menu and breadcrumb, reporter/input/edit line, font-size/share/scrap/print bar, the paper's no-reproduction line (disclaimer), most-read list, comment count and login-to-comment line.",
     text="""
nav|전체기사 정치 경제 사회 지역 문화 스포츠 오피니언
nav|홈 > 지역 > 행정
T|한빛시 공공자전거 '씽씽이' 내년 2천대 늘린다
oth|권도윤 기자 | 입력 2026.12.03 14:22 | 수정 2026.12.03 16:05
sh|글자크기 가 가　공유하기　스크랩　인쇄
B|한빛시는 공공자전거 '씽씽이'를 내년까지 2천대 늘려 총 6천500대로 확대한다고 3일 밝혔다.
B|대여소도 현재 410곳에서 560곳으로 늘리며, 신규 대여소는 대학가와 산업단지 주변에 우선 설치한다.
B|올해 씽씽이 이용 건수는 11월 말 기준 312만 건으로 지난해보다 18% 증가했다.
B|시는 또 전기자전거 300대를 시범 도입하고, 1시간 기본요금은 1천원으로 동결하기로 했다.
B|정수민 한빛시 교통국장은 "출퇴근 시간대 대여소 자전거 부족 민원을 해소하는 데 중점을 두겠다"고 말했다.
dis|<저작권자 © 한빛일보, 무단전재 및 재배포 금지>
rel|많이 본 뉴스
rel|한빛역 환승센터 착공… 2029년 완공 목표
rel|시내버스 노선 23개 개편 내년 3월 시행
com|댓글 0
com|로그인 후 댓글을 남길 수 있습니다
"""),

dict(id="es-001", lang="es", hard=False, opts="crlf",
     notes="Portal repost of agency copy on the olive harvest: cookie banner and its buttons, menu, byline with read time, an ad label and an inline 'Te puede interesar' teaser mid-story, source credit (attribution), topic line (navigation), newsletter pitch. The standalone dateline is story.",
     text="""
ck|Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad personalizada. Puedes aceptarlas todas o configurarlas.
ck|Aceptar todas | Rechazar | Configurar
nav|Portada · Nacional · Economía · Agro · Deportes · Gente
T|La cosecha de aceituna arranca en Jaén con un 20 % menos de aforo
oth|Redacción | Jaén | 02/12/2026 - 09:14 h | Lectura: 3 min
B|JAÉN, 2 Dic. —
B|La campaña de recogida de la aceituna ha comenzado esta semana en la mayoría de las comarcas de Jaén con una previsión de 412.000 toneladas de aceite, un 20 % menos que la campaña anterior.
B|Las cooperativas atribuyen el descenso a la falta de lluvias durante la floración y a las altas temperaturas de junio.
oth|Publicidad
B|El precio en origen del aceite de oliva virgen extra se mantiene en torno a 4,10 euros por kilo, según el observatorio de precios de la Junta.
rel|Te puede interesar: Los agricultores de Úbeda piden ayudas por el granizo de septiembre
B|"Habrá menos aceite, pero de muy buena calidad", aseguró Remedios Cañete, gerente de la cooperativa Virgen de la Sierra.
B|Las organizaciones agrarias calculan que la campaña generará unos 3,2 millones de jornales, frente a los 3,9 millones del año pasado.
att|Fuente: Agencia Ibérica de Noticias (AIN)
nav|Temas: Aceite de oliva · Jaén · Agricultura
nl|Recibe cada mañana las noticias del campo andaluz en tu correo. Suscríbete gratis
"""),

dict(id="pt-001", lang="pt", hard=False, opts="ws",
     notes="Brazilian regional paper, new paediatric ICU: menu, a headline doubled by the scraper (second copy duplicate_line), byline with update time, an inline 'LEIA TAMBÉM' teaser mid-story, WhatsApp-channel prompt (newsletter), comment count and the comments-responsibility note (comments).",
     text="""
nav|Jornal do Vale | Cidades | Política | Esportes | Polícia | Classificados
T|Hospital regional abre 40 leitos de UTI pediátrica em Pedra Alta
dup|Hospital regional abre 40 leitos de UTI pediátrica em Pedra Alta
oth|Por Mariana Quintela — Pedra Alta | 05/12/2026 às 11h32 | Atualizado há 2 horas
B|O Hospital Regional de Pedra Alta inaugurou nesta sexta-feira (5) uma ala com 40 leitos de UTI pediátrica, a primeira do tipo na região do Vale do Taquaruçu.
B|Até agora, crianças em estado grave precisavam ser transferidas para a capital, a 280 quilômetros de distância.
rel|LEIA TAMBÉM: Vacinação contra a gripe é ampliada para crianças de 6 meses a 5 anos
B|A obra custou R$ 18,6 milhões, divididos entre o governo estadual e o Ministério da Saúde.
B|Segundo a direção do hospital, 62 profissionais foram contratados, entre médicos intensivistas, enfermeiros e fisioterapeutas.
B|"É um alívio para as famílias, que não vão mais precisar viajar horas com um filho entubado", disse a diretora clínica, Helena Bastos.
nl|Siga o canal do Jornal do Vale no WhatsApp e receba as notícias da região
com|Comentários (4)
com|Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião do Jornal do Vale.
"""),

dict(id="de-001", lang="de", hard=False, opts="nofinal",
     notes="Energy trade portal, community wind farm: breadcrumb, a power/gas/CO2 price strip (crypto_ticker), byline with read time, listen widget (other), an ad label mid-story, agency credit (attribution), share/print/bookmark bar, related list, newsletter pitch.",
     text="""
nav|Energiewelt-Report › Erneuerbare › Windkraft
tk|Strom Base Q1/27 87,40 €/MWh ▲1,2 %  |  Gas TTF Jan. 31,85 €/MWh ▼0,6 %  |  CO₂ EUA 71,10 €
T|Stadtwerke Lindenau nehmen größten Bürgerwindpark der Region in Betrieb
oth|Von Jonas Reiterer | 03.12.2026, 15:40 Uhr | Lesezeit: 4 Min.
oth|Artikel anhören (4:12)
B|Die Stadtwerke Lindenau haben am Donnerstag den Windpark Hohe Heide offiziell in Betrieb genommen.
B|Die neun Anlagen mit je 6,2 Megawatt Leistung sollen jährlich rund 140 Gigawattstunden Strom erzeugen – genug für etwa 45.000 Haushalte.
B|Rund 1.900 Bürgerinnen und Bürger haben sich über eine Genossenschaft mit insgesamt 11,4 Millionen Euro beteiligt.
oth|Anzeige
B|Die Genossenschaft rechnet mit einer jährlichen Ausschüttung von vier bis fünf Prozent.
B|„Der Strom aus Hohe Heide bleibt in der Region“, sagte Geschäftsführerin Katrin Sölter bei der Einweihung.
B|Die Planungs- und Genehmigungsphase hatte sieben Jahre gedauert; unter anderem mussten zwei Rotmilan-Horste kartiert werden.
att|Mit Material der Nachrichtenagentur NWA
sh|Teilen | Drucken | Merken
rel|Auch interessant
rel|Netzbetreiber: Redispatch-Kosten im Norden steigen weiter
rel|Agri-PV: Erste Anlage über Apfelplantage genehmigt
nl|Der Energiewelt-Newsletter: jeden Dienstag die wichtigsten Branchennews – jetzt kostenlos abonnieren
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="",
     notes="Hard: consumer news about an agency rebuking a shop for pre-ticked mail-magazine boxes; the story quotes sign-up and unsubscribe wordings (story), while the page ends with a real mail-magazine sign-up (newsletter), share line and a related teaser. Site name and breadcrumb on top.",
     text="""
nav|暮らしと消費ニュース
nav|ホーム ＞ 消費者問題
T|「メルマガ受信」初期チェックで行政指導　通販大手に改善求める
oth|2026/12/02 17:10　編集部
B|消費者庁は２日、会員登録画面で「メールマガジンを受け取る」のチェックボックスを最初からオンにしていたとして、通販サイト運営の丸栄ライフ（東京）に行政指導を行いました。
B|同社の登録画面では、チェックを外すボタンが利用規約の下に小さく表示されていたということです。
B|「ニュースレターを購読する」「お得な情報を受け取る」といった表示を初期設定でオンにすること自体は直ちに違法ではありませんが、消費者庁は同社の表示が分かりにくいと判断しました。
B|相談窓口には「配信停止のリンクが見つからない」「停止しても届き続ける」といった苦情が、今年度だけで約640件寄せられていました。
B|丸栄ライフは「ご迷惑をおかけした。年内に画面を改修する」とコメントしています。
nl|【無料】暮らしと消費ニュースのメールマガジン　毎週金曜に最新の注意喚起をお届けします
nl|メールアドレスを入力して登録
sh|この記事をシェアする
rel|あわせて読みたい
rel|定期購入トラブル、相談件数が過去最多に
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="",
     notes="Hard: Argentine crypto site, bitcoin sell-off; the story's own price list (BTC/ETH/SOL lines) is story, while the page also carries a real price strip (crypto_ticker), an exchange promo, a not-advice disclaimer and a most-read teaser.",
     text="""
nav|CriptoSur | Noticias | Precios | Guías | Exchanges
tk|BTC US$ 88.940 -4,1 % · ETH US$ 2.975 -6,3 % · USDT ARS 1.512 +0,4 %
T|El bitcoin perfora los US$ 89.000 y arrastra al resto del mercado
oth|Por Facundo Irigoyen · 06 dic 2026 · 10:25 (ART)
B|El bitcoin cayó este sábado por debajo de los US$ 89.000 por primera vez en tres semanas, en una jornada de fuertes ventas en todo el mercado de criptomonedas.
B|A las 9 de la mañana de Buenos Aires, la principal criptomoneda cotizaba a US$ 88.940, un 4,1 % menos que 24 horas antes.
B|Así quedaban las principales monedas a esa hora:
B|BTC: US$ 88.940 (-4,1 %)
B|ETH: US$ 2.975 (-6,3 %)
B|SOL: US$ 131,20 (-8,9 %)
B|En el mercado local, el dólar cripto (USDT) se mantenía estable en torno a los 1.512 pesos.
B|Analistas consultados atribuyeron la caída a liquidaciones de posiciones apalancadas por más de US$ 1.100 millones.
pr|¿Querés comprar bitcoin? Abrí tu cuenta en Cóndor Exchange y recibí 5.000 pesos de bienvenida
dis|Este contenido es solo informativo y no constituye asesoramiento financiero. Invertir en criptoactivos implica riesgos.
rel|Más leídas
rel|Cómo declarar tus criptomonedas en Ganancias 2026
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="",
     notes="Hard: legal news on a ruling against share buttons that send data on page load; the story quotes button wordings ('Auf Facebook teilen', 'Per WhatsApp senden'), which stay story, while the page carries real share bars above and below, a tag line and a related teaser.",
     text="""
nav|Start › Recht & Verbraucher › Datenschutz
T|Gericht: „Teilen“-Knöpfe dürfen erst nach Klick Daten senden
oth|03.12.2026 | 11:52 Uhr | Von Lea Brunnhuber
sh|Teilen
sh|Facebook · Threads · WhatsApp · Mail
B|Das Landgericht Kressbach hat einem Online-Shop untersagt, auf seinen Produktseiten „Teilen“-Schaltflächen einzubinden, die schon beim Laden der Seite Daten an soziale Netzwerke übertragen.
B|Geklagt hatte ein Verbraucherschutzverein. Er hatte nachgewiesen, dass beim bloßen Aufruf einer Seite die IP-Adresse und Geräteinformationen an drei Plattformen flossen – auch wenn niemand auf „Auf Facebook teilen“ oder „Per WhatsApp senden“ geklickt hatte.
B|Nach Auffassung der Kammer ist dafür eine Einwilligung nötig, die bei einem bloßen Seitenbesuch nicht vorliegt.
B|Zulässig bleibe die sogenannte Zwei-Klick-Lösung: Erst nach einem ersten Klick wird der eigentliche Knopf geladen.
B|Das Urteil (Az. 3 O 218/25) ist noch nicht rechtskräftig.
sh|Artikel teilen: Facebook | X | LinkedIn | Link kopieren
nav|Schlagworte: Datenschutz · Social Media · Urteil
rel|Mehr zum Thema
rel|Bußgeld wegen Tracking-Pixel: Kliniken zahlen 240.000 Euro
"""),

dict(id="hard-ko-001", lang="ko", hard=True, opts="",
     notes="Hard: IT-policy news on cookie-consent dark patterns; the story quotes banner wordings ('모두 허용', '필수만 허용', a consent-by-use notice), which stay story, while the page opens with a real cookie banner and its buttons; share line, no-reproduction/AI line (disclaimer), related teaser.",
     text="""
ck|이 웹사이트는 이용자 경험 개선과 맞춤형 광고를 위해 쿠키를 사용합니다.
ck|모두 허용　필수만 허용　설정
nav|IT 정책 | 보안 | 플랫폼 | 게임
T|"모두 허용"만 크게… 국내 사이트 10곳 중 7곳 쿠키 동의창 '다크패턴'
oth|서하람 기자 입력 2026-12-04 09:30
B|국내 주요 웹사이트 10곳 중 7곳이 쿠키 동의창에서 '모두 허용' 버튼만 눈에 띄게 배치하는 등 이용자의 선택을 유도하는 것으로 나타났다.
B|한국소비자안전원은 이용자 수 상위 100개 사이트를 조사한 결과 72곳이 '모두 허용' 버튼을 파란색으로 크게 표시하고, '필수만 허용'은 회색 글씨로 작게 표시했다고 4일 밝혔다.
B|또 31곳은 "이 웹사이트는 쿠키를 사용합니다. 계속 이용하면 동의한 것으로 간주합니다"라는 문구만 띄우고 거부 버튼을 아예 두지 않았다.
B|안전원은 거부 버튼을 허용 버튼과 같은 크기·색상으로 표시하도록 가이드라인을 개정해 달라고 관계 부처에 건의했다.
sh|카카오톡 공유 페이스북 링크복사
dis|ⓒ 테크인사이드 무단 전재-재배포, AI 학습 및 활용 금지
rel|관련기사
rel|앱 추적 거부율 60% 넘었다… 광고업계 '비상'
"""),
]
