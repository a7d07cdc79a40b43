# Chinese cases (zh-Hant, zh-Hans).
CASES = []
A = CASES.append

A(dict(id="zht-001", lang="zh-Hant", notes="HK finance portal: index quote box, reporter line, Hang Seng close story with short sector list, disclaimer, related news, share line", text="""
tk|恒生指數 17,842.56 ▲ 231.08 (+1.31%)
tk+|國企指數 6,318.40 ▲ 96.22
tk+|恒生科技 3,905.17 ▲ 71.35
T|港股三連升 科技股領漲 成交額增至千二億
ot|本報記者 梁浩文｜2026年2月10日 16:35
B|恒生指數周二收市升231點，報17,842點，為連續第三個交易日上升。
B|全日成交額約1,216億港元，較上日增加近兩成。
B|板塊表現：
B|科技股：平均升2.8%
B|內房股：個別發展
B|公用股：輕微回落
B|有證券行分析員表示，資金在農曆新年前回流大型科技股，但後市仍要留意美國息口走向。
B|「大市短期有望挑戰18,000點。」該分析員說。
di|聲明：以上資訊只作一般參考，並非買賣任何證券之要約或建議；市場波動，讀者須自行承擔風險。
rl|相關新聞
rl+|人民幣兌美元中間價連升五日
rl+|本港一月份零售額按年微跌
~
sb|轉發此文：FB　WhatsApp　連結
"""))

A(dict(id="zht-002", lang="zh-Hant", fmt="single", notes="Taiwanese local news, single newlines: menu, reporter line with place, story on a flooded underpass with an inline read-also teaser, LINE follow prompt, comment prompt, hot list", text="""
nv|首頁｜地方｜社會｜生活｜影音
T|台南豪雨 安南區地下道積水逾一公尺 機車騎士受困獲救
ot|記者陳怡君／台南報導　2026-02-14 09:12
B|台南市昨晚突降豪雨，安南區一處地下道積水深度超過一公尺，一名機車騎士受困，消防人員到場以救生艇將他救出。
B|氣象署資料顯示，安南區一小時雨量達78毫米。
rl|延伸閱讀：南部連日降雨 農委會提醒農民搶收
B|市府工務局表示，抽水站當時已全數啟動，但雨勢過大，排水不及。
B|局長林志明說：「我們會檢討抽水機容量。」
B|該地下道已於今天清晨恢復通行。
nv|加入本報LINE好友，第一手新聞不漏接
cm|我要留言（請遵守留言規則）
rl|熱門排行
rl|1 北市公車新路線上路
rl|2 高雄港區夜間封路
"""))

A(dict(id="zht-003", lang="zh-Hant", notes="exchange news repost in Traditional Chinese: doubled dek, Taiwan bitcoin fund story, promo, multi-line ticker, reposting disclaimer, you-may-also-like block with doubled titles and stamps", text="""
du|台灣首檔比特幣主題基金獲准募集，預計三月上架。台灣首檔比特幣主題基金獲准募集，預計三月上架。
T|金管會核准首檔比特幣主題基金 三月開賣
B|金管會本週核准國內首檔以比特幣相關企業為投資標的之主題基金，預計三月中旬開始募集。
B|該基金不直接持有比特幣，而是投資挖礦企業、交易所與區塊鏈設備商的股票。
B|投信業者表示，最低申購金額為新台幣三千元。
B|為何不直接持有幣
B|金管會官員說明，現行法規仍不允許公募基金直接持有虛擬資產。
B|「這是跨出的一小步。」一名投信主管說。
pr|想讓您的項目被更多投資人看見？立即申請加入我們的生態專欄。
tk|市場行情
tk+|Bitcoin Logo
tk+|Bitcoin 價格(BTC)
tk+|$70,944.12
tk+|+0.84%
tk+|USD
di|免責聲明：本站轉載之文章來自公開平台，僅供參考，不代表本平台立場。如有侵權，請來信 copyright@zenbit.tw 處理。本站不保證內容之正確性，亦不構成任何投資建議。
rl|猜你喜歡
rl|以太坊質押收益率跌破3%
rl|以太坊質押收益率跌破3%
sb+|分享
rl+|鏈聞速報2026/02/11 10:05
rl|穩定幣發行商第四季獲利創新高
rl|穩定幣發行商第四季獲利創新高
sb+|分享
rl+|鏈聞速報2026/02/11 08:47
"""))

