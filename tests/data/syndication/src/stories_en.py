"""English story texts for the syndication set (all fictional).

Each entry: id, outlet, byline, date, title, body (paragraphs separated by a
blank line, straight quotes, " — " for dashes), optional fix (old, new) used by
the copy_edited variant, optional alt (changed headline), optional upd
("Updated with comment from ..." paragraph appended by copy_edited), and
copies: a string of copy codes, see build.py.

Stories s01..s30 are main clusters; h01..h12 are hard negatives (different
stories on the same topic as s01..s12, own cluster, no copies).
"""

def st(**kw):
    kw.setdefault("fix", None)
    kw.setdefault("alt", None)
    kw.setdefault("upd", None)
    kw.setdefault("copies", "")
    kw.setdefault("lang", "en")
    return kw


MAIN = [
st(id="s01", outlet="Harbour Business Post", byline="By Grace Leung", date="Hong Kong, Tuesday 12 March 2024",
title="Hong Kong's first EV battery plant opens in Tseung Kwan O as city courts green manufacturers",
alt="Volterra opens HK$2.4bn battery plant in Tseung Kwan O",
body="""A battery maker backed by mainland and Singaporean investors opened Hong Kong's first large-scale electric-vehicle battery plant on Tuesday, a HK$2.4 billion facility in the Tseung Kwan O Industrial Estate that the government hopes will anchor a new cluster of clean-tech manufacturing in the city.

Volterra Cell Technologies said the plant would produce lithium iron phosphate battery packs for electric buses, light goods vehicles and energy-storage systems, with an initial annual capacity of 1.2 gigawatt-hours. The company expects to reach full output by the end of next year and employ about 450 people, roughly a third of them engineers and technicians.

"Hong Kong has the capital, the legal system and the universities. What it hasn't had for thirty years is factories," chief executive Derek Fung told guests at the opening ceremony. "We think advanced manufacturing can come back if it is automated, clean and close to research."

The plant is the largest tenant so far in the government's push to reindustrialise, a policy that has offered land at below-market rents, matching research grants and fast-track approvals through the Hong Kong Science and Technology Parks Corporation. Officials have said they want at least 10 such "anchor" projects by 2027.

Analysts were cautiously positive. Land and labour costs in Hong Kong remain far higher than across the border in Shenzhen or Dongguan, where most of the region's battery supply chain is located. "The economics only work if you're making high-value packs in relatively small volumes and selling into markets that care about where things are made," said Wendy Lau, an industrial analyst at Kingsgate Securities.

Volterra said about 60 per cent of its output had already been committed under supply agreements, including a deal with a local franchised bus operator to supply packs for 300 electric double-deckers over four years. The remainder will be exported to Southeast Asia.

Environmental groups welcomed the investment but urged the government to publish details of the plant's water use and its arrangements for recycling spent cells. The company said it would open a pilot recycling line on the same site in 2026.""",
fix=("with an initial annual capacity of 1.2 gigawatt-hours", "with an initial annual capacity of 1.5 gigawatt-hours"),
upd="Updated with comment from the Environmental Protection Department: a department spokesperson said on Wednesday that the plant's discharge licence requires quarterly water-quality reporting and that the results will be made public.",
copies="BETQH"),

st(id="s02", outlet="Capital Markets Daily", byline="By Ethan Morales", date="Washington, March 20",
title="Fed holds rates steady at 5.25%-5.5%, signals patience on cuts",
alt="Fed keeps rates unchanged, still sees three cuts this year",
body="""The Federal Reserve left its benchmark interest rate unchanged on Wednesday for a fifth consecutive meeting, keeping the federal funds rate in a range of 5.25% to 5.5% and signalling that policymakers want more evidence that inflation is cooling before they begin to lower borrowing costs.

In a statement released after its two-day meeting, the Federal Open Market Committee said inflation "has eased over the past year but remains elevated," and that it does not expect it will be appropriate to reduce rates "until it has gained greater confidence" that price growth is moving sustainably toward its 2% target.

Updated projections showed the median official still expects three quarter-point cuts by the end of the year, unchanged from December, but the number of officials pencilling in two or fewer cuts rose to nine from six.

Policymakers raised their forecast for economic growth this year to 2.1% from 1.4% and nudged up their projection for core inflation to 2.6%. The unemployment rate is seen ending the year at 4.0%.

Markets took the decision in stride. The S&P 500 rose 0.6% in afternoon trading, while the yield on the two-year Treasury note slipped to 4.61%.

"They are buying time," said Priya Raman, chief U.S. economist at Halden Capital. "Nothing in the statement rules out a cut in June, but nothing commits them to one either. The labour market is giving them the luxury of waiting."

The decision was unanimous. The next policy meeting is scheduled for April 30 to May 1.""",
fix=("rose to nine from six", "rose to nine from five"),
upd="Updated with comment from Marcus Bell, senior rates strategist at Orrin Partners: \"The dots were slightly more hawkish than expected, but the market is still leaning toward a first cut in June.\"",
copies="BEBT"),

st(id="s03", outlet="Northern Football Weekly", byline="By Chris Hallam", date="Saturday 14 October",
title="Rovers edge Ashby 2-1 as late Okafor header settles derby",
alt="Okafor header gives Riverside Rovers derby win over Ashby United",
body="""Riverside Rovers came from behind to beat Ashby United 2-1 at Millfield Park on Saturday, with substitute Daniel Okafor heading the winner three minutes from time to lift his side into the top four of the Northern Premier Division.

Ashby had taken the lead against the run of play in the 27th minute when Callum Reid turned in a low cross from the left after Rovers failed to clear a corner. The visitors defended deep for much of the first half, and Rovers goalkeeper Tom Haskins was barely tested.

Rovers levelled nine minutes after the break. Midfielder Sami Haddad picked up a loose ball 25 yards out and curled a shot into the top corner, leaving Ashby keeper Liam Pryce rooted to the spot.

Both sides had chances to go ahead. Reid hit the post for Ashby on the hour, and Pryce made a fine double save from Haddad and Jordan Blake midway through the second half.

Okafor, who came on in the 71st minute, won it in the 87th, rising above two defenders to meet a Blake free kick at the far post.

"We didn't play well for 45 minutes, and I told them that at half-time," Rovers manager Steve Collins said. "But the reaction was brilliant. Danny's been waiting for his chance and he took it."

Ashby manager Gary Whitmore said his side had been "punished for one lapse." The defeat leaves Ashby 11th, with 14 points from 12 games. A crowd of 3,412 attended.""",
fix=("A crowd of 3,412 attended.", "A crowd of 3,214 attended."),
copies="BTQ"),

st(id="s04", outlet="Dunmore Evening Echo", byline="By Sarah Pickering", date="Thursday, 7 November",
title="Fire destroys Dunmore warehouse, three workers taken to hospital",
body="""A large fire tore through a distribution warehouse on the Dunmore Industrial Park overnight, sending a column of black smoke over the town and forcing the closure of the A614 for several hours.

Fifteen fire engines and around 90 firefighters were called to the building, operated by logistics company Brackley Freight, shortly after 1.40am on Thursday. At its height the fire involved the entire 6,000-square-metre building, which stored furniture and household goods.

Three members of staff on the night shift were taken to hospital with smoke inhalation. One remains in a serious condition, according to the regional ambulance service. Around 20 other workers were evacuated safely.

Residents in nearby Fenwick Road were advised to keep windows and doors closed. "You could see the flames from the other side of town," said Angela Marsh, who lives about half a mile away. "There were loud bangs every few minutes."

Group commander Lee Harding of the county fire and rescue service said crews had prevented the fire spreading to neighbouring units. "This was a very challenging incident because of the amount of material inside and the size of the building," he said.

The cause of the fire is not yet known. A joint investigation by the fire service and police is expected to begin once the structure has been made safe.

Brackley Freight said it was "deeply shocked" and was supporting affected staff and their families.""",
fix=("Fifteen fire engines and around 90 firefighters", "Twelve fire engines and around 80 firefighters"),
upd="Updated with comment from Brackley Freight: managing director Paula Greaves said on Thursday afternoon that all staff had been accounted for and that the company would continue to pay wages while the site is closed.",
copies="EBTR"),

st(id="s05", outlet="Pacific Wire Service", byline="By Lucía Herrera", date="Santiago, Monday",
title="Magnitude 6.4 earthquake shakes northern Chile, no major damage reported",
body="""A magnitude 6.4 earthquake struck off the coast of northern Chile on Monday evening, shaking buildings in the port cities of Antofagasta and Mejillones but causing no major damage, authorities said.

The quake hit at 9:12 p.m. local time at a depth of 38 kilometres, about 60 km west of Mejillones, according to the national seismological centre. The U.S. Geological Survey put the magnitude at 6.3.

The national disaster agency said it had received reports of minor damage to older houses and several landslides on coastal roads, but no deaths or serious injuries. Power was briefly cut to about 12,000 households in Antofagasta.

The navy's hydrographic service said the quake did not meet the conditions to generate a tsunami along the Chilean coast, and a precautionary evacuation of low-lying areas in Mejillones was lifted after about an hour.

"It was long and strong, maybe 40 seconds. Everything on the shelves fell down," said Rodrigo Fuentes, who runs a grocery shop near the Antofagasta waterfront.

Mining companies in the region, which produces around a third of Chile's copper, said operations were continuing normally after safety inspections.

Chile sits on the Pacific "Ring of Fire" and is one of the most seismically active countries in the world. More than 20 aftershocks had been recorded by Tuesday morning, the largest of magnitude 4.7.""",
fix=("Power was briefly cut to about 12,000 households", "Power was briefly cut to about 21,000 households"),
copies="BQD"),

st(id="s06", outlet="The Ledger Street Journal", byline="By Amanda Kirk", date="April 25",
title="Northwind Airlines swings to first-quarter profit as fares hold up",
alt="Northwind beats forecasts with $142 million first-quarter profit",
body="""Northwind Airlines reported a first-quarter net profit of $142 million on Thursday, reversing a loss of $58 million a year earlier, as strong demand for transatlantic travel allowed the carrier to keep fares high despite higher labour costs.

Revenue rose 11% to $4.3 billion, slightly ahead of analysts' expectations of $4.25 billion. Adjusted earnings per share were 38 cents, compared with a consensus forecast of 31 cents.

Unit revenue, a closely watched measure of pricing power, rose 3.2% from a year earlier, while fuel costs per gallon fell 9%. Costs excluding fuel rose 6%, driven by a new pilot contract that took effect in January.

"Customers are prioritising travel, and premium cabins continue to outperform," chief executive Laura Benning said on a call with analysts. She said summer bookings were tracking "ahead of last year on both volume and yield."

The airline reaffirmed its full-year forecast for adjusted earnings of $3.10 to $3.40 per share and said it expected capacity to grow 5% to 6% in the second quarter.

Northwind said delivery delays from aircraft manufacturers would leave it with 12 fewer new jets than planned this year, and that it would extend leases on some older aircraft to compensate.

Shares rose 4.8% in premarket trading.""",
fix=("Adjusted earnings per share were 38 cents", "Adjusted earnings per share were 36 cents"),
copies="BET"),

st(id="s07", outlet="Millbrook Tribune", byline="By Kevin Walsh", date="Wednesday, May 15",
title="Millbrook council approves $18 million expansion of protected bike lanes",
body="""Millbrook City Council voted 7-2 on Tuesday night to approve an $18 million plan to build 24 miles of protected bike lanes over the next four years, the largest cycling investment in the city's history.

The plan will add concrete-separated lanes on six major corridors, including Harrison Avenue, Elm Street and the downtown section of River Road, and connect existing trails along the Millbrook River to the university campus.

Supporters packed the council chamber for more than three hours of public comment. "My kids should be able to ride to school without me being terrified," said Jenna Ortiz, a parent from the Eastside neighbourhood.

Opponents, including several business owners on Elm Street, said the loss of about 140 on-street parking spaces would hurt trade. "Our customers drive. They aren't going to carry a week's groceries on a bike," said Tom Kessler, who owns a hardware store on the street.

Council member Diane Park, who voted against the plan, said she supported cycling but objected to the cost at a time when the city faces a budget gap. "We are deferring road repairs in half the wards in this city," she said.

About 60% of the funding will come from a state transportation grant, with the rest from the city's capital budget. Construction on the first two corridors is due to begin next spring.

Mayor Alan Reyes is expected to sign the measure later this week.""",
fix=("the loss of about 140 on-street parking spaces", "the loss of about 160 on-street parking spaces"),
upd="Updated with comment from the Millbrook Chamber of Commerce: president Sharon Lowe said the chamber would work with the city on loading zones and short-term parking during construction.",
copies="EHT"),

st(id="s08", outlet="BioPharma Dispatch", byline="By Rachel Stein", date="June 3",
title="Calveron heart failure drug cuts hospitalisations by 22% in late-stage trial",
body="""Calveron Therapeutics said on Monday its experimental heart failure drug relmacardin reduced hospitalisations and cardiovascular deaths by 22% in a late-stage trial, sending its shares up 31%.

The phase 3 study, called HORIZON-HF, enrolled 4,120 patients with heart failure and reduced ejection fraction across 28 countries. Patients were followed for a median of 19 months.

The drug met its primary goal, a combined measure of time to first hospitalisation for heart failure or cardiovascular death, with a hazard ratio of 0.78. The effect was driven mainly by fewer hospitalisations; the reduction in deaths alone was not statistically significant.

Rates of serious side effects were similar in the two groups, though more patients on relmacardin reported low blood pressure, 7.1% compared with 4.3% on placebo.

"Heart failure patients still cycle in and out of hospital despite the drugs we have," said Dr. Anjali Desai, a cardiologist at Lakeview University Medical Center who was not involved in the trial. "A 22% reduction on top of current therapy would be meaningful, but I want to see the full data."

Calveron said it would present detailed results at a cardiology meeting in August and planned to file for U.S. and European approval by the end of the year.

Analysts at Brightwater Securities raised their peak sales estimate for the drug to $2.8 billion from $1.6 billion.""",
fix=("sending its shares up 31%", "sending its shares up 34%"),
copies="BQR"),

st(id="s09", outlet="South China Coast Times", byline="By Jason Ho and Mandy Cheung", date="Friday, 23 August",
title="Hong Kong hoists No. 8 signal as Typhoon Pinara approaches; schools, markets shut",
body="""The Hong Kong Observatory raised the No. 8 gale or storm signal at 8.40am on Friday as Typhoon Pinara skirted the city, shutting schools, suspending trading on the stock exchange and grounding dozens of flights.

At 10am, Pinara was centred about 160 kilometres south-southwest of Hong Kong and was expected to move west-northwest at about 15km/h, passing within 120km of the city in the afternoon. Maximum sustained winds near its centre were estimated at 150km/h.

The Observatory said the signal would remain in force until at least 4pm and warned of a storm surge of up to one metre above normal tide levels in Tai O, Lei Yue Mun and other low-lying coastal areas.

Hong Kong Exchanges and Clearing said the morning trading session had been cancelled and that the afternoon session would not open if the signal remained in force at noon.

The Airport Authority said 86 flights had been cancelled and more than 200 delayed. Ferry services to Macau and outlying islands were suspended, and MTR trains on open-air sections were running at reduced frequency.

Government temporary shelters were opened in all 18 districts, with 312 people registered by mid-morning. There were reports of fallen trees in Sai Kung and Tuen Mun, but no injuries.

Pinara is forecast to make landfall on the western coast of Guangdong on Saturday morning.""",
fix=("with 312 people registered by mid-morning", "with 341 people registered by mid-morning"),
copies="BTD"),

st(id="s10", outlet="Midlands Post", byline="By Owen Griffiths, Transport Correspondent", date="Wednesday 11 September",
title="Rail workers to stage 48-hour strike next week in pay dispute",
alt="Midland Rail faces first strike since 2019 as union rejects 4% offer",
body="""Train drivers and station staff at Midland Rail will walk out for 48 hours from Tuesday next week after talks over pay and working conditions broke down, their union said on Wednesday, threatening severe disruption for around 400,000 daily passengers.

The Rail and Transit Workers' Union (RTWU) said 87% of members who took part in a ballot had voted in favour of strike action, on a turnout of 71%. The strike will begin at 00:01 on Tuesday and end at 23:59 on Wednesday.

The union is seeking a 7.5% pay rise for this year, backdated to April, and a guarantee that no ticket offices will close before 2026. Midland Rail has offered 4% with a further 1% linked to changes in rostering.

"Our members have gone two years with pay rises well below inflation. They are not prepared to sell their conditions for a one-off payment," RTWU general secretary Karen Doyle said.

Midland Rail said it would run a "very limited" service on main lines during the strike and urged passengers to work from home if possible. "We're disappointed the union has chosen to walk away while talks were still progressing," a spokesperson said.

The strike would be the first on the network since 2019. Business groups warned it would hit city-centre retailers and hospitality, already struggling with weak footfall.

The union said it remained available for talks through the conciliation service.""",
fix=("said 87% of members who took part in a ballot", "said 86% of members who took part in a ballot"),
upd="Updated with comment from the Department for Transport: a spokesperson said ministers were \"urging both sides to return to talks\" but would not intervene directly in the dispute.",
copies="EBQT"),

st(id="s11", outlet="GadgetLine", byline="By Tomasz Nowak", date="Berlin, Oct. 8",
title="Lumora unveils X5 phone with 200-megapixel camera and week-long battery claims",
body="""Smartphone maker Lumora unveiled its X5 flagship on Tuesday, betting that a 200-megapixel main camera and a silicon-carbon battery it says can last up to seven days on a single charge will help it win share from bigger rivals in Europe and Southeast Asia.

The X5 has a 6.7-inch display, Lumora's own Aster 3 processor and a 6,100 mAh battery, which the company says is the largest ever fitted to a phone less than 8.5mm thick. It will start at 899 euros in Europe and go on sale on Oct. 18.

"Nobody should have to think about charging their phone in the middle of the day," Lumora's chief executive Viktor Hale said at a launch event in Berlin. The seven-day figure applies to a "light usage" scenario; the company says typical users will get two to three days.

The phone also debuts Lumora Assist, an on-device AI assistant that can summarise messages and edit photos without sending data to the cloud.

Lumora shipped 28 million smartphones last year, according to research firm DataSphere, making it the world's seventh-largest vendor, but its share in Europe is less than 4%.

"The hardware is impressive, but the premium segment is brutally hard to break into," said Nadia Kowalski, a senior analyst at DataSphere. "Lumora needs carriers to push this phone, and that costs money."

A cheaper X5 Lite, with a 50-megapixel camera and a smaller battery, will follow in November at 549 euros.""",
fix=("It will start at 899 euros in Europe", "It will start at 949 euros in Europe"),
copies="BH"),

st(id="s12", outlet="Halverston Herald", byline="By Nicole Brandt, State Politics Reporter", date="Sunday, Oct. 20",
title="Poll shows Progressive Alliance six points ahead three weeks before state election",
alt="Opposition stretches lead to six points in Meridian poll",
body="""The opposition Progressive Alliance holds a six-point lead over the governing Civic Party three weeks before the Halverston provincial election, according to a poll published on Sunday, its largest lead of the campaign.

The survey by Meridian Research, conducted for the Halverston Herald, put the Progressive Alliance on 38% of first-preference votes, the Civic Party on 32%, the Greens on 13% and independents and minor parties on 17%.

After preferences, the Progressive Alliance led 54% to 46%. The poll of 1,512 voters was conducted online and by phone from Tuesday to Friday and has a margin of error of 2.5 percentage points.

Cost of living was nominated as the most important issue by 41% of respondents, followed by health (19%) and housing (17%).

Premier Janet Holloway's approval rating fell to 39% from 44% in the previous Meridian poll a month ago, while opposition leader Ravi Menon's rose to 42%.

"The trend has been moving one way for two months," said Meridian's director, Paul Strand. "The government's best hope is that a lot of voters are still undecided — about one in seven told us they could change their mind."

The Civic Party has held power in Halverston for 12 years. Voting takes place on Nov. 9.""",
fix=("The poll of 1,512 voters", "The poll of 1,521 voters"),
copies="TE"),

st(id="s13", outlet="Cascade Public Radio", byline="By Emily Tran", date="Sunday, Aug. 4",
title="Wildfire forces 6,000 to flee homes in Lorne County as winds push flames east",
body="""Around 6,000 residents were ordered to evacuate on Sunday as a fast-moving wildfire in Lorne County more than doubled in size overnight, fanned by gusty winds and low humidity.

The Copper Ridge Fire had burned about 14,300 acres by Sunday afternoon and was 5% contained, according to the state forestry department. It started on Friday afternoon near a campground on Copper Ridge Road; the cause is under investigation.

Mandatory evacuation orders covered the communities of Pine Hollow and Ashford Springs and parts of the county seat, Wrenton. An evacuation centre was opened at Wrenton High School, where the Red Cross said about 400 people spent Saturday night.

At least 11 homes and 20 outbuildings had been destroyed, officials said. No deaths had been reported, but one firefighter was treated for heat exhaustion.

"We grabbed the dog, the photo albums and the medication, and that was it," said Carla Jennings, who left her home in Pine Hollow with her husband as flames appeared on the ridge behind it. "You don't think about anything else."

More than 700 personnel, including crews from three neighbouring states, were working the fire, supported by eight helicopters and four air tankers. Fire behaviour analysts warned that winds of up to 35 mph forecast for Monday could push the fire toward Highway 22.

The governor declared a state of emergency on Saturday night, freeing state resources to help local agencies.""",
fix=("had burned about 14,300 acres", "had burned about 14,800 acres"),
upd="Updated with comment from the state forestry department: incident commander Mike Dalton said late on Sunday that crews had established containment lines along the fire's southern flank.",
copies="BETQD"),

st(id="s14", outlet="TechBeat", byline="By Jordan Lee", date="San Francisco, Feb. 6",
title="Software maker Brightlane to cut 1,200 jobs, about 9% of workforce",
body="""Brightlane Software, the maker of the Harbor project-management platform, said on Tuesday it would cut about 1,200 jobs, or roughly 9% of its workforce, as it reorganises around artificial intelligence products and tries to reduce costs amid slowing growth.

In a memo to staff, chief executive Olivia Grant said the cuts would fall mainly on sales, recruiting and middle management, and that affected employees in the United States would receive at least 16 weeks of severance pay plus two weeks for every year of service.

"These are people who helped build this company, and this is not a decision I take lightly," Grant wrote. "But our market has changed, and we have to change with it."

Brightlane expects to record restructuring charges of $85 million to $100 million, most of it in the current quarter. It said the cuts would save about $180 million a year.

The company's revenue grew 14% last year, down from 31% two years earlier, as customers scrutinised software spending. Its shares have fallen around 40% from their 2021 peak.

Shares rose 5.3% in extended trading after the announcement.

Brightlane is the latest in a string of technology companies to trim staff while increasing investment in AI. The company said it would keep hiring engineers for its AI assistant, Harbor Copilot, which it plans to release to all customers in the spring.""",
fix=("would receive at least 16 weeks of severance pay", "would receive at least 14 weeks of severance pay"),
copies="BR"),

st(id="s15", outlet="Arts Review Online", byline="By Harriet Dunne", date="Thursday 17 October",
title="Hartley museum to return 32 Benin objects to Nigeria",
alt="Hartley Museum agrees one of largest Benin restitutions by a regional museum",
body="""The Hartley Museum of World Cultures said on Thursday it would return 32 bronze and ivory objects to Nigeria, nearly 130 years after they were taken from Benin City by British forces, in one of the largest restitutions by a British regional museum.

The museum's trustees voted unanimously to transfer ownership of the objects to Nigeria's National Commission for Museums and Monuments after a two-year review of their provenance. They include plaques, a commemorative head and carved ivory tusks.

"There is no doubt about how these objects came to be here. They were looted," museum director Fiona Aldridge said. "Returning them is the right thing to do, and frankly it is overdue."

Seven of the objects will remain on display in Hartley on loan for up to three years, under an agreement that also includes exchanges of curators and joint exhibitions.

A representative of the Nigerian commission, speaking at a ceremony at the museum, called the decision "an act of respect" and said the objects would eventually be housed in a new museum being built in Benin City.

The restitution still requires approval from the Charity Commission, which the museum expects to receive by the end of the year.

Several British and European institutions have returned Benin objects in recent years, though national museums in Britain remain barred by law from permanently giving away items in their collections.""",
fix=("Seven of the objects will remain on display", "Six of the objects will remain on display"),
copies="BTE"),

st(id="s16", outlet="Property Week Digest", byline="By Martin Shaw", date="Friday 4 October",
title="House prices fall for third straight month, Halcyon index shows",
body="""House prices fell for a third consecutive month in September as higher mortgage rates continued to weigh on demand, according to data from lender Halcyon Building Society published on Friday.

The average price of a home fell 0.4% from August to £278,900, taking the annual decline to 3.1%, the steepest since 2011. Economists polled ahead of the release had expected a monthly fall of 0.2%.

"Affordability remains stretched. With mortgage rates still roughly double what they were two years ago, buyers are either waiting or negotiating hard," said Halcyon's chief economist, Martin Cole.

Mortgage approvals have dropped about a fifth from a year earlier, and surveyors report that the number of properties on the market is rising while sales take longer to agree.

Prices fell in 10 of the 12 regions tracked by Halcyon, with the biggest annual declines in the South East (-5.2%) and East Anglia (-4.8%). Northern Ireland and Scotland recorded small increases.

Some economists expect prices to stabilise next year if inflation continues to ease and the central bank begins to cut interest rates. "We think the market is close to finding a floor, but it will be a slow recovery," said Hannah Pike, property economist at Stanmore Economics.

First-time buyers have been hit hardest, with the typical deposit now equal to more than a year of pre-tax income in most regions.""",
fix=("fell 0.4% from August to £278,900", "fell 0.4% from August to £279,800"),
copies="QHB"),

st(id="s17", outlet="Vale Valley News", byline="By Gemma Price", date="Monday 10 June",
title="Water company imposes hosepipe ban on 1.3 million customers after driest spring on record",
body="""Vale Water will impose a hosepipe ban on 1.3 million customers across three counties from next Friday after the driest spring on record left reservoirs and rivers well below normal levels, the company said on Monday.

The ban, officially a temporary use ban, prohibits using a hosepipe to water gardens, fill paddling pools or clean cars and windows. Anyone caught breaching it could face a fine of up to £1,000.

Reservoir levels across Vale Water's region stood at 61% of capacity last week, compared with a typical 83% for the time of year. Rainfall from March to May was 38% of the long-term average, according to the national weather service.

"We don't take this decision lightly, but we have to protect supplies for essential use through the rest of the summer," said the company's operations director, Neil Hargreaves.

Environmental groups said the company should do more to fix leaks, which account for about a fifth of the water it puts into its network. Vale Water said it had increased its repair teams by 40% and was fixing around 1,500 leaks a week.

Farmers said irrigation restrictions were already affecting vegetable crops. The Environment Agency has declared drought status in two of the company's three counties.

The company said the ban would stay in place until reservoir levels recover, which could be well into the autumn.""",
fix=("was fixing around 1,500 leaks a week", "was fixing around 1,800 leaks a week"),
copies="BTR"),

st(id="s18", outlet="Westland Statesman", byline="By Carlos Rivera", date="Wednesday, June 26",
title="State universities freeze tuition for second year after budget deal",
alt="Lawmakers' budget deal keeps Westland tuition flat for 2025-26",
body="""Tuition at Westland's 14 public universities will be frozen for a second consecutive year after lawmakers agreed a budget deal on Wednesday that adds $240 million in state funding for higher education.

In-state undergraduate tuition will remain at an average of $11,480 a year for the 2025-26 academic year. The Board of Regents had proposed an increase of 4.5%, which officials said was needed to cover rising salaries and maintenance costs.

"For families, this is real money. Over four years, a freeze saves the average student around two thousand dollars," said Governor Patricia Nolan, who made affordability a central promise of her campaign.

The extra funding, an increase of 7% over last year, includes $35 million for mental-health services on campuses and $20 million to expand nursing programs.

University leaders welcomed the money but warned that repeated freezes could not continue indefinitely. "We are grateful, but our costs don't freeze," said Michael Tran, president of Westland State University. "At some point the state either funds us at the level it expects, or tuition goes up."

Student groups, which had lobbied lawmakers for months, celebrated the deal. Fees for housing and dining, which are set separately, are still expected to rise by about 3%.

The budget must still be signed by the governor, which is expected next week.""",
fix=("The budget must still be signed by the governor, which is expected next week.", "Nolan is expected to sign the budget on Monday, her office said."),
copies="EQ"),

st(id="s19", outlet="AutoSafety Report", byline="By Dana Fischer", date="Detroit, Feb. 29",
title="Carro Motors recalls 412,000 vehicles over faulty airbag sensor",
body="""Carro Motors is recalling about 412,000 SUVs and pickup trucks in the United States because a faulty sensor could prevent the front passenger airbag from deploying in a crash, according to documents filed with federal safety regulators.

The recall covers 2021 to 2023 models of the Carro Summit SUV and the Carro Haulmark pickup. About 38,000 vehicles in Canada are also affected.

The occupant classification sensor, which detects whether an adult is in the front passenger seat, can crack over time because of a manufacturing defect, causing the system to incorrectly switch off the airbag. A warning light on the dashboard should alert drivers when this happens.

Carro said it was aware of 23 warranty claims and two minor injuries that may be related to the problem, but no deaths.

Dealers will inspect the sensor and replace it free of charge. Owners will be notified by mail starting in late March, the company said.

Carro shares were little changed. The recall is the company's third this year involving airbag components, following a smaller recall of 40,000 sedans in January over inflator wiring.

Owners can check whether their vehicle is affected by entering their vehicle identification number on the National Highway Traffic Safety Administration website.""",
fix=("aware of 23 warranty claims", "aware of 32 warranty claims"),
copies="BBT"),

st(id="s20", outlet="Orbit Today", byline="By Sam Okonkwo", date="Saturday, Sept. 14",
title="Startup Aurora Orbital launches first commercial weather satellite from New Zealand",
alt="Aurora Orbital's Cirrus-1 reaches orbit, first of planned 24-satellite weather fleet",
body="""Aurora Orbital, a startup founded by former NASA engineers, successfully launched its first weather satellite on Saturday, a step toward building a private constellation it says can deliver more frequent and more detailed forecasts than government systems.

The 180-kilogram satellite, named Cirrus-1, lifted off aboard a small rocket from a launch site on New Zealand's Mahia Peninsula at 2:14 p.m. local time and was deployed into a 550-kilometre orbit about an hour later. The company said it had established contact with the spacecraft.

Cirrus-1 carries a microwave sounder that measures temperature and humidity through the atmosphere, data that forecasters feed into computer models. Aurora plans to launch 23 more satellites by 2027, which would allow it to revisit any point on Earth every 30 minutes.

"Weather forecasting is still limited by how often we can observe the atmosphere," chief executive Dana Whitaker said. "A constellation changes that."

Aurora has raised $210 million from investors and signed a contract with the U.S. National Oceanic and Atmospheric Administration to test its data in the agency's forecast models.

Commercial weather satellites have grown rapidly as government agencies look to supplement ageing fleets. Some meteorologists have cautioned that private data can be costly and subject to licensing restrictions that limit sharing.

The company expects to begin sending test data to customers within three months.""",
fix=("Aurora has raised $210 million from investors", "Aurora has raised $240 million from investors"),
upd="Updated with comment from NOAA: an agency spokesperson said the evaluation would run for 12 months and would not commit the agency to buying data.",
copies="DEB"),

st(id="s21", outlet="Teal Valley Courier", byline="By Philip Dean", date="Monday 2 September",
title="Kingsford Bridge to close for 14 months for urgent repairs",
body="""The Kingsford Bridge, which carries about 38,000 vehicles a day across the River Teal, will close to all traffic for 14 months from January so engineers can replace corroded steel cables, the city council said on Monday.

An inspection in the spring found corrosion in 11 of the bridge's 48 suspension hangers, some of which had lost up to a third of their strength. The council imposed a 7.5-tonne weight limit in June while engineers drew up repair plans.

"We know this will be hugely disruptive, but public safety has to come first," council leader Ruth Edwards said. "The alternative is a much longer closure later, or worse."

The £46 million project will be funded mainly by a government grant. Pedestrians and cyclists will be able to use a temporary walkway on the structure for most of the closure.

Traffic will be diverted via the Eastgate and Mill Lane bridges, which council modelling suggests could add up to 25 minutes to journeys at peak times. Bus operators said they would redesign routes.

Businesses on both sides of the river expressed concern. "A lot of our trade comes from across the bridge. Fourteen months is a long time," said Jamal Hussain, who runs a café near the northern approach.

The 1930s bridge is a Grade II listed structure, and the repairs have been designed with the approval of heritage officials.""",
fix=("found corrosion in 11 of the bridge's 48 suspension hangers", "found corrosion in 12 of the bridge's 48 suspension hangers"),
copies="TQ"),

st(id="s22", outlet="Commodities Insight", byline="By Fernanda Lima", date="New York, July 22",
title="Arabica coffee hits 13-year high as Brazil frost fears grow",
body="""Arabica coffee futures jumped to their highest level in 13 years on Monday, as forecasts of frost in Brazil's main growing regions added to worries about tight supplies after two years of poor harvests.

The most active contract on the ICE exchange in New York rose as much as 6.8% to $2.74 per pound, before settling at $2.69. Prices have risen more than 60% since the start of the year.

Brazil's meteorological institute warned that temperatures could fall below freezing in parts of Minas Gerais and São Paulo states on Wednesday and Thursday, raising the risk of damage to coffee trees that could affect next year's crop.

"The market has no buffer left. Stocks in certified warehouses are at multi-year lows, so any weather scare moves prices a lot," said Luis Carvalho, a commodities analyst at Terra Agro Consultoria in São Paulo.

Robusta, the cheaper variety used mainly in instant coffee, also climbed, rising 3.1% in London to $4,820 a tonne.

Roasters have already raised prices for supermarket coffee several times this year, and some have warned of further increases. "Consumers will feel this in the next few months," said Anna Berg, who runs a speciality roastery in Hamburg.

Vietnam, the largest producer of robusta, has also suffered from drought, reducing exports.""",
fix=("rising 3.1% in London to $4,820 a tonne", "rising 3.4% in London to $4,835 a tonne"),
copies="BEH"),

st(id="s23", outlet="Health Systems News", byline="By Aaron Whitley", date="Tuesday, Nov. 12",
title="Cyberattack forces hospital network to divert ambulances, postpone surgeries",
body="""A cyberattack on the computer systems of Riverbend Health, which runs nine hospitals across the region, forced it to divert ambulances and postpone non-urgent surgeries on Tuesday, officials said.

The network detected "unusual activity" on its servers early on Monday and took many systems offline as a precaution, including electronic health records, laboratory systems and online appointment booking. Staff have reverted to paper records.

Emergency departments remained open, but ambulances carrying patients with strokes, heart attacks and serious trauma were being sent to other hospitals where possible, a spokesperson said. More than 300 procedures were postponed.

"Patient safety is our top priority, and we have plans in place for exactly this kind of situation," chief executive Dr. Samuel Okoye said. "But I won't pretend this isn't difficult for our staff."

Riverbend said it was working with cybersecurity specialists and the FBI. It did not say whether it had received a ransom demand, but two people familiar with the matter said the attack bore the hallmarks of a ransomware group that has targeted several health systems this year.

It was not yet clear whether patient data had been stolen. The network said it would notify affected patients if necessary.

Health care has become one of the most frequent targets of ransomware gangs, which see hospitals as likely to pay quickly to restore critical systems.""",
fix=("More than 300 procedures were postponed.", "More than 350 procedures were postponed."),
copies="BTQR"),

st(id="s24", outlet="RunnersWorld Daily", byline="By Maria Gonzalez", date="Sunday, Oct. 13",
title="Kiprono breaks Lakeshore Marathon course record",
alt="Kenya's Kiprono smashes Lakeshore course record with 2:04:51",
body="""Kenya's Daniel Kiprono broke the Lakeshore Marathon course record on Sunday, finishing in 2 hours, 4 minutes and 51 seconds in cool, still conditions to win the race by more than a minute.

The 27-year-old broke away from a lead group of five at around the 32-kilometre mark and ran the second half of the race in 61:58. The previous record of 2:05:37 had stood since 2019.

Ethiopia's Tesfaye Alemu was second in 2:06:02, and Kiprono's training partner Geoffrey Rotich was third in 2:06:40.

"I felt strong after 30K and I decided to go," Kiprono said. "The crowd in the last five kilometres carried me."

In the women's race, Ethiopia's Almaz Bekele won in 2:20:14, pulling away from Kenya's Ruth Chebet in the final two kilometres. Chebet finished second in 2:20:49.

Organisers said a record 41,200 runners started the race, which raised more than $12 million for local charities.

Kiprono, who ran his first marathon only two years ago, said he hoped the result would earn him a place on Kenya's team for the world championships.""",
fix=("was third in 2:06:40", "was third in 2:06:44"),
copies="EB"),

st(id="s25", outlet="Port Aldridge Star", byline="By Linda Osei", date="Saturday, March 9",
title="New Eastside metro line opens, cutting commute to downtown by 20 minutes",
alt="Eastside line opens nine months late as thousands queue for first trains",
body="""Port Aldridge's new Eastside metro line opened to passengers on Saturday, connecting fast-growing suburbs to the city centre and cutting some commutes by up to 20 minutes.

The 16-kilometre line has 12 stations, eight of them underground, and runs from Harbour Square to the Millgate bus interchange. Trains will run every four minutes at peak times and every eight minutes off-peak.

The $4.1 billion project opened nine months behind schedule and about $600 million over its original budget, largely because of difficult ground conditions under the old docks, transport officials said.

"This line changes what's possible for people living on the east side," Mayor Christine Doyle said at an opening ceremony at Harbour Square. "Jobs, hospitals, universities — they're all within half an hour now."

Thousands of people queued for the first trains, and rides were free all weekend. "I've been watching them dig this for six years," said retired teacher George Papas, who rode the line from end to end. "It was worth the wait."

The transit authority expects the line to carry about 110,000 passengers a day by 2027. Several bus routes on the east side will be redrawn next month to feed into the new stations.

Work is due to begin next year on a 5-kilometre extension to the airport.""",
fix=("expects the line to carry about 110,000 passengers a day", "expects the line to carry about 120,000 passengers a day"),
upd="Updated with comment from the transit authority: a spokesperson said 64,000 trips were recorded on the opening day.",
copies="BTDE"),

st(id="s26", outlet="Workplace Today", byline="By Fiona Grant", date="Wednesday 30 October",
title="Minimum wage to rise 6.2% in April, government confirms",
body="""The national minimum wage will rise 6.2% to £12.15 an hour from April, the government confirmed on Wednesday, giving a full-time worker on the lowest rate an extra £1,300 a year.

The increase, recommended by the independent Low Pay Commission, will benefit about 3 million workers. The rate for 18- to 20-year-olds will rise 9.1% to £9.85, as ministers move toward a single adult rate.

"Nobody who works full time should struggle to make ends meet," the employment minister said. "This is a pay rise for millions of the lowest-paid workers in the country."

Business groups warned that the increase, combined with higher employer taxes, would put pressure on small firms in hospitality and retail. "Many will have to cut hours, freeze hiring or raise prices," said Jane Whitcombe of the Federation of Independent Retailers.

Unions welcomed the rise but said it should go further, pointing to the voluntary "real living wage", which is calculated from the cost of living and stands at £12.60 outside the capital.

The Low Pay Commission estimates that the minimum wage is now worth about 61% of median hourly earnings, meeting the government's target.

Apprentices will see their minimum rate rise to £7.55 an hour.""",
fix=("will benefit about 3 million workers", "will benefit about 3.1 million workers"),
copies="BQ"),

st(id="s27", outlet="Aotearoa Nature Desk", byline="By Hana Parata", date="Tuesday, 11 February",
title="Rescuers refloat 34 pilot whales after mass stranding at Farewell Spit",
body="""Volunteers and conservation staff refloated 34 long-finned pilot whales on Tuesday after a pod of about 50 stranded overnight near Farewell Spit at the top of New Zealand's South Island.

The whales were discovered at first light by a tour operator. Sixteen had died by the time rescuers arrived, and two more were euthanised because of their condition, the Department of Conservation said.

More than 200 volunteers kept the surviving whales cool and wet through the morning, covering them with sheets and pouring seawater over them, before the rising tide allowed the animals to be refloated in the early afternoon.

"It's been an emotional day, but the volunteers have been incredible," said Department of Conservation ranger Mere Tawhai. "We'll be watching closely to make sure they don't restrand tonight."

Farewell Spit, a long, curving sandbar with shallow, gently sloping waters, is one of the world's most common sites for mass strandings. Scientists believe the shape of the bay may confuse the whales' echolocation.

Rescue organisers asked people with wetsuits and experience to be on standby. Members of the public were urged to stay away from the whales unless directed by rescue staff.

Local iwi will be consulted on the burial of the dead whales, in line with tradition.""",
fix=("More than 200 volunteers kept the surviving whales", "More than 250 volunteers kept the surviving whales"),
copies="HTB"),

st(id="s28", outlet="Bristow Observer", byline="By Neil Armitage", date="Thursday 21 November",
title="Government approves second runway at Bristow Airport despite climate objections",
body="""The government approved plans on Thursday for a second runway at Bristow Airport, overruling local councils and environmental groups who argued the expansion was incompatible with the country's climate targets.

The £3.2 billion project will allow the airport to increase capacity from 12 million to 23 million passengers a year by 2040. Construction could start in 2027, with the runway opening in 2031.

The transport secretary said in a written statement that the economic benefits, including an estimated 5,500 new jobs, outweighed the harm, and that the airport would be required to meet strict noise limits and a cap on night flights.

"This is a dark day for residents who will live under the flight path," said Councillor Meera Shah, leader of Bristow District Council, which fought the plans at a public inquiry. The council said it was considering a legal challenge.

Campaign group Grounded Skies said the decision "makes a mockery" of the government's climate commitments. Aviation accounts for about 8% of national greenhouse gas emissions, according to the government's climate advisers.

The airport's chief executive, Simon Drake, said the runway would be built to accommodate more efficient aircraft and that the airport would be carbon neutral in its own operations by 2030.

Passenger numbers at Bristow recovered to pre-pandemic levels last year, and the airport has operated close to capacity during the summer peak.""",
fix=("including an estimated 5,500 new jobs", "including an estimated 5,800 new jobs"),
upd="Updated with comment from Bristow District Council: the council confirmed on Friday that it had instructed lawyers to prepare an application for judicial review.",
copies="BER"),

st(id="s29", outlet="FoodSafety Watch", byline="By Kelly Brooks", date="Friday, June 7",
title="Greenleaf recalls bagged salads over possible listeria contamination",
body="""Greenleaf Farms is recalling several bagged salad products sold at major supermarkets in 11 states because they may be contaminated with listeria, the company and the Food and Drug Administration said on Friday.

The recall covers 5-ounce and 10-ounce bags of Greenleaf Spring Mix, Baby Spinach and Power Greens with best-by dates between June 3 and June 14. The products were sold at stores including Freshway, ValuMart and Corner Grocer.

The problem was discovered during routine testing by a state agriculture department, which found Listeria monocytogenes in a sample of Spring Mix. No illnesses have been reported so far.

Listeria can cause serious and sometimes fatal infections in young children, older people and those with weakened immune systems. Pregnant women are also at higher risk, as infection can lead to miscarriage or stillbirth.

"Out of an abundance of caution, we have paused production on the affected line while we investigate," Greenleaf said in a statement.

Consumers who bought the products should throw them away or return them for a full refund. The company has set up a helpline for questions.

Symptoms of listeriosis, which can appear up to 70 days after exposure, include fever, muscle aches, headache and stiff neck.""",
fix=("sold at major supermarkets in 11 states", "sold at major supermarkets in 12 states"),
copies="TB"),

st(id="s30", outlet="Maritime Ledger", byline="By Joao Pereira", date="Monday, Jan. 15",
title="Container ships queue outside Port of Valmore as strike and storms snarl cargo",
alt="Valmore port backlog hits 40 ships, longest queue since 2021",
body="""More than 40 container ships were waiting to berth outside the Port of Valmore on Monday, the longest queue since 2021, after a week of storms and a 24-hour dock workers' strike brought operations to a near standstill.

Average waiting times for vessels rose to six days from less than one day at the start of the month, according to data from shipping analytics firm Portwatch. About 180,000 containers are stuck on the waiting ships.

The port authority said it was running extra shifts and had opened an overflow yard to clear containers that had piled up on the quays. "We expect the backlog to ease over the next two to three weeks, weather permitting," said port director Ana Ferreira.

Importers said the delays were already affecting supplies of car parts and consumer electronics. Some carriers have begun diverting ships to neighbouring ports, adding road haulage costs.

Spot rates for shipping a container from Asia to Valmore rose 12% last week, according to freight index provider FreightIQ.

The dock workers' union said further stoppages were possible if negotiations over automation at the port's new terminal did not make progress.

Valmore handles about a quarter of the country's container imports, and business groups have called on the government to help fund a second deep-water berth.""",
fix=("rose 12% last week, according to freight index provider FreightIQ", "rose 14% last week, according to freight index provider FreightIQ"),
copies="BQE"),
]


