# English pages from outlets in Japan, Korea, Turkey, Brazil, the Gulf, Vietnam, Thailand,
# Indonesia, Poland, Ukraine, Germany, Spain, Italy, the Netherlands and Mexico.
CASES = []


def case(id, lang, notes, text, **opts):
    CASES.append(dict(id=id, lang=lang, notes=notes, text=text, **opts))


case("en-001", "en", "Tokyo English daily: snow stops a bullet-train line; consent dialog and menu on top, "
     "byline and stamp, in-story list, share bar, newsletter pitch, most-viewed block, agency credit.", r"""
N:nv| Skip to content
N:nv| Tokyo Ledger | National | Business | Culture | Sports | Opinion
N:ck| We and our partners store or access information on your device to measure audiences and show relevant ads. You can change your choice any time under "Privacy settings" at the foot of each page.
N:ck| Accept and close
N:ck| Manage options
T| Heavy snow halts Hokuriku bullet trains for second day as crews clear track near Itoigawa
N:ot| By Aiko Shimura, staff writer
N:ot| Jan 22, 2026 (Updated 18:40 JST)
B| TOYAMA —
B| Bullet-train services between Nagano and Kanazawa remained suspended for a second day on Thursday after more than 1.4 meters of snow fell in parts of Niigata Prefecture within 48 hours.
B| The operator said about 38,000 passengers were affected, and that 11 trains had been held at stations overnight so that passengers could leave rather than wait on the line.
B| "The sprinklers that normally melt snow on the viaduct could not keep up," a company spokesman said.
B| Crews worked through the night near Itoigawa Station, where drifts covered a 600-meter section.
B| What travelers should know
B| • Refunds are available at any ticket office without a handling fee until Jan. 31.
B| • Limited express buses are running between Joetsu-Myoko and Toyama every 40 minutes.
B| • Reserved seats on Friday's first three departures from Tokyo have been released.
B| The Japan Meteorological Agency warned that another band of heavy snow could reach the Sea of Japan coast by Saturday morning.
N:sb| Share this story: Facebook | X | LINE | Hatena | Copy link
N:nl| Get the Morning Ledger in your inbox: the day's essential Japan news at 7 a.m. Sign up free
N:rl| Most viewed this week
N:rl| 1. Central bank board split over timing of next rate hike
N:rl| 2. Kyoto to cap tour group sizes in Gion alleys from April
N:rl| 3. Record-low births reported in 41 prefectures
N:at| With reporting by Kyodo
""")

case("en-002", "en", "Busan English-language site: automated port berth; posted/updated stamp and byline under the "
     "title, inline Related teaser mid-story, Korean share bar (KakaoTalk, Band), agency credit, reproduction "
     "notice, Top Stories block.", r"""
T| Busan opens fourth automated berth at New Port as transshipment volumes climb
N:ot| Posted : 2026-01-21 16:02 | Updated : 2026-01-21 17:45
N:ot| By Park Ji-hoon
B| A fourth fully automated container berth opened at Busan New Port on Wednesday, raising the terminal's yearly handling capacity to about 5.2 million twenty-foot units.
B| The berth uses remotely operated quay cranes and driverless yard trucks, and needs roughly a third of the workers of a conventional berth of the same size.
B| Port authority figures show transshipment cargo, boxes that change ships in Busan on their way elsewhere, made up 57 percent of last year's volume.
B| "We are no longer competing only with Shanghai and Singapore," said Lee Sang-woo, head of the port authority's planning office.
N:rl| Related: Ulsan shipyards report longest order backlog since 2011
B| Dockworkers' unions have said automation must not cut existing jobs.
B| The port authority agreed in December to retrain 240 crane drivers as remote operators over three years.
N:sb| KakaoTalk   Facebook   X   Band   Email   Print
N:at| (Yonhap)
N:ot| ⓒ Busan Harbor Times. Unauthorized reproduction and redistribution prohibited.
N:rl| Top Stories
N:rl| Jeju airport adds curfew exemptions for night cargo flights
N:rl| Seoul subway card gets a foreign tourist edition
N:rl| Gyeongju hotels fully booked for spring festival weekend
""")

