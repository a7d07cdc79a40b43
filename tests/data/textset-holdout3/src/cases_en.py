# English cases. Tags: T title, B body, C caption; noise codes in make_cases.CODES.
CASES = []
A = CASES.append

A(dict(id="en-001", lang="en", notes="exchange news repost: doubled dek, layer-2 upgrade story with subheadings, promo, multi-line ticker, reposting notice, recommended block with doubled teaser titles, share and site stamps", text="""
du|Veltrix developers schedule the Halden upgrade for March after a second public testnet.Veltrix developers schedule the Halden upgrade for March after a second public testnet.
T|Veltrix sets date for Halden network upgrade
B|The core team behind the Veltrix layer-2 network said on Tuesday that its long-delayed Halden upgrade will go live on March 11, pending a final vote by validators.
B|The upgrade cuts the time needed to withdraw funds to Ethereum from seven days to roughly 26 hours, according to a technical note published on the project's forum.
B|What changes for users
B|Wallets will need to update before the activation block, the team said. Balances will not move.
B|Fees for simple transfers are expected to fall by about a third once compressed proofs are switched on.
B|Why it took so long
B|An earlier attempt in November was halted after auditors at Quillmark Security found a flaw in the bridge contract that could have frozen deposits.
B|"We would rather ship late than ship twice," lead engineer Tomasz Rybak wrote.
pr|Building on an L2? Put your launch in front of 400,000 daily traders with a slot in our Ecosystem Spotlight.
tk|Market Snapshot
tk+|Veltrix Logo
tk+|Veltrix Price(VLX)
tk+|$0.4127
tk+|$0.4127$0.4127
tk+|+3.86%
tk+|USD
tk+|Veltrix (VLX) Real-time Chart
di|Notice: Articles on this page are republished from third-party sources for general information. They do not represent the position of Corvexa Exchange, and Corvexa does not verify their accuracy. To request removal of content that infringes your rights, write to legal-desk@corvexa.io. Nothing here is investment, tax or legal advice.
rl|Recommended for you
rl|Solana validators vote down fee-burn proposal by narrow margin
rl|Solana validators vote down fee-burn proposal by narrow margin
rl|The post Solana validators vote down fee-burn proposal by narrow margin appeared on CoinWireDaily.com. Validators on Solana rejected a proposal that would have
sb+|Share
rl+|CoinWireDaily2026/02/03 14:22
rl+|Three altcoins analysts are watching before the Fed meeting
rl|Three altcoins analysts are watching before the Fed meeting
rl|The post Three altcoins analysts are watching before the Fed meeting appeared on CoinWireDaily.com. With rate expectations shifting, traders
sb+|Share
rl+|CoinWireDaily2026/02/03 11:07
"""))

A(dict(id="en-002", lang="en", fmt="single", notes="aggregator repost, single newlines: site header, spot bitcoin fund flows story with short bullet facts, squashed one-line tickers, aggregated-from credit, one-line cookie notice", text="""
ot|BlockPulse Daily
T|Spot bitcoin funds log sixth straight week of inflows
B|NEW YORK, Feb 6 —
B|U.S.-listed spot bitcoin funds took in a net $1.18 billion in the week to Thursday, their sixth consecutive week of inflows, data compiled by Farrow Analytics showed.
B|The streak is the longest since the products launched.
B|Key figures:
B|- Largest single-day inflow: $412 million on Tuesday
B|- Funds with outflows: 2 of 11
B|- Total assets: $96.4 billion
B|Analysts said buying came mostly from advisers rebalancing model portfolios at the start of the year rather than from hedge funds.
B|"This is slow money, and slow money tends to stay," said Priya Menon, head of research at Farrow.
tk|Bitcoin LogoBitcoin Price(BTC)$71,402.18$71,402.18+1.12%USD
tk|Ether LogoEther Price(ETH)$3,288.40$3,288.40-0.47%USD
at|Aggregated via BlockPulse newsroom feed –
ck|We use cookies so BlockPulse works properly. Carry on browsing if that's fine with you. OK Privacy details
"""))

