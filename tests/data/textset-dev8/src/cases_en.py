"""English cases (en-NNN and hard-en-NNN)."""
from caselib import case

case("en-001", "en",
     "EV battery plant story reposted on a crypto exchange's news tab: dek glued to itself on line 1, "
     "an inline 'Read also' teaser between paragraphs next to real subheadings, then promo, a ticker "
     "spread over lines, a reposting disclaimer and a 'More stories' block with doubled teaser titles, "
     "'The post ... appeared on ...' blurbs, Share lines and site stamps.", r"""
N.dp Kestrel Auto picks southern Hungary for its first European cell plant.Kestrel Auto picks southern Hungary for its first European cell plant.
T Kestrel Auto commits $3.1bn to Hungarian battery plant
B Kestrel Auto will build a battery cell factory outside Pécs, the Chinese carmaker said on Monday, its largest investment outside Asia so far.
B The plant is due to start production in late 2028 with an initial capacity of 20 gigawatt-hours a year, enough for roughly 300,000 mid-sized electric cars.
B Hungarian officials said the project would create about 2,400 jobs and that the state would cover part of the grid connection costs.
N.rl Read also: Kestrel's Brazil assembly line hits its first 10,000 units
B Why Pécs
B The site sits near a rail freight corridor to the Adriatic ports, which Kestrel plans to use for shipping cells to its assembly lines in Spain and Slovakia.
B Local water use has been the main concern of residents, and the company said it would recycle most of the process water on site.
B What it means for prices
B Analysts at Dunmore Research said local cells could cut Kestrel's landed cost per car in Europe by 6 to 8 percent once the plant runs at full speed.
B "We are not coming to Europe to export boxes. We are coming to build here," chief executive Lin Haoran told reporters.
N.cp Got a token launch the market should hear about? Pitch it for our weekly Listings Radar and reach 2 million traders.
N.tk Market Pulse
+N.tk Voltchain Logo
+N.tk Voltchain Price(VLT)
+N.tk $0.04418
+N.tk $0.04418$0.04418
+N.tk +2.36%
+N.tk USD
+N.tk Voltchain (VLT) Live Price Chart
N.dc Notice: Articles in this section are republished from third-party outlets for reference. BitVanta does not endorse their views, does not verify their accuracy and accepts no liability for trading decisions made on them. Rights holders may request removal via copyright@bitvanta.example.
N.rl More stories
N.rl Solana Treasury Firms Add 1.2M SOL as Staking Yields Slip
N.rl Solana Treasury Firms Add 1.2M SOL as Staking Yields Slip
N.rl The post Solana Treasury Firms Add 1.2M SOL as Staking Yields Slip appeared on ChainWireDaily.com. Treasury-focused companies bought more SOL last week even as staking rewards fell to...
+N.sh Share
+N.rl ChainWireDaily2026/02/03 11:17
N.rl Three Altcoins Traders Are Watching Before the March Unlocks
N.rl Three Altcoins Traders Are Watching Before the March Unlocks
N.rl The post Three Altcoins Traders Are Watching Before the March Unlocks appeared on ChainWireDaily.com. Token unlock schedules are back in focus as...
+N.sh Share
+N.rl ChainWireDaily2026/02/03 09:52
""")

