"""textset-dev28, writer A, part 1: English cases en-001 .. en-012 (a broad everyday mix:
national and regional papers, a TV station, a wire brief on a portal, farming and shipping trade
press, a police news room, a university and a hospital news page, a football club's site, a
business aggregator, a crypto aggregator and a city magazine)."""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="National newspaper politics story: consent banner, masthead, menu and breadcrumb on top, "
           "byline/time/read-time and a share bar under the standfirst, an inline 'Read more' teaser, "
           "a most-read list and copyright/company footer. The standfirst is story.",
     text="""
ck|We and our 143 partners use cookies to personalise what you see and to measure how our journalism is read.
ck|Manage choices
ck|Agree and close
nav|The Northern Ledger
nav|UK | Politics | Transport | Opinion | Money | Sport | Puzzles
nav|Home > Politics > Transport
T|Regional rail fares frozen for a second year as minister bows to commuter pressure
B|Passengers will pay the same for season tickets until at least March 2028 under a deal unveiled on Tuesday.
oth|By Harriet Ossory, Transport Correspondent
oth|Tuesday 14 December 2026 18:02 GMT
oth|4 min read
sh|Share on Facebook
sh|Share on X
sh|Copy link
B|The transport secretary, Colm Ardagh, told MPs the freeze would cost the Treasury about £410m, money he said would come from delaying two road schemes in the Midlands.
B|"Nobody should have to choose between getting to work and heating their home," he said.
B|Commuter groups had campaigned since the summer, when operators signalled increases of up to 6.1 per cent.
rel|Read more: Why your 07:42 is always late – and who pays when it is
B|The freeze covers regulated fares on 11 routes, including the busy Leeds–Manchester corridor, but not advance tickets or first class.
B|Imogen Tully, who speaks on transport for the opposition, called the move "welcome but late", noting that fares had already risen by almost a fifth since 2020.
B|Operators will be compensated through the existing revenue-support scheme, officials said.
rel|Most read
rel|Council tax bills set to climb in 240 areas, analysis finds
rel|Storm Nerys: amber warning for Cumbria and Dumfries
rel|The pub that has served the same steak pie since 1956
dis|© 2026 Northern Ledger Media Ltd. Reproduction without written consent is prohibited.
oth|Northern Ledger Media Ltd, registered in England and Wales No. 04418823
"""),

dict(id="en-002", lang="en", hard=False, opts="crlf",
     notes="Local TV station page about a flash flood, CRLF: skip link, menu, live-now bar and weather "
           "widgets (other), byline and posted/updated stamps, video player controls and an ad label "
           "mid-story, app prompt (navigation), alert sign-up (newsletter), more-local-news teasers and "
           "a broadcaster copyright line (disclaimer).",
     text="""
nav|Skip to main content
nav|WRVX 12 News | Weather | Traffic | Sports | Contests | Watch Live
oth|LIVE NOW: 12 News at 6
oth|FLOOD WATCH until 10 PM for Harlan and Pike counties
oth|Now 58° · Light rain · Cotter Falls
T|Flash flooding shuts Route 14 near Cotter Creek; two drivers rescued
oth|by: Denise Varga
oth|Posted: Dec 9, 2026 / 04:12 PM EST
oth|Updated: Dec 9, 2026 / 06:47 PM EST
sh|Share
B|COTTER FALLS, Ky. (WRVX) — A two-mile stretch of Route 14 was closed Wednesday afternoon after Cotter Creek spilled over its banks following nearly three inches of rain.
B|Pike County dispatchers said crews pulled two people from a pickup truck that stalled in fast-moving water near the Elkhorn Road bridge around 2:30 p.m.
oth|Play Video
oth|0:00 / 1:58
oth|Advertisement
B|Both were checked by paramedics at the scene and did not need to go to hospital.
B|"The water came up faster than anyone expected," said Fire Chief Lonnie Badger. "If you see it over the road, turn around."
B|The state transportation cabinet said the road would stay closed at least until Thursday morning while engineers inspect the bridge.
B|Drivers are being detoured along Route 119 through Belcher.
nav|Get the free WRVX 12 app for weather alerts wherever you are
nl|Sign up for 12 News breaking-news e-mails, delivered the moment a story breaks
rel|More Local News
rel|Harlan County schools to start two hours late Thursday
rel|Belcher VFD holds toy drive at the firehouse Saturday
dis|Copyright 2026 Ridgeline Broadcasting Group. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
"""),

