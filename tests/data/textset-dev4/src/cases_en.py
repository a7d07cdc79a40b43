# English cases for textset-dev4 (see make_cases.py for the tag format).
CASES = []


def case(cid, notes, lines, **opts):
    CASES.append(dict(id=cid, notes=notes, lines=lines, **opts))


case("en-001", "Health desk on a regional daily: multi-button consent dialog and breadcrumb on top, "
     "byline/date, an 'Advertisement' label and a newsletter box mid-story, bulleted clinic list, "
     "'Most read' teasers after a run of blank lines, copyright footer.", """
ck | Your privacy choices
ck | Harbourline Post and 214 partners store and read information on your device to measure audiences, show you tailored adverts and improve our journalism.
ck | You can change your mind at any time from the "Privacy settings" link at the foot of every page.
ck | Agree and continue
ck | See purposes
ck | Continue without agreeing
nv | Home › Health › Public health
T | Measles catch-up clinics open in six county towns after cluster at primary school
ot | By Annika Lowther, Health Correspondent
ot | Published 14 March 2026, 07:12 GMT
B | Walk-in measles vaccination clinics will open in six towns across Carrow County from Monday after nine children at a single primary school were confirmed to have the infection.
B | The county's public health team said all nine pupils at St Brannoc's Primary in Wendlesham were recovering at home, and that one younger sibling had been treated in hospital as a precaution.
B | Dr Felicity Oduya, the county's director of public health, said uptake of the second MMR dose among five-year-olds had fallen to 81 per cent, well below the 95 per cent needed to stop outbreaks.
B | "This is entirely preventable," she said.
ot | Advertisement
B | Where to get vaccinated
B | The clinics will run from 9am to 6pm on weekdays and from 10am to 2pm on Saturdays at:
B^ | - Wendlesham Library, Market Row
B^ | - Polcarrow Leisure Centre
B^ | - Treloan Community Hall
B^ | - St Austin's Health Centre (first floor)
B^ | - Fowey Road Pharmacy, Lanmorris
B^ | - The Quay Surgery, Pentrevick
nl | Get the Harbourline Health Check newsletter — a five-minute read every Thursday on what matters for your family's health.
nl^ | Enter your email
nl^ | Sign me up
B | Parents do not need an appointment and children up to the age of 19 can receive any missed doses.
B | The school has asked families to keep unvaccinated siblings at home for 21 days if they have been in contact with a confirmed case.
B | Measles spreads through coughs and sneezes and can lead to pneumonia, encephalitis and, rarely, death.
~
~
~
rl | Most read
rl^ | Council confirms Treloan bypass will not open until 2028
rl^ | Lifeboat crew rescue two kayakers off Penhallow Point
rl^ | Inside the bakery that has sold 1.2 million pasties since lockdown
rl^ | Man charged after mobile phone shop raid in Polcarrow
at | © Harbourline Media Group 2026. All rights reserved.
""")

case("en-002", "Courts story: wire copy syndicated on a web portal. Portal menu and 'From <agency>' label on "
     "top, courtroom-sketch caption, standalone dateline line, agency reporting/editing credit and "
     "'Originally published at' line, 'Report an issue' link, portal teasers.", """
nv | Newsgrid
nv | News  Sport  Money  Weather  Entertainment  Video
nv | Sign in
at | From Continental Press Service
T | Former pension fund boss jailed for nine years over £38m fraud
ot | Published 22 Apr 2026 at 4:51PM
C | A court sketch of Graham Pettifer in the dock at Southwark Crown Court on Tuesday. (Illustration: Priya Malhotra/CPS)
B | LONDON, April 22 (CPS) -
B | A former chief executive of a workplace pension provider was jailed for nine years on Wednesday for diverting 38 million pounds of members' savings into property ventures he secretly controlled.
B | Graham Pettifer, 61, who ran Beacon Lane Retirement Trust from 2014 to 2022, was convicted in February of fraud by abuse of position and false accounting after a 14-week trial.
B | Judge Helen Asante told him his "greed and arrogance" had left more than 6,000 savers, many of them cleaners and care workers, facing years of uncertainty.
B | "You treated their retirement as your personal piggy bank," she said.
B | Prosecutors said Pettifer moved money through a chain of 17 companies registered in Gibraltar and the Isle of Man between 2017 and 2021.
B | About 22 million pounds has since been recovered, according to the Serious Fraud Office, which brought the case.
B | Pettifer's lawyer, Oliver Crane, said his client intended to appeal against the sentence.
at | (Reporting by Samuel Obi; Editing by Rhiannon Clegg)
at | Originally published at continentalpress.net
ot | Report an issue with this article
rl | More from Newsgrid
rl | Estate agent fined after fake reviews campaign targeted rival branches
rl | Landlord banned from renting homes for five years
rl | What the new pension dashboards will show you — and when
""")

