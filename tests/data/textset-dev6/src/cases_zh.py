# Chinese cases of textset-dev6: HK and Taiwan newspapers, TV sites and portals (zh-Hant),
# mainland portals and regional papers (zh-Hans). See make_cases.py.
from make_cases import case

ZHT = [

case("zht-001", "zh-Hant", "HK daily, typhoon signal No. 8; masthead, menu, weather widget and section "
     "label on top; 【本報訊】 dateline inline; 延伸閱讀 insert mid-story; advice list; ad label, "
     "ranked hot-news list, share bar and no-reprint notice at the bottom; trailing U+3000.", """
nv 維港日報 Harbour Daily
+nv 首頁｜港聞｜兩岸｜國際｜財經｜體育｜娛樂｜副刊｜即時
ot 天文台 26°C　相對濕度 88%　現正懸掛八號東北烈風或暴風信號
nv 港聞 > 天氣
T 颱風「海鷗」逼近 天文台今晨改發八號風球 港鐵露天段縮班
ot 2026年9月14日 星期一 06:48　更新：08:15
B 【本報訊】颱風「海鷗」在香港東南偏南約190公里掠過，天文台今晨5時40分改發八號東北烈風或暴風信號，預料信號最少維持至下午2時。\u3000
B 天文台表示，「海鷗」會在今日中午前後最接近本港，在距離約120公里內掠過，本港風勢會進一步增強，離岸及高地間中達颶風程度。
B 港鐵東鐵綫、屯馬綫及輕鐵的露天路段已縮減班次，機場快綫維持服務但班次延長至每15分鐘一班。
rl 延伸閱讀：八號風球下打工仔要返工嗎？一文看清勞工處指引
B 全港學校停課，交易所亦暫停上午交易。
B 民政事務總署已開放25個臨時庇護中心，截至早上7時有142人入住。\u3000\u3000
B 天文台提醒市民：
B ．遠離海旁，切勿觀浪
+B ．留意窗戶是否已關好，並以膠紙加固
+B ．暴雨期間避免前往低窪地區
ot 廣告
rl 熱門新聞
+rl 1　啟德新屋苑首批單位周末開售 呎價1.6萬起
+rl 2　中環街市夜市延長至年底
+rl 3　港隊羽毛球女雙奪亞錦賽銅牌
sh 分享至：Facebook　WhatsApp　Telegram　複製連結
ds 維港日報版權所有，未經書面許可，不得轉載、改寫或作商業用途。\u3000
"""),

case("zht-002", "zh-Hant", "Taiwan national daily, city council passes bus-fare subsidy; masthead with "
     "section, menu and breadcrumb on top; 〔記者…／台中報導〕 dateline inline; short subheading; "
     "bracketed ad label before the last paragraph; related news, LINE follow prompt and rights notice at the bottom.", """
nv 島嶼日報　地方
+nv 即時　政治　社會　生活　健康　國際　地方　財經　體育　娛樂　評論
nv 首頁 > 地方 > 台中市
T 台中市議會三讀 公車基本里程票價10元再延長兩年
ot 2026/04/17 05:30
B 〔記者林佳蓉／台中報導〕台中市議會昨天三讀通過「市區公車票價補貼自治條例」修正案，基本里程10公里內免費、超過部分上限收費10元的政策將延長至2028年底。
B 交通局長鄭永翰說，去年公車運量達1億3千萬人次，較前年成長6%，補貼總額約18億元。
B 偏鄉班次不足 議員要求加開
B 民進黨籍市議員黃詩婷指出，山城地區班次太少，「10元再便宜，等不到車也沒用」。
B 交通局回應，今年將新增8條偏鄉幸福公車路線，並在東勢、和平增設候車亭。
ot 〔廣告〕
B 部分議員則質疑補貼排擠其他預算，要求交通局每半年提出成效報告。
rl 相關新聞
+rl 台中捷運藍線動工 沿線交通管制首週上路
+rl 豐原客運站改建拍板 明年起拆除舊站
nw 加入島嶼日報LINE官方帳號，地方新聞第一手推播
+nw 點我加入
ds 島嶼日報股份有限公司版權所有，文字、照片與影音未經授權請勿轉載或重製
"""),

case("zht-003", "zh-Hant", "Taiwan sports portal, baseball game report; single newlines; final-score box "
     "and inning line score on top, game-stats widget after the story, more-news links and app "
     "prompt at the bottom.", """
nv 運動網 SPORTSNET
nv 棒球｜籃球｜網球｜足球｜綜合｜影音
ot 台南雄鷹 5：3 桃園海神　比賽結束
ot 1 2 3 4 5 6 7 8 9　R H E
ot 海神 0 0 2 0 0 1 0 0 0　3 8 1
ot 雄鷹 1 0 0 0 3 0 0 1 X　5 11 0
T 五局下灌進3分 雄鷹逆轉海神搶下系列賽首勝
ot 2026-06-02 21:47
B 〔運動網記者許家豪／台南報導〕台南雄鷹今晚在主場靠著五局下一波3分攻勢，以5比3逆轉桃園海神，拿下三連戰首勝。
B 海神三局上靠林柏宇的兩分砲取得領先，雄鷹先發投手葉子軒隨後穩住，7局只被敲5支安打。
B 五局下雄鷹連續三支安打攻下1分，第四棒陳冠霖再轟出中外野方向的兩分全壘打。
B 「那球是滑球，我只想打強勁的平飛球。」陳冠霖賽後說。
B 葉子軒本季第6勝，防禦率降到2.41。
B 兩隊明晚6點35分繼續在台南交手。
ot 本場數據
ot 雄鷹　安打11　全壘打1　三振7　殘壘8
ot 海神　安打8　全壘打1　三振9　殘壘6
rl 更多棒球新聞
rl 海神洋投傷癒歸隊 最快週末先發
rl 二軍例行賽 雄鷹新人連三場開轟
nv 下載運動網APP 比分即時推播不漏接
""", single=True),

case("zht-004", "zh-Hant", "HK TV station news site, video page on a highway crash; player controls "
     "before the headline; related videos with durations, news-tip hotline and copyright at the "
     "bottom; mixed single and double newlines.", """
nv 城視新聞 CTV News
+nv 港澳｜大中華｜國際｜財經｜體育｜天氣｜直播
ot 播放
+ot 00:00 / 01:52
+ot 靜音　字幕　全螢幕
T 屯門公路貨車撞壆 釀三車相撞兩傷 往九龍方向一度全封
+ot 2026年1月22日 18:31
B 屯門公路今早發生三車相撞意外，兩名司機受傷送院。
B 事發約早上8時，一輛運載建築材料的貨車沿屯門公路往九龍方向行駛，至近汀九橋時懷疑失控撞向路壆，隨後與後方兩輛私家車相撞。
+B 消防員到場用工具救出被困的貨車司機，他頭部受傷，送往瑪嘉烈醫院治理。
B 受事故影響，往九龍方向全線封閉約一小時，車龍一度伸延至屯門市中心。
+B 警方正調查意外原因，暫未有人被捕。
rl 相關影片
+rl 01:24　將軍澳隧道收費廣場系統故障 車龍逾兩公里
+rl 02:05　運輸署：新界西北巴士路線重組下月生效
+rl 00:58　大欖隧道行車線有車起火 消防迅速撲救
ot 新聞熱線：如有新聞線索，歡迎致電 2388 0000 或 WhatsApp 5988 0000
ds 城視新聞版權所有 © 2026 City Television Limited
"""),

case("zht-005", "zh-Hant", "Taiwan entertainment site, concert story with a photo gallery; no headline in "
     "the scrape; captions with photo credits between gallery counters; reaction counters, comment "
     "thread with usernames and times, and a recommendation at the bottom.", """
nv 星光娛樂網
+nv 首頁　星聞　影劇　音樂　韓流　日流　圖集
ot 記者陳怡君／綜合報導
+ot 2026-05-09 14:20
B 女歌手孟葶昨晚在台北小巨蛋舉辦出道十週年演唱會，唱了32首歌、長達3小時40分鐘，吸引約1萬2千名歌迷到場。
B 她安可時哽咽說，十年前第一場售票演出只賣出300張票，「今天我想對那300個人說謝謝」。
B 演唱會中她換了7套造型，還首度公開演唱新歌〈慢車〉。
B 主辦單位宣布，7月將加開高雄場。
C 孟葶以一襲白色羽毛裝開場。（圖／好夢音樂提供）
+nv 1/6
+nv 下一張 ▶
C 安可時孟葶感性落淚。（圖／好夢音樂提供）
+nv 2/6
C 歌迷揮舞應援燈，整場座無虛席。（記者陳怡君攝）
+nv 3/6
ot 按讚 324　｜　哭哭 12　｜　驚訝 7
cm 留言 18
+cm 小魚乾　2小時前
+cm 十年老粉報到！慢車好好聽
+cm Vivi_0813　1小時前
+cm 高雄場衝了
rl 你可能也喜歡
+rl 金曲獎入圍名單出爐 新人獎競爭激烈
"""),

case("zht-006", "zh-Hant", "HK property portal, new-flat price list; CRLF; masthead, menu, breadcrumb and "
     "byline on top; payment-option list in the story; mortgage calculator widget, sales "
     "disclaimer, ranking and e-newsletter pitch at the bottom.", """
nv 港樓網 HKPropNews
+nv 新盤｜二手｜按揭｜土地｜專欄
nv 首頁 » 新盤消息
T 啟德新盤次輪加推168伙 折實平均呎價17,380元
ot 撰文：鄭嘉欣　2026-03-21 11:05
B 由兩大發展商合作的啟德新盤「朗峯匯」今日公布次輪價單，加推168個單位，折實平均呎價17,380元，較首輪輕微加價約2.8%。
B 是次加推單位面積由286至712平方呎，折實價由482萬元起。
B 發展商代表表示，首輪推出的236伙在三小時內沽清，累計收到逾5,200票登記。
B 付款辦法方面，買家可選擇：
B ．即供付款，售價減8%
+B ．建築期付款，售價減5%
+B ．「輕鬆按」付款，首兩年只需供息
B 代理估計，次輪單位最快下周六開售。
ot 按揭計算機
+ot 樓價　$4,820,000　按揭成數　90%　年期　30年
+ot 每月供款約　$18,540
ds 以上資料僅供參考，並不構成任何要約或建議，買家應參閱售樓說明書。
rl 熱門排行
+rl 沙田二手屋苑兩房戶720萬成交 較高峰跌三成
+rl 港樓網專欄：息口見頂？上車客可以出手了嗎
nw 訂閱港樓網電子報　每周新盤情報直送
""", crlf=True),

# ---- hard cases -------------------------------------------------------------------------

case("hard-zht-001", "zh-Hant", "HARD: Taiwan TV news site on the launch of a highway-traffic app; story "
     "lines about downloading the app, its features and App Store/Android availability are body "
     "while the page carries real app-download prompts (navigation), LINE follow prompt, share bar "
     "and related links.", """
nv 晨星新聞網
+nv 最新　政治　生活　社會　國際　財經　影音　直播
nv 下載晨星新聞APP　重大新聞即時通知
T 公路局推「路況通」APP 國道省道即時影像一次看
ot 晨星新聞 記者蔡宗翰 台北報導
+ot 發布時間：2026/02/03 12:10
B 春節連假將至，公路局今天推出整合國道與省道資訊的「路況通」APP，即日起可在iOS與Android商店免費下載。
B 公路局表示，APP整合全台超過3,200支即時影像，用路人打開後不必登入，就能查看所在路段車速與預估行車時間。
B 主要功能包括：
B ．一鍵查詢替代道路與匝道封閉資訊
+B ．事故或施工路段即時推播通知
+B ．休息站停車位剩餘數量
B 公路局長林志遠說，過去民眾要在三、四個不同APP之間切換，「現在一個就夠了」。
B 不過也有網友反映，APP首日下載量太大，一度出現登入卡頓。
B 公路局回應已擴充伺服器，並提醒駕駛人開車時不要操作手機。
ot 廣告
%2
nv 立即下載晨星新聞APP，掌握第一手新聞
+nv App Store｜Google Play
sh 分享　LINE　Facebook　複製網址
nw 追蹤晨星新聞LINE官方帳號，每天早上9點推播重點新聞
rl 延伸閱讀
+rl 國道5號春節高乘載管制時段出爐
+rl 台鐵春節加開186班次 訂票明起開放
""", hard=True),

case("hard-zht-002", "zh-Hant", "HARD: HK daily on the public libraries' most-borrowed ranking; the "
     "story's numbered top-five list of book titles is body while the page carries a real numbered "
     "most-read list of teaser headlines; no final newline.", """
nv 明光日報
+nv 要聞　港聞　財經　體育　娛樂　副刊　即時新聞
nv 港聞
T 公共圖書館公布年度「最多人借閱」排行榜 推理小說連續三年居首
ot 明光日報記者 潘樂怡
+ot 2026年1月9日
B 【明光日報訊】康文署昨日公布公共圖書館2025年度借閱排行榜，日本推理小說《霧之港殺人事件》中譯本以全年4,812次借閱再度登上成人書籍榜首，是連續第三年奪冠。
B 成人書籍借閱排行頭五位如下：
B 1. 《霧之港殺人事件》
+B 2. 《一個人的退休理財》
+B 3. 《香港老街散步地圖》
+B 4. 《氣炸鍋100道家常菜》
+B 5. 《我在深水埗開茶餐廳》
B 兒童書籍方面，繪本系列《小恐龍上學去》奪冠。
B 康文署指出，去年全港圖書館總借閱量為2,840萬次，較前年上升4%，電子書借閱量則大增兩成。
rl 最多人看
+rl 1　港島東新隧道工程延誤 完工推遲至2029年
+rl 2　賣地計劃公布 全年推7幅住宅地
+rl 3　元朗食肆涉無牌經營被檢控
+rl 4　本港今年首宗本地登革熱個案
+rl 5　維園年宵攤位競投價創新高
ds 明光日報版權所有　Copyright © 2026 Ming Kwong Publishing Ltd.
""", hard=True, final=False),
]

