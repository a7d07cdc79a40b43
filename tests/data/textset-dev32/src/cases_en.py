"""textset-dev32, writer A: 10 English cases from English-language news sites of Turkey,
Poland, the Netherlands, Ukraine, Spain, Italy, Germany and a Russian outlet in exile.
Tagged line lists for ../textset-dev20/src/make_cases.py (TAG|line; >TAG| joins with a single
newline; ~ is a run of extra blank lines)."""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="Turkish English-language daily: masthead, menu and breadcrumb on top, byline with update stamp, an inline READ ALSO teaser mid-story, a tag line, a most-read list and a no-republishing line at the bottom.",
     text="""
nav|Marmara Ledger
nav|Türkiye | World | Economy | Istanbul | Sports | Opinion | Video
nav|Home » Istanbul » Transport
T|Istanbul ferry fares to rise 18 percent from January
oth|By Deniz Akyürek | December 7, 2026 – 12:14 | Last updated 14:02
B|Commuter ferries across the Bosphorus will cost 18 percent more from Jan. 1, Istanbul's public transport board decided on Monday, the second fare rise this year.
B|A single trip with the city card will go from 27 lira to 31.90 lira, while the student fare rises to 15.50 lira.
B|The board said fuel and maintenance costs for the 41-vessel fleet had outpaced the previous increase in July.
rel|READ ALSO: Metro link to Sabiha Gökçen airport pushed back to spring, contractor says
B|Opposition members walked out before the vote.
B|"Every time the sea gets more expensive, people go back to the bridges and the traffic gets worse," said board member Selin Karataş.
B|Metro and bus fares will rise by 15 percent on the same date.
B|Fares on the Princes' Islands routes, which are set separately, will be announced next week.
nav|Tags: ferries, public transport, fares, Istanbul Metropolitan Municipality
rel|MOST READ
rel|Central bank holds rate, signals cut in first quarter
rel|Cappadocia balloon flights grounded for third day by fog
rel|Galata Bridge fishermen fight new permit rule
dis|© 2026 Marmara Ledger. No part of this site may be republished without the written consent of the publisher.
"""),

dict(id="en-002", lang="en", hard=False, opts="single",
     notes="Polish English-language news feed, brief without a headline, single newlines: site header and stamp on top, a PAP source credit, a 'More from Kraków' list and a bare Share at the bottom.",
     text="""
nav|VISTULA WIRE — English news from Poland
oth|07.12.2026 09:40
B|Kraków's city council on Monday approved a 1.2-billion-zloty plan to extend the tram line from Krowodrza Górka to the Azory estate by 2029.
B|The 3.4-kilometre extension will have five stops and a park-and-ride for 300 cars.
B|Construction is due to start in the autumn of 2027, once the city secures a loan from the European Investment Bank.
B|Residents of Azory have waited for a tram connection since the 1970s, said councillor Marta Zielonka.
att|Source: PAP, edited by Vistula Wire staff
rel|More from Kraków:
rel|Wawel hill adds evening tours for the winter season
rel|Kraków airport passenger numbers hit a November record
sh|Share
"""),

dict(id="en-003", lang="en", hard=False, opts="crlf",
     notes="Dutch English-language shipping trade site, CRLF: a market strip (index, FX, oil, gas) on top as crypto_ticker, menu, byline with read time, a photo caption with its credit inside, an ADVERTISEMENT label and a Related teaser mid-story, tags, share bar and reproduction line.",
     text="""
tk|AEX 912.44 +0.6% | EUR/USD 1.0831 | Brent $71.20 | TTF gas €33.15/MWh
nav|Maasport Monitor · Shipping & Logistics in the Netherlands
nav|News | Ports | Inland shipping | Rail freight | Jobs | Events
T|Rotterdam container volumes slip as Red Sea detours ease
oth|Pieter van Loon · 7 December 2026 · 4 min read
C|Container vessels at the Maasvlakte II terminals on Sunday. Photo: Maasport Monitor / Jelle Bakker
B|Container throughput at the port of Rotterdam fell 3.1 percent in November from a year earlier to 1.09 million TEU, the Port Authority said on Monday.
B|The authority put the decline down to shipping lines returning to the Suez route, which means fewer ships calling at Rotterdam for long transshipment stops.
oth|ADVERTISEMENT
B|Transshipment to feeder vessels for the Baltic fell by almost a tenth.
B|Volumes of liquid bulk, mostly crude oil and oil products, rose 2 percent.
rel|Related: Antwerp-Bruges port union warns of a pilot shortage over Christmas
B|"We always said the detours would not last forever," said commercial director Hanneke Smit. "What counts now is that we keep the cargo that got to know us."
B|Over the first eleven months, total throughput stands at 402 million tonnes, 1.4 percent below 2025.
nav|Tags: Rotterdam, containers, TEU, Maasvlakte, Port Authority
sh|Share this article: LinkedIn | E-mail | Print
dis|© Maasport Monitor B.V. Reproduction in whole or in part only with a clear credit to Maasport Monitor.
"""),

