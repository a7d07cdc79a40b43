"""textset-dev37, writer A: Simplified Chinese (zh-Hans) cases zhs-001..012 and hard-zhs-001..003.

Mainland pages: an evening paper, a portal news channel, a WeChat official account, a finance
site, a crypto aggregator repost, a Toutiao-style app post, shipping trade press, a district
government notice, a provincial TV sports page, a long feature, a Weibo post and a tech portal;
hard cases on privacy pop-ups, a bitcoin sell-off and faked "10万+" read counts.
"""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="",
     notes="Evening-paper city news page: masthead, menu and breadcrumb on top, stamp/source/author line, "
           "read count and share bar; one photo caption with the reporter credit is a caption; editor line, "
           "related list, no-reproduction line and ICP footer at the bottom.",
     text="""
nav|澜江晚报网
nav|首页 | 本地 | 民生 | 政务 | 文旅 | 视频 | 专题
nav|当前位置：首页 > 本地新闻 > 城建交通
T|地铁6号线东延段今起试运行 沿线新增5座车站
oth|2026-03-14 07:52:16　来源：澜江晚报　作者：记者 蒋楠楠 通讯员 邱晓
oth|阅读：18642
sh|分享到：微信 微博 QQ空间
B|本报讯 记者从市轨道交通集团获悉，地铁6号线东延段今天上午9时起进入试运行阶段，全长11.4公里，新增车站5座。
B|试运行期间列车不载客，主要检验信号系统、供电系统和站台门的联动情况。
C|3月13日，工作人员在桂湾路站检查站台门。记者 蒋楠楠 摄
B|东延段自原终点站滨湖公园站向东，经桂湾路、沙洲、新港大道、东湖科技园，止于临港站。
B|轨道集团运营分公司负责人周敏介绍，试运行时间预计不少于3个月，期间将开展各类应急演练40余项。
B|“如果各项指标达标，东延段有望在今年国庆前开通初期运营。”
B|届时从临港站到市中心的通勤时间，将由目前公交接驳的70分钟左右缩短至35分钟。
oth|【责任编辑：沈一帆】
rel|相关阅读
rel|地铁3号线南段站点命名征求意见结果公布
rel|临港片区今年将新开通4条公交线路
rel|东湖科技园二期开工 预计引入企业200家
dis|澜江晚报社版权所有，未经书面授权，任何单位和个人不得转载、摘编或建立镜像
oth|网站备案号：湘ICP备17008821号-2　互联网新闻信息服务许可证：43120170031
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="single",
     notes="Portal news channel carrying a four-paragraph agency brief, single newlines: channel menu and "
           "client prompt on top, stamp and 来源 line, the agency's dateline stays in the first story line; "
           "(完), editor code, WeChat scan-to-share hint, hot ranking, ad label and footer links at the bottom.",
     text="""
nav|新闻首页 国内 国际 社会 军事 财经 科技 体育 娱乐
nav|下载客户端
T|西北地区东部将迎今年首场大范围降雪
oth|2026年01月09日 16:20　华讯网
att|来源：华讯社
B|华讯社兰州1月9日电（记者 马德川）记者从甘肃省气象台获悉，9日夜间至11日，甘肃中东部、宁夏南部、陕西北部将出现今年入冬以来首场大范围降雪。
B|其中陇东、宁夏南部山区局地有大到暴雪，新增积雪深度5至8厘米。
B|气象部门提醒，降雪期间部分路段将出现结冰，公众出行请及时关注路况信息。
B|目前兰州至天水、平凉方向多趟长途客运班线已调整发车时间。
oth|（完）
oth|责任编辑：王嘉懿_HX0917
sh|用微信“扫一扫”右侧二维码，可把这条新闻转给好友或发到朋友圈
rel|热点新闻排行
rel|1 多地发布寒潮蓝色预警 局地最低气温将降至零下20℃
rel|2 春运火车票今起开售 今年有这些新变化
rel|3 冰雪天气高速公路通行指南请收好
oth|广告
nav|关于我们 | 联系我们 | 网站地图 | 意见反馈 | 不良信息举报
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="ws",
     notes="WeChat official-account post of a county media centre: follow-the-account prompts are newsletter; "
           "'原创' author/account/time line is other; source and editor lines at the bottom; share/like/在看 bar, "
           "阅读原文 link (navigation) and the comment block with its likes and author reply are comments.",
     text="""
nl|点击上方蓝字 关注“梨乡永丰”
T|永丰酥梨开摘了！今年亩产预计增加一成
oth|原创 永丰融媒 梨乡永丰 2025年08月22日 19:06 安徽
B|8月20日一早，永丰县果园镇的梨园里已经忙开了，果农们踩着梯子把套袋的酥梨一个个摘下，装筐、过磅、装车。
B|县农业农村局统计，今年全县酥梨种植面积约26万亩，预计总产量58万吨，比去年增加一成左右。
B|“今年雨水匀，果子个头大，糖度也高。”果园镇杨庄村种植户何广才说，他家18亩梨园已经被收购商订走了一半。
B|为解决销售难题，县里今年新建了3个冷链仓储中心，并在电商平台开设了“永丰梨”专区。
B|据了解，8月下旬至9月中旬为集中采摘期，县里将于9月6日举办第十届酥梨文化节。
att|来源：永丰县融媒体中心
oth|编辑：孙雅　审核：葛向东
nl|长按识别二维码 关注梨乡永丰
sh|分享　收藏　点赞　在看
nav|阅读原文
com|写留言
com|留言 12
com|果乡人：我们村的梨今年也丰收了，就是收购价比去年低一点
com|赞 36
com|小何在合肥：想家了，想吃老家的梨
com|作者回复：欢迎回家过节！
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="crlf",
     notes="Finance site market close, CRLF: index strip on top and an FX/gold/oil strip at the bottom are "
           "crypto_ticker; stamp+source line other; the site's not-advice note is disclaimer; 24h hot list, "
           "app prompt (navigation) and copyright footer.",
     text="""