case("en-002", "en",
     "Content-farm repost of an Irish rents story, single newlines: aggregator name first, photo caption "
     "with credit, an ad label mid-story, then an image-rights notice, 'Aggregated via' line, closed "
     "comments and a cookie banner with its buttons on one line.", r"""
N.ot Dunmore Ledger
T Commuter-belt rents rise fastest as Dublin tenants move out
C Houses under construction in Navan, Co Meath, on March 2, 2026. [Photo supplied to irishpropertywire.example]
B Average rents in towns within an hour of Dublin rose 9.4 percent in the year to March, outpacing the capital for the fourth quarter running, according to a report by the lettings site HomeQuarter.
B Navan, Drogheda and Naas recorded the sharpest increases, with a typical three-bedroom house now listed at €2,150 a month.
B In Dublin itself, rents rose 3.1 percent.
N.ot Advertisement
B "People are not leaving the city because they want to. They are leaving because they have no choice," said the report's author, economist Aoife Brennan.
B The report found that the number of homes available to rent nationally on March 1 was 2,310, down from 2,870 a year earlier.
B Rent pressure zones
B Most of the commuter towns are already inside rent pressure zones, where annual increases on existing tenancies are capped, but the caps do not apply to newly built homes.
B Brennan said the exemption explained much of the jump in asking rents in towns with large new estates.
N.dc Pictures shown are illustrative only. Photos and text are collected automatically from search engines or partner feeds; all rights remain with their lawful owners.
N.at Aggregated via –
N.cm Comments are switched off for this post.
N.ck We use cookies so this site works properly and to understand how you use it. Carry on browsing and we'll take that as a yes, or change your settings at any time. Accept Settings
""", nl="single")

case("en-003", "en",
     "Courts story on a news-app aggregator, CRLF: breadcrumb and byline at top, 'Story continues below' "
     "and a sponsored teaser mid-story, a newsletter box between paragraphs, tag list and share bar at "
     "the bottom.", r"""
N.nv Home › Business › Courts
T Appeals court revives drivers' pay lawsuit against Zipride
N.ot By Marcus Oyelaran · Updated 14:05 GMT, Feb 11, 2026
B SAN FRANCISCO, Feb 11 —
B A federal appeals court on Tuesday revived a lawsuit by more than 4,000 drivers who say the ride-hailing company Zipride underpaid them by deducting fees that were never disclosed.
B A lower court had thrown out the case in 2024, ruling that the drivers had agreed to resolve disputes through private arbitration.
N.ot Story continues below
N.ot Sponsored · Harbor Mutual: Is your small business paying too much for liability cover?
B The three-judge panel said the arbitration clause did not cover claims that arose before the drivers signed the updated terms.
B Zipride said it would ask the full court to rehear the case.
N.nl The Docket, every Friday: the week's biggest business rulings in five minutes.
+N.nl Enter your email
+N.nl Sign me up
B What the drivers claim
B - A "platform maintenance" fee of up to $1.10 per trip, deducted since 2021
B - Tolls charged to riders but not passed on
B - Waiting-time pay cut without notice in 2022
B "This is about money that was taken quietly, trip by trip," said the drivers' lawyer, Rosa Ketchum.
N.nv Topics: Gig economy · Labour law · Ride-hailing · Zipride
N.sh Share on Facebook
+N.sh Share on X
+N.sh Copy link
""", crlf=True)

case("en-004", "en",
     "Health story without headline: listen widget at top, a 'Related' insert and a caption that is "
     "repeated on the next line mid-story, a comments prompt and an original-publisher line at the "
     "bottom. Mixed single/double newlines.", r"""
N.ot Hear this article read aloud (4 min)
B TAUNTON, England —
B Health officials in Somerset have confirmed 37 measles cases since January, the highest number in the county for more than a decade.
B Most of the cases are in children under ten who had not received both doses of the MMR vaccine, the regional health agency said.
N.rl Related: Why school nurses are being asked to check vaccine records again
C A nurse prepares an MMR vaccine at a pop-up clinic in Bridgwater. Photo: Ellen Carraway / Somerset Post
+N.dp A nurse prepares an MMR vaccine at a pop-up clinic in Bridgwater. Photo: Ellen Carraway / Somerset Post
B Pop-up clinics will open in six towns over the next fortnight, with no appointment needed.
B Dr Priya Lansdowne, the county's director of public health, said uptake of the second dose had fallen to 81 percent among five-year-olds.
B "Measles is not a mild illness. One in five children who catch it ends up in hospital," she said.
B Parents can check their child's record through the NHS app or by calling their GP surgery.
N.cm Have your say: log in or register to join the discussion below.
N.at This article first appeared in the Somerset Post and is republished here under a content-sharing agreement.
""", nl="double")

