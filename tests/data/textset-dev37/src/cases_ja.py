"""textset-dev37, writer B: Japanese cases (ja-001 .. ja-009, hard-ja-001, hard-ja-002).

Tagged line lists for ../../textset-dev20/src/make_cases.py (see its docstring): `TAG|line`,
`>TAG|line` joins with a single newline, `~` is a run of extra blank lines.
"""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="",
     notes="Regional paper page (bus routes axed): masthead, menu and breadcrumb, bureau byline and stamp, share bar, an ad label mid-story, related and ranking lists, a no-reprint footer. The resident's one-line quote is story.",
     text="""
nav|東邦新聞デジタル
nav|ニュース　政治　経済　社会　スポーツ　くらし　地域
nav|トップ > 地域 > 新潟
T|阿賀北市の路線バス3路線、来春廃止へ　予約制の乗り合いタクシーに移行
oth|東邦新聞 新潟支局　佐伯 遥
oth|2026年11月28日 19時05分
sh|Xでポスト　Facebookでシェア　LINEで送る　はてなブックマーク
B|新潟県阿賀北市は28日、市内を走る路線バス3路線を2027年3月末で廃止し、予約制の乗り合いタクシーに切り替えると発表した。利用者の減少と運転手不足が重なり、運行する越北交通が継続は難しいと市に伝えていた。
B|廃止されるのは、市役所と山間部の集落を結ぶ「上沢線」「奥野線」「梨木線」。3路線の1日あたりの利用者は、2015年度の計412人から昨年度は計97人まで減った。
B|代わりの乗り合いタクシーは、前日までに電話かアプリで予約すれば、自宅近くの停留所から市中心部まで運賃500円で利用できる。
oth|広告
B|市は車両6台を確保し、平日の午前7時から午後6時まで運行する。高齢者の通院や買い物の足を確保するため、土曜日の運行も検討している。
B|「予約の電話がかけられるか不安。バス停で待てば来てくれる今の方が安心だった」
B|奥野地区に住む女性（81）はそう話した。市交通政策課は「住民説明会を12月中に4回開き、使い方を丁寧に伝えたい」としている。
rel|関連記事
rel|越北交通、運転手不足で冬ダイヤを減便　12月から
rel|高齢者の免許返納、新潟県内で過去最多に
rel|「足」をどう守るか　地方バスの行方を追う（上）
rel|アクセスランキング（地域）
rel|1　雪下ろし中の転落事故相次ぐ　県が注意呼びかけ
rel|2　柏崎の老舗酒蔵、170年の歴史に幕
dis|Copyright © Toho Shimbun. 記事・写真の無断転載を禁じます。
"""),

dict(id="ja-002", lang="ja", hard=False, opts="single",
     notes="Regional TV station news page (record rain in Miyazaki), single newlines: a cookie notice with its button, station masthead and menu, a delivery stamp, video-player controls, related news, a viewer-tip link and a copyright footer.",
     text="""
ck|当サイトでは、利便性の向上と広告配信のためにCookieを利用しています。詳しくはプライバシーポリシーをご覧ください。
ck|同意して閉じる
nav|MNB ミナト放送 NEWS
nav|ニュース一覧　天気　特集　動画　番組表
T|宮崎県南部で記録的大雨　日南市で24時間雨量380ミリ
oth|12/3（木）18:12配信
oth|▶ 再生　00:00 / 02:41　字幕　全画面
B|発達した雨雲が次々と流れ込んだ影響で、宮崎県南部では3日未明から激しい雨が降り続き、日南市では24時間の雨量が380ミリに達しました。12月としては観測史上最多です。
B|気象台によりますと、日南市では午前4時までの1時間に72ミリの非常に激しい雨を観測しました。
B|市内では国道の一部区間が土砂崩れで通行止めとなっているほか、JR日南線は始発から運転を見合わせています。
B|日南市は午前5時すぎ、市内の約4800世帯に避難指示を出しました。けが人の情報は今のところ入っていません。
B|雨のピークは過ぎたものの、地盤が緩んでいるため、気象台は4日にかけて土砂災害に警戒するよう呼びかけています。
rel|▼ 関連ニュース
rel|大雨の備え　ハザードマップの確認を
rel|JR日南線　全線再開は来週以降の見通し
oth|情報提供・映像投稿はこちら
nav|このページの先頭へ
oth|© Minato Broadcasting Co., Ltd.
"""),

