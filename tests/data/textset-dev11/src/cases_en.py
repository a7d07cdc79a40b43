# English cases: naive get_text()/lynx dumps of whole news pages.
CASES = []


def C(id, lang, notes, text, **kw):
    CASES.append(dict(id=id, lang=lang, notes=notes, text=text, **kw))


C("en-001", "en", "Regional daily, get_text dump: skip links, section menu, weather/date widget, breadcrumb; ad slot mid-story; most-read list, tags, footer columns, copyright.", """
n Skip to main content
n News
n Sport
n Business
n Opinion
n Weather
n Search
o Dunmore 7°C Light rain
o Tuesday, 24 November 2026
n Home > News > Local
T Ferry link to Inchmurray reopens after eleven-week repair
o By Harriet Lowe
o 09:14, 24 NOV 2026
B The passenger ferry between Dunmore pier and Inchmurray resumed sailings on Monday, ending an eleven-week gap caused by a cracked ramp hinge.
B About 140 islanders had relied on a chartered fishing boat that could carry no vehicles and sailed only in daylight.
o Advertisement
B Repairs cost £412,000, according to the harbour trust.
B What changes now
B The first sailing leaves at 06:40 instead of 07:10.
B Freight bookings must be made 48 hours ahead until the end of January.
B "We have our island back," said shopkeeper Moira Tullis.
r Most read
r 1 Council confirms bin collection shake-up for rural routes
r 2 Dunmore pub wins regional cask award for third year
r 3 Lifeboat crew called out twice in one night
n Tags
n Ferries
n Inchmurray
n About us
n Contact us
n Terms and conditions
n Privacy notice
o © 2026 Dunmore & Islands Courier Ltd. Registered in Scotland No. SC481177
""")

C("en-002", "en", "Lynx dump of a national site: numbered link references, edition picker, login; cookie text with buttons on own lines at bottom; single newlines; indented furniture.", """
n [1]Skip to content
n [2]UK edition
n [3]US edition
n [4]International
n [5]Log in
n [6]Register
n * [7]Home
n * [8]Politics
n * [9]Health
n * [10]Science
n * [11]Money
T Teaching hospitals to share one waiting list for hip surgery
o Samir Okafor, Health correspondent
o Last updated 2 hours ago
B Four teaching hospitals in the West Riding will merge their waiting lists for hip and knee replacements from March.
B Patients will be offered the first free slot at any of the four sites.
B Managers say the longest waits could fall from 61 weeks to about 40.
B Surgeons' union representatives have asked for travel costs to be reimbursed.
B The pilot will run for a year.
n [12]Next: Minister questioned over dental contracts
n [13]Back to top
k We use cookies to remember your settings and measure how our pages are used.
k [14]Accept all
k [15]Reject non-essential
k [16]Cookie settings
n [17]About
n [18]Accessibility
n [19]RSS feeds
n [20]Work for us
o © Riding Press Group 2026
""", fmt="single", indent=3)

C("en-003", "en", "Business site with markets strip in header (index ticker), edition menu; sidebar 'Popular now' interleaved mid-story; newsletter box and footer at bottom.", """
n Menu
n Markets
n Companies
n Tech
n Personal finance
n Subscribe
x FTSE 100 8,214.6 +0.42%
x DAX 19,880.1 -0.18%
x GBP/USD 1.2711 +0.05%
n Companies / Retail
T Garden chain Wilder & Moss to close 22 outlets
o Rachel Innes
o November 24 2026
B Wilder & Moss, the garden centre chain, will close 22 of its 97 outlets by the spring, putting about 640 jobs at risk.
B The company blamed two wet summers and rising business rates.
r Popular now
r Pension funds pile into toll-road bonds
r Why shipping rates doubled in a month
r Chip designer delays listing again
B Stores in Kent, Norfolk and the Welsh borders are among those affected.
B Chief executive Tom Hadley said the remaining sites would add cafés and pet departments.
B Shares fell 9 per cent in early trading.
l The Morning Ledger
l Five stories before the market opens, every weekday at 7am.
l Enter your email
l Sign up
n Help centre
n Terms of use
n Privacy
n Cookies
o Ledgerline Media Ltd, 12 Fenwick Street, London. Company no. 09918264
""", ws=5)