tk|上证指数 3287.46 +0.62%　深证成指 10542.18 +1.05%　创业板指 2133.90 +1.41%
nav|财经首页 > 股票 > 大盘评述
T|沪指放量收涨 新能源板块午后走强
oth|2025-11-06 15:32:08　来源：金沙财经
B|11月6日，A股三大指数集体收涨。截至收盘，沪指涨0.62%，深成指涨1.05%，创业板指涨1.41%。
B|沪深两市成交额合计1.21万亿元，较上一交易日放量约1400亿元。
B|盘面上，储能、光伏设备、锂电池板块午后集体走强，半导体、证券板块跟涨；煤炭、银行板块小幅调整。
B|个股方面，全市场超过3600只个股上涨，68只个股涨停。
B|北向资金全天净买入约42亿元。
B|华岳证券首席策略分析师卢庭舟表示，近期政策面偏暖，市场风险偏好有所回升，但短期仍需关注成交量能否持续。
dis|金沙财经提醒：文中观点仅代表受访分析人士个人看法，读者据此操作，风险自担。
tk|人民币中间价 7.1045 ｜ 黄金AU9999 612.80元/克 ｜ WTI原油 71.36美元
rel|24小时热门
rel|券商晨会精华：四季度关注三条主线
rel|多只储能概念股年内涨幅翻倍
nav|扫码下载金沙财经APP 行情资讯随时看
oth|Copyright © 2025 金沙财经 All Rights Reserved
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="",
     notes="Crypto-aggregator repost in the seed scrape's style, mixing single and double newlines: doubled "
           "dek glued to itself (duplicate_line), ad-style project pitch (crypto_promo), multi-line token "
           "price box with a glued price line (crypto_ticker), reposting disclaimer, 'you may also like' teasers whose titles appear "
           "twice, '首发于' blurbs, Share and Site+stamp lines (related_links, Share is share_bar).",
     text="""
dup|比特币现货ETF单周净流入创三个月新高，机构资金回流迹象明显。比特币现货ETF单周净流入创三个月新高，机构资金回流迹象明显。
T|比特币ETF单周净流入18.6亿美元 创三个月新高
B|据链闻数据平台统计，上周美国比特币现货ETF合计净流入18.6亿美元，为近三个月来最高的单周数据。
B|其中，规模最大的两只ETF分别净流入7.2亿美元和5.1亿美元，其余产品多数为小幅净流入。
B|分析人士认为，资金回流与近期美国通胀数据回落、市场对降息预期升温有关。
B|不过也有交易员提醒，ETF资金流向波动较大，单周数据并不足以判断趋势。
pr|想让你的项目被更多币圈用户看到？欢迎投放币道通年度行业研报专栏，商务合作请私信。
tk|市场机会
>tk|Lumora 图标
>tk|Lumora 价格(LMR)
>tk|$0.0871
>tk|$0.0871$0.0871
>tk|+3.42%
>tk|USD
dis|免责声明：币道通转载的文章均来自公开平台，仅供读者参考，不代表币道通观点，版权归原作者所有。如认为内容侵犯了您的权益，请发邮件至 kefu@bidaotong.example 申请删除。本站不保证内容的准确性和时效性，亦不构成任何投资建议。
rel|你可能还喜欢
rel|以太坊Gas费降至年内低点，链上活动却在回暖
rel|以太坊Gas费降至年内低点，链上活动却在回暖
rel|该文章《以太坊Gas费降至年内低点，链上活动却在回暖》首发于链闻快讯。近一周以太坊主网平均Gas费已降至…
>sh|分享
>rel|链闻快讯2025/12/02 10:14
rel|Solana生态TVL重回百亿美元
rel|Solana生态TVL重回百亿美元
rel|该文章《Solana生态TVL重回百亿美元》首发于链闻快讯。据DeFi数据网站统计，Solana链上锁仓总价值…
>sh|分享
>rel|链闻快讯2025/12/01 22:37
"""),

