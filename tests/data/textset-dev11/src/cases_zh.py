# Traditional and Simplified Chinese cases.
CASES = []


def C(id, lang, notes, text, **kw):
    CASES.append(dict(id=id, lang=lang, notes=notes, text=text, **kw))


C("zht-001", "zh-Hant", "HK portal dump: language switcher, channel menu, weather/date widget, breadcrumb; ad slot mid-story; 熱門 list, footer links, copyright.", """
n 跳至主要內容
n 繁
n 简
n English
n 港聞
n 國際
n 財經
n 體育
n 娛樂
n 生活
o 2026年11月25日 星期三
o 香港天文台 18°C 多雲
n 首頁 > 港聞 > 社會
T 西貢碼頭擴建工程下月動工 街渡改泊臨時浮橋
o 記者 梁嘉敏
B 土木工程拓展署表示，西貢公眾碼頭擴建工程將於12月初展開，預計需時兩年。
B 施工期間，往來離島的街渡會改用碼頭南面的臨時浮橋上落客。
o 廣告
B 署方指新碼頭會增設兩個泊位及無障礙上落設施。
B 有街渡營辦商擔心週末人流太多，臨時浮橋不夠用。
B 「我們希望政府加派人手維持秩序。」
r 熱門新聞
r 1 機場快綫列車延誤半小時
r 2 屯門公路今晨多車相撞
r 3 九龍城食肆衞生評級出爐
n 關於我們
n 廣告查詢
n 私隱政策
n 使用條款
n 聯絡我們
o © 2026 港島傳媒有限公司 版權所有
""")

C("zht-002", "zh-Hant", "Taiwanese news site: 即時/要聞 menu, login, cookie consent with buttons at top, share bar and 延伸閱讀 bottom, single newlines.", """
n 即時
n 要聞
n 政治
n 社會
n 地方
n 財經
n 會員登入
k 本網站使用 Cookie 以提供更好的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。
k 我知道了
k 了解更多
T 台南老屋修繕補助加碼 每戶最高120萬元
o 記者陳怡君／台南報導
o 2026/11/24 18:32
B 台南市政府宣布，明年起老屋修繕補助上限由80萬元提高到120萬元。
B 申請條件：
B 屋齡超過50年
B 位於歷史街區範圍內
B 屋主須同意開放參觀至少五年
B 文化局表示，今年共核准37件申請，明年預計增加到60件。
s 分享
s LINE
s 臉書
s 複製連結
r 延伸閱讀
r 安平老街週末交通管制
r 孔廟周邊人行道拓寬完工
n 服務條款
n 隱私權政策
n 著作權聲明
d 南方日報股份有限公司 版權所有 不得轉載
""", fmt="single", ws=4)

C("zht-003", "zh-Hant", "Finance portal (TW): 加權指數/櫃買 ticker strip top, sidebar 排行 mid-story, investment disclaimer and app badges bottom, CRLF.", """
n 首頁
n 台股
n 國際股
n 基金
n 外匯
x 加權指數 22,914.33 ▲128.40
x 櫃買指數 261.07 ▼0.85
x 美元/台幣 31.842
T 半導體設備廠訂單滿到明年第三季
o 2026-11-25 09:05
B 國內半導體設備廠旭辰科技表示，訂單已排到明年第三季。
B 公司前十月營收年增41%。
r 人氣排行
r 1. 航運股為何集體走弱
r 2. 高股息ETF配息出爐
B 總經理黃志誠說，先進封裝設備需求最強。
B 旭辰科技計畫明年在高雄新建廠房。
d 本網站資訊僅供參考，投資人應自行判斷並承擔風險。
n 下載App
n App Store
n Google Play
o 財訊通 版權所有 © 2026
""", ws=5)

