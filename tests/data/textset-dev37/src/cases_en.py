"""textset-dev37, writer B: English editions of East and South-East Asian outlets
(en-001 .. en-006, hard-en-001, hard-en-002).

Tagged line lists for ../../textset-dev20/src/make_cases.py (see its docstring): `TAG|line`,
`>TAG|line` joins with a single newline, `~` is a run of extra blank lines.
"""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="Hong Kong paper's English site (minibus route axed): cookie notice and buttons, masthead, section menu, breadcrumb, byline and published stamp, share row, an Advertisement label mid-story, a more-on-this-story block, author bio and a plain copyright footer (other).",
     text="""
ck|We use cookies to tailor stories and adverts to you and to measure how our pages perform. Select "Accept" to allow all of them.
ck|Accept | Manage preferences
nav|The Harbour Standard
nav|Hong Kong | China | Asia | World | Business | Opinion | Sport
nav|News › Hong Kong › Transport
T|Green minibus route 27M to be axed as driver shortage bites
oth|Carmen Lau Wing-yan
oth|Published: 7:48pm, 3 Dec 2026
sh|Share: Facebook | X | WhatsApp | Email | Copy link
B|A green minibus route linking Tseung Kwan O with Kwun Tong will stop running next month, the Transport Department confirmed on Thursday, the latest sign of a driver shortage squeezing the city's smaller public transport operators.
B|Route 27M, run by Sunrise Minibus Co, carried about 3,100 passengers a day at its peak in 2019 but has been operating at half its scheduled frequency since June because the company could not fill vacancies.
B|The last trip will leave at 11.30pm on January 10.
oth|Advertisement
B|Passengers will be directed to two nearby franchised bus routes and an extended section of minibus route 103A, which will add four vehicles.
B|"We've been advertising for drivers for 18 months and barely get calls," said Sunrise's operations manager, Tommy Ng Kwok-wai. "The average age of our drivers is now 63."
B|The industry has urged the government to let operators recruit drivers from the mainland, a proposal unions oppose.
rel|More on this story
rel|Minibus drivers' union warns against importing labour
rel|Why is it so hard to find a bus driver in Hong Kong?
oth|Carmen Lau covers transport and housing for the Harbour Standard.
oth|© 2026 Harbour Standard Publishers Ltd.
"""),

dict(id="en-002", lang="en", hard=False, opts="crlf",
     notes="Taiwanese news agency's English service (night-market hygiene fines), CRLF: masthead with sections, breadcrumb, stamp, writer credit line (attribution), 'Enditem' slug (other), dated related-news list, share row, copyright notice. The 'Tainan, Dec. 4 (TDA)' dateline opens the first story line.",
     text="""
nav|Taiwan Dispatch | Politics | Cross-Strait | Business | Society | Sci-Tech | Culture | Sports
nav|Home > Society
T|Tainan night market vendors fined after hygiene spot checks
oth|12/04/2026 06:15 PM
B|Tainan, Dec. 4 (TDA) Eleven food stalls at one of Tainan's biggest night markets have been fined after surprise inspections found ice contaminated with coliform bacteria and raw meat stored at unsafe temperatures, the city's health bureau said Friday.
B|Inspectors visited 64 stalls at the Yongkang Garden Night Market on Nov. 27 and 28 and took 120 samples, according to the bureau.
B|Coliform levels exceeded national standards in ice from seven drink stands, while four grilled-meat stalls kept raw skewers in coolers above 7 degrees Celsius.
B|Each vendor was fined NT$30,000 (US$925) and must pass a follow-up inspection within two weeks or face suspension.
B|Bureau official Tsai Ming-che (蔡明哲) said vendors had received hygiene training in September and that the checks would be repeated before the Lunar New Year holiday.
att|(By Huang Yu-ting and Evan Lee)
oth|Enditem/AW
rel|Related News
rel|Dec. 2: Kaohsiung seizes 300 kg of expired frozen seafood
rel|Nov. 29: Taipei to require allergen labels at food stalls
sh|Facebook LINE X Print
dis|All materials on this site are protected by copyright; reproduction in any form requires our written consent.
"""),

