"""textset-dev36, writer B: Chinese live blogs, breaking news and timelines (zh-Hans, zh-Hant).

Stamp convention: a line that is only a time or date stamp (over a post, or the page's own
publication stamp) is `other`; a time that opens an update's own text on the same line is story.
Per-post furniture (share, copy link, a reporter line that is only a name, "置顶") is noise.
"""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="single",
     notes="Portal live blog of Typhoon Haiyao making landfall; 'LIVE'/auto-refresh/key-events controls are navigation, bare post stamps and reporter names are other, per-post share and copy-link are share_bar, weather widget other, related list and copyright footer.", text="""
nav|南潮新闻网 首页 | 时政 | 社会 | 天气 | 视频 | 专题
nav|直播中
T|台风“海鹞”在粤东沿海登陆 实时更新
oth|更新时间：2026-09-14 18:40
nav|自动刷新：开
nav|只看重点
nav|有3条新动态，点击查看
oth|18:36
oth|记者 邝志远
B|18:36 “海鹞”于今天下午5时50分前后在汕尾市海丰县沿海登陆，登陆时中心附近最大风力14级。
sh|分享
sh|复制链接
oth|18:05
B|汕尾、揭阳两市已启动防风Ⅰ级应急响应，全市中小学、幼儿园明天停课。
B|截至下午6时，两市共转移安置群众4.7万人，开放避护场所312个。
oth|广告
oth|17:42
oth|记者 苏婉晴
B|17:42 深汕高速海丰至陆丰段双向封闭，广汕高铁部分列车停运，具体车次以铁路部门公告为准。
B|“风是一阵一阵的，窗户一直在响。”海丰县城居民林女士说。
sh|分享
sh|复制链接
oth|17:10
B|气象台预计，“海鹞”登陆后将向西北偏西方向移动，强度逐渐减弱，今夜到明天粤东、珠三角有大暴雨。
oth|广州 26℃ 暴雨 东北风7级
nav|加载更多
rel|相关阅读
rel|广州地铁明日首班车或推迟 请留意官方通知
rel|图解：台风来了，家里窗户要不要贴“米”字
dis|本网所有原创内容未经书面授权不得转载、摘编，违者必究。
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="crlf",
     notes="Sports portal results page of a city marathon; the result lines (place, name, time) are story, the app prompt and channel masthead navigation, comment count and a reader comment comments, bylines other.", text="""
nav|体坛快线 > 田径 > 路跑
T|2026澄江马拉松成绩出炉：巴音夺冠 赛会纪录被改写
oth|体坛快线记者 戚明轩 2026年11月9日 12:17
nav|打开APP 看完整赛事直播回放
B|11月9日上午，2026澄江马拉松在江心岛鸣枪开跑，约2.6万名选手参赛。
B|男子全程前三名：
B|1. 巴音（内蒙古）2小时08分51秒
B|2. 卡马乌（肯尼亚）2小时09分07秒
B|3. 许立铭（浙江）2小时10分33秒
B|女子组方面，赵雨桐以2小时26分40秒第一个冲线，比第二名快出近两分钟。
B|巴音在35公里处甩开集团，他赛后说：“今天风不大，我就是想试一试。”
B|赛会医疗组称，全天共有41人次接受现场救治，无人重伤。
oth|责任编辑：钟一帆
com|网友评论（326）
com|跑江城的阿杰：巴音后程太猛了，现场看得热血沸腾！
com|查看全部评论 >
rel|热门推荐
rel|女子半马组别为何临时改道？组委会回应
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="ws",
     notes="Finance portal live of the A-share close, with an index strip (crypto_ticker), the refresh button as navigation, a source credit, a risk warning (disclaimer) and a photo caption; stamp lines other.", text="""
nav|金融观察网 · 行情中心
tk|上证指数 3187.42 +0.86%  深证成指 10214.55 +1.12%  创业板指 2093.10 +1.47%
T|A股收评：三大指数集体收涨 券商板块午后拉升
oth|2026-03-18 15:02
nav|刷新
B|15:00 沪深两市收盘，三大指数全线上涨，两市成交额合计1.12万亿元，较上一交易日放量近900亿元。
B|14:21 券商板块快速拉升，华岳证券、东启证券先后触及涨停。
C|3月18日，上海一家证券营业部内，投资者在查看行情。（本网记者 唐立新 摄）
B|13:35 北向资金午后转为净流入，截至收盘净买入46.3亿元。
B|11:30 午盘收盘时沪指涨0.31%，光伏、储能板块领跌。
B|分析人士认为，短期内成交量能否维持在万亿元以上，是观察行情延续性的关键。
att|来源：金融观察网综合自证券时讯、财联讯
dis|风险提示：以上内容仅供参考，不构成任何投资建议。股市有风险，入市需谨慎。
rel|延伸阅读：北向资金连续三日净流入 主要买了这些股
nav|返回行情首页
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="nofinal",
     notes="Court text-live (图文直播) of a fraud trial; updates whose text opens with a time are story, host/moderator name lines and bare stamps other, a doubled summary line duplicate_line, per-post share and 'follow our official account' newsletter prompts.", text="""
