"""textset-dev31, writer B: Chinese cases (zh-Hans, zh-Hant) with sponsored, partner and
commercial furniture: 商业合作 / 廣編特輯 slots, product and price boxes, property and car
listings, job and ticket blocks, brokerage, crypto-exchange and betting promos."""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="single",
     notes="Mainland portal, local EV charging story; a 商业合作 test-drive slot and a product box with a 到手价 row (other) between and after story lines; charging fees quoted in the story are body.",
     text="""
nav|首页 > 科技 > 智能汽车
nav|新闻　财经　科技　汽车　房产　教育　游戏
T|南湖区首批超充站投入运营 五分钟可补能两百公里
oth|2026年12月06日 09:41
att|来源：江城晚报
B|江城市南湖区首批12座液冷超充站于本周五正式投入运营，分布在高铁南站、会展中心和三个大型社区停车场。
B|据区发改局介绍，单枪最大功率达600千瓦，兼容车型在五分钟内可补充约两百公里续航。
oth|广告
oth|商业合作｜澜程X7冬季试驾季开启，到店预约即赠千元充电卡
B|首期站点由市城投集团与本地企业蓝桥能源共同建设，总投资约1.8亿元。
B|充电服务费在高峰时段为每度0.8元，夜间谷段降至每度0.35元。
B|“我们希望两年内让主城区任何位置三公里内都能找到一座超充站。”区发改局副局长韦成涛说。
B|按照规划，2027年底前南湖区还将新增超充站40座。
oth|责任编辑：潘晓雯
rel|相关阅读
rel|江城新能源车保有量突破三十万辆
rel|冬季续航打折怎么办？车主实测三种方法
oth|推广
oth|家用充电桩一口价包安装 限时直降300元
oth|京选商城　到手价¥1899　已售2.3万件　去看看 >
sh|分享到：微博 微信 QQ空间
nav|返回顶部
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="crlf",
     notes="Finance portal, dairy company earnings; index strip on top, a 'continue after the ad' line and a wealth-product ad in the middle (other), exchange promo, risk note, comments and hot-article list at the bottom.",
     text="""
tk|上证指数 3312.45 +0.62%　深证成指 10588.20 +0.91%　创业板指 2140.33 -0.18%
nav|财经首页 | 股票 | 基金 | 理财 | 期货 | 数据中心
T|华岭乳业前三季度净利润增长17% 低温奶成主要增量
oth|证券日讯网　2026-12-05 16:22
B|华岭乳业12月5日晚间披露三季报，前三季度实现营业收入84.6亿元，同比增长9.3%。
B|归属于上市公司股东的净利润为6.12亿元，同比增长17.4%。
oth|文章未完，广告后继续阅读
oth|【理财推荐】稳盈30天持有期 七日年化2.15% 1元起购 >>
B|公司表示，低温鲜奶和高端酸奶两个品类贡献了超过六成的收入增量。
B|分区域看，华东市场收入增长14%，西南市场则下滑2.1%。
B|截至9月末，公司经营性现金流净额为9.8亿元，较年初增加2.3亿元。
B|费用方面，前三季度销售费用率为21.6%，同比下降1.4个百分点。
B|公司董事长严立新在业绩说明会上表示，明年将在西南地区新建一座日处理鲜奶1500吨的工厂。
B|“低温奶的半径就是冷链的半径。”他说。
B|当日收盘，华岭乳业股价报28.46元，上涨3.2%。
pr|币途交易所：新用户注册即领60 USDT体验金，现货手续费低至0.02%
dis|风险提示：以上内容仅代表作者观点，不构成任何买卖建议，据此操作风险自担。
com|网友评论（38）
com|长线持有者：低温奶这块确实做得好，冷链跟得上
com|查看全部38条评论 >
rel|热门文章
rel|乳业价格战何时休？三家龙头毛利率对比
rel|奶牛存栏量连续四个月下降，原奶价格或企稳
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="",
     notes="Property portal, wetland park opening; photo caption with credit; a block of second-hand, new-build and rental listings with a hotline and a listing disclaimer after the story.",
     text="""
nav|安居网 | 房产资讯 | 新房 | 二手房 | 租房 | 装修
T|城西湿地公园周六开园 周边三个小区直通步道
oth|安居网资讯中心　2026-12-04 11:08
C|开园前一天，工作人员在城西湿地公园栈道上做最后检查。（安居网 林东 摄）
B|占地约63公顷的城西湿地公园将于本周六上午9点正式对市民开放。
B|公园设有4.2公里环湖栈道、两处观鸟屋和一个儿童自然教育中心。
B|园区与周边的枫林苑、锦绣里和西溪花园三个小区通过绿道直接相连。
B|开园首月免费入园，此后工作日仍免费，节假日需提前在小程序预约。
B|市园林局提醒，园内禁止烧烤、垂钓和放飞无人机。
oth|—— 以下为房源推荐 ——
oth|【二手房】枫林苑 3室2厅 98㎡ 南北通透 总价286万 单价29183元/㎡
oth|【新房】湿地壹号 在售户型89-143㎡ 均价3.6万/㎡ 预约看房
oth|【租房】锦绣里 整租1室1厅 月租3200元 近地铁6号线
oth|免费咨询电话：400-861-2299 转 305
dis|房源信息由入驻经纪机构发布，仅供参考，请以实地看房及合同为准。
rel|相关资讯：城西片区明年新增两所九年一贯制学校
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="nofinal",
     notes="Car portal, a recall; the model's price box and dealer quote with 询底价 buttons sit mid-story (other); a price-cut ranking widget, comments and an app prompt follow.",
     text="""