C("zht-004", "zh-Hant", "HK entertainment page without headline: top nav, image credit line, caption, share icons middle, comments prompt and related bottom, trailing whitespace.", """
n 娛樂
n 電影
n 音樂
n 韓星
n 搜尋
a 圖片來源：星光影業
C 導演林志光（左）與女主角蘇曉晴出席首映。（星光影業提供）
B 電影《霧港》昨晚舉行首映，導演林志光指拍攝期間遇上三次颱風。
B 電影講述七十年代漁村少女的故事。
s 分享到Facebook
s 分享到WhatsApp
B 女主角蘇曉晴為角色學了三個月潮州話。
B 電影下月十二日正式上映。
m 發表評論
m 請先登入
r 你可能感興趣
r 樂隊重組演唱會加場
n 關於我們
n 私隱聲明
o 星島娛樂網 © 2026
""", ws=3, final_nl=False)

C("zht-005", "zh-Hant", "Taiwanese local news lynx-style dump: numbered links menu, weather widget, doubled title, newsletter pitch, footer with 法律顧問 and company register.", """
n [1]跳到主要內容
n [2]首頁
n [3]地方
n [4]生活
n [5]健康
n [6]登入
o 花蓮市 22°C 降雨機率 30%
T 花蓮縣推長照交通車 偏鄉長者就醫免轉車
u 花蓮縣推長照交通車 偏鄉長者就醫免轉車
o 記者吳宗翰／花蓮報導
B 花蓮縣政府新增六輛長照交通車，下月起服務秀林、萬榮與卓溪三鄉。
B 長者可預約直達花蓮市區醫院，不必再轉乘公車。
B 每趟自付額為30元。
B 縣府表示，預約專線平日上午八時開放。
l 訂閱東岸電子報，每週五掌握花東大小事
l 立即訂閱
n [7]關於本報
n [8]聯絡我們
o 法律顧問：明正法律事務所
o 東岸報業股份有限公司 統一編號 28861034
""", fmt="single", indent=2)

C("hard-zht-001", "zh-Hant", "HARD: story about paywalls at Taiwanese news sites quoting a paywall message; page carries its own paywall meter and subscribe box.", """
n 首頁
n 媒體
n 科技
n 評論
o 您本月還可免費閱讀 2 篇文章
o 訂閱解鎖全站
T 新聞付費牆一年後 台灣讀者買單了嗎
o 記者張雅筑
B 國內三家主要新聞網站導入付費牆一年，付費訂戶合計約18萬人。
B 調查顯示，多數讀者看到「本文為訂戶專屬內容」就直接關閉頁面。
B 研究者建議媒體提供單篇購買選項。
B 也有媒體改採「每月免費閱讀五篇」的計量制，流失率較低。
o 升級會員 每月99元
o 已是會員？登入
s 分享
n 關於我們
n 服務條款
o © 2026 數位觀察報
""")

C("zhs-001", "zh-Hans", "Sina-style portal dump: 导航 menu, 登录/注册, weather, breadcrumb; ad label mid-story; 热门排行, 责任编辑, footer with ICP licence.", """
n 新闻
n 财经
n 科技
n 体育
n 娱乐
n 汽车
n 登录
n 注册
o 北京 晴 -2℃~8℃
n 首页 > 国内新闻 > 正文
T 京津城际新增早高峰加开列车
o 2026年11月24日 10:12 来源：北方晨报
B 铁路部门宣布，自12月1日起京津城际早高峰新增6趟列车。
B 新增车次集中在7时至9时之间。
o 广告
B 天津站往北京南站方向平均间隔缩短至8分钟。
B 铁路部门提醒旅客提前通过官方渠道购票。
a 责任编辑：王立新
r 热门排行
r 1 冬季供暖补贴标准公布
r 2 多地发布大雾黄色预警
r 3 新能源车下乡活动启动
n 关于我们
n 联系我们
n 网站地图
o 京ICP证090541号
o Copyright © 2026 北方新闻网 版权所有
""")

C("zhs-002", "zh-Hans", "Tech site: 频道 menu, search; 分享到 bar top; numbered list in story; 相关阅读 and 评论 bottom; single newlines and trailing spaces.", """
n 首页
n 手机
n 电脑
n 智能家居
n 搜索
s 分享到：
s 微信
s 微博
s QQ空间
T 国产扫地机器人出海：欧洲销量同比增长六成
o 作者：刘晓峰
B 多家国产扫地机器人品牌今年在欧洲销量同比增长约60%。
B 业内人士总结了三个原因：
B 1. 自动集尘底座成为标配
B 2. 价格比本地品牌低三成
B 3. 线上渠道铺得更快
B 但也有品牌因数据合规问题在德国被要求整改。
r 相关阅读
r 洗地机价格战升级
r 智能门锁新国标发布
m 网友评论
m 已有46人参与
m 登录后发表评论
o 本站所有文章仅代表作者观点
""", fmt="single", ws=3)

