# Chinese cases (zh-Hant, zh-Hans) for textset-dev4 (see make_cases.py for the tag format).
CASES = []


def case(cid, notes, lines, **opts):
    CASES.append(dict(id=cid, notes=notes, lines=lines, **opts))


# ---------------------------------------------------------------- zh-Hant
case("zht-001", "Taiwanese news site, typhoon update: breadcrumb, reporter/date lines, photo caption "
     "with credit, inline 延伸閱讀 teaser mid-story, numbered list of affected areas, LINE-follow "
     "prompt (newsletter), related list, share links and a no-reposting notice.", """
nv | 首頁 > 生活 > 氣象
T | 颱風「海鷗」增強為中颱 氣象署：最快明晨發布陸上警報
ot | 記者林佩君／台北報導
ot | 2026/09/14 18:20
C | 颱風「海鷗」雲圖，暴風圈逐漸逼近東部海面。（圖／氣象署提供）
B | 中度颱風「海鷗」今（14）日下午持續增強，中心位於鵝鑾鼻東南方約640公里海面，以每小時18公里速度向西北前進。
B | 氣象署預報員陳冠宇表示，若維持目前路徑，最快明天清晨將發布陸上颱風警報，花蓮、台東及恆春半島首當其衝。
B | 氣象署提醒，明、後兩天東半部及南部山區可能出現豪雨至大豪雨，累積雨量上看500毫米。
rl | 延伸閱讀：中秋連假天氣曝光 北部轉涼低溫下探20度
B | 各地可能受影響情形：
B | 1. 花東地區：明天午後起風雨明顯增強
B | 2. 恆春半島：沿海將有長浪，嚴禁戲水
B | 3. 北部地區：後天起轉為偏北風，氣溫下降
B | 陳冠宇說：「颱風結構完整，民眾務必提早做好防颱準備。」
nl | 加入島嶼即時新聞LINE好友，重大新聞第一手掌握
rl | 相關新聞
rl | 颱風假怎麼放？各縣市停班停課標準一次看
rl | 海鷗颱風路徑圖 歐美日模式最新預測比一比
sh | 分享
sh | 複製連結
di | 島嶼即時新聞所刊載之文字與照片均受著作權保護，未經書面同意，請勿轉貼、改作或重製。
""")

case("zht-002", "Hong Kong portal, court story; CRLF line endings. Site name and section menu, date, "
     "like/share/WhatsApp bar on top; case number line kept as body; ad label, comment count and "
     "login prompt, hot-news teasers and copyright line at the bottom.", """
nv | 港聞速遞
nv | 港聞 | 法庭 | 財經 | 娛樂 | 體育
T | 前補習社東主串謀詐騙學費資助 判囚三年四個月
ot | 2026年5月8日 星期五 14:36
sh | 讚好 | 分享 | WhatsApp
B | 一名前補習社東主被控串謀詐騙教育局學費資助計劃，涉款逾280萬元，今日在區域法院被判監禁三年四個月。
B | 被告何志朗（53歲）早前承認一項串謀詐騙罪，案發於2021年至2023年間。
B | 控方指，被告虛報學生出席紀錄，為從未上課的147名學生申領資助。
B | 法官鄧婉琪判刑時指，案件涉及公帑，被告濫用社會對教育的信任，必須判處具阻嚇性的刑罰。
B | 辯方求情時表示，被告已把約90萬元退還政府，並因案件失去所有積蓄。
B | 案件編號：DCCC 418/2025
ot | 廣告
cm | 留言（36）
cm | 請先登入再發表留言
rl | 熱門新聞
rl | 將軍澳兩車相撞 一名電單車司機受傷送院
rl | 天文台：周末驟雨 下周初氣溫回升至31度
at | © 2026 港聞速遞 版權所有
""", crlf=True)

