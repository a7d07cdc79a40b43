"""textset-dev27, writer B: Chinese cases (zh-Hans and zh-Hant), sentence-shaped furniture.

Tagged line lists for ../textset-dev20/src/make_cases.py (TAG|line; see its docstring).
"""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="",
     notes="Finance portal page on a battery-recycling plant: menu and app pitch on top, an "
           "opinion/not-advice disclaimer paragraph between story paragraphs, an index strip, a "
           "reprint notice and related stories with one-sentence summaries at the bottom. The app "
           "pitch is navigation; the reprint notice is a disclaimer; summaries under related "
           "headlines are related_links.",
     text="""
nav|首页 | 宏观 | 公司 | 产业 | 港股 | 理财 | 视频
nav|下载澜江财经客户端，随时随地查看上市公司公告解读、盘中异动提醒和研报精选。
T|宁远县动力电池回收基地投产 年处理退役电池8万吨
oth|澜江财经记者 郑雪薇 | 2026-11-28 09:42
att|来源：澜江财经
B|11月27日，位于宁远县循环经济产业园的动力电池回收基地正式投产，一期工程设计年处理退役动力电池8万吨，可回收碳酸锂约1.1万吨。
B|该项目由本地企业恒岚新材料与两家整车厂共同出资，总投资约26亿元。恒岚新材料董事长温启明在投产仪式上表示，基地采用湿法冶金工艺，镍、钴、锰的综合回收率可达98%以上。
B|“退役电池不是垃圾，而是放错了地方的矿山。”温启明说。
dis|特别声明：本文仅代表作者个人观点，与澜江财经无关，文中信息仅供读者参考，不构成任何投资建议，据此操作风险自担。
B|据宁远县发改局介绍，基地投产后预计每年可带动上下游就业约1400人，县里还将配套建设一座危废暂存中心。
B|业内人士指出，随着2018年前后投放市场的第一批新能源汽车进入集中退役期，回收行业正从“小作坊”走向规模化，但碳酸锂价格波动仍给企业盈利带来不确定性。
B|恒岚新材料称，二期工程计划于2028年启动，届时年处理能力将提升至15万吨。
tk|上证指数 3318.46 +0.52% | 深证成指 10472.13 +0.87% | 创业板指 2186.40 +1.24%
dis|版权所有 © 澜江财经。未经本站书面授权，任何媒体、网站或个人不得转载、摘编、镜像或以其他方式使用本站原创内容，违者本站将依法追究责任。
rel|相关阅读
rel|碳酸锂期货连续三日走高
rel|受南美盐湖减产消息影响，主力合约本周累计上涨逾9%，多家机构上调明年均价预测。
rel|两部门发文规范新能源汽车废旧电池回收
rel|新规要求回收企业建立全流程溯源台账，并明确整车企业承担回收主体责任。
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="single",
     notes="Health news page on flu vaccination points (single newlines): byline and read time on "
           "top, a standalone correction note in the middle (other), a health not-advice note "
           "(disclaimer), share bar, comment policy paragraph and comment count at the bottom. "
           "The numbered list of vaccination tips is story.",
     text="""
