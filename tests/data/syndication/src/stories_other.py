"""Chinese clusters, same-site short stories, and very short singletons (all fictional)."""

from stories_en import st

# Chinese stories: source text uses full-width punctuation.
ZH = [
st(id="z01", lang="zh-Hant", outlet="香港經濟新聞網", byline="記者 黃詠詩", date="2024年5月21日（星期二）",
title="啟德支綫下月通車 港鐵預計每日載客逾八萬人次",
body="""港鐵公司今日（週二）宣布，全長約四公里的啟德支綫將於下月十八日正式通車，連接屯馬綫宋皇臺站與啟德體育園及跑道區一帶，預計每日載客量可達八萬二千人次。

新綫設三個車站，包括啟德體育園站、跑道公園站及郵輪碼頭站，繁忙時間每四分鐘一班，非繁忙時間每七分鐘一班。港鐵表示，乘客由郵輪碼頭站前往旺角，車程可縮短至約二十分鐘。

工程總造價約一百二十億港元，較原定預算超支約百分之八，通車時間亦比原定計劃延遲約十個月。港鐵解釋，延誤主要由於在地底發現舊機場遺留的混凝土結構，須額外時間清理。

運輸及物流局局長在記者會上表示，啟德支綫通車後，將大大改善區內交通配套，「啟德發展區未來將有超過十萬名居民，鐵路是不可或缺的骨幹。」

不過，有區議員關注車費水平。九龍城區議員陳家樂指出，由郵輪碼頭站往返中環的單程車費約為十五元，對區內長者及基層家庭而言負擔不輕，促請港鐵推出通車優惠。

港鐵表示，通車首週將安排額外職員在各站協助乘客，並會視乎實際客量調整班次，又指會在三個月後檢討票價優惠安排。""",
fix=("預計每日載客量可達八萬二千人次", "預計每日載客量可達八萬五千人次"),
upd="（更新）港鐵發言人其後回應查詢時表示，通車首月將推出九折車費優惠，適用於所有使用八達通的乘客。",
copies="BETQ"),

st(id="z02", lang="zh-Hant", outlet="中台灣日報", byline="記者 林怡君／台中報導", date="2024-04-15",
title="台中捷運藍線動土 預計2030年底通車",
body="""台中市政府今（15）日舉行捷運藍線動土典禮，路線全長約二十四點八公里，西起台中港，沿台灣大道至東區干城站，共設置二十座車站，總經費約一千二百億元，預計二〇三〇年底完工通車。

市長在典禮上致詞表示，藍線是台中交通發展的「關鍵一哩路」，完工後將與綠線在市政府站交會，形成十字路網，「從海線到市區，以後只要四十分鐘。」

交通局指出，藍線將採高架與地下混合方式興建，其中台灣大道市區段約九公里為地下化路段。工程期間將分段施工，並實施交通維持計畫，盡量減少對沿線商家與通勤族的影響。

不過，部分沿線店家擔心長期施工影響生意。在台灣大道經營眼鏡行的林先生說：「綠線施工那幾年，附近好幾家店都撐不下去，希望市府這次能提出具體的補償方案。」

市府回應，已編列專款協助受施工影響的店家，包括租金補貼及行銷活動，並將設立單一服務窗口處理民眾陳情。

據市府評估，藍線通車後每日運量可望達到十五萬人次，可有效紓解台灣大道的交通壅塞，並帶動沿線土地開發。""",
fix=("總經費約一千二百億元", "總經費約一千一百八十億元"),
copies="BTD"),

st(id="z03", lang="zh-Hans", outlet="南方财经网", byline="记者 陈晓东", date="2024年4月15日",
title="深圳一季度新能源汽车出口同比增长62% 欧洲和东南亚市场需求旺盛",
body="""深圳海关15日发布数据显示，今年一季度深圳口岸出口新能源汽车8.6万辆，同比增长62%，出口货值达186亿元，同比增长48%。其中，纯电动乘用车占比超过七成。

从出口市场看，欧洲仍是最大目的地，占出口总量的41%；东南亚市场增长最为迅速，出口量同比增长1.3倍，泰国、印度尼西亚和马来西亚位列前三。

深圳海关相关负责人表示，为支持新能源汽车“走出去”，海关推出了“船边直提”“抵港直装”等便利措施，车辆从出厂到装船的通关时间平均缩短了约40%。

业内人士指出，欧洲部分国家近期调整电动车补贴政策，加上欧盟对中国电动车的反补贴调查，未来出口增速或面临一定压力。“企业需要加快海外建厂和本地化布局，以降低贸易风险。”一位车企海外业务负责人说。

另据统计，一季度深圳港共开通滚装船航线9条，较去年同期新增4条，此前运力紧张的状况有所缓解。""",
fix=("出口货值达186亿元", "出口货值达168亿元"),
copies="BQE"),

st(id="z04", lang="zh-Hans", outlet="天府新闻网", byline="记者 李婷", date="2024-07-20 09:35",
title="成都大熊猫基地迎来今年首对双胞胎 母子平安",
body="""成都大熊猫繁育研究基地20日宣布，大熊猫“晴晴”于19日晚顺利产下一对双胞胎，这是该基地今年诞生的首对大熊猫双胞胎，目前母子平安。

据基地工作人员介绍，双胞胎中的“老大”出生于19日21时12分，体重172克；“老二”于22时05分出生，体重136克。两只幼崽均为雌性，目前已由饲养员轮流照料，在育幼箱中接受24小时监护。

“大熊猫产双胞胎的概率约为50%，但母亲通常只能照顾其中一只，我们会采用‘轮换育幼’的方式，让两只幼崽都能吃上母乳。”基地兽医院负责人介绍说。

今年8岁的“晴晴”是第二次当妈妈，2021年曾产下一只雄性幼崽。工作人员表示，“晴晴”性格温顺，育幼经验较为丰富，此次分娩过程十分顺利。

据了解，基地今年已有5只大熊猫幼崽出生。幼崽满百天后，基地将择机安排它们与游客见面。""",
fix=("体重172克", "体重171克"),
copies="TBQR"),
]

