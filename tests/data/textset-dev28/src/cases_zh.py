"""textset-dev28, writer B: Chinese cases (zh-Hans and zh-Hant), tagged line lists for
../textset-dev20/src/make_cases.py (TAG|line; >TAG joins with a single newline; ~ extra blanks)."""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="",
     notes="Regional evening paper, metro line opening: menu and breadcrumb, source/author/time line, font-size/print bar, an inline related teaser mid-story, editor line, share bar, related list, reprint notice and ICP footer. Breadcrumb is navigation, editor line and footer other, reprint notice disclaimer.",
     text="""
nav|首页 | 新闻 | 江城 | 财经 | 教育 | 健康 | 视频 | 数字报
nav|当前位置：首页 > 江城新闻 > 城建交通
T|地铁5号线南延段本周六开通 新增7座车站
oth|2026-11-28 07:42　来源：江城晚报　作者：记者 邬晓岚 通讯员 蒋睿
sh|字号：大 中 小　　打印　　收藏
B|记者昨日从市轨道交通集团获悉，地铁5号线南延段将于本周六（12月5日）上午10时开通初期运营，线路全长9.6公里，新增车站7座。
B|南延段自既有终点站柳湾路站向南延伸，经过青石桥、湖滨新城、职教园区，止于南湖高铁站，实现地铁与高铁的“零距离”换乘。
B|开通初期，南延段早晚高峰行车间隔为6分钟，平峰时段为9分钟，首班车6:05从南湖高铁站发出，末班车22:40从柳湾路站发出。
rel|相关阅读：5号线南延段完成“三权”移交 进入试运营倒计时
B|票价方面，南延段执行现行线网票制，从南湖高铁站到市中心人民广场站全程票价5元，乘客可使用“江城通”APP扫码进站。
B|市轨道交通集团运营分公司负责人表示，开通首周将在职教园区站、南湖高铁站增派志愿者，引导学生和旅客换乘。
B|据介绍，南延段开通后，5号线全长达到31.2公里，全市地铁运营里程将突破240公里。
oth|责任编辑：程柯
sh|分享到：微信 微博 QQ空间
rel|相关新闻
rel|· 南湖高铁站枢纽配套公交线路调整方案公示
rel|· 今年冬季供暖12月1日起试运行 热线电话公布
rel|· 青石桥片区两所新建小学明年秋季招生
dis|版权声明：凡注明“来源：江城晚报”的稿件，未经本报书面授权，任何单位和个人不得转载、摘编。
oth|江城晚报社主办　鄂ICP备17204455号-2
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="single",
     notes="Farming trade site brief, nearly clean, noise only at the bottom: a site/date line (other) and a previous/next link (navigation). The numbered data items and the short lead-in line are story.",
     text="""
T|鲁西南麦区播种基本结束 晚播面积较去年减少
B|据省农业农村厅农情调度，截至11月27日，鲁西南五市冬小麦播种基本结束，播种面积1862万亩。
B|今年秋汛偏轻，土壤墒情适宜，适期播种比例明显提高。
B|主要数据如下：
B|一、适期播种面积占比86.4%，较上年提高11.2个百分点；
B|二、晚播麦面积约141万亩，较上年减少97万亩；
B|三、宽幅精播、种肥同播等技术覆盖率达到73%。
B|省农技推广站提醒，晚播麦田要适当增加播种量，做好镇压保墒，防范冬季冻害。
oth|农事周报网　2026年11月30日
nav|上一篇：玉米收获机跨区作业进入尾声　下一篇：多地启动高标准农田冬季施工
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="ws",
     notes="Crypto aggregator repost of a DeFi exploit story in the style of the seed scrape: doubled dek on top, source credit, a multi-line and a one-line price ticker, sign-up promo, reposting disclaimer, hot-articles block with site/date stamps (related_links). The token price inside the story is story.",
     text="""
dup|Lumora协议遭闪电贷攻击，团队称已暂停全部借贷市场。Lumora协议遭闪电贷攻击，团队称已暂停全部借贷市场。
T|借贷协议Lumora遭闪电贷攻击 损失约1180万美元
att|来源：链闻速递｜原文作者：周以宁
B|12月6日凌晨，部署在多条公链上的去中心化借贷协议Lumora遭遇闪电贷攻击，多家安全机构估计损失约1180万美元。
B|安全公司盾衡实验室分析称，攻击者利用了协议新上线的LST抵押池价格预言机缺陷，在单笔交易内反复抬高抵押品估值后借出资产。
B|Lumora团队在社交平台发文称，已暂停全部借贷市场，并正在与多家交易所合作冻结部分被盗资金。
B|受消息影响，协议治理代币LMR在两小时内下跌约37%，报0.214美元。
B|团队表示将在72小时内发布事件复盘，并提出用户补偿方案。
tk|BTC
>tk|$91,482.6
>tk|-1.84%
tk|LMR LogoLumora价格(LMR)$0.2140-37.12%USD
pr|新用户注册即领最高8,000 USDT迎新礼包，立即开户 >
dis|免责声明：本文内容转载自第三方，仅代表原作者观点，不构成任何投资建议。加密资产价格波动剧烈，请谨慎决策。
rel|热门文章
rel|以太坊质押排队人数创三个月新高
rel|链闻速递2026/12/06 09:15
rel|香港两家持牌平台上线现货ETF申赎通道
rel|链闻速递2026/12/05 21:48
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="crlf",
     notes="Hospital news page, Q&A interview with the head of paediatrics: hospital menu and breadcrumb, publish time and view count, a photo caption, writer/reviewer credit (attribution), print/close buttons (share_bar) and address footer (other). Each question and answer line is story.",
     text="""
