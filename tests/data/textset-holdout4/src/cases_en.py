from make_cases import case

case("en-001", "Crypto aggregator repost: site header, doubled dek, promo, multi-line ticker, reposting disclaimer, related block with doubled teasers, share lines and stamps.", """
ot|CoinHarbor Daily
du|Lending desk Quayfi froze redemptions for nine hours after an oracle glitch.Lending desk Quayfi froze redemptions for nine hours after an oracle glitch.
T|Quayfi pauses withdrawals after price-feed error mispriced staked ether
B|Decentralised lending venue Quayfi halted withdrawals on Tuesday after one of its price oracles reported staked ether at roughly a third of its market value.
B|The faulty reading triggered 214 liquidations in under four minutes, according to on-chain data compiled by analytics firm Ledgerlight.
B|What went wrong
B|Quayfi said a backup feed failed to take over when the primary source stopped updating, leaving a stale quote in place.
B|Users who were liquidated will be reimbursed from the protocol's insurance pool, which held about $18.7 million before the incident.
B|"No user funds were taken by an attacker," the team wrote in a post on X.
B|Withdrawals reopened at 21:40 UTC after the developers added a third independent feed.
pr|Got a token launch coming? Put it in front of 400,000 daily readers with a CoinHarbor spotlight slot.
ot|Market Pulse
tk|Quayfi Logo
+tk|Quayfi Price(QFI)
+tk|$0.4172
+tk|$0.4172$0.4172
+tk|-9.84%
+tk|USD
+tk|Quayfi (QFI) Live Price Chart
dc|Notice: Stories republished on CoinHarbor come from third-party outlets and are shared for general information. CoinHarbor does not endorse them, cannot vouch for their accuracy, and accepts no liability for decisions made on the strength of them. Rights holders may request removal at takedown@coinharbor.example.
rl|Recommended for You
rl|Solana validators vote to trim block rewards by 12%
rl|Solana validators vote to trim block rewards by 12%
rl|The post Solana validators vote to trim block rewards by 12% appeared on ChainDigestWire.com. Validators running more than two thirds of stake
sh|Share
rl|ChainDigestWire2026/02/11 09:17
rl|Why a Cardano whale moved 90 million ADA to an exchange overnight
rl|Why a Cardano whale moved 90 million ADA to an exchange overnight
rl|The post Why a Cardano whale moved 90 million ADA to an exchange overnight appeared on ChainDigestWire.com. A wallet dormant since 2021
sh|Share
rl|ChainDigestWire2026/02/11 08:52
""")

case("en-002", "Regional paper council story: menu and breadcrumb, byline and stamp, dateline, subheading and bullet list, mid-story ad label, most-read list, newsletter box, consent notice. Trailing whitespace.", """
nv|Home
+nv|News
+nv|Sport
+nv|What's On
+nv|Property
+nv|Jobs
nv|You are here: Home › News › Local Government
T|Marlow Vale council approves four-day bin collection trial
ot|By Priya Castellane, Local Democracy Reporter
+ot|Published 06:12, 14 March 2026 | Updated 09:30, 14 March 2026
B|MARLOW VALE —
B|Households in three wards will have their general waste collected every four weeks instead of every fortnight under a trial approved by councillors on Thursday night.
B|The vote passed by 22 to 17 after a debate lasting almost three hours.
B|What changes for residents
B|• Recycling will still be picked up every week.
B|• Food waste caddies will be emptied twice a week during the summer months.
B|• Families with children in nappies can apply for an extra bin free of charge.
ot|Advertisement
B|Councillor Harriet Oyelaran, who chairs the environment committee, said the trial would save about £410,000 a year.
B|Opposition members warned of fly-tipping and said the consultation had reached too few people.
B|The trial begins on 1 June and runs for twelve months.
rl|Most Read
rl|1. Pub landlord fined after cellar flood closes high street
rl|2. New cycle lane on Fenwick Road to be ripped out
rl|3. Marlow Vale Athletic sign striker from Iceland
rl|4. Police appeal after garden centre break-in
nl|Get the Gazette Morning Brief — the stories your neighbours are talking about, in your inbox before 7am.
+nl|Sign me up
ck|We and our 143 partners store and access information on your device to show you personalised content and measure how the site is used. You can change your mind at any time under Privacy Choices at the foot of every page.
+ck|I agree
+ck|Show purposes
""", ws=True)

