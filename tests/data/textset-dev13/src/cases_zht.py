from common import case

CASES = [
case("zht-001", "zh-Hant", """
nv|首頁 > 生活 > 深度報導
T|最後一間手寫招牌店：油麻地師傅的四十年
ot|撰文：鄺嘉儀｜2026年2月8日 更新：2026年2月9日 10:05
ot|閱讀時間約 8 分鐘
B|【本報記者油麻地報道】
B|早上九點，梁炳師傅推開鐵閘，第一件事是磨墨。
B|他今年七十一歲，寫招牌已經四十年。
B|店裏沒有電腦，只有三支大毛筆和一張用了半世紀的木枱。
B|從霓虹到膠片
B|八十年代，彌敦道兩旁盡是他寫的字。
B|後來霓虹燈拆了，招牌改用電腦割字，生意少了九成。
B|「機器寫得整齊，但沒有氣。」他說。
ot|廣告
B|近年卻有轉機。
B|年輕店主開始找他寫餐牌、寫門口的小木牌，甚至寫婚禮上的賓客名單。
B|去年他接了二百一十張訂單，比十年前還多。
B|他會收徒弟嗎？
B|「有人肯學就教，不過要先磨三個月墨。」
B|至今還沒有人捱過第一個月。
B|他說：「唔緊要，我再寫多幾年。」
at|文章原刊於《港島周報》第1187期
rl|延伸閱讀：深水埗布行街的最後三家店
sb|分享至 Facebook｜WhatsApp｜複製連結
""", "Traditional Chinese feature on a sign painter: dateline, subheading, rhetorical question and short closing line are body; breadcrumb, byline/update stamp, reading time, ad slot, original-publication note, related teaser and share bar are noise.", trail=[3, 9]),

case("zht-002", "zh-Hant", """
T|評論｜捷運延誤背後：不是車太舊，而是人太少
ot|作者：林冠宇（交通政策研究者）
ot|2026-01-21 06:30
ot|🔊 收聽本文 04:52
B|上週三早上，板南線又停了十七分鐘。
B|官方說法是「號誌異常」，網路上的說法是「車太老」。
B|兩種說法都對了一半。
B|維修人力的缺口
B|根據公司年報，維修部門的員額十年來減少了百分之十二，同期列車數卻增加百分之二十。
B|一位資深技術員告訴我：「以前一組人顧兩列車，現在一組人顧五列。」
B|夜間檢修時段也從五小時縮短為三個半小時。
B|這不是設備問題，是排班問題。
B|公司回應稱，今年將增聘八十名技術人員。
rl|看更多：北捷新車採購案 五大疑點一次看
B|那要怎麼辦？
B|第一，恢復夜間檢修的固定人力。
B|第二，公開每月延誤原因統計，讓市民監督。
B|第三，別再把每次延誤都說成「偶發事件」。
B|這三件事都不需要買新車。
B|交通的可靠，最後靠的是人。
dc|本文僅代表作者個人意見，不代表本報立場。
ot|標籤：捷運、公共運輸、勞動
""", "Taiwanese opinion column with a numbered-by-words list and rhetorical question; byline, time stamp, audio player label, inline '看更多' teaser, opinion disclaimer and tag line are noise.", nl="single"),

case("zht-003", "zh-Hant", """
ot|人物｜告別
T|「菜市場的詩人」陳素月辭世 享壽八十九歲
ot|中央綜合報導｜2026年3月2日
B|在台南水仙宮市場賣了六十年魚丸的陳素月，二月二十八日清晨在家中安詳辭世，享壽八十九歲。
B|她留下十一本手寫的筆記，裏面全是詩。
B|家人說，她從不讓別人看，直到七十歲那年。
B|寫在帳本背面的詩
B|陳素月小學只讀到三年級。
B|十四歲起，她就跟著母親在市場裏打魚漿。
B|她的詩大多寫在魚丸帳本的背面，寫天氣、寫客人、寫過世的丈夫。
B|二〇一二年，一名大學生在攤位上看到，幫她整理出版，首刷五百本，三天賣完。
B|後來這本詩集再版七次，還被選入高中國文的補充教材。
B|她從來沒有因此漲過魚丸的價錢。
C|陳素月攝於市場攤位，2015年。（圖／家屬提供）
B|她最常被引用的一句是：「魚丸要打到會跳，日子要過到會笑。」
B|女兒說，母親最後一次擺攤是去年中秋。
B|那天她一邊包魚丸，一邊背了一首新寫的詩給熟客聽。
B|沒有人記下來。
B|告別式將於三月九日在台南舉行，家屬婉拒花籃，請親友改捐當地圖書館。
at|（編輯：黃怡君）
rl|相關新聞
rl|台南老市場改建 攤商憂心租金上漲
rl|素人詩集熱賣 出版社：讀者想看真實生活
""", "Taiwanese obituary with a caption, subheading and a quoted poem line; section label, agency stamp, editor credit and related list are noise."),

case("zht-004", "zh-Hant", """
T|香港人為何愈來愈少看電影？五個數字看懂戲院困局
ot|明言財經｜專題
ot|更新時間：2026年1月15日 18:40　閱讀時間：6分鐘
B|去年全港票房收入約十一億港元，比疫情前少了三成。
B|戲院數目卻沒有減少。
B|這個落差，正在把業界逼到牆角。
B|五個數字
B|一、平均票價：一百零三元，十年升了四成。
B|二、每間戲院平均入座率：百分之十八。
B|三、港產片佔票房比例：百分之二十一。
B|四、串流平台訂戶：約二百四十萬。
B|五、去年結業的戲院：六間。
ot|— 廣告 —
B|有院線高層直言，問題不在觀眾不愛電影，而在「出門看一套戲要花成四百蚊」。
B|計埋車費、爆谷同飲品，一家三口隨時過千。
B|部分戲院開始推出平日早場五十元，效果初見。
B|但一位獨立戲院經營者說：「減價救得一時，救不了一世。」
B|他認為，戲院要變成「值得出門的地方」，而不只是放映的地方。
B|例如加辦映後座談、放舊片、做社區活動。
nl|訂閱《明言財經》每週通訊，掌握本地商業脈搏 ➜
ot|本文數據截至2025年12月31日。
sb|讚好｜分享｜收藏
""", "Hong Kong business explainer with a numbered list in Chinese numerals; site label, update/reading stamp, ad slot, newsletter pitch, data note and share bar are noise.", trail=[4, 12]),

case("zht-005", "zh-Hant", """
ot|書評
T|《山的背面》：一部寫給離鄉者的長篇
ot|文／許靜雯　2026.02.14
B|吳承恩的第四部長篇，寫的是一個花蓮家族三代人的離開與回來。
B|故事從一九七九年的一場颱風開始。
B|祖父在那場颱風裏失去了果園，也失去了留下來的理由。
B|這本書好看嗎？
B|好看，但不輕鬆。
B|前半部節奏很慢，作者花了近百頁寫一條山路上的每一間雜貨店。
B|有些讀者可能會在這裏放棄。
B|耐著性子讀下去，後半部會回報你。
B|孫女回到花蓮那一章，幾乎沒有對白，只有風聲和鍋鏟聲，卻是全書最動人的段落。
B|缺點也明顯：
B|‧ 第二代的故事交代得太匆促；
B|‧ 幾個配角出場後就消失了。
B|但瑕不掩瑜。
B|這是今年到目前為止，我讀過最好的一部台灣長篇。
B|《山的背面》，吳承恩著，遠嶺出版，定價四百八十元。
ot|本站部分連結為聯盟行銷連結，透過連結購買本站可能獲得分潤。
cm|留言（12）
rl|你可能也喜歡：今年最值得期待的十本台灣小說
""", "Taiwanese book review with a Q/A pair, bullet list and short verdict line; section label, byline, affiliate note, comment counter and related teaser are noise.", final_nl=False),

case("hard-zht-001", "zh-Hant", """
T|你按的「接受全部Cookie」，到底接受了甚麼？
ot|科技專欄｜周家豪｜2026年1月30日
B|打開任何一個網站，第一件事幾乎都是關掉一個橫幅。
B|「本網站使用Cookie以提升瀏覽體驗」，下面一個大大的「接受」，旁邊一個小小的「設定」。
B|大部分人按的是「接受」。
B|我做了一個小實驗：用三部手機，各自瀏覽二十個本地新聞和購物網站一星期。
B|第一部按「接受全部」，第二部按「只接受必要」，第三部甚麼都不按，直接關掉橫幅。
B|結果
B|‧ 按「接受全部」的手機，一星期收到來自一百七十個第三方網域的追蹤。
B|‧ 按「只接受必要」的手機，只有二十三個。
B|‧ 有四個網站，兩者沒有分別。
B|最後那四個網站，正是問題所在。
B|它們的「拒絕」按鈕，實際上沒有任何作用。
B|香港的《私隱條例》沒有像歐盟那樣明確規範Cookie同意，私隱專員公署去年只發出了指引。
B|指引不是法律。
B|公署回應查詢時表示，會「密切留意海外發展」。
B|下次見到那個橫幅，不妨多花三秒，按一下「設定」。
ck|我們使用Cookie及類似技術，以分析流量和提供個人化廣告。繼續瀏覽即表示你同意我們的私隱政策。
ck|接受
ck|管理設定
""", "Hard: a HK tech column about cookie consent quotes banner text and button names ('接受', '設定') in body; the page ends with a real cookie banner whose bare buttons are noise.", hard=True, trail=[2]),
]
