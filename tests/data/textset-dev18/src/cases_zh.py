"""Chinese cases of textset-dev18 (zh-Hant and zh-Hans)."""

CASES = [
dict(id="zht-001", lang="zh-Hant", notes="HK finance portal repost on a virtual-asset licence: portal header and nav, timestamp, squashed ticker, share row, related list, disclaimer at bottom.", text="""
ot|港財智訊 HKFinTalk
nv|首頁｜即時｜港股｜虛擬資產｜地產｜專欄

T|證監會向第十二家虛擬資產交易平台發牌 首月只准專業投資者

ot|2026年3月18日 星期三 14:06

B|證監會周三宣布，向本地平台「匯鏈交易所」批出虛擬資產交易平台牌照，成為本港第十二家持牌平台。

B|根據牌照條件，匯鏈首三十日只可服務專業投資者，其後須再經證監會審視才可向散戶開放。

B|匯鏈行政總裁馮志軒表示，平台已將98%客戶資產存放於冷錢包。

B|「我們寧願慢一點，也不想出錯。」

B|業界估計，全港持牌平台合共託管資產約四百二十億港元。

tk|比特幣BTC HK$747,300 +1.25% 以太幣ETH HK$26,610 -0.48%

sh|分享：WhatsApp｜Facebook｜複製連結

rl|相關新聞
rl|穩定幣條例下月生效 首批發牌料年底前公布
rl|虛擬資產ETF三月資金淨流入創新高

dc|本網站所載資料只供參考，不構成任何投資建議。投資涉及風險，虛擬資產價格可升可跌，讀者應自行判斷並承擔風險。
"""),

dict(id="zht-002", lang="zh-Hant", ws=True, notes="Taiwanese regional news site: section breadcrumb, doubled title line, reporter byline, font-size controls, LINE follow prompt mid-story, 延伸閱讀 teasers, comment prompt. Trailing whitespace.", text="""
nv|首頁 > 地方 > 台南

T|台南安平老街騎樓打通 步行空間多出兩公尺
du|台南安平老街騎樓打通 步行空間多出兩公尺

ot|記者陳宥蓁／台南報導
ot|2026/02/05 10:32
ot|字級：小｜中｜大

B|台南市政府推動的安平老街騎樓整平工程本週完工，沿街四十二戶店家退出騎樓攤位，行人步行空間平均增加約兩公尺。

B|工務局表示，工程總經費約一千八百萬元，其中三成由中央補助。

nv|👉 加入「南瀛新聞網」LINE好友，在地消息不漏接

B|過去遊客常被迫走在車道上，假日更常發生擦撞。

B|經營蝦餅店三十年的林姓老闆說：「一開始捨不得，現在客人反而停得比較久。」

B|市府下一步將改善延平街的排水與照明。

rl|延伸閱讀
rl|▸ 台南運河夜間遊船增班 春節搭乘人數創新高
rl|▸ 安平古堡周邊停車場四月起改為電子收費

cm|我要留言（請遵守留言規範，不當言論將被刪除）
"""),

dict(id="zht-003", lang="zh-Hant", notes="HK sports page with a score widget and stats run at top; story has a short goal timeline kept as body. Single newlines.", text="""
ot|港超聯 第18輪 完場
ot|東區飛鷹 3 : 1 大埔晨星
ot|入球：19' 簡浩文、44' 莫迪亞、71' 簡浩文 / 55' 黃梓樂
ot|控球率 57% : 43%
T|簡浩文梅開二度 東區飛鷹重返榜首
ot|體育組 | 更新時間：2026-04-05 21:47
B|東區飛鷹周六於旺角場主場以3:1擊敗大埔晨星，以一分之差重返港超聯榜首。
B|前鋒簡浩文上下半場各入一球，本季聯賽入球增至十四個。
B|比賽重點：
B|19分鐘 簡浩文接傳中頭槌破門
B|44分鐘 莫迪亞遠射擴大比數
B|55分鐘 黃梓樂為大埔追近一球
B|71分鐘 簡浩文單刀推射鎖定勝局
B|主帥盧志恆賽後表示：「球員今日打得好有耐性。」
B|飛鷹下輪將作客挑戰衛冕冠軍南區。
rl|積分榜｜賽程｜射手榜
sh|分享到 Facebook
"""),

dict(id="zht-004", lang="zh-Hant", no_final_nl=True, notes="Taiwanese health news portal: photo caption with credit, ad label mid-story, byline and editor attribution at the end, hot-news list, cookie notice last. No final newline.", text="""
T|流感疫苗第二階段開打 65歲以上長者可就近施打

C|衛生所人員為長者施打流感疫苗。（圖／健康時報資料照）

B|疾管署宣布，公費流感疫苗第二階段接種自下週一起開放，六十五歲以上長者及慢性病患者可持健保卡至全台約五千家合約院所施打。

B|今年疫苗共採購六百三十萬劑，目前已使用約四成。

ot|廣告

B|疾管署副署長鄭文彥提醒，長者感染後併發肺炎的風險較高。

B|施打前應告知醫師近期是否發燒或正在服用抗凝血藥物。

B|接種對象
B|．六十五歲以上長者
B|．罹患心肺、腎臟疾病或糖尿病者
B|．孕婦及六個月內嬰兒之父母

ot|健康時報 記者許嘉玲／台北報導
at|責任編輯：吳俊宏

rl|熱門新聞
rl|1 腸病毒疫情升溫 幼兒園停課標準一次看
rl|2 睡前滑手機傷眼？醫師教你三招
ck|本網站使用Cookie以提供更好的瀏覽體驗，繼續使用即表示您同意我們的隱私權政策。
ck|我知道了"""),

dict(id="zht-005", lang="zh-Hant", notes="PTT-style forum repost without a headline: header lines (author, board, title, time), the form's field labels, outlet and reporter values around the quoted news (body), the poster's comment, signature and push comments at the bottom. (Relabelled 2026-12-07: the form was body, against the convention of dev4, dev7 and dev23.)", text="""
ot|作者 kuroneko0921 (黑貓)
ot|看板 Tech_Job
ot|標題 [新聞] 竹科半導體廠擬赴美設研發中心 徵才三百人
ot|時間 Tue Mar 10 09:15:22 2026

ot|1.媒體來源:
at|竹風日報

ot|2.記者署名:
ot|記者 蔡明軒

ot|3.完整新聞內文:
B|新竹科學園區晶圓代工廠「晶岳科技」昨日宣布，將於美國亞利桑那州設立研發中心，預計三年內招募三百名工程師。
B|晶岳表示，研發中心將專注先進封裝技術，首期投資約新台幣一百二十億元。
B|公司發言人表示，台灣仍是技術核心，不會因此減少本地招募。

ot|4.心得/評論:
cm|封裝人才本來就缺，又要被挖走一批了。

ot|--
ot|※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 114.32.xx.xx (臺灣)
cm|推 hsinchu_guy: 亞利桑那的夏天可以煎蛋 03/10 09:20
cm|→ waferlife: 三百人應該大部分還是從台灣派 03/10 09:24
cm|噓 nopay22: 薪水先公開再說 03/10 09:31
"""),

dict(id="hard-zht-001", lang="zh-Hant", notes="Hard: story about the consumer council criticising online shops hiding behind '圖片僅供參考' notices (quoted as body). The page carries its own real picture/rights disclaimer, share row and related list.", text="""
T|網購「圖片僅供參考」成擋箭牌 消委會：不能當免責藉口

ot|2026年1月22日 | 消費
sh|分享｜列印｜A+

B|消費者委員會周四指出，不少網店在貨品相片旁加上「圖片僅供參考，一切以實物為準」字眼，但收到貨品與相片差距甚大時，卻以此拒絕退款。

B|消委會去年接獲相關投訴二百一十六宗，較前年增加近五成。

B|消委會主席何靜儀表示：「一句『僅供參考』，不能抵銷失實陳述的責任。」

B|消委會建議：
B|一、商戶應列明實物尺寸及顏色差異範圍；
B|二、消費者收貨時應拍片開箱保存證據；
B|三、網購平台應設立快速退款機制。

B|有網店店主則表示，不同手機螢幕顯示顏色本身已有差異。

dc|圖片只作參考用途。本站部分圖片及內容來自網絡，版權歸原作者所有，如有侵權請聯絡我們刪除。

rl|你可能感興趣
rl|外賣平台「服務費」拆細收 消委會促一口價
rl|健身中心預繳會籍投訴急升
"""),

dict(id="zhs-001", lang="zh-Hans", notes="Mainland crypto news aggregator repost: site header, author/time, original-title and source attribution, risk notice, squashed market ticker, '推荐阅读' teasers with doubled titles.", text="""
ot|链闻速递

T|以太坊质押率突破32% 流动性质押协议份额继续集中

ot|作者：周宁  2026-03-27 16:40

at|原文标题：《ETH Staking Ratio Hits New Record》
at|编译：链闻速递 小鹿

B|据链上数据，截至3月26日，以太坊网络质押的ETH数量约为3,910万枚，占总供应量的32.4%，创历史新高。

B|其中流动性质押协议合计占比约41%，最大一家占比接近29%。

B|研究员韩子墨认为，质押集中度上升可能带来治理风险。

B|"单一协议掌握近三成质押量，已经接近社区担心的阈值。"

B|与此同时，排队等待退出的验证者数量降至两周低点。

dc|风险提示：本文仅代表作者观点，不构成任何投资建议。数字资产价格波动剧烈，请理性看待。

tk|ETH以太坊$3,408.55+1.92%BTC比特币$95,640.10+0.85%

rl|推荐阅读
rl|Solana 生态三月 DEX 交易量排名
rl|Solana 生态三月 DEX 交易量排名
rl|链闻速递2026/03/27 15:02
rl|一文读懂再质押收益为何下滑
rl|一文读懂再质押收益为何下滑
rl|链闻速递2026/03/27 11:18
"""),

dict(id="zhs-002", lang="zh-Hans", ws=True, notes="NetEase-style finance page: breadcrumb, source line, app prompt mid-story, editor credit, report link, statement at bottom, extra blank lines before footer.", text="""
nv|首页 > 财经 > 公司

T|光伏龙头去年净利下滑六成 称价格战已近尾声

ot|2026-03-30 08:15:02　来源: 东岳证券报

B|国内光伏组件企业晟阳新能周日晚间披露年报，2025年实现营业收入612亿元，同比下降18%；归母净利润23.4亿元，同比下降61%。

B|公司表示，全年组件价格下跌约三成，是利润下滑的主要原因。

nv|打开APP 阅读全文更流畅

B|董事长郑海岚在业绩说明会上称，行业价格战"已经接近尾声"，部分中小厂商已停产。

B|年报显示，公司海外出货占比提升至47%。

B|公司拟每10股派发现金红利1.2元。



at|本文来源：东岳证券报　责任编辑：刘一舟_NF4412
ot|举报
dc|特别声明：本文为网易自媒体平台"网易号"作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。
"""),

dict(id="zhs-003", lang="zh-Hans", notes="WeChat official-account repost about an exam reform: follow prompt at top, source/editor credits, '点个在看' and share prompts, past-articles list. Single newlines.", text="""
nv|点击上方蓝字，关注"江城教育发布"
T|明年起本省中考体育满分提高到60分 新增游泳选考
at|来源：省教育厅　编辑：小江
B|记者从省教育厅获悉，自2027年起，本省中考体育与健康科目满分由50分提高至60分。
B|新方案主要变化：
B|1. 增加游泳为选考项目；
B|2. 过程性评价占比提高到20分；
B|3. 因伤病免考的学生可申请替代项目。
B|省教育厅体卫艺处负责人表示，调整旨在引导学生养成日常锻炼习惯。
B|"不是多考一项，而是每天多动一小时。"
B|各市将于今年9月前公布具体实施细则。
sh|分享　收藏　👍　在看
nv|👆 点个"在看"，让更多家长看到
rl|往期推荐
rl|▶ 今年中考报名时间确定
rl|▶ 暑期托管服务收费标准出炉
"""),

dict(id="zhs-004", lang="zh-Hans", crlf=True, notes="Weather story on a regional portal: weather widget at top, alert level line, list of affected regions as body, related list and copyright footer (disclaimer). CRLF.", text="""
ot|今日 郑州 -3℃~5℃ 北风4级 空气质量：良
nv|新闻 | 天气 | 交通 | 民生 | 视频

T|寒潮蓝色预警发布 本周中东部将降温8至12℃

ot|中原在线 2026-01-19 07:30

B|中央气象台1月19日6时发布寒潮蓝色预警。

B|受强冷空气影响，19日至22日，我国中东部地区自北向南将先后降温8至12℃。

B|主要影响区域：
B|河南北部、山东西部
B|安徽北部、江苏北部
B|湖北东部

B|气象专家提醒，农业生产需做好大棚保温，公众出行注意防寒防滑。

B|郑州市教育局表示，暂不调整中小学作息时间。

rl|相关阅读：春运首日高速车流量预计超百万辆次

dc|版权所有 中原在线 未经授权禁止转载、摘编、复制或建立镜像
"""),

dict(id="zhs-005", lang="zh-Hans", no_final_nl=True, notes="Toutiao-style sports repost: score widget with quarter scores, follow button, '展开全文', comment counts and collect buttons at bottom. No final newline.", text="""
ot|CBA常规赛 第32轮 已结束
ot|江东猎鹰 108-101 北城巨象
ot|25-27 | 30-22 | 24-28 | 29-24

T|江东猎鹰主场力克北城巨象 外援砍下37分

ot|篮球频道 · 2026-02-28 22:11
nv|+关注

B|2月28日晚，CBA常规赛第32轮，江东猎鹰主场以108比101战胜北城巨象，豪取四连胜。

B|外援马库斯·里德全场21投13中，砍下37分8篮板。

B|本土后卫孙嘉豪贡献18分6助攻。

nv|展开全文

B|第四节还剩3分钟时，北城巨象一度将分差追至两分，但猎鹰随后打出9比2的攻势锁定胜局。

B|猎鹰主教练刘国栋赛后说："防守回到了我们该有的强度。"

cm|评论 412
sh|收藏
sh|转发 89"""),

dict(id="hard-zhs-001", lang="zh-Hans", notes="Hard: story on new rules for recommendation algorithms that let users turn off '猜你喜欢' (quoted as body); the page has its own real '猜你喜欢' teaser block, share row and comments.", text="""
nv|科技 > 互联网

T|新规要求App提供"关闭个性化推荐"一键开关

ot|本报记者 黄可欣　2026年4月8日

B|国家网信部门8日发布算法推荐管理补充规定，要求资讯和电商类App在首页提供关闭个性化推荐的一键开关。

B|规定要求，用户关闭后，"猜你喜欢""为你推荐"等栏目须改为按时间或热度排序。

B|规定还要求平台每半年公示推荐算法的主要参数。

B|重点内容：
B|不得利用推荐算法诱导未成年人沉迷；
B|不得因用户关闭推荐而限制其他功能；
B|推荐标签须允许用户查看和删除。

B|北京一家互联网公司产品经理表示，首页改版大约需要两个月。

B|规定自7月1日起施行。

sh|微信　微博　QQ空间

rl|猜你喜欢
rl|外卖平台骑手算法再调整：送餐时限延长五分钟
rl|直播电商新规：主播须公示商品来源

cm|网友评论
cm|登录后发表评论，请文明发言
"""),
]