case("en-003", "Local council news (local democracy reporter), single newlines only. Skip link and "
     "breadcrumb, bare byline / role / time lines, inline 'Read more:' teaser between paragraphs, "
     "bulleted list of changes, comment count and prompts, trending teasers, footer menu.", """
nv | Skip to main navigation
nv | Fenwick Courier | News | Fenwick | Council
T | Fortnightly bin collections approved despite 4,000-name petition
ot | Dominic Hale
ot | Local Democracy Reporter
ot | 11:30, Thu 5 Feb 2026
B | Fenwick District Council has voted to move general waste collections from weekly to fortnightly from June, despite a petition signed by more than 4,000 residents.
B | Councillors backed the change by 23 votes to 17 at a meeting on Wednesday evening that ran for almost four hours.
B | The authority says the switch will save around £1.4m a year and push up recycling rates, which stood at 38 per cent last year.
rl | Read more: Fenwick council tax to rise by 4.99 per cent in April
B | What changes in June
B | - Black bins will be emptied every other week.
B | - Food waste caddies will still be collected weekly.
B | - Households with six or more people can apply for a larger 240-litre bin.
B | - Garden waste subscriptions will rise from £48 to £55.
B | Opposition leader Cllr Maureen Dutta called the decision "a tax on families by the back door" and said she would ask for it to be reviewed in 12 months.
B | Cabinet member for environment Cllr Tariq Ellison said: "Nearly every neighbouring council already does this. The sky has not fallen in."
cm | 47 comments
cm | Have your say — log in or register to comment on this story.
cm | Our community guidelines ask you to keep debate civil and on topic.
rl | Trending in Fenwick
rl | Two hurt in collision on the A614 near Hollins Cross
rl | Popular market trader retires after 52 years on the same pitch
nv | About us | Contact | Advertise | Terms
""", sep="\n")

case("en-004", "Weather/disaster live blog: LIVE label and 'Updated' stamp on top, timestamped entries "
     "(times inside the entry lines), per-entry 'Share this post' links and an advert label between "
     "entries, 'Show earlier updates' / 'Back to top' and related stories at the bottom.", """
ot | LIVE
T | Storm Isolde: River Tamm bursts banks as 300 homes evacuated — latest updates
ot | Updated 2 minutes ago
ot | Follow our live coverage below — new posts appear automatically.
B | 14:52 — The Environment Agency has issued a severe flood warning, meaning danger to life, for Lower Tammford and Millbridge.
B | 14:40 — Firefighters are using boats to reach residents in Cooper's Lane, where water is now about a metre deep.
sh | Share this post
B | 14:15 — Northshire Police say the A59 is closed in both directions between the Tammford roundabout and Holme Bridge.
B | "Do not attempt to drive through floodwater. Thirty centimetres of moving water can float a car," said Inspector Kay Brennan.
sh | Share this post
ot | Advertisement
B | 13:58 — The rain gauge at Scarth Moor recorded 112mm in 24 hours, the highest total since records began there in 1961.
sh | Share this post
B | 13:30 — A rest centre has opened at Tammford Academy on Church Road. The council says 140 people have registered so far.
B | 13:05 — Rail operator Pennine Connect has cancelled all services between Tammford and Skelby until at least 18:00.
ot | Show 24 earlier updates
nv | Back to top
rl | Related stories
rl | Pictures: the morning after the flood in Millbridge
rl | How to check if your home is at risk of flooding
""")

case("en-005", "Tech product review: affiliate disclosure on top, reviewer/updated/score lines and "
     "price buttons (widgets), subheadings incl. 'Should you buy it?', Pros/Cons lists, a repeated "
     "price button and share bar at the bottom. Trailing spaces/tabs/NBSP on some lines.", """
nv | GearLoupe
nv | Reviews / Audio / Headphones
di_ | GearLoupe is reader-supported. When you buy through links on our site, we may earn a commission — this never affects our verdicts.
T | Solvane Arc 2 review: quiet, comfortable and a little too polite
ot | Reviewed by Marcus Delgado
ot% | Last updated: 9 January 2026
ot | Our score: 4/5
ot | $249 at Voltmart
ot | Check price at Sonicbay
B | Solvane's second over-ear headphone is lighter than the first, lasts longer between charges and blocks out more of a commuter train than almost anything we have tried at this price.
B_ | At 251 grams it is 38 grams lighter than the original Arc, and the new memory-foam cushions stayed comfortable through a six-hour flight.
B | Battery life
B | Solvane claims 55 hours with noise cancelling switched on. In our rundown test, looping a podcast at 60 per cent volume, the Arc 2 lasted 51 hours and 20 minutes.
B@ | A ten-minute charge over USB-C gave us just under seven hours of playback.
B | Sound
B | Out of the box the tuning is warm and restrained, with gentle bass that never smears vocals but also never quite excites.
B | Should you buy it?
B | Pros:
B^ | - Excellent noise cancelling for the price
B^ | - Light and comfortable for long sessions
B | Cons:
B^ | - Cautious default sound
B^ | - No wear detection
B | If you want silence and stamina more than sparkle, the Arc 2 is an easy recommendation.
ot | Solvane Arc 2: $249 at Voltmart
sh_ | Share on X | Share on Facebook | Copy link
rl | You might also like
rl | The best noise-cancelling earbuds for running, tested
rl | Vexa Pods Pro review: brilliant sound, baffling controls
""")

