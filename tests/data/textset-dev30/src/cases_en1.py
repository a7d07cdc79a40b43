"""textset-dev30, writer A, part 1: English cases en-001 .. en-012.

Pages carrying widgets, players and reading aids (listen players, text-size and print tools,
translation and dark-mode toggles, read-time lines, stamps, video/podcast chrome, gallery
counters, embedded-post leftovers, score/weather/traffic/air-quality widgets, ad labels,
polls, ratings, feedback prompts) mixed with the usual furniture.
"""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="Regional paper on a bus-lane vote: listen player with speed control, text-size and read-time "
           "lines and a stamp at the top, an ad label and a 'story continues' line mid-story, related "
           "list, newsletter box and page-view counter at the bottom.",
     text="""
nav|The Ashcombe Courier
nav|News · Sport · What's On · Property · Jobs
T|Councillors back Fenwick Road bus lane after four-hour debate
oth|By Priya Halloran, Local Democracy Reporter
oth|Published 06:42, 4 March 2026 | Updated 11:15, 4 March 2026
oth|Listen to this story (3 min 58 sec)
oth|Playback speed: 0.75x 1x 1.25x 1.5x
oth|Aa  Text size
oth|4 minute read
B|A bus lane along the length of Fenwick Road will go ahead after Ashcombe councillors voted 29 to 17 in favour on Tuesday night.
B|The scheme, first proposed in 2023, will run for 1.8 miles between the railway station and the Moorgate retail park, and will operate from 7am to 7pm on weekdays.
B|Supporters said it would cut journey times on the number 12 and 14 routes by up to nine minutes at peak hours.
oth|Advertisement
oth|The article continues after this advert
B|"People have waited long enough for a bus that turns up when the timetable says it will," said cabinet member for transport Deborah Oyelaran.
B|Opponents, including several traders on the Fenwick Parade shopping strip, warned that the loss of 42 on-street parking bays would drive customers away.
B|Work is expected to start in September and take around 14 weeks.
rel|More on this story
rel|Moorgate retail park owners submit plans for 300 homes
rel|Petition against Fenwick Road changes passes 2,000 signatures
rel|Why the number 14 bus is late so often, explained
nl|Get the Courier Daily in your inbox every morning at 7
nl|Enter your email address   Sign me up
oth|2,318 people have read this article
"""),

dict(id="en-002", lang="en", hard=False, opts="single",
     notes="Local TV station page on a heat record, single newlines: video player chrome (play, duration, "
           "autoplay, up-next countdown) and a forecast widget for the reader's town are noise; the story's "
           "own temperature lines are story.",
     text="""
nav|KVRN 9 News Now
nav|Live Stream | Forecast | Traffic Map | School Closings
oth|Your forecast: Delmar Springs 97°F · Sunny · Feels like 103°
oth|7-day outlook ›
T|Valley breaks 1934 heat record as temperatures hit 109 degrees
oth|Play Video
oth|2:04
oth|Autoplay is on
oth|Up next in 6 seconds: Cooling centers open across Halvey County
oth|Posted: Jul 18, 2026 / 04:51 PM CDT
oth|Updated: Jul 18, 2026 / 06:20 PM CDT
B|DELMAR SPRINGS — The thermometer at Delmar Springs Regional Airport reached 109 degrees at 3:52 p.m. Saturday, breaking a record that had stood for 92 years.
B|The previous high for July 18 was 107 degrees, set in 1934.
B|Saturday's readings, in degrees Fahrenheit:
B|Delmar Springs 109
B|Orrin 106
B|Caleb Flats 104
B|Meteorologist Tasha Brandvold said a ridge of high pressure would keep afternoon highs above 100 through at least Wednesday.
B|Halvey County officials extended cooling-center hours to 10 p.m. and asked residents to check on elderly neighbors.
sh|Share this story
sh|Facebook  X  Email  Copy link
rel|Trending on KVRN
rel|Power company asks customers to raise thermostats during peak hours
rel|Lake Orrin swim area closed after algae bloom
oth|Copyright 2026 KVRN-TV. All rights reserved.
"""),

