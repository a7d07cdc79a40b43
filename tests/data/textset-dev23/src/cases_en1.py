"""English cases en-001 .. en-012 of textset-dev23 (forums, BBS-style forms, app reposts,
wire copy on portals, newswire releases, regional papers)."""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="", notes=(
    "Reddit-style quote post: subreddit label, poster line, a short headline as the post title, "
    "the quoted article kept with its '>' markers, an attribution line from the poster, an edit "
    "note, vote/comment counts, action buttons, one reply and a 'more posts' teaser."),
text="""
nav|r/CoastalTransit
oth|Posted by u/tidewater_commuter
oth|7 hr. ago
T|Ferry fares jump 14%
B|> The Halden Bay Ferry Authority will raise single-ride fares from $4.20 to $4.80 on April 1, the first increase since 2019, after its board voted 5-2 on Tuesday night.
B|> Monthly passes go up to $138. Seniors and students keep half-price fares, but the free transfer between the Ostrow Point and Millrace lines ends with the new timetable.
B|> "We have run a deficit four years in a row and the state bridge money is spent," said board chair Renata Falk. "Nobody on this board enjoyed this vote."
B|> The two members who voted no said the authority should first release a consultant's study of crew overtime that it has kept confidential since November.
att|From the Halden Bay Observer, link is in the first comment.
oth|Edit: fixed the pass price, it's 138 not 183
com|412 upvotes · 97 comments
sh|Share
sh|Save
oth|Report
com|Sort by: Best
com|mossbank_local · 6 hr. ago
com|"Nobody enjoyed this vote" lol. Then publish the overtime study.
com|Reply
rel|More posts you may like
rel|r/CoastalTransit · Millrace dock shut again this weekend for piling work
"""),

dict(id="en-002", lang="en", hard=False, opts="", notes=(
    "Forum repost that follows a posting form (Source / Reporter / Original title / Article / "
    "Link / My comment) with the values on the next lines: the outlet value and link are "
    "attribution, the reporter value is a byline, the title value is the headline; replies below."),
text="""
nav|Pinecrest Boards › Local News & Politics
oth|Thread starter gravelroad_88 · Mar 3, 2025
oth|Source:
att|The Dunmore Herald
oth|Reporter:
oth|Carla Everly
oth|Original title:
T|Quarry expansion approved
oth|Article:
B|The Dunmore County planning board on Monday approved a 61-acre expansion of the Ridgeback limestone quarry, ending a two-year fight that packed the courthouse annex with neighbours on four separate nights.
B|The permit lets Ridgeback Aggregates dig about 40 feet deeper and move its main haul road north of Cobb Creek. Blasting will be limited to weekdays between 10 a.m. and 3 p.m.
B|Board member Luis Andrade cast the only vote against, citing dust readings taken last summer near Hollins Elementary that he said were "not reassuring."
B|Company spokesperson Maren Tate said the expansion keeps 85 jobs in the county for at least another 20 years.
B|Residents have 30 days to appeal to the county circuit court.
oth|Link:
att|https://www.dunmoreherald.com/local/2025/03/03/ridgeback-quarry-expansion-vote
oth|My comment:
com|Trucks already pass the school every six minutes. Can't see how this gets better.
com|Reply · Quote · Like (14)
com|#2 · sable_finch replied:
com|Minutes say the haul road moves north, so maybe they won't go past Hollins anymore?
com|You must log in or register to reply here.
"""),

