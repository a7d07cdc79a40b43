"""textset-dev29, writer B: Chinese cases (zh-Hans and zh-Hant).

Stories that end in (or open with) list-like runs of short story lines, set right next to
list-shaped furniture (related lists, hot lists, archive links, tickers, site FAQ links).
"""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="",
     notes="Provincial portal: summer motorway maintenance story ending in a list of closed sections, followed directly by a 相关阅读 list; breadcrumb and channel menu on top, byline/time stamp other, editor credit attribution, reposting statement disclaimer.",
     text="""
nav|首页 > 新闻中心 > 社会民生 > 正文
nav|要闻 | 财经 | 体育 | 文旅 | 教育 | 汽车 | 房产 | 视频
T|暑期高速集中养护启动 省内4条线路分时封闭
oth|2026年07月03日 08:42　来源：江淮晨讯
sh|分享到：微博 微信 QQ空间
B|记者从省交通运输厅获悉，今年暑期高速公路集中养护工程将于7月6日起陆续开工，预计持续至8月中旬，涉及全省4条线路、总里程约186公里。
B|省高速公路管理中心养护处负责人介绍，本轮施工以路面病害处治和桥梁伸缩缝更换为主，为减少对出行的影响，大部分作业安排在夜间22时至次日6时进行。
B|施工期间，部分收费站将临时关闭入口，过往车辆需按现场指示绕行。
B|具体封闭路段及时间如下：
B|G3京台高速青阳至铜陵段：7月6日至7月20日，南向半幅封闭
B|G50沪渝高速宣城东枢纽：7月10日至7月25日，夜间封闭
B|S22天黄高速黄山北收费站：7月15日至8月5日，入口关闭
B|G4211宁芜高速芜湖南段：7月21日至8月10日，双向限速60公里
B|管理中心提醒，驾驶人出行前可通过“皖路通”小程序查询实时路况，遇拥堵请听从现场交警指挥。
rel|相关阅读
rel|· 端午假期全省高速车流量同比增长一成二
rel|· 合肥绕城高速新增3处ETC门架 下月启用
rel|· 暴雨黄色预警发布 部分国道临时交通管制
dis|声明：本文转自江淮晨讯，文章内容仅代表作者观点，与本站无关。如涉及版权问题，请与本站联系处理。
att|责任编辑：唐蔚 SN228
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="single",
     notes="NetEase-style local page: Spring Festival story ending in a list of pharmacies on duty, followed by a 热门推荐 list and a comment box; app prompt and breadcrumb on top; single newlines.",
     text="""
