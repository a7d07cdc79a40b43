"""textset-dev33, writer A, part 1: English cases en-001 .. en-012 (India, Pakistan, Nigeria,
Kenya, South Africa, Ghana, Australia, New Zealand, Canada, Ireland, Singapore, Malaysia).
Tagged line lists for ../textset-dev20/src/make_cases.py (see its docstring for the format)."""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="Bengaluru national-paper page: consent bar, masthead, menu, breadcrumb, byline and IST stamp, a 'Follow Us' prompt (navigation) and share row, an inline 'Also Read' teaser and an ad label mid-story, tag line, most-read list and copyright footer. The standfirst under the headline is story.",
     text="""
ck|We use cookies and similar tools to give you a better reading experience on Deccan Ledger. By clicking "I Agree" you consent to our cookie policy.
ck|I Agree
ck|Manage choices
nav|Deccan Ledger
nav|Home | India | Karnataka | Bengaluru | Opinion | Sports | ePaper
nav|Karnataka > Bengaluru
T|Suburban rail's first corridor to open for trial runs by August, says project chief
B|The 25-km stretch between Baiyappanahalli and Chikkabanavara will carry empty rakes for six weeks before passengers are allowed on board.
oth|Ananya Rao, Bengaluru
oth|Last Updated : 14 March 2026, 21:07 IST
nav|Follow Us
sh|Share
sh|WhatsApp
sh|Copy link
B|The first corridor of Bengaluru's long-delayed suburban rail network will begin trial runs by the second week of August, the managing director of the Bengaluru Suburban Rail Corridor Ltd, Prakash Gowdar, said on Saturday.
B|Civil work on 19 of the 22 elevated and at-grade stations is complete, he told reporters after an inspection at Hebbal, where the corridor crosses the Outer Ring Road.
rel|Also Read | Metro Purple Line to run till 1 am on IPL match nights at Chinnaswamy
B|"The viaduct is ready, the track is ready. What remains is signalling and the power supply from the grid," Gowdar said.
B|Officials said three rakes of six coaches each had been delivered to the Hebbal depot from the coach factory in Chennai, and a fourth was expected in May.
oth|Advertisement
B|The corridor was originally meant to open in 2024. Land acquisition near Yeshwanthpur and a dispute over a storm-water drain at Lottegollahalli pushed the deadline back twice.
B|Commuter groups welcomed the date but asked for feeder buses. "A station is only as good as the last mile," said Revathi Menon of the Whitefield Rising Commuters' Forum.
nav|Tags: Bengaluru, Suburban Rail, Infrastructure, Karnataka Government
rel|Most Read
rel|Water tanker rates capped at Rs 650 in BBMP limits from April 1
rel|Three held for running fake job portal from Koramangala PG
rel|KSRTC to add 120 electric buses on Mysuru route
dis|© 2026 Deccan Ledger Publications Pvt Ltd. All rights reserved.
"""),

dict(id="en-002", lang="en", hard=False, opts="single",
     notes="Karachi paper, single newlines: masthead and menu, a PKR rate and fuel-price strip (crypto_ticker), byline and stamp, ad label, a reader comment thread with names, times and a moderation note at the bottom.",
     text="""
nav|THE KARACHI CHRONICLE
nav|Pakistan  World  Business  Sport  Magazines  Cartoons
tk|USD/PKR 281.40 ▲0.12 | Petrol Rs 262.85/litre | HSD Rs 268.10/litre | KSE-100 118,402 ▼0.4%
T|KWSC to ration water in District Central for three weeks after Hub pipeline burst
oth|Imran Soomro | Published March 9, 2026 Updated about 4 hours ago
B|The Karachi Water and Sewerage Corporation will supply water to large parts of District Central on alternate days for at least three weeks while a burst section of the 66-inch Hub trunk main is replaced.
B|The main gave way near Manghopir late on Saturday night, flooding a stretch of the road and cutting the flow to North Nazimabad, Nazimabad, Gulberg and parts of New Karachi.
B|A KWSC spokesman said 40 tankers had been diverted to the affected neighbourhoods and that hydrants at Sakhi Hassan and Nipa would run round the clock.
oth|ADVERTISEMENT
B|Residents of Block H, North Nazimabad, said they had not received a drop since Sunday. "We are buying water at Rs4,000 a tanker. Who will pay this back?" asked shopkeeper Farhan Qureshi.
B|The corporation said the replacement pipe had been ordered from a Lahore supplier and would reach the city by Thursday.
B|Schedule for District Central
B|Monday, Wednesday, Friday: North Nazimabad, Nazimabad, Paposh Nagar
B|Tuesday, Thursday, Saturday: Gulberg, Federal B Area, New Karachi
com|Comments (3)
com|The comments below have not been moderated by the Chronicle and do not reflect its views.
com|Saima K | 2 hours ago
com|Same story every summer. When will they lay a second line?
com|Danish | 1 hour ago
com|Tanker mafia will be celebrating tonight.
com|Aqeel Baloch | 47 minutes ago
com|Thank you for publishing the schedule, very helpful for our block.
oth|Copyright 2026, The Karachi Chronicle
"""),