dict(id="en-003", lang="en", hard=False, opts="", notes=(
    "Wire copy on a Yahoo-style portal: portal menu and sign-in, agency credit and time stamp with "
    "reading time above a short headline, inline dateline in the first paragraph, an ad label in the "
    "middle, reporting/editing credit, agency copyright restriction, a run of blank lines, trending list and footer links."),
text="""
nav|Lumen News · Home · US · World · Business · Entertainment · Sports · Weather
nav|Sign in
att|Meridian Press Agency
oth|Updated Sat, March 8, 2025 at 4:17 AM EST · 3 min read
T|Glacier melt closes pass
B|SION, Switzerland (MPA) — Swiss authorities shut the Col de Verrand road pass on Friday after meltwater from the shrinking Ferrand glacier undercut a 200-metre stretch of the road, cutting off two villages for what officials said could be weeks.
B|About 340 residents of Verrand-Dessus and Les Crottes can still leave by a forestry track, but only in four-wheel-drive vehicles, cantonal spokesperson Odile Brunner told reporters.
oth|Advertisement
B|Geologists have been watching the slope since a smaller collapse in August. Sensors recorded a 9-centimetre shift overnight on Thursday, which triggered the closure.
B|The canton said a temporary steel bridge could be installed by mid-April if the weather allows helicopter flights.
B|Glaciers in the Alps lost about 4% of their remaining volume last year, according to a survey by Swiss monitoring network GLAMOS.
att|Reporting by Lotte Abegg; editing by Ian Marsh
dis|Copyright 2025 Meridian Press Agency. Not to be republished, broadcast or rewritten without written permission.
~
rel|Trending now
rel|Ski resort owner fined over unlicensed snow cannons
rel|Avalanche warning raised to level 4 in eastern Valais
nav|Terms · Privacy Policy · Your Privacy Choices · About our ads · Help
"""),

dict(id="en-004", lang="en", hard=False, opts="", notes=(
    "Press release on a newswire: breadcrumb, 'News provided by' block, share label, standalone "
    "newswire dateline (body), bullet list of features, About-the-company block, forward-looking "
    "statements, media contact, SOURCE line and a newswire promo."),
text="""
nav|Newsroom › Health › Medical Equipment
oth|NEWS PROVIDED BY
oth|Corvane Medical Systems, Inc.
oth|Mar 11, 2025, 08:00 ET
sh|Share this article
T|Corvane wins FDA clearance
B|DENVER, March 11, 2025 /Keystone Newswire/ --
B|Corvane Medical Systems, Inc. ("Corvane"), a maker of handheld ultrasound probes, today announced that the U.S. Food and Drug Administration has cleared its Pocket 3 scanner for use by paramedics in ambulances and field settings.
oth|Continue Reading
B|The clearance follows an 18-month study at eleven emergency services in Colorado and Utah, in which crews used the device on 2,460 patients.
B|Key features of the Pocket 3 include:
>B|- Up to 12 hours of battery life on a single charge
>B|- An offline mode that stores scans until a network is available
>B|- Automatic removal of patient identifiers before cloud upload
B|"Paramedics told us they needed something that fits in a jacket pocket and survives being dropped on asphalt," said Corvane chief executive Daniel Okafor. "That is what we built."
B|The company expects to begin shipping in the second quarter at a list price of $3,950 per unit.
oth|About Corvane Medical Systems
oth|Founded in Denver in 2014, Corvane designs portable imaging devices for emergency, rural and military medicine. Its products are used in 19 countries.
dis|Note Regarding Forward-Looking Information
dis|This release contains forward-looking statements about product availability and pricing, which involve risks that may cause actual results to differ materially.
oth|Media Contact:
oth|Jenna Morrow, press@corvanemedical.com, +1 303-555-0148
att|SOURCE Corvane Medical Systems, Inc.
oth|Want your announcement in front of 4,000 newsrooms? Talk to the Keystone Newswire team.
"""),