nav|网易首页 > 网易新闻 > 本地频道 > 正文
nav|打开网易新闻 体验效果更佳
T|春节期间哪些药店照常营业？城区12家值班药店名单公布
oth|2026-02-15 17:06:21　来源: 泉城日报
B|春节假期将至，市卫健委和市医保局15日联合发布通知，假期期间城区共有12家定点零售药店实行24小时或延时值班，其中以下5家位于老城区。
B|值班药店均可使用医保个人账户结算，部分门店提供送药上门服务。
B|市医保局提醒，慢性病患者如需长期处方，可在节前到社区卫生服务中心一次性开具不超过12周的用量。
B|老城区值班药店：
B|百草堂大药房（泺源大街店），24小时营业
B|仁济药房（趵突泉北路店），8:00—22:00
B|惠民大药房（经四路店），24小时营业
B|康宁药店（大明湖南门店），8:30—21:30
B|和顺堂药房（山大路店），9:00—20:00
B|市民也可拨打12345政务服务热线查询全部值班药店信息。
rel|热门推荐
rel|1 除夕夜这些地方禁止燃放烟花爆竹
rel|2 春运首周泉城站发送旅客超40万人次
rel|3 年货节开幕 30个摊位免费入驻
com|网友评论
com|已有 236 人参与　126 条跟贴
com|登录后发表跟贴，文明上网理性发言
oth|本文来源：泉城日报　责任编辑：刘茜_NQ3127
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="ws",
     notes="Sports portal match report ending in the round's results list (story), followed by links to other matches and a standings widget; photo caption; score box and byline are other; trailing whitespace.",
     text="""
nav|体育首页 > 中超 > 赛事报道
oth|比分直播　积分榜　射手榜　赛程
T|中超第15轮：申港主场2比1力克海川 联赛三连胜
oth|2026-06-21 21:58　记者 邵一帆
C|申港队球员庆祝进球。（图/视觉东方）
B|北京时间6月21日晚，中超第15轮一场焦点战在浦江体育场展开，申港队凭借下半场的两粒进球，主场2比1逆转海川队，取得联赛三连胜。
B|上半场第27分钟，海川队利用角球机会由中卫韩栋头球破门。
B|易边再战，申港队加强边路进攻，第58分钟替补登场的阿尔梅达扳平比分，第81分钟队长柏森禁区外远射得手。
B|“我们没有慌，中场休息时大家都知道还有机会。”柏森赛后说。
B|本轮其他比赛结果：
B|西江 0:0 蓉城
B|长岛 3:1 北疆
B|汉水 1:2 滨海
B|闽港 2:2 燕山
oth|全场数据　射门 15-9　控球率 57%-43%　角球 7-3
rel|其他比赛
rel|西江vs蓉城：门将连续扑救 双方互交白卷
rel|长岛3比1北疆 外援梅开二度
rel|汉水主场1比2不敌滨海 遭遇两连败
sh|点赞　收藏　分享
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="nofinal",
     notes="Crypto aggregator repost: doubled dek, a 要点 key-points list at the top of the story, quarterly mining figures, then a multi-line price ticker, promo, reposting disclaimer and teasers with site stamps; no final newline.",
     text="""
dup|矿企二季度产量环比回落，算力扩张计划推迟至明年。矿企二季度产量环比回落，算力扩张计划推迟至明年。
T|矿企锐岩数字二季度产出下滑 扩容计划延后
B|要点：
B|二季度产出比特币412枚，环比减少18%
B|平均挖矿成本升至每枚5.6万美元
B|新数据中心投产时间推迟至2027年一季度
B|锐岩数字（RockAlt Digital）周二公布的运营报告显示，受减半后区块奖励下降和电价上涨影响，公司第二季度比特币产量明显回落。
B|公司首席财务官郁晓岚在电话会议上表示，目前持有的2,950枚比特币暂不出售，将视市场情况决定是否用于偿还可转债。
B|报告还显示，公司在得州的矿场因夏季用电高峰，6月累计停机约74小时。
att|原文来源：链上观察站
tk|Bitcoin Logo
tk|Bitcoin 价格(BTC)
tk|$61,284.50
tk|-2.31%
tk|USD
pr|注册链汇交易所，新用户完成首笔合约交易即可领取最高500 USDT体验金。
dis|免责声明：本站转载的文章来源于公开平台，仅供参考，不代表本站观点。文章版权归原作者所有，如有侵权请来信删除。本站不对内容的准确性负责，内容不构成任何投资建议。
rel|相关推荐
rel|以太坊ETF单周净流出1.2亿美元 机构持仓下降
rel|币闻速递2026/07/29 10:17
rel|矿机价格三个月下跌四成 二手市场成交清淡
rel|币闻速递2026/07/28 22:40
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="crlf",
     notes="WeChat official-account article without a headline: a numbered how-to-apply list (story) followed by a numbered 本周热榜 Top5 list (related); follow prompts are newsletter, source and editor credits attribution, read count other; CRLF.",
     text="""
nl|点击上方蓝字“鹭城生活圈”，关注我们
oth|鹭城生活圈　2026年03月09日 07:30　福建
B|家里的旧冰箱、旧空调想换新？今年的家电以旧换新补贴已经开放申领，单件最高可补贴2000元。
B|补贴对象为本市户籍或持有居住证的个人消费者，每人每类产品限补1件。
B|申领步骤：
B|1. 打开“鹭政通”App，进入“消费补贴”专区完成实名认证；
B|2. 选择产品类别，领取对应的补贴资格券；
B|3. 在参与活动的门店或平台下单，结算时自动抵扣；
B|4. 旧家电由商家上门回收，回收凭证上传后补贴生效。
B|市商务局提醒，资格券领取后需在15日内使用，逾期自动作废。
att|来源：厦门市商务局
att|编辑：小禾　审核：陈立
rel|本周热榜 Top5
rel|1. 地铁3号线南延段下月试运营
rel|2. 这家开了28年的老字号要搬家了
rel|3. 周末好去处：环岛路樱花开了
rel|4. 中考体育考试项目公布
rel|5. 鹭城今年首批人才房开始配租
nl|长按识别二维码，关注鹭城生活圈获取更多资讯
oth|阅读 2.1万
sh|分享　点赞　在看
com|写留言
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="",
     notes="Hard: story about new rules for platform comment sections that quotes comment-box wordings and ends in a list of the rules' main points; the page itself carries a real comment thread and a hot list. Extra blank lines before the footer.",
     text="""
