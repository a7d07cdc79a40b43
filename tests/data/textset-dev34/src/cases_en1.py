"""textset-dev34, writer A, part 1: English cases en-001 .. en-012.

Sentence-shaped furniture (editor's notes, methodology boxes, trust statements, disclosures,
funder and licence lines, helplines, appeals) at the top and in the middle of the page, mixed
with the usual short furniture.  Tagged line lists for ../textset-dev20/src/make_cases.py.
"""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="Nonprofit investigative site, part three of a care-home series: series note and reading time on top, "
           "a 'how we reported this' box mid-story, contact and tip line, licence notice and teaser paragraphs below. "
           "Series note, method box, contact and tip lines are other; the licence notice is disclaimer.",
     text="""
nav|Skip to content
nav|The Ledgerline | Investigations | Local | Data | Donate
nav|Investigations › Care Homes
oth|This is the third part of Short Shift, our year-long series on staffing at Ashwell County's private care homes. Read part one and part two.
T|Night shifts at Meadowgate ran with one aide for 38 residents, rota sheets show
oth|By Priya Kavanagh and Tomas Hurley
oth|Published November 18, 2026 · 11 minute read
B|On at least 41 nights between January and August, a single nursing aide was left in charge of the upper floor of Meadowgate Lodge, a 72-bed home on the edge of Ashwell, according to rota sheets obtained by The Ledgerline.
B|The state's guidance calls for one aide for every 15 residents overnight in homes that care for people with dementia.
B|Three former aides said they were told to "do the rounds twice and pray" when colleagues phoned in sick.
oth|How we reported this story: The Ledgerline obtained 214 weekly rota sheets from two former employees and checked them against payroll summaries filed with the county. We spoke to 11 current and former staff, nine of whom asked not to be named because they feared losing work in a small industry.
B|Meadowgate's owner, Brightwell Senior Living, said in a written statement that the rotas "do not reflect agency staff who were on site but not entered in the system."
B|The company did not provide agency invoices for the nights in question.
B|Ruth Achterberg, whose father lived on the upper floor until March, said she found him on the floor of his room one morning with the call button out of reach.
B|"Nobody came for four hours," she said. "He told me he had stopped shouting after the first one."
B|The county health department said it had opened a review of Meadowgate's staffing records last month.
oth|Contact Priya Kavanagh at pkavanagh@ledgerline.example or on Signal at 555-0148.
oth|Do you work in a care home, or have a relative in one? We want to hear from you. Our tip form is confidential and takes two minutes.
dis|You may republish this story for free under a Creative Commons Attribution-NoDerivatives licence, provided you credit The Ledgerline and link back to the original.
rel|More from Short Shift
rel|Part two: The agency nurses who never showed up. Invoices from three homes list shifts worked by staff who were, on the same dates, working in another county.
rel|Part one: How a chain of eight homes cut night staff by a third. Payroll filings show the cuts began weeks after a private equity buyout.
oth|The Ledgerline is a nonprofit newsroom. We rely on readers, not advertisers. Give what you can today.
"""),

dict(id="en-002", lang="en", hard=False, opts="crlf",
     notes="Regional daily, court report with a content warning at the very top and a helpline box after the story; "
           "both are other, as are the byline and stamps; share bar and a related block.",
     text="""
nav|The Hartwell Courier
nav|News  Sport  Business  Opinion  Puzzles
oth|Warning: This article contains descriptions of a violent assault that some readers may find upsetting.
T|Man jailed for nine years after attack on delivery driver in Fenwick Road
oth|Courts reporter Ellis Moreau
oth|Thursday 3 December 2026, 5:42pm
sh|Share on Facebook
sh|Share on X
sh|Email this article
B|A man who beat a delivery driver with a steering lock after a row over a parking space has been jailed for nine years.
B|Dwayne Colley, 34, of Larkfield Close, admitted causing grievous bodily harm with intent at Hartwell Crown Court in October.
B|The court heard the driver, a 52-year-old father of three, suffered a fractured skull and still has no feeling in his left hand.
B|In a statement read to the court, he said: "I was doing my job. I had a parcel in my hand."
B|Judge Marianne Okafor said the attack was "sustained and utterly disproportionate."
B|Colley will serve at least two-thirds of his sentence before he can be considered for release.
oth|If you have been affected by violent crime, Victim Support Hartwell offers free and confidential help. You can call them on 0800 555 0172, seven days a week, or visit their website.
rel|Most read
rel|Fenwick Road to close for three weeks for gas main works
rel|Former Courier editor dies aged 88
rel|Hartwell Town sack manager after seven straight defeats
oth|© Hartwell Courier Ltd 2026. All rights reserved.
"""),