dict(id="en-003", lang="en", hard=False, opts="single",
     notes="Japanese paper's English site (rice prices), single newlines: masthead, subscribe/log-in links, sections, a free-article meter (other), byline and date, newsletter pitch, comment block (count, log-in prompt, commenter name, comment), numbered most-read list. The diner owner's quote is story.",
     text="""
nav|JAPAN DAYBREAK
nav|Subscribe | Log in
nav|National | Business | Politics | Culture | Sports | Opinion
oth|You have 2 free articles left this month.
T|Rice prices climb for fifth month as poor harvest squeezes supply
oth|By Rina Okada, Staff Writer
oth|Dec 2, 2026
B|The average supermarket price of a 5-kilogram bag of rice rose to ¥4,612 in the week to Nov. 29, up for the fifth straight month, agriculture ministry data showed Tuesday.
B|The figure is 18 percent higher than a year earlier and the highest since the ministry began the survey in 2021.
B|A hot summer damaged crops in several major growing areas, including Niigata and Akita prefectures, cutting the share of top-grade rice.
B|Wholesalers say some restaurants have begun switching to blended or imported rice to hold down menu prices.
B|"Customers notice when a set meal goes up by even ¥50," said Kenji Morimoto, who runs three diners in Osaka. "We are absorbing what we can."
B|The ministry said it would release more rice from the government stockpile in January if prices keep rising.
nl|Get Japan Daybreak's Morning Brief in your inbox every weekday. Sign up free
com|Comments (47)
com|Join the conversation: log in or subscribe to post.
com|hokkaido_dad · 3h ago
com|We grow our own now. Half the neighbours have started a paddy share scheme.
rel|Most read
rel|1. Osaka to trial automated ferries across the bay
rel|2. Why Japanese banks are suddenly hiring retirees
"""),

dict(id="en-004", lang="en", hard=False, opts="ws",
     notes="Korean paper's English site (subway fare rise), trailing whitespace: masthead, sections, breadcrumb, byline, published/updated stamp, font-size/share/print bar, agency credit (attribution), reporter e-mail (other), most-popular list, a copyright and no-reuse notice.",
     text="""
nav|THE SEOUL LEDGER
nav|National | Politics | North Korea | Business | Tech | Entertainment | Life & Style
nav|Home > National > Social Affairs
T|Seoul subway fares to rise by 150 won from March
oth|By Park Ji-woo
oth|Published : Dec. 3, 2026 - 16:21  Updated : Dec. 3, 2026 - 17:05
sh|Font size A A | Share | Print
B|Basic subway fares in Seoul will rise by 150 won to 1,700 won ($1.23) from March 7, the Seoul Metropolitan Government said Thursday.
B|Bus fares will go up by 100 won to 1,600 won on the same day. Discounted fares for teenagers and children will rise proportionally.
B|The city said its subway operator posted an operating loss of 1.1 trillion won last year, largely because of free rides for passengers aged 65 and older.
B|Fares in Incheon and Gyeonggi Province, which share an integrated transfer system with Seoul, are expected to rise on the same schedule.
B|Civic groups criticized the decision, saying the city should seek central government funding for elderly passengers instead of passing costs to commuters.
att|(Hanmaru)
oth|jwpark@seoulledger.co.kr
rel|Most Popular
rel|K-pop agency shares slump after tour cancellation
rel|Busan to open Korea's longest undersea road tunnel in 2027
rel|Winter fuel aid expanded to 180,000 households
dis|ⓒ The Seoul Ledger. Reproduction, redistribution and use for AI training without permission are prohibited.
"""),

dict(id="en-005", lang="en", hard=False, opts="nofinal",
     notes="Singapore paper (HDB resale prices), no final newline: masthead, sections, breadcrumb, byline and stamp, a photo caption with its credit, a Telegram-channel prompt (navigation, as app prompts in English pages), read-next, topic list. The 'Key figures' lead-in and its three figure lines are story.",
     text="""
nav|The Lion City Herald
nav|Singapore | Asia | World | Business | Tech | Sport | Life | Opinion
nav|Singapore › Housing
T|HDB resale prices edge up 0.9% in Q3, smallest rise in five years
oth|Tan Shu Min, Housing Correspondent
oth|UPDATED Oct 2, 2026, 11:40 AM
C|Flats in Tengah, where the first blocks reached their five-year minimum occupation period this year. PHOTO: LION CITY HERALD FILE
B|SINGAPORE – Resale prices of Housing Board flats rose 0.9 per cent in the third quarter, the slowest pace since 2021, flash figures released on Oct 1 showed.
B|Key figures for the quarter:
B|Resale transactions: 6,841, down 4.2 per cent from Q2
B|Million-dollar flats sold: 312
B|Median price of a four-room flat: $648,000
B|Analysts said the cooling measures announced in August, including a lower loan-to-value limit for HDB loans, had damped demand.
B|"Buyers are more price-sensitive now and are willing to wait," said Mr Desmond Koh, research head at property agency Orchid Realty.
nav|Follow The Lion City Herald on Telegram for the day's biggest stories as they break.
rel|Read next
rel|Executive condo in Bukit Batok sells 62% of units at launch
nav|Topics: HDB | Property | Housing
"""),

