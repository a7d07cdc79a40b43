"""textset-dev30, writer B: Chinese cases (zh-Hans and zh-Hant).

Widgets, players and reading aids: listen/read-aloud players, text-size and dark-mode toggles,
read-time, view and comment counters, video and podcast chrome, gallery counters, embedded-post
leftovers, weather / air-quality / live-score widgets, ad labels, rating and "helpful?" widgets.
Tagged line lists for ../../textset-dev20/src/make_cases.py (see its docstring for the format).
"""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="",
     notes="Portal finance page on a battery-recycling plant: read-aloud player with duration, speed and font-size widgets at the top, an ad label between paragraphs, editor, error-report, share, related and comment counter below. Widgets, stamps and the editor line are other; the source line is attribution.",
     text="""
nav|首页 > 财经 > 产业观察
nav|打开客户端 看更多深度报道
T|皖江锂电回收基地一期投产 年处理废旧电池2.5万吨
oth|2026年12月05日 08:17
att|来源：江淮经济报
oth|听新闻 00:00 / 03:12
oth|倍速 1.0x
oth|字号 小 中 大
B|12月4日，位于芜湖三山经济开发区的皖江锂电回收基地一期项目正式投产，首批退役动力电池包已进入拆解线。
B|项目由芜湖本地企业恒澄新能源与两家整车厂合资建设，总投资约18亿元。
B|一期产能：每年处理废旧动力电池2.5万吨。
B|据恒澄新能源副总经理许乐平介绍，基地采用“物理拆解+湿法冶金”路线，镍、钴、锰的综合回收率可达98%以上，锂的回收率约为90%。
oth|广告
B|“过去两年，长三角的退役电池大量流向小作坊，拆解既不安全，也浪费资源。”许乐平说。
B|按照规划，二期项目将于2028年建成，届时总处理能力将提升至每年6万吨。
B|芜湖市经信局相关负责人表示，下一步将推动建立覆盖全市的电池回收网点，目前已在4S店和维修厂设立回收点63个。
oth|责任编辑：周明远
oth|文章纠错
sh|分享到：微信 微博 QQ空间
rel|相关阅读
rel|合肥新能源汽车产量前10月突破百万辆
rel|宁德一储能电站完成并网调试
rel|动力电池回收白名单企业再扩容
com|评论（36）
com|登录后参与讨论
oth|举报
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="nofinal",
     notes="Evening-paper city page on heating complaints with a weather and an air-quality widget above the headline, a page-view counter, an ad label mid-story and a footer of error link, back-to-top, copyright note, related list and editor. A one-line quote ('室温不低于18℃，这是底线。') is story.",
     text="""