dict(id="en-003", lang="en", hard=False, opts="crlf",
     notes="Lagos online daily, CRLF: menu, WhatsApp-channel prompt (navigation, English half), byline and WAT stamp, 'READ ALSO' teaser inside the story, 'Kindly share this story' share row, related list and footer.",
     text="""
nav|Menu
nav|LagosPulse
nav|News  Metro  Politics  Business  Sports  Entertainment
nav|Join LagosPulse on WhatsApp for breaking stories as they happen
T|BRT Lane Offenders: LASG impounds 84 vehicles in Ikorodu, Ojota sweep
oth|By Chidinma Okafor
oth|March 11, 2026 | 4:52 pm WAT
B|The Lagos State Government has impounded 84 vehicles, including 19 commercial buses, for driving on the Bus Rapid Transit corridor between Ikorodu and Ojota.
B|The enforcement team, made up of officers of the Lagos State Traffic Management Authority and the Task Force, began the exercise at about 6.30 a.m. on Tuesday at the Mile 12 end of the corridor.
rel|READ ALSO: Third Mainland Bridge to close for 48 hours for joint inspection
B|Speaking during the sweep, the Special Adviser on Transportation, Mr Tunde Adeyemi-Cole, said the BRT lane had become "a second road for people who cannot wait".
B|"Every minute a private car spends on that lane, a bus full of workers is stuck behind it," he said.
B|He said the owners of the vehicles would be charged to the mobile court, where fines range from N70,000 to N250,000, and that repeat offenders could have their vehicles forfeited to the state.
B|Three drivers who tried to escape at Owode-Onirin were arrested.
sh|Kindly share this story:
sh|Facebook  X  WhatsApp  LinkedIn  Email
rel|Related News
rel|Lagos rail Red Line adds four evening trips from Monday
rel|Danfo drivers protest new parking levy in Oshodi
oth|All rights reserved. LagosPulse Media Ltd, 14 Adeola Odeku, Victoria Island.
"""),

dict(id="en-004", lang="en", hard=False, opts="ws",
     notes="Nairobi agriculture trade-press page with trailing whitespace: a currency and commodity strip at the top, section label and byline, a story with a short list of auction figures (story), a newsletter box, tags and an 'Aggregated from' credit.",
     text="""
tk|KES/USD 129.35 | KES/GBP 164.20 | Tea (BP1) $2.84/kg | Coffee AA Ksh 68,900/50kg
nav|AgriTrade East Africa
nav|Markets / Tea
T|Mombasa auction: prices firm as Pakistan and Egypt return to the floor
oth|Wanjiru Kamau · 3 min read
oth|Tuesday, 10 March 2026
B|Average prices at the weekly Mombasa tea auction rose for a third straight sale on Monday as buyers for Pakistani and Egyptian packers returned in force after the Ramadan lull.
B|The East African Tea Trade Association said 182,400 packages were offered, of which 81 per cent were sold.
B|Sale 10 at a glance:
B|Average price: US$2.91 per kg, up from US$2.78
B|Best medium BP1: US$3.40 per kg
B|Unsold: 19 per cent of the offer
B|Brokers said the quality of teas from the west of the Rift improved after the short rains, while factories east of the Rift were still sending out thin, dusty grades.
B|"Karachi buyers are paying for bright liquors again, and that is lifting the whole catalogue," said Peter Langat of Kipkebe Brokers.
nl|Get the AgriTrade morning brief: prices, weather and policy, in your inbox before 7am.
nl|Your email address
nl|Sign me up
nav|Topics: Tea, Mombasa Auction, Exports, Kericho
att|Aggregated from AgriTrade East Africa wire
"""),