dict(id="en-003", lang="en", hard=False, opts="crlf",
     notes="Football match report on a club-news page, CRLF: a live-score strip and a next-fixture widget "
           "are noise; the final score and scorers' lines inside the report are story; a comment counter "
           "and comment prompts at the bottom.",
     text="""
nav|Home > Football > League Two
oth|FT  Harrowgate Town 3 - 1 Dunmore Rovers
oth|LIVE  Pellham Utd 0 - 0 Castlebridge  67'
oth|LIVE  Wrexley 2 - 2 Oakhurst Athletic  71'
T|Harrowgate come from behind to end Dunmore's unbeaten run
oth|Sam Trevelyan
oth|Sat 14 Feb 2026, 17:08 GMT
oth|5 min read
B|Harrowgate Town 3 Dunmore Rovers 1
B|Harrowgate scored three times in the final 25 minutes to end Dunmore Rovers' 11-match unbeaten run in front of 6,412 at the Mill Lane ground.
B|Dunmore led at the break through Kieran Ashdown's header from a corner in the 34th minute.
B|Substitute Lewis Fagbemi changed the game, equalising on 66 minutes and setting up Josh Pardew's second goal four minutes later.
B|Goals: Ashdown 34 (Dunmore); Fagbemi 66, Pardew 70, 88 (Harrowgate)
B|"We showed a bit of character today, which we haven't always done," said Harrowgate manager Colin Rees.
B|The win lifts Harrowgate to ninth, three points off the play-off places.
oth|Next match: Harrowgate Town v Pellham Utd · Tue 17 Feb · 19:45
oth|Buy tickets
sh|Share
com|48 comments
com|Sign in or register to post a comment
com|Sort comments: Newest first ▾
"""),

dict(id="en-004", lang="en", hard=False, opts="ws",
     notes="Photo gallery from a spring flower show with trailing whitespace: gallery counters, enlarge and "
           "swipe controls and 'view gallery' are noise (other), the photo credits are attribution, the "
           "two captions are captions.",
     text="""
nav|Westerleigh Gazette | Lifestyle | Gardens
T|Prize tulips and a giant hosta steal the show at Brackenfield spring fair
oth|Words and pictures: Helen Marchbanks
oth|Monday 20 April 2026
oth|View gallery (14 photos)
oth|1 / 14
oth|Enlarge
C|Judge Frances Oduya inspects the winning bowl of 'Queen of Night' tulips in the main marquee.
att|Photo: Helen Marchbanks / Westerleigh Gazette
oth|Swipe for more
B|More than 9,000 visitors passed through the gates of Brackenfield Park over the weekend for the 61st spring flower fair.
B|The best-in-show prize went to retired postman Derek Allsop, 74, for a hosta with leaves measuring 41 centimetres across.
B|"I've been feeding it cold tea for ten years," he said. "That's all the secret there is."
B|Other winners:
B|Tulips (any variety): Margaret Fenn, Lower Coombe
B|Daffodils, novice class: Brackenfield Primary School gardening club
oth|2 / 14
C|Pupils from Brackenfield Primary with their first-prize daffodils.
att|Picture credit: Tom Ellery
B|Organisers said takings were up 12 per cent on last year and would go to the park's restoration fund.
oth|Close gallery
rel|You may also like
rel|Allotment waiting list hits record 600 names
rel|Ten gardens to visit on the open-gardens weekend
oth|Report a mistake in this article
"""),

dict(id="en-005", lang="en", hard=False, opts="nofinal",
     notes="Tech-trade page about a chip fab delay, no final newline: cookie banner at the top, translation "
           "toggles (navigation) and a dark-mode switch, read-time and stamp lines (other), related and "
           "tag lists at the bottom.",
     text="""
ck|We and our 212 partners use cookies to personalise content and measure audiences.
ck|Manage choices   Agree and close
nav|SemiWire
nav|Translate this page: English ▾
oth|Dark mode
T|Orvane pushes back start of Saltmarsh fab to late 2028
oth|Kenji Arbuthnot | 11 Nov 2026 | 3 min read
B|Chipmaker Orvane Semiconductor has delayed the opening of its Saltmarsh wafer plant by about 18 months, the company said on Wednesday.
B|The $14 billion facility was meant to begin producing 28-nanometre chips for car and industrial customers in the first half of 2027.
B|Orvane blamed a shortage of cleanroom contractors and slower-than-expected demand from automakers.
B|Chief executive Lidia Marchetti told analysts the company would "match capacity to orders rather than to press releases."
B|Orvane's shares fell 4.2% in after-hours trading.
nav|Tags: Orvane, foundries, automotive chips
rel|Related coverage
rel|Automakers cut chip orders for third straight quarter
rel|Saltmarsh county approves water deal for new fab
oth|© 2026 SemiWire Media Ltd.
"""),