nav|北疆晚报网
nav|首页 | 本地 | 民生 | 视频 | 专题
oth|今天 多云 -14℃~-3℃ 西北风3级
oth|空气质量 82 良
T|呼和浩特城区供暖首月投诉同比下降四成
oth|发布时间：2026-12-06 10:35:22
oth|浏览量：5820
B|呼和浩特市城市管理综合执法局12月5日通报，今年供暖季开始一个月以来，12345热线共受理供暖类投诉3417件，同比下降41%。
B|其中反映室温不达标的投诉占六成，其余集中在管道漏水、暖气不热和收费问题。
B|“室温不低于18℃，这是底线。”
B|执法局供热监管科科长乌兰在通报会上说，对连续两次复测不达标的小区，将督促供热企业按规定退费。
oth|以下为广告
B|今年入冬前，全市完成老旧供热管网改造116公里，涉及小区212个。
B|供热企业还在部分小区试点安装室温采集器，居民可在手机上实时查看家中温度。
oth|【纠错】
nav|【返回顶部】
dis|本网所刊载信息不代表本网观点，未经书面授权不得转载。
rel|推荐阅读
rel|呼市地铁3号线全线转入铺轨阶段
rel|内蒙古今冬首场寒潮过程将持续三天
oth|编辑：白雅楠
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="",
     notes="Video page of a county football final: player chrome (play, time, quality, speed, full screen, autoplay, countdown to the next clip, duration and play count, a chapter list joined by single newlines) above the text, the next clip's title as a related teaser, and likes, favourites, forwards, comment count and two user comments below. The score line is story; the video credit is attribution.",
     text="""
nav|视频 > 体育 > 地方赛事
T|榕江“县超”总决赛落幕 城关队加时绝杀夺冠
oth|▶ 播放
oth|00:00 / 02:45
oth|超清 1080P
oth|倍速
oth|全屏
oth|自动播放 已开启
oth|5秒后自动播放下一个视频
rel|下一个：台盘村篮球赛半决赛精彩集锦
oth|时长 02:45 · 播放量 12.6万
oth|章节
>oth|00:00 赛前入场
>oth|01:12 加时头球绝杀
>oth|02:20 颁奖仪式
B|12月6日晚，贵州榕江县第三届“县超”联赛总决赛在城北体育场举行，现场约两万名观众观战。
B|决赛比分：城关队 3:2 古州青年队（加时）
B|常规时间双方战成2:2，加时赛第113分钟，城关队前锋杨光宇头球破门。
B|“踢了十几年野球，第一次在这么多人面前进球。”
B|杨光宇赛后说，球队队员大多是县城的个体户和教师，平时只能在晚上训练。
B|据县文体广电旅游局统计，本届联赛历时四个月，共有48支队伍参赛。
att|视频来源：榕江县融媒体中心
sh|点赞 2.3万
sh|收藏
sh|转发
com|评论 1,204
com|热门评论
com|@黔东南小吴：现场气氛太燃了，明年还来！
com|@阿华的足球日记：113分钟那个头球绝了
rel|更多精彩视频
rel|榕江“县超”开幕式千人侗族大歌
rel|黔东南冬季文旅推介会在贵阳举行
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="ws",
     notes="Singapore Chinese news site on lift replacement in HDB blocks: cookie notice, masthead, menu, a language-edition switch (navigation) and a dark-mode toggle, byline, published/updated stamp, read time and A-/A/A+ text-size tool, 'ad' and 'article continues' labels between paragraphs, share buttons, e-paper and Telegram pitches (newsletter) and further reading.",
     text="""
ck|我们使用cookies来改善您的浏览体验、分析网站流量并提供个性化内容。继续使用本网站即表示您同意我们的cookie政策。
ck|接受
ck|管理偏好
nav|狮城时讯
nav|新加坡 | 国际 | 财经 | 言论 | 生活
nav|English | 中文
oth|深色模式
T|武吉班让12座组屋明年更换电梯 每户分摊最多500元
oth|符树伟 报道
oth|发布/2026年12月5日 17:05 · 更新/2026年12月6日 09:30
oth|阅读时间约3分钟
oth|A- A A+
B|建屋发展局12月5日宣布，武吉班让第4区12座组屋将在明年第二季度起分批更换电梯，工程预计持续14个月。
B|这批组屋建于1986年至1989年，现有电梯已使用超过35年，其中三部今年内发生过困人事故。
B|根据计划，政府承担约九成费用，每户须分摊的金额视单位大小介于150元至500元之间。
oth|广告
oth|文章继续
B|居民委员会主席邱慧玲说，换电梯期间每座楼会保留一部电梯运作，行动不便的年长居民可申请临时搬迁援助。
B|“我住12楼，最担心的就是那几个月。”
B|78岁的居民陈亚妹说，她已向居委会登记，希望工程尽量避开农历新年。
sh|分享
sh|WhatsApp
sh|Facebook
sh|复制链接
nl|订阅狮城时讯电子报，每天早上7点收到当日要闻
nl|在Telegram关注我们
rel|延伸阅读
rel|组屋翻新计划明年起纳入更多乐龄设施
rel|裕廊西新组屋项目延误半年交钥匙
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="",
     notes="Photo-gallery page on ice harvesting in Harbin: a dek glued to itself (duplicate), stamp and source, gallery counter and previous/next/original-size controls (joined by single newlines), two photo captions with photographer, a swipe hint mid-story, a picture credit (attribution), share targets, a view counter, recommendations and a no-reproduction line.",
     text="""
dup|哈尔滨松花江开始采冰，首批冰块已运抵冰雪大世界园区。哈尔滨松花江开始采冰，首批冰块已运抵冰雪大世界园区。
T|松花江采冰季开启 今年预计采冰22万立方米
oth|2026-12-07 07:52:31
att|来源：龙江都市报
oth|【图集】共12张
oth|1/12
>oth|上一张
>oth|下一张
>oth|查看原图
C|12月6日，工人在松花江江面上切割冰块。（摄影：郭晓川）
B|12月6日清晨，松花江哈尔滨段气温降至零下24℃，200余名采冰工人在江面上开始作业。
B|今年江冰厚度在45厘米左右，冰质透明度好于往年。
B|一块标准冰块长1.6米、宽0.8米，重约600公斤。
C|采下的冰块由吊车装上卡车，运往冰雪大世界园区。（摄影：郭晓川）
oth|左右滑动查看更多图片
B|冰雪大世界工程部负责人韩立介绍，今年园区计划用冰22万立方米，比去年增加一成，预计12月中旬完成主要景观的冰体堆砌。
B|采冰工人大多来自周边县市，日薪在400元至500元之间。
att|图片来源：龙江都市报全媒体摄影部
sh|分享至
sh|微信
sh|朋友圈
sh|微博
oth|本文已被浏览 8.1万 次
rel|猜你喜欢
rel|亚布力滑雪场12月10日开板
rel|哈尔滨中央大街冰灯开始安装
dis|未经授权，不得转载、摘编或以其他方式使用上述图文作品。
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="",
     notes="Hard: a regulator faults apps whose elderly mode, one-tap read-aloud and font-size options do not work; story lines quoting '一键朗读', '长辈模式' and the page's own '字号：标准 大 特大' wording stay story, while the page's real read-aloud player, font-size and elder-mode toggles, TTS note and ad label are other.",
     text="""