nav|首页　医院概况　科室导航　专家介绍　就医指南　新闻中心　党建文化
nav|新闻中心 > 院内要闻
T|冬季流感高发 儿科主任答家长三问
oth|发布时间：2026-12-02　浏览次数：1873
C|图为儿科门诊候诊区，护士正在为患儿测量体温。（宣传科 摄）
B|近期本市进入流感高发期，我院儿科门急诊日均接诊量超过900人次。记者就家长关心的问题采访了儿科主任宁佩华。
B|问：今年流行的主要是哪种流感？
B|答：从我院近两周的检测结果看，以甲型H3N2为主，阳性率约为四成。
B|问：孩子发烧多少度需要来医院？
B|答：一般三个月以下婴儿发热要立即就诊；大一点的孩子如果精神状态好，可以先在家观察，但持续高热超过三天、呼吸急促、嗜睡的，一定要及时就医。
B|问：现在打疫苗还来得及吗？
B|答：来得及。接种后大约两周产生保护性抗体，6月龄以上儿童都可以接种。
att|（宣传科 施蔓 文/摄　审核：党委宣传部）
sh|【打印本页】【关闭窗口】
oth|版权所有：澄州市第二人民医院　地址：澄州市健康路88号　预约电话：0573-8612 0120
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="nofinal",
     notes="Football club's own site, match report: club masthead and menu, section/date/read-count line, a score box (other), app download prompt (navigation), comment count and two comments, more-reports list. The two scorer lines are story.",
     text="""
nav|青州海鸥足球俱乐部官方网站
nav|首页 新闻 球队 赛程 票务 青训 商城 会员
oth|比赛战报 | 2026.11.29 | 阅读 4.2万
T|主场2比1逆转临江 海鸥锁定保级
oth|中甲第29轮　青州海鸥 2-1 临江远洋　青州体育中心　观众：21,406
B|在昨晚进行的中甲联赛第29轮比赛中，青州海鸥队在主场以2比1逆转临江远洋队，提前一轮锁定保级席位。
B|上半场第34分钟，临江远洋利用角球机会由中卫贺铭头球破门。
B|易边再战，主教练鲁智勇连换两人加强进攻。
B|第61分钟 邱桦（海鸥）
B|第83分钟 阿尔韦斯（海鸥）
B|赛后鲁智勇表示：“感谢球迷一整个赛季的陪伴，最后一轮我们会为荣誉而战。”
B|本赛季最后一轮，海鸥队将于12月6日客场挑战江陵九州队。
nav|下载“海鸥主场”APP，第一时间获取首发名单和比赛直播
com|评论（138）
com|海鸥老球迷：逆转太提气了！明年冲超！
com|阿杰在青州：阿尔韦斯这个球值回票价
rel|更多战报
rel|海鸥U19梯队夺得省青年联赛冠军
rel|俱乐部公布2027赛季季票预售安排
"""),

