# Chinese cases (zh-Hant, zh-Hans): (id, lang, options, notes, tagged text)
CASES = [
("zht-001", "zh-Hant", "", "HK crypto exchange repost (Traditional): doubled dek, licensing story with subheadings, project promo, multi-line ticker, reposting disclaimer, related block with doubled teaser titles, Share and stamps.", """
du 證監會向第四家本地虛擬資產交易平台發出牌照。證監會向第四家本地虛擬資產交易平台發出牌照。
T 港府再批虛擬資產平台牌照 業界料散戶入場門檻降低
B 證券及期貨事務監察委員會周二宣布，向本地平台「灣通數字」批出虛擬資產交易平台牌照，成為今年第四家獲發牌的機構。
B 灣通數字表示，平台將於五月起接受零售客戶開戶，首階段只提供比特幣及以太幣交易。
B 發牌條件
B 平台須將客戶資產的百分之九十八存放於冷錢包，並須為其餘資產購買保險。
B 零售客戶開戶前須通過知識評估。
B 業界反應
B 香港數字資產協會主席鄧家朗指出，持牌平台增加有助提高透明度，但手續費競爭將更激烈。
B 有分析員估計，本港零售投資者持有的虛擬資產總值約為三百億港元。
pr 想讓你的項目被更多交易者看見？立即預約我們的週報專題曝光位。
tk 潮汐幣 Logo
+tk 潮汐幣 價格(TDC)
+tk $0.2215
+tk $0.2215$0.2215
+tk +1.86%
+tk USD
di 免責聲明：本站轉載的文章來自公開平台，僅供參考，不代表本平台立場，亦不構成任何投資建議。如內容涉及侵權，請聯絡 removal@hkcoinhub.example 處理。
rl 猜你喜歡
rl 以太坊質押收益率跌至兩年低位
rl 以太坊質押收益率跌至兩年低位
rl 本文轉載自鏈聞速報。以太坊質押年化收益率本週降至百分之二點七，為
+sb 分享
+rl 鏈聞速報2026/04/08 16:20
"""),

("zht-002", "zh-Hant", "", "Taiwan portal local weather/typhoon news: top menu, breadcrumb, reporter byline with stamp, story with list items, mid-story 'extended reading' teasers, share row, footer; trailing tabs on some lines.", """
nv 首頁｜即時｜政治｜社會｜生活｜地方｜國際｜影音{tab}
nv 首頁 > 生活 > 氣象{tab}
T 颱風「白鷺」明晨最接近 東部沿海嚴防強風豪雨
ot 記者林佩君／台北報導　2026-08-19 18:42{tab}
B 中央氣象署晚間表示，輕度颱風白鷺預計明天清晨最接近台灣東部海面，不排除發布陸上颱風警報。
B 氣象署預報員陳冠宇說，颱風暴風圈目前半徑約一百五十公里。
B 明天可能受影響地區：
B ・花蓮縣、台東縣沿海
B ・宜蘭縣山區
B ・蘭嶼、綠島
rl 延伸閱讀：連假收假車潮 國道五號晚間回堵
rl 延伸閱讀：夏季電價上路 小店家喊吃不消
B 台鐵表示，南迴線部分班次明天可能停駛，旅客出發前應先查詢。
B 氣象署提醒，民眾應避免前往海邊觀浪。
sb 分享　LINE　Facebook　複製連結
nv 關於我們｜聯絡我們｜隱私權政策｜著作權聲明
ot 本網站內容版權所有，未經授權不得轉載。
"""),

("zht-003", "zh-Hant", "", "HK sports page: live score widget at the top, basketball report with many short stat lines kept (scorers, quarter scores), share, related reports and tag line.", """
nv 體育｜足球｜籃球｜賽馬｜網球
ot 完場
+ot 東方龍 88
+ot 南華 79
+ot 賽事詳情
T 東方龍主場勝南華 晉級港超籃球聯賽決賽
ot 體育組　2026年3月29日　22:15
B 東方龍周六晚在修頓室內場館以八十八比七十九擊敗南華，以總比分二比零晉級決賽。
B 後衛何志恒全場攻入二十六分，其中六個三分球。
B 各節比分
B 第一節：22-18
B 第二節：19-24
B 第三節：25-16
B 第四節：22-21
B 主教練黃啟明賽後說：「球員最後五分鐘頂住了壓力。」
B 決賽將於四月五日舉行。
sb 分享至 Facebook｜WhatsApp
rl 相關報道
rl 南華外援傷癒復出 教練稱仍需時間
ot 標籤：港超籃球、東方龍、南華
"""),

("zht-004", "zh-Hant", "single", "Taiwan tech news, single-newline file: site menu, byline, semiconductor story with short Q&A-style subheads, e-paper newsletter prompt, comment prompt, hot-news list and copyright.", """
nv 科技新報｜半導體｜AI｜電動車｜手機｜資安
T 晶豐半導體高雄新廠提前量產 首批三奈米晶片交貨
ot 撰文：許志遠｜2026/05/12 09:30
B 晶豐半導體週一宣布，位於高雄楠梓的新晶圓廠提前兩個月進入量產，首批三奈米晶片已交付美國客戶。
B 新廠月產能預計年底達到兩萬片。
B 為何提前？
B 公司表示，設備安裝比預期順利，且地方政府協助解決了供水問題。
B 用電從哪裡來？
B 晶豐已與兩家離岸風電業者簽約，五年內綠電比例將達四成。
B 法人預估，新廠明年可為晶豐貢獻約一成營收。
nl 訂閱科技新報電子報，每週一早上掌握產業動態
nl 立即訂閱
cm 發表留言（請先登入）
rl 熱門新聞
rl 記憶體報價連三漲 模組廠庫存吃緊
rl 電動機車換電站月底破三千座
ot © 2026 科技新報 版權所有
"""),

("zht-005", "zh-Hant", "", "HK finance page: index quote box at the top (crypto_ticker kind), property-stock story with list of figures, data-delay disclaimer, app prompt and 'most read' list.", """
tk 恒生指數 19,842.31 +215.66 (+1.10%)
+tk 國企指數 7,061.08 +0.95%
+tk 恒生科技 4,412.75 +1.62%
nv 財經 > 港股 > 地產
T 港地產股急彈 業界憧憬減息刺激樓市
ot 本報記者　2026-06-03　16:48
B 港股周三高收，地產股領漲，恒生地產分類指數升百分之三點二。
B 市場憧憬美國聯儲局下月減息，帶動本地按揭利率回落。
B 主要地產股表現：
B 新鴻基地產升百分之四點一
B 恒基地產升百分之三點六
B 信和置業升百分之二點九
B 中原地產研究部主管梁偉倫表示，樓價已連續三個月回穩。
di 以上報價延遲最少十五分鐘，只供參考。
nv 下載財經通 App，隨時睇實時報價
rl 最多人閱讀
rl 強積金上月人均賺近四千元
"""),

("hard-zht-001", "zh-Hant", "", "Hard (zh-Hant): the story is about a Taiwan ruling on cookie consent notices and quotes their wording; the page itself carries a real cookie banner at the bottom plus nav and related links.", """
nv 首頁 / 法律 / 個資保護
T 網站Cookie同意按鈕「只有接受」 法院判業者違反個資法
ot 記者周怡安／台北報導　2026年10月7日
B 台北地方法院日前判決，一家購物網站在Cookie提示中只提供「我同意」按鈕，未讓使用者拒絕追蹤，違反個人資料保護法。
B 判決指出，網站提示寫著「繼續瀏覽即表示您同意使用Cookie」，但使用者無從選擇。
B 業者須賠償原告新台幣三萬元，並在三個月內改版。
B 律師怎麼看
B 執業律師葉宗翰表示，判決意味著網站應同時提供「接受」與「拒絕」，且兩者同樣醒目。
B 全案仍可上訴。
rl 相關新聞：個資外洩通報新制 明年上路
sb 分享到 LINE
ck 本網站使用Cookie以提供更好的瀏覽體驗並分析流量，您可隨時於設定中變更偏好。
+ck 接受
+ck 設定
"""),

("zhs-001", "zh-Hans", "", "zh-Hans crypto exchange announcement repost: channel nav, delisting notice with date lines kept, risk notice disclaimer, promo line, ticker and related recommendations with doubled teaser titles.", """
nv 快讯｜行情｜公告｜学院｜活动
T 币汇交易所将于4月15日下架三个现货交易对
ot 公告　2026-04-01 10:00
B 币汇交易所发布公告，将于北京时间4月15日下架以下现货交易对：
B 1. MOSS/USDT
B 2. FERN/USDT
B 3. KOLA/BTC
B 下架后，相关挂单将被自动撤销，用户可于5月15日前提取资产。
B 公告称，下架原因包括项目方团队长期未更新进展以及交易量持续低迷。
B 杠杆和合约产品不受影响。
pr 新用户注册即领100 USDT体验金，限时三天，立即参与！
tk MOSS 价格(MOSS)
+tk $0.00872
+tk -21.40%
di 风险提示：数字资产价格波动较大，本文内容仅供参考，不构成任何投资建议，请理性投资。
rl 相关推荐
rl 比特币矿工四月收入环比下降一成
rl 比特币矿工四月收入环比下降一成
sb 分享
rl 链上观察2026/04/01 09:42
"""),

("zhs-002", "zh-Hans", "", "Sina-style portal education story: channel nav, source attribution and editor line, story with numbered changes, 'related reading' block, app prompt, blank-line run before the footer.", """
nv 新闻｜教育｜财经｜科技｜体育｜娱乐
nv 教育频道 > 高考 > 正文
T 江南省明年起高考改为“3+1+2”模式 物理历史二选一
at 来源：江南日报
ot 2026年01月12日 08:15
B 江南省教育厅11日公布，该省将从2027年起实行“3+1+2”高考模式。
B 主要变化有三点：
B 一、语文、数学、外语为统一考试科目；
B 二、考生在物理和历史中选择一科；
B 三、再从化学、生物、政治、地理中选择两科。
B 省教育厅副厅长胡卫东说，新方案给了学生更多选择空间。
B 部分高中教师担心，选科组合增多会加大排课难度。
ot 责任编辑：刘晓燕
rl 相关阅读
rl 多地公布寒假时间 最长达35天
rl 研究生报名人数连续两年下降
nv 打开新闻客户端，阅读更多精彩内容
=gap
ot 江南网络传媒有限公司 版权所有 未经书面授权禁止使用
"""),

("zhs-003", "zh-Hans", "", "zh-Hans health news reposted in an app: open-in-app prompts at top and mid-story, story about flu season with bullet tips, doctor quote, share bar, comment prompt and hot list.", """
nv 打开APP，阅读体验更佳
T 流感进入高发期 专家提醒老人儿童尽早接种疫苗
ot 健康时报　2小时前
B 国家疾控部门最新监测显示，全国流感阳性率已连续三周上升，南方省份尤为明显。
B 专家建议：
B ・60岁以上老人和6个月以上儿童优先接种
B ・出现发热症状应居家休息，避免带病上班上学
B ・勤洗手，室内多通风
nv 展开全文 打开APP查看
B 北京某三甲医院呼吸科主任何立新表示，今年流行的毒株与疫苗匹配度较高。
B “现在接种还不晚。”他说。
sb 微信｜微博｜QQ空间
cm 写评论…
rl 24小时热榜
rl 这五种早餐最伤胃，很多人天天吃
"""),

("zhs-004", "zh-Hans", "nofinal", "zh-Hans WeChat-style account repost without a headline: follow prompt at top, culture story on a museum exhibition, reprint attribution, follow/like/looking prompts and comments at the bottom; no final newline.", """
nv 点击上方蓝字“城南文化说”关注我们
B 3月20日，“丝路遗珍——西北出土织物特展”在城南博物馆开幕，展出唐代至元代纺织品一百二十余件。
B 其中一件联珠对鸟纹锦为首次公开展出。
B 策展人赵明远介绍，展品大多来自近二十年的考古发掘。
B 展览将持续至7月31日，需提前一天在官网预约。
B 每周一闭馆。
at 本文转载自“城南晚报”，图文版权归原作者所有，如有侵权请联系删除。
sb 分享｜点赞｜在看
cm 写留言
cm 精选留言
"""),

("zhs-005", "zh-Hans", "crlf", "zh-Hans A-share market page with an index box at the top (crypto_ticker kind), market close story with sector figures kept as short body lines, disclaimer, related news; CRLF file.", """
tk 上证指数 3,286.42 +0.57%
+tk 深证成指 10,402.18 +0.83%
+tk 创业板指 2,136.90 +1.21%
nv 首页 > 股票 > 市场动态
T A股三大指数集体收涨 半导体板块领涨
ot 证券时报网　2026-05-20 15:32
B 沪深两市周三全天成交额1.08万亿元，较前一交易日放量约900亿元。
B 行业板块涨幅前三：
B 半导体 +3.4%
B 消费电子 +2.8%
B 通信设备 +2.1%
B 北向资金净买入52亿元。
B 分析人士认为，政策预期升温提振了科技股情绪。
di 免责声明：本文所载信息仅供参考，不构成投资建议。股市有风险，投资需谨慎。
rl 相关新闻
rl 两市融资余额连续五日增加
"""),

("hard-zhs-001", "zh-Hans", "", "Hard (zh-Hans): the story is about new rules on recommendation algorithms and quotes '猜你喜欢'-type labels; the page carries a real recommendation block, nav and share bar.", """
nv 首页｜科技｜互联网
T 新规要求App提供关闭“个性化推荐”选项 “猜你喜欢”须标明依据
ot 科技日报　2026年09月02日
B 国家网信部门2日发布新规，要求新闻、购物和短视频类App在显著位置提供关闭个性化推荐的开关。
B 新规明确，“猜你喜欢”“为你推荐”等栏目须向用户说明推荐依据。
B 平台不得利用算法向未成年人推送诱导消费的内容。
B 新规自2027年1月1日起施行。
B 一位电商平台工程师表示，改造推荐系统至少需要半年时间。
sb 分享到：微信 微博
rl 猜你喜欢
rl 手机“一键登录”也要征得同意？专家解读
rl 外卖平台骑手算法再调整
"""),
]
