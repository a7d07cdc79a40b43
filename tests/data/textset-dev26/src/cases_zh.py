"""textset-dev26, writer B: Chinese cases (personal publishing and social platforms).

Zhihu column, Weibo long post, a crypto "square" feed post, a Xiaohongshu note, a WeChat official
account run by a reporter, vocus, Matters, a Facebook local-news page, Medium in Traditional
Chinese, a PIXNET community blog, and two hard cases (follow-to-read walls; fake newsletter
sign-up forms).  Tagged line lists for src/make_cases.py.
"""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="",
     notes="Zhihu column by a transit blogger: site menu, author line, bio, follow button and vote count on top, an ad label and an inline teaser mid-story, post time, topic tags, action bar, comment thread and recommended reads below. The bulleted figures are story.",
     text="""
nav|首页
nav|知乎直答
nav|发现
nav|等你来答
nav|登录/注册
T|澜州地铁5号线南延段通车首日：我在早高峰坐了一个来回
oth|江屿白
oth|城市交通观察者 · 坐过国内41座城市的地铁
oth|关注他
sh|1,284 人赞同了该文章
B|3月18日早上7点整，澜州地铁5号线南延段正式载客运营，新增的6座车站全部位于滨江新区。
B|我从起点站青禾路上车，到终点站望海湾一共用了23分钟，比原先坐接驳公交快了将近半小时。
B|几个数字先放在这里：
B|· 新增线路长度：11.6公里
B|· 新增车站：6座，其中换乘站1座
B|· 高峰时段行车间隔：4分30秒
oth|广告
rel|澜州买房别只看地铁规划，这三点更重要 · 1.1万阅读
B|早高峰最挤的是换乘站金沙洲，站台上有志愿者举牌引导，但出站闸机只开了一半，排队排到了楼梯口。
B|运营方当天中午在官方微博回应称，首周会根据客流调整闸机开放数量，周末还将加开两趟夜间列车。
B|对滨江新区的居民来说，这条线意味着通勤时间直接少了一截；对我这样的地铁迷来说，最惊喜的是望海湾站那面能看到江景的玻璃幕墙。
oth|发布于 2026-03-18 21:47・IP 属地浙江
nav|城市轨道交通
nav|通勤
sh|赞同 1284 · 分享 · 喜欢 · 收藏 · 申请转载
com|48 条评论
com|写下你的评论...
com|默认 | 最新
com|苏小满：金沙洲那个闸机真的离谱，我今天排了整整十分钟
com|03-19 · 浙江 · 回复 · 27
com|江屿白（作者）：第二天再去看已经全开了，估计是听到大家的意见了
rel|推荐阅读
rel|全国地铁运营里程最新排名出炉，第十名有点意外
rel|坐遍长三角地铁之后，我最推荐这五条线路
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="single",
     notes="Weibo post by a local-news account, no headline: account name, time and client line on top, a '展开全文' toggle mid-post, repost/comment/like counts, sorted comments and a hot-search list below. The line that opens with a hashtag is a sentence of the story and stays.",
     text="""