ZH_HARD = [
st(id="h13", pair="z03", lang="zh-Hans", outlet="南方财经网", byline="记者 陈晓东", date="2024年8月12日",
title="深圳7月新能源汽车出口增速放缓 对欧洲出口量下降",
body="""深圳海关12日发布数据显示，7月深圳口岸出口新能源汽车2.1万辆，同比增长9%，增速较上半年明显放缓；出口货值43亿元，同比下降3%。

从出口市场看，对欧洲出口量同比下降18%，占出口总量的比重降至29%；东南亚和中东市场保持较快增长，对泰国、阿联酋出口量分别增长57%和82%。

业内人士分析，欧盟对中国电动车加征反补贴关税后，部分车企主动调整出口节奏，转向插电式混合动力车型及新兴市场。“短期内欧洲市场承压，但中东、拉美的需求正在起来。”一位车企海外业务负责人说。

深圳海关相关负责人表示，将继续推广“船边直提”“抵港直装”等便利措施，并协助企业应对海外技术性贸易措施，帮助新能源汽车企业稳订单、拓市场。

数据还显示，今年前7个月，深圳口岸累计出口新能源汽车17.4万辆，同比增长38%；出口货值累计372亿元，同比增长27%。"""),
]


# Same-site short stories: identical header and footer, short bodies.
SITES = {
"lakeshore": dict(
header="""THE LAKESHORE GAZETTE
Local news for Lakeshore, Port Ellis and the North Shore since 1887
Home | News | Sports | Obituaries | Opinion | Classifieds | e-Edition | Subscribe
Subscribe today and get unlimited digital access for just $1 for your first three months. Already a subscriber? Log in to continue reading.""",
footer="""Copyright © 2024 The Lakeshore Gazette, a division of North Shore Media Group. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission. The Lakeshore Gazette welcomes letters to the editor of up to 250 words; submissions must include your full name, town and a daytime phone number for verification and may be edited for length and clarity. To report a correction, email corrections@lakeshoregazette.example or call the newsroom at 555-0147 between 9 a.m. and 5 p.m. on weekdays. Comments are moderated and must follow our community guidelines. By using this site you agree to our Terms of Service and Privacy Policy, including the use of cookies for analytics and advertising."""),
"pinecrest": dict(
header="""PINECREST COMMUNITY WIRE — Your neighborhood. Your news.
News · Schools · Public Safety · Business · Events · Weather · Contact
You have 3 free articles remaining this month. Support independent local journalism: become a member for $5 a month.""",
footer="""The Pinecrest Community Wire is a nonprofit newsroom supported by readers like you, local foundations and community sponsors. Sponsors have no influence over our editorial decisions. Stories may be republished free of charge by other news organizations under our republishing policy, provided they credit the Pinecrest Community Wire, link back to the original story and do not edit the content beyond style changes. Photos and graphics are not included in this license unless stated. Have a news tip? Email tips@pinecrestwire.example or text 555-0199. Sign up for our free morning newsletter to get the day's headlines in your inbox by 6 a.m. © 2024 Pinecrest Community Wire. All rights reserved."""),
}