dict(id="en-006", lang="en", hard=False, opts="",
     notes="Mainland outlet's English site (new high-speed line): masthead, menu, breadcrumb, byline|outlet|updated line, agency and editor credits (attribution), share row, WeChat QR follow prompt (navigation), related stories, a long copyright/authorization notice (disclaimer).",
     text="""
nav|SINO OBSERVER
nav|Home | China | World | Business | Lifestyle | Culture | Travel | Sports | Opinion
nav|Home / China / Society
T|New high-speed line cuts Kunming-Baise trip to under three hours
oth|By Zhou Lanxin | Sino Observer | Updated: 2026-11-28 09:12
B|A new high-speed railway linking Kunming, capital of Yunnan province, with Baise in the Guangxi Zhuang autonomous region opened on Friday, cutting the fastest journey between the two cities from about seven hours to 2 hours and 48 minutes.
B|The 392-kilometer line has 11 stations, and trains run at up to 250 km/h, according to the national railway operator.
B|About 70 percent of the route runs through tunnels or over bridges because of the mountainous terrain.
B|Local officials said the line would help farmers ship mangoes and other produce faster and bring more tourists to the karst landscapes of the border region.
B|Twenty-two pairs of trains will run daily at first, with second-class seats priced at 186 yuan.
att|Huaxin News Agency contributed to this story.
att|Editor: Wang Yiran
sh|Share: WeChat | Weibo | Facebook | X
nav|Scan the QR code to follow Sino Observer on WeChat
rel|Related Stories
rel|Yunnan's mango growers eye faster routes to eastern markets
rel|High-speed rail network set to pass 50,000 km of track
dis|Copyright 2026 Sino Observer. Text, photos and multimedia on this site may not be used without written authorization.
"""),

dict(id="hard-en-001", lang="en", hard=True, opts="",
     notes="Hard: a Singapore crypto site reports a fine over 'free bitcoin' sign-up ads and quotes the ad slogans and the required risk warning in story lines, while the page carries a real price ticker (joined by single newlines), an exchange promo and a not-advice disclaimer.",
     text="""
tk|BTC $96,412.30 +1.21%
>tk|ETH $3,287.55 -0.40%
>tk|SOL $182.06 +2.88%
nav|ChainStraits
nav|News | Markets | Regulation | DeFi | Learn | Events
T|Singapore regulator fines exchange over "free bitcoin" sign-up ads
oth|By Marcus Teo | Dec 3, 2026, 10:02 SGT
B|Singapore's financial regulator has fined crypto exchange Merlion Digital S$850,000 for advertising in train stations and on social media, in breach of rules that bar crypto firms from marketing to the general public.
B|The ads, which ran for six weeks from August, carried slogans such as "Sign up today and get S$50 in BTC free" and "Bitcoin just hit a new high. Don't miss the next one."
B|The regulator said the adverts also failed to show the required warning that trading in digital payment tokens "may not be suitable for the public".
B|Merlion Digital said in a statement that it had pulled the campaign and "accepts the findings".
B|Singapore has restricted retail crypto marketing since 2022, limiting firms to their own websites, apps and official social media accounts.
pr|New to crypto? Open a Coinvale account and claim up to US$100 in welcome rewards →
dis|Disclaimer: ChainStraits content is for information only and is not investment advice. Crypto assets are highly volatile.
rel|Latest
rel|Hong Kong approves two more retail crypto platforms
rel|Stablecoin bill clears second reading in Seoul
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="~",
     notes="Hard: a Hong Kong paper's editors explain closing comments on most stories and quote the 'Comments are closed for this article.' note and the letters address in story lines, while the page carries a real comment block; also masthead, byline, date, an Advertisement label and, after extra blank lines, a newsletter pitch.",
     text="""
nav|The Kowloon Courier
nav|News | Opinion | Business | Culture | Video | Podcasts
T|Why we are switching off comments on most of our stories
oth|By the Editors
oth|Friday, 4 December 2026
B|From Monday, the comment box will disappear from most stories on this website. Readers will see a short note instead: "Comments are closed for this article."
B|We did not take this decision lightly. For eight years, the comments section has been a place where readers corrected our mistakes, told us what we missed and argued with each other, mostly in good faith.
B|But in the past year, our two part-time moderators have spent more time removing spam, scam links and abuse than approving comments. On some days more than 4,000 comments arrived, and fewer than one in five could be published.
B|Comments will stay open on opinion pieces and on a weekly open thread, where an editor will take part.
B|You can still reach us at letters@kowlooncourier.hk. The best letters will run every Saturday.
oth|Advertisement
com|Comments (212)
com|Show: latest first · earliest first · most liked
com|TsimShaTsuiReader
com|Sad but understandable. The scam bots took over months ago.
com|Reply · Like 34
com|Load more comments
~
nl|The Courier Daily: our best journalism, every evening. Subscribe
"""),
]