case("en-006", "Sports match report: score/scorers widget above the headline, byline with venue, photo "
     "caption with credit, match-stats widget and comment count after the story, league teasers.", """
ot | FULL TIME
ot | Ashbourne Athletic 2 - 1 Kelham Rovers
ot | Okafor 23', Lindqvist 71' | Barrow 58' (pen)
T | Lindqvist header sends Ashbourne top as ten-man Kelham fall short
ot | By Jamie Cartwright at Brook Lane
ot | Saturday 7 March 2026 17:04
C | Erik Lindqvist celebrates his winner in front of the home end. Photograph: Terry Nuttall/Terrace Report
B | Erik Lindqvist rose highest to meet a 71st-minute corner as Ashbourne Athletic beat Kelham Rovers 2-1 and moved to the top of League Two for the first time since 2011.
B | Chidi Okafor had given the hosts the lead with a low drive from the edge of the area, but Kelham levelled when Danny Barrow converted a penalty after Sam Reeve tripped Joel Mensah.
B | Kelham were reduced to ten men seven minutes later when captain Lewis Foy received a second yellow card for dissent.
B | "We showed character today, and that's what wins you leagues," said Ashbourne manager Paula Hendry.
B | Her side have now taken 22 points from their last nine matches and sit a point clear of Grimsdale with ten games remaining.
B | Kelham, who have not won away since November, drop to 19th.
ot | Match stats
ot^ | Possession 58% – 42%
ot^ | Shots on target 6 – 3
ot^ | Corners 9 – 2
cm | 31 comments
rl | Latest League Two news
rl | Grimsdale boss hits out at fixture pile-up after cup replay
rl | Kelham confirm talks with investors over stadium sale
""")

case("en-007", "Obituary on a local paper; the scrape lost the headline (title null). Section menu and "
     "posting date on top; guestbook prompts, flower-shop and funeral-home lines, share link and "
     "search link at the bottom. No final newline.", """
nv | Lakeside Gazette
nv | Obituaries · Death notices · Place a notice
ot | Posted March 30, 2026
B | Eleanor Ruth Vasquez-Hart, who taught chemistry at Marlowe High School for 34 years and coached its debate team to three state titles, died on March 26 at her home in Cedar Falls. She was 88.
B | Born in Tucson in 1937, she was the first woman in her family to attend college, earning a degree from the University of Arizona in 1959.
B | Generations of students remember her lab coat covered in handwritten equations and her rule that "every wrong answer gets a second chance."
B | After retiring in 1996, she volunteered at the county library's adult literacy program until she was 85.
B | She is survived by her husband of 62 years, Thomas; her daughters, Carmen and Louise; five grandchildren; and one great-grandson.
B | A memorial service will be held at 11 a.m. on Saturday, April 4, at First Methodist Church, 210 Grove Street.
B | In lieu of flowers, the family asks that donations be made to the Marlowe High School science scholarship fund.
cm | Sign the guestbook
cm | 18 entries in the guestbook
ot | Send flowers to the family of Eleanor Vasquez-Hart
ot | Arrangements by Whitcombe & Daughters Funeral Home
sh | Share this notice
nv | Search obituaries by name
""", final=False)

case("en-008", "Opinion column: section label, columnist name/date, 'Listen' and share/save/gift bar on "
     "top; one-sentence paragraphs, a paragraph starting with 'Read'; author bio, opinion "
     "disclaimer, letters prompt and newsletter pitch at the bottom.", """
nv | Opinion
T | Our town centres don't need more parking. They need more reasons to stay
ot | Rosalind Achebe-Grant
ot | Sun 12 Apr 2026 06.00 BST
ot | Listen to this column · 6 min
sh | Share | Save | Gift this article
B | Every few years a council somewhere announces that the answer to its dying high street is a new multi-storey car park.
B | It is an understandable instinct. Shopkeepers say customers cannot find anywhere to stop, and a car park is something a council can actually build.
B | But the evidence points the other way.
B | A 2024 survey of 1,800 shoppers in Stanbury found that people who arrived on foot or by bike visited the centre 11 times a month, against seven times for those who drove.
B | Drivers spent more per visit. Walkers spent more per month.
B | What brings people back is not a space for the car but a reason to linger: a bench in the sun, a library that opens in the evening, a market that sells something you cannot order online.
B | Stanbury tried exactly that. It turned a 90-space surface car park into a covered market square in 2023, and footfall on the neighbouring streets rose by a fifth in a year.
B | Read the council papers for any town-centre plan and you will find pages on traffic flow and almost nothing on shade, toilets or somewhere to sit.
B | That is the wrong way round.
ot | Rosalind Achebe-Grant is an urban geographer at the University of Hollinsbury and the author of Streets Worth Staying In.
di | Opinions in this section belong to their authors, not to The Meridian Review's editorial board.
cm | Do you have an opinion on the issues raised in this article? Email us a letter of up to 300 words to be considered for publication.
nl | Opinion in your inbox: our best columns, every weekday at 7am.
""")