dict(id="en-003", lang="en", hard=False, opts="nofinal",
     notes="Short wire brief reposted on a news portal, no headline (the scrape starts at the portal's "
           "section label), no final newline. The dateline sits in the first story line. Wire reporting "
           "credit and the portal's feed line are attribution; a trust-principles line is disclaimer.",
     text="""
nav|NewsNest · World · Europe
oth|2 hours ago
B|OSLO, Dec 8 (Nordwire) - Norway's largest coastal ferry operator reached a pay deal with its seafarers' union late on Monday, ending a four-day strike that had stranded island communities along the western coast.
B|The agreement gives crews a 5.4% rise over two years and an extra week of leave for those on rotating schedules, union negotiator Eirik Sandvold said.
B|Fjordlinje said full timetables would resume from Wednesday's first sailings.
B|About 38,000 passengers a day use the company's 27 routes.
att|Reporting by Sigrid Haugland; Editing by Tomas Brekke
att|This story was delivered to NewsNest automatically from the Nordwire feed.
dis|Nordwire follows its Editorial Independence Charter.
rel|More from Europe
rel|Danish pension funds sell out of coal-linked bonds
rel|Finland's winter power prices seen lower after mild November"""),

dict(id="en-004", lang="en", hard=False, opts="single",
     notes="Farming weekly, single newlines: masthead and menu, a grain/milk price strip (crypto_ticker), "
           "section breadcrumb, byline with date, a sale report whose highlights are a list of facts "
           "(story), a paywall meter (other), a newsletter pitch, related teasers, tags and a publisher "
           "footer.",
     text="""
nav|Upland Farmer Weekly
nav|News | Livestock | Arable | Machinery | Markets | Rural Life | Jobs
tk|Wheat (Nov 27) £191.25 ▲0.75 | Feed barley £164.00 ▼1.10 | OSR €468.50 ▲3.25 | Milk 38.9p/l –
nav|Livestock › Markets
T|Hexford breeding ewe sale tops at £420 as lamb prices hold firm
oth|Bryn Tallis · 28 November 2026
B|Trade at Hexford Mart's annual breeding sale was described as "solid throughout" on Saturday, with 6,840 ewes and ewe lambs forward.
B|Highlights from the day:
B|Mule gimmer lambs averaged £148, up £9 on the year
B|Texel cross shearlings peaked at £420 for a pen from Cwm Uchaf, Llanwrda
B|Draft ewes sold to £166, averaging £121
B|Auctioneer Delyth Parry said buyers from Shropshire and Herefordshire had "kept everyone honest".
B|The next sale, for store cattle, takes place on 5 December.
oth|You have read 2 of your 3 free stories this month. Subscribe for unlimited access.
nl|Get the Friday markets round-up straight to your inbox – it's free
rel|Related: Lamb exports to the Gulf hit a five-year high
rel|Related: Bluetongue control zone widened to two more counties
nav|Tags: sheep, auction marts, Wales, livestock prices
oth|Upland Farmer Weekly is published by Carrow Rural Media Ltd.
"""),

dict(id="en-005", lang="en", hard=False, opts="ws",
     notes="Shipping trade press story with subheadings (story), trailing whitespace: masthead, menu, "
           "subscriber-preview flag and byline (other), a trial pitch, trending teasers, a print/e-mail bar "
           "and a newsdesk contact line (other).",
     text="""
nav|Quayside Intelligence
nav|Containers | Tankers | Dry Bulk | Ports | Regulation | Data Hub
oth|SUBSCRIBER PREVIEW
T|Berth queue at Kessling swells to 31 ships as crane upgrade overruns
oth|Rafael Okonjo | 3 December 2026
B|Container ships waiting to berth at Kessling rose to 31 on Wednesday, the highest since the port's 2024 strike, as a delayed crane replacement left two of its seven berths idle.
B|Average waiting time has climbed to 4.6 days, according to the port's own dashboard.
B|What went wrong
B|The port authority had planned for four new ship-to-shore cranes to enter service in October, but commissioning tests found faults in the spreader control software.
B|Carriers respond
B|Meridia Line and Halvorsen Container have both begun skipping Kessling on some Asia–Europe loops, sending boxes by feeder from Rotterhaven instead.
B|"Every omitted call pushes cost onto shippers," said Petra Lindqvist, a consultant at Baltic Box Analytics.
B|What comes next
B|The authority now expects the cranes to be working by the third week of January.
oth|Unlock the full Berth Delay Index with Quayside Intelligence Pro – start a 14-day trial
rel|Trending in Ports
rel|Suez transit fees to rise 4% from February
rel|Why feeder rates are climbing faster than mainline rates
sh|Print | Email | LinkedIn
oth|Spotted an error or have a tip? Write to the newsdesk at desk@quaysideintel.example
"""),