case("en-005", "en",
     "Chipmaker results on a crypto exchange news tab: an embedded X post mid-story (post text, author "
     "line, date), then a ticker squashed on one line, a short disclaimer and a related block.", r"""
T Arvenn Semiconductor lifts forecast as AI server orders surge
B Arvenn Semiconductor raised its full-year revenue forecast on Wednesday after orders for its high-bandwidth memory controllers nearly doubled in the fourth quarter.
B The Taiwanese-American chip designer now expects revenue of $8.9 billion to $9.2 billion, up from a previous range of $8.1 billion to $8.4 billion.
B Shares rose 11 percent in after-hours trading in New York.
N.ot We just shipped our 100 millionth HBM controller. Thank you to every engineer and every partner who made it happen. 🚀
+N.ot — Arvenn Semiconductor (@ArvennSemi) February 4, 2026
B Chief financial officer Dana Whitcombe said the company was spending an extra $600 million on capacity at its foundry partners.
B Supply remains tight
B Whitcombe told analysts that lead times for some parts had stretched to 38 weeks and that Arvenn was "allocating, not selling" its highest-end products.
B Analysts said the forecast implied gross margins near 61 percent, a record for the company.
N.tk Ravencoin LogoRavencoin Price(RVN)$0.01873$0.01873-4.12%USD
N.dc The above is a repost for information only and is not investment advice. Views belong to the original author; contact us for removal if rights are infringed.
N.rl Trending now
N.rl Miners Sell Record BTC as Hashprice Falls to Two-Year Low
N.rl Why Tokenized Gold Volumes Tripled in January
""")

case("en-006", "en",
     "Politics story (Tasmanian broadband bill) with a cookie banner and menu at the top, an inline "
     "'Read also' teaser mid-story, share row and newsletter pitch at the bottom.", r"""
N.ck Your privacy choices: we and 84 partners store and read information on your device to show personalised ads and measure audiences.
+N.ck Agree and close
+N.ck Manage options
N.nv News | Politics | Regional | Opinion | Video | Puzzles
T Upper house backs $410m rural broadband bill after late deal
B HOBART —
B Tasmania's upper house passed a $410 million rural broadband bill late on Thursday after the government agreed to publish coverage maps for every town on the rollout list.
B The bill had stalled for three weeks over claims that the first stage favoured marginal seats.
B Independent member Karen Wylie, who brokered the deal, said the maps would let voters "see for themselves who gets connected and when."
N.rl Read also: Farmers say patchy mobile coverage is costing them sales
B Under the plan, 61,000 homes and farms will get fixed wireless or fibre connections by 2029.
B The opposition voted against the bill, saying the rollout should be run by an independent authority rather than a minister.
N.sh Share this article
+N.sh Facebook
+N.sh Email
+N.sh Print
N.nl Get The Briefing in your inbox each weekday at 6am. It's free.
+N.nl Subscribe
""")

case("en-007", "en",
     "Science story on a content farm: site name and date stamp at top, a photo caption with credit and "
     "an ad label mid-story, a Source line, tag list and a related block with site stamps at the bottom. "
     "A run of blank lines before the footer.", r"""
N.ot ScienceDigestHub
N.ot Posted on 12 March 2026 by admin
T Deep-sea survey finds untouched coral gardens off the Azores
B Scientists mapping the seabed south of the Azores have found coral gardens covering about 40 square kilometres at depths of 600 to 900 metres.
C Bamboo corals photographed by a remotely operated vehicle at 780 metres. (Credit: Atlantic Deep Mapping Project)
B The corals, some thought to be several centuries old, show no sign of damage from bottom trawling, which is banned in the area.
N.ot ADVERTISEMENT
B The survey team counted 26 coral species and at least 90 other animals, including sponges and deep-sea sharks.
B "It looks the way we imagine the whole North Atlantic once did," said expedition leader Inês Furtado.
B Portugal is expected to propose extending a marine protected area to cover the site later this year.
~3
N.at Source: Atlantic Deep Mapping Project press office
N.nv Tags: Azores, corals, deep sea, marine protection, ocean science
N.rl You might also like
N.rl Rare glass squid filmed off Cape Verde
+N.rl ScienceDigestHub2026/03/11 18:02
N.rl How deep-sea mining rules are being written
+N.rl ScienceDigestHub2026/03/10 07:44
""")

