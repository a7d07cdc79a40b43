"""textset-dev31, writer A, English cases en-001 .. en-012: news pages carrying sponsored,
partner and commercial furniture (native ads, affiliate boxes, betting promos, listings,
deal and ticket boxes, subscription offers)."""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="", notes=(
    "Regional paper, bridge closure story. Masthead and menu on top, a 'Sponsored by' strip, "
    "an in-story ad label and a native 'Partner content' teaser in the middle, a 'Promoted "
    "stories' grid with teaser headlines and a share bar at the bottom. Ad labels and sponsored "
    "teasers are other; the promoted grid's label and teasers are related_links."),
text="""
nav|THE KESTWICK COURIER
nav|News | Sport | What's On | Property | Jobs | Motors | Announcements
oth|Traffic & Travel updates sponsored by Halloway Motors, Kestwick's Vexa dealer
T|Tarn Bridge to close for eleven weeks as cracks found in main span
oth|By Annika Rowe, Local Democracy Reporter
oth|Published 07:42, 3 December 2026
B|Kestwick's busiest river crossing will shut to all traffic from January 12 after engineers found cracks in two of the steel beams that carry the main span.
B|The county council said the Tarn Bridge, which carries about 21,000 vehicles a day, would reopen in late March if repairs went to plan.
oth|Advertisement
oth|Partner content: Five things every first-time buyer in the North West should check before making an offer
B|Buses on the 14 and 22 routes will be diverted over the Millholme crossing, adding up to twenty minutes to journeys at peak times.
B|"We know this is going to be painful for people, and we are sorry," said cabinet member Deborah Quill. "But the inspection left us no choice."
B|A temporary footbridge for pedestrians and cyclists is expected to open a week after the closure begins.
B|Traders on Bridge Street said they feared a repeat of 2019, when a six-week closure cut footfall by a third.
sh|Share this article
sh|Facebook  X  WhatsApp  Email  Copy link
rel|Promoted stories
rel|Retirees in Lancashire are snapping up this little-known bungalow scheme
rel|The £19 garden gadget that has gardeners talking
rel|Doctors baffled: the morning drink that locals swear by
oth|Ads by Teaserly
"""),

dict(id="en-002", lang="en", hard=False, opts="ws", notes=(
    "Consumer tech review site, robot vacuum review. Affiliate disclosure at the top "
    "(disclaimer), a product box with retailer price rows and buy buttons in the middle and at "
    "the bottom (other), rating widget and related reviews. The verdict and spec lines are story."),
text="""
nav|GADGETRY / Reviews / Home / Vacuums
dis|Gadgetry is reader-supported. If you buy via a retailer link below we may receive a small share of the sale, at no cost to you.
T|Tidewell Roam S7 review: a quiet robot vacuum that finally handles rugs
oth|Priya Ventham
oth|Senior Home Tech Editor · Updated 2 December 2026
oth|Best price today
oth|£349.00 at Brindle Home
oth|£359.99 at ShopNorth
oth|View deal
B|The Roam S7 is the third robot vacuum from Tidewell, a small Leeds company that until last year sold mostly cordless stick cleaners.
B|In four weeks of testing in a two-bedroom flat, it mapped every room on its first run and never once got stuck under the sofa.
B|Price: £379 (RRP)
B|Battery: 160 minutes on the lowest suction setting
B|Its party trick is rug detection: the brush lifts by nine millimetres when it crosses a deep-pile rug, so it no longer drags fluff across the floor.
B|The self-emptying dock is the weak point. It is loud, and its bags cost £4 each.
B|Verdict: the best mid-priced robot vacuum we have tested this year, if you can live with the dock.
oth|Our rating: 4.5 out of 5
oth|Tidewell Roam S7
oth|Check Amazon price
oth|Prices are checked every 24 hours and may include delivery.
rel|More vacuum reviews
rel|Kestrel Duo Pro review: a wet-and-dry cleaner that is worth the cupboard space
rel|Best cordless vacuums 2026: tested in real homes
"""),

