"""textset-dev27, writer A, part 1: English cases en-001 .. en-012.

Sentence-shaped furniture: disclaimers, editor's notes, membership appeals, paywall and app
pitches, newsletter pitches in prose, bios, contact and tip lines, agency credits and teaser
paragraphs, mixed with the usual short furniture. Tagged line lists for
../textset-dev20/src/make_cases.py.
"""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="Metro paper, city council transport vote. Membership appeal between paragraphs (other), reporter bio and contact line (other), comment-policy paragraph (comments) and a reprint notice (disclaimer) at the bottom.",
     text="""
nav|Skip to content
nav|News  Politics  Transport  Opinion  Sport  Life
T|Council backs bus lanes on Carrow Road after three-hour debate
oth|By Imogen Fairclough
oth|Published 6:42 p.m. Tuesday
B|Redfield city council voted 9-4 on Tuesday night to paint dedicated bus lanes along the full length of Carrow Road, ending a two-year argument over the city's busiest corridor.
B|The lanes will run from the hospital roundabout to Vane Street and operate from 7 a.m. to 7 p.m. on weekdays.
B|Shopkeepers on the eastern stretch had gathered more than 1,800 signatures against the plan, saying the loss of 46 parking bays would drive customers to the out-of-town retail park.
oth|Local reporting like this takes time and money. If you value knowing what happens in your council chamber, please consider becoming a Redfield Courier member from £4 a month.
B|"Nobody on the number 12 should be stuck behind a delivery van for twenty minutes," said councillor Dev Marlowe, who chairs the transport committee.
B|Opponents won one concession: loading will be allowed between 10 a.m. and noon.
B|Work is due to begin in March and cost £2.3 million, most of it from a regional transport grant.
oth|Imogen Fairclough is the Courier's local democracy reporter. She has covered Redfield city hall since 2021.
oth|You can reach Imogen at imogen.fairclough@redfieldcourier.co.uk or on 01632 960 418.
com|We want our comment section to be a place for civil debate. Comments that are abusive, off-topic or that name private individuals will be removed, and repeat offenders will be blocked.
com|Show 23 comments
dis|All content on this site is copyright of the Redfield Courier Ltd. Reproduction in any form without written permission is prohibited.
"""),

dict(id="en-002", lang="en", hard=False, opts="crlf",
     notes="Markets page, food company results. Index strip at the top (crypto_ticker), a not-advice note and a forward-looking-statement paragraph at the bottom (disclaimer), related teasers with a one-sentence summary each (related_links).",
     text="""
tk|FTSE 100 8,412.6 +0.4%   FTSE 250 20,118.3 -0.2%   GBP/USD 1.2714   Brent $81.40
nav|Markets / Companies / Consumer
T|Harrowgate Foods lifts dividend as own-label sales jump 14%
oth|Nadia Brennecke, Markets Reporter
oth|Thursday 12 March 2026, 08:15 GMT
B|Harrowgate Foods raised its full-year dividend by 9% on Thursday after supermarket own-label contracts pushed revenue to £2.61bn.
B|Pre-tax profit rose to £188m from £151m a year earlier, ahead of the £176m analysts had pencilled in.
B|Shares rose 6.2% to 412p in early trading.
B|Chief executive Marcus Oyelaran said the group had signed two new ready-meal contracts and would open a chilled-food plant near Doncaster next year.
B|He warned that wage costs would rise by about £22m in the coming year.
sh|Share this article
dis|This article is for information purposes only and should not be taken as a recommendation to buy or sell any security. Always do your own research or consult an authorised adviser.
dis|Certain statements quoted in this report are forward-looking and involve risks and uncertainties that could cause actual results to differ materially from those expressed or implied.
rel|More from Markets
rel|Grocers brace for summer price war
rel|Discounters are cutting the price of 300 staple lines as they chase shoppers ahead of the school holidays.
rel|Pound slips after jobs data surprise
rel|Sterling fell against the dollar after unemployment rose to its highest level in three years.
"""),

