"""Cases in ja, ko, es, pt, de, fr."""
from caselib import case

# ---------------------------------------------------------------- ja
case("ja-001", "ja",
     "Tokyo condo-price story on a Yahoo-style portal: breadcrumb and delivery stamp at top, an inline "
     "関連記事 teaser, a photo caption and an ad label mid-story, share row, comment link and provider "
     "credit at the bottom. Some lines end in tabs.", r"""
N.nv ホーム > 経済 > 不動産
T 首都圏の新築マンション平均価格、2月として初の9000万円台
N.ot 3/19(木) 15:42配信
B 東都不動産リサーチが19日発表した2月の首都圏新築マンション市場動向によると、1戸当たりの平均価格は前年同月比12.4%高い9128万円だった。{tab}
B 2月として9000万円を超えたのは初めて。
B 東京23区に限ると平均価格は1億2340万円で、3カ月連続で1億円を上回った。
N.rl 【関連記事】住宅ローン変動金利、大手行が相次ぎ引き上げへ
B 建築資材や人件費の高騰に加え、都心の大型物件の発売が重なったことが押し上げ要因となった。
C 東京・港区で建設が進む大型マンション（撮影・佐藤健一）
N.ot 広告{tab}
B 契約率は好不調の目安とされる70%を下回る66.8%にとどまった。
B 同社の担当者は「価格の上昇に購入者の所得が追いついていない」と話している。
N.sh この記事をシェアする
+N.sh X（旧Twitter）
+N.sh LINE
+N.sh はてなブックマーク
N.cm コメントを書く（12件）
N.at 提供：東都経済新聞
""")

case("hard-ja-001", "ja",
     "Hard: the story is about cookie banners that only offer an 'accept' button (the banner text it "
     "quotes is body); the page has a real cookie banner at the top and a cookie-settings link at the "
     "bottom.", r"""
N.ck 当サイトではCookieを使用しています。引き続き閲覧される場合は、Cookieの利用に同意いただいたものとみなします。
+N.ck 同意して閉じる
+N.ck 詳細を設定
T 「同意」ボタンだけのCookie表示に行政指導　総務省、ニュースサイト3社に
B 総務省は24日、利用者の閲覧情報を外部の広告事業者に送る際の説明が不十分だったとして、ニュースサイトを運営する3社に行政指導を行ったと発表した。
B 3社のサイトでは、画面下部に次の表示が出るだけだった。
B 「Cookieを受け入れて続行」
B 拒否する方法や、どの事業者に情報が送られるかは、別のページをいくつもたどらなければ分からなかったという。
B 何が問題か
B 2023年施行の改正電気通信事業法は、送信先や利用目的を利用者が容易に知ることができる状態に置くよう求めている。
B 同省の担当者は「ボタンを押させること自体が目的になっている」と指摘した。
N.rl あわせて読みたい
N.rl スマホの「位置情報」設定、今すぐ見直したい3つのポイント
N.ck Cookie設定を変更する
""")

# ---------------------------------------------------------------- ko
case("ko-001", "ko",
     "Korean EV-battery plant story on a Naver-style page: reporter/time line at top, an inline "
     "관련기사 teaser and ad label mid-story, copyright line, share row and comment box at the bottom.", r"""
N.ot 김서연 기자 | 입력 2026.02.10 14:22 | 수정 2026.02.10 15:03
T 한빛에너지솔루션, 美 조지아에 LFP 배터리 공장…2조원 투자
B 배터리 제조사 한빛에너지솔루션이 미국 조지아주에 리튬인산철(LFP) 배터리 공장을 짓는다.
B 회사는 10일 이사회를 열고 약 2조1000억원을 투자해 연산 16GWh 규모의 공장을 2028년까지 완공하기로 의결했다고 밝혔다.
N.rl [관련기사] 전기차 수요 둔화에 ESS로 눈 돌린 배터리 3사
B 생산 물량의 상당 부분은 전력망용 에너지저장장치(ESS)에 공급될 예정이다.
N.ot 광고
B 업계에서는 미국의 중국산 배터리 관세 강화로 국내 업체의 LFP 수요가 늘어날 것으로 보고 있다.
B 박정훈 한빛에너지솔루션 대표는 "북미 ESS 시장에서 3년 안에 점유율 20%를 확보하겠다"고 말했다.
N.at <저작권자 © 산업경제신문, 무단 전재 및 재배포 금지>
N.sh 공유하기
+N.sh 카카오톡
+N.sh 페이스북
+N.sh URL 복사
N.cm 댓글 0
+N.cm 로그인 후 댓글을 작성할 수 있습니다.
""")