dict(id="en-003", lang="en", hard=False, opts="", notes=(
    "Football match report on a sports site with a betting partner. Odds strip and a free-bet "
    "offer with its terms (other), the gambling-warning line (disclaimer), a comment block "
    "and related links. Scorer and team lines are story."),
text="""
nav|SIDELINE SPORT
nav|Football > Championship > Match reports
oth|In association with Quickbet
T|Brackford 3-1 Ellesmere: Okafor double lifts Bees into play-off places
oth|Tom Ashcombe at Meadow Lane
oth|Sat 5 Dec 2026 17:09
B|Chidi Okafor scored twice in the second half as Brackford came from behind to beat Ellesmere and climb into sixth.
B|Ellesmere had led through a Luca Benning header after 21 minutes, and could have doubled it when Sam Tew hit the bar.
B|Brackford: Okafor 56, 71; Dorsey 88
B|Ellesmere: Benning 21
oth|Brackford v Westcombe, Tue 19:45: Brackford 6/5 | Draw 12/5 | Westcombe 11/5
oth|New customers: bet £10, get £30 in free bets at Quickbet
dis|18+. New UK customers only. Min odds 1/2. Free bets expire in 7 days. T&Cs apply. Please play safe.
B|Manager Ros Kilby said: "At half-time I told them to stop admiring the ball. They listened."
B|Ellesmere have now lost four of their last five away games.
com|47 comments
com|Log in to have your say on this match
com|bees_till_i_die: Okafor has been quality since he came back from injury
rel|Read next
rel|Kilby signs new deal at Brackford until 2029
"""),

dict(id="en-004", lang="en", hard=False, opts="", notes=(
    "Local news site, a housing-development planning story with a photo caption. Property "
    "listings widget ('Homes for sale near here', listing rows, 'Advertise your property') "
    "is other; newsletter sign-up at the bottom; breadcrumb on top."),
text="""
nav|Home › News › Planning
T|Green light for 240 homes on former Ashby dairy site
oth|Rhona Castell
oth|Thursday 3 December 2026, 11:15 am
C|An artist's impression of the Ashby Meadows scheme from Dairy Lane. Picture: Corran Homes
B|Planners have approved 240 homes on the site of the old Ashby dairy, ending a five-year row over the land.
B|Developer Corran Homes will build 72 of the homes as affordable housing, 12 more than it first offered.
B|Residents of Dairy Lane had objected to a single access road, and the approval comes with a condition that a second one is built before the 100th home is occupied.
oth|Homes for sale near here
oth|3 bed semi-detached house, Ashby Lane — £325,000
oth|2 bed apartment, Millward Court — £189,950
oth|4 bed detached house, Quarry Rise — Offers over £460,000
oth|Advertise your property with us
B|Councillor Imran Saeed said: "It is not perfect, but it is a lot better than what was on the table in 2022."
B|Work is expected to begin next autumn.
nl|Get the Ashby Weekly newsletter every Friday — it's free
nl|Enter your email address   Sign me up
oth|© Ashby Press Ltd 2026
"""),

dict(id="en-005", lang="en", hard=False, opts="crlf", notes=(
    "Crypto news aggregator repost about a blockchain firm cutting jobs, in the style of the "
    "seed scrape: a doubled dek, source credit, multi-line ticker, exchange promo, repost "
    "disclaimer and stamped teasers."),
text="""
dup|Lanthe Labs will close its Lisbon office and cut a fifth of its staff.Lanthe Labs will close its Lisbon office and cut a fifth of its staff.
T|Blockchain developer Lanthe Labs lays off 60 as token slumps
att|Source: The Ledgerline
B|Lanthe Labs, the company behind the Lanthe payments network, said on Monday it would lay off 60 of its 290 employees and close its office in Lisbon.
B|Chief executive Mira Okonedo told staff in a memo that the firm needed "at least 30 months of runway" after a year in which its treasury shrank by half.
B|The company's LNT token has fallen 71% since January.
B|Lanthe said affected staff would receive four months' pay and keep their vested tokens.
pr|Trade LNT and 900+ other tokens on Quorvex with 0% maker fees. Sign up in 60 seconds.
tk|Lanthe Logo
tk|Lanthe Price(LNT)
tk|$0.0884
tk|-6.12%
tk|USD
dis|Disclaimer: This article is republished from third-party sources for information only and does not represent the views of Quorvex. It is not investment advice. Contact press@quorvex.example to request removal.
rel|Related Reading
rel|Three layer-2 networks announce merger talks
rel|Quorvex Blog2026/12/02 14:22
rel|Why stablecoin volumes hit a record in November
rel|Quorvex Blog2026/12/01 09:05
"""),

