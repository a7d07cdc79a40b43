"""dev23, hard cases outside English: the story's subject looks like the page's own furniture."""

CASES = [
dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="ws",
     notes="Hard: a story on scam investment ads that say 'join our LINE group' and 'click the link "
           "below' (body lines quote those phrases), on a Taiwanese site that carries its own ad label, "
           "a 'join our LINE friends' push prompt, share row and related block. Trailing whitespace.",
     text="""
nav|台灣晨光報
nav|社會 ｜ 科技 ｜ 打詐專區 ｜ 生活
T|假投顧廣告再進化
oth|記者蘇柏翰／台北報導
oth|2025-11-06 12:30　閱讀時間 3 分鐘
B|數位發展部今（6）日公布最新統計，今年第三季社群平台下架的詐騙廣告達4.2萬則，其中近六成假冒知名財經名人或投顧老師，標榜「加入LINE群組，免費領取飆股」。
B|數位部說，這類廣告常在文末放上「點我加好友」按鈕，民眾點擊後會被拉進假的投資群組，再被引導下載不明App入金。
B|刑事警察局也整理出詐騙廣告的常見用語，包括「限時免費」、「名額有限，點擊下方連結領取」、「保證獲利、穩賺不賠」等，提醒民眾看到這類字眼就要提高警覺。
oth|廣告
B|數位部表示，依現行規定，平台業者須揭露廣告的委刊人與出資者，未落實者最高可處2500萬元罰鍰。
B|主要社群平台業者回應，已針對金融類廣告啟用實名驗證，並將持續與政府合作打擊詐騙。
B|刑事局提醒，正派媒體與投顧不會要求讀者加入私人LINE群組領取明牌，如有疑問可撥打165反詐騙專線查證。
nl|加入台灣晨光報LINE好友，重要新聞第一時間推播給你 ➜ 點我加好友
sh|分享到 Facebook　分享到 LINE　複製連結
rel|你可能也想看
rel|165專線統計：假投資詐騙財損占五成
rel|網購退款詐騙再現　假客服話術曝光
dis|本網站內容未經授權不得轉載，違者必究。
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="",
     notes="Hard: a story on new provincial rules for comment sections (selected comments, review "
           "before posting, 'rational discussion' prompts, one-click report) on a portal whose own "
           "comment block shows those very elements; share row, related block, copyright notice.",
     text="""
nav|南国新闻网
nav|首页 > 科技 > 互联网
T|评论区新规
oth|2025-11-08 10:26　来源：南国新闻网　作者：梁宇
B|南国省网信办8日发布《网络平台评论区管理工作指引（试行）》，要求平台建立评论区分级管理制度，对新闻信息类内容的评论实行“先审后发”。
B|指引要求，粉丝量超过100万的账号，其评论区须开启“精选评论”功能，由账号运营者对留言进行筛选后展示；未经筛选的评论不得默认排在“热门评论”首位。
B|指引还明确，平台应在评论框显著位置提示“理性发言，文明评论”，并为用户提供“一键举报”入口，对举报内容应在24小时内处理。
B|“评论区已经成为网络舆论的重要场域。”省内一所高校新闻学院的教授表示，分级管理既能压实账号主体责任，也能减少刷评、控评等乱象。
B|也有网友担心，“先审后发”会导致评论延迟显示甚至被“吞评论”。对此，省网信办相关负责人表示，平台须向用户告知评论审核状态，不得无故屏蔽正常留言。
B|指引将于2026年1月1日起施行。
sh|分享到：微信 微博 复制链接
com|网友评论
com|理性发言，文明评论，请遵守相关法律法规
com|热门评论（126）
com|云端漫步者：评论要等审核，那还叫评论吗
com|老陈聊科技：支持，控评刷评确实该管
com|查看更多评论 >
rel|相关阅读
rel|短视频平台开展专项整治　下架违规账号3.2万个
dis|凡本网注明“来源：南国新闻网”的作品，版权均属本网所有，未经授权不得转载。
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="",
     notes="Hard: a story on 'notification fatigue' (news-app and municipal push notifications, the "
           "'allow notifications?' dialog) on a site that opens with its own push-permission prompt; "
           "ad label in the story, 'Text: Name (desk)' byline, newsletter, share row, related block.",
     text="""
nav|しずおか日報デジタル
nav|プッシュ通知を受け取りますか？　許可する　後で
nav|ニュース ＞ 県内 ＞ 防災
T|「通知疲れ」防災にも影
oth|2025年11月6日 6:00　（2025年11月6日 8:41更新）
oth|文：杉山美咲（社会部）
B|スマートフォンのニュースアプリや自治体アプリから届くプッシュ通知が多すぎて、肝心の防災情報が見落とされているのではないか――。県が県民2千人を対象に行った調査で、こうした「通知疲れ」の実態が浮かんだ。
B|調査によると、通知を「ほとんど見ずに消す」と答えた人は41％。ニュースアプリの通知を「オフにした」人も27％に上り、理由として「一日に何十件も届く」「広告のような通知が多い」が目立った。
B|一方で、県の防災アプリ「しずおか防災ナビ」の通知を「必ず確認する」と答えた人は58％にとどまった。
oth|広告
B|県危機管理課の担当者は「アプリを入れた直後に『通知を許可しますか』と聞かれ、反射的に『許可しない』を押す人も多い」と分析する。
B|県は来年度から、防災アプリの通知を「緊急」「注意」「お知らせ」の3段階に分け、「お知らせ」は初期設定では届かないようにする方針だ。
B|防災情報を研究する県内の大学の准教授は「通知の数を絞ることが、結果的に命を守る情報を届けることにつながる」と話す。
nl|メールマガジン「しずおか日報モーニング」の登録はこちら
sh|Xでポスト　LINEで送る　リンクをコピー
rel|関連記事
rel|防災アプリ登録者、県人口の1割に届かず
rel|台風接近時の避難情報　「届いたが見ていない」3割
dis|© しずおか日報社　無断転載・複製を禁じます
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="",
     notes="Hard: a court ruling on social-media share buttons ('Auf Facebook teilen', 'Gefällt mir', "
           "two-click solution) with a checklist; the page has its own share rows above and below the "
           "story, a 'Text: Name | date' byline, ad label, topic links and a recommendation block.",
     text="""
nav|Westerwälder Tagblatt
nav|Digitales › Recht
T|Urteil zu Teilen-Buttons
oth|Text: Moritz Ebeling | 06.11.2025
sh|Teilen   Facebook   X   WhatsApp   E-Mail
B|Das Landgericht Koblenz hat einem Online-Shop untersagt, auf seinen Produktseiten sogenannte Teilen-Buttons sozialer Netzwerke ohne vorherige Einwilligung der Besucher einzubinden.
B|Geklagt hatte ein Verbraucherschutzverein. Der Shop hatte die Schaltflächen „Auf Facebook teilen“ und „Gefällt mir“ direkt beim Seitenaufruf geladen, wodurch Daten wie die IP-Adresse an die Plattformbetreiber übertragen wurden – auch wenn niemand auf die Buttons klickte.
B|Nach Auffassung der Kammer ist dafür eine Einwilligung nach dem Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz erforderlich. Ein Hinweis in der Datenschutzerklärung reiche nicht aus.
oth|Anzeige
B|Als zulässig sieht das Gericht die sogenannte Zwei-Klick-Lösung an: Die Buttons werden zunächst nur als Grafik angezeigt und erst nach einem Klick aktiviert.
B|Das Urteil (Az. 3 O 418/24) ist noch nicht rechtskräftig. Der Shopbetreiber hat angekündigt, in Berufung zu gehen.
B|Was Website-Betreiber jetzt prüfen sollten
B|Werden Skripte von Drittanbietern erst nach der Einwilligung geladen?
B|Reicht ein einfacher „Teilen“-Link ohne eingebettetes Skript aus?
sh|Artikel teilen:
sh|Link kopieren
sh|Per E-Mail senden
nav|Mehr zu: Datenschutz, Urteil, Social Media
rel|Weitere Artikel aus dem Ressort Digitales
rel|Cookie-Banner: Was Nutzer wirklich wegklicken dürfen
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="",
     notes="Hard: a data-protection fine over a cookie banner whose 'Aceptar todas' button outshone "
           "'Rechazar'; body quotes the buttons and lists the rules. The page opens with its own cookie "
           "banner; 'Name · Section' byline, date with reading time, ad label, share lines, related "
           "teaser, newsletter, a run of blank lines and a reproduction notice.",
     text="""
ck|Utilizamos cookies propias y de terceros para analizar el tráfico de La Gaceta de la Bahía. Aceptar todas | Rechazar | Configurar
nav|La Gaceta de la Bahía
nav|Portada / Tecnología / Privacidad
T|Multa por las cookies
oth|Lucía Beltrán · Tecnología
oth|05 NOV 2025 - 18:40 · Lectura: 3 min
B|La Agencia Española de Protección de Datos (AEPD) ha impuesto una multa de 60.000 euros a una cadena de tiendas de electrónica por el diseño de su banner de cookies, que según el organismo empujaba a los usuarios a aceptarlas todas.
B|En la resolución, la AEPD describe que el botón «Aceptar todas» aparecía en verde y a tamaño completo, mientras que la opción «Rechazar» solo era accesible tras pulsar «Configurar cookies» y desplazarse hasta el final de un segundo menú.
B|«Rechazar debe ser tan fácil como aceptar», recuerda la resolución, que cita las directrices europeas sobre el consentimiento.
oth|Publicidad
B|La empresa, con sede en Sevilla, alegó que el banner lo había diseñado un proveedor externo y que lo modificó en cuanto recibió el requerimiento. La agencia rebajó la sanción inicial de 80.000 euros por pago voluntario.
B|Qué dice la norma
B|Las webs deben pedir el consentimiento antes de instalar cookies que no sean técnicas.
B|El usuario debe poder rechazarlas en el primer nivel del aviso, con un botón tan visible como el de aceptar.
B|Seguir navegando no equivale a dar el consentimiento.
sh|Compartir en WhatsApp
sh|Compartir en Facebook
rel|Te puede interesar: Las apps de citas, en el punto de mira de Protección de Datos
nl|Recibe cada viernes nuestra newsletter de tecnología
~
dis|© La Gaceta de la Bahía. Prohibida la reproducción total o parcial.
"""),