dict(id="en-006", lang="en", hard=False, opts="",
     notes="Police news-room appeal, nearly clean: only a breadcrumb at the top and a published stamp at "
           "the bottom. The crime reference number and the phone line are story.",
     text="""
nav|Home › News › Appeals
T|Appeal after catalytic converters stolen from 14 vans in Marlow Vale
B|Officers are appealing for witnesses after catalytic converters were cut from 14 vans parked at a business park in Marlow Vale overnight on Sunday 29 November.
B|The thefts happened between 10pm and 5am at the Ferris Lane industrial estate. A grey estate car was seen leaving the site at speed shortly before 4.30am.
B|Investigating officer DC Hannah Roe said: "These thefts leave small businesses off the road for days. If you were in the area and saw anything, please get in touch."
B|Anyone with information should call 101 quoting crime reference 44260187913, or leave information anonymously with the independent tip line on 0800 496 0107.
B|Dashcam or CCTV footage can be uploaded through the force's public portal.
oth|Published: 11:40 1 December 2026
"""),

dict(id="en-007", lang="en", hard=False, opts="",
     notes="University news page with a photo caption (credit inside the caption): site name, menu and "
           "news breadcrumb, a publish date, media-enquiries line (other), a tag list, a share line and "
           "'you might also like' teasers.",
     text="""
nav|University of Caldermoor
nav|Study | Research | News and events | About us | Alumni and friends
nav|News home / Research news
T|Soil microbes 'switch off' fertiliser breakdown during cold snaps, study finds
oth|Published on 2 December 2026
C|Dr Anwen Ellery samples a trial plot at the university's Brockholes farm. Photo: Jamie Rudd / University of Caldermoor
B|Bacteria that turn nitrogen fertiliser into forms plants can use almost stop working when soil drops below 4°C, researchers at the University of Caldermoor have found.
B|The team buried temperature loggers and sampling tubes across 60 plots over two winters and measured how quickly applied nitrogen was converted.
B|At low temperatures up to 40% of the fertiliser stayed in the soil unchanged, where heavy rain could later wash it into rivers.
B|"Farmers are often told to spread early to get ahead of the season," said lead author Dr Anwen Ellery. "Our data suggests waiting for a warmer week may save money and protect water quality."
B|The study, published in the journal Soil Systems Letters, was funded by the Rural Futures Research Council.
B|The group is now working with three farms in the Eden valley to test a simple soil-temperature alert for growers.
oth|Media enquiries: Press Office, press@caldermoor.example, 01632 960415
nav|Tags: Agriculture; Climate; School of Biosciences
sh|Share this story: Facebook · LinkedIn · Bluesky · Email
rel|You might also like
rel|New hedgerow survey counts record number of dormice
rel|Caldermoor joins national peatland restoration partnership
"""),

dict(id="en-008", lang="en", hard=False, opts="",
     notes="Hospital trust news page with an interview in Q&A form (each question and answer is story): "
           "cookie notice, site menu, breadcrumb and a date at the top; page-review stamp, feedback widget "
           "(other), back-to-top link and a social follow line at the bottom.",
     text="""
ck|Can we use optional cookies? These help us improve the website. We won't set them unless you say yes.
ck|Yes, I'm happy
ck|No thanks
nav|St Bride's and Westerleigh Hospitals NHS Trust
nav|Our services | Patients and visitors | Careers | News | Contact us
nav|Home / News / Latest news
T|New wide-bore MRI scanner opens at Westerleigh: "Patients no longer dread going in"
oth|8 December 2026
B|A new wide-bore MRI scanner has opened at Westerleigh Hospital, adding around 90 scans a week and cutting waits for patients who find conventional machines difficult.
B|We asked lead radiographer Samira Quist what it means for patients.
B|Q: What is different about the new scanner?
B|A: The tunnel is 70 centimetres across, so there is much more room around you, and the ends are open and brightly lit.
B|Q: Who will benefit most?
B|A: People who are claustrophobic, larger patients and children. We used to sedate some of them; now most can be scanned without it.
B|Q: Will waiting lists come down?
B|A: We expect the wait for a routine MRI to fall from about nine weeks to five by the spring.
B|The £1.9m scanner was part-funded by the Westerleigh Hospitals Charity and its Scan Appeal.
oth|Page last reviewed: 08/12/2026
oth|Was this page helpful? Yes / No
nav|Back to top
nav|Follow the Trust on Facebook, Instagram and LinkedIn
"""),

