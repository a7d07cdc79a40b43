"""textset-dev34, writer B: Chinese cases (zh-Hans and zh-Hant) with sentence-shaped furniture.

Editor's notes, methodology and data notes, AI-assistance notices, corrections, disclosures,
licence notices, helpline boxes, trust statements and appeals written as whole sentences, at the
top and in the middle of the page as well as at the bottom.
"""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="",
     notes="Mainland long-read on a township clinic's night shift, part three of a series: editor's note before the story and a reporting-method paragraph in the middle are other; a related teaser headline plus its one-sentence summary are related_links; doubled dek at the top.",
     text="""
nav|首页 > 时事 > 县域观察
dup|夜里十一点以后，整个镇子只有卫生院的两盏灯还亮着。夜里十一点以后，整个镇子只有卫生院的两盏灯还亮着。
T|一间乡镇卫生院的夜班：两名医生守着三万人
oth|记者 孟书汀 实习生 严可欣　2026-11-28 07:30
oth|编者按：这是“县域医疗调查”系列报道的第三篇。前两篇分别关注了县医院的人才流失和村医的养老问题，本篇我们走进一家乡镇卫生院的夜班。
B|晚上十点四十分，芦塘镇卫生院的急诊室送来当晚第一个病人：一位在鱼塘边摔倒的六十七岁老人，额头缝了五针。
B|值班医生饶启明今年五十一岁，在这里干了二十六年。和他搭档的护士周蔓，是去年刚从卫校毕业的本地姑娘。
B|芦塘镇户籍人口三万一千余人，常住约一万九千人，卫生院在编医生十一人，夜班固定只有一名医生、一名护士。
B|“不敢病，也不敢休。”
B|饶启明说，最怕的是同时来两个重病人。去年冬天一个夜里，一位心梗患者和一个烫伤的孩子前后脚送到，他只能先稳住一个，再打电话请县医院派车。
oth|采写说明：本文记者在芦塘镇卫生院连续跟访了四个夜班，采访医护人员、患者及家属共二十三人。应部分受访者要求，文中患者均使用化名。
B|县卫健局提供的数据显示，全县十四家乡镇卫生院中，有九家夜间只能保证一名执业医师在岗。
B|局里一位负责人表示，明年计划通过县域医共体统一排班，让县医院医生轮流下沉值夜班，但具体方案仍在测算。
B|凌晨三点，周蔓在护士站打了个盹。五点四十分，第二个病人来了。
rel|延伸阅读｜县域医疗调查之二：村医老了，谁来接班？
rel|在平原县的一百二十七个行政村里，超过六成村医年龄在六十岁以上，最年长的一位已经七十九岁，仍然每天出诊。
com|评论将在审核后显示。请文明发言，含有人身攻击、广告或未经核实的医疗信息的留言将不予通过。
dis|本文为江岸新闻原创稿件，版权归江岸新闻所有，未经书面授权，任何单位和个人不得转载、摘编或以其他方式使用。
oth|责任编辑：顾岚　校对：许青
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="single",
     notes="Tech-site review of a battery-swap cabinet reposted from a WeChat account: reading-time line and repost credit at the top, a conflict-of-interest statement and an ad label in the middle (disclaimer, other), author bio, newsletter pitch and a reader-event invitation in prose at the bottom; the price lines are story.",
     text="""
