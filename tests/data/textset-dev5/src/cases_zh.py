from make_cases import case

CASES = []
A = CASES.append

A(case("zht-001", "zh-Hant", "HK finance portal: Hang Seng close led by property stocks; site header and index box on top; share bar, related news, disclaimer at bottom; trailing whitespace.", """
ot|港財通 HKFinPost{sp}
tk|恒指 22,104.50 ▼268.31 (-1.20%)　國指 7,912.44 ▼1.05%　科指 5,230.18 ▼0.87%{tab}
T|恒指三連跌 內房股再受壓 永昌置地急挫一成
ot|2026年3月24日 16:25
B|【港財通訊】港股今日(24日)連跌第三日，恒生指數收市報22,104點，跌268點或1.2%，全日成交額1,386億元。{sp}
B|內房股成為拖累大市的主要板塊。永昌置地表示將動用30日寬限期支付周一到期的美元債票息，股價收跌10.4%，報1.12元。
B|其他內房股同樣受壓：
B|・華城發展跌6.1%
B|・遠泰地產跌4.8%
B|・恒朗集團跌3.9%
B|分析師指，市場擔心更多發展商出現流動性問題，短期內板塊難有起色。{nbsp}
B|科技股方面，騰雲控股逆市升1.3%，為表現最好的藍籌。
sh|分享：Facebook｜WhatsApp｜微信｜複製連結
rl|相關新聞
rl|內房債違約潮再起？三大指標要留意
rl|南向資金連續五日淨流入 累計逾200億
di|免責聲明：本網站所載資料僅供參考，並不構成任何投資建議。投資涉及風險，證券價格可升可跌。
"""))

A(case("zht-002", "zh-Hant", "Taiwan finance portal, no final newline: TSMC-like ADR move and Taiex; breadcrumb, author and time on top; photo caption; further-reading block, tags, LINE follow pitch and comment count at bottom.", """
nv|首頁 > 台股 > 盤後焦點
T|台積電ADR大漲4% 台股期夜盤跟漲逾200點
ot|記者林佳蓉／台北報導
ot|2026/05/07 07:48
C|圖為新竹科學園區晶圓廠外觀。（圖／鉅亨資料照）
B|美股周三收高，台積電ADR大漲4.1%，收在每股212.6美元，帶動台指期夜盤上漲216點，收22,874點。
B|費城半導體指數同步上漲2.7%，主要受惠於雲端業者上調資本支出預期。
B|外資昨日在集中市場買超新台幣148億元，其中台積電獲買超2.1萬張。
B|法人預估，台股今日可望開高，但23,000點附近仍有賣壓。
B|「短線追價要謹慎，留意匯率變化。」投顧分析師吳承翰說。
rl|延伸閱讀
rl|外資連三買 AI伺服器族群再成焦點
rl|新台幣升破30元 出口商拋匯增加
nv|#台積電 #ADR #台股 #外資
nl|加入財經快報LINE官方帳號，盤前重點第一手掌握
cm|留言 3""", final_nl=False))

A(case("zht-003", "zh-Hant", "Taiwan crypto media: FSC VASP registration deadline; coin ticker spread over lines on top; exchange sign-up promo, risk warning, Telegram pitch and authorised-repost credit at bottom.", """
tk|BTC
+tk|NT$3,104,220
+tk|+1.36%
+tk|ETH
+tk|NT$121,780
+tk|-0.42%
T|金管會：虛擬資產業者六月底前須完成登記 逾期最高罰200萬
ot|幣圈新聞網 編輯部｜2026-04-11
B|金融監督管理委員會10日表示，在台灣提供虛擬資產服務的業者，須在今年6月30日前完成洗錢防制登記，未完成者不得繼續營業。
B|目前已有28家業者完成登記，另有6家境外交易所正在審查中。
B|金管會證期局副局長陳怡萍指出，違規者最高可處新台幣200萬元罰鍰，負責人也可能面臨刑事責任。
B|重點整理
B|一、登記截止日：6月30日
B|二、適用對象：境內外對台灣用戶提供服務的業者
B|三、罰則：最高200萬元，並可公布名稱
B|業界人士認為，新規上路後，部分小型平台可能退出台灣市場。
pr|現在註冊幣峰交易所，完成身分驗證即領 1,000 元新台幣等值獎勵金
di|風險提示：虛擬資產價格波動劇烈，可能損失全部本金，請審慎評估自身風險承受能力。
nl|追蹤我們的 Telegram 頻道，即時接收幣圈快訊
at|本文經授權轉載自「鏈上觀察」，原文標題為〈VASP登記倒數〉。
"""))

