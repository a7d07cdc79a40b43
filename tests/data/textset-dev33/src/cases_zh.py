"""textset-dev33, writer B: Chinese cases (zh-Hans: Malaysian and Singaporean Chinese papers,
a mainland wire repost, a crypto aggregator, a university news room; zh-Hant: a Hong Kong TV
site, Taiwanese regional and finance sites, a Macau portal, a radio brief without a headline)
and the two Chinese hard cases."""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="",
     notes="Malaysian Chinese daily (Johor edition): water cut notice with a list of affected "
           "areas kept as story; menu, breadcrumb, byline/stamp on top, an inline 相关新闻 teaser in "
           "the middle, WhatsApp channel prompt (newsletter), tags, copyright and a hot list below.",
     text="""
nav|首页 | 国内 | 柔佛 | 大北马 | 东海岸 | 国际 | 财经 | 体育 | 娱乐
nav|首页 > 地方 > 柔佛
T|新山廿三区明起制水36小时　居民宜提早储水
oth|报道：林慧珊｜2026年12月6日 晚上8:42
B|（新山6日讯）柔佛水务公司宣布，由于士古来输水总管需要进行紧急接驳工程，新山县共23个地区将从周一（8日）早上9时起暂停供水，预计周二晚上9时恢复。
B|水务公司发言人表示，工程涉及一段已使用超过30年的铸铁管，上个月连续两次爆裂，导致附近道路下陷。
rel|相关新闻：士古来主干道水管爆裂　数千户停水一整天
B|受影响地区包括：
B|• 士古来花园、士古来再也
B|• 乌鲁地南花园、百万镇
B|• 玛莎再也、淡杯花园
B|水务公司将派出12辆水罐车轮流到受影响地区供水，并呼吁居民提早储水，避免在恢复供水初期使用洗衣机。
B|居民可拨打免费热线1-800-88-2671查询最新供水情况。
nl|想第一时间掌握柔佛新闻？立即关注我们的WhatsApp频道！
nav|标签：  制水 ｜ 柔佛水务 ｜ 士古来 ｜ 新山
dis|版权所有 © 南岸日报 Nan An Daily Sdn Bhd，未经许可不得转载
rel|热门新闻
rel|1. 巴西古当新商场开幕首日　停车场大塞车
rel|2. 柔长堤海关系统故障　摩托骑士排队三小时
rel|3. 榴梿季提前结束　猫山王每公斤起价至68令吉
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="single",
     notes="Singapore Chinese news site: a local kopitiam chain's listing; index/FX strip on top, "
           "share bar and comment count mid-page and below, PDPA-style cookie notice at the foot. "
           "Single newlines throughout.",
     text="""
nav|狮城联播网
tk|海峡指数 3,812.44 ▲0.61%　新元兑美元 0.7462　新元兑令吉 3.3810　新元兑人民币 5.4315
nav|财经 › 公司新闻
T|本地咖啡店连锁“老街坊”申请在凯利板上市　拟筹资2800万新元
oth|2026年12月7日 上午10:15　阅读时间约3分钟
B|在本地经营48家咖啡店的“老街坊”集团周一向新加坡交易所提交上市申请，计划在凯利板发售约7000万股新股。
B|集团创办人黄国伟说，筹得的资金约六成将用于在义顺和登加开设中央厨房，其余用于翻新旧店和偿还银行贷款。
sh|分享：Facebook　WhatsApp　Telegram　复制链接
B|根据招股书，集团截至今年6月的财年营收为1亿1260万元，比前一年增加14%，净利为640万元。
B|“咖啡乌一杯涨一毛钱，顾客都会算，所以我们只能从采购和人手安排上省成本。”黄国伟说。
B|分析员认为，熟食中心租金和人工成本持续上涨，小型连锁店寻求上市融资的情况可能会增加。
com|12 条评论
com|登录后发表评论
ck|本网站使用 Cookies 来分析流量和改善您的体验。继续浏览即表示您同意我们按照隐私政策使用 Cookies。
ck|我知道了
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="crlf",
     notes="Mainland regional portal reposting a wire story on a freight train to Almaty; photo "
           "caption kept as caption and its doubled copy is duplicate_line; source and original-title "
           "lines are attribution, editor line and report link other, APP prompt navigation. CRLF.",
     text="""
nav|打开APP，阅读体验更佳
T|西安首趟“棉纺专列”开往阿拉木图
att|来源：新华社　　2026-12-05 16:20
C|12月5日，满载纺织机械的中欧班列从西安国际港站驶出。（新华社记者 贺卫东 摄）
dup|12月5日，满载纺织机械的中欧班列从西安国际港站驶出。（新华社记者 贺卫东 摄）
B|新华社西安12月5日电　5日上午，一列满载纺织机械和棉纱的中欧班列从西安国际港站鸣笛出发，将经霍尔果斯口岸驶往哈萨克斯坦阿拉木图。
B|这是今年首趟以纺织产品为主的专列，共装载55个集装箱，货值约1.3亿元。
B|据介绍，专列全程约3900公里，预计运行7天，比传统海运加公路联运节省约20天。
B|阿拉木图一家纺织企业的采购经理在视频连线中说，新设备到位后，工厂的产能有望提高三分之一。
att|原标题：《西安开出首趟纺织专列》
oth|责任编辑：刘晓雯
oth|举报/反馈
rel|猜你喜欢
rel|霍尔果斯口岸今年通行中欧班列突破7000列
rel|陕西苹果首次经铁路出口中亚五国
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="nofinal",
     notes="Crypto exchange news feed reposting a piece on bitcoin miners in Kazakhstan, in the "
           "seed style: doubled dek, multi-line price box, promo, repost disclaimer, teasers with "
           "site stamps. No final newline.",
     text="""
