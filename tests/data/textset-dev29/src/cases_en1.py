"""textset-dev29, writer A: English cases en-001 .. en-012.

Stories whose own lines end in (or open with) list-like runs of short lines, set right next to
list-shaped furniture. Every story list item is B; every furniture list item carries its noise
kind. Format: see ../../textset-dev20/src/make_cases.py.
"""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="Regional paper, roadworks story ending in a list of other works this week, followed "
           "directly by a 'More in Transport' list, a topic list, share bar and cookie banner.",
     text="""
nav|Home
nav|News › Local › Transport
T|Eastfield bypass to close overnight for resurfacing as roadworks pile up
oth|By Priya Anand, Transport Reporter
oth|Published 06:12, Tuesday 3 November 2026 · Updated 09:40
B|Drivers in Eastfield face a fortnight of overnight closures from Monday as the county council starts resurfacing the bypass between the Kilnworth roundabout and the A614 junction.
B|The work, worth £2.3 million, was pushed back from the summer after contractors found drainage damage beneath the eastbound carriageway.
B|Council highways lead Martin Osei said the overnight timing was chosen to keep the morning school run clear. "Nobody enjoys a diversion, but two weeks of nights is better than two months of days," he said.
B|The diversion will send traffic through Brindle Lane and Station Road, where a temporary 20mph limit applies.
B|Other works starting this week:
B|Mill Street, Eastfield – gas main replacement, lane closure until 20 November
B|Coppice Road – footway repairs, temporary lights 9.30am–3.30pm
B|Harlow Bridge – bridge inspection, full closure Sunday 8am–4pm
B|Station Approach – new cycle lane, parking suspended for three weeks
rel|More in Transport
rel|Bus operator cuts Sunday services on three rural routes
rel|Parking charges at Eastfield hospital to rise in January
rel|Rail line reopens after landslip repairs finish early
nav|Topics: Roadworks | Eastfield | County Council
sh|Share this article
sh|Facebook
sh|X
sh|Email
ck|We and our partners use cookies to personalise content and to measure how our pages are used. Manage choices
ck|Accept all
"""),

dict(id="en-002", lang="en", hard=False, opts="nofinal",
     notes="Local weekly, holiday pharmacy rota: the story ends with day subheadings and pharmacy "
           "opening-time items, followed directly by a numbered 'Most read' list; no final newline.",
     text="""
nav|Wexcombe Gazette
nav|News | Sport | What's On | Jobs | Property | Announcements
oth|Advertisement
T|Which pharmacies are open in Wexcombe over the Christmas break?
oth|Lucy Farrant
oth|22 December 2026 5:00am
B|Most GP surgeries in the Wexcombe area will close from Christmas Eve afternoon until Tuesday 29 December, the local health board has confirmed.
B|Patients who need urgent advice should ring the 111 service, while a handful of community pharmacies will open on a rota. Opening times may change at short notice, so the board advises calling ahead.
oth|Advertisement
B|Christmas Day
B|Hollins Pharmacy, Market Square: 10am–1pm
B|Greenway Chemist, inside Parkside Superstore: 11am–2pm
B|Boxing Day
B|Hollins Pharmacy, Market Square: 10am–4pm
B|Dunmore Road Pharmacy: 9am–5pm
B|Station Pharmacy, Wexcombe Junction: 12pm–4pm
rel|Most read
rel|1. Woman, 84, reunited with wedding ring lost on allotment 40 years ago
rel|2. Plans for 300 homes on Crane Farm land thrown out
rel|3. Christmas bin collection dates for every street in the district
rel|4. Pub landlord's farewell after 31 years behind the bar
rel|5. Police appeal after van driven into shop window
oth|Report an error in this story
nl|Get the Gazette's morning briefing in your inbox – it's free
oth|© Wexcombe Gazette Ltd. Registered in England No. 0419227
"""),

dict(id="en-003", lang="en", hard=False, opts="ws",
     notes="US local paper, school board race: an 'At a glance' box (story) right under the breadcrumb, "
           "an inline 'Read more' teaser mid-story, and a candidate list ending the story next to a tag "
           "list; trailing whitespace.",
     text="""
nav|Home / Education / Schools
T|Seven candidates line up for three seats on the Larkin Valley school board
oth|Daniel Okafor | The Larkin Valley Ledger
oth|Oct. 14, 2026 at 7:45 p.m. EDT
B|At a glance
B|Three of seven seats are on the Nov. 3 ballot
B|Two incumbents are not seeking re-election
B|A $4.1 million budget shortfall dominates the race
B|Voters in the Larkin Valley Unified School District will choose three board members next month, in a race shaped by a looming budget gap and a fight over closing Westmoor Elementary.
rel|Read more: District floats closing Westmoor Elementary to save $900,000
B|Board president Angela Ruiz and trustee Ken Dobbs both said this summer that they would step down.
B|The candidates, in the order they appear on the county ballot:
B|Maribel Castro, retired teacher
B|Glenn Hathaway, small-business owner
B|Sunita Rao, parent and pediatric nurse
B|Terrence Boyle, incumbent trustee
B|Olivia Marchetti, accountant
B|Dwayne Pruitt, pastor
nav|Tags
nav|Larkin Valley Unified
nav|Elections 2026
nav|School Board
nav|Westmoor Elementary
sh|Share on Facebook
sh|Share on X
sh|Print
oth|Support local reporting for $1 a week. Cancel anytime.
com|Join the conversation (0)
"""),