dict(id="ja-003", lang="ja", hard=False, opts="crlf",
     notes="Portal repost of a business paper's story without a headline in the scrape (ramen-shop bankruptcies), CRLF: breadcrumb, delivery stamp, source credit, inline related teasers, last-updated stamp, the portal's comment block with a reaction line, a report link and a PR slot.",
     text="""
nav|ヒカリニュース トップ > 経済
oth|12/2(水) 7:30配信
att|東都経済新聞
B|ラーメン店の倒産が止まらない。民間信用調査会社の東京商工データバンクによると、今年1月から11月までに倒産したラーメン店は68件に達し、年間で過去最多だった昨年の61件をすでに上回った。
B|原因で最も多いのは「販売不振」で、全体の7割を占めた。小麦粉や豚骨、チャーシュー用の豚肩ロースなど主な食材の仕入れ値が上がる一方、「一杯1000円の壁」を意識して値上げに踏み切れない店が多いという。
B|倒産した店の9割超は従業員10人未満の小規模店だった。
B|同社の担当者は「常連客が離れるのを恐れて価格を据え置き、体力を削られた店が目立つ。年末にかけて件数はさらに増える可能性がある」とみている。
rel|【関連記事】そば店の閉店相次ぐ　原材料高が直撃
rel|【関連記事】外食チェーン、相次ぐ値上げ　客足に影響は
oth|最終更新:12/2(水) 9:14
com|コメント 342件
com|ymt*****｜2時間前
com|近所のラーメン屋も先月閉店した。1000円超えても通うのに。
com|いいね 418　よくないね 25　返信 12
oth|記事に関する報告
oth|PR
oth|40代からの資産形成、まず何から始める？　無料セミナー受付中
"""),

dict(id="ja-004", lang="ja", hard=False, opts="ws",
     notes="Markets page (Nikkei close), trailing whitespace: index and FX strip at the top, site breadcrumb, stamp, a crypto-exchange promo, a not-advice disclaimer and a read-next block. The market numbers in the story are story.",
     text="""
tk|日経平均 38,912.44 +215.30 (+0.56%)
>tk|TOPIX 2,741.08 +12.66 (+0.46%)
>tk|ドル/円 151.82 -0.35
>tk|NYダウ 44,127.90 -88.14
nav|マネーライン > マーケット > 国内株式
T|日経平均は続伸、半導体株に買い戻し　終値215円高
oth|2026/12/04 15:42
B|4日の東京株式市場で日経平均株価は続伸し、前日比215円30銭（0.56%）高の3万8912円44銭で取引を終えた。
B|前日の米国市場でハイテク株が持ち直した流れを受け、値がさの半導体関連株に買い戻しが入った。東光エレクトロンが4%高、精工テストも3.1%上げた。
B|一方、円相場が1ドル=151円台後半まで上昇したことで、自動車など輸出関連株の一部には売りが出た。
B|東証プライム市場の売買代金は概算で4兆1820億円。値上がり銘柄数は1043、値下がりは534だった。
B|市場では「来週の米雇用統計を前に、上値を追う動きは限られそうだ」（国内証券のストラテジスト）との声が聞かれた。
pr|暗号資産取引ならコインテラス　今なら口座開設で1,500円分のビットコインをプレゼント
dis|※本記事は情報提供を目的としており、特定の銘柄の売買を推奨するものではありません。投資の最終決定はご自身の判断でお願いいたします。
rel|この記事を読んだ人はこちらも
rel|来週の相場見通し　注目は米雇用統計と日銀会合
rel|高配当株ランキング　12月版
"""),