nav|银发生活网
nav|首页 > 政策 > 适老化
T|工信部通报23款App适老化改造不达标 “一键朗读”形同虚设
oth|2026年12月04日 15:20
oth|作者：韦子涵
oth|🔊 朗读全文 时长 03:48
oth|字号：标准 大 特大
oth|长辈模式
B|工业和信息化部12月3日通报，在对120款常用App开展的适老化抽检中，有23款未达到相关标准要求。
B|通报指出，部分App虽然在首页设置了“长辈模式”入口，但切换后仍保留大量弹窗广告。
B|还有的App在文章页设置了“一键朗读”按钮，点击后却只朗读标题，或者必须先观看15秒广告。
B|另有9款App的“字号：标准 大 特大”选项只对首页生效，进入文章正文后字号又恢复默认。
oth|广告
B|中国老龄科学研究中心研究员邵文静表示，朗读和大字是老年用户最常用的两项辅助功能，“做样子”的改造反而会让老人更困惑。
B|工信部要求相关企业限期完成整改，逾期未整改的将予以公开通报。
B|整改期限：30个工作日。
sh|分享：微信 | 微博 | 复制链接
oth|本文朗读由智能语音合成，如有错漏请以原文为准
oth|纠错
rel|相关推荐
rel|手机银行“大字版”使用率一年翻番
rel|智能电视开机广告整治进入第二阶段
com|网友评论（58）
com|查看全部评论 >
nl|关注“银发生活网”微信公众号，获取更多涉老政策解读
"""),

dict(id="zht-001", lang="zh-Hant", hard=False, opts="",
     notes="Hong Kong portal on a new bus route: masthead, breadcrumb, an Observatory weather widget, date stamp, listen-to-news player, font-size tool and print/e-mail buttons (share bar) above the headline; ad label and 'continue reading' mid-story; related news, comment count and login prompt, disclaimer and copyright below.",
     text="""
