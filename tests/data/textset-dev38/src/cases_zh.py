"""textset-dev38 (sports pages), writer B: Simplified and Traditional Chinese cases.

Tagged line lists for ../textset-dev20/src/make_cases.py (TAG|line; see its docstring).
"""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="",
     notes="Mainland sports portal match report (second division): masthead, menu, live-score strip and breadcrumb on top; score and scorers lines are story; ad label, related list, comments, disclaimer and ICP footer at the bottom. Live-score strip is other.",
     text="""
nav|赛点体育
nav|首页 | 中超 | 中甲 | 国际足球 | CBA | 综合 | 电竞 | 彩票
oth|即时比分：武陵雄狮 2-1 青州海鹰（完场） 闽江 0-0 北川（68'） 沧澜 1-3 金陵（完场）
nav|当前位置：首页 > 中甲 > 正文
T|中甲第21轮：武陵雄狮主场2比1逆转青州海鹰 升至积分榜第三
oth|2026-07-19 21:58 来源：赛点体育 作者：郑曦蓉
sh|分享到：微信 微博 QQ空间
B|北京时间7月19日晚，中甲联赛第21轮一场焦点战在武陵奥体中心打响，武陵雄狮坐镇主场以2比1逆转青州海鹰，三连胜后积分升至41分，暂列积分榜第三。
B|上半场第27分钟，青州海鹰利用一次角球机会由中卫邝野头球破门，1比0领先。
B|易边再战，雄狮主帅韦柏林连换两人，攻势明显加强。第61分钟，替补登场的19岁小将蒲嘉禾禁区左侧低射扳平比分；第84分钟，外援马修斯·洛佩斯点球命中，完成逆转。
oth|广告
B|比分：武陵雄狮 2-1 青州海鹰
B|进球：邝野 27'；蒲嘉禾 61'，马修斯·洛佩斯 84'（点球）
B|“中场休息时我们只说了一句话：别慌，把球传起来。”韦柏林赛后说。
B|下一轮，武陵雄狮将于7月26日客场挑战榜首沧澜远航。
rel|相关新闻
rel|中甲第20轮综述：沧澜远航客场大胜 领先优势扩大到5分
rel|蒲嘉禾：从青训梯队到一线队 只用了十四个月
rel|青州海鹰主帅：客场丢分不能怪裁判
com|网友评论（128）
com|雄狮球迷老郭：小蒲这脚射门太稳了，未来可期！
com|青州人在长沙：后半段体能掉得太快，换人也慢
com|查看更多评论>>
dis|声明：本文仅代表作者本人观点，不代表赛点体育立场。
oth|© 2026 赛点体育网 湘ICP备18031977号-2
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="single",
     notes="Basketball report on a portal's sports channel with a video player and a photo caption above the story; quarter scores are story. Next-game widget and player controls are other; app prompt is navigation.",
     text="""
