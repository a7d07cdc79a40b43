from make_cases import case

case("zht-001", "HK finance portal: index quote box, breadcrumb, stock report with figures list, editor credit, disclaimer, related news.", """
tk|恒指 23,418.66 ▲182.05 | 國指 8,402.17 ▲71.30 | 科指 5,311.92 ▼12.48
nv|首頁 > 財經 > 港股直擊
T|港股半日升182點 內房股領漲 成交額縮至千億以下
ot|港聞財經網 2026年03月18日 12:08
B|恒指今早高開後反覆向上，半日收報23,418點，升182點或0.78%。
B|半日成交額約986億元，較昨日同期減少。
B|內房股造好，市場憧憬當局再推穩樓市措施。
B|焦點股份：
B|華峰地產 升6.2%
B|卓遠置業 升4.8%
B|新嶺科技 跌2.1%
B|分析師歐陽智謙表示，大市短期阻力位在23,600點。
at|（責任編輯：梁詠詩）
dc|港聞財經網提示：以上行情及分析只作一般資訊用途，讀者入市前應自行判斷並諮詢持牌顧問。
rl|相關新聞
+rl|美聯儲官員暗示年內或減息兩次
+rl|人民幣中間價連升三日
""")

case("zht-002", "Taiwan local news: reporter byline, traffic story with dateline, LINE follow prompt, extended-reading list, share line. No final newline.", """
nv|即時 | 政治 | 社會 | 地方 | 生活 | 國際
T|台南永康交流道匝道封閉兩週 尖峰時段請改道
ot|記者林怡萱／台南報導
ot|2026-04-07 10:32
B|〔記者林怡萱／台南報導〕國道1號永康交流道北上入口匝道，將自4月13日起封閉兩週進行橋面改善工程。
B|高公局表示，施工期間每天24小時封閉。
rl|▶ 延伸閱讀：國道南部路段連假塞車熱點出爐
B|建議替代路線：
B|往北用路人可改由大灣交流道上國道。
B|或利用台1線北行至仁德系統。
B|交通局預估上下班尖峰時段車流將增加約一成五。
nv|👉 加入南方日報LINE好友，在地新聞第一手掌握
rl|延伸閱讀
+rl|台南市區公車4月起新增三條路線
+rl|安平老街假日交管措施出爐
sh|分享 　 轉寄 　 列印
""", final_nl=False)

case("zht-003", "Traditional Chinese crypto aggregator repost: site header, doubled dek, ETF story, promo, one-line ticker, reposting disclaimer, teaser block with doubled titles and stamps.", """
ot|幣圈快報
du|香港證監會批准兩檔以太坊質押ETF，將於下週掛牌。香港證監會批准兩檔以太坊質押ETF，將於下週掛牌。
T|香港首批以太坊質押ETF獲批 下週一上市
B|香港證監會週二批准兩檔可參與質押的以太坊現貨ETF，預計下週一在港交所掛牌。
B|兩檔基金的管理費分別為0.25%及0.3%。
B|基金經理表示，質押收益扣除費用後將反映在資產淨值中。
B|業界人士認為，質押功能有助吸引長線機構資金。
B|不過，證監會要求基金保留足夠未質押資產應付贖回。
pr|想讓你的項目登上幣圈快報頭條？立即聯絡我們的合作團隊。
tk|以太坊 LogoEthereum Price(ETH)$3,402.18$3,402.18+1.75%USD
dc|聲明：本站轉載的文章均來自公開平台，僅供參考，不代表本站立場。如有侵權，請聯繫 copyright@bikuai.example 刪除。本站內容不構成任何投資建議。
rl|你可能也喜歡
rl|比特幣礦工收入創三個月新高
rl|比特幣礦工收入創三個月新高
sh|分享
rl|幣訊網2026/03/24 16:05
""")