case("ko-002", "ko",
     "Korean court ruling on a delivery app, reposted on an exchange news tab (no final newline): "
     "sign-up promo, squashed ticker, repost disclaimer, related block with a doubled teaser title.", r"""
T 법원 "배달앱 '최저가 보장' 요구는 갑질"…과징금 정당 판결
B 서울고등법원 행정7부는 배달 플랫폼 '배달나루'가 공정거래위원회를 상대로 낸 과징금 취소 소송에서 원고 패소 판결했다고 13일 밝혔다.
B 배달나루는 입점 음식점에 다른 앱보다 메뉴 가격을 높게 책정하지 말라고 요구해 온 것으로 조사됐다.
B 재판부는 "시장 지배적 사업자가 거래 상대방의 가격 결정권을 부당하게 제한했다"고 판단했다.
B 공정위가 부과한 과징금은 327억원이다.
B 배달나루 측은 판결문을 검토한 뒤 상고 여부를 결정하겠다고 밝혔다.
N.cp 지금 가입하면 최대 100 USDT 웰컴 리워드! 이벤트는 선착순으로 마감됩니다.
N.tk Sui LogoSui Price(SUI)$1.482$1.482-3.07%USD
N.dc 면책 조항: 본 게시물은 외부 매체 기사를 재게재한 것으로 정보 제공만을 목적으로 하며 투자 권유가 아닙니다. 저작권 관련 문의는 고객센터로 연락해 주십시오.
N.rl 함께 보면 좋은 기사
N.rl 비트코인 현물 ETF 순유입 재개…기관 매수세 돌아오나
N.rl 비트코인 현물 ETF 순유입 재개…기관 매수세 돌아오나
N.rl 코인데일리2026/03/13 10:41
""", final_nl=False)

# ---------------------------------------------------------------- es
case("es-001", "es",
     "Madrid rents story on a content farm, single newlines: site name, caption with credit before "
     "the dateline, 'Lee también' and ad label mid-story, image notice, closed comments and a cookie "
     "banner with buttons on one line at the bottom.", r"""
N.ot Noticias Hoy 24
T El alquiler en Madrid sube un 11% y los jóvenes se mudan a la corona metropolitana
C Un cartel de «Se alquila» en un balcón del barrio de Lavapiés, en Madrid. (Foto: Archivo NH24)
B MADRID, 4 mar. —
B El precio medio del alquiler en la ciudad de Madrid subió un 11,2% en el último año, hasta 21,4 euros por metro cuadrado, según el portal inmobiliario Hogarlia.
B Los distritos de Tetuán y Usera registraron los mayores incrementos.
N.rl Lee también: ¿Cuánto hay que ganar para alquilar un piso en Barcelona?
B El informe señala que cada vez más menores de 35 años buscan vivienda en municipios como Getafe, Leganés o Alcalá de Henares.
N.ot Publicidad
B «Quien gana 1.500 euros ya no puede vivir solo en la capital», resumió la portavoz de Hogarlia, Lucía Ferrán.
B El Ministerio de Vivienda prepara una ampliación de las zonas tensionadas que permitiría limitar los precios en más municipios.
N.dc Las fotografías son solo ilustrativas. Textos e imágenes se recopilan de forma automática de fuentes públicas y pertenecen a sus autores legítimos.
N.cm Los comentarios están desactivados para esta entrada.
N.ck Usamos cookies propias y de terceros para analizar la navegación y mostrarte publicidad. Si continúas, entendemos que aceptas su uso. Aceptar Configurar
""", nl="single")