case("en-003", "Football match report with many short story lines (score, scorers, line-up notes); other-fixtures widget, share bar, comment count, tags. No final newline.", """
ot|LIVE SCORES
+ot|Harbury 2-2 Tolland FT
+ot|Crestmoor 0-1 Ashby Town FT
+ot|Wexley Utd v Pennard 19:45
T|Dunmere Rovers 3-1 Calderbrook: Okafor double lifts Rovers off the bottom
B|Dunmere Rovers 3 (Okafor 12, 58; Lindqvist 71)
B|Calderbrook 1 (Tamura 44 pen)
B|Half-time: 1-1
B|Attendance: 6,318
B|Two goals from Chidi Okafor gave Dunmere their first home win since October and moved them out of the relegation places on goal difference.
B|Calderbrook levelled from the penalty spot just before the break after Ben Sayer clipped Ryo Tamura's heels.
B|Key moments
B|12' Okafor heads in a corner at the near post.
B|44' Tamura sends the keeper the wrong way from twelve yards.
B|58' Okafor finishes off a counter-attack led by Mason Greer.
B|71' Substitute Elias Lindqvist curls in from the edge of the box.
B|"We stopped feeling sorry for ourselves," said manager Gail Ferris.
sh|Share this match report
+sh|Facebook | X | WhatsApp | Email
cm|View 48 comments
nv|Tags: Dunmere Rovers, Calderbrook, League Two
""", final_nl=False)

case("en-004", "Health portal: multi-line consent dialog at top, reviewer credit, health disclaimer, related reading, newsletter. Extra blank lines before footer.", """
ck|Your privacy on WellNorth
ck|We use strictly necessary cookies to run this site. With your permission we would also like to set analytics and advertising cookies. Pick what you are comfortable with.
ck|Allow all
+ck|Necessary only
+ck|Customise
nv|Health A–Z | Conditions | Nutrition | Mental wellbeing
T|Short walks after meals may blunt blood sugar spikes, small trial finds
ot|Medically reviewed by Dr. Sunniva Mortensen — Written by Leo Achterberg — 3 min read
B|Walking for as little as ten minutes after lunch and dinner lowered post-meal glucose peaks in adults with prediabetes, according to a trial run at two clinics in Leeds.
B|The study followed 96 volunteers for twelve weeks.
B|Those who walked saw peaks about 17% lower on average than those who sat after eating.
B|The findings
B|- The effect was strongest after the evening meal.
B|- Walking before a meal made little measurable difference.
B|- No change in body weight was seen over the study period.
B|Lead author Ama Kusi said the walks did not need to be brisk.
B|"A stroll round the block counts," she said.
~
dc|WellNorth articles are for general information only and are not a substitute for advice from a doctor or other qualified health professional. Always seek personal advice about your own health.
rl|Keep reading
+rl|How much fibre do you actually need?
+rl|Seven signs your iron levels are low
+rl|Is intermittent fasting safe after 60?
nl|Weekly wellbeing tips, straight to your inbox. No spam, unsubscribe anytime.
+nl|Your email address
+nl|Subscribe
""")

case("en-005", "App repost saved as single-newline text, no headline: open-in-app prompt, story, download pitch, originally-published credit.", """
nv|Open in the Pulsewire app for a better reading experience
nv|Continue in browser
B|Battery maker Vantrell says its sodium-ion cells will go into scooters sold in India from September.
B|The company is building a 4-gigawatt-hour line at its plant near Pune.
B|Sodium-ion batteries hold less energy than lithium ones but use cheaper, more plentiful materials.
B|Vantrell's chief technology officer, Meera Lalwani, said the cells keep 80% of their capacity after 3,000 charges.
B|Two scooter brands have signed supply deals, she said, without naming them.
B|Analysts at Fernhill Research expect sodium-ion packs to be about 20% cheaper per kilowatt-hour by 2028.
at|This story was originally published by The Circuit Ledger and is republished here via Pulsewire partners.
nv|Get Pulsewire for iOS and Android — breaking news, zero clutter.
sh|Send to a friend
""", nl="single")