C("en-004", "en", "Metro paper, no headline scraped (headline was in an image): top nav and weather widget, share bar, comments prompt and related teasers, footer.", """
n Skip to main
n Metro
n Crime
n Transit
n Schools
n Food
o 58°F Cloudy | Port Calloway
o Wed, Nov 25
s Share
s Facebook
s X
s Email
s Copy link
B PORT CALLOWAY —
B The city will add overnight bus service on three routes starting Jan. 5, transit officials said Tuesday.
B Routes 4, 11 and 27 will run every 30 minutes between midnight and 5 a.m.
B The change follows a survey in which hospital and warehouse workers described walking home after shifts ended.
B "Night workers are riders too," board chair Lidia Ferraro said.
B The added service will cost about $3.1 million a year.
m Join the conversation
m 27 comments
m Log in to comment
r More from Transit
r Bridge lane closures extended through December
r Bike-share stations coming to east side
n Contact the newsroom
n Corrections
n Ethics policy
n Do not sell my personal information
o © 2026 Port Calloway Herald. All rights reserved.
""", final_nl=False)

C("en-005", "en", "Sports page dump: scores widget at top, breadcrumb one crumb per line, image alt text and credit, ad slots, 'Up next' video rail, footer. Caption kept.", """
n Home
n Football
n Premier Division
o LIVE Ashby 2-1 Corrow 78'
o Kelvinside 0-0 Marston HT
T Corrow boss Ivanic: 'We lost our nerve after the break'
o Image: Goran Ivanic on the touchline
a Photo: Tess Wilding/Pitchside Images
C Goran Ivanic watched his side concede twice in nine minutes at Ashby Road. (Tess Wilding/Pitchside Images)
o Dan Ferris at Ashby Road
B Corrow manager Goran Ivanic admitted his players "lost their nerve" after Ashby came from behind to win 2-1.
B Corrow led through Jonas Ekwueme's header on 31 minutes.
o Advertisement
B Ashby equalised through a penalty and then won it with a deflected shot from Reece Molloy.
B "We stopped passing forward," Ivanic said.
B Corrow have now lost four of their last five league games.
o Advertisement
r Up next
r Watch: all the goals from Saturday
r Transfer talk: who needs a striker in January?
n Fixtures
n Results
n Tables
n Contact
n Privacy
o © Pitchside Sport 2026
""", ws=4)

C("en-006", "en", "Science magazine w3m dump with doubled title (og:title + h1), mixed single/double newlines, author box at bottom, tag cloud and footer, CRLF.", """
n Magazine
n Space
n Earth
n Life
n Physics
n Newsletters
n Log in
T Cave spiders in Moravia spin silk that conducts heat
u Cave spiders in Moravia spin silk that conducts heat
o 24 November 2026 • 4 min read
B A spider found only in two caves in southern Moravia spins silk that moves heat about as well as some metals, researchers report.
B The team measured thermal conductivity in single threads using a laser heating method.
B Key findings:
B - conductivity rose as the silk was stretched
B - silk from adult females conducted best
B - the effect vanished when threads were soaked in water
B The authors think the silk may help egg sacs stay at a steady temperature.
o About the author
o Pavla Hrubá is a science writer based in Brno. She covers zoology and materials research.
n Topics
n spiders
n materials
n Czech Republic
n biophysics
n About
n Contact
n Advertising
n Syndication
n Terms
o © 2026 Quarkline Publishing
""", crlf=True, fmt="double")

C("en-007", "en", "Local TV station page: 'Watch live' header, weather alert bar, 'Story continues below' and promo mid-story, app badges and footer.", """
n Watch Live
n News
n Weather
n Traffic
n Investigates
n Contests
o Weather alert: Freezing fog advisory until 10 a.m.
o 26° Ridgeway
T School district adds two snow-day makeup dates
o By Channel 9 Staff
o Posted 6:12 AM, Nov 25, 2026
B Ridgeway Unified will add two instructional days in June if winter storms close schools more than three times.
B Superintendent Angela Brandt announced the plan at Monday's board meeting.
o Story continues below
o Download the Channel 9 Weather app for storm alerts.
B Last winter, schools closed on six days.
B Parents raised concerns about summer camps that start in early June.
B Here is the calendar:
B June 11: first makeup day
B June 12: second makeup day
n Get it on Google Play
n Download on the App Store
n Station info
n Careers
n FCC public file
n EEO report
n Closed captioning
o Copyright 2026 WRDG-TV. A Larkspur Media station.
""", final_nl=False, ws=6)