case("zht-004", "HK typhoon page with signal timeline (short kept lines), live-update label, weather widget, app prompt, extra blank lines, related list.", """
ot|即時天氣：24°C 濕度 91% 🌧
T|颱風「白鷺」逼近 天文台今晚考慮改發八號風球
ot|【持續更新】
B|天文台表示，颱風白鷺正以每小時18公里向西北移動，預料今晚在香港以南約200公里掠過。
B|信號時間表：
B|下午2時20分 三號強風信號
B|傍晚6時 考慮改發八號烈風或暴風信號
B|明早 視乎颱風移動速度再作評估
B|渡輪公司表示，部分離島航線或提早停航。
B|教育局稍後會公布明日學校安排。
~
nv|下載本台新聞App，接收颱風最新消息推送
rl|熱門新聞
+rl|機管局：颱風期間航班安排須留意航空公司通知
+rl|超市貨架麵包被搶購一空
""")

case("zht-005", "Taiwan baseball game report with line score and short stat lines kept; scoreboard widget, push-notification prompt, comments prompt, tags.", """
ot|中職比分　統一 5:3 樂天　味全 2:2 富邦（8局上）
T|中信兄弟延長賽再見安打 4比3擊退台鋼雄鷹
B|中信兄弟4：3台鋼雄鷹（延長10局）
B|勝投：謝承翰
B|敗投：林子勛
B|中信兄弟昨晚在洲際球場演出逆轉秀，10局下靠著陳冠宇的再見安打拿下勝利。
B|台鋼雄鷹一度以3：1領先，但8局下被追平。
B|本場觀眾人數達17,402人。
B|「只想把球打強一點。」陳冠宇賽後說。
nv|開啟通知，比賽結果即時推播給你
cm|我要留言（12）
nv|#中職 #中信兄弟 #台鋼雄鷹
""")

case("hard-zht-001", "Hard: Taiwan story about new personal-data rules for website cookie notices (quotes button labels); page also carries a real cookie consent notice.", """
T|個資會草案：網站Cookie橫幅須提供「全部拒絕」按鈕
B|個人資料保護委員會籌備處週三公布指引草案，要求網站的Cookie同意橫幅必須同時提供「全部接受」與「全部拒絕」兩個按鈕。
B|草案也規定，拒絕按鈕的大小與顏色不得比接受按鈕更不顯眼。
B|若只寫「繼續瀏覽即表示同意」，將不被視為有效同意。
B|籌備處表示，指引預計明年1月上路，違者最高可罰新台幣200萬元。
B|數位權益團體認為方向正確，但擔心中小網站難以負擔改版成本。
at|（中央通訊社）
rl|更多新聞：
+rl|詐騙簡訊攔截數量年增三成
ck|本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。
+ck|我知道了
""")

case("zhs-001", "Mainland crypto exchange news page: section nav, stamp, story, ticker lines, risk warning, related news, promo for app download.", """
nv|资讯 > 行业快讯
T|某头部交易所宣布下线三个隐私币交易对
ot|链闻速递 · 2026-02-26 09:45
B|加密货币交易平台币汇通周三发布公告，将于3月10日下线三个隐私币的现货交易对。
B|涉及币种包括：
B|XMR/USDT
B|ZEC/USDT
B|DASH/USDT
B|平台表示，此举是为配合欧盟新反洗钱规定的要求。
B|下线后用户仍可在90天内提币。
tk|门罗币 XMR ¥1,532.40 -6.12%
+tk|大零币 ZEC ¥248.19 -4.37%
dc|风险提示：数字资产价格波动较大，投资需谨慎。本文不构成任何投资建议。
rl|相关阅读
+rl|稳定币发行商季度利润创新高
+rl|以太坊Gas费降至年内最低
pr|下载币汇通App，新用户注册即享手续费五折
""")

