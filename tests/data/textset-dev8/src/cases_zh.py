"""Chinese cases: zh-Hant (zht-, hard-zht-) and zh-Hans (zhs-, hard-zhs-)."""
from caselib import case

case("zht-001", "zh-Hant",
     "HK property portal repost: breadcrumb at top, an inline 延伸閱讀 teaser and an ad label between "
     "paragraphs, next to a short subheading; image notice, related list and share row at the bottom.", r"""
N.nv 首頁 > 地產 > 樓市動向
T 古洞北住宅地以8.6億元批出 每呎樓面地價創區內新低
B 地政總署周三公布，北部都會區古洞北一幅住宅用地以8.6億元批出，由本地發展商恒峯地產投得。
B 以可建樓面約43萬平方呎計算，每呎樓面地價約2,000元，較市場估值下限低約一成。
N.rl 延伸閱讀：北部都會區首批商業地 流標原因一次看
B 測量師指出，發展商近期對新界北地皮取態審慎，主要擔心區內交通配套落成時間一再延後。
N.ot 廣告
B 入標情況
B 該地皮共接獲4份標書，少於上一幅同區地皮的9份。
B 恒峯地產主席何家樑表示，項目預計2030年落成，提供約900個單位，以中小型單位為主。
N.dc 圖片僅供參考，內容由系統自動整理自網絡公開資料，版權歸原作者所有，如有侵權請聯絡刪除。
N.rl 相關新聞
N.rl 屯門海皇路商住地 接獲11份標書
N.rl 二手樓價連跌三周 中原指數回落至141點
N.sh 分享到：Facebook｜WhatsApp｜Telegram
""")

case("zht-002", "zh-Hant",
     "Taiwan offshore-wind story reposted on an exchange's Traditional-Chinese news tab: doubled dek "
     "first, then crypto promo, a multi-line ticker, a repost disclaimer and a 'you may also like' "
     "block with doubled teaser titles and stamps.", r"""
N.dp 台電第三階段離岸風電招標結果出爐，外資開發商仍佔多數。台電第三階段離岸風電招標結果出爐，外資開發商仍佔多數。
T 離岸風電第三階段選商揭曉 五家開發商取得3.6GW容量
B 經濟部能源署周五公布離岸風電區塊開發第三階段選商結果，共有五家開發商取得合計3.6GW併網容量。
B 本輪規則首次要求得標者承諾一定比例的國產化項目，包括水下基礎與電纜。
B 能源署副署長林正德表示，首批機組預計2029年併網，完工後每年可供應約150萬戶家庭用電。
B 業者憂成本上升
B 多家開發商坦言，國產化要求加上利率走高，使每度電成本較第二階段高出約兩成。
B 「我們不是不想做在地化，而是供應鏈還沒準備好。」一名外商代表說。
N.cp 想讓您的項目被更多投資人看見？立即申請刊登至本站「新幣觀察」專欄。
N.tk 市場行情
+N.tk Cardano Logo
+N.tk Cardano Price(ADA)
+N.tk $0.4127
+N.tk $0.4127$0.4127
+N.tk -0.92%
+N.tk USD
N.dc 免責聲明：本頁文章轉載自公開平台，僅供參考，不代表本站立場，亦不構成任何投資建議。如涉及侵權，請來信 service@coinlyra.example，我們將盡快處理。
N.rl 你可能也喜歡
N.rl 以太坊質押比例創新高 分析師：短期賣壓有限
N.rl 以太坊質押比例創新高 分析師：短期賣壓有限
N.rl 原文標題〈以太坊質押比例創新高 分析師：短期賣壓有限〉刊於鏈聞速遞。截至本周，質押中的ETH佔總量...
+N.sh 分享
+N.rl 鏈聞速遞2026/02/13 21:05
""")

case("zht-003", "zh-Hant",
     "Taiwan court story without headline, single newlines: reporter line at top, a photo caption and "
     "its doubled copy mid-story, more-news list, comment prompt and cookie notice at the bottom.", r"""
N.ot 記者陳韻如／台北報導
B 台北地方法院今（18）日就電商平台「好購易」涉嫌隱匿退貨費用一案作出一審判決，判處前執行長許明峰有期徒刑2年6個月。
B 檢方起訴指出，該平台自2022年起在結帳頁面以小字加收「處理費」，兩年間向約37萬名消費者多收逾1.2億元。
C 台北地方法院外觀。（圖／資料照）
N.dp 台北地方法院外觀。（圖／資料照）
B 合議庭認為，被告明知費用未在商品頁揭露，仍指示工程師隱藏相關說明，犯行明確。
B 許明峰在庭外表示：「我尊重法院，但會上訴到底。」
B 全案仍可上訴。
N.rl 更多新聞
N.rl 外送平台新制上路 消費者取消訂單須付費？
N.cm 發表留言前請先登入會員
N.ck 本網站使用Cookie以提供更好的瀏覽體驗，繼續使用即表示您同意我們的隱私權政策。 我知道了
""", nl="single")