dup|哈萨克斯坦上调矿场电价，多家矿企考虑迁往吉尔吉斯斯坦。哈萨克斯坦上调矿场电价，多家矿企考虑迁往吉尔吉斯斯坦。
T|哈萨克斯坦矿场电价上调四成　矿企酝酿“二次迁徙”
B|哈萨克斯坦能源部本周公布新规，从明年1月起，数字资产挖矿企业的工业电价将从每千瓦时约22坚戈上调至31坚戈。
B|埃基巴斯图兹一家矿场负责人表示，按照目前的比特币价格和全网算力，新电价将使其利润率从约18%降至不足5%。
B|多家中资背景的矿企已派人前往吉尔吉斯斯坦和乌兹别克斯坦考察，但当地电网冬季供电紧张，也是不小的风险。
B|业内人士估计，哈萨克斯坦目前约占全球比特币算力的7%，若大规模外迁，全网算力短期内可能出现波动。
tk|市场行情
>tk|比特币 Logo
>tk|比特币价格(BTC)
>tk|$61,482.10
>tk|-1.37%
>tk|USD
pr|想让更多投资者看到您的项目？欢迎投稿至本站「行业观察」专栏，与百万用户直接对话。
dis|免责声明：本站转载的文章来源于公开平台，仅供参考，不代表本平台观点。如涉及侵权，请联系 content@kuaibi-news.example 删除。本文内容不构成任何投资建议。
rel|你可能还喜欢
rel|乌兹别克斯坦批准首家持牌加密货币交易所
rel|快币资讯2026/12/06 22:14
rel|比特币减半后中小矿企生存调查
rel|快币资讯2026/12/05 09:37
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="",
     notes="University news room, nearly clean: a research story with a subheading, only a "
           "contributor/editor line (other) and a reviewer line (other) at the bottom.",
     text="""
T|我校团队在高原冻土微生物研究中取得新进展
B|近日，我校生态与环境学院周立平教授团队在国际期刊《土壤生物学与生物化学》发表论文，首次系统描述了青藏高原多年冻土融化过程中甲烷氧化菌群落的变化规律。
B|研究团队在海拔4600米以上的五个观测点连续采样三年，共获得样品1200余份。
B|研究意义
B|论文指出，冻土融化初期，部分甲烷氧化菌的数量会迅速增加，可在一定程度上抵消甲烷排放，但这一“缓冲”作用在融化第三年后明显减弱。
B|周立平说，这一发现为评估高原冻土碳排放提供了新的参数，也提醒相关模型不能简单假设微生物作用保持不变。
B|该研究得到国家自然科学基金和学校“双一流”建设专项的资助，博士研究生马晓晨为论文第一作者。
oth|供稿：生态与环境学院　文字：马晓晨　编辑：宋佳
oth|审核：党委宣传部
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="ws",
     notes="Hard: a provincial cyberspace office names apps whose privacy pop-ups cannot be "
           "refused; the story quotes the pop-up wording and button labels (story), while the page "
           "carries its own cookie banner at the bottom; nav, byline, share bar and related list.",
     text="""