dict(id="en-005", lang="en", hard=False, opts="crlf", notes=(
    "US regional paper, CRLF: masthead and weather widget above the menu, section label, a short "
    "headline over a 'By Name | email' byline and a published/updated stamp, two mid-story ad and "
    "'continues below' labels, a paywall meter, newsletter box and comment count at the bottom."),
text="""
oth|THE WILLOWBROOK COURIER
oth|41° Partly cloudy
nav|News  Sports  Obituaries  Opinion  Things To Do  e-Edition
nav|LOCAL NEWS
T|Old Mill Bridge closes
oth|By Tessa Quill | tquill@willowbrookcourier.com
oth|Published 6:12 a.m. CT Feb. 11, 2025 | Updated 9:40 a.m. CT Feb. 11, 2025
B|The Old Mill Road bridge over the Sauk River will close to all traffic Monday for at least seven months while the county replaces its rotting timber deck, the Willow County highway department said.
B|Drivers will be sent along County Road 14 and the Route 9 bypass, a detour of roughly six miles. School buses for the Hartley district will add about 12 minutes to morning routes, superintendent Gail Sorensen said.
oth|Advertisement
oth|Courier story resumes after this sponsor message
B|The 1958 bridge was rated "poor" in its last two state inspections. Engineers found that several of its deck beams had lost more than a third of their thickness.
B|The $4.1 million replacement is paid for mostly by a federal bridge grant. Willow County is covering about $600,000.
B|A public meeting on the detour is scheduled for 6 p.m. Thursday at the Hartley Township hall.
oth|You have 2 free articles left this month. Subscribe for $1 for 3 months.
nl|The Morning Courier: local headlines in your inbox by 6 a.m., Monday to Saturday.
nl|Enter your email
nl|Sign me up
com|23 Comments
"""),

dict(id="en-006", lang="en", hard=False, opts="", notes=(
    "English story from a Korean daily reposted on a Naver-style portal: outlet name, input/modified "
    "stamps and reporter line above a short headline, translate and font-size buttons, reaction "
    "widget, reproduction notice, 'more from this outlet' teasers and a portal link."),
text="""
oth|Seoul Ledger
oth|Input 2025.02.19 09:41 | Modified 2025.02.19 10:02
oth|Reporter Kang Ji-woo
T|Subway fare rises 150 won
nav|Translate | Text size | Print
B|Seoul's basic subway fare will rise to 1,550 won from June 28, the city government said Wednesday, the second increase in three years as the transit operator's debt climbs past 7 trillion won.
B|The fare for buses rises by 100 won to 1,600 won at the same time. Discounts for young people aged 19 to 24 will be widened from 20% to 30% to soften the blow, the city said.
oth|AD
B|Seoul Metro lost 4,300 won on every passenger trip last year, largely because of free rides for people aged 65 and over, according to city figures.
B|Officials said they would keep asking the central government to cover part of the cost of senior rides, a request lawmakers have rejected in each of the last four budgets.
oth|Like 31 · Helpful 8 · Angry 112 · Sad 4 · Want follow-up 19
dis|ⓒ Seoul Ledger. Reproduction, redistribution and AI training use prohibited.
rel|More from Seoul Ledger
rel|Night buses to add 14 routes in southern districts
rel|City hall weighs cap on delivery motorbike noise
nav|Go to outlet homepage
"""),

dict(id="en-007", lang="en", hard=False, opts="single", notes=(
    "Thai English-language paper reposted in a LINE Today-style reader app, single newlines: app "
    "header with follow button, outlet and time line, a short headline, 'open in app' prompt in the "
    "middle, a 'read the full story' source line, emoji reactions and 'you may also like' links."),
text="""
nav|Lantern Today
nav|Follow
oth|Bangkok Daily Mirror · 3 hours ago
T|Chiang Mai smog warning
B|Health officials in Chiang Mai urged residents to stay indoors on Tuesday after fine-dust readings reached 214 micrograms per cubic metre, more than four times the national safety limit.
B|Schools in six districts will switch to online classes until Friday, the provincial education office said.
nav|Open in the Lantern app for a better reading experience
B|The province has recorded 1,870 forest and farm fires since January, according to satellite data cited by the Pollution Control Department.
B|Governor Anusorn Phetkaew said fire crews would be doubled in Mae Rim and Hang Dong, where most hotspots have been found.
B|Hospitals reported a 38% rise in patients with breathing problems compared with the same week last year.
att|Read the full story at Bangkok Daily Mirror
oth|😮 48   😢 112   👍 9
rel|You may also like
rel|Airlines add extra flights north for Songkran week
rel|Mask sales triple at northern pharmacy chains
"""),