dict(id="en-006", lang="en", hard=False, opts="",
     notes="Entertainment page on a restaurant closure with embedded posts: the embed leftovers (handle and "
           "date line, 'View more on Instagram', 'A post shared by') are noise (other); the text of "
           "the chef's post quoted in the story is story.",
     text="""
nav|Plate & Pour — Eat · Drink · Travel
T|Chef Marco Pellin closes Harbourside bistro after nine years
oth|Written by Jodie Kramer · Feb 10, 2026
oth|Listen (2:40)
B|Marco Pellin, the chef behind Harbourside's Vela bistro, announced on Monday that the restaurant will serve its last dinner on February 28.
B|In a post on social media, Pellin thanked diners and staff:
B|"Nine years, two floods, one pandemic and more risotto than I can count. Thank you for every single night."
oth|— Marco Pellin (@marcopellin_eats) February 9, 2026
B|Pellin said rising rent on the waterfront site, up 38 percent at the last renewal, made the business impossible to sustain.
oth|View more on Instagram
oth|A post shared by Vela Harbourside (@velabistro)
B|The bistro's staff of 16 have been offered jobs at Pellin's second restaurant, Nonna Ida, in the city centre.
B|Pellin said he plans to host a series of farewell dinners featuring dishes from the original 2017 menu.
sh|Share on Facebook | Share on X | Pin it
rel|Read next: The city's best new openings of winter 2026
nl|Hungry for more? Get our Friday food letter
"""),

dict(id="en-007", lang="en", hard=False, opts="",
     notes="Scrape of a mobile page without a headline: starts at the 'open in app' banner and a poll widget; "
           "a 'keep scrolling' ad label sits mid-story; the poll's options and vote count are noise.",
     text="""
nav|Open in app
nav|Read this story in the Tillbury Echo app — it's faster
B|Tillbury's central library will reopen on Saturday after a £3.2 million refurbishment that took almost two years.
B|The Victorian building on Canal Street has a new lift, a children's floor and a ground-floor café run by a local social enterprise.
oth|Keep scrolling to carry on reading
oth|AD
B|Opening hours will also be extended, with the library open until 8pm on Thursdays for the first time.
B|Head librarian Nadia Okafor said the fit-out had kept the original reading-room ceiling, which was cleaned by hand.
B|"It's the same room people studied in 130 years ago. It just has working heating now."
oth|POLL: Will you visit the new-look library?
oth|Yes, this weekend
oth|Yes, at some point
oth|Probably not
oth|1,087 votes · Poll closes in 2 days
rel|Most read in Tillbury
rel|Canal towpath to close for six weeks of repairs
rel|Missing tortoise found two streets away after 11 days
"""),

dict(id="en-008", lang="en", hard=False, opts="single",
     notes="Podcast episode page from a regional radio station, single newlines: episode player chrome and "
           "'subscribe on' platform links are noise, the chapter list is navigation, the show notes are "
           "the story.",
     text="""
nav|Coastline Radio · Podcasts
nav|The Harbour Hour
T|Episode 112: Why the Pelham crab fleet is down to six boats
oth|Play episode
oth|00:00 / 38:14
oth|−15s   +30s   1x
oth|Download (35 MB)
oth|Released 3 June 2026
B|Twenty years ago, 31 crab boats worked out of Pelham harbour. This summer there are six.
B|This week we go out before dawn with skipper Ruth Tamsett, whose family has fished from Pelham since the 1880s.
B|She tells us how quota changes, fuel prices and a run of bad winters took most of the fleet.
B|We also hear from marine biologist Dr Anil Roy, who says brown crab numbers in the bay fell by a third between 2019 and 2025.
B|And harbour master Gail Fordyce explains the plan to turn two empty sheds into a fish market.
nav|Chapters
nav|00:00 Introduction
nav|03:40 Out with the Margaret Rose
nav|17:25 What's happened to the crabs?
nav|29:10 A market for Pelham
nav|Subscribe: Apple Podcasts · Spotify · Pocket Casts · RSS
rel|More episodes
rel|Episode 111: The last ferryman of Steyning Water
oth|Transcript available on request
"""),

dict(id="en-009", lang="en", hard=False, opts="",
     notes="Consumer-review magazine reviewing a cordless vacuum, with a run of extra blank lines before the "
           "footer: readers' star widget and 'was this helpful' are noise; the reviewer's verdict and score "
           "lines are story; an affiliate disclosure is a disclaimer.",
     text="""
nav|HomeTest Weekly › Reviews › Floorcare
dis|When you buy through links on our site we may earn a commission. This never affects our verdicts.
T|Brisco V9 Cordless review: light, quiet and short on stamina
oth|Tested by Owen Pascoe · Last updated 2 October 2026
oth|Reader rating: ★★★★☆ 3.9 (212 ratings)
B|Brisco's V9 weighs just 2.1kg, making it the lightest stick vacuum we have tested this year.
B|It was also the quietest, measuring 71 decibels at one metre on its standard setting.
B|The catch is the battery: we got 19 minutes on standard and barely six on boost, well short of the claimed 40.
B|Pros: very light; easy to empty; quiet
B|Cons: poor battery life; small 0.4-litre bin
B|Verdict: 3 out of 5
B|At £229 it is worth a look for small flats, but anyone with stairs and carpets should spend more.
oth|Check price at Korvo Electrical
~
oth|Was this review helpful?
oth|Yes   No
oth|Spotted an error? Tell us
nav|Follow HomeTest on Facebook and Instagram
oth|HomeTest Weekly is published by Lantern House Media, 4 Orchard Row, Bristol BS1 6QT
"""),

