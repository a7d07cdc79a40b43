"""textset-dev24, writer B: Chinese cases (zh-Hans and zh-Hant): wire copy, e-mail digests,
e-paper print text and print-view / reader-mode pages. Hard-wrapped Chinese story paragraphs are
broken at about 30-40 characters (60-78 display columns); every wrapped line is a body line."""

CASES = [
dict(id="zhs-001", lang="zh-Hans", hard=False, opts="",
     notes="Mainland wire copy as it reaches subscribers: agency/priority line, slug, editor's note on an update, hard-wrapped story, (完), editor credit, agency copyright and a sign-off line. Slug, priority, update note, (完) and sign-off are other; editor credit attribution; copyright disclaimer.",
     text="""
oth|东岸通讯社 · 国内电讯 · 优先级：急
oth|DA20250412-0873 闽江口-大风-停电（更新）
oth|编者注：本稿更新第二段恢复供电户数，并增加抢修人员说法。
T|闽江口突发大风致沿海三县停电 抢修人员连夜作业
B|东岸社福州4月12日电（记者邝一鸣）受强对流天气影响，11日夜间
>B|闽江口一带出现十级阵风，连江、罗源、长乐三地多条10千伏线路
>B|跳闸，约4.6万户居民用电中断。
B|当地供电公司介绍，截至12日凌晨5时，约3.1万户已恢复供电，
>B|其余用户预计在当天中午前陆续恢复。
B|“断点主要在海边养殖区，车开不进去，只能靠人扛着材料走。”
>B|一名抢修班长在电话中说。
B|连江县一处临时安置点当晚接收了41名渔民。
B|警方称，暂未接到人员伤亡报告。
oth|（完）
att|（编辑：盛晓岚；审校：吴平）
dis|东岸通讯社稿件版权所有，订户以外的媒体未经书面授权不得转载或摘编。
oth|签发：朱立新　字数：318　发稿：2025-04-12 06:41
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="single",
     notes="A city morning e-mail digest saved as text (single newlines): view-in-browser link, forward/sign-up pitch, issue stamp and weather greeting, section headers, the one main story, a sponsor block, the other digest items as related links, reply/unsubscribe lines and the mailing address.",
     text="""
nav|邮件显示不正常？点此在浏览器中阅读
nl|朋友转给你的？30秒订阅《南湖早班车》
oth|2025年5月8日 星期四 · 第412期
oth|早上好！今天南湖多云转晴，最高气温24℃，出门记得带件薄外套。
nav|今日看点
T|南湖首条夜间定制公交开通 末班延至凌晨一点半
B|南湖市公交集团7日宣布，连接高铁东站与城南产业园的N301路夜间定制公交于当晚正式开通。
B|该线路全长18.6公里，设11个站点，每晚21时至次日1时30分运营，发车间隔20分钟。
B|乘客需提前在“南湖出行”小程序预约座位，票价按里程计算，最高6元。
B|“加班到十二点，以前只能打车，一趟要六十多块。”园区一名程序员说。
B|公交集团表示，如首月日均客流超过300人次，将考虑加密班次。
oth|— 本期由「禾丰粮油」赞助 —
oth|禾丰小榨花生油，五一后新榨上市，邮件读者下单立减15元。
nav|其他新闻
rel|· 城南菜市场改造二期完工，摊位费三年不涨
rel|· 南湖中考体育新增跳绳选项，考生可二选一
rel|· 滨江步道周末封闭维修，骑行请绕行
nl|有线索或想法？直接回复这封邮件，编辑部每封都看。
nl|你收到这封邮件，是因为你曾在南湖早班车官网留下邮箱。
nl|退订 ｜ 修改推送频率 ｜ 更换邮箱
oth|南湖早班车编辑部　南湖市城南区文昌路88号3楼　邮编：330215
"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="ws",
     notes="E-paper text of an evening paper's city page: running head and e-paper breadcrumb (navigation), hard-wrapped story, a pull quote repeating the start of a quoted story sentence (other), a photo caption with credit, jump line and page switcher (navigation), page-editor credits (other).",
     text="""
nav|江城晚报　2025年3月4日　星期二　A07　城事
nav|数字报 > 2025-03-04 > 第A07版：城事 > 正文
T|汉阳门老码头“变身”渡口博物馆
B|本报讯（记者 司马蕾 通讯员 庞悦）停用十一年的汉阳门老码头，
>B|经过一年半的修缮，昨日以渡口博物馆的身份重新向市民开放。
B|博物馆保留了原有的趸船、候船大厅和售票窗口，馆内陈列船票、
>B|缆绳、航道图等实物一千二百余件，其中不少由老船员捐赠。
oth|“那张一分钱的船票，我保存了四十年。”
B|“那张一分钱的船票，我保存了四十年。”七十六岁的退休轮机长
>B|童家宝说，这次他把船票和自己的工作证一起捐了出来。
C|3月3日，市民在渡口博物馆候船大厅参观老船票。本报记者 葛飞 摄
B|博物馆每周二至周日开放，免费参观，需提前一天在网上预约。
nav|（下转A09版）
nav|第A07版：城事　　上一版　下一版
oth|本版责编：孔令虹　美编：蒋一帆　校对：何丽
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="crlf",
     notes="Print-view / reader-mode leftovers of a news portal (CRLF): breadcrumb, listen-to-article and font-size widgets, print/share bar, a dek glued to itself (duplicate_line), byline-and-source stamp (other), cookie notice after the story, a comment block and related reads.",
     text="""
nav|首页 > 教育 > 校园
oth|听新闻 · 约3分钟
oth|字号：大 中 小
sh|打印本页 | 复制链接 | 分享到微信
T|湖滨大学食堂推出“一元素菜” 每天限量八百份
dup|学生可凭校园卡每日购买一份，不限窗口。学生可凭校园卡每日购买一份，不限窗口。
oth|2025-06-03 14:26　来源：湖滨晨报　作者：牟思远
B|从本周一起，湖滨大学三个学生食堂每天中午各拿出约270份素菜，以一元一份的价格供应。
B|素菜品种每天轮换，包括炒青菜、土豆丝和番茄炒蛋等。
B|学校后勤处负责人表示，这部分差价由学校的伙食补贴资金承担，一学期预计支出约40万元。
B|“月底生活费紧的时候，一块钱一份菜真的能救急。”大三学生俞婷说。
B|有学生在校内论坛提出，希望晚餐时段也能供应。后勤处回应称，将根据第一个月的情况评估。
ck|本站使用Cookie以记录您的阅读偏好并进行流量统计，继续浏览即视为同意。
ck|知道了
com|网友评论（27）
com|登录后参与评论
com|湖滨老校友：我们那时候是五毛钱一份，物价涨了，心意没变。
com|回复 · 赞 14
rel|相关阅读
rel|湖滨大学新学期起图书馆延长开放至晚上十一点
rel|多所高校食堂试点“半份菜”，减少浪费
"""),

dict(id="zhs-005", lang="zh-Hans", hard=False, opts="single nofinal",
     notes="Financial wire flash (single newlines, no final newline): flash stamp, index strip (crypto_ticker), a correction notice (other), hard-wrapped results story whose figures are story lines, (完), reporter/editor credit, investment disclaimer and two 'more flashes' teasers.",
     text="""
oth|【东岸财经快讯】 2025-10-28 19:05
tk|上证指数 3,318.62 +0.41%｜深证成指 10,562.07 -0.12%｜创业板指 2,134.85 +0.66%
oth|更正稿：本稿第三段“同比增长27%”应为“同比增长21%”，特此更正。
T|岭南新材前三季度净利润增长21% 锂电隔膜出货创新高
B|东岸社广州10月28日电 岭南新材（代码：301877）28日晚间披露三季报，
B|公司前三季度实现营业收入48.7亿元，同比增长16.3%；归属于上市公司
B|股东的净利润5.12亿元，同比增长21%。
B|其中第三季度单季隔膜出货量达到6.4亿平方米，为公司上市以来最高。
B|公司在公告中表示，出货增长主要来自海外储能客户的订单。
B|截至28日收盘，岭南新材股价报32.18元，下跌0.9%。
oth|（完）
att|（记者：詹子墨；编辑：邓岚）
dis|本文仅供参考，不构成投资建议。投资者据此操作，风险自担。
rel|更多快讯：两市成交额连续第五日超过万亿元
rel|更多快讯：多家储能企业三季度订单翻倍
"""),

dict(id="zht-001", lang="zh-Hant", hard=False, opts="",
     notes="Hong Kong wire copy: urgent line, slug with take number, editor's note, hard-wrapped story split into two takes by (待續) and the second take's slug (other, middle), —完—, writer/editor credit (attribution) and the agency copyright line (disclaimer).",
     text="""
oth|港島通訊社 即時新聞稿　急
oth|HKW-0923-港鐵-東涌綫-故障　第2稿
oth|編者按：此稿更新恢復服務時間及受影響乘客人數。
T|東涌綫訊號故障 早上繁忙時間列車延誤逾一小時
B|【港島社香港9月23日電】港鐵東涌綫今早約7時20分發生訊號故障，
>B|欣澳至東涌站之間列車須以人手駕駛模式低速行駛，大批上班乘客
>B|滯留月台。
B|港鐵公司表示，工程人員於8時35分完成維修，列車服務逐步恢復，
>B|受影響乘客估計約兩萬人次。
oth|（待續）
oth|東涌綫訊號故障　第2頁
B|運輸及物流局發言人表示，已要求港鐵在三個工作天內提交報告，
>B|交代事故原因及改善措施。
B|港鐵為受影響乘客提供免費接駁巴士，由東涌站開往欣澳站。
B|警方表示，事件中無人受傷。
oth|—完—
att|（撰稿：甄曉晴；編輯：霍家豪）
dis|港島通訊社版權所有，未經授權不得轉載、改編或以任何形式發布。
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="single ws",
     notes="Taiwanese local weekly's e-mail newsletter (single newlines, trailing whitespace): web-version link, issue stamp, table of contents and section headers (navigation), main story, an ad line (other), other digest items as related links, auto-send / unsubscribe / settings lines (newsletter) and the publisher address (other).",
     text="""
nav|信件無法正常顯示？請按此瀏覽網頁版
oth|蘭陽週報電子報　第286期｜2025/11/14（五）
nav|本期目錄：焦點新聞｜在地生活｜活動快訊
nav|【焦點新聞】
T|冬山老碾米廠變身社區圖書館 週末試營運
B|宜蘭縣冬山鄉一座停工近二十年的碾米廠，經過兩年整修後改建為社區圖書館，本週六起試營運。
B|館內保留了原本的碾米機和木造穀倉，藏書約一萬兩千冊，其中兒童繪本佔三成。
B|鄉公所表示，整修經費約3,800萬元，由中央補助與地方自籌各半。
B|「以前大家來這裡碾米，現在帶孫子來看書。」住在附近的林阿嬤說。
B|試營運期間開放時間為上午九時至晚上八時，週一休館。
oth|▍廣告　蘭陽米行新米上市，電子報讀者憑本信件享九折
nav|【在地生活】
rel|‧羅東夜市攤商自主減塑，竹筷換鐵筷
rel|‧頭城漁港假日魚市恢復營業
nav|【活動快訊】
rel|‧冬山河龍舟邀請賽11/30開賽，報名即日起至11/20
nl|本信件由系統自動發送，請勿直接回覆。
nl|如您不想再收到蘭陽週報電子報，請按此取消訂閱。
nl|修改訂閱設定｜推薦給朋友
oth|蘭陽週報社　宜蘭縣羅東鎮中正北路126號　電話：03-955-0417
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="nofinal",
     notes="Jump page of a Taiwanese e-paper (no headline: the story continues from A1, no final newline): running head, edition line and '(接A1版)' jump line (navigation), hard-wrapped story, a pull quote (other, middle), copyright line and page counter at the bottom.",
     text="""
nav|民聲日報　2025年11月18日　星期二　A6　地方新聞
nav|電子報 第A6版 ／ 共16版
nav|（接A1版）
B|縣府農業處表示，今年颱風過境後，全縣文旦受損面積約三百二十公頃，
>B|其中麻豆、官田兩區最為嚴重，農民申請現金救助的截止日為本月底。
B|農業處長鄔清泉指出，今年起救助金改採線上申請，農民只要上傳照片
>B|與土地資料，最快七個工作天就能撥款。
oth|「最快七個工作天就能撥款」
B|不過，麻豆區農會總幹事伍世昌說，不少老農不會使用手機上傳資料，
>B|農會已在各辦事處設置協助窗口，由職員代為填寫。
B|縣府預估，全縣救助金總額約九千六百萬元。
dis|本報著作權所有，非經授權不得轉載、重製或公開傳輸。
nav|A6版　地方新聞　第2頁／共2頁
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="crlf",
     notes="Hong Kong news page saved in print view (CRLF): cookie banner with buttons at the top, section breadcrumb, audio player and font-size widgets, time stamp, story, print/e-mail/share bar, reader comments with the comment rules, further-reading teasers.",
     text="""
ck|本網站使用Cookies，以改善你的瀏覽體驗及分析網站流量。按「同意」即表示你接受我們的私隱政策。
ck|同意
ck|管理Cookies設定
nav|港聞 ／ 交通
oth|收聽新聞　00:00 / 02:48
oth|字體大小：小　中　大
T|新界專線小巴下月起加價 最多加一元六角
oth|2025年8月12日 星期二 07:15　更新：09:42
B|運輸署昨日公布，新界區共二十三條專線小巴路線獲批加價，新收費將於9月1日起生效。
B|加幅介乎三角至一元六角，平均加幅約8.4%。
B|其中來往元朗及屯門的44A線，全程車費由11.8元增至13.4元，為今次加幅最大的路線。
B|營辦商表示，司機薪酬及燃油開支持續上升，不加價難以維持服務。
B|有經常乘搭該線的街坊表示，每月交通開支將多出約八十元。
sh|列印本頁　｜　電郵給朋友　｜　分享至 WhatsApp　｜　Facebook
com|讀者留言（9）
com|屯門街坊：一年加兩次，仲點頂？
com|請遵守留言守則，不當言論將被刪除。
rel|延伸閱讀：九巴新路線下月起途經啟德新區
rel|延伸閱讀：港鐵票價調整機制檢討 立法會下周討論
"""),

dict(id="zht-005", lang="zh-Hant", hard=False, opts="",
     notes="Taiwanese financial wire on a finance site: flash label, index and turnover strips (crypto_ticker), a doubled dek (duplicate_line), hard-wrapped revenue story, editor credit with the date code (attribution), extra blank lines, investment disclaimer, related teasers and site footer.",
     text="""
oth|東港財經通訊社　即時快訊
tk|加權指數 22,431.58 ▲138.26（+0.62%）　櫃買指數 251.47 ▼0.83（-0.33%）
tk|成交金額 3,812.4億元　外資買超 86.1億元
T|宏碩電子10月營收創同期新高 年增逾三成
dup|伺服器電源出貨暢旺，法人看好第四季續強。伺服器電源出貨暢旺，法人看好第四季續強。
B|（東港社記者翁雅筑台北11日電）電源供應器廠宏碩電子今天公布
>B|10月合併營收新台幣52.6億元，月增4.8%，年增33.1%，創歷年同期新高。
B|宏碩累計前10月營收471.9億元，年增24.7%。
B|公司表示，伺服器及人工智慧相關電源產品出貨比重已升至45%，
>B|預期第四季營收可望較第三季成長一成左右。
B|宏碩今天股價收在218.5元，上漲2.6%。
att|（編輯：孫以寧）1141111
~
dis|本文不代表本社投資建議，投資人應審慎評估並自負盈虧。
rel|延伸閱讀
rel|台股終場漲138點 電子股領軍
rel|電源供應器族群走強 法人：AI伺服器帶動
oth|東港財經 © 2025　關於我們｜聯絡我們｜廣告刊登
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="",
     notes="Hard: a weekly e-mail digest whose main story is about one-click unsubscribe rules for marketing e-mail and quotes unsubscribe and 'you are receiving this because' wordings (story lines, kept); the digest's own receiving/unsubscribe lines are newsletter noise.",
     text="""
nav|在浏览器中打开本邮件
oth|数字生活周刊 · 第97期 · 2025年7月21日
nav|本期：政策速递 ｜ 产品观察 ｜ 读者来信
T|商业邮件须提供“一键退订” 东川出台新指引
B|东川省通信管理局18日发布《商业电子邮件发送管理指引》，要求企业发送的营销邮件必须在显著位置提供退订方式，且退订操作不得超过一步。
B|指引点名了几类常见做法：把“如不想继续收到此类邮件，请点击这里退订”写成与背景同色的小字，或者要求用户登录账号、填写退订理由后才能退订。
B|“回复TD退订”这种写法今后仍可使用，但企业须在收到回复后48小时内停止发送。
B|指引还要求，邮件底部须写明“您收到这封邮件，是因为您在某某平台注册时勾选了接收推广信息”，说明用户的邮箱地址从何而来。
B|东川省消费者协会去年受理的邮件骚扰投诉中，有六成与“退订无效”有关。
B|指引将于9月1日起施行。
rel|产品观察：三款邮箱客户端的“一键退订”按钮实测
rel|读者来信：退订了还在发，该找谁？
nl|您收到这封邮件，是因为您订阅了《数字生活周刊》。
nl|不想再收到？点此退订 · 调整接收频率
oth|数字生活周刊编辑部 · 东川省宁安市科创路17号
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="single",
     notes="Hard: a Taiwanese tech page (single newlines) whose story is about a fine for a pre-ticked, accept-only cookie banner and quotes the banner's wording (story, kept); the page's own cookie banner and buttons after the story are cookie_banner noise.",
     text="""
nav|焦點新聞 › 科技 › 數位政策
oth|文／記者 游書瑀　2025-09-05 18:20
oth|🔊 語音朗讀　約4分鐘
T|預設勾選Cookie同意 網購平台遭罰180萬
B|個人資料保護委員會今天公布裁處結果，國內網購平台「好買城」因Cookie同意機制違規，被處新台幣180萬元罰鍰。
B|調查發現，該平台首頁橫幅寫著「我們使用Cookie以提供更好的購物體驗，繼續瀏覽即表示您同意」，但只有「我同意」一個按鈕，沒有拒絕選項。
B|平台的設定頁面中，「廣告追蹤Cookie」也已被預先勾選。
B|個資會指出，使用者「繼續瀏覽」不能視為有效同意，拒絕與接受應同樣容易。
B|好買城回應表示尊重裁處，已在首頁加入「全部拒絕」按鈕。
ck|本站使用Cookie分析流量並提供個人化內容，詳見隱私權政策。
ck|全部接受
ck|僅允許必要Cookie
ck|自訂設定
sh|列印｜分享｜複製連結
rel|推薦閱讀：網站隱私權政策看不懂？專家教你三分鐘抓重點
"""),
]