dict(id="en-005", lang="en", hard=False, opts="nofinal",
     notes="Cape Town talk-radio news brief without a headline (title null), no final newline: station masthead, a listen-live widget and now-playing line (other), a four-line brief, a weather line and a share bar at the bottom.",
     text="""
nav|CAPE TALK 91.4
oth|LISTEN LIVE
oth|Now playing: The Afternoon Drive with Thando Mbeki
oth|12 March 2026 15:20
B|The City of Cape Town says the water supply in Mitchells Plain and Strandfontein should be back to normal by tomorrow morning.
B|A contractor damaged a bulk main in Weltevreden Valley on Wednesday, leaving about 30,000 households with low pressure or no water.
B|Mayoral committee member for water, Zubeida Jacobs, said repairs were finished at midday and that the reservoirs were now refilling.
B|Residents are asked to report outages on the city's line, 0860 103 089, and to boil tap water if it comes out discoloured.
oth|Cape Town: 27°C, south-easter 35km/h
sh|Share on Facebook
sh|Share on WhatsApp
sh|Copy URL
"""),

dict(id="en-006", lang="en", hard=False, opts="~",
     notes="Accra football-club site match report with a score widget at the top, byline, a photo with credit caption, team sheets and scorer lines as story, a next-fixture widget, a club-shop promo slot and a run of blank lines before the footer.",
     text="""
nav|ACCRA HEARTS OF LIONS FC
nav|Club | Teams | Fixtures | Tickets | Shop | Media
oth|FT  Lions 2 – 1 Berekum Stars
T|Lions come from behind to keep title race alive
oth|Media Team | Sunday 8 March 2026
C|Kwame Asante-Boateng celebrates his winner in front of the North Stand. Photo: Lions Media/E. Nortey
B|Accra Hearts of Lions came from a goal down to beat Berekum Stars 2-1 at the Accra Sports Stadium and stay three points behind the league leaders.
B|The visitors went ahead on 23 minutes when Isaac Ofori headed in a corner at the near post.
B|Coach Mohammed Dauda switched to a back three at half-time and the change paid off within five minutes as Yaw Mensah drove in a low shot from the edge of the box.
B|Kwame Asante-Boateng, on as a substitute, won it in the 81st minute with a curling free-kick.
B|Scorers: Mensah 50', Asante-Boateng 81'; Ofori 23'
B|Lions: Adjei; Owusu, Larbi, Tetteh, Addo; Mensah, Quaye (Asante-Boateng 66'), Boakye; Nartey, Dodoo, Agyei
B|"We showed character today. At half-time I told them the game was still ours," Dauda said.
oth|NEXT MATCH: Lions v Dreams FC · Sat 14 Mar · 3pm
oth|Get the new 2026 home kit in the Lions Store now
~
oth|Accra Hearts of Lions FC, Official Website. Powered by ClubDesk
"""),

dict(id="en-007", lang="en", hard=False, opts="single",
     notes="Regional Australian council news room, single newlines: skip link, menu, breadcrumb, a list of road closures (story), a 'was this page helpful' widget, an acknowledgement-of-country footer and a contact footer (both other).",
     text="""
nav|Skip to main content
nav|Shire of Wandarra
nav|Residents  Business  Council  Visitors  Have Your Say
nav|Home / News and Media / Media Releases
T|Road closures for the Wandarra Harvest Festival
oth|Published: 6 March 2026
B|Several streets in the Wandarra town centre will be closed to traffic during the Harvest Festival on Saturday 21 March.
B|The closures will allow the street parade and the night market to run safely. Detours will be signposted.
B|Closures:
B|Gidgee Street between Mill Road and Lyons Street, 6am to 11pm
B|Lyons Street between Gidgee Street and the rail crossing, 2pm to 11pm
B|Memorial Park car park, all day
B|Buses on the town loop will stop at the temporary stop on Mill Road outside the IGA.
B|Shire President Carol Beattie thanked businesses on Gidgee Street for their patience and encouraged locals to walk or cycle to the festival.
oth|Was this page helpful?  Yes  No
oth|The Shire of Wandarra acknowledges the Traditional Owners of the land on which we live and work, and pays respect to Elders past and present.
oth|Shire of Wandarra | 12 Lyons Street, Wandarra WA 6478 | (08) 9612 4400
"""),