nav|法治前沿 · 庭审直播
dup|“云仓”集资诈骗案今日开庭，被告人当庭部分认罪。“云仓”集资诈骗案今日开庭，被告人当庭部分认罪。
T|“云仓”集资诈骗案一审开庭 图文直播
oth|主持人：法治前沿 卢静
oth|置顶
B|本案涉案金额约7.8亿元，涉及全国11个省份的1.3万余名投资人。
B|09:30 审判长敲响法槌，宣布开庭，核对被告人身份。
B|09:52 公诉人宣读起诉书，指控被告人邵某以“仓储托管、保本高息”为名非法吸收资金。
sh|分享到微信
B|10:40 邵某表示对起诉书指控的部分事实无异议，但否认具有非法占有目的。
B|11:15 辩护人申请传唤两名证人出庭，合议庭经合议后予以准许。
oth|11:58
B|法庭宣布休庭，下午2时继续开庭审理。
sh|分享到微信
nl|长按识别二维码，关注“法治前沿”公众号，第一时间获取庭审动态
dis|本直播内容由法治前沿整理发布，转载请注明出处。"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="",
     notes="City paper timeline (大事记) of a century-old bridge, scraped without a headline; each year line is story, breadcrumb and app prompt navigation, editor line other, related list; extra blank lines before the footer.", text="""
nav|首页 > 城市 > 城建档案
oth|发布时间：2026年5月2日 08:00
B|青浦老桥建成一百年，以下为这座桥的大事记。
B|1926年 — 由本地商会集资建造，桥长86米，为当时县内最长的石拱桥。
B|1958年 — 桥面加宽至7米，开始通行汽车。
B|1983年 — 列入县级文物保护单位。
B|2004年 — 新桥在下游通车，老桥改为步行桥。
B|2019年 — 因桥墩出现裂缝，封闭检修14个月。
B|2026年5月 — 百年纪念活动举行，夜景灯光同步亮起。
oth|编辑：邱雪岚
~
nav|扫码下载“青浦新闻”客户端
rel|你可能还想看
rel|老城区12条弄堂将改造 居民意见征集开始
rel|青浦图书馆新馆试运营首周 接待读者3.2万人次
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True,
     opts="",
     notes="Hard: a crypto portal's live blog of a bitcoin sell-off, where hourly price updates are story, on a page that also carries a squashed price ticker, an exchange promo, a risk disclaimer and a source credit; post stamps other.", text="""
nav|链闻速递 | 快讯 | 行情 | 深度 | 活动
tk|BTC $58,214.6 -7.82%  ETH $2,371.9 -9.14%  SOL $118.40 -11.03%
T|比特币一夜跌破6万美元 全网超12亿美元多单被清算｜滚动更新
oth|持续更新中 · 最后更新 08:45
B|08:40 比特币最低下探至57,880美元，创下四个月来新低，24小时跌幅一度超过8%。
B|07:55 据数据平台统计，过去24小时全网爆仓金额约12.4亿美元，其中多单占比近九成。
oth|07:20
B|以太坊同步走弱，跌破2,400美元关口，日内跌幅超过9%。
B|分析师周野表示：“杠杆资金集中平仓放大了跌势，价格在58,000美元附近可能仍有反复。”
B|06:30 某头部交易所一度出现提币延迟，该所随后称系统已恢复正常。
oth|06:30
B|凌晨2点起比特币价格从63,400美元开始快速下滑，一小时内跌去约2,500美元。
pr|新用户注册即领价值60 USDT新手礼包，交易手续费低至0.02%，立即开户>>
att|本文部分数据来源：链上数据终端、交易所公开信息
dis|声明：本文不代表链闻速递立场，亦不构成投资建议。数字资产价格波动剧烈，请理性看待，自行承担风险。
rel|相关快讯
rel|美国现货比特币ETF单日净流出3.1亿美元
"""),

dict(id="zht-001", lang="zh-Hant", hard=False, opts="single",
     notes="Taiwanese news site live of a county-magistrate count; count updates (time + figures) are story, the LIVE/auto-update labels and a jump-to-latest button navigation, bare stamps and reporter names other, per-post share, LINE follow prompt newsletter, ad label other.", text="""