case("en-006", "Exchange 'insights' page: section header, title, stamp, listing news, trade promo, ticker squashed onto one line, risk warning, more-from block.", """
nv|Bitvane Insights › Exchange Announcements
T|Bitvane to list Ferrowave (FRW) with spot pairs against USDT and EUR
ot|Bitvane Editorial · 2026-03-02 14:05 (UTC)
B|Bitvane will open deposits for Ferrowave on 4 March and begin spot trading a day later, the exchange said on Monday.
B|Ferrowave is a payments network that settles invoices between small exporters in South-East Asia.
B|Trading pairs at launch:
B|FRW/USDT
B|FRW/EUR
B|Withdrawals are expected to open on 6 March, subject to network checks.
B|The listing follows a review of the project's token distribution, under which team wallets are locked for 18 months.
pr|New to Bitvane? Claim up to 90 USDT in trading vouchers when you make your first deposit this week.
tk|Ferrowave LogoFerrowave Price(FRW)$0.0861$0.0861+3.02%USD
dc|Risk warning: Digital asset prices swing sharply and you may lose the entire amount you put in. Nothing on this page is a recommendation to buy, sell or hold any asset. Bitvane may earn fees from trades mentioned here.
rl|More from Bitvane Insights
rl|Scheduled maintenance of Arbitrum deposits on 3 March
rl|Bitvane adds Polish zloty on-ramp through local banks
rl|Futures fee tiers revised for market makers
""")

case("en-007", "Weather page with storm timeline (short kept lines), update note, forecast widget, app prompt, share line, related stories.", """
nv|Weather | Traffic | Community | Contests
ot|7-day forecast: Today 4°C sleet · Sat 1°C snow · Sun -3°C clear
T|Blizzard warning for Kettle Ridge as 40cm of snow forecast
ot|Update, 4:15 p.m.: This story has been updated with the latest road closures.
B|The weather service has upgraded its winter storm watch to a blizzard warning for Kettle Ridge and the northern valleys from Friday evening.
B|Wind gusts of up to 90 km/h could cause whiteouts on exposed roads.
B|Timeline
B|Friday 6 p.m. — snow begins in the hills.
B|Friday midnight — heaviest bursts, up to 5cm an hour.
B|Saturday noon — winds peak along the ridge.
B|Sunday morning — snow eases, temperatures fall sharply.
B|Highway 14 between Lorne Pass and Brackett will close at 8 p.m. on Friday.
B|Schools in the Kettle Ridge district have already cancelled Saturday activities.
nv|Get severe weather alerts on your phone — download the KRTV 9 app.
sh|Share on Facebook · Share on X · Copy link
rl|Related Stories
rl|Power crews on standby as ice builds on lines
rl|How to keep pipes from freezing this weekend
""")

case("en-008", "Crime story on a metro paper, CRLF: doubled title line, byline, quoted one-liner, story-continues notice, comment rules, copyright footer.", """
nv|Skip to content
T|Two charged after catalytic converters stolen from 30 buses
du|Two charged after catalytic converters stolen from 30 buses
ot|Dominic Ashgrove | Crime reporter | April 9, 2026
B|Police have charged two men after exhaust parts were cut from 30 buses parked overnight at the Southgate depot.
B|The theft in February forced the transit authority to cancel more than 200 trips over two days.
ot|Story continues below
B|Officers traced the pair through a van seen on camera near the depot fence.
B|They are due in court on May 2.
B|"This was organised and it was fast," Detective Sergeant Maria Quist said.
B|The authority says replacement parts cost about $1,900 per bus.
cm|Comments on this story are reviewed before they appear. Please keep them civil and on topic.
cm|Join the conversation
dc|© 2026 Southgate Evening Star. All rights reserved. No part of this site may be reproduced without written permission.
""", crlf=True)