case("en-003", "en", "Istanbul English daily: ferry fare rise; KVKK-style cookie notice, breadcrumb, agency credit "
     "line, bulleted fares, tag list, recommended block. Trailing spaces on some lines.", r"""
N:ck| This site uses cookies within the scope of Law No. 6698 on the Protection of Personal Data. For details, see our Clarification Text.
N:ck| I understand
N:nv| Home > Türkiye > Istanbul
T| Istanbul ferry fares rise 35 percent as city council approves new transport tariff
N:ot| ISTANBUL | 21.01.2026 - 11:24 | Last Update: 21.01.2026 - 13:02
N:at| Anadolu Agency
B| Istanbul's municipal ferries will cost 35 percent more from Feb. 1 after the city council approved a new public transport tariff late on Tuesday.
B| A full-fare trip paid with the city's transport card will rise to 42 liras.
B| New fares at a glance
B| - Full fare: 42 liras (was 31)
B| - Students: 20 liras (was 15)
B| - Teachers and over-60s: 29 liras (was 21.50)
B| Council members from the opposition voted against, arguing that ferry passengers on the Asian side have no cheaper alternative at rush hour.
B| The municipality said fuel and crew costs had risen faster than ticket revenue for two years.
N:nv| Tags: ferry, public transport, fares, Istanbul Municipality
N:rl| RECOMMENDED
N:rl| Bosporus bridge tolls to be paid only by plate recognition
N:rl| Kadıköy pier renovation delayed to autumn
""", style="para", trail="sp")

case("en-004", "en", "Sao Paulo English business site: coffee harvest forecast; paywall meter and login link on "
     "top, analyst quote, newsletter box mid-page, subscription offer and related links at the bottom.", r"""
N:ot| You have 2 free articles left this month. Subscribe for unlimited access.
N:nv| Log in | Subscribe
T| Brazil's arabica crop to shrink 6% as dry spell hits Minas Gerais, forecaster says
N:ot| By Renata Okuma | Jan 20, 2026, 9:15 a.m. BRT
B| Brazil's arabica coffee harvest will fall about 6 percent this year to 39.8 million 60-kilogram bags, a private forecaster said on Tuesday, after a dry spell in October hurt flowering in southern Minas Gerais.
B| Robusta output, mostly grown in Espírito Santo and Rondônia, is expected to rise 4 percent to 24.1 million bags.
N:nl| The Agribusiness Brief: crops, prices and policy every Thursday. Enter your email to subscribe.
B| "The rains came back in November, but many trees had already lost their flowers," said Marcelo Antunes, an agronomist at the firm.
B| Arabica futures in New York rose 2.3 percent after the forecast was published.
B| The government's crop agency will publish its first official estimate in February.
N:ot| Unlock every story: first year for R$ 9,90 a month
N:rl| More from Agribusiness
N:rl| Soy exporters race to load ships before port strike
N:rl| Orange juice stocks at lowest level in three decades
""")

case("en-005", "en", "Gulf crypto-exchange news page reposting a Dubai Metro story: doubled dek, story with "
     "subheadings, crypto promo, ticker spread over lines and one squashed ticker line, reposting disclaimer, "
     "'Trending now' block with each title twice and site stamps. No final newline.", r"""
N:dl| Dubai's Blue Line will link Mirdif and Dubai Creek Harbour by 2029.Dubai's Blue Line will link Mirdif and Dubai Creek Harbour by 2029.
T| Dubai awards Blue Line tunnelling contract as metro ridership tops 290 million
B| Dubai's Roads and Transport Authority has awarded the tunnelling contract for the Metro's planned Blue Line, a 30-kilometre route with 14 stations, officials said on Monday.
B| The consortium will bore a 4.7 km tunnel under Dubai Creek, the first metro tunnel crossing of the waterway.
B| Why it matters
B| Metro ridership reached 291 million journeys last year, up 8 percent, and peak-hour trains on the Red Line now run close to capacity.
B| Planners expect the Blue Line to carry 200,000 passengers a day within five years of opening.
B| What comes next
B| Station designs will be put out for public comment in March, and utility diversion works are due to start in the second quarter.
N:cp| Launching a token in the region? Put it in front of 2 million verified traders. Apply for a spotlight slot today.
N:ct| Market Pulse
N:ct| Falcon Chain Logo
N:ct| Falcon Chain Price(FCN)
N:ct| $0.04812
N:ct| -3.27%
N:ct| USD
N:ct| Dune Token LogoDune Token Price(DUNE)$1.0935$1.0935+0.82%USD
N:dc| Notice: Stories shown here are republished from third-party outlets for general information. They are not investment advice, and this exchange does not vouch for their accuracy. Rights holders may request removal at press@oasisx.example.
N:rl| Trending now
N:rl| Saudi fintech licences jump as sandbox graduates go live
N:rl| Saudi fintech licences jump as sandbox graduates go live
N:rl| The article Saudi fintech licences jump as sandbox graduates go live was first published on GulfChainWire. Riyadh's regulators granted...
N:sb| Share
N:rl| GulfChainWire2026/01/19 22:10
N:rl| Abu Dhabi fund doubles stake in tokenised bond platform
N:rl| Abu Dhabi fund doubles stake in tokenised bond platform
N:sb| Share
N:rl| GulfChainWire2026/01/19 18:57
""", final=False)