case("en-009", "Business earnings on a markets site: index/FX strip on one line and a quote box with a "
     "watchlist button (crypto_ticker = price tickers), bulleted key figures, AI-assistance note, "
     "sponsored teasers and most-read list.", """
ct | FTSE 100 8,412.55 +0.61% | FTSE 250 20,107.30 -0.14% | GBP/USD 1.2831 +0.09% | Brent $78.04 -1.12%
nv | Markets | Companies | Economy | Personal finance
T | Caldwell Foods profit jumps 18% as own-label ready meals win shoppers
ot | Ines Korver
ot | Thu 30 Jul 2026 08:15 BST · Updated 10:02 BST
ct | CALDWELL FOODS PLC (CDF.L)
ct^ | 412.60p
ct^ | +31.80 (+8.35%)
ot^ | Add to watchlist
B | Caldwell Foods, the UK's third-largest maker of supermarket own-label food, reported an 18 per cent rise in half-year profit on Thursday as cash-strapped shoppers swapped branded ready meals for cheaper alternatives.
B | Adjusted operating profit for the six months to June rose to £96.4m from £81.7m, on revenue up 6 per cent at £1.31bn.
B | The company raised its interim dividend to 5.2p from 4.6p and said full-year results would be "at the upper end" of analysts' expectations.
B | Key figures
B | - Revenue: £1.31bn (+6%)
B | - Adjusted operating profit: £96.4m (+18%)
B | - Net debt: £212m, down from £268m
B | - Interim dividend: 5.2p
B | Chief executive Hamid Lorne said volumes in chilled meals had grown for eight consecutive quarters.
B | Shares rose 8 per cent in early trading, making Caldwell the biggest riser on the FTSE 250.
B | Analysts at Brockwell Stanton said the update removed worries about pressure on margins from higher wage costs.
di | Parts of this report were drafted with automated tools from company filings and checked by a Ledgerline editor.
ot | Sponsored
ot | Five dividend stocks fund managers are quietly buying (Sponsored by Calder Wealth)
ot | Is your pension on track? Try our free retirement calculator (Promoted)
rl | Most read in Companies
rl | Rail freight group warns on profit as steel volumes slump
rl | Northcote Homes cuts build targets amid planning backlog
""")

case("en-010", "Real-estate market story, CRLF line endings. Doubled dek glued on the first line, "
     "two-button cookie bar, breadcrumb, byline/date; a mortgage-calculator widget and 'Story "
     "continues below' mid-story; tag list, sponsored property listings and share link at the end.", """
du | Typical asking price in 42 commuter towns fell 0.8% in September.Typical asking price in 42 commuter towns fell 0.8% in September.
ck | This site relies on cookies for core features and, if you allow it, for advertising and analytics.
ck | Allow all
ck | Essential only
nv | Property › News › Market
T | Asking prices in commuter belt slip for third month as buyers hold out for rate cuts
ot | Written by Callum Reyes | 18 September 2026
B | Average asking prices in towns within an hour of London fell for the third month in a row in September, according to property portal Homeview.
B | The typical asking price across 42 commuter towns dropped 0.8 per cent to £418,250, the portal said, with the sharpest falls in Kent and Bedfordshire.
B | Sellers are cutting prices sooner, too: 39 per cent of homes listed in July had been reduced by mid-September, up from 31 per cent a year earlier.
ot | Mortgage calculator
ot^ | Property price: £300,000 | Deposit: 10% | Term: 25 years
ot^ | Estimated monthly repayment: £1,612
ot | Story continues below
B | "Buyers have become very good at waiting," said Homeview's director of research, Nadia Forsythe. "They think rates will fall again before Christmas and they want to see it happen first."
B | The Bank of England held its base rate at 4.25 per cent this month.
B | Estate agents in Sevenleigh and Amberton told Brickfield that first-time buyers were still active but offering 5 to 7 per cent below asking.
nv | Tags: house prices, commuter towns, mortgages, Homeview
ot | Featured homes
ot | 3 bed semi-detached house, Amberton — £389,950
ot | 2 bed flat with balcony, Sevenleigh — £265,000
sh | Share this story
""", crlf=True)

