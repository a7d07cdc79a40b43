# zh-Hans and zh-Hant cases of textset-dev12 (tagged line lists; see make_cases.py)
CASES = [
dict(id="zhs-001", lang="zh-Hans", gap=True, notes="WeChat public account (metro fan account): follow prompt, 原创 badge stamp, 来源/作者 lines at top; 往期推荐 list, 投稿 line, editor credits, 在看 prompt, 阅读原文 at bottom after a run of blank lines; in-story subheadings.", lines="""
nl 点击上方蓝字 关注「江城轨道观察」
ot 原创 轨道小陈 江城轨道观察 2026年3月14日 07:58 湖北
T 8号线二期明早通车！12座新站、首末班时间一文看全
at 来源：江城发布、市轨道交通集团
ot 作者：陈一舟
B 3月15日上午10时，8号线二期将正式开通初期运营。
B 二期线路全长17.6公里，全部为地下线，共设12座车站，其中换乘站4座。
B 首末班时间
B 工作日首班车6:00从梅园路站发出，末班车22:50从青山湖站发出。
B 周五、周六末班车延长至23:30。
B 票价怎么算
B 起步价2元可乘坐4公里，最高票价7元；使用乘车码可享9.5折。
B 市轨道集团运营中心负责人说：“开通首月我们会在早晚高峰加开8列大站快车。”
B 另外，新开通的白沙洲站暂缓开放C出入口，预计4月底投用。
~
rl 往期推荐
rl 📍 11号线东延线最新进展：全线洞通
rl 📍 这座换乘站为什么要走800米？官方回应来了
rl 📍 清明节假期地铁运营时间调整
ot 投稿、爆料及商务合作：后台留言或发邮件至 jcgd_2026@qq.com
at 编辑：吴桐｜审核：黎平｜校对：孙可
sb 分享、点赞、在看，三连走一波👇
nv 阅读原文
"""),
dict(id="zhs-002", lang="zh-Hans", final_nl=False, notes="Toutiao repost of a county news item: author account header with follower count, doubled dek glued to itself, photo caption; 举报/写评论 bar and related 相关推荐 with read counts at bottom; no final newline.", lines="""
ot 青川融媒 2026-04-02 16:40 · 四川广元青川县融媒体中心官方账号
nl + 关注 粉丝2.3万
dl 七佛乡茶农今年首采明前茶，鲜叶收购价每斤最高85元。七佛乡茶农今年首采明前茶，鲜叶收购价每斤最高85元。
T 明前茶开采 七佛乡茶农迎来“第一桶金”
C 4月1日，七佛乡白果村茶农在茶园采摘明前茶。（通讯员 何小梅 摄）
B 4月1日清晨，七佛乡白果村的茶园里已是一片忙碌。
B 今年春季气温回升早，全乡1.2万亩茶园比去年提前5天开采。
B 据乡农业服务中心统计，首日鲜叶收购价每斤65元至85元不等，较去年上涨约一成。
B 茶农王德全说：“一早上摘了三斤多，够一家人半个月开销。”
B 为保障采摘期用工，乡里组织了3支共120人的采茶队，并开通了两条收购专线。
sb 举报
cm 写评论...
rl 相关推荐
rl 广元春茶季开启，这些茶园可以免费采茶体验 3.1万阅读
rl 青川县一季度农产品电商销售额同比增长21% 8640阅读
rl 山里的茶叶怎么卖到上海？这个合作社有办法 1.2万阅读
"""),
dict(id="zhs-003", lang="zh-Hans", fmt="single", notes="Baijiahao repost (single newlines): account line, 百家号 declaration and 举报/投诉 at bottom, 热门推荐 list, 版权 disclaimer; story with bullet list of facts.", lines="""
ot 鹭岛生活汇
ot 2026-05-09 11:23 发布于福建 百家号：鹭岛生活汇
T 厦门今年首批“共享菜园”开放申领，市民每户可认领6平方米
B 厦门市思明区首批3处“共享菜园”9日开放线上申领。
B 本次共提供地块420块，认领期为一年，费用全免。
B 申领条件如下：
B · 申请人须为思明区常住居民；
B · 每户限认领1块，不得转租；
B · 连续两个月未打理的地块将被收回。
B 区城市管理局工作人员介绍，菜园采用雨水收集灌溉，种植品种由认领者自选，但禁止使用化学农药。
B 申领结果将于5月20日在“i思明”小程序公示。
dc 本文仅代表作者观点，不代表百家号立场。未经授权不得转载，如有侵权请联系删除。
sb 举报/反馈
rl 热门推荐
rl 环岛路这段将封闭施工两个月，附绕行路线
rl 厦门五一假期接待游客超400万人次
rl 沙坡尾新开了一家海鲜市集，价格实测
"""),
dict(id="zhs-004", lang="zh-Hans", crlf=True, notes="NetEase repost with CRLF endings: nav breadcrumbs and 网易号 label at top, 原标题 attribution, inline 阅读下一篇 teaser in the middle, 责任编辑 line, 特别声明 disclaimer, app download prompt, comment counter at bottom.", lines="""
nv 网易首页 > 网易号 > 正文
T 高铁上的“静音车厢”扩容，今年暑运将覆盖120趟列车
ot 2026-06-18 09:12:45 来源: 轨道前沿观察
nv 打开网易新闻 查看精彩图片
B 记者从国铁集团获悉，今年暑运期间，设置“静音车厢”的高铁车次将由去年的64趟增至120趟。
B 新增车次主要集中在京沪、沪昆、广深港三条通道。
B 购票时，旅客可在12306客户端勾选“静音车厢”选项。
rl 阅读下一篇：暑运首日全国铁路预计发送旅客1680万人次
B 静音车厢内将不设视频广播，列车员也会减少巡视频次。
B 铁路部门提醒，儿童旅客较多的家庭建议选择普通车厢，以免产生误会。
B 一位常坐京沪线的乘客表示：“最怕后排外放短视频，这个功能我等了两年。”
at 原标题：《静音车厢扩容！暑运覆盖车次近翻倍》
dc 特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。
cm 跟贴 216 参与 1835
nv 下载网易新闻客户端，看更多热点
"""),
dict(id="zhs-005", lang="zh-Hans", ws=True, notes="Sohu repost: 搜狐 nav, author line and a doubled title (second copy is duplicate_line) at top; 返回搜狐，查看更多 link, 平台声明, 阅读 counter at bottom; trailing whitespace on some lines.", lines="""
nv 搜狐首页 > 财经 > 正文
ot 2026-07-03 18:05 来源：财经小鹿说 作者：林晓鹿
T 二手奢侈品回收价半年跌去两成，直播间成了“清仓场”
dl 二手奢侈品回收价半年跌去两成，直播间成了“清仓场”
B 今年上半年，多个二手奢侈品回收平台的经典款手袋回收价下降15%至22%。
B 行业人士认为，二手奢侈品价格下跌与直播清仓密切相关。
B 一家杭州回收商的负责人表示，过去一年他们在直播间的成交占比从一成升至近四成。
B “主播一场能卖两三百件，价格压得很低，线下门店根本跟不上。”
B 不过，平台鉴定成本并未下降，单件鉴定费仍在80元至150元之间。
B 中消协此前提示，消费者在直播间购买二手奢侈品时，应保留鉴定证书和直播录屏。
nv 返回搜狐，查看更多
dc 平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。
sb 阅读 (3487)
cm 我来说两句
"""),
dict(id="zhs-006", lang="zh-Hans", fmt="mixed", notes="Weibo long post from a verified city account: account header and 超话 tags, 展开全文 and 收起 in the middle, repost/comment/like counters and 评论 prompt at bottom; mixed newline style.", lines="""
ot 南桥区发布 ✔
ot 6月23日 20:15 来自 微博视频号 已编辑
nv #南桥暴雨# #南桥超话#
T 【暴雨橙色预警！明天全区中小学停课一天】
B 区气象台23日19时发布暴雨橙色预警，预计未来24小时累计雨量将达100至160毫米。
B 经区防汛指挥部研究决定：
B 1. 6月24日全区中小学、幼儿园停课一天；
B 2. 沿江步道、滨河公园全天封闭；
nv ...展开全文c
B 3. 地铁3号线高架段视情况降速运行。
B 请市民尽量减少外出，地下车库车辆及时转移。
nv 收起全文d
sb 转发 1.2万 ｜ 评论 3786 ｜ 赞 4.5万
cm 查看更多评论 >
"""),
dict(id="zhs-007", lang="zh-Hans", notes="WeChat public account of a food writer: 原创 badge, 星标 prompt at top; mid-story ad label; bottom 版权声明, 长按识别二维码 follow prompt, 往期推荐, 点赞/在看 prompt, 喜欢此内容的人还喜欢 block.", lines="""
ot 原创 | 老冯 | 胡同吃货志
nl 设为星标⭐，第一时间收到推送
T 这家开了31年的卤煮店，要搬了
B 北京东四，11月的最后一个周末。
B 门口排队的人比往常多了一倍，不少人是专程来“吃最后一碗”的。
B 老板刘建华今年62岁，店铺所在的院落要进行修缮，租约到期后无法续签。
B 新店地址已经定在北新桥附近，预计明年春节前开业。
ot 广告
B 刘建华说：“老汤不会断，我每天都从旧锅里舀一桶过去养着。”
B 据他统计，这31年来店里换过4次灶台，但只换过一口大锅。
dc 版权声明：本文为胡同吃货志原创，转载请联系后台获取授权，未经许可禁止搬运。
nl 长按识别二维码，关注胡同吃货志
rl 往期推荐
rl 三块钱一个的糖火烧，还能撑多久？
rl 我们吃遍了二环内的12家炒肝店
sb 觉得好看，请点赞和在看❤
rl 喜欢此内容的人还喜欢
rl 北京人的冬天，是从第一锅羊蝎子开始的
"""),
dict(id="zhs-008", lang="zh-Hans", fmt="single", notes="Telegram-channel style crypto repost in Chinese (single newlines): channel header with subscriber count, crypto price ticker lines and exchange promo at bottom, risk disclaimer; views counter.", lines="""
ot 币圈早知道 📢
ot 订阅者 18,640
T 某交易所宣布下月起暂停为内地用户提供合约服务
B 据链上数据平台“Chainsight”消息，总部位于新加坡的交易所Korvex今晚发布公告。
B 公告称，自7月15日起暂停为中国内地IP用户提供永续合约服务，现货交易暂不受影响。
B 已持仓用户需在7月14日24:00前自行平仓，逾期将由系统按标记价格强制平仓。
B Korvex客服回应称，此举是“出于合规考量”，不会影响用户资产提取。
ct BTC $71,284.5 +1.86%
ct ETH $3,912.07 -0.42%
ct SOL $166.30 +3.11%
cp 🎁 新用户注册即领最高5000 USDT礼包，点此领取 ➡️
dc 风险提示：本频道内容不构成任何投资建议，数字货币价格波动剧烈，请理性看待。
sb 👁 9.6K  📤 转发
"""),
dict(id="zhs-009", lang="zh-Hans", notes="Weibo long post by a travel blogger, no headline: account line and 超话 tag at top; 展开 marker, repost counters, 评论 prompt and 相关推荐 at bottom.", lines="""
ot 徒步的阿岚 
ot 今天 09:41 来自 iPhone客户端
nv #户外徒步超话# 
B 周末走了一趟鳌太线的外围段，提醒几件事给准备去的朋友。
B 第一，今年4月起保护区实行实名预约，每天限流300人，当天不放票。
B 第二，导航软件上的“捷径”千万别走，那一段上个月刚发生过落石。
B 第三，山上夜里只有零下3度左右，睡袋一定要带够。
B 我这次找的是本地向导，两天一夜费用680元，包接送。
B 有问题评论区问我，看到都会回。
nv 展开c
sb 转发 562 评论 1147 赞 8834
cm 发布你的评论
rl 相关推荐
rl 太白山景区五一期间实行分时段预约
"""),
dict(id="zhs-010", lang="zh-Hans", notes="WeChat public account of a university: 点击蓝字关注 at top, 来源/文字/图片 credits, caption, bottom 审核/编辑 credits, 往期回顾, 分享收藏点赞在看 bar.", lines="""
nl 👆点击蓝字 关注我们
T 我校学子在全国大学生机器人大赛中获一等奖
at 来源 | 机械工程学院
ot 文字 | 胡一鸣  图片 | 付思源
B 6月8日，第二十五届全国大学生机器人大赛在宁波落下帷幕。
B 我校“长风”战队凭借自主研发的攀爬机器人，获得技术挑战赛一等奖。
C 图为“长风”战队队员在赛场调试机器人。
B 本届比赛共有来自全国186所高校的412支队伍参赛。
B 战队指导老师周明涛介绍，团队为这台机器人前后迭代了11个版本。
B 队长、大三学生罗佳说：“最难的是让它在斜坡上不打滑。”
at 初审 | 李楠  复审 | 王建  终审 | 陈思
rl 往期回顾
rl 毕业季 | 写给2026届的一封信
rl 图书馆暑期开放时间安排
sb 分享 收藏 点赞 在看
"""),
dict(id="hard-zhs-001", lang="zh-Hans", hard=True, notes="Hard: story about WeChat changing its 点赞/在看 buttons and the 原创 label, quoting the button names as body lines; the page itself (a tech public account) carries real 点赞/在看 and follow prompts, 往期推荐 and a 版权声明.", lines="""
nl 点击上方「深蓝科技局」→ 右上角“···”→ 设为星标
ot 原创 深蓝科技局 2026-08-11 21:30
T 微信公众号改版：“在看”要改名了？
B 不少公众号运营者这几天发现，文章底部的按钮排列出现了变化。
B 在部分用户的测试版本中，原来的“分享”“点赞”“在看”三个按钮被合并成一行。
B “在看”
B 这是争议最大的一个改动。
B 测试版本中，“在看”被改为“推荐给朋友”，点击后内容会出现在好友的“看一看”里。
B 多位运营者表示，改名后按钮的点击率下降了约三成。
B “原创”标识
B 另一项调整是，原创标识将只在作者开通“原创声明”满90天后才显示。
B 截至发稿，微信团队尚未对上述测试作出正式回应。
dc 版权声明：深蓝科技局原创内容，转载请在后台回复“转载”获取白名单。
rl 往期推荐
rl 视频号直播打赏新规解读
rl 小程序为什么越来越难做了
sb 点个在看你最好看 👇
sb 分享 ｜ 点赞 ｜ 在看
"""),
dict(id="hard-zhs-002", lang="zh-Hans", hard=True, ws=True, notes="Hard: livestream-commerce rules that require hosts to say 图片仅供参考/价格以实际为准 notices; the quoted notices are body, while the Toutiao repost also carries a real 图片仅供参考 style disclaimer, reporting bar and related list; trailing whitespace.", lines="""
ot 法治观察员 2026-09-02 10:17
nl 关注
T 直播带货新规：“仅供参考”不能再当挡箭牌
B 市场监管总局9月1日发布《直播电商营销行为规范》，自明年1月1日起施行。
B 规范明确，主播口头或画面标注“图片仅供参考”的，不能免除对商品实际质量的说明义务。
B 以下三类表述被点名：
B ·“价格以实际到手为准”
B ·“效果因人而异，仅供参考”
B ·“最终解释权归本直播间所有”
B 规范要求，上述提示不得以小于正文字号的文字或快速滚动的方式展示。
B 北京一位律师表示，过去不少纠纷中，商家都以这些提示语来推脱责任。
dc 图片来源网络，仅作示意，如有侵权请联系作者删除。
sb 举报
rl 相关阅读
rl 网红带货翻车，粉丝能否集体维权？
rl 直播间“全网最低价”被罚，商家不服起诉
"""),
dict(id="hard-zhs-003", lang="zh-Hans", hard=True, notes="Hard: story on app privacy pop-ups (个人信息保护提示 that apps show at first launch), quoting pop-up wording; the NetEase-style page carries its own real privacy/cookie banner at top and bottom, app-download prompt and comments.", lines="""
ck 我们使用Cookie及同类技术改善您的浏览体验。继续浏览即表示同意《隐私政策》。 同意
nv 打开APP
T 开屏弹窗“一键同意”将被叫停，App须提供“仅浏览”模式
ot 2026-10-15 14:02:31 来源：数字法治周刊
B 工信部15日公开征求意见的一份规定，剑指App首次启动时的个人信息保护弹窗。
B 征求意见稿提出，弹窗中不得只设置“同意并继续”一个按钮。
B 用户点击“不同意”后，App应提供不收集个人信息的“仅浏览”模式。
B 不得以“为提供更好服务”为由默认勾选个性化推荐。
B 一位手机厂商的合规负责人坦言：“这意味着大部分App的启动流程要重做。”
B 意见反馈截止日期为11月14日。
cm 热门跟贴
cm 网友“北城以北”：终于！每次点“不同意”就直接退出，太气人了
nv 打开网易新闻，查看更多跟贴
ck 本站使用Cookie以记住您的偏好。 接受 ｜ 管理设置
"""),

# ---------------- zh-Hant ----------------
dict(id="zht-001", lang="zh-Hant", gap=True, notes="Taiwan portal: nav menu and LINE friend prompt at top, 延伸閱讀 block in the middle, 加入會員/訂閱電子報/點我看更多/相關新聞 at bottom after a run of blank lines.", lines="""
nv 首頁 ｜ 即時 ｜ 政治 ｜ 社會 ｜ 生活 ｜ 地方
nl 加入好友 ✚ 第一時間掌握最新消息
T 彰化溪湖糖廠小火車暑假加開班次 週末每天6班
ot 記者賴宜君／彰化報導 2026年7月2日 下午3:18
B 溪湖糖廠觀光小火車自7月5日起進入暑期營運。
B 平日維持每天4班，週六、週日加開至6班，每班可載客約180人。
B 全票100元，兒童及65歲以上長者半價。
rl 延伸閱讀
rl 台糖冰品漲價5元 紅豆牛奶冰棒仍是銷售冠軍
B 糖廠表示，今年特別將冰品部的座位區擴大一倍，並加設遮陽棚。
B 一位帶孩子來搭車的家長說：「冷氣車廂比去年舒服很多。」
~
ot 加入會員 享受更多獨家內容
nl 訂閱電子報，每日精選新聞直送信箱
rl 點我看更多彰化新聞
rl 相關新聞
rl 員林夜市清潔費調漲 攤商反彈
rl 田尾公路花園週末交通管制
"""),
dict(id="zht-002", lang="zh-Hant", fmt="mixed", notes="Hong Kong portal (mixed newlines): breadcrumb and font-size control at top, share bar, 相關新聞 list, app download prompt and copyright disclaimer at bottom.", lines="""
nv 主頁 > 港聞 > 交通
ot 字體大小 A A A
T 東涌線延線工程明年初動工 新增兩站料2030年通車
ot 發佈時間：2026/05/21 12:45
B 鐵路公司今日公布，東涌線延線工程將於明年第一季動工。
B 新增的東涌東站及東涌西站，預計可服務約20萬名居民。
B 工程造價約211億元，其中包括一條長約1.3公里的隧道。
B 項目總監陳家樂表示：「我們會盡量在夜間進行噪音較大的工序。」
B 路政署表示，工程期間東涌道部分行車線需臨時改道。
sb 分享：Facebook ｜ WhatsApp ｜ 複製連結
rl 相關新聞
rl 屯門南延線最新進度 首台隧道鑽挖機啟動
rl 港鐵車費下月起加3.1% 乘客：又加？
nv 下載本網App 即睇突發新聞
dc 版權所有 不得轉載 © 2026 香港灣區日報有限公司
"""),
dict(id="zht-003", lang="zh-Hant", ws=True, notes="Taiwan portal with photo caption and trailing whitespace: byline and LINE push prompt at top; inline 點我看更多 teaser mid-story; share bar, 看更多 list and 訂閱 prompt at bottom.", lines="""
T 台南山上花園水道博物館夜間開放 每週五、六延長至晚間9點
ot 2026/08/14 10:22 文／陳采薇
nl 👉 加入LINE好友，重大新聞即時推播
C 台南山上花園水道博物館的淨水池在夜間點燈後呈現另一種風貌。（圖／台南市文化局提供）
B 台南市文化局宣布，山上花園水道博物館自8月15日起試辦夜間開放。
B 每週五、週六開放時間延長至晚間9點，最後入館時間為8點30分。
rl ➤點我看更多：台南暑假藝文活動總整理
B 夜間時段將推出「水道光影」導覽，每梯次限30人，須事先上網預約。
B 館方表示，園區步道已加裝120盞低照度地燈，兼顧安全與觀星。
sb 分享 ｜ 推文 ｜ 複製網址
rl 看更多
rl 台南美術館二館週一也開館了
rl 赤崁樓修復工程完工 9月重新開放
nl 訂閱我們的YouTube頻道，看更多在地新聞
"""),
dict(id="zht-004", lang="zh-Hant", fmt="single", notes="PTT repost (single newlines): header lines (作者/看板/標題/時間), 新聞網址 and 備註 template lines, push comments (推/噓/→) and 發信站 footer; keeps the repost's body lines.", lines="""
ot 作者 kuroneko1022 (黑貓) 看板 Gossiping
ot 標題 [新聞] 竹北高鐵站周邊停車場改為收費
ot 時間 Thu Sep 10 08:41:27 2026
at 1.媒體來源: 新竹日報
ot 2.記者署名: 記者 鄭凱文／新竹報導
T 竹北高鐵站周邊停車場改為收費 每小時20元
B 新竹縣政府宣布，高鐵新竹站周邊3處公有平面停車場自10月1日起改為收費。
B 收費標準為每小時20元，當日最高收費150元。
B 縣府交通處表示，目前3處停車場平日經常爆滿，長時間停放的車輛占了近六成。
B 設籍新竹縣的民眾可申請月票，每月1200元。
at 5.完整新聞連結 (或短網址): https://hcdaily.example/news/20260910-0813
ot 6.備註: 早該收了吧 每次去都找不到位
ot ※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.231.118.45 (臺灣)
cm 推 beerbear: 免費停一個月的人終於要付錢了
cm → cchiang77: 月票1200其實還好
cm 噓 mapleleaf: 又要收錢
"""),
dict(id="zht-005", lang="zh-Hant", final_nl=False, notes="Dcard repost on a news portal: Dcard board header, anonymized poster line, heart/comment counters; portal adds 延伸閱讀 and 加入會員 prompts; no final newline. Headline given.", lines="""
nv Dcard ＞ 工作板
ot 匿名 國立台中科技大學
T 實習薪水月領2.8萬 老闆說「先做半年再談轉正」該不該留？
ot 2026年3月9日 22:14
B 原PO今年大四，在台中一間室內設計公司實習。
B 實習合約寫明月薪2萬8千元，但每天平均加班兩小時沒有加班費。
B 老闆日前表示，要先做滿半年才會討論轉正職。
B 原PO在文中問：「這樣的條件大家會留下來嗎？」
B 不少網友建議，實習生同樣受《勞動基準法》保障，加班應依法給付加班費。
sb ❤ 3,518 ｜ 💬 621 ｜ 收藏
rl 延伸閱讀
rl 新鮮人起薪調查出爐 平均3萬4千元
ot 免費加入會員 解鎖完整留言
"""),
dict(id="zht-006", lang="zh-Hant", crlf=True, notes="Hong Kong news app share page with CRLF endings: app open prompt at top, 記者 byline, a 廣告 label mid-story, WhatsApp channel follow prompt, 相關新聞 and a cookie notice at bottom.", lines="""
nv 於App內開啟
T 九龍城街市翻新後重開 檔租首年減半
ot 記者：梁詠詩 2026年4月27日 週一 18:02
B 九龍城街市經過一年半的翻新工程，今日重新開放。
B 食環署表示，街市共有檔位182個，其中熟食中心佔32個。
ot 廣告
B 為吸引檔戶回歸，首年租金減半，第二年起按市值租金的七成收取。
B 經營燒味檔30年的黃伯說：「空調好咗，客人肯留耐啲。」
B 翻新後街市設有無障礙升降機及嬰兒護理室。
nl 追蹤我們的WhatsApp頻道，接收每日頭條
rl 相關新聞
rl 土瓜灣舊樓重建 居民憂租金飆升
ck 本網站使用cookies以提供更佳服務，繼續瀏覽即代表你同意有關安排。 我明白
"""),
dict(id="zht-007", lang="zh-Hant", notes="Taiwan finance portal with crypto: 即時行情 ticker at top (stocks and BTC), article body on a payment app, 免責聲明 and 相關新聞 at bottom, 看盤 app prompt.", lines="""
ct 加權指數 24,518.36 ▲132.07
ct 比特幣 BTC/TWD 2,286,400 ▼1.3%
ct 以太幣 ETH/TWD 118,950 ▲0.6%
T 行動支付綁定悠遊卡新功能上線 首週用戶破40萬
ot 2026-02-17 14:30 記者蔡佳蓉／台北報導
B 國內一家電子支付業者宣布，旗下App自上週起開放綁定實體悠遊卡自動加值。
B 業者表示，功能上線首週綁定用戶已突破40萬。
B 每次自動加值金額為500元，單日上限3次。
B 金管會提醒，民眾若遺失悠遊卡，應立即在App內解除綁定。
B 業者也預告，第二季將開放搭乘台鐵時直接以手機感應進站。
dc 免責聲明：本網站所提供之資訊僅供參考，投資人應審慎評估並自負盈虧。
rl 相關新聞
rl 電支帳戶數突破1800萬 年增兩成
nv 下載看盤App，即時掌握台股動態
"""),
dict(id="zht-008", lang="zh-Hant", ws=True, notes="Yahoo-style Taiwan aggregator repost: source header, 延伸閱讀 links in the middle, attribution to original outlet, 更多報導 list, comments prompt and report link at bottom; trailing whitespace.", lines="""
at 民眾生活報 · 2026年6月4日 上午7:45
T 高雄輕軌大順路段通車後 機車事故一個月減少三成
B 高雄環狀輕軌大順路段通車滿一個月，市府交通局昨日公布初步統計。
B 沿線路口機車事故從通車前每月平均41件，降至29件。
rl 延伸閱讀：輕軌成圓後 高雄捷運月運量創新高
rl 延伸閱讀：大順路機車待轉區調整 騎士一頭霧水
B 交通局分析，輕軌通車後路口號誌重新配時，左轉車流減少是主因。
B 不過，仍有民眾反映部分路口行人等待時間過長。
B 交通局長回應：「我們會在兩週內完成第二輪號誌微調。」
at 本文經授權轉載自民眾生活報
rl 更多民眾生活報報導
rl 高雄市區公車新路線上路 首週免費
cm 查看留言（42）
ot 回報問題
"""),
dict(id="zht-009", lang="zh-Hant", fmt="single", notes="Facebook fan-page repost of a Hong Kong district councillor's notice (single newlines), no headline: page name and stamp at top, hashtags, reaction/comment/share counters and 查看更多留言 at bottom.", lines="""
ot 沙田區議員 何志明 辦事處
ot 11月6日 下午 5:40 · 🌏
B 【源禾路單車徑臨時封閉通告】
B 運輸署通知，源禾路近沙田大會堂一段單車徑將於11月10日至24日臨時封閉。
B 封閉期間，單車使用者須改經城門河畔單車徑繞行。
B 施工時間為每日上午9時至下午5時。
B 如有查詢，歡迎致電辦事處 2600 0000。
nv #沙田 #單車徑 #交通消息
sb 👍❤️ 286 · 34則留言 · 51次分享
cm 查看更多留言
"""),
dict(id="zht-010", lang="zh-Hant", notes="Instagram/Threads influencer post reposted by a lifestyle portal, no headline: portal header and Threads embed lines at top, embedded counters, 延伸閱讀, portal disclaimer and 訂閱 prompt at bottom.", lines="""
ot 生活誌 LifeMag｜編輯部
ot 在 Threads 查看
ot mira.eats.tpe · 追蹤
B 台北永康街的排隊鬆餅店「小雨天」宣布將在月底歇業。
B 店主在社群上發文表示，房東通知明年起租金調漲四成，只好忍痛結束。
B 該店開業9年，招牌是加了台東鳳梨的焦糖鬆餅。
B 貼文發出後兩天，店門口排隊人潮一度延伸到巷口。
B 店主說：「謝謝大家這九年的陪伴，最後兩週我們會營業到賣完為止。」
sb ♡ 1.8萬 · 💬 930 · ↻ 412
rl 延伸閱讀：永康街老店一間間消失 商圈發生什麼事？
dc 本文內容經原作者授權引用，圖文版權屬原作者所有。
nl 訂閱LifeMag，美食情報不漏接
"""),
dict(id="hard-zht-001", lang="zh-Hant", hard=True, notes="Hard: story on Taiwan's new rules for influencer sponsored-post labels (#廣告 / 合作 tags), quoting label wording; the page carries real ad labels, a sponsored teaser block, LINE prompt and 相關新聞.", lines="""
nl 加入LINE好友 新聞不漏接
T 網紅業配不標「#廣告」 最高可罰200萬元
ot 2026/04/30 16:20 記者林柏宇／台北報導
B 公平會今日通過「網路紅人推薦廣告處理原則」修正案，7月1日起上路。
B 新規定要求，網紅收受廠商報酬或贈品的貼文，必須在開頭明確標示「#廣告」或「#合作」。
B 僅在留言區或貼文最後才標示的，將視為未充分揭露。
ot 廣告
B 以下情況也須標示：
B ・以折扣碼換取分潤
B ・廠商招待的旅遊或體驗
B ・直播中口頭推薦合作商品
B 違者最高可處200萬元罰鍰，屢勸不改者可按次連續處罰。
ot 贊助內容
ot 夏日保養三步驟 皮膚科醫師推薦清單
rl 相關新聞
rl 網紅團購出包 消保官：平台也要負責
"""),
dict(id="hard-zht-002", lang="zh-Hant", hard=True, final_nl=False, notes="Hard: Dcard tightening comment moderation (story quotes its comment-rule notice); the page carries real comment prompts and a 留言規範 notice at the bottom; no final newline.", lines="""
nv 科技 ＞ 社群
T Dcard留言新制上路 檢舉三次成立將禁言30天
ot 撰文：吳品萱 更新於 2026-11-02 11:05
B 社群平台Dcard宣布，自11月起實施新的留言管理制度。
B 新制下，留言若被檢舉且經審核成立累計三次，帳號將被禁止留言30天。
B 平台也將在留言框上方顯示提示：「請尊重他人，人身攻擊的留言將被移除。」
B Dcard表示，過去半年被檢舉的留言中，約六成涉及人身攻擊。
B 有使用者擔心被惡意檢舉，平台回應將提供申訴管道，並於7個工作天內回覆。
sb 分享這篇文章
cm 留言 (128)
cm 登入後即可留言
dc 留言規範：請勿發表涉及人身攻擊、歧視或違法之內容，本站有權刪除違規留言。
"""),
dict(id="hard-zht-003", lang="zh-Hant", hard=True, notes="Hard: Hong Kong police warn about crypto 'KOL call' scams on Telegram groups, story quotes coin prices and promo lines used by scammers; the finance page carries a real crypto ticker, exchange promo and disclaimer.", lines="""
ct BTC/USD 70,912 ▲0.8% ｜ ETH/USD 3,877 ▼0.3% ｜ DOGE/USD 0.1842 ▲2.4%
T 「KOL喊單」騙局涉款逾1.6億 警方拘捕9人
ot 2026年12月3日 20:11
B 警方今日公布，一個利用Telegram群組「喊單」的詐騙集團被瓦解，9名男女被捕。
B 集團成員冒充加密貨幣KOL，在群組內發布「某幣將由0.02美元升至0.5美元」等訊息。
B 他們亦會張貼「新人入群即送100 USDT」的宣傳圖，吸引市民下載假交易平台。
B 受害人多達430人，涉款逾1.6億港元。
B 警方提醒：
B 任何保證回報的投資都可能是騙局。
B 市民可使用「防騙視伏器」查核可疑網址。
cp 限時優惠｜開戶入金即享首月零手續費，立即登記
dc 加密貨幣屬高風險資產，以上資訊不構成投資建議。
rl 相關新聞
rl 虛擬資產交易平台發牌制度再收緊
"""),
]