case("en-008", "en",
     "Business story (airline results) with noise only in the middle and at the bottom: a newsletter "
     "box and a 'MORE FROM' insert between paragraphs, a disclaimer at the end. No final newline.", r"""
T Skyhaven posts first annual profit since 2019 on strong summer travel
B Low-cost carrier Skyhaven reported a net profit of €214 million for 2025, its first annual profit in six years, helped by record summer bookings and lower fuel costs.
B Revenue rose 18 percent to €3.4 billion.
N.nl The Ledger: markets, money and the deals that matter. Delivered every morning before the opening bell.
+N.nl Your email address
+N.nl Join free
B Chief executive Tomas Berglund said the airline would add 14 aircraft this year and open bases in Porto and Kraków.
N.rl MORE FROM THE LEDGER: Why European airlines are hoarding older jets
B Fleet plans
B - 14 new Airbus A321neo aircraft due in 2026
B - Six older A320s to be returned to lessors
B - Average fleet age to fall to 7.2 years
B Skyhaven said it would pay its first dividend since 2019, of €0.12 per share.
N.dc Figures in this article are for information only and should not be relied on when making investment decisions.
""", final_nl=False)

case("en-009", "en",
     "EV charging story with a doubled headline, two inline 'Read also' teasers between paragraphs and "
     "subheadings, a bullet list, a comments line and a cookie banner at the bottom. Some lines carry "
     "trailing NBSP or spaces.", r"""
T Charging operator Voltway shuts 40 UK sites as rapid-charger war heats up
N.dp Charging operator Voltway shuts 40 UK sites as rapid-charger war heats up
B Voltway, one of Britain's older electric car charging networks, will close 40 of its sites by June, saying they no longer earn enough to justify new equipment.{nbsp}
B The closures mainly affect older 50kW chargers in supermarket car parks.
N.rl Read also: The motorway services where drivers queue longest to charge
B Why now{sp}{sp}
B The company said rivals had installed more than 3,000 ultra-rapid chargers in the past year, drawing drivers away from slower sites.
B Voltway will keep 310 sites and spend £45 million upgrading 90 of them to 150kW units.
N.rl Read also: Are home charging tariffs still worth it?
B Sites closing first
B - 12 in Scotland
B - 9 in the north-west of England
B - 19 across the Midlands and Wales{nbsp}
B "Drivers want to be in and out in 20 minutes. A 50kW charger can't do that any more," said managing director Helen Ashworth.
N.cm 0 comments · Be the first to comment
N.ck This site uses cookies for analytics and ads. By continuing you accept our cookie policy. OK
""")

