"""English cases of textset-dev9 (tagged line lists; see make_cases.py for the codes)."""

CASES = [
dict(id="en-001", lang="en", notes="Football match report: score box and stats/table widgets, kept key-moments list and bare score line.", text="""
nv Home › Sport › Football › Coastline League
ot+FT  Harbour City 2–1 Kestrel Rovers
ot+Goals: Okafor 34', Lindqvist 88' | Marr 61'
ot+Full stats  ›
T  Lindqvist header sinks Rovers in the 88th minute
ot By Tomasz Reilly, Sports reporter
ot+Sat 14 Mar 2026 · 17:12 GMT
B  Harbour City 2 Kestrel Rovers 1
B  A towering header from substitute Aron Lindqvist two minutes from time kept Harbour City top of the Coastline League.
B  Rovers had looked set for a deserved point after Callum Marr's volley cancelled out Dayo Okafor's opener.
B  Key moments
B+ 34' – Okafor turns in a low cross from the left.
B+ 61' – Marr equalises from the edge of the box.
B+ 88' – Lindqvist rises above two defenders to head home.
B  "We never stopped believing," said City manager Paula Ferreira.
B  City travel to Dunmore on Tuesday.
ot Match stats
ot+Possession 54% – 46%
ot+Shots on target 6 – 4
ot+Corners 7 – 3
ot Table
ot+1 Harbour City 28 61
ot+2 Dunmore Athletic 28 57
ot+3 Kestrel Rovers 28 52
ot+View full table
rl More Coastline League
rl+Dunmore edge Port Selby in seven-goal thriller
rl+Ferreira signs contract extension to 2029
sh Share on X · Share on WhatsApp · Copy link
"""),

dict(id="en-002", lang="en", crlf=True, notes="Storm live blog with time-stamped entries (entry times kept as body), load-more buttons mid-page, alert sign-up, weather widget; CRLF.", text="""
nv Skip to live updates
ot LIVE
T  Storm Imelda live: landfall near Carrow Point as 90mph gusts hit the coast
ot+Updated 11 minutes ago
ot Refresh  |  Auto-update: ON
ot+Pinned
B  Key points
B+ • Landfall confirmed at 06:50 near Carrow Point
B+ • 48,000 homes without power across the north coast
B+ • All ferry crossings suspended until at least Friday
B  09:42
B  Northgrid says crews cannot reach the worst-hit substations until winds drop below 50mph.
B  09:15
B  The Carrow Point lifeboat has been launched to a yacht dragging its anchor in the harbour.
ot 3 new updates – tap to load
B  08:58
B  "Stay indoors, stay away from the sea front," the county's emergency coordinator, Ruth Adeyemi, told residents.
B  07:30
B  Schools in Carrow, Linmouth and Stainby will stay closed today.
sh Share this update
ot Load older updates
nl Storm alerts straight to your inbox – enter your email
nl+Sign me up
ot Weather · Carrow Point · 11°C · Gale · Wind 74mph
"""),

dict(id="en-003", lang="en", notes="Council election result with the result table flattened into story lines; consent banner, declared-seats widget, postcode finder.", text="""
ck This site keeps small files on your device to count visits and tailor adverts. Manage choices or accept.
ck+Accept all   Reject non-essential   Settings
nv News | Politics | Local elections 2026 | Results map
T  Brennock council: Greens take control for first time
ot Seats declared 60/60  ·  Turnout 38.4%
ot+Last refreshed 04:12
B  The Green Party has won outright control of Brennock District Council, gaining nine seats overnight.
B  Final result
B+ Green 31 (+9)
B+ Liberal Democrat 14 (−2)
B+ Conservative 9 (−6)
B+ Labour 5 (−1)
B+ Independent 1 (0)
B  Council leader-in-waiting Imogen Tarrant called it "a result built street by street".
B  Turnout was down almost four points on 2022.
B  The Conservatives lost all four seats in the Upper Brennock ward.
ot Find your council result
ot+Enter postcode  [ Go ]
rl Also in Local elections 2026
rl+Tanfield hung again after recount drama
rl+How the night unfolded in five charts
sh Share  Tweet  Email
"""),

dict(id="en-004", lang="en", ws=True, notes="Market wrap: index/FX quote strips as crypto_ticker, 'By the numbers' bullets kept, data-delay disclaimer, watchlist button; trailing whitespace.", text="""
ct FTSE 100 8,412.55 ▲0.62%  |  DAX 18,903.10 ▼0.14%  |  S&P 500 5,311.27 ▲0.35%  |  BTC/USD 71,204 ▲1.9%
nv Markets  >  Equities  >  Market wrap
T  Stocks close higher as chipmakers rally; oil slips
ot Kiera Moffat · Markets correspondent · 5 min read
B  LONDON, May 6 —
B  Shares in Europe and New York ended higher on Wednesday as semiconductor stocks recovered from last week's sell-off.
B  By the numbers
B+ - FTSE 100: +0.62% at 8,412.55
B+ - Stoxx 600: +0.48%
B+ - Brent crude: −1.3% at $81.40
B+ - Gold: flat at $2,318 an ounce
B  Dutch chip-equipment maker Veldmaar jumped 7% after lifting its full-year guidance.
B  "The panic was overdone," said Hannah Okoro, strategist at Brightwater Partners.
B  Investors now turn to Thursday's jobs data.
ot Watchlist: + Add VELD
ct EUR/USD 1.0861 +0.10%
ct+GBP/USD 1.2533 −0.05%
ct+ETH/USD 3,412.80 +2.4%
di Market data delayed by at least 15 minutes. Nothing on this page is a recommendation to buy or sell.
rl Most read in Markets
rl+Why the yen keeps surprising traders
rl+Three stocks fund managers sold in April
"""),

dict(id="en-005", lang="en", ws=True, notes="TV guide: short listing lines kept; trailer player, reminder/watchlist buttons in the middle, channel filters, ad label.", text="""
nv TV & Radio  ·  What's on  ·  Streaming  ·  Podcasts
T  What to watch tonight: Friday 20 March
ot Compiled by Lena Osei
B  Our pick
B  The Salt Road (BBC Two, 9pm)
ot ▶ Watch trailer  0:00 / 1:42
ot+Set reminder
ot+Add to watchlist
B  The second series of the smuggling drama opens with a storm, a wreck and a very unwelcome cousin.
B  Also tonight
B+ 7.30pm – Gardeners' Week (Channel 4): Raised beds on a budget.
B+ 8pm – Quiz of Kings (ITV1): The last heat before the semi-finals.
B+ 10pm – Late Lines (Sky Arts): Poet Marisa Kell reads from her new collection.
B  Film of the day
B  Northern Lights Motel (1998), Film4, 11.15pm – a slow-burning thriller that rewards patience.
nv Channel: All ▾   Time: Evening ▾   Genre: Drama ▾
rl Tomorrow's guide
rl+The week's best new streaming shows
ot Advertisement
sh Share this guide
"""),

dict(id="en-006", lang="en", notes="Recipe on a news site: ingredients and numbered method kept; jump/print/save buttons, star rating, comment prompt, recipe newsletter.", text="""
nv Food › Recipes › Quick dinners
T  Charred leek and butter bean stew in 25 minutes
ot Jump to recipe
ot+Print recipe
ot+Save to my recipes
ot ★★★★☆  4.3 (187 ratings)
B  This is the stew our test kitchen cooked three times in one week.
B  Serves 4. Prep 5 min. Cook 20 min.
B  Ingredients
B+ - 3 leeks, halved and sliced
B+ - 2 tins butter beans, drained
B+ - 500ml vegetable stock
B+ - 1 lemon, zested
B  Method
B+ 1. Char the leeks in a dry pan for 6 minutes.
B+ 2. Add the beans and stock and simmer for 12 minutes.
B+ 3. Finish with lemon zest and black pepper.
ot Rate this recipe: ☆ ☆ ☆ ☆ ☆
cm 42 cooks have left a note – add yours
nl Get one new weeknight recipe every Tuesday
nl+Your email address
nl+Subscribe
"""),

dict(id="en-007", lang="en", final=False, notes="Q&A interview with short Q:/A: lines kept; audio player and byline, share/save/gift bar, comment counter and rules. No final newline.", text="""
ot Listen · 7 min
T  'The last six miles are a conversation with yourself'
ot+Interview by Marcus Lyle
B  Coach Delia Brannigan has guided four runners to sub-2:30 marathons in two years. We asked her how.
B  Q: What do most beginners get wrong?
B  A: They race their long runs. Slow is the whole point.
B  Q: How many miles a week?
B  A: Fewer than you think. Consistency beats volume.
B  Q: What about race day nerves?
B  A: Write three words on your wrist and read them at mile 20.
B  Q: Which three?
B  A: "Relax. Arms. Breathe."
sh Share  ·  Save  ·  Gift this article
cm Comments (23)
cm+Be respectful. Comments are reviewed before they appear.
rl You might like
rl+Ten shoes our testers actually finished a marathon in
"""),

dict(id="en-008", lang="en", notes="Wildfire update with an 'At a glance' fact box kept, photo caption, agency credit, alert sign-up, map controls, air-quality widget.", text="""
T  Ridgeback fire grows to 18,000 acres; two towns ordered out
B  PINEHOLLOW, Calif., Aug 9 (Westwire) —
B  The Ridgeback fire more than doubled in size overnight, forcing evacuations in Pinehollow and Lark Flats.
C  Firefighters cut a containment line above Lark Flats on Saturday. Photo: Jess Amundsen/Westwire
B  At a glance
B+ • Size: 18,240 acres
B+ • Containment: 6%
B+ • Personnel: 1,150
B+ • Structures destroyed: 14
ot Air quality now: 162 Unhealthy  ·  Smoke advisory in effect
B  Evacuation centres are open at Pinehollow High School and the Tuolomar County fairgrounds.
B  "The wind is doing whatever it wants," said fire spokesperson Ben Achterberg.
at Reporting by Sara Lindahl in Pinehollow; editing by Tom Greaves
nl Get wildfire alerts for your county by text or email
ot Map: Zoom +  |  Zoom −  |  Full screen  |  Layers
rl Related coverage
rl+What to pack if you have 15 minutes to leave
rl+Insurers pull back from the foothills
"""),

dict(id="en-009", lang="en", final=False, notes="Timeline of a football ground ('1966 – …' lines kept) with an ad label in the middle, tag list, share bar, read-next teaser. No final newline.", text="""
nv Home  /  Local  /  Heritage
T  Sixty years of Mill Lane: a timeline
ot By Graham Pell | 11 April 2026
B  The ground where Dunmore Athletic have played since 1966 will host its final match next month.
B  1966 – Mill Lane opens with a friendly against a Royal Navy XI.
B  1974 – Floodlights installed after a fundraising drive by supporters.
B  1989 – Record crowd of 21,344 for the cup tie against Wexham.
ot Advertisement
B  2003 – The old Kop is demolished and replaced by the Foundry Stand.
B  2019 – Groundshare agreement signed with Dunmore Ladies.
B  2026 – Club confirms move to a 15,000-seat stadium at Riverside Quay.
B  Fans will be allowed on the pitch after the final whistle on 9 May.
nv Tags: Dunmore Athletic · Mill Lane · Stadiums · Heritage
sh Facebook  X  Email  Copy
rl Read next: The groundsman who never missed a match
"""),

dict(id="en-010", lang="en", nl="mixed", notes="Cricket live text commentary (ball-by-ball lines kept) under a live score box and tabs; this-over and partnership widgets, app prompt.", text="""
ot NRT 187/4 (20)  v  SWP 142/6 (16.2)  · SWP need 46 from 22
nv+Live  |  Scorecard  |  Commentary  |  Stats
T  Southport Wasps collapse as Norrington Titans close in
ot Live text commentary · Auto-refresh every 30s
B  16.2 – WICKET! Devlin c Harker b Osei 31. Wasps in trouble.
B  16.1 – Dot ball. Osei beats the outside edge.
B  15.6 – FOUR. Devlin carves one over point.
B  15.5 – Single to long-on.
B  Strategic timeout
B  Norrington's 187 was built on a 94-run stand between Anneke Ruys and Sam Harker.
ot This over: W . 4 1 . .
ot+Partnership 12 (9)   Req. RR 12.55
sh Share this match
nv Follow this match in the Scoreline app
"""),

dict(id="en-011", lang="en", notes="No headline: basketball report reposted on a crypto exchange news feed; doubled dek, top scorers list kept, token promo, squashed and spread price tickers, repost disclaimer, teaser block with doubled titles and site stamps.", text="""
du The Pelicans' arena crowd watched a 19-0 run decide it.The Pelicans' arena crowd watched a 19-0 run decide it.
B  Grayport Pelicans 112, Westmarch Foxes 98
B  A 19-0 run spanning the third and fourth quarters carried the Pelicans to their sixth straight win.
B  Guard Tyrese Mbeki finished with 31 points and nine assists.
B  Foxes coach Lotte Janssen said her side "ran out of legs, not ideas".
B  Top scorers
B+ Mbeki (GRY) 31
B+ Coleman (WST) 24
B+ Yoon (GRY) 19
cp List your token where 2 million traders look first – apply for a spotlight slot today.
ct Market Snapshot
ct+Lumora Logo
ct+Lumora Price(LMRA)
ct+$0.0412
ct+$0.0412$0.0412
ct+-3.27%
ct+USD
ct+Lumora (LMRA) Live Price Chart
di Notice: Articles on this feed are collected from third-party outlets for reference. Views are the authors' own and not those of Quvexa. To request removal of content you own, write to takedown@quvexa.example. Nothing here is investment advice.
rl More Stories
rl+Solana Validators Vote On Fee Split Proposal
rl+Solana Validators Vote On Fee Split Proposal
rl+The post Solana Validators Vote On Fee Split Proposal appeared on ChainPulseDaily.com. Validators on the network voted this week on
sh+Share
rl+ChainPulseDaily2026/03/02 11:07
rl+Grayport Council Approves Arena Parking Levy
rl+Grayport Council Approves Arena Parking Levy
rl+The post Grayport Council Approves Arena Parking Levy appeared on ChainPulseDaily.com. The city's arena district
sh+Share
rl+ChainPulseDaily2026/03/02 10:41
"""),

dict(id="en-012", lang="en", notes="Earthquake update: dateline and 'What we know' bullets kept; quake-tracker widget and map controls, wire credit, run of blank lines before the footer.", text="""
nv World › Asia-Pacific
T  Magnitude 6.4 quake strikes off Tavira Island; no tsunami threat
ot Published 03:18 · Updated 05:40
ot Quake tracker: M6.4 · depth 33 km · 41 km SW of Port Emery
ot+Zoom in  Zoom out  Reset map
B  PORT EMERY, Tavira Island —
B  A strong earthquake shook the southern coast of Tavira Island before dawn on Tuesday, cracking roads and cutting power to parts of Port Emery.
B  The island's geological office said there was no tsunami threat.
B  What we know so far
B+ - Three people treated for minor injuries
B+ - 12 aftershocks above magnitude 4
B+ - Port Emery airport closed for runway checks
B  "It rolled for almost a minute," said hotel worker Nalini Perera.
B  Schools across the south will remain closed on Wednesday.
~~
at With reporting from Pacifica Wire
sh Share  |  Post  |  Email
rl Latest on Tavira Island
rl+Why the island's fault lines worry seismologists
"""),

dict(id="en-013", lang="en", notes="Motor race report with a flattened result table and championship line kept; video player controls on top, driver-standings widget, race newsletter.", text="""
ot ▶  Highlights  02:31  ·  HD  ·  CC
T  Marchetti wins in Valdena as title race tightens
ot By Priya Raman
B  Luca Marchetti took his third win of the season at the Valdena street circuit, holding off Jonah Kettering by 1.4 seconds.
B  Race result
B+ 1. Luca Marchetti (Orbis) 44:12.803
B+ 2. Jonah Kettering (Vantor) +1.402
B+ 3. Ama Boateng (Orbis) +6.115
B+ 4. Felipe Arriaga (Delcar) +9.870
B+ 5. Ines Vogt (Vantor) +12.004
B  Championship
B+ Marchetti 112, Kettering 109, Boateng 87
B  "The tyres were finished with three laps to go," Marchetti said.
ot Driver standings  ›  Full table
ot+1  MAR  112
ot+2  KET  109
ot+3  BOA  87
nl The Grid Sheet: our race-weekend briefing every Friday. Sign up free.
rl More motorsport
rl+Kettering handed grid penalty for Sorrento round
sh Share this article
"""),

dict(id="en-014", lang="en", notes="How-to explainer: 'On this page' contents list repeats the three subheadings (each labelled once as body, once as noise), checklist kept, page-feedback widget, newsletter.", text="""
nv Money › Household bills
T  How to claim the £150 winter energy rebate
ot Updated 2 February 2026
nv On this page
nv+Who can claim
nv+What you need
nv+How to apply
B  About 2.1 million households can claim a one-off £150 rebate on their energy bill before 31 March.
B  Who can claim
B  You qualify if your household income is under £28,000 and you pay your own energy bill.
B  What you need
B+ - Your energy account number
B+ - A recent bill or statement
B+ - Your National Insurance number
B  How to apply
B  Apply online through your council's website, or call the helpline on 0300 555 0190.
B  Payments arrive within six weeks.
ot Was this page useful?  Yes  No
ot+Spotted a mistake on this page? Tell us
nl Bills explained, every fortnight. Add your email.
"""),

dict(id="en-015", lang="en", nl="single", notes="Weekend weather forecast: day subheadings and one-line forecasts kept; location weather widget with unit toggle and tabs, sun/UV widgets; single newlines.", text="""
ot London  12°C  Light rain  ·  °C | °F
nv Hourly   10-day   Radar
T  Weekend forecast: sunny Saturday, thunderstorms by Sunday night
ot Met desk  ·  Thursday 23 April 2026
B  Saturday
B  Dry and bright for most, with highs of 19C in the south-east.
B  Sunday
B  Cloud thickens from the west; thunderstorms likely after 8pm, with hail possible in Wales.
ot Advertisement
B  Monday
B  Fresher, with showers clearing by lunchtime.
B  Pollen: high on Saturday.
ot Sunrise 05:48  Sunset 20:12
ot UV index 5 Moderate
sh Share forecast
rl 5 places to escape the crowds this bank holiday
"""),

dict(id="hard-en-001", lang="en", hard=True, notes="Hard: story about a cookie-consent fine quotes banner wording and consent rules; the page carries its own consent dialog.", text="""
ck We and 214 partners store and read data on your device. Tap "OK" to agree or "Options" to choose.
ck+OK
ck+Options
nv Tech · Policy · Privacy
T  Regulator fines ticket site £2.4m over pre-ticked cookie boxes
ot Bethan Cole, technology correspondent
B  The Information Standards Office has fined FanGate £2.4m for setting advertising cookies before visitors made a choice.
B  Inspectors found the consent boxes on FanGate's banner already ticked.
B  "We value your privacy" appeared in letters twice the size of the refusal option.
B  The "Reject all" button was hidden behind a second screen.
B  What changes now
B+ - Rejecting cookies must take one click
B+ - No boxes may be pre-ticked
B+ - Sites must honour a refusal for 12 months
B  FanGate said it would appeal.
rl More on privacy
rl+Why your smart TV wants your postcode
sh Share  ·  Copy link
"""),

dict(id="hard-en-002", lang="en", hard=True, notes="Hard: crypto price story with prices and a 24h move list kept; the page carries a real price strip, exchange promo, trending tickers and a risk disclaimer.", text="""
ct BTC $63,118.40 −6.8%   ETH $3,021.55 −8.1%   SOL $131.02 −11.4%   XRP $0.4821 −5.2%
T  Bitcoin tumbles below $64,000 as leveraged bets unwind
ot Rafael Quist · 18 Jun 2026, 09:05 UTC
B  Bitcoin fell almost 7% in the past 24 hours to trade at $63,118, its lowest level since February.
B  More than $1.1bn of leveraged long positions were liquidated across major exchanges, according to data firm Tallystat.
B  Ether dropped 8% to $3,021.
B  "This is a leverage flush, not a change of story," said analyst Mira Sorensen.
B  How the majors moved (24h)
B+ Bitcoin: −6.8%
B+ Ether: −8.1%
B+ Solana: −11.4%
cp Trade spot and futures with zero maker fees this month – open an account in 2 minutes.
cp+Claim bonus
ct Trending
ct+PEPE $0.00000912 −14.0%
ct+DOGE $0.1177 −9.3%
di This article is for information only and does not constitute investment advice. Crypto assets are volatile; you may lose all of your capital.
rl Related
rl+Tallystat: funding rates hit six-month high
"""),

dict(id="hard-en-003", lang="en", hard=True, nl="single", notes="Hard: story about a club's ticket app failing quotes app wording; the page carries real app-install prompts (navigation), an ad label and a comment counter; single newlines.", text="""
nv Get the Kestrel Sports app – live scores, alerts and more
nv Open in app
T  Rovers' new ticket app crashes as 9,000 fans queue at turnstiles
B  Kestrel Rovers have apologised after their new matchday app failed on Saturday, leaving thousands of supporters stuck outside Quayside Park.
B  The app showed fans a message reading "Something went wrong. Please try again later."
B  Kick-off was delayed by 25 minutes.
ot Advertisement
B  Fans' group chair Dennis Aboagye said: "Download our app, they said. Easier, they said."
B  The club said paper tickets would be available for the next two home games.
B  What fans should do
B  - Update the app to version 2.4.1
B  - Bring photo ID to the ticket office
nv Download on the App Store | Get it on Google Play
cm 318 comments
sh Share
"""),

dict(id="hard-en-004", lang="en", hard=True, notes="Hard: a paper switching off comments on court reports, quoting its own notice; the page has a real comment block.", text="""
T  The Carrow Courier switches off comments on court reports
B  The Carrow Courier will no longer allow reader comments on court and inquest reports, editor Jasper Lowe announced on Monday.
B  The paper said moderators had removed more than 4,000 comments on such stories last year.
B  From now on those articles will end with the line: "Comments are not available on this story for legal reasons."
B  "Open discussion matters, but not at the expense of a fair trial," Lowe said.
B  Comments remain open on sport, opinion and community stories.
ot Ifeoma Clarke covers the media industry for the Courier.
cm Join the discussion
cm+What do you think? 57 comments
cm+Sort by: Newest ▾
cm+Log in to comment
rl More from Media
rl+Regional papers test AI summaries
sh Share this
"""),

dict(id="hard-en-005", lang="en", hard=True, notes="Hard: study of a 'read first' prompt on share buttons, quoting the prompt; the page starts and ends with real share bars.", text="""
sh Share
sh+Post
sh+Email
T  Adding a 'read first' prompt to share buttons cut misleading posts by 18%, study finds
ot Nadia Ferrand · Science
B  People shared fewer misleading headlines when a share button asked them whether they had read the article, researchers at Halvard University report.
B  The prompt simply said: "You haven't opened this link. Share anyway?"
B  In the trial, 41,000 users saw the prompt over six weeks.
B  Shares of links rated false fell by 18%.
B  Shares of accurate stories barely changed.
B  The team now wants platforms to test the prompt on the "Copy link" option too.
sh Share this story: Facebook | X | LinkedIn | WhatsApp
sh+Copy link
rl Related: Why outrage travels faster than corrections
ot Advertisement
"""),

dict(id="hard-en-006", lang="en", hard=True, notes="Hard: editor's note on lifting the paywall for storm coverage mentions subscription prices; the page has a real paywall meter and subscribe offers.", text="""
ot You have 2 free articles left this month. Subscribe from £1 a week.
nv Home  ›  News  ›  Storm Imelda
T  Why we have lifted the paywall on storm coverage
ot By Grace Whitlow, Editor
B  From today every article about Storm Imelda on this site is free to read.
B  Emergency information should not sit behind a subscription.
B  Those stories carry a banner saying "Free to read: public safety information."
B  Our other journalism remains for subscribers.
B  If you can support us, a subscription costs £5.99 a month.
B  — Grace Whitlow
ot Subscriber already? Sign in here
ot+Subscribe now – first month £1
nl Sign up for the Morning Briefing
sh Share
"""),

dict(id="hard-en-007", lang="en", hard=True, notes="Hard: story on a streaming service's 'Because you watched' row; the page carries a real 'Recommended for you' block and a sponsored teaser.", text="""
nv Culture › Streaming
T  'Because you watched': inside the algorithm that decides your evening
ot Tom Achebe | 7 min read
B  Every time you finish a series on Streamly, a row labelled "Because you watched" appears within seconds.
B  Engineers at the company say the row is rebuilt for each viewer up to 40 times a day.
B  Three signals matter most
B+ 1. What you abandoned after ten minutes
B+ 2. What time of day you watch
B+ 3. What people with similar histories finished
B  Critics say the system narrows taste.
B  "It is a mirror, not a window," said media researcher Oona Field.
rl Recommended for you
rl+The slow death of the TV listings magazine
rl+Ten documentaries the algorithm will never show you
rl+Why every thriller poster is now orange and blue
ot Sponsored: Your next binge starts here
sh Share  ·  Save for later
"""),
]