dict(id="hard-fr-001", lang="fr", hard=True, opts="",
     notes="Hard: a town-hall online poll flooded by bot votes; the story quotes the poll question and "
           "the percentages, and the page embeds its own reader poll (question, options, vote and "
           "results buttons) in the middle of the story. 'Par Name, title' byline, ad label, share "
           "row, comment count and login prompt, related teaser.",
     text="""
nav|L'Écho du Sénonais
nav|Sens · Actualité · Vie locale
T|Sondage truqué ?
oth|Par Julien Mercier, journaliste
oth|Publié le 06/11/2025 à 17h05 · Mis à jour à 18h30
B|Le sondage en ligne lancé par la mairie de Sens sur la piétonnisation de la place de la République a été suspendu mercredi soir, après la découverte de plus de 4 000 votes suspects enregistrés en moins d'une heure.
B|Ouvert le 20 octobre sur le site de la ville, le questionnaire demandait : « Êtes-vous favorable à une place de la République sans voitures ? » Jusqu'au 4 novembre, le « oui » l'emportait avec 58 % des 2 100 réponses.
B|Puis, dans la nuit de mardi à mercredi, le compteur a bondi à plus de 6 300 votes, et le « non » est passé en tête avec 64 %.
oth|Notre sondage
oth|Faut-il rendre la place de la République piétonne ?
oth|Oui / Non / Sans avis
oth|Voter
oth|Voir les résultats
B|« Un même ordinateur a voté plusieurs milliers de fois. Nous avons sous-estimé le risque », reconnaît l'adjoint au numérique, Karim Haddad, qui promet un nouveau vote avec vérification par SMS.
oth|Publicité
B|Les associations de commerçants, opposées au projet, démentent toute implication et réclament une réunion publique plutôt qu'un nouveau sondage.
sh|Partager sur Facebook · X · WhatsApp · Copier le lien
com|12 commentaires
com|Pour réagir, connectez-vous ou créez un compte.
rel|À lire aussi : Sens, le marché couvert rouvre après six mois de travaux
"""),
]