nav|星河体育 > 篮球 > 国内篮球
T|常规赛：东岳猎豹112比98力克江淮锐鹰 庞子骞砍下31分
oth|星河体育 2026-11-28 22:41
oth|▶ 播放 00:00 / 02:35 全屏 高清
oth|视频：庞子骞三分雨集锦
C|庞子骞在比赛中突破上篮。（图片来源：视觉东方）
B|11月28日，全国男篮职业联赛第12轮，东岳猎豹主场以112比98战胜江淮锐鹰，豪取四连胜。
B|本场比赛，东岳猎豹后卫庞子骞22投12中，其中三分球9投6中，全场砍下31分5次助攻。
B|第三节是比赛的分水岭。猎豹在这一节打出34比17的攻击波，将分差拉开到20分以上。
B|四节比分：28-26、24-27、34-17、26-28
B|江淮锐鹰外援德瓦恩·琼斯得到24分11个篮板，但球队全场出现19次失误。
B|猎豹主教练闫松赛后表示：“我们的防守轮转比上一场好了很多，这是赢球的关键。”
oth|下一场：东岳猎豹 vs 辽西飞龙 12月1日 19:35
nav|打开星河体育APP，看全部比赛直播和回放
rel|热门推荐
rel|全国男篮积分榜：猎豹追平榜首 飞龙客场三连败
rel|江淮锐鹰官宣签约前发展联盟中锋
sh|分享 收藏
dis|本站所有内容未经授权禁止转载、摘编或以其他方式使用。
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="ws",
     notes="Esports final on a video platform's esports channel: game-by-game results are story lines; replay link and live-viewer counter are other, the follow-our-account pitch is newsletter, comment header, sort tabs and a user comment are comments.",
     text="""
nav|电竞 · 赛事资讯
T|星穹职业联赛夏季赛决赛：赤霄3比1击败白夜 首次捧起冠军奖杯
oth|电竞频道 | 2026年8月16日 23:12 | 记者 詹可欣
B|8月16日晚，2026星穹职业联赛（SPL）夏季赛总决赛在杭州湾电竞中心落幕，赤霄战队以3比1击败卫冕冠军白夜战队，队史首次夺得联赛冠军。
B|第一局：赤霄 胜（31分42秒）
B|第二局：白夜 胜（27分05秒）
B|第三局：赤霄 胜（35分18秒）
B|第四局：赤霄 胜（29分51秒）
oth|▶ 点击观看决赛第四局完整回放
oth|弹幕已开启 · 当前3.2万人在看
B|总决赛MVP由赤霄打野选手“Kiln”谭启航获得，他在四局比赛中KDA达到9.6。
B|凭借这座冠军，赤霄获得120万元奖金，并锁定年底全球邀请赛的头号种子席位。
nl|关注“星穹电竞速递”公众号，第一时间获取赛程和战报
com|全部评论 4,816
com|最热 | 最新
com|霜降不下雪：Kiln这赛季真的是统治级别
rel|猜你想看
rel|白夜战队赛后采访：输在了第三局的大龙团
rel|全球邀请赛席位一览：SPL三支队伍锁定名额
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="crlf",
     notes="City evening paper on a marathon: the top-five list is story. Weather widget, byline and editor line are other; source line is attribution; WeChat follow prompt is newsletter; copyright line is disclaimer.",
     text="""
nav|鹭岛晚报网 首页 本地 体育 文旅 视频
nav|体育 > 路跑
T|2026鹭岛国际马拉松鸣枪 肯尼亚选手基普洛蒂奇破赛会纪录
att|来源：鹭岛晚报
oth|记者 卢思远 通讯员 柯敏 | 2026-12-06 15:20
B|12月6日上午7时30分，2026鹭岛国际马拉松在环岛路起点鸣枪，来自31个国家和地区的3.2万名跑者参赛。
B|男子全程前五名：
B|1. 伊萨克·基普洛蒂奇（肯尼亚）2:07:48
B|2. 塔德塞·格布雷（埃塞俄比亚）2:08:15
B|3. 约瑟夫·切鲁约特（肯尼亚）2:08:57
B|4. 杨岳川（中国）2:11:03
B|5. 阿贝贝·沃尔德（埃塞俄比亚）2:11:40
B|基普洛蒂奇的成绩比赛会原纪录快了41秒。杨岳川则以个人最好成绩获得国内选手第一名，并达到了明年世锦赛的参赛标准。
B|女子组冠军由埃塞俄比亚选手梅塞雷特·阿雷加以2:23:09获得。
oth|鹭岛 晴 14℃~21℃ 东北风3级
oth|责任编辑：黄诗琪
nl|扫码关注鹭岛晚报微信公众号，跑友群等你来
rel|延伸阅读
rel|鹭岛马拉松交通管制结束 环岛路已恢复通行
rel|跑完全马后如何恢复？医生给出五条建议
dis|版权所有 鹭岛晚报社 未经书面授权不得复制或建立镜像
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="nofinal",
     notes="Transfer rumour reposted on a fan forum: a dek glued to itself opens the page (duplicate_line), repost credit is attribution; mid-page exchange promo, crypto/fan-token strip and risk note; forum hot-topic list and reply counter at the bottom.",
     text="""
dup|外援前锋拉斐尔·门多萨即将加盟青州海鹰，转会费约合人民币4200万元。外援前锋拉斐尔·门多萨即将加盟青州海鹰，转会费约合人民币4200万元。
nav|海鹰球迷之家 · 转会专区
T|消息人士：青州海鹰接近签下巴西前锋门多萨 转会费约4200万元
att|转载自：《东海体育报》 原作者：申屠亮
B|据多名接近俱乐部的消息人士透露，青州海鹰已与巴西前锋拉斐尔·门多萨所在的葡萄牙俱乐部基本谈妥转会条件，转会费约合人民币4200万元。
B|现年26岁的门多萨上赛季在葡超出场31次，打进14球、送出6次助攻。
pr|【赞助】币港交易所：注册即领50 USDT新手礼包，支持球迷代币交易 >>
tk|BTC $96,412 +1.8% | ETH $3,388 -0.6% | HAIY 海鹰球迷币 ¥0.82 +12.4%
B|按照计划，门多萨将在本周末抵达青州接受体检，双方将签下一份为期三年半的合同。
B|海鹰目前在中甲积分榜排名第五，距离冲超区只有4分，球队急需一名禁区型中锋。
B|俱乐部方面对此暂未置评。
dis|风险提示：数字资产价格波动剧烈，本站内容不构成任何投资建议。
rel|球迷之家热帖
rel|门多萨集锦：葡超14球全部在这里
rel|海鹰冬窗引援盘点：还缺一名左后卫
com|回复（57） | 登录后参与讨论
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="ws",
     notes="Hard: story about streaming platforms switching off live comments during league matches; it quotes the closed-comments notice and the 'civil viewing' reminder, which stay story, while the page carries its own comment block with a moderation note.",
     text="""
