# English cases (normal en-1xx and hard-en-1xx). Everything here is invented.
CASES = []


def case(id, notes, src, lang="en", **opt):
    CASES.append(dict(id=id, lang=lang, notes=notes, src=src, **opt))


case("en-101", "aggregator header, breadcrumb, byline; share line, 'More from' block and takedown notice at the bottom; in-story subheading.", """
at Harbourline Digest
nv Home › Business › Shipping
T Kestrel Bay port adds night shifts as container backlog grows
ot By Maren Oduya | Updated 14 Feb 2026, 07:12 GMT
B The port authority in Kestrel Bay will run its cranes through the night from Monday, after a backlog of more than 11,000 containers built up during the winter storms.
B Officials said three of the port's six berths were shut for a combined nine days in January, when gusts above 90 km/h made crane work unsafe.
B "We are not going to clear this in a week," said operations director Priya Lanners. "But we can stop it growing."
B The night shifts will add roughly 140 dock workers per rotation, drawn mostly from a pool of casual staff.
B What changes for shippers
B Importers will be able to book late pickup slots between 22:00 and 05:00 through the existing booking portal.
B Trucking firms welcomed the move but warned that closures on the coastal highway still limit how quickly boxes can leave the terminal.
sh Share this story: Facebook · X · LinkedIn · Email
rl More from Harbourline Digest
rl Rail freight volumes slip for third straight month
rl Fuel surcharge on coastal ferries to rise in March
dc Harbourline Digest compiles headlines from publicly available sources. Copyright in each article stays with its original publisher; write to takedown@harbourlinedigest.net to have an item removed.
""")

case("en-102", "doubled dek on the first line, crypto-exchange news page: multi-line price widget, exchange promo, repost disclaimer, related block with doubled teaser titles, 'The post ... appeared on' teasers and site+timestamp stamps.", """
dp Lagos lawmakers approve a bus rapid transit line to the airport.Lagos lawmakers approve a bus rapid transit line to the airport.
T Lagos approves airport rapid bus corridor
B LAGOS, March 3 —
B The Lagos State House of Assembly on Tuesday approved a 27-kilometre bus rapid transit corridor linking the mainland to Murtala Muhammed International Airport.
B The line, budgeted at 184 billion naira, will run on dedicated lanes for most of its length and include 14 stations.
B Transport commissioner Ifeoma Daniju said construction could begin before the rainy season if contractors are confirmed by April.
B Commuters currently spend up to two hours on the route during peak periods, according to the state's own traffic survey.
B Opposition members backed the bill but asked for quarterly progress reports to the assembly.
cp Trade 300+ tokens with zero maker fees this month. Open your BitNova account in two minutes.
tk Trending Asset
>tk Render
>tk Render (RNDR)
>tk $7.482
>tk ▼ 2.14%
>tk 24h Vol $311.6M
dc Notice: Articles on this page are republished from third-party outlets for general information. BitNova does not endorse their views, and all copyright remains with the authors. Rights holders may request removal by e-mailing legal@bitnova-exchange.com. Nothing here is investment, tax or legal advice.
rl Recommended Reads
rl Three Altcoins Analysts Are Watching Ahead of the Next Fed Meeting
rl Three Altcoins Analysts Are Watching Ahead of the Next Fed Meeting
rl The post Three Altcoins Analysts Are Watching Ahead of the Next Fed Meeting appeared on CoinLantern.io. Markets opened the week with
rl CoinLantern2026/03/03 09:15
rl Kenyan Mobile Money Operator Pilots Stablecoin Remittances
rl Kenyan Mobile Money Operator Pilots Stablecoin Remittances
rl The post Kenyan Mobile Money Operator Pilots Stablecoin Remittances appeared on CoinLantern.io. A pilot launched on Monday lets
rl CoinLantern2026/03/02 21:47
""")