dict(id="en-008", lang="en", hard=False, opts="", notes=(
    "English article on a WeChat-style official account: 'Original' label, account, date and "
    "province line above a short headline, editor and proofreader credits, source credit, "
    "follow QR prompt, read count and like/wow buttons, comment prompt."),
text="""
oth|Original  Shenzhen Makers Weekly  2025-01-09 18:30  Guangdong
T|Drone shows go rural
B|Village festivals across Guangdong are swapping fireworks for drone light shows, a shift organisers say is driven by cost, safety rules and the popularity of short videos shot at the events.
B|A 300-drone show that lasts eight minutes now costs about 68,000 yuan, roughly half the price of three years ago, according to Foshan-based operator Skyweave Lighting.
B|In Qingyuan, the Lianxi village committee paid for its first show in October after two firework accidents in neighbouring towns.
B|Operators must register each flight with local air traffic control at least five working days ahead and keep drones below 120 metres.
B|"Last year we did 40 shows. This spring festival alone we have 65 bookings," said Skyweave founder Mo Jiahui.
att|Source: Nanling Evening News
att|Editor: Lin Yue  Proofreader: Deng Qiao
nav|Scan the QR code to follow Shenzhen Makers Weekly
oth|Read 10W+
sh|Share  Like  Wow
com|Write a comment
"""),

dict(id="en-009", lang="en", hard=False, opts="single", notes=(
    "Local sports report, single newlines: club site masthead, a 'Text: Name' byline with date, "
    "a score box above the story, scorer lines kept as body, photo credit caption, tags and a "
    "'next fixture' widget."),
text="""
oth|Kellridge Tigers RFC
nav|Home / News / First XV
T|Tigers edge Hawks
oth|Text: Oliver Brandt · 16 March 2025
oth|Tigers 24 – 21 Harrowgate Hawks · FT · Ashby Lane
B|A drop goal from replacement fly-half Sam Pryor three minutes from time gave Kellridge a 24-21 win over Harrowgate at a rain-soaked Ashby Lane on Saturday.
B|The Hawks led 21-14 at the break after two tries from winger Dev Rahman, but the Tigers pack took control in the second half and forced three penalties at the scrum.
B|Tries: Okonkwo, Hale
B|Conversions: Lister 2
B|Penalty: Lister
B|Drop goal: Pryor
C|Sam Pryor celebrates the winning drop goal. Photo: Kellridge Tigers / Ann Whitby
B|Coach Megan Lister said the result kept the Tigers in the race for the top two with four rounds left.
nav|Tags: First XV, Regional 1, Match report
oth|NEXT FIXTURE · Sat 22 Mar · Tigers v Fenwick Park · KO 3pm · Buy tickets
"""),

dict(id="en-010", lang="en", hard=False, opts="", notes=(
    "Crypto aggregator repost (seed style): doubled dek glued to itself, short headline, in-story "
    "subheading, reposting disclaimer, a promo line, a multi-line ticker joined by single newlines "
    "and a 'you may also like' block whose teaser titles appear twice with 'The post ... appeared "
    "on' snippets, Share lines and Site stamp lines."),
text="""
dup|Lendora's token slid after a governance vote handed treasury control to a single wallet.Lendora's token slid after a governance vote handed treasury control to a single wallet.
T|Lendora vote sparks sell-off
B|Lendora's LDR token fell 23% in 24 hours after a governance proposal passed that moved control of the lending protocol's $41 million treasury to one multi-signature wallet run by its founding team.
B|The proposal was approved with 61% of votes cast, but on-chain data showed that three addresses linked to early investors accounted for more than half of the "yes" votes.
pr|Earn up to 14% APY on idle stablecoins with FlexVault. Start now →
B|Why holders are worried
B|Critics say the change removes a seven-day delay that let token holders block large withdrawals. The team said the delay had made it impossible to react to exploits quickly.
B|Lendora co-founder Ravi Menon wrote on X that the wallet would be split across five signers "within weeks" and that no funds had been moved.
pr|List your token in front of 2 million monthly readers. Ask about our launch packages.
tk|Lendora Price(LDR)
>tk|$0.0871
>tk|-23.04%
>tk|USD
dis|Disclaimer: Content on this page is republished from third-party sources for reference only and is not investment advice. Copyright stays with the original publishers; write to takedown@coinharbor.io to request removal.
rel|You May Also Like
rel|Three altcoins whales bought during the weekend dip
rel|Three altcoins whales bought during the weekend dip
rel|The post Three altcoins whales bought during the weekend dip appeared on ChainDigest.net. On-chain trackers flagged large
sh|Share
rel|ChainDigest2025/04/02 11:08
rel|Validator exits hit monthly high as staking yields thin
rel|Validator exits hit monthly high as staking yields thin
rel|The post Validator exits hit monthly high as staking yields thin appeared on ChainDigest.net. Exit queues on
sh|Share
rel|ChainDigest2025/04/02 10:51
"""),