dict(id="en-009", lang="en", hard=False, opts="",
     notes="Football club's own site, match report: club menu, score widget lines and a report label line "
           "(other); the line-up and goals lines are story; a partner slot mid-page and a next-fixture "
           "widget are other; previous/next report links are navigation; a members' newsletter pitch.",
     text="""
nav|Tickets | Shop | Fixtures & Results | Club | Academy | Foundation
oth|HALLAM ROVERS 3 – 1 STAVELEY TOWN
oth|Full time · Brammall Road · Att: 2,914
T|Report: Ashdown double as Rovers come from behind against Staveley
oth|Match report · 6 Dec 2026 · Club Media Team
B|Rovers recovered from a sluggish opening half-hour to take all three points on a cold afternoon at Brammall Road.
B|Staveley led through Connor Pike's header from a corner on 22 minutes, and Rovers struggled to find any rhythm until Lewis Ashdown drove in a low shot from 20 yards just after the half-hour.
B|Ashdown put Rovers ahead on 71 minutes, turning in Tyrese Orji's cross at the near post, and substitute Dan Feeney sealed it in the 88th minute.
oth|Official Partner of Hallam Rovers: Brightwell Motors – book a test drive today
B|Manager Gareth Lund said: "We were second to everything early on, but the lads showed character."
B|Rovers: Kemp; Orji, Barlow, Nkemelu, Hesketh; Lindgren, Coyle (Feeney 76); Ashdown, Price, Mahon (Quigley 82); Ellis.
B|Goals: Ashdown 31, 71, Feeney 88; Pike 22 (Staveley).
oth|Next match: Rovers v Clayton Athletic · Sat 13 Dec · 3pm · Buy tickets
nav|‹ Previous report: Rovers 0-0 Bramley
nav|Next report ›
nl|Join the Rovers Members' Newsletter for team news before anyone else
"""),

dict(id="en-010", lang="en", hard=False, opts="~",
     notes="Business news aggregator repost: a dek glued to itself (duplicate_line) above the headline, a "
           "quote box (crypto_ticker), aggregator byline/time, extra blank lines before the footer, a "
           "source credit (attribution), a not-advice line (disclaimer) and related teasers.",
     text="""
nav|Marketline Digest
dup|Fenwick Foods raises full-year outlook after strong frozen sales.Fenwick Foods raises full-year outlook after strong frozen sales.
T|Fenwick Foods lifts guidance, shares jump 7%
tk|FWKF 14.82 +0.97 (+7.01%)
tk|Vol 3.1M · Mkt cap 2.41B · P/E 18.6
oth|Marketline Staff · Dec 10, 2026, 9:14 AM ET
B|Frozen-meal maker Fenwick Foods raised its full-year revenue forecast on Wednesday, citing stronger-than-expected demand for its single-serve ranges and lower freight costs.
B|The company now expects sales of $3.42 billion to $3.47 billion, up from a previous range of $3.30 billion to $3.38 billion.
B|Third-quarter adjusted earnings came in at 41 cents a share, beating the analysts' average estimate of 35 cents.
B|Chief executive Marisol Vantongeren said price cuts introduced in the spring had "brought shoppers back to the freezer aisle".
B|Shares rose as much as 7% in early trading, their biggest one-day gain since March.
~
att|Source: Halden Business Wire
dis|Marketline Digest aggregates third-party content for information only; it is not a recommendation to buy or sell any security.
rel|Related stories
rel|Grocery inflation eases for a fourth straight month
rel|Packaged-food makers bet on smaller portions
"""),

