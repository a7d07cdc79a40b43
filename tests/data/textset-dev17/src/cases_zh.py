# Chinese cases of textset-dev17 (Traditional and Simplified).
CASES = [
dict(id="zht-001", lang="zh-Hant", notes="HK portal politics; top nav; inline 廣告 and 延伸閱讀; share bar and comments bottom.", text="""
nav 首頁 | 港聞 | 財經 | 國際 | 體育
T 立法會通過小販牌照修訂 夜市最快年底重開
o 記者 陳嘉欣
o 2026年3月12日 17:45
B 立法會周三以三十二票贊成、四票反對，通過《小販規例》修訂，放寬流動小販牌照的申請資格。
B 食環署表示，首批兩個夜市最快年底在深水埗及觀塘試行。
o 廣告
rel 延伸閱讀：深水埗舊樓活化計劃下月諮詢
B 議員李穎芝指出，修訂讓熟食檔可使用電力設備，但必須配備滅火筒。
B 小販團體對新規大致歡迎。
sh 分享到 Facebook
&sh 分享到 WhatsApp
com 留言 0
o 本網站內容受版權保護，未經許可不得轉載。
"""),

dict(id="zht-002", lang="zh-Hant", notes="Taiwan tech; embedded Threads-style post with handle/date; app download prompt mid-story; related at bottom; single newlines.", fmt="single", text="""
T 晶元光電宣布高雄新廠延後量產
o 科技中心／綜合報導
B 晶元光電週四宣布，高雄路竹新廠的量產時程將由今年第三季延後至明年第一季。
B 公司表示，延後原因是部分製程設備交貨延誤。
o 新廠進度比預期慢，但品質不會妥協，謝謝大家的耐心。
o @jingyuan_official · 2026/5/14
o 查看貼文
B 法人估計，延後量產將使今年營收減少約百分之四。
B 晶元光電股價週四收盤下跌二點三％。
nav 下載新聞 App，即時掌握科技動態
B 新廠總投資金額約新台幣一百八十億元。
rel 相關新聞
rel 半導體設備交期拉長 供應鏈喊苦
rel 南科再添新廠 用水問題受關注
"""),

dict(id="zht-003", lang="zh-Hant", notes="HK sport; video chrome (觀看影片, duration); pull quote duplicate; poll widget; bottom tags and copyright. Trailing whitespace.", ws=True, text="""
nav 體育頻道
T 港超聯：東區加時險勝 晉級銀牌決賽
B 東區周日在旺角場加時以二比一險勝元朗，晉級銀牌決賽。
B 外援辛普森於加時第一百零八分鐘頂入致勝球。
o ▶ 觀看精華片段
&o 01:36
B 東區主帥黃永健賽後表示：「球員最後十分鐘靠意志支撐。」
dup 東區主帥黃永健賽後表示：「球員最後十分鐘靠意志支撐。」
B 決賽將於四月六日舉行。
o 投票：你認為誰會奪得銀牌？
&o 東區
&o 傑志
&o 投票
nav 標籤：港超聯 銀牌 東區
"""),

dict(id="zht-004", lang="zh-Hant", notes="Taiwan finance/crypto aggregator; ticker squashed; promo; disclaimer; doubled related teasers with 分享 and stamps.", text="""
dup 比特幣現貨ETF單日流入創三個月新高。比特幣現貨ETF單日流入創三個月新高。
T 比特幣ETF資金回流 分析師看好第二季
B 美國比特幣現貨ETF週一單日淨流入四點二億美元，創三個月新高。
B 分析師認為，機構投資人在價格回檔後重新進場。
B 台灣交易所鏈通台也表示，本週新開戶數增加兩成。
B 不過也有分析師提醒，美國利率走向仍是最大變數。
cp 想讓你的項目被百萬幣圈讀者看見？立即預約專題曝光。
tk 比特幣 Logo比特幣價格(BTC)US$64,210US$64,210+1.88%USD
dis 免責聲明：本站轉載文章來自公開平台，僅供參考，不構成任何投資建議，亦不代表本站立場。
rel 猜你喜歡
rel 以太坊質押收益率跌破三厘
rel 以太坊質押收益率跌破三厘
rel 本文以太坊質押收益率跌破三厘最早出現在幣圈快訊。以太坊質押收益率本週
&sh 分享
&rel 幣圈快訊2026/04/08 10:22
"""),

dict(id="zht-005", lang="zh-Hant", notes="No headline; culture news scrape starting mid-page; photo caption with credit; paywall meter at bottom; no final newline.", final_nl=False, text="""
nav 文化
C 舞者在排練室練習新作《潮間帶》。（攝影：林子晴）
B 雲門舞集旗下青年團將於六月在台中國家歌劇院首演新作《潮間帶》。
B 編舞家周若瑜說，作品靈感來自澎湖的退潮景象。
rel 延伸閱讀｜今夏必看的五檔舞蹈演出
B 演出共三場，門票下週開賣。
B 學生可享七折優惠。
o 您本月的免費閱讀額度已用完
o 訂閱會員 每月只要99元
"""),

dict(id="hard-zht-001", lang="zh-Hant", notes="HARD: story about news apps' push notifications and app-download prompts; body quotes the prompt wording; page carries a real app prompt and newsletter.", text="""
nav 首頁 > 科技 > 網路
T 新聞App推播過量 用戶紛紛關閉通知
o 記者 黃以晴／台北報導
B 一項針對兩千名網友的調查顯示，超過六成用戶已關閉新聞App的推播通知。
B 受訪者最常抱怨的是網頁不斷跳出「下載App閱讀全文」的提示。
nav 打開App，閱讀體驗更流暢
B 調查由數位媒體研究室執行，誤差正負二點二個百分點。
B 研究員許文傑建議媒體減少每日推播次數。
nl 訂閱科技電子報，每週一早上送到信箱
rel 更多科技新聞
"""),

dict(id="zhs-001", lang="zh-Hans", notes="Mainland portal tech; top nav; inline 广告 and 相关阅读; video chrome; bottom 责任编辑 attribution and share.", text="""
nav 首页 > 科技 > 正文
T 国产大模型公司星澜智能完成新一轮融资
o 2026-03-18 09:12 来源：江城晚报
B 星澜智能周二宣布完成十二亿元新一轮融资，由多家国资基金领投。
B 公司表示，资金将主要用于算力采购和人才招聘。
o 广告
rel 相关阅读：多地出台算力补贴政策
B 星澜智能创始人邓思远称，公司今年将推出面向中小企业的低价版本。
o 视频：邓思远谈大模型落地
&o 时长 03:05
B 业内人士认为，行业竞争正从参数规模转向应用场景。
att 责任编辑：刘晓
sh 分享到：微信 微博 QQ空间
"""),

dict(id="zhs-002", lang="zh-Hans", notes="Sport; embedded Weibo post with handle/date and like counts; pull quote duplicate; comments bottom; CRLF.", crlf=True, text="""
T 女排联赛：江苏队三比零横扫天津夺冠
nav 体育频道
B 江苏女排周日在总决赛第三场以三比零战胜天津队，以三比零的大比分夺得联赛冠军。
B 主攻手吴梦洁全场拿下二十一分。
o 冠军属于每一个坚持的人！谢谢球迷一路陪伴！
o @江苏女排官方 3月30日 21:48 来自微博
o 转发 1.2万 ｜ 评论 8640 ｜ 赞 5.6万
B 主教练蔡敏赛后说：“这个冠军是整个赛季一点点打出来的。”
dup 主教练蔡敏赛后说：“这个冠军是整个赛季一点点打出来的。”
B 这是江苏队队史第三个联赛冠军。
com 网友评论
&com 发表评论
&com 已有 326 人参与
"""),

dict(id="zhs-003", lang="zh-Hans", notes="Crypto exchange news; multi-line ticker at top; promo mid; reposting disclaimer; 你可能还喜欢 with doubled teasers.", fmt="single", text="""
tk ETH
tk $3,012.44
tk +2.13%
T 以太坊基金会公布新一轮资助名单
B 以太坊基金会周三公布新一轮生态资助名单，共有四十七个项目获得资助。
B 资助总额约为一千一百万美元。
B 其中零知识证明相关项目占比最高。
B 下一轮申请将于六月开放。
cp 注册即领 50 USDT 体验金，新用户专享。
dis 声明：本站文章转载自公开平台，仅供参考，不代表本平台观点，亦不构成投资建议。
rel 你可能还喜欢
rel 香港稳定币新规下月生效
rel 香港稳定币新规下月生效
rel 文章香港稳定币新规下月生效最早发布于链闻速递。根据香港金管局
sh 分享
rel 链闻速递2026/03/25 16:40
"""),

dict(id="zhs-004", lang="zh-Hans", notes="Culture; no headline; photo caption and credit line; 继续阅读 button and app prompt mid-story; bottom copyright. Trailing whitespace and blank run.", ws=True, text="""
nav 文化频道
B 第十届西岭电影节周六闭幕，青年导演方晓棠凭借《雪线》获得最佳影片。
C 方晓棠在颁奖礼上发表感言。
C 图片来源：西岭电影节组委会
B 《雪线》讲述川西一位护林员的故事，全片在海拔四千米以上拍摄。
o 展开全文
nav 打开客户端，阅读更多精彩内容
B 方晓棠说：“感谢所有在山上陪我们熬过冬天的人。”
B 本届电影节共放映影片一百二十部。
~
o 版权所有 © 2026 西岭文化传媒 未经授权禁止转载
"""),

dict(id="zhs-005", lang="zh-Hans", notes="Politics/economy; top date stamp and cookie notice; inline 阅读更多 teaser; newsletter insert; poll widget at bottom.", text="""
ck 本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意。 我知道了
T 多省份上调最低工资标准
o 2026年04月02日 07:30
B 今年以来，已有九个省份宣布上调最低工资标准，平均涨幅约为百分之五。
B 其中，广东一类地区月最低工资标准提高至二千五百元。
rel 阅读更多：新就业形态劳动者权益保障政策解读
B 人社部门表示，调整综合考虑了物价水平和就业形势。
B 专家认为，上调有助于提高低收入群体消费能力。
nl 订阅每日财经早报，重要资讯不错过
o 投票：你所在城市今年涨工资了吗？
&o 涨了
&o 没涨
&o 查看结果
"""),

dict(id="hard-zhs-001", lang="zh-Hans", notes="HARD: story about platforms' new comment-section rules; body quotes 评论区 prompts; page carries a real comment prompt and share bar.", text="""
T 网信部门要求平台加强评论区管理
o 记者 王一帆
B 国家网信部门日前发布通知，要求新闻平台对评论区实行“先审后发”管理。
B 通知提到，部分平台评论区“发表评论”按钮旁缺少举报入口。
B 平台须在三十日内完成整改。
o 广告
B 多家平台表示，将增加人工审核人员。
B 有专家提醒，审核标准应当公开透明。
com 评论（12）
com 我来说两句
sh 分享到朋友圈
"""),
]