case("en-006", "en", "Hanoi English news site: rice exports; breadcrumb and Zalo/Facebook share row on top, "
     "photo caption, related news block and footer with licence line.", r"""
N:nv| Home / Business / Economy
N:sb| Zalo  Facebook  Twitter  Copy link
T| Mekong Delta rice exports hit record as Philippines, Indonesia step up orders
N:ot| January 21, 2026 | 08:30 (GMT+7)
C| Farmers in Can Tho load rice onto a barge for a mill in Long An province. Photo by Nguyen Thanh
B| Vietnam exported 8.9 million tonnes of rice last year, the most on record, with the Mekong Delta supplying about 90 percent, the agriculture ministry said.
B| Export value rose 11 percent to 5.6 billion USD as prices for fragrant varieties stayed high.
B| The Philippines remained the largest buyer, taking 4.1 million tonnes, followed by Indonesia and Malaysia.
B| Traders in An Giang said the winter-spring crop now being harvested is the earliest in five years.
B| "Buyers are already asking about the summer-autumn crop," said Tran Van Phuc, director of a mill in Thot Not.
N:rl| Related news
N:rl| Ho Chi Minh City metro line 2 breaks ground after 15-year wait
N:rl| Durian exports to China slow as quality checks tighten
N:ot| Licence No. 124/GP-BTTTT issued by the Ministry of Information and Communications
""")

case("en-007", "en", "Bangkok English daily: smog closes schools; PDPA cookie notice, LINE share, air-quality "
     "widget, bullet list in story, comments prompt, most-read list. Single newlines with a few blank lines.", r"""
N:ck| We use cookies to improve your experience in line with Thailand's Personal Data Protection Act. Choose "Accept" to continue or open Settings.
N:ck| Accept   Settings
T| Bangkok closes 437 schools as PM2.5 readings pass 100 microgrammes
N:ot| PUBLISHED : 22 Jan 2026 at 07:55
N:ot| WRITER: Pailin Srisuk
N:sb| LINE | Facebook | X | Messenger
B| Bangkok City Hall ordered 437 schools under its supervision to close on Thursday and Friday after fine-dust levels exceeded 100 microgrammes per cubic metre in 38 of the capital's 50 districts.
B| The safe limit set by the Pollution Control Department is 37.5 microgrammes.
B| The city also asked:

B| - offices to let staff work from home where possible;
B| - construction sites to spray water on roads twice a day;
B| - trucks with more than six wheels to stay out of inner districts until Sunday.
B| Officials blamed crop burning in neighbouring provinces and still air over the central plains.
N:ot| AIR QUALITY NOW: Bangkok AQI 162 (Unhealthy) | Chiang Mai 141 | Khon Kaen 98
N:cm| 24 Comments | Log in to join the conversation

N:rl| MOST READ
N:rl| Baht slips past 35 per dollar
N:rl| Songkran water fights to end at 9pm in Silom
N:rl| Phuket ferry pier reopens after storm repairs
""", style="raw")

case("en-008", "en", "Jakarta English news site: civil servants moving to the new capital; doubled dek on the first "
     "line, byline and stamp, inline 'Read also' teaser, editor credit, tag list, related stories.", r"""
N:dl| About 4,100 civil servants will move in the first wave.About 4,100 civil servants will move in the first wave.
T| First ministries to move to Nusantara in August, government says
N:ot| Dian Rahmawati (The Archipelago Post)
N:ot| Jakarta ● Wed, January 21, 2026
B| The first four ministries will relocate to the new capital city of Nusantara in East Kalimantan in August, the state secretary said on Wednesday.
B| About 4,100 civil servants will move in the first wave, fewer than the 11,000 announced in 2024.
N:rl| Read also: Balikpapan airport expansion to be finished before relocation
B| Officials said apartment towers for civil servants were 82 percent complete.
B| Each relocated employee will receive a monthly allowance of Rp 5 million for the first two years.
B| Unions representing government workers said many staff were still unsure whether their families could move with them.
N:ot| Editor: Bima Santoso
N:nv| Topics: Nusantara, capital city, civil servants, East Kalimantan
N:rl| Related stories
N:rl| Budget for new capital cut for third straight year
N:rl| Investors wait for land-title certainty in Nusantara
""")