case("zht-003", "Taiwanese tech site, phone review with short subheadings; breadcrumb, writer/photographer "
     "line and date on top; member-only meter and join button (other), hashtag list, and a 'you may "
     "also like' block where each teaser appears twice.", """
nv | 3C頻道 > 手機 > 評測
T | 曜石X7 Pro實測：續航進步明顯 長焦夜拍仍有雜訊
ot | 文／張書豪　攝影／李明哲
ot | 2026-03-22
B | 國產品牌曜石科技今年主打的旗艦機X7 Pro上市已滿一週，本刊實際使用七天，整理出優缺點供讀者參考。
B | 續航表現
B | 在亮度50%、開啟5G的情況下，連續播放影片可撐14小時32分，比上一代多出近3小時。
B | 65W快充從5%充到100%約需41分鐘，與官方宣稱的38分鐘大致相符。
B | 相機表現
B | 主鏡頭白天畫質銳利，色彩偏向自然；但3倍長焦在夜間拍攝時，暗部雜訊仍相當明顯。
B | 售價與上市資訊
B | X7 Pro 12GB+256GB售價新台幣24,990元，即日起在各大電信門市開賣。
ot | 免費會員每月可閱讀5篇完整評測，您本月已閱讀4篇。
ot | 立即加入會員
nv | #曜石科技 #X7Pro #手機評測 #旗艦機
rl | 你可能也會喜歡
rl | 千元藍牙耳機橫評：通勤降噪誰最強
rl | 千元藍牙耳機橫評：通勤降噪誰最強
rl | 平板買Wi-Fi版還是行動版？三個問題幫你決定
rl | 平板買Wi-Fi版還是行動版？三個問題幫你決定
""")

case("zht-004", "PTT-style forum repost of an agriculture story, single newlines: author/board/title/time "
     "header, the numbered news-repost template labels (other), source name and URL (attribution), "
     "poster's remark, 發信站/文章網址 footer, and push comments with times.", """
ot | 作者 farmer0921 (阿農)
ot | 看板 Gossiping
ot | 標題 [新聞] 高麗菜產地價崩跌 一顆不到10元
ot | 時間 Tue Feb 10 08:41:22 2026
ot | 1.媒體來源:
at | 田野日報
ot | 2.記者署名:
ot | 記者吳俊賢／雲林報導
ot | 3.完整新聞標題:
T | 高麗菜產地價崩跌 一顆不到10元
ot | 4.完整新聞內文:
B | 今年冬季氣候溫和，高麗菜生長快速，各地同時採收，導致產地價格一路下滑。
B | 雲林縣二崙鄉農民表示，目前盤商收購價每公斤僅3到4元，一顆約2.5公斤的高麗菜賣不到10元。
B | 農業部統計，今年高麗菜種植面積約7,800公頃，比去年同期增加約12%。
B | 農業部表示，將啟動產銷調節措施，包括加工收購、外銷補助及鼓勵農民提早翻耕。
B | 二崙鄉農會總幹事廖文章呼籲，民眾可以多吃高麗菜，「一顆十元，買兩顆也才一個便當錢的零頭。」
ot | 5.完整新聞連結 (或短網址):
at | https://news.tianyedaily.tw/agri/20260210/88412
ot | 6.備註:
ot | 又到了高麗菜吃到飽的季節
ot | --
at | ※ 發信站: 鄉民實業坊(bbs.xiangmin.tw), 來自: 114.36.xx.xx (臺灣)
at | ※ 文章網址: https://www.xiangmin.tw/bbs/Gossiping/M.1770684082.A.3F1.html
cm | 推 ricepaddy: 農民好辛苦 今天去超市還是賣40               02/10 08:43
cm | → kaohsiunglin: 中間商賺走了吧                         02/10 08:45
cm | 噓 noodle77: 每年都在崩                                 02/10 08:47
""", sep="\n")

case("hard-zht-001", "Hard (zh-Hant): HK regulator tightens virtual-asset advertising; the body quotes the "
     "mandatory risk warning ('投資涉及風險…') and banned phrases. The page carries a real squashed "
     "HKD ticker strip, an exchange sign-up promo, a price box and its own investment disclaimer.", """
ct | BTC 556,320 HKD +1.2%　ETH 19,870 HKD -0.4%　SOL 1,088 HKD +2.9%
T | 證監會收緊虛擬資產廣告 「投資涉及風險」字眼須佔畫面五分之一
ot | 幣訊通編輯部｜2026年7月2日 10:05
B | 證監會今日發出通函，要求持牌虛擬資產交易平台由8月1日起，在所有廣告中以清晰字體顯示風險警告。
B | 通函指出，「虛擬資產價格可大幅波動，投資涉及風險，你可能損失全部投資」的警告字句，須佔廣告畫面至少五分之一，影片廣告則須顯示最少五秒。
B | 證監會發言人表示，去年收到的虛擬資產相關投訴中，有近四成涉及廣告誇大回報。
B | 通函亦禁止平台以「保證回報」、「零風險」等字眼宣傳，並要求網紅推廣須註明「廣告」或「贊助」。
B | 業界人士估計，新規定將令平台的戶外廣告成本增加約一成。
B | 一名交易平台負責人指：「我們支持加強投資者保障，但過渡期只有一個月，時間相當緊迫。」
cp | 新用戶限定：首次入金即送50 USDT體驗金，立即註冊XBit交易所！
ct | 比特幣 BTC/HKD
ct^ | 556,320.00
ct^ | +1.21%
di | 免責聲明：本網站所載資料只供一般參考，並不構成任何投資建議；虛擬資產價格波動極大，讀者應自行判斷並承擔風險。
rl | 最新消息
rl | 以太坊ETF資金流入連續五日 機構加倉跡象明顯
""")