nav|首页 > 体育 > 体育产业
T|多家平台关闭足球直播评论区 “评论区已关闭”引发球迷争议
oth|2026-10-09 08:15 体坛观察 记者 梁语桐
B|国庆假期后的首个比赛日，至少三家主流直播平台在中超转播中关闭了实时弹幕和评论区，页面上只显示一行提示：“本场比赛评论区已关闭”。
B|据记者了解，这一做法源于上月多场比赛中出现的大规模辱骂裁判和球员的弹幕。某平台在9月的一场德比战中，单场删除违规评论超过18万条。
B|一家平台的负责人表示，在关闭期间，页面底部会持续提示“文明观赛，理性发言”，并计划在赛后一小时重新开放评论。
oth|广告
B|不少球迷对此并不买账。“看球不能吐槽，那和看录像有什么区别？”一名网友在社交媒体上写道。
B|体育法学者邵闻舟认为，平台有审核义务，但“一刀切”关闭评论区并非长久之计，更应完善实时审核和举报机制。
B|目前，已有平台开始测试“评论延迟30秒显示”的方案，以便审核人员提前拦截违规内容。
sh|分享至 微信 | 微博 | 复制链接
com|评论（2,034）
com|文明上网，理性发言，评论经审核后显示
com|足球老炮儿：关了评论看球都没劲了
com|蓝色港湾：支持，前几场弹幕太难看了
com|加载更多
rel|体育产业热文
rel|中超版权新周期：三家平台联合转播方案敲定
"""),

dict(id="zht-001", lang="zh-Hant", hard=False, opts="",
     notes="Hong Kong sports site match report with a cookie notice on top; score and scorers lines and a Cantonese quote are story; ad label, more-news list, share bar and copyright footer below.",
     text="""