case("en-009", "en", "Aggregator page without a headline reposting a Warsaw story on offshore wind: site name on "
     "top, story only, then an image-rights notice, 'Aggregated From' stamp and a repost disclaimer. Mixed "
     "single and double newlines with a run of blank lines before the footer.", r"""
N:ot| Vistula Wire
B| GDAŃSK, Jan 20 —
B| Poland's first offshore wind farm in the Baltic Sea delivered power to the grid for the first time on Monday, the developer said, about four months behind schedule.
B| The 1.1-gigawatt project, 23 kilometres off the coast near Łeba, will run 76 turbines once complete.
B| Officials expect full output by the end of the summer.

B| Poland gets about 57 percent of its electricity from coal, and the government wants offshore wind to supply a fifth of demand by 2040.
B| Port operators in Gdańsk and Świnoujście are building installation terminals for the next wave of projects.
~
~

N:dc| Pictures on this page are illustrative. Texts and photos are collected automatically from third-party feeds and remain the property of their owners.
N:at| Aggregated from: Baltic Energy Review
N:dc| Vistula Wire republishes public reports and takes no responsibility for their content.
""", style="raw")

case("en-010", "en", "Kyiv English outlet: insurance for Black Sea grain ships; nav bar, byline, support-our-"
     "newsroom appeal mid-page, Telegram follow line, 'Read more' block at the bottom.", r"""
N:nv| News | War | Business | Opinion | Investigations | Support us
T| War-risk insurance for Black Sea grain ships falls to lowest level since 2022
N:ot| by Olena Marchuk
N:ot| January 19, 2026 4:12 PM
B| The cost of war-risk cover for cargo ships calling at Odesa-area ports has fallen to about 0.7 percent of a vessel's value, the lowest since the full-scale invasion began, according to brokers in London and Kyiv.
B| A year ago the rate was close to 1 percent, and in mid-2023 some insurers asked for more than 3 percent.
B| Brokers credit a state-backed reinsurance facility and fewer strikes on port infrastructure in recent months.
N:ot| We keep this reporting free for everyone. If you value it, become a member from $5 a month.
B| Lower premiums matter because grain buyers pay for the insurance through freight prices.
B| Ukraine shipped 41 million tonnes of grain through its Black Sea ports in the 2024-25 season.
N:sb| Follow our Telegram channel for breaking updates
N:rl| Read more:
N:rl| Danube ports clear backlog of fertiliser barges
N:rl| Farmers in Kharkiv region plant on demined fields
""")

case("en-011", "en", "Berlin English local news site: rent-cap court ruling; IAB-style consent dialog with "
     "vendor count, agency credit, 'Anzeige'-style advert label in English, comments section. CRLF endings.", r"""
N:ck| We and our 163 partners process personal data such as IP addresses and cookie IDs to personalise ads and content and to measure their performance. By clicking "Agree" you consent to this processing, including transfers to countries outside the EU.
N:ck| Agree
N:ck| Reject all
N:ck| Customise settings
T| Berlin court upholds fines for landlords who broke rent-brake rules
N:ot| Local News | 21 January 2026, 10:42
B| A Berlin regional court has upheld fines of up to €30,000 against six landlords who charged new tenants more than the city's rent brake allows.
B| The rules cap rents for new contracts at 10 percent above the local reference rent.
N:ot| ADVERTISEMENT
B| Tenant groups said the ruling would encourage more renters to challenge their contracts.
B| "Many people simply don't know they are paying too much," said Ines Wolter of a tenants' association in Neukölln.
B| The landlords can still appeal to the Federal Court of Justice.
N:at| dpa/ber
N:cm| Comments (17)
N:cm| Please keep it civil. Posts that contain insults will be removed.
N:cm| Write a comment...
""", crlf=True)