case("es-002", "es",
     "Chile lithium story reposted on an exchange's Spanish news tab: dateline, an inline 'Te puede "
     "interesar' teaser next to a subheading, then promo, multi-line ticker, disclaimer and a related "
     "block with doubled titles and 'El artículo ... apareció primero en ...' blurbs. Trailing spaces.", r"""
T Chile adjudica dos salares a privados para producir litio con la estatal Codelsa
B SANTIAGO DE CHILE —{sp}{sp}
B El Gobierno de Chile adjudicó este jueves la explotación de los salares de Maricunga Sur y Pedernales a dos consorcios privados, que deberán asociarse con la estatal Codelsa.
B Los contratos exigen que el Estado conserve al menos el 51% de cada proyecto.
N.rl Te puede interesar: Argentina supera a Chile en exportaciones de litio por primera vez
B Calendario
B La producción comenzaría en 2030, con una capacidad conjunta de 60.000 toneladas de carbonato de litio al año.{sp}
B La ministra de Minería, Carolina Fuentes, dijo que el acuerdo «da certeza a los inversionistas y protege los salares».
B Comunidades atacameñas anunciaron que pedirán a la justicia revisar la consulta indígena.
N.cp ¿Tienes un proyecto cripto? Preséntalo a nuestra comunidad de 300.000 traders en el próximo boletín de lanzamientos.
N.tk Chainlink Logo
+N.tk Chainlink Price(LINK)
+N.tk $13.06
+N.tk $13.06$13.06
+N.tk +0.41%
+N.tk USD
N.dc Aviso legal: Los artículos de esta sección se reproducen a partir de medios externos y se ofrecen solo con fines informativos. No reflejan necesariamente la opinión de Cambix ni constituyen asesoramiento financiero.{sp}
N.rl También te puede interesar
N.rl Ethereum recupera los 2.500 dólares tras la actualización de la red
N.rl Ethereum recupera los 2.500 dólares tras la actualización de la red
N.rl El artículo Ethereum recupera los 2.500 dólares tras la actualización de la red apareció primero en CriptoPulso. La segunda mayor criptomoneda...
+N.sh Compartir
+N.rl CriptoPulso2026/02/26 19:14
""")

case("hard-es-001", "es",
     "Hard: the story is about fake crypto ads using celebrities and quotes an ad's promise "
     "(body line); the exchange page carries a real sign-up promo and a ticker.", r"""
N.nv Inicio / Economía / Mercados
T La CNMV alerta de anuncios falsos de criptomonedas con famosos en redes sociales
B MADRID —
B La Comisión Nacional del Mercado de Valores ha detectado más de 400 anuncios fraudulentos en redes sociales que utilizan la imagen de presentadores y deportistas para captar inversores en criptomonedas.
B Los anuncios enlazan a páginas que imitan a periódicos conocidos.
B Uno de los mensajes más repetidos decía:
B «Regístrate hoy y recibe 50 USDT de regalo para empezar a invertir»
B Según el supervisor, las víctimas acaban transfiriendo dinero a plataformas no autorizadas que después desaparecen.
B Cómo reconocerlos
B - Prometen rentabilidades garantizadas
B - Usan famosos sin su permiso
B - Piden actuar con urgencia
N.cp Oferta de bienvenida: deposita 100 USDT y te regalamos 20 USDT en bonos de futuros. Consulta las condiciones.
N.tk Dogwifhat LogoDogwifhat Price(WIF)$0.6612$0.6612-7.25%USD
N.dc Invertir en criptoactivos conlleva un alto riesgo. Este contenido es informativo y no supone una recomendación de inversión.
""")

# ---------------------------------------------------------------- pt
case("pt-001", "pt",
     "Brazil dengue-vaccine story: ad label at top, a 'Leia também' teaser and a newsletter box "
     "between paragraphs next to a subheading, share row and comment notice at the bottom.", r"""
N.ot Publicidade
T Ministério amplia vacinação contra a dengue para adolescentes de 10 a 16 anos
B BRASÍLIA —
B O Ministério da Saúde anunciou nesta segunda-feira que a vacina contra a dengue passará a ser aplicada em adolescentes de 10 a 16 anos em todo o país a partir de abril.
B Até agora, a imunização era restrita a 1.900 municípios com maior número de casos.
N.rl Leia também: Casos de chikungunya crescem 40% no Nordeste
B Quem pode se vacinar
B O esquema tem duas doses, com intervalo de três meses, e está disponível nas unidades básicas de saúde.
N.nl Receba as principais notícias de saúde no seu e-mail. Assine a newsletter Bem-Estar.
+N.nl Quero receber
B "Temos doses suficientes para todo o público-alvo neste ano", afirmou a secretária de Vigilância em Saúde, Cláudia Moura.
B O Brasil registrou 1,1 milhão de casos prováveis de dengue desde janeiro.
N.sh Compartilhe
+N.sh WhatsApp
+N.sh Facebook
+N.sh Telegram
N.cm Comentários (4)
+N.cm Os comentários são de responsabilidade de seus autores e podem ser moderados.
""")