dict(id="en-004", lang="en", hard=False, opts="",
     notes="Sports section, marathon report with a photo caption; the story ends with men's and women's "
           "top-three results (story) followed by an 'Other results' list of links, an ad widget and a "
           "cookie notice.",
     text="""
nav|Sport
nav|Athletics
T|Kiptoo breaks course record as Portbridge Marathon draws 14,000 runners
C|Runners cross Harbour Bridge in the early stages of the race. Photo: Ellie Marsh/Portbridge Echo
oth|Sam Whitlock, Athletics correspondent
oth|Sunday 18 October 2026, 3:55pm
B|Kenya's Daniel Kiptoo took more than a minute off the course record in the Portbridge Marathon on Sunday, crossing the line in 2:07:41 despite a stiff headwind along the seafront.
B|In the women's race, Hanna Sjöberg of Sweden pulled away from the lead group at 35km to win her first big-city title.
B|Organisers said 13,912 runners finished, a record for the event.
B|Men
B|1. Daniel Kiptoo (KEN) 2:07:41
B|2. Abel Tesfaye Girma (ETH) 2:08:15
B|3. Tom Redfern (GBR) 2:11:02
B|Women
B|1. Hanna Sjöberg (SWE) 2:24:09
B|2. Ruth Chebet (KEN) 2:24:58
B|3. Maja Lindqvist (SWE) 2:27:30
rel|Other results
rel|Cross-country: Vale Harriers retain county title
rel|Parkrun: Record turnout at Lowther Park for 500th event
rel|Cycling: Portbridge Wheelers win team time trial
sh|Share
sh|Copy link
oth|Sponsored | Find your perfect running shoe at Stride & Co
ck|The Portbridge Echo uses cookies to keep the site running and to show you relevant adverts. Change settings
"""),

dict(id="en-005", lang="en", hard=False, opts="crlf",
     notes="Flood story on a broadcaster page: a doubled dek above the topic label, an ad label "
           "mid-story, and 'What we know so far' bullets (story) followed by a related-links list, a "
           "topic list, a share bar and an external-links disclaimer; CRLF.",
     text="""
dup|Residents of low-lying streets told to leave before high tide on Thursday evening.Residents of low-lying streets told to leave before high tide on Thursday evening.
nav|Weather | Floods
T|Storm Imelda: evacuation ordered in parts of Saltmere as river rises
oth|Live reporting by Grace Adeyemi and Tom Kell
oth|Last updated 2 hours ago
B|Emergency services have begun door-to-door visits in the Quayside and Fenwick areas of Saltmere after the River Aller rose 1.8 metres in twelve hours.
B|The Environment Agency has issued two severe flood warnings, meaning there is a danger to life.
oth|Advertisement
B|"Please don't wait to see the water at your door," said Chief Fire Officer Lena Drummond.
B|What we know so far
B|About 600 homes are covered by the evacuation order
B|A rest centre has opened at Saltmere Leisure Centre on Corn Street
B|Trains between Saltmere and Oakham are suspended until Friday
B|High tide is expected at 19:42 on Thursday
rel|Live: Storm Imelda latest updates
rel|Flood warnings: check the map for your area
rel|How to protect your home from flooding
nav|Related topics
nav|Saltmere
nav|Flooding
nav|UK weather
sh|Share page
sh|About sharing
dis|The Saltmere Post is not responsible for what appears on external websites.
"""),

