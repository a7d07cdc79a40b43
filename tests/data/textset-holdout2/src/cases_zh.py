# Chinese cases (zh-Hant: Hong Kong / Taiwan; zh-Hans: mainland portals, WeChat and Weibo reposts).
CASES = [
dict(id="zht-001", lang="zh-Hant", notes="Hong Kong crypto news repost: site header, doubled dek, body with subheading, promo, two-line ticker, reposting disclaimer, related block with doubled teaser titles, share lines and site+timestamp stamps.",
src="""
ot 幣訊港 CoinHK
du 金管局公布首批穩定幣發牌名單，兩家本地銀行入選。金管局公布首批穩定幣發牌名單，兩家本地銀行入選。
T 金管局發出首批穩定幣牌照　兩銀行一科企獲批
B 香港金融管理局周二公布首批三個法幣穩定幣發行人牌照，獲批機構包括兩家本地銀行及一家金融科技公司。
B 金管局表示，持牌機構須以高流動性資產全額支持所發行的穩定幣，並每日公布流通量。
B 獲批的「港聯數碼」預計於六月推出與港元掛鈎的代幣，首階段只供機構客戶使用。
B 金管局助理總裁陳詠詩表示：「我們會審慎而循序漸進地發牌。」
B 審批準則
B 申請人須有不少於2,500萬港元的實繳股本，儲備資產須存放於獨立託管賬戶。
B 市場人士指出，牌照門檻較高，預計短期內獲批機構數目有限。
pr 想你的項目登上幣訊港頭條？立即聯絡我們的商務團隊，了解專題報道方案。
tk USDT 7.812 HKD +0.01%
tk BTC 731,450 HKD -0.84%
di 免責聲明：本站轉載文章來自公開渠道，僅供參考，不代表幣訊港立場，亦不構成任何投資建議。如涉及版權問題，請電郵至 editor@coinhk.example，我們將盡快處理。
rl 你可能感興趣
rl 以太坊ETF單日淨流入創三個月新高
rl 以太坊ETF單日淨流入創三個月新高
sb 分享
rl 幣訊港2026/04/15 10:22
rl 虛擬資產場外交易商發牌諮詢結束
rl 虛擬資產場外交易商發牌諮詢結束
sb 分享
rl 幣訊港2026/04/14 18:05
"""),

dict(id="zht-002", lang="zh-Hant", notes="Taiwanese local news on a typhoon: breadcrumb, reporter line and stamp, photo caption with credit, quoted one-liner; related list, share row, comment count and a continue-to-agree cookie notice; trailing NBSP/spaces on some lines.",
src="""
nv 首頁 > 社會 > 地方
T 颱風外圍環流帶來豪雨　宜蘭山區累積雨量破600毫米
ot 記者林宛臻／宜蘭報導
ot 2026年9月3日 週四 下午3:42\u00a0
C 宜蘭縣南澳鄉聯外道路因土石坍方中斷，工程人員正搶修中。（圖／讀者提供）\u00a0
B 受颱風外圍環流影響，宜蘭縣山區自昨日起降下豪雨，截至今天下午三點，太平山累積雨量已達612毫米。
B 縣府已撤離南澳、大同兩鄉共218名居民，安置於鄰近活動中心。\x20\x20
B 台七甲線部分路段因落石封閉，公路單位預估明天中午前搶通。
B 氣象署表示，颱風中心預計明晚由宜蘭花蓮之間登陸。
B 「非必要不要上山，也不要到海邊觀浪。」
B 宜蘭縣長江明德在記者會上再三呼籲。
B 各縣市停班停課資訊，將於今晚八點前公布。
rl 延伸閱讀
rl 颱風假怎麼放？各縣市停班停課標準一次看
rl 花蓮太魯閣步道暫停開放　遊客請改期
sb 分享到Facebook　分享到LINE　複製連結
cm 留言（3）
ck 本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意本站的隱私權政策。
ck 我知道了
"""),

dict(id="zht-003", lang="zh-Hant", crlf=True, notes="Hong Kong market report with CRLF line endings: section menu, index quote box, byline and stamp on top; investment disclaimer, hot-news list and back-to-top link at the bottom.",
src="""
nv 財經 | 港股 | 即時
T 恒指半日升312點　科技股領漲
tk 恒生指數 23,418.52 +312.07 (+1.35%)
tk 國企指數 8,402.11 +118.45 (+1.43%)
tk 恒生科技 5,211.90 +96.33 (+1.88%)
ot 撰文：財經組
ot 2026-04-17 12:05
B 港股周五早段造好，恒生指數半日收報23,418點，升312點，成交額約1,280億港元。
B 科技股表現突出，電商平台「悅購集團」升6.2%，報148.6元。
B 內銀股個別發展，大型銀行股普遍微升不足1%。
B 市場消息指，內地將於下周公布新一輪消費刺激措施，帶動資金流入。
B 分析員何家樂認為，恒指短期阻力位於23,800點。
B 內房股繼續受壓，多隻股份跌逾3%。
di 以上資料僅供參考，不構成任何投資建議。投資涉及風險，證券價格可升可跌。
rl 熱門財經新聞
rl 聯儲局官員暗示年內減息兩次
rl 本港三月零售銷貨價值按年跌2.1%
nv 返回頂部
"""),

dict(id="zht-004", lang="zh-Hant", notes="Taiwanese tech news: section menu, reporter line with stamp, like/share counts on top; mid-story ad label; tag list, newsletter pitch, editor credit and see-more teasers at the bottom.",
src="""
nv 科技 ｜ 半導體 ｜ AI
T 晶昇科技斥資千億　嘉義先進封裝廠明年量產
ot 記者王柏勳／台北報導　2026/04/20 18:30
sb 讚 128　分享
B 晶昇科技今（20）日宣布，將投資新台幣1,050億元於嘉義科學園區興建先進封裝廠，預計明年第三季量產。
B 新廠將主要生產AI伺服器所需的晶片堆疊封裝，月產能規劃為2萬片。
B 董事長蔡文彥表示：「客戶需求遠超過我們目前的產能。」
ot 廣告
B 新廠預計創造約2,300個工作機會，其中三成為研發職缺。
B 嘉義縣政府表示，將協助解決用水與用電問題，並擴建聯外道路。
B 晶昇今年首季營收年增41%，創同期新高。
nv 相關標籤：#晶昇科技 #先進封裝 #嘉義
nw 訂閱科技電子報，每週掌握產業第一手消息
at （編輯：陳靜怡）
rl 看更多
rl 晶圓代工傳漲價　封測廠營收看增
rl AI伺服器出貨旺　散熱模組廠訂單滿到年底
"""),

dict(id="zht-005", lang="zh-Hant", notes="Taiwanese baseball report: sports desk line, stamp and final-score widget on top; quoted one-liner in the body; like/share buttons, hot-news list and a see-comments link at the bottom.",
src="""
T 中職／林子翔再見安打　雷霆主場逆轉獵鷹
ot 體育中心／綜合報導
ot 2026.04.25 22:14
ot 終場　獵鷹 3：4 雷霆
B 中華職棒今晚在台南進行，台南雷霆九局下半靠著林子翔的再見安打，以4比3逆轉新竹獵鷹，終止三連敗。
B 獵鷹先發投手陳冠宇主投7局僅失1分，但牛棚在九局崩盤。
B 雷霆九局下連續三支安打追平比數，二出局後林子翔將球擊向中外野，二壘跑者奔回本壘。
B 「我只想把球打強，沒想太多。」
B 林子翔賽後受訪時笑說，這是他生涯第一支再見安打。
B 全場湧入17,204名球迷，創今年主場新高。
sb 按讚
sb 分享
rl 熱門新聞
rl 旅美左投傷癒歸隊　最快下週升上大聯盟
rl 中職開季票房創新高　場均破萬人
cm 看留言
"""),

dict(id="hard-zht-001", lang="zh-Hant", notes="Hard: Taiwanese story on new rules forcing crypto adverts to carry a risk warning, quoting the warning text and the required ad label in the body; the page also has a real investment disclaimer, price quotes, related list, share and app prompt.",
src="""
nv 首頁 > 財經 > 加密貨幣
T 金管會新規　虛擬資產廣告須標示風險警語
ot 記者張雅婷／台北報導
ot 2026年4月22日 10:18
B 金管會今日發布虛擬資產服務業廣告規範，要求業者所有廣告都必須以顯著方式標示風險警語，六月一日起實施。
B 依規定，警語內容須包含：「虛擬資產價格波動大，可能損失全部本金，投資前請審慎評估。」
B 影音廣告須在開頭五秒內以字幕及語音呈現警語，字體不得小於畫面高度的十分之一。
B 網紅代言也納入規範，業者須在貼文首行註明「廣告」字樣。
B 違規業者最高可處新台幣300萬元罰鍰。
B 金管會官員表示，去年接獲相關申訴案件達1,460件，較前年增加近一倍。
tk BTC/TWD 2,842,100 -1.2%
tk ETH/TWD 121,560 -2.0%
di 【免責聲明】本網站所載資訊僅供參考，不構成投資建議。投資人應獨立判斷，審慎評估並自負投資風險。
rl 延伸閱讀
rl 虛擬資產業者洗錢防制登記　已有28家完成
rl 央行：穩定幣監管框架年底前提出
sb 分享
nv 加入LINE好友，掌握最新財經新聞
"""),

dict(id="zhs-001", style="verbatim", lang="zh-Hans", final_nl=False, notes="Mainland-style crypto news repost on an exchange-linked site: site header, doubled dek, stamp, promo, multi-line ticker, reposting disclaimer, guess-you-like block with doubled teaser titles, share lines and stamps; no final newline.",
src="""
ot 链闻速递

du 交易所发布季度储备证明，用户资产覆盖率达到百分之一百零八。交易所发布季度储备证明，用户资产覆盖率达到百分之一百零八。

T 星桥交易所公布季度储备证明 用户资产覆盖率108%

ot 链闻速递 2026-04-19 21:36

B 加密货币交易平台星桥交易所周日公布第一季度储备证明，显示其持有的比特币、以太坊和USDT储备合计覆盖用户资产的108%。

B 该报告由新加坡审计机构恒量会计师事务所出具，采用默克尔树方式供用户自行验证。

B 其中比特币储备为4.1万枚，覆盖率为112%；以太坊储备覆盖率为103%。

B 星桥首席执行官林致远在社交媒体上表示：“透明是交易所唯一的护城河。”

B 业内人士指出，储备证明只能反映某一时点的资产状况，无法证明平台没有其他负债。

pr 新用户注册星桥，完成首笔充值即可领取价值50 USDT的合约体验金，活动截至4月30日。
tk 比特币 BTC
tk $93,120.4
tk +0.92%
di 免责声明：本文转载自第三方平台，仅代表作者个人观点，与本站立场无关，不构成任何投资建议。如有侵权，请联系 service@lianwen.example 删除。

rl 猜你喜欢

rl 香港证监会批准两只以太坊质押ETF上市

rl 香港证监会批准两只以太坊质押ETF上市

sb 分享
rl 链闻速递2026/04/19 18:20

rl 美国众议院通过稳定币法案修订版

rl 美国众议院通过稳定币法案修订版

sb 分享
rl 链闻速递2026/04/19 15:02
"""),

dict(id="zhs-002", lang="zh-Hans", style="single", notes="WeChat official-account repost, single newlines: follow prompt and original/account/time line on top; photo caption; source credit, editor line, reposting statement, follow pitch, share/like row and read-original link at the bottom.",
src="""
nv 点击上方蓝字，关注“湘味江城”
ot 原创 湘味江城 2026-05-02 08:30 湖南
T 第三届江城米粉节开幕 三天吸引游客12万人次
B 5月1日，第三届江城米粉节在江城市滨江公园开幕，来自全省各地的86家米粉店参展。
B 据主办方统计，开幕首日入园游客达4.3万人次，三天预计超过12万人次。
B 今年首次设立“米粉擂台”，由市民现场投票选出最受欢迎的汤底。
B 来自衡阳的参展商刘桂香说：“一上午卖了600多碗，比平时一周还多。”
B 活动期间，滨江公园周边实行交通管制，市民可乘坐地铁2号线到达。
C 图：市民在米粉节现场排队品尝。摄影：周晓岚
at 来源：江城日报（记者 何畅）
ot 编辑：小湘 | 审核：李婷
di 声明：本文系转载，版权归原作者所有。如涉及版权问题，请与我们联系，我们将及时删除。
nw 关注我们，获取更多江城美食资讯
sb 分享　收藏　在看　点赞
nv 阅读原文
"""),

dict(id="zhs-003", lang="zh-Hans", notes="Weibo-style repost without a headline: account name and time/client line on top, one-sentence paragraphs; hashtags, repost/comment/like counts and a related-posts list at the bottom.",
src="""
ot 财经速览君
ot 4月23日 09:12 来自 微博 weibo.com
B 中国人民银行4月23日宣布，自5月6日起下调金融机构存款准备金率0.25个百分点，预计释放长期资金约5000亿元。
B 此次降准不含已执行5%存款准备金率的金融机构。
B 央行有关负责人表示，此举旨在保持流动性合理充裕，支持实体经济发展。
B 这是今年以来第二次降准。
B 分析人士认为，二季度仍有降息空间。
nv #央行降准# #财经#
sb 转发 1286
cm 评论 342
sb 赞 5107
rl 相关微博
rl 银行间市场利率走低 十年期国债收益率跌破1.6%
rl 多家银行下调大额存单利率
"""),

dict(id="zhs-004", lang="zh-Hans", notes="Mainland portal tech/auto story: breadcrumb, stamp+source, author and share row on top; body with a short subheading; editor credit, run of blank lines, related reading, comment link and a cookie notice at the bottom.",
src="""
nv 新澜网 > 科技 > 新能源
T 固态电池量产提速 宁川新能年内将装车5万辆
ot 2026年04月18日 14:27　新澜科技
ot 作者：高铭
sb 分享到：微信 微博 QQ空间
B 动力电池企业宁川新能18日在投资者交流会上表示，其半固态电池今年将配套装车约5万辆，较原计划提前半年。
B 公司称，新电池能量密度达到每公斤360瓦时，续航可比现有产品提升约30%。
B 成本仍是难题
B 业内估算，半固态电池每千瓦时成本比传统锂电池高出约40%。
B 宁川新能董事长曹立平坦言：“价格降到市场能接受的水平，至少还要两年。”
B 目前已有三家整车企业确认将在中高端车型上采用该电池。
at 责任编辑：孙晓宇
%%
rl 相关阅读
rl 多地出台新能源汽车以旧换新补贴细则
rl 锂价连续三周反弹 碳酸锂期货涨超4%
cm 我要评论
ck 我们使用Cookie来改善您的浏览体验。继续使用本网站即表示您同意我们按照《隐私政策》使用Cookie。
ck 同意并继续
"""),

dict(id="zhs-005", lang="zh-Hans", notes="Health portal explainer starting at the headline: body with numbered advice items; source credit, stamp, medical disclaimer, ad teaser and everyone-is-reading list at the bottom.",
src="""
T 夏季儿童手足口病进入高发期 专家提醒做好这几点
B 随着气温升高，手足口病进入一年中的高发期。
B 市疾控中心数据显示，4月全市报告病例1,862例，较3月增长近两倍，其中5岁以下儿童占比超过八成。
B 专家提醒家长注意以下几点：
B 一、饭前便后用肥皂和流水洗手；
B 二、玩具和餐具定期消毒；
B 三、孩子出现发热、皮疹时及时就医，不要带病入园。
B 市儿童医院感染科主任医师郑雅琴表示，绝大多数病例症状较轻，一般一周左右可以痊愈。
at 来源：健康时报网
ot 2026-05-06 10:41
di 本文仅作健康科普，不能替代专业医疗意见，如有不适请及时就医。
ot 【免费咨询】在线问诊，三甲医生10分钟回复 >>
rl 大家都在看
rl 立夏后这三种水果要少吃
rl 孩子总说肚子疼？可能是这个原因
"""),

dict(id="hard-zhs-001", lang="zh-Hans", style="single", notes="Hard (single newlines): story on rules for algorithmic recommendation, quoting widget names and the 'recommended'/'ad' labels and listing requirements; the page also has a real recommendation block with teaser titles, an ad label and teaser, share row, font-size control and editor credit.",
src="""
T 网信办：算法推荐须提供“不感兴趣”一键关闭选项
ot 2026-04-27 17:05　来源：新澜网
sb 分享：微信　微博
nv 字号：大　中　小
B 国家网信办27日发布通知，要求新闻客户端、短视频和电商平台在7月1日前完善算法推荐服务。
B 通知要求，“猜你喜欢”“为你推荐”等栏目必须提供关闭个性化推荐的入口，且入口不得设置超过两级菜单。
B 平台还须在推荐内容旁标注“推荐”或“广告”字样，不得将付费推广伪装成普通资讯。
B 主要要求包括：
B 1. 用户可一键关闭个性化推荐；
B 2. 不得利用算法诱导未成年人沉迷；
B 3. 每年公开算法推荐基本原理。
B 中国传媒大学教授沈立群认为，新规将促使平台减少“标题党”内容的推送。
rl 相关推荐
rl 短视频平台上线青少年模式2.0 每日使用时长默认40分钟
rl 多家电商平台调整首页推荐规则
ot 广告
ot 夏季空调特惠 一级能效低至1999元
at 责任编辑：周颖
"""),
]