case("zhs-002", "Sina-style local news: menu, source and time, story with subheading, editor credit, related and hot lists, report link. Trailing whitespace.", """
nv|新闻 体育 财经 娱乐 科技 汽车 房产
T|杭州地铁10号线二期开通 通勤时间缩短20分钟
ot|2026年05月09日 08:16　来源：钱塘都市报
B|记者从杭州地铁集团获悉，地铁10号线二期工程于今日上午6时正式开通运营。
B|新线全长14.2公里，设车站9座。
B|换乘便利
C|10号线二期列车停靠在新开通的三墩北站。（钱塘都市报记者 陈一帆 摄）
B|在新开通的车站中，有3座可与既有线路换乘。
B|沿线居民往返市中心的时间预计可缩短约20分钟。
B|首班车6时发车，末班车23时从终点站发出。
at|责任编辑：周晓岚
rl|相关新闻
+rl|杭州公交新开五条微循环线路
rl|热门推荐
+rl|西湖景区五一假期接待游客超百万
ot|举报
""", ws=True)

case("zhs-003", "Tech launch story on a portal: doubled headline line, byline, spec list kept, like/forward/favourite bar, comment count, hot-search list.", """
T|星河手机发布折叠屏新机 起售价6999元
du|星河手机发布折叠屏新机 起售价6999元
ot|作者：杜明远　2026-04-15 20:31
B|星河手机今晚在深圳发布新款折叠屏手机Fold 4，起售价6999元。
B|主要配置：
B|展开屏幕8.1英寸
B|电池容量5800毫安时
B|机身重量219克
B|新机将于4月20日正式开售。
B|公司高管表示，铰链寿命测试已达50万次。
sh|点赞 328　转发 　收藏
cm|评论（96）
rl|热搜榜
+rl|国产大飞机新增三条国际航线
""")

case("zhs-004", "WeChat official-account repost, single newlines: follow prompt, source line, education Q&A story, read-original and 'wow' bars, ad note.", """
nv|点击上方蓝字，关注「北城教育观察」
at|来源：北城教育观察（ID：bc_edu_watch）
T|今年中考体育有哪些变化？家长关心的五个问题
B|今年本市中考体育总分仍为50分，但项目设置有调整。
B|问：长跑还是必考项目吗？
B|答：男生1000米、女生800米仍为必考。
B|问：因伤病不能参加怎么办？
B|答：可凭医院证明申请免考或缓考。
B|问：考试什么时候开始？
B|答：5月中旬起分区进行。
dc|本文转载自网络，版权归原作者所有，如有侵权请联系删除。
nv|阅读原文
sh|分享 · 点赞 · 在看
""", nl="single")

case("zhs-005", "Mainland weather-and-travel notice: heavy-rain story with timeline kept, hourly forecast widget, app push prompt, share bar, editor credit.", """
ot|今日天气　广州　多云转暴雨　26~31℃
T|广州发布暴雨橙色预警 多条公交线路临时调整
B|广州市气象台今天下午3时发布暴雨橙色预警信号。
B|预计未来3小时，白云、花都等区将出现50毫米以上降雨。
B|雨情时间线：
B|15:00 发布暴雨黄色预警
B|15:40 升级为橙色预警
B|17:00 降雨强度达到峰值
B|市交通部门提醒市民尽量避开低洼路段。
sh|分享到：微信 微博 QQ空间
nv|打开新闻客户端，第一时间接收预警推送
at|编辑：宋佳琪　校对：马天一
""")

case("hard-zhs-001", "Hard: mainland story about regulators curbing forced 'open the app to read more' prompts (quotes prompt text); page carries real app prompts.", """
nv|打开APP，阅读体验更佳
T|网信部门约谈多家平台 整治“打开App阅读全文”
B|多家资讯平台近日因强制用户下载App阅读全文被约谈。
B|网信部门指出，网页端不得以“打开App查看全部内容”等方式截断正文。
B|也不得在用户关闭弹窗后反复弹出下载提示。
B|相关平台须在30日内完成整改。
B|有用户表示，以后在浏览器里也能看完整篇文章了。
nv|打开App，查看更多精彩内容
rl|猜你喜欢
+rl|多地出台新规整治手机弹窗广告
""")