nav|新闻 | 政务 | 民生 | 科技 | 视频 | 专题
T|“只能同意不能拒绝”　省网信办通报14款App违规弹窗
oth|2026-12-04 18:06　来源：晨江网　作者：许嘉楠
B|省网信办4日通报，14款App在用户首次打开时弹出的隐私提示中只提供“同意”按钮，用户若不点击便无法使用任何功能，违反了个人信息保护相关规定。
B|通报列举的一款本地生活类App，弹窗文字为：“我们使用Cookie及类似技术以提升您的浏览体验，点击‘同意并继续’即表示您接受全部条款。”
B|弹窗下方只有“同意并继续”一个按钮，没有“拒绝”或“仅必要”选项。
B|另一款购物App虽然设置了“不同意”按钮，但用户点击后会反复弹出同样的提示，最多的一次测试连续弹出了9次。
B|网信办要求相关企业在15个工作日内完成整改，逾期未改的将依法下架。
B|浙南大学法学院副教授韩若冰说，拒绝的选项应当和同意一样醒目、一样容易点击，“一键同意、十步拒绝”本身就是一种变相强制。
sh|分享到：微信　微博　QQ空间
rel|相关阅读
rel|手机预装软件能否卸载？记者实测20款新机
rel|小程序“默认勾选”自动续费被约谈
ck|晨江网使用Cookie以便为您提供更好的浏览服务。您可在浏览器设置中管理Cookie，继续访问本站即视为您同意。
ck|接受　|　管理偏好
"""),

dict(id="zht-001", lang="zh-Hant", hard=False, opts="ws",
     notes="Hong Kong TV news site: a District Court sentencing. Menu and weather widget at top, "
           "time stamp, share bar, related news, and a copyright footer (disclaimer); trailing "
           "whitespace on some lines.",
     text="""
nav|港視新聞　即時　港聞　兩岸　國際　財經　體育　天氣
oth|天氣　24°C　相對濕度 78%　紫外線指數：中
T|偽造裝修單據騙保險　前地產經紀判囚20個月
oth|2026年12月7日（星期一）13:26　更新：14:02
B|一名前地產經紀涉嫌在兩年內向三間保險公司遞交偽造的水浸維修單據，騙取賠償合共約47萬元，今日在區域法院被判入獄20個月。
B|被告姓鄭，42歲，早前承認六項以欺騙手段取得財產罪。
B|法官陳嘉欣判刑時指出，被告利用職業便利取得多個單位的照片，再偽造承建商抬頭和簽名，計劃周詳，並非一時貪念。
B|辯方求情時稱，被告因投資失利欠債，案發後已變賣私家車，向其中一間保險公司還款8萬元。
B|法官表示已考慮還款因素，但案件嚴重損害保險業的誠信制度，必須判處即時監禁。
sh|分享　WhatsApp　Facebook　Telegram　複製連結
rel|相關新聞
rel|保險業聯會：去年揭發詐騙索償個案增兩成
rel|旺角裝修公司東主涉串謀詐騙被捕
dis|© 2026 港視新聞有限公司 版權所有，不得轉載
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="",
     notes="Taiwanese regional paper: tea farmers after a typhoon. Byline, an inline 延伸閱讀 "
           "teaser mid-story, a LINE follow prompt (newsletter) and a reader comment block with "
           "names and times (comments).",
     text="""
nav|南投鄉報 › 地方 › 竹山鎮
T|颱風吹落冬茶嫩芽　鹿谷茶農估減產三成
oth|記者廖政宏／南投報導　2026/12/03 07:50
B|颱風「雅莉」上週外圍環流為中部山區帶來強風，鹿谷鄉凍頂一帶的冬茶正值採收前夕，不少茶園的嫩芽被吹落或折斷。
B|鹿谷鄉農會初步統計，全鄉約有420公頃茶園受損，冬茶產量估計減少三成。
rel|延伸閱讀》冬茶比賽改期　茶農：今年拚不到特等獎了
B|第三代茶農林佳慧說，冬茶本來是一年中價格最好的一季，「芽一斷，就只能等明年春天了」。
B|南投縣政府農業處表示，已報請農業部公告現金救助，每公頃最高補助3萬元，茶農可於12月15日前向鄉公所申請。
nl|加入南投鄉報LINE好友，地方大小事不漏接
com|讀者留言（3）
com|阿芬的茶行：希望補助可以快一點下來，大家都在等
com|12/03 09:12
com|路過的山城人：凍頂的冬茶今年要搶了
com|12/03 10:45
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="single",
     notes="Taiwanese finance site: after-hours market wrap with index strip at top, a watchlist "
           "button (other), the site's investment warning (disclaimer) and a most-read list. "
           "Single newlines.",
     text="""
