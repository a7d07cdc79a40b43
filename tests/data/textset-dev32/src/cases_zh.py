"""textset-dev32, writer B: Chinese pages (zh-Hans and zh-Hant), five of each script.

Mainland: a regional evening paper, a finance portal with an index strip, a city government
policy page with a list of facts, a crypto aggregator repost in the seeds' style, and a news
app whose story is about comment moderation (hard). Hong Kong and Taiwan: a TV station with an
index strip and weather widget, a regional paper with an inline teaser and a comment plugin, a
finance site with quote strips and previous/next links, a portal repost of a government press
release, and a tech site whose story is about cookie-consent guidance (hard).
"""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="single",
     notes="Regional evening paper, metro extension opening; masthead and breadcrumb on top, stamp line with reporter and text-size widget (other), related list, editor line (other), copyright notice (disclaimer) and address footer (other) at the bottom.",
     text="""
nav|滨江晚报数字报
nav|首页 > 本地新闻 > 城建交通
T|地铁7号线北延段今起试运营 沿线新增6座车站
oth|2026-12-07 08:15　来源：滨江晚报　作者：记者 韦晓岚 通讯员 陆成
oth|字号：大 中 小
B|12月7日上午6时，滨江市地铁7号线北延段正式开通试运营，线路从既有的青溪公园站向北延伸9.6公里，至梧岗北站止。
B|北延段共设6座车站，全部为地下站，其中与3号线在石塘路站实现同台换乘。
B|“以前去市区要先坐公交再换乘，单程将近一个半小时，现在四十分钟就够了。”家住梧岗街道的市民邵明芬说。
B|据市轨道交通集团介绍，试运营初期，北延段工作日高峰行车间隔为5分30秒，平峰为8分钟，首末班车时间与7号线既有区段保持一致。
B|票价方面，乘客可继续使用交通卡、手机二维码乘车，按里程分段计价，起步价2元。
B|轨道集团提醒，试运营期间部分出入口仍在施工，梧岗北站C口预计于明年1月启用。
rel|相关阅读
rel|·3号线南段明年通车 首批列车已完成静态调试
rel|·滨江公交优化12条线路 接驳地铁新站
oth|责任编辑：蒋宇涵
dis|版权声明：本报所有文字、图片均受著作权保护，未经书面授权不得转载、摘编或以其他方式使用。
oth|滨江晚报社　地址：滨江市文昌路88号　新闻热线：0576-8812345
"""),
dict(id="zhs-002", lang="zh-Hans", hard=False, opts="crlf",
     notes="Finance portal market close; breadcrumb and one-line index strip (crypto_ticker) above the headline, share bar, an ad label and an account-opening ad (other), a risk note (disclaimer), a numbered hot list and an app prompt (navigation).",
     text="""
nav|财汇网 > 股票 > 大盘评述
tk|上证指数 3412.56 -0.48%　深证成指 10876.21 -0.91%　创业板指 2198.30 -1.27%
T|三大指数集体收跌 两市成交额回落至1.1万亿元
oth|2026年12月04日 15:42　财汇网
sh|分享到：微信 微博 QQ空间
B|12月4日，A股三大指数集体收跌。截至收盘，沪指跌0.48%，报3412.56点；深证成指跌0.91%；创业板指跌1.27%。
B|沪深两市全天成交额约1.12万亿元，较上一交易日缩量约1400亿元。
B|盘面上，电力、银行板块逆势走强，半导体、消费电子板块调整居前，全市场超过3600只个股下跌。
B|分析人士表示，年末资金面偏紧叠加部分机构调仓，短期市场或延续震荡格局，建议关注业绩确定性较强的红利资产。
oth|广告
oth|手机开户享低佣 立即预约 >>
dis|风险提示：文中观点仅代表作者个人意见，所涉个股不作推荐，据此操作，风险自担。
rel|24小时热门
rel|1 券商年末冲刺 多家下调两融利率
rel|2 十余只新基金本周发行 权益类占比过半
rel|3 上市公司回购金额年内突破千亿
nav|下载财汇APP 看实时行情
"""),
dict(id="zhs-003", lang="zh-Hans", hard=False, opts="nofinal",
     notes="City government policy-explainer page; skip link, accessibility switch and breadcrumb on top, publish/source/view-count stamp (other), a photo caption, a numbered list of changes (story), print/close links (other), QR prompt (navigation) and site-ID and ICP footers (other).",
     text="""
nav|跳转至主要内容
nav|无障碍浏览 | 长者模式
nav|首页 > 政务公开 > 政策解读
T|图解：我市老旧小区加装电梯补贴标准提高
oth|发布时间：2026-12-03 10:00　信息来源：市住房和城乡建设局　浏览次数：2318
C|图为青梧区桂香里小区新加装的电梯。市住建局供图
B|近日，市住建局、市财政局联合印发《关于进一步推进既有住宅加装电梯工作的通知》，自2027年1月1日起施行。
B|主要变化有以下几点：
B|一、财政补贴标准由每台20万元提高至25万元；
B|二、允许使用住房公积金支付个人分摊费用；
B|三、审批时限由30个工作日压缩至15个工作日；
B|四、对加装后的电梯实行统一保险和维保服务。
B|市民如有疑问，可拨打12345政务服务热线咨询。
oth|【打印本页】【关闭窗口】
nav|扫一扫在手机打开当前页
oth|主办单位：青梧市人民政府办公室　网站标识码：3304000012
oth|浙ICP备12034567号　公网安备33040002000118号
"""),
dict(id="zhs-004", lang="zh-Hans", hard=False, opts="",
     notes="Crypto aggregator repost in the seeds' style: doubled dek glued to itself (duplicate_line), a sign-up promo, a multi-line price ticker, source line (attribution), reposting disclaimer and a teaser block whose titles appear twice with stamp lines (related_links).",
     text="""
dup|以太坊质押率升至31%，流动性质押协议份额出现分化。以太坊质押率升至31%，流动性质押协议份额出现分化。
T|以太坊质押率创新高 流动性质押赛道竞争加剧
B|链上数据显示，截至12月5日，以太坊网络质押的ETH数量约为3780万枚，占总供应量的比例升至31.2%，创历史新高。
B|其中，头部流动性质押协议的市场份额由年初的29%降至24%，而多家新兴再质押平台合计份额升至11%。
B|研究机构链度数据分析师唐一鸣认为，质押率持续上升意味着可流通ETH减少，但也会使验证者集中度问题更受关注。
B|另据统计，目前等待退出质押的队列约为1.9万枚ETH，预计等待时间不足一天。
pr|想第一时间掌握新币上线？现在注册即领价值50 USDT的新人礼包。
tk|市场行情
tk|以太坊 图标
tk|以太坊价格(ETH)
tk|$3,284.17
tk|+1.86%
tk|USD
att|原文来源：链度数据
dis|免责声明：本站转载文章均来自公开平台，仅供参考，不代表本站立场。如涉及侵权，请联系 kefu@lianxun-ex.com 删除。本文内容不构成任何投资建议。
rel|猜你喜欢
rel|比特币矿工收入连续三周下滑，全网算力却再创新高
rel|比特币矿工收入连续三周下滑，全网算力却再创新高
rel|链闻速递2026/12/06 21:14
rel|稳定币总市值突破3200亿美元
rel|稳定币总市值突破3200亿美元
rel|链闻速递2026/12/06 19:02
"""),
dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="",
     notes="Hard: a news-app story about platforms moderating comments before publication, quoting the notices '评论已关闭' and '作者精选的留言将在这里展示' (story); the page's own comment block (count, input box, a commenter line, a comment, like/reply row, more link) is comments.",
     text="""
nav|潮声新闻客户端
nav|要闻 / 科技 / 正文
T|多家平台调整评论规则：新闻跟帖须“先审后发”
oth|潮声新闻记者 邝雨桐　2026-12-05 19:20
B|记者从多家内容平台获悉，自12月起，平台对时政、社会类新闻的跟帖评论统一实行“先审后发”，用户发表的评论需经审核后才会公开显示。
B|不少用户发现，一些新闻页面底部出现了“评论已关闭”的提示，另一些页面则显示“作者精选的留言将在这里展示”。
B|一家头部平台的运营负责人向记者解释，“评论已关闭”多是因为话题敏感度较高，审核人力无法保证及时处理，并非删除全部留言。
B|“以前发完评论马上就能看到，现在要等十几分钟，有时候干脆就不显示了。”北京网友“北窗听雨”说。
B|中国传媒研究院副研究员柏文静认为，平台应当公开审核标准，并为用户提供申诉渠道，避免“一关了之”。
com|全部评论（128）
com|写评论...
com|江畔渔夫　浙江　3小时前
com|早该管管了，有些评论区戾气太重
com|赞 56　回复
com|查看更多评论 >
rel|相关推荐
rel|短视频平台将上线“未成年人模式”2.0版本
"""),
dict(id="zht-001", lang="zh-Hant", hard=False, opts="",
     notes="Hong Kong TV station weather story; station name, section menu and an index/FX strip (crypto_ticker) on top, date stamp, share lines, a weather widget (other), a hot-news list and a copyright line (disclaimer).",
     text="""
nav|翠港電視新聞
nav|即時　港聞　兩岸　國際　財經　體育
tk|恒指 19,842 ▼213　國指 7,015 ▼88　美元兌港元 7.7812
T|天文台：強烈季候風下周一抵港 市區最低氣溫跌至11度
oth|2026年12月6日 星期日 16:25
sh|分享
sh|WhatsApp　Facebook　複製連結
B|天文台表示，一股強烈東北季候風會在未來一兩日補充華南沿岸，預料下周一（8日）本港氣溫顯著下降，市區最低氣溫約11度，新界部分地區再低兩三度。
B|天文台高級科學主任衛嘉朗指，季候風抵達後天氣乾燥，日間相對濕度可降至百分之三十以下。
B|他提醒市民留意保暖，並要注意山火風險。
B|社會福利署將於季候風期間開放臨時避寒中心，供有需要人士使用。
oth|天氣
oth|即時氣溫 18°C　相對濕度 62%
rel|熱門新聞
rel|西九文化區聖誕市集下周五開幕 設逾百個攤位
rel|屯門公路今早連環相撞 三人受傷送院
rel|政府下月起推長者醫療券新安排
dis|© 2026 翠港電視廣播有限公司 版權所有，不得轉載
"""),
dict(id="zht-002", lang="zh-Hant", hard=False, opts="ws",
     notes="Taiwanese regional paper, temple-festival parade; breadcrumb, stamp and '記者X／台中報導' byline (other), an inline '延伸閱讀' teaser mid-story (related_links), LINE follow prompt (newsletter), share/print/font-size bar, Facebook comment plugin (comments) and a no-reproduction line.",
     text="""
nav|中台日報 > 地方 > 台中
T|大甲媽祖文化節前導活動 萬人踩街熱鬧登場
oth|2026/12/06 14:32
oth|記者蔡佩穎／台中報導
B|台中大甲區今（6）日舉辦文化節前導踩街活動，共有48個陣頭、逾萬名民眾參與，從鎮瀾路一路延伸至蔣公路，沿途鑼鼓喧天。
B|市府觀旅局長鍾立賢表示，今年首度結合在地糕餅業者推出聯名伴手禮，盼帶動年底觀光人潮。
rel|延伸閱讀：
rel|清水港區藝術季閉幕 參觀人次創新高
B|活動中最吸睛的是由大甲高中學生組成的電音三太子隊伍，隨著節奏整齊舞動，吸引不少遊客拍照。
B|警方表示，踩街期間實施交通管制，相關路段下午6時後陸續恢復通行。
nl|➤ 加入中台日報LINE好友，地方新聞不漏接
sh|分享 | 列印 | 字級
com|Facebook 留言
com|0 則留言
com|排序依據　最熱門
dis|中台日報所刊載之新聞、照片著作權均屬本報所有，未經同意請勿重製、改作或轉貼。
"""),
dict(id="zht-003", lang="zh-Hant", hard=False, opts="",
     notes="Taiwanese finance site, stock-market close; index strips (crypto_ticker) under the byline, an ad label mid-story, a watchlist button (other), investment disclaimer, 'you may also like' list and previous/next links (navigation).",
     text="""
nav|財經 | 台股 | 新聞
T|台積電法說前夕外資回補 台股終場收漲218點
oth|匯財網 記者洪子晴 2026-12-04 14:05
tk|加權指數 23,518.42 ▲218.36 (0.94%)
tk|櫃買指數 268.11 ▲1.92 (0.72%)
B|台股今（4）日在外資回補權值股帶動下反彈，加權指數終場上漲218.36點，收23,518.42點，成交量4012億元。
B|台積電收1,245元，上漲25元；聯發科、鴻海亦同步走揚，電子類股指數漲幅達1.3%。
oth|廣告
B|投信法人指出，近期美國科技股回穩，加上年底作帳行情，短線台股有機會挑戰前高，但仍須留意匯率波動。
B|三大法人今日合計買超189億元，其中外資買超162億元，投信買超31億元，自營商小幅賣超4億元。
oth|＋加入自選股
dis|免責聲明：本網站提供之資訊僅供參考，投資人應審慎評估，並自負投資風險與盈虧。
rel|你可能也想看
rel|ETF年底配息潮 小資族怎麼選？
rel|記憶體報價止跌 相關概念股量能回溫
nav|上一篇：美元指數走弱 新台幣升破30.8元
nav|下一篇：金價連三漲 銀樓飾金每錢破1.4萬
"""),
dict(id="zht-004", lang="zh-Hant", hard=False, opts="",
     notes="Hong Kong portal reposting a government press release; repost credit (attribution), release end mark '完' and the two-line date/time stamp (other), a run of extra blank lines, other releases (related_links) and a footer menu.",
     text="""
nav|港訊網 首頁 > 政府新聞
T|衞生署推出流感疫苗外展計劃 涵蓋更多安老院舍
att|轉載自政府新聞公報
B|衞生署今日（十二月五日）宣布，二○二六/二七年度季節性流感疫苗外展計劃將擴展至全港約九百間安老院舍及殘疾人士院舍。
B|衞生署發言人表示，長者及長期病患者感染流感後出現併發症的風險較高，呼籲合資格人士盡早接種。
B|截至本月初，今年度已有約一百二十萬劑流感疫苗完成接種，較去年同期增加約一成。
B|市民可瀏覽衞生防護中心網頁或致電衞生署熱線2833 0111查詢詳情。
oth|完
oth|2026年12月5日（星期六）
oth|香港時間18時05分
~
rel|其他政府新聞
rel|運輸署：東區走廊下周日晚間封閉維修
rel|勞工處舉辦年終招聘會 提供逾三千職位
nav|關於我們 | 私隱政策 | 聯絡我們
"""),
dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="",
     notes="Hard: Taiwanese tech story on cookie-consent guidance that quotes a non-compliant banner wording and the '管理偏好設定' button inside story lines; the page's own cookie banner (three lines) sits on top, share lines, related, e-paper sign-up (newsletter) and a copyright footer below.",
     text="""
ck|我們使用 Cookie 來分析流量並提供個人化內容。點選「接受」即表示您同意本站的 Cookie 政策。
ck|接受
ck|管理偏好設定
nav|島嶼新報 ｜ 科技
T|數位部發布Cookie同意指引 「全部拒絕」須與「接受」一樣明顯
oth|記者溫若萱／台北報導　2026年12月3日 下午 5:48
B|數位發展部今（3）日公布「網站Cookie同意機制參考指引」，要求網站提供的「全部拒絕」按鈕，須與「全部接受」按鈕同樣大小、同樣位置，不得以灰色小字隱藏。
B|數位部指出，許多網站至今仍只顯示「本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意」，使用者沒有拒絕的選項，不符合個資法的告知同意原則。
B|指引也建議，網站不應在使用者拒絕後，反覆跳出「管理偏好設定」視窗要求重新選擇。
B|台灣網路資訊協會理事長侯致遠表示，指引雖無強制力，但可作為主管機關未來查核的依據。
B|數位部預計明年第二季邀集業者座談，再評估是否納入法規。
sh|分享至 Facebook
sh|分享至 LINE
sh|複製網址
rel|相關新聞
rel|個資會籌備處明年掛牌 首任主委人選出爐
nl|訂閱島嶼新報電子報，每日精選新聞寄到您的信箱
dis|島嶼新報 版權所有 © 2026 未經授權請勿轉載
"""),
]
