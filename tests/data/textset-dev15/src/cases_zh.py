"""Chinese cases of textset-dev15 (zh-Hant and zh-Hans)."""

CASES = [
dict(id="zht-001", lang="zh-Hant", fmt="", notes="Taiwanese pro-basketball report with a score line, quarter scores and leading scorers; scoreboard strip of other games, photo caption, ad label, share row and related news.", lines="""
ot| 即時比分｜港都鯨騎 76:80 新竹雷霆（第四節 02:14）｜桃園銀狐 vs 台中熊 19:00
nv| 星報運動 > 籃球 > 職籃
t| 海港勇士終場前連得9分 98:91逆轉山城獵鷹
c| 海港勇士後衛林柏宇（右）切入上籃。圖／星報運動記者陳映如攝
ot| 記者黃子謙／台北報導
ot| 2026/11/15 21:42
b| 海港勇士15日主場以98:91擊敗山城獵鷹，終止三連敗。
b| 各節比分
b| 山城獵鷹 24 26 22 19
b| 海港勇士 20 25 24 29
b| 勇士第四節一度落後12分，最後3分鐘連得9分完成逆轉。
ot| 廣告
b| 得分王
b| 林柏宇 27分 6助攻
b| 獵鷹洋將戴文斯 22分 14籃板
b| 兩隊將於12月6日再度交手。
sb| 分享至 Facebook｜LINE｜複製連結
rl| 延伸閱讀
+rl| 山城獵鷹教練：防守輪轉要再加強
+rl| 職籃例行賽第二循環賽程出爐
"""),

dict(id="zht-002", lang="zh-Hant", fmt="trail", notes="Taiwanese county-councillor by-election tally: candidate votes, turnout and a 'next steps' subheading; site nav, LINE follow prompt, related list and copyright. Trailing whitespace.", lines="""
nv| 首頁｜政治｜社會｜地方｜國際
nv| 加入LINE好友，選情第一手
t| 北港區議員補選 無黨籍蔡雅婷以427票險勝
ot| 記者吳宗翰／雲林報導　2026年11月15日
b| 北港區縣議員補選15日投開票，無黨籍蔡雅婷以427票之差勝出。
b| 開票結果
b| 蔡雅婷（無黨籍）12,386票
b| 許志明（甲黨）11,959票
b| 鄭麗君（乙黨）4,210票
b| 投票率為46.8%。
b| 下一步
b| 選委會將於11月20日公告當選名單。
b| 許志明陣營表示不排除申請重新計票。
rl| 相關新聞
+rl| 補選前夕 三候選人最後衝刺掃街
+rl| 縣議會下月臨時會 預算案成焦點
ot| 本網站內容未經授權，不得轉載
"""),

dict(id="zht-003", lang="zh-Hant", fmt="crlf", notes="Typhoon live blog: time stamps followed by one-line updates, with a 'current figures' list; live label, refresh note, ad label, share row and comments. CRLF line endings.", lines="""
ot| 直播中
t| 颱風銀杏最新動態：花蓮停班停課 逾3萬戶停電
ot| 本頁每5分鐘自動更新
b| 10:40
b| 台電表示，花蓮、台東共有31,208戶停電，搶修人員已出動。
b| 09:55
b| 氣象署：颱風中心目前位於花蓮東南方約180公里海面。
b| 08:30
b| 花蓮縣政府宣布今日停止上班、上課。
b| 目前災情統計
b| 停電：31,208戶
b| 道路封閉：7處
b| 撤離人數：426人
ot| 廣告
sb| 分享｜推文｜轉寄
cm| 看更多留言（126）
"""),

dict(id="zht-004", lang="zh-Hant", fmt="", notes="Hong Kong recipe page: ingredients and numbered steps under short subheadings; jump link, rating widget, sponsored kitchenware list, newsletter and comment prompt.", lines="""
nv| 跳至食譜
nv| 主頁 › 飲食 › 家常菜
t| 番茄薯仔湯　十五分鐘搞掂
ot| 評分 ★★★★★ 4.8（356人）
b| 天氣轉涼，一碗熱湯最暖胃。
b| 份量：3至4人
b| 材料
+b| 番茄 4個
+b| 薯仔 2個
+b| 洋蔥 半個
+b| 清水 1.2公升
b| 做法
+b| 1. 番茄切塊，薯仔去皮切粒。
+b| 2. 洋蔥炒香後加入番茄炒至出汁。
+b| 3. 加水及薯仔，中火煮15分鐘，下鹽調味即成。
rl| 贊助內容
+rl| 不黏鍋限時75折　廚具節最後三天
nl| 訂閱《食好啲》電子報，每週送上新食譜
cm| 煮過呢個湯？留言分享你的心得
"""),

dict(id="zht-005", lang="zh-Hant", fmt="", notes="HK portal page without a headline: Q&A explainer on new intercity rail fares (問/答 lines); portal header, source line, fare-calculator widget, disclaimer and related links.", lines="""
nv| 港聞速遞
at| 資料來源：城際鐵路公司新聞稿
ot| 2026-11-12 08:15
b| 城際鐵路明年1月1日起調整票價，以下為常見問題。
b| 問：加幅是多少？
b| 答：平均加價2.9%，最多加一元。
b| 問：長者優惠會否受影響？
b| 答：兩元乘車優惠維持不變。
b| 問：月票怎樣計算？
b| 答：月票售價由$480調整至$495。
ot| 車費計算機：輸入起點及終點站
di| 本網站轉載之內容僅供參考，版權歸原作者所有。
rl| 熱門新聞
+rl| 巴士路線重組　九線明起改道
+rl| 機場快綫延長服務時間至凌晨一時
"""),

dict(id="hard-zht-001", lang="zh-Hant", fmt="", notes="Hard: weekly crypto wrap whose own closing-price list (coin, price, weekly change) must be kept; the page has a real price ticker, an exchange promo, a risk disclaimer and related links.", lines="""
ct| BTC 2,286,400 TWD ▼0.8%｜ETH 115,320 TWD ▼1.2%｜USDT 32.05 TWD
t| 加密貨幣一週回顧：比特幣連兩週下跌
ot| 撰文：鄭書涵
b| 比特幣本週下跌3.4%，連續第二週收黑。
b| 週日收盤價
b| 比特幣：71,060美元（-3.4%）
b| 以太幣：3,598美元（-4.0%）
b| 索拉納：187.9美元（+0.3%）
b| 分析師指出，槓桿部位減少是主要原因。
b| 「這是降溫，不是恐慌。」交易員陳冠廷說。
cp| 新用戶註冊即送100 USDT體驗金　立即開戶
di| 風險提示：虛擬資產價格波動劇烈，本文不構成任何投資建議。
rl| 你可能也喜歡
+rl| 穩定幣發行商公布第三季儲備報告
sb| 分享
"""),

dict(id="zhs-001", lang="zh-Hans", fmt="", notes="Chinese Super League-style match report: score line, scorers with minutes, and a standings list; real-time score strip, byline, ad, share row and 'hot' related list.", lines="""
ot| 实时比分：北原队 0-1 南岭队（63'）｜东湖队 2-2 滨江队 完场
nv| 首页 > 体育 > 中超
t| 江城队2比1逆转海州队 升至积分榜第三
ot| 本报记者 刘晓峰
ot| 2026-11-15 22:08　来源：江城晚报
b| 11月15日晚，江城队主场2比1逆转海州队。
b| 进球
b| 海州队：马立诚 23'
b| 江城队：周启航 58'、伊万诺维奇 87'
b| 赛后积分榜前三
b| 1. 滨江队 61分
b| 2. 东湖队 58分
b| 3. 江城队 55分
b| 主教练赛后表示：“球员们没有放弃。”
ot| 广告
sb| 分享到：微信　微博　QQ空间
rl| 热门推荐
+rl| 海州队主帅：裁判判罚影响比赛走势
+rl| 中超最后两轮赛程公布
"""),

dict(id="zhs-002", lang="zh-Hans", fmt="single", notes="Timeline of a commercial rocket launch campaign with date-led lines and a 'next' subheading, single newlines; channel nav, source line, editor credit, app prompt and related.", lines="""
nv| 科技频道｜航天｜新能源｜数码
t| 从立项到入轨：“星舟三号”大事记
at| 来源：新华航天（记者 王晨）
b| 11月14日，星舟三号运载火箭在东风发射场首飞成功。
b| 大事记
b| 2021年3月：项目立项。
b| 2023年9月：一级发动机完成长程试车。
b| 2025年12月：首次静态点火。
b| 2026年11月14日：首飞成功，将两颗卫星送入预定轨道。
b| 下一步
b| 公司计划2027年执行4次发射。
at| 责任编辑：赵一鸣
nv| 打开APP，阅读体验更佳
rl| 相关阅读：可回收火箭试验再获进展
"""),

dict(id="zhs-003", lang="zh-Hans", fmt="", notes="Step list for the annual individual income-tax settlement on the tax app; doubled dek, portal header, editor credit, 'was this useful' widget and related service links.", lines="""
du| 年度汇算3月1日开始，多数人无需预约。年度汇算3月1日开始，多数人无需预约。
nv| 民生网
t| 个税年度汇算怎么办？五步搞定
b| 2026年度个人所得税综合所得汇算将于2027年3月1日开始。
b| 操作步骤
b| 第一步：登录个人所得税APP，点击“综合所得年度汇算”。
b| 第二步：核对收入和已缴税额。
b| 第三步：填报专项附加扣除。
b| 第四步：确认应退或应补金额。
b| 第五步：提交申报并查看办理进度。
b| 退税一般在提交后15个工作日内到账。
at| 编辑：孙悦　审核：周明
ot| 本文对您是否有帮助？　有用（312）　没用（8）
rl| 办事指南
+rl| 专项附加扣除填报常见问题
+rl| 异地就医备案如何办理
"""),

dict(id="zhs-004", lang="zh-Hans", fmt="nofinal", notes="Medal table of a regional multi-sport games written as numbered text rows, with sentences ending in numbers; medal-count widget at top, share row, comment count and related. No final newline.", lines="""
ot| 奖牌榜　金 银 铜　东海省 41 33 29｜西川省 38 35 30
t| 第十届东部运动会闭幕 东海省金牌数居首
ot| 2026年11月16日 08:02
b| 第十届东部运动会15日晚闭幕，东海省以41枚金牌位列金牌榜首位。
b| 最终奖牌榜（前四）
b| 1. 东海省　金41 银33 铜29
b| 2. 西川省　金38 银35 铜30
b| 3. 南州省　金27 银24 铜31
b| 4. 北平省　金19 银22 铜18
b| 本届运动会共打破全国纪录6项。
b| 下一届运动会将于2030年在南州举行。
sb| 分享：微信｜微博
cm| 评论（86）
rl| 东部运动会：游泳队包揽男子接力三金
"""),

dict(id="zhs-005", lang="zh-Hans", fmt="gap=2", notes="City GDP report with 'main figures' and 'background' subheadings and bullet figures; nav, data-terminal ad, disclaimer and related list. Extra blank lines before the footer.", lines="""
nv| 财经首页 ＞ 宏观 ＞ 地方经济
t| 滨州市前三季度GDP增长5.6%
ot| 2026年11月13日 15:30　财经快讯
b| 滨州市统计局13日公布，前三季度全市地区生产总值同比增长5.6%。
b| 主要数据
b| ● 地区生产总值：6,842亿元
b| ● 规模以上工业增加值：增长7.1%
b| ● 社会消费品零售总额：增长4.3%
b| ● 城镇居民人均可支配收入：48,210元
ot| 【广告】专业财经数据终端，免费试用7天
b| 背景
b| 滨州是全省第三大经济城市，2025年GDP增速为5.2%。
di| 免责声明：本文数据来源于公开资料，仅供参考，不构成投资建议。
rl| 更多地方经济
+rl| 东港市外贸进出口同比增长9%
+rl| 三季度全省新增就业46万人
"""),

dict(id="hard-zhs-001", lang="zh-Hans", fmt="", notes="Hard: study of news-app recommendation feeds with its own ranked list of content shares, next to the page's real 'you may like' and 'hot' recommendation lists and an app prompt.", lines="""
nv| 下载客户端　看更多推荐
t| 研究：算法推荐让娱乐新闻占比升至三成
ot| 记者 郑可欣
b| 一项覆盖12款新闻客户端的研究发现，算法推荐流中娱乐类内容占比达31%。
b| 推荐流内容占比前五
b| 1. 娱乐：31%
b| 2. 社会：22%
b| 3. 体育：14%
b| 4. 财经：9%
b| 5. 科技：6%
b| 研究者建议，平台应在推荐位标注“根据你的浏览记录推荐”。
rl| 猜你喜欢
+rl| 这款手机续航实测超过两天
+rl| 网红餐厅排队三小时值不值
rl| 热门推荐
+rl| 多地发布寒潮预警
"""),
]
