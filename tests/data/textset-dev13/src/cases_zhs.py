from common import case

CASES = [
case("zhs-001", "zh-Hans", """
nv|首页 | 深度 | 人物 | 评论 | 视频
T|县城里的最后一家录像厅
ot|来源：晚风周刊　作者：何一鸣　2026-02-03 08:15
ot|🎧 听全文 约11分钟
B|河南商城县，老汽车站对面，有一块褪了色的招牌：光明录像厅。
B|老板周建国今年六十三岁，这家店开了三十五年。
B|最多的时候，他一天放八场，门口排到马路边。
B|那是九十年代，县城里还没有电影院。
B|现在一天来不了十个人。
B|谁还在看？
B|大多是附近工地的工人，也有放学不想回家的中学生。
B|票价五块，可以从中午坐到天黑。
B|“他们不是来看电影的，是来歇脚的。”周建国说。
B|有个老顾客来了二十年，每次都坐第三排靠墙的位置。
ot|广告
B|去年县里搞旧城改造，录像厅所在的那排房子被划进了拆迁范围。
B|补偿款已经谈好，搬迁日期还没定。
B|周建国说，他想最后放一场《英雄本色》。
B|那是他开业第一天放的片子。
B|拷贝早就没了，他在网上买了一张光碟。
at|责任编辑：孙晓
dc|本文为晚风周刊原创，未经授权禁止转载。
rl|相关阅读
rl|小镇书店的第十个冬天
rl|最后一批电影放映员
""", "Simplified Chinese feature on a small-town video hall with a question subheading and short closing lines; nav, source/byline stamp, audio label, ad slot, editor credit, reprint notice and related block are noise."),

case("zhs-002", "zh-Hans", """
T|解读｜个人养老金开户一年：为什么开了户的人不交钱？
ot|财经观察　2026年1月12日 19:02　阅读约7分钟
B|截至去年底，全国个人养老金开户人数超过七千万。
B|实际缴存的人，不到三成。
B|开户容易，交钱难，问题出在哪里？
B|记者采访了十多位开户者和三位银行从业人员。
B|三个原因
B|1. 税收优惠对中低收入者吸引力有限，很多人本来就不用交个税。
B|2. 资金要锁定到退休，年轻人普遍觉得太久。
B|3. 可选产品收益不稳定，去年部分基金还出现亏损。
B|此外，不少人根本不知道开户之后还需要自己转账缴存。
rl|延伸阅读：个税专项附加扣除新规，哪些人受益？
B|一位银行理财经理透露，很多账户是为了完成开户指标“被开”的。
B|“客户来办别的业务，顺手就开了，之后再也没打开过。”
B|专家建议，可以考虑提高缴存上限、放宽部分提取条件。
B|但也有人认为，制度刚起步，不必急于求成。
B|毕竟，养老是一件以几十年计的事。
B|今年的缴存截止日是12月31日。
dc|以上内容仅供参考，不构成投资建议。市场有风险，投资需谨慎。
nl|关注“财经观察”公众号，每天一篇读懂经济
sb|分享到：微信　微博　QQ空间
""", "Simplified Chinese explainer on pension accounts with a numbered list and rhetorical question; stamp, inline extended-reading teaser, investment disclaimer, WeChat follow pitch and share bar are noise.", nl="single", trail=[1, 8]),

case("zhs-003", "zh-Hans", """
ot|讣告
T|地质学家沈立秋逝世，享年九十一岁
ot|2026-03-05 10:22　来源：科苑新闻网
B|中国科学院院士、著名地质学家沈立秋，于3月3日在北京逝世，享年九十一岁。
B|沈立秋1935年生于浙江湖州，1957年毕业于北京地质学院。
B|毕业后，他主动要求去西部工作。
B|他一生走过青藏高原四十余次，主持完成了我国第一幅高原冰川分布图。
B|学生眼中的老师
B|“沈先生的野外记录本，字小得像蚂蚁，但从来不涂改。”他的学生、现任研究员黄立新回忆说。
B|有一次在海拔五千米的营地，他发着高烧，仍坚持把当天的剖面图画完。
B|晚年他仍坚持每周到研究所上班，直到八十八岁。
B|他的办公室里至今还摆着一块来自珠峰北坡的片麻岩。
B|他常说：“石头不会骗人。”
B|他一生发表论文两百余篇，培养研究生六十多名。
C|2009年，沈立秋在羌塘野外考察。（资料图）
B|沈立秋的遗体告别仪式将于3月8日在八宝山举行。
B|遵照其遗愿，丧事从简。
B|他的全部野外记录本将捐赠给中国地质博物馆。
B|家属表示，这是他最后一次“交作业”。
at|编辑：刘丹　审核：王海
rl|推荐阅读
rl|青藏高原冰川十年变化报告发布
""", "Simplified Chinese obituary of a scientist with a subheading, quoted one-liner and caption; section label, time/source stamp, editor/reviewer line and recommended reading are noise.", crlf=True),

case("zhs-004", "zh-Hans", """
T|影评｜《北方之北》：一部安静得让人坐不住的电影
B|这部电影有一百三十八分钟，对白加起来大概不到二十分钟。
B|导演许苒把镜头对准了黑龙江漠河的一对老夫妻，拍他们过完一整个冬天。
B|劈柴，烧炕，等邮车。
B|就这些。
B|好在哪里？
B|摄影极好。零下四十度的光线，被拍得像瓷器一样脆。
B|两位非职业演员的表演自然到几乎看不出是在演。
B|问题在哪里？
B|节奏。中段有将近半小时几乎没有任何事情发生，影院里不少人开始看手机。
B|我承认，我也看了一次时间。
ot|— 广告 —
B|但最后十分钟，邮车终于来了。
B|我不会透露车上带来了什么。
B|只能说，那一刻整个影厅都安静了。
B|散场时，我身后一位大爷说：“这片子，得冬天看。”
B|推荐指数：四星。
ot|文/陆知远
ot|2026.01.28
cm|已有 86 条评论，点击查看
sb|点赞 1.2k　收藏　转发
at|本文系作者独家授权发布，转载请联系原作者。
""", "Simplified Chinese film review with question subheadings, one-word fragments and a rating line (kept as body); byline, date, ad slot, comment counter, share/like bar and licensing note are noise.", final_nl=False, blankrun=2),

case("zhs-005", "zh-Hans", """
nv|当前位置：首页 > 调查
T|外卖骑手的“超时”是怎么算出来的？
ot|记者 冯晓雨　2026年2月17日
B|每一单外卖，系统都会给出一个“预计送达时间”。
B|超过这个时间，骑手就要被扣钱。
B|但这个时间是怎么算出来的，几乎没有骑手说得清。
B|我们调查了什么
B|过去两个月，记者在杭州跟随六名骑手跑单，共记录了四百一十二单。
B|其中九十七单被判定超时。
B|超时一单，扣款从两元到十元不等。
B|在这九十七单中：
B|· 四十一单的超时，是因为商家出餐慢；
B|· 二十六单，是因为小区门禁不让进；
B|· 只有十二单，与骑手本人有关。
ot|广告
B|平台回应称，预计时间会综合考虑天气、路况和商家出餐时长，并“持续优化”。
B|骑手老郑对此的回应只有一句：“优化的是时间，不是我们。”
B|目前，已有三个城市出台规定，要求平台公开派单和计时规则。
B|杭州尚未出台类似规定。
B|老郑说，他还会继续跑，“等规则变了再说”。
ot|（本文部分受访者为化名）
ot|更正：本文初版中“四百二十一单”应为“四百一十二单”，特此更正。
rl|大家都在看
rl|骑手社保试点一年，覆盖了多少人？
""", "Simplified Chinese investigation into delivery time algorithms with a findings list; breadcrumb, reporter stamp, ad slot, pseudonym note, correction notice and trending list are noise.", trail=[5, 11]),

case("hard-zhs-001", "zh-Hans", """
T|比特币又破新高，为什么我劝你别看行情软件
ot|专栏｜钱眼　2026-02-11
ct|BTC/USDT 72,118.50 +2.31%　ETH/USDT 3,902.16 +1.08%
B|这周，比特币价格又一次突破七万美元。
B|朋友圈里，久违的截图又回来了：“今天又赚了一台iPhone。”
B|也有人在凌晨三点发了一条：“睡不着，盯盘。”
B|我想说几句扫兴的话。
B|行情软件的设计逻辑
B|红绿闪烁的数字、每五秒刷新的涨跌幅、“24小时涨幅榜”——这些都不是为了让你赚钱，而是为了让你多看一眼。
B|多看一眼，就多一次交易的冲动。
B|交易所靠手续费赚钱，你每交易一次，它都稳赚不赔。
B|我自己也曾经一天打开行情软件六十多次。
B|那一年，我的收益率是负的。
B|几条建议
B|一、把行情软件从手机首屏移走。
B|二、设定一个每月只看一次的日子。
B|三、永远不要用借来的钱买币。
B|涨了，跌了，明天太阳照常升起。
cp|注册即送 100 USDT 体验金，立即下载星链交易所 App
dc|风险提示：数字货币价格波动剧烈，本文不构成任何投资建议。
""", "Hard: a column about crypto price apps quotes a price milestone and app design (red/green numbers, 24h gainer lists) in body; a real BTC/ETH ticker, an exchange sign-up promo and a risk disclaimer are noise.", hard=True),
]
