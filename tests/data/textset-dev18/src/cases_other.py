"""Cases of textset-dev18 in languages other than English and Chinese."""

CASES = [
# ------------------------------------------------------------------ ja
dict(id="ja-001", lang="ja", notes="Japanese crypto news repost: site header, category tags, author/time, squashed ticker, exchange campaign promo, disclaimer, related articles with stamps.", text="""
ot|コインナビ速報

nv|ホーム ＞ 暗号資産ニュース ＞ 国内取引所

T|国内取引所ミナトコイン、ステーブルコインの円建て取扱いを開始へ

ot|2026年3月9日 11:20　執筆：西村 亜希

B|国内の暗号資産交換業者ミナトコインは9日、円建てステーブルコイン「JPYM」の取扱いを4月1日から開始すると発表した。

B|日本の事業者が円建てステーブルコインの売買を提供するのは3例目となる。

B|同社によると、当初の購入上限は1日あたり100万円に設定する。

B|取扱いの概要
B|・対象：本人確認済みの個人口座
B|・手数料：販売所での売買は無料
B|・送金：国内の対応ウォレットのみ

B|野口康平社長は「送金コストを下げたい事業者の需要が大きい」と話した。

cp|【期間限定】新規口座開設で最大5,000円相当のビットコインをプレゼント！
tk|BTC/JPY ¥14,382,500 +0.86%　ETH/JPY ¥512,300 -1.12%

dc|※本記事は情報提供を目的としたもので、特定の暗号資産の購入を勧誘するものではありません。投資判断はご自身の責任でお願いします。

rl|あわせて読みたい
rl|ビットコイン現物ETF、国内承認の議論はどこまで進んだか
rl|コインナビ速報2026/03/08 18:45
"""),

dict(id="ja-002", lang="ja", ws=True, notes="Japanese regional news on a portal: breadcrumb, source and timestamp, photo caption, 'continue reading' pager and comments count, ranking list, copyright footer and a cookie notice at the very end.", text="""
nv|トップ ＞ 国内 ＞ 地域

T|金沢の老舗和菓子店、後継者に元会社員の孫　創業150年を前に

ot|3/14(土) 9:05配信
at|北陸日日新聞

C|店頭で和菓子を並べる村井美咲さん＝金沢市東山（北陸日日新聞撮影）

B|金沢市東山の和菓子店「村井菓舗」が、創業150年を来年に控え、東京の会社員だった孫の村井美咲さん（31）を後継者に決めた。

B|美咲さんは昨年春に退職し、祖父の村井清治さん（84）のもとで修業を続けている。

B|看板商品の「加賀しぐれ」は今も毎朝手作業で約300個を仕込む。

B|「祖父の手の速さにはまだ全然追いつけません」

B|店では新たにオンライン販売も始める予定だ。

ot|次ページは：祖父が孫に託した言葉
cm|コメント 128件
rl|アクセスランキング
rl|1　能登の仮設住宅、入居期限を1年延長
rl|2　北陸新幹線、大雪で一部運休

dc|記事の無断転載を禁じます。Copyright © 北陸日日新聞社
ck|当サイトでは閲覧状況の分析と広告配信のためにCookieを利用しています。詳細はプライバシーポリシーをご確認ください。
ck|同意して閉じる
"""),

dict(id="hard-ja-001", lang="ja", notes="Hard: story about a consumer agency warning on news sites' pushy 'open in app' prompts (quoted as body). The page itself carries a real app prompt, share buttons and a related block.", text="""
nv|アプリで開く
nv|この記事の続きはアプリで快適に読めます

T|「アプリで読む」誘導は過剰？　消費者庁がニュースサイトに改善求める

ot|2026年2月20日 18:30

B|消費者庁は20日、スマートフォンでニュースサイトを開くと「アプリで読む」ボタンが画面の大半を覆い、閉じるボタンが極端に小さい事例が多いとして、大手5社に改善を求めた。

B|調査では、閉じるボタンの大きさが平均で縦横6ミリ程度だった。

B|同庁が問題視した表示の例
B|・「続きはアプリで」と本文を途中で隠す表示
B|・閉じる操作をしても数秒後に再表示される表示

B|担当者は「読者が選べる形にしてほしい」と話した。

sh|X（旧Twitter）でシェア
sh|LINEで送る
sh|はてなブックマーク

rl|関連記事
rl|サブスク解約しにくい画面、政府が指針案
"""),

# ------------------------------------------------------------------ ko
dict(id="ko-001", lang="ko", notes="Korean baseball report with a linescore widget at top, short innings timeline as body, reporter email byline, ad label, recommendation list and copyright footer.", text="""
ot|KBO 정규시즌 · 종료
ot|한빛 이글스 5 - 3 서해 돌핀스
ot|승 김도윤(3승) · 패 박정민(1패) · 세 오승택(7세)

T|김도윤 7이닝 무실점… 이글스, 돌핀스 꺾고 4연승

ot|박세린 기자 srpark@sportsdaily.example
ot|입력 2026.05.12 21:48

B|한빛 이글스가 선발 김도윤의 호투를 앞세워 서해 돌핀스를 5-3으로 이겼다.

B|김도윤은 7이닝 동안 4피안타 무실점으로 시즌 3승째를 올렸다.

B|주요 장면
B|2회 이재훈 선제 2점 홈런
B|5회 최민석 적시 2루타로 3-0
B|8회 돌핀스 3점 추격
B|9회 오승택 세이브

ot|AD

B|이글스 감독은 "선발이 길게 던져줘서 불펜 운영이 편했다"고 말했다.

rl|많이 본 뉴스
rl|돌핀스, 외국인 타자 교체 검토
rl|주말 잠실 3연전 예매 시작

dc|ⓒ 스포츠데일리, 무단전재 및 재배포 금지
"""),

dict(id="hard-ko-001", lang="ko", no_final_nl=True, notes="Hard: story about the 'kimchi premium' quoting domestic and overseas bitcoin prices as body; the page has a byline, a real squashed price ticker, an exchange promo, all after the story and an investment disclaimer. No final newline.", text="""
T|'김치 프리미엄' 다시 5%대… 국내 비트코인 1억4천만원 돌파

B|국내 거래소의 비트코인 가격이 해외보다 5% 넘게 높게 형성되는 이른바 '김치 프리미엄'이 4개월 만에 다시 나타났다.

B|3일 오전 9시 기준 가격 비교:
B|국내 A거래소: 1억4,235만원
B|해외 B거래소: 9만5,880달러(약 1억3,540만원)
B|차이: 약 695만원(5.1%)

B|업계에서는 국내 개인투자자의 매수세가 몰린 반면 해외 송금 규제로 차익거래가 제한된 점을 원인으로 꼽는다.

B|한 거래소 관계자는 "프리미엄이 클수록 뒤늦게 들어온 투자자의 손실 위험도 커진다"고 말했다.

ot|코인타임즈 | 정하윤 기자 | 2026-03-03 10:15
tk|비트코인 BTC 142,350,000원 ▲1.4% | 이더리움 ETH 4,981,000원 ▼0.6% | 리플 XRP 3,355원 ▲2.1%
cp|지금 가입하면 거래 수수료 30일 무료! 코인타임즈 제휴 거래소에서 시작하세요
dc|본 기사는 투자 권유를 목적으로 하지 않으며, 투자 판단에 대한 책임은 투자자 본인에게 있습니다."""),

# ------------------------------------------------------------------ es
dict(id="es-001", lang="es", notes="Spanish crypto news repost: portal header, doubled dek, author stamp, promo and ticker lines, disclaimer, 'Te puede interesar' teasers with doubled titles and stamps.", text="""
ot|CriptoDiario.lat
du|El banco central fijó un límite de 2.000 dólares al mes por usuario.El banco central fijó un límite de 2.000 dólares al mes por usuario.

T|Argentina habilita la compra de stablecoins en billeteras bancarias

ot|Por Julián Arrieta · 16 de marzo de 2026

B|El Banco Central de la República Argentina autorizó este lunes a los bancos a ofrecer la compra de stablecoins en dólares desde sus billeteras digitales.

B|La medida tendrá un tope de 2.000 dólares mensuales por cliente y exigirá la misma verificación que una compra de dólares oficiales.

B|Tres entidades privadas ya anunciaron que activarán la función antes de fin de mes.

B|"Es una forma de traer a la formalidad algo que ya pasaba en la calle", dijo la economista Valeria Ocampo.

B|Las operaciones pagarán el impuesto PAIS vigente.

cp|¿Querés aparecer en nuestro boletín semanal para inversores? Consultá las tarifas para proyectos.
tk|USDT/ARS $1.287,40 +0,35%
tk|BTC/USD $95.910 +1,12%

dc|Aviso legal: CriptoDiario.lat reproduce contenidos de terceros con fines informativos. No constituye asesoramiento financiero ni recomendación de inversión.

rl|Te puede interesar
rl|Brasil prepara su propio real digital para 2027
rl|Brasil prepara su propio real digital para 2027
sh|Compartir
rl|CriptoDiario2026/03/16 10:02
"""),

dict(id="es-002", lang="es", ws=True, notes="Spanish regional paper on a news-portal CMS: top menu, section label, author/time, ad and 'sigue leyendo' mid-story, inline Lee también, comment prompt and footer. Trailing whitespace.", text="""
nv|Portada Aragón Huesca Teruel Deportes Opinión Esquelas

nv|HUESCA

T|Jaca aprueba limitar los pisos turísticos en el casco antiguo

ot|Laura Bescós
ot|Jaca | 08·04·26 | 06:45

B|El pleno del Ayuntamiento de Jaca aprobó este martes una modificación del plan urbanístico que impide abrir nuevas viviendas de uso turístico en el casco antiguo.

B|La norma afecta a unas 1.100 viviendas y estará vigente durante cinco años.

ot|Publicidad
ot|Sigue leyendo

B|El equipo de gobierno defendió que los alquileres de larga duración han subido un 38% desde 2022.

rl|Lee también: Canfranc bate su récord de visitantes en Semana Santa

B|La oposición votó en contra y pidió excepciones para los propietarios que ya habían iniciado trámites.

B|«No se trata de echar a nadie, sino de que vuelvan los vecinos», dijo la alcaldesa, Pilar Gracia.

cm|Comentarios (14)
cm|Para comentar es necesario estar registrado en El Diario del Pirineo
ot|El Diario del Pirineo · Aviso legal · Contacto · Publicidad
"""),

dict(id="hard-es-001", lang="es", notes="Hard: story about a fact-checking campaign on forwarding WhatsApp hoaxes, quoting 'reenviado muchas veces' and share advice as body; the page has a real share bar at top and bottom.", text="""
sh|Compartir en WhatsApp
sh|Compartir en Facebook
sh|Copiar enlace

T|«Antes de reenviar, piensa»: la campaña contra los bulos de WhatsApp llega a los colegios

ot|Redacción · Valencia · 2 de febrero de 2026

B|La Conselleria de Educación lanzará en marzo una campaña en 400 institutos para enseñar a detectar bulos que circulan por WhatsApp.

B|El material incluye ejemplos de mensajes marcados como «Reenviado muchas veces», la etiqueta que la aplicación muestra cuando un texto ha pasado por al menos cinco chats.

B|Tres consejos antes de compartir:
B|Busca la fuente original.
B|Desconfía de audios sin autor.
B|Si te genera rabia, espera una hora.

B|«Compartir también es publicar», resume la periodista Marta Igual, que coordina los talleres.

B|Un estudio de la Universitat de València encontró que el 62% de los alumnos había reenviado un bulo sin saberlo.

sh|¿Te ha resultado útil? Compártelo
rl|Más noticias de Educación
rl|Los institutos valencianos ampliarán las horas de inglés
"""),

# ------------------------------------------------------------------ pt
dict(id="pt-001", lang="pt", notes="Brazilian crypto exchange blog repost with no top furniture: byline and breadcrumb after the story, ticker widget run, promo for exchange's app, disclaimer, related list.", text="""
T|Corretora brasileira lança staking de Solana com saque em 24 horas

B|A corretora Cambiô anunciou nesta quarta-feira um serviço de staking de Solana que permite resgatar as moedas em até 24 horas.

B|Na maioria das plataformas, o prazo para desbloqueio varia de dois a três dias.

B|A empresa promete rendimento estimado de 6,1% ao ano, pago semanalmente.

B|"O investidor brasileiro quer liquidez", afirmou o diretor de produtos, Rafael Tavares.

B|O serviço está disponível apenas para clientes com verificação completa de identidade.

ot|Equipe Cambiô Cripto · 4 min de leitura · 22/04/2026
nv|Início › Notícias › Mercado

tk|SOL
tk|R$ 1.042,18
tk|+3,74% (24h)

cp|Baixe o app da Cambiô e ganhe R$ 20 em bitcoin no primeiro depósito.

dc|Este conteúdo tem caráter informativo e não representa recomendação de investimento. Criptoativos são voláteis e podem gerar perdas.

rl|Leia também
rl|Receita Federal muda regras de declaração de criptoativos
"""),

dict(id="pt-002", lang="pt", no_final_nl=True, notes="Portuguese lifestyle/culture page: menu, cookie banner at top, photo caption, newsletter box at bottom, tags. No final newline.", text="""
ck|Utilizamos cookies para melhorar a sua navegação e mostrar publicidade relevante. Ao continuar, aceita a nossa política.
ck|Aceitar e fechar
nv|Cultura · Gastronomia · Viagens · Agenda

T|Pastelaria de Tomar recupera receita de 1920 das fatias da Ordem

C|As fatias são cozidas em banho-maria e passadas por calda de açúcar. Foto: Inês Lobo

ot|Texto de Duarte Simões

B|Uma pastelaria familiar de Tomar voltou a produzir as fatias da Ordem segundo um caderno de receitas de 1920 encontrado no sótão da casa.

B|A receita original usa apenas gemas, açúcar e água, sem farinha.

B|A produção é de 200 unidades por dia e esgota quase sempre antes do almoço.

B|"A minha bisavó escrevia tudo a lápis, ainda se lê", conta Graça Mendes, a proprietária.

B|A câmara municipal quer candidatar o doce a produto tradicional certificado.

nl|Receba as melhores sugestões de fim de semana no seu e-mail, todas as sextas.
nl|Subscrever
nv|Etiquetas: doçaria, Tomar, receitas antigas"""),

# ------------------------------------------------------------------ de
dict(id="de-001", lang="de", notes="German finance portal on a crypto ETP: quote box lines, watchlist/alert buttons, author and time, sponsored label, disclaimer, 'Weitere Artikel'.", text="""
tk|Bitcoin ETP (BTCE)  91,42 €  +2,08 %
tk|Xetra · 14:37 · Vol. 18.420 Stk.
ot|Zur Watchlist
ot|Kursalarm

T|Bitcoin-ETPs an der Börse Frankfurt: Handelsvolumen verdoppelt

ot|Von Jonas Riedl | 12.03.2026, 15:02 Uhr

B|Das Handelsvolumen mit börsengehandelten Krypto-Produkten in Frankfurt hat sich im Februar gegenüber dem Vorjahresmonat mehr als verdoppelt.

B|Nach Angaben der Börse wurden Produkte im Wert von 2,7 Milliarden Euro gehandelt.

B|Rund zwei Drittel entfielen auf Bitcoin-Papiere, der Rest vor allem auf Ether und Solana.

B|„Viele Privatanleger bevorzugen das Depot bei ihrer Hausbank statt einer Krypto-Börse“, sagte Analystin Katrin Albers.

ot|Anzeige

B|Die Produkte sind physisch hinterlegt, die Coins werden bei einem Verwahrer in der Schweiz gelagert.

dc|Hinweis: Dieser Artikel stellt keine Anlageberatung dar. Kurse ohne Gewähr, Realtime-Daten nur für registrierte Nutzer.

rl|Weitere Artikel
rl|Ether fällt nach Upgrade-Verschiebung unter 3.300 Dollar
rl|Was die MiCA-Übergangsfrist für deutsche Anleger bedeutet
"""),

dict(id="de-002", lang="de", crlf=True, notes="German regional paper on traffic works: skip links, menu, location label, newsletter pitch mid-story, list of detours as body, 'Mehr zum Thema', comment count. CRLF.", text="""
nv|Zum Inhalt springen
nv|Lokales | Region | Sport | Kultur | Service

nv|Freiburg

T|B31 wird ab Montag für sechs Wochen nachts gesperrt

ot|Sabine Kessler
ot|Fr., 06.03.2026, 18:20 Uhr

B|Die Bundesstraße 31 zwischen Freiburg-Ost und Kirchzarten wird ab Montag für sechs Wochen jeweils von 20 bis 5 Uhr voll gesperrt.

B|Grund sind Arbeiten an der Tunnelbeleuchtung und an den Lüftern.

nl|Der Morgen in Freiburg: Unser kostenloser Newsletter bringt Ihnen werktags um 6 Uhr das Wichtigste aus der Stadt.
nl|Jetzt anmelden

B|Umleitungen:
B|Richtung Titisee über die L127 und Stegen
B|Richtung Freiburg über Zarten und Ebnet
B|Lkw über 7,5 Tonnen über die A5 und die B294

B|Das Regierungspräsidium rechnet mit Verzögerungen von bis zu 20 Minuten.

rl|Mehr zum Thema
rl|Stadtbahn-Baustelle am Stühlinger: Was Pendler wissen müssen

cm|3 Kommentare
"""),

dict(id="hard-de-001", lang="de", ws=True, notes="Hard: story about a court ruling on cookie banners with pre-selected boxes, quoting banner button texts as body; the page carries its own real cookie consent dialog at the top.", text="""
ck|Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und die Nutzung unserer Website zu analysieren. Mit „Alle akzeptieren“ stimmen Sie der Verarbeitung durch uns und 87 Partner zu.
ck|Alle akzeptieren
ck|Nur notwendige
ck|Einstellungen

nv|Recht | Digitales

T|Gericht: Cookie-Banner mit vorausgewählten Häkchen sind unzulässig

ot|dpa/lk | 29.01.2026

B|Ein Cookie-Banner, bei dem die Kästchen für Werbe-Cookies bereits angekreuzt sind, verstößt gegen das Datenschutzrecht.

B|Das hat das Landgericht Koblenz am Mittwoch entschieden.

B|Geklagt hatte ein Verbraucherverband gegen einen Online-Möbelhändler.

B|Dessen Banner zeigte nur die Schaltfläche „Alles klar“ und verwies für eine Ablehnung auf ein Untermenü.

B|Die Richter stellten klar: Eine Einwilligung setze ein aktives Handeln voraus.

B|„Wer nichts tut, willigt nicht ein“, sagte der Vorsitzende Richter.

B|Das Urteil ist noch nicht rechtskräftig.

sh|Artikel teilen
sh|Drucken
"""),

# ------------------------------------------------------------------ fr
dict(id="fr-001", lang="fr", notes="French crypto media repost: site name, doubled title line, author/time, inline 'À lire aussi', promo, ticker, attribution to original, disclaimer.", text="""
ot|Cryptoscope.fr

T|La Banque de France teste des règlements en euro numérique avec trois banques
du|La Banque de France teste des règlements en euro numérique avec trois banques

ot|Par Clémence Aubry – 10 févr. 2026 à 09h41

B|La Banque de France a annoncé lundi une nouvelle série d'essais de règlement interbancaire en monnaie numérique de banque centrale avec trois établissements français.

B|Les tests porteront sur des obligations tokenisées d'un montant total de 150 millions d'euros.

rl|À lire aussi : Le Parlement européen adopte le cadre de l'euro numérique

B|Selon l'institution, le règlement a été réalisé en moins de dix secondes lors de la première transaction.

B|« Nous voulons prouver que la finance tokenisée peut rester ancrée dans la monnaie de banque centrale », a déclaré le sous-gouverneur Arnaud Lefort.

cp|Vous lancez un projet Web3 ? Présentez-le à 90 000 lecteurs dans notre dossier sponsorisé.
tk|EUR/USDC 1,0842 | BTC 88 410 € (+0,9 %)

at|Article initialement publié sur Finance Numérique Hebdo.
dc|Avertissement : les informations publiées ne constituent pas un conseil en investissement. Investir dans les cryptoactifs comporte un risque de perte en capital.
"""),

dict(id="fr-002", lang="fr", notes="French education news on a regional portal with no headline in the scrape: menu and breadcrumb, byline, list of calendar dates as body, share row, most-read list and newsletter sign-up. Single newlines.", text="""
nv|Actualités > Éducation > Académie de Lyon
ot|Publié le 5 mars 2026 à 07h15 · Mis à jour à 08h02
ot|Par Hélène Garnier
B|Le rectorat de Lyon a publié mercredi le nouveau calendrier des épreuves de spécialité du baccalauréat, qui reviennent à la mi-juin.
B|Les dates retenues :
B|16 juin : philosophie
B|17 et 18 juin : épreuves de spécialité
B|22 juin au 1er juillet : grand oral
B|Les enseignants réclamaient ce changement depuis trois ans, estimant que les épreuves de mars raccourcissaient le programme.
B|« On retrouve enfin un troisième trimestre complet », se réjouit Julien Mercier, professeur d'histoire à Villeurbanne.
B|Les résultats seront publiés le 7 juillet.
sh|Partager sur Facebook Partager sur X Envoyer par e-mail
nl|Le 7h du Rhône : recevez chaque matin l'essentiel de l'actualité lyonnaise
nl|Je m'inscris
rl|Les plus lus
rl|Grève des cantines : ce qui change lundi
rl|Carte scolaire : deux collèges fusionnent à Vénissieux
"""),

dict(id="hard-fr-001", lang="fr", notes="Hard: story about influencer crypto ads and the mandatory risk warning, quoting the warning wording as body; the page carries a real promo, ticker and its own investment disclaimer.", text="""
nv|Accueil / Réglementation

T|Publicités crypto des influenceurs : l'avertissement devra occuper un cinquième de l'écran

ot|Thomas Vidal · 18 janv. 2026

B|Les influenceurs qui font la promotion de cryptoactifs devront afficher un avertissement sur les risques occupant au moins 20 % de l'image, selon un décret publié jeudi.

B|Le texte impose la mention : « Investir dans les cryptoactifs peut entraîner la perte totale du capital investi. »

B|Jusqu'ici, beaucoup de créateurs la plaçaient en petits caractères à la fin de la vidéo.

B|Ce qui change :
B|— l'avertissement doit rester visible pendant toute la durée de la promotion ;
B|— il doit être lu à voix haute dans les contenus audio ;
B|— les amendes peuvent atteindre 300 000 euros.

B|L'Autorité des marchés financiers dit avoir relevé 1 400 publications non conformes en 2025.

cp|Recevez 10 € en bitcoin à l'ouverture de votre compte sur ÉtoileX — offre soumise à conditions.
tk|Bitcoin (BTC) 88 230 € -0,42 %
dc|Les contenus de ce site sont fournis à titre d'information générale et ne constituent ni une offre ni une sollicitation d'achat ou de vente.
"""),

# ------------------------------------------------------------------ it
dict(id="it-001", lang="it", ws=True, notes="Italian finance/crypto portal with no top furniture: author/time and breadcrumb after the story, ticker run with several coins on separate lines, 'Leggi anche' mid-story, disclaimer, share row.", text="""
T|Consob, stretta sulle piattaforme non autorizzate: oscurati altri 11 siti

B|La Consob ha ordinato l'oscuramento di altri 11 siti che offrivano servizi di trading in criptovalute senza autorizzazione.

B|Dall'inizio dell'anno i siti bloccati salgono a 58.

rl|Leggi anche: MiCA, cosa cambia per chi usa exchange esteri

B|Secondo la Commissione, molti siti usavano nomi e loghi simili a quelli di intermediari autorizzati.

B|«Controllate sempre il registro prima di versare denaro», ha ricordato il commissario Paolo Gentile.

tk|BTC 88.150 € ▲ 0,6%
tk|ETH 3.104 € ▼ 0,3%
tk|XRP 2,11 € ▲ 1,9%

dc|Le informazioni contenute in questa pagina non costituiscono consulenza finanziaria. I prezzi sono indicativi.
ot|di Federica Colombo | 24 febbraio 2026
sh|Condividi: Facebook · X · LinkedIn · WhatsApp
nv|Home » Economia » Criptovalute
"""),

dict(id="it-002", lang="it", notes="Italian sports page with a final-score widget, scorers and cards run, short body timeline, 'Articoli correlati', newsletter link and comments count. Extra blank lines before the footer.", text="""
ot|Serie B · 29ª giornata · Finale
ot|Vellano 2 - 2 Portoreale
ot|Marcatori: 12' Bianchi (V), 38' Sorrentino (P), 67' Sorrentino (P), 90+3' Rinaldi (V)
ot|Ammoniti: Gallo, Esposito

T|Rinaldi al 93' salva il Vellano: 2-2 con il Portoreale

ot|Marco Ferri
ot|15/03/2026 - 17:05

B|Il Vellano evita la sconfitta nel recupero e resta in zona playoff.

B|La partita in breve:
B|12' Bianchi apre le marcature di testa
B|38' Sorrentino pareggia su rigore
B|67' ancora Sorrentino, tiro a giro
B|93' Rinaldi in mischia per il 2-2

B|«Non abbiamo mai smesso di crederci», ha detto l'allenatore Davide Lucchesi.

B|Il Portoreale resta a tre punti dalla zona salvezza.



rl|Articoli correlati
rl|Serie B, la classifica aggiornata dopo la 29ª giornata
nl|Iscriviti alla newsletter di Calcio Provincia
cm|Commenti (41)
"""),

# ------------------------------------------------------------------ ru / uk
dict(id="ru-001", lang="ru", notes="Russian Telegram-channel repost of crypto exchange news: channel header, view count, source attribution, promo, hashtags; short list lines kept as body. Single newlines.", text="""
ot|💎 КриптоКурьер | Новости
ot|86 412 подписчиков
T|⚡️ Биржа Novex объявила о делистинге 14 монет
B|Криптобиржа Novex сообщила, что 24 апреля прекратит торговлю 14 токенами с низкой ликвидностью.
B|Среди них:
B|— LUMA
B|— QRTZ
B|— FENX
B|Пользователям рекомендуют вывести средства до 15 мая.
B|«Мы пересматриваем листинг раз в квартал», — говорится в заявлении биржи.
B|После этой даты остатки будут конвертированы в USDT по рыночной цене.
at|Источник: пресс-служба Novex
cp|🎁 Забирай бонус 50 USDT за первую сделку на Novex — ссылка в закрепе
ot|👁 31,2K  ✏️ изменено
nv|#делистинг #Novex #альткоины
"""),

dict(id="ru-002", lang="ru", no_final_nl=True, notes="Russian science news portal: menu, rubric, author/time, photo caption, ad label mid-story, 'Читайте также', comments prompt, copyright. No final newline.", text="""
nv|Главная / Наука / Космос

T|Новосибирские физики показали компактный двигатель для кубсатов

C|Прототип двигателя на испытательном стенде. Фото: пресс-служба НГТУ

ot|Анна Воронцова, 11 марта 2026, 13:40

B|Учёные Новосибирского технического университета представили ионный двигатель размером с пачку сахара для малых спутников.

B|Устройство весит 480 граммов и потребляет 40 ватт.

ot|Реклама

B|По словам разработчиков, двигатель позволит кубсатам менять орбиту и дольше оставаться в космосе.

B|«Первые полётные испытания планируем на следующий год», — сказал руководитель проекта Игорь Лапин.

rl|Читайте также: Как студенты собрали спутник за 12 месяцев
cm|Обсудить в комментариях (7)
dc|© 2026 НаукаСибирь. Перепечатка материалов без письменного разрешения запрещена."""),

dict(id="uk-001", lang="uk", notes="Ukrainian city news site: menu, section, author/time, inline 'Читайте також', Telegram channel prompt (navigation), share bar, tags.", text="""
nv|Новини | Місто | Транспорт | Культура | Афіша

T|У Львові відкрили оновлений трамвайний маршрут до Сихова

ot|Олена Гнатюк · 02.04.2026, 10:15

B|У Львові після дворічної реконструкції відновили рух трамвая №3 до Сихова.

B|На лінії замінили 4,2 км колій та встановили 11 нових зупинок з навісами.

rl|Читайте також: Як зміниться вартість проїзду з травня

B|Інтервал руху в години пік становитиме 6 хвилин.

B|«Це найбільший трамвайний проєкт міста за останні десять років», — сказав заступник міського голови Андрій Мельник.

B|Роботи коштували 640 млн гривень.

nv|Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини Львова
sh|Поділитися: Facebook | Telegram | Viber
nv|Теги: трамвай, Сихів, транспорт
"""),

# ------------------------------------------------------------------ tr / pl / nl
dict(id="tr-001", lang="tr", ws=True, notes="Turkish economy news portal: breaking strip, currency ticker line, author/time, ad label mid-story, 'İlgili Haberler', comment prompt, copyright. Trailing whitespace.", text="""
ot|SON DAKİKA
tk|DOLAR 38,42 ▲ | EURO 41,67 ▲ | ALTIN 3.812 ▼ | BIST 100 10.245 ▲ | BTC 3,68 Mn ₺

T|Merkez Bankası politika faizini 150 baz puan indirdi

ot|Ekonomi Servisi | 17.04.2026 14:05

B|Türkiye Cumhuriyet Merkez Bankası, politika faizini yüzde 38,5'ten yüzde 37'ye indirdi.

B|Piyasa beklentisi 100 baz puanlık indirim yönündeydi.

ot|REKLAM

B|Kurul, enflasyonun ana eğiliminde düşüşün sürdüğünü belirtti.

B|Ekonomist Selin Aydoğan, "Kararın ardından liranın tepkisi sınırlı kaldı" dedi.

B|Bir sonraki toplantı 12 Haziran'da yapılacak.

rl|İlgili Haberler
rl|Konut satışlarında mart ayında yüzde 14 artış

cm|Yorum yazmak için giriş yapın
dc|Tüm hakları saklıdır. Haberlerin izinsiz kopyalanması yasaktır.
"""),

dict(id="pl-001", lang="pl", notes="Polish regional news on weather and floods: alert bar, menu, author/time, list of closed roads as body, 'Zobacz także', newsletter, cookie notice at the bottom.", text="""
ot|ALERT RCB: Ostrzeżenie hydrologiczne 3. stopnia dla powiatu kłodzkiego
nv|Wiadomości | Region | Sport | Pogoda | Ogłoszenia

T|Nysa Kłodzka przekroczyła stan alarmowy. Zamknięte drogi w trzech gminach

ot|Karolina Wiśniewska · 14.05.2026, 06:50

B|Poziom wody w Nysie Kłodzkiej w Kłodzku przekroczył w nocy stan alarmowy o 42 centymetry.

B|Starostwo zamknęło odcinki dróg:
B|DW 392 między Bystrzycą a Idzikowem
B|DP 3232D w Żelaźnie
B|ul. Nadrzeczna w Kłodzku

B|Strażacy ewakuowali 17 osób z domów przy rzece.

B|„Sytuacja jest stabilna, ale deszcz ma padać jeszcze dobę” – powiedział starosta Marek Zieliński.

rl|Zobacz także: Jak przygotować dom na powódź. Poradnik

nl|Zapisz się na poranny newsletter Kłodzkiej Gazety
ck|Serwis korzysta z plików cookies zgodnie z polityką prywatności. Możesz zmienić ustawienia w przeglądarce.
ck|Rozumiem
"""),

dict(id="nl-001", lang="nl", no_final_nl=True, notes="Dutch tech site: menu, author/time, reading time, 'Lees ook' mid-story, reactions count and forum link, share bar. No final newline.", text="""
nv|Nieuws · Reviews · Podcasts · Forum

T|Eindhovense start-up bouwt thuisbatterij van tweedehands autoaccu's

ot|Door Sander de Wit · 9 maart 2026 09:30 · 3 minuten leestijd

B|Het Eindhovense bedrijf Accurest gaat thuisbatterijen verkopen die zijn gemaakt van afgedankte accu's uit elektrische auto's.

B|Een batterij van 10 kWh kost 3.990 euro, ongeveer 30 procent minder dan een nieuwe.

rl|Lees ook: Netbeheerders willen slimmer laden verplichten

B|Het bedrijf test elke cel afzonderlijk en geeft acht jaar garantie.

B|"Een auto-accu met 75 procent capaciteit is nog prima voor thuisgebruik", zegt oprichter Lotte Verhoeven.

cm|Reacties (58)
cm|Praat mee op het forum
sh|Delen: WhatsApp · LinkedIn · Mail"""),

# ------------------------------------------------------------------ id / vi / th / ar
dict(id="id-001", lang="id", notes="Indonesian crypto exchange news repost: site header, author/time, exchange promo, ticker, disclaimer, 'Baca juga' teasers with stamps.", text="""
ot|KriptoKini.id

T|OJK catat transaksi aset kripto Februari naik 27 persen

ot|Penulis: Dimas Prasetyo | Senin, 17 Maret 2026 13:22 WIB

B|Otoritas Jasa Keuangan (OJK) mencatat nilai transaksi aset kripto di Indonesia pada Februari 2026 mencapai Rp 71,4 triliun.

B|Angka itu naik 27 persen dibanding bulan sebelumnya.

B|Jumlah konsumen aset kripto kini mencapai 24,6 juta orang.

B|"Kenaikan didorong pergerakan harga bitcoin dan minat pada token berbasis AI," kata Kepala Eksekutif Pengawas, Hasan Fauzi.

cp|Daftar sekarang di Tokolink Exchange dan dapatkan cashback Rp 50.000 untuk transaksi pertama!
tk|BTC/IDR Rp 1.562.400.000 +1,3%

dc|Disclaimer: Artikel ini bukan ajakan membeli atau menjual aset kripto. Segala keputusan investasi menjadi tanggung jawab pembaca.

rl|Baca juga
rl|Harga Solana menguat setelah peluncuran dompet baru
rl|KriptoKini2026/03/17 09:10
"""),

dict(id="vi-001", lang="vi", ws=True, notes="Vietnamese education news portal: menu, author/time, list of admission changes as body, 'Tin liên quan', comment prompt, app prompt at bottom.", text="""
nv|Thời sự | Giáo dục | Sức khỏe | Thể thao | Công nghệ

T|Đại học Quốc gia TP.HCM giảm chỉ tiêu xét tuyển học bạ

ot|Minh Thư | 08:20 - 20/03/2026

B|Đại học Quốc gia TP.HCM vừa công bố phương án tuyển sinh năm 2026, trong đó chỉ tiêu xét học bạ giảm còn 15%.

B|Những điểm mới:
B|- Bổ sung bài thi đánh giá năng lực lần ba vào tháng 6;
B|- Thí sinh được đăng ký tối đa 8 nguyện vọng;
B|- Ưu tiên xét tuyển học sinh giỏi cấp tỉnh.

B|Ông Nguyễn Quốc Hải, trưởng ban đào tạo, cho biết việc giảm chỉ tiêu học bạ nhằm đảm bảo công bằng giữa các trường.

rl|Tin liên quan
rl|Hơn 1 triệu thí sinh đăng ký thi tốt nghiệp năm nay

cm|Ý kiến bạn đọc
cm|Gửi bình luận
nv|Tải ứng dụng Tin Sáng để đọc nhanh hơn
"""),

dict(id="th-001", lang="th", notes="Thai tourism news portal with noise only at the bottom: photo caption above the story, author/time, share row, 'ข่าวที่เกี่ยวข้อง', cookie notice at bottom.", text="""
T|เชียงใหม่เปิดเส้นทางปั่นจักรยานรอบคูเมืองยาว 6 กิโลเมตร

C|นักท่องเที่ยวปั่นจักรยานบนเส้นทางใหม่รอบคูเมือง (ภาพ: ทีมข่าวล้านนาเดลี่)

B|เทศบาลนครเชียงใหม่เปิดใช้เส้นทางจักรยานรอบคูเมืองยาว 6 กิโลเมตรอย่างเป็นทางการเมื่อวันพุธ

B|เส้นทางมีจุดจอดจักรยานให้เช่า 12 จุด คิดค่าบริการชั่วโมงละ 20 บาท

B|นายกเทศมนตรีกล่าวว่า "เราอยากให้คนเดินทางในเมืองเก่าโดยไม่ต้องใช้รถยนต์"

B|เทศบาลคาดว่าจะมีผู้ใช้บริการวันละกว่า 1,500 คน

ot|โดย ปิยะพร แสงทอง | 3 เม.ย. 2569 09:45 น.
sh|แชร์ Facebook | LINE | X

rl|ข่าวที่เกี่ยวข้อง
rl|สงกรานต์เชียงใหม่ปีนี้ห้ามใช้น้ำแข็งก้อนใหญ่

ck|เว็บไซต์นี้ใช้คุกกี้เพื่อวิเคราะห์การใช้งานและปรับปรุงประสบการณ์ของคุณ
ck|ยอมรับทั้งหมด
"""),

dict(id="ar-001", lang="ar", notes="Arabic business/health news portal: menu, doubled dek, author/time, photo caption, ad label mid-story, 'اقرأ أيضا', newsletter, share row and copyright.", text="""
nv|الرئيسية | اقتصاد | صحة | رياضة | تكنولوجيا
du|المصنع يغطي 40% من حاجة السوق المحلية.المصنع يغطي 40% من حاجة السوق المحلية.

T|مصنع أدوية جديد في الدمام ينتج الأنسولين محلياً لأول مرة

ot|الرياض - سارة العتيبي | 2026/02/11 - 10:30

B|افتتحت شركة الخليج للصناعات الدوائية مصنعاً جديداً في الدمام لإنتاج الأنسولين بطاقة 30 مليون عبوة سنوياً.

B|ويغطي المصنع نحو 40 في المئة من احتياجات السوق المحلية.

ot|إعلان

B|وقال الرئيس التنفيذي للشركة فهد الشمري إن "توطين صناعة الأنسولين يقلل الاعتماد على الاستيراد".

B|وبلغت تكلفة المشروع 1.2 مليار ريال.

rl|اقرأ أيضا: ارتفاع صادرات المملكة غير النفطية 9% في الربع الأخير

nl|اشترك في النشرة البريدية اليومية لتصلك أهم الأخبار
sh|شارك الخبر عبر: واتساب · إكس · فيسبوك
dc|جميع الحقوق محفوظة © 2026 صحيفة الشرق الاقتصادية
"""),
]