dict(id="ja-005", lang="ja", hard=False, opts="nofinal",
     notes="City-hall page (bulky-waste fee revision), no final newline: skip link, text-size/language bar, breadcrumb, update stamp and page ID, print button, contact block, page-feedback survey, back-to-top, address and copyright footer. The fee list items are story.",
     text="""
nav|本文へスキップ
nav|文字サイズ　標準　拡大　背景色　Foreign Language
nav|ホーム > くらし・手続き > ごみ・リサイクル > 粗大ごみ
T|粗大ごみの処理手数料を改定します（2027年4月1日収集分から）
oth|更新日：2026年11月30日
oth|ページID：0041927
sh|印刷
B|粗大ごみの収集・処理にかかる経費の増加に伴い、2027年4月1日収集分から処理手数料を改定します。
B|主な品目の新しい手数料は次のとおりです。
B|・自転車　400円→600円
B|・シングルベッド（枠のみ）　800円→1,200円
B|・ソファ（2人掛け）　1,000円→1,500円
B|・石油ファンヒーター　400円→500円
B|3月31日までに申し込み、同日までに収集されるものは現行の手数料です。旧料金の処理券は、4月1日以降も差額分の券を追加して貼れば使えます。
oth|このページに関するお問い合わせ
oth|環境部 清掃課 収集係　電話：0284-20-3157
oth|このページの情報は役に立ちましたか？　役に立った　どちらともいえない　役に立たなかった
nav|ページの先頭へ戻る
oth|若葉市役所　〒326-8601 栃木県若葉市本町1-1
oth|Copyright © Wakaba City. All Rights Reserved.
"""),

dict(id="ja-006", lang="ja", hard=False, opts="",
     notes="Sports site (prefectural high-school ekiden): masthead and sections, stamp, a photo caption with a separate photographer credit above the story, share line, a photo-gallery teaser, section link and a sponsored-link label. Result lines (▽) are story.",
     text="""
nav|北陸スポーツWeb
nav|野球　サッカー　陸上　格闘技　競馬　速報
T|全国高校駅伝の県予選、北陸学院が男女アベック優勝
oth|2026年11月8日 16:20
C|男子1区で先頭に立つ北陸学院の川端蒼（中央）＝富山市の県総合運動公園
att|撮影・森田 凛
B|全国高校駅伝の富山県予選が8日、富山市の県総合運動公園発着で行われ、男子（7区間42.195キロ）は北陸学院が2時間7分31秒で5年連続の優勝を果たした。女子（5区間21.0975キロ）も同校が1時間10分2秒で制し、2年ぶりの男女アベック優勝となった。
B|男子は1区の川端蒼（3年）が区間賞の走りで流れをつくり、一度も首位を譲らなかった。
B|▽男子上位　①北陸学院 2時間7分31秒　②立山工 2時間9分18秒　③高岡東 2時間11分4秒
B|▽女子上位　①北陸学院 1時間10分2秒　②富山中央 1時間11分40秒　③魚津 1時間12分55秒
B|北陸学院の男女は12月の全国大会に出場する。
sh|この記事をシェアする
rel|【写真】ゴール直後、抱き合って喜ぶ女子メンバー
nav|陸上の記事一覧へ
oth|スポンサーリンク
"""),

dict(id="ja-007", lang="ja", hard=False, opts="~",
     notes="Logistics trade paper (joint trunk-line deliveries): masthead, menu, login link, editorial stamp, a mail-magazine pitch between story paragraphs, tag list, featured-articles block, seminar ad, extra blank lines before a no-reuse footer.",
     text="""
nav|日刊ロジスティクス
nav|ニュース　物流企業　荷主　倉庫・不動産　イベント　求人
nav|ログイン　会員登録
T|中堅運送5社が共同配送を開始　関東―東北間の幹線で積載率8割目指す
oth|2026年12月1日　編集部
B|関東の中堅運送会社5社は1日、関東と東北を結ぶ幹線輸送で共同配送を始めたと発表した。各社の荷物を埼玉県加須市の中継拠点に集約し、大型トラックで仙台市の共同倉庫まで運ぶ。
B|参加するのは、北斗運輸（さいたま市）、丸栄ロジテック（前橋市）など5社。これまで各社が個別に走らせていたトラックは1日計46便あり、平均積載率は5割程度にとどまっていた。
B|共同化で便数を28便に減らし、積載率を8割まで高める。ドライバーの拘束時間も1運行あたり最大3時間短くなる見込みだ。
nl|物流の最新ニュースを毎朝お届け　無料メールマガジンの登録はこちら
B|5社は今後、帰り便の荷物確保に向けて東北の荷主企業にも参加を呼びかける。
B|北斗運輸の土屋誠社長は「1社では解決できない課題。競合でも組める部分は組む」と話した。
nav|関連タグ：共同配送　幹線輸送　積載率
rel|注目記事
rel|倉庫自動化の投資、前年比3割増　大手10社調査
rel|中継輸送の拠点整備に補助金　国交省が来年度予算で要求
oth|セミナー情報｜「荷主と始める物流改善」12月15日オンライン開催
~
dis|掲載記事・写真・図表の無断転用を禁じます。
"""),

