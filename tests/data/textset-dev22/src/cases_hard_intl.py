"""Hard non-English cases of textset-dev22: the story's own list is about the page's furniture."""

CASES = [
dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="",
     notes="HK crypto site: the story is a list of weekly closing coin prices (kept as body) while the "
           "page carries a multi-line ticker strip, a squashed ticker, a sign-up promo inside the list, "
           "an investment disclaimer, teasers and a data-source credit.",
     text="""
nav|幣圈快訊 | 行情 | 研究 | 活動
tk|BTC $96,512.30 +1.42%
>tk|ETH $3,402.18 -0.61%
>tk|SOL $182.44 +3.05%
T|本週虛擬資產收市價一覽：比特幣重上九萬六
oth|2025年12月6日 10:20 ｜ 撰文：鄭樂晴
B|加密貨幣市場本週反彈，比特幣週五收市重上96,000美元。以下為香港時間週五晚上11時，主要虛擬資產的收市價及一週變動：
B|比特幣（BTC）：96,480美元，一週 +4.8%
B|以太幣（ETH）：3,398美元，一週 +2.1%
B|索拉納（SOL）：182.3美元，一週 +9.6%
pr|新用戶註冊即送50 USDT體驗金，立即開戶 ➜
B|瑞波幣（XRP）：2.31美元，一週 -1.7%
B|狗狗幣（DOGE）：0.412美元，一週 +6.2%
B|分析師指，比特幣現貨ETF本週錄得淨流入約18億美元，帶動大市氣氛；不過山寨幣波動仍大，狗狗幣一度單日急跌11%。
B|證監會提醒，投資者只應透過持牌虛擬資產交易平台買賣，並留意價格波動風險。
att|資料來源：綜合各交易所報價
tk|熱門幣種
tk|DOGE Logo狗狗幣 價格(DOGE)$0.4118$0.4118+0.92%USD
dis|免責聲明：本站轉載之內容僅供參考，不構成任何投資建議。加密資產價格波動極大，投資前請自行評估風險。
rel|猜你喜歡
rel|以太幣升級延後？開發者會議三大重點
rel|香港穩定幣條例生效 首批牌照料明年發出
sh|分享
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="",
     notes="Social-media story listing the five most-shared posts of the year (words 分享/转发 in body) "
           "on a page with a real share bar, like/forward counters, comment link, numbered hot list, "
           "source credit and an opinion disclaimer.",
     text="""
nav|新闻 > 互联网
T|年度转发榜出炉：这五条帖子被分享最多
oth|2025-12-28 14:30　作者：苏晴
sh|分享到：微信　微博　QQ　复制链接
B|社交平台“微言”今天发布年度报告，全年用户累计分享帖子超过480亿次。转发量最高的五条帖子分别是：
B|1. “外卖小哥雨中护送走失老人回家”视频，转发 1,268万次
B|2. 某地文旅局长穿汉服代言家乡，转发 934万次
B|3. “一键分享给爸妈”的防诈骗提醒长图，转发 871万次
B|4. 高考考生“查分”瞬间直播切片，转发 702万次
B|5. 春晚后台花絮合集，转发 655万次
rel|相关：短视频平台年度热词公布
B|报告说，带有“转发”“分享给朋友”引导语的帖子平均传播量是普通帖子的3.2倍，但平台从今年起对“不转不是中国人”等诱导分享话术限流。
B|平台方表示，明年将上线“分享来源”标签，让用户看到一条内容是被谁转发到自己面前的。
sh|赞 2.1万 ｜ 转发 3466
com|评论 812　查看全部
rel|热门文章
rel|1 微言回应“限流”争议：不针对个人
rel|2 网友晒年度报告：我一年分享了1,024次
rel|3 诱导分享被罚 某公众号封停30天
att|本文来源：数码晨报客户端
dis|本文为作者独立观点，不代表本站立场。
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="",
     notes="Privacy story: seven numbered rules for cookie banners that quote 'Alle ablehnen' and 'Alle "
           "akzeptieren' (body), under a real three-line consent banner; ad label inside the list, "
           "topic tags, share/print row, numbered most-read list, newsletter prompt.",
     text="""
ck|Wir und unsere 143 Partner speichern Informationen auf Ihrem Gerät. Ihre Auswahl können Sie jederzeit über „Privatsphäre“ im Seitenfuß ändern.
ck|Alle akzeptieren
ck|Einstellungen verwalten
nav|Startseite › Digital › Datenschutz
T|Cookie-Banner: Diese sieben Regeln gelten jetzt für Webseiten
oth|Von Jana Köhler | 14.03.2025, 11:42 Uhr
B|Die Datenschutzkonferenz der Länder hat eine neue Orientierungshilfe für Cookie-Banner veröffentlicht. Betreiber von Webseiten haben bis Oktober Zeit, ihre Einwilligungsabfragen anzupassen. Die wichtigsten Punkte:
B|1. „Alle ablehnen“ muss auf der ersten Ebene genauso sichtbar sein wie „Alle akzeptieren“.
B|2. Vorausgewählte Häkchen bei Marketing-Cookies sind unzulässig.
B|3. Der Hinweis „Mit der Nutzung der Seite stimmen Sie zu“ ersetzt keine Einwilligung.
B|4. Der Widerruf muss über einen dauerhaft sichtbaren Link möglich sein.
oth|Anzeige
B|5. Die Zahl der Partner ist im Banner zu nennen, nicht erst in der Datenschutzerklärung.
B|6. Technisch notwendige Cookies brauchen keine Einwilligung, müssen aber aufgeführt werden.
B|7. Farbliche Tricks, die „Akzeptieren“ hervorheben, gelten als Manipulation.
B|Verbraucherschützer begrüßen die Regeln. „Wer zweimal klicken muss, um abzulehnen, klickt am Ende auf ‚Alle akzeptieren‘“, sagt Lea Brandt vom Verbraucherverband Hessen-Nord.
nav|Themen: Datenschutz · DSGVO · Internet · Verbraucher
sh|Teilen  Drucken  Merken
rel|Meistgelesen
rel|1. Grundsteuer-Bescheide: Fehlerquote höher als gedacht
rel|2. Diese Bahnstrecken sind ab Montag gesperrt
rel|3. Neue Blitzer an der B6 – hier wird kontrolliert
nl|Digital-Newsletter: Jeden Freitag das Wichtigste aus der Netzwelt. Jetzt anmelden
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="ws",
     notes="Media-industry story ranking news outlets by newsletter subscribers (list kept as body, "
           "words メルマガ登録 in body) on a page with two real newsletter sign-up boxes, share row, "
           "read-next list, a PR-labelled teaser and a copyright line. Trailing whitespace.",
     text="""
nav|ホーム ＞ ビジネス ＞ メディア
T|ニュースレター登録者数ランキング　地方紙の伸びが目立つ
oth|2025年8月5日 07:00　文：佐伯 みのり
sh|ポスト　シェア　はてブ　LINE
B|国内の報道機関が配信するメールニュースレターの登録者数について、業界団体が初めて調査結果をまとめた。上位5媒体の登録者数（2025年6月末時点）は以下の通り。
B|1位　全国経済紙A「朝のマーケット」 84万人
B|2位　全国紙B「けさの一面」 61万人
B|3位　東北日報「防災メール」 27万人
B|4位　ITメディアC「週刊テック便」 19万人
B|5位　九州タイムス「夕方の5本」 12万人
nl|＼無料で毎朝届く／ 本サイトのメルマガ登録はこちら（メールアドレスを入力）
B|調査によると、登録者数の伸び率が最も高かったのは地方紙で、前年比で平均42％増えた。災害情報の配信を入り口に登録する読者が多いという。
B|一方で、開封率は平均で31％にとどまり、「登録はしたが読んでいない」という層も少なくない。
B|調査を担当した日本デジタル報道協会の森田浩二氏は「メルマガ登録をゴールにせず、配信停止率も公開すべきだ」と話している。
nl|メールマガジン登録　最新記事を毎週お届けします　登録する
rel|この記事を読んだ人はこちらも
rel|有料会員100万人の壁　デジタル版の現在地
rel|ポッドキャスト番組、広告収入が倍増
oth|PR　法人向けメール配信ツール、30日間無料トライアル
dis|Copyright © メディア業界ウォッチ All rights reserved.
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="",
     notes="Consumer story listing new rules for affiliate links (body quotes 'podemos recibir una "
           "comisión', 'Ver oferta', star reviews) on a deals site with a real affiliate disclosure, "
           "two price boxes inside the story, tags, numbered most-read list and cookie notice.",
     text="""
nav|Consumo | Tecnología | Hogar | Ofertas
T|Enlaces de afiliado: las nuevas obligaciones para webs de ofertas y reseñas
oth|Por Marta Llorente | Madrid | 22 may 2025 - 09:15 CEST
dis|En esta web utilizamos enlaces de afiliado: si compras a través de ellos, podemos recibir una comisión.
B|El Ministerio de Consumo ha publicado una guía sobre publicidad encubierta en internet que afecta a blogs de ofertas, comparadores y medios que cobran comisión por las ventas. Estas son las obligaciones principales:
B|El aviso de afiliación debe aparecer antes del primer enlace, no al pie de la página.
B|Frases como «podemos recibir una comisión» tienen que estar en el mismo idioma y tamaño que el texto.
B|Las cajas con precios y botones de «Ver oferta» deben llevar la etiqueta «Publicidad» o «Enlace patrocinado».
oth|Freidora de aire Hogarix 5,5 L — 69,99 € (antes 99,99 €) Ver oferta
oth|Aspirador sin cable Vorta S9 — 149 € Ver oferta
B|Las reseñas con estrellas no pueden ocultar que el producto fue cedido por la marca.
B|Las sanciones irán de 3.000 a 100.000 euros según la gravedad.
B|La Asociación de Medios Digitales cree que la norma «es razonable», aunque pide un periodo de adaptación de seis meses.
B|Consumo recuerda que cualquier usuario puede denunciar una web que incumpla a través de las oficinas municipales de información al consumidor.
nav|Etiquetas: Consumo · Publicidad · Compras online
rel|Lo más leído
rel|1. ¿Cuánto cuesta de verdad poner aire acondicionado en un piso?
rel|2. Los supermercados más baratos de tu ciudad, según un estudio
rel|3. Cambios en la factura de la luz a partir de junio
ck|Usamos cookies propias y de terceros para analizar la navegación y mostrar publicidad personalizada. Aceptar / Configurar
"""),