# ---------------------------------------------------------------- zh-Hans
case("zhs-001", "WeChat-style official-account article on university applications: original/author/"
     "account/time header, follow prompt, numbered subheadings, editor/reviewer line, QR follow "
     "prompt, 阅读原文, like/wow bar and 往期推荐 teasers. Trailing spaces and NBSP on some lines.", """
ot_ | 原创 李静 升学指南针 2026年06月24日 20:15 北京
nl | 点击上方蓝字关注我们
T | 高考分数出来后，填报志愿前一定要弄清这三件事
B | 今年高考成绩将于6月25日起陆续公布，各省志愿填报时间集中在6月底至7月初。
B_ | 不少家长在后台留言问：分数出来以后，第一步该做什么？
B | 我们请教了从事招生咨询工作十二年的王建华老师，整理出以下三点。
B | 一、先看位次，不要只看分数
B@ | 每年试卷难度不同，分数会波动，但全省位次相对稳定，是参考往年录取情况最可靠的依据。
B | 二、弄清“专业组”规则
B | 新高考省份实行“院校专业组”投档，一旦进档，就可能被调剂到同组内任何专业。
B | 三、留足“保底”志愿
B | 王老师建议，最后三到五个志愿要选择往年录取位次明显低于自己的院校。
B | “宁可保底保得稳一点，也不要一分都不浪费。”王老师说。
ot | 编辑：周小舟  审核：林峰
nl@ | 长按识别二维码，关注升学指南针
nv | 阅读原文
sh | 分享  收藏  点赞  在看
rl | 往期推荐
rl | 志愿填报常见的十个误区，第七个最容易踩坑
rl | 强基计划和综合评价，到底有什么区别？
""")

case("zhs-002", "Weibo-style repost of a basketball result; no headline (title null), single newlines. "
     "Account name, time/client line and 'reposted' line on top with a repost-chain remark "
     "(comments); photo source line, repost/comment/like counts and hot comments at the bottom.", """
ot | 篮球那些事儿
ot | 3月18日 22:47 来自 iPhone客户端
ot | 转发了 @体坛速报 的微博:
cm | 这场太燃了！最后两分钟逆转！//@球迷老张: 加时都不用打
B | #CBA常规赛# 今晚江南猎鹰主场迎战北岭狼队，双方前三节战成62平。
B | 第四节最后一分钟，北岭狼队外援卡特连续命中两记三分，将比分反超为88比85。
B | 终场前4.6秒，猎鹰后卫许昊然底角三分命中，将比赛拖入加时。
B | 加时赛最后一秒，许昊然突破上篮打进，猎鹰最终以99比97取胜，许昊然全场砍下31分8助攻。
B | 赛后猎鹰主帅陈永刚表示：“这场胜利属于每一个坚持到最后的人。”
at | 图片来源：体坛速报
sh | 转发 1,208
cm | 评论 436
sh | 赞 9,317
cm | 热门评论
cm | 许昊然今晚就是MVP！
cm | 北岭这防守真的是……
""", sep="\n")