nav|首页 > 科技 > 互联网 > 正文
oth|2026年09月17日 10:05　新京视点　记者 何蕴
T|评论区新规征求意见：平台不得默认折叠差评
B|国家互联网信息主管部门16日发布《网络跟帖评论服务管理规定（修订草案征求意见稿）》，拟对新闻、视频和电商平台的评论区管理提出更细的要求。
B|草案指出，部分平台在用户发表评论后仅显示“评论已提交审核”，实际却长期不予展示，也不告知原因。
B|也有平台在文章下方标注“以下评论仅代表网友个人观点，与本站立场无关”，却同时把负面评价默认折叠。
B|草案的主要内容包括：
B|平台关闭评论区须在页面显示“本文评论区已关闭”及关闭理由
B|不得以算法默认折叠或隐藏对商品、服务的负面评价
B|评论被删除的用户应在24小时内收到通知
B|精选评论须公开筛选规则
B|中国传媒学院教授方晴说：“规则越透明，评论区才越有公信力。”
B|征求意见截止日期为10月16日。
~
com|网友评论（38）
com|最新　最热
com|@江边数星星：折叠差评早该管了，买东西全靠看评论
com|@老周说事：希望真能落实 23分钟前　回复
com|查看全部38条评论>
rel|24小时热文
rel|1 多地试点外卖骑手工伤保险
rel|2 手机预装应用可一键卸载新规实施
rel|3 短视频平台下架一批违规“摆拍”账号
dis|本网站所刊载信息，不代表新京视点之观点。转载须经书面授权。
"""),

dict(id="zht-001", lang="zh-Hant", hard=False, opts="",
     notes="Taiwanese news site: typhoon story ending in a county-by-county list of work and school closures, followed by an 延伸閱讀 list; breadcrumb on top, reporter byline and time other, LINE follow prompt newsletter, cookie notice at the bottom.",
     text="""
