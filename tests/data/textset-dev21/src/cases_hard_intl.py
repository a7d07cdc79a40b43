"""Hard non-English cases of textset-dev21: the story is about players, polls, podcasts,
comment moderation or live streams, while the page carries that furniture too."""

CASES = [
dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="",
     notes="Hard: a video platform switches autoplay off for minors; story lines quote "
           "'自動播放', '下一部影片' and a watch-time reminder. The page has a real player (label, "
           "duration, autoplay toggle), byline, ad label, an up-next item with its own duration, "
           "share row, comment count and a tech hot list.",
     text="""
nav|首頁 > 科技 > 網路
T|影音平台「看看TV」宣布　未成年帳號預設關閉自動播放
oth|影音
oth|01:58
oth|自動播放　關
oth|2025-08-20 16:44　聯合科技報／記者邱瑞安
B|影音平台「看看TV」今天宣布，下個月起所有登記為未滿18歲的帳號，將預設關閉「自動播放」功能。
B|過去影片播完後，畫面會在五秒倒數後直接跳到「下一部影片」，新制上路後，使用者必須自己按下播放。
B|平台也會在連續觀看60分鐘後跳出提醒：「休息一下吧，你已經看了一小時。」
oth|廣告
B|兒少團體「台灣數位家長聯盟」表示，自動播放是讓孩子停不下來的關鍵設計，樂見平台調整，但希望推廣到成人帳號。
B|根據該聯盟去年的調查，國中生平均每天在短影音平台停留2.7小時，其中四成表示「常常不知不覺滑到半夜」。
B|數位發展部官員說，會持續觀察業者自律成效，不排除明年修法，要求平台一律提供「關閉自動播放」的選項。
rel|下一部影片
rel|短影音演算法大揭密　為什麼你停不下來？
oth|03:21
sh|分享
sh|LINE
sh|複製網址
com|留言 19
rel|科技熱門
rel|1 手機電池健康度低於八成　該換了嗎？
rel|2 新款手機支援通話即時翻譯　實測延遲兩秒
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="",
     notes="Hard: new live-streaming tipping rules; story lines quote '点赞', '关注主播', "
           "'直播间' and a streamer's catchphrase. The page has a real app prompt, ad label, a "
           "live-now widget with viewer count, share row, hot comments, related list and a "
           "reprint disclaimer.",
     text="""
nav|首页 > 科技 > 互联网
T|直播打赏新规下月施行　平台不得向未成年人提供打赏服务
oth|2025-06-03 10:21　来源：华东商报
nav|打开App，看更多直播
B|国家网络管理部门近日发布《网络直播打赏管理办法》，明确平台不得向未成年人提供打赏服务，新规将于7月1日起施行。
B|办法要求，直播间内的“点赞”“关注主播”按钮不得与打赏入口捆绑，主播也不得以“刷礼物上榜”等话术诱导观众消费。
B|“家人们，点点关注不迷路”这类口播今后仍可使用，但不得同时弹出礼物面板。
oth|广告
B|平台须在每晚22点至次日8点关闭面向未成年人的直播推荐，并对单日打赏超过1000元的成年用户进行二次确认。
B|某头部直播平台相关负责人表示，已上线“青少年模式”，开启后直播间不显示礼物和打赏排行榜。
B|业内人士认为，新规对依赖打赏收入的中小主播影响较大，直播带货和付费连麦可能成为新的收入来源。
oth|🔴 正在直播｜华东商报演播室：解读打赏新规
oth|12.3万人观看
sh|分享到微信
sh|微博
com|评论（342）
com|热门评论
com|江南小雨
com|早该管了，我家孩子一个月刷了两千多。
com|赞 1208
rel|相关阅读
rel|短视频平台集中清理违规账号
rel|“青少年模式”使用率不足一成
dis|凡本网注明“来源：华东商报”的作品，转载请注明出处。
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="ws",
     notes="Hard: a newspaper's own opinion poll; the poll question and the percentage lines are "
           "story. The page also has a real reader vote widget (question, options, vote and "
           "results buttons) with a not-a-scientific-poll notice, a members-only label, ad label, "
           "related and ranked lists, share buttons and a link to the poll archive. Mixed "
           "newlines: the percentage lines are joined by single newlines.",
     text="""
nav|ホーム > 政治 > 世論調査
T|内閣支持率38%、前月比4ポイント低下　本社世論調査
oth|2025年7月14日 6:00
oth|有料会員限定記事
B|本社が12、13両日に実施した全国世論調査（電話）で、内閣支持率は38%となり、前月の42%から4ポイント下がった。
B|不支持率は47%（前月43%）で、2カ月連続で支持を上回った。
B|質問：物価高への政府の対応を評価しますか。
>B|評価する　24%
>B|評価しない　68%
>B|答えない・わからない　8%
oth|広告
B|年代別では、30代以下で支持率の低下が目立ち、前月より9ポイント下がった。
B|調査は全国の有権者を対象に、固定電話と携帯電話に無作為に電話をかける方法で行い、1,012人から回答を得た。
oth|あなたの声を聞かせてください
oth|内閣を支持しますか？
oth|支持する
oth|支持しない
oth|投票する
oth|結果を見る
dis|※この投票は読者の意見を募るもので、統計的な世論調査ではありません。
rel|関連記事
rel|政党支持率、与党がわずかに回復　6月調査
rel|よく読まれている記事
rel|1　最低賃金、全国平均で初の1100円台へ
rel|2　梅雨明け、関東甲信は平年より早く
sh|シェア
sh|ブックマーク
nav|世論調査の一覧へ
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="",
     notes="Hard: the year's most-listened podcasts; the story's ranked top-5 list is body while "
           "the page's real 'Lo más leído' ranked list is noise. Also author and stamp, share "
           "buttons at top, ad label in the middle, newsletter, tags and comments header at the bottom. "
           "Mixed newlines (the top-5 list is single-spaced) and extra blank lines before the tags.",
     text="""
nav|Cultura | Música | Cine | Series | Libros | Pódcast
T|Los pódcast más escuchados de 2025: el true crime pierde el trono
oth|Nerea Campos
oth|Madrid - 30 dic 2025 - 07:00 CET
sh|Compartir en X
sh|Compartir en Facebook
sh|Copiar enlace
B|Por primera vez en cinco años, un pódcast de true crime no encabeza la lista de los más escuchados en español, según el ranking anual que publicó ayer la plataforma de audio Sonora.
B|Este es el top 5 del año:
>B|1. «Sobremesa», conversación semanal con invitados sorpresa
>B|2. «Caso abierto», investigación de sucesos reales
>B|3. «La hora de las madres», humor y crianza
>B|4. «Dinero en claro», finanzas personales
>B|5. «Historias del barrio», memoria oral de Madrid
oth|Publicidad
B|El informe de Sonora señala que las escuchas de pódcast crecieron un 22% en 2025 y que el oyente medio está suscrito a siete programas.
B|«La gente ya no quiere solo miedo; quiere compañía», resume Ana Beltrán, productora de «Sobremesa», que pasó del noveno al primer puesto.
B|Los episodios en vídeo, que se suben a la propia app y a otras plataformas, explican buena parte del salto.
nl|Apúntate a nuestro boletín de cultura: cada jueves, las mejores recomendaciones en tu correo
rel|Lo más leído
rel|1. Las diez series que llegan en enero
rel|2. Muere el actor teatral Julián Ortega a los 84 años
rel|3. Qué ver este fin de semana en Madrid
~
nav|Archivado en: Pódcast · Radio · Cultura · Rankings
com|Comentarios
com|Normas de participación
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="",
     notes="Hard: a regional paper switches to pre-moderated comments; story lines quote the "
           "removal notice and 'Kommentar schreiben'. The page has a real comment section "
           "(count, login rule, user line, text, reply, a moderation-removal stub, load more), "
           "author, stamp, reading time, ad label, related block, share row and newsletter line.",
     text="""
nav|Startseite / Medien
T|„Rheinkurier“ schaltet Kommentare nur noch nach Prüfung frei
oth|Von Miriam Falk
oth|Veröffentlicht am 05.11.2025 um 08:15 Uhr
oth|Lesezeit: 3 Min.
B|Die Regionalzeitung „Rheinkurier“ ändert ihre Kommentarregeln: Ab Montag erscheinen Leserkommentare erst, nachdem ein Moderator sie geprüft hat.
B|Bisher wurden Beiträge sofort veröffentlicht und erst nach Meldungen gelöscht. Im Oktober hatte das Team nach eigenen Angaben mehr als 4.000 Kommentare entfernt.
B|Gelöschte Beiträge sollen künftig nicht mehr kommentarlos verschwinden, sondern durch einen Hinweis ersetzt werden: „Dieser Kommentar verstieß gegen unsere Netiquette und wurde entfernt.“
oth|Anzeige
B|Unter Artikeln zu Migration, Windkraft und Wölfen bleibt die Funktion „Kommentar schreiben“ vorerst ganz abgeschaltet.
B|Chefredakteur Tobias Amrein sagt: „Wir wollen Debatte, aber keinen Pranger.“
B|Der Journalistenverband im Land begrüßte den Schritt, warnte aber vor zu langen Wartezeiten.
B|Freigeschaltet werden soll ein Kommentar künftig innerhalb von zwei Stunden, nachts kann es länger dauern.
rel|Mehr zum Thema
rel|Hassrede im Netz: Was Plattformen löschen müssen
sh|Artikel teilen
sh|Drucken
com|Kommentare (3)
com|Kommentieren können nur registrierte Leserinnen und Leser.
com|Kurt_M., vor 2 Stunden
com|Endlich. Die Kommentarspalte war zuletzt unlesbar.
com|Antworten
com|Von der Moderation gelöscht. Bitte beachten Sie unsere Regeln.
com|Weitere Kommentare laden
nl|Newsletter „Medien am Morgen“: jetzt kostenlos abonnieren
"""),