dict(id="zhs-006", lang="zh-Hans", hard=False, opts="nofinal",
     notes="Toutiao-style app post without a headline, no final newline: open-in-app prompt (navigation), "
           "author name and author stamp line (other), +关注 follow button (newsletter); report link other, "
           "like/comment/repost bar share_bar, comment block, recommended list with an ad label.",
     text="""
nav|打开APP 阅读更顺畅
oth|城事观察员
oth|2025-09-18 21:40 · 四川 · 优质城市领域创作者
nl|+关注
B|成都市锦江区一处老旧小区加装电梯的事，拖了三年，这个月终于落地了。
B|小区建于1996年，共7栋楼，没有一部电梯。住在6楼的退休教师邓阿姨说，去年膝盖做了手术后，她几乎半年没下过楼。
B|加装电梯最难的是统一意见。一楼住户担心采光和噪音，高层住户则希望尽快动工。
B|社区先后组织了11次协调会，最终确定了费用分摊方案：二楼每户出资1.2万元，楼层越高出资越多，一楼不出钱，还能获得一定补偿。
B|目前首批3部电梯已完成井道施工，预计春节前投入使用。
oth|举报/反馈
sh|赞 326　评论 88　转发
com|全部评论 88
com|用户8831027：我们小区也在弄，一楼还是不同意
com|2025-09-19 · 四川 · 回复
com|锦江老住户：好事，早该装了
com|查看全部评论
rel|相关推荐
rel|重庆老旧小区改造新政：加装电梯最高补贴25万元
oth|广告
rel|二手房加装电梯后，房价真的会涨吗？
"""),

dict(id="zhs-007", lang="zh-Hans", hard=False, opts="",
     notes="Shipping trade-press page with a consent dialog (text and three buttons, cookie_banner), section "
           "menu, byline/date; the port figures are a list of story lines with their lead-in; extra blank "
           "lines before a members-only data teaser (other), newsletter sign-up, reprint notice and footer.",
     text="""
ck|我们使用Cookie统计网站访问量并改进您的阅读体验。点击“接受全部”即表示您同意《航运周刊隐私政策》。
ck|接受全部
ck|仅必要Cookie
ck|设置
nav|航运周刊 | 港口 | 集运 | 干散货 | 船舶 | 数据 | 会员
T|前三季度东南沿海主要港口集装箱吞吐量同比增长7.8%
oth|航运周刊记者 蔡岚 | 2025年10月21日
B|根据各港口集团公布的数据，1-9月东南沿海六大港口累计完成集装箱吞吐量1.62亿标准箱，同比增长7.8%。
B|主要港口前三季度表现如下：
B|宁远港：4210万标准箱，增长6.1%
B|海门港：3380万标准箱，增长9.4%
B|南屿港：2260万标准箱，增长11.2%
B|其余三港合计：6350万标准箱，增长6.9%
B|业内人士指出，东南亚、中东航线货量增长是拉动吞吐量的主要因素，而美线货量在三季度有所回落。
B|多家船公司已宣布四季度在亚欧航线上追加运力，预计年底前港口作业仍将保持高位。
~
oth|会员专享：登录后查看完整的港口吞吐量排名数据表
nl|订阅《航运周刊》每周简报，第一时间获取行业动态
nl|输入邮箱
nl|订阅
dis|本文为航运周刊原创稿件，转载请联系 editor@shipweekly-cn.example 获取授权。
oth|© 2025 航运周刊　沪ICP备21093357号
"""),