case("en-009", "Syndicated business wire story on a markets page: index quote box, dateline, reporting credits, standards line, read-next list.", """
tk|DOW 41,208.55 ▲0.42% | S&P 500 5,812.10 ▲0.31% | NASDAQ 18,644.02 ▼0.12% | 10Y 4.06%
nv|Markets › Companies › Retail
T|Drugstore chain Pellham to close 140 stores as online orders grow
B|NEW YORK, June 3 (Meridian Wire) -
B|Pellham Health said on Tuesday it would shut 140 of its 2,300 U.S. stores over the next year and move more staff into its delivery business.
B|Shares rose 4.1% in early trading.
B|The company expects the closures to cost $310 million, most of it in lease write-offs.
B|Chief executive Dana Whitcombe said online orders now account for nearly a quarter of pharmacy sales.
B|Pellham will keep stores in rural areas where it is the only pharmacy within 15 miles, she said.
at|(Reporting by Tomas Eberle in New York; Editing by Kate Morrow)
at|Our Standards: The Meridian Wire Trust Principles.
rl|Read Next
rl|Grocer Halvo to buy regional rival for $1.2 billion
rl|Retail sales slip for second month as shoppers trim spending
""")

case("en-010", "Science discussion copied from a forum thread, single newlines: forum breadcrumbs, post header, signature, reply buttons, reply count.", """
nv|Stargazers Lounge Forum » Science & Space » Astronomy News
ot|Posted by orbit_wren » Sun Mar 22, 2026 7:41 pm
T|Amateur spots new comet from back garden in Wales
B|An amateur astronomer in Powys has discovered a comet using a 20cm telescope in his garden.
B|Gareth Pryce, 63, spotted the faint smudge on images taken on 14 March.
B|The Minor Planet Center has confirmed the find and named it C/2026 F2 (Pryce).
B|It is the first comet found from Wales in more than 40 years.
B|The comet is expected to be visible through binoculars in late May.
B|Pryce said he had been searching for nine years.
ot|Clear skies — Skywatcher 200P, EQ5, far too many eyepieces
cm|Reply | Quote | Report post
cm|12 replies since this post
nv|« Previous topic | Next topic »
""", nl="single")

case("en-011", "School district press release: news-provided-by furniture, dateline, numbered list, about-the-district, media contact, source line, extra blank lines.", """
ot|News provided by
ot|Halverton Unified School District
ot|May 11, 2026, 08:00 ET
T|Halverton Unified to offer free breakfast at all 38 schools
B|HALVERTON, Ore., May 11, 2026 /PRNewsline/ --
B|Every student in Halverton Unified will be able to get a free breakfast from the start of the next school year, the district announced today.
B|The program will be paid for by a state grant of $2.6 million.
B|How it will work:
B|1. Breakfast will be served in classrooms during the first ten minutes of the day.
B|2. No application forms will be needed.
B|3. Menus will be posted online each month.
B|"Hungry kids cannot learn," said Superintendent Rosalind Achebe.
~
ot|About Halverton Unified School District
ot|Halverton Unified serves 24,000 students across 38 schools in Marion County.
ot|Media contact: Janelle Ortiz, communications@halvertonusd.example, 503-555-0147
at|SOURCE Halverton Unified School District
""")

case("en-012", "Museum review on a culture site: listen prompt, photo caption with credit, tag list, sponsored teasers.", """
ot|▶ Hear this review read aloud (5:40)
T|A quiet room of salt: inside the Harrowgate's new Ines Varga show
C|Ines Varga's 'Tidal Ledger' fills the east gallery with 11 tonnes of hand-packed salt. (Photo: Callum Reyes / Harrowgate Museum)
B|The first thing you notice is the smell, faintly of the sea.
B|Ines Varga has packed the Harrowgate's east gallery with salt, shaped into low terraces that visitors walk between in soft shoes.
B|The Hungarian-born artist spent six weeks on the installation with a team of eleven volunteers.
B|It is her first major show in Britain.
B|Not everything lands.
B|A side room of small drawings feels like an afterthought.
B|Ines Varga: Tidal Ledger runs until 30 August. Tickets £14, free for under-18s.
nv|Filed in — Visual arts / Reviews / North West
ot|Sponsored Stories
+ot|This tiny gadget is changing how seniors sleep (Sleepwell Labs)
+ot|Homeowners in the North are ditching their boilers for this (EcoHeat Direct)
""")