ck|本網站使用Cookies以提升閣下的瀏覽體驗及分析流量，繼續瀏覽即表示閣下同意我們的私隱政策。
ck|接受 | 管理設定
nav|香江體育網 | 足球 | 賽馬 | 籃球 | 綜合 | 影片
T|港超聯：東區健兒3:0大勝將軍澳流浪 積分追近榜首
oth|2026年11月22日 星期日 18:47
oth|撰文：區卓霖
B|港超聯第9輪周日在旺角大球場上演，東區健兒憑前鋒盧嘉駿梅開二度，以3:0大勝將軍澳流浪，與榜首的差距收窄至2分。
B|盧嘉駿在第18分鐘接應右路傳中頭槌破門，第55分鐘再以一記遠射鎖定勝局。
B|補時階段，後備入替的伊朗外援哈米德·禮薩伊再下一城。
oth|廣告
B|東區健兒 3:0 將軍澳流浪
B|入球：盧嘉駿 18'、55'；禮薩伊 90+2'
B|東區主教練岑志恆賽後說：「球員今日執行力好好，呢場勝利屬於成班人。」
rel|更多港超新聞
rel|港超聯第9輪綜合：元朗飛馬主場險勝
rel|將軍澳流浪換帥？班主：暫時唔考慮
sh|分享：Facebook WhatsApp Telegram
oth|Copyright © 2026 香江體育網有限公司
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="nofinal",
     notes="Hong Kong racing page: the placings and the quoted win dividend are story. Racing menu is navigation; next-meeting widget and live odds box are other; the responsible-gambling line is disclaimer.",
     text="""
nav|馬經 | 賽果 | 排位 | 晨操 | 專欄
T|沙田周日賽事：「金鼎福星」跑出一級賽首勝 韋志恒策騎
oth|快訊 2026-12-13 17:35
B|沙田周日第八場、一級賽冬日金杯（1600米）結果揭曉，由練馬師車浩賢訓練的「金鼎福星」後上發力，以一個馬位擊敗大熱門「銀河疾風」，奪得生涯首場一級賽冠軍。
B|冠軍：金鼎福星（騎師：韋志恒）1:33.41
B|亞軍：銀河疾風（騎師：杜文斯）
B|季軍：雪域王者（騎師：梁卓峰）
B|「金鼎福星」今仗獨贏派彩為68元，屬於中冷門賽果。
B|車浩賢賽後表示，馬匹本季狀態持續上升，下一步將瞄準明年二月的打吡熱身賽。
oth|下一場賽事：12月16日 跑馬地夜賽 排位表即將公佈
oth|即時賠率 第九場 1號 5.2 | 2號 8.1 | 3號 3.9
dis|投注前請量力而為，切勿沉迷賭博。
rel|相關報道：「銀河疾風」騎師杜文斯：起步慢了半拍
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="single",
     notes="Taiwanese baseball site: live-score strip above the headline (other); the line score and the pitching decisions are story; video link, comment count and comments, related list and back-to-top at the bottom.",
     text="""
nav|野球速報站 | 中職 | 日職 | 美職 | 韓職 | 業餘
oth|即時比分 台中雷鷹 5:3 台南金獅 終場 ｜ 桃園天馬 1:2 新北鐵衛 7局上
T|雷鷹主場5比3擊退金獅 洋投費雪7局10K收下第12勝
oth|運動中心／綜合報導
B|台中雷鷹今晚在洲際球場以5比3擊敗台南金獅，終止兩連敗。
B|先發洋投費雪（Ryan Fisher）主投7局僅被敲4支安打，飆出10次三振，失2分，收下本季第12勝，並暫居聯盟勝投王。
B|打線方面，雷鷹在3局下靠著第四棒吳柏霖的兩分砲取得領先，8局下再由洪子謙補上關鍵的兩分打點二壘安打。
B|金獅　000 200 100 — 3
B|雷鷹　002 010 02X — 5
B|勝投：費雪（12勝5敗）　敗投：馬特·克羅斯（7勝9敗）　救援：陳昱廷（21救援）
oth|影音｜▶ 吳柏霖兩分砲（0:48）
com|留言 36 則
com|雷鷹魂：費雪真的是今年的王牌
com|金獅加油團：牛棚又爆了…
rel|你可能也想看
rel|中職下半季戰績：雷鷹與新北鐵衛並列第二
rel|費雪：今年最大的目標是帶隊拿總冠軍
nav|回到頂端
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="ws",
     notes="No headline: a news-app repost of agency copy on a badminton semi-final; the agency dateline opens the first story line; game scores are story; the agency's editor credit with its code is attribution; app prompt is navigation.",
     text="""
nav|運動 · 羽球
oth|2026年10月18日 下午3:42
B|（華訊社記者邱品翰丹麥歐登塞18日專電）丹麥羽球公開賽今天進行女單四強，台灣一姐戴珮宜以21比15、19比21、21比17擊敗日本好手高田美羽，挺進決賽。
B|第一局：21-15
B|第二局：19-21
B|第三局：21-17
B|戴珮宜賽後說，決勝局一度落後4分，「我告訴自己每一球都要先把球打到底線，不要急著殺。」
B|她在明天的決賽將對上中國選手韓一諾，兩人過去交手紀錄為3勝4敗。
att|（編輯：吳欣穎）1151018
nav|在App中開啟，看更多運動新聞
rel|更多羽球新聞
rel|男雙四強止步 李晉宇／邱柏翰：回去再練發接發
sh|分享 讚 留言
"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="crlf",
     notes="Club statement on a Taiwanese football club's own site: site name and menu on top; the list of the coach's honours is story; sponsor line, season-ticket promo and footer are other, e-newsletter pitch is newsletter; extra blank lines before the footer.",
     text="""