case("en-011", "Forum repost of a farming-paper article, single newlines: board navigation, thread title "
     "that repeats the headline with '(from ...)', post header and poster's intro line, the article, "
     "'Source:' line, then replies (reply headers and reply text are comments) and pager links.", """
nv | AgriTalk Forum
nv | Board index ‹ Arable ‹ Harvest 2026
nv | Post Reply | Search this topic | 14 posts • Page 1 of 2
ot | Topic: Wheat yields down a tenth across East Anglia, survey finds (from Eastern Farmer)
ot | Post by stubblefield_joe » Wed Aug 12, 2026 9:14 pm
ot | Thought this would interest a few of you, copied from today's paper:
T | Wheat yields down a tenth across East Anglia, survey finds
B | Wheat yields in East Anglia are running about 10 per cent below the five-year average, according to an early harvest survey of 212 farms.
B | The survey, by agronomy firm Fenland Crop Advisers, put the average yield so far at 7.6 tonnes per hectare, against 8.4 tonnes over the past five years.
B | A wet October delayed drilling on heavier land, and a dry May then held back grain fill, the firm said.
B | Milling quality is holding up better. Protein levels averaged 13.1 per cent, above the 13 per cent most millers require.
B | Oilseed rape has fared worse, with some growers reporting yields of under 2.5 tonnes a hectare after flea beetle damage.
B | "It is a year where the margin is in the detail — variety, timing, and a bit of luck," said the firm's lead agronomist, Gareth Pimm.
at | Source: Eastern Farmer, 12 August 2026
cm | Re: Wheat yields down a tenth across East Anglia, survey finds
cm | Post by Hollowfield » Wed Aug 12, 2026 9:40 pm
cm | About right for us on the clay. 7.2 off the Skyfall, better on the lighter land.
cm | Post by MF135_Mick » Thu Aug 13, 2026 6:02 am
cm | Rape was a disaster here, wouldn't even cover the seed and spray.
nv | Display posts from previous: All posts | Sort by Post time
nv | Next page »
""", sep="\n")

case("en-012", "Theatre review: headline doubled on the next line, star rating, critic and date, photo "
     "caption with credit, listing line at the end of the review (kept as body), share row and a "
     "'More theatre reviews' block where each teaser title appears twice.", """
T | The Glass Orchard review – a slow-burn family drama that earns its final storm
du | The Glass Orchard review – a slow-burn family drama that earns its final storm
ot | ★★★★☆
ot | Harriet Blume
ot | Wed 21 Oct 2026 14.30 GMT
C | Mei Tanaka-Ross and Aldo Ferrante in The Glass Orchard at the Kestrel Theatre. Photograph: Joss Whitley
B | There is a moment, about forty minutes into Ines Okonjo's new play, when a teacup is set down a little too hard and the whole auditorium seems to flinch.
B | It is a measure of how carefully The Glass Orchard builds pressure that such a small sound can land like a slammed door.
B | Three adult siblings return to their late mother's apple farm in Herefordshire to decide whether to sell it to a developer.
B | Okonjo gives each of them a reason to stay and a better reason to leave, and director Pavel Sorensen lets the arguments breathe.
B | Mei Tanaka-Ross is superb as the eldest, Vera, whose brisk practicality curdles into something closer to grief.
B | The second half sags a little under an unnecessary subplot about a missing will.
B | But the closing storm scene, staged with nothing more than a rattling window frame and a single swinging lamp, is unforgettable.
B | The Glass Orchard is at the Kestrel Theatre, London, until 28 November.
sh | Facebook | X | Email | Copy link
rl | More theatre reviews
rl | Brightwater review – a musical about a lido that never quite makes a splash
rl | Brightwater review – a musical about a lido that never quite makes a splash
rl | Hamlet in the Car Park review – Shakespeare with hazard lights
rl | Hamlet in the Car Park review – Shakespeare with hazard lights
""")

case("en-013", "Education Q&A interview: site name and menu, interviewer byline and date, intro "
     "paragraph and Q:/A: lines (all body, incl. the short 'Q: And did they?'), editor's note on "
     "condensing, newsletter pitch and related teasers.", """
nv | The Schools Desk
nv | News | Interviews | Data | Jobs
T | "Phones away isn't a policy, it's a starting point": a head teacher on her school's ban, one year on
ot | Interview by Leon Marchetti
ot | 2 June 2026
B | When Rowan Vale Academy in Dunmere locked pupils' phones in pouches for the whole school day last September, it became one of the first large secondaries in the region to do so. We asked head teacher Sandra Okwu what has changed.
B | Q: What did you expect to happen?
B | A: Honestly, a mutiny. We had 1,340 pupils and I assumed a third of them would find a way around it within a week.
B | Q: And did they?
B | A: About 40 pouches were forced open in the first month. Since Christmas it has been two or three a term.
B | Q: What has the effect been on behaviour?
B | A: Recorded incidents of bullying that started online fell from 212 in the previous year to 97. Lunchtimes are louder, which I count as a good thing.
B | Q: Any downsides?
B | A: Parents who want to reach their children during the day now have to ring reception, and our two receptionists would like a word with me about that.
ot | Editor's note: This interview has been condensed and edited for clarity.
nl | The Schools Desk briefing lands every Sunday evening. Join 41,000 teachers and governors.
nl | Subscribe free
rl | Related
rl | Pouches, lockers or nothing? What the research says about phone bans
rl | Dunmere trust to merge with neighbouring academy group
""")

