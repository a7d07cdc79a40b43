CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="Local TV station video page: menu, WATCH LIVE button, 'Video:' label, bare duration, autoplay toggle, byline and stamp at top; 'Up next' queue in the middle; share row, typo link, copyright and station menu at the bottom.",
     text="""
nav|KVRN 7 Tri-Valley
nav|Home | Local | Weather | Traffic | Video | Contests
oth|WATCH LIVE
T|Crews pull driver from floodwater on Mill Creek Road
oth|Video: Rescue on Mill Creek Road
oth|2:47
oth|Autoplay: On
oth|By Dana Whitcombe, KVRN Staff
oth|Published 6:14 PM PDT, March 3, 2026
B|FAIRLEE, Calif. — Swift-water crews rescued a 58-year-old driver from the roof of his pickup on Tuesday evening after the truck was swept off Mill Creek Road near the Alderwood quarry.
B|The Tri-Valley Fire District said the man drove around two road-closed barriers shortly after 4:30 p.m. and stalled in water about three feet deep.
B|"The current took the truck maybe forty yards in under a minute," Battalion Chief Renata Oyelaran said. "He did the right thing by climbing up and staying put."
rel|Up next
rel|Storm totals: which valley towns got the most rain (1:32)
rel|Sandbag sites open in Fairlee and Dunsmoor (0:58)
B|Rescuers used a tethered raft to reach him. He was checked by paramedics at the scene and declined a trip to hospital.
B|The county has now closed Mill Creek Road between Quarry Lane and Route 9 until the water drops, and officials asked drivers to avoid low crossings through Thursday.
B|Forecasters expect another inch of rain overnight, with the heaviest bands arriving before dawn.
sh|Share on Facebook
sh|Share on X
sh|Copy link
oth|See a typo? Tell the KVRN newsroom
dis|Copyright 2026 KVRN-TV, a Sorrel Peak Media station. All rights reserved.
nav|About us · Careers · FCC public file · Closed captioning help
"""),

dict(id="en-002", lang="en", hard=False, opts="",
     notes="Newspaper video page of a council meeting: section label, 'Watch:' label, duration, chapter list (nav), notice that the transcript was made by software (disclaimer); story written by the reporter; newsletter box and related videos at the bottom.",
     text="""
nav|Ashford Courier › Video › Local government
T|Council splits 5-4 on Harbor Street bike lanes after three-hour hearing
oth|Watch: Harbor Street bike lane vote
oth|11:52
nav|Chapters
nav|0:00 Opening remarks
nav|3:15 Public comment
nav|7:40 Councillors debate
nav|10:58 The vote
dis|Captions and transcript on this page are machine-made and have not been checked by Courier staff.
oth|Lena Brightwater | Ashford Courier
oth|March 11, 2026
B|Ashford's city council voted 5-4 on Tuesday night to put protected bike lanes on Harbor Street, ending a fight that filled the chamber and spilled into the lobby.
B|The plan removes 62 parking spaces between Pier Road and Fifth Avenue and adds concrete curbs to separate cyclists from traffic.
B|More than forty residents spoke during public comment. Shop owners on the lower blocks said they feared losing customers who drive in from the hills.
B|"I sell paint and lumber. Nobody carries lumber home on a bicycle," said Teodor Vance, who runs a hardware store near Third Avenue.
B|Supporters pointed to two crashes last year that sent cyclists to hospital.
B|Councillor Imani Roth, who cast the deciding vote, said the city would add loading zones on side streets and review the parking loss after a year.
B|Construction is scheduled to begin in June and take about ten weeks.
nl|Get Courier Local in your inbox: city hall, schools and courts, every weekday at 7 a.m.
nl|Sign me up
rel|More videos
rel|Why the ferry terminal is sinking, explained in 3 minutes
rel|Inside the last drive-in theater in Hollis County
"""),