C("zhs-003", "zh-Hans", "NetEase-style page: top app download bar, 要闻 menu, caption with credit, 延伸阅读 inline mid-story, 举报 link, footer; CRLF, no final newline.", """
o 打开App 阅读更多
n 要闻
n 社会
n 国际
n 军事
C 11月23日，游客在哈尔滨冰雪大世界施工现场参观。（图/东北日报 李明）
T 哈尔滨冰雪大世界提前开园 今年用冰量创新高
o 2026-11-24 08:45:31
B 哈尔滨冰雪大世界将于12月18日开园，比去年提前三天。
B 今年园区用冰量约30万立方米，创历届新高。
r 延伸阅读：东北多地滑雪场本周开板
B 园区新增一条长521米的冰滑梯。
B 门票价格与去年持平。
o 举报
n 关于网站
n 服务条款
n 隐私政策
o 网络文化经营许可证 黑网文〔2026〕1187-042号
""", crlf=True, final_nl=False)

C("zhs-004", "zh-Hans", "Sports portal: 比分 widget top, 视频 rail mid-story, comments and QR code app prompt bottom, blank-line runs.", """
n 体育首页
n 中超
n CBA
n 国际足球
o 正在直播 上海申城 1-0 成都蓉锦 67'
T CBA常规赛：辽东队客场逆转取得七连胜
o 体育频道 2026-11-24 22:10
B 辽东队昨晚客场以98比94逆转取胜，取得七连胜。
B 外援马库斯全场拿下31分。
r 视频推荐
r 集锦：第三节单节净胜14分
B 主教练赛后表示，球队防守还需加强。
B 辽东队下一场将于周六主场迎战南江队。
~
~
~
n 扫码下载体育App
m 发表你的看法
m 热门评论（212）
o 体育频道 © 2026
""")

C("zhs-005", "zh-Hans", "Government-style news page: 无障碍 / 长者模式 toggles, breadcrumb crumb per line, source line, 打印/关闭窗口 bottom, footer with 主办单位 and 备案号.", """
n 无障碍
n 长者模式
n 首页
n 政务公开
n 新闻动态
n 首页
n 新闻动态
n 部门动态
T 市场监管局开展冬季燃气具专项检查
o 发布时间：2026-11-24
a 来源：市市场监管局
o 字号：大 中 小
B 市场监管局即日起开展为期一个月的冬季燃气具专项检查。
B 检查重点包括：
B 燃气热水器是否有熄火保护装置
B 销售者是否建立进货查验记录
B 对检查中发现的问题将依法处理。
o 打印本页
o 关闭窗口
n 网站地图
n 联系我们
o 主办单位：临江市人民政府办公室
o 备案号：江ICP备05018843号-1
""", ws=5)

C("hard-zhs-001", "zh-Hans", "HARD: story about new rules requiring risk warnings on financial content, quoting the warning text; page carries its own investment disclaimer and stock ticker.", """
n 首页
n 股票
n 基金
n 理财
x 上证指数 3,318.42 +0.61%
x 深证成指 10,752.16 +0.93%
T 监管要求财经自媒体标注风险提示
o 2026-11-25 07:58
B 监管部门发布新规，要求财经自媒体在荐股类内容中显著标注风险提示。
B 新规要求使用“市场有风险，投资需谨慎”等提示语，且字号不得小于正文。
B 未按规定标注的账号将被限制推送。
B 新规自2027年1月1日起施行。
d 风险提示：文中观点仅代表作者个人，不作为买卖依据，读者据此入市须自行承担后果。
r 相关新闻
r 多家券商下调佣金率
n 联系我们
o © 2026 财经快讯网
""", fmt="double")