nav|首頁 > 生活 > 颱風專區
T|颱風蘭恩逼近 北北基桃明天停班停課
oth|記者林佳穎／台北報導
oth|2026/08/14 21:35
sh|分享 Facebook LINE 複製連結
B|中度颱風蘭恩暴風圈預計15日清晨觸及北部陸地，北部四縣市首長晚間陸續宣布，15日停止上班、停止上課。
B|中央氣象署指出，蘭恩中心目前位於宜蘭東南方約320公里海面，以每小時18公里速度向西北前進，北部及東半部山區恐有超大豪雨。
B|人事行政總處提醒，民眾可至官網查詢各地停班停課最新訊息。
B|目前已宣布的縣市如下：
B|臺北市：15日停止上班、停止上課
B|新北市：15日停止上班、停止上課
B|基隆市：15日停止上班、停止上課
B|桃園市：15日停止上班、停止上課
B|宜蘭縣：15日照常上班、上課，另視風雨情況再公布
rel|延伸閱讀
rel|蘭恩颱風路徑曝光 最快明晨發布陸上警報
rel|颱風天前囤貨 超市泡麵、蔬菜一早被搶空
rel|高鐵15日取消42班次 退票免手續費
nl|加入好友！追蹤颱風最新動態就在官方LINE帳號
ck|本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。
ck|我知道了
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="single",
     notes="HK portal: by-election story with the vote tally as a story list, placed right above a Hang Seng/index quote strip (crypto_ticker) and its quote-delay notice (disclaimer); section menu, time stamp and share buttons; single newlines.",
     text="""
nav|港聞　兩岸　國際　財經　體育　娛樂　生活
nav|首頁 > 港聞 > 政情
T|沙田區議會補選 黎卓賢以1,215票險勝
oth|發佈時間：2026/05/11 00:48　更新：01:12
sh|分享：Facebook　WhatsApp　Telegram　複製連結
B|沙田區議會馬鞍山北選區補選昨日舉行，投票率為41.7%，較上屆下跌約6個百分點。
B|點票於凌晨結束，社區組織者黎卓賢以57票之差擊敗前區議員助理鍾詠欣，當選新任區議員。
B|黎卓賢在點票站外表示，會優先爭取在屋邨增設小巴站和長者健身設施。
B|選舉管理委員會公布的點票結果如下：
B|黎卓賢：1,215票
B|鍾詠欣：1,158票
B|溫子軒：402票
B|廢票：23張
tk|恒生指數 18,422.37 ▲126.50 (+0.69%)
tk|國企指數 6,531.04 ▲40.12 (+0.62%)
tk|恒生科技指數 3,815.66 ▼8.31 (-0.22%)
dis|報價延遲最少15分鐘，僅供參考
rel|相關新聞
rel|九龍城補選提名期周五截止 已有三人報名
rel|選管會：補選票站將試行電子點票
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="ws",
     notes="Taiwanese paper: story about a collapsed footbridge closing with a dated timeline (story), followed by the site's past-coverage links (related) and month archive links (navigation); trailing whitespace.",
     text="""
nav|地方 > 中部 > 台中市
T|人行天橋坍塌調查報告出爐 焊接缺陷釀禍
oth|記者蔡宛臻／台中報導　2026年06月02日 18:20
B|台中市北屯區崇德路人行天橋去年11月坍塌、造成兩人輕傷，市府委託的調查小組2日公布最終報告，認定主因為鋼梁焊接品質不良。
B|報告指出，事故天橋的三處主要焊道均有未熔透情形，且完工後未依規定進行超音波檢測。
B|建設局長廖崇安表示，將追究承包商及監造單位責任，並在今年底前完成全市47座天橋的全面檢測。
B|事件時序
B|2025年11月8日　天橋中段坍塌，兩名路人輕傷
B|2025年11月10日　市府成立調查小組，全市天橋暫停開放夜間通行
B|2026年1月22日　調查小組公布初步報告
B|2026年6月2日　最終報告出爐
rel|本報相關報導
rel|北屯天橋坍塌 兩人輕傷送醫
rel|天橋坍塌初步報告：鋼梁疑有瑕疵
rel|議員質詢：全市老舊天橋何時汰換
nav|文章彙整：2026年6月｜2026年5月｜2026年4月｜更早
oth|版權所有 © 2026 中台新聞網
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="",
     notes="HK news site: a 重點摘要 key-points box at the top of the story (story) right under a breadcrumb, subheadings between paragraphs, a photo caption, a list of sources (attribution) and a 熱門新聞 list at the bottom.",
     text="""
nav|主頁 › 新聞 › 本地 › 交通
T|港鐵下月起調整票價 八達通乘客最多加3.1%
B|重點摘要
B|平均加幅2.66%，6月29日生效
B|八達通單程車費最多加0.5元
B|「同站轉乘優惠」延長一年
oth|撰文：梁雅詩　2026年5月27日 15:10
C|乘客在港鐵金鐘站月台候車。（資料圖片）
B|港鐵公司今日公布，根據票價調整機制計算，今年整體票價平均上調2.66%，6月29日起生效。
B|影響幾何
B|以最常用的八達通成人單程車費計算，約六成車程加價0.1元至0.3元，最多加0.5元。
B|運輸及物流局表示，港鐵同時會把「同站轉乘優惠」延長一年，預計惠及每日約12萬人次。
B|議員反應
B|立法會交通事務委員會副主席麥志軒認為，港鐵去年盈利回升，加價理據不足。
att|資料來源：港鐵公司、運輸及物流局
rel|熱門新聞
rel|屯門公路今晚封閉兩條行車線
rel|巴士新路線試行首周 乘客量未如理想
rel|機場快綫推出家庭套票
sh|WhatsApp　Facebook　電郵
"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="nofinal",
     notes="Taiwanese site: story with its own Q&A/FAQ section (story) next to the site's FAQ/service links (navigation); doubled dek at the top, cookie consent at the bottom; no final newline.",
     text="""