dict(id="en-003", lang="en", hard=False, opts="",
     notes="Podcast episode page of a newspaper show: episode number and length, guest line, listen-on links (nav), mid-page sponsor read (other); the episode write-up and its topic list are body; standing show blurb (other), more episodes (related), newsletter at the bottom.",
     text="""
nav|Podcasts / The Long Haul
T|The Long Haul, Ep. 114: The last bus out of Wenlow
oth|Episode 114 · 38 min · March 6, 2026
oth|Guest: Priya Anand, transit planner for Hollis County
nav|Listen on Apple Podcasts | Spotify | Pocket Casts | RSS
B|For fourteen years the 7:10 p.m. bus from Wenlow was the only way for night-shift workers at the Corran valley plants to get home without a car. In January, the route was cut.
B|This week, reporter Joel Makepeace rides the replacement on-demand van with three of those workers and asks whether the county's new dial-a-ride system can really cover the gap.
oth|This episode is supported by Fernlight Mattresses. Long shifts deserve a better sleep: go to fernlight.example/haul for 20 percent off your first order.
B|In this episode:
B|Why ridership on the 7:10 fell by half after 2019
B|How the on-demand van is booked, and what happens when it is full
B|What the county says it will cost per trip compared with the old route
B|Anand says the county will publish the first three months of van data in April and revisit evening service in the summer budget.
oth|The Long Haul is the Ashford Courier's weekly show about how people get around, and what happens when they can't. New episodes every Friday.
rel|More episodes
rel|Ep. 113: The toll road nobody asked for
rel|Ep. 112: Ferry captains on strike
nl|Want the show notes by email? Join the Long Haul list.
"""),

dict(id="en-004", lang="en", hard=False, opts="",
     notes="Photo gallery of a pumpkin weigh-off: intro paragraphs, then photo counters (other), captions, separate photo credits (attribution) and next/previous controls (other) between body lines, a closing paragraph, gallery menu and related galleries at the bottom.",
     text="""
nav|Dunmore Gazette | Photos
T|Photos: 1,904-pound pumpkin takes the crown at Dunmore weigh-off
oth|By Marisol Reyes
oth|Sep 28, 2026
B|A pumpkin grown by retired postman Earl Haskett tipped the scales at 1,904 pounds on Saturday, a new record for the Dunmore County Giant Vegetable Weigh-Off.
B|Haskett, 71, beat last year's winner by 212 pounds. He said he fed the vine a mix of fish emulsion and kelp and checked on it "more than I check on my grandchildren."
B|Thirty-three growers entered this year, the most since the contest began in 1998.
oth|1 / 12
C|Earl Haskett stands beside his record pumpkin as the forklift lifts it onto the scale.
att|Photo: Marisol Reyes / Dunmore Gazette
oth|Next photo
oth|2 / 12
C|Judges check the pumpkin's skin for cracks before the official weighing.
att|Photo: Tomas Greer / Dunmore Gazette
oth|Previous | Next
B|The prize is $2,500 and a spot at the regional championship in October.
B|Haskett said he would save seeds for the local 4-H club.
nav|All galleries
rel|More galleries
rel|Fall festival parade through downtown Dunmore (24 photos)
rel|Homecoming night at Riverside High (18 photos)
"""),