nav|健康频道 > 疾病防控
T|本市新增62个流感疫苗接种点 周末门诊延长至晚八点
oth|本报记者 龚艺涵 通讯员 方晓 | 阅读约3分钟
B|记者从市疾控中心获悉，为应对即将到来的流感高发季，本市在原有接种门诊基础上新增62个流感疫苗接种点，覆盖全部街道社区卫生服务中心。
B|自12月起，各接种点周六、周日门诊时间延长至晚上8点，方便上班族和学生接种。
oth|更正：本文此前版本将新增接种点数量误写为“56个”，现已更正，特此说明。
B|市疾控中心免疫规划科科长彭立群提醒，以下人群建议优先接种：
B|1. 60岁及以上老年人；
B|2. 6月龄至5岁儿童；
B|3. 患有慢性基础疾病者及孕妇。
B|彭立群说，接种疫苗后约两周可产生保护性抗体，“现在接种正当时，不要等到流行高峰再来排队”。
dis|温馨提示：本文内容仅作健康科普之用，不能替代执业医师的诊断与治疗意见，如身体不适，请及时前往正规医疗机构就诊。
sh|分享到：微信 | 朋友圈 | 微博 | 复制链接
com|评论须知：请文明上网、理性发言，所有评论须经审核后方可显示，含有人身攻击、虚假信息或广告推广的留言将被删除。
com|已有 37 人参与讨论
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="crlf",
     notes="WeChat-style official-account repost without a headline (CRLF): follow prompt and "
           "authorised-repost credit on top, a photo caption, then a like/share appeal, an author "
           "bio and a past-issues list at the bottom. The repost credit is attribution; the bio is "
           "other; no headline line was scraped.",
     text="""
nav|点击上方蓝色字体，关注“青梧县融媒”，获取家门口的新鲜事。
att|本文经授权转载自微信公众号“乡村振兴观察”，作者：邢川，如需二次转载请联系原作者获得授权。
B|11月中旬，青梧县在白沙、石磨两个乡镇启动无人机配送试点，首批6条航线已常态化运行，主要为山区村民配送药品、快递和小件农资。
C|图为11月20日，一架配送无人机从白沙镇物流站起飞。（摄影：邢川）
B|过去，从镇上到最远的岩头村要走40多分钟盘山路，如今无人机飞行时间缩短到9分钟。
B|白沙镇物流站负责人钟海涛介绍，单架无人机最大载重5公斤，每天可往返20余架次，目前平均每天配送包裹约130件。
B|岩头村村医孔德顺说，以前急需的药品要托人从镇上捎，“现在上午下单，中午就能拿到”。
B|县交通运输局表示，试点期间配送费用由县财政和快递企业共同承担，村民无需额外付费，明年将视运行情况把航线扩展到全县11个乡镇。
sh|喜欢这篇文章吗？别忘了点赞、点“在看”，并转发给身边关心家乡发展的朋友。
oth|作者简介：邢川，青梧县融媒体中心记者，长期关注农村物流与基层治理，曾获省新闻奖三等奖。
rel|往期推荐
rel|青梧脐橙上市首周销量突破300吨
rel|石磨镇新修的这条公路，通到了家门口
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="ws",
     notes="Crypto aggregator repost (trailing whitespace): a dek glued to itself, source and "
           "date lines, a multi-line price ticker after the story, a registration promo written "
           "as persuasive prose, a long repost disclaimer and stamped related teasers.",
     text="""
dup|矿企北辰算力计划将三成矿机迁往中亚。矿企北辰算力计划将三成矿机迁往中亚。
T|北辰算力拟迁移三成矿机 称电价上调挤压利润
att|原文来源：链闻速递
oth|2026/11/30 16:05
B|比特币矿企北辰算力周日在其官网发布公告称，计划在明年一季度前将约30%的矿机迁往中亚地区，涉及算力约4.2 EH/s。
B|公告称，公司现有矿场所在地区自10月起执行新的大工业电价，每千瓦时上调约0.07元，使单枚比特币的挖矿成本上升近两成。
B|北辰算力首席执行官罗奕凡表示，迁移将分三批进行，首批约1.2万台矿机已完成装箱。
B|分析人士认为，在减半后区块奖励下降的背景下，电价已成为决定矿企生存的关键因素。
tk|比特币
tk|BTC
tk|$91,342.17
tk|-1.86%
tk|24小时成交额 $38.6B
pr|还在观望吗？现在注册即可领取价值100 USDT的新手礼包，完成首笔合约交易再返还20%手续费，名额有限，先到先得。
dis|免责声明：本站转载的文章均来自公开平台，仅供信息交流之用，不代表本站观点或立场；文章版权归原作者所有，如有侵权请联系我们删除；本站不对内容的准确性和完整性作任何保证，读者据此进行的任何操作均与本站无关。
rel|猜你喜欢
rel|以太坊质押率创新高，流动性质押协议份额再度洗牌
rel|链闻速递2026/11/30 14:22
rel|某交易所宣布下架三个隐私币交易对
rel|链闻速递2026/11/30 11:47
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="nofinal",
     notes="City news site on old-estate renovation (no final newline, extra blank lines before the "
           "footer): a cookie notice in a long sentence and an AI-summary notice on top, a "
           "newsletter pitch in prose mid-story, a tip line and a site footer at the bottom. The "
           "AI notice and tip line are other.",
     text="""
ck|我们使用Cookie及类似技术来改善您的浏览体验、分析网站流量并提供个性化内容，继续浏览本网站即表示您同意我们按照《隐私政策》使用Cookie。
ck|接受并继续
T|桐溪区43个老旧小区明年启动改造 加装电梯116部
oth|本文摘要由人工智能辅助生成，并经编辑人工审核后发布。
oth|城市新闻网 2026年12月02日 07:30
B|记者12月1日从桐溪区住建局获悉，该区2027年计划对43个老旧小区实施综合改造，涉及居民1.9万户，总投资约7.8亿元。
B|改造内容包括雨污分流、外立面整修、增设充电桩和加装电梯，其中计划加装电梯116部，为历年最多。
nl|订阅《城事早班车》，每个工作日早上七点，我们把本地最值得关注的五条新闻送到你的邮箱。
B|区住建局副局长孙明哲表示，今年起改造方案须经小区三分之二以上业主同意后方可实施，“改什么、怎么改，让居民自己说了算”。
B|家住红梅新村的退休教师易桂兰说，她住在六楼，盼电梯盼了十几年。
B|“听说明年能装上，我第一个签字。”
~
oth|有新闻线索？欢迎拨打24小时报料热线0579-86201133，或发送邮件至baoliao@chengshinews.cn，一经采用即付稿酬。
oth|城市新闻网 版权所有 | 浙ICP备2026xxxx号
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="",
     notes="Hard: a story about finance influencers hiding behind 'not investment advice' "
           "disclaimers; the quoted disclaimer wordings are story lines. The page also carries its "
           "own risk notice and a reprint disclaimer (disclaimer), a byline, a share bar and a "
           "related list.",
     text="""