dict(id="ja-008", lang="ja", hard=False, opts="",
     notes="Regional paper culture page (ukiyo-e painter exhibition): a dek glued to itself above the headline (duplicate_line), desk-and-stamp byline, a sponsored teaser mid-story, hashtag list, previous/next links and a subscription offer.",
     text="""
dup|江戸後期の絵師・梅川春泉の肉筆画が、初めてまとめて公開される。江戸後期の絵師・梅川春泉の肉筆画が、初めてまとめて公開される。
T|幻の肉筆画32点が一堂に　浮世絵師・梅川春泉展、松本で開幕
oth|信州タイムズ 文化部　2026/11/21 10:00
B|江戸後期の浮世絵師、梅川春泉（1789〜1851）の肉筆画を集めた展覧会「梅川春泉　筆の記憶」が21日、長野県松本市の城下町美術館で始まった。
B|春泉は版画の下絵を多く手がけた一方、肉筆画は個人の所蔵が中心で、まとまって公開されるのは初めて。全国の旧家や寺から借りた32点が並ぶ。
oth|Sponsored
oth|冬の信州、温泉旅館の早割プランが最大30%オフ
B|目玉は、縦2メートルを超える掛け軸「雪中城下図」。雪をかぶった天守を、胡粉を重ねて立体的に描いている。
B|同館の学芸員、宮坂千尋さんは「版画とは違う、筆の勢いをじかに感じてほしい」と話す。
B|会期は2027年1月31日まで。月曜休館。一般1200円、高校生以下無料。
nav|#浮世絵　#美術展　#松本市
nav|＜ 前の記事　県展の入賞者決まる
nav|次の記事 ＞　木曽漆器の新作展、塩尻で
oth|信州タイムズ電子版　初月無料で全記事読み放題
"""),