case("en-013", "Crypto price analysis repost: site header, byline, trailing whitespace, Telegram promo, one-line ticker strip, disclaimer, the-post teasers.", """
ot|BlockTide News
ot|by Ravi Menon | 2 hours ago
T|XRP holds $2.40 support as open interest climbs to six-week high
B|XRP traded near $2.43 on Wednesday after bouncing twice off the $2.40 level this week.
B|Open interest in XRP futures rose to $4.1 billion, the highest since late January, according to derivatives tracker Coinvolt.
ot|— Advertisement · scroll to continue —
B|Levels to watch
B|Support: $2.40, then $2.18
B|Resistance: $2.61, then $2.85
B|Funding rates stayed mildly positive, suggesting traders are leaning long without heavy leverage.
B|A break below $2.18 would undo most of the February rally, analyst Nora Lindahl said.
pr|Join 60k traders in the BlockTide Signals Telegram — free alerts every morning.
tk|BTC $71,204 +1.2% ETH $3,377 -0.4% XRP $2.43 +2.7% SOL $162.80 +0.9%
dc|BlockTide content is not investment advice. Do your own research before buying any cryptocurrency.
rl|The post Dogecoin developers float fee burn to curb spam appeared first on BlockTide News.
rl|The post Ethereum blob fees hit record as rollups rush for space appeared first on BlockTide News.
""", ws=True)

case("en-014", "Lifestyle home-and-garden piece: affiliate disclosure at top, numbered tips, pin/share icons, newsletter prompt, comment prompt, footer menu.", """
dc|We may earn a commission when you buy through links on this page. Prices were correct at the time of writing.
T|Six ways to keep houseplants alive while you're on holiday
ot|Lena Hartigan · Home & Garden editor
sh|Pin it · Tweet · Email
B|Going away for two weeks does not have to mean coming home to crispy leaves.
B|Group them together
B|Plants clustered in a shady room keep each other humid.
B|Try the wick trick
B|Run a cotton cord from a jug of water into each pot; the soil will draw up what it needs.
B|Skip the fertiliser
B|Feeding just before you leave pushes growth you will not be there to water.
B|Succulents and snake plants will be fine for a month with no help at all.
nl|Love this? Get our Sunday Home letter for seasonal ideas and deals.
cm|What's your holiday trick? Tell us in the comments below.
nv|About us · Contact · Advertise · Terms · Privacy
""")

case("en-015", "Crypto exchange-news repost on an aggregator: top ticker strip across lines, mid-story promo, airdrop facts list, disclaimer, cookie banner at the foot.", """
tk|BTC
+tk|$71,088.12
+tk|+0.84%
+tk|ETH
+tk|$3,371.40
+tk|-0.21%
T|Layer-2 network Keelchain confirms second airdrop for early bridge users
B|Keelchain will distribute 60 million KEEL tokens to wallets that used its bridge before 1 January, the foundation said.
B|Eligibility rules
B|• At least three bridge transfers in 2025.
B|• A minimum of $50 moved in total.
B|• Wallets flagged as sybil clusters are excluded.
pr|Trade KEEL with zero maker fees on Orbix until April 30 — sign up in two minutes.
B|Claims open on 15 April and close after 90 days.
B|Unclaimed tokens will return to the community treasury.
dc|This article is for information only and reflects the views of its authors, not of Orbix Exchange. Orbix does not guarantee the accuracy of third-party content and is not liable for losses arising from its use.
ck|This site uses cookies so Orbix can remember your settings and measure traffic. By continuing to browse you accept this. Got it More info
""")