dict(id="en-003", lang="en", hard=False, opts="ws",
     notes="Health site, teen sleep study with a photo caption. Medical not-advice note between paragraphs (disclaimer), newsletter pitch in prose (newsletter), reviewer credit (attribution), reading time and feedback widget (other).",
     text="""
nav|Wellbeing Hub
nav|Conditions | Nutrition | Sleep | Mental health | Family
T|Teenagers who stop scrolling an hour before bed sleep 40 minutes longer, trial finds
oth|6 min read
C|A student checks her phone in a darkened bedroom. Photo: Tamsin Kerr / Wellbeing Hub
B|A school-based trial involving 612 pupils in four towns has found that teenagers who put their phones away an hour before lights-out slept an average of 41 minutes longer each night.
B|The study, run by researchers at the University of Eastmoor, asked one group of pupils to leave their phones in a kitchen drawer from 9 p.m.
dis|This article is for general information only and is not a substitute for advice from your doctor or another qualified health professional.
B|After six weeks, that group also reported fewer headaches and less daytime sleepiness.
B|Average sleep onset
B|Phone group: 22 minutes
B|Control group: 47 minutes
nl|If you found this useful, our free Sleep Better newsletter arrives every Sunday evening with one practical tip and the latest research, written by our health team.
B|Lead author Dr Saira Lindqvist said parents should set the rule for the whole household: "It works far better when the adults do it too."
att|Medically reviewed by Dr Owen Patchett, GP, on 3 February 2026.
oth|Was this article helpful?  Yes  No
"""),

dict(id="en-004", lang="en", hard=False, opts="",
     notes="Non-profit investigative newsroom, landlord story. Funder note at the top (other), republication credit (attribution), donation appeal in prose and a republish-for-free notice at the bottom (other, disclaimer).",
     text="""
nav|The Tributary — Independent news for the Lower Ouse valley
oth|Produced with support from the Harlan Civic Trust, which had no role in the reporting or editing of this story.
T|One landlord, 212 flats and 61 open repair complaints
oth|by Joel Amankwah and Priya Rastogi | March 4, 2026
B|A single company controls 212 of the 340 privately rented flats in the Saltings estate, according to land records reviewed by The Tributary.
B|Tenants in 61 of those flats have open complaints with the district council about damp, broken heating or unsafe wiring.
B|Some of the complaints date back to 2022.
B|The company, Bramhall Residential Ltd, said in a statement that it "takes every report seriously" and had spent £480,000 on repairs in the last financial year.
B|District councillor Ruth Okafor said enforcement officers had visited the estate 19 times since January.
B|"They serve notices, the notices sit in a drawer, and nothing changes," said tenant Gary Pullen, whose son has asthma.
att|This story was co-published with the Ouse Valley Gazette as part of our local reporting partnership.
oth|The Tributary is a non-profit newsroom. We don't have a paywall, and we never will, which means we rely on readers like you. A gift of any size keeps stories like this one free for everyone.
oth|Donate now
dis|You are welcome to republish this article for free under a Creative Commons licence, provided you credit The Tributary and do not edit the text.
"""),

dict(id="en-005", lang="en", hard=False, opts="single",
     notes="Portal repost of wire copy about a port strike, no headline in the scrape. Agency credit paragraph (attribution), agency copyright sentence (disclaimer), portal menu and a related block with teaser sentences.",
     text="""
nav|Home › World › Europe
oth|Updated 14 minutes ago
B|HAVENSTAD, March 9 (Norland Press) - Dock workers at the port of Havenstad walked out on Monday for the second time this month, leaving at least 30 container ships waiting at anchor.
B|The dockers' union is demanding a 7.5% pay rise and a cap on night shifts.
B|Port operator Havenstad Terminals has offered 4.2% over two years.
B|"We are not going back until the night rota is on the table," union spokesperson Lotte Vandermeer told reporters at the gate.
B|The port handles about a fifth of the country's container traffic.
att|Reporting by Anouk Verbeek; writing by Stellan Ruud; editing by Margit Hoel
dis|Copyright Norland Press 2026. This material may not be rebroadcast, rewritten or redistributed in whole or in part without the agency's prior consent.
rel|Related coverage
rel|Freight rates climb as Baltic queues lengthen: Shipping lines added surcharges of up to $400 per container on northern European routes.
rel|Rail freight union sets ballot date: Members will vote on industrial action over pensions later this month.
"""),

dict(id="en-006", lang="en", hard=False, opts="",
     notes="Opinion column on school phone bans. Section and byline at the top (navigation, other), views-are-the-author's-own note (disclaimer), author bio and letters invitation (other), share bar at the bottom.",
     text="""
nav|Opinion
oth|Column by Harriet Vosloo
T|Banning phones in school is the easy part
B|When my daughter's school locked phones in pouches last autumn, I expected a revolt.
B|Instead, the first thing the teachers noticed was noise: pupils talking, arguing, laughing at lunch.
B|That is the part the campaigners promised, and it is real.
B|But the ban has quietly moved the problem to 3.15 p.m., when 900 phones come out of their pouches at once and the group chats pick up exactly where they left off.
B|Schools cannot fix that alone.
B|If we want the lunchtime noise to last, parents will have to make the same bargain at home.
dis|The views expressed in this column are the writer's own and do not necessarily reflect those of the Westmarch Herald.
oth|Harriet Vosloo is a former secondary school head teacher and writes a fortnightly column on education.
oth|Do you agree? We'd like to hear from you. Send a letter of up to 250 words to letters@westmarchherald.com and include your full name and town.
sh|Facebook
sh|X
sh|WhatsApp
sh|Email
"""),