dict(id="en-004", lang="en", hard=False, opts="ws",
     notes="Ukrainian English-language outlet on a power cut, trailing whitespace: skip link and menu, byline with read time, a Telegram prompt mid-story (navigation, English half), a membership pitch (other), comment count and login line, previous/next links.",
     text="""
nav|Skip to content
nav|NEWS   WAR   ECONOMY   CULTURE   OPINION   SUPPORT US
T|Kharkiv restores power to 90% of homes after overnight strike
oth|Olena Savchuk  •  Dec. 7, 2026 4:55 PM  •  2 min read
B|Repair crews restored electricity to about 90% of households in Kharkiv by Monday afternoon, the regional grid operator said, after an overnight drone attack damaged two substations.
B|Around 38,000 homes in the Saltivskyi and Kyivskyi districts were still without power at 4 p.m.
B|The city replaced trolleybuses with diesel buses on three routes.
nav|Get our headlines before anyone else — follow the Kharkiv Courier on Telegram
B|Hourly outage schedules remain in force until at least Wednesday.
B|Mayor's office spokesperson Taras Hnatiuk said 14 heating points were open around the clock and that water pressure had returned to normal in most high-rise buildings.
B|No injuries were reported.
oth|The Kharkiv Courier is reader-funded. Become a member from $5 a month and keep our reporting free for everyone.
com|Comments (3)
com|Commenting is open to Kharkiv Courier members only
nav|← Previous: Zaporizhzhia farmers sign up for winter wheat insurance scheme
nav|Next: Lviv doubles its network of heating points →
"""),

dict(id="en-005", lang="en", hard=False, opts="nofinal",
     notes="Spanish English-language weekly, Q&A interview without final newline: a consent dialog with its three buttons on top, masthead and interview byline; Q:/A: lines are story; newsletter box, a 'you might also like' list and a company footer (other) at the bottom.",
     text="""
ck|We and our 142 partners store and access information on your device. You can accept all, reject all or manage your choices at any time under "Privacy settings" at the foot of the page.
ck|Accept and close
ck|Reject all
ck|Manage options
nav|Costa Blanca Observer | Your English voice in Alicante province
T|"We want visitors in February, not just August": Q&A with Benidorm's new tourism chief
oth|Interview by Rachel Whitford, Monday 7 December 2026, 10:30
B|Lucía Ferrándiz took over Benidorm's tourism department in October. We asked her about winter tourism, holiday flats and the planned visitor tax.
B|Q: How is the winter season looking?
B|A: Hotel bookings for January are at 81 percent, three points up on last year. Northern Europeans still come, but we are seeing more Spanish pensioners through the state holiday programme.
B|Q: Will the town cap holiday flats?
B|A: We have frozen new licences in the old town for two years. Outside it, the rules stay as they are.
B|Q: And the visitor tax the regional government is discussing?
B|A: If it comes, we want the money to stay in the towns that collect it.
nl|Never miss a story from the Costa Blanca: get our free Friday round-up in your inbox.
nl|Your e-mail address
nl|Sign me up
rel|YOU MIGHT ALSO LIKE
rel|Alicante tram line 2 to close for three weeks in January
rel|Torrevieja pink lake footpath reopens after storm repairs
oth|Costa Blanca Observer S.L. · Calle del Puerto 14, 03501 Benidorm · CIF B-03445871
"""),