ZHS = [

case("zhs-001", "zh-Hans", "Sina-style portal, city exam reform; channel bar, stock-index ticker and "
     "section label on top; source stamp and original-title note; full-width paragraph indents; "
     "numbered reform points; editor credit, keywords, feedback link, hot list and app pitch at "
     "the bottom.", """
nv 新澜网　新闻中心
+nv 首页　国内　国际　社会　财经　教育　体育　娱乐　科技
tk 上证指数 3382.15 +0.42%　深证成指 10856.37 +0.77%　创业板指 2210.48 -0.13%
nv 新澜教育 > 中考
T 江州市中考改革方案公布：体育分值提高至70分 新增游泳选考
ot 2026年03月05日 09:12　江州晚报
at 原标题：体育70分！江州中考改革方案正式公布
B 新澜网讯 3月5日，江州市教育局正式发布《江州市初中学业水平考试改革实施方案》，自2027年起，中考体育分值由50分提高至70分。
B 根据方案，体育考试分为过程性评价和现场测试两部分，其中现场测试新增游泳、跳绳两个选考项目。
B 改革要点
B 一、总分由710分调整为730分；
B 二、道德与法治、历史实行开卷考试；
B 三、综合素质评价结果作为录取重要参考。
B 市教育局相关负责人表示，全市已有63所初中完成游泳池建设或与社会场馆签订合作协议。
B 不少家长关注游泳考试的公平性。对此，该负责人回应，学生因身体原因无法参加游泳的，可申请免考或改考其他项目。
at 责任编辑：周晓蕾
nv 文章关键词：中考改革 体育 江州
ot 我要反馈
rl 热门推荐
+rl 江州地铁5号线首通段今日开通试运营
+rl 多地公布2026年义务教育招生日程
+rl 教育部：严禁以各类竞赛成绩作为招生依据
nv 新澜新闻APP：海量资讯随时看，下载即领会员
""", indent="\u3000\u3000"),

case("zhs-002", "zh-Hans", "NetEase-style portal, rainstorm and evacuations; breadcrumb, source stamp and "
     "open-in-app bar on top; reporter dateline in parentheses inline; photo caption with credit "
     "after the first paragraph; expand-remaining button mid-story; source and editor credits, comment counter with two comments, "
     "hot list and platform statement at the bottom.", """
nv 云帆新闻 > 新闻中心 > 社会
T 广西北流遭遇特大暴雨 3.2万人紧急转移
ot 2026-06-18 10:26:41　来源：南岭日报
nv 打开云帆新闻APP，阅读体验更佳
B （南岭日报记者 韦浩 黄丽萍）6月17日夜间至18日凌晨，北流市遭遇有气象记录以来最强降雨，最大小时雨量达112.6毫米。
C 6月18日，救援人员在北流市民安镇转移受困群众。图/南岭日报记者 韦浩 摄
B 截至18日8时，全市共紧急转移群众3.2万人，暂无人员伤亡报告。
B 受强降雨影响，境内部分国道路段出现塌方，207国道民安段交通中断。
B 北流市防汛抗旱指挥部已于18日凌晨2时将防汛应急响应提升至Ⅱ级。
ot 展开剩余62%
B 气象部门预计，未来三天桂东南仍有强降雨过程，提醒群众远离河道和地质灾害隐患点。
at 本文来源：南岭日报　作者：韦浩 黄丽萍
at 责任编辑：陈露_NF5127
cm 跟贴 1,203　参与 18,554
+cm 网友［广西玉林］：昨晚一夜没睡，水一直往屋里灌，感谢消防员！
+cm 网友［广东茂名］：注意安全，北流加油
rl 热点推荐
+rl 多地高温破纪录 电网负荷创新高
+rl 台风“山茶”或于周末登陆粤西
ds 云帆号声明：本文由合作媒体授权转载，观点不代表云帆新闻立场，如有侵权请联系删除。
"""),

case("zhs-003", "zh-Hans", "Tencent-style sports channel, CBA game report; single newlines; final score "
     "and quarter scores on top; '…讯' dateline inline; team-stats widget, share bar, related reads "
     "and exclusive-content notice at the bottom.", """
nv 迅腾体育
nv NBA CBA 中超 英超 综合 电竞 视频
ot 已结束　浙东海狮 108 - 101 辽北猛虎
ot 第一节 26-22　第二节 24-30　第三节 31-25　第四节 27-24
T 赵一帆31分11篮板 浙东主场逆转辽北终结对手七连胜
ot 迅腾体育　2026-01-11 21:58
B 迅腾体育1月11日讯 CBA常规赛第28轮，浙东海狮坐镇主场以108比101战胜辽北猛虎，终结了对手的七连胜。
B 上半场辽北凭借外线火力领先2分进入中场休息。
B 第三节浙东打出一波14比3的攻势反超比分，此后始终保持领先。
B 全场比赛，赵一帆砍下31分11个篮板，外援霍尔德斯贡献22分8次助攻。
B 辽北方面，外援米勒拿下全场最高的33分，但全队罚球19中11。
B 赛后浙东主帅孙建明表示：“防守强度是今天赢球的关键。”
ot 全场数据
ot 浙东　投篮 42/85　三分 11/30　篮板 48　助攻 24　失误 12
ot 辽北　投篮 38/83　三分 14/36　篮板 39　助攻 19　失误 15
sh 分享到：微信　朋友圈　微博　QQ空间
rl 相关阅读
rl CBA积分榜：辽北仍居第二 浙东升至第五
rl 赵一帆入选全明星首发 票数位列南区第一
ds 本文系迅腾体育独家稿件，未经授权禁止转载，违者必究。
""", single=True),

case("zhs-004", "zh-Hans", "Sohu-style self-media auto review; no final newline; breadcrumb, stamp with "
     "province and author on top; short subheadings in the story and a dealer ad between them; model price box with dealer "
     "buttons, author-view statement, back-to-home link, read counter and recommendations at the "
     "bottom.", """
nv 搜汇 > 汽车 > 新车
T 试驾星峦X7：1000公里续航的大六座SUV，值不值30万？
ot 2026-04-02 14:36　发布于：浙江省
+ot 作者：车评人老K
B 星峦X7是近期热度最高的增程大六座SUV之一，厂商宣称综合续航可达1080公里。
B 我们在杭州绕城高速和城区混合路况下开了312公里，实际百公里电耗为19.8度，馈电油耗6.4升。
B 外观与内饰
B 新车长宽高分别为5198/1999/1810毫米，轴距3120毫米，第三排成年人坐进去膝部还有约一拳空间。
ot 广告　星峦汽车官方旗舰店：到店试驾送500元充电卡
B 驾驶感受
B 空气悬架在过减速带时滤震细腻，但高速变道时车身侧倾比同级车略明显。
B 价格方面，新车提供三款配置，指导价29.98万—36.98万元。
B 总结：如果你经常跑长途、家里人口多，星峦X7值得列入试驾清单。
ot 星峦X7　厂商指导价：29.98-36.98万
+ot 询底价　　预约试驾
ds 声明：本文观点仅代表车评人个人立场，搜汇仅提供信息发布平台服务。
nv 返回搜汇首页，查看更多汽车资讯
ot 阅读 (28,451)
rl 你可能感兴趣
+rl 3月新能源SUV销量榜出炉 前十名有三款增程车
+rl 十五万预算买纯电还是混动？看完这篇就懂了
""", final=False),

case("zhs-005", "zh-Hans", "Toutiao-style feed app, family travel diary; single newlines; feed channels, "
     "author name, stamp with location and follow button on top; cost list in the story; report "
     "link, comment thread with IP-location lines and a recommendation at the bottom.", """
nv 快闻头条
nv 推荐 热点 北京 视频 财经 科技 旅游 更多
T 零下28度的雪乡，我们一家四口玩了三天花了多少钱？
ot 小鹿爱旅行
ot 2026-01-15 20:03·黑龙江
ot 关注
B 带着两个孩子去雪乡，出发前最担心的就是冷和贵。
B 这次我们从哈尔滨出发，坐了大约5个小时的旅游大巴。
B 三天花费明细：
B 交通（往返大巴）1,160元
B 住宿（火炕两晚）1,400元
B 吃饭 约900元
B 项目（马拉爬犁、雪地摩托）780元
B 总计约4,240元，比我们预想的少了一千多。
B 提醒一句：晚上七点以后的主街人特别多，带孩子的一定要手拉手。
ot 举报/反馈
cm 评论 86
cm 北方的狼　IP属地：辽宁　1天前
cm 火炕两晚1400还行，去年国庆更贵
cm 汤圆妈妈　IP属地：广东　22小时前
cm 收藏了，明年带娃去
cm 查看全部86条评论
rl 相关推荐
rl 东北旅游攻略：这5个小众雪景地比雪乡人少
""", single=True),

case("zhs-006", "zh-Hans", "Regional evening paper site, metro line opening; digital-edition masthead, "
     "breadcrumb and source stamp on top; 本报讯（记者…） dateline inline; editor/reviewer credit, "
     "WeChat follow prompt, copyright statement and related news after a run of blank lines; "
     "trailing U+3000.", """
nv 沅州晚报数字报　|　沅州新闻网
+nv 首页 > 本地 > 城建交通
T 地铁3号线明起载客试运营 沿线设12座车站
ot 发布时间：2026-12-27 07:30　来源：沅州晚报\u3000
B 本报讯（记者 梁欣怡 通讯员 何涛）记者从沅州地铁集团获悉，地铁3号线一期工程将于12月28日上午10时开通载客试运营。
B 3号线一期全长18.6公里，共设车站12座，其中换乘站3座，分别与1号线、2号线实现换乘。
B 运营时间：首班车6:30，末班车22:30。\u3000
B 票价执行现行线网票价，起步价2元。
B 开通初期，高峰期行车间隔为6分钟，平峰期为8分钟。
B 乘客可使用“沅州地铁”APP、交通联合卡及各类银行卡乘车。
B 地铁集团提醒，开通首日预计客流较大，市民可错峰出行。
%3
at 编辑：周婷　审核：王建国
nw 扫码关注“沅州晚报”微信公众号，获取更多本地资讯\u3000
ds 版权声明：凡注明“来源：沅州晚报”的稿件，版权均属沅州日报社所有，未经书面授权不得转载、摘编。
rl 相关新闻
+rl 沅州南站综合交通枢纽年底前完工
+rl 明年起公交地铁换乘优惠延长至90分钟
"""),

# ---- hard cases -------------------------------------------------------------------------

case("hard-zhs-001", "zh-Hans", "HARD: tech channel of a portal on draft rules for recommendation "
     "modules; the story names “相关推荐”/“猜你喜欢” modules and lists rule points (body) while the "
     "page carries a real 相关推荐 block, an ad label mid-story, editor credit and app pitch; full-width indents.", """
nv 环宇快讯 | 科技
+nv 首页　要闻　科技　互联网　手机　AI　数码
T 新规征求意见：“猜你喜欢”须一键可关 推荐理由要标明
ot 2026-08-11 16:45　来源：环宇快讯
B 环宇快讯8月11日讯 国家网信部门今日就算法推荐管理规定修订稿公开征求意见，截止日期为9月10日。
B 征求意见稿要求，新闻资讯类平台在文章页展示“相关推荐”“猜你喜欢”等模块时，应当以显著方式标明推荐依据。
B 相关规定要点：
B 1. 用户可一键关闭个性化推荐，关闭后不得反复弹窗诱导开启；
B 2. “热榜”“排行”类榜单不得人工干预排序；
B 3. 向未成年人推荐内容须设置每日时长提醒。
ot 广告
B 业内人士指出，目前大多数平台的“相关推荐”栏目并未说明推荐理由，用户往往不知道为何会看到某篇文章。
B 某头部资讯平台工作人员表示，平台已着手测试“为什么推荐给我”的说明入口。
rl 相关推荐
+rl 手机厂商集体下调旗舰价格 背后原因是什么？
+rl 多款AI助手上线“记忆”功能 你的聊天记录去哪了
+rl 暑期游戏防沉迷新规落地首月数据出炉
at 责任编辑：叶蓉
nv 下载环宇快讯客户端 领取新人红包
""", hard=True, indent="\u3000\u3000"),

case("hard-zhs-002", "zh-Hans", "HARD: legal news site on a court ruling that a '侵删' reprint notice does "
     "not excuse copyright infringement; the story quotes the notice and explains reprint "
     "permission (body) while the page carries its own real no-reprint notice, WeChat follow "
     "prompt, share bar and recommended reads; trailing tabs.", """
nv 浦江法治在线
+nv 首页 > 法院 > 案例
T 标注“侵删”也不能免责 自媒体擅自转载新闻稿被判赔3万元
ot 2026-10-20 08:55:13　浦江法治在线\t
B 本网讯（记者 吴思远）在公众号文末写上“来源网络，如有侵权请联系删除”，能否免除侵权责任？近日，浦江区人民法院审结一起著作权纠纷案，答案是否定的。
B 2025年4月至8月，某文化传媒公司运营的公众号先后转载某报社原创稿件46篇，既未取得授权，也未支付报酬，仅在文末附注“侵删”。\t
B 法院审理认为，“侵删”声明属于单方声明，不能替代事先许可。
B 法院判决：
B 一、被告立即删除涉案文章；
+B 二、被告赔偿原告经济损失及合理开支共计3万元。
B 承办法官提醒，转载他人作品应事先取得著作权人许可，并注明作者和出处。
B “‘侵删’两个字不是免责金牌。”法官说。\t
ds 本文为浦江法治在线原创稿件，未经授权禁止转载；如需转载请联系本网版权部。
nw 关注浦江法治在线微信公众号，读懂身边的法律事
sh 分享到：微信　微博　复制链接
rl 推荐阅读
+rl 外卖骑手在送餐途中受伤 平台是否担责？
+rl 房东私自进入出租屋被判赔礼道歉
""", hard=True),
]

CASES = ZHT + ZHS