A(dict(id="en-003", lang="en", notes="markets wire story on oil: quote box at top, byline and time stamp, dateline, reporting credits, more-in-markets list, share line", text="""
tk|BRENT CRUDE 83.17 ▲ 1.42 (1.74%)
tk+|WTI 78.90 ▲ 1.29 (1.66%)
tk+|NAT GAS 2.611 ▼ 0.034
T|Oil climbs as Gulf shipping delays stretch into second week
ot|By Hamid Qureshi and Laura Benning
ot+|Updated 4:52 PM GMT · February 9, 2026
B|LONDON, Feb 9 (Meridian Wire) -
B|Oil prices rose for a third session on Monday as tanker delays near a Gulf loading hub kept about 900,000 barrels a day off the market.
B|Brent futures settled up $1.42 at $83.17 a barrel. U.S. crude gained $1.29.
B|Port authorities blamed a backlog of inspections after a new customs system went live.
B|Traders said the delays were unlikely to last beyond the month but that refiners in Asia had already begun bidding for replacement cargoes from West Africa.
B|"It's a logistics problem, not a supply problem, but the market prices both the same way for a while," said Ines Collado, an analyst at Vantor Energy.
at|(Reporting by Hamid Qureshi in Dubai and Laura Benning in London; Editing by Mark Oduya)
rl|More in Commodities
rl+|Copper hits four-month high on Chilean mine strike
rl+|Gold steadies as dollar eases ahead of jobs data
rl+|Wheat futures slide on bumper Argentine harvest forecast
sb|Share this story: Email | LinkedIn | X
"""))

A(dict(id="en-004", lang="en", crlf=True, notes="regional paper, CRLF: breadcrumbs, byline, council budget story with mid-story ad label and inline read-more teaser, comment count, newsletter box, footer menu", text="""
nv|Home › News › Local Government › Ashbourne
T|Ashbourne council agrees 4.9% tax rise after late-night vote
ot|Kirsty Delaney, Local Democracy Reporter
ot+|Published 07:15, 12 February 2026
B|Households in Ashbourne will pay an average of £89 more a year after councillors approved a 4.9 per cent rise in council tax shortly before midnight on Wednesday.
B|The budget passed by 23 votes to 19, with two abstentions.
ot|Advertisement
B|Council leader Gareth Mills said the increase was needed to protect bin collections and the town's three libraries.
rl|Read more: Ashbourne library opening hours to be cut from April
B|Opposition councillors argued the authority should have drawn more heavily on its £6.2m reserves.
B|"We are asking families to pay more for less," said Liberal Democrat group leader Anjali Rao.
B|The new rates take effect on April 1.
cm|Comments (47)
cm+|Join the conversation
nl|Want Ashbourne news first? Our free morning bulletin lands at 7am every weekday.
nl+|Enter email
nl+|Sign me up
nv|Contact us | Advertise | Terms | Archive | Jobs
"""))

A(dict(id="en-005", lang="en", notes="non-league football report with a live score widget at the top and a scorer widget in the middle; the story has a short key-moments list that must be kept; share bar, more-sport list", text="""
ot|FT
ot+|Harlow Town 2 – 1 Ebbsfleet Rovers
ot+|Match centre | Line-ups | Stats
T|Late Okafor header sends Harlow into cup quarter-finals
B|Harlow Town came from behind to reach the last eight of the County Senior Cup for the first time in 11 years.
B|Ebbsfleet led through a deflected strike before half-time.
B|Key moments
B|31' Ebbsfleet goal – Danny Reeve
B|58' Harlow goal – Sam Whitlock
B|88' Harlow goal – Chidi Okafor
ot|Possession 46% | 54%
ot+|Shots on target 5 | 3
B|Manager Lee Harcombe said his side had "earned the right to dream a little".
B|Harlow will be at home to Grays Athletic in the quarter-finals on March 3.
sb|Share
sb+|Facebook
sb+|WhatsApp
sb+|Copy link
rl|More sport
rl+|Grays Athletic sign keeper on loan from League Two side
rl+|Women's side reach county final after shoot-out
"""))