dict(id="zhs-008", lang="zh-Hans", hard=False, opts="single",
     notes="District government notice, single newlines: accessibility/elder-mode/script switch and "
           "breadcrumb (navigation), date/source/view-count line and font-size widget (other); the "
           "numbered section heads, the Q&A lines, the issuing body and the date at the end are story; print/close bar "
           "is share_bar, previous/next links navigation, sponsor and site-code footer other.",
     text="""
nav|无障碍 | 长者模式 | 繁體
nav|首页 > 政务公开 > 通知公告
T|关于开展2025—2026年度流感疫苗接种工作的通知
oth|发布日期：2025-09-26　来源：临溪区卫生健康局　浏览次数：3127
oth|字体：[大 中 小]
B|为降低流感对群众健康的影响，我区自10月8日起在全区23个预防接种门诊开展流感疫苗接种工作。现将有关事项通知如下：
B|一、接种对象
B|6月龄及以上无接种禁忌的人群均可自愿自费接种，60岁以上户籍老人可免费接种1剂次。
B|二、接种时间
B|周二至周六8:30—11:30、13:30—16:30（法定节假日除外）。
B|三、预约方式
B|通过“健康临溪”小程序或拨打各接种门诊电话预约。
B|四、常见问题
B|问：近期接种过其他疫苗，还能接种流感疫苗吗？
B|答：可以。流感灭活疫苗与其他疫苗的接种间隔无特殊要求，具体以接种门诊医生评估为准。
B|临溪区卫生健康局
B|2025年9月26日
sh|【打印本页】【关闭窗口】
nav|上一篇：关于公布第三批区级家庭医生签约服务团队名单的公示
nav|下一篇：临溪区2025年秋季学校传染病防控工作要点
oth|主办单位：临溪区人民政府办公室　网站标识码：3301090021
oth|政府网站找错
"""),

dict(id="zhs-009", lang="zh-Hans", hard=False, opts="nofinal",
     notes="Provincial TV site sports video page, no final newline: masthead and menu, video player time "
           "and controls (other), channel stamp, the headline's second copy (duplicate_line), five story lines including a one-line quote, editor line, "
           "follow-the-WeChat-account prompt (newsletter), more-videos list and rebroadcast ban (disclaimer).",
     text="""
nav|东海卫视 · 看东海
nav|新闻 | 综艺 | 体育 | 纪录片 | 直播
oth|00:00 / 02:47
oth|播放　全屏　清晰度：高清
T|城市联赛收官战：澜江竞技2比1逆转夺冠
oth|东海卫视体育频道 2025-11-30 22:15
dup|城市联赛收官战：澜江竞技2比1逆转夺冠
B|11月30日晚，省城市足球联赛决赛在海港体育中心进行，澜江竞技队以2比1逆转东湖城队，首次夺得联赛冠军。
B|上半场第31分钟，东湖城队前锋石磊头球破门，率先取得领先。
B|易边再战，澜江竞技第58分钟由替补登场的钟子恒扳平比分，第84分钟队长欧阳骏禁区外远射锁定胜局。
B|本场比赛现场观众达3.2万人，创联赛单场纪录。
B|澜江竞技主教练方立伟赛后表示：“球员们顶住了压力，这个冠军属于所有支持我们的球迷。”
oth|编辑：许晴
nl|关注“东海卫视体育”微信公众号，获取更多赛事资讯
rel|更多视频
rel|[01:52] 决赛前瞻：两队主帅隔空喊话
rel|[03:10] 联赛最佳阵容出炉 欧阳骏当选MVP
dis|东海卫视版权所有，未经许可不得转播、下载或转载本节目
"""),

