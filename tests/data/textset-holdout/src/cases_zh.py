# Traditional (zh-Hant) and Simplified (zh-Hans) Chinese cases. All invented.
CASES = []


def case(id, lang, notes, src, **opt):
    CASES.append(dict(id=id, lang=lang, notes=notes, src=src, **opt))


case("zht-101", "zh-Hant", "HK aggregator header, breadcrumb, reporter byline and time at top; share bar, related links and 'images for reference' notice at bottom; in-story subheading.", """
at 港聞速遞
nv 首頁 > 港聞 > 交通
T 東涌綫延線新站下月啟用　料每日接載三萬人次
ot 記者 陳嘉欣 報道
ot 2026年2月18日 星期三 09:32
B 港鐵公司宣布，東涌綫延線的東涌東站將於下月十五日正式通車，預計每日接載約三萬人次。
B 新站位於東涌新市鎮擴展區，步行至最近的公共屋邨約需五分鐘。
B 港鐵表示，列車班次在繁忙時間將維持每四分鐘一班。
B 居民反應
B 有東涌居民表示，過去要轉乘巴士往東涌站，單程需時二十分鐘，新站啟用後可省卻不少時間。
B 立法會交通事務委員會副主席表示，歡迎新站提早半年完工。
sh 分享：Facebook｜WhatsApp｜複製連結
rl 延伸閱讀
rl 機場三跑道系統客運量創新高
rl 屯馬綫週末加密班次
ot 圖片僅作示意用途。圖文資料由系統自動擷取自互聯網，版權屬原作者所有。
""")

case("zht-102", "zh-Hant", "Taiwan news page: photo caption with agency credit, ad label and 'continue reading' marker mid-story, app prompt and cookie notice with button at the bottom; single newlines.", """
T 花蓮外海規模5.8地震　全台有感無災情
C 中央氣象署地震測報中心人員說明地震資訊。（圖／中央氣象署提供）
B 中央氣象署指出，今天清晨5時12分花蓮縣近海發生芮氏規模5.8地震，震源深度18.6公里。
B 花蓮縣太魯閣最大震度達5弱，台北市震度3級。
ot 廣告
ot 請繼續往下閱讀...
B 台鐵表示，花東線列車一度暫停行駛，經檢查軌道無異狀後於6時30分恢復通車。
B 氣象署提醒，未來一週仍可能有規模4以上餘震。
B 目前各縣市均未傳出災情。
ot 下載東岸新聞APP，地震速報第一時間推播給你
ck 本網站使用Cookie以提升您的瀏覽體驗，繼續使用即表示您同意本站隱私權政策。
ck 我知道了
""", sep="single")

case("zht-103", "zh-Hant", "Crypto-exchange scrape of an HK story: doubled dek on line 1, squashed one-line ticker, deposit promo, reposting disclaimer, related teasers with doubled titles, 'first published on' lines and site+timestamp stamps.", """
dp 香港數碼港推出新一輪初創資助計劃。香港數碼港推出新一輪初創資助計劃。
T 數碼港撥款兩億元支援人工智能初創
B 數碼港周一宣布撥款兩億港元，支援約一百間本地人工智能初創企業租用算力及數據中心服務。
B 每間合資格企業最多可獲二百萬港元資助，為期兩年。
B 數碼港行政總裁表示，計劃旨在降低初創企業的研發成本，吸引更多海外人才來港。
B 申請將於四月一日開始。
tk ETH 以太坊 3,095.21 USD ▼1.02% 24H
cp 新用戶註冊即送100 USDT體驗金，立即前往HexaBit開戶！
dc 免責聲明：本頁所載文章轉載自公開平台，僅供參考，並不代表HexaBit之觀點。文章版權歸原作者所有，如認為內容侵權，請電郵至 copyright@hexabit.hk 要求刪除。本平台不保證內容之準確性，亦不構成任何投資建議。
rl 熱門文章
rl 比特幣現貨ETF連續五日淨流入
rl 比特幣現貨ETF連續五日淨流入
rl 本文首發於 幣訊網。比特幣現貨ETF本周錄得
rl 幣訊網2026/03/11 10:24
rl 穩定幣條例草案完成首讀
rl 穩定幣條例草案完成首讀
rl 本文首發於 幣訊網。立法會周三首讀
rl 幣訊網2026/03/10 17:52
""")