dict(id="en-006", lang="en", hard=False, opts="nofinal", notes=(
    "Travel news page, an airline adding a new route. A cookie banner on top, a 'Deals from "
    "our travel partners' box with priced trips and a 'Presented by' line in the middle and at "
    "the bottom (other), related links and a footer."),
text="""
ck|We and our 214 partners use cookies to personalise ads and measure performance.
ck|Accept all | Reject all | Manage choices
nav|WAYFARE NEWS   Destinations   Deals   Airlines   Cruises
T|Skylark Air to fly Manchester–Porto daily from April
oth|Lena Marsh · 2 min read
B|Skylark Air will launch a daily service between Manchester and Porto on April 2, the budget carrier said on Wednesday.
B|Introductory one-way fares start at £39, including a cabin bag.
oth|Deals from our travel partners
oth|Porto 3 nights, 4* hotel + flights from £249pp — Coastline Holidays
oth|Algarve week, all inclusive, from £612pp — SunReach
oth|Presented by Coastline Holidays
B|The airline, which has its main base at Manchester, said it expected to carry 110,000 passengers a year on the route.
B|It will compete with two existing weekly flights from Liverpool.
B|Porto's tourism board said British arrivals rose 14% last year, making the UK its second-largest market after Spain.
rel|More airline news
rel|Skylark Air pilots accept pay offer, ending strike threat
oth|Prices correct at time of publishing and subject to availability.
oth|Wayfare News is part of Brightpath Media Group"""),

dict(id="en-007", lang="en", hard=False, opts="", notes=(
    "Business section of a regional paper, a factory hiring 300 staff. A job-board block "
    "('Jobs near you', job rows, 'Post a job') in the middle and a share bar and topic tags at "
    "the bottom. The job-board rows are other; the story's own hiring figures are story."),
text="""
nav|Dunmore Gazette · Business
T|Cordell Foods to hire 300 as new bakery line opens
oth|By Gavin Hale
oth|Business reporter
oth|December 4, 2026
B|Cordell Foods will create 300 jobs at its Dunmore bakery after securing a contract to supply own-label bread to a national supermarket chain.
B|The company said most of the roles would be on production lines, with starting pay of £12.90 an hour.
B|Recruitment opens on Monday, with open days at the Dunmore Leisure Centre on December 12 and 13.
oth|Jobs near you — powered by WorkLoom
oth|Warehouse Operative · Dunmore · £12.40/hr · Full time
oth|HGV Class 1 Driver · Tarleton · £38,000 a year
oth|Care Assistant (Nights) · Kestwick · £13.10/hr
oth|Search 2,300 local jobs | Post a job
B|Managing director Elaine Cordell said: "We want people from Dunmore first. We've had too many years of jobs going elsewhere."
B|The firm will also take on 20 apprentices from Dunmore College.
sh|Share
sh|Post to Facebook | Post to X | LinkedIn | Send by email
nav|Topics: Jobs, Food and drink, Dunmore
"""),

dict(id="en-008", lang="en", hard=False, opts="ws", notes=(
    "Motoring news site, a recall story. A used-car listings widget with prices and a "
    "finance representative example (disclaimer) at the bottom; 'Story continues below "
    "advertisement' mid-story; a cookie notice at the very bottom."),
text="""
nav|AUTOLINE  News  Reviews  Used cars  Car finance  Sell your car
T|Vexa recalls 41,000 Strada hatchbacks over seatbelt fault
oth|Marcus Dell, news editor
oth|1 December 2026
B|Vexa is recalling 41,000 Strada hatchbacks built between March 2024 and June 2025 because a rear seatbelt buckle can release in a crash.
B|The fault affects cars with the split-folding rear bench, which was standard on the SE and SE Plus trims.
oth|— Recall story continues after the advert —
B|Owners will receive a letter within six weeks, and dealers will replace the buckle free of charge in about 40 minutes.
B|The company said it knew of no injuries linked to the problem.
B|Owners can check whether their car is affected by entering the registration on Vexa's website.
oth|Used Vexa Strada for sale
oth|2021 Vexa Strada 1.5 Hybrid SE · 18,200 miles · £16,495
oth|2022 Vexa Strada 1.0 Turbo SE Plus · 9,840 miles · £15,250
oth|From £239/month · See all 412 cars
dis|Representative example: borrowing £12,000 over 48 months at 10.9% APR. Amount payable £15,336. Autoline is a credit broker, not a lender.
ck|Autoline sets cookies to remember your car searches and show relevant finance offers. Fine by me
"""),

dict(id="en-009", lang="en", hard=False, opts="single", notes=(
    "No headline: a news-reader app repost of an arts story, saved from the body down. An "
    "event-ticket box ('Tickets from', 'Buy tickets', 'Presented by') and a source credit. "
    "Single newlines only."),
text="""
B|The Harrowgate Festival will return to Castle Park next August with a three-day line-up led by the Marrow Sisters and DJ Coldharbour, organisers said on Tuesday.
B|The festival, which moved to the park in 2023 after outgrowing its old site on the racecourse, expects 18,000 people a day.
B|Day tickets go on sale on Friday at 10am.
B|Organiser Felix Aird said a new late-night stage would close at 1am, an hour later than this year, after the council extended the event's licence.
B|A park-and-ride from the railway station will run every ten minutes.
oth|Harrowgate Festival 2027
oth|Castle Park · 13–15 August
oth|Tickets from £45 + booking fee
oth|Buy tickets via StageDoor
oth|Presented by Morland Cider
att|Originally published by the Harrowgate Echo. Shared via Newsline.
rel|More from Harrowgate Echo
rel|Castle Park cafe to reopen under new owners
"""),

