# Cases in languages other than English and Chinese.
CASES = [
dict(id="ja-001", lang="ja", style="single", notes="Japanese news portal, single newlines: breadcrumb, stamp, distributor credit and photo caption on top; share prompt and buttons, comment count, access ranking and no-reproduction notice at the bottom.",
src="""
nv ニュース > 経済 > 暮らし
T コメ店頭価格、5キロ4200円台に　8週ぶり上昇
ot 2026年4月24日(金) 17時05分
at 配信元：東都通信
C スーパーの店頭に並ぶコメ（東京都内で、撮影・佐野美月）
B 農林水産省は24日、全国のスーパーで販売されたコメ5キロの平均価格が4,236円だったと発表した。
B 前週より58円高く、8週ぶりに上昇に転じた。
B 備蓄米の放出が一巡し、店頭在庫が減ったことが主な要因とみられる。
B 大阪市内のスーパーで買い物をしていた60代の女性は「毎週値段を見てから買うようにしている」と話した。
B 農水省は来週にも追加の放出について判断する方針だ。
sb この記事をシェア
sb X　Facebook　LINE　はてなブックマーク
cm コメント 214件
rl アクセスランキング
rl 1 大型連休の新幹線予約、前年比12%増
rl 2 日経平均、終値で3日続伸
rl 3 ガソリン価格、6週連続で値下がり
di 記事の無断転載を禁じます。Copyright © Toto Tsushin Co., Ltd.
"""),

dict(id="hard-ja-001", lang="ja", notes="Hard: Japanese story on a ministry survey of how news sites disclose third-party data sending (cookie consent), quoting consent buttons and listing findings; the page also has a real cookie notice with buttons, stamp, byline, related article and back link.",
src="""
nv トップ > IT・科学
T 外部送信規律の順守、ニュースサイトの4割で不十分　総務省調査
ot 2026/04/15 11:30
ot 科学部　三浦 翔太
B 総務省は15日、利用者の閲覧データを広告会社などに送る「外部送信」について、主要なウェブサイト300件を調べた結果を公表した。
B 送信先や目的を利用者に知らせる義務を十分に果たしていなかったのは、ニュースサイトの約4割にあたる53件だった。
B 調査では、「クッキーを受け入れる」ボタンだけが表示され、拒否の方法が分かりにくい例が目立った。
B 主な指摘事項
B ・送信先の事業者名が一覧で示されていない
B ・「同意しない」を選ぶと記事が読めなくなる
B ・説明ページがトップページから3クリック以上離れている
B 総務省は各社に改善を求め、6月末までに報告するよう要請した。
ck 当サイトでは、サービス向上と広告配信のためにCookieを使用しています。詳しくはプライバシーポリシーをご確認ください。
ck すべて許可する
ck 設定を変更
rl 関連記事
rl 生成AIの学習データ、著作権者への対価巡り議論
nv 記事一覧へ戻る
"""),

dict(id="ko-001", lang="ko", style="verbatim", notes="Korean economy news with mixed single and double newlines: section path, input/edit stamp, reporter, share and font-size controls on top; copyright/no-redistribution line, most-viewed list and reporter-follow button at the bottom.",
src="""
nv 경제 > 산업
T 4월 반도체 수출 148억달러…역대 4월 최대
ot 입력 2026.05.01 09:12 | 수정 2026.05.01 10:40
ot 김민재 기자
sb 공유하기
nv 글자크기 조절

B 지난달 반도체 수출액이 148억 달러로 4월 기준 역대 최대치를 기록했다.
B 산업통상자원부가 1일 발표한 '4월 수출입 동향'에 따르면 전체 수출은 612억 달러로 전년 같은 달보다 7.4% 늘었다.

B 인공지능(AI) 서버용 고대역폭메모리(HBM) 수요가 이어지면서 메모리 반도체 수출이 크게 늘었다.
B 반면 자동차 수출은 미국의 관세 영향으로 5.2% 감소했다.

B 무역수지는 49억 달러 흑자로 16개월 연속 흑자를 이어갔다.

di ⓒ 한빛경제, 무단전재 및 재배포 금지
rl 많이 본 뉴스
rl 코스피, 외국인 순매수에 2,900선 회복
rl 서울 아파트 전셋값 48주 연속 상승
nv 기자 구독하기
"""),

dict(id="ko-002", lang="ko", notes="Korean crypto news site: site header and reporter stamp on top; body with won prices in sentences; squashed one-line ticker, exchange promo, investment disclaimer, related articles with site+date stamps.",
src="""
ot 코인블록뉴스
T 비트코인 김치 프리미엄 3%대로 확대…국내 거래량 급증
ot 이수현 기자 | 2026-04-29 15:40
B 국내 거래소의 비트코인 가격이 해외보다 3% 이상 높게 형성되는 이른바 '김치 프리미엄'이 한 달 만에 다시 확대됐다.
B 29일 오후 3시 기준 국내 주요 거래소에서 비트코인은 1억 3,420만 원에 거래됐다.
B 같은 시각 해외 거래소 가격을 원화로 환산하면 약 1억 3,010만 원으로, 차이는 3.1%에 달했다.
B 업계에서는 알트코인 상장 기대감에 개인 투자자 자금이 몰린 것으로 보고 있다.
B 국내 5대 거래소의 하루 거래대금은 7조 원을 넘어섰다.
tk 비트코인 로고비트코인 가격(BTC)₩134,200,000₩134,200,000+1.84%KRW
pr 지금 가입하면 거래 수수료 50% 할인 쿠폰 지급! 코인블록 제휴 거래소 바로가기
di 본 기사는 투자 권유를 목적으로 하지 않으며, 투자에 대한 책임은 투자자 본인에게 있습니다.
rl 함께 보면 좋은 기사
rl 이더리움 현물 ETF 국내 도입 논의 본격화
rl 코인블록뉴스 2026-04-29 13:05
rl 가상자산 과세 2년 유예안 국회 통과
rl 코인블록뉴스 2026-04-28 18:22
"""),

dict(id="es-001", lang="es", final_nl=False, notes="Spanish regional politics: breadcrumb, byline with city, stamp and share links on top; inline read-also teaser mid-story; comment count, registration prompt and newsletter pitch at the bottom; no final newline.",
src="""
nv Portada › Política › Comunidades
T El Parlamento de Aragón aprueba la ley de vivienda con el apoyo de tres grupos
ot Lucía Berenguer | Zaragoza
ot 22/04/2026 - 19:47 CEST
sb Compartir en Facebook · Compartir en X · Enviar por WhatsApp
B El Parlamento de Aragón aprobó este miércoles la nueva ley autonómica de vivienda con 36 votos a favor, 28 en contra y tres abstenciones.
B La norma obliga a destinar el 30% de las nuevas promociones de más de 20 viviendas a alquiler asequible.
B También crea un registro público de pisos turísticos, que deberán renovar su licencia cada cinco años.
rl Lee también: Los alquileres suben un 9% en Zaragoza en el último año
B La consejera de Vivienda, Marta Oliván, defendió que la ley "pone a las familias por delante de la especulación".
B La oposición anunció que recurrirá varios artículos ante el Tribunal Constitucional.
B La ley entrará en vigor a los veinte días de su publicación en el boletín oficial.
cm 47 comentarios
cm Para comentar es necesario estar registrado
nw Recibe cada mañana las claves de la política aragonesa. Suscríbete a nuestro boletín.
"""),

dict(id="hard-es-001", lang="es", notes="Hard: Spanish study of who pays for digital news, with body lines about paywalls, subscription offers and newsletters (one quotes a subscribe slogan); the page also has a real article-meter line, subscription offer, newsletter pitch and most-read list.",
src="""
ot Has leído 3 de 5 artículos gratuitos este mes.
nv Medios | Tecnología
T Solo uno de cada diez lectores paga por noticias digitales en España, según un estudio
ot Por Andrés Villalba
ot Madrid, 14 abr 2026 - 08:30
B Solo el 11% de los internautas españoles pagó por leer noticias en internet el último año, según el informe anual del Observatorio de Medios Digitales de la Universidad de Salamanca.
B El dato apenas ha variado desde 2023, pese a que la mayoría de los grandes diarios han levantado muros de pago.
B Los mensajes del tipo "Suscríbete por 1 euro el primer mes" convencen sobre todo a lectores de más de 45 años, señala el estudio.
B Suscripciones y boletines
B Los boletines por correo electrónico son la puerta de entrada más eficaz: un tercio de los nuevos suscriptores se apuntó antes a uno gratuito.
B "El lector no paga por un artículo, paga por un hábito", resume la autora principal, Elena Marcos.
B El informe se basa en una encuesta a 2.400 personas.
ot Suscríbete y lee sin límites desde 1,99 € al mes
nw Apúntate gratis a nuestra newsletter de medios y recibe el análisis de la semana cada viernes.
rl Más leídas
rl La AEMET activa el aviso naranja por calor en el Guadalquivir
rl El precio del aceite de oliva baja un 18% en un año
"""),

dict(id="pt-001", lang="pt", notes="Brazilian crypto aggregator repost: site header, doubled dek, promo, multi-line ticker, reposting notice with removal address, you-may-also-like block with doubled teaser title, 'O post ... apareceu primeiro em' line, share line and stamp.",
src="""
ot CriptoRadar BR
du A autarquia quer regras mais rígidas para corretoras estrangeiras que operam no país.A autarquia quer regras mais rígidas para corretoras estrangeiras que operam no país.
T Banco Central abre consulta sobre regras para corretoras de criptomoedas estrangeiras
B O Banco Central do Brasil abriu nesta segunda-feira uma consulta pública sobre as regras que corretoras de criptomoedas estrangeiras terão de cumprir para continuar atendendo clientes brasileiros.
B Pela proposta, as empresas precisarão ter sede ou representante legal no país e capital mínimo de R$ 15 milhões.
B A consulta ficará aberta por 60 dias.
B Segundo o diretor de regulação, Otávio Lemos, cerca de 70% do volume negociado por brasileiros passa hoje por plataformas estrangeiras.
B Entidades do setor disseram que vão pedir um prazo de adaptação de pelo menos 18 meses.
pr Quer anunciar seu projeto para 2 milhões de leitores? Fale com o comercial do CriptoRadar.
tk Tether Logo
tk Tether Preço(USDT)
tk R$5,41
tk +0,12%
tk BRL
di Aviso: o CriptoRadar reproduz conteúdo de fontes públicas apenas para fins informativos. As opiniões são de responsabilidade dos autores originais e não constituem recomendação de investimento. Para solicitar remoção, escreva para contato@criptoradar.example.
rl Você também pode gostar
rl Receita Federal prepara nova declaração para quem tem bitcoin
rl Receita Federal prepara nova declaração para quem tem bitcoin
rl O post Receita Federal prepara nova declaração para quem tem bitcoin apareceu primeiro em Portal do Bitcoin Hoje. A Receita deve exigir…
sb Compartilhar
rl PortalBitcoinHoje2026/04/13 16:08
"""),

dict(id="hard-pt-001", lang="pt", notes="Hard: Brazilian bitcoin price report whose body lists coin prices line by line; the page also carries a real one-line multi-coin ticker, site header, byline, broker promo, disclaimer and read-more list.",
src="""
ot Mercado Cripto Hoje
T Bitcoin recua para R$ 470 mil com realização de lucros
ot Por Renata Albuquerque — 30/04/2026 às 10h15
B O bitcoin era negociado a R$ 470.320 na manhã desta quinta-feira, queda de 2,4% em 24 horas, após renovar a máxima histórica em reais na véspera.
B Cotações às 10h:
B Bitcoin (BTC): R$ 470.320 (-2,4%)
B Ethereum (ETH): R$ 20.410 (-3,1%)
B Solana (SOL): R$ 1.012 (-4,0%)
B Segundo o analista Tiago Fontenele, da gestora Araucária Capital, o movimento é de realização de lucros depois de uma alta de 15% em abril.
B O dólar subiu 0,6%, a R$ 5,44, o que também pesou sobre o preço em reais.
tk BTC R$470.320 -2,41% | ETH R$20.410 -3,12% | SOL R$1.012 -4,02%
pr Compre bitcoin com Pix em segundos. Abra sua conta na Corretora Jatobá.
di Este conteúdo tem caráter informativo e não é recomendação de compra ou venda de ativos. Criptoativos são voláteis.
rl Leia mais
rl Ethereum: o que esperar da próxima atualização da rede
rl Gestora lança primeiro fundo de solana listado na bolsa brasileira
"""),

dict(id="pt-002", lang="pt", notes="Portuguese local news: breadcrumb, byline, stamp and listen prompt on top; quoted one-liner; run of blank lines, share, comment count, most-read list and cookie notice with buttons at the bottom.",
src="""
nv Início / Local / Porto
T Câmara do Porto vai plantar 3.000 árvores em bairros sem sombra
ot Joana Meireles
ot 17 abril 2026, 12:40
ot Ouvir este artigo
B A Câmara Municipal do Porto anunciou esta quinta-feira que vai plantar 3.000 árvores até 2028 nas freguesias com menos cobertura arbórea.
B Campanhã e Paranhos serão as primeiras a receber as novas árvores, já a partir de novembro.
B O investimento previsto é de 4,2 milhões de euros, financiado em parte por fundos europeus.
B "Há ruas onde, em agosto, não se consegue caminhar ao meio-dia", disse o vereador do Ambiente, Rui Pestana.
B Os moradores poderão sugerir locais de plantação através de uma plataforma online.
%%
sb Partilhar
cm Comentários (12)
rl Mais lidas
rl Metro do Porto: nova linha Rosa abre em setembro
rl Preço das casas no Grande Porto sobe 11% num ano
ck Utilizamos cookies para melhorar a sua experiência de navegação. Ao continuar, concorda com a nossa política de cookies.
ck Aceitar
ck Recusar
"""),

dict(id="de-001", lang="de", notes="German regional business story: breadcrumb, byline, stamp, reading time and photo caption on top; mid-story ad label; more-on-topic list, newsletter pitch and share link at the bottom.",
src="""
nv Wirtschaft › Energie
T Stadtwerke Kassel bauen Großspeicher für Windstrom
ot Von Jana Riedmüller
ot 08.04.2026, 14:22 Uhr
ot Lesezeit: 3 Min.
C Auf diesem Gelände im Kasseler Osten soll der Speicher entstehen. Foto: Lars Hoffmeister / Nordhessen Bild
B Die Städtischen Werke Kassel wollen bis Ende 2027 einen Batteriespeicher mit 200 Megawattstunden Kapazität errichten.
B Das Projekt kostet nach Angaben des Unternehmens rund 85 Millionen Euro.
B Der Speicher soll überschüssigen Windstrom aus Nordhessen aufnehmen und abends wieder ins Netz einspeisen.
ot Anzeige
B „Ohne Speicher verschenken wir an windigen Tagen Strom“, sagte Geschäftsführerin Bettina Kölsch.
B Anwohner hatten Bedenken wegen möglicher Brandgefahr geäußert; die Stadt will ein Sicherheitsgutachten vorlegen.
rl Mehr zum Thema
rl Strompreise: Was Verbraucher im Sommer erwartet
rl Solarpflicht für Neubauten: Hessen zieht nach
nw Der Newsletter für Nordhessen: Jeden Morgen das Wichtigste aus der Region. Jetzt kostenlos abonnieren
sb Artikel teilen
"""),

dict(id="hard-de-001", lang="de", notes="Hard: German court ruling on social share buttons that send data before consent, with body lines starting with the word for sharing and describing a two-click share solution; the page also has real share bars on top and bottom, comments and a related teaser.",
src="""
nv Digitales | Recht
T Gericht: Teilen-Knöpfe dürfen erst nach Einwilligung Daten senden
ot Von Matthias Grunwald | 11.04.2026, 09:05 Uhr
sb Teilen
sb Facebook · X · WhatsApp · E-Mail
B Das Landgericht Hamburg hat einem Onlineshop untersagt, Teilen-Knöpfe sozialer Netzwerke so einzubinden, dass beim Seitenaufruf automatisch Daten an die Netzwerke fließen.
B Geklagt hatte ein Verbraucherverband, nachdem bei jedem Besuch die IP-Adresse an drei Plattformen übertragen worden war.
B Zulässig sei nur eine „Zwei-Klick-Lösung“: Erst ein Klick aktiviert den Knopf, erst der zweite teilt den Inhalt.
B Teilen über einen einfachen Link ohne eingebettetes Skript bleibt nach dem Urteil erlaubt.
B Das Unternehmen kann Berufung einlegen.
B Datenschützer rechnen damit, dass zahlreiche Nachrichtenseiten ihre Teilen-Leisten umbauen müssen.
sb Jetzt teilen:
sb Link kopieren
cm Kommentare (23)
cm Diskutieren Sie mit – bitte beachten Sie unsere Netiquette.
rl Das könnte Sie auch interessieren
rl Cookie-Banner: Was das neue Urteil für Webseitenbetreiber bedeutet
"""),

dict(id="fr-001", lang="fr", style="verbatim", notes="French culture story with mixed single and double newlines: section path, byline, published/updated stamp and photo caption on top; share links, related-topics tags and read-also list at the bottom.",
src="""
nv Culture > Expositions
T Au musée de Nantes, une rétrospective réunit 140 œuvres de la peintre Odile Marchal
ot Par Clémence Aubriot
ot Publié le 09/04/2026 à 07h30, mis à jour à 11h12

C « La Loire en hiver » (1962), l'une des toiles prêtées par une collection privée. © Musée d'arts de Nantes / Yann Perrot

B Le musée d'arts de Nantes consacre à partir de samedi une grande rétrospective à la peintre Odile Marchal (1921-1998), figure discrète de l'abstraction lyrique.

B L'exposition rassemble 140 œuvres, dont une cinquantaine jamais montrées au public.
B Plusieurs toiles proviennent de collections privées américaines.
B « On la redécouvre enfin », se félicite la commissaire, Sophie Lanvin.

B L'exposition est visible jusqu'au 30 août. Entrée : 12 euros, gratuite pour les moins de 18 ans.

sb Partager sur Facebook
sb Partager sur X
nv Sujets associés : Nantes, Peinture, Expositions
rl À lire aussi
rl Le Louvre-Lens prolonge son exposition sur les bijoux antiques
rl Festival d'Avignon : la programmation dévoilée
"""),

dict(id="hard-fr-001", lang="fr", notes="Hard: French story on a data-protection fine over a cookie banner, quoting banner buttons and the principle that refusing must be as easy as accepting; the page opens with a real multi-line consent dialog, and carries an inline read-also teaser, newsletter pitch and reaction count.",
src="""
ck Vos choix concernant l'utilisation des cookies
ck Avec votre accord, nous et nos 96 partenaires utilisons des traceurs pour mesurer l'audience et afficher des publicités personnalisées. Vous pouvez modifier vos préférences à tout moment.
ck Tout accepter
ck Continuer sans accepter
ck Paramétrer
nv Accueil > Tech > Vie privée
T Cookies : la CNIL inflige 4 millions d'euros d'amende à un site de petites annonces
ot Par Hugo Desmarais, le 16 avril 2026 à 18h02
B La Commission nationale de l'informatique et des libertés (CNIL) a sanctionné d'une amende de 4 millions d'euros la plateforme de petites annonces Troquez.fr.
B En cause : un bandeau de cookies qui affichait un bouton « Tout accepter » très visible, alors que le refus nécessitait quatre clics.
B La CNIL a également constaté que des traceurs publicitaires étaient déposés avant même que l'internaute ait fait un choix.
rl Lire aussi : Comment refuser les cookies en un clic sur votre téléphone
B « Refuser doit être aussi simple qu'accepter », rappelle la délibération.
B La société dispose de trois mois pour se mettre en conformité, sous peine d'une astreinte de 50 000 euros par jour de retard.
B Elle a indiqué qu'elle ne ferait pas appel.
nw Recevez chaque semaine notre newsletter Tech & Numérique
cm Réagir
cm 8 réactions
"""),

dict(id="it-001", lang="it", notes="Italian crypto aggregator repost: site header, doubled dek, squashed one-line ticker, trading promo, reposting notice, related teaser with site+timestamp stamp and share line.",
src="""
ot BitNotizie Italia
du L'autorità ha chiesto di oscurare i siti entro cinque giorni.L'autorità ha chiesto di oscurare i siti entro cinque giorni.
T Consob avverte: tre exchange operano in Italia senza autorizzazione
B La Consob ha pubblicato martedì un avviso in cui segnala tre piattaforme di scambio di criptovalute che offrono servizi a clienti italiani senza la necessaria autorizzazione.
B Si tratta di siti registrati all'estero che promettevano rendimenti fino al 4% al mese.
B L'autorità ha chiesto ai fornitori di connettività di oscurare i domini entro cinque giorni.
B Dal 30 giugno, tutti gli operatori dovranno essere autorizzati secondo il regolamento europeo MiCA.
B "Chi investe su piattaforme non autorizzate non ha alcuna tutela", ha dichiarato il commissario Paolo Ricciardi.
tk Bitcoin LogoBitcoin Prezzo(BTC)€81.204,33€81.204,33-0,87%EUR
pr Fai trading su oltre 400 criptovalute con commissioni ridotte. Iscriviti ora e ricevi un bonus di benvenuto.
di Avvertenza: gli articoli ripubblicati su BitNotizie Italia provengono da fonti pubbliche e hanno scopo puramente informativo. Non costituiscono consulenza finanziaria. Per richieste di rimozione scrivere a redazione@bitnotizie.example.
rl Potrebbe interessarti anche
rl Ethereum, gli sviluppatori fissano la data del prossimo aggiornamento
rl BitNotizie2026/04/21 09:30
sb Condividi
"""),

dict(id="it-002", lang="it", notes="Italian agriculture/economy story: breadcrumb, byline and stamp on top; share links, topic tags, most-read list and reserved-rights line at the bottom; trailing tabs/NBSP on some lines.",
src="""
nv Home > Economia > Agroalimentare
T Olio pugliese, produzione in calo del 22%: prezzi alle stelle
ot di Francesca Loiacono
ot 14 aprile 2026 alle 16:20\t
B La produzione di olio extravergine in Puglia è calata del 22% nell'ultima campagna, secondo i dati diffusi dall'associazione dei frantoi regionali.
B Il prezzo all'ingrosso ha superato i 9,40 euro al chilo, il livello più alto degli ultimi tre anni.
B Pesano la siccità estiva e una nuova ondata di Xylella nel Barese.\u00a0
B "Molti piccoli produttori rischiano di chiudere", avverte il presidente dell'associazione, Nicola Tarantini.
B La Regione ha stanziato 12 milioni di euro per il reimpianto di ulivi resistenti.
sb Condividi su Facebook  Condividi su WhatsApp  \t
nv Argomenti: olio, Puglia, agricoltura
rl I più letti
rl Bollette, da maggio sconto per 3 milioni di famiglie
rl Treni, sciopero nazionale di 24 ore il 6 maggio
di © Riproduzione riservata
"""),

dict(id="nl-001", lang="nl", notes="Dutch local news: section menu, byline and stamp on top; inline read-also teaser; share line, newsletter pitch and cookie notice with two buttons at the bottom; trailing spaces/tabs on some lines.",
src="""
nv Nieuws | Regio | Utrecht
T Utrecht krijgt eerste autovrije woonwijk met 2.400 woningen
ot Door Femke de Wijs\x20
ot 23 april 2026, 15:48
B De gemeenteraad van Utrecht heeft donderdagavond ingestemd met de bouw van een autovrije woonwijk op het voormalige industrieterrein Merwedekanaalzone-Zuid.
B Er komen 2.400 woningen, waarvan 40 procent sociale huur.
rl Lees ook: Huurprijzen in Utrecht stijgen harder dan in Amsterdam
B Bewoners mogen geen auto voor de deur parkeren; er komt één parkeergarage aan de rand van de wijk.\t
B "Dit is hoe je in een volle stad nog kunt bouwen," zei wethouder Daan Veldkamp.
B De eerste bewoners kunnen naar verwachting in 2029 verhuizen.
sb Deel dit artikel
nw Schrijf je in voor de dagelijkse nieuwsbrief van Stadsblad Utrecht
ck Stadsblad Utrecht gebruikt cookies en vergelijkbare technieken om de site te verbeteren en je relevante advertenties te tonen.
ck Akkoord
ck Instellingen aanpassen
"""),

dict(id="pl-001", lang="pl", crlf=True, notes="Polish business story with CRLF line endings: breadcrumb, author, published stamp and reading time on top; mid-story ad label and read-also teaser; the scrape ends with the last story line (no bottom noise).",
src="""
nv Biznes / Firmy
T Polska sieć dyskontów Kropka otworzy 150 sklepów w Czechach
ot Autor: Tomasz Wierzbicki
ot Opublikowano: 20.04.2026, 08:15
ot Czas czytania: 2 min
B Sieć dyskontów Kropka ogłosiła w poniedziałek, że do końca 2028 r. otworzy 150 sklepów w Czechach.
B Pierwsze placówki powstaną w Ostrawie i Brnie jeszcze w tym roku.
ot REKLAMA
B Inwestycja ma kosztować ok. 1,1 mld zł.
rl Czytaj także: Inflacja w marcu spadła do 3,1 proc.
B Prezes spółki Magdalena Rogalska powiedziała, że Czechy to „naturalny pierwszy krok” w ekspansji zagranicznej.
B Kropka ma obecnie 1 340 sklepów w Polsce i zatrudnia 28 tys. osób.
"""),

dict(id="tr-001", lang="tr", notes="Turkish economy story: breadcrumb, desk+stamp and share on top; currency/index quote box after the story, run of blank lines, related list, all-rights line and cookie notice at the bottom.",
src="""
nv Ana Sayfa > Ekonomi
T Yıllık enflasyon nisanda yüzde 31,2'ye geriledi
ot Ekonomi Servisi | 05.05.2026 10:04
sb Paylaş
B Türkiye İstatistik Kurumu (TÜİK) verilerine göre tüketici fiyatları nisanda aylık yüzde 2,1, yıllık yüzde 31,2 arttı.
B Yıllık enflasyon mart ayında yüzde 33,8 olarak açıklanmıştı.
B En yüksek artış yüzde 48 ile eğitim harcamalarında görüldü.
B Gıda fiyatlarındaki yıllık artış yüzde 27,5'e indi.
B Ekonomistler, Merkez Bankası'nın haziran toplantısında faiz indirimine devam etmesini bekliyor.
tk USD/TRY 38,42 %0,21
tk EUR/TRY 43,96 %0,35
tk BIST 100 10.215 %-0,48
%%
rl İlgili Haberler
rl Asgari ücrete ara zam gelecek mi? Bakan açıkladı
rl Altının gram fiyatı rekor kırdı
di Haberin tüm hakları saklıdır. İzinsiz kopyalanamaz, çoğaltılamaz.
ck Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası'nı inceleyebilirsiniz.
ck Kabul Et
"""),

dict(id="id-001", lang="id", notes="Indonesian crypto aggregator page without a headline: site header and stamp on top; squashed one-line ticker, app promo, disclaimer, read-also list and share line at the bottom.",
src="""
ot KriptoKini.id
ot Senin, 27 April 2026 | 14:05 WIB
B Otoritas Jasa Keuangan (OJK) mencatat jumlah investor aset kripto di Indonesia mencapai 24,7 juta orang pada Maret 2026, naik 8% dibandingkan akhir tahun lalu.
B Nilai transaksi kripto sepanjang kuartal pertama tercatat Rp 162 triliun.
B Mayoritas investor baru berusia 18 hingga 30 tahun, menurut data OJK.
B Kepala Eksekutif Pengawas Inovasi Teknologi Sektor Keuangan OJK, Rudi Hartanto, mengingatkan masyarakat untuk hanya bertransaksi di pedagang terdaftar.
B OJK juga telah memblokir 380 situs pedagang kripto ilegal sejak Januari.
tk Bitcoin LogoBitcoin Harga(BTC)Rp1.512.400.000Rp1.512.400.000+0,64%IDR
pr Beli Bitcoin mulai Rp10.000 di aplikasi mitra kami. Daftar sekarang dan dapatkan cashback 20%.
di Disclaimer: Artikel ini bukan ajakan untuk membeli atau menjual aset kripto. Segala keputusan investasi menjadi tanggung jawab pembaca.
rl Baca Juga
rl Harga Ethereum Tembus Rp65 Juta, Ini Penyebabnya
rl Bappebti Resmi Serahkan Pengawasan Kripto ke OJK
sb Bagikan: WhatsApp | Facebook | Telegram
"""),

dict(id="vi-001", lang="vi", notes="Vietnamese real-estate story: breadcrumb and stamp on top; author name after the story, share, comment count and related list at the bottom; trailing NBSP/tab on some lines.",
src="""
nv Trang chủ > Bất động sản
T Giá căn hộ tại TP.HCM tăng 14% trong quý I
ot Thứ tư, 16/4/2026, 09:30 (GMT+7)
B Giá bán trung bình căn hộ mới tại TP.HCM trong quý I đạt 72 triệu đồng mỗi m2, tăng 14% so với cùng kỳ năm ngoái, theo báo cáo của công ty nghiên cứu thị trường Sao Việt.
B Nguồn cung mới chỉ đạt khoảng 3.100 căn, thấp nhất trong 5 năm.\u00a0
B Phân khúc dưới 50 triệu đồng mỗi m2 gần như vắng bóng ở khu vực nội thành.
B "Người mua ở thực ngày càng khó tiếp cận nhà ở," bà Nguyễn Thị Hạnh, giám đốc nghiên cứu của Sao Việt, nhận định.
B Dự báo nguồn cung sẽ cải thiện từ nửa cuối năm khi nhiều dự án được gỡ vướng pháp lý.
ot Minh Châu\t
sb Chia sẻ
cm Ý kiến (5)
rl Tin liên quan
rl Lãi suất vay mua nhà giảm về mức thấp nhất 3 năm
rl Hà Nội đấu giá 12 lô đất ven đô
"""),

dict(id="ru-001", lang="ru", style="single", notes="Russian tech story, single newlines: breadcrumb, author and stamp on top; inline read-also teaser after the story, share, channel-follow prompt, most-read list and copyright line at the bottom.",
src="""
nv Главная / Технологии
T Стартап «Тундра» представил мини-спутник для мониторинга лесных пожаров
ot Анна Корнилова
ot 18 апреля 2026, 12:40
B Новосибирская компания «Тундра» представила спутник массой 12 килограммов, который способен обнаруживать очаги лесных пожаров площадью от 50 квадратных метров.
B Первый аппарат планируется вывести на орбиту в сентябре.
B По словам генерального директора Игоря Пахомова, группировка из 16 спутников позволит обновлять данные каждые 40 минут.
B Сейчас лесные службы получают снимки в среднем раз в шесть часов.
B Стоимость проекта оценивается в 1,8 млрд рублей.
rl Читайте также: Как ИИ помогает прогнозировать паводки
sb Поделиться
nv Подписывайтесь на наш канал в Telegram
rl Самое читаемое
rl Курс рубля: что ждёт валюту в мае
rl В Москве открылась выставка робототехники
di © 2026 «Сибирский вестник». Все права защищены. При цитировании ссылка обязательна.
"""),

dict(id="uk-001", lang="uk", notes="Ukrainian culture story with noise only after the story: headline, photo caption, body with a quoted one-liner; author, date, share, tags and read-also list at the bottom.",
src="""
T У Львові відкрили оновлений музей книгодрукування
C Відвідувачі розглядають друкарський верстат XVIII століття. Фото: Андрій Гнатів
B У Львові після трирічної реставрації відкрився музей історії книгодрукування.
B Експозиція займає два поверхи і включає понад 600 експонатів, зокрема стародруки XVI–XVIII століть.
B Реставрацію профінансували міська рада та міжнародні донори, загальна вартість робіт склала 48 млн гривень.
B «Ми хотіли, щоб музей був живим: тут можна самому надрукувати сторінку», — розповіла директорка закладу Ірина Савчук.
B Квиток коштує 150 гривень, для школярів вхід вільний.
ot Олена Дорошенко
ot 24 квітня 2026, 16:10
sb Поділитися
nv Теги: Львів, музеї, культура
rl Читайте також
rl Київська опера представила прем'єру сезону
rl Фестиваль «Книжковий Арсенал» оголосив програму
"""),

dict(id="ar-001", lang="ar", notes="Arabic economy story: breadcrumb, byline, stamp and share on top; inline read-also teaser after the story, tags, most-read list and all-rights line at the bottom; trailing NBSP on a line.",
src="""
nv الرئيسية / اقتصاد
T صندوق سيادي خليجي يستثمر 3 مليارات دولار في مشاريع الطاقة الشمسية بأفريقيا
ot بقلم: سامي الحربي
ot الخميس 23 أبريل 2026 - 11:20 ص
sb شارك
B أعلن صندوق الريان للاستثمار السيادي، اليوم الخميس، عن خطة لاستثمار 3 مليارات دولار في مشاريع للطاقة الشمسية في خمس دول أفريقية خلال السنوات الأربع المقبلة.
B وتشمل الدول المستهدفة كينيا والمغرب ومصر ونيجيريا وتنزانيا.\u00a0
B وقال الرئيس التنفيذي للصندوق، خالد المنصوري، إن المشاريع ستوفر الكهرباء لنحو 4 ملايين منزل.
B ويأتي الإعلان ضمن استراتيجية الصندوق لخفض حصة النفط والغاز في محفظته إلى أقل من 30% بحلول 2030.
B ومن المتوقع أن تبدأ أعمال الإنشاء في أول مشروعين قبل نهاية العام.
rl اقرأ أيضاً: أسعار النفط ترتفع مع تراجع المخزونات الأمريكية
nv الوسوم: الطاقة الشمسية، أفريقيا، استثمار
rl الأكثر قراءة
rl الذهب يسجل أعلى مستوى في أسبوعين
rl البورصة المصرية تربح 12 مليار جنيه في ختام التعاملات
di جميع الحقوق محفوظة © 2026
"""),

dict(id="th-001", lang="th", final_nl=False, notes="Thai tourism story: breadcrumb, editorial byline and stamp on top; share, LINE add-friend prompt, related list and cookie notice at the bottom; no final newline.",
src="""
nv หน้าแรก > ท่องเที่ยว
T เชียงใหม่ยอดนักท่องเที่ยวสงกรานต์ทะลุ 6 แสนคน
ot โดย กองบรรณาธิการ
ot 16 เม.ย. 2569 เวลา 18:22 น.
B สำนักงานการท่องเที่ยวจังหวัดเชียงใหม่เปิดเผยว่า ช่วงเทศกาลสงกรานต์ปีนี้มีนักท่องเที่ยวเดินทางมาเชียงใหม่กว่า 612,000 คน เพิ่มขึ้น 9% จากปีก่อน
B สร้างรายได้หมุนเวียนในจังหวัดประมาณ 4,800 ล้านบาท
B อัตราการเข้าพักโรงแรมในเขตเมืองเฉลี่ยอยู่ที่ 94%
B นักท่องเที่ยวต่างชาติส่วนใหญ่มาจากจีน เกาหลีใต้ และมาเลเซีย
B ผู้ว่าราชการจังหวัดระบุว่า ปีนี้ไม่พบปัญหาฝุ่นควันรุนแรงเหมือนปีที่ผ่านมา
sb แชร์
nv เพิ่มเพื่อน LINE เพื่อรับข่าวก่อนใคร
rl ข่าวที่เกี่ยวข้อง
rl ภูเก็ตเตรียมเก็บค่าธรรมเนียมนักท่องเที่ยวต่างชาติ
rl การบินไทยเพิ่มเที่ยวบินเชียงใหม่-โซล
ck เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีที่สุดแก่คุณ
ck ยอมรับทั้งหมด
"""),
]