nav|证券时讯网 > 监管动态
T|“不构成投资建议”不是免责金牌 监管点名多名财经博主
oth|记者 汪思远 2026-12-03 18:20
B|近日，地方证监局通报了一批利用短视频平台非法荐股的案例，涉及多名粉丝数超过百万的财经博主。
B|通报显示，这些博主在视频结尾或简介中普遍附有“以上内容仅供参考，不构成投资建议”“股市有风险，入市需谨慎”等字样，却在直播间里明确报出买入价位和目标价。
B|某博主在被查处前的最后一期视频中仍写着：“本视频仅为个人学习记录，据此操作盈亏自负。”
B|监管部门表示，是否构成非法投资咨询，要看实际行为，而非一句声明，“免责声明不能为违法荐股兜底”。
B|华东政法学院金融法研究中心副主任冉晓岚认为，平台也应承担审核责任，对反复以“免责声明”规避监管的账号采取限流或封号措施。
B|据统计，今年以来全国已有27名财经类账号主体被罚没款合计逾4300万元。
dis|风险提示：证券时讯网所载文章、数据仅供参考，使用前请核实，风险自负。
dis|本网站内容未经授权，禁止复制、转载或建立镜像，违者必究。
sh|分享 | 微信 | 微博 | QQ空间
rel|热门文章
rel|私募基金备案新规下月施行，这三类产品受影响最大
rel|券商APP“一键跟投”功能被叫停
"""),

dict(id="zht-001", lang="zh-Hant", hard=False, opts="",
     notes="Hong Kong news site on a new-flat launch: masthead and index strip on top, a membership "
           "appeal in full sentences between story paragraphs (other, as paywall offers), a "
           "copyright notice (disclaimer) and related stories with summaries at the bottom.",
     text="""