A(case("zht-004", "zh-Hant", "HK crypto exchange news page: SFC licences; doubled dek on line 1, nav and app prompt; squashed ticker, repost disclaimer and a related block with doubled teasers, share lines and stamps.", """
du|證監會再批出兩個虛擬資產交易平台牌照，持牌平台增至十二家。證監會再批出兩個虛擬資產交易平台牌照，持牌平台增至十二家。
nv|港幣通 資訊 ｜ 行情 ｜ 學院 ｜ 活動
nv|立即下載港幣通App，隨時掌握行情
T|證監會再發兩牌 本地持牌虛擬資產平台增至12家
B|證券及期貨事務監察委員會周五宣布，向恒鏈數字及灣區幣所批出虛擬資產交易平台牌照，兩家平台將可向零售投資者提供服務。
B|至此，本港持牌平台增至12家。
B|證監會中介機構部執行董事梁詠詩表示，獲發牌平台須把98%客戶資產存放於冷錢包，並為其餘部分購買保險。
B|恒鏈數字行政總裁許俊傑稱，平台預計下月初開放零售用戶交易比特幣及以太幣兩種幣種。
B|業界估計，本港虛擬資產交易平台今年的總交易量可達3,000億港元。
tk|比特幣 BTC HK$757,312.40 +0.92% 以太幣 ETH HK$29,604.10 -0.35%
di|聲明：本頁轉載文章來自公開平台，僅供參考，不代表港幣通立場；如有侵權請聯絡我們刪除。本文不構成任何投資建議。
rl|你可能感興趣
rl|穩定幣條例生效後 首批發牌名單最快年底公布
rl|穩定幣條例生效後 首批發牌名單最快年底公布
sh|分享
rl|鏈聞速遞2026/03/28 11:05
rl|香港現貨以太幣ETF首季資金淨流入創新高
rl|香港現貨以太幣ETF首季資金淨流入創新高
sh|分享
rl|鏈聞速遞2026/03/27 19:42
"""))

A(case("hard-zht-001", "zh-Hant", "Hard: story about the SFC warning on unlicensed exchanges' welcome bonuses; quotes the promo slogans and lists bonus tiers (story). The page carries its own welcome-bonus banner, referral code, disclaimer and share bar.", """
pr|🎁 新用戶專享：首筆入金滿1,000港元，即送50 USDT體驗金
T|證監會點名三間無牌平台 「首存即送500 USDT」等迎新優惠涉誤導
ot|財經記者 何嘉敏
B|證監會周二發出警告，指三間未獲發牌的虛擬資產交易平台以高額迎新獎賞吸引本港投資者開戶，部分宣傳涉嫌誤導。
B|其中一間平台在社交媒體的廣告寫道：「首存即送500 USDT，零門檻！」
B|另一則廣告則稱：「邀請好友，雙方各得100 USDT。」
B|證監會指出，這些獎賞實際設有多重條件：
B|・首存須達1萬美元
B|・30日內合約交易量須達50萬美元
B|・獎賞僅可用作手續費抵扣，不能提取
B|證監會提醒投資者，只應使用持牌平台，並留意「迎新優惠」背後的槓桿交易風險。
pr|使用推薦碼 HKF888 註冊，現貨手續費永久九折
di|本文僅供參考，不構成任何要約或投資建議。虛擬資產價格波動大，投資前請自行評估風險。
sh|分享到：Facebook　X　Telegram
"""))

# ---------------------------------------------------------------- zh-Hans
A(case("zhs-001", "zh-Hans", "Sina-style finance portal, single-newline file: A-share close; index box on top; editor, source, app prompt, risk line, related reading and comment link at bottom.", """
tk|上证指数 3362.07 +0.12%  深证成指 10518.44 -0.35%  创业板指 2140.96 -0.61%
T|A股收评：沪指微涨 券商股午后拉升 两市成交1.21万亿
at|来源：华夏财讯
ot|2026年03月24日 15:08
B|3月24日，A股三大指数涨跌不一。截至收盘，沪指涨0.12%报3362.07点，深成指跌0.35%，创业板指跌0.61%。
B|两市全天成交额1.21万亿元，较上一交易日缩量约900亿元。
B|盘面上，券商板块午后快速拉升，中原证券、华林证券涨停；半导体、光伏板块走弱。
B|北向资金全天净买入23.6亿元。
B|分析人士认为，市场在3350点附近获得支撑，短期仍以震荡为主。
at|责任编辑：周文斌
nv|打开华夏财讯APP，查看更多实时行情
di|股市有风险，投资需谨慎。本文观点仅供参考，不构成买卖依据。
rl|相关阅读
rl|券商板块为何突然异动？三大催化因素解析
rl|北向资金连续三日净买入 重点加仓这些行业
cm|我要评论（26）
""", nl="single"))