dict(id="en-010", lang="en", hard=False, opts="crlf",
     notes="Regional traffic story on a motorway closure, CRLF: a live-traffic widget and its 'report an "
           "incident' link are noise (other) although the story is about traffic; the story's diversion "
           "list is story; a 'story continues below' label sits mid-story.",
     text="""
nav|Skip to main content
nav|The Northvale Post
oth|LIVE TRAFFIC · A61 northbound: 20 min delay near Gatley
oth|M606 J3–J4: lane closed, queueing traffic
oth|Report a traffic incident
T|M614 to shut for three weekends while Cresswell viaduct is resurfaced
oth|Transport correspondent Imogen Latham
oth|23 January 2026, 8:05am
B|A 4-mile stretch of the M614 will close completely for three weekends in February so the Cresswell viaduct can be resurfaced.
B|The motorway will shut between junctions 7 and 9 from 9pm on Friday until 6am on Monday on 6, 13 and 20 February.
oth|Story continues below
B|Signed diversions:
B|Northbound: leave at J7, follow the A640 through Halsey, rejoin at J9
B|Southbound: leave at J9, follow the A6150 and B6112, rejoin at J7
B|National Highways said the 1970s viaduct's surface had "reached the end of its life" and patching was no longer enough.
B|Drivers are advised to allow at least 40 extra minutes.
rel|Most read
rel|1. Cresswell residents fear rat-run chaos
rel|2. Parking fines at Northvale General rise to £70
sh|Print  |  Email  |  Save for later
"""),

dict(id="en-011", lang="en", hard=False, opts="",
     notes="Business page on supermarket results: index and FX strip at the top (crypto_ticker), share price "
           "box, print/e-mail/save bar, text-size control and a page-view counter; the results figures are "
           "story.",
     text="""
tk|FTSE 100 8,412.6 ▲0.34%   FTSE 250 20,118.2 ▼0.12%   GBP/USD 1.2741 ▲0.05%
tk|Brent $81.44 ▲1.2%   Gold $2,389 ▼0.4%
nav|Markets › Companies › Retail
T|Halberd's profit jumps 14% as shoppers return to own-label ranges
oth|Fiona Desai, Retail Editor
oth|Thursday 9 April 2026 07:31 BST
sh|Print
sh|Email
sh|Save
oth|A- A A+
B|Halberd, the UK's sixth-largest supermarket chain, reported a 14% rise in annual pre-tax profit to £612 million on Thursday.
B|Sales excluding fuel rose 4.8% to £19.3 billion in the year to 28 February.
B|Like-for-like sales: +3.9%
B|Dividend: 11.2p per share, up from 10.4p
B|Chief executive Rory Cunliffe said cheaper own-brand lines now made up 54% of the average basket.
B|The group will open 22 convenience stores this year and close four large out-of-town sites.
tk|Halberd plc (HBD.L) 287.4p ▲6.1%
oth|Quote delayed by at least 15 minutes
oth|5,906 views
rel|Read more: Rival Corrib cuts prices on 400 lines
"""),

dict(id="en-012", lang="en", hard=False, opts="ws",
     notes="Health page on a hospital's new asthma clinic, trailing whitespace: the dek glued to itself is "
           "a duplicate, an air-quality and pollen widget and an accessibility note are noise, cookie "
           "notice at the bottom; one photo caption with its credit.",
     text="""
dup|A new clinic aims to cut emergency visits for children with asthma.A new clinic aims to cut emergency visits for children with asthma.
nav|Wellbeing | Health news
T|Kingsmere hospital opens first walk-in asthma clinic for children
oth|By Dr Hannah Welsby, health correspondent
oth|Published: 05/05/2026
oth|Air quality today: Moderate (AQI 64)
oth|Pollen: High · Grass
C|Respiratory nurse Ade Bankole shows eight-year-old Lily Norcott how to use a spacer.
att|Image: Kingsmere NHS Trust
B|Children with asthma in Kingsmere will be able to walk in to a dedicated clinic without an appointment from Monday.
B|The clinic, on the ground floor of Kingsmere General's outpatients block, will be open from 8am to 8pm, seven days a week.
B|Last year 1,340 children attended the hospital's emergency department with asthma attacks, a figure doctors say could be halved.
B|"Many of these visits happen because a family has run out of an inhaler or isn't sure how to step up treatment," said consultant Dr Irfan Shah.
B|Parents can also book a 20-minute inhaler check.
oth|This article is available in large print and audio formats on request.
ck|Cookies help us run this site. Continue browsing to accept, or change your settings.
ck|Cookie settings
"""),
]