A(dict(id="en-006", lang="en", ws=True, notes="health news site with trailing whitespace: listen prompt, byline, waiting-times story with Q/A subheadings and one-line answers, share icons, related list, medical disclaimer", text="""
ot|▶ Hear this article read aloud (4:12)
T|Hospital waits for knee surgery fall for first time in three years
ot|Health desk | Dr Ruth Amankwah
B|The number of patients waiting more than a year for hip and knee operations has fallen for the first time since 2023, figures from the Northfield Health Board show.
B|About 4,300 people were on the list in January, down from 5,100 in October.
B|Why is it falling?
B|Two new day-surgery theatres opened at St Cuthbert's in the autumn.
B|Will it last?
B|Managers warned that winter flu admissions could still force cancellations.
B|Patients can check their place on the list through the board's online portal.
sb|Share on Facebook
sb+|Share on X
sb+|Email this article
rl|Related stories
rl+|GP surgeries to offer evening appointments in pilot
rl+|Ambulance response times improve in rural districts
~
di|Northfield Health News articles are general guidance only; talk to your own GP or pharmacist about your care.
"""))

A(dict(id="en-007", lang="en", final_nl=False, notes="tech blog phone review: affiliate disclosure at top, author line, review with verdict list, deals teaser mid-story, comment count and prompt, newsletter pitch; no final newline", text="""
di|We may earn a commission when you buy through links on our site. It never affects what we recommend.
T|Lumio Fold 3 review: the crease is finally gone
ot|By Marcus Vell · Senior Devices Editor · 14 Feb 2026
B|Lumio's third folding phone fixes the thing everyone complained about.
B|Open it in daylight and the fold down the middle is almost impossible to see, thanks to a new hinge that lets the panel curl into a teardrop shape.
ot|Today's best Lumio Fold 3 deals
ot+|£1,499 at Voltmart
ot+|View deal
B|Battery life is the weak spot. We managed 13 hours of mixed use, about two fewer than last year's model.
B|The verdict
B|Pros: invisible crease, bright outer screen, light body
B|Cons: shorter battery life, slow 25W charging
B|At £1,499 it is still a luxury, but it is the first foldable we would recommend without a long list of caveats.
cm|86 comments
cm+|Log in to leave a comment
nl|Get the best tech deals and reviews in your inbox every Friday – no spam, unsubscribe anytime."""))

A(dict(id="en-008", lang="en", fmt="single", notes="weather page, single newlines: alert widget, app prompt, storm warning story with short timeline lines, location widget, footer menu and copyright", text="""
ot|⚠ AMBER WARNING IN FORCE · Wind · Until 06:00 Sat
nv|Open in the SkyCast app for live radar
T|Storm Idris to bring 80mph gusts to western coasts
B|Forecasters have issued an amber wind warning for western coastal counties as Storm Idris moves in from the Atlantic on Friday evening.
B|Gusts of 70 to 80mph are expected on exposed headlands, with 50mph inland.
B|How the storm will unfold:
B|6pm Friday: rain spreads from the west
B|10pm: strongest winds reach the coast
B|4am Saturday: winds ease in the south
B|Noon: showers, some heavy
B|Ferry operators have cancelled evening sailings and rail companies have imposed speed limits on several routes.
B|"Don't drive unless you really have to," said Chief Meteorologist Helen Achebe.
ot|Your location: Penhallow  11°C  Heavy rain
ot|Hourly | 10-day | Radar | Warnings
nv|Forecasts · Maps · News · Climate · About SkyCast
ot|© 2026 SkyCast Weather Ltd. All rights reserved.
"""))