nav|微博
nav|首页 热门 视频 消息
oth|澜州生活圈
oth|3-22 08:15 来自 微博 weibo.com 已编辑
B|#澜州暴雨# 昨晚10点到今早6点，城区平均降雨量达到112毫米，气象台凌晨3点升级发布暴雨红色预警。
B|目前全市有14处下穿通道积水封闭，其中北环路铁路桥洞水深超过1米，请大家绕行。
B|公交集团通知：7路、22路、K3路临时改道，早班车推迟半小时发车。
nav|展开全文c
B|全市中小学今天上午停课，下午是否复课以教育局下午1点前的通知为准。
B|如遇险情请拨打119或110，市应急管理局24小时值班电话：0577-8812 0035。
B|我们会持续更新，大家出门注意安全。
sh|转发 326
com|评论 1012
sh|赞 4871
com|按热度 按时间
com|老周不吃香菜：北环路那边一辆出租车熄火在水里，司机已经爬到车顶了
com|3-22 08:31 来自浙江 回复 赞 203
com|查看更多评论 >
rel|微博热搜
rel|1 澜州暴雨 248万
rel|2 哪些下穿通道还能走 97万
nav|关于微博 微博帮助 意见反馈 开放平台
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="ws",
     notes="Post by a crypto blogger on an exchange's social 'square' feed: doubled dek on the first line, a multi-line price ticker, a sign-up promo and a follow button on top, a coin tag and an embedded trade card mid-post, risk disclaimer, reaction bar, comments and related posts below.",
     text="""
dup|代币解锁并不一定意味着砸盘，关键要看接盘的是谁。代币解锁并不一定意味着砸盘，关键要看接盘的是谁。
nav|链岛广场
tk|BTC
tk|68,412.5
tk|-1.84%
tk|ETH
tk|3,106.22
tk|+0.41%
pr|新用户注册即领 100 USDT 体验金，限时 7 天
oth|币圈老韩
oth|关注
oth|04-09 10:26 · 1.3万 次浏览
T|本周三 TRK 解锁 1.8 亿枚：三个数据帮你判断抛压有多大
B|按照项目方公布的时间表，TRK 将于本周三北京时间16:00解锁1.8亿枚，约占当前流通量的9.6%。
B|这次解锁的份额里，早期投资机构占62%，团队占25%，剩下的是生态基金。
B|第一个数据：机构份额的平均成本约为0.031美元，而现价在0.27美元附近，账面浮盈接近8倍。
nav|$TRK
tk|TRK/USDT 0.2714 -3.12% 交易
B|第二个数据：过去一个月链上有三家机构地址已经把部分代币转入了交易所充值地址。
B|第三个数据：永续合约资金费率连续五天为负，说明空头已经在提前布局。
B|我的看法是，短线波动难免，但解锁当天的实际抛压要看做市商的承接能力。
dis|免责声明：本文仅代表作者个人观点，不构成任何投资建议。平台不对内容的准确性负责。
sh|点赞 86 · 转发 12 · 分享
com|评论 (31)
com|链上小白：机构转进交易所不一定就是卖吧？
com|币圈老韩 回复：不一定，但历史上大概率是
rel|相关帖子
rel|解锁季来了：4月还有哪些代币要放量
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="nofinal",
     notes="Xiaohongshu note reporting a county library's reopening: app bar and author with follow button on top, topic tag line and edit stamp below the story, comment box, counts and 'more notes' below. Numbered opening hours are story.",
     text="""
nav|小红书
nav|发现 发布 通知
oth|阿棉在路上
oth|关注
T|县图书馆闭馆两年终于重开了！24小时自助区真的可以通宵
B|石梁县图书馆改造了整整两年，今天上午九点正式重新开放，门口排队的人比我想象的多。
B|最大的变化是一楼新增了24小时自助阅览区，刷身份证就能进，有42个座位和8台电脑。
B|开放时间记一下：
B|1. 周二至周日 9:00-20:30
B|2. 周一闭馆（自助区照常开放）
B|3. 少儿阅览室周末延长到21:00
B|馆员说新馆藏书增加到38万册，还专门做了一面本地作家的书墙。
B|唯一的遗憾是停车位只有20个，建议大家骑车或者坐3路公交过来。
nav|#图书馆 #周末去哪儿 #石梁县 #自习室推荐
oth|编辑于 04-06 湖南
com|共 86 条评论
com|说点什么...
com|柚子汽水：请问自助区晚上有人管吗？一个人去安全吗
com|阿棉在路上 作者：有保安巡逻，门口还有监控，放心
sh|1.2万 3206 收藏 分享
rel|更多笔记
rel|石梁县周末亲子好去处合集
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="",
     notes="A reporter's own WeChat official account republishing his report on a housing-estate retrofit: follow prompt, original marker and byline on top, a photo caption, a mid-story 'recommended' link, reprint notice, previous-issues list, reaction buttons and comment prompt below, with a run of extra blank lines.",
     text="""
nl|点击上方蓝字「澜州调查」关注我们
oth|原创 林舟 澜州调查 2026年4月3日 09:30 浙江
T|老旧小区加装电梯一年后：112户人家的账本
B|去年3月，澜州市桂园小区成为全市第一个整体加装电梯的老旧小区，8栋楼一共装了16部电梯。
C|图为改造后的桂园小区3号楼，电梯井贴着楼梯间外墙搭建。摄影：林舟
B|一年过去，我们回访了其中112户人家，问了他们同一个问题：这笔钱花得值不值？
B|一楼住户的答案最复杂。按照协商结果，一楼不出钱，但有7户表示采光明显变差。
rel|推荐阅读：加装电梯的钱到底怎么分？我们算了一笔账
B|六楼的王阿姨出了4.6万元，她说“以前一个礼拜下楼一次，现在每天都能去菜场”。
B|物业公司透露，目前每部电梯每月电费和维保费用约为680元，由二楼以上住户按楼层分摊。
B|市住建局表示，今年计划再推动30个小区加装电梯，补贴标准仍为每部20万元。
~
dis|本文为澜州调查原创，转载请联系后台授权，未经许可不得转载。
rel|往期推荐
rel|城中村改造三年，那些搬走的租客去了哪里
rel|我们跟着一位外卖骑手跑了十二个小时
nav|阅读原文
sh|分享 收藏 点赞 在看
com|写留言
"""),