dict(id="en-003", lang="en", hard=False, opts="ws",
     notes="Investing site analysis: index strip and an 'originally published, updated' note on top, a newsletter pitch "
           "in a full sentence mid-story, and an author holdings disclosure and not-advice note below (disclaimer).",
     text="""
tk|FTSE 100 8,412.6 +0.4%   S&P 500 6,218.3 -0.2%   GBP/USD 1.2714   Brent $77.40
nav|Markets / Shares / Analysis
T|Why Calloway Foods' dividend looks safer than the share price suggests
oth|Roisin Delacourt, Senior Analyst
oth|This article was first published on 2 November and has been updated to reflect Calloway's third-quarter trading statement.
B|Shares in Calloway Foods have fallen 22% since the summer, dragged down by worries over the grocery price war and a £140m refit of its distribution centres.
B|But the group's cash flow tells a calmer story.
B|Free cash flow in the first nine months came to £310m, enough to cover the interim dividend almost three times.
nl|Want more ideas like this one? Our free Sunday Investor email lands in your inbox every weekend with the week's best analysis.
B|Net debt is expected to peak at around 1.6 times earnings next year, well inside the covenants on its bank facilities.
B|Chief executive Leon Marsh told analysts the board saw the dividend as "the last thing we would touch."
B|At 212p, the shares yield 5.8%, against an average of 4.1% for the sector.
dis|Disclosure: The author owns shares in Calloway Foods and in one of its suppliers, Brennock Dairies. Our analysts must wait 30 days after publication before trading in any share they write about.
dis|This article is for information only and is not a personal recommendation to buy or sell any investment. The value of shares can fall as well as rise.
sh|Share
sh|Save
rel|Related: Supermarket price war: who blinks first?
"""),

dict(id="en-004", lang="en", hard=False, opts="single",
     notes="Fact-check site: claim, verdict and evidence lines are story; the rating-scale explainer and the "
           "'why you can trust us' statement are other, the funding line is attribution; tags are navigation.",
     text="""
nav|CheckPoint Facts
nav|Home | Fact-checks | Explainers | About us | Submit a claim
T|No, the Delmont water board did not add lithium to tap water
oth|By Anouk Bellweather | December 1, 2026
B|Claim: A post shared more than 9,000 times says the Delmont Water Board began adding lithium to the public supply in October "to keep people calm."
B|Verdict: False.
B|The Delmont Water Board's published treatment list names chlorine, fluoride and orthophosphate, and has not changed since 2019.
B|Laboratory results for October, which the board posts every month, show lithium at 0.004 milligrams per litre, a level found naturally in groundwater across the region.
B|A board spokesperson, Marcus Ilunga, said the post had led to more than 200 calls to its helpline in a week.
B|The post appears to have started on a forum thread that misread a chemical delivery note for a local battery recycler.
oth|How we rate claims: CheckPoint uses five ratings, from True to False. A claim is rated False when the evidence we found contradicts it and we found no evidence in support.
oth|Why you can trust us: CheckPoint is a signatory of the International Fact-Checking Network's code of principles. We publish our sources, our funding and our corrections.
att|We are funded by reader donations and by a grant from the Oakhill Civic Trust, which has no say in what we check or how we rate it.
nav|Tags: water, health, Delmont, social media
rel|Recent checks
rel|Did a Delmont school really ban red pens? Mostly false
"""),