case("en-012", "en", "Costa del Sol English weekly: drought water cuts; doubled title line, weather widget, "
     "cookie bar at the bottom, most-read list, comment count.", r"""
T| Malaga province orders night-time water cuts in 12 towns as reservoirs fall to 14%
N:dl| Malaga province orders night-time water cuts in 12 towns as reservoirs fall to 14%
N:ot| Marbella 17°C  ☀  | Sunday, 25 January 2026
N:ot| Written by Jack Halloran
B| Twelve towns in Malaga province will have their water supply cut between midnight and 6am from next week, the provincial drought committee decided on Friday.
B| The measure affects about 210,000 residents in the Axarquía and inland areas.
B| The Viñuela reservoir, the main source for the eastern coast, held just 14 percent of its capacity.
B| Hotels and golf courses will have to cut use by a further 10 percent.
B| "We have never reached February with this little water," the committee's chairman said.
N:cm| 3 comments
N:rl| MOST READ
N:rl| Why Spanish bank fees are going up for non-residents
N:rl| New speed cameras on the A-7: where they are
N:ck| This website stores small files on your computer to work properly and to count visitors. Continue browsing if you are happy with that, or read our cookie policy.
N:ck| OK
""")

case("en-013", "en", "Rome English news site: Venice day-tripper fee; no noise before the story (caption only), then agency credit, "
     "newsletter sign-up, share row, related articles.", r"""
T| Venice day-tripper fee raised €4.6 million in its second year, city says
C| Visitors queue at the access gates near Santa Lucia station. (Photo: Marco Zanin/Lagoon Pictures)
B| VENICE —
B| Venice collected €4.6 million from its day-tripper fee last year, the city council said on Monday, up from €2.4 million in the first trial year.
B| About 720,000 visitors paid the charge, which rose to €10 for those who booked less than four days in advance.
B| Residents' groups said the fee has not reduced crowds on the busiest days.
B| "It counts people, it doesn't limit them," said Giulia Dal Moro of a residents' association.
B| The council plans to add 12 more fee days this year, mostly at weekends in May and June.
N:at| (ANSA)
N:sb| Share on: Facebook WhatsApp X Email
N:nl| Sign up for our weekly Italy Travel Notes and never miss a story.
N:rl| Related articles
N:rl| Florence bans new short-term rentals in historic centre
N:rl| Amalfi Coast road to get odd-even plate rule in summer
""")

case("en-014", "en", "Amsterdam English news site: Schiphol flight cap; cookie wall, membership appeal, "
     "'Also read' block, tags, site footer links.", r"""
N:ck| Cookies help us run this site. Do you accept the cookies we use for statistics and for embedded videos? You can still read everything if you don't.
N:ck| Yes, that's fine
N:ck| Only necessary cookies
T| Schiphol must cut night flights by a third from November, court rules
N:ot| January 23, 2026
B| A court in Haarlem has ordered the government to cut night flights at Schiphol airport by a third from November, ruling that noise rules for neighbours had not been enforced for more than a decade.
B| The ruling limits night movements to 19,500 a year.
B| Airlines said the decision would force them to move early-morning departures to other airports.
B| Residents of Aalsmeer and Amstelveen, who brought the case, called it a turning point.
B| The infrastructure ministry said it would study the ruling before deciding whether to appeal.
N:ot| Independent news for internationals in the Netherlands is not free to make. Join 6,000 members who keep it going.
N:rl| Also read
N:rl| Rotterdam to charge tourist tax on campsites
N:rl| Dutch rail operator adds late trains to Germany
N:nv| In: Transport, Schiphol, Haarlem
N:nv| About us · Contact · Privacy · Advertise
""")

case("en-015", "en", "Monterrey English business site: industrial parks; single newlines, menu line, byline with "
     "location, bullet list, share and tags, newsletter at the bottom.", r"""
N:nv| MENU  Search  Sign in
T| Nuevo León industrial parks lease record space as Asian suppliers move north
N:ot| By Mariana Treviño | Monterrey | January 22, 2026
B| Industrial parks in Nuevo León leased 1.9 million square meters of new space last year, a record, a real-estate association said on Thursday.
B| Asian auto-parts and electronics suppliers accounted for almost half of the deals.
B| Where the space went:
B| - Apodaca: 610,000 square meters
B| - Santa Catarina: 420,000 square meters
B| - Salinas Victoria: 380,000 square meters
B| Vacancy fell to 2.8 percent, and developers said water and power connections are now the main limit on new parks.
B| The state government has promised a new aqueduct by 2027.
N:sb| Share:  LinkedIn  X  WhatsApp
N:nv| Tags: nearshoring, Nuevo León, real estate
N:nl| Mexico Business Weekly lands every Monday. Subscribe with your work email.
""", style="raw")

# ---------------------------------------------------------------- hard cases (English)