case("zht-104", "zh-Hant", "No headline in the scrape; Taiwan travel story; tag list, newsletter pitch and comment widget at the bottom; trailing whitespace.", """
B 台南市政府今年首度在安平老街舉辦「夜燈節」，為期兩週，吸引大批遊客。
B 主辦單位在老街兩側掛上一千二百盞手工燈籠，由當地國小學生彩繪。
B 市府觀光旅遊局表示，開幕首個週末已有超過八萬人次入園。
B 周邊店家指出，晚間營業額比平日增加約三成。
B 活動至三月九日止。
nv 標籤：台南、安平、燈節、觀光
nl 訂閱南方旅遊電子報，每週五收到最新玩樂情報
cm 留言（12）
cm 登入後即可參與討論
""", trail=2)

case("zht-105", "zh-Hant", "HK weather story: paywall prompt in the middle, 'Source' and 'originally published' lines, related list and share count at the bottom; datelines and short one-line paragraph.", """
nv 天氣 / 本地
T 天文台發出寒冷天氣警告　市區氣溫跌至八度
B 【本報訊】
B 天文台昨晚發出今年首個寒冷天氣警告，預測今日清晨市區氣溫跌至約八度，新界部分地區更低。
B 民政事務總署開放十八個臨時避寒中心。
ot 訂閱會員即可閱讀全文，首月只需港幣十元。
ot 已是會員？登入
B 社會福利署呼籲市民多關心獨居長者。
B 天文台預料寒冷天氣持續至周末。
at 資料來源：香港天文台
at 原文刊於《晨報》
sh 已有 356 人分享
rl 相關新聞：大帽山結霜　警方封路
""")

case("hard-zht-101", "zh-Hant", "HARD: HK privacy commissioner guidance on cookie consent banners; quoted banner wording and button labels in sentences plus short subheading must be kept; real cookie banner with buttons at the bottom.", """
at 科技新知匯
T 私隱專員：網站不應預設勾選「接受所有Cookie」
ot 撰文：黃志朗｜2026-01-22
B 個人資料私隱專員公署發出新指引，要求網站在收集訪客瀏覽數據前，須清楚列明用途，並提供同樣顯眼的「拒絕」按鈕。
B 公署檢視了二百個本地網站，發現約四成的Cookie橫額只有「接受」及「了解更多」兩個選項。
B 預設勾選的問題
B 指引指出，橫額上寫着「繼續瀏覽即代表你同意使用Cookie」的做法，未必構成有效同意。
B 公署表示，指引不具法律約束力，但會作為處理投訴時的參考。
ck 本網站使用Cookies收集瀏覽數據，以改善服務及提供個人化內容。
ck 全部接受
ck 管理設定
""", hard=True)

case("zhs-101", "zh-Hans", "Aggregator header, breadcrumb, source and editor lines, share bar and related reading list; one-line paragraph.", """
at 今日速览
nv 首页 > 城市 > 交通
T 上海地铁19号线首期工程完成全线贯通
ot 2026-02-09 08:15
at 来源：申城晚报
B 记者从上海申通地铁集团获悉，地铁19号线首期工程日前实现全线隧道贯通，预计明年底开通试运营。
B 19号线全长约44.5公里，设车站33座，其中换乘站14座。
B 线路建成后，将串联闵行、徐汇、黄浦、虹口和宝山五个区。
B 施工难度不小。
B 据介绍，线路在外滩段下穿黄浦江，盾构机需在深约四十米的地层中推进。
ot 责任编辑：王敏
sh 分享到：微信 微博 QQ空间
rl 相关阅读
rl 上海市域铁路机场联络线进入联调阶段
rl 春运首日上海虹桥站发送旅客超过三十万人次
""")