A(dict(id="en-009", lang="en", notes="crypto aggregator: site header, doubled dek, DeFi lending exploit story with numbered steps, squashed ticker, promo, reposting disclaimer, also-read block with doubled titles, share and site stamps", text="""
ot|CryptoLedgerHub
du|Attackers drained about $19 million from Parnell Finance using a faulty price oracle.Attackers drained about $19 million from Parnell Finance using a faulty price oracle.
T|Parnell Finance pauses lending after $19 million oracle exploit
B|Decentralised lending platform Parnell Finance froze all markets on Sunday after an attacker manipulated the price of a thinly traded collateral token and borrowed against it.
B|Blockchain security firm Tessel Labs said the attack unfolded in four steps:
B|1. The attacker bought up the token on a small exchange pool.
B|2. Parnell's oracle read the inflated price.
B|3. The attacker posted the token as collateral and borrowed stablecoins.
B|4. The stablecoins were bridged to another chain within minutes.
B|Parnell said it would use its treasury to repay depositors in full.
B|The team has offered the attacker a 10% bounty to return the rest.
tk|Parnell LogoParnell Price(PRNL)$0.0831$0.0831-27.40%USD
pr|Launch smarter. List your token on Orbanex with zero listing fees this quarter — apply now.
di|Disclaimer: Content on CryptoLedgerHub is syndicated from external publishers and is shared for information only. We do not endorse any project mentioned. Crypto assets are volatile; do your own research before acting.
rl|Also Read
rl|Why staking yields are shrinking across the major chains
rl|Why staking yields are shrinking across the major chains
sb+|Share
rl+|NodeWatchNews2026/02/08 09:15
rl|Tether mints another $1 billion as exchange balances rise
rl|Tether mints another $1 billion as exchange balances rise
sb+|Share
rl+|NodeWatchNews2026/02/08 06:50
"""))

A(dict(id="en-010", lang="en", notes="forum repost of a court story, no headline line: thread title is forum furniture, poster line, quoted article, source credit, reply and quote buttons, other replies, board footer", text="""
nv|Forums › Local Chat › Courts & Crime
ot|Posted by tynesider_77 · 3 hours ago
B|A man who stole more than 200 bicycles from railway station racks across the North East has been jailed for two years and eight months.
B|Newcastle Crown Court heard that Dean Carrow, 41, used a battery-powered angle grinder to cut through locks, often in daylight.
B|He sold the bikes through online marketplaces under at least six different names.
B|Police traced him after a commuter spotted her own bike listed for sale and arranged to "buy" it back.
B|Judge Amelia Strand told him: "This was a business, and a profitable one."
at|Source: Tyne Valley Gazette
cm|Reply   Quote   Report
cm|Replies (12)
cm|bikefan_gateshead: About time. Lost two bikes at Central last year.
cm|Sort by: Newest
nv|Board index · Rules · Search · Members
"""))

A(dict(id="en-011", lang="en", ws=True, notes="science site: space probe story with photo caption credits, dateline, mid-story related teaser, originally-published credit, tag list; trailing whitespace", text="""
T|Probe spots fresh ice on the floor of a lunar crater
C|The permanently shadowed floor of Kessler crater, imaged by the Artemis Scout orbiter. (Image: LunaCorp / Aldmere University)
B|PASADENA, California —
B|A small orbiter has detected what appears to be frost that formed within the past few decades on the floor of a permanently dark crater near the Moon's south pole.
B|The signal, measured by an infrared spectrometer, changed between passes taken three years apart.
rl|Related: Why the lunar south pole is the most crowded address in space
B|"Ice that is young means ice that is still arriving," said planetary scientist Dr Yuki Hamada of Aldmere University.
B|If confirmed, the finding would suggest water is delivered to the Moon continuously, possibly by the solar wind.
B|The results appear in the Journal of Lunar Studies.
at|This article was first published by The Orbit Review and is republished under a content-sharing agreement.
nv|Topics: Moon, Water ice, Space exploration, NASA
"""))

