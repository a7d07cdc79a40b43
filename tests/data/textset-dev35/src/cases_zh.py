"""textset-dev35, writer B: Chinese lifestyle, entertainment and service pages.

zhs-001..005 (zh-Hans), zht-001..005 (zh-Hant), hard-zhs-001, hard-zht-001.
Tagged line lists for ../textset-dev20/src/make_cases.py (TAG|line; see its docstring).
"""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="", notes="Recipe page on a food site (sweet-and-sour ribs): ingredient header and lines, numbered method and tip are story; 'jump to recipe', ratings, save/print bar, nutrition widget, reader comments and more-recipes list are noise.", text="""
nav|食光厨房
nav|首页 | 家常菜 | 烘焙 | 汤羹 | 减脂餐 | 菜谱大全
nav|首页 > 家常菜 > 猪肉
T|一锅到底的糖醋小排：不炸不焯水，半小时出锅
oth|作者：阿梅的小灶　2026-11-28 19:42 更新
com|★★★★☆ 4.7（1286人评分）
nav|跳到菜谱
B|糖醋小排是很多人家年夜饭上的常客，但传统做法要先焯水再过油，厨房里一片狼藉。这次我们试了一个改良版，全程只用一口铸铁锅。
B|关键在于先把排骨煎到四面金黄，再把调好的糖醋汁一次性倒进锅里，省掉了炒糖色这一步。
oth|广告
B|食材（3—4人份）
B|肋排 600克，生姜 4片，料酒 2汤匙
B|香醋 3汤匙、生抽 2汤匙、冰糖 40克
B|熟白芝麻 少许
sh|收藏菜谱 | 打印 | 分享到微信
B|做法
B|1. 肋排剁成4厘米小段，用厨房纸吸干表面水分。
B|2. 锅中放少许油，排骨平铺，中小火煎8分钟，翻面再煎6分钟。
B|3. 加入姜片和料酒，倒入糖醋汁，没过排骨一半，盖盖焖20分钟。
B|4. 开盖大火收汁，汤汁挂满排骨后撒芝麻出锅。
B|小贴士：香醋分两次放，出锅前一分钟再淋一勺，酸味更明亮。
oth|营养信息（每份）：热量 412千卡 | 蛋白质 24克 | 脂肪 26克 | 碳水 19克
com|给这道菜打分：☆☆☆☆☆
com|网友评论（214）
com|小鱼干不吃鱼：按这个做的，第一次没糊锅！
com|北方的南瓜：冰糖可以换成红糖吗？
rel|你可能还想做
rel|可乐鸡翅的三种做法，第二种最省事
rel|十分钟蒜蓉西兰花
dis|本站菜谱版权归作者所有，未经授权禁止转载
"""),
dict(id="zhs-002", lang="zh-Hans", hard=False, opts="nofinal", notes="Daily horoscope page: the intro and each sign's forecast line are story; the entertainment-only note, puzzle widgets (sudoku, crossword), app prompt and test teasers are noise.", text="""
nav|星语网 · 每日运势
nav|星座首页　今日运势　本周运势　星座配对　塔罗占卜
T|12月8日星座运势：双子座灵感爆发，摩羯座宜稳不宜冲
oth|星语小编 露西　2026年12月7日 21:00
B|今天月亮进入天秤座，人际关系的能量被放大，适合沟通与合作，但不宜在冲动下做出大额消费决定。以下是各星座的运势要点。
B|白羊座：工作上有贵人相助，下午适合提出新方案。幸运色：橙色。
B|金牛座：财运平稳，留意朋友借钱的请求，量力而行。
B|双子座：灵感爆发的一天，写作、设计类工作效率极高。
oth|—— 广告 ——
B|巨蟹座：家人需要你的陪伴，晚上早点回家。
B|狮子座：感情上容易因小事争执，少说一句为妙。
B|处女座：身体发出疲劳信号，别再熬夜加班。
B|摩羯座：宜稳不宜冲，已经谈妥的合作按原计划推进即可。
dis|星座运势仅供娱乐参考，请勿迷信
oth|今日谜题：数独（中等）　开始游戏 >
oth|填字游戏第318期　｜　查看昨日答案
nav|下载星语APP，每天早上7点收到你的专属运势
rel|热门测试
rel|测测你的隐藏性格是哪种动物
rel|2027年哪些星座桃花最旺？
"""),
dict(id="zhs-003", lang="zh-Hans", hard=False, opts="", notes="TV drama review on an entertainment portal with a photo caption whose glued copy is duplicate_line; the critic's star verdict is story, the cast box, where-to-watch row, reader rating prompt and comments are noise.", text="""
nav|娱乐 > 剧集 > 剧评
T|《长街灯火》收官：一部不靠反转的年代剧，凭什么拿下8.6分
oth|文／周屿　2026-12-06 10:15　阅读 3.2万
sh|微信　微博　QQ空间　复制链接
C|剧中饰演裁缝铺老板的演员温若霖。（图片来源：剧方）
dup|剧中饰演裁缝铺老板的演员温若霖。（图片来源：剧方）剧中饰演裁缝铺老板的演员温若霖。（图片来源：剧方）
B|历时三十六集，《长街灯火》昨晚在两家平台同步收官，平台评分从开播时的7.9一路升到8.6。
B|这部剧讲述上世纪八十年代一条老街上五户人家的十年变迁，没有豪门恩怨，也没有离奇身世。
B|导演罗一鸣在收官直播中说，剧组在无锡搭了整整一条街，“连邮筒的掉漆都是按老照片做的”。
oth|广告
B|最受好评的是第二十七集：裁缝铺里一场长达九分钟的争吵，全程一个镜头拍完。
B|不足也很明显，后半段支线过多，小儿子出国的戏份几乎没有下文。
B|评分：★★★★☆（4/5）
oth|剧集信息
oth|导演：罗一鸣　主演：温若霖 / 蔡小满 / 邱岩
oth|在哪看：青柚视频（会员）｜ 麦田TV（免费看前6集）
com|你给这部剧打几分？
com|热门评论 1,024
com|@栗子糕：吵架那场戏我看了三遍
com|@北纬三十度：结局太仓促了，扣一星
rel|相关阅读
rel|《长街灯火》幕后：一条街是怎么搭起来的
rel|年末剧集盘点：这五部值得补
dis|本文为星河娱乐原创，转载请注明出处
"""),
dict(id="zhs-004", lang="zh-Hans", hard=False, opts="", notes="Buying guide for air fryers: model subheads, spec lines, pros and cons and a price named in a sentence are story; the commission disclosure, affiliate price boxes, like/save bar and more-picks list are noise.", text="""
nav|值选 · 消费指南
nav|家电 | 数码 | 母婴 | 美妆 | 今日好价
T|2026年空气炸锅怎么选？我们实测了8款，这两款最值得买
oth|测评编辑：韩菁 ｜ 更新于 2026-11-30
dis|本文部分商品链接为推广链接，您通过链接下单，我们可能获得佣金，但不影响评测结论。
B|空气炸锅的核心差别在于热风循环是否均匀。我们用同一批冷冻薯条，在每台机器上以200℃烤15分钟，再统计焦糊和夹生的比例。
B|综合推荐：禾森 AF-55
B|容量 5.5升，功率 1500瓦，带可视窗口。
B|优点：受热最均匀，薯条合格率92%；内胆不粘涂层耐刮。
B|缺点：机身偏高，放在吊柜下面会顶住。
oth|禾森 AF-55　京东 ¥459　天猫 ¥479　去看看 >
B|小户型首选：米拉 Mini 3
B|容量 3升，适合一到两人，实测整机噪音52分贝。
B|缺点：一次只能烤两块鸡排。
oth|米拉 Mini 3　拼多多 ¥239　查看最低价
B|如果预算在300元以内，米拉 Mini 3 是我们测过性价比最高的一款，目前售价239元左右。
sh|点赞 86 | 收藏 | 转发
rel|更多好物推荐
rel|电热毯安全吗？五个选购要点
rel|扫地机器人年终横评：谁最会绕开袜子
oth|©2026 值选网　联系我们　商务合作
"""),
dict(id="zhs-005", lang="zh-Hans", hard=False, opts="", notes="Travel guide (Kyoto in winter) with an exchange-rate strip (crypto_ticker), a hotel booking box between list items, a photo credit and a run of blank lines before the footer; the numbered places are story.", text="""
nav|行天下旅行
nav|目的地　攻略　酒店　机票　签证
tk|汇率 100日元 = 4.82人民币 ▲0.31%　|　1美元 = 7.12人民币
T|京都冬天别只去清水寺：六个人少景美的小众去处
oth|旅行达人 苏苏　2026.12.05　阅读约6分钟
B|进入12月，京都的红叶季接近尾声，游客量也明显下降，正是去那些平时要排长队的地方的好时机。
B|1. 大原三千院：从京都站坐公交约一小时，苔藓庭院在初雪后格外安静。
B|2. 琉璃光院：冬季特别开放期门票2000日元，需提前在官网预约。
oth|【酒店推荐】京都站前温泉酒店　¥586起/晚　立即预订
B|3. 贵船神社：傍晚的灯笼参道值得等，注意回城末班电车是19:20。
B|4. 伏见稻荷后山：大多数游客只走到千本鸟居，继续往上走半小时就几乎没人了。
B|5. 哲学之道。
B|6. 锦市场的早晨：九点前去，店家刚开门，能吃到刚出锅的玉子烧。
att|图片来源：视觉中国
~
rel|同类攻略
rel|大阪三天两夜，这样安排不走回头路
rel|第一次去北海道看雪，要准备什么？
oth|特价机票 上海—大阪 往返¥1,280起
dis|文中价格及开放时间以发布时为准，出行前请以官方公布为准。
"""),
dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="single", notes="Hard: the story is about 'share to unlock' buttons on short-drama and quiz pages and quotes their wordings; the page's own share bars are noise.", text="""
nav|看点娱乐
nav|首页 > 娱乐 > 行业观察
T|“转发三个群才能看结局”？多家短剧平台被约谈
oth|2026-12-04 08:30　看点娱乐记者 邵琳
sh|分享到：微信好友 | 朋友圈 | 微博
B|记者调查发现，近期不少短剧和心理测试页面要求用户“分享至朋友圈解锁完整内容”，否则只能看到前半段。
B|一位用户向记者展示截图：页面正中弹出一个按钮，写着“转发到3个微信群，立即查看测试结果”。
B|网信部门本周约谈了五家平台，要求下线以分享为条件解锁内容的设计。
B|“诱导分享不仅打扰用户的社交关系，也让谣言更容易扩散。”一位参与约谈的工作人员说。
B|被约谈的平台之一“快剧星球”回应称，已于12月3日起取消“分享解锁”按钮。
B|律师提醒，诱导分享违反平台规则，账号可能被限制分享功能。
sh|觉得有用？点个在看，分享给朋友
rel|延伸阅读
rel|短剧付费“无底洞”：一集一元，看完要花两百
com|写留言
dis|未经授权，不得转载。
"""),
dict(id="zht-001", lang="zh-Hant", hard=False, opts="", notes="Hong Kong entertainment news (concert tickets) with an index-and-bitcoin strip, a dek glued to itself, an exchange promo and related links; ticket prices in the story are story.", text="""
nav|晴報娛樂
nav|主頁 | 娛樂 | 即時 | 影視 | 音樂 | 生活
tk|恒指 17,842 ▼126 | 國指 6,315 ▼41 | 比特幣 US$71,204 ▲1.2%
dup|歌手林穎詩宣布明年三月重返紅館，一連六場。歌手林穎詩宣布明年三月重返紅館，一連六場。
T|林穎詩紅館六場演唱會下周公開發售　門票最高$1,280
oth|晴報娛樂組　2026年12月7日　14:05
B|出道二十年的唱作歌手林穎詩昨日在社交平台宣布，明年三月將於紅磡體育館舉行六場演唱會，是她睽違七年再登紅館。
B|門票分$1,280、$880、$580及$380四種，12月15日上午10時起公開發售，其中$380門票只限網上購買。
B|她在直播中透露，這次舞台會設於場館正中央，「四面台會更貼近觀眾，每一個角落都會有人。」
oth|廣告
B|演唱會由新成立的製作公司「北角音樂」主辦，音樂總監為曾監製她首張專輯的梁浩天。
B|消息公布後，她的經典歌曲《海邊的電話亭》在串流平台的播放量一日內急升三倍。
pr|註冊幣匯即送HK$200加密貨幣獎賞，立即開戶 →
rel|相關新聞
rel|紅館明年檔期爆滿　新人歌手爭取一場難過登天
rel|林穎詩談歌路：我不再追求派台冠軍
sh|分享：Facebook　WhatsApp　Threads
"""),
dict(id="zht-002", lang="zh-Hant", hard=False, opts="crlf", notes="Taiwanese recipe page (braised pork rice): ingredient and step lines are story; ratings, 'go to recipe', print/save bar, LINE account pitch (newsletter), comments and an affiliate note are noise.", text="""
nav|好食光 Recipe
nav|食譜分類 ＞ 台灣小吃 ＞ 滷味
T|不用爆香也好吃！電鍋版古早味滷肉飯
oth|食譜作者：阿娟姨　・　2026/12/02
com|⭐ 4.9（312 則評分）
nav|前往食譜 ↓
B|滷肉飯是台灣人的靈魂料理，但很多人覺得要炒紅蔥頭太麻煩。阿娟姨的做法把所有材料放進電鍋，兩杯水就搞定。
B|【食材】
B|豬五花絞肉 500公克、紅蔥酥 3大匙、醬油 80毫升、冰糖 1大匙、水 400毫升
oth|廣告
B|【步驟】
B|步驟1：絞肉用滾水汆燙30秒撈起瀝乾。
B|步驟2：全部食材放入內鍋，外鍋加兩杯水，按下開關。
B|步驟3：跳起後燜十分鐘，外鍋再加一杯水蒸一次，滷汁會更濃稠。
sh|列印食譜　｜　存到我的食譜　｜　分享到 LINE
nl|加入好食光 LINE 官方帳號，每週三收到一道新菜
com|留言（58）
com|小蘋果媽：電鍋版真的好方便，孩子吃了兩碗
rel|你可能也喜歡
rel|電鍋蒸蛋不失敗的三個秘訣
dis|本站部分商品連結為聯盟行銷連結，透過連結購買本站可能獲得分潤
"""),
dict(id="zht-003", lang="zh-Hant", hard=False, opts="single", notes="Taiwanese travel guide (Tainan breakfast spots) in single newlines: the five numbered places are story; the booking box and 'read more' teaser between items, the disclaimer, Instagram follow line (newsletter) and tag list are noise.", text="""
nav|旅遊趣 TripFun
nav|國內旅遊 ＞ 南部 ＞ 台南
T|台南兩天一夜這樣吃：在地人私藏的5家早餐店
oth|撰文／葉芷萱　攝影／陳柏翰　更新：2026-11-29
B|台南人的一天從早餐開始，而且往往不到七點就要出門排隊。我們請三位在地朋友各推薦口袋名單，整理出這五家。
B|1. 保安路牛肉湯：清晨五點開門，溫體牛肉現切，湯頭可以免費續。
B|2. 永福路鹹粥：虱目魚肚粥配油條，一碗120元。
oth|訂房優惠｜台南住宿 全館85折　前往訂房 ›
B|3. 府前路蛋餅：粉漿蛋餅煎得外酥內軟，只賣到十點。
rel|延伸閱讀：嘉義一日遊，雞肉飯以外還能吃什麼
B|4. 國華街碗粿。
B|5. 安平豆花：早上九點就有人來吃，花生豆花最受歡迎。
dis|本文店家資訊為作者親訪，營業時間若有異動請以店家公告為準
nl|追蹤旅遊趣 Instagram，每天一個台灣小旅行
nav|#台南 #早餐 #小吃 #兩天一夜
"""),
dict(id="zht-004", lang="zh-Hant", hard=False, opts="ws", notes="Hong Kong health advice page on sleep with a cookie banner, a not-medical-advice disclaimer, a subheading and list tips as story, doctor credit (attribution) and related reads.", text="""
ck|本網站使用 Cookies 以提升閱讀體驗。繼續瀏覽即表示你同意我們的私隱政策。
ck|我明白
nav|健康生活站
nav|健康 > 睡眠 > 專家意見
T|天氣轉涼總是半夜醒？醫生教你五招睡得更沉
oth|2026年12月5日　健康生活站編輯部
B|踏入十二月，不少人發現自己凌晨三、四點便會醒來，之後翻來覆去再難入睡。
B|睡眠專科醫生鄭子謙表示，氣溫驟降令身體核心溫度波動，是半夜醒來的常見原因之一。
B|他建議以下做法：
B|・睡前一小時調暗燈光，停止使用手機。
B|・臥室溫度保持在18至21度。
oth|廣告
B|・晚飯後避免飲用咖啡或濃茶。
B|・半夜醒來超過二十分鐘，便離開床做些安靜的事。
B|・週末亦維持固定起床時間。
B|如失眠情況持續超過三個月，應及早求醫。
att|資料提供：鄭子謙醫生（睡眠專科）
dis|本文內容只供參考，不能取代專業醫療意見。如有疑問，請諮詢醫生。
rel|延伸閱讀
rel|冬天手腳冰冷是氣血不足？中醫這樣說
sh|分享　收藏　列印
"""),
dict(id="zht-005", lang="zh-Hant", hard=False, opts="", notes="Taiwanese game review scraped without its headline: it starts at the byline; the verdict score and pros/cons are story; the where-to-buy row, share bar, comments and tags are noise.", text="""
nav|電玩巴士 GameBus ＞ 評測
oth|評測／阿凱　2026.12.03
sh|讚 1.2K　分享
B|《霧港偵探社》是台灣獨立團隊「燈塔工作室」花了四年製作的推理冒險遊戲，背景設在1930年代的基隆港。
B|玩家扮演一位失業記者，在七個章節裡蒐集證詞、比對線索，最後在法庭上指認真兇。
B|遊戲最大的亮點是台語配音，碼頭工人和茶室老闆娘的對白都很有味道。
oth|廣告
B|不過第五章的謎題難度突然拉高，不少玩家可能會卡關。
B|優點：氛圍出色、配音道地、劇情轉折合理
B|缺點：第五章節奏失衡、存檔點太少
B|總評：8.5／10
oth|售價：NT$480｜Steam、Switch｜前往購買
com|網友留言 96
com|kuro_neko：台語配音真的加分
com|小白球：第五章卡了兩個小時…
nav|標籤：霧港偵探社　獨立遊戲　推理
"""),
dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="", notes="Hard: the story is about newsletter pop-ups that cover recipes on food blogs and quotes their wordings; the page itself carries a real newsletter pitch and sign-up line.", text="""
nav|消費新聞網
nav|首頁 › 生活消費 › 網路
T|食譜還沒看到就先跳訂閱視窗　消保團體：部落格彈窗太擾人
oth|記者許雅婷／台北報導　2026-12-06 11:20
B|想找一道麻油雞食譜，結果頁面一打開就跳出「訂閱我們的電子報，每週收到三道新食譜」，關閉鍵卻小到幾乎看不見。
B|消費者文教團體昨日公布調查，抽查60個美食部落格，有41個在讀者捲動到食材清單前就跳出訂閱視窗。
B|其中有9個網站的關閉按鈕寫著「不用了，我不想學做菜」，被團體點名為「羞辱式設計」。
oth|廣告
B|團體建議，訂閱視窗應在讀者看完內容後才出現，且「不，謝謝」的按鈕大小不應小於訂閱按鈕。
B|被點名的部落客之一回應，已將彈窗改為頁面底部的小橫幅。
nl|喜歡這篇報導？訂閱消費新聞網電子報，每天早上掌握生活大小事
nl|輸入 Email　立即訂閱
rel|熱門新聞
rel|網購退貨運費誰付？七天鑑賞期常見問答
sh|分享到 Facebook　複製連結
"""),
]