dict(id="en-006", lang="en", hard=False, opts="single",
     notes="Council-grant story with a numbered 'How to apply' list (story) followed directly by a "
           "numbered 'Top 5 stories' list (related), then a newsletter box; single newlines.",
     text="""
nav|Skip to content
nav|Menu
nav|Money
T|Households can claim up to £450 off heat pump installs under new Calderbrook scheme
oth|By Helen Stavrou
oth|4 min read
B|Homeowners and private tenants in Calderbrook can now apply for a grant of up to £450 towards a heat pump or loft insulation, the borough council said on Wednesday.
B|The £1.2 million pot is expected to cover around 2,600 homes and will close when the money runs out.
oth|Advertisement
B|Only homes with an energy rating of D or below qualify.
B|How to apply
B|1. Check your home's energy rating on the government register.
B|2. Get a written quote from an installer on the council's approved list.
B|3. Fill in the online form and upload the quote and a recent council tax bill.
B|4. Wait for an approval email before any work starts.
rel|Top 5 stories
rel|1 Council tax to rise by 4.99% from April
rel|2 Calderbrook market hall reopens after £3m refit
rel|3 What the new bin rules mean for your street
rel|4 Ex-mayor cleared of misconduct allegation
rel|5 Town centre car park to become 120 flats
nl|Money tips every Friday. Enter your email:
nl|Sign up
oth|Advertisement
"""),

dict(id="en-007", lang="en", hard=False, opts="single",
     notes="Investigations page: a dated timeline under a subheading (story) followed by a 'From the "
           "archive' list whose items also start with dates (related), then previous/next links and a "
           "corrections line; single newlines.",
     text="""
nav|THE NORTHERN REVIEW
nav|Subscribe | Log in
T|Inquiry into Corran footbridge collapse to report in spring
oth|Fiona Lennox
oth|Investigations | 11 Nov 2026
B|The public inquiry into the collapse of the Corran footbridge will publish its findings in April, its chair confirmed on Tuesday, nineteen months after the span fell into the river.
B|Sir Alan Petrie said the panel had taken evidence from 86 witnesses and reviewed more than 40,000 documents.
B|How events unfolded
B|March 2024: Engineers flag corrosion in two support cables
B|September 2024: Council defers repairs to the next budget year
B|14 April 2025: Bridge collapses at 6.20am; two people injured
B|June 2025: Inquiry announced by the transport minister
B|January 2026: Public hearings begin in Fort Carrick
rel|From the archive
rel|April 2025: "I heard a crack like a gunshot" – witnesses describe collapse
rel|June 2025: Minister orders full inquiry into bridge failure
rel|March 2026: Council officer admits repair warning was 'missed'
nav|Previous article
nav|Next article
oth|Spotted a mistake? Contact the readers' editor
"""),

dict(id="en-008", lang="en", hard=False, opts="",
     notes="Wire-style markets report: the story ends with index closing levels (story), followed "
           "directly by an index quote box with the same figures (ticker), a read-next list, a data "
           "disclaimer and the reporting credit (attribution).",
     text="""
nav|Markets › Asia
T|Asian stocks close higher as chipmakers lead rebound
oth|By Kenji Arakawa
oth|Nov 24, 2026 9:12 AM GMT
B|Asian shares rose on Tuesday, recovering most of Monday's losses, as chip stocks rallied on stronger-than-expected export data from South Korea.
B|Technology names accounted for more than half of the day's gains across the region.
B|"The sell-off was overdone, and investors are using the dip to rebuild positions," said Mei Ling Foo, a strategist at Harcourt Pacific.
B|How the main indexes closed:
B|Nikkei 225: 39,412.80, up 1.1%
B|Kospi: 2,688.15, up 2.3%
B|Hang Seng: 20,104.55, up 0.7%
B|Shanghai Composite: 3,318.02, down 0.2%
B|ASX 200: 8,190.40, up 0.4%
tk|Nikkei 39,412.80 +1.10%
tk|KOSPI 2,688.15 +2.30%
tk|HSI 20,104.55 +0.70%
tk|USD/JPY 151.84 -0.21%
rel|Read next
rel|Won strengthens as exporters convert dollar earnings
rel|Oil slips on signs of weaker Chinese demand
dis|Quotes shown here lag the exchanges by 15 minutes or more; times are GMT.
att|Reporting by Kenji Arakawa in Tokyo and Park Joon-ho in Seoul; editing by Ruth Mallory
"""),

dict(id="en-009", lang="en", hard=False, opts="ws",
     notes="Listings magazine, festival line-up: the story ends with a stage schedule (story) followed "
           "by 'You might also like' links and a short comment thread; an ad line mid-story; "
           "trailing whitespace.",
     text="""
nav|What's On › Music
T|Riverside Jazz Weekend reveals full line-up with free Sunday stage
oth|Words by Carla Benetti
oth|Posted 2 September 2026
B|The Riverside Jazz Weekend returns to Hollow Quay on 26–27 September with 22 acts across three stages, organisers announced this morning.
B|For the first time, the Sunday programme on the Boathouse stage will be free to attend.
oth|The article carries on below this advert
B|Weekend tickets cost £68, or £35 for a single day.
B|Saturday, Main Stage
B|14:00 The Greyfield Trio
B|16:00 Ada Mensah Quintet
B|18:30 Lorna Vance & the Night Owls
B|21:00 Marcus Delahaye Big Band
rel|You might also like
rel|Folk club celebrates 50 years with a songbook of members' tunes
rel|Review: Kettle Street Players bring Chekhov to a car park
rel|Ten gigs to catch in the city this autumn
com|4 comments
com|Rob_H: Marcus Delahaye at 9pm on a Saturday, can't wait
com|jazzmum62: Any word on accessible viewing areas?
com|Sign in to add your own comment
oth|Advertise with us
"""),