A(dict(id="en-012", lang="en", notes="arts section: multi-line consent dialog at the top, exhibition review with a short opening-hours list, caption, social icons, more-from-arts block, footer", text="""
ck|Your privacy choices
ck+|We and our 143 partners store and access information on your device to show you personalised content and measure audience reach.
ck+|Manage preferences
ck+|Reject all
ck+|Accept all
T|A quiet triumph: Fenwick Gallery's tapestry show rewards patience
ot|Review by Clara Osei
C|Detail from "The Harvest Cycle", woven in Flanders around 1560. Photo: Fenwick Gallery
B|There are no screens in the new tapestry galleries at the Fenwick, and it is all the better for it.
B|The 14 hangings, most of them not shown in public for half a century, are lit low to protect the dyes.
B|It takes a few minutes for the eyes to adjust. Then the details arrive: a dog stealing bread, a woman laughing at a falconer.
B|Four stars.
B|Opening hours
B|Tuesday to Sunday, 10am–5pm
B|Admission £14, free for under-18s
sb|f  X  in  ✉
rl|More from Arts
rl+|The opera house that saved itself with a bake sale
rl+|Five debut novels to read this spring
ot|© Fenwick Courier Media 2026
"""))

A(dict(id="en-013", lang="en", final_nl=False, notes="education story reposted through a news app: app chrome at top, school funding story with bullets, in-app follow prompt, download prompt, app menu; no final newline", text="""
nv|NewsPulse · Top Stories
ot|from The Midland Herald · 2h
T|Rural schools to get £40m for heating and roof repairs
B|Small rural primary schools will share £40 million to fix leaking roofs and replace oil-fired boilers, the education department announced on Thursday.
B|The money will go to schools with fewer than 150 pupils.
B|Under the scheme:
B|• Schools can bid for up to £350,000 each
B|• Projects must be finished by August 2027
B|• Heat pumps will be prioritised over gas boilers
B|Head teachers' unions welcomed the fund but said it covered only a fraction of the repair backlog.
ot|Follow The Midland Herald for more stories like this
nv|Get the full experience – download NewsPulse free
nv|For you | Following | Local | Video"""))

A(dict(id="en-014", lang="en", notes="finance site earnings story: multi-line stock quote box, paywall meter, byline, analyst quote, not-advice disclaimer, trending list, watchlist button", text="""
tk|HLDX  Holloway Dynamics Inc.
tk+|142.06  +11.38 (+8.71%)
tk+|At close: Feb 11, 4:00 PM EST
ot|+ Add to watchlist
ot|2 of 5 free stories read in February. Unlock every story from $1 a week.
T|Holloway Dynamics jumps after defence orders lift outlook
ot|Nadia Borisova · Markets Reporter
B|Shares of Holloway Dynamics rose nearly 9% on Wednesday after the drone maker raised its full-year revenue forecast on the back of new orders from three European governments.
B|The company now expects sales of $4.1 billion to $4.3 billion, up from an earlier range of $3.7 billion to $3.9 billion.
B|Fourth-quarter profit came in at $1.12 a share, well ahead of the 84 cents analysts had expected.
B|"The order book is full through 2028," chief financial officer Paul Gresham told analysts on a call.
B|Some investors were cautious about the company's reliance on government budgets that can change with elections.
di|Market coverage on Tickerline is informational and should not be read as advice to trade any stock.
rl|Trending Tickers
rl+|NVDA · TSLA · PLTR · HLDX · AMD
"""))

A(dict(id="en-015", lang="en", crlf=True, notes="exchange news page, CRLF: memecoin listing story, multi-coin ticker box spread over lines, promo, long reposting disclaimer, teaser stamps", text="""
T|Memecoin FROGGO doubles after surprise listing on two exchanges
B|FROGGO, a memecoin launched six weeks ago, more than doubled in value on Monday after two mid-sized exchanges listed it within hours of each other.
B|Trading volume topped $310 million in 24 hours, according to tracker CoinDepth.
B|The token has no stated use beyond its cartoon frog mascot.
B|On-chain data shows that the ten largest wallets hold about 58% of the supply.
B|"That kind of concentration means a handful of people can end the party whenever they like," said trader and analyst Kofi Mensah.
tk|Hot Coins
tk+|FROGGO $0.000412 +118.2%
tk+|PEPE $0.0000121 +4.3%
tk+|BONK $0.0000287 -1.9%
tk+|View all markets
pr|New here? Claim a welcome pack worth up to 500 USDT when you make your first deposit on Trevolt.
di|Risk warning: The information above comes from third-party publications collected automatically and is provided as-is. Trevolt Global does not guarantee it and accepts no liability for decisions made using it. Digital asset prices can fall to zero. Contact copyright@trevolt.com to report infringement.
rl|Memecoin season: five tokens that rallied this week
rl+|DailyChainBrief2026/02/09 17:02
rl+|How exchange listings move small-cap prices
rl+|DailyChainBrief2026/02/09 13:44
"""))