nav|港聞速遞
nav|主頁 › 港聞 › 交通
oth|天文台：18°C 相對濕度 72% 多雲
oth|2026年12月6日 星期六 12:48
oth|🔈 收聽新聞 00:00 / 02:41
oth|字體大小：A A A
sh|列印
sh|電郵
T|新巴士線明年1月通車 天水圍直達啟德體育園
B|運輸署12月5日宣布，新巴士路線968X將於明年1月4日起投入服務，由天水圍市中心經屯門公路及西九龍走廊前往啟德體育園。
B|新路線全程收費港幣19.8元，繁忙時間每15分鐘一班。
B|運輸署發言人表示，體育園舉行大型活動時，會在散場後加開特別班次。
oth|廣告
oth|繼續閱讀
B|天水圍區議員梁嘉慧歡迎新路線，但指出968X只在早上6時半至晚上11時服務，「週末看完演唱會已經過了11點，居民仍要轉車。」
B|運輸署表示，會在路線投入服務三個月後檢討班次及服務時間。
rel|相關新聞
rel|啟德體育園首場足球賽 交通安排一覽
rel|屯門公路轉車站明年擴建
com|留言（12）
com|請先登入再留言
dis|免責聲明：本網站所載資料僅供參考，不構成任何建議。
dis|©2026 港聞速遞 版權所有，不得轉載
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="",
     notes="Taiwanese local news on an air-pollution spike: an AQI widget at the top while the story's own AQI reading ('西屯測站…AQI一度達到138') is story; reporter line, stamp, share and copy-link, view counter, a photo caption, a 'see more' teaser, LINE and Instagram follow pitches (newsletter), related links, a 'was this helpful' widget and an app prompt.",
     text="""
nav|中台灣即時新聞
nav|首頁 / 地方 / 台中
oth|空氣品質 台中西屯 AQI 121 對敏感族群不健康
oth|記者林柏均／台中報導
oth|2026年12月6日 週日 下午3:12
sh|分享
sh|複製連結
oth|瀏覽數 3,482
T|台中入冬首波空品紅害 西屯測站AQI衝上138
C|▲台中市5日空品不佳，遠方大樓一片灰濛。（圖／讀者提供）
B|受東北季風減弱及境外污染物移入影響，台中市5日晚間空氣品質明顯惡化。
B|西屯測站5日晚間9時AQI一度達到138，為今年入冬以來最高。
B|台中市環保局表示，已要求轄內電廠及大型工廠啟動減排應變，燃煤機組降載約兩成。
B|環保局提醒，敏感族群外出應配戴口罩，轄內學校暫停戶外體育課。
B|中央氣象署預報，7日起新一波東北季風南下，擴散條件轉好，空品可望改善。
rel|看更多：【空品即時地圖】
nl|加入LINE好友 掌握第一手在地新聞
nl|追蹤我們的Instagram
rel|延伸閱讀
rel|中火2號機明年除役 台中燃煤量再降
rel|大肚山區野火延燒兩小時 消防出動40人
oth|這篇報導對你有幫助嗎？
oth|有幫助 / 沒幫助
nav|【更多新聞，請下載App】
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="single",
     notes="Taiwanese sports site, single newlines: a live-score strip of other games (other) above a game report whose own final-score line is story; stamp, writer, read time, a podcast player and platform links, likes, share, comment count and related articles.",
     text="""
nav|熱血體育
oth|即時比分｜中信兄弟 4：2 統一獅（8局下）｜富邦悍將 1：1 味全龍（6局上）
T|台鋼雄鷹延長賽再見 6：5逆轉樂天桃猿
oth|2026.09.02 22:41 更新
oth|文／蔡志豪
oth|閱讀時間 2 分鐘
B|台鋼雄鷹2日在澄清湖主場迎戰樂天桃猿，延長10局下靠著代打黃冠宇的再見安打以6：5逆轉勝。
B|終場比分：台鋼雄鷹 6：5 樂天桃猿
B|桃猿先發投手陳柏廷主投6局僅失1分，但牛棚在8局被連敲3支安打，3分領先瞬間被追平。
B|「我只想把球打到外野。」
B|黃冠宇賽後說，這是他生涯第一支再見安打。
B|台鋼本季主場戰績來到34勝26敗。
oth|▶ 收聽本集《熱血球評》Podcast 18:42
oth|Apple Podcasts｜Spotify｜KKBOX
sh|讚 168
sh|分享
com|留言 42
rel|相關文章
rel|樂天桃猿宣布續留總教練古久保
rel|中職年度新人王三選一 名單出爐
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="",
     notes="Hong Kong finance aggregator without a headline: breadcrumb, index and crypto quote strip, stamp, source credit and a listen widget, then interim results whose closing-price line is story; exchange promos, an investment disclaimer, hot articles and share buttons below.",
     text="""
nav|財訊匯 › 港股 › 公司動向
tk|恒指 19,842.31 ▲212.05 (+1.08%)
tk|國指 7,045.18 ▲61.22
tk|比特幣 BTC US$71,205 ▼1.8%
tk|以太幣 ETH US$3,418 ▼2.4%
oth|2026年12月5日 16:48
att|資料來源：港股通訊社
oth|🎧 聽文章 2:05
B|本港地產發展商宏岸集團（代號：1788）5日公布截至9月底止中期業績，股東應佔虧損擴大至18.6億元，去年同期虧損為9.2億元。
B|集團解釋，虧損主要源於投資物業估值下跌及發展項目減值撥備。
B|中期不派息。
B|期內合約銷售額為42億元，按年減少17%，其中約六成來自屯門及元朗兩個住宅項目。
B|主席何志鋒表示，集團會繼續出售非核心資產，目標在明年底前將淨負債比率降至60%以下。
B|宏岸股價5日收報1.36元，跌3.5%。
pr|新用戶開戶即送200 USDT體驗金，立即註冊 ›
pr|港元入金 即時到帳 零手續費
dis|投資涉及風險，本文內容僅供參考，並不構成任何投資建議。
rel|熱門文章
rel|港交所首三季盈利創新高
rel|本地銀行下調定存息率
sh|分享到 Facebook
sh|WhatsApp
"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="",
     notes="Taiwanese travel magazine on a viral seaside café: cookie notice, masthead and menu, writer and update stamp; between paragraphs the leftovers of an embedded Instagram post ('在 Instagram 查看這則貼文' and the poster's handle, other); rating stars, save/share, recommendations, a 'helpful?' widget and an e-newsletter pitch below.",
     text="""