dict(id="en-010", lang="en", hard=False, opts="single nofinal",
     notes="News-reader app card without a headline: a library-hours story with a branch list and a "
           "short FAQ (story), followed by the app's own help links (navigation), a source credit and "
           "save/share buttons; single newlines, no final newline.",
     text="""
nav|Local News Now
nav|For you · Following · Local
oth|Ashby Herald · 5h
B|Four branch libraries in Ashby district will cut their opening hours from January under budget plans approved by the county cabinet on Thursday.
B|The council says the changes will save £310,000 a year without closing any building outright.
B|Branches affected:
B|Coldharbour: closed Mondays and Wednesdays
B|Pennyfield: mornings only
B|St Bride's: closed Saturdays
B|Upper Lees: open three days a week
B|Will mobile library stops change?
B|No. The mobile library will keep its fortnightly route.
B|Can I still return books anywhere?
B|Yes, books can go back to any branch or to the 24-hour drop box at Ashby Central.
nav|Help centre
nav|How do I change my local area?
nav|Why am I seeing this story?
oth|Report a problem with this card
att|Content from Ashby Herald. Read the original at ashbyherald.co.uk
sh|Save · Share · Hide
"""),

dict(id="en-011", lang="en", hard=False, opts="",
     notes="Football match report under a score widget: scorers, attendance and the round's other "
           "results are story lines, followed directly by links to those matches' reports, widget tabs "
           "and a betting ad (other).",
     text="""
oth|FT  Hartley Town 2–1 Colne Rovers
nav|Football / League Two
T|Late Bamford header sends Hartley top of League Two
oth|Jack Pryor at the Gorse Lane Stadium
oth|Sat 21 Nov 2026 17:08
B|Owen Bamford rose highest in the 89th minute to give Hartley Town a 2–1 win over Colne Rovers and lift them to the top of League Two for the first time in six years.
B|Colne had led through Isaac Dunne's first-half penalty before Kieran Walsh levelled on the hour.
B|"We kept going, and that's what this group does," Hartley manager Phil Stroud said.
B|Scorers: Walsh 61, Bamford 89; Dunne 34 (pen)
B|Attendance: 7,804
B|Elsewhere in League Two
B|Ashworth 0–0 Milbury
B|Dunmore Athletic 3–2 Fenton
B|Ramsgill 1–4 Oxley United
B|Stannard Vale 2–0 Kirkby Wanderers
rel|Ashworth v Milbury: Ten-man Ashworth hold on for a point
rel|Dunmore Athletic v Fenton: Five-goal thriller at Mill Park
rel|Ramsgill v Oxley United: Oxley end away drought in style
rel|See all League Two reports
oth|Match stats | Line-ups | Table
sh|Share this match report
oth|18+ only. T&Cs apply. Know your limits – HartleyBet
"""),

dict(id="en-012", lang="en", hard=False, opts="",
     notes="Consumer page, baby-formula recall: the story ends with the affected batch codes (story), "
           "then a run of blank lines, a related-stories list, a health disclaimer, an alert sign-up "
           "and share links.",
     text="""
nav|Consumer › Recalls
T|Brightfield recalls baby formula batches over possible plastic fragments
oth|By Naomi Reiss | Consumer Affairs
oth|Thursday, 29 October 2026
B|Brightfield Nutrition has recalled four batches of its Stage 1 infant formula after a customer found small pieces of blue plastic in a tin.
B|The Food Standards Authority said the risk was low but advised parents not to use the affected products.
B|What parents should do
B|Customers can return tins to any store for a full refund without a receipt.
B|Affected batches (800g tins):
B|Batch BF2607A, best before 06/2028
B|Batch BF2607C, best before 06/2028
B|Batch BF2609B, best before 09/2028
B|Batch BF2610A, best before 10/2028
~
rel|Related stories
rel|Supermarket pulls hummus over undeclared sesame
rel|Kettle maker recalls 40,000 units after fire reports
rel|How to check whether something you own has been recalled
dis|This article is for general information and does not replace advice from a health professional.
nl|Get recall alerts by email
sh|Share | Tweet | Email
oth|© 2026 Consumer Watch Media
"""),
]