case("en-014", "Fact-check article: site and section breadcrumb, date/byline line; Claim:/Verdict: "
     "lines, a subheading and bulleted list are body; a correction box (other), 'How we rate "
     "claims' link, tipline prompt and share link at the bottom.", """
nv | VeriFact Desk
nv | Fact checks › Health
T | No, a new law does not ban tap water in schools from September
ot | Published 3 Aug 2026 | By Tomasz Wren
B | Claim: From September, schools will be banned from giving pupils tap water and must buy bottled water instead.
B | Verdict: False. No such law or regulation exists. The Department for Education's guidance still requires schools to provide free drinking water.
B | A post making this claim has been shared more than 18,000 times on Facebook since late July.
B | It appears to misread a consultation on lead pipes in buildings built before 1970, which proposes more frequent testing but says nothing about banning tap water.
B | The department told VeriFact: "There are no plans to stop schools providing tap water. The consultation is about testing, not prohibition."
B | What the consultation actually says
B | - Schools in older buildings would test drinking-water outlets every two years instead of every five.
B | - Any outlet above the legal lead limit would be taken out of use until fixed.
B | - The consultation closes on 30 September.
ot | Correction, 4 August: An earlier version of this article gave the wrong closing date for the consultation. It is 30 September, not 30 October.
ot | How we rate claims
ot | Seen a claim you think is misleading? Send it to our tipline on WhatsApp: +44 7700 900418
sh | Share this fact check
""")

case("en-015", "Science desk: subscribe/sign-in links and a free-article meter on top, section label, "
     "one-line byline/date/read-time; inline 'Read also:' teaser mid-story; a run of blank lines, "
     "author bio, citation line, topic tags and popular teasers at the bottom.", """
nv | Fieldnote Science
nv | Subscribe | Sign in
ot | You have read 2 of your 4 free articles this month.
nv | Life Sciences
T | Microbes in a Pacific trench 'breathe' iron and may help explain how early life coped without oxygen
ot | By Dr Leena Marwick | 19 Nov 2026 | 5 min read
B | Microbes living in sediment more than 8,000 metres down in the Kermadec Trench survive by using iron minerals instead of oxygen to release energy from food, researchers report.
B | The team, led by geomicrobiologist Hana Petrović at the Southern Ocean Institute in Dunedin, found the cells wrapped in thin crusts of rust-coloured minerals.
B | The organisms grow extraordinarily slowly. By the team's estimate, some cells divide only once every few hundred years.
rl | Read also: Ocean floor 'snow' carries more carbon than models assumed
B | "They are living in slow motion," Petrović said. "But they are very much alive."
B | The finding, published in the journal Deep Biosphere Letters, adds to evidence that iron-breathing metabolism was widespread before oxygen built up in the atmosphere about 2.4 billion years ago.
B | Samples were collected by a remotely operated vehicle during a 2024 expedition and kept under pressure all the way back to the laboratory.
~
~
ot | Dr Leena Marwick is a senior science writer at Fieldnote. She previously worked as a marine ecologist.
ot | Cite this article: Marwick, L. (2026). Iron-breathing microbes in the Kermadec Trench. Fieldnote Science.
nv | Topics: oceans · microbiology · origin of life
rl | Popular this week
rl | The comet that arrived early — and what it told astronomers
rl | Why some bats can hear insects' footsteps
""")

# ---------------------------------------------------------------- hard cases
case("hard-en-001", "Hard: a regulator fines a retailer over a manipulative cookie banner; the story quotes "
     "banner buttons ('Accept all cookies', 'Reject all') and lists consent rules. The page itself "
     "carries a real consent dialog on top and a 'Cookie settings' footer link.", """
ck | Before you continue
ck | We and our 87 advertising partners would like to set cookies to remember your preferences, count visits and show ads that match your interests.
ck | Accept everything
ck | Choose what to allow
nv | Tech · Policy · Privacy
T | Retailer fined €4.2m for cookie banner that made "reject" four clicks away
ot | Ruth Abernethy-Cole · 3 hours ago
B | A data protection regulator has fined online furniture retailer Nordhaus Living €4.2 million after finding that its cookie banner steered visitors into accepting tracking.
B | The banner showed a large green "Accept all cookies" button on its first screen. Visitors who wanted to refuse had to click "Settings", scroll through 11 categories and switch each one off individually.
B | The regulator said the design meant that refusing took at least four clicks, against one to accept, which breached the requirement that consent be "as easy to withdraw as to give".
B | Quoting the banner in its decision, the authority noted that the text "We use cookies to give you the best shopping experience" did not mention that data would be shared with 140 advertising companies.
B | Nordhaus said it had already replaced the banner with one that offers "Accept all" and "Reject all" side by side and would appeal against the size of the fine.
B | Consent choices across the EU
B | - Reject buttons must appear on the first layer of a banner.
B | - Pre-ticked boxes do not count as consent.
B | - Consent must be renewed at least every 13 months under the regulator's guidance.
B | Privacy campaigners said the decision should push other retailers to redesign banners before the Christmas shopping season.
ck | Cookie settings
rl | More in Privacy
rl | Smart TV makers face questions over viewing-data sharing
rl | The browser setting that blocks most trackers — and why few people use it
""")

