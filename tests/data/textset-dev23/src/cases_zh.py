"""dev23, Chinese half (zh-Hant and zh-Hans, not hard). Tagged line lists, see make_cases.py."""

CASES = [
dict(id="zht-001", lang="zh-Hant", hard=False, opts="single",
     notes="Taiwanese BBS repost using the 1-6 news posting form: post header, form labels (noise), "
           "outlet value (attribution), reporter value (byline), short headline as the title value, "
           "link, poster remark, site signature and push comments. Single newlines.",
     text="""
oth|作者 tofu0922 (豆腐不加蔥)
oth|看板 Taichung
oth|標題 [新聞] 楓林夜市要搬家 攤商憂客源流失
oth|時間 Tue Nov  4 21:37:08 2025
oth|1.媒體來源:
att|中台灣時報
oth|2.記者署名:
oth|記者賴品妤／台中報導
oth|3.完整新聞標題:
T|楓林夜市要搬家
oth|4.完整新聞內文:
B|台中市南屯區經營近三十年的楓林夜市，因土地租約明年六月到期，地主已表明不再續約，市府經發局昨（3）日證實，夜市將遷往約一點二公里外的文心南九路市有地。
B|經發局表示，新址面積約一點八公頃，比現址多出約四成，規劃攤位三百二十格，並設置兩座公廁與一百五十個機車停車格，預計明年七月試營運。
B|不過，部分攤商擔心搬遷後客源流失。賣蚵仔煎二十年的張姓老闆說：「老客人都知道在這裡，搬過去要重新開始，前半年一定很難熬。」
B|夜市自治會會長林國忠則說，自治會已與市府開過三次協調會，爭取到搬遷後首年攤位費減半，也希望市府協助在新址周邊增設公車站牌。
B|經發局長表示，市府將編列八百萬元進行新址整地與照明工程，並在搬遷前後三個月舉辦行銷活動，「讓老客人找得到、新客人願意來」。
oth|5.完整新聞連結 (或短網址):
att|https://news.ctwtimes.com.tw/local/20251104/88213
oth|6.備註:
oth|小時候常去欸 新址那邊晚上蠻暗的 停車也是問題
oth|--
oth|※ 發信站: 豆漿BBS(doujiang.cc), 來自: 114.37.215.xx (臺灣)
oth|※ 文章網址: https://www.doujiang.cc/bbs/Taichung/M.1762263428.A.3F1.html
com|推 kuroneko77: 文心南九路那邊晚上真的很暗 燈要加強   11/04 21:40
com|→ kuroneko77: 不過停車格變多是好事                    11/04 21:41
com|噓 bigpotato: 又要搬 上次也說會辦活動結果沒人         11/04 21:45
com|推 amy0512: 蚵仔煎阿伯要跟著搬啊 不然會哭              11/04 21:52
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="",
     notes="LINE TODAY repost of a Taipei outlet: app masthead and channel menu, short headline above "
           "'記者 X／台北報導' byline and an outlet|time line, ad label and inline further-reading teaser "
           "inside the story, numbered list items, share, more-from-outlet block, report link, comment "
           "count and an app prompt.",
     text="""
nav|LINE TODAY
nav|首頁　生活　國際　娛樂　颱風專區
T|颱風假怎麼放？
oth|記者陳怡君／台北報導
oth|北辰新聞網｜2025年11月11日 下午5:42
B|中颱鳳尾暴風圈預計明（12）日清晨觸及東半部陸地，各縣市停班停課標準再度成為焦點。人事總處表示，各地方政府將於今晚8時起陸續公布決定，民眾應以官方公告為準。
B|依現行規定，各縣市在預測風力達7級以上、陣風達10級以上，或雨量達停班停課標準時，即可宣布停止上班上課。
oth|廣告
B|三種情形要注意
B|一、已宣布停班停課的縣市，若颱風轉向，原則上不會改回上班上課。
B|二、居住地與工作地不同縣市者，以工作地的決定為準；如居住地停班停課，可依規定請颱風假。
B|三、颱風假不是事假也不是病假，雇主不得視為曠職或要求補班，但是否照常給薪由勞資雙方約定。
rel|▸延伸閱讀：鳳尾路徑北修　氣象署：東部山區雨量恐破400毫米
B|人事總處提醒，民眾可上「天然災害停止上班及上課情形」網頁查詢最新資訊，勿轉傳來路不明的停班停課截圖。
sh|分享
sh|複製連結
rel|看更多 北辰新聞網 的文章
rel|鳳尾颱風假攻略：哪些行業不必停工？
rel|颱風天外送停不停？平台業者這樣說
oth|檢舉此文章
com|留言 86
nav|下載 LINE TODAY App，即時新聞不漏接
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="crlf",
     notes="Hong Kong regional paper: masthead and breadcrumb, short headline, date with reading time, "
           "'撰文：' byline, ad label and related-news line inside the story, tag list, share row, e-mail "
           "newsletter prompt, numbered most-read list and a cookie notice. CRLF line endings.",
     text="""
nav|東區日報
nav|主頁 > 港聞 > 交通
T|專線小巴加價
oth|2025年11月3日 星期一 08:15　閱讀時間：約2分鐘
oth|撰文：麥嘉欣
B|運輸署昨日批准十二條新界東專線小巴線的加價申請，平均加幅為百分之八點六，新車資下月一日起生效，受影響乘客每日約四萬五千人次。
B|其中來往將軍澳寶林與觀塘的綠色小巴一零六號線，全程車資由十一元加至十二元二角，是今次加幅最大的路線之一。
B|營辦商表示，過去兩年燃油、維修及司機薪酬支出上升逾兩成，加上乘客量未完全恢復至疫情前水平，若不加價，部分路線恐難以維持現有班次。
rel|相關新聞：九巴及城巴明年初再申加價　平均幅度未定
B|有區議員批評加幅過高，要求營辦商承諾加價後不削減繁忙時間班次。運輸署回覆指，署方會監察各線服務水平，營辦商須每季提交班次紀錄。
oth|廣告
B|乘客以電子支付享有的轉乘優惠維持不變，長者及合資格殘疾人士仍可以兩元乘車優惠搭乘。
nav|#小巴 #加價 #運輸署 #將軍澳
sh|WhatsApp　Facebook　Telegram　複製連結
nl|訂閱《東區日報》每日電郵快訊，早上七點送到你的郵箱
rel|熱門排行
rel|1. 西貢公路明起封一線　為期三個月
rel|2. 屯門碼頭渡輪下月起減班
rel|3. 街市檔主：菜價三個月升兩成
ck|東區日報網站使用Cookies以提供更佳瀏覽體驗。繼續瀏覽即表示你同意我們的私隱政策。 接受
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="",
     notes="Wire copy (invented agency) on the Yahoo News portal: portal masthead, short headline, agency "
           "credit, time stamp, photo caption with credit, ad label and more-from-agency link inside the "
           "story, editor credit with date code, like/share/comment row, related block, portal footer.",
     text="""
nav|Yahoo奇摩新聞
T|芒果外銷日本創新高
att|華聲通訊社
oth|2025年11月5日 週三 下午3:12
C|台南市玉井區果農5日在選果場分級包裝外銷日本的愛文芒果。（華聲社）
B|（華聲社記者鄭雅雯台南5日電）台南市農業局今天公布，今年愛文芒果外銷日本達1,284公噸，比去年成長約18%，創下近十年新高，外銷產值約新台幣3.9億元。
B|農業局長說，今年產期天候穩定，加上市府補助果農設置網室與溫控選果設備，果實外觀與糖度都符合日本通路商要求，退貨率降到1%以下。
oth|廣告
B|玉井區青農李姓果農表示，日本客戶今年首度指定以冷藏貨櫃直送大阪，省下轉運時間，「芒果到貨時熟度剛好，客人回購率很高」。
rel|更多 華聲通訊社 報導
B|農業局也指出，明年將協助果農取得日本市場要求的用藥履歷認證，目標讓外銷量突破1,500公噸。
att|（編輯：林美惠）1141105
sh|讚
sh|分享
com|留言
rel|相關文章
rel|芒果乾夯到東南亞　農業部：加工品外銷也成長
rel|荔枝、龍眼搶攻杜拜　台南果農組團參展
rel|愛文價格崩？產地：今年品質好價格穩
nav|服務條款　隱私權政策　© 2025 Yahoo奇摩
"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="",
     notes="Taiwanese finance site: index and BTC quote strip, market menu, short headline above a "
           "'site 記者 name date' byline, monthly-revenue story, crypto exchange promos in the middle and "
           "at the bottom, investment disclaimer, tag list and further-reading block.",
     text="""
tk|加權指數 23,418.62 ▲126.35 (+0.54%)
tk|櫃買指數 262.17 ▼0.84 (-0.32%)
tk|BTC/USDT 68,215.4 ▲1.87%
nav|台股 ｜ 美股 ｜ 加密貨幣 ｜ 外匯 ｜ 基金
T|晶耀十月營收
oth|財訊快線 記者吳冠廷 2025/11/07 14:05
B|LED驅動IC廠晶耀光電（6871）今（7）日公布10月營收新台幣12.6億元，月增9.3%、年增21.7%，創單月歷史新高；累計前十月營收108.4億元，年增14.2%。
B|公司表示，車用照明與Mini LED背光產品出貨暢旺，歐系車廠新車款導入進度優於預期，帶動車用營收占比首度突破四成。
pr|開戶即享比特幣體驗金 NT$500，立即註冊 ►
B|法人指出，晶耀第四季雖進入傳統淡季，但車用訂單能見度已看到明年第一季，預估全年營收可望年增一成五以上。
B|晶耀今日股價收在148.5元，上漲4.5元，漲幅3.13%，成交量約1.2萬張。
dis|免責聲明：本文內容僅供參考，不構成任何投資建議。投資人應審慎評估風險，並自負盈虧。
nav|#晶耀 #營收 #車用LED #MiniLED
rel|延伸閱讀
rel|‧ 車用LED需求回溫　驅動IC廠第四季展望轉佳
rel|‧ 十月營收速報：電子零組件族群七成年增
pr|加密貨幣現貨手續費 0.08% 起，新戶首月零手續費
"""),

dict(id="zhs-001", lang="zh-Hans", hard=False, opts="",
     notes="WeChat official-account repost: account header with date and location, follow prompt, short "
           "headline above a reporter/correspondent byline, mini-program coupon prompt inside the story, "
           "source and editor credits, past-posts block, share row, read-original link and comments.",
     text="""
oth|原创 江城晚报 江城晚报 2025年11月04日 07:30 湖北
nav|点击上方蓝字“江城晚报”，关注我们
T|冬储菜上市
oth|记者 刘畅 通讯员 何晓
B|立冬将至，江城各大农贸市场的冬储大白菜、萝卜陆续上市。记者昨日走访发现，今年大白菜批发价每斤0.6元左右，比去年同期低约两成。
B|白沙洲农产品大市场负责人介绍，今年本地及山东产区大白菜丰收，每天进场量在800吨以上，比去年多出三成，价格因此走低。
oth|↓↓↓ 点击下方小程序，领取冬储菜满减券
B|“一次买二三十斤，腌酸菜、炖排骨都够了。”家住洪山区的市民张阿姨一口气买了两棵大白菜和一袋萝卜，花了不到20元。
B|市场监管部门提醒，储存大白菜应选择阴凉通风处，避免堆放过高导致腐烂；腌制酸菜要注意亚硝酸盐含量，一般腌制20天以后再食用较为安全。
att|来源：江城晚报综合整理
att|编辑：周敏　审核：高原
rel|往期推荐
rel|江城地铁12号线年底通车？官方回应来了
rel|明起降温！江城最低气温将跌破5℃
sh|分享　收藏　点赞　在看
nav|阅读原文
com|写留言
com|精选留言
com|洪山小王子：去年囤了五十斤，今年还得再囤
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="nofinal",
     notes="Toutiao repost of a city paper: app masthead, short headline above a 'date·account' line "
           "and follow button, ad label inside the story, report link, comment count with two comments, "
           "related-recommendations block. No final newline.",
     text="""
nav|今日头条
T|3号线东延开通
oth|2025-11-03 18:22·湘州晨讯官方账号
nav|关注
B|11月3日上午10时，湘州地铁3号线东延段正式开通初期运营。东延段全长约8.9公里，设车站4座，自高铁东站向东延伸至永和镇。
B|据湘州轨道交通集团介绍，东延段开通后，永和片区市民可在40分钟内抵达市中心的解放广场，比乘坐公交节省约一小时。
B|东延段首班车6时30分从永和站发出，末班车22时30分，高峰时段行车间隔约8分钟。
oth|广告
B|开通首日，不少市民专程前来“打卡”。在永和站，退休教师刘先生带着孙子坐了一个来回：“以前进城要转两趟车，现在一条线就到了。”
B|轨道集团表示，试运营期间将持续监测客流，适时压缩行车间隔。
oth|举报/反馈
com|评论 58
com|湘江边的风：终于等到了，永和的房价要涨了吧
com|小龙虾不吃香菜：早高峰8分钟一趟有点久
rel|相关推荐
rel|湘州地铁5号线二期最新进展：全线轨通
rel|高铁东站综合枢纽明年投用，这些变化要知道
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="",
     notes="Corporate press release on a Chinese newswire: wire masthead and breadcrumb, short headline, "
           "release time and source credit, standalone dateline, spec list as body, about-company "
           "paragraph and media contact (other), wire disclaimer, share row and latest-releases block.",
     text="""
nav|华商通稿网
nav|首页 > 新闻稿 > 能源与环境
T|驰原发布新一代储能柜
oth|发布时间：2025-11-05 09:00
att|来源：驰原科技
B|2025年11月5日，中国深圳——
B|储能系统提供商驰原科技今日在深圳发布新一代液冷工商业储能柜“磐石Pro”。该产品单柜容量达到418千瓦时，较上一代提升约25%，循环寿命超过10000次。
B|驰原科技董事长陈启明表示，工商业用户对储能的需求正从“能用”转向“好用”，新产品在热管理、消防及远程运维方面均做了全面升级。
B|主要参数
B|单柜容量：418kWh
B|系统效率：≥90%
B|防护等级：IP55
B|工作温度：-30℃至55℃
B|据介绍，“磐石Pro”已获得欧盟CE及国内相关认证，首批产品将于12月交付广东、浙江两地制造业园区的客户。
oth|关于驰原科技
oth|驰原科技成立于2016年，总部位于深圳，专注于储能系统集成与能源管理软件，产品已销往全球30多个国家和地区。
oth|媒体联系人：黄女士　pr@chiyuantech.cn
dis|免责声明：本文为企业新闻稿，由发布方提供，华商通稿网不对其内容的真实性、准确性负责。
sh|分享到：微信 微博 QQ空间
rel|最新新闻稿
rel|光储一体化项目签约落地　年发电量预计超千万度
rel|锂源材料完成3亿元B轮融资
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="ws",
     notes="Forum repost using a 【来源】/【原标题】/【作者】/【正文】/【链接】 form: breadcrumb, poster meta, thread "
           "title, form labels (noise), outlet value (attribution), reporter value (byline), original "
           "title as headline, link, poster remark, floor replies and signature. Trailing whitespace.",
     text="""
nav|石头社区 › 时事新闻 › 帖子详情
oth|[转载] 青阳中考体育明年改考游泳？
oth|楼主：青阳老表　发表于 2025-11-06 20:14
nav|只看楼主
oth|【来源】
att|皖南日报
oth|【原标题】
T|青阳中考体育改革
oth|【作者】
oth|记者 方敏
oth|【正文】
B|青阳县教育局日前发布《2026年初中学业水平考试体育与健康考试方案》，明年起中考体育总分保持50分不变，但考试项目由“必考+选考”调整为“必考+自选”。
B|按照新方案，男生1000米跑、女生800米跑仍为必考项目，占20分；另外30分由考生在游泳、篮球运球、足球运球、排球垫球、跳绳、立定跳远六个项目中自选两项。
B|县教育局体卫艺股负责人说，游泳首次纳入中考，是为了推动学生掌握一项终身受益的运动技能，县里已协调三所学校的游泳馆在周末向初三学生开放。
B|因伤病不能参加考试的学生，可凭二级以上医院证明申请免考，按相应比例计分。
oth|【链接】
att|http://www.wannanrb.cn/news/2025-11/05/content_77412.html
oth|【楼主说】
oth|家里娃正好明年中考，跳绳跳远稳了，跑步还得练
com|2楼 铁蛋不铁：游泳馆周末开放？去年说了半年也没开
com|3楼 青阳老表：回复 2楼：这次文件写明了，看落实吧
com|回复　引用　举报
oth|签名：中考就像一场长跑，慢慢来比较快
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="",
     notes="Crypto-exchange repost of business news: dek doubled on the first line, short headline, "
           "in-story subheading, project promo, multi-line price ticker joined by single newlines, "
           "reposting disclaimer, you-may-like block with doubled teaser titles, 'The post ... appeared' "
           "style teaser, Share lines and SiteYYYY/MM/DD stamps.",
     text="""
dup|华锂动力匈牙利工厂投产，海外产能再扩张。华锂动力匈牙利工厂投产，海外产能再扩张。
T|华锂动力欧洲投产
B|华锂动力周二宣布，其位于匈牙利德布勒森附近的电池工厂正式投产，一期年产能为20吉瓦时，主要为欧洲整车厂供应磷酸铁锂电芯。
B|公司表示，工厂首批产品已通过两家德系车企的认证，预计明年上半年实现满产，二期工程将视订单情况于2027年启动。
rel|推荐阅读：欧盟电池法新规下月生效，出口企业如何应对
B|海外布局提速
B|今年以来，华锂动力已先后在摩洛哥和印度尼西亚签署建厂协议。分析人士认为，欧盟对中国产电动车加征关税后，电池企业在当地设厂可以更好地贴近客户、规避贸易壁垒。
B|不过，欧洲的能源和人力成本明显高于国内。华锂动力在财报中提示，海外工厂投产初期毛利率可能承压。
B|公司股价当日在深交所上涨3.6%，收于每股47.82元。
pr|项目方专属曝光位开放中：入选下期《链上观察》月报，直达十万专业读者。
tk|市场机遇
>tk|FerroChain 图标
>tk|FerroChain价格(FRC)
>tk|$0.0427
>tk|+2.15%
>tk|USD
dis|免责声明：本站转载内容来自公开渠道，仅供参考，不代表币汇交易所立场。版权归原作者所有，如有侵权请联系 copyright@bihui-ex.com 删除。本文不构成任何投资建议。
rel|你可能还喜欢
rel|以太坊跌破关键支撑位，分析师：短线或再测低点
rel|以太坊跌破关键支撑位，分析师：短线或再测低点
rel|这篇文章《以太坊跌破关键支撑位，分析师：短线或再测低点》最早发布于链闻速递。以太坊今日盘中一度下探……
>sh|分享
>rel|链闻速递2026/01/19 22:17
rel|稳定币发行商第三季度储备报告出炉
rel|稳定币发行商第三季度储备报告出炉
rel|这篇文章《稳定币发行商第三季度储备报告出炉》最早发布于链闻速递。报告显示……
>sh|分享
>rel|链闻速递2026/01/19 21:50
"""),
]
