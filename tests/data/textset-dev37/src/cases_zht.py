"""textset-dev37, writer A: Traditional Chinese (zh-Hant) cases zht-001..012 and hard-zht-001..003.

Taiwan and Hong Kong pages: a Taiwanese daily, a HK TV station, a Taiwanese finance site, a HK
crypto page, a portal repost, a government press release, a HK newspaper feature, a baseball
page, a film-festival report, a HK IPO page, a LINE-style brief and a tech trade paper; hard
cases on closed comment sections, unlabelled sponsored posts and a paper ending its e-mail
newsletter.
"""

CASES = [
dict(id="zht-001", lang="zh-Hant", hard=False, opts="crlf",
     notes="Taiwanese daily local news, CRLF: masthead, menu and breadcrumb, '記者X／台中報導' byline and "
           "stamp (other), share bar; update stamp, join-our-LINE prompt (newsletter), further-reading "
           "list and a cookie notice with its button at the very bottom.",
     text="""
nav|南光新聞網
nav|即時 | 政治 | 社會 | 生活 | 地方 | 國際 | 財經 | 影音
nav|首頁 > 地方 > 中彰投
T|台中幹線公車新增3條 大甲至市區直達最快40分鐘
oth|記者林彥廷／台中報導
oth|2025/10/03 11:42
sh|分享 | LINE | 複製連結
B|台中市交通局宣布，10月15日起新增3條幹線公車，其中「大甲－台中火車站」路線將行駛國道3號，尖峰時段每20分鐘一班。
B|交通局長簡志清表示，新路線可讓海線民眾進城時間由原本近90分鐘縮短至40至50分鐘。
B|另外兩條幹線分別連接太平、大里往中科，以及烏日高鐵站往東海大學，均納入市民搭乘公車前10公里免費優惠。
B|交通局也提醒，原本繞經大雅的舊路線將調整為區間車，班次減少。
oth|更新時間：2025/10/03 12:05
nl|加入南光LINE官方帳號，重要新聞不漏接
rel|延伸閱讀
rel|中市YouBike 2.0E電輔車擴站 山線再增40站
rel|海線雙鐵轉乘優惠明年上路
ck|南光新聞網使用Cookie以提供更好的瀏覽體驗，您若繼續瀏覽本站，即表示同意我們的隱私權政策。
ck|我同意
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="single",
     notes="Hong Kong TV station typhoon story, single newlines: masthead and section menu, date and "
           "last-updated stamps, an allow-notifications prompt (navigation), a weather widget line (other), related news, app prompt (navigation) and "
           "copyright line (disclaimer).",
     text="""
nav|港視新聞
nav|港聞 兩岸 國際 財經 體育 天氣
T|天文台改發八號東南烈風或暴風信號 全港學校停課
oth|2025年9月8日 星期一 17:45
oth|最後更新：2025年9月8日 18:20
nav|港視新聞想向你發送通知　允許　不用了
B|天文台下午5時40分發出八號東南烈風或暴風信號，表示強颱風「海鷗」會在未來數小時內影響本港。
B|教育局宣布，明日全港幼稚園、中小學及特殊學校停課。
B|港鐵表示，露天路段列車服務可能受影響，市民應預留時間回家。
B|天文台預料，「海鷗」今晚至明早在香港以南約150公里掠過，風勢明早最為猛烈，部分沿岸低窪地區或出現水浸。
B|截至下午6時，民政事務總署已開放24個臨時庇護中心。
oth|現時天氣 28°C 相對濕度 86% 八號烈風或暴風信號
rel|相關新聞
rel|颱風「海鷗」逼近 機管局：逾百航班取消或延誤
rel|渡輪服務陸續暫停 長洲居民趕搭尾班船
nav|下載港視新聞App 即時掌握風暴消息
dis|© 2025 港視電視有限公司 版權所有 不得轉載
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="ws",
     notes="Taiwanese finance site market close with trailing whitespace: index strip and a quote strip on "
           "top (crypto_ticker), breadcrumb, reporter+stamp line, an AD label in the middle (other); the site's investment-risk note is "
           "disclaimer; further-reading list; follow-the-fan-page prompt is newsletter.",
     text="""
tk|加權指數 23,418.52 ▲186.33 (+0.80%)　櫃買指數 256.41 ▲1.87
tk|台積電 1,085 ▲15 | 鴻海 212.5 ▼1.5 | 聯發科 1,320 ▲20
nav|財訊通 > 台股 > 盤勢分析
T|台股收漲186點 電子權值股領軍 成交量放大至4,800億
oth|財訊通記者 莊雅婷 2025-12-09 14:05
B|台股今(9)日在電子權值股帶動下走高，加權指數收23,418.52點，上漲186.33點，漲幅0.80%，成交金額4,812億元。
B|台積電終場上漲15元，收1,085元，貢獻指數約95點；聯發科、廣達同步收紅。
oth|AD
B|傳產股表現相對疲弱，航運、鋼鐵類股小幅收黑。
B|三大法人合計買超台股128.6億元，其中外資買超102.3億元，投信買超19.8億元。
B|投顧業者指出，美國科技股上周五強彈，加上年底作帳行情，短線指數可望挑戰前高。
dis|財訊通提醒您：本文僅供參考，投資人應獨立判斷、審慎評估並自負投資風險。
rel|延伸閱讀
rel|外資連三買 這5檔AI概念股最受青睞
rel|年底作帳行情 投信鎖定中小型股
nl|追蹤財訊通粉絲專頁，每天盤前盤後重點一次看
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="nofinal",
     notes="Hong Kong crypto news page, no final newline: site name, a price strip (crypto_ticker), "
           "editorial-desk stamp, a stand-alone photo credit (attribution); account-opening offer (crypto_promo), virtual-asset risk note "
           "(disclaimer), hot list with a Site+stamp line (related_links).",
     text="""
nav|幣圈快線 HK
tk|BTC/USD 98,420 +1.2%　ETH/USD 3,512 +0.8%　USDT/HKD 7.79
T|本港首批以太幣現貨ETF上市半年 資產規模突破20億港元
oth|幣圈快線編輯部　2026年1月6日
att|圖片來源：幣圈快線資料圖片
B|本港首批以太幣現貨ETF上市至今約半年，據港交所數據，三隻產品合計資產規模已突破20億港元。
B|其中規模最大的一隻ETF持有約5,100枚以太幣，日均成交額約3,800萬港元。
B|業界人士表示，本地散戶投資者佔比約六成，不少人是透過證券戶口首次接觸虛擬資產。
B|證監會早前重申，虛擬資產價格波動大，投資者應充分了解相關風險。
pr|立即開戶，首月現貨交易零手續費！只限新用戶，受條款及細則約束。
dis|幣圈快線所載內容只供參考，並不構成任何要約或投資建議；虛擬資產價格可升可跌，閣下或會損失全部本金。
rel|更多熱門
rel|穩定幣條例生效後 首批牌照申請者曝光
rel|幣圈快線2026/01/05 18:30
"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="",
     notes="Portal repost of a regional daily: portal name and menu, the source paper's name "
           "(attribution) and a portal stamp, an inline further-reading teaser in the middle (related_links); ad label and a sponsored card-offer slot, 原始連結 link "
           "(attribution), 'more from this paper' (related_links), comment count, login prompt and one "
           "comment with its age, more picks.",
     text="""
nav|雅聞新聞
nav|首頁 社會 生活 健康 娛樂 運動 科技
T|高雄輕軌環狀線全線通車滿周年 日均運量逾4萬人次
att|中港日報
oth|2025年11月2日 週日 上午8:30
B|高雄輕軌環狀線全線通車滿一年，高雄捷運公司統計，全線日均運量約4.1萬人次，假日最高曾突破7萬人次。
B|運量最高的三站依序為駁二大義、愛河之心與夢時代站。
rel|▸ 延伸閱讀：高雄捷運紅線延伸路竹 第二階段工程動工
B|高捷表示，明年將針對尖峰時段增購4列車輛，並評估延長晚間營運時間。
B|不過也有沿線居民反映，部分路段列車行經時噪音偏高，市府捷運局表示將持續監測。
oth|廣告
oth|年終回饋！指定信用卡刷卡最高享8%回饋
att|原始連結
rel|看更多中港日報文章
com|留言 (37)
com|登入以發表留言
com|小港阿伯：希望可以延到小港機場
com|3天前
rel|更多精選
rel|台南鐵路地下化最新進度 明年先通車北段
"""),

dict(id="zht-006", lang="zh-Hant", hard=False, opts="single",
     notes="Government press release page, single newlines: ':::' accesskey, utility links and "
           "breadcrumb (navigation), release date and issuing unit (other); the numbered rule list is "
           "story; press contact, view count, address footer and accessibility badge other, "
           "print/forward/share bar share_bar, back link navigation.",
     text="""
nav|:::
nav|網站導覽 | 回首頁 | English | RSS
nav|首頁 > 新聞與公告 > 新聞稿
T|明年起自備飲料杯每杯至少折5元 連鎖手搖飲須明顯標示
oth|發布日期：2025-11-20
oth|發布單位：資源循環署
B|環境部今(20)日預告修正「一次用飲料杯限制使用對象及實施方式」，明年7月起，連鎖手搖飲店及便利商店對自備飲料杯的消費者，每杯至少折價5元。
B|資源循環署表示，目前全國約有1.2萬家門市已提供自備杯優惠，但折扣多為2至3元，誘因有限。
B|新制重點如下：
B|一、自備飲料杯每杯至少折價5元。
B|二、業者須於店內明顯處標示優惠內容。
B|三、提供循環杯租借服務者，可抵減部分折價金額。
B|違反規定者經勸導仍不改善，可依法處1,200元至6,000元罰鍰。
oth|新聞聯絡人：資源循環署 科長 吳佩珊　電話：(02)2311-7722 分機2716
oth|瀏覽人次：2,381
sh|列印 | 轉寄 | 分享
nav|回上一頁
oth|地址：100006臺北市中正區延平南路三段88號　總機：(02)2311-7700
oth|無障礙2.0檢測通過
"""),

dict(id="zht-007", lang="zh-Hant", hard=False, opts="",
     notes="Hong Kong newspaper feature with two subheadings (story) and a photo caption with its "
           "photographer credit (caption): masthead and menu, writer/photographer credit line and date "
           "(other), ad label in the middle; extra blank lines before the newsletter pitch, related "
           "article and copyright line.",
     text="""
nav|港島日報
nav|要聞 港聞 經濟 副刊 評論 專題
T|告別劏房：「簡樸房」新例下的租客與業主
oth|撰文：麥嘉欣　攝影：鄧志偉
oth|2026年3月2日
B|《簡樸房條例》實施三個月，全港已有約8,600個劏房單位申請認證，但仍有大批租客不知道自己的單位能否過關。
B|最低標準
B|新例規定，認證單位面積不得少於8平方米，須有獨立窗戶及廁所，樓底高度不低於2.5米。
C|住在深水埗劏房的陳太一家三口，單位面積約9平方米。（攝影：鄧志偉）
B|「我們的單位剛好過關，但業主說要加租兩成。」住在深水埗的陳太說。
oth|廣告
B|業主的算盤
B|業主聯會代表黃國樑表示，部分業主需要重新裝修才能符合標準，成本上升，「加租是必然的」。
B|房屋局回應指，認證單位的租金增幅仍受租務管制，每兩年續租加幅不得超過10%。
B|過渡期至明年3月結束，屆時未獲認證的單位不得出租。
~
nl|訂閱港島日報電子報，每朝7點準時送上要聞
rel|相關文章
rel|劏房戶輪候公屋平均時間降至5.3年
dis|港島日報版權所有，未經許可不得轉載或複製。
"""),

dict(id="zht-008", lang="zh-Hant", hard=False, opts="",
     notes="Taiwanese sports site baseball game: site name and league menu, a live-score widget (other) "
           "on top, byline and stamp; the score line and winning/losing pitcher lines are story; share "
           "bar, hot-news list and a 'more scores' link (navigation) at the bottom.",
     text="""
nav|運動派
nav|中職 | MLB | 日職 | 籃球 | 綜合
oth|即時比分　海港鯨 4 : 5 山城雷鳥　終場
T|雷鳥9局再見安打 封王魔術數字剩3
oth|運動派記者 黃子翔／綜合報導
oth|2025-09-27 22:18
B|山城雷鳥今晚在主場迎戰海港鯨，9局下2出局滿壘，由代打上場的游千睿擊出中外野再見安打，終場以5比4擊敗對手。
B|雷鳥先發投手羅倫斯主投6局失2分，三振8次，牛棚則在8局上被海港鯨追平。
B|比分：海港鯨 4：5 山城雷鳥
B|勝投：張翊凡（4勝2敗）
B|敗投：簡宏文（3勝5敗1救援）
B|游千睿賽後說：「我只想把球打強，沒想到真的飛出去了。」
B|雷鳥目前下半季領先第二名4場勝差，封王魔術數字剩下3。
sh|分享至 Facebook　X　LINE
rel|熱門新聞
rel|中職明年起試行投球計時器 違者直接判壞球
rel|鯨隊洋投傷癒歸隊 下周可望先發
nav|看更多賽事比分 ›
"""),

dict(id="zht-009", lang="zh-Hant", hard=False, opts="ws",
     notes="Taiwanese culture magazine on a film festival, trailing whitespace: two photo captions with "
           "'（圖／…）' credits; the first caption is doubled and its second copy is duplicate_line; "
           "writer/date line other; fan-page follow prompt newsletter, you-may-like list, bare Share.",
     text="""
nav|藝文誌
T|港都國際影展今晚開幕 32國148部片輪番上映
oth|文／吳宜蓁　2025-10-17
C|導演蘇明遠（左）與演員邱子寧出席開幕紅毯。（圖／港都國際影展提供）
dup|導演蘇明遠（左）與演員邱子寧出席開幕紅毯。（圖／港都國際影展提供）
B|第十二屆港都國際影展今晚在高雄市立圖書館總館廣場開幕，今年共有來自32個國家的148部影片參展，映期至10月31日。
B|開幕片為蘇明遠執導的《南風過境》，描述一名漁工返鄉照顧失智母親的故事。
B|蘇明遠在紅毯上表示，這部片籌備了四年，「很多場景就在旗津拍的，能在家鄉首映特別有意義」。
B|影展今年新增「VR沉浸單元」，觀眾可預約在駁二藝術特區體驗12部VR作品。
C|VR單元展區設在駁二藝術特區大勇倉庫。（圖／記者吳宜蓁攝）
B|全票每張150元，學生及65歲以上長者憑證購票享半價優惠。
nl|按讚追蹤藝文誌粉專，展覽、電影資訊一手掌握
rel|你可能也喜歡
rel|台北電影獎入圍名單揭曉 新導演占半數
sh|分享
"""),

dict(id="zht-010", lang="zh-Hant", hard=False, opts="crlf nofinal",
     notes="Hong Kong finance site IPO page, CRLF and no final newline: Hang Seng index strip "
           "(crypto_ticker), breadcrumb, stamp; the two IPO terms lines and their lead-in are story; data "
           "source line attribution, not-advice note and quote-delay note disclaimer, IPO-tracker list.",
     text="""
tk|恒生指數 20,315.72 +203.41　國企指數 7,318.06 +1.12%　恒生科技 4,562.30 +1.85%
nav|財經 > 港股 > 新股
T|兩新股下周同日掛牌 合共集資約18億港元
oth|環亞財經網 2025年12月5日 09:40
B|港交所文件顯示，兩隻新股將於下周三（12月10日）同日掛牌，合共集資約18億港元。
B|兩股招股資料如下：
B|精準醫療企業康衡生物：每股招股價12.8至14.2港元，一手500股，集資最多約11.4億港元。
B|物流軟件商速鏈科技：每股招股價6.5港元，一手1,000股，集資約6.6億港元。
B|兩股均於今日起招股，至下周一中午截止。
B|有券商表示，近月新股首日表現參差，投資者宜留意孖展認購的利息成本。
att|資料來源：港交所披露易
dis|以上資料只供參考，並不構成任何投資建議，環亞財經網對內容之準確性概不負責。
rel|新股追蹤
rel|上周新股首日平均升一成一 一隻潛水
dis|即時報價延遲最少15分鐘
"""),

dict(id="zht-011", lang="zh-Hant", hard=False, opts="single",
     notes="Nearly clean messaging-app news-tab repost of a cold-snap brief, no headline, single newlines: "
           "noise only at the bottom: the source paper and stamp (other), a like/comment/share bar and an add-as-friend prompt "
           "(newsletter).",
     text="""
B|氣象署表示，今(20)日強烈大陸冷氣團南下，北部及宜蘭低溫下探10度，沿海空曠地區可能更低。
B|苗栗以北及馬祖今晚起發布低溫特報，請民眾注意保暖。
B|明(21)日起冷氣團逐漸減弱，但早晚溫差仍大，白天高溫約18至20度。
B|氣象署提醒，高山地區若水氣足夠，不排除有降雪機會。
oth|台灣晨報 | 2025年12月20日 07:10
sh|讚 128　留言　分享
nl|把「今日快訊」加入好友，每天早上推播重點新聞
"""),

dict(id="zht-012", lang="zh-Hant", hard=False, opts="ws",
     notes="Taiwanese electronics trade paper, trailing whitespace: masthead and beat menu, reporter "
           "dateline byline and stamp; extra blank lines, then a members-only paywall line (other), "
           "keyword list (navigation), related news and a no-reproduction line.",
     text="""
nav|電子產經報
nav|半導體 | 面板 | 通訊 | 車用 | AI伺服器 | 產業研究
T|先進封裝產能吃緊 兩家封測廠明年資本支出上看三成
oth|記者 彭冠霖／新竹
oth|2025/11/27 06:00
B|AI晶片需求持續強勁，先進封裝產能供不應求，國內兩家主要封測廠均表示明年資本支出將較今年增加兩到三成。
B|業界估計，明年全球CoWoS類先進封裝月產能將由今年底的約7.5萬片增至11萬片。
B|其中一家封測廠的新竹新廠預計明年第二季裝機，第三季開始量產。
B|設備商透露，相關黏晶機與測試設備交期已拉長至8到10個月。
B|產業研究機構預期，先進封裝市場規模明年將年增逾40%。
~
oth|本文為付費會員專屬內容，立即訂閱即享全站無限閱讀
nav|關鍵字：先進封裝 CoWoS 封測 資本支出
rel|相關新聞
rel|矽光子聯盟擴大 再有12家廠商加入
dis|電子產經報版權所有　禁止任何形式之轉載、改寫或重製
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="",
     notes="Hard: a HK web outlet closing its comment sections; the story quotes its '本文留言功能已關閉' "
           "notice and readers' views (story), while the page carries a real comment block: count, "
           "comments with a stamp, login prompt and the comment-responsibility note (all comments).",
     text="""
nav|城報 CityPost
T|網媒關閉留言區三個月 讀者互動跌四成
oth|城報記者 區卓謙　2026年2月11日 11:20
B|本地網媒「港人觀點」去年11月起關閉所有新聞的留言區，三個月後公布數據，讀者平均停留時間下降約一成，互動量則跌四成。
B|該網媒總編輯梁慧心表示，關閉原因是留言區充斥人身攻擊和詐騙連結，「每日要刪走超過2,000則留言，編輯部根本應付不來」。
B|現時讀者打開新聞，底部只會見到一句「本文留言功能已關閉」。
B|有讀者認為，留言區是與其他讀者交流的地方，「關咗之後好似對住一道牆講嘢」。
B|學者指出，不少海外媒體已改用會員制留言，或只在指定文章開放討論，以減少管理成本。
B|梁慧心透露，該網媒正研究以實名登記方式重開部分留言區。
sh|分享：Facebook　WhatsApp　Telegram　電郵
com|讀者留言（3）
com|阿明：其實關咗都好，以前啲留言睇到好嬲
com|2026-02-11 12:03
com|Kelly W：希望可以實名重開
com|發表留言前請先登入
com|留言只代表發表者個人意見，並不代表城報立場。
"""),

dict(id="hard-zht-002", lang="zh-Hant", hard=True, opts="single",
     notes="Hard: fines for paid posts not labelled as ads; story lines quote the required '廣告', "
           "'贊助內容' and '本文由○○提供' labels and stay story, while the page's own ad labels and a "
           "sponsored teaser are other. Single newlines.",
     text="""
nav|台灣媒體觀察
T|業配文未標「廣告」 三家新聞網站遭罰
oth|記者 周芷瑄／台北報導　2025-08-14 18:32
B|公平會今日公布，三家新聞網站刊登保健食品業者付費的文章，卻未標示「廣告」或「贊助」字樣，違反公平交易法，各處30萬至80萬元不等罰鍰。
B|公平會指出，這些文章以一般新聞報導的形式呈現，內文大量引用業者提供的數據，讀者難以辨識其商業性質。
B|依規定，付費內容應在標題或文首以明顯字體標示「廣告」「贊助內容」或「本文由○○提供」。
oth|廣告
B|有網媒業者坦言，部分廣告主不希望文章被標為「廣告」，認為會降低點閱率。
B|學者建議，主管機關可參考國外做法，統一標示的位置與字體大小。
oth|【贊助內容】夏季肌膚保養 3個關鍵步驟
oth|廣告
rel|相關新聞
rel|網紅業配規範草案出爐 違者最高罰250萬
sh|分享到 FB　LINE　複製連結
"""),

dict(id="hard-zht-003", lang="zh-Hant", hard=True, opts="nofinal",
     notes="Hard: a Taiwanese paper ending its daily e-mail newsletter for LINE pushes; story lines quote "
           "the farewell mail and '取消訂閱' and stay story, while the page's own LINE and newsletter "
           "sign-up prompts and e-mail field are newsletter. No final newline.",
     text="""
nav|北台日報
T|發行25年的電子報走入歷史 北台日報年底改推LINE
oth|2025-09-02 09:00　文／邱宗翰
B|北台日報今日宣布，自2000年起發行的每日電子報將於12月31日停止寄送，訂閱讀者將陸續收到最後一期的通知信。
B|該報數位中心主任胡立群表示，電子報目前約有4.2萬名訂戶，但開信率已從十年前的三成降到不到8%。
B|讀者收到的最後一封信將寫著「感謝您25年來的支持，本電子報即日起停止發送」，並附上加入LINE官方帳號的連結。
B|胡立群說，不少讀者過去常抱怨信件被歸入垃圾郵件，甚至不知道怎麼「取消訂閱」。
B|也有老讀者感到不捨。住在基隆的退休教師許先生說，每天早上打開信箱看電子報，已經是二十年的習慣。
B|北台日報表示，將保留週末深度報導的電子報，改為每週寄送一次。
nl|想每天收到重點新聞？加入北台日報LINE官方帳號
nl|訂閱週末深度電子報 →
nl|請輸入Email
sh|分享
rel|延伸閱讀
rel|數位訂戶突破10萬 北台日報推家庭方案
"""),
]