dict(id="en-005", lang="en", hard=False, opts="nofinal",
     notes="Climate desk of a national site: a partnership line under the headline and a grant line mid-story "
           "(attribution), a donation appeal mid-page (other), a Creative Commons notice at the bottom (disclaimer).",
     text="""
nav|Menu
nav|Climate & Environment
T|Saltmarsh project on the Orwen estuary is storing more carbon than expected
att|This article is part of Rising Tides, a series on coastal change supported by the Harrowgate Foundation.
oth|Lena Fairbrook, climate correspondent
B|A tidal marsh created seven years ago when farmers breached a sea wall on the Orwen estuary is locking away carbon twice as fast as scientists predicted, a new study has found.
B|Researchers from the University of Kestrel measured 4.1 tonnes of carbon per hectare a year in the marsh's sediments.
B|"We assumed it would take decades to reach those rates," said Dr Halima Wren, who led the work.
oth|Before you read on: independent climate journalism costs money to produce. If you value it, please consider a regular donation. It takes less than a minute.
B|The marsh, which covers 80 hectares, was once farmland that regularly flooded in winter storms.
B|Landowners were paid under a government scheme that ends in 2028, and farmers' groups are pressing for a replacement.
B|The study will be published in the journal Estuarine Systems next month.
att|Rising Tides is funded by a grant from the Harrowgate Foundation. The foundation has no role in choosing stories or editing them.
dis|This story is published under a Creative Commons licence (CC BY-ND 4.0). Other outlets may republish it unchanged, with credit.
sh|Share this article
nav|Back to top
"""),

dict(id="en-006", lang="en", hard=False, opts="",
     notes="Partner story from a Brazilian outlet: a machine-translation note on top (attribution, as it credits the "
           "original), an AI-assistance note at the bottom (other), photo captions with credits, menu and share bar.",
     text="""
nav|Global South Wire
nav|World | Americas | Economy | Partners
att|This story was originally published in Portuguese by Folha do Litoral and translated into English with the help of machine translation. It was reviewed by a human editor.
T|Dockworkers' strike leaves 60 ships waiting off Porto Claro
oth|Renata Albuquerque · 6 December 2026
C|Container ships anchored off Porto Claro on Friday. (Photo: Joana Vidigal/Folha do Litoral)
B|A strike by dockworkers at Porto Claro, Brazil's third-busiest container port, entered its ninth day on Saturday with about 60 vessels waiting at anchor.
B|The union, Sindiporto, is demanding a 14% wage increase and limits on 12-hour shifts.
B|The port authority has offered 6.5%.
B|Exporters of coffee and frozen chicken say cargo worth about 900 million reais is stuck in yards around the terminal.
C|Trucks queue on the access road to the terminal. (Photo: Joana Vidigal/Folha do Litoral)
B|"The ships can wait. Our families cannot wait any longer," union leader Everaldo Nunes told a rally outside the terminal gates.
B|Labour court mediators are due to meet both sides on Monday.
oth|Parts of this article were summarised with the help of an AI tool. All facts and quotes were checked by our editors.
sh|Share:  Facebook  LinkedIn  WhatsApp  Copy link
rel|More from our partners
rel|Argentina's wheat harvest hit by late frost
"""),