case("en-010", "en",
     "Offshore wind auction story reposted by a crypto exchange, single newlines: dateline, bullet list, "
     "then a listing promo, a multi-line ticker, a long repost disclaimer and a 'You May Also Like' block "
     "with doubled titles and teaser blurbs.", r"""
T Philippines offshore wind auction draws record bids
B MANILA, Jan 28 —
B The Philippines' first offshore wind auction drew bids for 7.4 gigawatts of capacity, more than twice the amount on offer, the energy department said on Wednesday.
B Eleven groups bid for sites off Luzon and Mindoro, including European developers and two local conglomerates.
B The winning price averaged 6.12 pesos per kilowatt-hour, below the ceiling of 7.00 pesos set by regulators.
B Auction in numbers
B - 3.3 GW awarded
B - 5 winning consortiums
B - First power expected in 2030
B Energy undersecretary Ramon Ilagan called the result "a signal that the islands can power themselves from their own seas."
N.cp Running a Web3 project? Get it in front of 40,000 verified builders — book a slot in our partner spotlight.
N.tk Hedera Logo
N.tk Hedera Price(HBAR)
N.tk $0.1624
N.tk $0.1624$0.1624
N.tk -1.08%
N.tk USD
N.dc Disclaimer: Content on this page is reprinted from public sources and is provided for general information only. It does not represent the position of Tradelyn, which makes no warranty as to its accuracy or completeness. Nothing here is financial, tax or legal advice. To report an infringement, write to legal@tradelyn.example.
N.rl You May Also Like
N.rl XRP Whales Move $400M Ahead of Key Court Date
N.rl XRP Whales Move $400M Ahead of Key Court Date
N.rl The post XRP Whales Move $400M Ahead of Key Court Date appeared on CoinRadarNews.com. Large holders shifted tokens to exchanges on...
N.sh Share
N.rl CoinRadarNews2026/01/28 06:10
""", nl="single")

case("en-011", "en",
     "Courts story (fintech CEO sentenced): navigation and byline at top, a caption with its doubled copy "
     "and an ad break line mid-story, share bar and 'Most read' list at the bottom.", r"""
N.nv Skip to content
N.nv Business / Fintech
T Former PayQuill chief jailed for seven years over investor fraud
N.ot Jenna Albrecht
+N.ot Feb 19, 2026 · 5 min read
B LONDON —
B The founder of collapsed payments start-up PayQuill was sentenced to seven years in prison on Thursday for misleading investors about the company's revenue.
B Oliver Strand, 41, was convicted in December of fraud and false accounting after a nine-week trial at Southwark Crown Court.
C Oliver Strand arrives at Southwark Crown Court in London. Picture: Daniel Roe/Capital Wire
N.dp Oliver Strand arrives at Southwark Crown Court in London. Picture: Daniel Roe/Capital Wire
B Prosecutors said Strand inflated PayQuill's annual revenue nearly fourfold in presentations to investors who put £62 million into the company.
N.ot Advertisement — scroll to keep reading
B The judge, Mrs Justice Okafor, said he had shown "a settled indifference to the truth."
B Strand's lawyers said he would appeal.
N.sh Share this story
+N.sh WhatsApp
+N.sh LinkedIn
N.rl Most read
N.rl 1. Bank app outage leaves thousands unable to pay
N.rl 2. The pension rule change that could cost you £3,000
N.rl 3. Landlords face new deposit cap from April
""")

case("en-012", "en",
     "Property market story without a headline: breadcrumbs at top, an ad label and a sponsored "
     "mortgage teaser mid-story, a wire credit and a newsletter pitch at the bottom.", r"""
N.nv Home / Property / Markets
B SYDNEY —
B Auction clearance rates in Sydney slipped to 61 percent at the weekend, the lowest for a non-holiday weekend since late 2023.
B About 870 homes went under the hammer, according to data from PropLens.
N.ot Ad
N.ot Sponsored: Refinancing? See how much you could save with Cove Home Loans
B Agents said buyers were holding back before the central bank's April meeting, with markets pricing in a small chance of a rate rise.
B Melbourne's clearance rate held steady at 64 percent.
B "Sellers who priced to the market still sold. The ones chasing last spring's numbers didn't," said agent Lachlan Moretti.
N.at — with reporting by Australian Wire Service
N.nl Want the property wrap each Saturday? Sign up to Home Truths.
""")

