"""Chinese cases of textset-dev22 (zh-Hant and zh-Hans): stories that are lists."""

CASES = [
dict(id="zht-001", lang="zh-Hant", hard=False, opts="",
     notes="HK food site: turnip-cake recipe (servings line, ingredients one per line joined by single "
           "newlines, numbered steps) beside a one-item-per-line menu, jump/save/print bars, star rating, "
           "numbered popular-recipes list, tags, newsletter and cookie notice.",
     text="""
nav|首頁
>nav|食譜
>nav|中式點心
>nav|節日食譜
nav|跳至食譜
T|新年必做港式蘿蔔糕　臘味足料唔易散
oth|撰文：何嘉欣｜2025-01-18 09:30
sh|儲存食譜　|　列印　|　分享
oth|★★★★☆ 4.6（218 個評分）
B|蘿蔔糕是賀年糕點中最受歡迎的一款，今年白蘿蔔價格回落，一斤約十二元，自己蒸一盤比買現成的划算得多。
B|份量：一盤（8吋方盤）｜準備時間：40分鐘｜蒸煮時間：1小時
B|材料
>B|白蘿蔔 1.2公斤
>B|粘米粉 300克
>B|粟粉 30克
>B|臘腸 2條、臘肉 半條
>B|蝦米 40克（浸軟切碎）
>B|鹽 1茶匙、糖 1.5茶匙、白胡椒粉 少許
oth|廣告
B|做法
B|1. 蘿蔔去皮刨絲，連汁用中火煮約15分鐘至軟身透明。
B|2. 臘腸、臘肉切粒，與蝦米一同炒香，留起一半作面頭。
B|3. 粘米粉及粟粉加300毫升清水拌勻，倒入熱蘿蔔絲中快手攪成糊狀，再加調味及炒香的臘味。
B|4. 倒入已掃油的糕盆，大火蒸1小時，以筷子插入不黏即成；放涼後雪一晚更易切件。
nav|標籤：#蘿蔔糕 #賀年糕點 #臘味 #蒸糕
rel|熱門食譜
rel|1. 椰汁年糕免焗爐做法
rel|2. 芋頭糕蒸多久才夠軟滑？
rel|3. 十分鐘XO醬炒蘿蔔糕
rel|4. 馬蹄糕點樣蒸得透明又爽口
nl|訂閱《食得開心》電子報，每週四收到新食譜
ck|本網站使用Cookies以提升閱覽體驗，繼續瀏覽即表示你同意我們的私隱政策。 我知道了
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="",
     notes="Taiwan news site: typhoon day-off list, one county per line, with an inline further-reading "
           "teaser, a latest-news teaser list after extra blank lines, a LINE prompt and a rights notice.",
     text="""
nav|即時｜政治｜社會｜生活｜國際｜財經｜娛樂｜運動
T|凱米颱風來襲 明（25）日全台停班停課一覽
oth|2025/07/24 20:45　記者 林佳蓉／台北報導
sh|分享　LINE　複製連結
B|中央氣象署今晚8時30分發布海上陸上颱風警報，強颱暴風圈預計明天清晨觸及宜蘭、花蓮陸地，各地方政府陸續宣布停班停課。以下為截至晚間9時的最新情況：
B|台北市：明天停止上班、停止上課
B|新北市：明天停止上班、停止上課
B|基隆市：明天停止上班、停止上課
B|宜蘭縣：今晚8時起停止上班、停止上課
B|花蓮縣：明天停止上班、停止上課
B|桃園市：明天停止上班、停止上課（復興區今晚起停班停課）
B|新竹縣：尖石鄉、五峰鄉停止上班上課，其餘地區照常
B|台中市：照常上班、照常上課
rel|延伸閱讀：颱風假要不要補班？勞動部這樣說
B|人事行政總處提醒，民眾應以各縣市政府公告為準，並留意氣象署最新風雨預報；其餘縣市是否停班停課，預計晚間10時前公布。
~
rel|最新新聞
rel|颱風夜泡麵、電池被搶購 超商加派物流車
rel|國道客運明起部分班次停駛 退票免手續費
rel|台鐵東部幹線明早10時前全面停駛
nav|加入我們的LINE好友，颱風動態即時推播
dis|本網站內容未經授權，禁止轉載、重製或改作
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="single",
     notes="HK portal, single newlines: DSE exam timetable, one date per line, with a breadcrumb, an "
           "inline 'you may be interested' teaser between list lines, share row, related list, "
           "newsletter prompt and cookie notice.",
     text="""
nav|主頁 > 港聞 > 教育
T|2026年文憑試時間表公布 中文科4月9日打頭陣
oth|星島快訊網　2025年9月30日 星期二 12:05
B|香港考試及評核局今日公布2026年中學文憑試（DSE）筆試時間表，筆試將於明年4月9日至5月6日舉行，首天考中國語文科。
B|主要科目考試日期如下：
B|4月9日（四）：中國語文（卷一、卷二）
B|4月11日（六）：英國語文（卷一、卷二）
B|4月14日（二）：數學（必修部分）
rel|【你可能感興趣】中學生補習開支創新高 家長平均月花3千元
B|4月16日（四）：公民與社會發展
B|4月20日（一）：物理、經濟
B|4月22日（三）：化學、中國歷史
B|5月6日（三）：視覺藝術（卷一）
B|考評局表示，考生可於12月中透過「考生服務平台」查閱個人考試時間表；成績將於2026年7月15日公布。
sh|WhatsApp　Facebook　Telegram　複製
rel|相關新聞
rel|DSE放榜日期定了　文憑試成績7月中公布
rel|大學聯招改選科目 截止日期延至6月
rel|考評局：中文科說話卷明年起取消
nl|立即登記教育版每日快訊，升學資訊第一時間送到
ck|我們使用 cookies 為你提供更佳的服務。點擊「接受」即同意使用。 接受 | 設定
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="nofinal",
     notes="Taiwan election page, no final newline: by-election results by district (district headers, "
           "one candidate per line), inline further-reading teaser, numbered most-read list, comment "
           "count and login prompt, copyright footer.",
     text="""
nav|民聲新聞網
nav|政治 / 選舉專區
T|桃園市議員補選開票結果出爐 三選區當選名單一次看
oth|2025-11-16 22:10 更新　政治中心／綜合報導
B|桃園市第三、第五、第九選舉區議員補選今天投開票，全數開票完畢，投票率平均為38.6%。各選區得票情形如下（依中選會開票資料）：
B|第三選舉區（八德區）
B|陳柏翰（無黨籍）18,432票　當選
B|許雅婷（公民聯盟）15,907票
B|第五選舉區（龜山區）
B|吳建宏（新民黨）21,115票　當選
B|羅子涵（無黨籍）9,870票
rel|延伸閱讀：補選投票率偏低 學者：天氣與連假都有影響
B|第九選舉區（復興區）
B|范文德（原民聯合）2,311票　當選
B|林美珠（無黨籍）1,998票
B|三名當選人將於12月1日宣誓就職，任期至本屆議員任期屆滿為止。
rel|最多人看
rel|1 東北季風下周報到 北台灣轉濕涼
rel|2 補選落敗候選人發文致謝 稱「會再回來」
rel|3 捷運綠線延伸段通車日期曝光
rel|4 北部空污轉差 明起戶外活動宜減少
com|留言（12）
com|登入後即可發表留言，請遵守本站留言規範
dis|© 2025 民聲新聞網 版權所有，未經同意請勿轉載
"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="",
     notes="Taiwan consumer story with a doubled dek: old/new coffee prices at two convenience chains, "
           "one item per line, with an affiliate shopping box (prices) inside the list, price and "
           "affiliate disclaimers, related teasers and a share row.",
     text="""
dup|超商咖啡下月起調漲1至5元，兩大超商價目表一次看。超商咖啡下月起調漲1至5元，兩大超商價目表一次看。
T|超商咖啡11月起漲價 拿鐵、美式新舊價格對照表
oth|消費新聞 | 2025年10月20日 | 記者 張庭瑜
B|受國際咖啡豆價格與人事成本上漲影響，兩大連鎖超商宣布11月1日起調整現煮咖啡售價，漲幅1至5元不等。新價格如下：
B|A超商（舊價→新價）
B|大杯美式：45元→50元
B|大杯拿鐵：60元→65元
B|特大杯拿鐵：75元→80元
oth|【購物推薦】膠囊咖啡機限時特價 $2,990（原價$3,990）立即搶購
oth|咖啡豆禮盒 買二送一 $899 起
B|B超商（舊價→新價）
B|中杯美式：40元→42元
B|大杯拿鐵：55元→60元
B|燕麥拿鐵：70元→75元
B|業者表示，會員App累積杯數、寄杯優惠仍可沿用至年底，已購買的寄杯不受漲價影響。
B|消費者團體提醒，若每天一杯拿鐵，一個月約多花150元，可多利用自備杯折扣。
dis|本文商品價格以各業者公告為準，如有異動以門市現場為主
dis|＊本文含聯盟行銷連結，透過連結購買本站可能獲得分潤
rel|你可能也想看
rel|手搖飲漲價潮 珍奶破百元？
rel|電費調漲後 便當店跟漲2成
sh|分享到 Facebook｜LINE｜X
"""),

dict(id="zhs-001", lang="zh-Hans", hard=False, opts="",
     notes="Recipe site: braised pork with a photo caption, ingredient lines joined by single newlines, "
           "numbered steps and a tip line; breadcrumb, rating widget, save/print bar, shop advert in the "
           "middle, comment counts, 'guess you like' list with counts, app prompt, upload notice.",
     text="""
nav|食光厨房 > 菜谱 > 家常菜 > 猪肉
T|零失败红烧肉：不加一滴水，肥而不腻
oth|作者：厨房里的老陈　发布于 2025-03-02
oth|综合评分 9.2　　1,306人做过
sh|收藏菜谱　　打印　　分享给好友
C|成品红烧肉色泽红亮。图/食光厨房 老陈
B|这道红烧肉用的是带皮五花肉，全程不加水，只靠黄酒和肉本身出的油脂焖煮，汤汁浓稠，入口即化。
B|用料
>B|带皮五花肉 600克
>B|冰糖 25克
>B|黄酒 200毫升
>B|生抽 2汤匙、老抽 1汤匙
>B|姜片 5片、葱段 3根、八角 2颗
oth|广告 · 加厚不粘炒锅 限时 ¥159
B|做法步骤
B|1. 五花肉切3厘米见方的块，冷水下锅焯水，捞出洗净沥干。
B|2. 锅中少油，小火下冰糖炒至枣红色，倒入肉块快速翻炒上色。
B|3. 加姜葱八角、生抽老抽，沿锅边淋入黄酒，大火烧开后转小火盖盖焖50分钟。
B|4. 开盖大火收汁，汁浓挂在肉上即可出锅。
B|小贴士：冰糖要小火慢炒，颜色过深会发苦。
com|作品（86）　评论（241）
rel|猜你喜欢
rel|可乐鸡翅 | 5.8万人做过
rel|糖醋排骨 | 3.2万人做过
rel|梅菜扣肉 | 1.1万人做过
nav|下载食光厨房App，离线也能看菜谱
dis|本菜谱由用户上传，版权归作者所有，如有侵权请联系删除
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="single",
     notes="Football portal, single newlines: league standings rows and a top-scorer list in the story, "
           "one-item-per-line menu on top, ad label between the tables, numbered hot list, comment "
           "count and app prompt.",
     text="""
nav|首页
nav|中超
nav|英超
nav|西甲
nav|数据
T|联赛第28轮战罢：海州港湾领跑积分榜，射手榜前三出炉
oth|体坛在线 2025-10-27 08:12 来源：本站综合
B|联赛第28轮昨晚全部结束，海州港湾客场2比1力克蓉川队，以3分优势继续领跑。以下为积分榜前六名（排名 球队 胜/平/负 积分）：
B|1. 海州港湾 19/5/4 62
B|2. 蓉川队 18/5/5 59
B|3. 申江 17/6/5 57
B|4. 北川国盛 14/8/6 50
B|5. 齐鲁雄狮 13/7/8 46
B|6. 津门飞虎 11/9/8 42
oth|广告
B|射手榜：
B|1. 马尔科斯（海州港湾）24球
B|2. 伊万诺夫（蓉川队）21球
B|3. 张远航（申江）15球
B|随着联赛仅剩两轮，海州港湾只要下轮主场取胜即可提前夺冠。
rel|热门排行
rel|1 国家队新帅名单曝光，三名归化球员入选
rel|2 亚冠：海州港湾客场0比0闷平
rel|3 保级大战判罚引争议 裁判组被停哨
com|网友评论 326条　查看全部 >
nav|打开App，看比赛直播
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="",
     notes="City government news page: rainstorm warnings by district and an emergency phone list, "
           "inline related-reading teaser, editor credits, share row, recommended list and an "
           "official-account follow prompt (newsletter).",
     text="""
nav|江州发布
nav|首页 | 政务 | 民生 | 便民服务
T|暴雨红色预警！江州各区停课安排及应急电话汇总
oth|2025-06-21 06:40
B|江州市气象台今晨6时发布暴雨红色预警信号，预计未来6小时全市累计雨量将超过150毫米。各区预警及停课情况如下：
B|东湖区：暴雨红色预警，中小学、幼儿园全天停课
B|西港区：暴雨红色预警，全天停课
B|南山区：暴雨橙色预警，上午停课，下午视情况通知
B|北塘新区：暴雨黄色预警，正常上课
rel|相关阅读：江州地铁3号线部分站点临时封闭
B|应急求助电话：
B|防汛抗旱指挥部值班：0579-8655 1200
B|市民热线：12345
B|火警：119　急救：120　报警：110
B|市应急管理局提醒，请市民非必要不外出，远离地下通道、低洼路段和河道。
att|来源：江州市应急管理局　责任编辑：刘畅
sh|微信　微博　QQ空间　复制链接
rel|推荐阅读
rel|江州今年入梅时间偏早 专家解读
rel|台风“飞燕”或影响我省 沿海启动四级应急响应
nl|关注“江州发布”公众号，第一时间获取预警信息
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="ws",
     notes="Phone review with a spec list, pros and cons lines; editor score widget, two shop boxes with "
           "prices inside the story, affiliate-link statement, numbered related reviews, comment count. "
           "Trailing whitespace on some lines.",
     text="""
nav|科技 > 手机 > 评测
T|星耀X7 Pro评测：2999元档影像最强？参数与实测一览
oth|数码前线 · 王一凡 · 2025-09-14
oth|编辑评分：8.6/10
B|星耀X7 Pro定位中端，起售价2999元，主打长焦和续航。我们用了两周，以下是它的主要参数：
B|屏幕：6.78英寸 OLED，1.5K分辨率，120Hz
B|处理器：天枢 8300
B|内存：12GB + 256GB / 16GB + 512GB
B|电池：6100mAh，90W有线快充
B|后置摄像头：5000万主摄 + 5000万潜望长焦（3倍光学）+ 800万超广角
B|重量：209克
oth|东购自营　星耀X7 Pro 12+256GB　¥2999　去购买
oth|拼划算　星耀X7 Pro 16+512GB　¥3399　去看看
B|实测续航方面，重度使用一天后仍剩23%电量；长焦在夜间的噪点控制明显好于同价位竞品。
B|不足之处是机身偏重，且系统预装应用较多。
B|优点：续航强、长焦清晰、屏幕亮度高
B|缺点：偏重、预装软件多
dis|声明：文中购买链接为推广链接，价格以商城实时页面为准。
rel|相关评测
rel|1. 千元机怎么选？五款热门机型横评
rel|2. 星耀X7标准版评测：少了长焦值不值
com|已有 58 条评论，快来说说你的看法
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="",
     notes="Travel/service page with a doubled dek: Spring Festival extra night trains, one train per "
           "line; a subscribe-for-alerts prompt after the list, extra blank lines, recommended list, "
           "share row and a report link.",
     text="""
dup|春运首日加开夜间高铁，返乡旅客可关注以下车次。春运首日加开夜间高铁，返乡旅客可关注以下车次。
nav|出行 | 春运2026
T|春运首日临川南站加开6趟夜间高铁 时刻表一览
oth|2026-01-14 19:02:11　城事快报
B|记者从铁路部门获悉，春运首日（2月2日）起将在临川南站加开6趟夜间高铁，车票已可在官方渠道购买。具体车次及时刻如下：
B|G4521 临川南 21:05 — 长沙南 23:48
B|G4523 临川南 21:40 — 南昌西 23:30
B|G4525 临川南 22:10 — 合肥南 00:52
B|D3307 临川南 22:35 — 武汉 02:10
B|G4527 临川南 23:00 — 贵阳北 05:16
B|G4529 临川南 23:20 — 广州南 06:02
nl|订阅春运出行提醒，余票信息推送到手机
B|铁路部门提示，夜间列车到站后地铁已停运，车站将安排接驳公交；旅客可提前30分钟到站候车。
~
rel|热门推荐
rel|春运抢票攻略：候补购票成功率怎么提高
rel|多地高速春节免费通行时间公布
sh|分享：微信 | 微博 | 复制
oth|举报/反馈
"""),
]