dict(id="en-007", lang="en", hard=False, opts="",
     notes="Football report on a local radio site without a headline line in the scrape: audio-version sentence "
           "and score widget on top, a podcast promo in prose mid-story (other), comment count and menus.",
     text="""
nav|Radio Tamsworth Sport
nav|Football > Tamsworth Rovers
oth|Listen to this article. An audio version, read by an automated voice, is available for subscribers.
oth|FT  Tamsworth Rovers 3 - 1 Brackley Athletic
oth|By Jonah Pettifer, Sunday 6 December 2026
B|Tamsworth Rovers climbed to fourth in the table with a comfortable win over Brackley Athletic at the Ferry Road ground.
B|Kai Obuya opened the scoring after eleven minutes, turning in a low cross from Liam Stroud.
B|Brackley levelled before the break through a Dean Ashe penalty.
oth|Hear the full post-match reaction from the dressing room on Touchline Talk, our weekly Rovers podcast, out every Monday wherever you get your podcasts.
B|Obuya added a second with a header on 58 minutes, and substitute Marco Feld sealed it late on.
B|Rovers: Haldane; Stroud, Pike, Murray, Ellison; Obuya, Grant, Tewe; Feld, Cross, Quayle.
B|Attendance: 3,812.
com|14 comments
sh|Share this story
nav|Next: Rovers women's side reach county cup semi-final
"""),

dict(id="en-008", lang="en", hard=False, opts="",
     notes="Tech trade site: a long cookie notice in full sentences on top, a paywall meter sentence mid-story, "
           "a conference invitation and an 'about the author' bio below (other), with a run of extra blank lines.",
     text="""
ck|We and our 143 partners use cookies and similar technologies to store and access information on your device, to measure how our content performs and to show you personalised ads. You can change your choices at any time by clicking Privacy settings at the bottom of any page.
ck|Accept and continue
ck|Manage preferences
nav|CircuitDesk
nav|News  Reviews  Cloud  Security  Events
T|Brennan Systems cuts 400 jobs as chip design tools business stalls
oth|Tara Voss
oth|4 min read · Updated 9:12am GMT
B|Brennan Systems, which sells software used to design microchips, is cutting 400 jobs, or about 9% of its workforce, after two quarters of falling orders.
B|The company said most of the cuts would fall on its sales teams in Europe and its test lab in Leeds.
oth|You have read one of your three free articles this month. Register for free to keep reading, or subscribe for unlimited access.
B|Chief executive Hanne Skaarup said customers had delayed projects "until they see where the AI accelerator market settles."
B|Revenue for the three months to October fell 11% to $612m.
B|Brennan's shares were down 4% in early trading.
~
oth|Join our editors at CircuitDesk Live in Manchester on 12 March for a day of talks on chip supply chains. Early-bird tickets are available until the end of January.
oth|Tara Voss covers semiconductors and enterprise hardware for CircuitDesk. She previously reported on telecoms for eight years and is based in London.
rel|Read next: Leeds test lab was Brennan's showcase only two years ago
"""),

dict(id="en-009", lang="en", hard=False, opts="single",
     notes="Town news site, council story: an accessibility note at the very top (other), comment-policy paragraph and "
           "a short comment thread at the bottom (comments), breadcrumb and section menu (navigation).",
     text="""
oth|Accessibility: this site works with screen readers. Use the A+ and A- buttons at the top of the page to change the text size.
nav|Pellingham Today
nav|Home > News > Council
T|Library opening hours to be cut at four branches from April
oth|Staff reporter · 2 December 2026
B|Four of Pellingham's seven libraries will open on three days a week instead of five from April, under budget plans agreed by the borough council on Tuesday night.
B|The branches affected are Hollins Green, Castle Street, Moorside and Wendle Bridge.
B|The change is expected to save £285,000 a year.
B|Councillor Bernadette Quill, cabinet member for culture, said volunteers would be invited to run extra sessions on closed days.
B|A petition against the cuts has gathered more than 3,100 signatures.
com|Comments on this article are moderated. We remove comments that are abusive, off topic or that could identify people involved in court cases. Comments close after 48 hours. See our community guidelines.
com|Mo_Hollins
com|Hollins Green is the only place half my street can use a computer. This is a disgrace.
com|Pete W
com|Volunteers can't run a library. They tried this at Wendle Bridge ten years ago.
com|Add a comment
"""),

