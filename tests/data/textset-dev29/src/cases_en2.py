"""textset-dev29, writer A: English cases en-013 .. en-024.

Stories whose own lines end in (or open with) list-like runs of short lines, set right next to
list-shaped furniture. Every story list item is B; every furniture list item carries its noise
kind. Format: see ../../textset-dev20/src/make_cases.py.
"""

CASES = [
dict(id="en-013", lang="en", hard=False, opts="crlf",
     notes="National paper, council by-election: a market strip above the menu, the result tally "
           "(story) followed directly by a multi-line markets box (ticker) and more by-election "
           "result links; CRLF.",
     text="""
tk|FTSE 8,190 +0.3% | GBP/USD 1.2714 | GBP/EUR 1.1842 | Gold $2,611
nav|Politics › Local elections
T|Greens take Foxley council seat in by-election upset
oth|By Arjun Mehta, Political Correspondent
oth|Friday 6 November 2026 08:30 GMT
B|The Green Party has won the Foxley Marsh ward on Harbury District Council, overturning a Conservative majority of more than 900 in a by-election on Thursday.
B|Turnout was 31.4%, down from 38% at the last full council election.
B|Result, Foxley Marsh ward:
B|Jenna Cole (Green) 1,248
B|Peter Hulme (Conservative) 1,031
B|Sanjay Kapoor (Labour) 402
B|Rita Doyle (Liberal Democrat) 288
B|Green gain from Conservative. Majority: 217
tk|Markets
tk|FTSE 100 8,190.22 +0.31%
tk|FTSE 250 20,412.10 -0.12%
tk|GBP/USD 1.2714 +0.05%
rel|More by-election results
rel|Lib Dems hold Ashcombe North with reduced majority
rel|Labour gain Kingsgate ward on recount
nav|Follow Politics
"""),

dict(id="en-014", lang="en", hard=False, opts="ws",
     notes="Evening paper explainer: a question-and-answer FAQ that belongs to the story, followed by "
           "the site's own reader-help links (navigation), a sponsored teaser and a cookie banner; an "
           "inline 'Read more' teaser mid-story; trailing whitespace.",
     text="""
nav|Brenton Evening News
nav|Home › News › Council
T|New residents' parking permits: your questions answered
oth|Ellen Marsh
oth|Updated 12:01 PM, Nov 30, 2026
B|Harbour ward and St Jude's will become controlled parking zones from 1 February, Brenton City Council has confirmed, after a consultation drew more than 3,000 responses.
rel|READ MORE: Harbour ward traders fear parking zone will drive shoppers away
B|Here is what the change means for people who live and park there.
B|How much will a permit cost?
B|£65 a year for the first car and £110 for a second. Electric cars get a 50% discount.
B|Can visitors park?
B|Each household can buy up to 60 visitor day passes a year at £2 each.
B|What are the hours?
B|Monday to Saturday, 8am to 6.30pm.
B|Do carers need a permit?
B|No. Registered carers can apply for a free one online.
nav|Reader help
nav|How do I log in to my account?
nav|How do I manage my subscription?
nav|Contact the newsroom
nav|Terms of use
oth|Sponsored content
oth|Five reasons Brenton homeowners are switching to solar — SunWise Energy
ck|Your privacy choices: we use cookies for essential functions and, with your consent, for analytics and ads.
ck|Reject non-essential
ck|Accept
"""),

dict(id="en-015", lang="en", hard=False, opts="",
     notes="Regional motoring page with a photo caption: cheapest-forecourt price lists (story) "
           "followed directly by a 'Most popular' list, a listen widget, share link, newsletter pitch "
           "and ad label.",
     text="""
nav|Motoring
T|Petrol falls below £1.40 a litre at most Dunham forecourts
C|Prices at a filling station on Kingsway on Monday morning. (Photo: Rhys Penhale)
oth|Tom Castell
oth|Monday 16 November 2026, 11:24 am
oth|Listen to this article
B|Drivers in Dunham are paying the least for petrol since early 2024, with the average price dropping to 139.2p a litre, according to figures from motoring group FuelWatch.
B|Diesel also fell, though by less, to 146.8p.
B|"Wholesale prices have been falling for six weeks and forecourts are finally passing it on," said FuelWatch spokesman Aled Price.
B|Cheapest petrol in Dunham this week:
B|Kingsway Supermarket: 134.9p
B|Mill Road services: 136.7p
B|Priory Park garage: 137.9p
B|Cheapest diesel:
B|Kingsway Supermarket: 142.9p
B|A47 eastbound services: 144.5p
rel|Most popular
rel|Speed cameras to go live on Castle Road next month
rel|Motorist fined £1,000 for driving with phone on lap
rel|Why your MOT could cost more next year
rel|Dunham's most-complained-about potholes mapped
sh|Share on WhatsApp
nl|Sign up to our motoring newsletter for road news and forecourt deals
oth|Advertisement
"""),

dict(id="en-016", lang="en", hard=False, opts="single",
     notes="US metro site on a phone: app prompt and menu at the top, a day-by-day holiday service "
           "schedule (story) followed directly by a 'Trending now' list, a notifications prompt "
           "(navigation), a tips line and a copyright line; single newlines.",
     text="""
nav|Open in the app
nav|Sign in
nav|Menu
T|Bus and tram times over the holidays: what's running when
oth|By Ravi Sethi
oth|December 18, 2026
B|Westmere Transit will run reduced services from Christmas Eve to New Year's Day, with no trams on Christmas Day for the first time since 2019.
B|The operator said staff shortages and planned track work on the Line 2 extension had forced the change.
B|Dec. 24: Saturday timetable, last trams around 8 p.m.
B|Dec. 25: Buses only, on routes 1, 4, 9 and 12, 10 a.m. to 6 p.m.
B|Dec. 26: Sunday timetable
B|Dec. 27–30: Weekday timetable without school routes
B|Dec. 31: Service until 2 a.m., free after 8 p.m.
B|Jan. 1: Sunday timetable
rel|Trending now
rel|Westmere's new ice rink opens with a line around the block
rel|Three arrested after smash-and-grab at jewelry store
rel|Snowplow drivers wanted: city offers $5,000 signing bonus
nav|Turn on notifications for breaking Westmere news
oth|Have a news tip? Email tips@westmerenow.com
dis|© 2026 Westmere Now. This material may not be republished without written permission.
"""),

dict(id="en-017", lang="en", hard=False, opts="ws",
     notes="Science page: 'Key findings' bullets (story) followed directly by a sources list and a "
           "contributors line (attribution), then more-science links, a share line and a "
           "comments-off notice; trailing whitespace.",
     text="""
nav|Science & Environment
T|Urban foxes now raising larger litters than rural foxes, ten-year study finds
oth|Amelia Hart, Science Editor
oth|7 Dec 2026
B|Foxes living in cities are raising litters almost a third larger than their countryside cousins, according to a ten-year study by researchers at the University of Corwen.
B|The team tracked 312 dens across four cities and three rural counties using camera traps and volunteer sightings.
B|A fast-food diet
B|Lead author Dr Tomasz Wieczorek said abundant food waste was the most likely explanation.
B|Key findings
B|Average urban litter: 5.4 cubs
B|Average rural litter: 4.1 cubs
B|Urban cub survival to one year: 61%
B|Rural cub survival to one year: 48%
att|Sources
att|Wieczorek T. et al., Journal of Mammal Ecology, December 2026
att|Corwen Urban Wildlife Survey 2016–2026
att|Contributors: Amelia Hart (reporting), Joel Kim (graphics), Sara Blom (editing)
rel|More science
rel|Why hedgehogs are thriving in cemeteries
rel|Bees prefer motorway verges to farmland, survey says
sh|Share this story
com|Comments are switched off on this article
"""),

dict(id="en-018", lang="en", hard=False, opts="nofinal",
     notes="Obituary: a 'Her life in brief' timeline (story) and a closing family line, followed by a "
           "'More obituaries' list and a comment thread; an ad label mid-story; no final newline.",
     text="""
nav|Obituaries
T|Margaret 'Peggy' Alder, lifeboat pioneer, dies aged 93
oth|By Colin Fairweather
oth|Published: 2 Dec 2026, 18:00
B|Margaret Alder, who in 1961 became the first woman to crew a lifeboat out of Sennick harbour, has died at her home in the village. She was 93.
B|Known to everyone as Peggy, she joined the crew after her brother broke his arm on the eve of a winter call-out and, in her words, "nobody else was awake".
oth|Advertisement
B|She went on to serve for 27 years and helped rescue more than 140 people.
B|Her life in brief
B|1933: Born in Sennick, Cornwall
B|1961: Joins the Sennick lifeboat crew
B|1978: Awarded the Coastal Rescue Society bronze medal
B|1988: Retires from the crew
B|2019: New lifeboat named the Peggy Alder in her honour
B|She is survived by her son, Michael, and three grandchildren.
rel|More obituaries
rel|Ron Tibbs, football club tea-hut volunteer for 60 years
rel|Dr Saira Haq, GP who fought for rural clinics
rel|Alun Prosser, harp maker to three generations
com|Comments (12)
com|Sort by: Newest
com|Dave Penrose: My grandad was on that crew with her. A true legend of Sennick.
com|Ann W: Rest easy Peggy. The harbour won't be the same.
com|Load more comments
oth|Place a family notice from £45
"""),

dict(id="en-019", lang="en", hard=False, opts="",
     notes="Tech site, phone launch: a doubled dek, a spec list (story, lines joined by single "
           "newlines) followed directly by a where-to-buy price widget (other), an affiliate "
           "disclaimer and related reviews.",
     text="""
dup|The Lumo X3 arrives with a bigger battery and a lower price than last year.The Lumo X3 arrives with a bigger battery and a lower price than last year.
nav|Reviews > Phones
T|Lumo X3 launches at $499 with two-day battery claim
oth|Hannah Yoo
oth|Sep 29, 2026 · 3 min read
B|Lumo has unveiled the X3, a mid-range phone that the Shenzhen-based startup says can last two full days on a single charge.
B|It goes on sale on Oct. 9 in the US, UK and Germany.
B|Specifications
>B|Display: 6.5-inch OLED, 120Hz
>B|Battery: 5,800mAh, 45W wired charging
>B|Cameras: 50MP main, 12MP ultrawide
>B|Storage: 128GB or 256GB
>B|Price: $499 / £449
oth|Where to buy
>oth|Lumo X3 128GB – $499 at Voltmart
>oth|Lumo X3 256GB – $579 at PhoneHub
dis|Prices refresh every hour. We may earn a commission when you buy through these links.
rel|Related reviews
rel|Lumo X2 review: great screen, so-so battery
rel|Best phones under $500 in 2026
sh|Share
"""),

dict(id="en-020", lang="en", hard=False, opts="crlf nofinal",
     notes="Weather service page without a headline: an ice warning whose list of covered areas "
           "(story) is followed by a location weather widget (other), more-from links and a cookie "
           "prompt; CRLF, no final newline.",
     text="""
nav|Weather
nav|Forecast · Warnings · Radar · Pollen
oth|Issued 05:30 Wed 9 Dec
B|A yellow warning for ice is in force from 6pm on Wednesday until 10am on Thursday across much of the north and west.
B|Untreated roads and pavements are likely to be icy, and there may be some injuries from slips and falls.
B|Temperatures could fall to −7C in sheltered valleys.
B|Areas covered by the warning:
B|Aldmoor
B|Fellside
B|North Caddon
B|Riversmeet
B|Skerra Isles
oth|Your location: Fellside
oth|Now 1°C  Feels like −3°C
oth|Tonight −4°C  Tomorrow 3°C
oth|Change location
rel|More from Weather
rel|Why does ice form on some roads but not others?
rel|Ten-day trend: is snow on the way?
ck|Cookies on this site: we would like to set extra cookies to learn how you use our weather pages.
ck|Yes, I agree
ck|No, take me to settings
"""),

dict(id="en-021", lang="en", hard=False, opts="single",
     notes="Court report: the sentences as a list (story) followed directly by an 'In court this week' "
           "list, a newsdesk line and a back-to-top link; single newlines.",
     text="""
nav|Courts
T|Four jailed over Halden cash-machine raids
oth|Court reporter: Bethan Lloyd
oth|Halden Crown Court · 26 November 2026
B|Four men who used gas cylinders to blow open cash machines in a string of night-time raids across Halden and Brookmoor have been jailed for a total of 27 years.
B|The gang stole more than £412,000 from nine machines between January and May 2025, the court heard.
B|Judge Caroline Marsh said the raids had "terrified residents woken by explosions in the small hours".
B|Sentences:
B|Liam Carver, 34, of Brookmoor: nine years
B|Darren Platt, 29, of Halden: seven years
B|Kyle Norris, 31, of no fixed address: six years
B|Jordan Keyes, 24, of Halden: five years
rel|In court this week
rel|Driver who hit cyclist at 70mph banned for five years
rel|Care home manager admits stealing from residents
rel|Shoplifter jailed after 40 offences in one month
oth|Got a story? Call the newsdesk on 01632 960 114
nav|Back to top
"""),

dict(id="en-022", lang="en", hard=False, opts="",
     notes="Crypto aggregator repost: a doubled dek, a token unlock schedule (story) followed directly "
           "by an exchange promo, a multi-line price ticker (single newlines), a repost disclaimer, "
           "stamped teasers and a source credit.",
     text="""
dup|Roughly 9% of circulating supply enters the market over the next four weeks.Roughly 9% of circulating supply enters the market over the next four weeks.
T|Veldra token unlocks: what is scheduled for December
B|Veldra (VLD), the layer-2 network token, faces a run of scheduled unlocks this month that will release about 84 million tokens to early backers and the team.
B|The token fell 6.2% over the past week to $0.318 as traders positioned ahead of the first release.
B|Analysts at Northlane Research said the largest tranche, on 15 December, was "already partly priced in".
B|Unlock schedule:
B|Dec 8: 12.5M VLD (ecosystem fund)
B|Dec 15: 41M VLD (early investors)
B|Dec 22: 18M VLD (team)
B|Dec 29: 12.5M VLD (ecosystem fund)
pr|Trade VLD with zero maker fees this month – open an account in under two minutes
tk|Veldra Logo
>tk|Veldra Price(VLD)
>tk|$0.3181
>tk|-6.20%
>tk|USD
tk|Veldra (VLD) Live Price Chart
dis|Notice: this article was republished from a third-party source for reference. Views expressed belong to the author and nothing here is investment advice. Write to press@coinpier.io to request removal.
rel|Read more
rel|Three altcoins with big unlocks ahead this quarter
rel|CoinPier2026/12/07 08:15
rel|What happens to price when a vesting cliff ends?
rel|CoinPier2026/12/06 19:42
att|Source: Northlane Research weekly note
"""),

dict(id="en-023", lang="en", hard=False, opts="",
     notes="Culture section, book prize with a photo caption: the winners list (story) followed "
           "directly by a topic list (navigation) and a 'Trending in Culture' list, share links and "
           "a reuse link.",
     text="""
nav|Culture › Books
T|Debut novel about a Welsh ferry town wins the Larchmont Prize
C|Ffion Rees with her winning novel at the ceremony on Wednesday night. Photograph: Owen Tate
oth|Isobel Grant
oth|Thu 12 Nov 2026 22.10 GMT
B|Ffion Rees has won the £25,000 Larchmont Prize for fiction with her debut, The Tide Clerk, a novel set in a ferry town on the Llŷn coast during the 1950s.
B|The judges called it "a book that listens as carefully as it speaks".
B|Rees, a former harbour-office worker from Pwllheli, said she wrote most of it on her phone during lunch breaks.
B|The 2026 winners
B|Fiction: The Tide Clerk by Ffion Rees
B|Non-fiction: Salt Roads by Kwame Asante
B|Poetry: Night Ferry Hymns by Jo Pell
B|Readers' choice: A House of Small Weather by Anika Shah
nav|Explore more on these topics
nav|Books
nav|Fiction
nav|Awards and prizes
nav|Wales
rel|Trending in Culture
rel|The 20 best albums of 2026 so far
rel|Actor quits West End run after on-stage injury
sh|Share on Facebook
sh|Share on Threads
oth|Reuse this content
"""),

dict(id="en-024", lang="en", hard=False, opts="ws",
     notes="Property news page behind a consent dialog: prices by district (story) followed by a run "
           "of blank lines and a homes-for-sale listings widget (other), a newsletter pitch and an ad "
           "label; trailing whitespace.",
     text="""
ck|We value your privacy. Click "Accept" to let us and our 143 partners store and access information on your device.
ck|Accept
ck|More options
nav|Property | Market news
T|Average house price in Kelbrook tops £300,000 for first time
oth|By Lewis Shaw
oth|November 20, 2026
B|The average home in Kelbrook now costs £301,450, up 4.2% on a year ago, according to official figures released on Wednesday.
B|Flats rose more slowly than houses, up 1.9%, while detached homes climbed 6.1%.
B|Estate agent Nadia Carr said first-time buyers were "stretching further than ever".
B|Average prices by district:
B|Kelbrook Central: £268,900
B|Amberley Heath: £412,300
B|Northgate: £239,750
B|Sutton Vale: £355,100
~
oth|Homes for sale near you
oth|3 bed semi, Northgate – £249,950
oth|2 bed flat, Kelbrook Central – £189,000
oth|View all 312 properties
nl|Thinking of moving? Get new listings and market news every Thursday.
nl|Subscribe
oth|Advertisement
"""),
]