nav|极客车评 | 首页 / 两轮 / 评测
oth|阅读本文大约需要 6 分钟
att|本文首发于微信公众号“骑行实验室”，经作者授权转载，编辑时有删节。
T|换电柜铺到小区门口之后，我用了一个月
B|十月初，我们小区门口多了一台蓝色的换电柜，十二个仓位，扫码就能换下电动车的电池。
B|我所在的城市有超过四十万辆外卖和快递电动车，换电柜主要面向这批骑手，但普通用户也可以按月订阅。
B|月卡价格为 139 元，不限次数；单次换电 6 元。
B|一个月里，我一共换了 17 次电，平均每次耗时 41 秒，最长的一次因为柜门卡住等了将近五分钟。
dis|利益声明：本站与文中提到的换电品牌不存在商业合作，测试所用月卡由编辑部自费购买，评测结论不受任何厂商影响。
oth|【广告】
B|换电最大的好处是省心：不用把电池拎上楼，也不用担心在楼道里充电带来的消防隐患。
B|不足之处在于高峰期排队。晚上七点到八点之间骑手集中换电，我有三次遇到柜子里没有满电电池。
B|运营方客服表示，下个月将在同一地点再增设一台八仓位的柜子。
oth|关于作者：宋亦凡，两轮出行编辑，骑过的电动车超过六十款，最怕下雨天电量见底。
nl|订阅“两轮周报”，每周五早上把一周新车、政策和值得买的配件送到你的邮箱。
sh|分享到：微信 微博 QQ空间 复制链接
rel|相关阅读
rel|新国标电动车明年上路，这三点变化你需要知道
rel|实测五款头盔：最贵的不一定最安全
oth|活动预告：12月14日下午，我们将在城西创意园举办“城市骑行安全”读者开放日，欢迎报名参加，名额有限，先到先得。
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="ws",
     notes="Provincial daily on a wintering-bird count with two photo captions: an AI-voiced audio line at the top, a data-method note in the middle and a corrections invitation at the bottom are other; the cookie notice is one long sentence plus its button.",
     text="""
nav|湖城日报 > 科教 > 生态
oth|本文音频版由AI合成，点击即可收听
T|越冬候鸟同步调查：白鹤湖今年记录到4.6万只
oth|2026年12月02日 08:15 | 作者：唐知远
B|12月1日清晨，一百多名志愿者和保护区工作人员分成23个小组，在白鹤湖沿岸同一时段开展越冬水鸟同步调查。
C|志愿者在白鹤湖南岸用单筒望远镜计数。湖城日报记者 唐知远 摄
B|初步统计，此次共记录水鸟61种、46218只，比去年同期多出约三千只。
B|其中国家一级保护野生动物白鹤1280只，东方白鹳417只。
B|保护区科研科科长范青禾说，今年秋季降水偏少，湖区浅滩和草洲露出得早，为鹤类提供了充足的觅食地。
C|一群白鹤在浅滩觅食。（保护区供图）
oth|数据说明：本文中的鸟类数量为同步调查当天的初步统计，采用分区直接计数法，大群个体按十只一组估算，最终数据以保护区正式发布为准。
B|但她也提醒，部分越冬地点距离高速公路较近，噪声和灯光可能影响鸟类夜栖，需要在明年的规划中统筹考虑。
B|调查结果将汇总上报，并与周边三省的数据合并分析。
oth|如您发现本文存在错漏，欢迎发送邮件至 jiucuo@hucheng-daily.cn 反馈，我们将在核实后及时更正。
ck|本网站使用Cookie及类似技术来改善浏览体验、统计访问流量，继续浏览即表示您同意我们按照《隐私政策》使用上述技术。
ck|同意并继续
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="nofinal",
     notes="City portal on a metro line opening: accessibility note and an 'updated at' sentence at the top, a topic link and a video promo in prose between story lines, a correction notice at the bottom (other); the timetable lines are story.",
     text="""
nav|首页 本地 民生 交通 教育 专题
oth|本站已适配读屏软件，视障用户可按Alt+Shift+A开启无障碍阅读模式。
T|地铁6号线一期明日开通 首班车6点发车
oth|本文更新于12月3日18时，补充了票价和换乘信息。
B|记者从市轨道交通集团获悉，地铁6号线一期工程将于12月4日上午10时开通初期运营。
B|6号线一期全长18.7公里，共设车站14座，其中换乘站4座。
B|运营时间安排如下：
B|首班车：6:00（江心站、北园站双向发车）
B|末班车：22:30
B|行车间隔：高峰时段约5分钟，平峰时段约7分半钟
rel|点击进入专题：城市轨道交通建设进行时
oth|想知道在哪几站换乘最方便？我们拍了一段一分钟的短视频，带你提前把新线走一遍，点击即可播放。
B|票价方面，6号线继续执行现行的里程分段计价，起步价2元可乘坐6公里。
B|轨道集团提醒，开通首日客流可能较大，建议市民错峰出行，可提前通过“城市通”APP查询各站实时客流。
oth|更正：本文此前版本将“江心站”误写为“江新站”，现已更正，特此致歉。
nav|下载城市客户端，第一时间获取本地新闻推送
oth|举报 | 纠错
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="~",
     notes="Crypto aggregator repost of a translated mining story: price strip and a risk warning at the top, a persuasive exchange promo in the middle, a machine-translation notice and stamped teasers after extra blank lines at the bottom; translator credit is attribution.",
     text="""
tk|BTC $87,412.5 -1.24%
tk|ETH $3,106.8 -2.05%
tk|SOL $142.31 +0.87%
dis|风险提示：本文内容仅供参考，不构成任何投资建议。数字资产价格波动剧烈，请读者理性看待，自行承担投资风险。
T|哈萨克斯坦矿企北岭算力关停三成矿机 称电价上涨吞噬利润
att|原文作者：Dana Ormanova　编译：链闻小组
B|总部位于阿斯塔纳的比特币矿企北岭算力（Northridge Hash）周二表示，将关闭其在巴甫洛达尔矿场约三成的矿机。
B|该公司称，当地工业电价自十月起上调约22%，使其每枚比特币的现金开采成本升至约6.1万美元。
B|北岭算力目前运营约2.8万台矿机，总算力约3.9 EH/s。
B|公司首席执行官阿斯兰·努尔别科夫在声明中说：“在当前价格下，最老旧的一批机器已经不值得开机。”
pr|还在观望？现在注册星汇交易所，完成首笔入金即可领取最高500 USDT新人礼包，合约手续费首月再打五折，名额有限，先到先得！
B|分析人士指出，哈萨克斯坦曾一度是全球第二大比特币挖矿地区，但近年电力短缺和税费调整促使多家矿企外迁。
B|北岭算力表示，被关停的矿机将部分转运至其在吉尔吉斯斯坦的合作矿场。
~
oth|本文由AI工具辅助翻译，并经编辑人工审校。如译文与原文存在出入，以英文原文为准。
rel|更多资讯
rel|美国上市矿企第三季度产量普遍下滑
rel|币界观察2026/12/01 14:22
rel|以太坊质押量创新高，分析师称短期抛压有限
rel|币界观察2026/12/01 09:05
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="",
     notes="Hard: a story about mandatory AI-content labels that quotes the platforms' label wordings (one quoted label is its own story line); the page's own AI-assistance notice at the top is other, the comment count and prompt are comments.",
     text="""