case("en-013", "en",
     "Pharmacy chain closures: cookie consent at top, an embedded Instagram post mid-story, comment "
     "count and reply form at the bottom.", r"""
N.ck We value your privacy
+N.ck We and our partners use cookies to personalise content and ads. You can accept, reject or customise your choices.
+N.ck Accept All
+N.ck Reject All
+N.ck Customise
T MedWell to close 120 pharmacies as prescription margins shrink
B Pharmacy chain MedWell will close 120 of its 910 stores over the next year, blaming cuts to the fees it receives for dispensing prescriptions.
B The company said about 650 jobs were at risk, though it hoped to move many staff to nearby branches.
N.ot View this post on Instagram
+N.ot A post shared by MedWell Pharmacy (@medwellpharmacy)
B Closures will be concentrated in towns where MedWell has two or more stores within a mile of each other.
B Patients will be told at least eight weeks before their branch closes.
B Community Pharmacy Alliance said one in ten independent pharmacies could also close this year without a new funding deal.
N.cm 12 Comments
N.cm Leave a Reply
+N.cm Your email stays private. Fields marked * must be filled in.
""")

case("en-014", "en",
     "Data-centre grid story with noise at the top and middle only (nothing after the last story line): "
     "section label and byline at top, an inline teaser and a 'Listen' prompt between paragraphs, next "
     "to a short subheading.", r"""
N.nv TECH & ENERGY
N.ot Niamh Corrigan, Energy Correspondent
T Grid operator pauses new data-centre connections around Dublin
B Ireland's grid operator will not approve new data-centre connections in the Dublin region until at least 2028, it said on Monday.
B Data centres used 22 percent of Ireland's electricity last year, more than all urban homes combined.
N.rl Also in Tech: Cloud firms turn to gas turbines as grid queues lengthen
B What changes
B Projects that already hold connection offers will go ahead, but new applicants will be directed to sites in the west and south-west, where wind power is more plentiful.
N.ot Listen to this article
B Industry group Cloud Ireland said the decision would send investment to other countries.
B Environmental groups welcomed the pause but said it should apply nationwide.
""")

case("en-015", "en",
     "Lunar lander story on an exchange news page, CRLF: ad label at top, inline 'Read also' teaser "
     "mid-story, a 'Related Topics' list, a 'More from' list and a squashed ticker at the bottom.", r"""
N.ot Advertisement
T Private lunar lander loses contact hours before touchdown
B HOUSTON, March 6 —
B Controllers lost contact with the Selene-2 lunar lander about four hours before it was due to touch down near the Moon's south pole, its operator Cislune Systems said on Friday.
B The company said the spacecraft had been healthy and on course before the signal dropped.
N.rl Read also: The race to land near lunar ice is getting crowded
B Engineers were working through "all possible recovery scenarios," chief executive Maya Okonjo said.
B Selene-2 carried 11 payloads, including a NASA-funded ice-prospecting drill.
B It was the company's second landing attempt after its first craft tipped over in 2024.
N.nv Related Topics
N.nv Space · Moon missions · Commercial spaceflight
N.rl More from Orbit Desk
N.rl SpaceX reschedules Starship flight after pad repairs
N.rl ESA picks three firms for lunar cargo study
N.tk Stellar LogoStellar Price(XLM)$0.2291$0.2291+0.84%USD
""", crlf=True)