nav|新竹山嵐足球俱樂部 Hsinchu Mountain Mist FC
nav|首頁 / 最新消息 / 球隊陣容 / 賽程 / 購票 / 官方商店
T|俱樂部聲明：總教練鄧立群卸任
oth|發布日期：2026-11-30
B|新竹山嵐足球俱樂部今日宣布，總教練鄧立群因個人家庭因素，將於本賽季結束後卸任。
B|鄧立群自2022年執教山嵐，帶隊完成：
B|2023年 企業甲級聯賽升級
B|2025年 全國足球錦標賽冠軍
B|2026年 企業甲級聯賽第三名，隊史最佳
B|俱樂部董事長溫雅筑表示：「感謝鄧教練四年來的付出，山嵐的大門永遠為他敞開。」
B|新任總教練人選將於12月中旬公布，在此期間由助理教練艾倫·莫里斯暫代帥職。
~
oth|主贊助商：竹北精密科技｜官方裝備合作夥伴：步遠運動
oth|2027賽季季票早鳥優惠 即日起至12/31
nl|訂閱俱樂部電子報，搶先收到賽程與購票通知
oth|© 新竹山嵐足球俱樂部 版權所有
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="",
     notes="Hard: story about new sports-lottery ad rules that require an under-18 warning next to odds boxes; the quoted warnings stay story, while the page carries a real odds box (other) and its own warning (disclaimer); LINE follow prompt is newsletter.",
     text="""
nav|動滋新聞網 > 運動產業
T|運彩廣告新規上路 賠率框須標示「未滿18歲不得購買」
oth|記者林郁蓁／台北報導 2026-09-02 14:10
B|教育部體育署修訂的運動彩券廣告規範自9月1日起實施，凡在網站、App刊登賠率資訊者，都必須在同一畫面清楚標示「未滿18歲者不得購買或兌領運動彩券」。
B|體育署官員表示，過去不少運動新聞網站在比賽報導旁放置賠率框，卻把警語藏在頁面最下方，字體甚至小於8級。
oth|運彩賠率｜中職 台中雷鷹 vs 高雄海神 主勝 1.72 客勝 2.05
dis|未滿18歲者不得購買或兌領運動彩券，請理性投注。
B|新規定要求警語字體不得小於賠率數字的一半，並須加註「運彩有節制，快樂無限制」等理性投注提醒。
B|違規業者最高可處新台幣100萬元罰鍰，並得要求限期改正。
B|運彩經銷商公會理事長蔡明陽說，多數經銷商已完成網頁改版，但社群平台上的個人帳號仍難以管理。
nl|加入動滋新聞網LINE好友，賽事快訊不漏接
rel|延伸閱讀
rel|體育署：運彩年度銷售額首度突破600億元
rel|經銷商轉型 運彩店變身運動酒吧
sh|分享 / 讚 120
"""),
]
