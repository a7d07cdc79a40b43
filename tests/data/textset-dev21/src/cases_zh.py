"""Chinese cases of textset-dev21 (players, polls and conversation): zht-001..005, zhs-001..005."""

CASES = [
dict(id="zht-001", lang="zh-Hant", hard=False, opts="ws",
     notes="HK TV station video page: menu and breadcrumb, player chrome (video label, duration, "
           "autoplay toggle, auto-subtitle notice), reporter/camera byline and stamp; share row, "
           "up-next item with its duration, ranked hot-news list, cookie bar and copyright footer.",
     text="""
nav|港灣新聞　首頁　港聞　兩岸　國際　財經　體育　直播
nav|港聞 > 社會
T|深水埗百年涼茶舖結業　街坊排隊飲最後一碗廿四味
oth|影片：涼茶舖最後一天營業
oth|03:47
oth|自動播放　開
dis|字幕由系統自動產生，內容或有錯漏，僅供參考
oth|記者　方嘉欣　攝影　羅志強
oth|2025年3月8日　18:32
B|深水埗北河街一間經營近百年的涼茶舖今日最後一日營業，不少街坊一早到門外排隊，希望再飲一碗廿四味。
B|第四代東主鄺伯今年七十八歲，他說租約月底到期，業主加租近四成，加上子女無意接手，決定退休。
B|「飲咗幾十年，以後唔知去邊度飲。」
B|有街坊帶同孫仔到場拍照留念，亦有年輕人專程由將軍澳過來，說要「打卡」留住回憶。
B|鄺伯表示，舖內的銅壺和百子櫃會捐給一間本地民間博物館，部分藥方則會交給跟了他二十年的徒弟。
sh|分享到 Facebook
sh|WhatsApp
sh|複製連結
rel|下一個影片
rel|觀塘海濱新單車徑下月啟用　全長兩公里
oth|05:12
rel|熱門新聞
rel|1　將軍澳隧道今晨三車相撞　兩人受傷
rel|2　天文台：周末氣溫回升至廿五度
rel|3　小巴司機短缺　多條線晚上減班
ck|本網站使用 Cookies 以改善閱覽體驗，繼續瀏覽即代表你同意相關安排。
ck|我明白
oth|© 港灣電視有限公司　版權所有
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="single",
     notes="Taiwan newspaper text live blog of a baseball final, single newlines: menu, section "
           "label, last-updated stamp and byline; time-stamped entries and a bare score line are "
           "story; ad label and inline read-more in the middle; MVP poll widget, comment count, "
           "login prompt, share buttons and ranked list at the bottom.",
     text="""
nav|首頁｜即時｜政治｜社會｜運動｜娛樂｜生活｜影音
nav|運動 > 棒球
T|【文字直播】冠軍賽G7　雷鳥7比4擊敗海鷹　奪隊史第三冠
oth|最後更新：2025/11/02 22:41
oth|記者陳柏翰／台中報導
B|21:58 比賽結束！雷鳥隊終結者林冠宇三上三下關門，雷鳥以7比4拿下總冠軍。
B|21:40 九局上，海鷹隊兩出局後擊出安打，但代跑者盜二壘失敗，機會落空。
B|比數 7：4
B|20:55 七局下，雷鳥隊張育誠敲出左外野滿貫全壘打，比數一舉超前。
oth|廣告
rel|延伸閱讀：雷鳥總教練賽前受訪「我們沒有明天」
B|19:47 五局上，海鷹隊靠保送和犧牲觸擊再添一分，3比0領先。
B|19:12 海鷹隊先馳得點，三局上靠兩支二壘安打攻下兩分。
B|18:35 先發打序公布，雷鳥隊由新人王吳承恩擔任第一棒。
oth|【投票】誰是你心中的G7最有價值球員？
oth|張育誠
oth|林冠宇
oth|吳承恩
oth|送出投票
oth|已有 3,218 人參與
com|留言（128）
com|請先登入會員，即可參與討論
sh|分享
sh|LINE
rel|熱門排行
rel|1. 雷鳥封王遊行路線出爐　週六下午出發
rel|2. 海鷹隊洋投確定不續約
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="",
     notes="HK finance podcast episode page: index ticker strip at top, show label, player, "
           "duration, guest and host lines, listen-on links; a sponsor read in the middle; chapter "
           "list, opinion disclaimer, e-mail sign-up, crypto exchange promo and previous-episode "
           "link at the bottom. Mixed newlines: the chapter list is joined by single newlines.",
     text="""
tk|恒指 19,842.6 +122.4 (+0.62%)　國指 7,015.3 +0.48%　科指 4,388.1 -0.21%
nav|Podcast｜財經拆局
T|EP.87｜樓市回暖是假象？新盤定價與按息走勢
oth|▶ 播放
oth|42:16
oth|嘉賓：測量師學會前主席　區偉倫
oth|主持：何詠詩
nav|收聽平台：Apple Podcasts｜Spotify｜YouTube
B|本集我們請來測量師區偉倫，拆解近月新盤連環加價背後的真正原因。
B|他指出，發展商首批單位以接近二手價開售，製造「一推即清」的氣氛，但貨尾單位的實際成交價其實沒有明顯上升。
oth|本集由安穩保險贊助播出。安穩家居保首年保費八折，詳情請瀏覽官網。
B|按揭方面，銀行過去兩個月兩度下調最優惠利率，實際按揭息率回落至約3.6厘。
B|區偉倫認為，如果年底前再減息，首置買家入市意慾會進一步提升，但租金回報仍然偏低。
B|他又提醒，新界北的新供應會在2027年集中落成，屆時區內租金或會受壓。
nav|重點時間
>nav|00:00 開場
>nav|03:20 新盤定價策略
>nav|18:45 按息走勢
>nav|31:02 聽眾提問
dis|節目內容只代表嘉賓個人觀點，並不構成任何投資建議。
nl|想每週收到新一集提示？留低電郵，我們準時通知你。
nl|訂閱
pr|新用戶註冊幣匯通交易所，完成身份認證即送 20 USDT 體驗金
rel|上一集：EP.86｜港股成交萎縮，散戶去了哪裏？
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="",
     notes="Taiwan newspaper photo gallery of a kite festival: section label, stamp, "
           "writer/photographer byline; gallery counters and next-photo buttons around two "
           "captions in the middle; Instagram credit, share, comment count, you-may-like list and "
           "back-to-top at the bottom.",
     text="""
nav|圖輯｜生活
T|【圖輯】南寮海邊千隻風箏齊飛　巨型鯨魚風箏吸睛
oth|2025-10-12 14:05
oth|文／林雅婷　攝影／黃士恩
B|新竹「海線風箏季」今天在南寮漁港登場，來自十二個國家的風箏隊伍齊聚，吸引大批民眾到場。
oth|1 / 8
C|長達三十公尺的鯨魚風箏緩緩升空，現場民眾紛紛拿起手機拍照。（攝影／黃士恩）
oth|下一張
oth|2 / 8
C|日本隊帶來傳統的六角凧，以竹骨和和紙手工製作。（攝影／黃士恩）
oth|下一張
B|主辦單位表示，今年首度開放夜間場，風箏會裝上LED燈，晚上七點起可看到「夜空燈籠」。
B|活動到本月二十日，交通管制期間建議搭乘接駁車。
B|接駁車每二十分鐘一班，由新竹火車站前站發車。
att|更多現場照片請見本報 Instagram
sh|分享
com|0 則留言
rel|你可能也想看
rel|台中花毯節登場　三萬盆花拼出巨型藍鵲
rel|澎湖花火節延長一週　業者：訂房已滿
nav|回到頂端
"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="crlf",
     notes="Taiwan news site with a social-plugin comment box, CRLF: menu, byline with source "
           "credit, inline related link and ad label in the middle; agency credit, share row, "
           "comment plugin (count, sort, input, commenter names, comment text, like/reply/age "
           "lines, load more) and a trending list at the bottom.",
     text="""
nav|即時　要聞　地方　財經　國際　影音　訂閱
T|北環段捷運明起試營運　首週免費搭乘
oth|2025/09/14 11:20　記者許文彥／新北報導
B|捷運環狀線北環段明天起試營運，首週開放民眾免費搭乘，新北市捷運局預估每日運量可達四萬人次。
B|北環段全長十四公里，共設十二座車站，串連新莊、五股與士林。
rel|相關新聞：環狀線北環段通車倒數　沿線房價漲一成
B|捷運局長蘇文凱說，試營運期間列車班距為十分鐘，尖峰時段會視人潮加開。
oth|廣告
B|正式營運後票價依里程計算，起價20元，可使用電子票證轉乘享八折優惠。
B|沿線居民多表歡迎，但五股一帶仍有居民擔心高架段的噪音問題。
att|（中央社提供）
sh|讚
sh|分享
sh|複製連結
com|42 則留言
com|排序依據　最熱門
com|新增留言……
com|張志豪
com|終於等到了，以後去士林不用再繞台北車站。
com|讚 · 回覆 · 3 天
com|Vivian Liu
com|高架段晚上真的很吵，希望有隔音牆。
com|讚 · 回覆 · 2 天
com|載入另外 10 則留言
rel|熱門新聞
rel|1 颱風外圍環流影響　北部山區防豪雨
rel|2 油價下週估降0.2元
"""),

dict(id="zhs-001", lang="zh-Hans", hard=False, opts="",
     notes="Provincial TV station video page: channel menu, video label, play button and "
           "duration, source stamp; AI-subtitle notice; editor and source credits; up-next list "
           "with durations; share row and app prompt at the bottom.",
     text="""
nav|江城广电网　首页　新闻　视频　直播　民生　政务
oth|视频
T|老旧小区开进“长者食堂”　一荤两素只要12元
oth|点击播放
oth|02:36
oth|来源：江城新闻综合频道　2025-04-17 19:05
dis|本视频字幕由AI自动生成，如有差错请以原声为准
B|在江城市江岸区的胜利街社区，一家由闲置锅炉房改造的长者食堂本周正式开业。
B|食堂每天供应午餐和晚餐，一荤两素加一碗汤只要12元，八十岁以上老人再减2元。
B|“以前天天吃剩菜，现在走两步就能吃上热乎饭。”
B|社区书记刘海燕介绍，食堂由街道出场地、餐饮企业运营，目前每天接待约三百人次。
B|下一步，江岸区计划在年底前再建成八家长者食堂，并为行动不便的老人提供送餐上门服务。
att|编辑：周婷　审核：马建国
rel|下一条
rel|暴雨后积水路段排查　这些地方请绕行
oth|01:48
rel|江城地铁5号线南延段开始铺轨
oth|03:10
sh|分享到：微信　微博　QQ空间
nav|打开江城广电App　看更多本地新闻
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="nofinal",
     notes="Mainland portal picture-and-text live coverage of a city marathon, no final newline: "
           "live status, refresh button and like counter at top; time-stamped entries are story; "
           "an entry-author tag and an in-stream ad in the middle; hot list, disclaimer and "
           "report line at the bottom.",
     text="""
nav|首页 > 体育 > 图文直播
T|图文直播｜2025滨江马拉松开跑　三万名跑者穿越五座大桥
oth|直播中
oth|刷新
oth|👍 2.4万
B|07:30 随着一声发令枪响，全程马拉松组率先出发，第一集团由六名外籍选手领跑。
B|07:55 半程马拉松组起跑点，不少跑者装扮成熊猫、孙悟空，引来沿途市民拍照。
oth|前方记者　吴昊
B|08:42 跑者进入长江二桥，大桥两侧设置了十二个补给站和三个医疗点。
oth|广告
B|09:36 男子全程冠军诞生，埃塞俄比亚选手以2小时09分14秒冲线，打破赛会纪录。
B|2:09:14
B|10:05 女子全程方面，国内选手何晓雨以2小时27分51秒夺冠。
rel|热榜
rel|1 滨江马拉松中签率公布　仅有23%
rel|2 赛道沿线交通管制至下午一点
rel|3 跑者晕倒后被志愿者及时施救
dis|本页面内容由前方记者实时发布，最终成绩以组委会公布为准。
oth|举报
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="ws",
     notes="Podcast app episode web page: app banner, show name, duration, guest and host lines, "
           "platform subscribe links at top; sponsor read in the middle; a show-notes time list "
           "is navigation; comment section (count, user, text, likes, reply, more) at the bottom.",
     text="""
nav|在App内打开，收听体验更佳
nav|播客｜县城观察
T|第52期　县城里的精品咖啡馆，到底能不能活下去？
oth|58分钟
oth|嘉宾：咖啡店主 阿乐（浙江丽水）
oth|主播：小林　老邓
nav|小宇宙｜喜马拉雅｜苹果播客　均可搜索“县城观察”订阅
B|这一期我们连线了在丽水一座小县城开咖啡馆的阿乐，他的店开了三年，去年第一次实现盈利。
B|阿乐说，县城顾客对价格很敏感，一杯美式卖到18元以上就很难复购。
oth|本期节目由“山野冷萃”赞助，新用户首单立减10元。
B|他的办法是把咖啡馆做成“客厅”：白天卖咖啡，晚上办读书会和手作课，场地收入占了三成。
B|我们也聊到了连锁品牌下沉带来的冲击，以及小店如何靠本地熟客活下来。
B|阿乐的建议
B|房租不要超过营业额的15%。
B|先做外卖，再考虑扩大堂食。
nav|时间轴
nav|02:10 为什么回老家开店
nav|21:35 一杯咖啡的成本账
nav|44:02 连锁品牌来了怎么办
com|评论 56
com|山城小满
com|我们县也开了三家，现在只剩一家了，太真实。
com|赞 31
com|回复
com|查看全部评论
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="",
     notes="Mainland news portal education story: channel nav and source stamp; a 'read also' "
           "teaser in the middle; reader poll widget (question, options, vote button, results), "
           "portal comment block (count, commenter location line, text, up-vote) and a hot list "
           "at the bottom. Mixed newlines: the poll options are joined by single newlines.",
     text="""
nav|新闻 > 教育 > 基础教育
T|课间延长到15分钟　这座城市的小学生走出教室了
oth|2025-05-09 08:12　来源：东陵晚报　作者：白雪
B|本学期起，东陵市所有公办小学将课间休息时间由10分钟延长到15分钟，并要求老师不得拖堂。
B|在市实验小学，铃声一响，操场上很快跑满了跳绳、踢毽子的孩子。
rel|另见：东陵中考体育新增游泳项目
B|校长孙立平说，为了腾出时间，学校把每天的上学时间提前了五分钟，放学时间不变。
B|也有家长担心，孩子在课间奔跑容易受伤。市教育局表示，学校已在操场增派值周老师。
B|教育局计划在下学期评估效果后，再决定是否在初中推广。
oth|你支持把课间延长到15分钟吗？
>oth|支持
>oth|不支持
>oth|无所谓
>oth|投票
oth|支持 78%　不支持 12%　无所谓 10%
com|跟贴 215
com|东陵市网友 [阳光小海豚]
com|终于不用上厕所都小跑了，早该这样。
com|顶 86
rel|24小时热榜
rel|东陵今夏最长高温期来了
rel|两所新高中选址公布
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="",
     notes="Wire-agency photo gallery of a winter fishing festival: doubled dek at top, gallery "
           "label, photographer credit; gallery counters, previous/next buttons and HD button "
           "between captions in the middle; responsible-editor credit, copyright disclaimer, "
           "share line and more-galleries list at the bottom.",
     text="""
dup|千人围观，一网捕鱼二十万斤。千人围观，一网捕鱼二十万斤。
oth|图集
T|松岭湖冬捕节开网　头鱼拍出8.8万元
att|摄影：新华影像记者 韩冬
B|1月11日，第十二届松岭湖冬捕节在吉林省松岭县开幕，渔民在零下二十八度的冰面上收起第一网。
oth|1/6
C|渔工们赶着马匹拉动绞盘，将长达两公里的大网从冰下拉出。
oth|上一张
oth|下一张
oth|2/6
C|当天捕获的“头鱼”是一条重约十九公斤的胖头鱼。
oth|查看高清大图
B|按照当地习俗，头鱼经现场拍卖，最终以8.8万元成交，所得款项将用于湖区生态保护。
B|据介绍，今年的冬捕节将持续到2月底，湖区每天上午举行一次出网仪式。
B|出网时间：每天9:30
att|责任编辑：赵丽娜
dis|本图集图片版权归原作者所有，未经授权不得转载。
sh|分享到：
rel|更多图集
rel|哈尔滨冰雪大世界今晚开园
rel|长白山雾凇进入最佳观赏期
"""),
]