dict(id="en-011", lang="en", hard=False, opts="", notes=(
    "Local TV station page: cookie banner at the very top, station logo and live-stream prompt, a "
    "short headline over 'Name, Title' byline, video player controls and weather alert widget in "
    "the middle, station copyright, and a 'more videos' block."),
text="""
ck|We and our partners store cookies on your device to personalise content and measure audiences. Manage choices at any time under Privacy Settings.
ck|Accept all
ck|Manage options
oth|KRVN 7 News
nav|Watch live: 7 News at 5
T|Warehouse fire contained
oth|Marisol Duarte, Reporter
oth|Published: 5:48 PM MST March 19, 2025
B|Firefighters contained a three-alarm fire at a paper-recycling warehouse in west Pueblo on Wednesday afternoon after a blaze that sent black smoke across Interstate 25 for nearly three hours.
oth|Play Video
oth|0:00 / 2:14
B|No one was hurt. About 30 workers left the building on their own when alarms went off around 1:30 p.m., Pueblo Fire Capt. Aaron Weller said.
B|Crews fought the fire from outside because bales of paper inside had collapsed, he said. Investigators have not named a cause.
B|The Colorado Department of Transportation closed two southbound lanes for about an hour because of low visibility.
oth|WEATHER ALERT: Red flag warning for Pueblo County until 8 PM
dis|Copyright 2025 KRVN-TV. All rights reserved. This material may not be rewritten or redistributed.
rel|More Videos
rel|Crews battle brush fire near Lake Minnequa
rel|Pueblo council debates downtown parking fees
"""),

dict(id="en-012", lang="en", hard=False, opts="", notes=(
    "Slashdot-style community link post: site name and section, 'Posted by ... from the ... dept.' "
    "meta line, a 'quotes a report' attribution, the quoted story, a 'read more' link, comment "
    "count (after a run of blank lines), threshold controls and a related stories list."),
text="""
oth|Bytecrumb
nav|Hardware
T|Dutch farms test robot weeders
oth|Posted by kmorrow on Thursday March 06, 2025 @08:40PM from the pull-it-yourself dept.
att|An anonymous reader quotes a report from the Fen Gazette:
B|Eleven vegetable farms in the Dutch province of Flevoland have started a two-year trial of solar-powered robots that find weeds with cameras and pull them with small mechanical arms, replacing herbicide sprays on about 400 hectares.
B|The robots, built by Zwolle startup Wiedbot, move at walking pace and can work at night. Each costs about 78,000 euros, though the province is paying 60% of the price for trial farms.
B|Farmer Anke de Ridder said her onion field needed one robot per eight hectares. "They are slow, but they don't get tired and they don't miss rows," she said.
B|The Netherlands plans to cut agricultural pesticide use by half by 2030, and farm groups say mechanical weeding is one of the few options for crops such as onions and carrots.
rel|Read more of this story at Bytecrumb.
~
com|143 comments
com|Threshold: -1 | Sort: Oldest First
rel|Related Stories
rel|California Vineyard Tries Laser Weeding (2024)
rel|EU Delays Vote on Glyphosate Renewal (2023)
"""),
]
