from make_cases import C

CASES = [
C("zht-001", "zh-Hant", "Taipei-style city government press page: accessibility shortcut, language switcher, menu and breadcrumb on top; update date, view counter, contact block and footer below.", """
N:nv| :::
N:nv| 跳到主要內容區塊
N:nv| 中文 | English | 日本語 | 한국어
N:nv| 首頁 > 市政新聞 > 新聞稿
T| 北投區溫泉路段人行道拓寬 4月動工
B| 市府工務局表示，北投區溫泉路自光明路口至地熱谷入口段的人行道，將於4月7日起進行拓寬工程，預計8月底完工。
B| 工程完成後，人行道寬度將由1.2公尺增加為2.5公尺，並增設無障礙斜坡8處。
B| 施工期間採半幅施工，車道維持雙向通行。
B| 工務局提醒，假日遊客較多，請民眾多利用大眾運輸前往。
B| 工程總經費約新台幣3,860萬元。
N:ot| 發布日期：115-03-02
N:ot| 更新日期：115-03-03
N:ot| 點閱次數：1,284
N:ot| 新聞聯絡人：工務局新建工程處 李科長 電話：(02)2725-xxxx
N:sh| 列印 | 轉寄 | 分享至LINE | 分享至Facebook
N:nv| 隱私權政策 | 政府網站資料開放宣告 | 資訊安全政策
"""),

C("zht-002", "zh-Hant", "Hong Kong health-authority style flu advisory: alert strip, font-size control and menu on top; bullet list of advice; last-revision date and feedback widget at the bottom. Single newlines.", """
N:ot| 最新消息：流感高峰期已經開始
N:nv| 字體大小：小 中 大
N:nv| 主頁 / 健康資訊 / 傳染病 / 季節性流感
T| 衞生署呼籲長者及幼童盡快接種流感疫苗
B| 衞生署今日（三月五日）表示，本港已進入冬春季流感高峰期，過去一週公立醫院流感入院人數較前一週上升約四成。
B| 發言人呼籲市民注意以下事項：
B| ・出現發燒及呼吸道病徵應戴上口罩並及早求醫
B| ・經常保持雙手清潔
B| ・避免前往人多擠逼的地方
B| 合資格人士可於各區長者健康中心及參與計劃的私家診所免費接種疫苗。
B| 截至本週，今季已有逾九十五萬人接種。
N:ot| 修訂日期：2026年3月5日
N:ot| 這頁資訊對你有用嗎？ 有用 / 沒用
N:ot| 如有查詢，請致電衞生防護熱線
N:nv| 重要告示 | 私隱政策 | 無障礙瀏覽
""", fmt="single"),

C("zht-003", "zh-Hant", "Taiwanese elementary school news page: school header and menu on top, calendar box mid-page, related news and footer at the bottom; trailing whitespace.", """
N:nv| 新竹縣立東興國民小學
N:nv| 學校簡介 | 行政單位 | 學生園地 | 家長專區 | 校園公告
T| 東興國小合唱團 全國賽奪特優
B| 本校合唱團參加115學年度全國學生音樂比賽，於國小B組同聲合唱項目榮獲特優。
B| 合唱團共有團員42人，每週一、三晨間練習。
B| 指導老師陳怡君表示，孩子們為比賽犧牲了不少寒假時間。
N:ot| 行事曆：3/13 家長日、3/20 校外教學、3/27 期中評量
B| 學校將於3月16日朝會安排合唱團為全校師生演出。
B| 「比賽只是過程，唱歌的快樂才是最重要的。」
N:rl| 相關公告
N:rl| 本學期課後照顧班開始報名
N:rl| 午餐菜單（3月份）公告
N:ot| 瀏覽人數：3,417
N:ot| 地址：新竹縣竹北市東興路二段xx號　電話：03-555-xxxx
""", ws=True),

C("zht-004", "zh-Hant", "Content-farm machine-translated repost: doubled summary glued, crypto ticker and promo, attribution, 'you may also like' teasers with stamps. No final newline.", """
N:du| 台中市政府宣布將延長夜間公車服務。台中市政府宣布將延長夜間公車服務。
N:nv| 每日快訊網
T| 台中市延長夜間公車 至凌晨一點
B| 台中市交通局宣布，自4月1日起，市區12條主要公車路線的末班車將延長至凌晨1點。
B| 交通局表示，這是為了服務夜間工作的民眾以及學生。
B| 試辦期為六個月，之後將根據搭乘人數決定是否繼續。
B| 每條路線在延長的時段內，班距約為30分鐘。
N:at| 本文由機器自動翻譯，原文來源：中部生活報
N:cp| 新用戶註冊即送 50 USDT 體驗金，立即開戶交易
N:ct| 比特幣 BTC $71,388.40 -1.18%
N:ct| 以太幣 ETH $3,702.15 +0.64%
N:rl| 你可能也喜歡
N:rl| 高雄輕軌環狀線全線通車滿週年
N:rl| 每日快訊網2026/03/05 08:14
N:rl| 嘉義市推出共享單車月票
N:rl| 每日快訊網2026/03/05 07:52
""", final_nl=False),

C("hard-zht-001", "zh-Hant", "Hard: story about amended personal-data rules for government websites quotes cookie-consent wording; the page carries a real cookie notice and privacy footer.", """
N:ck| 本網站使用Cookie以提供更佳的瀏覽體驗，繼續使用即表示您同意我們的隱私權政策。
N:ck| 我知道了
N:nv| 國家發展委員會 新聞稿
T| 政府網站將統一Cookie同意機制 個資保存期限縮短
B| 國發會今日公布修正後的「政府網站個人資料保護作業原則」，要求中央及地方機關網站於年底前完成改版。
B| 依新原則，除網站運作必要的Cookie外，其他追蹤工具須經使用者同意後才能啟用。
B| 同意視窗必須同時提供「全部接受」與「全部拒絕」兩個同樣大小的按鈕。
B| 線上申辦表單所蒐集的個人資料，保存期限原則上不得超過一年。
B| 國發會指出，去年檢查的412個機關網站中，有87個使用了與業務無關的廣告追蹤程式。
N:ot| 發布單位：資訊管理處
N:nv| 隱私權保護政策 | 網站安全政策 | 政府網站資料開放宣告
"""),

C("zhs-001", "zh-Hans", "District government news page: accessibility/elder-mode switch, menu and breadcrumb on top; source, editor, print/close links, and footer with ICP number at the bottom.", """
N:nv| 无障碍浏览 | 长者模式 | 繁体版
N:nv| 首页 > 政务公开 > 区政要闻
T| 西湖街道老旧小区加装电梯工作全面启动
B| 记者从区住建局获悉，今年全区计划为52个老旧小区加装电梯，首批18台电梯已于本月开工。
B| 加装电梯费用由政府补贴和居民出资共同承担，每台电梯最高补贴30万元。
B| 街道工作人员介绍，为了推进工作，社区逐户上门征求意见。
B| 目前同意率达到三分之二以上的楼栋均已纳入计划。
B| 预计首批电梯将在9月底前投入使用。
N:at| 来源：区住房和城乡建设局
N:ot| 责任编辑：周晓敏
N:sh| 【打印本页】 【关闭窗口】
N:ot| 主办单位：某区人民政府办公室　网站标识码：3301xx0001
N:ot| 浙ICP备0000xxxx号
"""),

C("zhs-002", "zh-Hans", "Provincial meteorological observatory warning page: current-weather widget on top, warning list in the body, related warnings and service-hotline footer; trailing whitespace and mixed newlines.", """
N:nv| 省气象台
N:ot| 当前天气：小雨 12℃ 东北风3级 空气质量：良
N:nv| 首页 | 天气预报 | 预警信息 | 气象科普 | 服务产品
T| 省气象台发布大风蓝色预警
B| 省气象台3月6日10时发布大风蓝色预警信号。
B| 预计今天夜里到明天，沿海地区及湖面将出现7～8级阵风。
B| 防御指南：
B| 1. 关好门窗，加固围板、棚架、广告牌等易被风吹动的搭建物；
B| 2. 停止高空、水上等户外作业；
B| 3. 海上作业船只回港避风。
N:rl| 相关预警
N:rl| 3月5日 寒潮黄色预警（已解除）
N:rl| 3月2日 大雾橙色预警（已解除）
N:ot| 气象服务热线：12121
N:nv| 扫码关注官方微信公众号
""", fmt="mixed", ws=True),

C("zhs-003", "zh-Hans", "Metro operator service notice: app download prompt on top, extra blank lines, related notices and customer-service footer. CRLF.", """
N:nv| 下载“城市地铁”APP，扫码乘车更便捷
N:nv| 首页 / 运营公告
T| 关于地铁5号线部分车站临时调整运营时间的公告
B| 尊敬的乘客：
B| 因设备检修需要，3月14日（周六）地铁5号线南湖站至会展中心站区段末班车时间提前至22:00。
B| 其他区段运营时间不变。
B| 请乘客合理安排出行时间，由此带来的不便，敬请谅解。
B| 特此公告。
B| 市轨道交通运营有限公司
~
N:rl| 其他公告
N:rl| 清明节假期线网运营安排
N:ot| 客服热线：96xxx（6:00-23:00）
N:ot| 版权所有 © 市轨道交通集团
""", crlf=True),

C("zhs-004", "zh-Hans", "Charity foundation news: donation strip on top, donation QR prompt and volunteer box in the middle, share row and comment prompt at the bottom.", """
N:ot| 一起捐：为山区孩子送一份营养午餐
N:nv| 首页 | 项目 | 新闻 | 信息公开 | 联系我们
T| 春季营养餐项目覆盖37所乡村小学
B| 本基金会“春苗营养餐”项目于3月初在云贵两省37所乡村小学启动，预计惠及学生1.2万名。
B| 项目为每名学生每天提供一个鸡蛋和一盒牛奶。
B| 项目负责人刘芳说：“我们会定期回访学校，核对每一份餐食的发放情况。”
N:ot| 扫描二维码，月捐20元
B| 截至目前，本年度项目已筹集善款386万元。
B| 全部收支情况将在基金会官网按季度公示。
N:sh| 分享到：微信 | 微博 | QQ空间
N:cm| 发表评论（需登录）
N:ot| 本基金会登记证号：5300000xxxxxxx
"""),

C("hard-zhs-001", "zh-Hans", "Hard: police warning about fake donation links quotes '一键捐款' and '转发扩散' wording; the page carries a real share row and a real donation prompt for a registered charity.", """
N:nv| 平安某市 · 警方发布
T| 警惕！有人冒用灾区名义发布“爱心捐款”链接
B| 近日，市公安局反诈中心接到多起群众报案，称在朋友圈、微信群中点击“爱心捐款”链接后被骗。
B| 这些链接通常配有灾区图片，页面写着“一键捐款，每一元都是希望”。
B| 有的还要求捐款人“转发扩散，让更多人看到”。
B| 警方提示：
B| 一、通过民政部门认定的慈善组织或官方平台捐款；
B| 二、不要向个人账户转账；
B| 三、发现可疑链接及时拨打96110。
B| 目前，警方已关停相关链接27个。
N:sh| 分享到朋友圈 | 转发给好友
N:ot| 点击这里，通过市慈善总会官方渠道献爱心
N:at| 来源：市公安局反诈中心
N:ot| 阅读 2.1万　　在看 368
"""),
]