dict(id="en-005", lang="en", hard=False, opts="single",
     notes="School start times story with a reader quick poll after it (question, options, vote button and results widget are other), share row, and WordPress-style comments (comments). Single newlines.",
     text="""
nav|HARLOW PATCHWORK
nav|News | Schools | Sports | Events | Obits
T|Harlow school board delays vote on later start times
oth|Posted by Gabe Sandoval on February 19, 2026
B|The Harlow Unified school board on Wednesday postponed a vote on pushing high school start times from 7:50 a.m. to 8:40 a.m., saying it needs more information on bus costs.
B|District staff estimate the change would require four more buses and add about $410,000 a year to the transport budget.
oth|ADVERTISEMENT
B|Parents who spoke were split. Several said teenagers need more sleep; others said a later finish would clash with after-school jobs and sports.
B|"We're not saying no. We're saying show us the bus numbers first," board president Yolanda Fairweather said.
B|The board will take up the question again on March 18.
oth|Quick poll: Should Harlow high schools start later?
oth|Yes, 8:40 or later
oth|No, keep 7:50
oth|Not sure
oth|Vote
oth|View results
oth|Yes 58% · No 35% · Not sure 7% (1,126 votes)
sh|Share this:
sh|Facebook
sh|Email
com|3 responses to “Harlow school board delays vote on later start times”
com|Nadia K. says:
com|February 19, 2026 at 9:47 pm
com|My son's first bus comes at 6:55. He is a zombie until lunch.
com|Reply
com|Coach Dimmock says:
com|February 20, 2026 at 6:02 am
com|Practice ends at dark already in winter. Later start = no practice.
com|Reply
"""),

dict(id="en-006", lang="en", hard=False, opts="",
     notes="Hyperlocal WordPress blog post about a food truck ordinance, with a comment count, commenter lines, timestamps, reply links and a reply form (comments), category and tag lines (nav), cookie banner at the very bottom.",
     text="""
nav|Skip to content
nav|Bellmoor Bugle
nav|Category: City Hall
T|Food trucks win longer hours in downtown Bellmoor
oth|Written by Hana Oduya
B|Food trucks in downtown Bellmoor will be allowed to serve until 1 a.m. on Fridays and Saturdays under an ordinance passed by the town council on Monday.
B|The old rule forced trucks to close at 10 p.m., which owners said cost them the late crowd leaving the Orpheum and the bars on Cable Street.
B|Restaurants had asked for a 200-foot buffer around their front doors. The council settled on 75 feet.
B|What changes
B|Late permits cost $150 a year on top of the standard vending license.
B|Trucks must carry a trash bin and clear their spot within 30 minutes of closing.
B|The rules take effect April 1.
nav|Tags: food trucks, downtown, ordinances
com|5 thoughts on “Food trucks win longer hours in downtown Bellmoor”
com|Ricky Alcott says:
com|March 10, 2026 at 10:14 am
com|Finally. The dumpling truck on Cable St is the only thing open after a show.
com|Reply
com|Lorraine P. says:
com|March 10, 2026 at 12:40 pm
com|75 feet is nothing. Enjoy the generator noise, Cable Street.
com|Reply
com|Leave a comment
com|We never publish your email. Fields with * must be filled in.
ck|The Bugle uses a few cookies so the site remembers you. Carry on browsing if that's fine. OK
"""),

dict(id="en-007", lang="en", hard=False, opts="",
     notes="Live blog of a city marathon: LIVE badge, update stamp, key-events list (nav, repeats entry headlines), toggle and refresh prompts (other); each entry has a time stamp (other) and text that is story, including short result lines; share row and related at the bottom.",
     text="""
oth|LIVE
T|Porthaven Marathon 2026 live: Lindqvist wins men's race, record crowd lines the seafront
oth|Updated 4 minutes ago
nav|Key events
nav|Men's race: Lindqvist wins
nav|Roads reopen on Marine Parade
oth|Show key events only
oth|Refresh for the latest posts
oth|11:52 a.m.
B|The last wheelchair finisher crossed the line to a huge cheer from the grandstand. Organisers say all 14,200 starters are now accounted for.
oth|11:20 a.m.
B|Roads reopen on Marine Parade
B|Police say Marine Parade and Quay Street are open again to traffic. Harbour Road stays closed until 2 p.m.
oth|10:14 a.m.
B|Men's race: Lindqvist wins
B|Tobias Lindqvist, 2:09:41
B|Samir El-Ouardi, 2:10:05
B|Keanu Mbatha, 2:11:30
B|Lindqvist broke away at the 35-kilometre mark on the climb past Fort Hill and never looked back.
oth|9:02 a.m.
B|Temperatures at the start are 11C with a light southerly. Conditions could hardly be better.
oth|Posted by Jo Wrenfield, sports desk
sh|Share this post
rel|Also on the Porthaven Echo
rel|Full results: search every finisher by name or bib number
rel|Women's race: Achterberg defends her title in 2:25:12
"""),