case("en-103", "photo caption with credit; ad label and 'story continues' marker mid-story; newsletter pitch and app prompt at bottom; single newlines throughout.", """
T Hospital admissions climb as heatwave enters second week
C Nurses set up a cooling tent outside Ridgemont General on Sunday. (Photo: Tomas Verhey / Valley Press Agency)
B Hospitals across the Ridgemont valley reported a 38 percent rise in heat-related admissions over the past seven days, health officials said on Monday.
B Temperatures have exceeded 41C on nine consecutive afternoons.
ot ADVERTISEMENT
ot Article continues after this ad
B Most patients were over 70 or were outdoor workers, the regional health board said.
B Emergency departments have opened overflow wards and postponed some elective surgery.
B Cooling centres in libraries and community halls will stay open until midnight through Friday.
nl Get the Valley Morning Briefing in your inbox every weekday. It's free.
nl Enter your email address
nl Sign me up
ot Read the Valley Press on the go — download our app for iOS and Android.
""", sep="single")

case("en-104", "no headline in the scrape; cookie banner with button labels at top; tag list, comments widget and site footer at the bottom.", """
ck We and our 214 partners store and access information on your device to deliver personalised ads and content, measure audiences and improve our services.
ck Agree and close
ck Learn more
ck Disagree
B The city council voted 9–4 on Thursday to convert two traffic lanes on Orchard Avenue into protected cycle tracks, ending a two-year dispute over the plan.
B Supporters said the change would cut crashes on one of the city's most dangerous corridors, where 23 cyclists were injured last year.
B Shop owners along the avenue had collected 1,800 signatures against the project, arguing that loss of parking would hurt trade.
B Councillor Dana Whitcombe said a loading zone would be added on every block.
B Work is due to start in June.
nv Tags: cycling, city council, Orchard Avenue, transport
cm 7 comments
cm Join the discussion — sign in to comment
cm Newest first
ot © 2026 The Brookhaven Courier. All rights reserved.
""")

case("en-105", "squashed one-line ticker strip at the top, 'Source:' line and repost notice at the bottom, plus a crypto promo; a short one-line paragraph in the body.", """
tk BTC $64,218.40 +1.12%ETH $3,104.77 -0.48%SOL $148.02 +3.65%BNB $587.10 +0.21%
T University team unveils sodium battery that charges in 11 minutes
B Researchers at Calder Institute of Technology say they have built a sodium-ion battery cell that reaches 80 percent charge in 11 minutes and survives more than 4,000 cycles.
B The team replaced the usual hard-carbon anode with a layered material derived from agricultural waste.
B That matters.
B Sodium is far more abundant than lithium, and cheaper cells could make home storage affordable for millions of households, lead author Dr. Hana Rostova said.
B The group has filed two patents and is in talks with a manufacturer in Poland about a pilot line.
B Independent experts cautioned that laboratory cells often perform worse once scaled up.
at Source: Calder Tech News Office
cp New users: deposit $50 and unlock a $20 trading bonus on Coinvale. Terms apply.
dc This article was republished from an external source and does not reflect the opinions of Coinvale. For copyright concerns please contact compliance@coinvale.io.
""")

case("en-106", "doubled title line (second copy = duplicate_line); byline and time; 'Originally published' line; share bar and comments at the bottom; bullet list of facts in body.", """
T Airline cabin crew vote to strike over rostering changes
dp Airline cabin crew vote to strike over rostering changes
ot Jessa Monroe, Transport Correspondent
ot Published 09:41, Wed 21 January 2026
B Cabin crew at regional carrier SkyBridge have voted to strike for four days next month after talks over new rostering rules broke down.
B The union said 87 percent of members who voted backed the action, on a turnout of 72 percent.
B Strike dates announced:
B - Thursday 12 February
B - Friday 13 February
B - Monday 16 February
B - Tuesday 17 February
B SkyBridge said it would try to operate its full schedule using contractors and apologised to passengers in advance.
at Originally published by The Northern Wire.
sh Share on WhatsApp
sh Share on Facebook
sh Copy link
cm Comments (31)
cm Be the first to reply to the most recent comment
""")

case("en-107", "aggregator header; photo captions with credits; 'images for reference only' style notice and 'Aggregated via' line at the bottom; closed comments line.", """
at The Pinecrest Wire
T Museum returns 42 bronze figurines to Benin City
C The figurines on display before packing in Kessling. Credit: Anna Ferrow/Museum Kessling
B The Museum of World Cultures in Kessling formally handed back 42 bronze figurines to a delegation from Nigeria on Friday.
B The pieces were taken from Benin City during a British military expedition in 1897 and sold to the museum in 1923.
B Museum director Felix Umbreit called the return "a debt that should have been paid long ago".
C Delegates during Friday's ceremony. Photo: Kessling City Archive
B The figurines will go on display at a new gallery in Benin City later this year.
B Nigerian officials said talks with three other European museums are continuing.
ot Pictures shown are for illustration only. Text and images were collected automatically from web sources, and all rights belong to their respective owners.
at Aggregated via —
cm Commenting has been disabled for this post.
""")