C("en-008", "en", "Wire story on an aggregator: site header, 'Trending' rail, dek doubled on one line, agency attribution, related block, cookie banner at bottom with button labels.", """
o NewsHarbor
n Top stories
n World
n Local
n For you
r Trending: rail strike talks • flu season • storm Ilse
u Ministers to vote on the pact on Friday.Ministers to vote on the pact on Friday.
T Baltic states sign power-grid sharing pact
B RIGA, Nov 24 —
B Estonia, Latvia and Lithuania signed an agreement on Monday to share reserve power capacity during winter peaks.
B Each country will keep at least 300 megawatts available to its neighbours from December to February.
B Energy ministers said the pact would be reviewed after one winter.
a (Reporting by Ilze Kalniņa; editing by Mark Dowden)
a Source: Norland Wire
r More on NewsHarbor
r Ferry operator adds winter route to Gotland
r Sweden extends fuel tax cut
k NewsHarbor and its partners store and read information on your device to personalise content and ads.
k Agree
k Disagree
k More options
""")

C("en-009", "en", "Opinion column page: top menu, login and 'Support us' banner, author box at top, pull quote kept in body, sidebar teasers mid-story, comments and footer.", """
n Opinion
n Columnists
n Letters
n Editorials
n Log in
o Support independent journalism. Give from £3 a month.
T Our libraries are not waiting rooms
o Eleanor Marsh
o Eleanor Marsh writes on public services. She was a librarian for 19 years.
B Every winter someone discovers that people use libraries to keep warm, and every winter this is treated as a scandal.
B It is not a scandal. It is the job.
B "Nobody asks why people sit in a park."
r You might also like
r Letters: the case for late-night pharmacies
r Editorial: the bus fares gamble
B The real problem is that opening hours have been cut by a third in ten years.
B Restore the hours and the queues will take care of themselves.
m Comments are open for 48 hours
m Show 112 comments
n Back to top
n Editorial code
n Complaints
n Accessibility
o © 2026 The Thornbury Review
""", ws=3)

C("en-010", "en", "Tech blog get_text dump: hamburger menu words, language switcher, search, long sidebar 'Latest' list mid-story, newsletter, footer with RSS and sitemap, run of blank lines.", """
n Open menu
n Close menu
n English
n Deutsch
n Español
n Search…
n Reviews
n Guides
n Deals
T Open-source router firmware adds Wi-Fi 7 support
o Kofi Mensah · 25 Nov 2026
B Version 25.3 of the Saltmarsh router firmware adds support for Wi-Fi 7 chips from three vendors.
B Multi-link operation is included but switched off by default.
r Latest
r 1. Budget e-reader gets colour screen
r 2. Smart plug maker ends cloud service
r 3. Best USB-C hubs for travel
r 4. Why your mesh network is slow
B Developers said MLO still drops connections on some client devices.
B The release also removes support for 11 routers sold before 2015.
B Upgrades are available through the web interface.
~
~
l Get the Patchnotes digest
l One email on Fridays. No spam, unsubscribe any time.
l Subscribe
n RSS
n Sitemap
n Write for us
n Affiliate policy
o Patchnotes is an independent publication. © 2026
""", final_nl=False)

C("en-011", "en", "Finance page with a crypto price rail and exchange promo at the bottom (not a hard case: story is about farmland prices).", """
n Home
n Markets
n Crypto
n Property
n Sign up free
x BTC $71,204 +1.2%
x ETH $3,388 -0.4%
x SOL $162.90 +3.8%
x XRP $0.5871 +0.9%
T Farmland prices hit record in Iowa survey
o Updated Nov 24, 2026 4:05 p.m. ET
B Average Iowa farmland values rose 6.4% this year to a record $12,930 an acre, a university survey found.
B Cropland in the northwest of the state rose fastest.
B Higher land values came despite lower corn prices.
B Economists cited strong demand from local farmers expanding operations.
p Trade 300+ coins with zero fees for 30 days on Vantor Exchange.
p Claim your welcome bonus
d Prices are indicative and delayed. Nothing on this page is investment advice.
n About
n Advertise
n Contact
n Privacy
""")

