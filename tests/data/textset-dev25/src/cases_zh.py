"""textset-dev25, writer B, part 3: Chinese-language pages (zhs-001..005 zh-Hans, zht-001..005 zh-Hant) from
Singapore, Malaysia, the mainland, Hong Kong, Taiwan and Chinese editions of foreign outlets.

Tagged line lists for ../src/make_cases.py (generator of textset-dev20): TAG|line, >TAG|line joins
with a single newline, ~ is a run of extra blank lines.
"""

CASES = [
    dict(
        id="zhs-001",
        lang="zh-Hans",
        hard=False,
        opts="",
        notes="Singapore Chinese daily, HDB resale story: section menu, byline and SG-style time stamp, font-size "
              "and listen widgets (other), share line, a related block mid-story, e-newsletter pitch and a consent "
              "notice at the foot. The district price lines are story.",
        text="""
nav|新闻 | 新加坡 | 国际 | 财经 | 言论 | 生活 | 视频
T|组屋转售价连涨十个季度 非成熟镇五房式首破百万
oth|文 / 林慧珊
oth|发布 / 2026年4月1日 8:00 AM
oth|字体大小 A A A
oth|收听新闻
sh|分享
B|建屋发展局今早公布的数据显示，第一季组屋转售价格指数比上季上升1.8%，是连续第十个季度上涨。
B|盛港一个五房式单位上月以101万8000元易手，成为首个在非成熟组屋区突破百万元的转售组屋。
rel|相关新闻
rel|公寓租金连续三个月下滑
rel|新加坡首季经济增长放缓至2.1%
B|第一季部分市镇五房式转售中位价：
B|榜鹅：78万5000元
B|盛港：76万元
B|兀兰：64万8000元
B|房地产分析员黄振宇说，新推出的预购组屋项目多数位于偏远地区，促使一些买家转向转售市场。
B|“今年下半年涨幅可能会收窄到1%左右。”
nl|订阅《狮城联报》每日电子报，早上七点把要闻送到您的邮箱
ck|本网站使用cookies以提升您的浏览体验。继续使用本网站即表示您同意我们的隐私政策。
ck|我同意
""",
    ),
    dict(
        id="zhs-002",
        lang="zh-Hans",
        hard=False,
        opts="nofinal",
        notes="Malaysian Chinese daily, Penang light-rail story, no final newline: menu, reporter line and date "
              "stamp, ad label and an inline '延伸阅读' teaser, app prompt (navigation), reprint disclaimer and a "
              "comment prompt. The station list is story.",
        text="""
nav|大马 | 国际 | 地方 | 财经 | 娱乐 | 言路 | 副刊
T|槟城轻快铁第一期工程动工 预计2031年通车
oth|报道：曾伟健
oth|2026-05-12 18:40
B|（乔治市12日讯）槟城轻快铁第一期工程今早在峇六拜正式动工，全长29.5公里的路线将连接槟城国际机场和乔治市。
B|第一期工程耗资102亿令吉，共设21个车站，其中3个为地下车站。
oth|广告
B|首批开放的车站包括：
B|峇六拜国际机场站
B|皇后湾站
B|光大站
rel|延伸阅读：槟城渡轮新船延迟交付 乘客仍需排队半小时
B|州首长在致词时说，轻快铁通车后，从机场到乔治市的时间将从一小时缩短至35分钟。
B|不过，一些光大附近的商家担心施工期间的交通改道会影响生意。
nav|下载马华日报App，随时随地掌握最新消息
dis|版权所有 © 马华日报 未经书面许可，不得转载或摘录本网内容
com|留言
com|请先登录再发表留言
""",
    ),
    dict(
        id="zhs-003",
        lang="zh-Hans",
        hard=False,
        opts="single",
        notes="No headline: a mainland portal's mobile page scraped without its title, single newlines; source "
              "credit (attribution), 'open in app' prompt (navigation), editor and report links (other), share "
              "line and a '热门推荐' list. The sales figures and the farmer's short quote are story.",
        text="""
att|来源：黔东南日报
oth|2026-09-08 07:21 · 贵州
B|今年秋茶采摘季，雷山县茶农通过直播卖茶的收入同比增长了四成。
B|在方祥乡的一个直播间里，28岁的苗族姑娘杨秀梅一边炒茶，一边用苗语和普通话介绍产品。
B|“以前茶叶要靠收购商上门，现在是我们自己定价。”
B|据县商务局统计，1至8月全县茶叶网络销售额达2.37亿元。
B|县里还建了12个共享直播间，免费提供给合作社使用。
B|不过也有茶农反映，平台抽成和快递费用占了利润的三分之一左右。
nav|打开APP 阅读更多精彩内容
oth|责任编辑：王晓东
oth|举报/反馈
sh|分享到：微信 朋友圈 微博 QQ空间
rel|热门推荐
rel|贵阳地铁3号线东延段开通运营
rel|今年全省粮食产量有望再创新高
""",
    ),
    dict(
        id="zhs-004",
        lang="zh-Hans",
        hard=False,
        opts="~",
        notes="Chinese edition of a (fictional) Nordic public broadcaster, Finnish school-phone story: language "
              "switcher and menu, translator credit and original-article link (attribution), a newsletter and "
              "WeChat follow prompt after a run of extra blank lines, and a copyright disclaimer.",
        text="""
nav|English | Suomi | 中文 | Русский
nav|北欧之声中文网 › 社会
T|芬兰中小学下学期起上课时间禁用手机
oth|2026年11月20日 14:03（赫尔辛基时间）
B|芬兰议会周三以131票赞成、52票反对通过了修订后的《基础教育法》，从明年1月起，中小学生在上课时间原则上不得使用手机。
B|教师可以在教学需要时允许学生使用手机，患有慢性疾病、需要用手机监测健康的学生不受限制。
B|教育部长表示，这项规定是为了“把课堂的注意力还给学生”。
B|根据芬兰教育署的调查，约有三分之二的学校已经自行实行了类似规定。
B|不过，部分家长组织认为，禁令可能影响孩子在紧急情况下与家人联系。
B|学校需要在今年年底前把具体做法写进校规。
att|翻译：陈嘉怡
att|原文链接：Koulujen puhelinkielto astuu voimaan tammikuussa
~
nl|订阅北欧之声中文新闻简报，每周五收到一周要闻
nl|扫码关注我们的微信公众号
dis|© 北欧之声 2026 本网站所有内容受版权保护，转载请注明出处并获得授权。
""",
    ),
    dict(
        id="zhs-005",
        lang="zh-Hans",
        hard=False,
        opts="",
        notes="Crypto-exchange news feed reposting a tech story, seed style: the dek glued to itself on the first "
              "line, source credit, a promo line, a multi-line price box joined by single newlines "
              "(crypto_ticker), a long repost disclaimer and teasers with site/time stamps. The drone delivery "
              "story is not about crypto.",
        text="""
dup|深圳无人机外卖配送点已超过300个。深圳无人机外卖配送点已超过300个。
T|深圳无人机配送扩展至全市十个区 日均订单突破两万单
att|来源：南方科技观察
B|深圳市交通运输局日前透露，无人机外卖配送航线已覆盖全市十个行政区，日均订单量突破2万单。
B|目前全市共有312个无人机起降点，大部分设在写字楼屋顶和公园附近。
B|单次配送的平均时长为18分钟，比骑手配送缩短约三分之一。
B|一名在南山科技园上班的白领说：“午饭时间最明显，不用再在楼下等外卖了。”
B|有关部门表示，下一步将在医院之间开通血液样本运输航线。
B|不过，也有居民投诉无人机起降时的噪音问题。
pr|想让您的项目被更多投资者看到？立即申请加入本站的年度行业报告。
tk|市场机会
>tk|DRN Logo
>tk|DroneChain价格(DRN)
>tk|$0.02814
>tk|+3.62%
>tk|USD
>tk|DroneChain (DRN) 实时价格图表
dis|免责声明：本站转载的文章均来源于公开平台，仅供参考，不代表本站立场。如有侵权，请联系 support@qianbitong.example 处理。本站不对内容的准确性或完整性作任何保证，亦不构成任何投资建议。
rel|您可能也喜欢
rel|以太坊质押收益率跌至两年来最低
rel|币界快讯2026/10/02 11:47
rel|香港第二批稳定币牌照申请截止
rel|链上周刊2026/10/02 09:05
""",
    ),
    dict(
        id="zht-001",
        lang="zh-Hant",
        hard=False,
        opts="ws",
        notes="Hong Kong news site, Tuen Mun cycle-track story with trailing whitespace: menu, ad label, writer and "
              "Chinese weekday time stamp, share row, related list, newsletter pitch and a cookie notice. The "
              "Cantonese-flavoured one-line quote is story.",
        text="""
nav|港聞 | 國際 | 財經 | 娛樂 | 體育 | 評論
oth|【廣告】
T|屯門至元朗單車徑延長段啟用 全程23公里
oth|撰文：陳嘉欣
oth|2026年3月5日 星期四 下午4:12
sh|分享：Facebook　WhatsApp　Telegram
B|連接屯門碼頭至元朗錦田的單車徑延長段今日正式開放，整條路線全長約23公里。
B|新路段沿屯門河及錦田河興建，設有六個單車停泊處和兩個休息站。
B|土木工程拓展署表示，工程耗資約4億8千萬元，比原定預算超支約一成。
B|在開幕禮後試騎的街坊梁先生說：「終於唔使喺大馬路踩車。」
B|不過，有元朗區議員指出，部分路段與行人路共用，周末人多時可能發生意外。
B|署方回應指會在繁忙時段派員在場疏導。
rel|相關新聞
rel|東涌單車租用站暫停服務一個月
rel|政府研究在新界北興建單車專用橋
nl|訂閱《港聞速遞》電子報，每日早上掌握本地大事
ck|本網站使用Cookies以提供更佳的瀏覽體驗。繼續瀏覽即表示你同意我們使用Cookies。
ck|接受
ck|了解更多
""",
    ),
    dict(
        id="zht-002",
        lang="zh-Hant",
        hard=False,
        opts="",
        notes="Taiwanese news site, Taichung story with ROC-calendar date: reporter line '記者X／台中報導' and "
              "time stamp (other), LINE follow prompt (newsletter), inline '延伸閱讀' teasers mid-story, a "
              "no-reprint notice and an app prompt at the bottom. The fine amounts are story.",
        text="""
nav|首頁 > 生活 > 地方
T|台中公車新制上路 一般卡乘客搭乘首10公里免費
oth|記者林柏宏／台中報導
oth|民國115年7月14日 10:35
nl|加入LINE好友，重要新聞第一時間推播給你
B|台中市公車「10公里免費」政策今日起擴大適用到一般電子票證，不再限定設籍市民。
B|市府交通局統計，新制上路第一個上午，公車運量比上週同一時段增加約一成二。
rel|延伸閱讀
rel|台中捷運藍線動工日期確定 沿線房價先漲
rel|高鐵台中站轉乘停車場 下月起調整收費
B|交通局長表示，每年將多支出約3億元補貼。
B|對於部分乘客拿他人票卡搭車，交通局也提醒，冒用優惠身分者最高可罰：
B|初次：新台幣1,500元
B|再次：新台幣3,000元
B|通勤族陳小姐說：「每天省下的車錢，一個月差不多一千塊。」
dis|※ 本網內容未經授權，禁止轉載、重製或公開傳輸。
nav|下載新聞APP 即時新聞不漏接
""",
    ),
    dict(
        id="zht-003",
        lang="zh-Hant",
        hard=False,
        opts="single",
        notes="Taiwanese finance site in single newlines: login links, TAIEX/OTC strip (crypto_ticker), byline and "
              "time, investment warning (disclaimer), discussion-board counter and prompt (comments) and a "
              "more-news list. The monthly revenue figures are story.",
        text="""
nav|登入｜註冊｜自選股
tk|加權指數 23,412.56 ▲128.40 (+0.55%)　櫃買指數 262.18 ▼0.77 (-0.29%)
T|台鋒半導體9月營收年增41% 創單月新高
oth|財經中心／綜合報導 2026-10-09 14:31
B|晶圓封測廠台鋒半導體今日公布9月合併營收新台幣128.6億元，月增9.3%、年增41.2%，創單月歷史新高。
B|累計第三季營收為362.4億元，優於公司原先預估的上緣。
B|前三季營收：
B|第一季：281.5億元
B|第二季：317.9億元
B|第三季：362.4億元
B|公司表示，先進封裝產能滿載，新竹二廠預計明年第二季量產。
B|法人預期，台鋒第四季營收可望再成長5%至8%。
dis|投資警語：本文資訊僅供參考，投資人應獨立判斷、審慎評估並自負投資風險。
com|討論區（56）
com|登入後即可參與討論
rel|看更多台股新聞
rel|外資連三賣 金融股逆勢走強
rel|電子零組件股擴大漲幅 被動元件族群亮燈
""",
    ),
    dict(
        id="zht-004",
        lang="zh-Hant",
        hard=False,
        opts="crlf",
        notes="Hong Kong TV-station news page (CRLF), typhoon story: channel menu, video player controls and "
              "update stamp (other), a photo-credit line, share buttons and 'more news' list. The signal "
              "timeline lines are story; an ad label sits mid-story.",
        text="""
nav|直播 | 新聞 | 節目 | 天氣 | 財經
T|颱風「海鷗」襲港 八號風球下逾百宗塌樹報告
oth|播放　00:00 / 02:31
oth|全螢幕
oth|更新時間：2026年8月21日 21:05
B|颱風「海鷗」今日下午在香港以南約120公里掠過，天文台在下午2時40分改發八號東南烈風或暴風信號。
B|截至晚上8時，政府共接獲137宗塌樹報告，有11人受傷送院。
B|風球時間線：
B|上午9時20分：三號強風信號
B|下午2時40分：八號東南烈風或暴風信號
B|預計明早6時前：考慮改發三號信號
oth|廣告
B|柴灣一棵大樹被吹倒，壓毀兩輛私家車，消防員花了兩小時才把樹幹鋸開。
B|多條渡輪航線暫停，港鐵露天路段則以較慢車速行駛。
oth|圖片來源：觀眾提供
sh|分享至 Facebook
sh|分享至 WhatsApp
rel|更多新聞
rel|八號風球下 多間超市提早關門
rel|機管局：今日共有260班航班取消
""",
    ),
    dict(
        id="zht-005",
        lang="zh-Hant",
        hard=False,
        opts="",
        notes="Traditional-Chinese edition of a (fictional) Japanese business paper, rice-price story: language "
              "switcher, translation and original-publication credits (attribution), a paywall meter (other), a "
              "subscription/newsletter pitch and a no-translation copyright notice.",
        text="""
nav|日本語 | English | 繁體中文 | 简体中文
T|日本米價一年漲近七成 政府釋出第二批儲備米
oth|東亞新報 東京 2026年6月2日
oth|本月剩餘免費文章：2篇
B|日本農林水產省2日宣布，將再從政府儲備中釋出21萬噸稻米，以壓抑持續攀升的米價。
B|全國超市5公斤裝白米的平均售價上週達到4,268日圓，比去年同期上漲68%。
B|農業官員表示，前年夏季的高溫導致產量下降，加上部分批發商囤貨，是米價上漲的主因。
B|第一批儲備米在3月釋出後，價格曾短暫回落，但4月起又再度上升。
B|東京一家便當店的老闆說，已經把白飯分量從250克減少到200克。
B|「客人看得出來，可是我也沒辦法。」
att|本文譯自東亞新報日文版，原文刊載於2026年6月2日。
nl|訂閱東亞新報中文版週報，每週一收到日本經濟要聞
dis|版權所有 © 東亞新報社。未經本社書面同意，不得轉載、翻譯或以任何形式使用。
""",
    ),
]