dict(id="en-011", lang="en", hard=False, opts="",
     notes="Crypto aggregator repost in the seed's style: doubled dek, headline, a promo line, a multi-line "
           "price widget joined by single newlines, a long reposting disclaimer, and a 'You may also like' "
           "block whose teaser titles appear twice with 'The post … appeared on' teasers, Share and "
           "site+stamp lines (related_links).",
     text="""
dup|A Lisbon payments start-up wants to settle remittances in a euro stablecoin.A Lisbon payments start-up wants to settle remittances in a euro stablecoin.
T|Pagatejo secures e-money licence for euro stablecoin transfers
B|Lisbon-based Pagatejo said on Thursday it had received an electronic-money institution licence from the Bank of Portugal, allowing it to offer transfers settled in a euro-pegged stablecoin.
B|The company plans to start with corridors to Cape Verde and Mozambique, where it says fees on traditional transfers average 7.8%.
B|Founder Inês Carvalhal said the service would charge a flat 0.9% and settle "within minutes instead of days".
B|Pagatejo's token, EURP, is fully backed by deposits at two Portuguese banks, according to its latest attestation report.
B|The licence follows a year-long review under the European Union's crypto-asset rules, which took full effect at the start of 2026.
B|Rival operators, including Spain's Remesa Clara, are expected to apply for similar permissions next year.
pr|Building something on-chain? Get your launch in front of 2 million monthly readers – talk to our partnerships team.
tk|Market Opportunity
>tk|Pagatejo Euro Logo
>tk|Pagatejo Euro Price(EURP)
>tk|$1.0837
>tk|+0.11%
>tk|USD
>tk|Pagatejo Euro (EURP) Live Price Chart
dis|Disclaimer: Content republished on this page comes from public sources and is shared for information only. It does not reflect the views of CoinHarbor, and all rights stay with the original publishers. To request removal of material you own, e-mail takedown@coinharbor.example. CoinHarbor does not guarantee accuracy or timeliness and accepts no liability for decisions made on the basis of this content, which is not financial, legal or tax advice.
rel|You May Also Like
rel|Tron-based lender pauses withdrawals after oracle glitch
rel|Tron-based lender pauses withdrawals after oracle glitch
rel|The post Tron-based lender pauses withdrawals after oracle glitch appeared on ChainDispatch.com. A lending protocol on Tron froze withdrawals for nine hours on Tuesday after a price feed
rel|Share
rel|ChainDispatch2026/12/10 07:15
rel|Why bitcoin miners are racing to sign hydro deals in Paraguay
rel|Why bitcoin miners are racing to sign hydro deals in Paraguay
rel|The post Why bitcoin miners are racing to sign hydro deals in Paraguay appeared on ChainDispatch.com. Cheap surplus power from the Itaipú
rel|Share
rel|ChainDispatch2026/12/10 06:52
"""),

dict(id="en-012", lang="en", hard=False, opts="",
     notes="City magazine long read (12 story lines) about a restaurant opening: masthead and menu, a "
           "section label, byline with photographer credit (other / attribution), read time, a comment "
           "count under the byline, a newsletter box mid-story, a most-read list and a comment count at "
           "the bottom.",
     text="""
nav|BRISTWICK LIFE
nav|Eat & Drink | Culture | Neighbourhoods | Property | What's On
nav|EAT & DRINK
T|Inside Halyard, the harbour-side canteen that wants you to eat the whole fish
oth|Words: Tamsin Kerrow
att|Photography: Olu Adebanjo
oth|7 minute read
com|14 comments
B|The first thing you notice at Halyard is the smell of woodsmoke drifting across the cobbles of Ropewalk Quay, long before you see the converted chandlery it comes from.
B|Chef-owner Matty Roscoe spent nine years cooking in London before coming home to Bristwick last spring with a simple idea: buy whatever the day boats land and use every part of it.
B|"People see a whole gurnard and panic," he says, laughing. "By the end of the night they're fighting over the cheeks."
B|The menu changes twice a day and is written on a strip of brown paper pinned above the pass.
B|On our visit it ran to seven dishes, from a broth made with roasted monkfish bones to hake collar glazed with cider vinegar and honey from a hive on the roof.
nl|Love eating out? Get our Thursday Table newsletter with the week's openings and closures.
B|Prices are gentler than the setting suggests: small plates start at £6 and nothing tops £24.
B|Roscoe buys from four skippers, all within a mile of the kitchen, and texts them each morning to ask what is coming in.
B|Anything left over goes into the staff meal or the Sunday fish pie, which has already developed a cult following.
B|There have been teething problems. The 40-cover dining room is loud when full, and the no-bookings policy means queues on Friday nights.
B|Roscoe is unapologetic. "If you want a quiet tablecloth, there are other places. This is a canteen."
B|Halyard, 3 Ropewalk Quay, is open Wednesday to Sunday from noon until 10pm.
rel|Most read this week
rel|The 12 best Sunday roasts in Bristwick, ranked
rel|Why the old bus station is finally being demolished
rel|A walk along the new Frome Valley greenway
com|View all 14 comments
"""),
]