A(dict(id="en-016", lang="en", notes="syndicated business story on a regional portal: section label, retail closures story with numbered store list, sponsored teasers mid-page, distributed-by credit, most-read list, privacy footer", text="""
nv|BUSINESS
T|Pennington's to close 18 department stores by summer
du+|Pennington's to close 18 department stores by summer
ot|Staff and wire reports
B|Department store chain Pennington's will close 18 of its 61 stores by the end of June, putting about 1,400 jobs at risk.
B|The company said the closures were part of a plan to focus on larger city-centre sites and online sales.
B|Among the stores closing:
B|1. Harrowgate Arcade
B|2. Linthorpe Retail Park
B|3. Kingsmead Centre
ot|Sponsored
ot+|This retiree's trick for cutting energy bills has suppliers furious
ot+|Homeowners born before 1970 could claim a roof grant
B|Staff at affected stores have been offered transfers where possible.
B|Pennington's was bought by a private equity group in 2022.
at|Distributed by Apex Newswire for member publications.
rl|Most Read
rl+|1. Traffic delays expected as bridge repairs begin
rl+|2. New bakery opens in former bank building
rl+|3. Charity shop volunteers honoured at awards
~
ot|Privacy Policy · Cookie Settings · Do Not Sell My Info
"""))

A(dict(id="en-017", lang="en", ws=True, notes="running lifestyle blog: jump-to table of contents repeating the subheadings (each labelled twice), numbered tips, pin button, comment prompt, newsletter popup text; trailing whitespace", text="""
nv|Jump to:
nv+|Start slower than you think
nv+|Add one long run
nv+|Rest counts as training
T|How to go from 5K to 10K in eight weeks
ot|Written by Jess Marlow, UKA-qualified coach
B|Doubling your race distance sounds daunting, but most people who can run 5K comfortably can get to 10K in two months.
B|Start slower than you think
B|Run your easy miles at a pace where you could hold a conversation.
B|Add one long run
B|Extend it by about a kilometre a week until you reach 11km.
B|Rest counts as training
B|Take at least two full rest days a week, and do not be tempted to make them up.
sb|Pin it for later
cm|Leave a comment
cm+|We won't show your email publicly. Fields with a star must be filled in.
nl|Join 40,000 runners getting a weekly training plan — free.
nl+|No thanks
"""))

A(dict(id="en-018", lang="en", final_nl=False, notes="press-release portal, crypto mining: news-provided-by line, dateline, release with bullet highlights, about-the-company block, media contact, source and view-original credits, release menu; no final newline", text="""
nv|Newswire Hub › Technology › Blockchain
ot|News provided by Coldharbour Mining Corp.
ot+|Feb 10, 2026, 08:00 ET
T|Coldharbour Mining brings 3.2 EH/s of new capacity online in Texas
B|HOUSTON, Feb. 10, 2026 /Newswire Hub/ --
B|Coldharbour Mining Corp. (NASDAQ: CHMC), a bitcoin mining company, today announced that its Abilene facility is fully energised.
B|Highlights:
B|- 3.2 exahashes per second of new capacity
B|- Fleet efficiency improved to 17.9 joules per terahash
B|- Total self-mining capacity now 21.6 EH/s
B|"Abilene was delivered on time and under budget," said CEO Rachel Dunmore.
ot|About Coldharbour Mining Corp.
ot+|Coldharbour operates bitcoin mining facilities in Texas and Wyoming powered mainly by stranded natural gas and wind.
ot|Media contact: Omar Haddad, press@coldharbourmining.com
at|SOURCE Coldharbour Mining Corp.
at+|View original content to download multimedia
nv|Releases · Journalists · Distribute a release"""))