dict(id="en-007", lang="en", hard=False, opts="",
     notes="Local sports page, non-league promotion. Score widget (other), push-notification pitch in a sentence (navigation), comment-moderation paragraph and comment count (comments).",
     text="""
nav|Sport › Football › Non-League
T|Kelburn Rovers clinch promotion with stoppage-time winner
oth|FT  Kelburn Rovers 2-1 Ashmoor Town
oth|Saturday's report by Callum Dreghorn
B|Kelburn Rovers are going up.
B|Substitute Ellis Boateng turned in a low cross in the 93rd minute to seal the Northern Premier title in front of a record crowd of 2,914 at Millbank Park.
B|Ashmoor had levelled through Jamie Crouch's header just after the hour, cancelling out Ryan Tully's first-half penalty.
nav|Never miss a goal. Turn on notifications in the Kelburn Echo app and we'll tell you the moment your team scores.
B|Manager Stuart Keddie, in his first full season, said the players had "earned every bit of it".
B|Rovers finish the season with 94 points, seven clear of second-placed Hollins Vale.
B|Scorers: Tully 38 (pen), Boateng 90+3
com|Comments on this article are pre-moderated, so there may be a short delay before yours appears. Please keep it about the football.
com|41 comments
"""),

dict(id="en-008", lang="en", hard=False, opts="ws",
     notes="Crypto news site, bitcoin ETF flows. Doubled dek (duplicate_line), multi-line ticker, persuasive promo paragraph mid-story (crypto_promo), risk disclaimer and teaser paragraphs with stamps (related_links) at the bottom.",
     text="""
dup|Spot bitcoin funds recorded their largest weekly inflow since January.Spot bitcoin funds recorded their largest weekly inflow since January.
T|Bitcoin ETFs pull in $2.1 billion as price steadies above $88,000
tk|BTC $88,412.10 +1.84%
tk|ETH $3,118.55 +0.92%
tk|SOL $171.03 -0.41%
B|US-listed spot bitcoin exchange-traded funds took in a net $2.1 billion over the five trading days to Friday, according to data compiled by Pellworth Analytics.
B|It was the biggest weekly inflow since the second week of January.
B|Bitcoin traded at about $88,400 on Saturday morning in Asia, little changed over 24 hours.
pr|Still watching from the sidelines? Thousands of traders are already earning up to 12% APY on their idle BTC with Vortexa Earn. Sign up today and claim a $50 welcome bonus on your first deposit.
B|Analysts at Pellworth said most of the money went into the two largest funds, which together hold more than 900,000 bitcoin.
B|Outflows from older trust products slowed to $140 million.
dis|Cryptocurrencies are highly volatile and you could lose all of the money you invest. Nothing on this page is a solicitation or an offer to buy or sell any digital asset.
rel|Read next
rel|Ether options open interest hits record ahead of quarterly expiry
rel|Traders have piled into call options at the $3,500 strike, suggesting bets on a rally into the end of the month.
rel|CoinLedger2026/03/14 09:12
rel|Solana developers ship fee-market upgrade to testnet
rel|The change is meant to make transaction fees more predictable during busy periods on the network.
rel|CoinLedger2026/03/14 07:55
"""),

dict(id="en-009", lang="en", hard=False, opts="nofinal",
     notes="Food magazine restaurant review. Long cookie notice at the top (cookie_banner), affiliate-commission note (disclaimer), newsletter pitch in prose (newsletter) and rating line kept as story.",
     text="""
ck|We and our 143 partners use cookies and similar technologies to store and access information on your device, personalise ads and content, and measure how our site is used. You can change your choices at any time by clicking "Privacy settings" at the bottom of any page.
ck|Accept all
ck|Manage choices
nav|Plate & Pour
nav|Reviews  Recipes  Drinks  Travel
T|Review: Sorrel, Ludgate Hill — small plates that actually fill you up
oth|Words by Fenella Abara
B|Sorrel opened in January in the old print works behind Ludgate Hill, and it is already hard to get a table before nine.
B|The menu is short and changes weekly.
B|A plate of charred hispi cabbage with smoked almond butter was the best thing we ate, and at £9 it is the kind of dish you order twice.
B|Lamb neck with pickled walnut was generous; the brown butter tart was not quite set.
B|Service is quick and friendly, if a little rushed at the 7 p.m. turn.
B|Dinner for two with wine: about £110.
B|Rating: 4/5
dis|Plate & Pour paid for this meal. We may earn a small commission if you book through links on this page, but this never affects what we write.
nl|Hungry for more? Sign up to our weekly Table Talk email and we'll send the new openings worth your money straight to your inbox every Friday.
rel|You might also like: The best new bakeries in the city, ranked
"""),