dict(id="en-010", lang="en", hard=False, opts="",
     notes="Crypto aggregator repost in the seeds' style: doubled dek, multi-line ticker, a persuasive trading promo "
           "in prose mid-story, source credit, risk disclaimer and stamped teasers.",
     text="""
dup|Pollux Exchange says the Kiro token will trade against USDT from Thursday.Pollux Exchange says the Kiro token will trade against USDT from Thursday.
T|Pollux lists Kiro token as layer-two fees climb
tk|Bitcoin
>tk|$91,204.11
>tk|+1.37%
tk|Ether
>tk|$3,148.60
>tk|-0.52%
B|Pollux Exchange said on Monday that it would list the Kiro token, the native asset of the Kirolane payments network, with trading against USDT opening at 10:00 UTC on Thursday.
B|Deposits open 24 hours earlier.
B|Kirolane processes about 1.2 million transactions a day, according to its public dashboard, and has seen average fees rise by about 40% since October.
pr|Thinking about trading Kiro on day one? New Pollux users who sign up this week and complete verification get zero trading fees for their first 30 days and a welcome bonus of up to 500 USDT.
B|The listing follows similar moves by two smaller exchanges in November.
B|Withdrawals of Kiro will be enabled on Friday, the exchange said.
att|Source: Pollux Exchange announcement
dis|Crypto assets are highly volatile and you could lose all of the money you put in. This article does not constitute investment advice, and the site may receive a commission from partners mentioned.
rel|Pollux adds staking for three tokens
rel|CoinBriefs2026/12/07 08:14
rel|Kirolane fees jump as NFT mint clogs network
rel|CoinBriefs2026/12/06 19:52
"""),

dict(id="en-011", lang="en", hard=False, opts="ws",
     notes="Academic-commentary site: author bio and a funding and conflict-of-interest disclosure between the "
           "headline and the story (bio other, disclosure disclaimer), republishing credit and licence line below.",
     text="""
nav|The Seminar
nav|Health | Science | Politics | Education
T|Why the new hay fever season starts three weeks earlier than in your grandparents' time
oth|Dr Imogen Harkness, Lecturer in Plant Ecology, University of Castlemere
dis|Imogen Harkness receives funding from the Natural Environment Fund. She has previously advised the Pollen Forecasting Group, a charity, unpaid. She has no other relevant affiliations.
B|If your eyes have started itching in late March rather than mid-April, you are not imagining it.
B|Records from pollen traps in 14 cities show the birch season now begins on average 19 days earlier than it did in the 1970s.
B|Warmer winters mean trees break dormancy sooner.
B|Grass pollen, the trigger for most hay fever, is also arriving earlier, and the season is lasting longer at the other end.
B|There is some good news: forecasts are improving, and an accurate forecast gives sufferers time to start antihistamines before symptoms peak.
att|This article is republished from The Seminar under a Creative Commons licence. Read the original article.
dis|Copyright notice: you are free to republish this article online or in print under our Creative Commons licence. Please do not edit the piece.
sh|Share  Tweet  Email
"""),

dict(id="en-012", lang="en", hard=False, opts="nofinal",
     notes="Wire story on a portal, scraped without its headline: an update note in a full sentence on top and a "
           "corrections log at the bottom (both other), a wire credit (attribution).",
     text="""
nav|NewsDial
oth|Updated at 4:10pm with comment from the drivers' union and the number of cancelled services.
oth|Dec 4, 2026
B|MARLOW BAY, Dec 4 (Eastline) - Bus drivers at Coastway Transport walked out on Friday in a dispute over new rota software, cancelling 230 services across the county.
B|The Unity Transport Workers union says the system schedules split shifts with unpaid gaps of up to four hours.
B|Coastway said the software had been "tested extensively with drivers" and would not be withdrawn.
B|"We're not against technology. We're against working 14-hour days for eight hours' pay," said union rep Colin Dabrowski.
B|A second 24-hour strike is planned for December 11.
att|Reporting by Sunita Vale; editing by Mark Hollander
oth|Correction, Dec 4: An earlier version of this story said 320 services were cancelled. The correct figure is 230.
oth|Clarification: This story has been amended to make clear that the union has not balloted members on further action beyond December 11.
"""),
]