ck|本網站使用Cookie以提供更佳的瀏覽體驗。繼續瀏覽即表示您同意本站隱私權政策。
ck|我知道了
nav|旅人誌
nav|美食 | 住宿 | 景點 | 活動
T|花蓮海邊咖啡館爆紅 假日排隊兩小時 店主：只想安靜煮咖啡
oth|撰文：鍾筱晴
oth|更新時間：2026/11/30
B|位於花蓮縣豐濱鄉台11線旁的「浪間咖啡」，最近因一段在社群平台上瘋傳的短片而爆紅。
B|影片中，店主吳宗翰站在面海的吧台前手沖咖啡，背景是整片太平洋。
oth|在 Instagram 查看這則貼文
oth|林小滿（@xiaoman.lin）分享的貼文
B|這家店只有8個座位，過去平日一天大約只接待二三十位客人。
B|影片爆紅後，週末排隊人潮最長超過兩小時，還有遊客把車停在台11線路肩。
B|「我只想安靜煮咖啡。」
B|吳宗翰說，他已決定從12月起改為預約制，每天只開放三個時段。
oth|文章評分 ★★★★☆ 4.2（87人評分）
sh|收藏
sh|分享
rel|你可能也喜歡
rel|台東池上冬季限定稻草裝置藝術登場
rel|宜蘭溫泉民宿平日住宿優惠整理
oth|這篇文章對你有幫助嗎？ 是 / 否
nl|訂閱旅人誌電子報，每週收到最新旅遊情報
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="crlf",
     notes="Hard: a consumer group finds news sites inflating view counters; story lines quoting '「瀏覽次數 10萬+」', '熱門排行' and '按讚數' stay story, while the page's own view counter, read time, like/share counts, comment count, 'hot ranking' block and ad label are noise. CRLF.",
     text="""
nav|數位觀察站
nav|科技 > 媒體產業
T|新聞網站灌水瀏覽數遭踢爆 消基會：「瀏覽次數10萬+」多是機器人
oth|2026-11-28 11:06
oth|記者許家瑜／台北報導
oth|瀏覽次數：28,114
oth|閱讀時間約4分鐘
B|消基會28日公布調查，抽查國內15家新聞網站後發現，其中6家文章頁顯示的瀏覽次數與第三方流量監測數據落差超過10倍。
B|調查指出，有網站在文章下方標示「瀏覽次數 10萬+」，但實際不重複訪客不到8千人。
B|另有網站的「熱門排行」依據被灌水的瀏覽數排序，讓讀者誤以為內容受到廣泛關注。
B|消基會董事長蕭文德表示，廣告主依據瀏覽數付費，灌水行為可能涉及詐欺。
oth|廣告
B|台灣數位媒體協會回應，將研擬統一的瀏覽數計算標準，並建議會員網站公開計算方式。
B|消基會呼籲，讀者不應把「瀏覽次數」或「按讚數」當作新聞可信度的指標。
sh|按讚 326
sh|分享 41
com|留言 19
com|發表留言
rel|熱門排行
rel|社群平台演算法調整 新聞連結觸及率腰斬
rel|假帳號按讚產業鏈 一萬個讚只要三百元
dis|本網站內容未經同意不得轉載。
"""),
]