A(dict(id="en-019", lang="en", fmt="single", notes="election night results page, single newlines: live banner, results list and timeline lines kept as body, share bar, live-updates nav, one-line cookie notice", text="""
ot|LIVE · Results updating
T|Moreton by-election: Greens take seat from Labour
ot|Last updated 02:41 GMT
B|The Green Party has won the Moreton by-election, overturning a Labour majority of more than 9,000.
B|Result:
B|Green – Hannah Pryce – 14,022
B|Labour – Tom Aldred – 11,380
B|Reform – Gary Walsh – 6,715
B|Conservative – Eleanor Fitch – 3,204
B|Turnout: 41.2%
B|How the night unfolded
B|23:10 – Ballot boxes arrive at the count
B|01:05 – Labour sources concede privately
B|02:20 – Result declared
B|Ms Pryce told supporters: "Moreton voted for change it can see from the end of the street."
sb|Share this page
sb|Copy link  ·  Email  ·  Bluesky
nv|Previous update | Next update | Back to live page
ck|By continuing to use this site you agree to our cookie use. Find out more
"""))

A(dict(id="hard-en-001", lang="en", hard=True, notes="hard: regulator fines a publisher over pre-ticked cookie consent; the story quotes banner button wording; the page also carries a real consent banner at top and a cookie settings footer", text="""
ck|This site uses cookies and similar tools for analytics and ads. Choose "Allow all" or adjust your settings.
ck+|Allow all
ck+|Settings
T|Publisher fined £1.2m over pre-ticked cookie boxes
ot|Technology policy desk
B|The data protection regulator has fined Brightwater Media £1.2 million for setting advertising cookies before visitors had made a choice.
B|Investigators found that the consent panel on the group's nine websites showed every advertising category already switched on.
B|The only visible button read "Accept and continue".
B|Rejecting cookies took seven clicks across three screens, the regulator said.
B|"Consent that is pre-ticked is not consent," the deputy commissioner said in a statement.
B|Brightwater said it had already redesigned the panel to show "Reject all" alongside "Accept all" on the first screen.
B|The company has 28 days to appeal.
rl|More on privacy
rl+|What the new cookie rules mean for small businesses
ck|Cookie settings · Privacy notice
"""))

A(dict(id="hard-en-002", lang="en", hard=True, ws=True, notes="hard: stablecoin de-peg story that lists prices line by line as body; the page also has a real price ticker strip, a promo and a repost disclaimer; trailing whitespace", text="""
T|Algorithmic stablecoin NUSD slips to 91 cents as reserves questioned
B|NUSD, an algorithmic stablecoin meant to hold a value of one dollar, fell as low as 91 cents on Thursday after a researcher questioned the size of its reserves.
B|Prices on major venues at 14:00 UTC:
B|NUSD: $0.9132
B|NVAULT (reserve token): $0.41, down 38%
B|USDC: $0.9998
B|The issuer, Nerova Labs, said reserves stood at $780 million and that redemptions were being processed normally.
B|On-chain data showed $212 million of NUSD redeemed in 12 hours.
B|"A dollar token that trades at 91 cents is not a dollar token," said Felix Arango, a partner at research firm Stackline.
tk|BTC $70,118 -2.1%  ETH $3,204 -3.4%  SOL $141.2 -5.0%  XRP $0.58 -1.7%
pr|Trade stablecoin pairs with 0% maker fees on Quantix — limited-time offer for new accounts.
di|Reposted content. Quantix does not guarantee the accuracy of third-party articles and accepts no responsibility for trading losses. Not financial advice.
rl|You might also like
rl+|Why stablecoin pegs break — and how some recover
rl+|ChainDigest2026/02/12 15:31
"""))