case("hard-pt-001", "pt",
     "Hard: the story is about clickbait recommendation widgets ('Você também pode gostar', "
     "'Conteúdo patrocinado' quoted in body); the page ends with a real sponsored block and a "
     "recommendation list.", r"""
T Estudo mostra que widgets de 'conteúdo recomendado' levam leitores a golpes
B SÃO PAULO —
B Um estudo da Universidade Federal de Minas Gerais analisou 120 sites de notícias brasileiros e encontrou anúncios enganosos em quase metade dos blocos de recomendação exibidos ao fim das reportagens.
B Esses blocos costumam aparecer com títulos como:
B "Você também pode gostar"
B "Conteúdo patrocinado"
B Segundo os pesquisadores, 46% dos links levavam a páginas que vendiam suplementos sem registro ou falsos investimentos.
B "O leitor acha que é uma notícia do próprio jornal e clica sem desconfiar", disse a coordenadora, Helena Vasconcelos.
B O Conselho de Autorregulamentação Publicitária informou que vai analisar o relatório.
N.ot Conteúdo patrocinado
N.ot Médicos ficam sem palavras com este truque para dormir melhor (Vida Plena)
N.ot O novo cartão que está dando cashback em dobro (Finanças Já)
N.rl Você também pode gostar
N.rl Golpe do falso boleto cresce 30% em São Paulo
N.rl Como saber se um site de compras é confiável
""")

# ---------------------------------------------------------------- de
case("de-001", "de",
     "German court ruling on heating bills: breadcrumb and byline at top, 'Lesen Sie auch' and an ad "
     "label mid-story next to subheadings and a bullet list, blank-line run, related list, share line "
     "and agency credit at the bottom.", r"""
N.nv Startseite › Wirtschaft › Recht
T BGH: Vermieter dürfen Heizkosten nicht pauschal nach Wohnfläche abrechnen
N.ot Von Katrin Vollmer | 12.02.2026, 16:40 Uhr
B KARLSRUHE —
B Der Bundesgerichtshof hat die Rechte von Mietern bei der Heizkostenabrechnung gestärkt.
B Vermieter müssen den Großteil der Kosten nach dem tatsächlichen Verbrauch abrechnen, auch wenn einzelne Zähler defekt sind, entschied der VIII. Zivilsenat am Mittwoch.
N.rl Lesen Sie auch: Nebenkosten 2025 – diese Posten sollten Mieter prüfen
B Im verhandelten Fall hatte eine Wohnungsgesellschaft aus Bremen alle Heizkosten nach Quadratmetern verteilt.
N.ot Anzeige
B Was das Urteil bedeutet
B - Mieter dürfen den Betrag in solchen Fällen um 15 Prozent kürzen
B - Defekte Zähler müssen innerhalb einer Heizperiode ersetzt werden
B - Das Urteil gilt auch für ältere Abrechnungen, die noch nicht bezahlt sind
B „Das ist ein klares Signal an große Vermieter“, sagte Lukas Brandt vom Mieterbund.
~2
N.rl Mehr zum Thema
N.rl Mietpreisbremse: Was sich 2026 ändert
N.rl Wohngeld steigt – wer jetzt Anspruch hat
N.sh Artikel teilen
N.at Quelle: ddp/lrt
""")

case("de-002", "de",
     "Heat-pump sales story reposted on an exchange's German news tab, single newlines: subheading, "
     "promo, a ticker squashed on one line, disclaimer and a related list with 'Der Beitrag ... "
     "erschien zuerst auf ...' blurbs.", r"""
T Wärmepumpen-Absatz zieht wieder an – Förderanträge auf Rekordhoch
B Der Absatz von Wärmepumpen in Deutschland hat im Januar deutlich angezogen.
B Nach Angaben des Branchenverbands Wärme Zukunft wurden 31.400 Geräte verkauft, 58 Prozent mehr als ein Jahr zuvor.
B Gründe für den Anstieg
B Die staatliche Förderbank meldete zugleich 46.000 Anträge auf Zuschüsse, so viele wie nie zuvor in einem Monat.
B Verbandschef Jörg Haberland führt das auf gesunkene Gerätepreise und die Klarheit über die Förderung bis 2028 zurück.
B „Die Verunsicherung der letzten zwei Jahre ist vorbei", sagte er.
N.cp Neu bei uns? Sichern Sie sich bis zu 50 USDT Startguthaben beim ersten Spot-Handel.
N.tk Polkadot LogoPolkadot Price(DOT)$4.215$4.215+1.12%USD
N.dc Haftungsausschluss: Dieser Beitrag stammt von einer externen Quelle und dient nur zur Information. Er stellt keine Anlageberatung dar und spiegelt nicht die Meinung von Tradora wider.
N.rl Weitere Nachrichten vom Kryptomarkt
N.rl Der Beitrag Bitcoin-Miner verlagern Rechenleistung nach Skandinavien erschien zuerst auf KryptoKurier. Steigende Strompreise...
N.sh Teilen
N.rl KryptoKurier2026/02/14 12:08
""", nl="single")