case("en-016", "State politics story with Q&A lines: menu, listen player, newsletter signup mid-story, wire credit, copyright notice, related headlines.", """
nv|Menu
+nv|Search
+nv|Sign In
ot|Listen · 4:12
T|What the new state redistricting map means for voters
ot|By Carla Nunez · Statehouse Bureau · Published Jan. 28, 2026
B|The legislature approved a new congressional map late Tuesday. Here is what it changes.
B|Q: How many districts change?
B|A: Five of the state's nine districts have new boundaries.
B|Q: When does the map take effect?
B|A: For the primary elections in August.
nl|Get the Statehouse Briefing every Friday. Enter your email to subscribe.
B|Q: Will it be challenged?
B|A: A voting-rights group said it would file suit within a week.
B|Governor Alan Price is expected to sign the bill on Thursday.
at|The Associated Courier contributed to this report.
dc|Copyright 2026 Plains Public Media. This material may not be republished, rewritten or redistributed.
rl|More Politics
+rl|Senate passes bill capping insulin at $30
+rl|Treasurer race draws third candidate
""")

case("en-017", "Stablecoin story on an exchange repost page: doubled dek, section labels, ticker block, long disclaimer, also-read block with doubled titles.", """
du|EU lawmakers want reserve reports every month instead of every quarter.EU lawmakers want reserve reports every month instead of every quarter.
T|EU parliament committee backs tougher reserve rules for euro stablecoins
B|A committee of the European Parliament has voted for euro stablecoin issuers to publish reserve reports monthly and keep at least 40% of reserves in bank deposits.
B|The proposal passed by 38 votes to 19.
B|Issuers currently report quarterly under the bloc's crypto rules.
B|Three changes in the proposal
B|Monthly attestation by an outside auditor.
B|A cap on holdings of any single bank's deposits.
B|Redemption within one working day for all holders.
B|The plenary vote is expected in May.
pr|Ready to go from reading to trading? Open a Zentrix account and get fee-free stablecoin swaps for 30 days.
tk|EURQ Logo
+tk|EURQ Price(EURQ)
+tk|€0.9998
+tk|-0.01%
+tk|EUR
dc|Zentrix reposts news from public sources for general reference. Opinions expressed belong to the original authors. Zentrix does not check the completeness or timeliness of reposted material, which is not financial, tax or legal advice. To request removal, write to content-review@zentrix.example.
rl|You Might Also Want to Read
rl|Tether wallet blacklist hits 1,000 addresses
rl|Tether wallet blacklist hits 1,000 addresses
sh|Share
rl|Coinfeedly2026/03/19 11:04
rl|Bank of Korea studies deposit tokens for retail payments
rl|Bank of Korea studies deposit tokens for retail payments
sh|Share
rl|Coinfeedly2026/03/19 10:22
""")

case("hard-en-001", "Hard: story about a study of social share buttons (quotes share labels and counts); page has a real share bar and related block.", """
sh|Share
+sh|Post
+sh|Email
T|Study: share buttons on news sites are almost never clicked
B|Fewer than one reader in 300 taps a share button on a news article, according to a study of 41 publishers by the Lensfield Media Lab.
B|Most people copy the link from the browser or share from the app instead.
B|The buttons tested ranged from a single "Share" icon to rows of eight networks.
B|"Share on Facebook" drew the most taps, but still under 0.2% of visits.
B|Share counts — the little numbers showing how often a story was shared — made no measurable difference.
B|Several publishers in the study have already removed the buttons to speed up their pages.
B|Lensfield's director, Aino Korpela, said: "Share bars are furniture nobody sits on."
sh|Share this article
+sh|Copy link
rl|Related: Why news sites are getting lighter
""")

