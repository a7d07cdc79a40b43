"""textset-dev34, writer A, part 2: English cases en-013 .. en-024.

More sentence-shaped furniture in the middle and at the top of the page: video and podcast promos,
affiliate and press-trip disclosures, trust statements, methodology notes, membership appeals,
content notes and helplines, editor's notes, automated-content notes, partnership credits.
Tagged line lists for ../textset-dev20/src/make_cases.py.
"""

CASES = [
dict(id="en-013", lang="en", hard=False, opts="",
     notes="Arts review on a city magazine: star rating and venue lines are story; a video promo in prose and a "
           "teaser paragraph for a related story sit mid-review (other, related_links); two photo captions.",
     text="""
nav|Harbour & Hill Magazine
nav|Arts › Exhibitions
T|Review: Selma Oduya's glass rooms turn the old gasworks into a lantern
oth|Words: Callum Breen
B|★★★★☆
B|The Gasholder Gallery, Portside, until 28 February. Tickets £9.
C|Selma Oduya's "Third Lantern" fills the main hall of the Gasholder Gallery. Photo: Noor Aziz
B|Walk into the main hall of the old gasworks on a grey afternoon and the first thing you notice is the colour of your own hands.
B|Oduya has hung 3,000 panes of hand-blown amber glass from the iron ribs of the gasholder, so daylight arrives already tinted and slowed.
oth|Watch: our critic walks through the exhibition with the artist in a four-minute film. Press play on the video above to start it.
B|The smaller rooms upstairs are less sure of themselves.
B|A corridor of mirrored glass boxes feels like a trade-fair stand, and the soundtrack of recorded furnace noise soon wears thin.
C|Visitors in the mirrored corridor on the upper floor. Photo: Noor Aziz
rel|You might also like: The potters of Dunmere Street. A family workshop that has fired the same clay for five generations is opening its doors to visitors for the first time.
B|But the main hall alone is worth the ticket, and worth going back to at a different time of day.
sh|Share this review
nav|Arts  Food  Nightlife  What's on
"""),

dict(id="en-014", lang="en", hard=False, opts="crlf",
     notes="Consumer money site: an affiliate disclosure under the headline (disclaimer), a trust and independence "
           "statement mid-page (other), list items of the story kept, newsletter sign-up at the bottom.",
     text="""
nav|PennyWise
nav|Banking · Savings · Mortgages · Energy · Guides
T|Five easy-access savings accounts now paying more than 4.5%
dis|We may earn a commission if you open an account through links on this page. This does not affect which products we include or how we rank them.
oth|By Hamish Torrance · Last checked: 7 December 2026
B|Rates on easy-access savings have crept up again after two banks raised their offers this week.
B|These are the best accounts we found that let you withdraw money without notice:
B|Fernleigh Bank Everyday Saver: 4.81%, opened from £1
B|Quayside Building Society Instant Access: 4.70%, branch or app
B|Northmoor Direct Saver: 4.66%, app only
B|Birchwood Online Saver: 4.55%, limit of three withdrawals a year
B|Caldera Bank Flex: 4.52%, includes a 0.6% bonus for 12 months
oth|Why trust PennyWise? Our money team compares more than 900 savings accounts every weekday, and no provider can pay to appear in our tables or to change what we say about them.
B|Rates can be cut at any time, so it is worth checking your account every few months.
nl|Get the best savings rates in your inbox every Friday. Sign up to our free money-saving email.
nl|Your email address
nl|Subscribe
"""),

dict(id="en-015", lang="en", hard=False, opts="ws",
     notes="Regional news site, student mental health story: a content note at the top and a helpline box after the "
           "story (other), byline and stamp (other), share bar and a related block (related_links).",
     text="""
nav|Westvale Evening Post
oth|This story discusses suicide and self-harm.
T|University to double counsellors after students wait up to ten weeks for help
oth|Nadia Farrell, Education Reporter
oth|Published 1 December 2026 | Updated 2 December 2026
sh|Share
B|The University of Westvale will recruit 14 more counsellors after a student survey found some had waited ten weeks for a first appointment.
B|The survey of 2,400 students, run by the students' union, found one in five had tried to get mental health support in the past year.
B|Of those, more than half said they had given up before being seen.
B|"I was told the next slot was after my exams had finished," one second-year student said.
B|The university said the new posts would cost £900,000 a year and would be filled by March.
B|It will also introduce same-day drop-in sessions in the library and the sports centre.
oth|Help and support: If you're struggling or worried about someone, you can talk to Samara Listening Line free at any hour on 116 555, or text SHOUT to 85550. In an emergency, call 999.
rel|Related stories
rel|Students' union votes to scrap exam resits fee
rel|Rents in Westvale student halls up 12% in a year
"""),

dict(id="en-016", lang="en", hard=False, opts="",
     notes="Local election results page: results list lines are story; an 'about this data' methodology paragraph "
           "mid-page and live update stamps (other), navigation, share bar.",
     text="""
nav|Kinross Valley Gazette
nav|Elections 2026 › Results
T|Greens win Dunmore ward by 41 votes after two recounts
oth|Live · Last updated 3:47am
B|The Green Party's Elspeth Marr has won the Dunmore ward of Kinross Valley Council by 41 votes after two recounts that went on until almost 3am.
B|Elspeth Marr (Green) 1,284
B|Gordon Baillie (Independent) 1,243
B|Fiona Cairney (Labour) 906
B|Ross Imrie (Conservative) 412
B|Turnout was 38.2%.
oth|About this data: results are entered by our reporters at each count and checked against the returning officer's declaration. Percentages are rounded and may not add up to 100.
B|Ms Marr said the result showed that "people in Dunmore want the bus depot kept open."
B|Mr Baillie, who held the seat for 12 years, said he would not challenge the result.
sh|Share results
rel|See results for all 18 wards
"""),

dict(id="en-017", lang="en", hard=False, opts="single",
     notes="Popular-science magazine: a membership appeal in prose between story paragraphs and a Welsh-language "
           "switch line on top (other, navigation), a photo caption with credit, an about-the-author line at the end.",
     text="""
nav|Fathom
nav|Read this article in Welsh (Cymraeg)
T|The mudflat worms that can survive a week without oxygen
oth|6 minute read
C|A lugworm cast on the mudflats at Aberheli. Image: Gwen Pryce/Fathom
B|At low tide, the mudflats at Aberheli are covered in coiled casts, the sandy leftovers of lugworms feeding below.
B|Biologists at Mynydd University have now shown that the worms can survive for seven days in mud with no oxygen at all.
B|They switch to a kind of fermentation that produces succinate instead of lactic acid, which spares their muscles from damage.
oth|Fathom is a nonprofit with no paywall and no shareholders. If you enjoyed this story, become a member from £4 a month and help keep science reporting free for everyone.
B|The team hopes the finding could help surgeons protect organs during transplant.
B|"It's a long road from a worm to a kidney," said lead author Dr Rhodri Lloyd, "but the chemistry is surprisingly similar."
oth|Sioned Hale is Fathom's marine science writer. She lives on the Gower and has been stung by every jellyfish in the Bristol Channel.
nav|Topics: biology, oceans, Wales
"""),

dict(id="en-018", lang="en", hard=False, opts="",
     notes="Property news site: teaser paragraphs of related stories without headlines, placed mid-page and "
           "at the bottom (related_links), a cookie notice in long sentences at the very bottom (cookie_banner).",
     text="""
nav|HomeTruths
nav|News | Buying | Renting | Mortgages
T|Rents in Carrow fall for the first time in six years as new flats open
oth|Imran Stockwell · 7 Dec 2026
B|Average asking rents in Carrow fell by 1.8% in the three months to November, the first quarterly fall since 2020, according to letting agents Pryor & Lund.
B|The agency said about 1,100 new flats had come onto the market in the city centre since the summer.
rel|Elsewhere: first-time buyers in Carrow now need a deposit of £31,000 on average, up from £24,000 five years ago, a separate survey has found.
B|A typical two-bedroom flat in the centre now lets for £1,185 a month.
B|Tenants' group Carrow Renters United said the fall was "welcome but tiny" after rents rose by a third in five years.
B|Landlords with older properties had been cutting rents to compete, said Pryor & Lund director Joy Adebayo.
sh|Share on Facebook  Share on X  Share by email
rel|The buy-to-let landlords selling up before the new licensing rules arrive, and who is buying their homes instead.
rel|Why Carrow's newest tower block has 200 flats and just 11 parking spaces.
ck|This website uses cookies. Some are essential to make it work; others help us understand how you use it so we can improve it. We will not set optional cookies unless you say yes. Read our cookie policy to find out more.
ck|Yes, that's fine
ck|No thanks
"""),

dict(id="en-019", lang="en", hard=False, opts="nofinal",
     notes="Travel section scraped without a headline: a press-trip disclosure on top and a prices note below "
           "(disclaimer), a reading-time sentence (other), newsletter sign-up and a related teaser.",
     text="""
nav|The Wayfarer
nav|Travel / Europe / Portugal
oth|This is a 7-minute read.
dis|The author travelled as a guest of Visit Serra Alta. The tourist board did not see this article before it was published.
B|The bus from Coimbra drops you at the edge of Vila Serrana just as the bakery pulls its last tray of broa from the oven.
B|It is the only bakery in a village of 340 people, and by 10am the maize bread is gone.
B|Walkers come for the Trilho dos Moinhos, a 14km loop that passes nine restored watermills.
B|Getting there: buses run twice daily from Coimbra (2 hours, €8.40).
B|Where to stay: Casa do Moleiro has five rooms in a converted mill from €75 a night, breakfast included.
dis|Prices were correct at the time of publishing but may change. Always check with providers before you book.
nl|Love a slow trip? Sign up for The Wayfarer Weekly and get one hidden-away destination every Thursday.
rel|Read more: A week on Portugal's quietest coast, from Aveiro to Figueira
"""),

dict(id="en-020", lang="en", hard=False, opts="",
     notes="Court report on a city paper: an editor's note on changed names on top (other), comments closed for "
           "legal reasons (comments), a contact-the-reporter line and a tip line (other), menu and stamp.",
     text="""
nav|Ashbury Standard
nav|News  Crime  Courts  Politics  Sport
oth|Editor's note: The names of the children in this story have been changed because a court order forbids publishing anything that could identify them.
T|Foster carer cleared of neglect after jury hears of 'impossible' caseload
oth|By Greta Lindqvist, Courts Reporter
oth|December 5, 2026 at 6:05 p.m.
B|A foster carer accused of neglecting three children in her care has been found not guilty after a two-week trial at Ashbury Crown Court.
B|Carol Denning, 58, had looked after 23 children over 17 years.
B|Jurors heard that social workers visited her home only twice in the 14 months before the children, referred to in court as Amy, Leo and Sam, were removed.
B|Her barrister told the jury she had been "left to sink by an overwhelmed system."
B|Ms Denning wept as the verdicts were read.
B|Ashbury County Council said it would review the case.
com|Because of the court order protecting the children, we are unable to host reader comments on this report.
oth|Greta Lindqvist can be reached at glindqvist@ashburystandard.example.
oth|Have a story about family courts or the care system? Email our newsroom in confidence at tips@ashburystandard.example.
rel|Also in Courts: Landlord fined £40,000 over mould in Castle Road flats
"""),

dict(id="en-021", lang="en", hard=False, opts="",
     notes="Markets news page: an index strip on top, an automated-content note (other), a persuasive trading-app "
           "promo in prose mid-story (crypto_promo), a risk disclaimer and a stock quote box.",
     text="""
tk|DOW 44,102.55 ▲0.31%  NASDAQ 19,876.20 ▼0.12%  10Y 4.18%  GOLD $2,611.40
nav|MarketPulse › Stocks › Industrials
T|Harlan Rail shares jump 9% on freight contract with Delano Steel
oth|This article was produced with the help of automated tools, using company filings and market data, and was reviewed by a MarketPulse editor before publication.
oth|Dec 7, 2026 10:22 AM ET
B|Shares of Harlan Rail Corp jumped 9% in morning trade after the freight operator said it had won a seven-year contract to haul steel coil for Delano Steel.
B|The contract is worth about $1.1bn over its lifetime, Harlan said in a filing.
B|It is the company's largest new deal since 2019.
pr|Ready to act on moves like this? Open a Brightline trading account in five minutes, buy US shares from $1 and get your first 20 trades commission-free.
B|Analysts at Mercer Coombs raised their price target on the stock to $74 from $66.
B|Harlan shares have gained 28% this year, against 11% for the rail index.
tk|HRLN  $68.42  +5.66 (+9.02%)
dis|Past performance is not a reliable guide to future returns. MarketPulse content is for general information and should not be taken as investment advice.
"""),

dict(id="en-022", lang="en", hard=False, opts="single",
     notes="Farming trade site with a doubled dek (duplicate_line), a partnership credit (attribution) followed by the "
           "partner's newsletter pitch (newsletter), byline, a tag list and a related block.",
     text="""
nav|FieldNotes
dup|Growers in the Tarn Valley lost up to a third of their crop.Growers in the Tarn Valley lost up to a third of their crop.
T|Late frost wipes out a third of Tarn Valley's cherry crop
oth|By Owen Halloway
att|This story was produced in partnership with Rural Desk, a nonprofit newsroom covering farming communities.
B|A hard frost on the night of April 21 killed blossom across about 600 hectares of cherry orchards in the Tarn Valley, growers say.
B|Temperatures fell to minus 3.4C at the valley's weather station, the lowest April reading since 1991.
B|"We had fans running and fires lit in the rows, and it still wasn't enough," said grower Martha Quenby.
B|The Tarn Valley Fruit Growers' Association estimates losses at £7m.
B|Growers are asking for emergency loans to cover labour already booked for the summer harvest.
nl|Sign up for Rural Desk's free weekly newsletter to get more stories like this one.
nav|Tags: fruit, frost, weather, Tarn Valley
rel|Read next
rel|Apple growers switch to netting as hail storms become more frequent
"""),

dict(id="en-023", lang="en", hard=False, opts="",
     notes="Transport story on a city paper: a clarification note at the very top (other), a login note and a "
           "subscription appeal at the bottom (other), menu and share bar; run of extra blank lines before the footer.",
     text="""
oth|Clarification: An earlier version of this article said the new tram line would open in 2028. The city has said it will open in 2029.
nav|Redmarsh Herald
nav|Local  Transport  Business  Opinion  Obituaries
T|City agrees £410m tram extension to Harcourt Park
oth|Simon Achebe · Transport Correspondent · 4 Dec 2026
sh|Share  Email  Print
B|Redmarsh city council has approved a £410m extension of its tram network to the Harcourt Park housing estate and the new hospital.
B|The 6.2km line will have eight stops.
B|Work is due to start in spring 2027.
B|The council expects 4.3 million passenger journeys a year on the new line.
B|Opposition councillors said the cost had risen by £95m since the plan was first put forward.
~
oth|You are signed in as a guest. Log in to save articles and follow topics.
oth|Local journalism like this depends on subscribers. Subscribe to the Herald for 99p a week for your first three months, then £2.49 a week.
nav|About us | Contact | Privacy | Terms
"""),

dict(id="en-024", lang="en", hard=False, opts="crlf",
     notes="University newsroom: a podcast pointer and a transcript note in sentences mid-page, a public-lecture "
           "invitation and a media contact at the bottom (all other), breadcrumb and share bar.",
     text="""
nav|University of Elstree Newsroom
nav|News › Research › Engineering
T|Elstree engineers build a concrete that heals its own cracks in cold weather
oth|Published 30 November 2026
B|Engineers at the University of Elstree have developed a concrete that seals its own cracks at temperatures as low as 2C.
B|Earlier self-healing concretes relied on bacteria that go dormant in the cold.
B|The Elstree team instead mixed tiny capsules of a mineral solution into the concrete; when a crack opens, the capsules break and the solution hardens in contact with air.
oth|Listen to Professor Aiyana Mercer discuss the research on the Elstree Engineering podcast. A full transcript of the episode is available for readers who are deaf or hard of hearing.
B|In tests, cracks up to 0.6mm wide closed within 28 days.
B|The team is now working with the highways agency on a trial section of road in the Pennines.
oth|Professor Mercer will give a free public lecture, "Roads that mend themselves", on 20 January at 6pm in the Bright Lecture Theatre. All are welcome, but please book a place.
oth|Media enquiries: Daniel Okoro, Press Office, 01632 960 455
sh|Share this page
"""),
]
