"""Chinese cases of textset-dev14 (zh-Hant and zh-Hans; tag format: see make_cases.py)."""


def case(id, lang, notes, src, **fmt):
    return {"id": id, "lang": lang, "notes": notes, "src": src, **fmt}


CASES = [
# ------------------------------------------------------------------ zh-Hant
case("zht-001", "zh-Hant", "HK finance portal: results story with figures and stock code in the body; index ticker, menu, byline, photo caption, related list, app prompt and disclaimer.", """
nv|首頁 ｜ 港股 ｜ 美股 ｜ A股 ｜ 外匯 ｜ 基金 ｜ 專欄
tk|恒指 19,842.15 ▲212.40 (+1.08%)　國指 7,015.33 ▲0.95%　科指 4,388.70 ▲1.62%
T|德昇物流全年純利跌三成　末期息減至每股8仙
ot|記者 麥嘉穎　2026年3月24日 18:05
C|德昇物流位於葵涌的貨倉。（資料圖片）
B|德昇物流（02381）公布截至去年12月底止全年業績，股東應佔溢利按年下跌31%至4.62億港元，每股盈利12.4仙。
B|期內收入微升2%至88.7億元，但運費回落令毛利率由14.1%收窄至11.6%。
B|公司建議派末期息每股8仙，上年同期為12仙。
B|集團主席鄧啟南表示，今年會削減兩成資本開支，並暫緩兩個新倉庫項目。
B|德昇股價今日收報3.41元，跌4.2%，成交額1.36億元。
rl|相關新聞
+rl|航運股普遍回軟　貨櫃運價連跌五周
+rl|葵涌碼頭吞吐量首季跌4%
nv|下載財經通App，即時接收港股推送
dc|免責聲明：財經通所刊載之行情及評論只供參考，讀者據此作出任何投資決定，本網概不負責。
"""),

case("zht-002", "zh-Hant", "Taiwanese business site: central-bank decision with a short bullet list and subheading; breadcrumb, byline, share row, comments prompt and tag list; trailing whitespace.", """
nv|首頁 > 財經 > 總體經濟
T|央行理監事會利率按兵不動　房市選擇性信用管制再加碼
ot|經貿新報／記者林佳蓉／台北報導
+ot|2026/03/19 16:32
sh|分享　｜　LINE　｜　複製連結
B|中央銀行今（19）日召開第一季理監事會，決議政策利率維持不變，重貼現率仍為2%。
B|總裁蔡明哲表示，今年經濟成長率預估上修至3.1%，消費者物價指數年增率則預測為1.9%。
B|新增管制措施
B|● 第二戶購屋貸款成數上限由五成降至四成。
B|● 公司法人購屋貸款一律不得有寬限期。
B|● 新措施自3月20日起實施。
B|新台幣兌美元今日收在31.42元，升值5.3分。
cm|發表留言前請先登入會員，留言內容請遵守社群規範。
nv|#央行 #利率 #房市 #新台幣
""", trail=True),

case("zht-003", "zh-Hant", "HK press-release distribution page (CRLF): dateline, list, 'About' boilerplate, media enquiries, forward-looking notice and source line.", """
nv|新聞稿中心 › 金融科技
T|匯溢數碼銀行推出跨境理財通2.0服務　首年目標客戶十萬
ot|資訊提供：匯溢數碼銀行有限公司
+ot|2026年4月8日 09:30 香港時間
B|香港2026年4月8日電 /亞訊通/ -- 匯溢數碼銀行今日宣布推出跨境理財通2.0服務，大灣區內地居民可透過手機開戶並投資香港基金產品。
B|新服務的主要特點包括：
B|一、開戶時間縮短至15分鐘；
B|二、可選基金數目增至約180隻；
B|三、首三個月免認購費。
B|行政總裁區詠琪表示：「我們預計首年吸納十萬名客戶，管理資產達50億港元。」
ot|關於匯溢數碼銀行
ot|匯溢數碼銀行為香港金融管理局認可的虛擬銀行，於2020年開業，現有客戶逾六十萬名。
ot|傳媒查詢：
+ot|梁小姐　電話：+852 5550 3321　電郵：media@wy-digital.example
dc|前瞻性陳述：本新聞稿包含涉及風險及不確定因素的前瞻性陳述，實際結果可能與該等陳述有重大差異。
at|消息來源：匯溢數碼銀行有限公司
""", crlf=True),

case("zht-004", "zh-Hant", "Taiwan gold and FX aggregator page: doubled dek, gold story with prices, market widget mid-story, newsletter pitch and related block.", """
dp|國際金價創新高，銀樓牌價同步上調。國際金價創新高，銀樓牌價同步上調。
T|金價站上每盎司2,600美元　台銀黃金存摺一天調價三次
B|國際金價昨夜一度升至每盎司2,618美元，創歷史新高，終場收在2,604美元，漲1.4%。
B|受此影響，台灣銀行黃金存摺牌價今日一天內調整三次，賣出價最高來到每公克2,683元。
tk|現貨黃金 2,604.30 ▲35.80（+1.40%）｜白銀 30.85 ▲0.92%｜美元/新台幣 31.38
B|銀樓公會表示，飾金賣出價每錢上調至9,650元，買進價為7,880元。
B|分析師王毓翔指出，美元走弱與各國央行持續買金是主要推力。
B|「短線漲多，投資人宜分批布局。」
nl|訂閱《理財早報》電子報，每天早上七點掌握金價與匯率。
+nl|立即訂閱
rl|你可能也想看
+rl|美元指數跌破101　亞幣普遍走強
+rl|黃金ETF規模半年增四成
"""),

case("hard-zht-001", "zh-Hant", "HARD: HK story about the securities regulator's new rules on virtual-asset platform advertising; the body quotes a promo slogan and price claims. The page carries a real crypto ticker, a real sign-up promo and a risk disclaimer.", """
tk|BTC/HKD 556,120 ▲1.2%　ETH/HKD 26,640 ▲0.6%　SOL/HKD 1,268 ▼0.9%
T|證監會收緊虛擬資產廣告　禁用「穩賺」「保本」字眼
ot|幣訊港　記者 鄭子謙　2026-02-27
B|證監會今日發出通函，要求持牌虛擬資產交易平台的廣告不得使用「穩賺」、「保本」或「零風險」等字眼。
B|通函指出，部分平台在港鐵站的廣告寫有「比特幣一年升150%，你仲等？」，容易誤導散戶。
B|新規亦要求廣告必須以不少於正文字體大小顯示風險警告，並列明虛擬資產價格可大幅波動。
B|業界估計，全港約有11間持牌平台需要在兩個月內修改宣傳物料。
B|證監會發言人表示：「價格升幅不能被包裝成承諾。」
pr|新用戶註冊即送價值200港元的BTC，首月交易零手續費！
+pr|立即開戶
dc|風險提示：虛擬資產價格波動極大，閣下可能損失全部投資。本文不構成任何投資建議。
rl|延伸閱讀：持牌平台名單一覽
"""),

case("hard-zht-002", "zh-Hant", "HARD: Taiwanese story on investment scams run through LINE groups and fake stock apps, quoting the scam's messages. The page carries a real app prompt, a real disclaimer and a real LINE share bar.", """
nv|加入財經快報LINE好友，重大新聞即時推播
T|假冒名人投顧LINE群組詐騙　半年騙走12億元
ot|財經快報／記者 周奕安
B|刑事警察局今日公布，今年上半年假投資詐騙案件財損達12.3億元，占全部詐騙財損近四成。
B|詐騙集團多以知名分析師名義成立LINE群組，宣稱「跟單穩賺，一週獲利30%」，誘使民眾下載假的股票App。
B|假App畫面顯示帳面獲利不斷增加，但被害人想出金時，會被要求先繳「保證金」或「稅金」。
B|警方提醒
B|正牌投顧不會要求民眾到非官方商店下載App。
B|可撥打165反詐騙專線查證。
sh|分享到LINE　分享到Facebook
dc|本網站內容僅供參考，投資人應審慎判斷並自負盈虧。
nv|下載財經快報App　iOS／Android
"""),

# ------------------------------------------------------------------ zh-Hans
case("zhs-001", "zh-Hans", "Mainland portal: central-bank reserve-ratio cut story with dateline and figures; top menu, source stamp, editor credit, related list and a comment box.", """
nv|首页　财经　股票　基金　银行　理财　外汇　期货
T|央行宣布降准0.5个百分点　释放长期资金约1万亿元
ot|2026年05月08日 17:21　来源：金融时报网
B|新华社北京5月8日电
B|中国人民银行8日宣布，自5月15日起下调金融机构存款准备金率0.5个百分点，预计释放长期资金约1万亿元。
B|此次下调后，金融机构加权平均存款准备金率约为6.2%。
ot|广告
B|央行有关负责人表示，此举旨在保持流动性合理充裕，支持实体经济。
B|消息公布后，沪深300指数尾盘翻红，收涨0.6%，10年期国债收益率下行3个基点至1.62%。
at|责任编辑：吴晓岚
rl|相关阅读
+rl|一季度货币政策执行报告发布
+rl|LPR连续三个月维持不变
cm|我要评论　已有326人参与
"""),

case("zhs-002", "zh-Hans", "Listed-company annual results (single-newline file): stock quote box, body with subheadings and numbered list, risk notice and share bar.", """
tk|华岳新能（688214）　42.18　+3.65　+9.47%　成交额 18.6亿
T|华岳新能2025年净利增长41%　储能业务首次超过光伏
ot|证券速递　2026-03-30 20:14　作者：韩立
B|华岳新能3月30日晚间披露年报，2025年实现营业收入312.4亿元，同比增长18.7%；归母净利润27.9亿元，同比增长41.2%。
B|业务结构
B|1. 储能系统收入163.5亿元，占比52.3%，首次超过光伏组件。
B|2. 光伏组件收入121.8亿元，同比下降6.4%。
B|3. 海外收入占比提升至38%。
B|公司拟每10股派发现金红利6元（含税）。
B|受年报提振，华岳新能股价当日大涨9.47%，收于42.18元。
dc|风险提示：本文仅供参考，不构成投资建议，股市有风险，入市需谨慎。
sh|分享到：微信　微博　QQ空间
""", style="single"),

case("zhs-003", "zh-Hans", "Press release on a mainland distribution service: dateline, list, 'About' paragraph, media contact, forward-looking notice and source line; no final newline.", """
nv|美讯通 > 新闻稿 > 金融
T|恒川支付完成C轮融资6亿元　加速布局东南亚跨境收单
ot|发布者：恒川支付科技有限公司
+ot|2026年2月12日 10:00 北京时间
B|上海2026年2月12日 /美讯通/ -- 恒川支付科技有限公司今日宣布完成6亿元人民币C轮融资，由远澜资本领投。
B|本轮资金将主要用于：
B|· 在新加坡和印度尼西亚申请支付牌照；
B|· 扩建风控与反洗钱团队；
B|· 升级多币种结算系统。
B|创始人兼首席执行官许承志表示：“东南亚跨境电商正处在高速增长期。”
ot|关于恒川支付
ot|恒川支付成立于2016年，为跨境电商商户提供收单、结汇和分账服务，2025年交易额超过1,800亿元。
ot|媒体联系：陶女士　pr@hengchuanpay.example
dc|前瞻性声明：本新闻稿中的部分陈述属于前瞻性陈述，存在风险与不确定性，实际结果可能与预期存在重大差异。
at|消息来源：恒川支付科技有限公司""", final_nl=False),

case("zhs-004", "zh-Hans", "Aggregator repost without a headline: site header, yuan FX story, original-title note and source attribution, related list with stamps, closed comments.", """
ot|汇金资讯网
B|人民币对美元汇率中间价今日报7.0832，较上一交易日调升86个基点，创近三个月新高。
B|在岸人民币收盘报7.1105，较前一交易日上涨212个基点。
B|市场人士认为，美元指数回落至101附近，以及出口企业季末结汇需求增加，共同推动了人民币走强。
B|一位国有大行交易员说：“7.10是关键心理关口。”
B|外汇交易中心数据显示，当日即期询价成交量为412亿美元。
at|原标题：人民币中间价大幅调升
at|文章来源：华东金融报　转载请注明出处
rl|猜你喜欢
rl|离岸人民币跌破7.12　创两周新低
rl|汇金资讯网2026/03/05 16:40
rl|外储规模连续四个月上升
rl|汇金资讯网2026/03/07 09:12
cm|评论已关闭
"""),

case("hard-zhs-001", "zh-Hans", "HARD: story about a fake crypto-trading app scam citing fake BTC prices and 'guaranteed' returns. The page carries a real market ticker, a real exchange promo and a reposting disclaimer; trailing whitespace.", """
tk|BTC　$68,215.40　+2.31%
+tk|ETH　$3,288.12　+1.05%
+tk|USDT　$1.0002　+0.01%
T|“稳赚不赔”的炒币App骗走400余人　涉案金额2.3亿元
ot|币圈观察　2026-04-02
B|浙江警方近日破获一起利用虚假数字货币交易App实施诈骗的案件，涉案金额约2.3亿元，受害人400余人。
B|该App界面与正规交易所几乎一样，显示的比特币价格比实际行情高出约5%，以制造“套利机会”的假象。
B|客服在群内宣称“带单炒BTC，日收益3%，稳赚不赔”。
B|受害人充值后账面收益不断增加，但提现时被要求缴纳“风险保证金”。
B|警方提示：不要通过陌生人发送的链接下载交易软件。
pr|注册即领价值100 USDT的新人礼包，邀请好友再得20%返佣！
dc|免责声明：本站转载内容仅供参考，不代表本站观点，不构成投资建议。如有侵权请联系删除。
rl|你可能还喜欢
+rl|比特币现货ETF单周净流入创新高
""", trail=True),

case("hard-zhs-002", "zh-Hans", "HARD: story on new rules for risk warnings and disclaimers in wealth-management product marketing, quoting the mandated wording. The page carries its own risk notice, disclaimer and a WeChat follow prompt.", """
nv|理财　>　监管动态
T|理财产品宣传新规：风险提示字号不得小于正文
ot|财富周刊　记者 邵雨桐　2026年1月15日
B|金融监管部门15日发布新规，要求银行理财产品的宣传材料必须在显著位置标注“理财非存款，产品有风险，投资须谨慎”。
B|新规明确，风险提示的字号不得小于宣传材料正文，视频广告中需停留不少于5秒。
B|禁止使用的表述包括：
B|“保本保息”
B|“收益稳定、零风险”
B|“年化收益最高可达8%”
B|业内人士估算，全国约有2.8万只存续理财产品需要更新销售文件。
dc|风险提示：市场有风险，投资需谨慎。本文内容不构成任何投资建议。
dc|版权声明：本文为财富周刊原创，未经授权禁止转载。
nv|扫码关注“财富周刊”公众号，获取更多理财资讯
"""),
]
