CASES = [
dict(id="zht-001", lang="zh-Hant", hard=False, opts="ws", notes="HK crypto aggregator repost of a licensing story; site header, doubled dek, source credit, promo, squashed ticker, repost disclaimer, teasers with stamps.", text="""
nav|幣訊快報 CoinFlash HK
dup|證監會再向兩家平台發出牌照，持牌交易所增至十三家。證監會再向兩家平台發出牌照，持牌交易所增至十三家。
T|證監會向兩家虛擬資產平台發牌 持牌交易所增至13家
B|香港證監會周四宣布，向「澄港數字」及「雲港交易」兩家虛擬資產交易平台批出牌照，本港持牌平台數目增至13家。
B|兩家平台須於三個月內完成系統測試，方可向散戶提供服務。
B|證監會發言人表示，新持牌平台須將98%客戶資產存放於冷錢包。
B|業界人士認為，發牌步伐加快有助吸引海外機構落戶香港。
B|「持牌只是起點，合規成本仍然很高。」澄港數字行政總裁梁志朗說。
att|本文轉載自《港鏈日報》，版權歸原作者所有。
pr|新用戶註冊即送50 USDT體驗金，立即開戶！
tk|BTC LogoBitcoin價格(BTC)HK$482,310HK$482,310-1.08%HKD
dis|免責聲明：本站轉載之文章僅供參考，不代表本站立場，亦不構成任何投資建議。如有侵權，請聯絡 admin@coinflash.example 刪除。
rel|相關閱讀
rel|穩定幣條例生效首月 三家發行人遞交申請
rel|幣訊快報2026/03/06 10:22
rel|以太坊現貨ETF連續五日錄得資金淨流入
rel|幣訊快報2026/03/05 18:47
"""),

dict(id="zht-002", lang="zh-Hant", hard=False, opts="", notes="Taiwanese news site, typhoon approaching; weather widget, breadcrumb, timeline lines kept as body, LINE follow prompt, related list, copyright.", text="""
oth|台北市 18°C 陰短暫雨 降雨機率 70%
nav|首頁 > 生活 > 氣象
T|颱風「海燕」北轉 氣象署：最快明晨發布海上警報
oth|記者陳怡君／台北報導
oth|2026-09-14 17:32
B|中央氣象署今（14）日表示，今年第18號颱風「海燕」路徑持續北偏，最快明天上午發布海上颱風警報。
B|氣象署預估各階段影響如下：
B|週一：東半部及北部山區有局部大雨
B|週二：颱風最接近台灣，東北部風雨最明顯
B|週三：颱風遠離，降雨趨緩
B|氣象署提醒，民眾應避免前往海邊及山區活動。
B|農委會已啟動農業災害應變小組，呼籲農民提早採收。
nav|加入LINE好友，颱風動態即時推播
rel|延伸閱讀
rel|颱風假怎麼放？各縣市停班停課標準一次看
oth|©2026 島嶼新聞網 版權所有 不得轉載
"""),

dict(id="zht-003", lang="zh-Hant", hard=False, opts="single", notes="HK sports portal (single newlines), basketball final; score widget at top, quarter scores kept as body, share row, comments count, nav footer.", text="""
oth|終場
oth|南區飛鷹 88 : 84 九龍雷霆
oth|第一節 22-19 ｜ 第二節 18-24 ｜ 第三節 25-20 ｜ 第四節 23-21
T|甲一籃球決賽 南區飛鷹險勝雷霆奪冠
B|香港甲一籃球聯賽決賽周日在修頓場館舉行，南區飛鷹以88比84擊敗九龍雷霆，隊史首次奪得冠軍。
B|各節比分：
B|第一節 22:19
B|第二節 18:24
B|第三節 25:20
B|第四節 23:21
B|飛鷹後衛黃俊傑全場獨取31分，獲選決賽最有價值球員。
B|「我們整季都在等這一場。」黃俊傑賽後說。
sh|分享此文：FB / WhatsApp / 連結
com|留言（56）
nav|體育｜足球｜籃球｜賽馬｜更多
"""),

dict(id="zht-004", lang="zh-Hant", hard=False, opts="", notes="Taiwan tech/finance site, chip supplier expansion; stock quote box (ticker), app download prompt, copied-from credit, recommended reading, ad label.", text="""
tk|加權指數 22,814.56 ▲126.33 (+0.56%)
tk|櫃買指數 262.41 ▼0.88 (-0.33%)
T|晶鑫科技斥資180億元擴建高雄先進封裝廠
B|半導體封測廠晶鑫科技今日董事會通過，將投資新台幣180億元擴建高雄路竹廠區，預計2028年量產。
B|新廠將主攻先進封裝，月產能規劃為3萬片。
B|擴建重點
B|新增兩棟廠房，總樓地板面積約12萬平方公尺
B|預計新增1,200個工作機會
B|董事長林振宇表示，客戶對AI晶片封裝的需求「遠超過我們現有產能」。
B|晶鑫股價今日收在412元，上漲2.7%。
oth|廣告
att|本文由合作媒體《科技週報》授權轉載
nav|下載財訊通App，盤中個股異動即時通知
rel|推薦閱讀
rel|AI伺服器出貨強勁 電源供應器廠營收創新高
"""),

dict(id="hard-zht-001", lang="zh-Hant", hard=True, opts="", notes="Hard: story about content farms reposting news with fake credits and 'images for reference only' notices, quoting such notices; the page itself is a repost with real credit and rights notices.", text="""
nav|今日熱話 Daily Buzz
T|內容農場大量轉載新聞 業者以「圖片僅供參考」規避責任
att|來源：中央通報社
B|數位發展部周二公布調查，指出去年至少有420個內容農場網站大量轉載新聞報導，其中多數未取得授權。
B|調查發現，這些網站常在文末加上固定字句規避責任，例如：
B|「圖片僅供參考，版權歸原作者所有」
B|「本文轉載自網路，如有侵權請告知刪除」
B|數發部表示，這類聲明在法律上並不能免除侵權責任。
B|學者建議平台降低這類網站在搜尋結果中的排序。
oth|圖片僅供參考，圖文內容由網路蒐集整理，相關權利歸原所有人。
att|文章轉載自中央通報社，如有侵權請來信告知。
sh|讚 分享
rel|你可能也喜歡
rel|網紅餐廳遭踢爆 食材竟來自冷凍包
"""),

dict(id="zhs-001", lang="zh-Hans", hard=False, opts="", notes="Mainland crypto aggregator repost of an exchange-report story; doubled title, source credit, promo, multi-line ticker, risk disclaimer, teaser block with doubled titles.", text="""
nav|链闻速递
T|报告：一季度中心化交易所现货成交额环比下降18%
dup|报告：一季度中心化交易所现货成交额环比下降18%
oth|作者：周晓雯　　来源：区块观察　　2026-04-03
B|数据机构链数研究周四发布报告称，今年一季度全球中心化交易所现货成交总额约为3.2万亿美元，环比下降18%。
B|同期衍生品成交额则小幅上升4%。
B|报告指出，成交量下降主要集中在2月，当时市场波动率降至一年来低点。
B|排名前五的交易所合计占现货成交额的71%。
B|「散户活跃度明显下降。」链数研究分析师韩立在报告中写道。
att|本文转载自区块观察，原标题《交易所一季度成交额缩水》
pr|想让你的项目被十万币圈用户看到？立即联系我们投放
tk|ETH
>tk|以太坊价格(ETH)
>tk|$2,876.40
>tk|-2.15%
>tk|USD
dis|风险提示：本文仅代表作者个人观点，不构成任何投资建议。数字资产价格波动剧烈，请理性看待，谨慎投资。
rel|猜你喜欢
rel|稳定币总市值突破2600亿美元
rel|稳定币总市值突破2600亿美元
rel|链闻速递2026/04/02 21:18
"""),

dict(id="zhs-002", lang="zh-Hans", hard=False, opts="nofinal", notes="Portal health story on flu season; channel nav, editor credit, app prompt mid-story ('open app to read full text'), related reading, report button.", text="""
nav|新闻首页 | 健康 | 医疗 | 养生 | 视频
T|多地进入流感高发期　专家提醒重点人群尽早接种疫苗
oth|2026年12月08日 09:15　来源：南方健康报
B|国家疾控部门最新监测显示，全国南北方省份流感病毒检测阳性率连续四周上升，多地已进入流感高发期。
B|目前流行的毒株以甲型H3N2为主。
B|专家建议以下人群尽早接种：
B|60岁以上老年人
B|6月龄至5岁儿童
B|慢性病患者
nav|打开APP，阅读全文
B|北京某三甲医院呼吸科主任刘宏表示，出现高热、咳嗽等症状应及时就医，不建议自行服用抗生素。
att|责任编辑：孙悦
rel|相关阅读
rel|儿童发烧到多少度需要去医院？医生解答
oth|举报/反馈"""),

dict(id="zhs-003", lang="zh-Hans", hard=False, opts="", notes="Education news on a provincial portal; breadcrumb, font-size controls, caption, share row, related reading, site footer.", text="""
nav|当前位置：首页 > 教育 > 高考
oth|字号：大 中 小
T|今年起我省高考增设两个外语语种　考生可选择西班牙语
C|考生在考点外排队入场。（资料图）
B|省教育考试院日前发布通知，自2027年起，本省高考外语科目在原有英语、日语、俄语基础上，增设西班牙语和法语两个语种。
B|考生可在报名时自主选择。
B|考试院负责人表示，增设语种是为了适应中学外语教学多样化的实际情况。
B|目前全省已有37所中学开设西班牙语课程。
B|「学生多了一个选择，也多了一条路。」一位高中校长说。
sh|分享到：微信　微博　QQ空间
rel|相关新闻
rel|高考体检下月开始　这些项目有变化
oth|主办单位：省教育厅　　网站标识码：4300000012
"""),

dict(id="zhs-004", lang="zh-Hans", hard=False, opts="", notes="Financial portal EV sales story with Q/A lines kept as body; stock quote widget, app prompt, disclaimer, hot-list.", text="""
tk|远驰汽车 68.52 +3.27%
T|远驰汽车3月交付量同比增长41%　海外订单占比首超三成
oth|财经快报　2026-04-01 18:02
B|远驰汽车4月1日晚间公告，公司3月新能源汽车交付量为52,310辆，同比增长41%。
B|其中海外交付16,004辆，占比首次超过30%。
B|针对投资者关心的问题，公司董秘在互动平台作出回复：
B|问：东南亚工厂何时投产？
B|答：泰国工厂预计今年三季度投产。
B|问：价格战是否影响毛利率？
B|答：公司将通过规模效应和降本措施保持毛利率稳定。
nav|下载快报APP，第一时间获取上市公司公告
dis|声明：本文内容仅供参考，不构成投资建议。投资者据此操作，风险自担。
rel|24小时热榜
rel|锂价连跌三周　电池厂商库存承压
rel|多家车企宣布4月限时优惠
"""),

dict(id="hard-zhs-001", lang="zh-Hans", hard=True, opts="", notes="Hard: story on a new rule letting users switch off personalised recommendations ('猜你喜欢' etc. quoted in body); the page carries a real recommendation block, share row and app prompt.", text="""
nav|科技频道
T|新规要求App提供关闭个性化推荐的显著入口
B|国家网信部门近日发布算法推荐管理细则，要求新闻、电商和短视频类App在首页提供关闭个性化推荐的显著入口。
B|细则明确，「猜你喜欢」「为你推荐」等栏目须标注其依据用户行为生成。
B|用户关闭个性化推荐后，平台不得以降低服务质量作为限制。
B|细则将于2026年7月1日起施行。
B|中国传媒研究院研究员王敏认为，新规的关键在于入口是否真的「一眼可见」。
sh|分享至：微信　朋友圈　微博
nav|打开客户端，查看更多精彩内容
rel|为你推荐
rel|国产大模型手机助手测评：谁更懂你
rel|暑期档电影预售破10亿元
"""),
]