case("zht-004", "zh-Hant",
     "HK flu-season health story, CRLF: a newsletter box and an embedded Instagram post mid-story, "
     "a data-source line and tags at the bottom.", r"""
T 流感高峰期提早到來 公立醫院內科病床使用率逾110%
B 衞生防護中心周一宣布，本港已進入冬季流感高峰期，較去年提早約兩星期。
B 過去一周，呈陽性反應的呼吸道樣本中約有16%為流感病毒，主要是甲型H3N2。
N.nl 【每日健康速遞】登記免費電子報，每朝7點送上最新醫療資訊 ➜ 立即登記
B 醫管局表示，多間公立醫院內科病床使用率超過110%，部分病人需在走廊等候。
N.ot 在 Instagram 查看這則貼文
+N.ot 醫管局 Hospital Authority (@ha_hk) 分享的貼文
B 市民注意事項
B 衞生防護中心呼籲長者及幼童盡快接種季節性流感疫苗，並避免前往人多擠迫的地方。
B 發燒或出現呼吸道症狀的人士應戴上口罩並及早求醫。
N.at 資料來源：衞生防護中心、醫院管理局
N.nv 標籤：流感　疫苗　醫管局　公共衞生
""", crlf=True)

case("hard-zht-001", "zh-Hant",
     "Hard: the story is about Taiwanese news sites' paywalls and quotes a paywall notice as body; the "
     "page itself carries a real metered-paywall prompt, a subscribe pitch and a related list.", r"""
N.nv 媒體觀察｜數位轉型
T 台灣新聞網站紛築付費牆 訂閱人數兩年成長三倍
B 台灣數位新聞產業近年加速轉向訂閱制，根據傳播學會最新調查，目前已有14家主要新聞網站設置付費牆，付費訂戶合計約52萬人。
B 多數網站採「計量制」，讀者每月可免費閱讀一定篇數，超過後即出現提示。
B 一家財經網站的提示寫著：
B 「本文為訂閱會員專屬內容，登入後即可閱讀全文。」
B 研究主持人、政大副教授林佳蓉指出，讀者最願意付費的是調查報導與財經分析，一般即時新聞則難以收費。
B 她也提醒，付費牆若過於嚴格，可能使年輕讀者轉向社群平台取得資訊。
N.ot 您本月已閱讀 3/5 篇免費文章，訂閱即可無限暢讀。
+N.ot 立即訂閱｜已是會員？登入
N.rl 推薦閱讀
N.rl 新聞業的AI轉型：編輯台上的三種實驗
""")

# ---------------------------------------------------------------- zh-Hans
case("zhs-001", "zh-Hans",
     "EV price-war story on a Toutiao-style aggregator: source line at top, an inline 相关阅读 teaser "
     "and ad label mid-story next to subheadings, disclaimer, editor line and like/share bar at bottom.", r"""
N.at 来源：车界观察
T 远岚汽车旗下四款车型降价 最高优惠2.8万元
B 远岚汽车周二宣布，旗下四款纯电车型即日起下调售价，最高降幅达2.8万元，入门版车型起售价降至11.98万元。
B 这是该品牌今年以来第二次调价。
N.rl 相关阅读：一季度新能源车渗透率突破55% 二三线城市成主力
B 价格战仍在延续
B 乘联会数据显示，3月国内已有超过20个品牌推出限时优惠或直接降价。
N.ot 广告
B 分析人士认为，电池原材料价格回落为车企降价提供了空间，但中小品牌的利润压力将进一步加大。
B 远岚汽车销售副总裁周立表示：“我们不打算用亏本的方式卖车。”
N.dc 免责声明：本文转载自网络，仅代表作者观点，不代表本平台立场。文章内容仅供参考，不构成投资建议。
N.ot 责任编辑：刘晓彤
N.sh 点赞 收藏 转发
""")

