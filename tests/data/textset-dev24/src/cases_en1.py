"""textset-dev24, writer A, part 1: English cases en-001 .. en-012 (wire copy, e-mail digests,
print and e-paper text, print-view leftovers). Tagged line lists in the format of
tests/data/textset-dev20/src/make_cases.py. Hard-wrapped story paragraphs are one B line per
printed line (joined with single newlines). Conventions: slugs, priority codes, Eds notes,
embargo lines, (MORE)/-30-/###/ENDS and transmission stamps are `oth`; agency credits are
`att`; agency copyright lines are `dis`; running heads, page numbers and jump lines are `nav`;
pull quotes are `oth`; e-mail delivery and subscription lines are `nl`; digest section headers
are `nav`; the digest's other items are `rel`; sponsor blocks and mailing addresses are `oth`.
"""

CASES = [
    dict(id='en-001', lang='en', hard=False, opts='single',
         notes='Wire story as it reaches a subscriber feed: slug, priority code, Eds note and byline on top, hard-wrapped story (single newlines), contributor credit, wrapped agency copyright and a transmission stamp at the bottom. Slug, priority, Eds note, byline and stamp are other; the agency line under the byline is attribution; the copyright lines are disclaimer.',
         text="""
oth|BC-Sound-Ferry-Walkout,0391
oth|URGENT
oth|Eds: UPDATES with union statement, ridership figures. With MWS Photos.
T|Ferry crews walk out on Halvard Sound, stranding island commuters
oth|By DELIA MARSH-OKAFOR
att|Meridian Wire Service
B|PORT ELLERY, Wash. (MWS) — Deckhands and engine crews on the Halvard Sound
>B|ferry system walked off the job before dawn Wednesday, halting all six
>B|routes and leaving about 14,000 weekday riders to find another way across
>B|the water.
B|The Inland Marine Workers local said talks with the county transit authority
>B|broke down shortly after midnight over overtime rules and a plan to run the
>B|two largest vessels with one fewer crew member.
B|"We are not going back on those boats until somebody signs something," said
>B|local president Gary Tuelo, standing on the shuttered Port Ellery dock.
B|Transit authority spokeswoman Imani Proctor said the agency had offered a
>B|4.5% raise over three years and called the walkout illegal under the crews'
>B|existing contract, which runs through October.
B|No talks were scheduled as of Wednesday afternoon.
att|MWS reporter Tomas Reyes contributed from Carrow Island.
dis|Copyright 2025 Meridian Wire Service. All rights reserved. This material may
>dis|not be published, broadcast, rewritten or redistributed without written
>dis|permission.
oth|05-14-25 1622EDT
"""),
    dict(id='en-002', lang='en', hard=False, opts='',
         notes='Morning e-mail digest saved as text: view-in-browser and forwarded lines, masthead, issue stamp, weather line, sponsor block in the middle of the top story, the other digest items as related links, reply/unsubscribe lines and a mailing address. E-mail delivery and subscription lines are newsletter; digest section headers and the masthead are navigation; sponsor block, weather and mailing address are other.',
         text="""
nl|View this email in your browser
nl|Forwarded this email? Sign up for The Larkspur Morning here.
nav|THE LARKSPUR MORNING
oth|Wednesday, April 9 · Issue No. 1,214
oth|Rain clearing by noon · High 61° / Low 44°
nav|TOP STORY
T|Larkspur council votes to buy the shuttered Orchard Street mill
B|The Larkspur City Council voted 5-2 on Tuesday night to buy the former Orchard Street woolen mill for $2.35 million, ending four years of arguments over what to do with the riverside building.
B|The city plans to lease the ground floor to small manufacturers and turn the upper two floors into 38 apartments, about half of them priced for households earning less than the county median.
oth|SPONSORED
oth|Fennimore Credit Union now pays 4.10% APY on 12-month certificates. Members only; see branch for terms.
B|Councilmember Rosa Achterberg, who voted no, said the city was "buying a roof problem with a river view."
B|Supporters pointed to a state brownfield grant of $900,000 that would cover most of the cleanup of the old dye room.
B|The sale is expected to close in June.
nav|ALSO IN TODAY'S BRIEFING
rel|Library extends Saturday hours through the summer →
rel|Three finalists named for Larkspur High principal →
rel|Photos: the 48th Daffodil Run, in 20 frames →
nl|Got a tip? Just hit reply — this lands in our newsroom inbox.
nl|You're getting this because you signed up at larkspurmorning.com.
nl|Update your preferences | Unsubscribe
oth|The Larkspur Morning · 220 Canal Street, Suite 4 · Larkspur, OR 97401
"""),
    dict(id='en-003', lang='en', hard=False, opts='',
         notes='E-paper article text from a print page: running head, section label, byline, photo caption with credit, a pull quote, jump lines in the middle (the story continues on another page) and a page-number footer; story paragraphs hard-wrapped (single-newline joins). Running heads, page numbers and jump lines are navigation; the pull quote is other.',
         text="""
nav|THE MARROWFIELD COURIER | THURSDAY, OCTOBER 16, 2025 | B1
nav|LOCAL & REGION
T|Grain elevator on Route 9 will come down this winter
oth|By Pauline Dresner
oth|Courier Staff Writer
C|The Harvest Co-op elevator, built in 1952, has stood empty since the co-op moved its storage east of town. PHOTO BY LENA ORTIZ / COURIER
B|The concrete grain elevator that has marked the western edge of
>B|Marrowfield for more than seven decades will be demolished
>B|starting in December, the county board decided Tuesday.
B|The Harvest Co-op sold the 11-acre site to a regional
>B|truck-parts distributor last spring. Inspectors found cracks in
>B|two of the six silos in August, and the new owner asked for an
>B|emergency demolition permit.
oth|“It’s the first thing you see coming in from the west.” — Mayor Ruth Anning
nav|Please see ELEVATOR, Page B6
nav|ELEVATOR from Page B1
B|Mayor Ruth Anning said the loss would sting. "It's the first
>B|thing you see coming in from the west. People are going to feel
>B|that," she said.
B|The county historical society has asked to salvage the painted
>B|co-op sign and a section of the loading chute for its museum on
>B|Main Street.
B|Demolition is expected to take about 10 weeks.
nav|B6 | THE MARROWFIELD COURIER
"""),
    dict(id='en-004', lang='en', hard=False, opts='crlf',
         notes='Print view of a local news page (CRLF): print/close/text-size controls, breadcrumb, listen-to-article line and post stamp on top, printed-from footer and copyright at the bottom. Print-view controls, the listen line and the stamps are other; the copyright line is disclaimer.',
         text="""
oth|Print this page
oth|Close window
oth|Text size: A A A
nav|Bellhaven Gazette » News » Education
T|Bellhaven schools cut 11 bus routes, citing driver shortage
oth|Listen to this article (4-minute audio)
oth|Posted Monday, June 2, 2025 8:14 am | Updated 11:40 am
B|The Bellhaven School District will run 11 fewer bus routes when classes resume in August, merging stops and moving some pickups as early as 6:35 a.m., district officials said Monday.
B|Transportation director Luis Abernathy said the district has 47 licensed drivers for 58 routes and has not been able to fill the gap despite raising starting pay to $23.50 an hour.
B|"We would rather tell families now than cancel routes on a Tuesday morning in October," Abernathy said.
B|About 1,900 of the district's 6,200 riders will see a new stop or a new time. Letters go out to families the week of July 14.
B|Students who live within 1.5 miles of their school will no longer be eligible for a bus unless they cross a state highway.
oth|Printed from bellhavengazette.com on 06/03/2025
dis|© 2025 Bellhaven Gazette. Reproduction of this printout for resale is prohibited.
"""),
    dict(id='en-005', lang='en', hard=False, opts='single nofinal',
         notes='Canadian-style wire copy with a wrapped correction notice at the top (each of its lines other), hard-wrapped story in single newlines, a with-files-from credit and a first-published line (attribution) and the -30- end mark (other). No final newline.',
         text="""
oth|CORRECTION: In a story moved June 11 about the Kestrel Lake water
>oth|advisory, The Northern Press gave the wrong start date. The advisory
>oth|began June 4, not June 6. A corrected version follows.
T|Boil-water advisory at Kestrel Lake First Nation enters fifth week
B|KESTREL LAKE, Ont. — Residents of Kestrel Lake First Nation have now
>B|gone five weeks without safe tap water, and the band council says a
>B|replacement filter for the community's treatment plant is still stuck in
>B|a supplier's warehouse in Winnipeg.
B|Chief Norma Keeshig said the community of about 900 people is relying on
>B|bottled water flown in twice a week, at a cost the council puts at
>B|roughly $18,000 a week.
B|"Our elders are boiling water on wood stoves in June," Keeshig said.
B|A spokesperson for the federal Indigenous Services department said the
>B|filter would ship "within days" and that a technician had been booked
>B|for the installation.
B|The plant was built in 2009 and has been under some form of advisory for
>B|about 14 months of the last four years, according to the band's own
>B|records.
att|— With files from Amira Coutts in Thunder Bay
att|This report by The Northern Press was first carried June 12, 2025.
oth|-30-
"""),
    dict(id='en-006', lang='en', hard=False, opts='ws',
         notes='Utility press release as moved on a business newswire: hold-for-release and embargo lines, newsroom breadcrumb, dateline with wire credit inside the first story line, a bullet list of plan terms (story), ### end mark, About-the-company block and media contact (other), SOURCE line (attribution) and a wrapped forward-looking-statements disclaimer. Trailing whitespace on some lines.',
         text="""
oth|HOLD FOR RELEASE UNTIL 10:00 A.M. EDT, TUESDAY, SEPT. 23
oth|Embargoed material — do not publish or air before the time shown
nav|Newsroom | Press Releases | Energy & Utilities
T|Corvane Grid to retire two coal units at Ashby Station by 2028
B|ASHBY, Ky., Sept. 23, 2025 /Statewire/ — Corvane Grid will close the last two coal-fired units at its Ashby Station plant by the end of 2028 and replace part of their output with battery storage built on the same site, the utility said Tuesday.
B|The plan still needs approval from the Kentucky Public Service Commission, which is expected to rule early next year.
B|Key terms of the plan:
B|• Unit 3 (410 MW) closes in June 2027
B|• Unit 4 (395 MW) closes in December 2028
B|• 600 MW of battery storage on the Ashby site by 2029
B|• No layoffs; 112 plant workers offered retraining or transfer
B|"Ashby has powered this valley for 61 years, and we intend for it to keep doing that in a different way," said Corvane chief executive Dana Whitcombe.
oth|###
oth|About Corvane Grid
oth|Corvane Grid serves about 1.2 million electric customers in Kentucky and Tennessee and operates 14 generating stations. Learn more at corvanegrid.example.
oth|Media contact: Jolene Pruitt, 502-555-0143, press@corvanegrid.example
att|SOURCE Corvane Grid
dis|Forward-looking statements: This release contains statements about
>dis|future plans, costs and regulatory outcomes that involve risks and
>dis|uncertainties. Actual results may differ materially from those
>dis|described here.
"""),
    dict(id='en-007', lang='en', hard=False, opts='',
         notes='Web archive copy of a health e-mail newsletter issue: cookie banner with its buttons on top, breadcrumb, a sent-to-subscribers sign-up line, byline, hard-wrapped story (single-newline joins), an inline subscribe box in the middle, previous/next-issue links, share line and a trust footer.',
         text="""
ck|We use cookies to remember your reading list and to count which issues get opened. Choose what you allow, or accept everything.
ck|Accept everything
ck|Let me choose
nav|Archive › Kitchen Table Health › Issue 87
nl|This issue went to subscribers on March 3. Want the next one in your inbox? It's free.
T|Why pharmacists in Dunmore County are rationing a children's fever syrup
oth|By Ingrid Vasko, health editor
B|Pharmacies across Dunmore County have started limiting sales of children's
>B|ibuprofen syrup to one bottle per family, after a packaging plant in Ohio
>B|that supplies three store brands shut down for repairs in January.
B|At Greer's Pharmacy on Tollgate Road, owner Manoj Saha keeps the remaining
>B|bottles behind the counter. "I had a dad drive in from two towns over on
>B|Sunday," he said. "We gave him one and told him where else to try."
nl|Email address
nl|Get Kitchen Table Health
B|The county health department says parents should not cut adult tablets
>B|into smaller doses and should call a pharmacist before switching brands,
>B|because the strength per 5 milliliters differs.
B|Chewable tablets for children over 6 are still widely available.
B|The plant's owner told distributors it expects to resume shipments by the
>B|end of April.
rel|Previous issue: The quiet return of school measles clinics
rel|Next issue: What "fragrance-free" on a label actually means
sh|Share this issue: Copy link · Email · Bluesky
oth|Kitchen Table Health is published by the Dunmore Community News Trust, a nonprofit newsroom.
"""),
    dict(id='en-008', lang='en', hard=False, opts='single',
         notes='Baseball recap as a wire feed item with no headline: slug and Eds note on top, hard-wrapped story in single newlines, then the line score, pitching line and attendance as short story lines, a link to more coverage (related) and a transmission stamp.',
         text="""
oth|BC-BBO--Pinewood-Harbor Recap,0577
oth|Eds: Harbor leads best-of-seven series 2-1. Game 4 is Friday.
B|LAKE CORDELL, Mich. (MWS) — Nico Delacroix hit a three-run homer in
>B|the eighth inning, and the Harbor Lakers beat the Pinewood Millers 6-3
>B|on Wednesday night to take a 2-1 lead in the Great Lakes League
>B|finals.
B|Pinewood had tied it 3-all in the sixth on Anton Keel's two-run double
>B|off the left-field wall, but reliever Chuy Barrientos got Keel to
>B|ground into an inning-ending double play with the bases loaded in the
>B|seventh.
B|Harbor starter Joel Okonjo (8-2) allowed three runs on seven hits in
>B|six innings. Millers right-hander Davis Farris (5-6) took the loss.
B|"I was just trying not to miss it," Delacroix said.
B|Pinewood 000 102 000 — 3 7 1
B|Harbor 210 000 03x — 6 9 0
B|W—Okonjo 8-2. L—Farris 5-6. Sv—Barrientos (11).
B|HR—Harbor, Delacroix (14). A—9,412.
rel|More MWS minor-league coverage: mwsnews.example/baseball
oth|06-04-25 0131GMT
"""),
    dict(id='en-009', lang='en', hard=False, opts='',
         notes='Markets wire story on a news site: index/commodity strip (ticker) and breadcrumb on top, byline and read-time stamp, hard-wrapped story with single-newline joins, reporting/editing credit (attribution), a read-next teaser and a share line.',
         text="""
tk|DOW 41,882.10 ▼0.42% | S&P 500 5,611.35 ▼0.18% | NASDAQ 17,940.62 ▲0.11% | 10-YR 4.21% | BRENT $71.88
nav|Markets › Commodities › Metals
T|Copper slides to six-week low as Zanorian smelters cut forecasts
oth|By Harriet Quon and Sefa Adeyemi
oth|4 min read · Published 7:52 AM UTC, Thursday
B|LONDON, Nov 6 (Lodestar) — Copper fell to its lowest in six weeks on
>B|Thursday after the two largest smelters in Zanoria cut their output
>B|forecasts for the rest of the year, citing power rationing and a
>B|shortage of sulphuric acid.
B|Benchmark three-month copper on the London exchange was down 1.3% at
>B|$9,214 a tonne by 0940 GMT, its weakest since late September.
B|Kalunde Metals said it now expects to produce 310,000 tonnes in 2025,
>B|down from 355,000, while state-owned ZamRef trimmed its target by about
>B|8%.
B|"The market had priced in supply growth from Zanoria that simply isn't
>B|arriving," said Bettina Krol, an analyst at Vantor Commodities in
>B|Geneva.
B|Aluminium rose 0.4% to $2,611 a tonne, and zinc was little changed at
>B|$2,902.
att|(Reporting by Harriet Quon in London and Sefa Adeyemi in Lusaka; Editing by Peter Wahlgren)
rel|Read next: Rotterdam aluminium premiums hit 18-month high
sh|Share · X · LinkedIn · Email
"""),
    dict(id='en-010', lang='en', hard=False, opts='ws',
         notes='Regional news page read through a reader-mode tool: listen line, reader-mode toggle, byline with stamp on top; comment count, sort control and three comments at the bottom. Trailing whitespace on some lines.',
         text="""
oth|Listen to this article • 3 min 12 sec
oth|Exit reader view
T|Crestmoor caps bus fares at $40 a month starting in January
oth|Vanessa Lund | Dec. 2, 2025
B|Riders on Crestmoor Regional Transit will never pay more than $40 in a calendar month for local bus trips starting Jan. 1, under a fare-capping plan the transit board approved Monday.
B|Once a rider's contactless card or phone wallet has been charged $40 in a month, every later trip that month is free. Weekly caps of $12 also apply.
B|The agency expects to lose about $1.1 million a year in fare revenue and plans to make up part of it with a state clean-transit grant.
B|"People who ride the most have been paying the most per trip, because they can't afford the monthly pass upfront," board chair Teodora Wilks said.
B|Paper transfers will be phased out by June.
com|37 Comments
com|Sort by: Newest first
com|Marla Q. · 3h ago: Finally. I was buying single fares every day because $72 at once wasn't happening on payday week.
com|dk_rides · 2h ago: What about people without a bank card? Cash riders get nothing here.
com|Crestmoor Regional Transit (verified) · 1h ago: Cash riders can load a free reloadable card at any library branch and get the same cap.
"""),
    dict(id='en-011', lang='en', hard=False, opts='',
         notes="Obituary page from a community weekly's e-edition: running head, section label, a dek glued to itself (duplicate), photo caption, byline, story with a short service-details list, then a run of extra blank lines, an online guest-book prompt and a page footer. The glued dek is duplicate_line; the guest-book prompt is comments.",
         text="""
nav|THE SILVERBROOK LEDGER • Week of May 19, 2025 • Page 9
nav|OBITUARIES & REMEMBRANCES
T|Helen Marguerite Osei, 88, taught debate at Silverbrook High for 41 years
dup|Her teams won the state championship twice, in 1979 and 1994.Her teams won the state championship twice, in 1979 and 1994.
C|Helen Osei in her classroom in 1994, the year her second championship team won in Carrolton. (Ledger file photo)
oth|By Ledger staff
B|Helen Marguerite Osei, who coached generations of Silverbrook students to argue politely and win, died May 14 at her home on Birch Hollow Road. She was 88.
B|Born in Accra, she came to the United States in 1958 to study at Wyland College, where she met her husband, Samuel, a chemistry student. They settled in Silverbrook in 1961.
B|Former student and now state senator Patrice Dunleavy called her "the only person who could make me rewrite a closing argument six times and thank her for it."
B|She is survived by two sons, a daughter and seven grandchildren. Samuel Osei died in 2017.
B|Visitation: Friday, 4–7 p.m., Hollis & Reyes Funeral Home
B|Service: Saturday, 11 a.m., First Congregational Church of Silverbrook
~
com|Share a memory or sign the online guest book at silverbrookledger.example/obits
nav|Page 9 • The Silverbrook Ledger
"""),
    dict(id='en-012', lang='en', hard=False, opts='single',
         notes="Multi-take wire story: slug and Eds note on top, the (MORE) mark, the add slug and pickup line of the second take in the middle, and the agency's end stamp at the bottom; story hard-wrapped with single newlines. All take and slug lines are other.",
         text="""
oth|BC-Plains-Drought,0688
oth|Eds: ADDS details on irrigation cuts, byline. Will be updated.
T|Kansas declares drought emergency in 31 counties as wells run low
oth|By LORNA HATHAWAY
B|TOPEKA, Kan. (MWS) — Gov. Elaine Brandvold declared a drought
>B|emergency in 31 western and central Kansas counties on Monday,
>B|opening state lakes to emergency water withdrawals and freeing
>B|about $14 million for livestock water hauling.
B|The declaration follows the driest March-to-July stretch on record
>B|at Dodge City, where 3.1 inches of rain fell in five months, less
>B|than a third of normal.
oth|(MORE)
oth|BC-Plains-Drought, 1st Add,0304
oth|TOPEKA, Kan.: livestock water hauling.
B|Several irrigation districts along the upper Arkansas River have
>B|already cut allocations to farmers by 40% for the rest of the
>B|season.
B|"I've got corn that won't make 60 bushels," said Scott County
>B|grower Reuben Alvarado.
B|State climatologist Mira Castellano said groundwater levels in
>B|parts of the aquifer had dropped more than 2 feet since January.
oth|MWS-LH-07-28-25 1746CDT
"""),
]