A(dict(id="hard-en-003", lang="en", hard=True, notes="hard: study on guilt-trip newsletter pop-ups; the story quotes decline-button wordings; the page also has a real newsletter box mid-story and at the bottom", text="""
nv|Media · Consumer
T|"No thanks, I hate saving money": study counts guilt-trip sign-up boxes
ot|Amira Castell, consumer affairs
B|More than a third of the 1,000 most-visited retail sites use wording designed to shame visitors who decline a newsletter, a university study has found.
B|Researchers at Dunmore University collected the text on every "decline" button shown in sign-up pop-ups.
B|Among the most common:
B|"No thanks, I prefer paying full price"
B|"I don't like discounts"
B|"Maybe later, I'm not into deals"
nl|Enjoying this? Get the consumer desk's Sunday newsletter — every scam, recall and refund rule, in one email.
nl+|Subscribe
B|The practice, known as confirmshaming, is not illegal, but the authors said it erodes trust.
B|"Subscribing should be a choice, not a test of character," said lead author Dr Benedict Ayo.
nl|Sign up to The Weekly Receipt
nl+|Your email
nl+|I agree to the privacy policy
sb|Share article
"""))

A(dict(id="hard-en-004", lang="en", hard=True, crlf=True, final_nl=False, notes="hard: local paper reopens its comment section with new rules that the story lists; the page also has real comment count, login prompt and comment policy link; CRLF, no final newline", text="""
ot|The Coastal Echo · Opinion · From the editor
T|Why we're turning comments back on – and the new rules
ot|By Editor Marianne Tully
B|Eighteen months ago we closed the comment section on this website. From today it is open again, on a small number of stories.
B|We heard from many readers who missed the debate.
B|Here is what will be different:
B|Comments will be open for 48 hours after publication.
B|You will need a verified account to post.
B|A member of staff will read every comment before it appears.
B|We will not open comments on court reports.
B|If this works, we will widen it. If it does not, we will say so.
cm|23 comments
cm+|Sign in to comment
cm+|Read our community guidelines
nv|Home | News | Sport | Opinion | What's On"""))

A(dict(id="hard-en-005", lang="en", hard=True, notes="hard: competition watchdog rules on 'open in app' interstitials on mobile news sites, quoting them; the page itself carries a real app banner and app store links", text="""
nv|Read this in the Ledger app — faster, with offline reading
nv+|Open app   Not now
T|Watchdog orders news sites to tone down 'open in app' pop-ups
B|The Digital Markets Unit has told eight news publishers to stop blocking mobile readers with full-screen prompts urging them to install an app.
B|It found one site showed the prompt "Continue in app for the best experience" on every page view, with the option to stay in the browser in grey text.
B|Another hid the close button for five seconds.
B|Under the ruling, publishers must:
B|- offer "Stay on website" in the same size and colour
B|- show the prompt no more than once a week
B|The publishers have 60 days to comply.
rl|Read next: The web's most annoying pop-ups, ranked by readers
nv|Download on the App Store · Get it on Google Play
ot|© 2026 The Ledger Group
"""))

A(dict(id="hard-en-006", lang="en", hard=True, fmt="single", notes="hard, single newlines: advertising standards ruling on podcasts hiding 'sponsored' reads; the story quotes label wordings including a bare label line; the page also has real sponsored teasers and an ad label", text="""
ot|ADVERTISEMENT
T|Podcasters must say 'ad' before paid reads, standards body rules
ot|Posted by Theo Nakamura on 13 Feb 2026
B|Podcast hosts who read out adverts must make clear they are being paid before the read begins, the Advertising Practice Board said on Thursday.
B|The board upheld complaints against three shows that introduced paid segments with phrases such as "a quick word from a friend of the show".
B|It said acceptable labels included:
B|Ad.
B|Paid partnership
B|"This episode is sponsored by…"
B|A mention only in the episode notes was not enough, the board found.
ot|Sponsored Stories
ot|Nurses swear by this 30-second bedtime habit for deeper sleep
ot|Why savvy drivers are switching insurers this month
rl|Trending now: Streaming prices rise again — here's what you'll pay
"""))