tk|加權指數 22,486.31 ▲118.42　櫃買指數 251.07 ▼0.86　台指期 22,512 ▲96
nav|財經台 > 台股 > 盤後解析
T|外資連三買　電子權值股撐起加權指數
oth|記者邱詠婷／綜合報導　2026-12-07 14:38
oth|＋加入自選股
B|台股今（7）日在外資連續第三個交易日買超下收紅，加權指數上漲118.42點，收在22,486.31點，成交金額約3,860億元。
B|晶片代工龍頭上漲1.4%，貢獻指數約62點；IC設計族群則漲跌互見。
B|三大法人合計買超112億元，其中外資買超98億元，投信買超21億元，自營商賣超7億元。
B|投顧分析師指出，年底作帳行情可能延續，但美國公布就業數據前，短線量能恐怕不易放大。
dis|投資警語：本網站所提供之資訊僅供參考，投資人應審慎評估並自負盈虧，本站不負任何法律責任。
rel|最多人看
rel|金融股配息旺季提前報到？三檔殖利率逾5%
rel|航運股急殺　貨櫃三雄同步走弱
rel|元月效應會來嗎？老手教你看三個指標
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="nofinal",
     notes="Macau portal: a tourism office announcement with two photo captions (caption) and a "
           "stand-alone photo credit (attribution); section label, stamp, print/share bar and "
           "previous/next links. No final newline.",
     text="""
nav|澳聞網　｜　本地　社會　旅遊　體育
T|旅遊局推冬季步行路線　串連氹仔六個舊村落
oth|發佈日期：2026年12月2日　瀏覽次數：1,204
B|旅遊局昨日公佈「冬日漫遊氹仔」計劃，推出三條步行路線，串連氹仔舊城區及附近六個舊村落，全長由2.4公里至5.1公里不等。
C|旅遊局代局長梁詠詩（右二）介紹新路線。
B|每條路線沿途設有二維碼導覽牌，旅客掃描後可收聽粵語、普通話、葡萄牙語及英語的語音介紹。
B|旅遊局表示，計劃期間每逢週六及週日會安排免費導賞團，每團名額25人，市民可透過旅遊局網站預約。
C|嘉模前地一帶的舊建築將成為路線起點之一。
att|圖片：澳聞網記者 何家朗
B|有氹仔街坊會理事長認為，路線有助分散旅客，但希望當局同時加強公廁和垃圾桶的配套。
sh|列印　｜　分享至 Facebook　｜　電郵給朋友
nav|上一篇：路環碼頭夜市下月試行
nav|下一篇：輕軌東線工程進度過半"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="ws",
     notes="Hong Kong radio station's hourly news brief scraped without a headline: player "
           "controls and a programme label (other) on top, previous/next links (navigation) and "
           "a reprint line below. Extra blank lines before the footer; trailing whitespace.",
     text="""
oth|▶ 收聽直播　城聲電台 FM 98.6
oth|新聞簡報　12月6日 下午5時
B|政府公布，本港上月失業率維持在3.1%，就業不足率則輕微上升至1.2%。
B|勞工及福利局表示，飲食及零售業的職位空缺有所減少，但建造業和安老服務的人手需求仍然殷切。
B|另外，海關今日在葵涌貨櫃碼頭檢獲約一噸懷疑走私凍肉，市值約40萬元，案件仍在調查中。
B|天文台預測，一股強烈東北季候風明日抵達廣東沿岸，本港氣溫會下降至14度左右。
~
nav|上一則：新界東北發展區首批居民明年入伙
nav|下一則：港鐵周日試行延長尾班車
dis|城聲電台版權所有，轉載請註明出處
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="",
     notes="Hard: the HK securities regulator warns about fake crypto sign-up bonuses; the story "
           "quotes the promo wordings (story), while the page has a real exchange promo, a coin "
           "price strip and a not-advice disclaimer.",
     text="""
tk|BTC 61,520 ▼1.2%　ETH 3,184 ▼0.8%　SOL 142.6 ▲2.1%
nav|港財經 ／ 虛擬資產
T|證監會警告：「註冊即送50 USDT」多屬詐騙平台
oth|撰文：麥樂恩　2026年12月5日
B|證監會今日發出警告，指近月有多個未經發牌的虛擬資產平台，在社交媒體以高額迎新獎賞吸引市民開戶。
B|其中一則廣告寫道：「立即註冊，即送 50 USDT 迎新獎賞，首次入金再享 20% 回贈！」
B|另一則則聲稱「邀請一位好友，雙方各得 10 USDT，上不封頂」。
B|證監會指出，這類平台在用戶入金後，往往以「未完成任務」或「需繳付解凍費」為由拒絕提款。
B|今年首11個月，警方共接獲約1,900宗涉及虛擬資產的詐騙舉報，損失金額逾6億元。
B|證監會提醒市民，只應透過持牌平台買賣虛擬資產，可在證監會網站查閱持牌平台名單。
pr|限時優惠｜新用戶完成身份認證即享交易手續費七折，立即開戶 ›
dis|本文僅供參考，並不構成任何投資建議。虛擬資產價格波動極大，投資者可能損失全部本金。
rel|延伸閱讀
rel|穩定幣發行人發牌制度明年上路　首批料三至四家
"""),
]
