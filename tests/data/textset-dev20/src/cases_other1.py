CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="", notes="Japanese crypto media repost of a domestic exchange story; site header, source credit, squashed ticker, promo, disclaimer, ranking teasers. All noise at the bottom.", text="""
T|国内暗号資産取引所ミナトコイン、ステーキングサービスを4月に開始へ
B|国内の暗号資産交易業者ミナトコインは9日、利用者が保有するイーサリアムなどを預けて報酬を得られるステーキングサービスを4月15日から始めると発表した。
B|対象は当初、イーサリアムとソラナの2銘柄。
B|想定年率は2.5〜5.0％で、手数料として報酬の15％を差し引く。
B|同社の森田健二社長は「長期保有の利用者に選択肢を増やしたい」と述べた。
B|金融当局への届け出は既に済ませたという。
oth|配信日時：2026年3月9日 11:40
att|出典：ブロックチェーン新報（転載許諾済み）
tk|ETH LogoEthereum価格(ETH)¥452,180¥452,180+1.42%JPY
pr|今なら口座開設で最大3,000円相当のビットコインをプレゼント
dis|本記事は情報提供を目的としており、投資助言ではありません。暗号資産の取引には価格変動リスクがあります。最終判断はご自身でお願いします。
rel|アクセスランキング
rel|1 ビットコイン、円建てで最高値を更新
rel|2 ステーブルコイン決済、コンビニで実証実験
"""),