dict(id="zhs-010", lang="zh-Hans", hard=False, opts="ws",
     notes="Long feature on a news site with seasonal subheadings (story) and trailing whitespace: text/photo "
           "credit line and read-time line other, an ad label in the middle, like/collect/repost bar, "
           "hot comments with a commenter's meta line and the comment box, previous/next links.",
     text="""
nav|人物 | 深度 | 图片
T|守山三十年：一个林场护林员的四季
oth|文｜陈默　图｜韦昊　2025-05-12
oth|约4200字，阅读需要9分钟
B|凌晨五点，天还没亮透，田守仁已经背上水壶出了门。这是他在白岩林场当护林员的第三十一个年头。
B|春：防火
B|每年清明前后是林区防火最紧张的时候。田守仁和同事要把管护的1.6万亩林子分片巡查一遍，一天下来常走二三十公里山路。
oth|广告
B|夏：暴雨
B|2020年夏天的一场暴雨冲毁了林场唯一的进山道路，他和两名同事在山上的观测站住了整整九天。
B|秋：病虫害
B|松材线虫病是他最担心的事。一旦发现枯死的松树，必须第一时间上报、取样、清理。
B|冬：巡山
B|“大雪封山的时候，最怕有人偷偷进来砍树。”他说，这些年盗伐已经很少见了，但巡山一天都不能停。
B|明年，田守仁就要退休了。他说，想把自己记了三十年的巡山日志交给林场，“留给后来的人”。
sh|点赞 1.2万　收藏　转发
com|热门评论（214）
com|山那边的风：致敬！这才是真正的守护者
com|来自贵州 · 3天前 · 回复
com|发表你的评论...
nav|上一篇：高原上的乡村邮递员
nav|下一篇：在县城开一家独立书店是什么体验
"""),

dict(id="zhs-011", lang="zh-Hans", hard=False, opts="single nofinal",
     notes="Weibo post of a city government account, no headline, single newlines, no final newline: "
           "account name and 'today, from' stamp other; the post's 【…】 opening line is story; topic tags "
           "navigation; repost and like counts share_bar, comment count and hot comments comments.",
     text="""
oth|澜江发布
oth|今天 08:31 来自 微博网页版
B|【澜江新版垃圾分类条例今起施行】今天起，《澜江市生活垃圾管理条例（修订）》正式施行。
B|新条例明确，个人未按规定分类投放且拒不改正的，由城管部门处50元以上200元以下罚款。
B|单位违规的，罚款标准提高至5000元以上5万元以下。
B|此外，外卖平台和快递企业被要求减少一次性包装的使用。
B|条例还要求，新建住宅小区须按标准配置分类投放点和洗手设施。
nav|#澜江生活# #垃圾分类#
sh|转发 1208
com|评论 563
sh|赞 4471
com|热门评论
com|阿橘不吃橘：支持，但小区的分类桶能不能多放几个
com|10-01 09:02 来自澜江 回复 赞 233
"""),