nav|澄海新聞網　即時｜政治｜地方｜選舉專區
nav|LIVE 開票直播
T|嵐山縣長補選開票　藍天佑以2.1萬票差勝出
nav|自動更新已開啟
nav|跳到最新
oth|最後更新　2026/06/27 21:48
oth|21:48
B|21:48 藍天佑宣布當選，他在競選總部對支持者說：「這一票一票，是大家對地方建設的信任。」
sh|分享
oth|21:05
oth|記者 范宜真
B|21:05 開票率已達93%，藍天佑得票18萬2,417票，鄭明璋得票16萬1,230票。
B|全縣投票率為58.4%，比上次縣長選舉低了約6個百分點。
oth|廣告
oth|20:12
B|20:12 鄭明璋陣營表示將等最後結果出爐再發表談話。
B|19:40 山區三個鄉開票較快，藍天佑在當地領先幅度超過兩成。
sh|分享
nl|加入澄海新聞LINE好友，開票結果即時推播給你
rel|延伸閱讀｜補選結果出爐　縣議會席次會不會生變？
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="crlf",
     notes="Hong Kong TV station breaking-news page on the black rainstorm signal ('developing story' label other), with an English/Chinese cookie notice, a weather widget, a photo caption, share bar and related list; bare stamps other.", text="""
ck|本網站使用Cookies以提升閣下的瀏覽體驗。繼續瀏覽即表示你同意我們的私隱政策。
ck|接受
ck|管理設定
nav|港島台新聞　|　港聞　|　財經　|　天氣
oth|突發新聞　·　持續更新
T|天文台發出黑色暴雨警告　多區水浸　學校停課
oth|2026年8月3日 07:52　更新於 09:15
B|更新 09:15：天文台表示，黑雨警告最少維持至中午12時，市民應留在安全地方暫避。
B|教育局宣布今日全港日校停課，已回校的學生應留在校內，直至情況安全。
C|觀塘道一段路面嚴重水浸，多部私家車被困。（港島台新聞圖片）
B|更新 08:30：過去一小時，黃大仙及觀塘錄得超過100毫米雨量。
B|消防處表示，早上共接報17宗水浸及3宗山泥傾瀉。
B|港鐵稱，列車服務大致正常，但部分出口因水浸暫時關閉。
oth|此新聞正在發展中，稍後會有更新。
oth|九龍城 24°C 黑色暴雨 相對濕度 98%
sh|分享到 Facebook　WhatsApp　X
rel|相關新聞
rel|天文台：本月第二場黑雨　雨帶未來數小時緩慢南移
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="ws",
     notes="Baseball play-by-play (文字轉播) of a fictional league game; each half-inning update is story, the live-text label navigation, the score box and inning line-score widget other, bare stamps and reporter line other, comments block and a related list.", text="""
