"""Chinese cases of textset-dev9 (zh-Hant and zh-Hans; tagged line lists, see make_cases.py)."""

CASES = [
dict(id="zht-001", lang="zh-Hant", notes="HK football match report: score box with scorers, standings widget; bare score line and short match lines kept.", text="""
nv 主頁 > 體育 > 本地足球
ot 港超聯 | 完場
ot+東區灣 3 : 1 北角晨星
ot+入球：譚嘉樂 12'、彭子軒 55'、梅利斯 80'｜張卓霖 67'
T  東區灣主場三比一挫晨星　重返榜首
ot 撰文：麥詠欣
ot+2026年3月15日 18:42
B  東區灣 3 北角晨星 1
B  東區灣周日於灣仔運動場以三比一擊敗北角晨星，以一分之差重返港超聯榜首。
B  上半場第12分鐘，譚嘉樂接應角球頂入首開紀錄。
B  易邊後彭子軒遠射破網，晨星其後由張卓霖追近一球。
B  完場前十分鐘，外援梅利斯單刀建功，鎖定勝局。
B  主帥何志堅賽後表示：「球員今日打得好有耐性。」
B  東區灣下輪將於下周六作客大埔。
ot 積分榜
ot+1 東區灣 18 41
ot+2 大埔青年 18 40
ot+3 北角晨星 18 33
rl 相關新聞
rl+大埔青年補時絕殺　力保不敗
rl+港超聯本季入場人數創新高
sh 分享至：臉書／WhatsApp／LINE／複製網址
"""),

dict(id="zht-002", lang="zh-Hant", notes="Taiwan typhoon live page: time-stamped entries (【15:00】…) and key-point list kept; cookie notice, menu, weather widget, ad label mid-story, LINE sign-up, load-more button.", text="""
ck 本網站使用Cookie以提供更好的閱讀體驗，繼續瀏覽即表示您同意本站隱私權政策。
ck+我知道了
nv 即時｜政治｜社會｜生活｜國際｜影音
T  【颱風蘭恩即時】陸警發布　宜花東今晚停班停課
ot 更新時間：2026/08/21 15:06
ot 台北市 28°C 陣雨 降雨機率 80%
B  中央氣象署今（21）日上午8時30分發布颱風蘭恩陸上警報，宜蘭、花蓮、台東三縣市今晚停班停課。
C  花蓮市區路樹倒塌，消防人員冒雨清理。（記者蔡宗翰攝）
B  【15:00】花蓮縣秀林鄉累積雨量已突破350毫米，山區道路預警性封閉。
B  【14:20】台鐵東部幹線下午4時起部分車次停駛，旅客可全額退票。
ot 以下為廣告
B  【13:45】蘇花路廊自下午2時起實施預警性封路。
B  【12:10】國內航線共取消42個航班，以立榮、華信為主。
B  颱風重點
B+ ．暴風圈預計明晨接觸花蓮
B+ ．最大陣風可達15級
B+ ．預估明天傍晚後出海
ot 看更多即時新聞 ▾
nl 加入本報LINE官方帳號，颱風動態第一手掌握
sh 分享 ｜ 轉寄 ｜ 列印
"""),

dict(id="zht-003", lang="zh-Hant", nl="single", notes="Taiwan county election result: vote table flattened into story lines; counting-progress widget, county picker, agency credit; single newlines.", text="""
nv 首頁 / 2026地方選舉 / 開票結果
T  新竹縣長選舉　無黨籍林怡萱勝出
ot 開票進度 100%（432/432所）
ot 最後更新 23:58
B  新竹縣長選舉今晚開票完畢，無黨籍候選人林怡萱以約一萬二千票差距擊敗對手，成為首位無黨籍女性縣長。
B  得票結果
B  林怡萱（無黨籍）148,203票　46.8%
B  陳俊宏（A黨）136,110票　43.0%
B  吳志明（B黨）32,415票　10.2%
B  林怡萱在竹北市的得票率超過五成。
B  她在勝選記者會上說：「這是屬於每一位鄉親的勝利。」
B  投票率為61.3%，較上屆略降。
ot 選擇縣市 ▾
ot 查詢各里開票
rl 延伸閱讀
rl 六都議員當選名單一次看
rl 圖解：各縣市投票率比較
at （北辰社）
sh 分享
"""),

dict(id="zht-004", lang="zh-Hant", ws=True, notes="HK market close: index strip and hot-stocks box as crypto_ticker, watchlist button, investment disclaimer; bullet list of market points kept; trailing whitespace.", text="""
ct 恒指 17,842.31 ▲215.60 (+1.22%)｜國指 6,301.52 ▲1.35%｜科指 3,688.04 ▲2.01%
ct+上證 3,104.77 ▼0.21%
nv 財經 › 港股 › 收市評論
T  港股收市｜科技股領漲　恒指升215點
ot 記者：鄧穎芝
B  恒指今日高開後反覆向上，收市報17,842點，升215點或1.2%；全日成交額1,286億元。
B  科技股普遍造好，網購平台「嘉匯」升5.8%，為表現最佳藍籌。
B  今日焦點
B+ ．科指升2%，連升三日
B+ ．內房股個別發展，宏岸地產跌3.1%
B+ ．北水淨流入約62億元
B  市場人士稱，美國減息預期升溫，帶動資金流入港股。
B  分析師羅家明認為：「17,500點已成短期支持。」
ct 熱門股份
ct+嘉匯 (09886) 48.35 +5.81%
ct+港訊電信 (00728) 11.02 -0.36%
di 免責聲明：本網所載資料僅供參考，並不構成任何投資建議，投資者應自行判斷並承擔風險。
ot 加入自選股 ＋
rl 更多財經新聞
rl+美股期貨靠穩　金價再創高
"""),

dict(id="zht-005", lang="zh-Hant", final=False, notes="Taiwanese recipe on a news lifestyle page: ingredient and step lists kept; save/print buttons, comment counter, recommendations. No final newline.", text="""
nv 生活 › 美食 › 食譜
T  在家也能做！古早味滷肉飯三步驟
ot 文／陳品妤　2026-04-02
ot 收藏　｜　列印食譜
B  滷肉飯是許多人的家常味，其實在家做並不難。
B  食材（4人份）
B+ ．豬五花600克
B+ ．紅蔥頭酥50克
B+ ．醬油120毫升
B+ ．冰糖1大匙
B  步驟
B+ 1. 五花肉切小丁，下鍋炒至出油。
B+ 2. 加入紅蔥頭酥、醬油與冰糖拌炒。
B+ 3. 加水淹過肉，小火滷40分鐘即可。
B  小撇步：隔夜再吃更入味。
cm 留言（12）
cm+登入後即可留言
rl 你可能也喜歡
rl+電鍋就能做的五道快手菜
sh 分享到 Facebook ｜ LINE
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, notes="Hard: story on fake celebrity investment ads and their 'sponsored' labels; the page carries real ad labels (twice) and a sponsored teaser.", text="""
nv 社會 › 詐騙
T  假冒名人投資廣告氾濫　警：看到「保證獲利」就是詐騙
ot 記者黃子豪／台北報導
B  刑事警察局統計，今年上半年假投資詐騙財損逾42億元，其中七成源自社群平台上的假冒名人廣告。
B  這些貼文多標示為「贊助」，外觀與一般廣告無異。
B  警方提醒，廣告中若出現「保證獲利」「老師帶單」等字眼，幾乎可以確定是詐騙。
ot 廣告
ot+贊助內容：暑假機票限時下殺
B  數位發展部表示，平台業者須在24小時內下架經通報的詐騙廣告。
B  民眾可撥打165反詐騙專線查證。
B  「不要相信陌生人的投資群組。」刑事局官員說。
ot 廣告
nl 訂閱電子報，每天掌握重要新聞
rl 熱門新聞
rl+車手集團落網　查扣現金逾千萬
sh 分享
"""),

dict(id="zhs-001", lang="zh-Hans", notes="Basketball league report: score box and tabs, source/editor credits, standings widget; bare score line and quarter scores kept.", text="""
nv 首页 > 体育 > 篮球 > 联赛
ot 常规赛 第28轮 | 已结束
ot+江州飞鹰 104 - 97 滨海雄狮
nv+数据统计 ｜ 文字直播 ｜ 技术统计
T  江州飞鹰主场险胜滨海雄狮　孙浩然砍下32分
at 来源：星城体育　2026-01-18 21:47
B  江州飞鹰 104 比 97 滨海雄狮
B  1月18日晚，江州飞鹰在主场以104比97力克滨海雄狮，豪取四连胜。
B  后卫孙浩然全场13投9中，砍下32分7助攻。
B  滨海雄狮末节一度将分差追至3分，但关键时刻两次罚球不中。
B  各节比分
B+ 第一节 26-22
B+ 第二节 24-27
B+ 第三节 30-21
B+ 第四节 24-27
B  赛后，主教练周立新说：“我们赢在防守。”
ot 积分榜 前三
ot+1 辽原钢铁 24胜4负
ot+2 江州飞鹰 22胜6负
ot+3 滨海雄狮 19胜9负
rl 相关阅读
rl+滨海雄狮外援伤情公布
at 责任编辑：冯婷
sh 分享到：微信 微博 QQ空间
"""),

dict(id="zhs-002", lang="zh-Hans", crlf=True, notes="Rainstorm live page: time stamps heading entries kept; live counter, refresh and load-more buttons (middle), weather/air widgets, compiled-from credit; CRLF.", text="""
nv 新闻 | 直播 | 社会
T  直播｜南川遭遇特大暴雨 多地启动防汛一级应急响应
ot 正在直播　已有 12.6万 人关注
ot+刷新
B  7月22日以来，南川市出现持续强降雨，市防汛指挥部于22日晚启动防汛一级应急响应。
B  10:30
B  南川站累计降雨量达到412毫米，突破建站以来历史极值。
B  09:50
B  城区17条道路积水严重，公交线路临时调整32条。
ot 点击加载更多
B  08:15
B  全市中小学今日停课一天。
B  市气象台提醒：
B+ ・未来12小时仍有大到暴雨
B+ ・山区需防范山洪和泥石流
ot 南川 今天 24~27℃ 暴雨 红色预警
ot+空气质量 优 32
at 本文综合自南川日报、南川发布
sh 分享
"""),

dict(id="zhs-003", lang="zh-Hans", notes="A-share market close: index strip and fund-flow/FX boxes as crypto_ticker, app prompt, risk disclaimer, 'you may like' block; closing-level lines kept.", text="""
ct 上证指数 3,215.42 +0.86%　深证成指 10,318.77 +1.24%　创业板指 2,052.60 +1.91%
nv 财经首页 > 股票 > 收评
T  收评：三大指数集体收涨 创业板指涨近2%
B  今日A股三大指数集体收涨，沪深两市成交额合计1.12万亿元，较上一交易日放量约900亿元。
B  截至收盘：
B+ 上证指数报3215.42点，涨0.86%；
B+ 深证成指报10318.77点，涨1.24%；
B+ 创业板指报2052.60点，涨1.91%。
B  盘面上，光伏、储能板块领涨，银行板块小幅回调。
B  个股方面，全市场超过4000只个股上涨。
nv 打开App，查看实时行情 >
ct 北向资金 净流入 56.32亿
ct+人民币兑美元 7.1235 -0.02%
di 风险提示：以上内容仅供参考，不构成投资建议。股市有风险，投资需谨慎。
rl 猜你喜欢
rl+央行今日开展2000亿元逆回购操作
rl+多家券商上调全年GDP增速预期
sh 分享至
"""),

dict(id="zhs-004", lang="zh-Hans", notes="No headline: holiday box-office story with a ranked list kept; live box-office counter on top, trailer player and ticket button, recommendations, comment prompt.", text="""
nv 娱乐 | 电影 | 电视剧 | 综艺 | 明星
ot 实时票房 ¥3.41亿 · 数据更新于 16:05
B  截至2月15日16时，2026年春节档总票房突破62亿元，创同档期新高。
B  春节档票房前五（截至发稿）
B+ 1. 《长河落日》 21.8亿
B+ 2. 《熊猫侦探社》 15.2亿
B+ 3. 《烈焰战警》 11.6亿
B+ 4. 《归途》 8.3亿
B+ 5. 《小城春天》 3.9亿
B  《长河落日》在影评网站评分8.4，口碑与票房双丰收。
B  业内人士预计，春节档总票房有望冲击75亿元。
ot ▶ 预告片 00:00 / 01:58　全屏
ot+购票
rl 热门推荐
rl+《熊猫侦探社》导演：续集已在筹备
cm 网友评论（328）　我来说两句
"""),

dict(id="zhs-005", lang="zh-Hans", nl="mixed", ws=True, notes="Home-cooking recipe on a portal: bracketed section heads, ingredient line and steps kept; source credit, save/print/font-size bar, like counter, account-follow prompt; mixed newlines and trailing whitespace.", text="""
nv 首页 > 美食 > 家常菜
T  零失败家常红烧肉：不加一滴水也能软糯入味
at 2026-03-08 10:12　来源：食尚周刊
ot 收藏 | 打印 | 字号 大 中 小
B  红烧肉是不少家庭餐桌上的“硬菜”，掌握火候是关键。
B  【食材】
B+ 五花肉500克、冰糖30克、生抽2勺、老抽1勺、姜片5片、料酒适量
B  【做法】
B+ 1. 五花肉切块，冷水下锅焯水后捞出。
B+ 2. 小火炒糖色，下肉块翻炒至上色。
B+ 3. 加入调料，盖上锅盖小火焖60分钟。
B+ 4. 大火收汁即可出锅。
B  小贴士：选三层分明的五花肉，口感更好。
ot 本文点赞 256
sh 分享到微信朋友圈
nl 关注“食尚周刊”公众号，每日推送一道家常菜
rl 你可能还喜欢：十分钟搞定的快手早餐
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True, notes="Hard: story on draft rules for news comment sections quotes 'comments closed' notices; the page ends with a real comment box.", text="""
nv 首页 > 科技 > 互联网
T  新规要求平台对跟帖评论分级管理 “评论区已关闭”现象引热议
ot 记者 王思远 | 2026-05-20 08:30
B  网信部门近日发布跟帖评论服务管理规定修订征求意见稿，要求平台对热点新闻的跟帖评论实行分级管理。
B  征求意见稿提出：
B+ 一、建立评论分级审核制度；
B+ 二、对恶意评论账号实行信用分管理；
B+ 三、不得以“评论区已关闭”替代正常管理。
B  有网友发现，部分新闻客户端近期大量关闭评论区，只显示“该内容暂不支持评论”。
B  专家认为，关闭评论并非治理的最佳方式。
cm 全部评论（1,024）
cm+热门评论　最新评论
cm+写下你的评论...
cm+发表
rl 相关新闻
rl+多平台上线评论区“一键折叠”功能
sh 分享
"""),
]