# ---------------------------------------------------------------- hard cases
case("hard-en-001", "en",
     "Hard: the story is about crypto prices (price lines and a bullet list of coin prices are body), "
     "reposted on an exchange's news tab that carries a real multi-line ticker, a promo and a "
     "reposting disclaimer.", r"""
T Bitcoin slides below $59,000 as ETF outflows hit a three-month high
B SINGAPORE, Feb 24 —
B Bitcoin fell as much as 4.1 percent to $58,930 on Tuesday, its lowest since November, after US spot bitcoin funds reported a third straight day of withdrawals.
B Investors pulled a net $812 million from the funds on Monday, according to data compiled by FundFlow Analytics.
B Prices at 10:00 GMT
B - Bitcoin: $59,210, down 3.6%
B - Ether: $2,410, down 5.2%
B - Solana: $96.40, down 6.8%
N.rl Read also: Why miners are selling more of the coins they dig up
B "The market is repricing the chance of a rate cut in March, and crypto is the most sensitive asset to that," said Wen Jia, a trader at Harbourline Capital in Singapore.
B Bitcoin is still up about 9 percent since the start of the year.
N.cp New here? Open an account today and your first futures trade is fee-free for 30 days.
N.tk Bitcoin Logo
+N.tk Bitcoin Price(BTC)
+N.tk $59,184.20
+N.tk $59,184.20$59,184.20
+N.tk -3.61%
+N.tk USD
+N.tk Bitcoin (BTC) chart · 24h
N.dc Risk notice: This page shows articles from outside publishers as-is. Kryptora does not check them and is not responsible for losses resulting from their use. Digital assets are volatile and may lose all their value.
""")

case("hard-en-002", "en",
     "Hard: the story is about a cookie-banner fine and quotes banner buttons ('Accept all', 'Reject "
     "all') as body lines; the page has a real cookie banner at the top and bottom.", r"""
N.ck This website stores cookies on your computer to improve your browsing and for analytics. See our Cookie Notice.
+N.ck Got it
T Regulator fines publisher €4.8m over cookie banner that hid 'reject' button
B The Dutch data protection authority has fined news publisher Vierhoek Media €4.8 million for a cookie banner that made it far harder to refuse tracking than to accept it.
B Visitors saw a large green button reading:
B "Accept all and continue"
B The option to refuse was a grey text link, two screens deep, labelled "Manage preferences", the regulator said.
B What the rules require
B Under EU rules, refusing cookies must be as easy as accepting them, and sites may not load advertising trackers before a visitor has chosen.
B Investigators found that 37 trackers fired as soon as the page loaded.
B Vierhoek said it had already redesigned the banner, which now shows "Accept all" and "Reject all" side by side, and would appeal the size of the fine.
N.sh Share
N.ck Cookie settings
+N.ck Strictly necessary cookies are always on. Switch on analytics and marketing cookies below.
+N.ck Save my choices
""")

case("hard-en-003", "en",
     "Hard: the story is about the newsletter business (a newsletter platform's layoffs); story lines "
     "about sign-ups and paid newsletters are body, while the page carries a real newsletter box "
     "mid-story and a sign-up line at the bottom.", r"""
T Newsletter platform Letterloft cuts 30% of staff as paid sign-ups stall
N.ot By Sam Okafor | Media | 9 March 2026
B Letterloft, the platform that hosts paid email newsletters for about 18,000 writers, is laying off 30 percent of its staff after growth in paying subscribers slowed to almost zero last year.
B Chief executive Priya Raman told staff the company had "built for a boom that didn't keep going."
B The company takes a 10 percent cut of each subscription.
N.nl Media Matters is our free weekly newsletter on the business of news.
+N.nl Sign up now
B Numbers behind the cuts
B - 2.1 million paid subscriptions across the platform
B - Median paid newsletter earns under $400 a month
B - Top 100 writers bring in 41% of revenue
B Several large writers have moved to rival services in the past year, taking their mailing lists with them.
B Raman said Letterloft would add advertising slots inside free newsletters for the first time.
N.rl Related: Can local news survive on email alone?
N.nl Never miss a story: get our headlines by email
""")

case("hard-en-004", "en",
     "Hard: court ruling on a site's liability for reader comments; the story quotes a comment notice "
     "('Comments are moderated ...') as body, and the page carries a real comments prompt and count.", r"""
N.nv Law | Media | Technology
T Court rules news site liable for defamatory reader comments it left up
B EDINBURGH —
B Scotland's Court of Session has ruled that a local news website was responsible for defamatory comments posted by readers because it left them online for two weeks after being told about them.
B The case was brought by councillor Morag Dunbar over comments accusing her of taking bribes.
B Under each article, the site had displayed the line:
B "Comments are moderated and reflect the views of their authors only."
B Lord Brodie said that notice did not protect the site once it knew the comments were there.
B Damages of £18,500 were awarded.
B Press groups said the ruling could lead more local sites to switch off comments altogether.
N.cm 47 comments
N.cm Join the conversation — sign in to comment
N.at Copyright Scottish Press Agency. All rights reserved.
""")