dict(id="en-008", lang="en", hard=False, opts="",
     notes="Football match report on a regional paper with a highlights player (label, duration, geo notice are other), score and scorer lines in the body, a numbered 'Most read' list (related) and a cookie prompt at the bottom.",
     text="""
nav|Sport / Football / League Two
T|Ashby Rovers 2-1 Kellerton Town: Osei's late header seals derby win
oth|Watch highlights
oth|4:08
oth|Highlights are not available to viewers outside the UK.
oth|Conor Fitzwilliam
oth|Saturday 14 March 2026 17:12 GMT
B|Ashby Rovers 2-1 Kellerton Town
B|Goals: Marr 23, Osei 88; Pilkington 61
B|Kwame Osei rose highest at the far post two minutes from time to give Ashby Rovers their first home derby win over Kellerton in six seasons.
B|Danny Marr had put the hosts ahead with a low shot from the edge of the area, but Kellerton levelled when Rhys Pilkington turned in a cross from the left.
B|Kellerton keeper Arlo Benn made three fine saves in the second half before Osei's header looped over him.
B|"It's the one the fans wanted," Ashby manager Gail Sumner said. "I'll let them enjoy the weekend."
B|Attendance: 7,912
rel|Most read
rel|1
rel|Ashby Rovers confirm Sumner contract talks
rel|2
rel|Kellerton fans' coach stopped on M6 for two hours
rel|3
rel|Non-league roundup: Haddon United stay top
ck|We and our partners use cookies to personalise content and measure our audience. Manage choices or accept all.
ck|Accept all
"""),

dict(id="en-009", lang="en", hard=False, opts="",
     notes="Crypto news site video show page: multi-line coin ticker (crypto_ticker, single-newline joined), 'Watch:' label and duration, story summary of the episode, sign-up promo (crypto_promo), reposting disclaimer and related stamps at the bottom.",
     text="""
tk|BTC $71,402.15 +1.82%
>tk|ETH $3,518.40 -0.44%
>tk|SOL $162.09 +3.10%
nav|CoinHarbor TV
T|Market Minute: why bitcoin miners are selling more coins this month
oth|Watch: Market Minute, March 18
oth|6:21
oth|Host: Renee Castellano
B|Publicly listed bitcoin miners sold about 4,100 coins in the first half of March, the most in any two-week stretch since last autumn, according to figures compiled by research firm Quarrystone Analytics.
B|On today's Market Minute, Castellano looks at why: higher energy bills in Texas after a cold snap, and loan payments that fall due at the end of the quarter.
pr|New to CoinHarbor Exchange? Deposit $100 this week and get a $20 trading bonus.
pr|Claim bonus
B|Quarrystone analyst Felix Amadu says the selling is not yet large enough to move the price on its own. "It's a headwind, not a wall," he said.
B|The episode also covers a proposed fee change on the Ethereum network and a new exchange listing for a small payments token.
dis|CoinHarbor TV is for information only and is not investment advice. Crypto assets are volatile and you can lose all of the money you put in.
rel|More from CoinHarbor TV
rel|Market Minute: the week stablecoins broke a record
rel|CoinHarbor2026/03/17 16:05
"""),