C("en-012", "en", "Long top run (24 lines): skip links, 2 menus, region picker, search, login, cookie notice with buttons; story in the middle; short footer.", """
n Skip to content
n Accessibility help
n Region: North West
n Change region
n Home
n News
n Sport
n Weather
n Local
n Search
n Sign in
k This site sets cookies so that it works and to help us improve it.
k Yes, I agree
k No, take me to settings
n North West
n Liverpool
n Manchester
n Lancashire
o 25 November 2026
T Wind farm cable to come ashore at Formby beach
B A power cable from a new offshore wind farm will come ashore under Formby beach, the developer has confirmed.
B Work will be done by drilling beneath the dunes so that the beach stays open.
B Drilling is expected to take six weeks next autumn.
B Conservation groups said they would watch for effects on natterjack toads.
r Related topics
r Renewable energy
n Terms of use
n About us
n Privacy policy
o Copyright © 2026 Northwest Broadcast Trust.
""", fmt="single")

C("en-013", "en", "Government news release page: crown header, breadcrumb, 'From: Department...', contents list repeating subheadings, bottom feedback survey and footer links.", """
n Skip to main content
n Menu
n Services and information
n Departments
n Home
n Environment
n Water quality
T New rules for storm overflows on bathing waters
o From: Department for Rivers and Coasts
o Published 24 November 2026
n Contents
n What the rules require
n When they apply
B Water companies must report every storm overflow discharge near designated bathing waters within one hour.
B What the rules require
B Monitors must be fitted to all overflows within 2 kilometres of a bathing site.
B Data must be published on a public map.
B When they apply
B The rules apply from 1 May to 30 September each year, starting in 2027.
o Is this page useful?
o Yes
o No
o Something wrong with this page? Tell us
n Help
n Cookies
n Contact
n Terms and conditions
n Rhestr o Wasanaethau Cymraeg
o Published under the Open Government Licence 3.0 unless a page says otherwise
""", ws=7)

C("en-014", "en", "Culture review page, no headline scraped: header menus, star rating widget, image credit, listing box, share bar middle, related and footer.", """
n What's on
n Film
n Theatre
n Music
n Books
n Subscribe
o ★★★★☆
o Image credit: Jonah Pryce
B Halfway through the second act of The Lamplighter's Daughter, the stage floods.
B It is the boldest image in a production full of them.
B Director Ines Carvalho has cut the play to 95 minutes without an interval.
s Share this review
s WhatsApp
s Facebook
B The cast of six never leaves the stage.
B Until 14 February at the Quayside Playhouse.
o Tickets from £18
o Book now
r More reviews
r Brass band musical is a joyful mess
r A quiet Chekhov for loud times
n Our writers
n Contact
n Terms
o © Stagefront Magazine 2026
""", final_nl=False)

# ---------------- hard cases ----------------

C("hard-en-001", "en", "HARD: story about a regulator fining publishers over cookie walls, quoting 'Accept all'/'Reject all' buttons; page also carries its own cookie banner with buttons.", """
n Skip to content
n Tech
n Policy
n Privacy
n Sign in
k Your choices on this site
k We and 212 partners use cookies and similar tech to show ads and measure audiences.
k Accept and continue
k Manage choices
T Regulator fines three news sites over 'pay or accept' cookie walls
o By Ingrid Salo
o Nov 24, 2026
B The data protection authority has fined three news publishers a total of €1.9 million over cookie walls that forced readers to either accept tracking or pay.
B The regulator said the "Accept all" button was shown in bright green while "Reject all" was hidden behind a second screen.
B Consent obtained this way is not freely given, the decision says.
B Publishers must now show a reject button on the first layer of the banner.
B One publisher said it would appeal.
r Related
r How to read a privacy policy in five minutes
n Privacy policy
n Cookie policy
n Contact
o © 2026 Circuit Desk
""")