dict(id="hard-fr-001", lang="fr", hard=True, opts="",
     notes="Hard: a charity live-stream marathon; story lines contain 'en direct', "
           "'Abonnez-vous, partagez le live', 'replay' and 'chat'. The page has a real player "
           "(video and live labels, duration, autoplay state), byline, ad label, an up-next item "
           "with duration, share row, newsletter, most-read list and a tracker consent bar.",
     text="""
nav|Accueil > Tech > Jeux vidéo
T|Le « Relais solidaire » bat son record : 3,1 millions d’euros récoltés en direct
oth|Vidéo
oth|EN DIRECT
oth|4:08
oth|Lecture automatique désactivée
oth|Par Hugo Marchand, le 14/10/2025 à 09h12, modifié à 11h30
B|Le « Relais solidaire », marathon caritatif diffusé en direct sur la plateforme de streaming Kanalo, a pulvérisé son record ce week-end.
B|Pendant 52 heures, vingt streameurs se sont relayés devant leur caméra pour récolter 3,1 millions d’euros au profit de la recherche sur les maladies rares.
B|Le pic d’audience a été atteint dimanche à 23 h, avec 640 000 spectateurs connectés en même temps.
B|« Abonnez-vous, partagez le live, chaque euro compte », répétait toutes les heures l’animatrice Lisa « Lili » Moreau.
oth|Publicité
B|Les dons se faisaient directement dans le chat, un bandeau affichant en temps réel le montant collecté.
B|L’association bénéficiaire précise que l’intégralité des fonds sera versée à trois laboratoires.
B|Le replay complet reste disponible sur la chaîne de l’événement.
rel|À suivre
rel|Jeux vidéo : le salon de Lyon annonce ses dates
oth|2:47
sh|Partager
sh|Twitter
sh|Copier le lien
nl|Recevez chaque vendredi notre lettre « Écrans »
rel|Les plus lus
rel|1. Fibre : la panne géante expliquée en trois points
rel|2. Un nouveau forfait mobile à 5 euros par mois
ck|En poursuivant votre navigation, vous acceptez l’utilisation de traceurs publicitaires.
ck|Paramétrer
ck|Accepter
"""),
]
