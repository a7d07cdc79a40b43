CASES = [
dict(id="en-001", lang="en", hard=False, opts="", notes="Crypto aggregator repost of a LedgerBeat story on a validator outage; doubled dek, source credit, promo, multi-line ticker, exchange disclaimer, teaser block with doubled titles and stamps.", text="""
nav|ChainPulse Wire
nav|Markets · DeFi · Layer 1 · Regulation · Podcasts
dup|Validators on Kestrel Network stalled for nine hours after a consensus bug.Validators on Kestrel Network stalled for nine hours after a consensus bug.
T|Kestrel Network restarts block production after nine-hour halt
B|Kestrel Network resumed producing blocks late on Sunday after a bug in its vote-aggregation code froze the chain for just over nine hours, its core developers said.
B|The halt began at block 48,210,004, when a malformed vote message caused a majority of validators to reject every new proposal.
B|No funds were lost, according to a post-mortem published by the Kestrel Foundation.
B|What went wrong
B|The foundation said a rarely used code path treated an empty signature field as valid, and that a single validator running a modified client broadcast the message that triggered it.
B|Operators coordinated the restart in a public call that drew more than 600 listeners.
B|"We chose a clean restart over a rollback because nothing had been finalised during the stall," engineer Priya Dasgupta told listeners.
B|KST, the network's token, fell 11% during the outage before recovering most of the loss.
att|This article was first published by LedgerBeat and is republished here under a content-sharing agreement.
pr|Running a node or a wallet? Put your brand in front of 2 million monthly ChainPulse readers.
>pr|Book a sponsored slot
tk|KST
>tk|Kestrel Price(KST)
>tk|$1.874
>tk|-3.22%
>tk|USD
dis|ChainPulse republishes third-party articles for general information only. Views expressed belong to their authors. Nothing on this page is an offer to buy or sell any asset; do your own research before trading.
rel|Trending on ChainPulse
rel|Why restaking yields slid for a fourth straight week
rel|Why restaking yields slid for a fourth straight week
rel|The post Why restaking yields slid for a fourth straight week appeared on LedgerBeat. Average restaking returns fell to 3.1% as deposits
sh|Share
rel|LedgerBeat2026/03/08 11:02
rel|Custody bank adds support for three tokenised money funds
rel|Custody bank adds support for three tokenised money funds
sh|Share
rel|LedgerBeat2026/03/08 09:47
"""),

dict(id="en-002", lang="en", hard=False, opts="ws", notes="Regional paper, council approves protected bike lanes; byline and update stamp, read-aloud control, inline related teaser mid-story, tags, comment prompt, footer.", text="""
nav|The Harlow Valley Courier
nav|Home > Local > City Hall
T|Council votes 6-3 for protected bike lanes on Mercer Avenue
oth|By Danielle Okonkwo
oth|Published March 4, 2026 · Updated 9:12 p.m.
oth|Hear this story read aloud (5 min)
B|HARLOW — The city council on Tuesday approved a $4.2 million plan to add concrete-protected bike lanes along a 1.8-mile stretch of Mercer Avenue, ending more than a year of debate.
B|Construction is expected to start in late summer.
B|The plan removes 96 on-street parking spaces, a point that dominated two hours of public comment.
rel|Related: Mercer Avenue merchants petition for loading zones
B|Councilmember Rafael Ibarra, who voted no, said the city had not done enough to help delivery drivers.
B|"We are fixing one problem by moving it around the corner," he said.
B|What the plan includes
B|- Curb-separated lanes in both directions between 3rd and 19th streets
B|- Four new signalised crossings
B|- Two loading zones per block on the commercial stretch
B|Mayor Lena Whitcombe called the vote "a safety decision first."
nav|Topics: Transportation, City Council, Cycling
com|What do you think? 31 readers have weighed in — add your voice
oth|© 2026 Harlow Valley Courier. All rights reserved. | Terms | Privacy choices
"""),

dict(id="en-003", lang="en", hard=False, opts="nofinal", notes="Football match report under a live-score widget; goals and cards as short body lines; standings teaser and bet-free odds box at bottom.", text="""
oth|FT
oth|Riverside Athletic 3 – 1 Carrow Town
oth|Okafor 12' (pen), Lindqvist 58', Mbeki 90+2' | Hale 41'
oth|Possession 54% – 46% · Shots 17 – 9
T|Riverside take third place with late flourish against Carrow
B|Riverside Athletic moved into third place in the Championship with a 3-1 win over Carrow Town on Saturday, their fifth home victory in a row.
B|Tobi Okafor opened the scoring from the spot after Carrow's goalkeeper brought down Anders Lindqvist.
B|How the goals came
B|12' — Okafor penalty, low to the keeper's left
B|41' — Hale heads in a corner for Carrow
B|58' — Lindqvist curls one in from 20 yards
B|90+2' — Mbeki finishes a counter-attack
B|Carrow manager Sean Whitley was sent to the stands in the second half for protesting a throw-in.
B|"Third is where we belong right now," said Riverside boss Maria Castell.
rel|Table: see where every side stands after matchday 33
rel|More match reports
rel|Hartley United hold leaders to goalless draw
rel|Penalty drama sends Brookfield into cup semi-final
sh|Share on WhatsApp · Copy link"""),

dict(id="en-004", lang="en", hard=False, opts="", notes="Local TV weather story on an ice storm; conditions widget, alert strip, timeline lines kept as body, app prompt and newsletter pitch mid and bottom.", text="""
oth|Now 29°F · Feels like 18° · Wind NE 22 mph
oth|ALERTS (3) — Ice Storm Warning until Thu 7 AM
nav|Watch Live  |  Weather  |  Traffic  |  Closings
T|Ice storm to glaze the northern suburbs overnight; schools announce closures
B|Freezing rain will spread across the northern suburbs after dark on Wednesday, with up to half an inch of ice possible on trees and power lines, forecasters at the Chalmers County office said.
B|Timeline
B|4 p.m. Wednesday: Sleet mixes in north of Route 9
B|9 p.m.: Freezing rain becomes steady
B|3 a.m. Thursday: Heaviest icing, gusts near 30 mph
B|Noon Thursday: Temperatures creep above freezing
nav|Get real-time radar and closing alerts on the WKCT 7 app — tap to download
B|At least 14 school districts had already cancelled Thursday classes by 5 p.m.
B|Utility company Northlake Power said it had moved 120 extra crews into the region.
B|"If you lose power, stay away from downed lines and call us," a spokesperson said.
nl|Get the morning forecast in your inbox before you leave the house. Sign up — it's free.
rel|Closings list: check your district
oth|Copyright 2026 WKCT. All rights reserved.
"""),

dict(id="en-005", lang="en", hard=False, opts="crlf", notes="Wire health story on a portal (CRLF); wire credit and editing line, portal disclaimer, read-next teasers.", text="""
nav|MedNow Daily
nav|Health > Infectious disease
T|Measles cases in Tallis province triple in a month, officials say
oth|Meridian Press | March 2, 2026 at 14:20 GMT
B|TALLIS CITY, March 2 (Meridian) —
B|Confirmed measles cases in Tallis province rose to 214 in February, up from 71 in January, the provincial health department said on Monday.
B|Most of the new cases were among unvaccinated children under five.
B|Health officials opened six pop-up vaccination sites and extended clinic hours until 8 p.m.
B|"Two doses protect almost everyone. That is the whole message," said provincial epidemiologist Dr. Hana Ruiz.
B|Neighbouring provinces have reported 19 cases linked to the outbreak.
att|(Reporting by Kemal Arslan; Editing by Joanna Pike)
dis|Health content on MedNow Daily is provided by third-party news agencies and is not a substitute for advice from a qualified clinician.
rel|Read next
rel|How long does a measles booster last? What the research says
rel|Clinics report shortage of paediatric nurses ahead of flu season
oth|© 2026 Meridian Press. All rights reserved.
"""),

dict(id="en-006", lang="en", hard=False, opts="", notes="Exchange 'news' page reposting a token-listing press release; squashed ticker, trading promo, press-release furniture, risk disclaimer, related list.", text="""
oth|Orbix Exchange News
nav|Spot  Futures  Earn  Launchpad  News
T|Fernway Protocol (FWY) to list on Orbix spot market on March 12
B|Orbix will open spot trading for Fernway Protocol's FWY token against USDT at 10:00 UTC on March 12, the exchange said in a notice.
B|Deposits open two days earlier, on March 10.
B|Fernway is a payments network aimed at remittance corridors between the Gulf states and South Asia.
B|Its token supply is capped at 1 billion, of which 18% will be in circulation at listing.
B|Key dates
B|March 10, 08:00 UTC: deposits open
B|March 12, 10:00 UTC: FWY/USDT trading opens
B|March 13, 10:00 UTC: withdrawals open
att|Source: Fernway Labs press release
oth|About Fernway Labs: Fernway Labs builds cross-border payment rails for migrant workers. Media: press@fernway.example
pr|New here? Claim a welcome pack of up to 500 USDT in trading rewards when you complete your first deposit.
tk|FWY LogoFernway Price(FWY)$0.0412$0.0412+6.90%USD
dis|Risk warning: digital-asset prices are volatile. This notice is for information purposes and does not form investment advice. Orbix is not responsible for losses arising from trading decisions.
rel|Keep reading on Orbix News
rel|Orbix adds 3 new perpetual pairs with up to 25x leverage
rel|Maintenance notice: ERC-20 withdrawals paused for 40 minutes
"""),

dict(id="en-007", lang="en", hard=False, opts="single", notes="Forum thread (single newlines) quoting a tech article about a phone maker's repair programme; forum chrome, post meta, signature, reply controls.", text="""
nav|GadgetDen Forums › Mobile › News & Rumours
oth|Thread: Velo phones get 7 years of parts — article inside
oth|Posted by lumen_fox » Tue Mar 03, 2026 8:41 pm
oth|Post #1
T|Velo pledges seven years of spare parts for its new handsets
B|Phone maker Velo said on Tuesday that it will sell spare parts for its new V9 series for seven years after launch, the longest commitment among mid-range brands.
B|Screens, batteries, charging ports and back glass will be sold through its website and 40 partner repair shops.
B|A battery swap will cost $49 including labour.
B|The company said the pledge was partly a response to new rules on repairability coming into force in several markets.
B|"We would rather people keep our phones than throw them away," product chief Marcus Hyde said.
att|Copied from TechLedger, link in my profile
oth|lumen_fox — "Backups are a love letter to your future self."
oth|Reply · Quote · Report post
com|4 replies · last reply by cedar_byte 2 hours ago
com|Log in or register to join this discussion.
nav|« Previous thread | Next thread »
"""),

dict(id="en-008", lang="en", hard=False, opts="", notes="Press-release portal, biotech funding; 'news provided by', about section, media contact, SOURCE line, run of blank lines before footer, cookie line.", text="""
nav|WireDesk Releases
oth|News provided by
oth|Ashgrove Therapeutics
oth|Mar 05, 2026, 07:00 ET
T|Ashgrove Therapeutics raises $86 million to advance kidney-disease drug into phase 2
B|BOSTON, March 5, 2026 —
B|Ashgrove Therapeutics, a clinical-stage biotech company, today announced an $86 million Series B financing led by Larchmont Ventures.
B|The proceeds will fund a phase 2 trial of AGT-110, an oral drug for a rare inherited kidney disease, due to begin enrolling in the third quarter.
B|"This round lets us run the trial we always wanted to run," said chief executive Dr. Imani Castro.
B|The company also named Pieter Janssen, a former regulatory head at a large drugmaker, as chief medical officer.
oth|About Ashgrove Therapeutics
oth|Ashgrove Therapeutics develops small-molecule medicines for genetic kidney disorders. It is based in Boston.
oth|Media contact: Rhea Tan, rhea.tan@ashgrove.example, +1 617 555 0144
att|SOURCE Ashgrove Therapeutics
~
rel|More releases from this organisation
ck|We use cookies to measure readership of releases. Continue browsing to accept, or manage preferences.
"""),

dict(id="en-009", lang="en", hard=False, opts="ws", notes="Local TV crime story with video player controls, standalone dateline, app prompt, mid-story 'story continues' marker, related clips.", text="""
oth|▶ Play video 2:14
oth|CC  |  1x  |  Fullscreen
T|Two arrested after catalytic converter thefts at Westbrook car lot
B|WESTBROOK —
B|Police arrested two men early Friday after a security guard spotted them sawing catalytic converters from vehicles at a used-car dealership on Pine Street.
B|Officers found 11 converters and a battery-powered saw in a van parked nearby, Sgt. Corinne Vance said.
oth|Story continues below video
B|The men, aged 24 and 31, face charges of theft and possession of burglary tools.
B|The dealership's owner said thieves had hit his lot three times since December.
B|"Each one costs me two thousand dollars and a week without the car," he said.
nav|Download the KWBR News app for breaking news alerts
rel|Watch more: Police release images in Main Street jewellery robbery
rel|Watch more: Westbrook fire crews rescue dog from frozen pond
"""),

dict(id="en-010", lang="en", hard=False, opts="", notes="Crypto market wrap on an aggregator with no headline; ticker strip at top, mid-story quote box, promo, disclaimer, stamps.", text="""
tk|BTC $61,882 -2.4%  ETH $2,941 -3.1%  SOL $118.40 -5.0%  XRP $0.5531 -1.2%
oth|CoinStream Aggregator · Market wrap · 5 min read
B|Bitcoin slipped below $62,000 on Wednesday as traders pulled money from spot funds for a third day and liquidations in futures markets topped $410 million.
B|Ether fell more than 3%, while smaller tokens dropped further.
B|Analysts at Vantor Research said funding rates had turned negative on two large derivatives venues, a sign that traders were betting on further falls.
tk|Fear & Greed: 31 (Fear)
B|Outflows from U.S.-listed spot bitcoin funds reached $288 million on Tuesday, the largest single-day total since January.
B|"The market is digesting a lot of supply from early holders," Vantor's Leo Brandt wrote in a note.
B|Biggest decliners over 24 hours:
B|Helix (HLX) -14.2%
B|Quarrystone (QRY) -11.7%
B|Polyphon (PLY) -9.8%
pr|Trade the dip with zero maker fees on CoinStream Pro — limited-time offer for new accounts.
dis|Prices shown are indicative and may be delayed. CoinStream aggregates reporting from third parties and does not verify it. Not investment advice.
rel|CoinStream2026/03/04 16:20
"""),
]
