"""English cases en-013 .. en-024 of textset-dev23 (weather, markets, opinion, community paper,
university news, court report, newsletter platform, app repost, review with table of contents,
BBS form post, exchange notice, channel repost without a headline)."""

CASES = [
dict(id="en-013", lang="en", hard=False, opts="single", notes=(
    "Weather service news page, single newlines: site name and menu, a short headline over a "
    "'Date | Name' byline, a timeline of hour slots kept as body, a radar widget and a related "
    "block, social follow line."),
text="""
oth|Prairie Sky Weather Desk
nav|Forecasts · Radar · Severe · Climate · Blog
T|Ice storm timeline
oth|March 2, 2025 | Rhea Castellanos
B|Freezing rain will spread across southern Manitoba and the eastern Dakotas tonight, with up to 15 mm of ice possible on trees and power lines by Monday afternoon.
B|What to expect, hour by hour:
B|6 p.m. Sunday: light freezing drizzle begins west of Brandon.
B|Midnight: steady freezing rain reaches Winnipeg and Grand Forks.
B|6 a.m. Monday: heaviest ice accretion along the Red River valley.
B|Noon Monday: rain changes to wet snow from the west as colder air arrives.
oth|Live radar: tap to load the interactive map
B|Utilities have placed extra line crews on standby in Steinbach and Morden. Travel is not recommended on Highway 75 overnight.
rel|Related: How much ice does it take to bring down a power line?
nav|Follow @PrairieSkyWx for live updates
"""),

dict(id="en-014", lang="en", hard=False, opts="", notes=(
    "Markets page of a business site: index quote strip at the top (ticker), section and "
    "'Name · Section' byline with reading time, a stock quote box in the middle, 'Read more:' "
    "teaser, investor disclaimer, watchlist button and tag list."),
text="""
tk|TSX 25,318.40 +0.6% | S&P 500 5,612.11 -0.2% | CAD/USD 0.7291 +0.1% | WTI 71.84 +1.4%
nav|Markets
T|Nordhaven cuts dividend
oth|Graham Petrosyan · Markets · 4 min read
B|Nordhaven Timber Corp. cut its quarterly dividend by 40% on Thursday and said it would idle its Prince Rupert sawmill for at least six months, blaming weak U.S. housing starts and higher softwood duties.
B|Shares of the Vancouver-based company fell 9.3% to $18.72 in Toronto, their lowest close since 2020.
tk|NHT (TSX) 18.72 -1.92 (-9.30%) Vol 3.1M
B|The dividend drops to 15 cents a share from 25 cents. Chief executive Anika Strand said the cut would save about $38 million a year and protect the company's investment-grade rating.
rel|Read more: Lumber prices slide for a fourth straight week
B|About 210 workers at Prince Rupert will be laid off temporarily. The union representing them said it had been given two days' notice.
B|Analyst Corey Lam of Westbay Securities cut his price target to $20 from $26, saying a recovery depends on mortgage rates falling in the second half.
dis|This article is for information only and should not be read as a recommendation to buy or sell any security.
oth|+ Add NHT to watchlist
nav|Topics: Forestry, Dividends, British Columbia
"""),

dict(id="en-015", lang="en", hard=False, opts="", notes=(
    "Opinion column: section label, short headline over a 'Name, Title' byline, dek, share bar, "
    "in-story subheading, the author bio at the end, a 'views are the author's own' disclaimer, "
    "letters prompt and a most-read list."),
text="""
nav|OPINION
T|Fix the buses first
oth|Harriet Olufemi, Senior Fellow, Lakemont Institute
B|Before the city spends $2.3 billion on a light-rail line, it should make the buses it already runs show up on time.
sh|Share on Facebook · Share on X · Email this column
B|Last year only 61% of Route 4 buses arrived within five minutes of schedule. On Route 11, the busiest in the city, the figure was 54%. Riders have learned not to trust the timetable, and many have given up.
B|Light rail would not reach the eastern neighbourhoods where most of those riders live until at least 2034. Meanwhile, painted bus lanes, signal priority at 40 intersections and all-door boarding could be in place within two years for a small fraction of the cost.
B|What the council should do now
B|Fund the bus priority plan in this spring's budget, publish on-time figures every month, and set a target that the transit agency must report against before any rail money is released.
B|A city that cannot run a reliable bus will not run a reliable train.
oth|Harriet Olufemi studies urban transport at the Lakemont Institute and was a member of the city's 2019 transit task force.
dis|Views expressed in opinion pieces are those of the writers and not of the Lakemont Record.
oth|Have a view on this column? Send a letter of up to 250 words to letters@lakemontrecord.com.
rel|Most read
rel|1. Teachers' union sets strike date for April 14
rel|2. Inside the fight over the old armoury site
"""),

dict(id="en-016", lang="en", hard=False, opts="nofinal", notes=(
    "Small-town weekly, no final newline: masthead and issue line, the headline printed twice "
    "(second copy is duplicate_line), byline with town, a subheading, a community calendar "
    "teaser, print-edition prompt and a footer."),
text="""
oth|The Alder Creek Sentinel
oth|Serving Alder Creek and Upper Tansy since 1911 · Vol. 114, No. 9
T|Library gets new roof
dup|Library gets new roof
oth|By June Halvorsen, Alder Creek
B|After three winters of buckets on the reading-room floor, the Alder Creek Public Library will get a new roof this summer, paid for largely by a bequest from a former librarian.
oth|— Advertisement —
B|The late Eunice Pardee, who ran the library from 1968 to 1999, left $186,000 to the building fund in her will, board president Tom Vickers said at Tuesday's meeting.
B|A state small-libraries grant covers the remaining $42,000. Work is set to start June 9 and take about five weeks.
B|Where books will go
B|During the work, the children's collection moves to the fellowship hall of First Lutheran Church, and adult books can be reserved online and picked up at the village office.
rel|Community Calendar: Pancake breakfast at the fire hall, Saturday 7-11 a.m.
nav|Pick up this week's print edition at Corner Market, Tansy Feed & Seed or the post office.
oth|© 2025 Alder Creek Sentinel · 112 Main St. · (608) 555-0173
"""),

dict(id="en-017", lang="en", hard=False, opts="", notes=(
    "University news site, science story: institution header and breadcrumbs, a short headline "
    "over 'Words: Name' with date, two photo captions with credits, a media-contact block, "
    "funding credit, share row and 'more news' list."),
text="""
oth|University of Northmere
nav|Home > News > Science & Engineering
T|Bees learn to count
oth|Words: Fiona Rask · 24 February 2025
B|Bumblebees can learn that a reward is linked to the number of shapes on a card rather than their colour or size, researchers at the University of Northmere have found.
C|A bumblebee chooses between cards with three and four shapes. Photo: Northmere Insect Lab / Theo Varga
B|In a series of experiments, 48 bees were trained to fly to cards showing three yellow circles for sugar water. When the cards were changed to three blue squares or four yellow circles, most bees still picked the card with three items.
B|"It is not that bees can do arithmetic, but they clearly track how many things are in front of them," said lead author Dr Priyanka Sethi.
rel|Related: Honeybee waggle dances decoded by machine learning
C|Dr Priyanka Sethi at the lab's flight arena. Photo: Marcus Lund
B|The team now wants to test whether bees use the same skill when choosing flowers in the field.
B|The study is published in the journal Animal Cognition Letters.
att|The research was funded by the Northmere Biodiversity Trust.
oth|Media enquiries: press@northmere.ac.uk
sh|Share: LinkedIn · Bluesky · Copy link
rel|More news
rel|Sea-ice model gets a tenfold speed-up
rel|Engineering students win bridge-design prize
"""),

dict(id="en-018", lang="en", hard=False, opts="", notes=(
    "UK national paper, court report: edition switcher and section, short headline with dek, a "
    "'Name in City' byline and time stamp, a 'Listen to this article' player, inline related "
    "teaser, topics list and a most-viewed list."),
text="""
nav|UK edition
nav|News › UK › Courts
T|Landlord jailed over fire doors
B|Tenants were trapped behind locked exits at a converted Cardiff office block, the court heard
oth|Priya Lannister in Cardiff
oth|Fri 14 Mar 2025 15.02 GMT
oth|Listen to this story (3 minutes)
B|A landlord who chained shut the fire doors of a converted office block where 40 people lived has been jailed for 16 months.
B|Gareth Pennock, 57, pleaded guilty at Cardiff crown court to nine breaches of fire safety law at Meridian House, a former insurance office he turned into flats in 2021.
rel|Read more: Councils warned over office-to-flat conversions
B|Fire inspectors who visited in April last year found two of the three exits padlocked and smoke alarms with their batteries removed, the court heard.
B|Judge Rhian Owens said Pennock had put profit "miles ahead of the lives of the people who paid him rent".
B|South Wales fire and rescue service said the building had since been made safe.
nav|Topics: Cardiff, Housing, Fire safety, Crime
rel|Most viewed
rel|Heatwave warning for southern England this weekend
rel|Rail strike: what the new offer means for passengers
"""),

dict(id="en-019", lang="en", hard=False, opts="ws", notes=(
    "Local-news newsletter on a Substack-style platform, trailing whitespace on some lines: "
    "publication name, subscribe boxes at top and middle, a short headline over a dek, author "
    "and date lines, like/comment/restack counts, share prompt and a footer."),
text="""
oth|The Glenmore Dispatch
nl|Subscribe
T|School board's $9M gap
B|Trustees will cut bus routes and freeze hiring, but the hardest choices are still ahead
oth|Nadia Kowalczyk
oth|Mar 05, 2025
com|♥ 48   💬 12   ↻ 3
B|The Glenmore school district expects a $9.2 million shortfall next year, its finance director told trustees Monday, about twice what was forecast in the fall.
B|Most of the gap comes from the end of federal pandemic money and a drop of 380 students since 2022, Lena Brathwaite said.
nl|Glenmore Dispatch is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.
B|Trustees agreed to merge four bus routes and leave 22 vacant positions unfilled, saving about $2.6 million.
B|They did not vote on the bigger proposals in the finance report: closing Pine Ridge Elementary, or moving to a four-day week in the middle schools.
B|A public hearing on both ideas is set for March 24 at Glenmore High.
sh|Share The Glenmore Dispatch
com|12 readers are discussing this post
oth|© 2025 Nadia Kowalczyk · Privacy · Terms · Collection notice
"""),

dict(id="en-020", lang="en", hard=False, opts="", notes=(
    "Health wire story inside a Toutiao-style English news app: app bar, author account with "
    "follower count and follow button, original-content statement, the story, an 'original "
    "statement' attribution, report link and recommended feed."),
text="""
nav|NewsFlow  Home  Video  Following
oth|Global Health Wire
oth|312K followers · Follow
oth|2025-02-27 14:06 · Published in Singapore
T|Dengue cases triple
B|SINGAPORE —
B|Dengue infections in Singapore have risen to 1,940 so far this year, almost three times the figure for the same period in 2024, the National Environment Agency said on Thursday.
B|Most cases are in Woodlands, Yishun and Tampines, where the agency has found Aedes mosquito breeding in roof gutters and potted plants in 78% of inspected homes.
oth|Sponsored · Halo Air earbuds now 30% off for app users
B|Officials said a new dengue strain that many residents have no immunity to was behind the jump.
B|The agency will release more Wolbachia-carrying male mosquitoes, which stop eggs from hatching, in 12 more housing estates by June.
att|Original statement: this article is supplied by Global Health Wire; reposting without permission is not allowed.
oth|Report
rel|Recommended for you
rel|Malaysia steps up fogging in Selangor as cases rise
rel|Why dengue comes back stronger the second time
"""),

dict(id="en-021", lang="en", hard=False, opts="", notes=(
    "Consumer tech review with a table of contents that repeats the subheadings (each subheading "
    "labelled once as body and once as navigation), byline with 'Updated' stamp, affiliate "
    "disclosure, rating and price buttons, newsletter box."),
text="""
oth|Circuit & Cable
nav|Reviews / Laptops
T|Aster Pro 14 review
oth|By Dominic Yeats, Senior Editor · Updated Jan 30, 2025
dis|Circuit & Cable is reader-supported: buying via our retailer links can earn us a small fee.
nav|In this review
nav|Design
nav|Battery life
nav|Verdict
B|The Aster Pro 14 is the first laptop from the Taiwanese brand that feels like a real rival to the big names, with a bright OLED screen and a keyboard that is a pleasure to type on.
B|Design
B|The aluminium body weighs 1.28 kg and is 14.9 mm thick. Ports are generous for a thin machine: two USB-C, one USB-A, HDMI and a headphone jack.
B|Battery life
B|In our video playback test the Aster lasted 13 hours 40 minutes, about two hours less than the class leader but enough for a full working day.
B|Verdict
B|At $1,299 the Aster Pro 14 undercuts most rivals by around $200. Buy it if you want a great screen and keyboard and can live with a slightly noisy fan.
oth|Rating: 4 out of 5
oth|$1,299 at Stellar Electronics
nl|Get our best reviews and deals every Friday. Sign up here.
"""),

dict(id="en-022", lang="en", hard=False, opts="single", notes=(
    "English BBS board in the style of a Taiwanese BBS, single newlines: header lines (author, "
    "board, title, time), a numbered posting form (media source, reporter, full title, full text, "
    "link, notes) with values on the next lines, the sign-off and sent-from lines, and push "
    "comments. The outlet value is attribution, the reporter value a byline, the link attribution."),
text="""
oth|Author  bluefin42 (slow tide)
nav|Board  NewsRelay
oth|Title  [News] Harbour tunnel tolls to rise in July
oth|Time  Tue Mar  4 10:12:33 2025
oth|1. Media source:
att|Kowloon Morning Star
oth|2. Reporter byline:
oth|Reporter Wing Lam / Hong Kong
oth|3. Full news title:
T|Tunnel tolls to rise
oth|4. Full news text:
B|Private car tolls at the Eastern Harbour Crossing will rise to HK$40 from July 1 under a new time-varying scheme, the Transport Department said on Monday.
B|Drivers will pay HK$60 in the morning and evening rush and HK$25 overnight, with the aim of moving traffic away from the busiest hours.
B|Taxi and bus fares through the tunnel will not change, the department said.
B|Lawmaker Edwin Chau said the change "hits the people who have no choice about when they drive to work."
oth|5. Full news link (or short URL):
att|https://kms-news.hk/a/20250304-tunnel-tolls
oth|6. Notes:
com|so the overnight discount is for who exactly
oth|--
oth|※ Sent from: NewsRelay BBS (bbs.relay.tw), from: 203.0.113.27 (Taiwan)
com|push anchovy_k: rush hour 60 lol 03/04 10:15
com|boo  mintgreen: just raise the parking fines instead 03/04 10:21
"""),

dict(id="en-023", lang="en", hard=False, opts="nofinal", notes=(
    "Crypto exchange announcement page, no final newline: exchange menu, squashed one-line "
    "ticker, announcement category and date, listing details as list items, a trading promo, "
    "risk warning and 'latest announcements' links."),
text="""
nav|Markets  Trade  Earn  Launchpool  Announcements
tk|BTC/USDT 87,402.10 +1.12%ETH/USDT 2,014.55 -0.48%SOL/USDT 131.07 +3.05%
nav|New Listings
T|Kestrel lists ORBX
oth|2025-03-18 07:00 (UTC)
B|Kestrel Exchange will list Orbex Network (ORBX) in the Innovation Zone and open the ORBX/USDT spot pair at 10:00 UTC on March 20.
B|Deposits: open now
B|Withdrawals: from 10:00 UTC on March 21
B|Trading pair: ORBX/USDT
B|Orbex is a data-availability network for gaming blockchains. Tokens in the Innovation Zone may be more volatile than established assets.
pr|New users: trade ORBX in the first week and share a 50,000 USDT reward pool. Terms apply.
dis|Risk warning: Digital asset prices can move sharply. You could lose all of the money you put in. Kestrel does not provide investment advice.
rel|Latest Announcements
rel|Kestrel to delist three margin pairs on March 25
rel|Scheduled wallet maintenance for TRON network
"""),

dict(id="en-024", lang="en", hard=False, opts="", notes=(
    "Messaging-channel repost without a headline: channel name and subscriber line, a "
    "'Forwarded from' credit, the story in short paragraphs, hashtags, view count and time, "
    "and channel join prompt."),
text="""
oth|Metro Briefs Lagos
oth|58,204 subscribers
att|Forwarded from Lagos City Desk
B|Lagos State will begin a 10-day closure of the Ikorodu Road underpass at Fadeyi from Friday night to repair expansion joints, the state's transport ministry said.
B|Traffic heading towards Ojota will be diverted through Jibowu and Ikorodu Road service lanes.
B|Officials advised motorists to use the Third Mainland Bridge where possible between 6 a.m. and 10 a.m.
B|The BRT corridor will stay open throughout, the ministry said.
nav|#Lagos #Traffic #Ikorodu
oth|👁 12.4K  edited  08:17
nav|Join channel
"""),
]