SITE_STORIES = [
dict(id="n01", site="lakeshore", date="March 1, 2024", byline="By Staff Reports",
title="Library to open Sundays starting next month",
body="""The Lakeshore Public Library will open on Sundays from noon to 5 p.m. beginning March 3, after the town board approved $48,000 in additional funding for staff.

Library director Joan Whitby said Sunday hours had been the most requested change in a survey of patrons last fall. The children's room and the computer lab will both be open.

The board also approved a pilot program to lend mobile hotspots to residents without home internet."""),
dict(id="n02", site="lakeshore", date="March 4, 2024", byline="By Tom Alvarez",
title="Route 9 resurfacing to bring overnight lane closures",
body="""Drivers on Route 9 between Port Ellis and the Lakeshore town line should expect overnight lane closures for the next three weeks while state crews resurface about 2.5 miles of the road.

Work will take place from 8 p.m. to 5 a.m. Sunday through Thursday nights, weather permitting. One lane will remain open in each direction, with flaggers directing traffic.

The $3.1 million project also includes new drainage at the Mill Creek culvert."""),
dict(id="n03", site="lakeshore", date="March 6, 2024", byline="By Staff Reports",
title="Port Ellis robotics team heads to state finals",
body="""The Port Ellis High School robotics team, the Iron Gulls, has qualified for the state championship after finishing second of 38 teams at a regional competition in Franklin on Saturday.

The 14-member team built a robot that can stack cones and climb a ramp in under two minutes. Coach Dana Rollins said the students had spent more than 400 hours on the project since January.

The state finals will be held April 12-13. The team is raising money for travel costs."""),
dict(id="n04", site="lakeshore", date="March 8, 2024", byline="By Kim Nguyen",
title="Farmers market returns to Harbor Park May 4",
body="""The Lakeshore Farmers Market will return to Harbor Park on Saturday, May 4, with 42 vendors, its largest lineup yet, organizers said this week.

The market will run every Saturday from 8 a.m. to 1 p.m. through October. New this year are a bread stall from Port Ellis and a weekly cooking demonstration.

The market accepts SNAP benefits and will again double the value of SNAP purchases of fresh produce up to $20."""),
dict(id="n05", site="pinecrest", date="Sept. 3, 2024", byline="By Megan Ross",
title="Pinecrest Fire Department takes delivery of new ladder truck",
body="""The Pinecrest Fire Department took delivery of a new 107-foot ladder truck on Monday, replacing a 1998 truck that had failed two inspections in the past year.

The $1.4 million vehicle was paid for with a combination of a federal grant and money from the town's capital reserve. Chief Luis Ortega said it will be in service by mid-September after crews complete training.

The old truck will be sold at auction."""),
dict(id="n06", site="pinecrest", date="Sept. 5, 2024", byline="By Daniel Kim",
title="School board names interim superintendent",
body="""The Pinecrest School Board voted 6-1 on Wednesday to appoint assistant superintendent Karen Bell as interim superintendent, following the resignation of Dr. Mark Evans last month.

Bell, who has worked in the district for 22 years, will serve until a permanent superintendent is hired. The board plans to begin a national search in October and hopes to make an appointment by spring.

Board member Ray Dunn cast the only vote against, saying the district should have sought outside candidates."""),
dict(id="n07", site="pinecrest", date="Sept. 9, 2024", byline="By Megan Ross",
title="Water main break closes part of Oak Street",
body="""A water main break early Monday closed Oak Street between Third and Fifth avenues and left about 60 homes without water for most of the day.

Public works crews located the break, in a 12-inch cast-iron pipe installed in 1952, around 4 a.m. Service was restored shortly after 3 p.m., but residents were asked to run their taps for several minutes before drinking the water.

The street is expected to reopen Wednesday after repaving."""),
dict(id="n08", site="pinecrest", date="Sept. 12, 2024", byline="By Alicia Gomez",
title="Animal shelter waives adoption fees this weekend",
body="""The Pinecrest Animal Shelter will waive adoption fees for all cats and dogs this Saturday and Sunday as it struggles with overcrowding after an unusually busy summer.

The shelter is caring for 84 dogs, nearly double its normal capacity, and has begun placing some animals in temporary foster homes. All adopted animals are spayed or neutered, vaccinated and microchipped.

The shelter, on Industrial Drive, is open from 10 a.m. to 4 p.m. both days."""),
]