dict(id="en-006", lang="en", hard=False, opts="",
     notes="Italian English-language culture feature with two subheadings (story), a photo caption followed by a stand-alone photo credit (attribution), share bar under the byline, an Advertisement label mid-story, a run of blank lines, a More Culture list and a copyright line.",
     text="""
nav|THE TUSCANY HERALD
nav|Florence | Siena | Pisa | Food & Wine | Culture | Property
nav|Culture / Art
T|Restorers finish cleaning Salvetti altarpiece after 19 months
oth|By Giulia Mancini-Hart  |  7 Dec 2026
sh|Facebook  Twitter  Email  Print
C|The restored altarpiece by Bernardo Salvetti in the church of Santa Lucia al Prato on Saturday.
att|Photo: Opificio Restauri Toscani
B|A team of six restorers has finished cleaning the altarpiece by the 16th-century painter Bernardo Salvetti in the church of Santa Lucia al Prato, 19 months after the panel was taken down from its chapel.
B|The work, paid for by a local bank foundation, cost about €240,000.
B|Hidden colours
B|Under layers of yellowed varnish, the team found a bright lapis-blue sky that had been painted over in the 1800s, chief restorer Carla Benvenuti said.
B|"We knew the blue was there from the X-rays, but nobody expected it to be in such good condition," she said.
oth|Advertisement
B|Open to the public
B|The altarpiece returns to its chapel on December 13, the feast of St Lucy, and can be seen free of charge from Tuesday to Sunday.
B|Guided talks by the restorers run every Saturday at 11am until the end of January.
~
rel|More Culture
rel|Siena's Palio museum to open in the old granary in 2028
rel|Pisa university puts 3,000 Galilean-era letters online
dis|All content © The Tuscany Herald 2026. Unauthorised reproduction is prohibited.
"""),

dict(id="en-007", lang="en", hard=False, opts="single",
     notes="German English-language crypto aggregator repost in the seeds' style, single newlines: doubled dek on top, origin credit, Share, a three-line price ticker, an exchange sign-up promo, a reposting disclaimer and teasers with SiteYYYY/MM/DD stamps.",
     text="""
dup|Munich custody start-up Kellerbank wins BaFin crypto licence.Munich custody start-up Kellerbank wins BaFin crypto licence.
T|Kellerbank gets German crypto custody licence
B|Kellerbank, a Munich start-up that stores digital assets for family offices and small banks, has received a crypto custody licence from German financial regulator BaFin, the company said on Monday.
B|The licence lets the firm hold bitcoin, ether and tokenised securities for professional clients across the European Union under the MiCA rules.
B|Kellerbank has 34 employees and says it holds assets worth €610 million for 22 clients.
B|Co-founder Jonas Reithmeier said the firm would open an office in Vienna next year.
B|BaFin has granted 17 such licences since MiCA took full effect.
att|Originally published by Rhein-Krypto Bote; republished by Kryptohafen News.
sh|Share
tk|Bitcoin (BTC) €84,212.40 -1.22%
tk|Ethereum (ETH) €3,018.77 +0.41%
tk|Solana (SOL) €141.09 -2.95%
pr|New to Kryptohafen? Deposit €100 and we add €20 in bitcoin to your wallet.
dis|Kryptohafen News reposts articles from public sources. Nothing here is investment advice, and crypto assets can lose their entire value.
rel|Deutsche Börse unit adds two stablecoins to settlement pilot
rel|KryptohafenNews2026/12/07 09:12
rel|Frankfurt savings bank tests tokenised bond on a public blockchain
rel|KryptohafenNews2026/12/06 17:48
"""),