dict(id="en-010", lang="en", hard=False, opts="",
     notes="Science desk, amateur comet discovery, with a photo caption. Update note at the top and a standalone correction at the bottom (other); picture credit line (attribution).",
     text="""
oth|This story has been updated to include comment from the International Comet Bureau.
T|Retired teacher spots new comet from back garden in Cumbria
oth|By Rhiannon Tuck, Science Correspondent
oth|11 March 2026
C|Comet Hesketh photographed on 8 March with a 200mm telescope. Photograph: Alan Hesketh
B|A retired physics teacher has become the first amateur in Britain in more than a decade to discover a comet.
B|Alan Hesketh, 68, spotted the faint smudge on 6 March while imaging a galaxy from his garden observatory near Kirkby Stephen.
B|"I thought it was a hot pixel," he said. "Then it moved."
B|The International Comet Bureau confirmed the discovery on Tuesday, and the object will carry his name.
B|Astronomers say Comet Hesketh is unlikely to become visible to the naked eye.
B|It will make its closest approach to the sun in late August.
oth|Correction: An earlier version of this article gave Mr Hesketh's age as 66. He is 68.
rel|More science
rel|Why the northern lights were visible so far south this winter
"""),

dict(id="en-011", lang="en", hard=False, opts="crlf",
     notes="Local TV station, house fire. Video player controls and time stamp (other), app-download pitch (navigation), tip line and station copyright (other, disclaimer).",
     text="""
nav|KVRT 9 News
nav|Watch Live
T|Family of five escapes house fire in Ridgeway after smoke alarm wakes daughter
oth|0:00 / 1:47
oth|Posted: Mar 10, 2026 / 05:31 AM CST
B|RIDGEWAY, Okla. (KVRT) — A family of five escaped unharmed early Tuesday after a fire tore through their home on Larkspur Lane.
B|Ridgeway Fire Chief Dana Whitcomb said the blaze started in the garage shortly after 2 a.m.
B|The family's 12-year-old daughter woke to the smoke alarm and roused her parents and two younger brothers.
B|"That alarm is the reason we're standing here," her father, Mike Tolliver, told KVRT.
B|The house is a total loss. The cause is under investigation.
B|The Red Cross is helping the family with temporary housing.
nav|Get breaking news and weather alerts on the go. Download the free KVRT 9 app from the App Store or Google Play.
oth|Have a news tip or see something happening in your neighborhood? Send us photos and video at tips@kvrt9.com.
dis|Copyright 2026 Prairie Broadcasting Inc. All rights reserved. This material may not be published, broadcast or redistributed.
"""),

dict(id="en-012", lang="en", hard=False, opts="",
     notes="Business paper behind a metered paywall, warehouse union vote. Paywall meter and sign-in sentences mid-story (other), original-publication credit (attribution), tag list (navigation) and a most-read list.",
     text="""
nav|The Commerce Ledger
T|Workers at Tamworth parcel hub vote to unionise by narrow margin
oth|Rosalind Achebe | Labour correspondent
B|Workers at Swiftroute's parcel sorting hub near Tamworth have voted to be represented by the Logistics and Allied Workers Union.
B|The result was 611 votes to 574, on a turnout of 83%.
oth|You have read 4 of your 5 free articles this month. Subscribe for unlimited access from £1 a week for the first three months.
oth|Already a subscriber? Sign in to keep reading.
B|It is the first successful union ballot at any of Swiftroute's 14 UK sites.
B|The company had campaigned against recognition, holding what workers described as compulsory briefings during paid breaks.
B|Swiftroute said it respected the outcome and would "engage constructively" with the union.
B|Union organiser Bev Lattimore: "This is the first one. It won't be the last."
att|A version of this story appeared in the print edition of The Commerce Ledger on 13 March 2026.
nav|Topics: Logistics, Trade unions, Employment
rel|Most read
rel|1. Chancellor weighs fuel duty rise
rel|2. Why business rents are falling in market towns
rel|3. The tiny firm behind every self-checkout beep
"""),
]