case("hard-en-002", "Hard: a bitcoin price-swing report whose body is full of prices, percentages and a "
     "bulleted list of price levels. The page carries a real squashed ticker strip, an exchange promo "
     "mid-story, a price box, a risk disclaimer and a Telegram promo.", """
ct | BTC $71,204.18 ▼3.42%ETH $2,511.07 ▼5.10%SOL $139.66 ▼6.83%XRP $0.5873 ▼2.14%
nv | News | Markets | Learn | Podcasts
T | Bitcoin drops below $70,000 for first time in six weeks as ETF outflows mount
ot | By Devika Raman | Edited by Paul Strand
ot | Apr 15, 2026, 9:47 a.m. UTC
B | Bitcoin fell as much as 6.1% on Wednesday to $69,412, its lowest level since early March, after US spot bitcoin exchange-traded funds recorded a fourth straight day of withdrawals.
B | The largest cryptocurrency later recovered to trade around $71,200 by 09:30 UTC, still down 3.4% over 24 hours.
B | Ether slid 5.1% to $2,511, while solana lost nearly 7%.
B | Spot ETFs saw net outflows of $612 million on Tuesday, according to data compiled by Farrow Research, the biggest single-day withdrawal since January.
cp | Trade BTC with zero maker fees for 30 days — new users only. Open an account with Kestrix Exchange in under 2 minutes.
B | "The market was crowded long into the halving anniversary and it is unwinding that now," said Lena Havel, head of derivatives at Ostrava Capital.
B | About $480 million of leveraged long positions were liquidated across exchanges in 24 hours, according to derivatives tracker Coinvane.
B | Price levels traders are watching:
B^ | - Support: $68,000, the March low
B^ | - Resistance: $74,500
B^ | - All-time high: $78,950, set on Feb. 27
ct | Bitcoin Price (BTC)
ct^ | $71,204.18
ct^ | -3.42% (24h)
di | This content is for information only and should not be read as investment advice. Digital assets are volatile and you could lose all of your capital.
cp | Get market-moving crypto headlines before the open — join 120k traders on the Blockline Telegram.
rl | Read next
rl | Ether staking yields fall to lowest since merge
rl | Why miners are selling more of their bitcoin this month
""")

case("hard-en-003", "Hard: a social network hides share counts; body lines mention the 'Share' button and "
     "one paragraph starts with 'Share counts'. The page carries a real share bar on top (icons) and "
     "share/comment counts at the bottom.", """
sh | Share
sh^ | 🔗 Copy link
sh^ | 𝕏 Post
sh^ | ✉ Email
T | Chirpline hides share counts to curb 'pile-on' posts
ot | Marguerite Oyelaran · Tech reporter
ot | 10 February 2026
B | Social network Chirpline will stop showing how many times a post has been shared, the company said on Tuesday, in a test covering about 30 million users in Canada, Brazil and Poland.
B | Share counts will still be visible to the person who wrote the post, but not to anyone else.
B | The "Share" button itself will stay in place beneath each post, next to "Reply" and "Like".
B | Chirpline's head of product integrity, Daniel Osei-Barnes, said internal research showed that posts with visible counts above 10,000 attracted three times as many abusive replies as similar posts without them.
B | "A big number tells people there is a crowd to join," he said.
B | Researchers at the Linthorpe Institute, who reviewed the trial design, said the company should publish the results whatever they show.
B | Similar experiments have had mixed results. A rival platform hid like counts in 2021 and later made the change optional after creators complained.
sh | Share this story
sh | 214 shares
cm | 63 comments
rl | Tech Now
rl | Chipmaker delays its first 2-nanometre phone processor
rl | Why your smart speaker is getting worse at understanding you
""")

case("hard-en-004", "Hard: a local paper closes comments on court reports and adds AI moderation; body "
     "starts with 'Comments will no longer be open' and lists the new rules. The page carries a real "
     "comment section (count, sort, a reader comment, reply/like line, load more).", """
nv | Ambleford Echo
nv | News | Sport | What's On | Announcements
T | Echo to close comments on court reports and use AI to flag abuse elsewhere
ot | Editor Joanne Pike
ot | 14:02, 27 May 2026
B | Comments will no longer be open under any court or inquest report on the Echo website from Monday, the paper has announced.
B | On other stories, comments will stay open for 48 hours and every post will be checked by an automated filter before a human moderator reviews anything it flags.
B | Editor Joanne Pike said the change followed a case last year in which a reader's comment under a trial report risked prejudicing a jury.
B | "We love hearing from readers. We do not love paying lawyers," she said.
B | The Echo received 212,000 comments last year. Moderators removed about 9 per cent of them, most for personal abuse.
B | Readers who want to have their say on a court story can still write a letter for the print edition.
B | The new rules in brief:
B | - No comments under court, inquest or tribunal reports
B | - Comment threads close after 48 hours
B | - Repeat offenders will be banned for 90 days
cm | Comments (128)
cm | Sort by: Newest | Oldest | Most liked
cm | mike_ambleford · 2h ago
cm | About time. Half the threads on here turn into a slanging match.
cm | Reply · 14 likes
cm | Load more comments
rl | Most read
rl | Ambleford man jailed for burglary spree across three villages
""")