nav|观潮网 > 科技 > 互联网
oth|本文部分内容由AI辅助生成，经编辑核实后发布。
T|AI生成内容须“显著标识” 多家平台本月起补上提示语
oth|2026-11-19 10:02 来源：观潮网 作者：邵谦
B|按照新施行的管理办法，平台上由人工智能生成的文字、图片和音视频，须在显著位置添加提示。
B|记者发现，各平台的提示语并不统一。有的在文章开头写着“本文由人工智能辅助生成”，有的则在末尾注明“以上内容由AI生成，仅供参考”。
B|某问答平台则在每条AI回答的底部，统一加上了一行灰色小字：
B|“内容由AI生成，请仔细甄别。”
B|一家短视频平台的负责人表示，目前已对超过1.2亿条存量视频完成了回溯标注。
B|江东传媒大学副教授柯妍认为，提示语放在文末，读者往往看不到，“标识的位置比措辞更重要”。
B|也有自媒体作者抱怨，只用AI检查了错别字，文章也被系统打上“AI生成”的标签，申诉流程长达一周。
B|管理办法规定，对未按要求标识的，由网信部门责令限期改正。
sh|分享到：微信 微博 复制链接
rel|热门推荐
rel|手机厂商集体升级端侧大模型，续航成了新难题
rel|“一键生成”短剧泛滥，多家平台开始限流
com|网友评论（已有326人参与）
com|我来说两句……
"""),

dict(id="zht-001", lang="zh-Hant", hard=False, opts="ws",
     notes="Hong Kong outlet, part two of a redevelopment series: a listen line and the series note before the headline are other; a related-report headline and its summary sentence in the middle are related_links; membership appeal (other), comment policy (comments) and copyright line (disclaimer) at the bottom.",
     text="""