dict(id="en-010", lang="en", hard=False, opts="", notes=(
    "Metro paper, council budget story behind a metered paywall. Subscription offers with "
    "prices and a sign-in line (other), a newsletter pitch in the middle, an 'Ads by' grid "
    "with teaser headlines at the bottom, and a doubled dek on top."),
text="""
dup|Council tax will rise by the maximum allowed without a referendum.Council tax will rise by the maximum allowed without a referendum.
T|Calderbury council sets 4.99% tax rise and closes two libraries
oth|Sophie Brand, City Hall reporter
oth|Dec 2 2026, 6:00 PM GMT
oth|2 of your 4 free Post stories left in December
oth|Subscribe for £1 a week for 6 months. Cancel anytime.
oth|Already a subscriber? Sign in
B|Calderbury City Council will raise council tax by 4.99% from April and close libraries in Wexley and Hanham, under budget plans published on Wednesday.
B|A typical Band D household will pay £2,214 a year, an increase of £105.
nl|Want the council news that matters? Get Calderbury Unpacked in your inbox every Tuesday.
B|The council says it must close a gap of £23.6 million after rises in the cost of adult social care and temporary housing.
B|Opposition leader Tariq Bhatti called the library closures "a choice, not a necessity".
B|The plans go to a full council vote on February 24.
rel|Around the web
rel|Homeowners over 60 could be owed thousands, new rules suggest
rel|Here's what a new walk-in shower should cost you in 2026
oth|Ads by Zeplet
oth|Calderbury Post is a member of the Independent Press Standards Organisation
"""),

dict(id="en-011", lang="en", hard=False, opts="", notes=(
    "Health story on a regional news site with an advertorial block and sponsor lines: "
    "'ADVERTORIAL' label with its teaser, 'In partnership with' line above the health "
    "section, a commercial-team note (disclaimer) and a share bar."),
text="""
nav|NORTHSHORE TODAY
nav|Health
oth|Health news in partnership with Harlow Building Society
T|Garrick Hospital opens £14m cancer day unit
oth|Words: Beth Arran
oth|Photography: Sam Ivory
B|A new cancer day unit has opened at Garrick Hospital, allowing 60 patients a day to have chemotherapy closer to home.
B|Until now patients from the coast had to travel 38 miles to Wendover for treatment.
oth|ADVERTORIAL
oth|Why Northshore homeowners are switching to air-source heat pumps this winter
dis|This content was produced by our commercial team on behalf of Greenhaven Heating.
B|The unit has 22 treatment chairs, a pharmacy and a garden designed with patients.
B|"Some of our patients were spending five hours on the road for a 90-minute treatment," said lead nurse Hana Oduya.
B|The hospital trust paid for the building with £9m from government and £5m raised by the Garrick Hospital Charity.
sh|Share on Facebook
sh|Share on X
sh|Email this page
nav|Back to top
"""),

dict(id="en-012", lang="en", hard=False, opts="", notes=(
    "Local TV station's weather page, storm warning. A weather widget presented by an "
    "insurer at the top, a sponsored tip card mid-story, extra blank lines before the footer, "
    "app prompt and footer."),
text="""
nav|CHANNEL 9 NORTH | Weather
oth|9 North Weather presented by Calder Insurance
oth|Now 6°C · Wind SW 31 mph · Rain 80%
T|Amber wind warning as Storm Ilse brings 80mph gusts
oth|Weather team
oth|Posted 2:14 pm, Mon 7 Dec
B|The Met Office has issued an amber wind warning for coastal parts of the region from 6pm on Tuesday until 9am on Wednesday.
B|Gusts of 70 to 80mph are likely on exposed headlands, with 50mph possible inland.
B|Ferries between Ardlow and the islands have been cancelled for Tuesday evening.
oth|Sponsored tip from Calder Insurance: check that your garden furniture is tied down before a storm
B|Power company Northgrid said it had put 120 extra engineers on standby.
B|What to expect
B|Tuesday evening: winds strengthening, heavy rain on high ground
B|Wednesday morning: gusts easing from the west by late morning
~
nav|Get live weather alerts: download the 9 North app
oth|© 2026 Channel 9 North. All rights reserved.
"""),
]