A(case("zhs-002", "zh-Hans", "Crypto media: bitcoin miners selling; flash-news header, doubled title, coin ticker and fear & greed gauge; extra blank lines, community pitch, author-view statement and original-link attribution at bottom.", """
ot|链闻快讯
T|比特币矿工上月抛售约1.2万枚BTC 创两年来新高
du|比特币矿工上月抛售约1.2万枚BTC 创两年来新高
tk|BTC $96,880 ↑1.1%　ETH $3,790 ↑0.4%　SOL $204 ↓2.3%
tk|恐惧与贪婪指数：64（贪婪）
B|链上数据平台矿池观察的数据显示，2月份比特币矿工共转出约12,100枚BTC至交易所，为2024年初以来最高水平。
B|同期全网算力持续走高，挖矿难度在2月内上调两次，累计上调约11%。
B|分析师称，在单位算力收益降至每PH每天约48美元后，部分使用老旧矿机的矿工被迫出售存量比特币以支付电费。
B|不过，大型上市矿企多数仍在增持。
B|“小矿工在卖，大矿工在囤，这是行业洗牌的典型信号。”矿业研究员孟子涵说。
~3
nl|加入链闻电报群，第一时间获取行业快讯
di|声明：本文仅代表作者个人观点，不代表链闻立场，亦不构成任何投资建议。
at|原文链接：https://minerwatch.example/report/2026-02
"""))

A(case("zhs-003", "zh-Hans", "Exchange news page, CRLF file: Ethereum upgrade date; register-bonus promo and copy-trading pitch on top; share bar in the middle; risk warning and recommended articles at the bottom.", """
pr|注册即领最高6,000 USDT新人礼包，限时7天
pr|一键跟单百位优选交易员，最低10 USDT起跟
nv|资讯 / 行业动态
T|以太坊“Glasswing”升级定档5月14日 质押提款上限将提高
ot|发布时间：2026-04-08 09:30
B|以太坊核心开发者在周四的会议上确认，代号为“Glasswing”的网络升级将于5月14日在主网激活。
B|此次升级将把单个验证者的有效余额上限由32 ETH提高至2,048 ETH，便于大型质押机构合并节点。
sh|分享至：微博　微信　X　复制链接
B|升级还包括降低二层网络数据发布费用的改动，开发者预计部分二层网络手续费可下降约30%。
B|测试网已于3月完成两次分叉演练，未发现重大问题。
B|消息公布后，ETH短线上涨2.4%，报3,842美元。
di|风险提示：数字资产交易具有较高风险，价格可能剧烈波动。本平台发布的资讯仅供参考，不构成投资建议，请您理性判断、谨慎决策。
rl|相关推荐
rl|质押上限提高后，哪些质押服务商将受益？
rl|二层网络手续费战：谁会率先降价？
""", crlf=True))

A(case("zhs-004", "zh-Hans", "No headline: WeChat-public-account style repost on gold prices; 'tap blue text to follow' on top; 'read original', like/wow bar and copyright/removal notice at the bottom.", """
nv|点击上方蓝字，关注金价观察
at|本文来源：贵金属研究院
B|本周国际金价再创新高，伦敦现货金一度触及每盎司2,951美元。
B|国内金价同步上涨，上海黄金交易所Au9999合约周五收报每克688.40元，周涨幅2.3%。
B|多家品牌金店足金饰品价格突破每克850元。
B|业内人士提醒：
B|金价处于历史高位，短期波动可能加大，普通消费者不宜追高囤金。
B|央行连续第16个月增持黄金，2月末储备为7,390万盎司。
at|阅读原文
sh|分享　点赞　在看
di|版权归原作者所有，如有侵权请联系后台删除。文章仅供交流，不构成投资建议。
"""))

A(case("hard-zhs-001", "zh-Hans", "Hard: story about fake 'trading mentor' groups pumping coins; quotes group slogans and lists fake profit screenshots (story). The page has a real copy-trading promo, a WeChat/Telegram group pitch and a risk disclaimer.", """
nv|币界网 > 新闻 > 安全
T|“带单老师”骗局调查：一个群里，98%的人在亏钱
ot|币界网记者 沈若溪
B|近期，多地警方通报涉及虚拟货币“带单群”的诈骗案件。记者卧底其中一个500人微信群发现，群主每天定时发布“喊单”信息。
B|典型话术包括：
B|“跟着老师上车，稳赚不赔！”
B|“今晚8点，目标币种翻三倍，错过再等一年。”
B|群内流传的“收益截图”显示：
B|3月2日 +182%
B|3月5日 +240%
B|3月9日 +96%
B|但记者核对链上记录发现，截图中的交易从未发生。群成员被引导至一个仿冒交易所充值，累计被骗金额超过1,200万元。
B|警方提醒，凡是承诺“保本高收益”的带单群，均可能涉嫌诈骗。
pr|币界合作平台：专业交易员实盘跟单，收益透明可查，立即体验
nl|扫码加入币界官方社群，获取每日行情解读
di|免责声明：币界网所有资讯仅供参考，不构成任何投资建议，投资者据此操作，风险自担。
"""))
