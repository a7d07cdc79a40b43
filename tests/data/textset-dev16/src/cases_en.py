from make_cases import C

CASES = [
C("en-001", "en", "Borough council press page: skip link, menu, language picker, breadcrumb on top; last-updated stamp, feedback prompt, contact block and copyright below.", """
N:nv| Skip to main content
N:nv| Marlow Creek Borough Council
N:nv| Bins & recycling | Council tax | Planning | Roads | Libraries | News
N:nv| Language: English · Cymraeg · Polski · Română
N:nv| Home > News and press > 2026 press releases
T| Hollin Lane resurfacing to start after Easter
B| MARLOW CREEK, 2 March —
B| Work to resurface Hollin Lane between the ring road and St Anselm's primary school will begin on Tuesday 7 April and last about three weeks.
B| The £412,000 scheme replaces a surface that has been patched more than 40 times since 2019.
B| What changes for residents
B| The lane will close to through traffic from 9.30am to 3pm on weekdays.
B| Access for residents, deliveries and blue-badge holders will be kept at all times.
B| The 14 bus will divert via Tanner Street during working hours.
B| "We know the lane has been a patchwork for years, and people have told us so," said Councillor Brenda Okafor, cabinet member for highways.
B| Night work has been ruled out because of the homes on both sides of the road.
N:ot| Page last updated: 02 March 2026
N:ot| Was this page helpful?  Yes / No
N:ot| Tell us how we can improve this page (do not include personal details)
N:ot| Highways Customer Team · Civic Centre, Wellgate, MC4 2RT · 01632 960 418
N:ot| Open Monday to Friday, 8.45am to 5pm
N:nv| Accessibility statement | Privacy notice | Cookie settings | Sitemap
N:ot| © Marlow Creek Borough Council 2026
"""),

C("en-002", "en", "Police press office page: report-a-crime prompt and menu on top, print/email/share links under the story, tag line and related appeals at the bottom.", """
N:nv| North Fenwick Constabulary
N:ot| In an emergency always call 999. To report a crime online, use our Single Online Home form.
N:nv| News | Appeals | Wanted | Your area | Contact us
T| Three charged after string of shed break-ins in Ashby Vale
B| Three men have been charged following a series of burglaries from garden sheds and garages in Ashby Vale over the winter.
B| Officers recovered two e-bikes, a ride-on mower and more than 60 power tools during searches on Friday morning.
B| The men, aged 24, 31 and 47, are due before Fenwick Magistrates' Court on 19 March.
B| Detective Sergeant Imran Lowe said: "Lock sheds, mark your tools and register bikes. It genuinely makes a difference."
B| Anyone with information can quote crime reference 26/44190/25.
N:sh| Print this page
N:sh| Email a friend
N:sh| Share this appeal: Facebook / X / Nextdoor / copy link
N:nv| Tagged: Burglary, Ashby Vale, Charges
N:rl| Other appeals in your area
N:rl| Witness appeal after collision on the A614 near Hatton
N:rl| Have you seen missing Callum, 15?
N:ot| Published 14:22, 6 March 2026 by Corporate Communications
"""),

C("en-003", "en", "Primary school news page: GDPR banner on top, term-dates calendar in the middle, parent newsletter pitch and footer below. Single newlines.", """
N:ck| We use essential cookies to make this school website work. We'd also like to set analytics cookies to understand how parents use it.
N:ck| Accept analytics cookies   Reject analytics cookies   View cookies
N:nv| St Brigid's Catholic Primary School · Part of the Holyrood Learning Trust
N:nv| About us | Curriculum | Parents | Admissions | Vacancies
T| Year 5 robot team takes regional title
B| Our Year 5 robotics club beat eleven other schools at the West Lowland Primary Robot Challenge on Saturday.
B| The team's robot, nicknamed Biscuit, completed the maze course in 48 seconds.
N:ot| Upcoming dates
N:ot| 12 Mar – Parents' evening (Years 3–6)
N:ot| 20 Mar – Non-uniform day, £1 for Red Nose Day
N:ot| 27 Mar – Last day of term, 1.30pm finish
B| Mrs Adeyemi, who runs the club on Thursday lunchtimes, said the children had rebuilt the gearbox twice in the final week.
B| The squad now goes through to the national final in Coventry in June.
B| Team members:
B| - Harvey (captain)
B| - Lola
B| - Zainab
B| - Tomasz
N:nl| Get the weekly parent bulletin straight to your inbox – ask the office to add your email address.
N:ot| School office: 0141 496 0023 · office@stbrigids-primary.example.sch.uk
N:ot| Website designed by Schoolhouse Pages
""", fmt="single"),

C("en-004", "en", "University newsroom: section label, byline and read time on top, media contact, related stories and share row below.", """
N:nv| Kettering Vale University
N:nv| Newsroom / Research / Health sciences
T| Nursing school wins £2.3m to study night-shift fatigue
N:ot| By Orla Meaney, Press Officer
N:ot| 11 February 2026 · 3 min read
B| Researchers at the School of Nursing and Midwifery have been awarded £2.3 million to track how night shifts affect the health of hospital nurses over five years.
B| The study will follow 1,800 nurses at six hospital trusts, using wrist monitors and short monthly questionnaires.
B| Professor Dympna Hale, who leads the project, said rota design had barely changed since the 1990s.
B| "We want evidence that managers can actually use on Monday morning," she said.
B| Results from the first year are expected in spring 2027.
N:ot| Media enquiries
N:ot| Orla Meaney | press@kvu.example.ac.uk | +44 1536 555 0192
N:rl| More from the newsroom
N:rl| Engineering students design flood barrier for Rushden allotments
N:rl| Vice-Chancellor announces new bursary for care leavers
N:sh| Share this story: LinkedIn · Facebook · Email
"""),

C("en-005", "en", "Local paper court report: byline and stamp on top, legal notice and disabled-comments line at the bottom, related court stories.", """
N:nv| The Wexley Gazette
N:nv| News › Courts
T| Landlord fined £18,000 over damp flats in Pottery Row
N:ot| Court reporter Gemma Tait
N:ot| Thursday 19 February 2026, 4:05 pm
B| A landlord who left tenants living with black mould and a broken boiler for five months has been fined £18,000 by Wexley magistrates.
B| Ronald Pickersgill, 63, of Sandon Road, admitted four breaches of housing regulations at three flats in Pottery Row.
B| The court heard one tenant, a mother of two, had used a camping stove to heat water over Christmas.
B| Magistrates also ordered him to pay £3,460 costs and a £2,000 victim surcharge.
B| Mr Pickersgill's solicitor said his client had been "overwhelmed" after his letting agent went out of business.
B| The council said the flats have since been repaired.
N:di| Our court reports are accurate records of proceedings in open court. If you believe a report is inaccurate, contact the editor.
N:cm| Comments have been switched off on this article for legal reasons.
N:rl| More court news
N:rl| Driver banned after crash outside Wexley leisure centre
N:rl| Teenager given referral order for bus shelter damage
"""),

C("en-006", "en", "Community newspaper obituary: funeral-notice menu on top, condolence guestbook, flower advert and share line at the bottom; trailing whitespace.", """
N:nv| Tarrow Valley Echo | Family Notices | Deaths
T| Margaret 'Peggy' Ellwood, 1934–2026
C| Peggy Ellwood behind the post office counter in 1989. Photo: family collection
B| Peggy Ellwood, who ran the Tarrow post office for 31 years and knew most of the valley by their first names, has died aged 91.
B| She was born in Haltcliffe and married Jim Ellwood, a dry-stone waller, in 1956.
B| Peggy sang with the Tarrow Ladies' Choir until she was 85.
B| She is survived by her daughters Anne and Christine, five grandchildren and four great-grandchildren.
B| The funeral will be held at St Oswald's, Tarrow, on Wednesday 4 March at 11am.
B| Family flowers only; donations, if desired, to the Valley Air Ambulance.
N:cm| Guestbook (12 entries)
N:cm| Sign the guestbook
N:cm| "Such a kind lady, always had a barley sugar for us kids." – Dave & Lorna Pratt
N:cm| Load more condolences
N:ot| Send flowers to the service – next-day delivery from Hollybank Florist
N:sh| Share this notice
N:ot| Notice placed by Fairbairn & Sons Funeral Directors
""", ws=True),

C("en-007", "en", "Town library community notice, single newlines: opening-hours block mid-page, events calendar and footer at the bottom; no final newline.", """
N:nv| Drayford Libraries
N:nv| Find a book · Events · Computers & wifi · Join the library
T| Central Library closes for roof repairs from 16 March
B| Drayford Central Library will close for five weeks from Monday 16 March while its flat roof is replaced.
B| All loans due during the closure will be extended automatically.
B| No fines will be charged.
N:ot| Opening hours (branch libraries)
N:ot| Mon–Fri 9am–6pm · Sat 9am–1pm · Sun closed
B| The children's story session will move to Ferris Hall, Church Walk, at the same time on Tuesdays.
B| Library computers will be available at the Eastgate branch, where opening hours are being extended on Thursdays until 8pm.
B| The council expects the building to reopen on Monday 20 April.
N:ot| What's on this month
N:ot| 18 Mar · Knit and natter, Eastgate, 2pm
N:ot| 25 Mar · Family history drop-in, Weston Road, 10am
N:nv| Back to top
N:ot| Drayford Borough Libraries is part of Drayford Borough Council
""", fmt="single", final_nl=False),

C("en-008", "en", "Health authority advisory: alert strip and menu on top, translation disclaimer and reviewed-date, helpful-page widget at the bottom. Bullet lists of exposure sites.", """
N:ot| Alert: Measles cases confirmed in Harrowgate region – check exposure locations below
N:nv| Eastmoor Public Health Agency
N:nv| Home / Health topics / Infectious diseases / Measles
N:nv| Translate this page ▾
T| Measles exposure locations, 21–27 February
B| Public health officials are asking people who visited the following places to check whether they are immune to measles.
B| Exposure locations:
B| • Harrowgate Interchange bus station, Sat 21 Feb, 1pm–4pm
B| • Fernley Swim Centre, Mon 23 Feb, 5.30pm–8pm
B| • Carraway Medical Practice waiting room, Wed 25 Feb, 9am–12 noon
B| If you are not immune, symptoms could appear up to 18 days after exposure.
B| Call ahead before visiting your GP or emergency department so staff can keep others safe.
B| Two doses of MMR vaccine give about 97% protection.
N:di| Translations on this site are produced by an automated service and may contain errors. The English version is the official version.
N:ot| Last reviewed: 27 February 2026 · Next review: 27 August 2026
N:ot| Did this page give you the information you needed?
N:ot| Yes   No   Report a problem with this page
"""),

C("en-009", "en", "National weather service warning page: warning-level widget on top, app and alert sign-up pitch mid-page, social links at the bottom. Mixed newline style.", """
N:nv| Weatherline Service
N:nv| Forecasts | Warnings | Maps & charts | Climate | Learn
N:ot| Your location: Penmarric ▸ Change
N:ot| Now 7°C, light rain · Wind SW 38 km/h
T| Amber wind warning for western coasts on Sunday
B| An amber warning for wind has been issued for western coasts from 6am to 9pm on Sunday.
B| Gusts of 90 to 110 km/h are likely on exposed headlands, with large waves overtopping sea walls.
N:nl| Get free warning alerts by text or email for up to five places you care about.
N:nv| Download the Weatherline app
B| What to expect
B| Some roads and bridges are likely to close, and there may be delays to ferries and trains.
B| Short power cuts are possible, as are damage to buildings and flying debris.
B| A wider yellow warning covers most inland areas.
B| Forecasters will review the warning on Saturday afternoon.
N:ot| Issued at 10:30 on Fri 6 Mar by Chief Forecaster
N:sh| Follow us: Facebook · Instagram · YouTube · Bluesky
""", fmt="mixed"),

C("en-010", "en", "Regional traffic service: live incident widget and app prompt above the story, map link and related roadworks at the bottom.", """
N:nv| TrafficWest Live
N:ot| Live incidents: 14 · Roadworks: 62 · Refresh
N:nv| Get live traffic alerts on your phone – open in app
T| Kingsferry Bridge shut for overnight cable checks
B| The Kingsferry Bridge will be closed overnight from Monday to Thursday next week while engineers inspect its suspension cables.
B| Closures run from 9pm to 5.30am each night.
B| Drivers will be diverted via the Sheppey Link Road, adding roughly 20 minutes.
B| Cyclists and pedestrians will be escorted across on request.
B| The operator said the inspection is a routine five-yearly check.
N:ot| View on map
N:rl| Nearby roadworks
N:rl| A249 southbound, lane 2 closed, until 18 Mar
N:rl| B2231 Eastchurch, temporary lights
N:ot| Information supplied by the bridge operator and may change at short notice.
"""),

C("en-011", "en", "Bus operator service update: cookie notice and journey planner box on top, ticket promo in the middle, footer with social links. CRLF.", """
N:ck| Cookies on Brightway Buses: we use some to make our journey planner work and others to see which pages are popular.
N:ck| OK with me | Manage settings
N:nv| Plan a journey | Tickets | Timetables | Service updates | Help
N:ot| From: ______  To: ______  Leave now ▾  Go
T| Route 42 timetable change from 29 March
B| From Sunday 29 March, route 42 between Cresswell and the hospital will run every 15 minutes on weekdays instead of every 20.
B| The last evening bus from the hospital will leave at 23:10, forty minutes later than now.
B| Sunday services are unchanged.
N:ot| Save 30% with a 7-day Brightway Rider – buy in the app
B| The change follows a survey of 2,400 passengers, most of whom asked for later buses for hospital staff.
B| New timetables will be at stops from 23 March.
N:nv| Download timetable (PDF, 212 KB)
N:ot| Lost property · Accessibility · Contact us
N:sh| Follow @BrightwayBuses for live updates
""", crlf=True),

C("en-012", "en", "Food-bank charity news post: donate strip on top, donation ask and volunteering box mid-story, newsletter form and charity number at the bottom.", """
N:nv| Harbourside Food Bank
N:ot| Donate £10 today – it stocks a family's cupboard for three days
T| Winter demand up 38% as more working families ask for help
B| Harbourside Food Bank gave out 6,120 emergency parcels between November and January, a 38% rise on the same months last year.
B| For the first time, more than half of the people referred to us were in work.
B| "Nurses, delivery drivers, school cooks," said manager Thea Quarshie. "People doing everything right."
N:ot| Can you give a few hours? We need drivers on Tuesday and Friday mornings.
B| We are especially short of:
B| – tinned fish and meat
B| – UHT milk
B| – toiletries and nappies (sizes 4–6)
B| Donations can be left at any Co-op in the town.
N:nl| Hear from us once a month: stories, shortages and volunteering shifts.
N:nl| Your email address   Sign up
N:ot| Registered charity no. 1187743
"""),

C("en-013", "en", "Trade union branch bulletin: members' login and join button on top, related branch news and footer links at the bottom; trailing whitespace.", """
N:nv| UNITE-TEACH Northern Region
N:nv| Members' area login  |  Join the union
N:nv| News / Pay & conditions
T| Support staff to vote on 4.2% pay offer
B| Teaching assistants and school support staff across the northern region will be balloted from 10 March on the employers' pay offer.
B| The offer is worth 4.2% for most grades, with a flat £1,100 for the lowest paid.
B| Branch secretary Colin Marsh said the executive is recommending members accept.
B| Ballot papers will be sent to home addresses.
B| The ballot closes at noon on 31 March.
B| "Check your address is up to date on the members' portal now," Marsh said.
N:rl| Latest from the branch
N:rl| Workshop on workload agreements, 14 March
N:rl| Casework volunteers needed in Durham
N:ot| Not a member yet? It takes five minutes to join online.
N:ot| Registered office: 22 Laurel Street, Gateshead NE8 1AA
""", ws=True),

C("en-014", "en", "Parish church bulletin, noise only at the bottom: donation box, weekly notices, site name and service times.", """
T| Bell tower appeal reaches its target
B| The appeal to repair St Clement's bell tower has reached its £96,000 target, ten months ahead of schedule.
B| Work on the oak bell frame will begin in May.
B| The six bells will be taken down and sent to a foundry in Loughborough for retuning.
B| The Revd Alison Fairweather thanked "every cake-baker, quiz-setter and sponsored walker".
B| A service of thanksgiving will be held on Sunday 19 April.
N:ot| Give to the parish online or by card in church
N:ot| This week's notices
N:ot| Tues 10am – Toddler praise in the hall
N:ot| Thurs 7.30pm – PCC meeting
N:ot| Parish office open Wed & Fri mornings · 0115 496 0731
N:nv| St Clement's, Ruddington Marsh
N:ot| Sunday services: 8am Holy Communion · 10.30am Parish Eucharist · 6pm Evensong
"""),

C("en-015", "en", "Football club official site match report: club nav, fixtures widget, shop promo mid-page, sponsor line and share bar.", """
N:nv| Holmfirth Athletic FC – Official Website
N:nv| News | Fixtures | Tickets | Club shop | Academy | Community
N:ot| Next match: Holmfirth Athletic v Brigg Town · Sat 14 Mar 15:00 · Tickets from £9
T| Report: Holmfirth Athletic 3-1 Staveley Miners Welfare
B| Two goals in four minutes early in the second half sent Athletic back into the play-off places.
B| Jordan Kirkbride headed in Luke Amos's corner on 51 minutes.
B| Amos then curled in a free kick from 25 yards.
N:ot| New home shirt now in stock – order from the club shop
C| Luke Amos celebrates his free kick in front of the Dyke Road end. (Photo: Keith Ramsden)
B| Staveley pulled one back through Nathan Bowe before substitute Eli Haigh made sure in stoppage time.
B| Manager Steve Lumb said: "That's the response I wanted after Tuesday."
B| Attendance: 412
N:ot| Match sponsor: Oldfield Plumbing & Heating
N:sh| Share: Facebook  X  WhatsApp
N:rl| Read next: Under-18s reach county cup semi-final
"""),

C("en-016", "en", "Small-town blog post: blog header and category tags on top, 'posted in' line, comment count and reply form, sidebar archive at the bottom. No final newline.", """
N:nv| Life in Little Bramley — a village blog
N:nv| Home · About · Walks · Local history · Contact
T| The old bank becomes a bakery
N:ot| Posted on 3 March 2026 by Judith
B| After four years with its windows papered over, the old Barclays on Market Street is going to smell of bread.
B| Sam and Priya Doyle, who have been selling sourdough at the Saturday market since 2022, got the keys last week.
B| They hope to open by the end of April.
B| The vault, they tell me, will be used for proving dough.
B| I can't think of a better use for it.
N:nv| Posted in Shops & businesses | Tagged bakery, Market Street
N:cm| 7 thoughts on "The old bank becomes a bakery"
N:cm| Eileen M. – Wonderful news, we've needed a proper baker since Hendry's closed.
N:cm| Leave a Reply
N:cm| We won't show your email. Fields with * must be filled in.
N:nv| Archives: March 2026 (2) · February 2026 (5) · January 2026 (4)
""", final_nl=False),

C("en-017", "en", "Machine-translated content-farm repost: doubled dek on first line, crypto ticker squashed and spread, crypto promo, attribution and 'appeared first' teasers with stamps.", """
N:du| The town government has announced new rules for the parking of bicycles.The town government has announced new rules for the parking of bicycles.
N:nv| NewsDaily Hub
T| Town of Velbert makes bicycle parking more strict in the center
B| The town of Velbert has decided that from April bicycles may only be parked in marked areas in the old town.
B| Bicycles that stand outside these areas for more than 48 hours will be removed by the town service.
B| The owner can pick up the bicycle at the depot for a fee of 25 euros.
B| According to the mayor, there were too many complaints from people with walking aids and prams.
B| The town will create 300 new parking places for bicycles this year.
N:at| This article was translated automatically from a German source. Original: Lokalanzeiger Velbert.
N:cp| Earn up to 12% APY on your stablecoins – start staking on Coinvale in 3 minutes
N:ct| Bitcoin LogoBitcoin Price(BTC)$71,402.18-1.22%USD
N:ct| Solana
N:ct| SOL $142.77
N:ct| +3.05%
N:rl| The post Eindhoven wants more trees on shopping streets appeared first on NewsDaily Hub.
N:rl| NewsDaily Hub2026/03/04 11:02
N:rl| The post Record number of storks counted in Alsace appeared first on NewsDaily Hub.
N:rl| NewsDaily Hub2026/03/04 09:47
"""),

C("en-018", "en", "Newsletter issue archived as a web page: view-in-browser and issue header on top, sponsor slot mid-page, forward/unsubscribe/address footer.", """
N:ot| Having trouble reading this? View it in your browser
N:nl| The Fenmarch Weekly · Issue #212 · Friday 27 February 2026
T| Riverside path reopens after two winters of flooding
B| The riverside path between Fenmarch lock and the rowing club reopened on Wednesday after a £640,000 rebuild.
B| The new surface sits 40cm higher than the old one and has drainage channels every 30 metres.
B| It was closed for 23 months in total.
N:ot| This week's issue is supported by Gallant Glazing – local windows and doors since 1988.
B| Volunteers from the Fenmarch Ramblers planted 300 hedging whips along the stretch last weekend.
B| Lighting has not been added, at the request of bat conservation groups.
N:sh| Forward this email to a friend
N:nl| Were you forwarded this? Subscribe for free to get it every Friday.
N:nl| You're receiving this because you signed up at fenmarchweekly.example. Unsubscribe · Update preferences
N:ot| The Fenmarch Weekly, 4 Bridge Street, Fenmarch PE15 9AB
"""),

C("en-019", "en", "County fire service incident page without a headline: breadcrumb and incident box on top, safety advice promo and footer at the bottom. Single newlines.", """
N:nv| Hollowmere Fire & Rescue Service
N:nv| Home > Incidents > 2026
N:ot| Incident no. 2026-00871 · Thatched property fire · Lower Enham
B| Eight fire engines were called to a thatched cottage fire in Lower Enham shortly after 2am on Sunday.
B| The two occupants had got out before crews arrived, alerted by a smoke alarm fitted last year.
B| Firefighters used a specialist thatch hook to pull burning reed from the roof and stop the fire spreading to the neighbouring property.
B| Nobody was injured.
B| The cause is believed to have been an ember from a wood burner.
N:ot| Book a free Safe and Well visit for an older relative
N:ot| Follow-up fire investigation: pending
N:ot| © Hollowmere Fire & Rescue Authority · Freedom of information · Modern slavery statement
""", fmt="single"),

C("en-020", "en", "Island ferry operator service notice: status bar and sailing board on top, extra blank lines, app prompt and footer at the bottom; CRLF.", """
N:ot| Service status: Amber – some sailings at risk
N:nv| Home | Book | Timetables | Freight | Island guides
T| Afternoon sailings to Inchmurrin cancelled on Saturday
B| The 14:15 and 16:40 sailings from Port Allan to Inchmurrin on Saturday are cancelled because of forecast gusts above 55 knots.
B| Passengers booked on these sailings will be moved to the 11:30 departure, which will run with extra capacity.
B| The 18:05 return sailing will operate if the wind eases.
B| An update will be posted at 10am on the day.
B| Refunds are available on request with no fee.
~
N:ot| Check before you travel: sailings can change at short notice in winter.
N:nv| Get push notifications for your route in the CalMare app
N:ot| CalMare Ferries Ltd · Harbour Office, Port Allan
""", crlf=True),

# ---------------- hard ----------------
C("hard-en-001", "en", "Hard: council story about its new privacy and cookie rules quotes its consent wording; the same page carries a real cookie banner and privacy footer.", """
N:ck| This site stores small files on your device. Some are essential; others help us see which pages get used.
N:ck| Accept all | Essential only | Change preferences
N:nv| Ellesmere Vale District Council › News
T| Council cuts website tracking after privacy review
B| Ellesmere Vale District Council will stop using third-party analytics on its website from 1 April following a review by its data protection officer.
B| The review found that 14 outside services were able to set cookies on visitors' devices, including two advertising networks no longer used by the council.
B| Under the new rules, only cookies needed for forms and payments will be set without consent.
B| The new banner will read: "We only use cookies that keep this site working. Nothing else is set unless you say yes."
B| Residents' personal data from online forms will be kept for 12 months instead of six years.
B| Councillor Pete Amari said the old approach "wasn't what people expect from their council".
N:ot| Last updated 5 March 2026
N:nv| Privacy notice · Cookie policy · Accessibility
"""),

C("hard-en-002", "en", "Hard: police warning about fake charity donation pages quotes the scam's 'Donate now' and 'share to help' wording; the page carries a real share bar and a real donation ask for the police charity.", """
N:nv| Brenwick Police | News centre
N:sh| Share on Facebook · Share on WhatsApp · Email this page
T| Police warn of fake flood-appeal donation pages
B| Police in Brenwick are warning people not to give to online appeals for last week's flood victims unless they are sure who runs them.
B| At least nine fake fundraising pages have been reported since Monday, using photographs of flooded homes in Lower Brenwick copied from local news sites.
B| Typical messages say "Donate now – every £5 buys a blanket" and ask people to "share to help our neighbours".
B| Officers believe the pages have raised more than £11,000.
B| How to check an appeal
B| Give through a registered charity or the official community fund.
B| Look up the charity number on the charity regulator's register.
B| Never pay by bank transfer to a personal account.
N:ot| Support the Brenwick Police Benevolent Fund – give online
N:ot| Press office: 01632 960 501 (24 hrs)
"""),

C("hard-en-003", "en", "Hard: school district story about replacing its paper newsletter with email quotes the sign-up line; the page carries a real newsletter pitch and related links.", """
N:nv| Clearwater Unified School District
N:nv| District News | Boards & Meetings | Enrollment | Careers
T| District moves parent newsletter online, ending 40 years of paper copies
B| CLEARWATER, Calif. —
B| The paper newsletter sent home in backpacks every other Friday will be replaced by an email edition starting in April.
B| The district estimates it will save $38,000 a year in printing and 1.2 million sheets of paper.
B| Families without email can still ask the school office for a printed copy.
B| The newsletter will be sent in English, Spanish and Vietnamese.
B| Parents will be asked to confirm their address through a form headed "Subscribe to the Clearwater Family Newsletter".
B| "Half of them ended up at the bottom of a backpack anyway," said board member Rosa Delacruz.
N:nl| Stay informed: get District News delivered to your inbox every week.
N:nl| Enter email  ·  Subscribe
N:rl| Related: Board approves new bus routes for fall
N:rl| Related: Spring break dates confirmed
"""),

C("hard-en-004", "en", "Hard: county relaunches its website for accessibility; the story quotes 'skip to content' and a language switcher, while the page carries real skip links, language switcher and accessibility footer.", """
N:nv| Skip to content
N:nv| Text size: A A A · High contrast · Listen
N:nv| English | Español | Kreyòl | 中文
N:nv| Calder County › Newsroom
T| Calder County website rebuilt after accessibility complaints
B| Calder County has relaunched its website after an audit found that blind and partially sighted residents could not complete 11 of its 20 most used online forms.
B| The new site adds a "Skip to content" link at the top of every page, so screen-reader users no longer have to listen to the whole menu first.
B| A language switcher offering Spanish, Haitian Creole and Chinese now sits on every page, not just the home page.
B| All PDF forms have been rebuilt as web pages.
B| The county's digital team tested the site with 34 residents who use assistive technology.
B| The rebuild cost $410,000.
N:ot| Page updated: March 3, 2026
N:ot| Accessibility statement · Report an accessibility problem · ADA coordinator: (555) 010-4471
"""),

C("hard-en-005", "en", "Hard: transit operator launches a ticketing app; the story quotes store badges and an app prompt, while the page carries a real download-our-app banner and share links. Trailing whitespace.", """
N:nv| Open in the RiverLink app for faster tickets
N:nv| RiverLink Transit | Newsroom
T| RiverLink launches its own ticket app, replacing paper day passes
B| RiverLink Transit has launched a mobile ticket app for buses and the Eastbank tram, and will stop selling paper day passes on 30 June.
B| Passengers can buy single, day and weekly tickets and show them to drivers as a moving barcode.
B| The app appears in stores as "RiverLink Go – Get it on Google Play / Download on the App Store".
B| Passengers without a smartphone can still use a contactless bank card or a plastic smartcard.
B| A pilot on the 7 route found boarding was 14 seconds faster per stop.
N:sh| Share this news: Email · Facebook · LinkedIn
N:nv| Download RiverLink Go: App Store | Google Play
N:ot| RiverLink Transit Authority, 400 Water Street, Suite 2
""", ws=True),

C("hard-en-006", "en", "Hard: local news site changes its comment moderation policy and quotes its own notices; the page carries a real comment section below.", """
N:nv| The Cobb Valley Courier
N:nv| Local · Schools · Sports · Opinion · Obituaries
T| Courier to pre-moderate all comments from April
B| From 1 April, comments on the Courier's website will be read by a moderator before they appear.
B| Editor Dana Whitlock said abusive posts had tripled since last autumn.
B| Articles about court cases and deaths will show "Comments are closed on this story" from the moment they are published.
B| Readers will need a verified account to post.
B| "We want the comment section to sound like a town meeting, not a bar fight," Whitlock said.
N:cm| Comments (23)
N:cm| Order comments by: newest first ▾
N:cm| tomh_cv: About time. Some of those threads were a disgrace.
N:cm| Marcy Pruitt: Does this apply to the Facebook page too?
N:cm| Sign in with your Courier account to comment
N:di| Opinions expressed by commenters are their own and not those of the Cobb Valley Courier.
"""),
]