A(dict(id="zht-004", lang="zh-Hant", final_nl=False, notes="HK culture portal: one-line cookie notice at top, film festival story with photo caption, short programme list, hot articles, copyright footer; no final newline", text="""
ck|本網站使用Cookies以提升閱讀體驗，繼續瀏覽即表示你同意。［我明白］
nv|主頁 > 娛樂 > 電影
T|香港國際電影節公布開幕片 本地導演新作打頭陣
C|導演黃詠詩（左）與主角出席記者會。（圖片由主辦單位提供）
B|第五十屆香港國際電影節今日公布節目，開幕片為本地導演黃詠詩的新作《夜航西環》。
B|今屆共放映來自六十個國家及地區的二百三十部電影。
B|重點節目：
B|修復版經典港產片十部
B|亞洲新導演競賽
B|露天放映之夜
B|電影節將於三月二十七日開幕，門票下周一起發售。
rl|熱門文章
rl+|演唱會門票炒價 海關拘兩人
rl+|舊戲院改建藝術空間
ot|© 2026 港聞網 版權所有，不得轉載"""))

A(dict(id="zht-005", lang="zh-Hant", notes="Taiwanese sports page: baseball score widget at the top, game report with inning lines kept as body, box-score widget mid-story, share bar, more-baseball links", text="""
ot|終場
ot+|雄鷹 5：3 海豚
ot+|文字轉播｜數據｜賽後影音
T|林冠宇八局逆轉三分砲 雄鷹擊退海豚
B|職棒熱身賽週六在台中開打，雄鷹靠林冠宇八局下的逆轉三分全壘打，以5比3擊敗海豚。
B|得分經過：
B|三局上 海豚 2分
B|五局下 雄鷹 1分
B|七局上 海豚 1分
B|八局下 雄鷹 4分
ot|安打 9｜7　失誤 0｜1
B|林冠宇賽後說：「只想把球打強，沒想到飛出去了。」
B|兩隊明天將在同一球場再戰。
sb|分享到 LINE　Facebook　複製網址
rl|更多棒球新聞
rl+|海豚新洋投首度登板 直球均速150
"""))

A(dict(id="hard-zht-001", lang="zh-Hant", hard=True, ws=True, notes="hard: Taiwan regulator requires finfluencers to show a risk warning; the story quotes the warning wording; the page also carries a real investment disclaimer and a promo line; trailing whitespace", text="""
nv|財經 › 監理動態
T|金管會：財經網紅推薦標的 須標示「投資一定有風險」
ot|記者許志豪／台北報導
B|金管會昨日發布新規，要求在社群平台推薦股票或基金的財經網紅，必須在影片或貼文開頭清楚標示風險警語。
B|警語內容至少須包括以下文字：
B|「投資一定有風險，基金投資有賺有賠，申購前應詳閱公開說明書。」
B|違者最高可處新台幣一百萬元罰鍰。
B|金管會官員表示，去年接獲相關檢舉超過四百件。
B|新規將於七月一日起施行。
pr|限時優惠：開戶即享手續費兩折，立即下載證券App
di|本網站所載資料僅供參考，不代表本站立場，讀者依此操作，風險自負。
rl|相關文章
rl+|網紅帶單詐騙 警方破獲集團
"""))

A(dict(id="zhs-001", lang="zh-Hans", notes="exchange news repost in Simplified Chinese: site header, Ethereum upgrade story with subheading, promo, squashed ticker, reposting disclaimer, doubled teaser titles, share lines and stamps", text="""
ot|币界快讯
T|以太坊“韦斯特”升级测试网上线 主网或于四月激活
B|以太坊核心开发者在周四的电话会议上确认，“韦斯特”升级已在测试网成功激活。
B|若测试顺利，主网激活时间最早为四月第二周。
B|此次升级主要内容
B|本次升级将提高每个区块可容纳的数据量，预计二层网络的手续费将进一步下降。
B|开发者刘明远表示：“我们还需要至少两周的观察期。”
pr|想让全球交易者看到你的项目？立即申请入驻我们的生态专栏。
tk|Ethereum LogoEthereum价格(ETH)$3,301.55$3,301.55+2.06%USD
di|免责声明：本站转载的文章来源于公开平台，仅供参考，不代表本平台观点。如有侵权请联系 service@coinjie.com 删除。本平台不对内容准确性负责，亦不构成投资建议。
rl|你可能还喜欢
rl|比特币矿工收入连续三周下滑
rl|比特币矿工收入连续三周下滑
sb+|分享
rl+|链上观察2026/02/12 21:18
rl|某交易所宣布下架十二个小币种
rl|某交易所宣布下架十二个小币种
sb+|分享
rl+|链上观察2026/02/12 19:03
"""))