nav|港聞 | 社會 | 舊區重建
oth|此文章設有聆聽功能，按此收聽全文（約5分鐘）
oth|本文為「舊區重建十年」系列第二篇。第一篇講述深水埗一幢唐樓的最後住戶，今期我們走進土瓜灣的街坊小店。
T|土瓜灣老店搬遷倒數 街坊排隊買最後一盒蛋撻
oth|撰文：梁曉澄　攝影：關浩宇
B|早上七點，土瓜灣道上的「合興餅家」門外已排起二十多人的長龍。
B|這間開業五十三年的餅店，將於本月底因重建項目遷出。
B|第二代店主鄺志強說，店舖每日手造約八百個蛋撻，搬走前最後一個月，每天不到中午便賣光。
B|「街坊話捨不得，其實我更捨不得。」
rel|【相關報道】深水埗唐樓最後住戶：「我在這裏住了六十年」
rel|去年一幢戰後唐樓被收購後，八十七歲的陳婆婆成為最後一位搬走的住戶，她花了三個月才把舊物分類裝箱。
B|市建局表示，受影響商戶可申領特惠津貼，並獲優先租用重建後的商舖，但租金將按市值釐定。
B|鄺志強估計，新舖租金至少是現時的三倍，他仍在考慮是否在附近另覓舖位。
B|他計劃把店內的舊招牌和焗爐捐給區內的社區博物館。
oth|獨立媒體需要你的支持：每月五十元，就能讓我們的記者繼續走進每一條舊街。立即成為會員。
com|留言前請先閱讀社群守則。本網保留刪除涉及人身攻擊、仇恨言論或廣告留言的權利，所有留言不代表本網立場。
dis|版權所有，未經本網書面許可，不得轉載、複製或改編任何內容。
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="",
     notes="Taiwanese finance site on a PCB maker's order: a three-line index strip joined by single newlines at the top, a trading-app promo in persuasive prose in the middle (crypto_promo), a holdings disclosure and a not-advice line at the bottom (disclaimer); the earnings and price lines are story.",
     text="""
nav|財經焦點 > 台股 > 個股新聞
tk|加權指數 23,418.62 ▲126.35 (+0.54%) 成交值 4,127億
>tk|櫃買指數 261.07 ▼0.82 (-0.31%)
>tk|台指期 23,402 ▲98
T|PCB廠鼎豐電路接獲AI伺服器大單 明年擴產兩成
oth|記者簡若寧／台北報導　2026/12/02 13:45
B|印刷電路板廠鼎豐電路（6473）今（2）日表示，已取得北美雲端業者AI伺服器主機板訂單，預計明年第二季起逐月放量。
B|鼎豐董事長魏崇仁在法說會上指出，明年高階多層板產能將較今年增加約兩成，資本支出上看新台幣45億元。
B|公司前三季合併營收新台幣187.3億元，年增14.6%；稅後純益12.1億元，每股盈餘3.42元。
B|受消息激勵，鼎豐今日股價開高走高，終場收在158.5元，上漲7.5元，成交量放大至1.8萬張。
pr|想即時掌握飆股訊號？下載「股神快報」APP，首月免費體驗AI選股與盤中推播，現在註冊再送定期定額手續費一折優惠，立即開戶！
B|不過法人提醒，銅價與玻纖布成本近期走揚，恐壓縮明年上半年毛利率。
dis|利益揭露：本文作者未持有文中所提及之個股，亦未與該公司存在任何業務往來。
dis|本網站所提供資訊僅供參考，不構成任何投資建議，投資人應審慎評估並自負盈虧。
rel|延伸閱讀
rel|被動元件報價止跌 業者：庫存回到健康水位
rel|外資連三賣 電子權值股承壓
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="single",
     notes="Taiwanese regional paper on cold damage to milkfish ponds: the privacy-policy cookie notice in one long sentence and its button open the page; an inline 'see more' link in the middle; LINE push pitch (newsletter) and a corrections invitation (other) at the bottom.",
     text="""
