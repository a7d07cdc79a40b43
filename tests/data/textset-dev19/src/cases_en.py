# English cases: (id, lang, options, notes, tagged text)
CASES = [
("en-001", "en", "nofinal", "Crypto exchange 'news' repost: doubled dek, stablecoin custody story with subheadings and a bullet list, project promo, multi-line price ticker, reposting disclaimer, doubled teaser titles with Share and site stamps.", """
du Regional lender Harlow Mutual files to custody stablecoins for business clients.Regional lender Harlow Mutual files to custody stablecoins for business clients.
T Harlow Mutual seeks nod to hold stablecoins for corporate customers
B Harlow Mutual, a mid-sized lender with 140 branches across the Ohio Valley, has asked state regulators for permission to hold dollar-pegged tokens on behalf of its business clients.
B The filing, dated March 3, describes a pilot limited to 200 firms and a cap of $50 million in total holdings.
B Why a regional bank
B Executives said payroll processors and freight brokers among its customers already settle some invoices in tokens and want them kept alongside ordinary deposits.
B "Our clients are not asking us to speculate. They are asking us to keep records," chief operating officer Dana Kettering said.
B The bank would not lend against the tokens, the filing says.
B What regulators will look at
B - Segregation of client tokens from the bank's own assets
+B - Daily reconciliation with the issuer's published reserves
+B - A written plan for freezing tokens tied to sanctioned wallets
B A decision is expected within 90 days.
pr Got a launch coming up? Put it in front of 400,000 traders in our weekly desk briefing, slots are limited.
tk Harbor Logo
+tk Harbor Price(HRB)
+tk $0.0418
+tk $0.0418$0.0418
+tk -3.27%
+tk USD
+tk Harbor (HRB) Live Price Chart
di Notice: Content on this page is republished from third-party outlets for general reference. It does not represent the position of Vantrex Exchange, and nothing here is investment, tax or legal advice. Rights belong to the original publishers; to request removal, write to takedown@vantrex.example.
rl More Stories For You
rl Three Altcoins Analysts Are Watching Before the April Unlock Wave
rl Three Altcoins Analysts Are Watching Before the April Unlock Wave
rl The post Three Altcoins Analysts Are Watching Before the April Unlock Wave appeared on CoinWireDaily.com. Token unlock schedules for April show
+sb Share
+rl CoinWireDaily2026/03/05 11:12
rl Miners Sell Record Share of Output as Fees Slump
rl Miners Sell Record Share of Output as Fees Slump
rl The post Miners Sell Record Share of Output as Fees Slump appeared on CoinWireDaily.com. Public miners sold 112% of their February production, data
+sb Share
+rl CoinWireDaily2026/03/05 09:47
"""),

("en-002", "en", "single", "Regional paper, whole page: menu, breadcrumb, byline with stamp, bridge-closure story with furniture mid-story (advert label, continue marker, inline teaser), comment prompt, newsletter pitch, footer, consent text.", """
nv Skip to content
nv Home | Local | County | Schools | Sports | Obituaries | Classifieds
nv Local / Transportation
T Marrow Creek bridge to close for eight weeks starting June 2
ot By Priya Holloway | Staff writer
ot Published May 14, 2026 at 6:05 a.m. | Updated 9:40 a.m.
B The Marrow Creek bridge on County Road 18 will close to all traffic for eight weeks beginning June 2 while crews replace its deck, the county highway department said Tuesday.
B About 4,100 vehicles cross the 1962 span on a typical weekday.
ot Advertisement
B Detours will send drivers north to Pell Road, adding roughly six minutes to a trip between Ashby and the industrial park.
rl RELATED: County names new highway engineer after two-year vacancy
B School buses will use the detour, and the district said morning pickups on the east side may shift 10 minutes earlier.
ot Story resumes below the advertisement
B "We know it is a headache. The alternative is a weight limit that would keep trucks off it for good," engineer Tom Vasquez said.
B Residents can sign up for text alerts on the county website.
cm Join the conversation: 14 comments. Log in or register to post.
nl Morning Ledger: the five local stories you need before 7 a.m. Sign up free
nl Enter your email
nl Subscribe
ot © 2026 The Ashby County Ledger, a Threlkeld Media newspaper. All rights reserved.
nv About us | Contact the newsroom | Submit an obituary | Place a classified
ck We and our partners use cookies and similar tools to run this site, measure audiences and show local ads. Manage choices or click OK to continue.
ck OK
"""),

("en-003", "en", "", "Sports page with a score widget at the top and a scorers/stats block inside the report: many short story lines are kept; top widget, share bar, standings teaser and tag list are noise.", """
nv Football | Scores & Fixtures | Tables | Transfers
ot FT{sp}
+ot Dunmore Rovers 2{sp}
+ot Kells Athletic 1{sp}
+ot Match centre >
T Late Ortiz header sends Rovers three points clear
ot Conor Breslin, at Leeside Park
ot Sat 21 Mar 2026 17:02
sb Share this match report: Facebook · X · WhatsApp · Email
B Felipe Ortiz rose highest in the 88th minute to give Dunmore Rovers a 2-1 win over Kells Athletic and a three-point lead at the top of the First Division.
B Kells had equalised on the hour through a deflected Aidan Moloney shot.
B Scorers
B Dunmore: Mensah 12', Ortiz 88'
B Kells: Moloney 61'
B Key numbers
B Shots: 14-9
B Possession: 57%-43%
B Attendance: 3,412
B Rovers manager Gráinne Tuohy called it "the kind of win you remember in May".
B Kells host Bray Celtic on Friday.
rl League table: see where every club stands after round 24
ot Tags: First Division, Dunmore Rovers, Kells Athletic
"""),

("en-004", "en", "", "Health blog on a hospital site: breadcrumb, reading-time line, story with numbered list and one-sentence paragraphs, medical disclaimer, related posts list, share row and footer links.", """
nv Health Library › Blog › Sleep
ot 6 min read · Reviewed by Dr. Amara Nwosu, MD
T Why teenagers really do need to sleep in
B Teenagers are not lazy. Their body clocks shift later during puberty, often by two hours or more.
B That shift collides with school days that start before 8 a.m.
B A two-year study at three high schools in Linwood County found that moving the first bell from 7:30 to 8:20 added an average of 34 minutes of sleep a night.
B What parents can do
B 1. Keep screens out of the bedroom after 10 p.m.
B 2. Let weekend wake-up times drift no more than two hours.
B 3. Get morning daylight, even on cloudy days.
B Caffeine after lunch is the most common hidden culprit, the study's authors noted.
di This article is for general education only and is not a substitute for advice from your own clinician. In an emergency call 911.
rl You might also find useful
rl Melatonin gummies: what the labels leave out
rl Snoring in children: when to see a specialist
rl How much sleep do toddlers need? A chart by age
sb Share: Email | Print | Copy link
nv Find a doctor · Locations · Pay a bill · Careers · Privacy policy
"""),

("en-005", "en", "", "Tech news reposted in a news app: open-in-app banner, squashed share bar, byline, story about a phone battery recall with Q/A lines kept, app download prompts and attribution to original publisher.", """
nv Open in the Newsleaf app for a faster read
+nv Open
T Brightcell recalls 310,000 power banks after overheating reports
sb ShareTweetLinkedInCopy link
ot Imogen Park · 3h ago
B Accessory maker Brightcell is recalling about 310,000 portable chargers sold in the US and Canada after 27 reports of units overheating while charging.
B No injuries were reported, the company said.
B Which models are affected?
B The 10,000mAh Brightcell Go and Go Slim, sold between August 2024 and January 2026.
B How do I check mine?
B The model number is printed on the back. Affected units end in -G4 or -G5.
B What should I do?
B Stop using it and request a free replacement on Brightcell's recall page.
at This story was originally published by Circuit Daily and is republished in Newsleaf under a content partnership.
nv Get the Newsleaf app: headlines you choose, offline reading
nv Free for iPhone and Android phones
rl More in Tech
rl Chipmaker cuts forecast as PC demand stalls again
rl Review: the $199 earbuds that beat the flagships
"""),

("en-006", "en", "", "Short weather brief (4 body lines) on a TV station site: weather widget, alert ticker, nav, share buttons and newsletter pitch around a very short story.", """
nv WKRV 7 | News | Weather | Traffic | Watch Live
ot 41°F Cloudy · Feels like 35° · Hourly › 10-day ›
ot ALERT: Winter weather advisory for Hale and Corning counties until 6 p.m.
T Freezing drizzle to glaze roads for morning commute
B Freezing drizzle will spread across the valley after 3 a.m. Thursday.
B Bridges and overpasses will ice first.
B Temperatures climb above freezing by noon, turning the drizzle to plain rain.
B Crews from the state transportation department were pre-treating Interstate 81 on Wednesday evening.
sb Share on Facebook
sb Share on X
nl Get the 7 First Alert forecast in your inbox each morning.
nv Watch WKRV 7 News at 5, 6 and 11
"""),

("en-007", "en", "", "Wire crime story on a portal: standalone dateline, one-sentence paragraphs and quoted one-liner kept; wire credit, copyright, topic tags, most-read list and share line are noise.", """
ot World | 4 min read
T Police seize 2 tonnes of cocaine hidden in banana crates at Antwerp port
B ANTWERP, Belgium, April 9 —
B Belgian customs officers found almost two tonnes of cocaine packed among banana crates from Ecuador, prosecutors said on Thursday.
B It is the largest single seizure at the port this year.
B Three men, two Belgian nationals and a Dutch citizen, were arrested at a warehouse in the nearby town of Zwijndrecht.
B "This was not a small crew," a spokesperson for the Antwerp prosecutor's office said.
B The drugs had an estimated street value of 150 million euros.
at (Reporting by Marthe Declercq; Editing by Gareth Pryce)
ot © Meridian Wire 2026. All rights reserved.
ot Topics: Europe · Crime · Belgium · Drugs
rl Most read
rl 1. Dutch court blocks airport expansion over noise
rl 2. Farmers' convoy heads for Brussels again
rl 3. Why Europe's ports keep finding more cocaine
sb Share this article
"""),

("en-008", "en", "", "Crypto aggregator market-structure story with a squashed multi-coin ticker on one line at the top, subheading and bullet facts kept; newsletter pitch mid-page, promo, disclaimer and doubled related teasers at the bottom.", """
tk BTC$68,914.20+0.84%ETH$3,402.77-1.12%SOL$151.06+2.95%XRP$0.5871-0.31%
nv Markets · DeFi · Policy · Learn · Podcasts
T Senate panel schedules vote on token classification bill
ot Rafael Okoye · Mar 11, 2026, 7:45 PM UTC
B The Senate Banking Committee will vote next Tuesday on a bill that would decide which digital tokens are treated as commodities and which as securities.
B The vote follows nine months of talks between committee staff and two federal regulators.
B What the draft says
B - Tokens on networks with no controlling group would fall to the commodities regulator
B - Issuers could seek a two-year safe harbour while their networks decentralise
B - Exchanges would register with one agency instead of two
B Industry groups welcomed the timetable but said the safe harbour was too short.
nl The Ledger Line: policy moves that hit your portfolio, every weekday. Join 90k readers.
pr Building in web3? Our sponsored spotlight reaches fund managers and founders, book your slot today.
di Nothing on this site is investment advice. Digital assets are volatile; do your own research before trading.
rl Read next
rl Stablecoin issuer posts first quarterly audit
rl Stablecoin issuer posts first quarterly audit
sb Share
rl LedgerPulse2026/03/11 18:02
"""),

("en-009", "en", "", "Regional paper education feature (14 body lines): section nav, byline, story with short subheads, inline 'Related:' teaser and photo caption mid-story; tag list, comment policy and footer at the bottom.", """
nv Education | Higher Ed | K-12 | Opinion
T School board votes to keep four-day week at rural districts
ot By Colleen Fairweather
ot March 4, 2026
B The Pine Hollow school board voted 5-2 on Monday night to keep a four-day school week for another three years.
C Parents fill the Pine Hollow High gym for Monday's vote. (Photo: Dale Ricketts/Valley Sentinel)
B The schedule, adopted in 2022, gives students Fridays off and lengthens the other days by 45 minutes.
B Test scores
B Reading scores have stayed flat; math scores dipped two points in the first year and recovered since.
rl Related: Four-day weeks spread to 14 more Western districts
B Child care
B The district will keep its Friday program at the elementary school, which serves about 60 children for $15 a day.
B Board member Ruth Alvarado, who voted no, said the long days are "too much for our kindergartners".
B About 40 parents spoke during the three-hour public comment period.
B Teacher recruiting
B Superintendent Mark Delgado said the schedule has helped the district fill jobs: it had two teaching vacancies this fall, down from nine in 2021.
B "Applicants ask about Fridays before they ask about pay," he said.
B What comes next
B The board will review attendance and test data again in spring 2029.
B Families who want a five-day week can still enrol at Cedar Flats, 20 miles away.
ot Tags: Pine Hollow, school calendar, four-day week
cm Comments are moderated and may take up to an hour to appear. Please keep it civil.
ot Valley Sentinel · 118 Main St., Pine Hollow · (555) 014-2290
"""),

("en-010", "en", "single", "Forum repost without a headline: a user pastes a science story; forum nav, post header, reaction counters, reply/quote buttons, signature and 'similar threads' list are noise.", """
nv Forums › Science & Space › Astronomy news
ot Posted by starhopper_77 · 2 hours ago
B Astronomers using the Valdivia Southern Telescope say they have found a gas giant orbiting a white dwarf only 64 light-years away.
B The planet, about 1.4 times the mass of Jupiter, takes 11 days to circle the dead star.
B The team spotted it from tiny, regular dips in the star's light.
B "It survived the star's red giant phase, which it should not have," lead author Inés Carvallo said.
B The paper appears this week in the Monthly Notes of the Austral Astronomical Society.
ot — Clear skies, Mike. 8" Dob, Bortle 5 backyard.
cm 23 replies
cm Reply
+cm Quote
+cm Report
sb Like 41
rl Similar threads
rl White dwarf eats asteroid, spectra inside
rl Has anyone imaged the new comet from the southern hemisphere?
"""),

("en-011", "en", "", "Press-release portal: business release with datelined lede, bullets and company boilerplate; 'news provided by', about-company section, media contact, SOURCE and view-original lines, related releases and a blank-line run before the footer.", """
nv NewsFeedPR › Business › Manufacturing
ot News provided by
ot Orrin Fabrication Inc.
ot 10 Feb, 2026, 08:00 ET
T Orrin Fabrication to open $85 million aluminum extrusion plant in Tennessee
B MURFREESBORO, Tenn., Feb. 10, 2026 /NewsFeedPR/ -- Orrin Fabrication Inc. today announced it will build an aluminum extrusion plant in Murfreesboro, its first outside the Midwest.
B The plant will:
B - create about 220 jobs by the end of 2027;
B - supply window frames and EV battery trays to customers in the Southeast;
B - run on 40% solar power from an on-site array.
B "Our customers asked us to be closer to them, and Tennessee said yes first," said chief executive Harold Brinkman.
B Construction begins in April.
ot About Orrin Fabrication
ot Founded in 1978 and based in Dayton, Ohio, Orrin makes custom aluminum profiles for building, transport and energy customers.
ot Media contact: Lena Voss, lvoss@orrinfab.example, +1 555 0148
at SOURCE Orrin Fabrication Inc.
at View original content to download multimedia
rl Other releases from this organization
rl Orrin Fabrication names new chief financial officer
=gap
ot Terms of Use · Privacy · Sitemap · © 2026 NewsFeedPR
"""),

("en-012", "en", "", "Culture review on a magazine site: doubled headline line, star rating widget, photo caption, share bar, related reviews with doubled teaser, comments count and cookie strip.", """
T ‘The Salt Orchard’ review: a slow, stunning family saga
du ‘The Salt Orchard’ review: a slow, stunning family saga
ot ★★★★☆
ot Film | Reviews | by Nadia Ferreira-Lowe
C Mireille Aubry and Tomás Leal in “The Salt Orchard”. Courtesy of Lanthorn Pictures
B Director Oona Halvorsen takes 148 minutes to tell the story of one Portuguese fruit farm over three summers, and almost every minute earns its place.
B The pace will test some viewers.
B Mireille Aubry, as the widowed matriarch, barely raises her voice and still owns every scene.
B The middle summer drags, with a subplot about a land deal that goes nowhere.
B But the final 20 minutes, set during a wildfire, are the best filmmaking I have seen this year.
B In cinemas from Friday.
sb Share: f · 𝕏 · ✉
rl More reviews
rl ‘Night Ferry’ review: a thriller that runs aground
rl ‘Night Ferry’ review: a thriller that runs aground
cm 37 comments
ck Cookies help us keep reviews free. By continuing you accept our use of them. Settings
"""),

("en-013", "en", "", "Crypto exchange announcement page: exchange nav, 'Announcement' label, listing notice with timeline lines kept; trade-now promo, sidebar ticker lines, risk warning disclaimer, related announcements and app prompt.", """
nv Buy Crypto | Markets | Trade | Futures | Earn | Announcements
ot Announcement · New Listings
T Kestrel Exchange will list Tidewater (TIDE) in the Innovation Zone
B Kestrel Exchange will list Tidewater (TIDE) and open the TIDE/USDT spot pair.
B Timeline (UTC)
B Deposits open: 2026-04-02 08:00
B Trading starts: 2026-04-03 10:00
B Withdrawals open: 2026-04-04 10:00
B Tidewater is a lending protocol for tokenised shipping invoices launched in 2025.
B Tokens in the Innovation Zone may be more volatile than major assets, and users must pass a short quiz before their first trade.
pr Trade TIDE with zero fees for 7 days. New users get a 20 USDT bonus. Trade now
tk TIDE/USDT --
+tk BTC/USDT 68,802.4 +0.6%
+tk ETH/USDT 3,398.1 -0.9%
di Risk warning: Crypto asset prices can swing sharply. You may lose all of your investment. Kestrel Exchange does not give investment advice; please trade responsibly.
rl Related announcements
rl Kestrel Exchange will delist three margin pairs on April 10
rl Kestrel Exchange completes wallet maintenance on the Arbitrum network
nv Download the Kestrel app · Scan to trade on the go
"""),

("en-014", "en", "crlf", "Stock-market page: index quote box at the top (crypto_ticker kind), markets story with short bullet list, watchlist button, data-delay disclaimer, most-popular list; CRLF file.", """
tk DOW 41,208.55 -0.42%
+tk S&P 500 5,611.30 -0.18%
+tk NASDAQ 17,902.14 +0.07%
+tk 10-YR 4.21%
+tk CRUDE $78.40 +1.3%
nv Markets › Stocks
T Grocer Fernway slides 11% after cutting annual outlook
ot + Add FRNW to watchlist
ot Jonah Ebert | 2:14 PM EDT
B Shares of Fernway Markets fell 11% on Wednesday, their steepest drop in four years, after the supermarket chain lowered its full-year profit forecast.
B Fernway now expects earnings of $2.05 to $2.15 a share, down from $2.40 to $2.50.
B The company blamed:
B • price cuts to match discount rivals in Texas;
B • higher wages at its distribution centres;
B • a slower rollout of self-checkout lanes.
B Analysts at Carrow Brothers cut their price target to $38 from $46.
di Quotes delayed at least 15 minutes. Market data provided by Quotient Data Systems.
rl Most Popular
rl Treasury yields edge up before jobs report
rl Airline stocks rally as fuel costs ease
"""),

("en-015", "en", "", "Lifestyle/recipe blog: jump-to-recipe link, affiliate disclosure, newsletter box mid-story, ingredient list items kept as body, social share row, comment prompt and 'you may also like' list.", """
nv Jump to Recipe · Print Recipe
di This post may contain affiliate links. If you buy through them I may earn a small commission at no cost to you.
T One-pan lemon orzo with charred broccoli
B This is the dinner I make when the fridge is nearly empty and everyone is hungry by six.
B It takes 25 minutes and one pan.
B Ingredients
B 1 cup orzo
B 1 head broccoli, cut into small florets
B 1 lemon, zest and juice
B 2 cups vegetable stock
nl Love easy weeknight dinners? Get three new recipes in your inbox every Sunday.
nl Your email address
+nl Yes, send them!
B Char the broccoli in a dry pan first, then set it aside and toast the orzo in the same pan before adding the stock.
B Stir the broccoli back in with the lemon at the end.
sb Pin it · Share on Facebook · Email to a friend
cm Made this? Leave a comment and a star rating below!
rl You may also like
rl Crispy chickpea salad with tahini dressing
rl 20-minute miso noodle soup
"""),

("en-016", "en", "", "Wire politics story on a national portal: doubled title line, listen-to-article player, advert label mid-story, attribution and correction note; trailing non-breaking spaces on some lines.", """
nv Politics | World | Business | Health | Entertainment
T Coalition talks collapse as Greens walk out over transit budget
du Coalition talks collapse as Greens walk out over transit budget
ot ▶ Hear this story (3 min){nbsp}
ot Updated 11:52 PM · Sunday, June 7, 2026{nbsp}
B WELLINGFORD, June 7 (MW) —{nbsp}
B Talks to form a coalition government in the province collapsed on Sunday after the Green Party walked out over plans to cut the regional transit budget by a fifth.
B The Liberal-Progressive bloc, which won 41 of 87 seats in last month's election, now needs support from at least three independents to govern.
ot ADVERTISEMENT
B Green leader Helena Marsh said her party "could not sign a budget that strands people at bus stops".
B Premier-designate Oliver Tran called the walkout "regrettable but not fatal".
B The legislature must sit by July 15.
at Reporting by Sunil Rao; editing by Clara Westergaard
ot Correction: An earlier version of this story misstated the number of seats held by the Liberal-Progressive bloc.
rl Read more: Who are the independents now holding the balance of power?
"""),

# ---------------- hard English cases ----------------
("hard-en-001", "en", "", "Hard: the story is a regulator's audit of cookie banners and quotes banner button labels; the page itself carries a real cookie banner at the top and bottom.", """
ck Your privacy choices: we use cookies to remember your settings and to count visits. Choose "Allow" or "Only necessary".
+ck Allow
+ck Only necessary
nv Tech Policy / Privacy
T Regulator finds one in three cookie banners hides the ‘reject’ button
ot Written by Aurelia Quint · May 19, 2026
B The data protection authority reviewed cookie banners on 1,200 of the country's most visited websites and found that 38% made it harder to refuse cookies than to accept them.
B Common tricks included a bright "Accept all" button next to a grey "Manage options" link that opened a second screen.
B Some sites listed more than 400 advertising partners in their consent pop-ups.
B What changes now
B Sites have until October 1 to show "Reject all" on the first screen, at the same size and colour as "Accept all".
B Banners may no longer say "By continuing to browse you agree to cookies".
B "Consent that people cannot refuse is not consent," commissioner Fenella Ruiz said.
sb Share article
rl Related: How to clear tracking cookies on every browser
ck Cookie settings
"""),

("hard-en-002", "en", "", "Hard: the story is a crypto flash crash and lists coin prices as body lines that look like a ticker; the page also has a real ticker strip, promo and disclaimer.", """
tk BTC 57,980.11 ▼ 8.4% | ETH 2,912.40 ▼ 11.0% | DOGE 0.1093 ▼ 14.2%
nv Crypto Desk › Markets
T Bitcoin plunges below $58,000 as $1.9 billion in leveraged bets are wiped out
ot By Marcus Delacroix-Ibe · 13 Aug 2026, 04:20 GMT
B Bitcoin fell as much as 9% in under an hour on Thursday, triggering the largest wave of forced liquidations since last spring.
B Prices at 04:00 GMT, compared with 24 hours earlier:
B Bitcoin: $57,980, down 8.4%
B Ether: $2,912, down 11.0%
B Dogecoin: $0.109, down 14.2%
B Traders said the sell-off began on a thinly traded offshore exchange and spread as automatic margin calls kicked in.
B "Nothing fundamental changed overnight. This was leverage eating itself," said Priya Venkataraman, head of research at Solace Digital.
B Open interest in bitcoin futures dropped by a quarter.
pr Trade the volatility: up to 50x on Zephyr Perps. Sign up in 60 seconds.
di Cryptocurrency markets are unregulated in many places and are highly risky. This article is not an offer or solicitation to buy or sell any asset.
rl Latest
rl What a liquidation cascade is, explained in five charts
"""),

("hard-en-003", "en", "nofinal", "Hard: the story is about a local paper's e-mail newsletters becoming its main revenue source and quotes newsletter sign-up wording; the page has real newsletter pitches, nav and share bar.", """
nv The Harbor Current · Media · Business
nl Don't miss a story. Get The Current Daily free in your inbox.
nl Sign me up
T How a 12-person newsroom built a business on e-mail newsletters
ot By Ezra Lindqvist, media reporter
B The Penhallow Tribune sends six e-mail newsletters a week to 48,000 subscribers, and since 2024 they have brought in more money than its website ads.
B The most popular is a Saturday roundup of restaurant openings.
B Publisher Marisol Vega said the turning point was dropping the line "Sign up for our newsletter" in favour of specific promises.
B "Get Friday's high school scores before the buzzer" doubled sign-ups in a month.
B The numbers
B Open rate: 61%
B Paid tier: $5 a month, 3,900 members
B Sponsorship slots sold out through December.
sb Share · Tweet · Email
nl Like this? The Current's media newsletter lands Tuesdays. Subscribe
rl Also in Media: Radio station sold to its listeners for $1
"""),

("hard-en-004", "en", "", "Hard: the story is a newspaper closing its comment sections and quotes its comment notice; the page carries real comment furniture, related links and a subscription prompt.", """
nv Home › Media › Newspapers
T Valley Herald shuts down reader comments after 18 years
ot Staff Report | Updated Jan 30, 2026
B The Valley Herald switched off comments on its website on Friday, ending a forum that at its peak drew 6,000 posts a day.
B Editors replaced the comment box on every article with a single sentence: "Comments are closed. Write to us at letters@valleyherald."
B Managing editor Curtis Oyelaran said moderators spent 30 hours a week deleting abuse.
B Letters to the editor will now run in print on Saturdays.
B Some readers were unhappy.
B "It was the only place in town you could argue with the mayor," longtime commenter Barb Kessler said.
ot Subscribe for $1 for 6 months
rl MORE FROM MEDIA
rl Local TV station cuts 6 p.m. newscast
rl Why some papers are going back to print-only Sundays
cm What do you think? 212 comments
cm Sort by: Newest | Oldest | Top
cm Log in to comment
"""),

("hard-en-005", "en", "", "Hard: the story is about paywall meters and quotes meter messages; the page has a real paywall meter, subscribe offer, share bar and footer navigation.", """
ot You have 1 free article remaining this month. Subscribe for unlimited access.
nv Business | Media | Technology
T Readers hit the paywall less, and publishers are fine with that
ot By Hanna Ueberroth · 8 min read
B Three of the largest regional news chains have quietly lowered the number of free articles they allow each month.
B Where readers once saw "You have 5 free articles left", many now see a limit of two.
B Fewer free articles, more subscriptions
B The Calder Media Group said paid digital subscriptions rose 14% in the six months after it cut its meter from five stories to two.
B Some sites now let readers unlock an article by watching a 30-second ad.
B Media analyst Theo Pakarinen said the meter had become "a negotiation, not a wall".
B Critics say the change pushes lower-income readers towards free social feeds instead.
ot Subscribe now: $2 a week for your first year. Cancel anytime.
sb Share on LinkedIn | Share on Facebook | Copy URL
nv Help Center · Manage subscription · Ad choices · Terms
"""),

("hard-en-006", "en", "", "Hard: the story is about podcast and newsletter ad labels, quoting 'Advertisement' and 'Sponsored' labels; the page carries real ad labels, sponsored teasers and an app prompt.", """
ot Advertisement
nv Sections ☰ | Search 🔍
T Watchdog tells podcasters to say ‘ad’ before sponsored segments
ot Olamide Brandt-Sato
ot Nov 3, 2026
B The Advertising Practices Board said on Monday that podcasters must announce paid segments with a clear spoken label before they start.
B Phrases such as "a word from our friends" will no longer count.
B The board suggested the wording "This is an advertisement" or "Sponsored segment".
B The guidance follows 92 complaints last year, many about hosts reading scripts as personal recommendations.
B Written newsletters are covered too: paid placements must carry a "Sponsored" label above the text, not below.
B Podcasts that break the rules can be named on the board's website.
ot Sponsored
ot Paid content: Five gadgets frequent flyers swear by
nv Read this and more in the Broadsheet app. Get the app
rl Trending
rl Streaming prices rise again: what you will pay from January
"""),
]