case("hard-de-001", "de",
     "Hard: court ruling on share buttons that send data to social networks; the story quotes the "
     "'Jetzt teilen' button as body, and the page has a real share bar at top and bottom and a "
     "comments line.", r"""
N.sh Teilen
+N.sh Twittern
+N.sh Mailen
T Landgericht: Teilen-Buttons dürfen erst nach Klick Daten senden
B MÜNCHEN —
B Das Landgericht München I hat einem Online-Shop untersagt, Teilen-Buttons sozialer Netzwerke so einzubinden, dass sie schon beim Laden der Seite Daten an die Netzwerke übermitteln.
B Geklagt hatte ein Verbraucherverband.
B Auf jeder Produktseite des Shops stand unter dem Bild der Hinweis:
B „Jetzt teilen und Freunde informieren"
B Schon bevor jemand darauf klickte, gingen nach Feststellung des Gerichts IP-Adresse und Seitenadresse an drei Plattformen.
B Die Richter verlangen eine sogenannte Zwei-Klick-Lösung: Erst ein Klick aktiviert den Button, erst der zweite teilt.
B Das Urteil ist noch nicht rechtskräftig.
N.sh Diesen Artikel teilen:
+N.sh Facebook
+N.sh WhatsApp
+N.sh E-Mail
N.cm Kommentare sind für diesen Artikel geschlossen.
""")

# ---------------------------------------------------------------- fr
case("fr-001", "fr",
     "French politics story (building renovation law): cookie banner at top, 'À lire aussi', an ad "
     "label and a photo caption mid-story, newsletter pitch and a comment prompt at the bottom.", r"""
N.ck Avec votre accord, nous et nos 112 partenaires utilisons des cookies pour mesurer l'audience et personnaliser les publicités.
+N.ck Tout accepter
+N.ck Continuer sans accepter
T Le Sénat adopte la loi sur la rénovation énergétique des copropriétés
B PARIS —
B Le Sénat a adopté mardi soir, par 241 voix contre 92, le projet de loi qui facilite les travaux de rénovation énergétique dans les copropriétés.
B Le texte abaisse la majorité nécessaire pour voter l'isolation des façades et le remplacement des chaudières collectives.
N.rl À lire aussi : DPE : les logements classés G bientôt interdits à la location ?
C Un immeuble en cours d'isolation par l'extérieur à Lyon. © Julien Morel / Agence Rhône
B Un prêt collectif garanti par l'État pourra être souscrit par le syndicat des copropriétaires.
N.ot Publicité
B « On débloque enfin des immeubles entiers qui étaient paralysés », s'est félicité le rapporteur, Jean-Marc Délos.
B Le texte doit encore passer en commission mixte paritaire.
N.nl Recevez chaque matin l'essentiel de l'actualité politique. Inscrivez-vous à notre lettre d'information.
N.cm Réagir à cet article
""")

case("hard-fr-001", "fr",
     "Hard: the regulator fines a broker for hiding risk warnings; the story quotes the required "
     "warning as body, while the page ends with a real investment disclaimer, an author line and "
     "related links.", r"""
N.nv Accueil > Finance > Marchés
T L'AMF sanctionne un courtier en ligne qui cachait ses avertissements sur les risques
N.ot Par Claire Dumont — Publié le 5 mars 2026 à 11h20
B L'Autorité des marchés financiers a infligé une amende de 3,5 millions d'euros au courtier en ligne Tradivo pour avoir dissimulé les avertissements obligatoires dans ses publicités.
B Dans ses vidéos, la mention imposée apparaissait moins d'une seconde, en petits caractères :
B « Les performances passées ne préjugent pas des performances futures. »
B Certaines bannières n'affichaient aucun avertissement sur le risque de perte en capital.
B La commission des sanctions a estimé que ces manquements visaient « un public jeune et peu averti ».
B Tradivo, qui conteste la décision, dispose de deux mois pour faire appel devant le Conseil d'État.
N.dc Cet article est fourni à titre d'information uniquement. Il ne constitue ni un conseil en investissement ni une incitation à acheter ou vendre des instruments financiers.
N.rl Sur le même sujet
N.rl Bourse : comment fonctionnent les ETF à levier
""")