case("en-108", "breadcrumb and 'Listen' marker at top; paywall prompt in the middle; related block and 'Sponsored' link list at the bottom; CRLF line endings.", """
nv News / World / Europe
ot Listen to this story · 4 min
T Storm Ilse knocks out power to 300,000 homes
B More than 300,000 homes across northern Portugal and Galicia were without electricity on Sunday after Storm Ilse brought gusts of up to 140 km/h.
B Two people were killed by falling trees, emergency services said.
ot You've read 3 of your 5 free articles this month. Subscribe for unlimited access from £1 a week.
ot Already a subscriber? Log in
B Grid operators said repairs could take until Wednesday in rural areas.
B Ferry services between Vigo and the Cíes islands were cancelled.
rl Related coverage
rl Europe braces for wettest February in a decade
rl How storms get their names
ot Sponsored
rl Retirees are switching to this little-known pension trick
rl The 7 cruise deals everyone is booking this spring
""", crlf=True)

case("en-109", "aggregator site header at the top; after the story a squashed one-line ticker (non-seed layout), earn promo, repost disclaimer and related teasers with a doubled title, a 'The post ... appeared on' line and a 'Site | date' stamp; trailing whitespace.", """
at NewsOrbit Daily
T Central bank holds rates, signals cut by summer
B The Reserve Bank of Valdoria kept its benchmark rate at 5.25 percent on Thursday but said it expected to start lowering borrowing costs "in the coming months".
B Governor Ilan Petrosyan said inflation had fallen to 3.1 percent and was on track to reach the 2 percent target next year.
B Markets had priced in a hold.
B The currency fell 0.6 percent against the dollar after the statement.
tk XRP▲4.02%0.6311 USDXRP Ledger·Vol 1.8B
cp Earn up to 9% APR on idle USDT with Flexi-Save. Start now on ArcEx.
dc Disclaimer: This content is reproduced from third-party media for reference only and does not represent the position of ArcEx. If any material infringes your rights, please email ip@arcex.com for removal. ArcEx does not guarantee the accuracy of the content. Trading digital assets involves risk.
rl Read Next
rl Why Stablecoin Supply Hit a Record This Week
rl Why Stablecoin Supply Hit a Record This Week
rl The post Why Stablecoin Supply Hit a Record This Week appeared on ChainHerald. Total supply of dollar-pegged tokens
rl ChainHerald | 19 Feb 2026 14:02
""", trail=4)

case("en-110", "navigation menu lines at top; byline; mid-story related 'Read more' link; newsletter box and app download prompt at bottom; standalone dateline and one-line quote paragraph.", """
nv Menu
nv Sections
nv Search
T Drought pushes rice prices to five-year high in Mekong provinces
ot By Linh Tran · 6 min read
B CAN THO, Vietnam —
B Wholesale rice prices in the Mekong Delta reached their highest level in five years this week as saltwater intrusion damaged crops in four provinces.
B Farmers in Ben Tre and Tra Vinh said canal water had become too salty to use on their paddies.
rl READ MORE: Vietnam's coffee exports slide as beans stay in warehouses
B "We planted twice and lost twice," said farmer Nguyen Van Hau.
B The agriculture ministry said about 48,000 hectares had been affected.
B Exporters expect shipments to fall by about 8 percent in the first half of the year.
nl Want stories like this every Friday? Subscribe to the Asia Harvest newsletter.
ot Get the Delta Times app for breaking news alerts.
""")

case("en-111", "single-headline page with photo caption; share counts and tag list; 'Originally appeared on' attribution; cookie banner at bottom with three buttons; trailing whitespace on lines.", """
T Ferry operator orders three electric vessels for island routes
C One of the new electric ferries as shown in a design rendering. (Image: Norvik Yards)
sh 128 shares
B Island Link Ferries has ordered three battery-electric vessels from Norvik Yards to serve its shortest routes from 2028.
B Each ferry will carry 300 passengers and 60 cars and recharge in eight minutes at the quay.
B The company said the deal was worth about 95 million euros.
B Fuel currently makes up a third of its operating costs.
nv Filed under: Ferries · Electric transport · Norvik
at This article originally appeared on Maritime Pulse.
ck This site relies on cookies to remember your settings and to show relevant offers. You can change your choices at any time.
ck Allow all
ck Reject non-essential
ck Preferences
""", trail=3)