dict(id="en-008", lang="en", hard=False, opts="",
     notes="Russian independent outlet in exile, English edition: language switcher and menu, byline, a reader-donation box (other), an inline 'Also read' teaser, source credit for the study, related list and a reprint line.",
     text="""
nav|Русская версия
nav|Baltic Meridian | Independent news about Russia
nav|Politics  Society  Science  Economy  Podcasts
T|Lake Baikal's ice season has shrunk by three weeks since the 1950s
oth|Text: Sergei Vetrov · 7 December 2026
B|Ice on Lake Baikal formed 11 days later than the long-term average last winter, according to a study by researchers at an Irkutsk institute and two European universities.
B|The team analysed ice records kept by weather stations on the lake since 1949.
B|The average period of full ice cover has shrunk from 118 days in the 1950s to 97 days in the past decade.
rel|Also read: Why Siberian towns are running out of firewood
B|Shorter ice seasons matter for the Baikal seal, which gives birth on the ice in late winter, said co-author Anna Volkonskaya.
B|They also shorten the season for the ice road to Olkhon Island, the lake's largest, on which residents depend for supplies.
B|The study was published in the journal Limnology Letters on Thursday.
oth|We are blocked in Russia and rely on our readers. Support Baltic Meridian with a one-off or monthly donation.
rel|More on climate
rel|Permafrost thaw cracks apartment blocks in Yakutsk
rel|Arctic sea route traffic fell this year, data show
dis|Reprinting our materials is allowed only with an active link to Baltic Meridian.
"""),

dict(id="hard-en-001", lang="en", hard=True,  opts="",
     notes="Hard: Dutch English-language site on a cookie-wall fine; the story quotes the fined site's banner and its 'Accept all' button and must be kept, while the page carries its own cookie dialog on top. Section link, share bar and related list around it.",
     text="""
ck|This site uses functional, analytical and advertising cookies. Click "Agree" to allow all of them, or choose "Settings" to pick which ones we may place.
ck|Agree
ck|Settings
nav|Dutch Daily Courant
nav|Netherlands › Tech & Privacy
T|Privacy watchdog fines housing portal €1.8 million over cookie wall
oth|Sanne de Groot | 7 December 2026, 13:20
B|The Dutch Data Protection Authority (AP) has fined rental listings site Woonwijzer €1.8 million for refusing access to visitors who did not accept tracking cookies.
B|Visitors to the site were shown a pop-up that read: "By continuing to browse you accept all cookies. No cookies, no listings."
B|There was no button to refuse, only one marked "Accept all", the regulator found.
B|"A cookie wall on a site that people need in order to find a home is not a free choice," AP board member Karin Bos said.
B|Woonwijzer, which has about 2.3 million visitors a month, said it would appeal and that it had added a "Reject" button in October.
B|It is the regulator's third cookie fine this year.
nav|More about: privacy, cookies, housing
rel|Amsterdam parking app exposed 40,000 licence plates, AP says
rel|Utrecht hospital apologises for sending patient letters to wrong addresses
sh|Share: WhatsApp · Facebook · LinkedIn · Mail
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="",
     notes="Hard: Ukrainian English-language site on a study of share buttons; story lines quote 'Share on Telegram' and a 'Have you read the story?' prompt and are kept, while the page has a real three-line share bar under the byline. Read-also teaser, comment rule, tags and a reuse line at the bottom.",
     text="""
nav|UA DAILY POST
nav|Home › Society › Media
T|Six in ten Ukrainians share news stories they have not read, study finds
oth|by Iryna Melnyk, 07.12.2026 · 11:08
sh|Share on Telegram
sh|Share on Facebook
sh|Copy link
B|Almost 60 percent of news links shared by Ukrainian readers on Telegram are passed on without the article being open for more than ten seconds, researchers at the Kyiv School of Media Studies found.
B|The team tracked 4,200 volunteers who installed a browser add-on for three months.
B|Most of the quick shares came from the "Share on Telegram" button that news sites place under their headlines, the study says.
B|"The button is one tap away from the headline, and the story is twenty swipes further down," said lead author Bohdan Kravets.
B|The researchers suggest moving share buttons to the end of articles, as two Lviv news sites have done since the summer.
B|A third outlet that tried a pop-up asking "Have you read the story?" before sharing dropped it after two weeks because readers complained.
rel|Read also: Young Ukrainians trust Telegram channels less than a year ago — poll
com|Comments are pre-moderated. Insults and spam will not be published.
nav|Tags: media, Telegram, research
dis|Use of UA Daily Post materials is permitted only with a hyperlink to the original article.
"""),
]
