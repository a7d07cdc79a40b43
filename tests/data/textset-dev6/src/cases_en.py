# English cases of textset-dev6 (regional papers, TV stations, portals). See make_cases.py.
from make_cases import case

CASES = [

case("en-001", "en", "UK regional evening paper, council vote on bin collections; masthead, menu, "
     "breadcrumb, consent dialog on top, ad label and READ MORE insert mid-story, most read, "
     "comment count and share links at the bottom; subheading and bullet list in the story.", """
nv WREXLEY EVENING CHRONICLE
+nv News | Sport | What's On | Property | Jobs | Announcements | Subscribe
+nv Home › News › Wrexley › Council
ck We and our 214 partners store and access information on your device to personalise ads and content, measure audiences and develop products.\x20
+ck You can change your choices at any time via "Privacy settings" in the page footer.
+ck Agree and continue
+ck Manage options
T Fortnightly bin collections approved despite protest outside Wrexley Guildhall
ot By Harriet Colborne, Local Democracy Reporter
+ot 18:07, 3 MAR 2026 Updated 19:40, 3 MAR 2026
B Wrexley's general rubbish will be collected every two weeks from June after councillors voted 31 to 22 in favour of the change on Tuesday evening.
B Around 60 residents gathered on the Guildhall steps before the meeting, some carrying black bags they said had been left uncollected over Christmas.\x20\x20
B The cabinet member for environment, Cllr Priya Dhanraj, said the move would save about £1.4m a year and push recycling rates above 55 per cent.
ot Advertisement
B "Nobody likes change to their bins, but the numbers don't lie," she told the chamber.
rl READ MORE: Wrexley market traders handed six-month rent freeze
B What changes in June
B - Black-bin waste collected fortnightly
+B - Food caddies emptied every week
+B - A free second recycling box for households of five or more
B Opposition leader Cllr Tom Addy said the vote had been "rushed through" and called for a referendum-style consultation, which was rejected.
rl Most Read
+rl Man, 54, charged after crash that closed A483 for nine hours
+rl Beloved chip shop on Pen-y-Bryn to shut after 71 years
+rl Ex-Wrexley striker opens pub in his old club's car park
cm 47 comments
+cm Join the conversation
sh Share on Facebook
+sh Share on X
+sh Email this article
"""),

case("en-002", "en", "US local TV station site, flash flood rescues; station masthead and menu, weather "
     "widget and alert bar on top; video player controls and up-next teaser mid-story; standalone "
     "dateline; closings link, app prompt and copyright after a run of blank lines.", """
nv KVTR 9 NEWS  |  Rio Vista Valley's Weather Authority
+nv Watch Live   Local   Weather   Traffic   Verify   Contests
ot 64° Partly Cloudy · Harlan Springs, TX · Radar
ot Weather Alert: Flash Flood Warning in effect until 9:15 PM CDT for Kessel and Blanco counties
T Flash flooding traps drivers on Farm Road 1126 as creeks spill over
ot Author: Daniela Ruiz (KVTR)
+ot Published: 5:52 PM CDT May 14, 2026
B HARLAN SPRINGS, Texas —
B Swift-water rescue crews pulled at least nine people from stranded vehicles Thursday afternoon after up to four inches of rain fell in less than two hours.
B Most of the rescues happened where Farm Road 1126 dips under Coyote Creek, a low-water crossing residents say floods "every single spring."
ot ▶ 0:00 / 1:47
+ot Unmute
+ot Up next: Crews clear debris from Kessel County dam spillway
B "Turn around, don't drown is not a slogan tonight, it's an order," Kessel County Judge Wade Pollard said at a 5 p.m. briefing.
B No injuries were reported.
B The National Weather Service said another round of storms could bring one to two more inches overnight, and several school districts have already announced late starts.
%3
rl See the full list of school delays and closings from KVTR 9
nv Download the KVTR 9 app for push alerts when warnings are issued in your area.
ds © 2026 KVTR-TV, a Brazos Valley Media station. This report may not be rebroadcast or rewritten without written permission.
"""),

case("en-003", "en", "Sports desk of a national daily, football match report; single newlines; score box "
     "and scorers on top, match stats widget between paragraphs, related links and share at the "
     "bottom.", """
nv Sentinel Sport
nv Football | Cricket | Rugby Union | Racing | Golf | Fixtures | Tables
ot FT  Castlebridge Athletic 3 – 1 Norwood Rovers
ot Okafor 12', 58'  Lindqvist 71' | Barrow 44'
T Okafor double lifts Castlebridge into play-off places
ot Rhys Penhallow at the Millrace Stadium
ot Sat 21 Feb 2026 17:14 GMT
B Chidi Okafor scored twice as Castlebridge Athletic came from behind to beat Norwood Rovers and climb into sixth.
B Norwood led at the break through Danny Barrow's header from a corner that was never cleared.
B Okafor levelled within 13 minutes of the restart, then finished a flowing move after Ellis Grange's cut-back.
B Substitute Mats Lindqvist sealed it with a low drive from the edge of the area.
B "We were too polite in the first half," Castlebridge manager Gwen Aldous said.
ot MATCH STATS
ot Possession 58% – 42%
ot Shots (on target) 17 (7) – 9 (3)
ot Corners 8 – 4
ot Fouls 11 – 14
ot Attendance 18,342
B Norwood drop to 11th and have won once in eight league matches.
rl More on this story
rl Norwood confirm talks with Dutch coach over vacancy
rl League One round-up: leaders held at Sandmere
sh Share this article
""", single=True),

case("en-004", "en", "Australian national portal, highway closure after truck rollover; CRLF; state menu "
     "and section label, live traffic widget on top, inline 'Also on' teaser mid-story, ad label, "
     "trending list and copyright at the bottom.", """
nv ozwire. | news
+nv NSW  VIC  QLD  WA  SA  TAS  ACT  NT
nv Traffic & Transport
T Hume Highway closed both ways near Gundabri after B-double rollover
ot Mikaela Stroud
+ot 2 min read
+ot Updated 7:41am AEDT, Friday 9 January 2026
ot LIVE TRAFFIC: Hume Hwy, Gundabri — ALL LANES CLOSED. Allow extra 90 min. Use Old Gundabri Rd detour.
B A section of the Hume Highway south of Gundabri will stay shut until at least midday after a B-double carrying fertiliser rolled across both northbound lanes overnight.
B The driver, a man in his 40s, was taken to Wagga Wagga Base Hospital with minor injuries.
B Transport for NSW said the spilled load had to be assessed by hazmat crews before any lanes could reopen.
rl Also on ozwire: Sydney toll relief scheme to cover weekend trips from March
B Light vehicles are being diverted along Old Gundabri Road, but heavy vehicles have been told to wait at the Tarcutta truck stop.
B Police are urging holiday traffic heading north to delay their trip if possible.
ot Advertisement
rl Trending now
+rl 'Like a furnace': Penrith swelters through fourth night above 30 degrees
+rl Couple wins $2.1m on ticket bought to break a $50 note
+rl Why your power bill could jump again in July
ds © ozwire. Pty Ltd 2026. Content on this site is for personal, non-commercial use.
""", crlf=True),

case("en-005", "en", "County weekly, obituary of a retired postmistress; no final newline, trailing tabs; "
     "guestbook and candle widget, sponsored flowers, death-notice contact and other tributes at "
     "the bottom.", """
nv Tollbury & District Gazette
+nv Home / Announcements / Obituaries
T Peg Ellery, Tollbury's postmistress for 38 years, dies at 94
ot By Simon Kettleby\t
+ot Thursday, 22 January 2026, 6:00 am
B Margaret "Peg" Ellery, who ran Tollbury post office from 1959 until 1997 and was said to know every dog on her round by name, has died aged 94.
B She died peacefully at Orchard House care home on January 16, her family said.\t
B Born in Lower Stenning in 1931, she moved to Tollbury at 19 to work behind the counter of the old sorting office on Mill Lane.
B Former customers remembered her for keeping biscuits under the counter for children and a water bowl by the door.
B "She was the town's noticeboard before there were noticeboards," said her nephew, Graham Ellery.
B She is survived by two sons, five grandchildren and three great-grandchildren.
B The funeral will be held at St Aldhelm's Church, Tollbury, on February 5 at 11am. Family flowers only; donations to the Tollbury Community Minibus.\t\t
ot Sign the online guestbook for Peg Ellery
+ot Light a candle (112 candles lit)
ot Sponsored: Order sympathy flowers for same-day delivery from Tollbury Florists
ot To place a death notice or tribute in the Gazette, call our announcements team on 01632 960 442.
rl Other recent tributes
+rl Reg Pinder, founder of Tollbury Harriers running club
+rl Sister Agnes Moyle, headteacher of St Aldhelm's Primary 1978–1994
""", final=False),

case("en-006", "en", "Metro daily live blog on a county special election; live badge, update stamp and "
     "reporter credits on top; key-points list; entry time stamps and an ad label between entries "
     "(noise in the middle); newsletter pitch, share and comment note at the bottom.", """
nv THE CAPITAL LEDGER
+nv Politics  ·  Elections 2026  ·  Results map
T Live updates: Calder County votes on transit tax and sheriff's race
ot Live
+ot Last updated 11:52 p.m. PST
ot Reporting by Anh Le, Marcus Brightwater and Yolanda Fish
B Key points
B • Measure 4, the half-cent transit tax, leads 53% to 47% with 81% of ballots counted
+B • Sheriff Dale Hermosillo trails challenger Renata Vukovic by about 2,100 votes
+B • Turnout is on track to pass 44%, the highest for a spring special election since 2008
ot 11:52 p.m.
B Vukovic tells supporters at the Grange Hall she will "wait for every ballot" before declaring victory.
ot 10:31 p.m.
B The county elections office says the next batch of results, roughly 18,000 mail ballots, will be posted Wednesday at 4 p.m.
ot Advertisement
ot 9:05 p.m.
B First results are in. Measure 4 opens with a comfortable lead in the city precincts but is losing in every rural district.
nw Get the Ledger's Election Night newsletter: results and analysis the morning after every vote.
+nw Sign up
sh Share this live blog
cm Comments on live coverage are open to Ledger subscribers only.
"""),

case("en-007", "en", "Malaysian English daily, photo gallery of a lantern festival; captions with photo "
     "credits between gallery counters and next/prev controls (navigation); photographer credit and "
     "stamp on top; share bar and more galleries at the bottom.", """
nv The Penang Mercury
+nv Metro | Nation | World | Business | Lifestyle | Photos | Videos
nv PHOTOS
T In pictures: Chap Goh Mei lanterns float on Gurney Drive
ot Photos by Lim Kah Seng and Nurul Izzati Rahman
+ot Feb 14, 2026 @ 10:21pm
B GEORGE TOWN: Thousands of people lined the seafront on Saturday night for the 15th night of the Lunar New Year, the traditional end of the festive season.
B Organisers estimated 30,000 visitors, up from about 22,000 last year.
B Young women tossed mandarin oranges into the sea, a custom said to bring a good husband, while volunteers in rowing boats collected the fruit afterwards.
B The state government paid for extra bins and 120 traffic wardens after last year's event left the promenade strewn with litter.
nv 1 / 9
C A girl holds up a rabbit-shaped lantern at the entrance to the Gurney Drive promenade. - LIM KAH SENG/The Penang Mercury
+nv Next photo ›
nv 2 / 9
C Volunteers in a rowing boat gather mandarin oranges thrown into the water. - NURUL IZZATI RAHMAN/The Penang Mercury
+nv ‹ Prev   Next ›
nv 3 / 9
C A lion dance troupe from Air Itam performs near the food trucks. - LIM KAH SENG/The Penang Mercury
nv View all 9 photos
sh Share gallery: WhatsApp · Facebook · Telegram
rl MORE GALLERIES
+rl Thaipusam devotees climb the 513 steps to the hilltop temple
+rl Floods in Kedah: a week in pictures
"""),

case("en-008", "en", "Philippine TV network site, video page on a mountain rescue; single newlines; player "
     "controls before the headline, network credit and stamp, video credit line (attribution), "
     "up-next list and app prompt at the bottom.", """
nv BBTV News Online
nv Nation  Regions  World  Showbiz  Sports  Video  Weather
nv Video › Regions
ot 0:00 / 2:38
ot Closed captions: Off
ot Autoplay ON
T WATCH: Rangers carry injured hiker down Mt. Talinis in overnight rescue
ot Bantay Balita TV
ot Published March 2, 2026 9:40am
B DUMAGUETE CITY — A 27-year-old hiker who fell about six metres near the summit of Mt. Talinis was carried down by park rangers and volunteers in a 10-hour rescue that ended before dawn on Sunday.
B The woman, a nurse from Cebu, broke her ankle when part of a trail gave way after two days of rain, said the Negros Oriental disaster office.
B Rescuers took turns carrying her on an improvised stretcher made from bamboo poles and a tent sheet.
B The provincial government has since closed the summit trail until engineers inspect it.
at Video by Rico Tabanao, BBTV Dumaguete
rl Up next
rl Davao traffic enforcers get body cams starting April
rl Typhoon Amang weakens but rains to continue over Bicol
rl Kalibo fire leaves 40 families homeless
nv Watch BBTV News live on the BBTV Go app — free on Android and iOS.
""", single=True),

case("en-009", "en", "Indian national daily, city health story on dengue; e-paper menu and city label, "
     "inline 'Also Read |' teaser mid-story, numbered advice list; WhatsApp channel prompt, tags, "
     "health disclaimer and editor's picks at the bottom; NBSP at some line ends.", """
nv THE DECCAN LEDGER
+nv e-Paper | Cities | India | World | Sports | Opinion | Premium
nv Cities › Bengaluru
T Dengue cases in Bengaluru double in a fortnight; BBMP to fog 400 wards
ot Deccan Ledger Bureau
+ot Updated: 24th September 2025, 08:12 AM IST\xa0
B BENGALURU: Dengue cases in the city have more than doubled in two weeks, with 1,862 confirmed infections recorded between September 8 and September 21, according to data from the civic body.\xa0
B Mahadevapura and Bommanahalli zones account for nearly half the cases.
rl Also Read | Karnataka to cap private lab charges for dengue NS1 tests at Rs 300
B The health department has asked all private hospitals to report positive cases within 24 hours.
B Officials listed the following steps for residents:
B 1. Empty water from flower pots, coolers and old tyres every week
+B 2. Use mosquito nets even during the day for infants
+B 3. Seek a test if fever lasts more than two days
B "Most breeding we find is inside homes, not on the roads," said Dr Kavitha Ramaiah, the BBMP's chief health officer.\xa0\xa0
nw Follow The Deccan Ledger's channel on WhatsApp for city alerts.
nv Tags: Dengue  Bengaluru  BBMP  Public health
ds Disclaimer: This article is for information only and is not a substitute for advice from a qualified doctor.
rl Editor's Picks
+rl Namma Metro Pink Line trial runs begin next week
+rl Why Karnataka's lakes are drying faster this year
"""),

case("en-010", "en", "Consumer tech site, phone review; affiliate disclosure, star verdict, pros/cons box "
     "and price buttons before the story; in-story subheadings and a spec list; related reviews at "
     "the bottom.", """
nv GadgetLine
+nv Reviews   Best picks   Deals   How-to   Newsletter
nv Home > Phones > Reviews
T Ardent X9 review: the best battery in a mid-range phone this year
ot By Owen Maclaurin
+ot Published 4 days ago
ds When you buy through links on our site, GadgetLine may receive a referral fee. This never affects our verdicts.
ot Our verdict: 4 out of 5 stars
+ot For: Two-day battery · Bright 120Hz screen · Clean software
+ot Against: Slow charging · No wireless charging · Average zoom
ot Today's best Ardent X9 deals
+ot £379 at Voltmart — View deal
+ot £389 at PhoneWarehouse Direct — View deal
B The Ardent X9 does one thing better than any phone I have tested under £400: it keeps going.
B In our standard video loop test it lasted 26 hours and 12 minutes, almost seven hours longer than last year's X8.
B Specs at a glance
B - 6.6-inch OLED, 120Hz
+B - 6,000mAh battery, 33W charging
+B - 50MP main camera, 8MP ultrawide
+B - Android 16, four years of updates promised
B Charging is the weak point. A full top-up took 84 minutes, which feels slow next to rivals that manage it in under an hour.
B Should you buy it?
B If you can live without wireless charging and a proper telephoto camera, yes.
rl You might also like
+rl Best budget phones 2026: tried and tested
+rl Ardent X9 vs Coralis 5: which mid-ranger wins?
"""),

case("en-011", "en", "Singapore property portal, condo resale prices; no final newline, trailing spaces "
     "and NBSP; listen-to-article label, mortgage calculator widget mid-story; financial "
     "disclaimer, popular list and app prompt at the bottom.", """
nv PropNest News
+nv Buy  Rent  New Launches  Commercial  Home Loans  News\x20\x20
T Suburban condo resale prices hit record as buyers shun pricier new launches
ot Joanne Tay · 12 Jan 2026
ot Listen to this article · 3 min
B SINGAPORE — Resale prices of private condominiums in the Outside Central Region rose 1.8 per cent in December from November, the 14th straight monthly increase, according to flash data from the island's property exchanges.\x20
B About 1,240 resale units changed hands last month, compared with 970 in November.
B Analysts said buyers were turning to completed homes because new-launch prices in the same areas now average above $2,300 per square foot.\xa0
ot Mortgage calculator
+ot Property price: S$1,450,000 | Loan tenure: 25 years | Interest rate: 2.6%
+ot Estimated monthly instalment: S$5,296
+ot Compare home loans
B "The gap between new and resale has become too wide for a lot of upgraders," said Melvin Ong, research head at a local agency.
B He expects resale volumes to ease slightly after the Chinese New Year holidays.
ds The information in this article is general in nature and does not constitute financial advice. Readers should seek independent advice before making any property purchase.
rl Popular on PropNest
+rl 5 HDB estates where 5-room flats crossed $1m last year
+rl Is it time to refinance? What the latest SORA numbers mean
nv Get the PropNest app\x20
""", final=False),

case("en-012", "en", "Kenyan national daily, court acquittal; no headline in the scrape (starts at the "
     "breadcrumb); byline, stamp and ad label on top; WhatsApp follow prompt and a comment thread "
     "with usernames, times and like counts at the bottom, after blank lines.", """
nv Home / News / Courts
ot By JOSEPH KIPRONO
+ot Tuesday, 10 March 2026 at 14:12
ot Advertisement
B NAKURU — A magistrate's court in Nakuru has acquitted three former county officials charged over the irregular purchase of 40 garbage trucks, ruling that the prosecution failed to link them to the payments.
B Senior Principal Magistrate Ruth Wanjala said the evidence presented "at best showed poor record-keeping, not a conspiracy to defraud."
B The three had been accused of approving Sh212 million in payments to a supplier that delivered only 26 trucks.
B The Ethics and Anti-Corruption Commission said it would study the judgment before deciding whether to appeal.
B Outside court, one of the accused, former procurement chief Samuel Kiptoo, said the case had "cost me six years of my life."
%2
nw Follow The Rift Standard on WhatsApp for breaking news alerts.
cm Comments (3)
+cm wanjiku_mwangi · 2 hours ago
+cm Six years and then nothing. Who will return the money?
+cm Reply · 14 likes
+cm Kiprop254 · 1 hour ago
+cm The magistrate only followed the evidence. Blame the investigators.
+cm Reply · 6 likes
+cm Load more comments
"""),

# ---- hard cases -------------------------------------------------------------------------

case("hard-en-001", "en", "HARD: a newspaper business page on a crypto exchange founder's fraud conviction; "
     "the story quotes token and bitcoin prices (body) while the page carries a real crypto ticker "
     "bar, an exchange promo, a squashed-over-lines token quote box and a prices disclaimer.", """
nv THE MORNING ARGUS
+nv Business › Markets › Crypto
tk BTC $71,204.55 ▲1.24%  ETH $3,118.02 ▼0.61%  SOL $142.87 ▲3.05%  XRP $0.6120 ▲0.15%
T Vantacoin founder convicted of fraud after exchange token fell 97% in a week
ot By Priya Venkatesh, Business Reporter
+ot March 19, 2026, 4:30 PM
B A federal jury in Chicago found Vantacoin founder Lucas Brandt guilty on seven counts of wire fraud and one of conspiracy on Thursday, three years after his exchange froze customer withdrawals.
B Prosecutors said Brandt used customer deposits to prop up the price of the exchange's own token, VNT, which traded at $4.12 in early April 2023.
B By the time withdrawals were halted, VNT had fallen to 11 cents.
B Bitcoin itself traded near $28,000 during that week, and the government argued the collapse had nothing to do with the wider market.
B "He told customers their coins were safe while he was spending them," Assistant U.S. Attorney Maria Colón told jurors.
B About 41,000 customers are owed a combined $310 million, according to court filings.
B Sentencing is set for July 9.
cp Trade bitcoin with 0% maker fees for 30 days. Open a Kryvex account in 3 minutes →
tk Vantacoin (VNT)
+tk $0.0009
+tk -2.17%
+tk 24h volume $1,204
ds Market data delayed at least 15 minutes. Crypto prices are volatile and the Argus does not give investment advice.
rl More from Business
+rl Regional banks brace for stress-test results
+rl Airline fuel costs hit 18-month low
""", hard=True),

case("hard-en-002", "en", "HARD: a regional paper announces its own metered paywall; story lines about free "
     "article limits and subscription prices are body while the page shows a real paywall meter, "
     "login prompt and subscription offer; no final newline.", """
nv The Harbourton Courier
+nv Local  Business  Sport  Opinion  Obituaries  E-edition
ot You have 2 free articles remaining this month. Subscribe from $1 a week for unlimited access.
+ot Existing subscribers can sign in here
T Courier owner to put most local news behind a paywall from April
ot By Naomi Fairweather
+ot Feb 27, 2026
B Eastline Media, which owns the Courier and five other newspapers in the region, will limit non-subscribers to three free articles a month starting April 1.
B Breaking news, weather warnings and obituaries will stay free to read.
B The company said digital subscriptions had grown to 21,400 but that advertising revenue had fallen by a third since 2022.
B "Readers tell us they value local reporting. This is how we keep paying people to do it," publisher Colleen Harte said in a note to readers.
B Under the new model:
B • A digital-only subscription will cost $12.99 a month after an introductory rate
+B • Print subscribers get full online access at no extra cost
+B • Students and public libraries will be offered free accounts
B Several readers said on social media they would not pay, while others said the price was lower than a streaming service.
ot Subscribe to the Courier
+ot Support local journalism for less than 50¢ a day. Cancel anytime.
+ot SEE OFFERS
sh Facebook | X | LinkedIn | Email
ds © 2026 Eastline Media Group. All rights reserved.
""", hard=True, final=False),

case("hard-en-003", "en", "HARD: an Irish regional paper switches off comments on court stories; the story "
     "quotes the notice that will replace the comment box (body) while the page carries a real "
     "comment thread with usernames and ages, a sort control and moderation note; single newlines.", """
nv MIDLAND EXAMINER
nv News · Sport · Farming · Community · Death Notices
T Examiner to switch off reader comments on all court and crime stories
ot Siobhán Carty
ot Mon 12 Jan 2026 at 07:00
B The Midland Examiner will no longer allow reader comments on reports of court cases, criminal investigations or inquests, the newspaper's editor has announced.
B From Monday, those articles will carry a short notice at the bottom instead of a comment box.
B It will read:
B "Comments are switched off on this article because it concerns legal proceedings."
B Editor Declan Furey said moderators had removed more than 1,900 comments on court reports last year, many of which risked prejudicing trials.
B "One careless post naming a witness can collapse a case. We are not prepared to take that risk any longer," he said.
B Comments will remain open on sport, farming and community stories, and a new rule will require commenters to verify an email address.
cm 23 Comments
cm Sort by: Newest
cm BallymoreBrian
cm Fair enough. Half the comments on the last murder trial were pure speculation.
cm 3h
cm Offaly_Girl_88
cm So we can comment on the GAA but not on anything that matters. Grand.
cm 2h
cm Show 21 more comments
cm Comments are moderated in line with our community standards. Please keep it civil.
""", hard=True, single=True),

case("hard-en-004", "en", "HARD: national daily on a junk-food advertising ban; the story explains what "
     "counts as an advert and quotes the labels 'Ad', 'Sponsored', 'Promoted' (body) while the page "
     "carries real ad labels, sponsored and promoted teasers; numbered most-read list after blank "
     "lines.", """
nv The Daily Meridian
+nv UK | World | Politics | Health | Money | Culture
ot Advertisement
T Junk food adverts banned before 9pm on TV and at all times online from October
ot Health Correspondent Ruth Lambourne
+ot Wednesday 4 February 2026 10:18 GMT
B Adverts for foods high in fat, sugar or salt will be banned on television before 9pm and in paid-for online advertising at any time from October 1, ministers have confirmed.
B The rules cover 13 categories, including crisps, breakfast cereals, sweets, pizzas and ready meals.
B Brand adverts that do not show a specific product, such as a supermarket's logo, are exempt.
B Online, the ban covers paid search results and paid social media posts, but not a company's own website.
ot ADVERTISEMENT
B Campaigners said the delay from the original 2025 start date had cost another year of children's exposure.
B Advertisers said the rules would cost broadcasters around £200m a year.
B What counts as an advert?
B Under the guidance, anything labelled "Ad", "Sponsored" or "Promoted" that a brand paid to place is covered.
%3
ot Sponsored
+ot Three reasons retirees are switching to this savings account — Harrowgate Building Society
+ot Promoted: The garden gadget selling out across Britain — TrimPro
rl Most read
+rl 1. Teachers offered 4.5% pay rise in late-night deal
+rl 2. Storm Fenella: amber warning for wind across Wales
+rl 3. Why house prices in the north-east are outpacing London
""", hard=True),
]