dict(id="ja-009", lang="ja", hard=False, opts="",
     notes="Japanese crypto news site (crypto investment trusts): a four-line yen price ticker joined by single newlines, menu, stamp with desk, sign-up promo, not-advice disclaimer, teaser block with Site+stamp lines, share row.",
     text="""
tk|BTC ¥14,982,300 -1.84%
>tk|ETH ¥523,410 -2.91%
>tk|XRP ¥318.6 +0.42%
>tk|SOL ¥27,845 -3.37%
nav|ビットレーダー　ニュース　相場分析　初心者ガイド　取引所比較
T|暗号資産の投資信託、金融庁が解禁を検討　2027年度にも府令改正
oth|2026年12月2日 11:05 ｜ ビットレーダー編集部
B|金融庁は、暗号資産を組み入れた投資信託の組成を国内で認める方向で検討に入った。関係者によると、2027年度中にも関連する内閣府令の改正案をまとめる。
B|現在、国内の投資信託は暗号資産を主な投資対象とすることが認められておらず、個人が暗号資産に投資するには交換業者に口座を開く必要がある。
B|解禁されれば、証券会社や銀行の窓口を通じて購入できるようになる見通し。
B|一方で、価格変動の大きさから個人投資家の保護を懸念する声もあり、同庁は販売時の説明義務を厳しくすることも合わせて検討する。
pr|【期間限定】今なら新規口座開設で最大2,000円相当のビットコインがもらえる！
dis|当サイトの情報は投資助言ではありません。暗号資産の取引には価格変動リスクがあります。最終的な投資判断はご自身の責任で行ってください。
rel|ビットレーダー2026/12/01 18:22
rel|ビットコイン、1500万円を割り込む　米金利上昇を嫌気
rel|ビットレーダー2026/11/30 09:10
rel|国内交換業者の口座数、1200万を突破
sh|Xで共有　LINEで送る　URLをコピー
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="ws",
     notes="Hard: a business site reports a regulator's guidance against an accept-only cookie banner and quotes its wording (「すべて同意する」, 「閉じるをクリックすると…」, 「必要なCookieのみ許可」) in story lines, while the page opens with a real cookie banner. Also masthead, breadcrumb, byline stamp, read-also, share row, ad slot.",
     text="""
ck|このウェブサイトはCookieを使用しています。「同意する」を選択すると、閲覧履歴に基づく広告配信に同意したものとみなされます。
ck|同意する　拒否する　設定を変更
nav|中央ビジネス報
nav|ホーム / IT・テクノロジー / 規制
T|「すべて同意する」だけのCookieバナー、個情委が是正を指導　旅行予約サイト大手に
oth|2026.11.26　記者　高梨 未来
B|個人情報保護委員会は26日、旅行予約サイト大手の「たびまど」に対し、閲覧者のCookie情報を広告会社に提供する際の同意の取り方が不適切だったとして、是正を求める指導を行ったと発表した。
B|同社のサイトでは、初めて訪れた利用者に「すべて同意する」ボタンだけを大きく表示し、拒否する場合は設定画面を3回開かなければならなかった。
B|バナーには「閉じるをクリックすると同意したものとみなします」との一文もあった。委員会は、利用者が内容を理解して選べる状態になっていないと判断した。
B|同社は指導を受け、「必要なCookieのみ許可」ボタンを同じ大きさで並べる形に改めたという。
B|委員会は、同様のバナーを使う事業者が少なくないとみて、年明けにも事業者向けの注意喚起を公表する。
rel|あわせて読みたい
rel|改正個人情報保護法、「同意疲れ」対策は進むか
sh|ポスト　シェア　はてブ
oth|【広告】
oth|中小企業のためのクラウド会計　30日間無料でお試し
"""),

dict(id="hard-ja-002", lang="ja", hard=True, opts="crlf",
     notes="Hard: a regional paper reports damages against a curation site that stripped papers' 「無断転載を禁じます」 notices; the story quotes the notice and the site's 「出典：各社報道」 line, while the page ends with real no-reprint and copyright lines. CRLF; also menu, stamp, related, share row and a desk credit.",
     text="""
nav|肥後新報デジタル
nav|県内　九州　全国・国際　経済　スポーツ　オピニオン
T|記事を無断転載のまとめサイト運営者に賠償命令　熊本地裁
oth|2026年12月4日 20:31 | 更新 12月4日 21:05
B|肥後新報社など九州の新聞・放送4社が、記事を無断で転載したまとめサイトの運営者に損害賠償を求めた訴訟で、熊本地裁は4日、運営者の男性（42）に計1870万円の支払いを命じた。
B|判決によると、男性は2023年から2年間、4社のサイトに載った記事や写真計約2900本を自身のサイトにほぼそのまま掲載し、広告収入を得ていた。
B|男性側は、転載した記事の末尾に「出典：各社報道」と記しており、引用にあたると主張していた。
B|裁判長は「記事全文を丸ごと載せており、主従関係が逆転している」として引用とは認めなかった。各社の記事に付いていた「無断転載を禁じます」との表示を削って掲載していた点も悪質だと指摘した。
B|原告の一社の担当者は「報道機関が取材にかけるコストへの、ただ乗りは許されないと示された」と話した。
rel|関連記事
rel|ニュース記事の「まとめ」、どこまで許される？　専門家に聞く
sh|この記事をシェア　X　Facebook　LINE
oth|（肥後新報社 報道部）
dis|肥後新報デジタルに掲載の記事・写真等の無断転載・複製を禁じます。
dis|著作権は肥後新報社またはその情報提供者に帰属します。
"""),
]