# Very short distinct stories (2-3 sentences). Several share a template on purpose.
SINGLETONS = [
dict(id="m01", lang="en", text="""Hang Seng closes 1.2% higher as tech shares rally

HONG KONG, June 4 — Hong Kong stocks rose on Tuesday, with the Hang Seng Index closing up 214.6 points, or 1.2%, at 17,845.3, led by gains in technology and property shares. Turnover was HK$98.4 billion."""),
dict(id="m02", lang="en", text="""Hang Seng falls 0.8% on profit-taking in tech

HONG KONG, June 5 — Hong Kong stocks fell on Wednesday, with the Hang Seng Index closing down 143.3 points, or 0.8%, at 17,702.0, as investors took profits in technology shares after the previous session's rally. Turnover was HK$87.1 billion."""),
dict(id="m03", lang="en", text="""Gold edges up as dollar weakens ahead of U.S. inflation data

LONDON, June 6 — Gold rose 0.6% to $2,341.20 an ounce in early European trading on Thursday as the dollar weakened ahead of U.S. inflation data due next week. Silver added 1.1% to $29.84 an ounce."""),
dict(id="m04", lang="en", text="""Oil falls as Chinese refinery runs slip

SINGAPORE, June 17 — Brent crude fell 1.4% to $82.17 a barrel on Monday after data showed Chinese refinery runs slipped in May. U.S. West Texas Intermediate crude lost 1.5% to $77.90. Traders are also watching for signs of higher OPEC+ output."""),
dict(id="m05", lang="en", text="""Euro steady ahead of ECB speech

FRANKFURT, June 21 — The euro was steady at $1.0842 on Friday as traders awaited a speech by the European Central Bank president later in the day. Sterling slipped 0.2% to $1.2710."""),
dict(id="m06", lang="en", text="""Yellow thunderstorm warning for southern England on Sunday

A yellow warning for thunderstorms has been issued for much of southern England from 2pm to 10pm on Sunday. Up to 40mm of rain could fall within an hour in a few places, bringing a risk of flash flooding and power cuts."""),
dict(id="m07", lang="zh-Hans", text="""港股收涨1.2% 科技股领涨

香港6月4日电 恒生指数周二收涨214.6点，涨幅1.2%，报17845.3点，科技股和地产股领涨。全日成交额984亿港元。"""),
dict(id="m08", lang="zh-Hant", text="""恒指收跌0.8% 科技股回吐

（香港6月5日訊）恒生指數週三收跌143.3點，跌幅0.8%，報17702.0點，科技股在前一日急升後出現獲利回吐。全日成交額871億港元。"""),
]