case("zhs-102", "zh-Hans", "Crypto-exchange scrape: doubled dek, multi-line price widget, promo, reposting disclaimer, related teasers with doubled titles, '本文首发于' lines and stamps.", """
dp 广东出台新政支持低空经济产业发展。广东出台新政支持低空经济产业发展。
T 广东发布低空经济十条措施
B 广东省政府近日印发《推动低空经济高质量发展若干措施》，提出到2027年低空经济规模超过三千亿元。
B 措施包括建设低空飞行服务保障体系、开放更多低空空域，以及支持无人机企业在深圳、广州设立研发中心。
B 省发展改革委表示，将设立总规模一百亿元的产业基金。
B 业内人士认为，措施将加快物流无人机和电动垂直起降飞行器的商业化。
tk 行情
>tk BNB
>tk $588.42
>tk +0.87%
>tk 24小时成交额 $1.42B
cp 限时福利：注册OKVia完成首笔交易，最高领取50 USDT合约体验金。
dc 声明：本页文章转载自公开渠道，仅供参考，不代表OKVia立场。文章版权归原作者所有，如涉及侵权请联系 service@okvia.com 删除。内容不构成任何投资建议。
rl 猜你喜欢
rl 以太坊Gas费降至一年来最低
rl 以太坊Gas费降至一年来最低
rl 本文首发于 链闻速递。本周以太坊网络平均
rl 链闻速递 2026年02月27日 12:03
""", trail=5)

case("zhs-103", "zh-Hans", "Shenzhen drone delivery story with photo caption and credit; ad label and 'expand full text' prompt mid-story; app prompt and comment widget at the bottom; CRLF line endings.", """
T 深圳无人机外卖配送单日突破两万单
C 一架配送无人机在深圳南山区降落。（图片来源：鹏城视觉 摄影：李航）
B 深圳市交通运输局数据显示，全市无人机外卖配送单日订单量近日首次突破两万单。
B 目前全市共开通无人机配送航线186条，覆盖写字楼、公园和高校。
ot 广告
ot 点击展开全文
B 平均配送时长约为15分钟，比地面配送缩短近一半。
B 有关部门表示，将继续完善低空航线审批和安全监管。
ot 扫码下载鹏城新闻客户端，随时随地看新闻
cm 网友评论
cm 已有0人参与，发表你的看法
""", crlf=True)

case("zhs-104", "zh-Hans", "Education story: breadcrumb, keyword tags, reposting/rights disclaimer and 'images for reference' notice at the bottom; numbered list of facts in the body.", """
nv 当前位置：首页 > 教育 > 正文
T 教育部：今年高校将新增人工智能本科专业点
B 教育部日前公布本年度普通高等学校本科专业备案和审批结果，新增人工智能相关专业点一百余个。
B 主要变化包括：
B 1. 新增智能交互设计等二十余个新专业；
B 2. 撤销部分招生困难的专业点；
B 3. 鼓励高校开设跨学科辅修课程。
B 有关负责人表示，专业设置将更加贴近产业需求。
nv 关键词：高校 专业设置 人工智能
dc 转载声明：本文转载自网络，版权归原作者所有，如有侵权请联系本站删除。
ot 文中配图仅供参考，与正文内容无关。
""")

case("zhs-105", "zh-Hans", "No headline in the scrape; rainstorm story; newsletter pitch mid-story; 'Originally published' and share lines at the bottom; no final newline.", """
B 新华社南宁电
B 受强降雨影响，广西桂林、柳州等地多条河流出现超警戒水位。
B 桂林市已启动防汛四级应急响应，转移群众两千余人。
nl 订阅每日早报，重要新闻一手掌握
B 气象部门预计，未来三天广西北部仍有大到暴雨。
B 铁路部门表示，部分途经桂林的列车已调整运行区段。
at 原载《南国日报》
sh 转发　收藏　点赞
""", nofinal=True)

case("hard-zhs-101", "zh-Hans", "HARD: crypto price story; price-laden sentences and a bullet list of coin moves are body; real multi-line ticker, squashed ticker and exchange promo on the page.", """
tk BTC$61,087.3-2.41%ETH$2,796.5-3.05%DOGE$0.1512+1.20%
T 比特币跌破六万二千美元　全网爆仓超八亿美元
ot 作者：链上观察员｜2026-03-04 22:10
B 比特币周三一度跌至60,880美元，创近两个月新低，随后小幅反弹至61,100美元附近。
B 以太坊同期下跌3.1%，报2,796美元。
B 过去24小时全网合约爆仓金额超过8亿美元，其中多单占比约八成。
B 主要币种24小时涨跌：
B · 比特币 -2.4%
B · 以太坊 -3.1%
B · 狗狗币 +1.2%
B 分析人士指出，60,000美元是短期重要支撑位。
cp 新人专享：注册BitLuma即领合约手续费券，最高100 USDT。
tk 实时行情
>tk BTC
>tk 61,087.30
>tk -2.41%
""", hard=True)