case("hard-en-001", "en", "HARD. Jakarta English site: the data-protection agency warns news sites about pre-ticked "
     "cookie boxes; the story quotes a banner sentence and discusses consent buttons (body), while the page "
     "carries its own cookie banner at the top and a cookie footer line.", r"""
N:ck| This website uses cookies and similar technologies as permitted under Law No. 27/2022 on Personal Data Protection. Continuing means you agree.
N:ck| Agree   Learn more
T| Data protection agency gives news sites 90 days to fix 'take-it-or-leave-it' cookie banners
N:ot| Rizky Pratama | Thu, January 22, 2026 | 14:20 WIB
B| Indonesia's new personal data protection agency has told 58 news and shopping websites to change their cookie banners within 90 days or face administrative fines.
B| The agency said many banners offered only one button and pre-ticked every box for advertising partners.
B| One banner cited in the letter read: "By continuing to browse you agree to our use of cookies and to sharing your data with partners."
B| That wording does not meet the law's test of freely given consent, the agency said.
B| What sites must now offer
B| - A "Reject" button as visible as the "Accept" button
B| - No pre-ticked boxes for advertising or profiling
B| - A way to withdraw consent from every page
B| Industry groups asked for a longer transition, saying small publishers depend on advertising revenue.
N:rl| Read also: Ride-hailing apps told to delete drivers' location history after 12 months
N:sb| Share  WhatsApp  Facebook  X
N:ck| Cookie settings
""", hard=True)

case("hard-en-002", "en", "HARD. Dubai English site: regulator fines crypto exchanges over adverts; the story gives "
     "bitcoin prices and quotes an ad slogan (body), while the page carries a real price ticker, a crypto "
     "promo and an investment disclaimer.", r"""
N:ct| BTC $83,412.55 ▲1.8%   ETH $2,904.10 ▼0.4%   SOL $121.37 ▲3.2%   XRP $0.6120 ▼1.1%
T| Dubai regulator fines seven crypto firms over ads promising 'guaranteed' returns
N:ot| Farah Al Mansoori, Business Reporter
N:ot| 20 January 2026 19:06 GST
B| Dubai's virtual-asset regulator has fined seven licensed firms a total of Dh4.2 million over social-media advertisements that promised investors guaranteed returns.
B| One campaign, shown on billboards on Sheikh Zayed Road, read: "Bitcoin only goes up. Lock in 12% a year, guaranteed."
B| The regulator said no crypto product can promise a fixed return.
B| The fines come as bitcoin trades near $83,400, down about 14 percent from its December peak.
B| "A falling market is exactly when misleading promises do the most harm," a regulator official said.
B| Under rules that took effect last year, every crypto advert in the emirate must carry a risk warning that takes up at least a tenth of the ad.
N:cp| Trade 300+ tokens with zero fees on your first AED 5,000. Open an account in minutes.
N:dc| Disclaimer: Cryptoasset prices are volatile. Nothing on this page is a recommendation to buy or sell. Do your own research.
N:rl| More in Markets
N:rl| Gold hits record in Dubai souk as buyers switch to lighter jewellery
N:rl| UAE banks' profits rise on lending to SMEs
""", hard=True)

case("hard-en-003", "en", "HARD. Kyiv English site: Ukrainian news sites switch off comment sections over bot "
     "campaigns; the story quotes a closed-comments notice and moderation rules (body), while the page has "
     "a real comments block and a newsletter pitch.", r"""
N:nv| Kyiv Courier  |  Politics  Economy  Society  Culture
T| Ukrainian news sites switch off comments as bot campaigns flood discussion threads
N:ot| By Taras Hnatiuk | January 24, 2026
B| At least nine Ukrainian news outlets have closed the comment sections under their articles in the past month, saying coordinated bot accounts were posting hundreds of messages an hour.
B| One regional site now shows a single line under each story: "Comments on this article are closed."
B| Editors said the bots copied the same few sentences and targeted reports on mobilisation and energy prices.
B| "We had three moderators for 4,000 comments a day. We could not keep up," said the editor of a news site in Dnipro.
B| Some outlets are testing a middle way:
B| - comments only for registered readers with a verified phone number
B| - a 10-minute delay before a comment is published
B| - no comments on war casualty reports
B| Media lawyers said the sites are within their rights, as comment sections are not a legal duty.
N:nl| The Kyiv Courier Weekly: the week in Ukraine in five minutes. Subscribe.
N:cm| 12 comments
N:cm| Sign in to comment
N:cm| Sort by: Newest
""", hard=True)