case("en-112", "aggregator header and doubled dek; in-story subheadings; 'Advertisement' marker mid-story; related block with doubled teaser titles and stamps; no final newline.", """
dp Thousands of jobs are at stake as the plant winds down.Thousands of jobs are at stake as the plant winds down.
at Brightfeed Aggregator
T Carmaker to close Dunmore plant by 2027
B Auto maker Varta Motors will close its plant in Dunmore by the end of 2027, putting 3,400 jobs at risk, the company said on Friday.
B Why Dunmore
B The factory builds combustion-engine hatchbacks that the company plans to stop selling in Europe by 2028.
ot Advertisement
B What happens to workers
B The company said it would offer transfers to its battery plant 200 kilometres away and early retirement to staff over 58.
B Unions called the decision "a betrayal" and said they would request an emergency meeting with the regional government.
rl Don't miss
rl Battery Plant Hiring Spree Faces Skills Shortage
rl Battery Plant Hiring Spree Faces Skills Shortage
rl Brightfeed2026/01/30 18:20
rl Union Leaders Meet Ministers Over Auto Sector Jobs
rl Union Leaders Meet Ministers Over Auto Sector Jobs
rl Brightfeed2026/01/29 11:05
""", nofinal=True)

case("en-113", "Stadium story; 'Story continues below' marker, inline related link; comments widget with sort and login lines, 'Source' attribution at bottom; mixed newlines.", """
nv Sport › Football › Premier Division
T Harbour City FC unveils plans for 42,000-seat stadium
ot Updated 3 hours ago
B Harbour City FC has submitted plans for a 42,000-seat stadium on the site of a disused gasworks on the east bank of the river.
B The club's current ground holds 19,500 and has sold out every home match for four seasons.
ot Story continues below
B Chairman Robert Esterhuizen said the project would be privately financed and could open for the 2029–30 season.
rl Also read: Harbour City's academy produces record number of debutants
B Residents' groups said they were concerned about matchday traffic.
B A public consultation opens next week.
cm Comments
cm Log in or register to post comments
cm Sort by: Top
at Source: Harbour Evening Standard
""", sep="mixed")

case("en-114", "crypto-site scrape of a general story: multi-line ticker widget at top, deposit promo mid-story, reposting disclaimer and related teasers at bottom; short bullet facts.", """
tk Hot Coins
>tk ETH
>tk 3,087.55
>tk -1.36%
>tk DOGE
>tk 0.1644
>tk +6.90%
T Solar farm on former coal mine begins supplying power
B A 220-megawatt solar farm built on a former open-cast coal mine in Greyvale began supplying power to the grid on Monday.
B Key facts:
B • 410,000 panels
B • 600 hectares of restored land
B • Enough electricity for about 90,000 homes
cp Claim your welcome pack: up to 500 USDT in futures vouchers when you register on Quantix today.
B The operator said sheep would graze between the rows to keep grass down.
B Local officials hope the project will bring back some of the jobs lost when the mine closed in 2017.
dc Content on this page is reposted from public sources for information only; Quantix is not responsible for its accuracy. All rights belong to the original publishers. Contact media@quantix.exchange for takedown requests.
rl Hot Topics
rl Miners Offload Reserves as Hashprice Slides
rl Miners Offload Reserves as Hashprice Slides
rl The post Miners Offload Reserves as Hashprice Slides appeared on BlockDispatch. Public miners sold
rl BlockDispatch · 2026-03-10 06:58
""")