nav|车讯网 > 资讯 > 召回
T|澜程汽车召回1.2万辆S9旗舰SUV 涉及后悬架螺栓松动
oth|作者：车讯网 高原　2026-12-03 10:15
B|澜程汽车12月2日向市场监管部门备案召回计划，自2027年1月10日起召回部分2025年生产的S9车型，共计12,406辆。
B|本次召回范围内的车辆，后悬架下摆臂固定螺栓扭矩可能不足，长期使用后存在松动风险。
oth|澜程S9 2026款　厂商指导价：22.98-28.68万
oth|本地经销商报价：21.58万起　[询底价]　[预约试驾]
B|澜程汽车将为召回车辆免费重新紧固螺栓，并更换带防松涂层的新件，单车作业时间约40分钟。
B|车主可拨打厂家客服热线或通过官方App输入车架号查询车辆是否在召回范围内。
B|这是澜程汽车今年发布的第二次召回。
oth|本周降价榜：澜程S9直降1.4万　鸣途M5直降8000　查看更多优惠
com|评论（126）
com|北方老司机：去年三月提的车，赶紧去查一下车架号
com|Ella_88：主动召回总比出事强
sh|点赞　收藏　分享
nav|下载车讯网App，看全国实时报价
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="",
     notes="WeChat official-account article saved without a headline; header stamp and source line on top, a mini-program ticket widget and a job ad between paragraphs, a hotel-package ad, follow pitch and share row at the bottom.",
     text="""
oth|原创 文旅观察 江城文旅 2026年12月02日 20:30 湖北
att|以下文章来源于江城博物馆，作者馆员小梁
B|“古丝路上的织物”特展明天起在江城博物馆二楼展出，共展出汉代至唐代纺织品文物116件（套）。
B|其中32件来自西北三家兄弟博物馆，是首次在华中地区展出。
B|展览分“经纬”“纹样”“远行”三个单元，并复原了一台汉代提花织机。
oth|▼ 小程序购票
oth|江城博物馆特展票务　成人¥60起　立即预约 >
B|馆方提示，每天限流3000人，周一闭馆，讲解服务每天10:00和14:30各一场。
B|展期至2027年3月31日。
oth|【招聘】江城文旅集团招聘讲解员5名，月薪6000-8000元，简历请发 hr@jcwl-group.cn
nl|关注「江城文旅」，每周推送展览与演出资讯
oth|广告
oth|冬季温泉酒店特惠套餐 两晚含双早仅需888元
dis|文章版权归原作者所有，转载请联系后台获得授权
sh|分享　收藏　在看　点赞
"""),