case("hard-en-005", "en",
     "Hard: the story is about share buttons that leak reading data (body lines quote 'Share to "
     "WhatsApp'); the page has a real share bar at top and bottom and a related block.", r"""
N.sh Share
+N.sh Tweet
+N.sh Email
T Privacy watchdog probes 'share' buttons that track readers
B Britain's privacy regulator has opened an investigation into social sharing buttons used on more than 900 news and shopping websites, saying they may send readers' browsing data to advertisers without consent.
B The buttons, supplied by Copenhagen-based ShareKit, load even when a visitor never clicks them.
B Researchers found that a single "Share to WhatsApp" button could report the page address, the reader's device and a tracking ID to six different companies.
B "Most people think a share button does nothing until you press it. These don't work like that," said Dr Asha Menon of University College London, who led the research.
B ShareKit said it complied with the law and would cooperate.
B What readers can do
B Browser extensions that block third-party scripts stop the buttons from loading.
N.sh Share this article:
+N.sh Facebook
+N.sh X
+N.sh WhatsApp
+N.sh Copy link
N.rl Recommended for you
N.rl Smart TV makers told to stop watching what you watch
""")

case("hard-en-006", "en",
     "Hard: the story is about 'not financial advice' disclaimers used by finfluencers and quotes one "
     "as a body line; the page ends with a real investment disclaimer and attribution.", r"""
N.nv Money › Investing › Regulation
T Finfluencers can't hide behind 'not financial advice', watchdog says
N.ot Kate Lindqvist — 2 hours ago
B Australia's securities regulator has warned social media influencers that adding a disclaimer to their posts will not protect them if they give unlicensed advice.
B The warning follows a review of 240 accounts that promote shares, crypto and property to young investors.
B Many posts ended with a line such as:
B "This is not financial advice. Do your own research."
B The regulator said the test was what a post actually did, not what it claimed to be.
B "If you tell people what to buy and when, you are giving advice, whatever your caption says," commissioner Alan Kerr said.
B Three influencers have been referred for possible enforcement action.
N.dc The information in this article is general in nature and does not take into account your personal objectives or financial situation. Consider seeking independent advice before acting on it.
N.at Reporting by Coastline News Service; editing by Grace Tan
""")

case("hard-en-007", "en",
     "Hard: advertising watchdog ruling on faint 'Sponsored' labels; the story quotes ad labels as "
     "body lines while the page carries a real ad label, a sponsored teaser mid-story and a "
     "'Paid content' block at the bottom. Single newlines, no final newline.", r"""
T Ad watchdog says 'sponsored' tags on news sites are too faint to see
B The Advertising Standards Authority has upheld complaints against three publishers whose paid articles were labelled in small pale grey text that readers could easily miss.
N.ot Advertisement
B In one case, a story praising a heat-pump installer carried only the word "Promoted" in 9-point type beneath the headline.
N.ot Sponsored · BrightHeat: Why 2026 is the year to switch your boiler
B The ASA said paid content must be "obviously identifiable" as advertising before a reader clicks on it.
B What the ASA wants
B - Labels such as "Advertisement" or "Paid partnership" at the top of the piece
B - Text at least as large as the byline
B - No vague wording like "In association with"
B The publishers have been told to change their labels within 30 days.
N.ot Paid content
N.ot These kitchen gadgets are selling out fast (Homebase Deals)
N.ot Retirees are loving this new travel card (Voyage Finance)
""", nl="single", final_nl=False)