ck|【重要提醒】本站已更新隱私權政策。為提供更好的服務，我們會使用Cookie蒐集您的瀏覽資訊，請點選「我同意」後繼續瀏覽。
ck|我同意
nav|地方 > 台南
T|寒流來襲 台南虱目魚塭估損逾三千萬元
oth|記者黃品睿／台南報導
B|強烈大陸冷氣團南下，台南沿海低溫連續兩晚跌破攝氏十度，七股、將軍一帶虱目魚塭傳出大量凍斃。
B|台南市農業局初步統計，受災魚塭面積約420公頃，損失金額估計超過新台幣3,100萬元。
B|七股養殖戶蘇明德說，凌晨三點巡塭時，魚已經一片一片翻白，「撈了整個早上，撈不完。」
rel|看更多：寒流低溫特報 嘉義以南沿海防範寒害
B|農業局表示，已啟動現金救助申請，養殖戶須於十日內檢具相關資料，向所在地區公所提出。
B|救助標準為每公頃新台幣三萬元。
B|農業局並呼籲業者加深池水、架設防風網，並於寒流期間暫停投餵。
nl|加入我們的LINE官方帳號，每天早上七點，把台南在地新聞懶人包送到你手機。
oth|本報新聞均經查證後刊出，若發現錯誤，歡迎來信指正：news@tainan-daily.com.tw
sh|分享　LINE　Facebook　複製連結
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="crlf",
     notes="Taiwanese fact-check report: the verdict line and the conclusion are story; the method note, the rating explainer, the trust statement and the appeal line are other, the Creative Commons reuse notice is disclaimer.",
     text="""
nav|事實查核中心 | 查核報告 | 健康
T|網傳「熱檸檬水能殺死癌細胞」？醫師：沒有證據
oth|發布日期：2026/11/26　查核記者：游佩珊　責任編輯：吳承翰
B|查核結果：錯誤
B|近日通訊軟體流傳一則訊息，聲稱「每天早上喝一杯熱檸檬水，可以殺死體內的癌細胞，比化療有效一萬倍」。
B|查核中心比對後發現，相同內容最早出現在2019年一個境外網站，近一個月在LINE群組被轉傳超過三千次。
B|高雄某醫學中心腫瘤科主任邱文彥表示，目前沒有任何人體研究證實檸檬水能殺死癌細胞，「把它當成治療，只會延誤就醫」。
B|營養師林怡君也指出，檸檬富含維生素C，但一般飲食攝取的量，對腫瘤沒有治療效果。
B|結論：網傳訊息與事實不符，為錯誤訊息。
oth|查核方法說明：本報告由兩名查核員分別比對原始訊息、檢索學術文獻並訪問專家，經主編覆核後發布。
oth|評級說明：「錯誤」指訊息內容與事實不符；「部分錯誤」指訊息含部分正確資訊但有誤導之處；「事實釐清」用於訊息需要補充背景才能正確理解的情形。
oth|為什麼你可以信任我們：本中心為國際查核聯盟認證成員，經費來源、組織架構與查核原則均公開於官網。
dis|本報告採用創用CC「姓名標示－非商業性－禁止改作」4.0授權，歡迎非商業轉載，轉載時請註明出處並附上原文連結。
oth|對本報告有疑義？歡迎填寫申訴表單，我們將於七個工作天內回覆。
rel|近期查核
rel|網傳「疫苗含追蹤晶片」影片？經查為剪接變造
"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="",
     notes="No headline: a Hong Kong community-paper piece on minibus fares reposted on a platform; the repost credit (attribution) and a post stamp with reading time open the scrape; opinion disclaimer, related link and a comment-rules paragraph with count and login line at the bottom.",
     text="""
att|以下內容轉載自《九龍東社區報》，經作者授權刊登。
oth|發佈於 2026年12月1日 下午4:18 · 閱讀時間約2分鐘
B|九龍東十二條專線小巴路線將於明年一月起加價，每程增幅由五毫至一元四毫不等。
B|運輸署文件顯示，營辦商以司機薪酬及燃油開支上升為由申請加價，當局批准的平均增幅約8.6%。
B|其中往來觀塘與將軍澳的路線加價最多，全程收費由十一元九毫升至十三元三毫。
B|觀塘區議員何穎詩表示，不少街坊每日來回兩程，每月車費多出近六十元，對長者及基層家庭是額外負擔。
B|營辦商則稱，過去三年燃油價格上升逾兩成，若不加價，部分路線或需削減班次。
B|加價申請在交通事務委員會會議上未有引起太大爭議。
dis|本文觀點僅代表作者個人，不代表本平台立場。
rel|延伸閱讀：港鐵票價明年或再調整 乘客團體要求凍結
com|留言須遵守社群守則，本平台有權刪除涉及人身攻擊、粗言穢語或廣告的留言，並保留暫停違規帳戶的權利。
com|12則留言
com|按此登入後發表留言
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="",
     notes="Hard: a story about draft rules requiring helpline information under suicide reports quotes helpline wordings in story lines; the page's own content warning at the top and its helpline box at the bottom are other.",
     text="""
nav|健康 > 心理健康
T|衛福部擬修指引 自殺新聞須附求助資訊
oth|記者謝欣妤／台北報導　2026-11-24 14:06
oth|本文涉及自殺相關內容，可能引起不適，請斟酌閱讀。
B|衛生福利部今（24）日預告修正媒體報導自殺新聞的參考指引，要求網路媒體在相關報導文末固定附上求助專線資訊。
B|現行指引僅建議媒體避免描述細節、避免放在頭條，對是否附上專線並無強制規範。
B|衛福部心理健康司司長孫綺雯說，已有研究顯示，報導末尾的一句「如果你需要幫助，請撥打安心專線」，能讓部分讀者主動求助。
B|指引草案也列出建議文字，例如「生命值得珍惜，遇到困難請記得求助」。
B|草案預告期六十天，各界可於期滿前提出意見。
B|一名新聞學者則認為，指引應避免淪為形式，「文末加一行字很容易，報導本身的寫法才是關鍵」。
oth|若您或身邊的人正在經歷情緒困擾，請撥打24小時心理諮詢專線 0800-788-995，或洽各縣市社區心理衛生中心，我們都在。
rel|延伸閱讀：年底心情低落？精神科醫師教你三步驟自我覺察
sh|分享到 Facebook　分享到 LINE
"""),
]