nav|球壇即時　職棒｜籃球｜足球｜綜合
nav|文字轉播
T|雷豹9局下再見安打　3比2逆轉海鷹
oth|記者 高家維／嘉南球場報導
oth|海鷹 2　雷豹 3　終場
oth|1 2 3 4 5 6 7 8 9 R H E
B|2局上 海鷹吳承祐左外野陽春砲，海鷹1比0先馳得點。
B|5局上 海鷹靠連續兩支安打加上暴投，再添1分。
B|6局下 雷豹林書恆二壘安打送回1分，追成1比2。
oth|21:36
B|8局下 雷豹代打許志豪高飛犧牲打，雙方戰成2比2平手。
B|9局下 兩出局二壘有人，陳柏翰擊出中外野方向安打，雷豹再見勝。
B|陳柏翰賽後說：「我只想把球打強，沒想到能結束比賽。」
com|留言（58）
com|雷豹鐵粉小美：這場球值回票價！！
com|登入後即可參與討論
rel|延伸閱讀：海鷹牛棚本季第5次守成失敗　總教練：會檢討調度
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="nofinal",
     notes="Taiwanese finance site live of the stock market on a chipmaker's earnings day; index quote box crypto_ticker, live label, refresh and key-events toggles navigation, member sign-up newsletter, investment disclaimer, attribution to a wire.", text="""
nav|財經快線　台股｜美股｜基金｜加密貨幣
tk|加權指數　22,814.37　▲186.52　+0.82%
tk|櫃買指數　268.91　▲1.37　+0.51%
T|台股盤中直擊：晶圓大廠法說後股價走高　加權指數漲逾180點
nav|盤中即時更新
nav|重新整理
nav|僅看重點
B|13:30 台股收盤，加權指數上漲186.52點，收22,814.37點，成交金額4,312億元。
B|11:45 晶昇電子股價一度上漲4.6%，帶動半導體類股走強。
B|晶昇電子昨日法說會上預估，第三季營收將季增12%至15%。
B|10:20 外資期貨空單減少約3,200口，市場解讀為外資轉趨中性。
B|09:00 加權指數開高約90點，電子權值股普遍上漲。
att|（中央財經社）
nl|免費加入會員，訂閱每日盤後重點整理
dis|本網站資訊僅供參考，投資人應審慎評估並自負盈虧。"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="",
     notes="Hong Kong paper's chronology of a tram line's 120 years; dated lines are story, a doubled standfirst duplicate_line, a photo caption with credit, source attribution, share bar and related list; extra blank lines near the foot.", text="""
nav|東方晨報　>　港聞　>　專題
dup|電車今年通車120周年，本報整理了電車的重要時刻。電車今年通車120周年，本報整理了電車的重要時刻。
T|叮叮120年：一條電車路的大事年表
oth|2026年7月30日　06:00
B|1906年7月：電車首段由堅尼地城至筲箕灣通車，全程車費三仙。
B|1912年：首批雙層電車投入服務，上層初時並無車頂。
B|1949年：電車公司引入首批女售票員。
C|1950年代的德輔道中，雙層電車與人力車並行。（資料圖片）
B|1976年：收費改為投幣式，售票員陸續退役。
B|2000年：首輛「千禧電車」啟用，採用鋁製車身。
B|2026年7月：通車120周年，電車公司推出紀念車票及復刻車廂。
att|資料來源：電車歷史研究會、本報資料室
~
sh|分享：Facebook｜WhatsApp｜電郵
rel|更多專題
rel|山頂纜車重開首月　乘客量回升至疫前八成
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="",
     notes="Hard: live coverage of a legislature committee on a bill about news-site comment sections, whose story lines quote comment furniture ('本文留言功能已關閉', '檢舉此留言'); the page's own comment block is comments; stamps and reporter lines other.", text="""
nav|島嶼新聞　政治｜社會｜國際｜評論
nav|直播
T|網路留言管理條例初審　委員會通過「24小時下架」條文
oth|2026/10/21 16:30 最後更新
oth|記者 周思妤
B|16:25 交通委員會完成初審，通過新聞網站須在接獲檢舉後24小時內處理違法留言的條文。
B|15:40 部長答詢時說，草案不要求網站關閉留言，但留言區應設「檢舉此留言」按鈕，並公告處理時程。
B|15:10 有委員展示多家媒體頁面，指出不少網站已直接標示「本文留言功能已關閉」，質疑條例會讓更多媒體乾脆關掉留言。
oth|14:02
B|14:00 會議開始，數位發展部次長率員列席。
B|條例草案共28條，將送院會二讀。
sh|複製連結
com|留言區
com|阿宏：留言區早就被洗版了，管一管也好
com|林小姐：網站只要說關就關，讀者根本沒辦法反應
com|請遵守留言規範，不當言論將被刪除
rel|熱門新聞
rel|颱風假標準明年修訂　地方首長不再各自宣布
"""),
]