dup|長照2.0新制上路，喘息服務額度提高。長照2.0新制上路，喘息服務額度提高。
T|長照喘息服務7月起擴大 家屬一年最多52天
oth|健康生活網　文／許芷瑜　2026-06-25
B|衛福部宣布，長照喘息服務自7月1日起擴大，失能等級7至8級的家庭照顧者，每年可申請的喘息服務天數由42天增加至52天。
B|衛福部長照司指出，去年有近13萬個家庭使用喘息服務，但不少照顧者反映額度不足。
B|新制常見問題
B|Q：已經在使用喘息服務，需要重新申請嗎？
B|A：不需要，系統將於7月自動調整額度。
B|Q：外籍看護家庭也能申請嗎？
B|A：可以，外籍看護休假期間即可使用。
B|Q：要向哪裡申請？
B|A：可撥打長照專線1966，或洽各縣市長期照顧管理中心。
nav|常見問題｜聯絡我們｜服務條款｜隱私權政策｜廣告合作
ck|我們使用Cookie來分析流量與提供個人化內容。點選「接受」即代表您同意本站Cookie政策。
ck|接受　拒絕　設定
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="",
     notes="Hard: story about a media group ending several e-mail newsletters, quoting their sign-up wording and ending in a list of closing dates (story); the same page carries a real newsletter sign-up box, a most-read list and a share bar.",
     text="""
nav|首頁 > 媒體 > 產業動態
T|寶島媒體集團停辦四份電子報 讀者轉向App推播
oth|記者鄭宇翔／台北報導　2026年10月08日 11:24
B|寶島媒體集團8日宣布，旗下四份電子報將陸續停刊，集團將把資源集中在自家App的推播服務。
B|這些電子報過去在每篇文章下方放置「訂閱電子報，每日新聞直送信箱」的欄位，高峰時訂戶超過60萬人。
B|集團數位長吳欣蓓說，近兩年電子報開信率從32%跌到不到11%，「讀者已經不再從信箱讀新聞」。
B|停刊時程如下：
B|《早安財經》：10月31日最後一期
B|《週末生活誌》：11月15日最後一期
B|《科技週報》：11月30日最後一期
B|《午間快訊》：12月31日最後一期
B|集團表示，已訂閱的讀者將收到停刊通知信，也可選擇改收App推播。
nl|📩 訂閱《台灣晨報》，每天7點收到當日要聞
nl|請輸入Email　立即訂閱
rel|最多人看
rel|串流平台漲價潮 訂戶流失創新高
rel|地方報紙數位轉型 三年關掉兩家印刷廠
sh|分享此文章　Facebook　LINE　X
"""),
]
