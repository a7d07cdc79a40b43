"""textset-dev33, writer A, part 2: English cases en-013 .. en-024 (Philippines, Barbados,
India, Pakistan, Kenya, South Africa, Australia, New Zealand, Canada, Ireland, Malaysia, Trinidad).
Tagged line lists for ../textset-dev20/src/make_cases.py (see its docstring for the format)."""

CASES = [
dict(id="en-013", lang="en", hard=False, opts="",
     notes="Manila TV network news page: menu, a video player's controls and a weather widget (other), byline and PHT stamp, a Telegram-channel prompt (navigation, English half), inline 'READ:' teaser, tag line and 'Trending' list.",
     text="""
nav|BALITA24 NEWS
nav|Nation  Regions  World  Showbiz  Sports  Lifestyle  Weather
T|Signal No. 2 up over Catanduanes as Tropical Storm Amihan nears
oth|Watch: PAGASA update, 11 a.m.
oth|0:00 / 2:47   CC   Settings   Fullscreen
oth|Carlo Villanueva, BALITA24 News
oth|Posted at Mar 12 2026 11:48 AM | Updated at Mar 12 2026 01:05 PM
B|MANILA — The state weather bureau raised Tropical Cyclone Wind Signal No. 2 over Catanduanes on Thursday as Tropical Storm Amihan moved closer to the Bicol Region.
B|At 10 a.m., the center of the storm was estimated 310 kilometers east of Virac, packing maximum sustained winds of 75 km/h and gusts of up to 90 km/h, PAGASA said.
B|Signal No. 1 was raised over Camarines Sur, Albay, Sorsogon, Northern Samar and the eastern part of Camarines Norte.
rel|READ: Classes suspended in 14 Bicol towns on Thursday
B|The Office of Civil Defense in Bicol said 2,340 families had been moved to evacuation centers as of noon.
B|Sea travel from Tabaco and Pilar ports was suspended, stranding about 900 passengers, the Philippine Coast Guard said.
nav|Follow BALITA24 on Telegram for live storm updates
oth|Metro Manila 31°C  Partly cloudy
nav|Tags: PAGASA, Amihan, Bicol, weather
rel|Trending
rel|Senate okays bill on 15-day paternity leave
rel|LTO to release plates backlog by June
"""),

dict(id="en-014", lang="en", hard=False, opts="nofinal",
     notes="Barbados hospital news room, nearly clean (two noise lines): a back link on top and a plain footer at the bottom; the story has a short list of the unit's features.",
     text="""
nav|← Back to News
T|Queen's Memorial Hospital opens 12-chair dialysis unit in St Philip
B|Queen's Memorial Hospital has opened a 12-chair satellite dialysis unit at the St Philip Polyclinic, cutting travel for patients in the east of the island.
B|About 70 patients who now travel to Bridgetown three times a week are expected to move to the new unit by the end of April.
B|The unit offers:
B|Morning, afternoon and evening sessions, Monday to Saturday
B|A dedicated renal nurse on every shift
B|Transport for patients without a car, arranged through the polyclinic
B|Chief Executive Dr Andrea Bynoe said the unit was paid for with a grant from the Caribbean Renal Foundation and a bequest from the late Cyril Weekes of Six Roads.
B|"For many of our patients, the journey was harder than the treatment," she said.
oth|Queen's Memorial Hospital, Martindale's Road, St Michael, Barbados | Tel: (246) 555-4000
"""),

dict(id="en-015", lang="en", hard=False, opts="single",
     notes="Kerala parish bulletin on a diocesan portal, single newlines: portal menu and breadcrumb, a posted-by line, the feast programme as a list (story), a donation box and a print/share row, prayer-request link and copyright.",
     text="""
nav|Diocese of Kottapuram Online
nav|Home | Parishes | Bulletins | Mass Timings | Contact
nav|Parishes > St Sebastian's Church, Edavilangu > Bulletin
T|Feast of St Sebastian: programme and Mass timings
oth|Posted by Parish Office on 9 March 2026
B|The annual feast of our patron, St Sebastian, will be celebrated from 20 to 22 March. Parishioners are requested to note the changed Mass timings.
B|Friday 20 March, 5.30 pm: Flag hoisting by Vicar Fr. Joseph Kallarakkal, followed by Holy Mass and novena
B|Saturday 21 March, 7 am: Holy Mass in Malayalam; 4 pm: Procession to the Kurisupally
B|Sunday 22 March, 10 am: Solemn Holy Mass celebrated by Bishop Mar Thomas Pulickal; 6 pm: Fireworks and cultural programme
B|Families who wish to sponsor the feast lunch may give their names to the parish office before 15 March.
B|Kindly avoid parking on the church road during the procession.
oth|Support the Parish: Donate Online
sh|Print  |  Email  |  Share on WhatsApp
nav|Send a Prayer Request
dis|© 2026 Diocese of Kottapuram. All content is for parish use.
"""),

dict(id="en-016", lang="en", hard=False, opts="",
     notes="Lahore sports site match report: live-score strip (other), menu, byline, a photo caption printed twice (second copy duplicate_line), scorer and scorecard lines as story, ad label, poll widget, 'Also read' teaser, comments count and a 'Next' link.",
     text="""
oth|LIVE  LHQ 187/6 (20) v KKN 151 (18.4)  Lahore Qalandars won by 36 runs
nav|CricZone.pk
nav|Live Scores  Series  News  Videos  Rankings
T|Fakhar-e-Alam's 41-ball 88 powers Lahore past Karachi Knights
oth|Usman Tariq, Lahore
oth|Mar 13, 2026
C|Ahsan Fakhar-e-Alam raises his bat after reaching his half-century at Gaddafi Stadium. AFP
dup|Ahsan Fakhar-e-Alam raises his bat after reaching his half-century at Gaddafi Stadium. AFP
B|Ahsan Fakhar-e-Alam smashed 88 off 41 balls as Lahore Qalandars beat Karachi Knights by 36 runs at a packed Gaddafi Stadium on Friday night.
B|Sent in, Lahore lost two wickets in the powerplay before Fakhar-e-Alam and Shoaib Rind added 97 in 53 balls for the third wicket.
B|Karachi's chase never got going. Fast bowler Zaman Khattak took 3-19 and the visitors were bowled out with eight balls left.
oth|Advertisement
B|Brief scores:
B|Lahore Qalandars 187-6 in 20 overs (Fakhar-e-Alam 88, Rind 34; Hasnain 2-31)
B|Karachi Knights 151 in 18.4 overs (Mirza 45; Khattak 3-19, Naveed 2-27)
oth|Who will top the table? Vote now: Lahore | Karachi | Multan | Islamabad
rel|Also read: PCB confirms Rawalpindi to host both playoffs
com|12 Comments
nav|Next: Islamabad United v Peshawar Zalmi preview
"""),

dict(id="en-017", lang="en", hard=False, opts="crlf",
     notes="Nairobi portal repost of wire copy, CRLF: portal masthead and menu, agency credit and source line (attribution), a dateline as its own story line, agency copyright and a portal reuse disclaimer, 'More from Business' list.",
     text="""
nav|Habari Hub Kenya
nav|News | Business | Counties | Sports | Tech | Videos
nav|Business
T|Expressway operator raises toll for heavy trucks by 15 percent
att|By Pan-African News Agency (PANA-Wire)
oth|Published on: 11/03/2026
B|NAIROBI, March 11 —
B|The operator of the Nairobi Expressway will raise tolls for heavy goods vehicles by 15 percent from April 1, the company said on Wednesday, citing higher maintenance costs and a weaker shilling.
B|The increase will take the full-length fare for a three-axle truck from 1,560 shillings to 1,800 shillings. Fares for private cars and matatus will not change.
B|The Kenya Transporters Association said the rise would be passed on to consumers through higher delivery costs.
B|The 27-km elevated road, which links Jomo Kenyatta International Airport to Westlands, carries about 60,000 vehicles a day.
att|Source: PANA-Wire
dis|Copyright 2026 PANA-Wire. All rights reserved. This material may not be rebroadcast or redistributed.
dis|Habari Hub reposts agency copy as received and is not responsible for its content.
rel|More from Business
rel|KPLC to pay Sh2.1bn dividend after profit rebound
rel|Coffee farmers in Nyeri receive second payout
"""),

dict(id="en-018", lang="en", hard=False, opts="ws",
     notes="Johannesburg business site with trailing whitespace: JSE, rand and Brent strip (crypto_ticker), menu, byline and read time, 'Sponsored' partner slot and an ad label mid-story, newsletter pitch, share row and a reprint line.",
     text="""
tk|JSE All Share 91,204 +0.6%  |  USD/ZAR 18.21  |  Brent $71.10  |  Gold $2,979
nav|Moneyweek SA
nav|Markets  Companies  Property  Personal Finance  Podcasts
T|Pick 'n Save Group lifts dividend as township stores outperform
oth|Lerato Dlamini | 12 March 2026 | 3 min read
B|Retailer Pick 'n Save Group raised its interim dividend by 12% after sales at its 140 township and rural stores grew almost twice as fast as the rest of the business.
B|Group turnover rose 6.8% to R31.4 billion in the 26 weeks to 28 February, while headline earnings per share increased 9.1% to 212.4c.
oth|SPONSORED | Tax-free savings: why starting in March beats April
B|Chief executive Gareth Naidoo said the group would open 38 more stores in Limpopo, Mpumalanga and the Eastern Cape this financial year.
oth|Advertisement
B|"Customers in these areas are tired of travelling to town to buy in bulk. We are taking the bulk to them," he said.
B|The shares rose 4.2% to R97.35 on the JSE on Thursday morning.
nl|Markets wrap, every weekday at 5pm. Subscribe to Moneyweek SA's free newsletter.
sh|Share this article: LinkedIn | X | Facebook | Email
dis|Republishing: contact syndication@moneyweek-sa.example for permission.
"""),

dict(id="en-019", lang="en", hard=False, opts="~",
     notes="Long regional Australian feature: masthead, menu, section label, byline and read time, photo caption with credit, subheadings (story), 'Story continues below' ad marker, 'Most popular' list, extra blank lines and a paywall-style subscriber offer at the bottom.",
     text="""
nav|The Riverland Courier
nav|News  Sport  Community  Farming  Obituaries  Puzzles
nav|Community
T|How a town of 600 bought back its pub
oth|Fiona McAlister
oth|Updated March 8 2026 - 6:00am, first published 5:30am
oth|8 min read
C|Regulars outside the Nulla Creek Hotel on the day the community took over the keys. Picture by Tom Hendry
B|When the owners of the Nulla Creek Hotel put it on the market in 2024, nobody in town expected a buyer.
B|The pub had been closed for eleven months. The windows were papered over, and the nearest cold beer was a 40-minute drive away in Loxton.
B|"It wasn't just the beer," says Jan Rowe, who has lived in Nulla Creek for 52 years. "It was the only place where the whole town sat in one room."
B|The shareholders
B|Over four winter evenings in the CWA hall, residents agreed to form a co-operative. Shares were sold at $500 each, with no person allowed more than 20.
B|By Christmas, 312 people had bought in, including former locals in Adelaide, Perth and one in Dublin.
oth|Story continues below
B|The first year
B|The co-op reopened the hotel in March 2025 with a manager, two part-time cooks and a roster of volunteers behind the bar.
B|It turned a small profit of $18,400, most of which went on a new coolroom.
B|Manager Dean Kowalski says Sunday roasts now bring in people from three towns away. "We sold 160 roasts last Sunday. The old owners would have done 30."
rel|Most popular
rel|Renmark bridge detour extended until May
rel|Citrus growers brace for early frost
~
oth|Subscribe now for unlimited access. $1 for your first 4 weeks.
"""),

dict(id="en-020", lang="en", hard=False, opts="single nofinal",
     notes="New Zealand public-radio brief without a headline (title null), single newlines and no final newline: programme and station labels, a listen-duration widget, a four-line brief, topic links and a previous/next pair.",
     text="""
nav|Morning Report
oth|Listen duration 2′ 41″
oth|Add to playlist
oth|Download as Ogg
B|About 9000 more pupils in Northland and the East Coast will get free school lunches from next term under an expanded scheme announced today.
B|Associate Education Minister Rawiri Tane said 41 schools that had been dropped in last year's review would be brought back in after principals showed attendance had fallen.
B|The cost, about $14 million a year, will come from the existing programme budget.
B|Te Tai Tokerau Principals' Association chair Moana Heke said the news was "a relief", but the schools needed a guarantee beyond 2027.
nav|Topics: Education, Politics, Northland
nav|Previous story: Dairy payout forecast lifted again
nav|Next story: Wellington water meter trial starts
"""),

dict(id="en-021", lang="en", hard=False, opts="crlf",
     notes="Alberta local TV station page, CRLF: station menu, video label and play widget, byline and MT stamp, an alert-signup prompt (newsletter), 'Report a typo or error' link (other), comment count and two comments, footer copyright.",
     text="""
nav|CKRD Red Deer
nav|Local News | Weather | Traffic | Contests | Watch Live
T|Evacuation order lifted for Burnt Timber wildfire; alert stays in place
oth|VIDEO: Residents return to Sundre area
oth|Play Video  1:58
oth|Kayla Fournier, CKRD News
oth|Posted Mar 11, 2026 7:14 pm MT
B|Residents of about 180 rural properties west of Sundre were allowed to go home Wednesday evening after Mountain View County lifted the evacuation order for the Burnt Timber wildfire.
B|An evacuation alert remains in effect, meaning people should be ready to leave again on short notice.
B|Alberta Wildfire says the fire, which started Sunday, is now being held at about 640 hectares after overnight rain and cooler temperatures.
B|Reeve Bruce Halvorsen thanked volunteer firefighters from five departments who worked through the night on Monday to protect homes along Range Road 60.
nl|Get breaking news alerts from CKRD on your phone. Sign up for text alerts.
oth|Report a typo or error
com|2 comments
com|WestCountryMom: Thank you firefighters!!
com|R. Olsen: Still a lot of smoke on Highway 584 this morning, drive careful.
dis|© 2026 CKRD Broadcasting Inc.
"""),

dict(id="en-022", lang="en", hard=False, opts="single",
     notes="Irish GAA club notes page, single newlines: club menu, a club-lotto widget and a sponsor slot (other), results and fixtures as story list items, a 'Club Shop' prompt and share row at the bottom, and a club newsletter signup.",
     text="""
nav|Cill Mhuire GAA Club
nav|Home  Teams  Fixtures & Results  Lotto  Membership  Shop
T|Club Notes: Minors through to county semi-final
oth|Club PRO | 10 March 2026
oth|Club Lotto Jackpot: €7,400. Play online
B|Well done to our minor footballers who beat Ballinagh 2-11 to 1-09 on Sunday to reach the county semi-final.
B|Results
B|U14 hurling: Cill Mhuire 3-08, Rathcore 2-05
B|Junior B football: Cill Mhuire 0-10, St Ultan's 1-12
B|Fixtures
B|Sat 14 March: Minor football semi-final v Kilskyre, 11am, Páirc Tailteann
B|Sun 15 March: Senior football league v Donaghmore, 2pm, home
B|Last week's lotto numbers were 4, 11, 17 and 25. No jackpot winner; €50 each to Breda Cullen and the Farrell family.
B|Membership for 2026 must be paid before 31 March to play championship.
oth|Proudly sponsored by Murtagh's Centra, Main Street
nl|Join the club mailing list for fixture changes
sh|Share: Facebook | WhatsApp | Email
"""),

dict(id="en-023", lang="en", hard=False, opts="",
     notes="Malaysian tech trade-press page: menu, section label, byline, read time, a paywall meter (other) at the top, an inline 'Related:' teaser, a first-published-by line (attribution), tags and an events promo.",
     text="""
nav|TechAsean Daily
nav|Cloud  Data Centres  Telco  Fintech  Startups  Events
nav|Data Centres
T|Johor data centre park secures 300MW grid deal as water concerns linger
oth|By Nurul Aisyah Hamzah
oth|March 12, 2026 · 4 min read
oth|You have 2 free articles left this month. Log in or subscribe for full access.
B|A data centre park in Kulai, Johor, has signed a 300-megawatt power supply agreement with the national utility, its developer said on Thursday, clearing the way for three more halls to be built by 2028.
B|Developer SilverVale Digital said two of the new halls were already leased to a US cloud provider it declined to name.
B|The deal comes as the Johor state government reviews water allocations for data centres after dry-season supply cuts hit homes in Kulai and Senai last year.
rel|Related: Singapore reopens data centre applications with green quota
B|SilverVale said the new halls would use closed-loop cooling and recycled water from a nearby treatment plant, reducing draw on the public supply to "near zero".
B|State executive councillor Lim Wei Kiat said all new projects would need a water impact assessment from July.
att|This article was first published on TechAsean's sister title, Data Centre Monitor Asia.
nav|Tags: Johor, data centres, TNB, water, SilverVale
oth|Register for the DC Summit Kuala Lumpur, 22-23 April. Early-bird pricing ends Friday.
"""),

dict(id="en-024", lang="en", hard=False, opts="ws",
     notes="Trinidad and Tobago police service press release with trailing whitespace: site masthead and breadcrumbs, release number and date (other), the tip-line appeal kept as story, the communications-unit credit (attribution), share links and a footer disclaimer.",
     text="""
nav|TTPS | Trinidad and Tobago Police Service
nav|Home » Media Centre » Press Releases
oth|Press Release No. 2026-118
oth|Date: Thursday 12 March 2026
T|Two arrested, firearm seized after Chaguanas supermarket robbery
B|Two men were arrested and a pistol seized within hours of an armed robbery at a supermarket in Chaguanas on Wednesday evening.
B|Around 7.15pm, three men entered the business on Ramsaran Street, held staff at gunpoint and escaped with an undetermined sum of cash.
B|Officers of the Central Division Task Force, acting on information, intercepted a silver Nissan Tiida on the Solomon Hochoy Highway near Preysal at about 9.30pm.
B|A search of the car revealed a Glock pistol with six rounds of ammunition. A 24-year-old man from Longdenville and a 31-year-old man from Enterprise were arrested.
B|Investigations are continuing and police are searching for the third suspect.
B|Anyone with information is asked to call 555-TIPS (8477) or the Chaguanas Police Station at 665-5555.
att|Corporate Communications Unit, TTPS
sh|Share this release:  Facebook  |  X  |  WhatsApp
dis|Information in this release is correct at the time of publication and may be updated as investigations continue.
"""),
]