case("hard-en-101", "HARD: story about a fine for a manipulative cookie banner; quoted banner text and button labels inside sentences, short subheadings ('Reject all, in one click', 'The fine') must be kept; real cookie banner with buttons at the bottom.", """
at Continental Policy Review
T Regulator fines news publisher €4.1m over 'nudging' cookie banner
ot By Sophie Armand — 12 March 2026
B The data protection authority of Luxembourg-Ville has fined publisher Medialux €4.1 million for a cookie banner that it said pushed readers into accepting tracking.
B The banner read "We value your privacy. Accept all to continue reading, or manage your options", with the accept button in bright green and the alternative in grey text.
B Inspectors found that refusing cookies took five clicks, while accepting took one.
B Reject all, in one click
B Under the ruling, Medialux must add a "Reject all" button of the same size and colour as "Accept all" within 60 days.
B Consent must be as easy to withdraw as to give.
B That sentence, from the authority's decision, is likely to be quoted in cases across the region, lawyers said.
B The fine
B The penalty is the largest the authority has imposed on a media company. Medialux said it would appeal.
sh Share article
ck Your privacy matters to us. We use cookies to analyse traffic and show you tailored ads. Choose "Accept" to allow all, or open settings to pick.
ck Accept
ck Settings
""", hard=True)

case("hard-en-102", "HARD: crypto market story full of prices and percentages, including a bullet list that looks like a ticker; these are body. Real multi-line ticker widget and squashed ticker plus an exchange promo surround it.", """
tk BTC/USDT 60,412.8 -3.91% | ETH/USDT 2,712.3 -6.30% | SOL/USDT 131.40 -8.12%
T Bitcoin slides below $60,000 as $1.2bn in leveraged bets unwind
ot Coin Morning Staff · 2026-02-25 16:20 UTC
B Bitcoin fell as low as $58,910 on Wednesday, its weakest level since October, before recovering to trade near $60,400 by late afternoon in London.
B Ether lost 6.3% to $2,712, while Solana dropped 8.1% to $131.40.
B Liquidations
B More than $1.2 billion of leveraged long positions were forcibly closed in 24 hours, according to data from analytics firm Coinsight.
B Moves over the day:
B - Bitcoin: -3.9%
B - Ether: -6.3%
B - Solana: -8.1%
B - XRP: -2.2%
B "The market was crowded on one side," said Mira Kolbe, head of research at Hallstead Digital. "When funding rates are that high, a 5% drop becomes a 10% drop very quickly."
B Analysts said the $56,000 level, where buyers stepped in twice in January, would be watched closely.
cp Trade BTC perpetuals with up to 100x leverage on Vexo. Sign up and get a 30% fee rebate.
tk Price Watch
>tk Bitcoin
>tk BTC
>tk $60,402.11
>tk -3.88%
>tk Market cap $1.19T
""", hard=True)

case("hard-en-103", "HARD: study about social-media share buttons; subheadings 'Share less, read more?' and the quoted 'Share' button must be kept; real share bar lines at top and bottom.", """
at Signal & Noise Weekly
sh Share
sh Tweet
sh Email
T Removing the share button made people read more, study finds
B Users who could not reshare posts with one tap read 23 percent more of the articles they clicked on, according to a study published on Monday.
B Researchers at Lindqvist University hid the "Share" button for half of 18,000 volunteer accounts for six weeks. The other half used the app as normal.
B Share less, read more?
B People in the test group still shared links, but they had to copy them manually, which took about eight seconds longer.
B "Friction is not always bad," said co-author Elina Varga. "A few seconds gave people time to ask whether they had actually read the thing."
B The platform that took part in the study has not said whether it will change its design.
sh Share this article
sh Facebook
sh LinkedIn
sh Reddit
sh Copy link
""", hard=True)

case("hard-en-104", "HARD: newspaper shuts its comment section; body quotes 'Comments are closed for this story' and a reader-comments subheading; real comment widget lines at the bottom.", """
nv Media › Newspapers
T The Ledger-Courier switches off reader comments after 19 years
ot Posted by Grant Ishikawa on February 4, 2026
B The Ledger-Courier has closed the comment sections under all of its online articles, ending a feature it launched in 2007.
B Readers now see a grey box that says "Comments are closed for this story" under every article, including archived ones.
B Editor Ruth Okafor said moderating about 6,000 comments a day had cost the paper two full-time jobs.
B What readers said
B In a reader survey last autumn, 61 percent said they never read the comments and 9 percent said they posted regularly.
B The paper will instead publish a weekly selection of letters.
cm 214 Comments
cm Leave a comment
cm You must be logged in to post a comment.
cm Oldest · Newest · Most liked
""", hard=True)