A(dict(id="zhs-002", lang="zh-Hans", notes="mainland portal tech story: open-in-app bar, source and time line, sodium battery story with a short spec list, editor credit, hot search list, app prompt at bottom", text="""
nv|打开APP，阅读体验更佳
T|国产钠离子电池量产线投产 成本较锂电低三成
ot|2026-02-13 10:24　来源：江城日报
B|记者从合肥高新区获悉，一条年产能5吉瓦时的钠离子电池生产线日前正式投产。
B|企业负责人介绍，该电池主要用于储能电站和低速电动车。
B|主要参数：
B|能量密度：160瓦时/千克
B|循环寿命：4000次
B|低温性能：零下20度保持90%容量
B|业内人士认为，钠资源丰富，有望缓解锂价波动带来的压力。
at|责任编辑：王晓燕
rl|热搜榜
rl+|1 春运返程高峰今日开启
rl+|2 多地发布寒潮预警
rl+|3 新能源车1月销量出炉
nv|下载新闻客户端 看更多精彩内容
"""))

A(dict(id="zhs-003", lang="zh-Hans", ws=True, notes="WeChat official-account repost on flu season: follow prompt, original title and source credits, health advice list, like/share bar, reader comments prompt, disclaimer; trailing whitespace", text="""
nv|点击上方蓝字，关注我们
T|流感进入高发期 专家提醒：这几类人尽早接种疫苗
at|原标题：市疾控中心发布流感防控提示
at|来源：健康江南
B|市疾控中心监测数据显示，近两周流感样病例占门诊比例明显上升。
B|专家建议以下人群优先接种流感疫苗：
B|60岁以上老人
B|6月龄至5岁儿童
B|慢性病患者
B|医务人员
B|出现发热、咳嗽等症状时，应尽量佩戴口罩，避免带病上班上学。
sb|点赞　在看　分享
cm|写留言
di|声明：本文转载仅为传递信息，版权归原作者所有，如有侵权请联系删除。
"""))

A(dict(id="zhs-004", lang="zh-Hans", fmt="single", notes="education news, single newlines: breadcrumb, exam reform story with numbered changes, related reading, comment count, footer menu", text="""
nv|首页 > 教育 > 考试
T|多省公布高考综合改革新方案 物理历史“二选一”不变
ot|发布时间：2026年02月09日
B|继去年八省之后，今年又有五个省份公布了高考综合改革实施方案。
B|新方案的主要变化包括：
B|一、外语考试提供两次机会
B|二、再选科目按等级赋分
B|三、取消部分加分项目
B|教育部门表示，改革将从今年秋季入学的高一新生开始实施。
B|有家长表示，希望学校尽早公布选科指导意见。
rl|相关阅读：新高考选科 专家给出三点建议
cm|评论（128）
nv|关于我们 | 联系方式 | 网站地图 | 违法和不良信息举报
"""))

A(dict(id="zhs-005", lang="zh-Hans", notes="basketball page: score widget, game report with quarter-by-quarter scores kept as body, player-stats widget mid-story, share bar, related videos, copyright", text="""
ot|已结束
ot+|江州猛龙 108-101 北原雄鹰
ot+|图文直播　技术统计　集锦
T|周子豪砍下35分 猛龙主场逆转雄鹰
B|北京时间2月11日晚，江州猛龙在主场以108比101逆转北原雄鹰，结束两连败。
B|各节比分：
B|第一节 22-29
B|第二节 27-24
B|第三节 30-26
B|第四节 29-22
ot|得分王 周子豪 35分　篮板王 马骏 14个
B|赛后主教练李强说：“第三节的防守决定了比赛。”
B|猛龙下一场将客场挑战南海鲨鱼。
sb|分享到：微信　微博　QQ空间
rl|相关视频
rl+|【集锦】周子豪末节连中三记三分
ot|未经授权不得转载
"""))

A(dict(id="hard-zhs-001", lang="zh-Hans", hard=True, notes="hard: regulator bans 'share to win' marketing that forces users to forward posts; story quotes the share-prompt wordings; the page also has a real share bar and a forward prompt", text="""
nv|网信动态
T|监管部门整治“转发抽奖”营销 不得诱导用户分享
ot|2026-02-12 来源：法治观察
B|市场监管部门近日发布通知，禁止商家以抽奖、红包等方式诱导用户转发和分享链接。
B|通知列举了几类常见话术：
B|“转发到三个群即可领取”
B|“分享给好友，帮我砍一刀”
B|“集满20个赞免费送”
B|监管部门表示，此类营销容易导致个人信息泄露。
B|违规平台最高可被处以五十万元罚款。
sb|分享到：微信好友　朋友圈　微博
sb|觉得有用？转发给身边的朋友吧
at|责任编辑：赵静
"""))