case("hard-en-002", "Hard: crypto market wrap that lists coin prices line by line (kept); page also has a real price ticker and promo.", """
tk|Bitcoin LogoBitcoin Price(BTC)$68,940.55$68,940.55-2.31%USD
T|Crypto prices today: bitcoin slips under $69,000 as ETF outflows continue
ot|Coinsmith Markets Desk · 17:20 GMT
B|Bitcoin fell 2.3% on Monday after U.S. spot bitcoin funds reported a third day of outflows.
B|Prices at 17:00 GMT:
B|Bitcoin (BTC): $68,940, down 2.3%
B|Ether (ETH): $3,212, down 3.1%
B|Solana (SOL): $151.40, down 4.0%
B|Dogecoin (DOGE): $0.1587, down 1.2%
B|Total crypto market value: $2.41 trillion
B|Funds tracking bitcoin lost $412 million on Friday, according to data firm Fundline.
B|Traders are watching Wednesday's U.S. inflation report.
pr|Track every coin in one place — download the Coinsmith portfolio app free.
dc|Coinsmith is not a broker and does not provide investment advice.
""")

case("hard-en-003", "Hard: local paper closing its comment sections, quoting its own notice and moderation stats; page carries real comment prompts.", """
nv|News | Opinion | Sports | Obituaries
T|The Ridgeway Post is switching off comments. Here's why.
ot|From the Editor · Marisol Tan
B|Starting Monday, stories on our website will no longer have comment sections.
B|Readers will see this note instead: "Comments are turned off for this story."
B|Last year our two moderators reviewed 118,000 comments and removed almost a third of them.
B|Most of the discussion, we found, had moved to our Facebook page anyway.
B|We will still publish letters to the editor, in print and online.
B|Comments will stay open on our weekly reader forum, where staff can respond.
B|Tell us what you think by emailing letters@ridgewaypost.example.
cm|214 Comments
cm|Log in to comment
+cm|Sort by: Newest
""")

case("hard-en-004", "Hard: story about the newsletter business (quotes sign-up wording); page has a real newsletter box and a paywall meter. Trailing whitespace.", """
ot|Two of your five monthly Kestrel reads remain — go unlimited from $1 a week.
T|Local newsletters now outnumber local newspapers in Ohio, survey finds
B|Independent email newsletters covering local news now outnumber local newspapers in Ohio, according to a survey by the Kestrel Journalism Center.
B|The centre counted 214 newsletters and 196 newspapers in the state.
B|Most newsletters are run by one or two people.
B|About 40% charge a subscription, typically $5 to $8 a month.
B|Many still open with the same pitch: "Subscribe to get tomorrow's edition free."
B|Researchers warned that few newsletters cover courts or school boards regularly.
nl|Like what you're reading? Get Kestrel Notes, our free Thursday newsletter on the news business.
+nl|Email
+nl|Sign up
rl|Also from Kestrel: The rise of the one-person newsroom
""", ws=True)

case("hard-en-005", "Hard: story on app-download prompts on mobile news sites (quotes prompt wording); page carries real app prompts and an ad label.", """
nv|Read this in the Harbourline app →
T|Regulator targets news sites that block reading until you download their app
B|Britain's consumer watchdog has written to six news publishers about pop-ups that force mobile readers to install an app before finishing an article.
B|One prompt quoted in the letter reads: "Continue reading in our app."
B|The watchdog says a prompt is acceptable only if readers can close it with one tap.
B|Publishers have until 30 June to respond.
nv|Harbourline is better in the app — faster pages, offline reading and alerts.
nv|Get the app
ot|Advertisement
B|Analysts say app users read three times as many articles as web visitors.
""")

case("hard-en-006", "Hard: story about a study of 'Recommended for you' widgets and clickbait teasers (quotes teasers as list items); page carries a real recommendation widget and tags.", """
ot|Harbour Review
T|Those 'around the web' links are getting worse, researchers say
B|Recommendation widgets at the bottom of news articles increasingly carry health scams and fake celebrity stories, according to researchers at Lanark University.
B|They collected 52,000 sponsored links from 90 sites over six months.
B|Examples of teasers they flagged:
B|"Doctors hate this one trick for knee pain"
B|"Celebrity's final words leave fans in tears"
B|"The price of these walk-in tubs may surprise you"
B|Widget companies said they remove advertisers that break their rules.
rl|Around The Web
+rl|This kitchen gadget sold out in 48 hours
+rl|Drivers born before 1970 should check this now
nv|Filed under: Media, Advertising, Research
""")