nav|港聞速遞 HK NEWS EXPRESS
tk|恒指 19,842 ▲213 | 國指 7,016 ▲81 | 恒科指 4,452 ▲1.6%
T|將軍澳新盤首輪168伙 入場價約528萬
oth|2026年12月4日 星期五 21:15
B|新地產商嵐灣置業旗下將軍澳「海嵐匯」今晚公布首張價單，涉及168伙，折實平均呎價約16,880元，較區內同類一手盤低約一成。
B|首批單位面積由291至742平方呎，折實入場價約528萬元，主打開放式及一房戶型。
oth|獨立新聞需要你的支持。成為港聞速遞會員，每月只需港幣48元，即可無限閱讀全部報道並收看會員專屬節目。
B|嵐灣置業營業部總經理葉卓然表示，定價「貼市」是考慮到年底前仍有多個新盤推出，希望盡快吸納用家。
B|他透露，項目最快下周開放示範單位，下周末推售。
B|美聯物業分析師預計，今年一手住宅成交量有望突破1.9萬宗，創四年新高。
dis|© 2026 港聞速遞有限公司。本網站所有內容之版權均屬本公司所有，未經書面許可，不得以任何形式轉載、複製或發佈。
rel|相關新聞
rel|十一月樓價指數連升三個月
rel|差估署最新數據顯示，私人住宅售價指數按月上升0.8%，累計今年升幅收窄至約2%。
rel|銀行新一輪減息 按揭供款每月減逾千元
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="crlf",
     notes="Taiwanese news site on school lunch prices (CRLF): byline and a photo caption on top, "
           "a push-notification app pitch in the middle (navigation), a LINE follow pitch "
           "(newsletter), a comment-policy paragraph and further-reading links at the bottom.",
     text="""
nav|首頁 > 生活 > 教育
T|台中國中小營養午餐明年起每餐調漲5元
oth|記者 游采蓁／台中報導
C|台中市一所國小學生排隊打菜。（記者游采蓁攝）
B|受食材及人力成本上漲影響，台中市教育局宣布，自明年2月下學期起，全市公立國中小營養午餐每餐調漲5元，國小由每餐45元調整為50元，國中由52元調整為57元。
B|教育局長賴聖文表示，過去兩年蔬菜與肉品進價累計上漲約14%，學校廚工薪資也隨基本工資調升，原有經費已難以維持菜色品質。
nav|下載新聞APP並開啟推播通知，重大新聞與即時快訊第一時間送到你手上。
B|家長團體對此意見分歧。台中市家長協會理事長卓建宏說，只要菜色真的變好，家長可以接受。
B|但也有家長擔心，多子女家庭每月負擔將增加數百元。
B|教育局強調，低收入戶及中低收入戶學生的午餐費仍由市府全額補助，不受此次調整影響。
nl|加入我們的LINE官方帳號好友，每天晚上八點為你整理當日三則必讀新聞。
com|留言規範：請尊重不同意見，勿張貼人身攻擊、歧視或商業廣告內容，違者留言將直接刪除，情節嚴重者停權處理。
rel|延伸閱讀
rel|營養午餐剩食問題 一校每天倒掉30公斤
rel|食材登錄平台上線五年 家長可查每日菜單來源
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="ws",
     notes="Taiwanese finance site on a high-dividend ETF (trailing whitespace): an index strip and "
           "a sponsor line on top, a member-only login message in the middle (other), an investment "
           "warning paragraph (disclaimer), a follow-the-author button (other, as a widget) and related links at the "
           "bottom. A one-line figure of the story is kept.",
     text="""
tk|加權指數 23,118.52 ▲142.37 (+0.62%) 櫃買指數 262.41 ▼0.85
oth|本內容由鼎泰投信贊助播出，文章觀點由編輯部獨立撰寫。
T|高股息ETF年底除息潮 三檔殖利率逾7%
oth|財經中心／綜合報導 2026-12-05
B|年底除息旺季到來，國內多檔高股息ETF陸續公布配息金額，根據統計，本月將除息的ETF共有11檔，其中3檔年化殖利率超過7%。
B|投信業者分析，今年台股電子權值股獲利大增，成分股配息能力提升，帶動ETF配息水準走高。
oth|本文為會員專屬內容，登入或免費註冊會員後即可閱讀全文並收藏文章。
B|不過，法人提醒，部分ETF的配息來源包含收益平準金，投資人應查看配息組成，而非只看殖利率數字。
B|年化殖利率最高者：7.48%。
B|統一證券投資顧問協理溫子喬表示，高股息ETF適合長期存股，短線搶息反而可能「賺了股息、賠了價差」。
dis|投資警語：本文提及之個股及ETF僅供參考，不代表任何投資建議或推薦，投資人應獨立判斷、審慎評估並自負投資風險。
oth|追蹤作者
rel|熱門話題
rel|月配息ETF受益人數突破400萬
rel|外資連三買 台積電重返千元
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="single",
     notes="Hong Kong culture page on a second-hand bookshop closing (single newlines): a translation "
           "note naming the English original (attribution), a grant line saying the funder had no "
           "editorial input (other), a 'views are the author's own' line (disclaimer), an author "
           "bio, tags and a newsletter pitch at the bottom.",
     text="""
nav|文化 | 書評 | 藝術 | 電影 | 城市漫步
T|旺角樓上書店「紙間」月底結業 店主：租金翻倍撐不住
oth|撰文：麥穎彤
att|本文原以英文撰寫，由編輯部翻譯及整理；如中英文版本有歧義，以英文版本為準。
B|在旺角西洋菜南街經營了19年的二樓書店「紙間」，將於本月31日結業。
B|店主陳啟翹說，業主在續約時把月租由3.8萬元調高至7.5萬元，「賣書的利潤根本追不上」。
B|消息傳出後，不少熟客專程上樓道別，店內近兩萬本二手書正以五折清貨。
B|「書店關門，書不會消失，只是換個地方住。」
B|陳啟翹計劃明年轉做網上書店，並在週末到各區市集擺攤。
oth|本系列報道獲城市文化基金會資助，基金會並無參與任何編輯決定。
dis|文章內容僅代表作者個人立場，不代表本網站立場。
oth|麥穎彤，自由撰稿人，關注香港獨立書店與社區空間，著有《樓上的城市》。
nav|標籤：獨立書店 旺角 租金
nl|每週五收到我們的文化通訊，好書、展覽與城市故事一次看完，立即以電郵訂閱。
"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="",
     notes="Taiwanese tech news on a chip-training programme: a dek glued to itself on top, "
           "byline, a standalone correction notice after the story (other), a reporter contact "
           "line and an author bio (other), a share bar and a comment count.",
     text="""
