"""textset-dev28, writer A, part 2: English cases en-013 .. en-024 (a parish bulletin, energy,
health, tech and legal trade press, a council news room, a local radio station, a national
feature, a regional court report, a business aggregator, a TV sports page and a regional weather
story)."""

CASES = [
dict(id="en-013", lang="en", hard=False, opts="",
     notes="Parish bulletin on a church website: site name and menu, a 'Posted in … by …' line (other), "
           "a list of what to bring (story), and a comment-form remnant at the bottom (comments).",
     text="""
nav|St Aldhelm's, Upper Brinscombe
nav|Home | Services | Weddings & Baptisms | Hall Hire | Parish News | Contact
T|Harvest supper returns to the church hall after three years
oth|Posted in Parish News by the Parish Office on 19 September 2026
B|After a three-year break while the hall roof was replaced, the harvest supper is back on Saturday 3 October at 6.30pm.
B|Tickets are £8 for adults and £3 for children, with under-fives free. They are available after Sunday services or from Margaret Fenby on 01632 960 882.
B|Please bring, if you can:
B|a savoury dish or pudding for eight people
B|a raffle prize (no alcohol this year, please)
B|tins or packets for the Brinscombe food bank collection
B|There will be a short harvest auction afterwards, led as ever by our churchwarden, Philip Ashdown.
B|All proceeds go to the hall maintenance fund.
com|Leave a Reply
com|Your email won't be shown publicly. Fields marked * must be filled in
com|Post Comment
"""),

dict(id="en-014", lang="en", hard=False, opts="",
     notes="Energy trade press story with subheadings: masthead, an energy price strip (crypto_ticker), "
           "menu, a section label and byline/time, a sponsored slot between paragraphs (other), a "
           "newsletter pitch, tags and a 'more on grids' list.",
     text="""
nav|GRIDWATCH ENERGY
tk|Brent $71.42 ▼0.6% · TTF €31.80/MWh ▲1.2% · UK day-ahead £88.15/MWh ▲3.4% · EUA €68.05 ▼0.3%
nav|Power | Oil & Gas | Renewables | Hydrogen | Policy | Events
nav|RENEWABLES
T|Carrick Bank offshore wind farm waits two more years for grid link
oth|Nadia Ferraro · 11 Dec 2026 · 08:30
B|The 1.1GW Carrick Bank offshore wind farm will not be connected to the grid until 2031, two years later than planned, after the system operator pushed back a new substation on the Solway coast.
B|Why the delay
B|National System Operator documents show the Kirkbean substation has been re-sequenced behind two interconnector projects that were judged more urgent for winter security.
B|What the developer says
B|Carrick Bank's owner, Solway Wind Partners, said turbines would still be installed on schedule from 2029 but could sit idle for up to 18 months.
oth|SPONSORED · Hexavolt: smarter cable monitoring for offshore assets
B|"We are effectively building a power station and then parking it," said project director Fraser Ollason.
B|Industry reaction
B|Trade body Offshore Wind North said at least six other projects faced similar waits and called for a "connect and manage" approach to be extended offshore.
nl|Get Gridwatch Daily: the energy news that matters, at 7am every weekday
nav|Topics: Offshore wind · Grid connections · Scotland
rel|More on grids
rel|Interconnector to Norway hits record flows in cold spell
rel|Ofgem consults on faster queue for battery projects
"""),

dict(id="en-015", lang="en", hard=False, opts="nofinal",
     notes="Health trade press (GP practice staffing), no final newline: site name, a 'for healthcare "
           "professionals' gate line (other), byline, reading time, a CPD widget (other), an inline "
           "'Also read' teaser, a medical-information disclaimer and a copyright line.",
     text="""
nav|Practice Pulse
oth|This site is intended for UK healthcare professionals only.
T|One in five GP practices now relies on locums for a third of sessions, survey finds
oth|By Dr Kieran Moss, clinical editor | 2 December 2026
oth|Reading time: 3 minutes
B|Twenty-one per cent of GP practices in England rely on locum doctors to cover at least a third of their clinical sessions, according to a survey of 1,140 practice managers.
B|The figure has almost doubled since 2022, the Practice Managers' Forum said.
B|Practices in coastal and rural areas were the most affected, with some reporting that a single locum agency supplied more than half their GP sessions.
rel|Also read: Training places for physician associates cut by a quarter
B|Forum chair Lorraine Weekes said the trend made continuity of care "almost impossible" for patients with long-term conditions.
B|The survey also found that 38% of practices had advertised a salaried GP post in the past year without receiving a single application.
oth|Log this article as CPD · 0.5 hours
dis|The information in this article is for professional education only and does not replace clinical judgement or official guidance.
dis|© Practice Pulse 2026. All rights reserved."""),

dict(id="en-016", lang="en", hard=False, opts="ws",
     notes="Tech press story on a chip start-up's funding round, trailing whitespace: site name, menu, "
           "a browser-notification prompt (navigation), byline and time, an ad label mid-story, and a comment thread at the bottom (comment count, "
           "commenters' names and stamps, comments, reply and load-more lines, all comments).",
     text="""
nav|Silicon Fen Review
nav|Chips | AI | Startups | Security | Reviews | Podcasts
nav|Want alerts when we publish a scoop? Turn on browser notifications.
nav|Maybe later
nav|Allow
T|Ebbrook raises $62m to build low-power AI chips for hearing aids
oth|Priya Ramanathan – Thu 10 Dec 2026 // 14:05 UTC
B|Cambridge chip designer Ebbrook has raised $62 million in a Series B round led by Northgate Ventures to bring its low-power neural processors into hearing aids and earbuds.
B|The company says its first chip can run speech-separation models on less than one milliwatt, letting a hearing aid pick out one voice in a noisy room without draining the battery.
oth|ADVERTISEMENT
B|Samples are already with two of the five largest hearing-aid makers, chief executive Ruth Adeyemi told us, with volume production planned at a 22nm foundry in Taiwan from late 2027.
B|The round takes Ebbrook's total funding to $97 million.
B|Existing investors, including the university's own venture fund, also took part.
com|23 comments
com|Gavin_K · 2 hours ago
com|Sub-milliwatt inference is the real story here, if the numbers hold up outside a lab demo.
com|Reply
com|margot.t · 1 hour ago
com|My dad would pay almost anything for a hearing aid that works in a pub.
com|Load more comments
"""),

dict(id="en-017", lang="en", hard=False, opts="",
     notes="Legal trade press report of an appeal ruling: site name and menu, breadcrumb, byline, save and "
           "print buttons (share_bar), a case citation line and a quoted ruling inside the story, a "
           "not-legal-advice disclaimer, related cases and a footer.",
     text="""
nav|Bench & Bar Weekly
nav|News | Judgments | Practice Areas | Careers | Events
nav|Home » Property & Housing
T|Court of Appeal: landlord who protected deposit late cannot serve no-fault notice
oth|Olivia Marchetti | 7 December 2026
oth|612 words
sh|Save article | Print
B|A landlord who placed a tenant's deposit in a protection scheme two months late could not rely on a no-fault possession notice served before the deposit was returned, the Court of Appeal has ruled.
B|Harrow v Delacroix-Bell [2026] EWCA Civ 1918
B|Lady Justice Ormsby, giving the lead judgment, said the statutory scheme was "designed to be unforgiving".
B|"A landlord who has not complied cannot cure the default simply by complying later," she said.
B|The decision overturns a county court ruling that late protection was enough, and is expected to affect several hundred pending possession claims.
B|Counsel for the tenant, Jamal Osei, said the ruling brought "much-needed certainty".
dis|This article is for general information and is not legal advice. Specific advice should be taken on individual circumstances.
rel|Related judgments
rel|Supreme Court to hear service-charge dispute in March
rel|Tribunal rejects licensing fee challenge by letting agents
oth|Bench & Bar Weekly is a trading name of Inns Court Publishing Ltd.
"""),

dict(id="en-018", lang="en", hard=False, opts="",
     notes="Council news room, no headline (the scrape starts under the banner image): cookie choice "
           "buttons, breadcrumb, a date; the list of collection-day changes is story; a rate-this-page "
           "widget (other), a social follow line (navigation) and contact footer (other).",
     text="""
ck|Essential cookies only
ck|Accept analytics cookies
nav|Home > News and events > Council news
oth|Published Monday 14 December 2026
B|Bin and recycling collections will change over Christmas and New Year, Ambridge Vale District Council has confirmed.
B|Collections due on Friday 25 December will take place on Saturday 26 December.
B|Collections due on Monday 28 December will take place on Tuesday 29 December.
B|Collections due on Friday 1 January will take place on Saturday 2 January.
B|Real Christmas trees can be left next to green bins for collection in the fortnight starting 11 January. Trees taller than two metres should be cut in half.
B|Residents can check their own collection day by entering their postcode on the council website.
oth|Did you find what you were looking for? Rate this page
nav|Follow Ambridge Vale DC on Facebook and Instagram for service updates
oth|Ambridge Vale District Council, Civic Offices, Mill Lane, Ambridge AB12 3CD
"""),

dict(id="en-019", lang="en", hard=False, opts="crlf single",
     notes="Local radio station's news page, CRLF and single newlines: station menu, a listen-live bar and "
           "now-playing widget (other), byline, a station newsletter pitch mid-page, more-news teasers "
           "and a station footer.",
     text="""
nav|Home | News | Travel | Presenters | Competitions | Listen
oth|▶ Listen Live – Harbour FM 104.3
oth|Now playing: Marla Quince – Paper Harbour
T|Repairs to Tollgate swing bridge to overrun until March
oth|Harbour FM News · Monday 7 December 2026, 07:30
B|Work to repair the Tollgate swing bridge in Kettlehaven will not finish until March, three months later than planned.
B|The county council says corrosion found in the bridge's turning mechanism is worse than surveys suggested.
B|A temporary footbridge will stay open, but drivers face a diversion of around four miles via the Ferry Road.
nl|Get Harbour FM's morning headlines in your inbox before the school run
B|Local councillor Sunita Barlow said traders on Quay Street had seen footfall drop "by a third" since the closure.
B|The council says it will review parking charges in the town centre to help.
rel|More local news
rel|Kettlehaven lifeboat called out twice in one night
rel|Lorry sheds load of potatoes on the A390
oth|Harbour FM is part of the Seaboard Radio Network
"""),

dict(id="en-020", lang="en", hard=False, opts="~",
     notes="National newspaper weekend feature, 12 story lines with one-sentence paragraphs and a quoted "
           "one-liner: masthead, section label, byline, time stamp, listen widget (other), a 'story "
           "continues' ad marker mid-story, extra blank lines, then tags, a reprint/permissions line "
           "(disclaimer) and a next-article link (navigation).",
     text="""
nav|THE SUNDAY CLARION
nav|Magazine | Long reads
T|The last ferryman of the Carran estuary
oth|By Joseph Alcott
oth|Sunday 6 December 2026, 06:00 GMT
oth|Hear this feature read aloud (9 min 12 s)
B|Every morning at ten to seven, Hugh Penrose unties a 28-foot wooden launch from the slipway at Carran Point.
B|He has done so for 41 years.
B|The ferry crosses 400 metres of tidal water, and it takes five minutes if the wind is kind.
B|It once carried 200 people a day: farm workers, schoolchildren, nurses going to the cottage hospital on the far bank.
B|Now it carries perhaps 30, most of them walkers on the coast path.
oth|Article resumes after this advert
B|The county council, which subsidises the service, has said it will review the £48,000 annual grant next spring.
B|Penrose, who is 67, does not expect a replacement to be found.
B|"Nobody wants to stand in the rain for minimum wage and a view," he says.
B|Yet on a still morning in early winter, with curlews working the mudflats, it is hard to imagine the estuary without him.
B|His daughter, Kerenza, has offered to learn the crossing.
B|He has not said yes.
B|"I want her to have a choice I didn't," he says.
~
nav|Topics: Cornwall · Rural life · Transport
dis|To request permission to reprint or license this article, contact syndication@sundayclarion.example
nav|Next in Long reads: The woman who counts every starling in Somerset →
"""),

dict(id="en-021", lang="en", hard=False, opts="",
     notes="Regional newspaper court report with a photo caption that the page repeats (second copy "
           "labelled duplicate_line): masthead, section label, byline and time stamp, an inline 'Read "
           "more' teaser, a closed-comments note, a most-read list and a publisher footer.",
     text="""
nav|The Wenmouth Courier
nav|News | Crime | Court | Sport | Business | Announcements
T|Builder who took £38,000 from pensioners for unfinished work is jailed
oth|Alys Treharne, Court Reporter
oth|14:52, 9 DEC 2026
C|Darren Pollitt was jailed at Wenmouth Crown Court (Image: Wenmouth Courier)
dup|Darren Pollitt was jailed at Wenmouth Crown Court (Image: Wenmouth Courier)
B|A builder who took deposits from elderly homeowners for extensions he never finished has been jailed for three years and four months.
B|Darren Pollitt, 46, of Cleeve Road, Ashby Moor, admitted six counts of fraud by false representation at an earlier hearing.
B|The court heard he took a total of £38,250 from five households between 2023 and 2025, in one case starting work on foundations before abandoning the site for eight months.
rel|Read more: Rogue trader warning after doorstep roof scam in Ashby Moor
B|One victim, an 81-year-old widow, said in a statement that she had been "too ashamed to tell my children".
B|Judge Catherine Hale told Pollitt: "You preyed on people who trusted you in their own homes."
B|A proceeds of crime hearing will take place next year.
com|We've turned off comments on court reports like this one for legal reasons.
rel|Most Read
rel|Wenmouth's Christmas lights switch-on moved indoors
rel|Beloved corner shop closes after 62 years
oth|The Wenmouth Courier is part of Westway Regional Media.
"""),

dict(id="en-022", lang="en", hard=False, opts="",
     notes="Business news aggregator page with a market index strip joined by single newlines "
           "(crypto_ticker), aggregator nav, an 'Aggregated from' source line and original-publisher credit "
           "(attribution), an app prompt, a newsletter pitch and a trending list; the summary bullets are "
           "story.",
     text="""
nav|BizFeed Now
tk|FTSE 100 8,412.6 ▲0.42%
>tk|FTSE 250 20,977.3 ▼0.15%
>tk|GBP/USD 1.2741 ▲0.08%
>tk|Gold $2,388.10 ▲0.61%
nav|Markets | Companies | Retail | Economy | Personal Finance
T|Supermarket price war deepens as Haylings cuts 400 staples
oth|Updated 10 December 2026 · 3 min read
B|Haylings, the UK's fourth-largest grocer, is cutting prices on about 400 everyday products by an average of 9%, escalating a pricing battle with discounters before Christmas.
B|Key points:
B|Cuts cover bread, milk, pasta, nappies and own-brand cleaning products
B|The retailer says the £70m cost will be funded by savings in its distribution network
B|Rivals Crestmart and FreshBay matched some cuts within hours
B|Analysts at Pellow & Co said the move would squeeze Haylings' operating margin to below 3% next year.
att|Aggregated from: The Retail Ledger
att|Original reporting by Sean Mulcahy
nav|Open in the BizFeed Now app for live prices
nl|Morning Briefing: five business stories in five minutes, every weekday at 6am
rel|Trending now
rel|Mortgage approvals rise for third month running
rel|Airline shares fall as fuel costs climb
"""),

dict(id="en-023", lang="en", hard=False, opts="",
     notes="TV broadcaster's sport page on a cycling race: channel menu, a live-scores strip (other), a "
           "byline/time line, a results list of top-five finishers (story), a watch-highlights player "
           "line and a share line, teasers and a footer.",
     text="""
nav|Channel 8 Sport
nav|Football | Rugby | Cricket | Cycling | Tennis | Motorsport
oth|LIVE SCORES: Ardwick 2-1 Pellham (78') · Dunmore 0-0 Castleby (HT)
T|Ravensworth wins Tour of the Dales prologue by three seconds
oth|Channel 8 Sport · 12:40, 5 December 2026
B|Britain's Ellis Ravensworth won the opening prologue of the Tour of the Dales in Skipton, covering the 6.2km course in 7 minutes 41 seconds.
B|Top five:
B|1. Ellis Ravensworth (GBR) 7:41
B|2. Jonas Vermeulen (BEL) +0:03
B|3. Tomasz Kral (POL) +0:05
B|4. Felix Achterberg (NED) +0:07
B|5. Oisín Daly (IRL) +0:09
B|Ravensworth will wear the leader's jersey on Sunday's 184km stage to Hawes, which includes three categorised climbs.
oth|▶ Watch highlights (2:14)
sh|Share this article
rel|More cycling
rel|Women's Tour of the Dales route unveiled
oth|© Channel 8 Broadcasting 2026
"""),

dict(id="en-024", lang="en", hard=False, opts="",
     notes="Regional newspaper weather story told in one-sentence paragraphs, with a photo caption and a "
           "separate photo credit line (attribution): masthead, weather widget, byline and date, an "
           "'also read' teaser mid-story, previous/next article links (navigation) and a copyright line.",
     text="""
nav|The Fellside Gazette
oth|Keswick 3°C Sleet showers
T|Snow closes Honister and Kirkstone passes
oth|By Megan Threlkeld | Saturday, December 12, 2026
C|A gritter on the A591 near Dunmail Raise on Saturday morning.
att|Photo: Fellside Gazette / Colin Wharton
B|Two of the Lake District's highest roads were closed on Saturday after overnight snow.
B|The Honister Pass was shut at 6am and the Kirkstone Pass two hours later.
B|Highways officers said gritters had been out since midnight but could not keep the steepest sections clear.
rel|Also read: Mountain rescue teams urge walkers to carry crampons
B|Drivers were advised to use the A591 and A66 instead.
B|More snow is forecast above 300 metres on Sunday.
B|The Met Office has a yellow warning for ice in place until 10am on Monday.
nav|← Previous article: Keswick market traders fight parking charge rise
nav|Next article: Grasmere sports day date confirmed →
dis|© Fellside Gazette 2026. Do not copy or republish without permission.
"""),
]