dict(id="en-008", lang="en", hard=False, opts="crlf nofinal",
     notes="New Zealand police media release, CRLF without final newline: menu, release stamp, a short story, 'Issued by' credit (attribution), share links and a previous/next pair.",
     text="""
nav|New Zealand Police
nav|Home > News > Canterbury
T|Missing tramper found safe in Arthur's Pass National Park
oth|Tuesday, 10 March 2026 - 11:42am
B|A tramper reported missing in Arthur's Pass National Park has been found safe and well.
B|The 34-year-old man had been expected out of the Waimakariri valley on Sunday evening. Police were alerted by a family member on Monday morning.
B|A helicopter crew spotted him near Carrington Hut shortly after 9am today. He had sheltered overnight after the river rose and was unable to cross.
B|Police and LandSAR thank the volunteers who took part in the search and remind trampers to carry a personal locator beacon and to leave their intentions with someone they trust.
att|Issued by Police Media Centre
sh|Share this
sh|Facebook | X | Email
nav|Previous: Serious crash, State Highway 1, Ashburton
nav|Next: Arrest made after Riccarton dairy robbery
"""),

dict(id="en-009", lang="en", hard=False, opts="",
     notes="Canadian university news room: consent bar, menu, section label, byline and read time, a photo caption with credit, an interview with Q: and A: lines (story), share bar, media-contact block (other) and a related list.",
     text="""
ck|This site uses cookies to analyse traffic and remember your preferences. You can change this at any time under Privacy Settings.
ck|Accept all
ck|Reject non-essential
nav|Université Laurentienne du Nord | Northern Laurentian University
nav|News & Events
T|Warmer winters are shifting the maple sap season by up to two weeks
oth|By Marie-Claude Tremblay | Faculty of Science | 5 minute read
C|Doctoral student Owen Reyes checks a sap collection line in the university's research sugarbush near Sudbury. (Photo: J. Lavoie / NLU)
B|A ten-year study by researchers at Northern Laurentian University has found that sap in Ontario sugarbushes is starting to run up to two weeks earlier than it did in the 1990s.
B|The team, led by forest ecologist Dr. Hélène Gagnon, tracked sap flow in 1,200 sugar maples across 14 stands between Sudbury and Algonquin Park.
B|We spoke to Dr. Gagnon about what the findings mean for producers.
B|Q: What surprised you most?
B|A: How uneven it is. Some stands now start in late February, others barely moved. Slope and soil matter far more than we expected.
B|Q: Should producers tap earlier?
B|A: Many already do. The risk is that a mid-season freeze-thaw gap can close the tapholes before the best runs come.
B|The study was published this month in the Canadian Journal of Forest Research.
sh|Share: Facebook | LinkedIn | Email | Print
oth|Media contact: Communications Office, 705-555-0147, media@nlu-example.ca
rel|More news
rel|NLU engineers test snow-load sensors on northern arenas
rel|Indigenous language app reaches 10,000 learners
"""),

dict(id="en-010", lang="en", hard=False, opts="ws",
     notes="Irish regional paper court report with trailing whitespace: masthead and menu, section label, byline and stamp, newsletter prompt mid-page, 'Read more' teaser, a court-reporting disclaimer, a comments-disabled line and copyright at the bottom.",
     text="""
nav|The Midland Examiner
nav|News  Sport  Property  Farming  Death Notices  Jobs
nav|Courts
T|Farmer fined €2,500 after cattle strayed onto N52 causing crash
oth|Seán Ó Dálaigh
oth|Thu 12 Mar 2026 at 06:30
B|A Westmeath farmer has been fined €2,500 at Mullingar District Court after 11 bullocks strayed from his land onto the N52 and caused a two-car collision last August.
B|Liam Geraghty (58), of Ballinacor, Kilbeggan, pleaded guilty to allowing animals to wander on a public road.
B|Garda Niamh Fallon told the court that the cattle got out through a broken gate at around 10.40pm. A woman driving towards Tullamore suffered a broken wrist.
nl|Get the Midland Examiner's free daily newsletter. Sign up here
B|Defending, solicitor Gerard Kinsella said his client had repaired the gate "within the hour" and had since fenced the whole roadside boundary.
B|Judge Deirdre Mac Giolla Rua said the public was entitled to expect farmers to keep stock off national roads, particularly at night.
B|She gave Mr Geraghty three months to pay.
rel|Read more: Tullamore man jailed for 18 months over Kilbeggan assault
dis|Court reports are published in accordance with the law on reporting of court proceedings.
com|Comments have been disabled on this article.
dis|© Midland Examiner Newspapers 2026
"""),