C("hard-en-002", "en", "HARD: crypto market story full of prices; page also has a real price ticker rail and an exchange promo plus risk disclaimer.", """
n Markets
n Bitcoin
n Ethereum
n DeFi
n Learn
x BTC 70,118.40 -3.9%
x ETH 3,241.02 -5.2%
x BNB 598.11 -2.0%
x DOGE 0.1412 -7.7%
T Bitcoin slides below $70,000 as ETF outflows mount
o Mara Lindqvist | Nov 25, 2026, 08:30 UTC
B Bitcoin fell below $70,000 for the first time in three weeks on Tuesday, touching $69,480 during Asian trading.
B Ether dropped 5.2% to $3,241.
B Spot bitcoin ETFs recorded $612 million in net outflows on Monday, the largest one-day figure since August.
B Analysts at Kellbrook Research said BTC could test support near $67,500.
B Dogecoin was the weakest of the large tokens, down 7.7% at $0.1412.
p Get up to $500 in bonus rewards when you open an account with Orbix.
p Open account
d This article is for information only and is not financial advice. Crypto assets are volatile and you may lose your capital.
r Read next
r What the halving cycle theory gets wrong
n About
n Editorial policy
n Contact
""", ws=4)

C("hard-en-003", "en", "HARD: story about newsletter open rates and 'subscribe' pop-ups at local papers; page carries its own newsletter sign-up box and pop-up text.", """
n Media
n Journalism
n Business of news
n Jobs
l Don't miss a story. Get the Press Gazette Brief each morning.
l Email address
l Subscribe
T Local papers find readers open newsletters more than apps
o Niamh O'Rourke
o 24 November 2026
B A study of 41 local newsrooms found readers opened email newsletters three times more often than news-app notifications.
B Newsletter sign-ups rose most when papers dropped full-screen subscribe pop-ups.
B "Subscribe to our free newsletter" boxes placed after the third paragraph performed best, the report says.
B Daily newsletters lost more readers than weekly ones.
B The study was funded by the Grafton Foundation.
m Comments
m Be the first to comment
n About
n Advertise with us
n Terms
o © The Newsroom Monitor 2026
""", final_nl=False)

C("hard-en-004", "en", "HARD: council switches off comments on its social pages; story quotes its moderation notice. Page has a real comments section prompt and share bar.", """
n Home
n Council
n Planning
n Courts
n Community
s Share
s Share on Facebook
s Share on X
T Council switches off comments on its social media pages
o By Gareth Pell
o Local Democracy Reporter
B Hembury District Council will turn off comments on its social media posts from next week.
B Officers said moderating abuse took up 30 hours of staff time a month.
B Posts will now end with the line: "Comments are turned off. Contact us through the website."
B Residents can still send messages and attend public question time.
B Opposition councillor Ruth Adeyemi called the move "a way of avoiding scrutiny".
a This story was produced under the Local Democracy Reporting Service.
m Have your say
m 14 comments
m Sort by: newest
m Please read our community rules before posting.
n Contact us
n Privacy
o © Hembury Echo 2026
""", ws=5)

C("hard-en-005", "en", "HARD: story about advert-labelling rules quotes 'Advertisement' and 'Sponsored' labels; page itself carries real Advertisement slots and a sponsored teaser.", """
n News
n Business
n Media
n Search
o ADVERTISEMENT
T Watchdog orders clearer labels on paid-for content
o By Simon Achebe
B The advertising watchdog has told publishers that paid-for articles must carry the word "Advertisement" above the headline, not only at the bottom.
B Labels such as "In partnership with" will no longer be enough on their own.
o Advertisement
B The ruling follows complaints about travel features paid for by tourist boards.
B "Sponsored" may still be used if it is shown in the same size as the headline.
B The rules take effect in April.
o Sponsored
r Paid content: The smart way to fund your loft conversion
n About
n Ad choices
n Contact
o © 2026 Westbank Chronicle
""")

C("hard-en-006", "en", "HARD: story about an app-store ruling that quotes store badge wording; page carries real app-store badges and an app banner.", """
o Open in the app
o Not now
n Home
n Tech
n Apps
n Gaming
T Court says app stores cannot block links to cheaper web payments
o Lena Whitcombe · 24 Nov 2026
B A federal court ruled on Monday that app stores may not stop developers from linking to cheaper payment pages on the web.
B Developers can now show a button such as "Buy on our website" next to in-app purchases.
B Store badges like "Download on the App Store" are trademarks and were not part of the case.
B Both store operators said they would study the ruling.
B Small studios said the change could save them 15 to 30 per cent of revenue.
n Get our app
n Download on the App Store
n Get it on Google Play
n About
n Careers
n Privacy
n Terms
""", fmt="single")