case("zhs-002", "zh-Hans",
     "Chip company results without headline on a Chinese exchange news tab, single newlines: crypto "
     "promo, squashed ticker, repost disclaimer and 'you may also like' block with doubled titles.", r"""
B 深圳3月20日讯——
B 国内模拟芯片设计企业晶川微电子周四晚间披露年报，2025年营业收入同比增长42%，达到31.6亿元，净利润扭亏为盈。
B 公司表示，汽车电子和工业控制芯片出货量大幅增加，其中车规级电源管理芯片收入翻了一番。
B 晶川微电子董事长吴振宇在业绩说明会上说，今年将把研发投入提高到营收的22%。
B 年报显示，公司前五大客户合计贡献约38%的收入，客户集中度较上年有所下降。
N.cp 项目方请注意：本站「早鸟上新」栏目开放申请，覆盖百万活跃交易用户。
N.tk Toncoin LogoToncoin Price(TON)$2.847$2.847+1.53%USD
N.dc 免责声明：本页内容转载自第三方平台，仅供信息参考，不代表本站观点，不构成任何投资、法律或财务建议。如有侵权，请联系 support@bibiyun.example 删除。
N.rl 你可能还喜欢
N.rl 比特币矿企扩张算力 电力成本成最大变量
N.rl 比特币矿企扩张算力 电力成本成最大变量
N.rl 本文转载自币圈快讯网，原文标题为《比特币矿企扩张算力 电力成本成最大变量》。多家上市矿企在...
N.sh 分享
N.rl 币圈快讯网2026/03/21 08:36
""", nl="single")

case("zhs-003", "zh-Hans",
     "Shanghai resale housing story on a Sina-style portal: breadcrumb at top, a photo caption with "
     "credit and a 推荐阅读 box between paragraphs, app prompt and comment count at the bottom.", r"""
N.nv 首页 > 财经 > 房产 > 楼市
T 上海二手房3月成交突破2.6万套 创近三年单月新高
B 上海市房地产交易中心数据显示，3月全市二手住宅成交2.63万套，环比增长71%，为2023年4月以来单月最高。
C 上海浦东一处住宅小区。（图片来源：东方图片库）
B 中介机构认为，一季度多项购房支持政策落地后，改善型需求集中释放。
N.rl 推荐阅读
+N.rl 北京新房供应持续缩量 4月或迎开盘小高峰
+N.rl 深圳公积金贷款额度上调 最高可贷126万元
B 成交结构变化
B 从面积段看，90至144平方米的房源成交占比升至46%。
B 浦东、闵行和宝山三个区成交量位列前三。
B 链房研究院分析师许倩说：“价格仍在筑底，但买家的观望情绪明显减弱。”
N.nv 打开APP，阅读体验更佳
N.cm 我要评论（已有23条评论）
""")

case("zhs-004", "zh-Hans",
     "Science story (ancient rice genome), single newlines, no final newline: a WeChat-follow box "
     "mid-story, a disclaimer and topic link at the bottom.", r"""
T 我国科学家破解万年前水稻基因组 揭示驯化关键一步
B 记者从中国农业科学院获悉，该院研究团队从浙江一处新石器时代遗址出土的炭化稻米中提取出古DNA，首次获得约9,800年前水稻的基因组序列。
B 研究成果于本周发表在国际学术期刊上。
B 论文通讯作者、研究员郑晓雯介绍，古稻样本已具备部分驯化特征，但控制落粒性的关键基因尚未完全突变。
N.nl 扫码关注「科创前沿」公众号，每天一分钟了解科技大事
B 这说明驯化是一个漫长的过程。
B 研究团队下一步将比对长江中下游其他遗址的样本，重建水稻向南传播的路线。
N.dc 声明：本文仅代表作者观点，不代表本站立场。如涉及版权问题，请与本站联系。
N.nv 点击进入专题：科技前沿观察
""", nl="single", final_nl=False)

case("hard-zhs-001", "zh-Hans",
     "Hard: the story is about rules letting users switch off personalised recommendations ('猜你喜欢' "
     "quoted in body); the page carries a real 猜你喜欢 block and a related list.", r"""
N.nv 科技 | 互联网 | 监管
T 新规要求App提供“一键关闭”个性化推荐 平台须在首页显著位置展示
B 国家网信办等四部门周一联合发布通知，要求新闻资讯、短视频和电商类应用在首页显著位置提供关闭个性化推荐的选项。
B 通知指出，目前不少应用将相关开关藏在四五级菜单之下，用户难以找到。
B 通知列出的常见推荐栏目包括：
B “猜你喜欢”“为你推荐”“热门精选”
B 新规明确，用户关闭个性化推荐后，平台不得以降低服务质量等方式变相诱导其重新开启。
B 专家说法
B 中国政法大学教授王磊表示，新规的重点在于“选择权回到用户手中”。
B 通知将于6月1日起施行。
N.rl 猜你喜欢
N.rl 短视频平台未成年人模式升级 每日使用时长默认40分钟
N.rl 外卖平台算法公示：骑手配送时间将增加弹性
N.rl 相关推荐
N.rl 电商平台“大数据杀熟”案一审宣判
N.at 本文来源：法治时报网
""")
