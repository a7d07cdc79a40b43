# English cases of textset-dev17 (tagged line lists; see make_cases.py).
CASES = [
dict(id="en-001", lang="en", notes="Politics, regional daily; inline ad + 'Story continues below', mid-story Read also, newsletter insert, share bar and comments at bottom.", text="""
nav Skip to content
nav Home | Politics | Business | Sport | Opinion
T Lakeshore council votes to freeze property levy for second year
o By Dana Whitcombe, City Hall Reporter
o Published 7:42 a.m. Feb. 3, 2026
B HARROWGATE, Feb. 2 —
B Lakeshore County councillors voted 9-4 on Monday to hold the residential property levy at its 2025 rate, rejecting a staff proposal for a 3.1% increase.
o Advertisement
o Story continues below this ad
B The freeze leaves a projected $4.8 million gap in the roads budget, which finance director Paul Okereke said would be bridged from reserves.
rel Read also: Harrowgate bridge closure pushed to late spring
B "We are borrowing from next year to look good this year," said Councillor Mira Castellanos, who voted against the motion.
B Supporters argued residents were still absorbing higher water rates.
nl Get City Hall Briefing in your inbox every Tuesday. Sign up free
B The council will revisit the reserve draw in its September review.
sh Share on Facebook
&sh Share on X
&sh Copy link
com 14 comments — join the conversation
o © 2026 Harrowgate Courier-Ledger. All rights reserved.
"""),

dict(id="en-002", lang="en", notes="Sport live page; video player chrome mid-story, pull quote repeated (duplicate), poll widget, related list at bottom. Single-newline file.", fmt="single", text="""
nav Scores  Fixtures  Tables  Transfers
T Orla Brennan's late header sends Kilcarrig into cup semi-final
o Ciarán Doyle | Sunday 8 March 2026, 18:55
B Kilcarrig Rovers are through to the Tallon Cup semi-finals after Orla Brennan met a corner in the 88th minute to beat Westport Harbour 2-1.
B The visitors had led through a deflected strike from Kasia Nowicka before the break.
o Watch: Brennan's winner and the post-match reaction
o 02:47
o Autoplay  ON
B Brennan said: "I just attacked the ball and hoped."
B Manager Siobhán Farrelly praised her side's patience in the second half.
dup Manager Siobhán Farrelly praised her side's patience in the second half.
B Key numbers
B - Shots: Kilcarrig 17, Westport 6
B - Corners: 11 to 2
B - Attendance: 3,418
o POLL: Who was your player of the match?
o Orla Brennan
o Kasia Nowicka
o Aoife Lynch
o Vote now
rel More from Tallon Cup
rel Westport boss calls for VAR review after exit
rel Draw for last four made live on Monday night
"""),

dict(id="en-003", lang="en", notes="Technology news; embedded social post (text, handle/date, View on X, like count) mid-story; app prompt top; related at bottom.", text="""
nav Download the Circuitline app for breaking tech news
T Verdant Mobile delays foldable launch after hinge defects
o Priya Ramanathan
o 4 min read
B Verdant Mobile has postponed the launch of its first foldable phone by at least six weeks after internal testing found cracking in the hinge assembly.
B The company confirmed the delay in a short statement on Wednesday.
o We found an issue we're not willing to ship. The Fold One will be worth the wait.
o — Verdant Mobile (@verdantmobile) April 15, 2026
o View on X
o 2.1K likes
B Analysts at Halden Research said the delay would cost the firm its window before the summer shopping season.
B The hinge is supplied by Taiwanese manufacturer Kuo-Lin Precision, which declined to comment.
B Pre-orders taken in March will be refunded on request.
rel Related: Verdant's mid-range Aero 5 review
rel Related: Why foldables still break
nav Tags: Verdant Mobile, smartphones, foldables
"""),

dict(id="en-004", lang="en", notes="Science magazine; photo caption + standalone credit; mid-story newsletter pitch; 'Continue reading' button; bottom disclaimer-like editorial note and footer.", text="""
o Northlight Science
T Deep-sea sponge survives 18 months without light in lab trial
C A glass sponge in the holding tank at the Brekke Marine Station.
C Photo: Elin Saether / Brekke Marine Station
B A species of glass sponge collected from 900 metres off the Norwegian coast has survived a year and a half in total darkness, researchers report.
B The team, led by marine biologist Tor Andreassen, fed the sponges a filtered bacterial broth once a week.
o Continue reading
B Survival rates were above 80% for the whole trial.
nl Love discoveries like this? Our free weekly digest, The Long View, lands every Friday.
&nl Enter your email
&nl Subscribe
B The results appear in the journal Abyssal Biology.
B Andreassen said the next step was to test whether the sponges could reproduce in the tank.
sh Share this article
rel You might also like
rel Octopus nests found near Iceland vent field
rel The quiet decline of kelp forests
o Northlight Science is published by Brekke Media AS. Terms · Privacy
"""),

dict(id="en-005", lang="en", notes="Crypto aggregator page like the seeds; doubled dek, ticker squashed, promo, reposting disclaimer, related teasers doubled with Share and stamps.", text="""
dup Solana validators approve fee-burn change in close vote.Solana validators approve fee-burn change in close vote.
T Solana validators back fee-burn overhaul
B Validators on the Solana network approved a proposal to burn a larger share of base transaction fees, with 54% of staked votes in favour.
B The change, known as SIMD-0412 in community forums, takes effect at the next epoch boundary.
o Advertisement
B Supporters say the change ties the token's supply more closely to network use.
B Opponents argue it cuts validator income at a time of shrinking margins.
B "Small operators will feel this first," said Lena Varga, who runs a validator from Budapest.
cp Building in Web3? Put your launch in front of 400,000 daily readers — book a sponsored slot today.
tk Solana LogoSolana Price(SOL)$142.18$142.18+2.04%USD
tk Solana (SOL) Live Price Chart
dis Notice: Content republished here comes from third-party outlets and is shared for reference only. It is not investment advice, and the platform takes no position on its accuracy.
rel Trending Now
rel Ethereum Gas Hits Six-Month Low as Layer-2 Usage Climbs
rel Ethereum Gas Hits Six-Month Low as Layer-2 Usage Climbs
rel The post Ethereum Gas Hits Six-Month Low as Layer-2 Usage Climbs appeared on CoinWireDesk.com. Ethereum gas fees dropped
&sh Share
&rel CoinWireDesk2026/02/11 09:14
rel Streaming Giant Renews Fantasy Saga for Third Season
rel Streaming Giant Renews Fantasy Saga for Third Season
rel The post Streaming Giant Renews Fantasy Saga for Third Season appeared on CoinWireDesk.com. The fantasy drama will
&sh Share
&rel CoinWireDesk2026/02/11 08:52
"""),

dict(id="en-006", lang="en", notes="Culture review; no headline (scrape starts at dek); inline 'Read also', pull quote duplicate, paywall interruption at bottom; CRLF.", crlf=True, text="""
nav Arts & Culture
B The Meridian Players' new staging of 'The Salt Road' runs just under three hours and earns nearly every minute.
B Director Hana Kowalczyk sets the whole play on a single rotating jetty.
rel READ ALSO | Five shows to see in the city this spring
B Lead actor Femi Adeyemi is extraordinary as the ferryman Jonah, switching from menace to grief in a breath.
B The second act drags in places.
dup Lead actor Femi Adeyemi is extraordinary as the ferryman Jonah, switching from menace to grief in a breath.
B 'The Salt Road' plays at the Meridian Theatre until May 30.
o You've read 3 of 4 free articles this month.
o Subscribe for $1 a week to keep reading.
o Subscribed in print? Link your account to read on
"""),

dict(id="en-007", lang="en", notes="Finance markets page; index ticker top; inline ad and 'Story continues below'; bottom disclaimer and attribution. Trailing whitespace.", ws=True, text="""
tk DOW 41,208.33 ▲0.42%   S&P 500 5,612.10 ▲0.18%   NASDAQ 17,904.55 ▼0.07%
tk BTC $61,420 ▲1.3%   GOLD $2,412.80 ▲0.2%
T Grainmark shares slide after profit warning on fertiliser costs
o Markets desk · 11:06 ET
B Shares in agricultural supplier Grainmark fell 14% on Thursday after the company cut its full-year profit forecast.
B The firm blamed a 22% rise in nitrogen fertiliser prices since January.
o ADVERTISEMENT
o story continues below
B Chief executive Ruth Malloy told analysts the company would pass on part of the cost in the second half.
B What analysts said
B Brokerage Fenwick & Lowe cut its price target to $38 from $51.
B Others said the sell-off was overdone.
att Reporting by Sam Osei; editing by Claire Dunmore
dis Market data delayed by at least 15 minutes. Nothing on this page is a recommendation to buy or sell any security.
"""),

dict(id="en-008", lang="en", notes="Politics; live embedded post from an MP inside story, handle line and Follow button; 'Watch' video chrome; cookie banner bottom; no final newline.", final_nl=False, text="""
o The Westgate Post
T Opposition demands inquiry into ferry contract
B EDINBURGH —
B Opposition parties on Tuesday demanded an independent inquiry into the award of a £210 million ferry contract to a yard with no record of building passenger vessels.
B Transport minister Alasdair Greig said the procurement had followed every rule.
o The minister must publish the scoring sheets today. No more excuses.
o Morag Lindsay MP (@moraglindsay) · 10 Mar 2026
o Follow
o Reply · Repost · 412
B Greig later told reporters he would "consider" releasing the documents.
o Watch: Greig questioned by reporters outside Holyrood (1:32)
B The yard, Clydeside Marine Works, says it has hired 140 staff for the project.
rel Most read
rel 1. Council tax bands to be reviewed
rel 2. Rail strike called off at last minute
ck We and our partners use cookies to personalise content and measure traffic. Manage choices or accept all.
&ck Accept all
&ck Manage choices
"""),

dict(id="en-009", lang="en", notes="Health news; app-download prompt mid-story; related one-liner; comments prompt and footer nav at bottom; run of blank lines before footer.", text="""
T Clinics report surge in measles vaccine bookings after school outbreak
o Jo Templeton, Health Correspondent
o Updated 2 hours ago
B Walk-in clinics in the Ashby district booked more than 2,000 measles vaccinations in the week after an outbreak at a primary school.
B Eleven children were confirmed infected, health officials said.
nav Get breaking alerts on your phone: download the Ashby Today app for iOS and Android.
B None of the children needed hospital care.
B Dr Nasreen Qadir of the regional health authority said uptake among teenagers was the main concern.
rel Related: What parents need to know about the MMR jab
B Parents can book through their GP or a pharmacy.
com What do you think? Leave a comment below.
~
nav About us | Contact | Advertise | Corrections
o © Ashby Today Media Ltd
"""),

dict(id="en-010", lang="en", notes="Tech aggregator; top nav, inline 'Sponsored' ad, newsletter insert, embedded video chrome, bottom related + share. Mixed newline layout.", text="""
nav Menu
&nav Search
&nav Sign in
T Open-source browser Fennix hits 10 million users
o 5 April 2026
B The privacy-focused browser Fennix says it has passed ten million monthly users, three years after its first release.
B Most of the growth came from Brazil, Indonesia and Germany, lead developer Marta Kolar wrote in a blog post.
o Sponsored
&o Upgrade your team's laptops this quarter with zero-interest leasing
B The project is funded by donations and a search-engine revenue deal.
nl The Patch Notes newsletter: one email, every weekday, no fluff.
&nl Sign me up
o Video: Fennix's developer on building a browser with six people
&o 4:08
B Kolar said the team would add a built-in translation tool later this year.
B Version 7 is due in June.
rel Also on Bytefeed
&rel Fennix vs. the big three: a speed test
&rel The last independent browser engines
sh Share: X · LinkedIn · Email
"""),

dict(id="en-011", lang="en", notes="Weather/science wire copy; dateline, bullet list; photo caption with credit mid-story; attribution at end; bottom newsletter and social follow.", text="""
o Planet Desk
T Record heat pushes Lake Ardent to lowest level since 1961
B ARDENT FALLS, July 19 (Coastline Wire) —
B Lake Ardent dropped another 11 centimetres this week, reaching its lowest level in 65 years.
C Dry docks line the receding shore at Ardent Falls marina on Friday. (Coastline Wire/Mel Harker)
B Officials announced new restrictions on Friday:
B - No lawn watering between 8 a.m. and 8 p.m.
B - Car washes limited to recycled-water systems
B - Fines of up to $500 for repeat breaches
B Rain is not expected before mid-August.
att (Reporting by Mel Harker; writing by Dion Faulk)
nl Climate in your inbox: join 90,000 readers of The Thermometer.
sh Follow Planet Desk on Instagram and Bluesky
"""),

dict(id="en-012", lang="en", notes="Entertainment; doubled title line (title + duplicate); inline ad; pull quote; poll; cookie bar at top.", text="""
ck This site uses cookies. By continuing to browse you agree to our use of cookies.  OK  |  More info
T Harbour Lights renewed for fourth season despite ratings dip
dup Harbour Lights renewed for fourth season despite ratings dip
o Entertainment | Nadia Ferraro
B The coastal police drama Harbour Lights will return for a fourth season, broadcaster Channel North confirmed on Friday.
B Viewing figures fell 18% over the third series.
o — Advertisement —
B Showrunner Jude Amankwah said the new season would "go back to the small-town cases that made people fall in love with it".
B Filming starts in Whitby in September.
o Quick poll: Should Harbour Lights end after season four?
&o Yes, quit while ahead
&o No, keep it going
&o See results
rel Next: Channel North's autumn schedule revealed
"""),

dict(id="en-013", lang="en", notes="Crypto exchange news page; ticker lines spread over several lines at top; inline 'Read also'; promo; disclaimer; You may also like teasers.", fmt="single", text="""
tk BTC/USDT
tk 63,118.40
tk -1.27%
tk ETH/USDT
tk 3,041.06
tk +0.85%
T Exchange Brightvault to delist three privacy coins in EU
B Brightvault will remove trading pairs for three privacy-focused tokens for users in the European Union from June 1.
B The exchange cited new anti-money-laundering rules that take effect in July.
rel Read also: EU AML authority names first supervised exchanges
B Users can withdraw the tokens until August 31.
B Brightvault said the tokens remain available outside the EU.
cp Trade 500+ pairs with zero maker fees this month — claim your welcome bonus
dis Risk warning: Digital asset prices are volatile. Past performance is not indicative of future results. This page does not constitute financial advice.
rel You may also like
rel Stablecoin issuers race to meet reserve-audit deadline
rel Miners sell reserves as hashprice slumps
"""),

dict(id="en-014", lang="en", notes="Local news; no headline; byline at top; inline ads twice; bottom tag list, share bar and comments closed.", text="""
o Posted by Glenn Ashworth on 14 Jan 2026
B Volunteers in Penwyth cleared 3.2 tonnes of rubbish from the river banks on Saturday, the biggest haul in the clean-up's ten-year history.
o Advertisement
B Organiser Bethan Rees said shopping trolleys made up most of the weight.
B "We found eleven of them in one bend," she said.
o Advertisement
B The council has agreed to install two new bins near the footbridge.
nav Filed under: Penwyth, environment, volunteering
sh Share
com Comments are disabled for this story.
"""),

dict(id="en-015", lang="en", notes="Technology; embedded Mastodon-style post with boosts count; 'Continue reading below' ad marker; related one-liner; app prompt bottom; CRLF and no final newline.", crlf=True, final_nl=False, text="""
T Rail operator apologises after ticket app outage strands commuters
o Lucy Mbeki · 6 June 2026
B Commuters across the Southvale network were unable to buy or show tickets for nearly four hours on Monday after the operator's app went offline.
B Staff waved passengers through barriers at the largest stations.
o Our app is currently down. Please board and buy on arrival — no penalty fares today.
o Southvale Rail @southvalerail@transit.social · 07:12
o 88 boosts · 140 favourites
B The operator blamed a failed database update.
o Continue reading below
B It said season-ticket holders would receive one day's refund automatically.
rel See also: Why rail apps keep falling over
nav Never miss a story — get the Commuter Wire app
"""),

dict(id="en-016", lang="en", notes="Business/aviation; top navigation breadcrumb; newsletter insert mid-story with two lines; attribution; bottom related list with stamps.", text="""
nav News › Business › Aviation
T Coastal Air orders 24 regional turboprops
o 18 minutes ago
B Coastal Air has ordered 24 regional turboprop aircraft in a deal worth about $700 million at list prices.
B Deliveries will begin in 2028.
nl Morning Runway — the aviation briefing for people who fly for a living.
&nl Free. Weekdays at 6 a.m.
B The carrier will retire its oldest jets on routes under 500 kilometres.
B Chief executive Ines Moravec called the order "the right aircraft for the distances we fly".
att Additional reporting by Tomás Reid
rel More in Aviation
&rel Airport slot auction draws record bids
&rel Aviation Daily 2026/03/02 14:10
&rel Pilot union ballots on new roster deal
&rel Aviation Daily 2026/03/02 11:47
"""),

dict(id="en-017", lang="en", notes="Sports (tennis); video player chrome and 'Up next' rail mid-story; quoted one-liners; attribution; bottom share and comments. Trailing whitespace.", ws=True, text="""
o Courtside
T Amaya Ortiz saves four match points to reach Dubai quarter-finals
B Amaya Ortiz saved four match points before beating second seed Kateryna Bilyk 6-7, 7-6, 7-5 in three hours and nine minutes.
o Watch highlights
&o 3:21
&o Up next: Bilyk's press conference
B "I didn't think, I just swung," Ortiz said.
B "She deserved it," Bilyk said.
B Ortiz faces Japan's Rin Moriyama next.
att Source: Courtside with agencies
sh Tweet  Share  WhatsApp
com Be the first to comment
"""),

dict(id="en-018", lang="en", notes="Politics; paywall interruption mid-story (story then stops with 'Continue reading' and offer); top nav; no bottom footer besides offer.", text="""
nav World | US | Europe | Asia | Africa
T Senate committee advances shipping emissions bill
o Graham Tully in Washington
B WASHINGTON —
B A Senate committee voted 13-9 on Thursday to advance a bill that would charge shipping companies for emissions in US ports.
B The fee would start at $40 per tonne of CO2 in 2028.
o Subscribe to continue reading
o Get unlimited access for $2 for your first month. Cancel anytime.
B Industry groups say the fee would raise consumer prices.
B Supporters say revenue would pay for electrified port equipment.
"""),

# ---- hard cases ----
dict(id="hard-en-001", lang="en", notes="HARD: story about a minister's deleted social-media post, quoting it in its own sentences and discussing 'view on X' links; page also carries a real embedded post with handle/date and chrome.", text="""
o The Daily Standard
T Minister deletes post mocking rival, then reposts apology
o Ayesha Khan · 2 min read
B Housing minister Colin Rafferty deleted a post on X on Sunday that called his opposite number "a weather vane in a cardigan".
B Screenshots of the post were shared thousands of times before it vanished.
B An hour later Rafferty posted: "That was beneath me and I've taken it down."
o Everyone makes mistakes. Not everyone owns them. Credit where due.
o — Harriet Lowe (@hlowe_mp) May 3, 2026
o View on X
B Several news sites had embedded the original post, which now shows only a "This post is unavailable" notice.
B Rafferty's office said he would not be leaving the platform.
rel Related: The politicians who quit social media — and came back
sh Share this story
"""),

dict(id="hard-en-002", lang="en", notes="HARD: story about a newspaper dropping its paywall meter; story quotes the meter message; page carries a real paywall interruption and subscribe offer.", text="""
nav MEDIA
T Cardiff Evening Star scraps its paywall after two years
o Owen Prys
B The Cardiff Evening Star will remove its paywall from Monday, editor Sian Hughes announced, saying the model "never paid for itself".
B Readers had been shown the message "You have reached your free article limit" after five stories a month.
B Only 6,300 people subscribed, against a target of 25,000.
o You have 1 free article remaining. Register for unlimited access.
o Register now
B The paper will rely on advertising and a voluntary supporter scheme.
B Media analyst Carl Benton said other regional titles were watching closely.
rel Subscriber exclusive: Why local news still matters
nl Get our media newsletter, Inside the Newsroom
"""),

dict(id="hard-en-003", lang="en", notes="HARD: story about online readers' polls being flooded by bots; the story describes poll buttons; page carries a real poll widget and inline ad.", text="""
T Newspaper halts reader polls after bot flood
o By Mo Achterberg
B The Northgate Gazette has suspended the readers' polls that ran beside its political stories after one vote drew 80,000 responses in an hour.
B The question, "Should the mayor resign?", usually drew fewer than 2,000 votes.
B Editors traced most of the clicks on the "Vote now" button to a few hundred IP addresses.
o Advertisement
B "A poll is only useful if it measures people," said digital editor Carla Ndiaye.
B The paper says polls could return with a login requirement.
o Today's poll: Do you trust online polls?
&o Yes
&o No
&o 1,204 votes · Poll closes in 2 days
rel Read next: Inside the bot farms that vote for hire
"""),

dict(id="hard-en-004", lang="en", notes="HARD: story about a regulator's autoplay video rules; story quotes 'Autoplay' settings; page carries a real video player chrome and watch-next rail.", text="""
nav Tech › Policy
T Regulator orders video sites to switch off autoplay for under-16s
o 22 April 2026 · Leo Marchetti
B The Online Safety Board has ordered video platforms to disable autoplay by default for users under 16 from October.
B Platforms must also stop showing a countdown to the next video on those accounts.
o Watch: What the new rules mean for your kids
&o 1:58
&o Autoplay  OFF
B Board chair Ngozi Ibekwe said the "Autoplay" toggle had been "buried three menus deep".
B Two large platforms said they already offer the setting.
B Fines can reach 6% of UK turnover.
rel Up next
&rel How teens spend six hours a day online
sh Share  |  Save
"""),

dict(id="hard-en-005", lang="en", notes="HARD: story about a fine for unlabelled native advertising; body quotes 'Advertisement' and 'Sponsored' labels; page carries real inline ad labels and a sponsored teaser.", text="""
o The Ledger Review
T Publisher fined for hiding sponsored stories among news
o Felicity Amadi
B A watchdog has fined the Brightwater news group £180,000 for running paid articles without clear labels.
B Rules require such stories to carry a visible "Advertisement" or "Sponsored" marker above the headline.
B Investigators found 212 paid pieces with no marker at all.
o Advertisement
o The article resumes after this paid message
B Brightwater said it had introduced new checks.
B The group has 28 days to appeal.
o Sponsored · Luxury river cruises from £999
rel More on advertising standards
"""),

dict(id="hard-en-006", lang="en", notes="HARD: crypto price story; body lists prices as bullet facts; page carries a real price ticker and promo.", text="""
tk Bitcoin LogoBitcoin Price(BTC)$58,911.20$58,911.20-6.42%USD
T Bitcoin slides below $59,000 as ETF outflows mount
B Bitcoin fell 6.4% to $58,911 on Tuesday, its lowest level since February.
B Prices at 14:00 UTC:
B - Bitcoin: $58,911 (-6.4%)
B - Ether: $2,806 (-7.9%)
B - Solana: $131 (-9.2%)
B Spot bitcoin ETFs saw $1.1 billion of outflows over three days, according to data from Parrow Analytics.
cp Get up to $200 in rewards when you open an account and trade within 14 days.
tk ETH/USD interactive chart · 24h · 7d · 1m
dis The information on this page is provided for informational purposes only and does not reflect the views of the exchange.
"""),

dict(id="hard-en-007", lang="en", notes="HARD: story about a cookie-consent ruling; body quotes 'Accept all' and 'Reject all'; page carries a real cookie banner; single newlines.", fmt="single", text="""
T Court rules 'Reject all' button must be as visible as 'Accept all'
B A regional court in Lyon has ruled that websites must display a "Reject all" cookie button as prominently as the "Accept all" button.
B The case was brought by consumer group ClairNet against a travel booking site.
B The judges found that hiding refusal behind a second screen "pushes users towards consent".
B The site has three months to change its banner.
o Simone Dufresne covers courts and consumer law.
ck Your privacy matters to us. We use cookies for analytics and ads. You can change your choice at any time.
ck Accept all
ck Reject all
ck Cookie settings
"""),

dict(id="hard-en-008", lang="en", notes="HARD: story about the newsletter business; body mentions newsletter sign-ups; page carries a real newsletter insert mid-story and at the end.", text="""
T Newsletter writers face a subscriber plateau
o Marcus Yeo · Culture
B Independent newsletter writers say subscriber growth has stalled this year after a five-year boom.
B A survey of 1,400 writers by the Inkwell Guild found median paid subscribers fell from 410 to 360.
nl Like what you're reading? Sign up to The Weekender, our Saturday email.
B Many writers blame "subscription fatigue".
B Some are bundling their newsletters with others to share readers.
B "Nobody wants twelve emails on a Sunday," said food writer Ana Reyes.
nl Join 120,000 subscribers. Your email address
&nl Sign up
"""),
]