dict(id="zhs-012", lang="zh-Hans", hard=False, opts="",
     notes="Tech portal launch story with a spec list (story): breadcrumb, stamp/site/author line; an ad "
           "label and a shop slot in the middle (other); source line (attribution), reprint statement "
           "(disclaimer), 'you may like' list and share targets at the bottom.",
     text="""
nav|蓝鲸科技 > 手机 > 新品
T|星途Nova 9正式发布：搭载自研影像芯片 起售价2999元
oth|2025-08-06 20:45:12　蓝鲸科技　作者：叶子淇
B|8月6日晚，星途科技在深圳举行新品发布会，正式推出中端机型Nova 9系列。
B|新机主要配置如下：
B|屏幕：6.7英寸OLED直屏，最高亮度3000尼特
B|处理器：天枢8 Gen 2
B|电池：6000mAh，支持90W有线快充
B|影像：5000万像素主摄，搭载自研“明眸”影像芯片
oth|广告
oth|星途Nova 9 京东自营 限时立减200元 立即购买
B|价格方面，8GB+256GB版本售价2999元，12GB+512GB版本售价3499元，8月9日起全渠道开售。
B|星途科技总裁龚一鸣在发布会上透露，Nova系列上一代产品累计销量已突破500万台。
att|本文来源：蓝鲸科技原创
dis|版权声明：本文系蓝鲸科技原创稿件，任何网站、公众号转载须注明出处并保留作者署名，违者必究。
rel|猜你喜欢
rel|千元机也卷影像？今年下半年值得关注的6款新机
rel|星途平板2上手：办公够用，游戏一般
sh|微信　微博　复制链接
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="crlf",
     notes="Hard: a legal-news page on App privacy pop-ups that only offer '同意并继续' and on site-wide "
           "cookie banners; the story quotes such wordings and stays story, while the page's own cookie "
           "notice and its button are cookie_banner. CRLF.",
     text="""
ck|本站使用Cookie及同类技术提供服务，继续访问即视为您同意《法治快讯用户协议》及隐私政策。
ck|我知道了
nav|法治快讯　首页 > 法治 > 网络治理
T|23款App因“不同意就退出”式隐私弹窗被通报
oth|2025-07-03 10:18　来源：法治快讯　记者 郑一鸣
B|7月2日，省通信管理局通报了第二批侵害用户权益的App名单，23款App因隐私弹窗设置不规范被要求限期整改。
B|通报显示，部分App在首次启动时弹出隐私政策窗口，只提供“同意并继续”一个按钮，用户若点击“不同意”，App会直接退出。
B|还有的App在弹窗中默认勾选“我已阅读并同意《用户协议》和《隐私政策》”，或把“拒绝”按钮做成难以辨认的浅灰色小字。
B|一些网站则在页面底部常驻“本网站使用Cookie，继续浏览即表示您同意”的横幅，却不提供任何拒绝选项。
B|省通信管理局相关负责人表示，用户拒绝非必要的个人信息收集后，App仍应提供基本功能服务，不得以此为由拒绝用户使用。
B|被通报的App须在7月15日前完成整改，逾期未整改的将依法采取下架等处置措施。
oth|责任编辑：黄婷
rel|延伸阅读
rel|个人信息出境认证办法答记者问
sh|分享至　微信　朋友圈　微博
dis|本网所刊载内容之知识产权为法治快讯所有，未经书面许可不得转载使用。
"""),

dict(id="hard-zhs-002", lang="zh-Hans", hard=True, opts="",
     notes="Hard: a bitcoin sell-off on a crypto news site; the prices and liquidation figures in the story "
           "are story, while the price strip at the top is crypto_ticker, the exchange sign-up bonus "
           "crypto_promo, the risk note disclaimer and the stamped flash teaser related_links.",
     text="""
tk|BTC $61,842.10 -4.87% | ETH $2,416.33 -6.12% | SOL $132.05 -8.90%
nav|币道网　快讯 | 行情 | 深度 | 学院
T|比特币24小时内跌破6.2万美元 全网逾12万人爆仓
oth|币道网 · 2026-02-18 09:12 · 阅读 6,213
B|2月17日晚间起，加密货币市场出现大幅下跌。比特币价格从6.5万美元上方一路下探，18日凌晨一度跌至61,210美元，24小时跌幅接近5%。
B|以太坊跌幅更大，一度跌破2400美元，最低报2,386美元，日内最大跌幅超过7%。
B|截至发稿，比特币报61,842美元，以太坊报2,416美元，SOL报132美元。
B|据数据平台统计，过去24小时全网合约爆仓金额约4.3亿美元，爆仓人数超过12万人，其中多单爆仓占比近八成。
B|分析师沈彬认为，本轮下跌主要受美元指数走强和部分大户集中向交易所转币抛售影响，“短期支撑位在6万美元附近”。
pr|新用户注册币道交易所，完成首笔合约交易最高可领688 USDT体验金 →
dis|币道网提示：数字资产价格波动剧烈，本文内容不构成任何投资建议，请理性判断、谨慎决策。
rel|热门快讯
rel|某交易所冷钱包异动 一小时转出1.2万枚ETH
rel|币道网2026/02/18 08:47
"""),

dict(id="hard-zhs-003", lang="zh-Hans", hard=True, opts="ws single",
     notes="Hard: an investigation into faked WeChat read counts ('阅读 10万+', 点赞, 在看, 阅读原文, 写留言 "
           "quoted in story lines), on a WeChat-style page that carries its own read count, share bar, "
           "follow prompt and selected comments. Single newlines, trailing whitespace.",
     text="""
nav|传媒观察
T|刷出来的“10万+”：起底公众号阅读量造假产业链
oth|传媒观察 2025-06-17 发表于北京
oth|阅读 2.3万
B|“阅读 10万+，点赞 3000，在看 800”——在某电商平台上，这样一套数据的报价不到200元。
B|记者调查发现，一些商家以“涨粉”“刷量”为名，在网店和社交群中公开兜售公众号阅读量、点赞和“在看”数据，还提供“真人点击”“按时段分布”等定制服务。
B|业内人士透露，部分刷量平台用大量虚拟设备模拟阅读，“连文章底部的‘阅读原文’和‘写留言’都能刷”。
B|一家广告公司负责人坦言，品牌方在投放前通常只看阅读数，“数据好看，报价就能翻倍”。
B|今年4月，平台方宣布上线新的异常流量识别模型，首月清理虚假阅读量逾2亿次。
B|律师王诗涵表示，刷量行为可能构成不正当竞争，组织者还可能承担刑事责任。
sh|分享　收藏　在看　点赞
nl|关注传媒观察，看懂行业背后的故事
com|精选留言
com|老编辑：做了十年公众号，真实的10万+太难了
com|作者：确实，真实的数据更值得珍惜
"""),
]