dict(id="en-010", lang="en", hard=False, opts="single",
     notes="Regional news forum: the story is the opening post by the site's news editor; replies underneath are comments, their post counts, join dates and signatures are other (as in dev20); pager and login prompt. Single newlines.",
     text="""
nav|Valley Rail Forum › Local news › Level crossings
T|Pennock Lane level crossing to close for good in May
oth|Posted by VRF_NewsDesk » Mon Mar 02, 2026 8:31 am
B|Network operator Midshire Rail says the Pennock Lane level crossing near Orley will close permanently on May 4 and be replaced by a footbridge with ramps.
B|The crossing has had eleven near misses in three years, according to the operator's safety report.
B|Drivers will be diverted via Stanner Road, adding about two miles to the trip between Orley and the A41.
B|A public drop-in session is planned at Orley village hall on March 21 from 2 p.m. to 7 p.m.
com|Re: Pennock Lane level crossing to close for good in May
oth|by wheeltapper » Mon Mar 02, 2026 9:05 am
com|About time. I've seen cars weave round the barriers there more than once.
oth|Posts: 2,318 | Joined: Nov 2014
oth|-- Orley to Pendle, every weekday since 1987 --
com|Re: Pennock Lane level crossing to close for good in May
oth|by Marla_G » Mon Mar 02, 2026 11:47 am
com|Two miles each way for the farm traffic though. Not everyone is happy in Orley.
oth|Posts: 96 | Joined: Jan 2025
com|Page 1 of 3 · Next
com|Log in or register to reply to this thread
"""),

dict(id="en-011", lang="en", hard=False, opts="",
     notes="Science story with an embedded reader quiz after it (question, answer options, check button and score are other), newsletter sign-up, author bio and agency credit.",
     text="""
nav|Science & Environment
T|Tiny beetles help rescue Kestrel Moor's flooded peat bog
oth|By Ines Valgarde, science correspondent
oth|March 9, 2026
B|A beetle barely two millimetres long is helping scientists bring a drained peat bog in the northern uplands back to life.
B|Researchers from Brackwater University released 3,000 bog beetles onto Kestrel Moor last spring after drainage ditches were blocked and the water table rose again.
B|A year on, the beetles have spread across 40 hectares and are breaking down dead sedge faster than expected, which lets new sphagnum moss take hold.
B|"They are the cleaning crew nobody notices," said ecologist Dr Marguerite Olawale, who leads the project.
B|Peat bogs store more carbon per hectare than most forests, but only when they stay wet.
oth|Test yourself: how much do you know about peat bogs?
oth|1. What share of the UK's land is covered by peat?
oth|A) About 2%
oth|B) About 12%
oth|C) About 30%
oth|Check my answer
oth|You scored 0 of 5. Try again?
nl|The Green Ledger newsletter: one email a week on climate and nature. Free.
oth|Ines Valgarde covers science and the environment. She previously worked as a field botanist.
att|Additional reporting by Northfield Press Association
"""),

dict(id="en-012", lang="en", hard=False, opts="crlf",
     notes="Business story on a regional paper; a numbered 'Trending' sidebar is scraped before the headline (related), an inline 'Read more:' teaser in the middle, share bar and cookie banner at the bottom. CRLF line endings.",
     text="""
rel|Trending
rel|1. Lidgate bypass opening date pushed back again
rel|2. Teenager rescued from quarry lake named as local swimmer
rel|3. Ten new restaurants opening in Merriford this spring
T|Merriford's oldest bakery to close after 112 years
oth|Samantha Cole, Business Reporter
oth|Thu 5 Mar 2026 at 07:00
B|Penhallow's Bakery on Merriford's Castle Street will bake its last loaf on March 28, ending 112 years of trading by the same family.
B|Owner Geraint Penhallow, 66, said rising flour and energy bills and the lack of a successor made the decision for him.
B|"My grandfather opened this shop with one oven and a handcart. I'm proud we lasted this long," he said.
rel|Read more: Castle Street traders fear empty units as rents rise
B|The bakery employs nine people. Penhallow said all have been offered help finding new jobs, and two have already been taken on by a bakery in nearby Trelow.
B|Regulars have been queuing since the announcement for the shop's saffron buns, which sell out by mid-morning.
sh|Share
sh|Tweet
sh|WhatsApp
ck|Merriford Herald uses cookies for essential site functions and, with your consent, for ads. Accept | Reject | Settings
"""),
]