dict(id="zht-001", lang="zh-Hant", hard=False, opts="ws",
     notes="Hong Kong portal, MTR fare rise; cookie notice on top, a 廣編特輯 tour package and a travel-deal box between paragraphs (other), recommended reads and a share row at the bottom.",
     text="""
nav|主頁 > 港聞 > 交通
ck|本網站使用Cookies以提升閱讀體驗，繼續瀏覽即表示你同意我們的私隱政策。
ck|我明白
T|港鐵明年起票價加幅1.9% 八達通車費優惠延續至年底
oth|撰文：何嘉欣　發佈時間：2026/12/06 14:02
B|港鐵公司今日公布，根據票價調整機制，明年6月起整體票價上調1.9%。
B|以觀塘往中環為例，八達通成人車費將由14.6元增至14.9元。
oth|廣告
oth|廣編特輯｜冬日沖繩自駕五天 連機票酒店每位$5,980起
B|港鐵同時宣布，「車費扣減優惠」延續至明年12月底，每程可扣減最多0.5元。
B|運輸及物流局發言人表示，政府會繼續監察票價調整對市民的影響。
B|有立法會議員批評加幅高於通脹，要求港鐵檢討機制中的生產力因素。
oth|旅遊快閃優惠｜曼谷來回機票 連稅$1,388起 即搶
rel|推介閱讀
rel|九巴新一批電動雙層巴士下月投入服務
rel|東涌線延線工程進度落後三個月
sh|分享至：WhatsApp｜Facebook｜Telegram｜複製網址
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="",
     notes="Taiwan news site, night-market price rises; the story's price list (old and new prices) is body; an ad label, a 'continue below' line, a shopping pick with an affiliate disclosure, a LINE follow line and further reading around it.",
     text="""
nav|首頁　即時　政治　社會　生活　地方　國際　影音
T|寧安夜市攤商喊漲 雞排破百 消費者嘆「吃不起」
oth|記者陳玟如／台南報導
oth|2026-12-05 19:30
B|台南寧安夜市近日多家攤商調漲價格，理由是食材、瓦斯與人力成本上升。
B|記者走訪發現，熱門品項漲幅多在一成至一成五之間：
B|大腸包小腸：65元漲到75元
B|珍珠奶茶（大杯）：55元漲到60元
B|炸雞排：90元漲到105元
oth|（廣告）
oth|文未完，請繼續往下閱讀
B|自治會會長林坤德說，攤商已撐了兩年，「再不漲，只能收攤」。
B|也有遊客表示，價格漲了但份量沒變，以後會減少來夜市的次數。
oth|好物推薦｜氣炸鍋限時下殺 原價3,990 特價2,490 → 前往購買
dis|本站部分商品連結為聯盟行銷，讀者經連結購買，本站可能獲得分潤。
nl|加入LINE好友，每天推播在地新聞
rel|延伸閱讀
rel|台南冬至湯圓價格出爐 芝麻口味最搶手
rel|夜市攤位租金三年漲三成 自治會喊話市府
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="crlf",
     notes="Taiwan finance site, chip maker's monthly revenue; index strip on top, a sponsored-content label with an exchange promo and a brokerage-app gift offer mid-story, not-advice note and related news at the bottom.",
     text="""
tk|加權指數 23,418.62 ▲152.30　櫃買指數 268.41 ▲1.02　台指期 23,455 ▲160
nav|財經首頁 › 台股 › 個股新聞
T|晶曜科技11月營收月增12% 創同期新高
oth|財經中心／綜合報導　2026-12-07 07:45
B|IC設計廠晶曜科技昨（6）日公布11月合併營收48.2億元，月增12.1%，年增26.5%，創歷年同期新高。
B|累計前11月營收486.7億元，年增19.8%。
oth|贊助內容
pr|幣聚交易所｜台幣入金首筆交易零手續費，立即註冊領好禮
oth|【開戶禮】下載鑫航證券App，完成開戶送500元超商禮券
B|公司指出，AI邊緣運算晶片出貨放量，加上網通客戶提前備貨，帶動營收成長。
B|法人預估，晶曜第四季營收可望季增8%至10%，毛利率維持在47%上下。
B|晶曜昨日股價收在612元，上漲18元。
dis|本文內容僅供參考，非投資建議；投資人應審慎評估並自負盈虧。
rel|相關新聞
rel|網通雙雄11月營收齊揚 法人看好明年首季
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="",
     notes="Hong Kong sports page, a local league match report with scorer lines (body); a live-score box, a betting promo with odds and its gambling warning (disclaimer) between and after the story, plus comments.",
     text="""
nav|體育 › 本地足球 › 港超聯
oth|【即時比分】東區流浪 2-1 北角晨星（完場）
T|東區流浪補時絕殺 反勝北角晨星重返榜首
oth|體育組　2026年12月06日 22:48
B|港超聯周六晚在旺角大球場上演榜首之爭，東區流浪在落後一球下連入兩球，以2:1反勝北角晨星。
B|晨星上半場第31分鐘由巴西前鋒阿利臣頭槌先開紀錄。
oth|贊助
oth|今晚焦點｜流浪 主勝1.85　和3.40　客勝3.75　立即投注 >
dis|投注只限18歲或以上人士。切勿沉迷賭博，如需協助請致電熱線 2811 7070。
B|下半場第68分鐘，流浪隊長鄭家朗禁區外遠射扳平。
B|補時第3分鐘，19歲小將麥浩然接應角球撞入致勝一球。
B|進球：阿利臣 31'；鄭家朗 68'、麥浩然 90+3'
B|流浪賽後以27分重返榜首，領先晨星兩分。
com|留言（54）
com|阿Ken：麥浩然呢個新仔真係有前途
com|登入後即可留言
rel|相關報道：港超聯冬季轉會窗下月開啟
"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="single",
     notes="Taiwan lifestyle site, a bakery contest; photo caption; the page carries a brand zone label, a job-board box and house listings after the story, with a site footer.",
     text="""
nav|生活 ｜ 美食 ｜ 旅遊 ｜ 親子 ｜ 品牌專區
T|竹北小麵包店奪全國歐式麵包賽冠軍 桂圓酒釀款賣到缺貨
oth|文／林宜蓁　攝影／張凱翔
C|麵包師傅吳承恩展示奪冠的桂圓酒釀歐包。（攝影／張凱翔）
B|竹北一家開業僅三年的小麵包店「麥穗日常」，上週在全國歐式麵包大賽中拿下冠軍。
B|得獎作品以新竹桂圓和自釀酒釀入麵團，發酵時間長達36小時。
B|師傅吳承恩說，得獎後每天限量120顆，開門半小時就賣完。
B|店家表示，明年將開設第二家店，並增聘兩名學徒。
oth|品牌專區｜以下職缺由職達人力銀行提供
oth|熱門職缺：烘焙助理（新竹）月薪32,000起　門市人員（竹北）時薪200元　立即應徵
oth|竹北高鐵特區 電梯三房 1,488萬　看屋專線 03-658-2210
oth|© 2026 好日子生活網 版權所有
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True,  opts="",
     notes="Hard: a regulator fines live-stream sellers for fake 全网最低价 and 到手价 claims; the quoted price claims are story lines; the page itself carries a 到手价 product box, a 商业合作 label and a price-comparison row (other).",
     text="""
nav|首页 > 消费 > 维权
T|“全网最低价”不是随便说的 三家直播间被罚共计86万元
oth|消费日报网　2026-12-06 08:30　记者 宋静怡
B|滨江市市场监管局日前公布三起直播带货价格违法案件，涉事商家合计被罚没86万元。
B|执法人员发现，一家家电直播间在讲解时反复宣称：“到手价199元，比旗舰店便宜300元！”
B|但调查显示，所谓旗舰店价格499元从未实际成交，属于虚构原价。
oth|商业合作
oth|暖冬取暖器 到手价¥239　比价：甲店¥268　乙店¥259　丙店¥245
B|另一家服装直播间在商品标题中标注“全网最低价”，却无法提供任何比价依据。
B|第三家店铺把“满300减50”的平台券计入“到手价”，误导消费者以为人人可享。
B|监管部门提醒，“全网最低”“史低价”等用语必须有真实、可核查的价格依据。
oth|去购买 >
dis|本文所含商品推荐可能包含推广链接，平台可能因此获得佣金。
rel|延伸阅读：双十二前夕，这些价格套路要当心
sh|微信　微博　复制链接
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="",
     notes="Hard: Taiwan's fair-trade body fines influencers for undisclosed paid posts (業配); the story quotes labels like 「#合作」 and 「本文由品牌贊助」; the page itself carries a 廣編特輯 slot and a sponsor line (other).",
     text="""
oth|財經頻道由暖居家電冠名贊助
nav|首頁 > 財經 > 產業
T|網紅業配沒標示 公平會開罰三家經紀公司
oth|記者黃詠晴／台北報導　2026-12-05 15:10
B|公平會今日決議，三家網紅經紀公司未揭露旗下網紅貼文屬付費合作，違反公平交易法，合計處罰新台幣330萬元。
B|調查發現，涉案貼文多以開箱、試用心得呈現，卻未標註「#合作」或「本文由品牌贊助」等字樣。
B|公平會副主委許文達說，業配文必須在貼文開頭清楚揭露，「放在最後一行、用極小字體都不算」。
oth|廣編特輯
oth|年終家電節｜指定機種滿萬送千 加碼抽日本來回機票
B|公平會也提醒，若貼文附上聯盟行銷連結而未說明會獲得分潤，同樣可能違法。
B|三家公司均表示將提起訴願。
rel|相關新聞
rel|直播間標示「限時特價」卻天天特價 業者挨罰
sh|分享　收藏　LINE
"""),
]