dict(id="zht-001", lang="zh-Hant", hard=False, opts="",
     notes="Hong Kong TV station site, a three-line customs brief: cookie notice and accept button, channel menu, weather widget and time stamp (other), share bar, related news, copyright footer (other).",
     text="""
ck|本網站使用cookies以提升瀏覽體驗。繼續使用即表示你同意我們的私隱政策。
ck|接受
nav|港視新聞 | 即時 | 港聞 | 兩岸 | 國際 | 財經 | 體育 | 直播
oth|天氣　18°C　多雲　相對濕度 72%
T|觀塘工廈單位搜出逾三千支電子煙 兩男被捕
oth|2026年12月5日 星期六 13:06
B|海關昨日在觀塘一個工業大廈單位搜出約3,200支懷疑未完稅電子煙，估計市值約28萬元，應課稅值約9萬元。
B|兩名分別39歲及45歲的男子涉嫌與案有關被捕，現已獲准保釋候查。
B|海關提醒市民，根據法例，任何人進口、製造、售賣或管有作商業用途的另類吸煙產品，最高可被判罰款200萬元及監禁七年。
sh|分享　WhatsApp　Facebook　複製連結
rel|相關新聞
rel|葵涌貨櫃碼頭截獲走私凍肉 市值逾百萬
rel|警方破跨境電話騙案集團 拘十二人
oth|© 2026 港視新聞有限公司
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="ws",
     notes="Taiwanese regional daily, farm-damage feature with two in-story subheadings (story): breadcrumb, reporter byline, like/share/comment bar, an inline further-reading teaser mid-story, hashtag line (navigation), LINE follow prompt (newsletter), comment count and comments.",
     text="""
nav|南瀛日報 > 地方 > 臺南
T|颱風過後柚農搶收 晚熟柚價格回穩
oth|記者柯佩珊／臺南報導　2026/11/27 18:20
sh|讚 0　分享　留言
B|連日豪雨加上十一月罕見的秋颱過境，臺南麻豆、下營一帶的柚農趕在天氣轉晴後搶收晚熟柚，盼減少損失。
B|農業局初估，全市柚類受損面積約320公頃，以落果為主，損失金額約4,600萬元。
B|落果率最高達三成
B|麻豆區柚農黃建勳說，自家兩公頃果園落果將近三成，「掉在地上的只能拿去做柚子醋，價錢差很多。」
rel|延伸閱讀：秋颱外圍環流挾豪雨 南部農損破億
B|價格止跌回升
B|北部果菜市場近一週晚熟柚平均批發價每公斤42元，比颱風前上漲約一成五，果販預估年底前價格可維持穩定。
B|農業局表示，受災農民可於12月11日前向區公所申請現金救助，每公頃最高補助2萬8千元。
nav|#晚熟柚　#農損　#麻豆
nl|加入南瀛日報LINE好友，在地新聞不漏接
com|留言 3
com|下營阿伯：補助實在太少，肥料錢都不夠
com|讀者Ivy：去年買的晚熟柚很甜，今年繼續支持
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="single",
     notes="Taiwanese finance portal, memory-chip stock story: channel menu, three index/currency quote lines (crypto_ticker), desk byline, investment disclaimer, e-newsletter pitch, ranked most-read list.",
     text="""
nav|財經台 首頁 台股 國際股 基金 外匯 加密貨幣 理財
tk|加權指數 27,486.35 ▲132.18 (+0.48%)
tk|櫃買指數 268.41 ▼0.97 (-0.36%)
tk|新台幣 31.412 ▲0.035
T|記憶體報價連四漲 南科兩廠擴產案送環評
oth|財經台／綜合報導　2026-12-04 14:35
B|記憶體合約價連續第四個月上漲，研調機構預估第一季DRAM合約價仍有8%至13%漲幅，帶動相關族群今日走強。
B|晶曜科技今日宣布，南科第二、第三廠擴產計畫已送交環評，預計投資新台幣1,250億元，2028年下半年量產。
B|晶曜股價終場上漲4.2%，收在186.5元，成交量放大至6.1萬張。
B|法人指出，AI伺服器需求持續排擠一般型記憶體產能，明年上半年供給吃緊情況恐難緩解。
dis|免責聲明：本網站所提供之資訊僅供參考，投資人應自行判斷並承擔風險，本站不負任何法律責任。
nl|訂閱財經台電子報，每天早上七點收到盤前重點
rel|熱門排行
rel|1. 外資連三日賣超 這三檔逆勢被加碼
rel|2. 年終獎金怎麼存？理專建議三種配置
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="",
     notes="Hong Kong university press release: newsroom masthead and breadcrumb, date, a photo caption, share bar, then after extra blank lines a media-enquiries block and copyright footer (press-release furniture, other).",
     text="""
nav|香港灣岸大學 新聞中心
nav|主頁 › 新聞稿 › 研究成就
T|灣岸大學研發海水淡化新薄膜 耗能降低兩成
oth|2026年11月26日
C|研究團隊成員（左起）陸思朗博士、程穎雯教授及博士生方子健展示新型薄膜樣本。
B|香港灣岸大學化學及生物工程學系研究團隊研發出一種以石墨烯氧化物為基礎的海水淡化薄膜，在實驗室測試中，耗能較現有逆滲透薄膜降低約兩成。
B|研究由程穎雯教授領導，成果已於國際期刊《先進分離材料》發表。
B|程教授表示，新薄膜在高鹽度環境下仍能保持穩定，團隊正與本地企業合作，計劃明年在將軍澳進行試點。
B|研究獲創新科技基金資助約480萬港元。
sh|分享：Facebook　LinkedIn　電郵
~
oth|傳媒查詢
oth|傳訊及公共事務處　電話：2358 6612　電郵：media@wanan-u.edu.hk
oth|版權所有 © 2026 香港灣岸大學
"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="nofinal",
     notes="Taiwanese church weekly bulletin without a headline: a breadcrumb on top, poster/date line and print/forward buttons at the bottom. Every notice item, including the prayer request line, is story.",
     text="""
nav|恩典長老教會 › 教會消息 › 週報
B|本主日為將臨期第二主日，感謝主帶領，上週聯合禮拜出席人數共312人，兒童主日學58人。
B|聖誕感恩晚會訂於12月20日（日）晚上7時在一樓大堂舉行，歡迎邀請親友參加，當晚備有茶點。
B|報佳音隊將於12月23日、24日晚間出發，請有意參加者於本週日前向青年團契林以諾弟兄報名。
B|冬令救助物資募集即日起至12月27日止，收集白米、罐頭、保暖衣物，請放置於副堂入口紙箱。
B|代禱事項：為住院中的陳美蓮姊妹、盧國基長老身體早日康復代禱。
oth|發布者：教會辦公室　發布日期：2026-12-05
sh|列印　轉寄
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True,  opts="",
     notes="Hard: legal news about a court ruling that a 'if this infringes, contact us to delete' reposting notice is no defence; the story quotes such notices, which stay story, while the page carries its own real disclaimers (disclaimer) plus menu, byline, editor line and recommended reads.",
     text="""
nav|新闻 | 财经 | 科技 | 法治 | 文化 | 评论
nav|法治频道
T|“如有侵权请联系删除”不能免责 自媒体洗稿被判赔8万元
oth|2026-12-03 16:27:05　来源：法治观察网　记者 骆一鸣
B|一句“本文来源于网络，如有侵权请联系删除”，能否让转载者免责？近日，滨海市互联网法院审结的一起著作权纠纷案给出了否定答案。
B|原告是一名摄影博主，其拍摄的38张古镇照片被某文旅类自媒体账号整合成图文，累计阅读量超过百万。
B|被告在文末标注了“图片来源于网络，版权归原作者所有，如有侵权请联系删除”，并以此主张自己没有过错。
B|法院审理认为，转载他人作品应事先取得许可并支付报酬，事后“联系删除”的声明不能替代授权，也不能改变侵权的性质。
B|法院判决被告赔偿原告经济损失及合理开支共计8万元。
B|承办法官提醒，“转载声明”“免责声明”并非法律上的免责条款，自媒体运营者应当建立素材授权台账。
oth|责任编辑：甘小雨　校对：张澈
dis|本网站所刊载信息，不代表本站观点。如涉及作品内容、版权等问题，请在三十日内与本网联系。
dis|未经授权禁止转载、摘编、复制及建立镜像。
rel|推荐阅读
rel|网购“七天无理由”遭拒？法官划重点
rel|小区电梯广告收益归谁 物业被判返还
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="",
     notes="Hard: Taiwanese news site story about investment-scam bots flooding comment sections; it quotes scam comments and the '留言 0'/'搶先留言' entry labels (story), while the page carries a real comment block (login prompt, count, two comments), byline, read-time line, share bar and a teaser.",
     text="""
nav|民聲新聞網 首頁 政治 社會 生活 財經 科技
T|投資詐騙留言灌爆新聞網站 業者改採實名制
oth|記者溫若晴／台北報導 | 2026年12月1日 週二 上午10:12
oth|閱讀時間約 3 分鐘
B|不少民眾發現，近來新聞網站與社群粉專的留言區出現大量內容相似的留言，例如「跟著老師操作，一個月賺了三十萬，加我LINE」，點進帳號多半是剛註冊的假帳號。
B|國內一家新聞網站統計，十月單月刪除的詐騙留言高達4.8萬則，占全部留言的近四成。
B|該網站本月起要求留言者以手機號碼驗證，並將「留言 0」「搶先留言」等入口移到文章最下方，避免讀者一打開頁面就看到詐騙內容。
B|刑事局統計，今年前十月投資詐騙財損逾52億元，其中約一成被害人表示，最早是在新聞留言區看到「老師帶單」訊息。
B|數位發展部表示，將研議要求平台在一定期限內移除經檢舉的詐騙留言，並保存相關紀錄。
sh|分享到 Facebook　分享到 LINE　複製網址
com|我要留言（需登入）
com|留言 2
com|台中小陳：早該實名了，每篇底下都是老師
com|Wendy_林：結果這篇下面會不會也有人來貼LINE 哈哈
rel|你可能也想看
rel|假冒銀行簡訊新手法 警方：別點短網址
"""),
]