case("hard-en-005", "Hard: a study of how newsletters win subscribers; a body line starts with 'Subscribe "
     "buttons'. The page carries a real newsletter sign-up box mid-story, a free-article meter with "
     "a subscribe pitch and a second newsletter prompt at the bottom.", """
nv | The Inkwell Report
nv | Media | Publishing | Jobs
T | Free newsletters now bring in a third of new digital subscribers at regional titles, study finds
ot | Callum Teague
ot | 12 January 2026 · 4 min read
B | Free email newsletters have become the biggest single source of new paying readers at Britain's regional news publishers, according to research published on Monday.
B | The study, by the Centre for Local Media at Brampton University, tracked 2.1 million newsletter sign-ups at 46 titles between 2023 and 2025.
B | It found that 34 per cent of people who took out a digital subscription had first signed up for a free newsletter, up from 19 per cent two years earlier.
nl | Enjoying this? Get The Inkwell Report's daily media briefing free in your inbox.
nl^ | Your email address
nl^ | Sign up
B | Subscribe buttons placed halfway down an article converted 2.3 times better than those at the bottom, the study found.
B | Daily briefings kept readers longer than breaking-news alerts, which had the highest unsubscribe rate at 11 per cent a month.
B | "A newsletter is a relationship, not a megaphone," said the report's author, Dr Amira Celik.
B | Several publishers told researchers they had started limiting the number of pop-ups asking readers to sign up, after complaints that they hid the articles.
ot | You've read 3 of your 4 free articles this month. Subscribe for unlimited access.
nl | Never miss a story: pick from 12 free newsletters
rl | Related articles
rl | Regional publisher to end print editions of four weeklies
rl | Why podcasts are losing listeners after 30 minutes
""")

case("hard-en-006", "Hard: a tribunal rules that a 'Not financial advice' caption did not protect a finance "
     "influencer; the body quotes the caption. The page ends with its own legal/financial "
     "disclaimer and a sponsorship disclosure. Trailing NBSP on several lines.", """
nv | Ledger & Law
nv | Home / Regulation / Enforcement
T@ | 'Not financial advice' label did not protect influencer who promoted penny shares, tribunal rules
ot | Priya Venkatesh, Legal Affairs Editor
ot@ | 6 October 2026
B | A finance influencer who told his 420,000 followers to buy shares in a little-known mining company cannot rely on the words "this is not financial advice" to escape liability, a tribunal has ruled.
B@ | Jordan Keswick, 29, posted 37 videos about Carrick Minerals over five months in 2024, during which its share price rose from 3p to 41p before collapsing.
B | Each video ended with a caption reading: "Not financial advice. Do your own research. I may hold positions in the stocks discussed."
B | The tribunal found that Keswick had been paid £86,000 by a marketing firm linked to Carrick's largest shareholder and had not disclosed it.
B@ | "A disclaimer is not a magic spell," the tribunal's chair, Judge Marian Holt, wrote. "Words at the end of a video cannot undo what the video as a whole encourages people to do."
B | Keswick was fined £120,000 and banned from promoting financial products for eight years.
B | His lawyer said he was considering an appeal.
di | The information on Ledger & Law is general in nature and is not legal or financial advice. Always seek advice about your own circumstances.
di | Ledger & Law may receive payment from some firms mentioned in sponsored features; this article is not sponsored.
rl | Related coverage
rl | Regulator warns 'finfluencers' over undisclosed payments
rl | Three things to check before following a share tip online
""")

case("hard-en-007", "Hard: an audit of a broadcaster's 'More like this' recommendation panel; the body has "
     "a 'Related findings' bullet list and a quote starting 'Recommended for you'. The page carries "
     "real 'More like this' and 'Recommended for you' blocks.", """
nv | Westvale Broadcasting News
nv | Home › Media
T | Broadcaster's 'More like this' panel pushed viewers toward true crime, audit finds
ot | Samira Holloway, Media correspondent
ot | Published 8 hours ago
B | The recommendation panel shown under every programme on Westvale's streaming service steered viewers toward true-crime documentaries far more than its public-service remit allows, an independent audit has found.
B | The audit, commissioned by the broadcaster's trust board, examined 1.4 million "More like this" suggestions served in March.
B | True-crime titles made up 6 per cent of the catalogue but 27 per cent of recommendations.
B | Related findings in the report:
B | - News and current-affairs programmes appeared in fewer than 2 per cent of recommendation panels.
B | - Viewers under 25 were shown children's content by mistake in 1 in 40 sessions.
B | - Regional programmes were recommended mostly to viewers already in that region.
B | Westvale's director of digital, Conrad Mbeki, said the panel would be retuned by the autumn to give "a fairer share of the screen" to news and local programmes.
B | "Recommended for you should not mean recommended for our ratings," said Helen Prost, who chairs the trust board.
rl | More like this
rl | Streaming service to add audio description to 400 more titles
rl | Local radio stations to share breakfast shows under new plan
rl | Recommended for you
rl | Why the late-night news bulletin is moving to 10.30pm
""")