case("zhs-003", "Portal business story on dairy earnings: doubled dek glued on the first line, breadcrumb "
     "and open-in-app prompt, date and source lines, a stock quote box mid-story, responsible-editor "
     "line, a statement disclaimer, hot teasers and share targets.", """
du | 低温鲜奶收入首次超过常温奶。低温鲜奶收入首次超过常温奶。
nv | 首页 > 财经 > 公司
nv | 打开APP，阅读体验更佳
T | 华瑞乳业上半年净利增长21% 低温鲜奶收入首次超过常温奶
ot | 2026年08月27日 19:32
at | 来源：证券时讯网
B | 8月27日晚间，华瑞乳业发布2026年半年度报告。
B | 报告期内，公司实现营业收入142.6亿元，同比增长8.3%；归属于上市公司股东的净利润11.8亿元，同比增长21.4%。
B | 分产品看，低温鲜奶收入达到58.1亿元，同比增长26%，首次超过常温奶业务。
ct | 华瑞乳业 28.46 +1.86 (+7.00%)
ct^ | 成交额 9.82亿  换手率 3.41%
B | 公司董事长孙立峰在业绩说明会上表示，下半年将继续在华东、华南新建三座低温乳品工厂。
B | 不过，报告也显示，公司应收账款较年初增加19%，经营性现金流净额同比下降6.2%。
B | 有分析人士认为，低温奶冷链成本较高，华瑞能否在扩张中保持利润率，仍有待观察。
ot | 责任编辑：韩雪
di | 声明：本文内容仅代表原作者观点，不代表本站立场；文中所涉个股仅作举例，不作买卖推荐。
rl | 热门推荐
rl | 多家银行下调大额存单利率 三年期跌破2%
rl | 新能源车企8月交付量出炉 三家破十万辆
sh | 分享到：微信 微博 QQ空间
""")

case("zhs-004", "Science news on a Chinese portal: channel label, date and source lines on top, inline "
     "相关阅读 teaser mid-story, a no-reposting notice and bracketed editor line, 猜你喜欢 teasers "
     "and an open-the-client prompt at the bottom.", """
nv | 科技频道
T | 我国科考队在南极冰盖下发现大型湖泊 面积约370平方公里
ot | 2026年01月16日 09:05
at | 来源：极地新闻网
B | 记者从国家极地研究中心获悉，我国第42次南极考察队利用冰雷达，在南极冰盖以下约2100米处探测到一个面积约370平方公里的冰下湖。
B | 这是我国科考队首次独立发现面积超过300平方公里的冰下湖。
B | 考察队首席科学家郑雅文介绍，冰下湖与外界隔绝可能长达数十万年，湖水中或许保存着独特的微生物群落。
rl | 相关阅读：“雪龙号”完成本季首次卸货任务
B | 下一步，考察队计划在未来三个考察季内开展钻探前期调查，评估钻取湖水样本的可行性。
B | 郑雅文说：“钻探必须确保湖水不受污染，这是国际上公认的最高要求。”
di | 本文系极地新闻网原创稿件，未经授权，禁止转载。
ot | [责任编辑：吕晨]
rl | 猜你喜欢
rl | 火星车传回新一批地貌影像
rl | 深海载人潜水器完成第200次下潜
nv | 打开客户端 看更多精彩内容
""")

case("hard-zhs-001", "Hard (zh-Hans): new rules on reposting articles by WeChat accounts; the body quotes "
     "typical repost notices ('本文转载自网络，如有侵权请联系删除', '图片来源于网络，侵删') and has a "
     "numbered list. The page itself ends (after a run of blank lines) with a real 'reposted from' "
     "line, the account's own repost disclaimer, editor line, like bar and teasers.", """
ot | 法治观察室 2026-04-09 07:30 发表于上海
nl | 关注“法治观察室”，每天一条法律干货
T | 公众号转载须标明出处和作者 新规下月起施行
B | 国家版权部门近日发布《网络平台作品转载规范指引》，明确公众号、自媒体账号转载他人作品，须在文首显著位置标明原作者、原出处。
B | 指引规定，仅在文末注明“本文转载自网络，如有侵权请联系删除”，不能视为已取得授权，也不能免除侵权责任。
B | 业内人士指出，过去不少账号习惯在文末加上“图片来源于网络，侵删”等字样，以为可以规避风险。
B | “这类声明在法律上基本没有效力。”华东政法学院教授许明远说，“转载首先要取得授权，标注出处只是最低要求。”
B | 指引还列出了三种常见违规情形：
B^ | 1. 删除原作者署名后转载；
B^ | 2. 以“洗稿”方式改写后不注明来源；
B^ | 3. 在转载作品中插入广告谋利。
B | 指引将于5月1日起施行。
~
~
~
at | 本文转自：法制日报微言
di | 声明：本号转载文章仅用于分享交流，版权归原作者所有。如涉及版权问题，请与我们联系，我们将及时处理。
ot | 编辑：苏晴
sh | 点赞 | 在看 | 分享
rl | 推荐阅读
rl | 短视频搬运算侵权吗？三个判例告诉你
""")