dict(id="ja-002", lang="ja", hard=False, opts="", notes="Japanese regional paper, heavy snow and train suspensions; weather widget, breadcrumb, list of suspended lines kept as body, run of blank lines, related, copyright.", text="""
oth|新潟市 -1℃ 雪 降水確率 90％
nav|トップ > 地域 > 県内ニュース
T|県内で記録的大雪　在来線が終日運休、高速道路も通行止め
B|強い冬型の気圧配置の影響で、県内は9日、山沿いを中心に記録的な大雪となった。
B|十日町市では24時間降雪量が112センチに達し、観測史上最大となった。
B|運休・通行止めの主な状況（午後6時現在）
B|・上越線　終日運休
B|・飯山線　終日運休
B|・関越道　湯沢IC－六日町IC間　通行止め
B|県は災害警戒本部を設置し、高齢者宅の雪下ろしを支援する方針。
B|気象台は「不要不急の外出は控えてほしい」と呼びかけている。
~
rel|関連記事
rel|除雪費、すでに今年度予算の8割に
oth|Copyright © 越後日日新聞社 無断転載を禁じます
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="", notes="Hard: story about news paywalls ('会員限定' messages quoted in body); the page has real paywall meter and member-only notice, plus share and related.", text="""
nav|メディア経済ウォッチ
oth|この記事は会員限定です。残り2本を無料でお読みいただけます。
T|新聞各社の有料会員、初めて減少に転じる　業界団体調査
B|日本報道協会は10日、主要新聞社のデジタル有料会員数が2025年末時点で前年比1.8％減の412万人となり、調査開始以来初めて減少したと発表した。
B|協会は、無料記事の本数を絞りすぎたことが新規読者の離脱につながったとみている。
B|調査では、読者の6割が次のような表示を見た時点でページを閉じると答えた。
B|「続きは有料会員になるとお読みいただけます」
B|一方で、解約率は前年より改善した。
oth|続きを読むには会員登録が必要です
oth|ログイン　｜　新規会員登録（初月無料）
sh|ポスト　シェア　はてブ
rel|あわせて読みたい
rel|地方紙の電子版、値下げで会員倍増
"""),

dict(id="ko-001", lang="ko", hard=False, opts="single", notes="Korean sports portal baseball report (single newlines); scoreboard widget, inning list kept as body, reporter email, copyright, related, comment count. Widget-heavy.", text="""
oth|경기종료
oth|한빛 이글스 5 - 3 서해 마린스
oth|승 김도윤 ｜ 패 박상우 ｜ 세 이준혁
T|한빛, 8회 역전 3점포로 서해 꺾고 4연승
B|한빛 이글스가 8회 터진 최민재의 역전 3점 홈런에 힘입어 서해 마린스를 5-3으로 꺾었다.
B|한빛은 이날 승리로 4연승을 달리며 단독 2위로 올라섰다.
B|득점 상황
B|2회 서해 1점
B|5회 한빛 2점
B|6회 서해 2점
B|8회 한빛 3점
B|최민재는 경기 후 "직구만 기다렸다"고 말했다.
oth|정하늘 기자 sky@sportsmail.example
oth|ⓒ 스포츠한마당, 무단전재 및 재배포 금지
rel|많이 본 뉴스
rel|서해 마린스, 외국인 투수 교체 검토
com|댓글 38
"""),

dict(id="hard-ko-001", lang="ko", hard=True, opts="", notes="Hard: story about a portal's new comment policy (comment history disclosure), quoting the comment prompt; page has real comment UI and reporter credit. Middle and bottom noise only.", text="""
T|포털 뉴스 댓글, 작성자 활동 이력 전면 공개된다
B|국내 주요 포털 누리넷이 다음 달부터 뉴스 댓글 작성자의 최근 30일 활동 이력을 모두 공개한다고 16일 밝혔다.
B|악성 댓글과 여론 조작을 줄이기 위한 조치다.
oth|광고
B|댓글 입력창에는 "댓글은 작성자의 책임입니다"라는 안내 문구가 새로 표시된다.
B|누리넷은 또 기사당 하루 댓글 작성 한도를 20개에서 10개로 줄인다.
B|한 이용자 단체는 "표현의 자유를 위축시킬 수 있다"고 우려했다.
oth|윤서진 기자
com|댓글 쓰기
com|로그인 후 댓글을 남길 수 있습니다.
com|공감순 ｜ 최신순 ｜ 비공감순
"""),

dict(id="es-001", lang="es", hard=False, opts="nofinal", notes="Latin American crypto portal repost; site header, doubled dek, credit, promo, multi-line ticker, disclaimer, teaser stamps.", text="""
nav|CriptoAndes Noticias
dup|El banco central publicó un borrador para regular los pagos con stablecoins.El banco central publicó un borrador para regular los pagos con stablecoins.
T|Banco central de Chile propone reglas para pagos con stablecoins
B|SANTIAGO —
B|El Banco Central de Chile publicó este martes un borrador de normas que permitiría a los comercios aceptar pagos con stablecoins respaldadas por dólares o pesos, siempre que un proveedor autorizado las convierta al instante.
B|La consulta pública estará abierta hasta el 30 de abril.
B|El borrador exige que los emisores mantengan reservas líquidas equivalentes al 100% de los tokens en circulación.
B|«Queremos innovación con las mismas garantías que un pago con tarjeta», dijo la consejera Valeria Munita.
att|Con información de Diario Financiero Austral
pr|¿Primera compra de bitcoin? Abre tu cuenta en CondorX y recibe 10 USDT de bienvenida.
tk|USDC
>tk|USD Coin Precio(USDC)
>tk|$0,9998
>tk|+0,01%
>tk|USD
dis|Aviso legal: Este contenido es informativo y no constituye asesoría financiera. CriptoAndes no se hace responsable de las decisiones de inversión tomadas a partir de esta nota.
rel|Sigue leyendo en CriptoAndes
rel|Argentina: exchanges deberán reportar saldos mensuales
rel|CriptoAndes2026/03/10 14:05"""),

dict(id="hard-es-001", lang="es", hard=True, opts="", notes="Hard: story about a hoax chain message that urges readers to share ('compártelo'), quoted in body; page carries a real share bar and WhatsApp channel prompt.", text="""
nav|El Faro de Levante › Sociedad
T|Un bulo sobre multas por usar el móvil en la playa se comparte 200.000 veces
oth|Redacción · 12/07/2026 - 10:31
sh|Compartir en Facebook
sh|Compartir en WhatsApp
B|Un mensaje falso que asegura que la Guardia Civil multará con 600 euros a quien use el móvil en la playa se ha compartido más de 200.000 veces en grupos de mensajería esta semana.
B|El texto termina con una frase que se repite en muchos bulos:
B|«Compártelo con todos tus contactos antes de que lo borren».
B|Fuentes de la Guardia Civil confirmaron que no existe tal sanción.
B|La plataforma de verificación Contraste recomienda no reenviar mensajes sin fuente.
sh|¿Te ha resultado útil? Compártelo
nav|Síguenos en nuestro canal de WhatsApp
rel|Lo más leído
rel|Alerta amarilla por calor en el litoral este fin de semana
"""),

dict(id="pt-001", lang="pt", hard=False, opts="ws", notes="Brazilian regional news, municipal politics; portal nav, byline, mid-story 'read also' teaser, advertising label, comments, footer.", text="""
nav|Gazeta do Vale | Cidades | Política | Esportes | Economia
T|Câmara de Itaperuna aprova passe livre para estudantes nos ônibus municipais
oth|Por Juliana Prado — Itaperuna (RJ) 10/03/2026 19h42
B|A Câmara Municipal de Itaperuna aprovou nesta terça-feira, por 11 votos a 4, o projeto que garante passe livre a estudantes da rede pública nos ônibus da cidade.
B|O benefício vale a partir de agosto.
rel|Leia também: Prefeitura anuncia nova licitação do transporte coletivo
B|Segundo a prefeitura, cerca de 9.800 alunos devem ser atendidos.
B|O custo estimado é de R$ 6,1 milhões por ano.
B|"É a maior conquista dos estudantes da cidade em uma década", disse a vereadora Cláudia Neves.
oth|PUBLICIDADE
com|Comentários (17) — Faça login para comentar
oth|© Gazeta do Vale 2026. Todos os direitos reservados.
"""),

dict(id="pt-002", lang="pt", hard=False, opts="", notes="Brazilian crypto news site, tokenised-deposit pilot; only bottom noise: source line, promo, ticker strip, disclaimer, related with stamps.", text="""
T|Bancos testam depósito tokenizado integrado ao Pix em projeto piloto
B|Cinco bancos brasileiros iniciaram nesta semana testes de um depósito tokenizado que pode ser transferido por meio do Pix, informou o Banco Central.
B|O piloto envolve 3 mil clientes e deve durar seis meses.
B|Como funciona
B|O cliente converte reais em tokens na conta do banco.
B|Os tokens podem ser usados em contratos automáticos, como pagamento na entrega de um imóvel.
B|A conversão de volta para reais é instantânea.
att|Fonte: Valor Digital
pr|Invista em cripto com segurança: abra sua conta na BrasaBit em 5 minutos.
tk|BTC R$ 351.420 -0,8% | ETH R$ 16.730 -1,2% | SOL R$ 812 +0,4%
dis|Isenção de responsabilidade: este texto não é recomendação de investimento. Criptoativos são voláteis e podem gerar perdas.
rel|Mais lidas
rel|Receita amplia fiscalização sobre corretoras estrangeiras
rel|CriptoDiário2026/03/11 09:30
"""),

dict(id="de-001", lang="de", hard=False, opts="crlf", notes="German regional paper, rail strike (CRLF); breadcrumb, byline, mid-story ad and 'Auch interessant' teaser, list of affected lines kept as body, newsletter, share.", text="""
nav|Startseite › Region › Verkehr
T|Warnstreik legt Regionalverkehr im Rhein-Main-Gebiet lahm
oth|Von Katrin Vogel | 11.03.2026, 06:15 Uhr
B|FRANKFURT —
B|Ein Warnstreik der Lokführergewerkschaft hat am Mittwochmorgen große Teile des Regionalverkehrs im Rhein-Main-Gebiet zum Stillstand gebracht.
B|Besonders betroffen sind:
B|RB 15 Frankfurt–Bad Homburg
B|RE 30 Kassel–Frankfurt
B|S 6 Friedberg–Frankfurt (nur Halbstundentakt)
oth|Anzeige
rel|Auch interessant: Pendlerpauschale – was sich 2026 ändert
B|Die Gewerkschaft fordert 7,5 Prozent mehr Lohn und eine kürzere Wochenarbeitszeit.
B|Der Streik soll um 14 Uhr enden.
B|„Wir bedauern die Einschränkungen, aber die Verhandlungen stocken“, sagte Gewerkschaftssprecher Tobias Lenz.
nl|Pendler-Update: Jeden Morgen um 6 Uhr die wichtigsten Verkehrsmeldungen per Mail. Jetzt anmelden
sh|Artikel teilen
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="", notes="Hard: story on a court ruling about 'pay or consent' cookie walls, quoting banner buttons; the page carries a real cookie wall at top and a privacy-settings footer.", text="""
ck|Werbefrei lesen oder mit Werbung zustimmen
ck|Wir und unsere Partner verarbeiten personenbezogene Daten, etwa Ihre IP-Adresse, um Inhalte und Anzeigen zu personalisieren. Sie können einwilligen oder ein werbefreies Abo für 2,99 € im Monat abschließen.
ck|Zustimmen und weiterlesen
ck|Zum Abo
T|Gericht: „Zustimmen oder zahlen“-Banner nur mit fairem Preis zulässig
B|Das Oberverwaltungsgericht Lüneburg hat entschieden, dass Nachrichtenseiten Leser vor die Wahl zwischen Tracking-Einwilligung und einem Bezahl-Abo stellen dürfen, aber nur zu einem angemessenen Preis.
B|Geklagt hatte ein Verbraucherverband gegen den Betreiber eines Regionalportals.
B|Dessen Banner bot nur zwei Knöpfe: „Alle akzeptieren“ und „Abo für 9,99 €“.
B|Der Preis sei deutlich zu hoch, befanden die Richter.
B|Das Urteil ist noch nicht rechtskräftig.
oth|Datenschutz-Einstellungen ändern
"""),
]
