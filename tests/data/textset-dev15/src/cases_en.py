"""English cases of textset-dev15 (tagged line lists; see make_cases.py)."""

CASES = [
dict(id="en-001", lang="en", fmt="", notes="Regional football report: score line, scorers and a standings list in the story; nav, live-score widget, share bar, more-football teasers and comment prompt around it; photo caption.", lines="""
nv| Northgate Sport
nv| Football | Rugby | Cricket | Racing | Results
ot| LIVE NOW: Millbrook 0-0 Saltmarsh (34')
t| Harlow Town stretch lead at the top with win over Eastbrook
c| Dean Achterberg celebrates his second goal at Fenwick Park. Photo: Northgate Sport/Ruth Cole
ot| By Graham Pilcher, football correspondent
ot| Saturday 14 November 2026, 17:52
b| Harlow Town 3 Eastbrook Rovers 1
b| Harlow Town moved four points clear at the top of the Southern Counties League with a comfortable home win on Saturday.
b| Dean Achterberg scored twice before half-time and substitute Kofi Mensah added a third with 11 minutes left.
b| Eastbrook's reply came from a Lewis Barron penalty in stoppage time.
b| Scorers
+b| Harlow: Achterberg 18, 41; Mensah 79
+b| Eastbrook: Barron 90+3 (pen)
b| Attendance: 2,164.
b| Top of the table
+b| 1. Harlow Town — P15 W11 D2 L2 — 35 pts
+b| 2. Quayside Athletic — P15 W9 D4 L2 — 31 pts
+b| 3. Eastbrook Rovers — P14 W9 D2 L3 — 29 pts
b| "We were ruthless when it mattered," said Harlow manager Petra Linnell.
sb| Share this report
+sb| Facebook · X · WhatsApp · Copy link
rl| More football
+rl| Quayside Athletic sign winger on loan until January
+rl| Southern Counties League: fixtures for the festive period confirmed
+rl| Eastbrook fined over crowd trouble at September derby
cm| Join the conversation — 48 comments
"""),

dict(id="en-002", lang="en", fmt="trail", notes="Council by-election tally with candidate votes, turnout and a 'What happens next' subheading; cookie banner at top, inline newsletter box in the middle, related stories and footer at the bottom. Trailing whitespace.", lines="""
ck| We and our 143 partners use cookies to personalise content and measure audiences.
+ck| Accept all | Reject non-essential | Manage settings
nv| The Wexcombe Gazette  ›  News  ›  Politics
t| Greens take Ashby Vale seat in council by-election
ot| Published 13 Nov 2026 · Updated 02:10
b| The Green Party won the Ashby Vale ward on Wexcombe District Council on Thursday, taking the seat from the Conservatives for the first time.
b| The result
b| Maria Okafor (Green) 1,482
b| Stephen Hale (Conservative) 1,107
b| Priya Ramaswamy (Labour) 598
b| Tom Eddery (Reform) 341
b| Ian Whitlow (Liberal Democrat) 122
b| Turnout was 31.4%.
nl| Get Wexcombe politics in your inbox every Friday — sign up free
+nl| Enter your email   [Subscribe]
b| What happens next
b| Okafor will be sworn in at the full council meeting on 26 November.
b| The Conservatives keep overall control with 24 of the 43 seats.
rl| Related stories
+rl| Ashby Vale by-election: meet the five candidates
+rl| Wexcombe council tax could rise by 4.99% next spring
+rl| Bus route 17 to be cut back to hourly service
ot| © Wexcombe Gazette Ltd. Registered in England No. 0448812
"""),

dict(id="en-003", lang="en", fmt="gap=3", notes="Live blog of a storm day: time stamps on their own lines followed by one-line entries; live label, auto-update toggle, key-events navigation repeating two entries, share bar and most-viewed list. Extra blank lines before the footer.", lines="""
nv| Skip to key events
ot| LIVE
t| Storm Ilse live: rail lines shut and 40,000 homes without power across the north-west
ot| Auto-update: on | off
nv| Key events
+nv| Coastal route between Barrowby and Kelsall closed
+nv| Power company says most homes back by Tuesday
ot| Updated 6 minutes ago
b| 15:48
b| Power company says most homes back by Tuesday
b| Northline Electricity says 40,212 customers are still cut off, down from a peak of 61,000.
b| 14:20
b| The Met service has extended its amber wind warning until 06:00 on Monday.
b| 12:05
b| Coastal route between Barrowby and Kelsall closed
b| A lorry has overturned on the A591 near Kelsall; both lanes are shut.
b| 09:31
b| Gusts of 87mph were recorded at Hesketh Point this morning.
sb| Share
+sb| Email · Messenger · LinkedIn
rl| Most viewed
+rl| 1. Pensioner's garden shed found half a mile away
+rl| 2. Council gritters on standby as temperatures fall
+rl| 3. Ferry passengers stranded overnight at Larne
"""),

dict(id="en-004", lang="en", fmt="nofinal", notes="Recipe with ingredient and step lists under short subheadings; jump-to-recipe link, print/rating widgets, ad labels, newsletter pitch and review prompt. No final newline.", lines="""
nv| Jump to recipe
nv| Home / Recipes / Soups
t| Roasted squash and red lentil soup
ot| ★★★★☆ 4.6 from 212 ratings
ot| Print recipe  |  Save to my box
b| This is the soup we make on the first cold weekend of the year, and it freezes well.
b| Serves 4. Ready in 55 minutes.
b| Ingredients
+b| 1 medium butternut squash, peeled and cubed
+b| 150g red lentils, rinsed
+b| 1 onion, chopped
+b| 2 garlic cloves
+b| 1 litre vegetable stock
ot| Advertisement
b| Method
+b| 1. Roast the squash at 200C for 30 minutes.
+b| 2. Soften the onion and garlic in a large pan, then add the lentils and stock.
+b| 3. Simmer for 20 minutes, add the squash and blend until smooth.
b| Season to taste and finish with a spoonful of yoghurt.
nl| Love cooking? Our Sunday Kitchen email has a new menu plan every week.
cm| Made this? Leave a rating and tell us how it went
ot| Advertisement
"""),

dict(id="en-005", lang="en", fmt="", notes="Timeline of a bridge closure with year-led lines and a 'Background' subheading; doubled dek on the first line, byline, inline 'Timeline:' teaser from another story, agency credit and related timelines at the bottom.", lines="""
du| Engineers say the 1961 span cannot be repaired economically.Engineers say the 1961 span cannot be repaired economically.
t| Carrick Water bridge to be demolished after 65 years
ot| Niamh Doherty  |  Transport desk
b| The Carrick Water road bridge will be demolished next year and replaced by a new crossing, the county's roads authority said on Wednesday.
b| Timeline
b| 1961 – Bridge opens to traffic.
b| 1994 – Weight limit of 18 tonnes introduced.
b| 2019 – Corrosion found in two of the six main piers.
b| 2023 – Bridge closed to all vehicles after an inspection.
b| 2027 – Demolition due to begin in March.
rl| Timeline: how the Dunmore ferry row unfolded
b| Background
b| The crossing carried about 9,000 vehicles a day before it closed.
b| The replacement is expected to cost £46m.
at| Additional reporting by Carys Bevan; editing by Tom Ashworth
rl| More timelines
+rl| Timeline: twenty years of the Harbourside regeneration plan
+rl| Timeline: the Kelby school closures, 2018 to now
"""),

dict(id="en-006", lang="en", fmt="single", notes="FAQ on resident parking permits with Q:/A: lines, single newlines throughout; breadcrumb, helpfulness widget, share bar and council footer navigation.", lines="""
nv| Home > Your council > Parking > News
t| New resident parking permits: your questions answered
ot| Last reviewed: 9 November 2026
b| Permit charges in the town's controlled parking zones change from 1 January.
b| Q: How much will a permit cost?
b| A: £68 a year for the first car and £112 for a second.
b| Q: Do I need to apply again?
b| A: No. Existing permits roll over and you will be billed on renewal.
b| Q: What about visitors?
b| A: Visitor scratch cards stay at £1.20 per day.
b| Q: Are electric cars exempt?
b| A: They pay half price until 2028.
ot| Was this page helpful?  Yes  /  No
sb| Share this page: Email | Facebook | Nextdoor
nv| Contact us · Accessibility · Privacy · Jobs at the council
"""),

dict(id="en-007", lang="en", fmt="", notes="Q&A interview with a crime novelist, questions as short bold lines; byline, photo caption, inline related teaser, follow-author button and 'you might like' list.", lines="""
nv| Culture  /  Books
t| 'I write the ending first': Ada Morrow on her tenth thriller
c| Ada Morrow at her home in Whitby. Photograph: Jonah Reyes for The Lantern
ot| Interview by Felix Garamond
ot| Follow Felix Garamond
b| Ada Morrow's new novel, The Salt Ledger, is published on Thursday.
b| How do you start a book?
b| With the last chapter. If I don't know where I'm going I'll never get there.
b| Do you plan every twist?
b| Most of them. The best ones still surprise me.
rl| Read more: The ten best crime novels of the autumn
b| What are you reading now?
b| A history of lighthouses. Research, mostly.
b| Ten books in twelve years. Any plans to stop?
b| "Not while people keep buying them."
rl| You might also like
+rl| Booker shortlist reaction: a year of quiet novels
+rl| Inside the tiny bookshop that outsells the chains
+rl| Podcast: why we can't stop reading about murder
"""),

dict(id="en-008", lang="en", fmt="", notes="Basketball report with quarter-by-quarter score lines and leading scorers; scores ticker with other games at the top, 'Story continues below', standings widget and share/comment bar at the bottom.", lines="""
ot| SCORES  Rivermouth 88 Larkhill 79 FINAL | Hollins Bay 64 Dunmere 70 3Q | Castleton vs Pell 19:30
nv| Hoops Daily › National League › Men
t| Castlefield Comets end Kingsport's unbeaten run
ot| 15 November 2026 · 4 min read
b| KINGSPORT —
b| The Castlefield Comets beat the previously unbeaten Kingsport Mariners 97-91 on Saturday night.
b| By quarter
b| Castlefield 22 27 21 27 — 97
b| Kingsport 25 20 26 20 — 91
ot| Story continues below
b| Leading scorers
b| Jamal Okonjo (Castlefield) 31 points, 9 rebounds
b| Ben Sorensen (Kingsport) 24 points, 7 assists
b| The Comets host Rivermouth next Friday at 19:00.
ot| Standings widget — North Conference
+ot| Kingsport 9-1 | Castlefield 8-2 | Rivermouth 6-4 | Larkhill 3-7
sb| Share  ·  Post  ·  Copy link
cm| 17 comments — read and reply
"""),

dict(id="en-009", lang="en", fmt="trail", notes="Wildfire report with a 'Key figures' bullet list and sentences ending in numbers; alert banner, evacuation-map app prompt, sponsored list next to the story's list, disclaimer on the photo rights. Trailing whitespace.", lines="""
ot| ALERT: Emergency warnings in force for three districts
nv| Download the Coast FM app for live evacuation maps
t| Pinecrest fire now 80% contained, crews say
ot| Harriet Lowe, Coast FM News
b| Firefighters say the Pinecrest bushfire is 80% contained after four days.
b| Key figures
b| • Area burned: 12,400 hectares
b| • Homes lost: 37
b| • Firefighters deployed: 620
b| • Evacuation centres open: 3
b| Authorities expect to lift the last evacuation order on Thursday.
b| Residents can return to Lower Pinecrest from 10am on 17 November.
ot| Sponsored
+ot| • Bushfire-ready gutter guards from $299 installed
+ot| • Compare home insurance quotes in 2 minutes
di| Images may be supplied by third parties and remain the property of their owners.
rl| Also on Coast FM
+rl| Road closures around the fire ground
+rl| How to register with the Red Cross Safe Connect service
"""),

dict(id="en-010", lang="en", fmt="crlf", notes="Referendum on an island council's ferry levy: Yes/No percentages, turnout and per-parish results list. CRLF line endings. Navigation, ad, newsletter and disclaimer around the story.", lines="""
nv| Menu  Search  Sign in
nv| Inselby Herald | News | Sport | Island life | Notices
t| Inselby votes yes to ferry levy by narrow margin
ot| Monday 16 November 2026
b| Islanders have approved a £2 levy on ferry tickets to pay for a new harbour wall.
b| Yes: 2,931 (52.6%)
b| No: 2,641 (47.4%)
b| Turnout: 71.8%
b| Results by parish
b| St Brelade's: Yes 1,044, No 812
b| Hollow Cove: Yes 903, No 1,001
b| Northpoint: Yes 984, No 828
ot| Advertisement
b| The levy will start on 1 April 2027.
nl| Want the Herald's island briefing each morning? Subscribe here
di| Opinions in letters and comments are those of the writers, not of the Inselby Herald.
"""),

dict(id="en-011", lang="en", fmt="", notes="Regional games medal table written as text with numbered rows; a medal-count widget at the top, 'Trending' and sponsored teaser lists below, share bar.", lines="""
ot| MEDAL COUNT  1 KBY 14  2 ORW 11  3 TAL 9
t| Kestrel Bay top the table as Western Isles Games close
ot| By Sasha Ndlovu in Orwell Sound
b| ORWELL SOUND, Nov 15 —
b| Kestrel Bay finished top of the medal table at the Western Isles Games for the first time since 2011.
b| Final medal table
b| 1. Kestrel Bay — 14 gold, 9 silver, 6 bronze
b| 2. Orwell Sound — 11 gold, 12 silver, 10 bronze
b| 3. Tallis — 9 gold, 7 silver, 11 bronze
b| 4. Ferrin — 4 gold, 6 silver, 5 bronze
b| Swimmer Lila Varga won five of Kestrel Bay's golds.
b| The next Games will be held in Tallis in 2028.
sb| Share on Facebook   Share on X   Email
rl| Trending
+rl| 1. Ferrin coach banned for three years
+rl| 2. Athletes' village flooding: organisers apologise
rl| Sponsored
+rl| These island cottages are selling fast — see prices
"""),

dict(id="en-012", lang="en", fmt="", notes="Step list for a flood-recovery grant application; doubled title line, cookie strip, 'Was this useful' widget, related guides and contact footer.", lines="""
ck| This site stores small files on your device to remember your settings. OK | Learn more
t| How to apply for the £500 flood recovery grant
du| How to apply for the £500 flood recovery grant
ot| By Alun Price, consumer reporter
b| Households hit by last month's flooding can now apply for a one-off £500 grant.
b| You will need
b| - proof of address
b| - a photo of the damage
b| - your bank details
b| Step 1: Go to the council's flood portal and choose "Household grant".
b| Step 2: Upload your documents.
b| Step 3: Submit the form. You will get a reference number by text.
b| Payments should arrive within 10 working days.
ot| Did you find this guide useful? 👍 👎
rl| Related guides
+rl| What your home insurer must cover after a flood
+rl| Drying out a flooded house: a room-by-room checklist
nv| About us | Contact the newsroom | Complaints
"""),

dict(id="en-013", lang="en", fmt="nofinal", notes="City marathon results with top finishers and times, sentences ending in numbers and years; results-search widget and app prompt at the top, photo-gallery link, related and comments at the bottom. No final newline.", lines="""
ot| Find your finish time: enter your bib number
nv| Get the Ridgeport Marathon app for splits and photos
t| Wanjiru breaks course record in Ridgeport
b| Grace Wanjiru broke the Ridgeport Marathon course record on Sunday, winning in 2:21:07.
b| The previous record had stood since 2014.
b| Women
b| 1. Grace Wanjiru 2:21:07
b| 2. Hanne Solberg 2:23:40
b| 3. Maya Torrance 2:24:12
b| Men
b| 1. Tomas Ferreira 2:08:55
b| 2. Ayele Bekele 2:09:03
b| 3. Jack Wren 2:11:48
b| A record 18,460 runners finished the race.
ot| Gallery: 60 photos from the finish line
rl| Read next: Road closures lifted across the city centre
cm| What was your time? Tell us in the comments
"""),

dict(id="en-014", lang="en", fmt="gap=2", notes="City budget story with 'Key figures' and 'What happens next' subheadings and figures in bullets; breadcrumb, paywall meter, budget-explainer related links and subscription pitch. Extra blank lines before the footer.", lines="""
nv| Home › Local › Money
ot| You have 2 free articles left this month
t| Harrowgate sets £312m budget with cuts to libraries
ot| Yusuf Amin · Local democracy reporter
b| Harrowgate council approved its budget for 2027-28 on Tuesday night by 31 votes to 19.
b| Key figures
b| - Total spending: £312m
b| - Council tax rise: 4.99%
b| - Libraries budget: down £1.1m
b| - New social care posts: 40
b| What happens next
b| Consultation on the future of four branch libraries will open in January.
b| Final decisions are due by June 2027.
rl| Explained: where your council tax goes
rl| Libraries campaigners plan protest at town hall
ot| Subscribe from £1 a week for unlimited local news
"""),

dict(id="en-015", lang="en", fmt="", notes="Cricket report with first-innings and chase score lines and bowling figures; ball-by-ball widget link, match-centre scorecard widget lines, share bar, comments closed note, related links.", lines="""
ot| Match centre: full scorecard | Ball by ball | Wagon wheel
t| Westfield chase down 244 to reach county cup final
ot| Ravi Menon reports from Harbour Road
b| Westfield beat Ashcombe by four wickets in the county cup semi-final.
b| Ashcombe 243 for 7 (50 overs)
b| Westfield 247 for 6 (48.2 overs)
b| Harry Quayle made 102 from 118 balls.
b| Best bowling
b| M Farooq 3-41
b| D Keel 2-38
b| The final is at Castle Park on 6 June 2027.
ot| LIVE: Bramley 118-3 (27 ov) v Tenby
sb| Share this story  ·  WhatsApp  ·  X
cm| Comments are switched off for this article
rl| More cricket: Ashcombe captain to retire at end of season
"""),

dict(id="en-016", lang="en", fmt="single", notes="School exam results story with a ranked list of schools and pass rates, single newlines; top nav, 'Advertisement' in the middle, newsletter and copyright footer.", lines="""
nv| The Vale Courier  |  News  Schools  Property  Jobs
t| Results day: Greyfriars Academy tops Vale league table
ot| Emma Stannard · Education reporter · 11 Nov 2026
b| Greyfriars Academy had the highest share of pupils passing five subjects in the Vale this year.
b| Top five schools
b| 1. Greyfriars Academy 88%
b| 2. St Columba's 84%
b| 3. Millfield High 79%
ot| Advertisement
b| 4. Hollybrook School 77%
b| 5. Anson Park College 74%
b| The Vale average was 66%, up from 63% in 2025.
nl| Parents: get our free schools newsletter every Tuesday
ot| © 2026 Vale Courier Media. All rights reserved.
"""),

dict(id="en-017", lang="en", fmt="", notes="Heavy-rain story with rainfall totals per station as list lines; weather widget, travel alerts ticker, related links and a share row.", lines="""
ot| Weather: Dunholm 9°C  Showers  Wind 34mph
ot| Travel alerts: A69 closed at Haltbridge · Trains delayed on Tyne Valley line
t| A month's rain in a day: the wettest places
b| Parts of the north-east had more than a month's rain in 24 hours, according to provisional figures.
b| Rainfall to 9am on Sunday
b| Carrow Point: 142mm
b| High Fell: 118mm
b| Dunholm: 96mm
b| Stannard Moor: 88mm
b| The November average for Dunholm is 81mm.
b| More rain is forecast from Wednesday.
rl| Flood warnings: check your postcode
rl| Pictures: Swollen rivers burst their banks
sb| Share  f  X  ✉
"""),

dict(id="en-018", lang="en", fmt="", notes="Aggregator page without a headline: tennis quarter-final results as 'bt' lines with set scores; site header, source stamp, read-original link and repost disclaimer.", lines="""
nv| SportsWire Digest
at| Source: Baltic Tennis Weekly
ot| 2026-11-14 21:06
b| Results from the Kaunas Indoor Open quarter-finals on Friday.
b| Men's singles
b| A. Petrov bt J. Lindqvist 6-4 3-6 7-5
b| R. Almeida bt K. Novak 7-6 (4) 6-2
b| Women's singles
b| L. Haverkamp bt S. Ito 6-1 6-3
b| M. Durand bt E. Kowal 4-6 6-4 6-0
b| The semi-finals are on Saturday from 13:00 local time.
at| Read the original at Baltic Tennis Weekly
di| SportsWire Digest republishes third-party reports automatically and does not verify their content.
rl| Related
+rl| Petrov into first indoor semi since 2023
"""),

dict(id="hard-en-001", lang="en", fmt="", notes="Hard: weekly crypto market story whose own price list (coin, price, weekly change) must be kept, on a crypto page with a real price ticker, a doubled dek, an exchange promo and a reposting disclaimer.", lines="""
du| Bitcoin fell for a second week as funding rates cooled.Bitcoin fell for a second week as funding rates cooled.
t| Crypto week in numbers: bitcoin slips, solana holds
b| Bitcoin lost 3.1% over the seven days to Sunday, its second weekly fall in a row.
b| Closing prices on Sunday
b| Bitcoin: $71,420 (-3.1%)
b| Ether: $3,612 (-4.4%)
b| Solana: $188.30 (+0.6%)
b| XRP: $0.74 (-1.9%)
b| Traders said the drop was driven by lower leverage rather than selling by long-term holders.
b| "This is a cooling, not a capitulation," said analyst Mira Sato.
cp| Trade BTC with zero maker fees for 30 days — claim your bonus
ct| BTC $71,388.20 -0.42%
+ct| ETH $3,609.75 -0.31%
+ct| SOLSolana$188.41+0.09%USD
di| This article was reposted from a third-party source. Its views do not represent the platform. Contact us for removal.
rl| You May Also Like
+rl| Layer-2 fees hit a yearly low
+rl| Layer-2 fees hit a yearly low
+sb| Share
"""),

dict(id="hard-en-002", lang="en", fmt="", notes="Hard: football report that carries its own score line and league-table rows while the page has a live-score strip and a league-table widget with similar rows, plus share bar and related links; photo caption.", lines="""
ot| LIVE SCORES  Port Amble 1-0 Greyhaven 62'  ·  Oldcastle 2-2 Merrow HT
nv| Coastline Sport › Football › League Two
t| Merrow United end five-game slide with win at Fulbrook
c| Merrow's Ife Adebayo heads in the winner. Photo: Coastline Sport
b| Fulbrook 1 Merrow United 2
b| Merrow United ended a run of five defeats with a late win at Fulbrook on Tuesday night.
b| Ife Adebayo headed the winner in the 88th minute.
b| How the bottom of the table looks
b| 21. Merrow United — 14 pts
b| 22. Fulbrook — 12 pts
b| 23. Sandhaven — 11 pts
b| 24. Castlemoor — 8 pts
b| Merrow play Sandhaven on Saturday.
ot| League Two table
+ot| 1 Oldcastle 38
+ot| 2 Port Amble 35
+ot| 3 Greyhaven 33
+ot| Full table ›
sb| Share via WhatsApp | Facebook | Email
rl| Latest football
+rl| Fulbrook manager: 'We have to stop conceding late'
+rl| Castlemoor owner puts club up for sale
"""),

dict(id="hard-en-003", lang="en", fmt="trail", notes="Hard: story on cookie-banner fines lists regulator fines by company and quotes a banner button text; the page carries a real cookie banner and a privacy notice. Trailing whitespace.", lines="""
ck| We use cookies for analytics and advertising. You can change your choice at any time.
+ck| Agree and close    Choose cookies
t| Regulator fines five retailers over 'reject all' buttons
ot| By Lena Forsyth · Technology · 12 November 2026
b| The data protection regulator has fined five online retailers a combined £2.3m over cookie banners that made refusing tracking harder than accepting it.
b| The fines
b| - Brightcart: £820,000
b| - Homefold: £610,000
b| - Vesta Outdoor: £400,000
b| - Kindle & Co: £290,000
b| - Tessa Shoes: £180,000
b| In one case the "Reject" link was hidden behind a "More options" page.
b| Sites must now show "Accept all" and "Reject all" with equal prominence.
b| The companies have 28 days to appeal.
rl| Related: What cookie rules mean for small websites
ot| Privacy notice · Cookie settings · Terms of use
"""),

dict(id="hard-en-004", lang="en", fmt="", notes="Hard: media story ranking paid newsletters by subscribers (its own numbered list) on a page with a newsletter sign-up, sponsored newsletter list and share/comment bars.", lines="""
nl| Sign up to The Media Brief: every Monday, free
+nl| Your email address            Sign up
t| The newsletter boom in five numbers
ot| Orla Quinlan, media editor
b| Paid email newsletters had their best year yet in 2026, according to a survey by Inkwell Analytics.
b| Largest paid newsletters by subscribers
b| 1. The Quiet Ledger (finance): 214,000
b| 2. Field Notes (science): 162,000
b| 3. Second Act (careers): 98,500
b| The median writer earns £2,400 a month.
b| One in three readers pay for more than one newsletter.
rl| Newsletters we recommend
+rl| Morning Markets — a 5-minute read before the bell
+rl| The Weekender — long reads for Saturday
sb| Share on LinkedIn  |  Share on X
cm| Comments (9)
"""),

dict(id="hard-en-005", lang="en", fmt="nofinal", notes="Hard: story about a news site's comment-moderation statistics with a key-figures list and quoted house rules; real comment prompt and community guidelines link on the page. No final newline.", lines="""
nv| Media | Press | Broadcasting
t| Comments on the Lowland Post fell by half after ID rule
b| The number of reader comments on the Lowland Post fell by 48% after it required commenters to verify their identity.
b| Key figures
b| • Comments per day, before: 11,200
b| • Comments per day, after: 5,830
b| • Share removed by moderators: down from 9% to 3%
b| The paper's notice now reads: "Comments are open for 48 hours."
b| Editor Jamie Rourke said the debate had become "more useful, if quieter".
cm| Have your say — 31 comments
+cm| Sign in to comment   Read our community guidelines
rl| Media stories: Radio network cuts local breakfast shows
"""),

dict(id="hard-en-006", lang="en", fmt="", notes="Hard: study of recommendation widgets; the story quotes a 'most read' list of its own next to the page's real most-read list and 'recommended for you' teasers.", lines="""
nv| TechLedger › Platforms
t| Study: 'most read' boxes favour crime and celebrity
ot| Aoife Brennan · 9 Nov 2026
b| Automated "most read" boxes on news sites push crime and celebrity stories, a study of 40 sites has found.
b| Share of top-five slots, by topic
b| Crime: 31%
b| Celebrity: 24%
b| Politics: 15%
b| Science: 3%
b| The researchers want sites to label such lists as ranked by clicks.
rl| Most read
+rl| 1. Phone maker recalls 80,000 chargers
+rl| 2. Why your broadband bill went up in October
+rl| 3. The spreadsheet that runs a small city
rl| Recommended for you
+rl| Inside the search engine that pays publishers
sb| Share article
"""),

dict(id="hard-en-007", lang="en", fmt="", notes="Hard: study of viral sharing lists share counts per platform and quotes share-button wording; the page has a real share bar with counts and a comment bar.", lines="""
sb| 2.4K shares
t| A single post, 1.3 million shares: anatomy of a viral rumour
ot| Sunil Varma, disinformation reporter
b| A false post about a school closure was shared 1.3 million times in 36 hours, researchers at Eastway University found.
b| Shares by platform
b| Facebook: 612,000
b| WhatsApp (forwards): 455,000
b| X: 171,000
b| Telegram: 94,000
b| Most people shared it within a minute of seeing it.
b| Platforms should add a prompt asking "Read before you share?", the authors say.
sb| Share  Facebook  X  WhatsApp  Email
cm| 56 comments  ·  Add yours
rl| Related: Fact check: no, schools are not closing on Friday
"""),

dict(id="hard-en-008", lang="en", fmt="", notes="Hard: story ranking the most downloaded news apps with a numbered list; the page carries an app-download prompt, app-store badges and an ad label.", lines="""
nv| Open in the Chronicle app  ·  Continue in browser
t| Chart: the ten most downloaded news apps of 2026 (top five)
ot| Bea Hollis  ·  Business
b| News apps were downloaded 18% less often this year than in 2025, according to AppScope.
b| Most downloaded
b| 1. NewsNow Lite — 4.1m
b| 2. The Chronicle — 3.6m
b| 3. Pulse Local — 2.9m
b| 4. Brief — 2.2m
b| 5. Metro Dispatch — 1.8m
b| Free apps with push alerts did best.
ot| Advertisement
nv| Get the Chronicle app
+nv| App Store  |  Google Play
rl| Related: Chronicle launches audio edition
"""),
]