case("hard-en-105", "HARD: story about the boom in local e-mail newsletters; body quotes a newsletter sign-off and has the subheading 'Subscribe and pay?'; real newsletter pitch block mid-page and at the bottom.", """
T Local newsletters now outnumber local newspapers in three states
ot By Dev Ramaswamy | March 2, 2026 at 6:00 a.m.
B Independent e-mail newsletters covering a single town or county now outnumber local printed newspapers in Oregon, Vermont and New Mexico, a survey found.
B The Rural Press Lab counted 412 such newsletters, up from 96 in 2021.
nl Like what you're reading? Get The Local Ledger delivered free every Sunday.
nl Your email
nl Subscribe
B Many of them end with the same appeal: "Forward this to a neighbour who would want to know."
B Subscribe and pay?
B Fewer than one in five readers pays for a subscription, but most founders said that was enough to cover one reporter.
B Critics worry that newsletters rarely cover court hearings or council budgets in depth.
nl Sign up for our daily newsletter and never miss a story.
nl By signing up you agree to our Terms of Use and Privacy Policy.
""", hard=True)

case("hard-en-106", "HARD: regulator's new rules on advert labels and sponsored posts; body has the subheadings 'What counts as an ad' and 'Sponsored, but not labelled' and quotes the words 'Advertisement' and 'Paid partnership'; real ad labels and sponsored links list on the page.", """
nv Home > Business > Media
ot ADVERTISEMENT
T Influencers must label paid posts at the top, watchdog rules
B The Advertising Standards Council said on Tuesday that paid social-media posts must carry a clear label in the first line, not hidden among hashtags.
B What counts as an ad
B Any post for which a creator receives money, free products worth more than 50 dollars or commission on sales must carry the word "Advertisement" or "Paid partnership" before any other text.
ot Advertisement
B Sponsored, but not labelled
B In a review of 1,000 posts, the council found that 37 percent of sponsored content carried no label at all.
B Creators who break the rules three times could have their posts removed by platforms.
ot Sponsored Links
rl These Shoes Are Taking Over the Country — See Why
rl Doctors Stunned by This Simple Morning Habit
rl Paid Content by Brightwell Financial
""", hard=True)

case("hard-en-107", "HARD: consumer watchdog on property ads that use 'images for reference only' notices; those quoted notices in the body must be kept; real scraper 'images for reference' notice and attribution at the bottom; caption with credit.", """
at PropertyWire Hub
T Watchdog cracks down on 'for illustration only' photos in flat listings
C A show flat in Tseung Wan district. Photo: Kirsten Moll for PropertyWire
B Estate agents will no longer be able to rely on the phrase "Images are for reference only" to excuse photos that do not show the actual flat, the Consumer Affairs Board said on Wednesday.
B The board reviewed 2,300 online listings and found that one in four used photos of a different unit, often a furnished show flat.
B Notices such as "Pictures for illustrative purposes only" and "Actual unit may differ" will not protect agents if the differences are material, the board said.
B Agents have three months to update their listings.
ot All pictures are for reference purposes only. Images and articles are collected from third-party sites; rights remain with the original owners.
at Collected from —
""", hard=True)

case("hard-en-108", "HARD: story about 'not financial advice' disclaimers used by crypto influencers; body quotes disclaimers and contains price sentences; a real reposting disclaimer and crypto promo are on the page too.", """
T 'Not financial advice' disclaimers won't shield crypto promoters, regulator warns
ot 2026-01-14 · 5 min read
B The Securities Commission said on Thursday that adding "This is not financial advice" to a video does not protect a promoter who is paid to push a token.
B The warning follows a case in which an influencer with 1.4 million followers promoted a token that rose from $0.002 to $0.09 in a week before collapsing by 97%.
B Disclaimers are not a defence
B "A disclaimer at the bottom of the screen does not undo the message at the top," commission chair Lorena Vidal said.
B The commission said promoters must disclose payments and holdings in the same video or post.
cp Buy your first crypto in minutes with Tradeplex. Zero fees on your first $1,000.
dc Risk warning: Materials on this site are republished from other sources and are not investment advice. Tradeplex accepts no liability for decisions made on the basis of this content. Copyright belongs to the original authors; to request removal write to press@tradeplex.com.
""", hard=True)