dict(id="zht-001", lang="zh-Hant", hard=False, opts="crlf",
     notes="vocus (方格子) salon column about an old bookshop closing: platform menu and salon name on top, a membership prompt mid-story, publish time, opinion disclaimer, action bar, salon subscribe pitch, responses and 'you may also like' below.",
     text="""
nav|vocus
nav|探索　沙龍　寫作　登入
oth|府城書話沙龍
T|開業五十三年的南一書局，月底熄燈
oth|溫家瑜
oth|2026/03/09 閱讀時間約 4 分鐘
B|台南中西區的南一書局將在三月底結束營業，第二代老闆娘鄭淑芬上週在店門口貼出一張手寫告示。
B|「謝謝大家五十三年來的照顧，書店要休息了。」
B|書局一九七三年開業，最早賣的是參考書和文具，九〇年代以後才慢慢轉型為以台灣文史為主的獨立書店。
nl|喜歡這篇文章嗎？加入沙龍，每週收到府城書話的新文章
B|鄭淑芬說，店面租約到期後房東決定出售，自己也已經六十八歲，沒有力氣再找新的店面。
B|最後一個月全店書籍八折，絕版的地方志與老照片集則不打折，她希望能交給真正需要的人。
B|不少老顧客這幾天特地回來，有人帶著三十年前在這裡買的第一本書，請老闆娘幫忙簽名。
oth|發佈於 2026/03/09 22:14
dis|本文內容為作者個人觀點，不代表 vocus 平台立場。
sh|喜歡 362　留言 41　分享
nl|訂閱府城書話沙龍，支持在地文史寫作
com|41 則留言
com|小巷讀者：國中時每個禮拜都去，真的很捨不得
rel|你可能也想看
rel|台南老書店地圖：還在營業的九家
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="single",
     notes="Matters post by a Hong Kong writer on a tenement block's residents: app menu, author handle and date on top, a photo caption, licence notice, clap and tip widgets, linked works and responses below.",
     text="""
nav|Matters
nav|首頁　發現　追蹤　通知
oth|葉知秋
oth|@yezhiqiu
oth|2026年3月1日 14:32
T|福榮街這幢唐樓，還剩下最後六戶
C|圖：福榮街一幢唐樓樓梯口貼着的收樓通知（作者攝）
B|深水埗福榮街一幢樓齡七十年的唐樓，去年被發展商以強拍方式統一業權，原本二十二戶人家陸續搬走。
B|到了二月底，仍然住在樓裡的只剩下六戶，其中四戶是七十歲以上的長者。
B|七樓的陳伯在這裡住了四十一年，他說最怕的不是搬走，而是搬到一個不認識任何人的地方。
B|發展商的代表表示，補償方案已按市場估值計算，並會協助長者申請公屋。
B|區議員辦事處則指出，至今仍有兩戶未收到書面的搬遷時間表。
dis|本作品採用 CC BY-NC-ND 4.0 授權，轉載請註明作者及出處。
sh|拍手 128
oth|支持作者
oth|已有 9 人支持了這篇作品
rel|關聯作品
rel|深水埗的最後一間鐵皮檔
com|發表回應
com|12 條回應
com|阿Ken：陳伯那段看得好心酸，希望他能分到附近的單位
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="ws",
     notes="Facebook post of a township news page, no headline: page name and time on top, a 'see translation' link and reaction, comment and share counts below, sorted comments and a login prompt. The road-closure times are story.",
     text="""
nav|Facebook
oth|苑裡在地報報
oth|3小時 · 🌏
B|【交通管制】苑裡鎮媽祖遶境明天（4/12）上午7點起跑，以下路段會分段管制，請大家提早改道：
B|🔸 7:00-9:30 中正路（天下路口至為公路口）
B|🔸 9:30-12:00 和平路全段
B|🔸 13:00-16:00 山腳里往通霄方向的台1線外側車道
B|警分局說當天會有120名警力和義交在路口指揮，鎮公所也加開兩班接駁車從火車站到廟口。
B|遶境預計晚上8點回鑾，回鑾前後30分鐘中正路會再封閉一次。
oth|查看翻譯
sh|所有心情：2,318
com|438則留言
sh|112次分享
sh|讚　留言　分享
com|最相關
com|林美惠：謝謝小編！每年都在中正路塞到懷疑人生
com|2小時　讚　回覆
com|查看更多留言
nav|登入 Facebook 以查看更多留言與貼文
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="",
     notes="Medium story in Traditional Chinese by a freelance reporter republishing a weekly's report on water rationing: doubled dek, member-only marker, byline, read time, listen and share buttons on top, a repost credit, author box, more-from and recommended lists and site footer below, with extra blank lines.",
     text="""
nav|Medium
nav|Open in app
nav|Sign up　Sign in
dup|水庫蓄水率跌破兩成，中部科學園區先減供百分之十。水庫蓄水率跌破兩成，中部科學園區先減供百分之十。
oth|會員專屬故事
T|台中將啟動夜間減壓供水，這次和三年前有什麼不同
oth|賴映彤
oth|Follow
oth|7 min read · Mar 4, 2026
oth|Listen
sh|Share
B|經濟部水利署宣布，台中、彰化地區自3月11日起實施夜間減壓供水，每天晚上11點到隔天清晨5點降低管線水壓。
B|這是三年來第二次啟動減壓，但這次的觸發條件不同：德基水庫蓄水率已降到19.4%。
B|和上次相比，最大的差別是工業用水先減。中部科學園區的廠商從本週起減供一成。
B|「我們已經請大用水戶提出節水計畫，下週開始逐家訪視。」水利署中區水資源分署副分署長邱冠宇說。
B|一般家庭短期內不會停水，但住在高樓層又沒有水塔加壓設備的住戶，夜間可能出現水量不足。
B|氣象署預估，梅雨季要到五月中旬才會開始，在那之前降雨仍偏少。
~
att|本文原刊於《中部觀察》週報第212期，經作者授權轉載。
oth|Written by 賴映彤
oth|1.2K Followers
oth|自由記者，關心水資源與地方政治。
rel|More from 賴映彤
rel|彰化地層下陷的十年：抽水井關了多少
rel|Recommended from Medium
nav|Help　Status　About　Careers　Press　Blog　Privacy　Terms
"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="nofinal",
     notes="PIXNET community blog of a neighbourhood association on a park renovation: cookie banner, blog menu and post stamp on top, a sponsored-link label mid-post, category and tags, sitewide hot posts, author box and comment form below. The listed dates are story.",
     text="""
ck|本站使用 Cookie 以提供更好的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。
ck|我知道了
nav|痞客邦 PIXNET
nav|首頁　相簿　留言板　關於我
oth|2026-04-05 (日) 21:10
oth|瀏覽數(1,093)
T|東勢里中央公園整修，五月起分三期施工
B|里辦公處今天收到市府工務局的公文，東勢里中央公園將從五月開始整修，預算總額1,860萬元。
B|施工分成三期：
B|第一期 5/4-6/30：兒童遊戲場與沙坑
B|第二期 7/1-8/31：步道鋪面和夜間照明
oth|贊助商連結
B|第三期 9/1-10/15：籃球場與公廁改建
B|施工期間公園南側入口會封閉，里民晨運可以改從勝利街的北側入口進出。
B|里長蔡秋燕說，上個月收集到的146份問卷中，有超過一半的里民希望增加樹蔭和座椅，這些意見都已經轉給設計單位。
nav|文章分類：里民公告
nav|文章標籤：公園 整修 東勢里
rel|全站熱搜
rel|台中十大親子公園懶人包
oth|創作者介紹
oth|東勢里辦公處
com|留言列表
com|發表留言
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True,
     opts="",
     notes="Hard: a self-media article about a regulator banning follow-to-read walls, quoting '关注作者后即可阅读全文' and '展开全文' in story lines, on a page that carries its own follow buttons, a real 'expand' toggle, follow prompt and related teasers.",
     text="""
nav|头条 · 科技
oth|数字观察站
oth|2026-05-12 11:06 · 广东
oth|+ 关注
T|“关注后才能看全文”将被叫停：网信部门约谈五家内容平台
B|记者从广东省网信办获悉，省网信办5月11日约谈了五家内容平台，要求在30日内整改“关注后阅读全文”等强制引流功能。
B|约谈通报提到，部分平台在文章读到三分之一时插入“关注作者后即可阅读全文”的遮罩，用户不点关注就无法继续阅读。
B|还有平台把“展开全文”按钮和“关注”按钮做成同一个位置，用户点开全文时会被默认关注作者账号。
nav|展开全文
B|网信办相关负责人表示，这类设计属于以诱导方式获取用户授权，违反了个人信息保护的相关规定。
B|按照整改要求，平台不得以关注、下载App、登录作为阅读公开文章的前提条件。
B|一位不愿具名的平台产品经理告诉记者，“关注墙”能让新增粉丝量提升三到五倍，取消后不少创作者的涨粉速度会明显下降。
B|五家平台均已表示接受约谈意见，将在6月10日前完成整改。
nl|关注“数字观察站”，第一时间获取科技政策解读
dis|本文为作者原创，未经授权禁止转载。
sh|点赞 · 评论 · 转发 · 收藏
com|全部评论 (217)
com|用户8841：早该管了，看个菜谱还要先关注
rel|相关推荐
rel|App开屏广告新规实施一周，“摇一摇”少了吗
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="",
     notes="Hard: a Hong Kong journalist's Substack newsletter about phishing pages that copy newsletter sign-up boxes, quoting '輸入你的電郵地址，立即訂閱' and '訂閱成功' in story lines, on a page with real subscribe boxes, a restack bar, comments and a cookie notice.",
     text="""
nav|港聞手記
nl|Subscribe
nav|Sign in
T|假電子報訂閱頁面騙取個人資料，警方一季接報八十宗
oth|區嘉敏
oth|Apr 21, 2026
sh|♡ 64 · 💬 9 · ↻ 7
B|警方網絡安全及科技罪案調查科表示，今年首季共接獲八十宗與假電子報訂閱頁面有關的舉報，損失金額合共約四十二萬港元。
B|騙徒會仿製本地傳媒或作家的電子報網頁，頁面上同樣寫着「輸入你的電郵地址，立即訂閱」。
B|不同的是，按下訂閱之後，頁面會跳出第二個表格，要求填寫手機號碼和信用卡資料以「核實身份」。
B|受害人之一的梁小姐說，她以為是某位財經作家的付費電子報，填完資料後頁面顯示「訂閱成功」，兩天後信用卡被盜用了三筆網上消費。
nl|感謝閱讀港聞手記！免費訂閱，每週收到新文章。
nl|Type your email…
B|警方提醒，正規的電子報平台不會在訂閱時要求信用卡號碼以外的身份證明，付費訂閱也應在平台官方頁面完成。
B|懷疑受騙可致電防騙易熱線18222查詢。
sh|Like · Comment · Restack
nl|Discover more from 港聞手記
nl|一位前報館記者的每週筆記：罪案、法庭、城市。
nl|Over 3,000 subscribers
com|9 Comments
com|Leung K.：我媽上個月差點中招，那個頁面做得一模一樣
ck|港聞手記 uses cookies to keep you signed in and to count visits. Manage preferences
"""),
]
