# Chinese cases of textset-dev7 (zh-Hant, zh-Hans).

CASES = [
dict(id="zht-001", lang="zh-Hant", nl="single", notes="PTT-style news repost (Gossiping board): author/board/title/time header, numbered repost-template fields (media source, reporter, full title, body, link, remarks), poster remark, signature delimiter, origin and URL lines, push comments with timestamps. The title line is the one under the full-title field. Single newlines, trailing spaces.", text="""
ot| 作者  kh_metro_fan (港都捷運迷)  看板  Gossiping
ot| 標題  [新聞] 高雄捷運黃線首段年底試運轉
ot| 時間  Tue Mar 10 09:21:44 2026
ot| 1.媒體來源:
at| 南方日報
ot| 2.記者署名:
ot| 記者林宛臻／高雄報導{sp}
ot| 3.完整新聞標題:
T| 高雄捷運黃線首段年底試運轉　2028年全線通車
ot| 4.完整新聞內文:
B| 高雄捷運黃線第一階段工程進度超前，市府捷運工程局10日表示，鳳山至大東共5站的區段預計今年12月開始試運轉。
B| 黃線全長22.9公里、設23座車站，總經費約1,547億元，是高雄第一條以地下段為主的環狀路線。
B| 捷運局指出，目前全線土建進度已達68%，機電系統預計明年上半年完成安裝。
B| 局長陳志遠說：「試運轉期間會先進行系統整合測試，不會開放旅客搭乘。」
B| 捷運局也提醒，工程期間鳳山區光遠路部分路段仍有交通管制，請用路人多加留意。{sp}{sp}
ot| 5.完整新聞連結 (或短網址):
at| https://www.nandaily.example/news/20260310/kh-metro
ot| 6.備註:
ot| 終於要有黃線了 住鳳山的路人表示期待
ot| --
ot| ※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.168.22.140 (臺灣)
ot| ※ 文章網址: https://www.ptt.cc/bbs/Gossiping/M.1773105704.A.3F2.html
co| 推 tainan_guy: 黃線蓋好了台南還在等                     03/10 09:23
co| → kh_metro_fan: 台南鐵路地下化也快了吧                 03/10 09:25
co| 噓 nobody0512: 一千五百多億 錢坑                       03/10 09:30
"""),

dict(id="zht-002", lang="zh-Hant", notes="Hong Kong content-farm repost of a farmland story: site name, nav, stamp with desk name, Cantonese quoted one-liner, further-reading block, share row, reposting disclaimer, cookie notice with button. Mixed newlines.", text="""
ot| 香港生活圈 HKLifeHub
^nv| 首頁 | 熱話 | 生活 | 美食 | 財經
T| 粉嶺有機農場獲保留　菜農鬆一口氣
ot| 2026-03-07　熱話組
B| 經營逾二十年的粉嶺「禾田有機農場」，確認不會被納入新界北發展區第一期收地範圍，農場負責人周志明表示終於可以安心規劃未來十年的種植。
B| 發展局上周公布的修訂圖則顯示，原本劃作住宅用途的約3.2公頃農地，改為「農業優先區」。
B| 農場現時每周供應約1.8噸蔬菜，客戶包括區內三間學校及多個社區合作社。
B| 周志明說：「我哋等咗三年答案，今日總算可以再買新溫室。」
B| 本地菜農團體則指出，仍有約40個農戶位於收地範圍內，要求政府提供復耕農地。
rl| 延伸閱讀：
^rl| 港人北上買餸　街市檔主叫苦
^rl| 天水圍新街市月底開幕　首批商戶名單曝光
sb| 分享到 Facebook　｜　WhatsApp　｜　複製連結
di| 免責聲明：本網部分文章整理自網絡及其他媒體，版權屬原作者，如涉侵權請來信，我們會盡快移除。
ck| 本網站使用 Cookies 以改善閱讀體驗，繼續使用即代表你接受本站私隱條款。
^ck| 我明白
"""),

dict(id="zht-003", lang="zh-Hant", notes="Taiwanese county government press-release page: skip link, ':::' accessibility anchor, site-map/home/English links, font-size control, breadcrumb, publish date and source unit, subheading '申請方式', update date, hit counter, print/back buttons, helpfulness survey, policy links, address line after a run of blank lines. ROC calendar dates.", text="""
nv| 跳到主要內容區塊
nv| :::
nv| 網站導覽 | 回首頁 | English | 常見問答
nv| 字級設定：小 中 大
nv| 首頁 > 新聞與公告 > 新聞稿
T| 一期稻作公糧收購價每公斤調高1元　6月起實施
ot| 發布日期：115-03-05　　資料來源：糧食管理科
B| 縣政府5日宣布，今年一期稻作公糧收購價格每公斤調高1元，稉種稻穀計畫收購價為每公斤27元，自6月1日起實施。
B| 本次調整主要反映肥料、人工及農機作業成本上漲。
B| 縣府估計，全縣約有8,600戶稻農受惠，每公頃平均可增加收益約6,500元。
B| 農業處長黃建宏表示，調價同時也鼓勵農民參加產銷履歷驗證。
B| 申請方式
B| 農民可攜帶身分證及印章，至各鄉鎮農會辦理繳售登記。
B| 登記期間為5月1日至5月20日。
ot| 更新日期：115-03-05
ot| 點閱次數：1,283
ot| 友善列印　回上一頁　回頁首
ot| 這則資訊對您有幫助嗎？　有幫助　沒幫助
---
---
nv| 隱私權政策 | 資訊安全政策 | 政府網站資料開放宣告
ot| 地址：嘉南縣新營區府前路1號　電話：(06) 632-1000
"""),

dict(id="zht-004", lang="zh-Hant", notes="Taiwanese gaming news site: site name, nav, reporter byline and time, share/bookmark, photo caption with source, ad label and scroll-on prompt mid-story, quoted one-liner, hashtag tag line, related news, comment count and login prompt, e-newsletter pitch.", text="""
nv| 遊戲星球 GameStar TW
nv| 新聞 | 評測 | 電競 | 手遊 | 主機
T| 台灣獨立團隊《霧港信使》登上Steam願望單前十　4月正式上市
ot| 記者 許晨安　2026-03-12 14:06:33
sb| 分享　收藏
C| 《霧港信使》以基隆港為靈感打造的遊戲畫面（圖片來源：霧燈工作室提供）
B| 由五人團隊霧燈工作室開發的冒險遊戲《霧港信使》，近日擠進Steam全球願望單排行前十名，團隊宣布遊戲將於4月16日正式上市。
B| 遊戲以1960年代虛構港口城市為舞台，玩家扮演郵差，在濃霧中送信並解開居民之間的祕密。
B| 製作人蔡宜庭表示，試玩版推出兩周下載超過12萬次，其中約四成來自日本玩家。
ot| 廣告
^ot| ▼ 文章未完，請往下捲動 ▼
B| 遊戲將支援繁體中文、日文及英文，售價新台幣420元。
B| 「我們原本只希望能回本，現在壓力反而變大了。」蔡宜庭笑說。
nv| 相關標籤：#霧港信使 #獨立遊戲 #Steam
rl| 相關新聞
rl| 國產恐怖遊戲《廟口》宣布推出Switch版
rl| 台北電玩展人潮創新高　獨立遊戲區大排長龍
co| 留言（23）
co| 登入後即可留言
nl| 訂閱遊戲星球電子報，每週掌握最新遊戲消息
"""),

dict(id="hard-zht-001", lang="zh-Hant", notes="HARD: content-farm mirror carrying a story about media suing content farms for unauthorised reposts (the story quotes the '轉載請註明出處' and '本文來源網路' lines); the page itself has a repost-source header, a real '轉載請註明出處' line, a take-down-on-request disclaimer and clickbait hot articles.", text="""
ot| 每日快訊網
at| 本文轉載自：台灣民聲報
T| 內容農場擅轉三千篇新聞　五家媒體聯手提告求償
ot| 2026/03/09　小編
B| 國內五家新聞媒體9日宣布，對經營多個內容農場網站的「捷訊數位公司」提起民事訴訟，指控對方兩年內未經授權轉載超過三千篇新聞，求償新台幣2,400萬元。
B| 媒體方代表律師表示，對方網站在每篇轉載文章末端加上「轉載請註明出處」字樣，卻從未取得授權，也未付費。
B| 「把別人的稿子整篇貼上，最後加一句『本文來源網路』，這不是合理使用。」律師說。
B| 捷訊數位回應，網站採自動抓取程式，收到通知後都會在48小時內下架。
B| 學者指出，類似案件過去多以和解收場，此次若進入判決，可望成為轉載爭議的重要判例。
di| 轉載請註明出處：每日快訊網
di| 本站文章僅供參考，不代表本站立場，若有侵權疑慮請告知，將立即刪除。
rl| 熱門文章
rl| 這三種人千萬別喝冰水！醫師揭驚人真相
rl| 全台最美秘境TOP10　第一名竟在市區
"""),

dict(id="zhs-001", lang="zh-Hans", notes="WeChat official-account repost (farm machinery): original/author/account/date/location header, follow-us pitch, mini-program booking promo before a short subheading, quoted one-liner, source/editor/reviewer lines, past-articles block, 'tap 在看' prompt, share row, read-original link.", text="""
ot| 原创 王建军 豫东农机周刊 2026年03月02日 08:30 河南
nl| 点击上方蓝字 关注我们
T| 无人驾驶播种机首次大面积下地，周口千亩麦田春播提速
B| 3月1日，周口市郸城县的一块1200亩麦田里，6台加装北斗导航的无人驾驶播种机同时作业，这是当地首次大面积使用无人农机进行春播。
B| 据县农业农村局介绍，每台机器每天可播种约160亩，比人工驾驶提高效率约三成。
ot| ▼ 点击下方小程序，预约春播农机作业服务 ▼
B| 行距更准，种子更省
B| 合作社负责人李国庆说，导航播种行距误差不超过2.5厘米，每亩可节省麦种约1.5公斤。
B| “以前一个机手一天干到天黑，现在在地头看着屏幕就行。”李国庆说。
B| 县里计划今年再补贴购置无人播种机20台。
at| 来源：郸城县农业农村局
ot| 编辑：刘晓
ot| 审核：张伟
rl| 往期推荐
rl| 春耕用肥指南：这几种肥料别混用
rl| 植保无人机补贴标准公布
ot| 喜欢就点个“在看”吧
sb| 分享  收藏  点赞  在看
ot| 阅读原文
"""),

dict(id="zhs-002", lang="zh-Hans", nl="single", final_nl=False, notes="Weibo-style repost of a high-speed-rail opening, no headline (the first story line opens with a 【#topic#】 lead): reposter name and client line, repost chain '//@…', original account mention, collapse link, original post time, repost/comment/like counters, hot comments. Single newlines, no final newline.", text="""
ot| 汉口吃瓜群众
ot| 3-08 11:02 来自 iPhone客户端
at| 转发微博 //@湖北交通广播:家门口的高铁来了 //@楚天快报:转发微博
at| @江城生活播报
B| 【#武宜高铁今日开通#】3月8日上午9时，武汉至宜昌高铁首发列车G5631从武汉站驶出，全程最快1小时38分钟。
B| 武宜高铁全长312公里，设计时速350公里，沿线设9座车站，其中天门南、潜江西等5座为新建车站。
B| 开通初期每天安排动车组列车46对，二等座全程票价212元。
B| 铁路部门表示，清明假期前后将视客流情况增开列车。
ot| 收起全文
ot| 3月8日 10:24 来自 微博网页版
sb| 转发 1286
co| 评论 534
ot| 赞 9021
co| 热门评论
co| 宜昌小周：终于不用再绕道了，周末回家试试
co| 天门老乡：天门南站离城区还是有点远
"""),

dict(id="zhs-003", lang="zh-Hans", nl="single", notes="Tieba-style forum thread reposting a phone launch: forum name, tab nav, thread title, only-OP/bookmark/reply buttons, poster name and OP label, repost-source line, client/floor/time meta, reply count, a reply with its own meta, hot-topics block. Single newlines.", text="""
nv| 手机吧
nv| 看贴  图片  精品  视频
T| 【新闻】星澜发布折叠屏新机，起售价首次降到5000元以内
ot| 只看楼主  收藏  回复
ot| 数码老猫
ot| 楼主
at| 转自：极客速报
B| 3月5日晚，星澜科技在深圳发布新款折叠屏手机“星澜Fold 3”，12GB+256GB版本售价4999元，是该品牌折叠屏产品首次下探到5000元以内。
B| 新机内屏为7.8英寸，铰链重量比上一代减轻18%，整机重量229克。
B| 电池容量5100毫安时，支持66瓦有线快充。
B| 星澜方面称，铰链已通过40万次折叠测试。
B| 新机将于3月12日开售。
ot| 来自Android客户端1楼2026-03-05 22:41
co| 回复(56)
co| 阿杰不吃香菜
co| 4999还是有点贵，等双十一
co| 来自iPhone客户端2楼2026-03-05 22:50
co| 星澜粉丝团
co| 内屏折痕怎么样？有没有实拍
rl| 贴吧热议榜
rl| 这届春晚你打几分
"""),

dict(id="zhs-004", lang="zh-Hans", crlf=True, notes="Company news-centre press release (energy storage): breadcrumb, publish time/view count/source line, numbered list of cooperation items, 'About the company' block, media contact, previous/next links, print/close buttons, copyright with ICP number. CRLF line endings, trailing full-width and normal spaces.", text="""
nv| 首页 > 新闻中心 > 企业动态
T| 恒远新能源与西北电网签署2GW储能电站合作协议{sp}
ot| 发布时间：2026-03-06　　浏览次数：1024　　来源：品牌部
B| 3月5日，恒远新能源科技股份有限公司与西北某省电网公司在西安签署战略合作协议，双方将在未来三年内共同建设总规模2吉瓦的独立储能电站。
B| 根据协议，首期项目位于甘肃酒泉，规模500兆瓦，计划于今年9月开工。
B| 项目建成后，每年可消纳风光弃电约8亿千瓦时。
B| 恒远新能源董事长何立平在签约仪式上表示，储能是新能源大规模并网的“稳定器”。
B| 合作内容包括：
^B| 一、共建独立储能电站；
^B| 二、联合开展构网型储能技术研究；
^B| 三、探索储能参与电力现货市场的运营模式。{tab}
ot| 关于恒远新能源
ot| 恒远新能源科技股份有限公司成立于2012年，总部位于江苏常州，主营锂电储能系统，产品覆盖30多个国家和地区。
ot| 媒体联系：品牌部 0519-8888 6612  media@hengyuan-ess.example
nv| 上一篇：恒远新能源荣获年度储能系统集成商十强
nv| 下一篇：恒远新能源2025年度社会责任报告发布
ot| 【打印本页】【关闭窗口】
ot| 版权所有 © 恒远新能源科技股份有限公司  苏ICP备12345678号
"""),

dict(id="hard-zhs-001", lang="zh-Hans", notes="HARD: WeChat-style account post about a platform rule against induced follows/shares (the story quotes '点击上方蓝字关注我们' and '转发到朋友圈截图领取'); the page itself has a real follow-us pitch at the top, an original-content repost notice, a share-with-friends prompt, a reply-keyword-for-PDF follow pitch, a like/在看 row and a recommended block.", text="""
ot| 新媒体观察 2026年03月11日 07:45 北京
nl| ↑ 点击上方“新媒体观察”关注我们，每天一篇行业干货
T| 平台再出新规：“转发抽奖”“点赞解锁”等诱导行为将被限流
B| 某社交平台3月10日发布《公众号运营规范（2026年修订）》，明确将“转发抽奖”“集赞领奖”“关注后解锁全文”等行为列为诱导分享和诱导关注，违规账号将被限制推荐。
B| 新规列出的违规示例包括在文首写“点击上方蓝字关注我们”并承诺关注后送资料，以及在文末要求读者“转发到朋友圈截图领取”。
B| 平台表示，单纯的关注提示不算违规，但不得与奖励挂钩。
B| 据统计，去年该平台共处理诱导分享类违规文章约12万篇。
B| 业内人士认为，新规将迫使一些依靠“裂变”涨粉的账号调整运营方式。
di| 本文为新媒体观察原创，转载请联系授权
sb| 觉得有用？转发给需要的朋友吧
nl| 关注新媒体观察，后台回复“规范”领取新规全文PDF
sb| 点赞  在看  分享
rl| 推荐阅读
rl| 视频号直播带货新规解读
"""),
]