dict(id="hard-fr-001", lang="fr", hard=True, opts="",
     notes="Regional paper reports why its moderators deleted reader comments (list of reasons with "
           "percentages, body about closing comments) above its real comment section: count, "
           "subscriber-only notice, a reader comment, abuse link; share row, ad label, teasers, "
           "newsletter prompt.",
     text="""
nav|L'Écho des Vallées
nav|Accueil > Société > Médias
T|Commentaires : ce que nos modérateurs ont supprimé en 2024
oth|Par Antoine Mercier — Publié le 03/02/2025 à 18h05, mis à jour à 19h20
sh|Facebook · X · WhatsApp · Copier le lien de l'article
B|Notre journal a reçu l'an dernier 412 000 commentaires sous ses articles. 9 % ont été supprimés par l'équipe de modération. Voici les motifs de suppression, par ordre d'importance :
B|Propos injurieux ou insultes entre lecteurs : 38 %
B|Hors-sujet répétés ou spam publicitaire : 24 %
B|Propos haineux ou discriminatoires : 17 %
B|Fausses informations signalées par les lecteurs : 12 %
B|Atteintes à la vie privée (noms, adresses) : 9 %
oth|Publicité
B|Le délai moyen de modération est passé de 4 heures à 50 minutes grâce à un outil de tri automatique, mais chaque suppression est validée par un modérateur.
B|Depuis janvier, les commentaires sont fermés automatiquement après 72 heures, ainsi que sous les articles de faits divers impliquant des mineurs.
B|« Nous ne voulons pas fermer l'espace de commentaires, mais il doit rester un lieu de débat », explique la rédactrice en chef adjointe, Claire Dubois.
com|23 commentaires
com|Vous devez être abonné pour réagir. Se connecter
com|Jean-Luc38 · il y a 2 h
com|Encore heureux qu'on puisse toujours donner son avis ici !
com|Signaler un abus
rel|À lire aussi
rel|Réseaux sociaux : les jeunes lisent-ils encore la presse locale ?
rel|La rédaction lance son podcast hebdomadaire
nl|Recevez chaque matin l'essentiel de l'actualité locale. Je m'inscris
"""),
]