dict(id="en-011", lang="en", hard=False, opts="",
     notes="Singapore business aggregator repost: an STI/SGD/gold strip at the top, section label, source credit and 'Aggregated from' line (attribution), an ad slot, a not-advice disclaimer and a 'You may also like' list with site/time stamps.",
     text="""
tk|STI 3,912.44 +0.38% | SGD/USD 0.7462 | Gold US$2,981.20 | Brent US$71.08
nav|MoneyLion SG | Property
T|HDB resale prices edge up 1.1% in February as four-room flats lead
att|Source: The Straits Monitor
oth|13 Mar 2026, 09:15 SGT
B|Prices of HDB resale flats rose 1.1 per cent in February from the previous month, flash estimates from a group of property portals showed on Thursday.
B|Four-room flats led the increase, up 1.6 per cent, while prices of three-room flats were flat.
B|Resale volume fell 8.2 per cent to 2,014 transactions, as the Chinese New Year holidays cut the number of viewings.
oth|Sponsored
B|Analysts said buyers who missed out on the February launch of Build-To-Order flats in Tengah and Woodlands were turning to the resale market.
B|"Demand for ready units near MRT stations remains sticky," said Karen Toh, head of research at Orchid Realty.
att|Aggregated from The Straits Monitor. Edited by MoneyLion SG.
dis|This article is for general information only and is not investment or property advice.
rel|You may also like
rel|Condo rents fall for third month as supply rises
rel|MoneyLion SG 2026/03/12 18:40
rel|Private home sales in Q1 seen at four-year high
rel|MoneyLion SG 2026/03/11 08:05
"""),

dict(id="en-012", lang="en", hard=False, opts="",
     notes="Malaysian crypto-exchange news repost in the seeds' style: a dek glued to itself (duplicate_line), a multi-line price ticker joined by single newlines, a featuring promo, the exchange's repost disclaimer and stamped 'You Might Also Like' teasers with doubled titles.",
     text="""
dup|Bursa-listed payments firm secures Securities Commission nod to run a digital asset exchange.Bursa-listed payments firm secures Securities Commission nod to run a digital asset exchange.
T|Kuala Lumpur payments firm wins digital asset exchange licence
B|Kuala Lumpur-based payments company PayLintas Bhd has received approval from the Securities Commission Malaysia to operate a recognised digital asset exchange, the company said in a filing on Wednesday.
B|The approval makes it the sixth licensed exchange operator in the country and the first owned by a company listed on the Main Market of Bursa Malaysia.
B|PayLintas said the exchange would initially list ringgit pairs for bitcoin, ether and two local utility tokens, and would open to retail users in the third quarter.
B|Chief executive Hafiz Rahman said the firm would draw on its network of 40,000 merchant terminals to let customers convert small amounts of crypto into ringgit at the till.
B|Shares of PayLintas rose 7.4 per cent to RM1.31 on the news.
pr|Building in Asia's digital asset space? Pitch your project to our editors and reach 2 million traders every month.
tk|Market Snapshot
>tk|Ringgitcoin Logo
>tk|Ringgitcoin Price(RGC)
>tk|$0.2217
>tk|-3.05%
>tk|USD
>tk|Ringgitcoin (RGC) Live Price Chart
dis|Disclaimer: Articles reposted here come from public sources and are provided for reference only. They do not represent the views of this platform, and all rights belong to the original authors. Contact editorial@examplexchange.my to request removal. Nothing here is financial advice.
rel|You Might Also Like
rel|Ether options volume hits record ahead of quarterly expiry
rel|Ether options volume hits record ahead of quarterly expiry
rel|ExampleXchange2026/03/11 22:04
rel|Thai SEC tightens rules on crypto influencer promotions
rel|Thai SEC tightens rules on crypto influencer promotions
rel|ExampleXchange2026/03/11 17:30
"""),
]