dup|半導體人才缺口持續擴大。半導體人才缺口持續擴大。
T|晶片廠攜手科大開設「產線學程」 學生大三就進無塵室
oth|記者 邱冠霖／新竹報導 2026/12/06 10:18
B|晶片代工廠宏穎半導體與國立新竹科技大學昨日簽約，合作開設為期兩年的「產線實務學程」，首屆招收80名大三學生。
B|學生將在大三下學期進入宏穎竹南廠無塵室實習，每週工作三天，實習期間每月可領3.2萬元津貼。
B|宏穎人資長曾韻如表示，公司明年預計招募工程師約1,200人，但應屆畢業生往往需要半年以上培訓才能上線。
B|新竹科大校長馬俊廷說，學程課程由雙方共同設計，結業學生若通過評核，可直接獲得正職錄用。
oth|【更正】本報12月4日報導宏穎半導體明年招募人數時，誤植為2,100人，正確應為1,200人，特此更正並向讀者致歉。
oth|聯絡記者：kuanlin.chiu@techdaily.tw
oth|邱冠霖，科技日報產業線記者，主跑半導體與電子供應鏈。
sh|分享 Facebook X LINE 複製連結
com|12則留言
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="nofinal",
     notes="Hard: a story about an independent outlet's donation drive that quotes its appeal "
           "('獨立媒體需要你的支持…'); those lines are story. The page also carries its own "
           "membership appeal and a donation button (other), a newsletter pitch, a byline and a "
           "related list. No final newline.",
     text="""
nav|島嶼新聞網 | 政治 | 社會 | 國際 | 評論
T|獨立媒體「潮間帶」募款破千萬 靠小額定期捐款撐起調查報導
oth|記者 鍾昀庭 2026-12-01
B|成立八年的非營利媒體「潮間帶」日前宣布，年度募款在截止前三天突破1,000萬元目標，共有1.7萬名讀者參與。
B|該媒體首頁長期掛著一段文字：「獨立媒體需要你的支持。每月一杯咖啡的錢，就能讓調查報導繼續走下去。」
B|總編輯溫若晴說，這段話改過十幾個版本，最後發現最有效的是直接說明錢用在哪裡。
B|今年募款頁面就列出：「每100元，有62元用於記者薪資，21元用於採訪差旅。」
B|資深媒體研究者魏定宇指出，台灣讀者願意付費支持新聞的比例仍低於一成，小型媒體很難只靠捐款生存。
B|潮間帶表示，明年將新增兩名調查記者，並開放讀者投票決定一個年度調查主題。
oth|喜歡我們的報導嗎？成為島嶼新聞網贊助會員，每月新台幣150元起，支持我們持續產出深度內容。
oth|立即贊助
nl|想第一時間讀到我們的評論與專題？留下電子郵件，每週日早上寄給你一封編輯精選信。
rel|你可能也想看
rel|地方報社轉型會員制 一年流失三成訂戶
rel|新聞平台議價法草案 媒體團體分歧
"""),
]