# Hard negatives: same topic as s01..s12 (and each other), different story.
HARD_TOPIC = [
st(id="h01", pair="s01", outlet="Kowloon Economic Review", byline="By Alan Yip", date="Hong Kong, Thursday 6 June 2024",
title="Electric van maker picks Yuen Long for Hong Kong assembly line, citing subsidies",
body="""A Shenzhen-based electric van maker said on Thursday it would build a vehicle assembly line at the Yuen Long Industrial Estate, becoming the latest clean-tech manufacturer to take up the Hong Kong government's offer of subsidised land and research funding.

Sunmoor Electric Vehicles said the HK$900 million facility would assemble light electric vans and minibuses from imported battery packs and drivetrains, with capacity for 8,000 vehicles a year once fully running in 2026. It expects to hire around 300 workers.

"Hong Kong gives us a brand that buyers in Europe and the Middle East trust, and a place to do final assembly and testing," said the company's president, Cheng Wai-ming. "The heavy parts of the supply chain will stay across the border."

The announcement comes as the government tries to revive manufacturing in the city through its reindustrialisation programme, which offers land at below-market rents, fast-track approvals and matching grants through the Hong Kong Science and Technology Parks Corporation.

Unlike battery production, vehicle assembly is labour-intensive, and some analysts questioned whether the economics would hold. "Wages in Hong Kong are three to four times those in Guangdong. Unless the line is highly automated, the subsidy is doing a lot of the work," said Raymond Tse, an auto analyst at Pacific Crest Research.

Sunmoor said the first vans, aimed at logistics companies and the city's green minibus fleet, would roll off the line in the second half of next year. It has signed a memorandum of understanding with two local delivery firms for 1,100 vehicles.

Lawmakers representing the New Territories welcomed the jobs but asked for assurances about lorry traffic on roads around the estate, which residents say is already congested."""),

st(id="h02", pair="s02", outlet="Capital Markets Daily", byline="By Ethan Morales", date="Washington, September 18",
title="Fed cuts rates by half a point to 4.75%-5%, first reduction in four years",
body="""The Federal Reserve lowered its benchmark interest rate by half a percentage point on Wednesday, its first cut in more than four years, bringing the federal funds rate to a range of 4.75% to 5% as policymakers shifted their focus from inflation to a cooling labour market.

In a statement released after its two-day meeting, the Federal Open Market Committee said it had "gained greater confidence that inflation is moving sustainably toward 2%" and judged that the risks to its employment and inflation goals were "roughly in balance."

Updated projections showed the median official expects a further half point of cuts by the end of the year and another full percentage point next year. One governor dissented, preferring a quarter-point move.

Policymakers lowered their forecast for core inflation this year to 2.6% from 2.8% and raised their projection for the unemployment rate at year-end to 4.4% from 4.0%. Growth is seen at 2.0%.

Markets swung after the announcement. The S&P 500 closed down 0.3% after briefly rising to a record, while the yield on the two-year Treasury note fell to 3.55%.

"A half-point move tells you they think they are behind," said Jonah Whitfield, head of global macro at Calder Bay Advisors. "They want to get ahead of any further weakening in hiring rather than chase it."

The next policy meeting is scheduled for November 6-7."""),

st(id="h03", pair="s03", outlet="Northern Football Weekly", byline="By Chris Hallam", date="Tuesday 16 January",
title="Ashby United knock Rovers out of county cup with 3-0 win",
body="""Ashby United beat Riverside Rovers 3-0 at the Croft Road ground on Tuesday night to reach the semi-finals of the County Senior Cup, gaining revenge for their league defeat at Millfield Park in October.

Callum Reid scored twice for Ashby, opening the scoring in the 14th minute with a low shot from the edge of the area and adding a second from the penalty spot before half-time after Rovers defender Marc Ellis handled.

Rovers, who made seven changes from Saturday's league win, struggled to create chances. Daniel Okafor, starting up front, had a header cleared off the line shortly after the break, but Ashby goalkeeper Liam Pryce was otherwise untroubled.

Ashby sealed it in the 78th minute when substitute Kieran Moss ran onto a long ball and lifted it over Rovers keeper Josh Adeyemi.

"That's the performance we've been waiting for," Ashby manager Gary Whitmore said. "We were sharp, we were aggressive, and we didn't give them a sniff."

Rovers manager Steve Collins said he had no regrets about rotating his squad. "The league is the priority. Some of the younger lads will have learned a lot tonight."

Ashby will face Hollins Town or Sedge Athletic in the semi-finals next month. The attendance was 1,987."""),

st(id="h04", pair="s04", outlet="Dunmore Evening Echo", byline="By Sarah Pickering", date="Friday, 8 November",
title="Dunmore warehouse fire likely started in electrical cabinet, investigators say",
body="""Investigators believe an electrical fault in a loading bay caused the fire that destroyed a distribution warehouse on the Dunmore Industrial Park early on Thursday, the county fire and rescue service said on Friday.

Group commander Lee Harding said initial findings pointed to a distribution cabinet near the building's north-east loading doors, where the fire appears to have started before spreading into racking containing furniture and household goods. "At this stage we are not treating the fire as suspicious," he said.

One of the three Brackley Freight workers taken to hospital with smoke inhalation remains in a serious but stable condition. The other two were discharged on Thursday evening.

Crews remained at the site through Friday damping down hotspots, and the A614 reopened to traffic at 6am after being closed for more than a day. Environmental health officers said air-quality readings in Fenwick Road and surrounding streets had returned to normal.

Brackley Freight said around 120 staff who worked at the site would be temporarily redeployed to its depots in Newark and Mansfield. "Nobody will lose their job because of this fire," managing director Paula Greaves said.

The company said it was too early to estimate the cost of the damage, but local business leaders said the loss of the warehouse would disrupt deliveries to retailers across the region ahead of the holiday period.

The Health and Safety Executive has been informed and is expected to review maintenance records for the building's electrical systems."""),

st(id="h05", pair="s05", outlet="Pacific Wire Service", byline="By Lucía Herrera", date="Santiago, Saturday",
title="Magnitude 5.9 earthquake hits northern Chile near Iquique, buildings evacuated",
body="""A magnitude 5.9 earthquake struck northern Chile on Saturday afternoon near the port city of Iquique, prompting the evacuation of some office buildings and a shopping centre but causing no reported deaths, officials said.

The quake hit at 3:47 p.m. local time at a depth of 95 kilometres, about 45 km east of Iquique, according to the national seismological centre. It was felt as far away as Arica and Calama.

The national disaster agency said it had received reports of cracks in a school gymnasium in Alto Hospicio and a rockfall that briefly blocked Route 16, but no serious injuries. Power was cut to about 5,000 customers.

Because the quake's epicentre was inland and relatively deep, the navy's hydrographic service said there was no risk of a tsunami along the Chilean coast.

"We ran out into the street. People were calm, but you could hear the windows rattling," said Camila Orellana, who works at a bank in central Iquique.

Mining companies in the Tarapacá region said they had paused some operations for safety inspections. It was the strongest quake in northern Chile since a magnitude 6.4 tremor off Mejillones three weeks ago.

Chile, which sits on the Pacific "Ring of Fire," records thousands of tremors a year. Seismologists said Saturday's quake was not related to the earlier event."""),

st(id="h06", pair="s06", outlet="The Ledger Street Journal", byline="By Amanda Kirk", date="October 22",
title="Northwind Airlines third-quarter profit falls as fuel costs climb",
body="""Northwind Airlines said on Tuesday its third-quarter net profit fell 27% to $311 million, as higher fuel prices and softer fares on domestic routes offset record passenger numbers over the summer.

Revenue rose 4% to $4.9 billion, in line with analysts' expectations. Adjusted earnings per share were 81 cents, compared with a consensus forecast of 89 cents.

Unit revenue, a closely watched measure of pricing power, fell 1.5% from a year earlier, hurt by discounting on domestic routes where competitors added capacity. Fuel costs per gallon rose 14%, while costs excluding fuel rose 4%.

"Premium and international demand remains strong, but the domestic market is oversupplied," chief executive Laura Benning said on a call with analysts. "We are trimming capacity for the winter."

The airline cut its full-year forecast for adjusted earnings to $2.70 to $2.90 per share, from $3.10 to $3.40 previously, and said fourth-quarter capacity would be flat compared with a year earlier.

Northwind said it had now received 19 of the 31 new jets it expected this year and that it would retire 10 older aircraft by the end of the first quarter.

Shares fell 6.2% in premarket trading."""),

st(id="h07", pair="s07", outlet="Millbrook Tribune", byline="By Kevin Walsh", date="Wednesday, Sept. 18",
title="Millbrook council delays vote on downtown bus lanes after heated debate",
body="""Millbrook City Council postponed a vote on Tuesday night on a plan to convert parking lanes on Harrison Avenue and River Road into dedicated bus lanes, after members said they needed more information about the impact on businesses.

The $6.5 million proposal from the city's transit agency would create 5 miles of red-painted bus-only lanes and add signal priority at 22 intersections, which officials say would cut rush-hour journey times on the busiest routes by up to eight minutes.

More than 70 people signed up to speak during public comment, which stretched past midnight. "The bus is how I get to work. Every morning I watch it sit in traffic behind people looking for parking," said Keisha Turner, a nurse who rides the No. 4 bus.

Business owners on Harrison Avenue said the loss of about 90 on-street parking spaces would hurt trade. "We have already lost parking for the bike lanes on Elm Street. Now this," said Rosa Delgado, who runs a bakery on the avenue.

Council member Diane Park moved to delay the vote until the transit agency presents a study of loading zones and delivery access. The motion passed 5-4.

The council is expected to take up the proposal again in six weeks. Mayor Alan Reyes said he supported the plan but respected the council's "wish to get the details right.\""""),

st(id="h08", pair="s08", outlet="BioPharma Dispatch", byline="By Rachel Stein", date="November 13",
title="Calveron migraine drug fails to beat placebo in mid-stage trial, shares fall",
body="""Calveron Therapeutics said on Wednesday its experimental migraine drug failed to significantly reduce monthly migraine days compared with a placebo in a mid-stage trial, sending its shares down 18%.

The phase 2 study of the drug, CLV-207, enrolled 612 adults with episodic migraine in the United States and Canada. Patients on the highest dose had 3.1 fewer migraine days per month after 12 weeks, compared with 2.6 fewer days on placebo.

The difference was not statistically significant. A lower dose performed worse than placebo on some secondary measures.

The drug was generally well tolerated, the company said, though more patients on CLV-207 reported nausea and dizziness.

"The placebo response in migraine trials is notoriously high, but this is a clear miss," said Dr. Samuel Ortega, a neurologist at Lakeview University Medical Center who was not involved in the study.

Calveron said it would review the full data before deciding whether to continue development. The company's late-stage heart failure drug relmacardin, which it plans to file for U.S. and European approval by the end of the year, remains its main focus.

Analysts at Brightwater Securities cut their price target on the stock to $54 from $61."""),

st(id="h09", pair="s09", outlet="South China Coast Times", byline="By Jason Ho", date="Tuesday, 17 September",
title="Hong Kong issues No. 8 signal for Typhoon Dalmar as storm brushes city overnight",
body="""The Hong Kong Observatory hoisted the No. 8 gale or storm signal at 9.20pm on Tuesday as Typhoon Dalmar passed south of the city, the third time this season the warning has been raised.

At 11pm, Dalmar was centred about 110 kilometres south-southeast of Hong Kong and moving west at about 20km/h. Maximum sustained winds near its centre were estimated at 130km/h.

The Observatory said it expected to replace the No. 8 signal with the No. 3 strong wind signal between 5am and 7am on Wednesday, meaning the morning trading session on the stock exchange and school classes could go ahead as normal.

Ferry services to Macau and outlying islands were suspended for the night, and the Airport Authority said 34 flights had been cancelled. MTR trains ran as normal apart from reduced frequency on open-air sections.

Seventy-four people sought refuge in government temporary shelters. Police received reports of fallen scaffolding in Mong Kok and a collapsed signboard in Sham Shui Po, but no injuries.

The storm is the second to prompt a No. 8 signal in less than a month, after Typhoon Pinara shut schools and the stock exchange in late August.

Dalmar is expected to weaken to a severe tropical storm before making landfall near Zhanjiang on Wednesday night."""),

st(id="h10", pair="s10", outlet="Midlands Post", byline="By Owen Griffiths, Transport Correspondent", date="Monday 16 September",
title="Midland Rail strike called off after late-night pay deal",
body="""A 48-hour strike by train drivers and station staff at Midland Rail that was due to start on Tuesday has been called off after the company and the Rail and Transit Workers' Union reached a provisional agreement in late-night talks.

The deal, brokered by the conciliation service after 14 hours of negotiation, offers a 6% pay rise backdated to April and a further 1.5% from January, the union said. Plans to change rostering have been dropped.

Midland Rail has also agreed that no ticket offices will close before the end of 2025 and that any later closures will be subject to consultation.

"This is a good deal that our members have won by being prepared to stand up for themselves," RTWU general secretary Karen Doyle said. Members will vote on the offer over the next three weeks.

Midland Rail's chief operating officer, Ian Pritchard, said full timetables would run on Tuesday and Wednesday. "We're pleased that passengers won't face disruption and grateful to everyone who worked through the night," he said.

Business groups welcomed the news. City-centre retailers and hospitality firms had warned that the strike, which would have been the first on the network since 2019, would have cost them millions in lost trade.

Passengers who bought tickets for alternative travel on the strike days will be able to claim refunds."""),

st(id="h11", pair="s11", outlet="GadgetLine", byline="By Tomasz Nowak", date="Paris, Oct. 9",
title="Lumora launches X6 with periscope zoom and faster charging, raises price",
body="""Smartphone maker Lumora unveiled its X6 flagship on Wednesday, adding a periscope telephoto lens and 120-watt wired charging as it tries to build on better-than-expected sales of last year's X5 in Europe.

The X6 has a 6.8-inch display, Lumora's new Aster 4 processor and a 6,400 mAh battery. It will start at 999 euros in Europe, 100 euros more than its predecessor at launch, and go on sale on Oct. 22.

Chief executive Viktor Hale said at a launch event in Paris that the X5 had sold "more than twice" the company's internal target. "People told us they loved the battery. Now we've given them a camera that can zoom," he said.

The X6 keeps a 200-megapixel main camera and adds a 50-megapixel periscope lens with 5x optical zoom. Lumora says the phone can charge from empty to full in 19 minutes.

Lumora shipped 34 million smartphones last year, according to research firm DataSphere, up from 28 million the year before, and its share of the European market rose to 6%.

"The price increase is a gamble," said Nadia Kowalski, a senior analyst at DataSphere. "Lumora has won people over on value. At 999 euros, it is competing head-on with the biggest brands."

A cheaper X6 Lite will follow in November at 579 euros."""),

st(id="h12", pair="s12", outlet="Halverston Herald", byline="By Nicole Brandt, State Politics Reporter", date="Saturday, Nov. 2",
title="Civic Party narrows gap in final week of Halverston campaign, poll shows",
body="""The governing Civic Party has narrowed the opposition Progressive Alliance's lead to two points with a week to go before the Halverston provincial election, according to a poll released on Saturday.

The survey by Pollwise, conducted for Channel 6, put the Progressive Alliance on 36% of first-preference votes, the Civic Party on 34%, the Greens on 12% and independents and minor parties on 18%.

After preferences, the Progressive Alliance led 51% to 49%, within the poll's margin of error of 3 percentage points. The poll of 1,006 voters was conducted by phone from Wednesday to Friday.

Premier Janet Holloway's approval rating rose to 43%, up from 39% in a Meridian Research poll two weeks ago, while opposition leader Ravi Menon's approval stood at 40%.

Cost of living remained the most important issue, nominated by 38% of respondents, ahead of health (22%) and housing (15%).

"The government's energy rebate announcement seems to have landed," said Pollwise's managing director, Leanne Ford. "This is now a genuine contest."

Voting takes place next Saturday, Nov. 9. Early voting centres opened on Monday."""),
]
