"""textset-dev24, writer A, part 2: English cases en-013 .. en-024 (wire copy, e-mail digests,
print and e-paper text, reader-mode pages). Same tagged format and conventions as
cases_en1.py: hard-wrapped story paragraphs are one B line per printed line; slugs, priority
codes, Eds notes, stamps and end marks are `oth`; agency credits `att`; agency copyright and
reuse lines `dis`; running heads, page markers and jump lines `nav`; pull quotes `oth`; e-mail
delivery/subscription lines `nl`; digest headers `nav`; other digest items `rel`.
"""

CASES = [
    dict(id='en-013', lang='en', hard=False, opts='',
         notes='Crypto market e-mail digest saved as text: view-online line, multi-line price strip (ticker), an exchange promo, the lead item hard-wrapped with single-newline joins, other digest items as related links, a wrapped not-advice disclaimer and unsubscribe lines.',
         text="""
nl|Trouble reading this? Open the web version.
nav|THE BLOCK LEDGER DAILY — Friday edition
tk|BTC $71,408 (+1.9%)
>tk|ETH $3,322 (+0.7%)
>tk|SOL $148.10 (-2.4%)
>tk|Prices as of 06:00 UTC
pr|Trade spot and perpetuals with 0% maker fees on Kovalt. Claim your welcome bonus of up to 500 USDT →
nav|TODAY'S LEAD
T|Quorra exchange pauses withdrawals after $41 million hot-wallet breach
B|Quorra, a mid-sized exchange based in Vilnius, suspended all
>B|withdrawals on Thursday evening after attackers drained about $41
>B|million in ether and stablecoins from one of its hot wallets.
B|The company said customer balances were "fully backed" by its cold
>B|storage and that trading would continue while withdrawals stayed
>B|frozen. It gave no date for reopening them.
B|Blockchain analysts at Fernhill Labs traced the stolen funds to a
>B|mixing service within two hours of the breach.
B|Quorra says it holds about $1.6 billion in customer assets.
nav|ELSEWHERE
rel|• Tether rival Velda passes $5 billion in supply
rel|• Seoul regulator fines two exchanges over wash-trading bots
rel|• Why miners are moving to West Texas again
dis|Nothing in this newsletter is investment advice. Crypto assets are
>dis|volatile and you can lose all the money you put in. Some links are
>dis|sponsored.
nl|Manage which emails you get · Unsubscribe from the Daily
"""),
    dict(id='en-014', lang='en', hard=False, opts='single',
         notes="OCR text of a print page with no headline: the scrape starts at a jump line (the story continues from the front page), a running head, page marker and ad label interrupt the story in the middle, and the e-edition viewer's footer sits at the bottom; story hard-wrapped in single newlines. Jump line, running head and page marker are navigation; the ad label and viewer footer are other.",
         text="""
nav|HOSPITAL, from A1
B|The maternity unit at Tidewell General delivered 312 babies last year,
>B|down from 540 in 2015, and the hospital says it lost about $2.8
>B|million on obstetrics in the last fiscal year alone.
B|Hospital president Carl Ingebretsen told the board the unit could no
>B|longer keep a round-the-clock anesthesiologist on call for so few
>B|births.
nav|A8 THE TIDEWELL HERALD SUNDAY, FEBRUARY 9, 2025
nav|Page 2 of 3
oth|ADVERTISEMENT
B|Expectant mothers in the northern half of the county would have to
>B|drive about 55 minutes to St. Brendan's in Corriston, the nearest
>B|hospital with a delivery unit.
B|Midwife Asha Kettering, who has worked at Tidewell for 19 years, said
>B|she expected more women to arrive in labor at the emergency room. "The
>B|babies don't read the board minutes," she said.
B|The board will hold a public hearing on the closure on Feb. 20 at the
>B|Tidewell Grange hall.
oth|Powered by NewsLeaf e-Edition · Viewing page 8 of 32
"""),
    dict(id='en-015', lang='en', hard=False, opts='crlf',
         notes='Election results wire story (CRLF): priority code, slug and Eds note on top, the results list as short story lines, a results-page link (related) and the writing/editing credit (attribution) at the bottom.',
         text="""
oth|URGENT
oth|BRITAIN-ELECTION/WELLSBY (UPDATE 2)
oth|Eds: Updates with final count, turnout, quote from winner
T|Green candidate Andersen wins Wellsby mayoral race by 7,000 votes
B|WELLSBY, England, May 2 (Lodestar) — Green Party candidate Priya Andersen was elected mayor of Wellsby on Friday, beating the Labour incumbent after a campaign dominated by bus cuts and a stalled hospital rebuild.
B|Final results:
B|Priya Andersen (Green) 48,211 — 41.2%
B|Martin Coyle (Labour) 41,096 — 35.1%
B|Hannah Dryden (Conservative) 19,870 — 17.0%
B|Others 7,844 — 6.7%
B|Turnout was 33.8%, up from 29.4% four years ago.
B|"People asked for buses that turn up. That's the job now," Andersen told supporters at the count in the Corn Exchange.
rel|Full results for every council: lodestar.example/uk-locals-2025
att|(Writing by Fergus Ahlberg; Editing by Noor Haddad and Ian Petrosyan)
"""),
    dict(id='en-016', lang='en', hard=False, opts='nofinal',
         notes="Independent local reporter's newsletter e-mail saved as text: forwarded/sign-up line, author and date stamp on top, a subscribe pitch in the middle, reaction and restack buttons, a comment prompt, the author's mailing address, unsubscribe and app links at the bottom. Reaction buttons are share_bar; the comment prompt is comments.",
         text="""
nl|Someone forwarded this to you? Subscribe to The Ferris Street Dispatch to get it directly.
oth|Oriel Banks
oth|Dec 4
T|The Harmon Yard rezoning just got 400 pages longer
B|The developer behind the Harmon Yard project filed a revised application with the city on Monday, and it is 412 pages long. I read all of it so you don't have to.
B|The biggest change: the tallest building drops from 14 stories to 11, and the number of units falls from 620 to 540. The developer says the cut came after talks with the Ferris Street Neighborhood Association.
nl|The Dispatch is free and reader-funded. If you value it, become a paying member.
B|What hasn't changed is parking. The plan still includes 780 spaces, which the city's own transportation staff called "well above need" in a memo last month.
B|The planning commission takes it up Jan. 15. Public comment is open until Jan. 8.
sh|♡ 58 Likes · 9 Restacks
sh|Like · Comment · Restack
com|Leave a comment
oth|© 2025 Oriel Banks · 1800 Ferris St #214, Brantford Heights, MI 48211
nl|Unsubscribe
nav|Get the app · Start writing
"""),
    dict(id='en-017', lang='en', hard=False, opts='',
         notes='Student newspaper print edition as e-paper text: running head, section flag, byline with staff title, a photo caption with a separate photo-credit line (attribution), story, a see-also line pointing to another page (related) and the page footer.',
         text="""
nav|The Dallow Clarion • Vol. 96, No. 11 • Nov. 13, 2025
nav|CAMPUS NEWS
T|Dallow trustees approve 6.5% tuition increase, largest in 14 years
oth|By Kenji Oduya, News Editor
C|Students protest outside Fenwick Hall before the trustees' vote on Friday.
att|Photo by Mariel Santos / The Clarion
B|The Dallow University Board of Trustees on Friday approved a 6.5% increase in undergraduate tuition for next fall, bringing the annual sticker price to $48,930 before room and board.
B|About 60 students stood outside Fenwick Hall with signs reading "Who is this for?" while the board met upstairs. The vote was 9-2.
B|Vice President for Finance Glenda Moreau said rising health insurance costs for staff and a $6 million drop in state aid left the board few options.
B|The university says it will raise its need-based aid budget by 9%, so that students from families earning under $90,000 a year should see no increase.
B|Student Senate President Ada Kowalczyk said the senate would ask the board to publish the full budget model before the next vote.
rel|For the full trustee budget breakdown, see page A6.
nav|PAGE A3 • THE DALLOW CLARION
"""),
    dict(id='en-018', lang='en', hard=False, opts='single nofinal',
         notes='Ice-storm wire story as received by a subscriber (single newlines, no final newline): priority code, slug and Eds note on top, hard-wrapped story with outage figures per utility as short story lines, a coverage link (related) and a wrapped agency rights line (disclaimer) at the bottom.',
         text="""
oth|URGENT
oth|BC-Ice-Storm-Outages,0452
oth|Eds: New throughout. UPDATES with outage totals, school closures, governor's comments.
T|Ice storm leaves more than 300,000 without power across three states
oth|By RUTH-ANN COLLIER
B|LITTLE SPRINGS, Ark. (MWS) — A slow-moving ice storm coated power lines
>B|and trees from northern Arkansas to southern Indiana on Tuesday, knocking
>B|out electricity to more than 300,000 homes and businesses and closing
>B|hundreds of schools.
B|Outages as of 3 p.m. CST, according to utility reports:
B|Ozark Plains Electric: 141,200
B|Tri-River Power: 96,750
B|Bluegrass Cooperative: 67,300
B|Gov. Delphine Harrow said crews from six other states were on their way
>B|and warned that some rural customers could be without power through the
>B|weekend.
B|Police said no one was hurt in dozens of minor crashes on Interstate 57.
rel|More on the storm: mwsnews.example/weather
dis|All contents © 2025 Meridian Wire Service. Subscribers may publish this
>dis|story under the terms of their agreement; any other use requires
>dis|permission.
"""),
    dict(id='en-019', lang='en', hard=False, opts='',
         notes='Long-read from a magazine site opened in reader mode: audio line, save and gift buttons, byline and read time on top, a pull quote in the middle, a subscription offer and more-from-this-section links at the bottom. The audio line, pull quote and offer are other; save/gift buttons are share_bar.',
         text="""
nav|The Ridgeline Review › Features
T|The last lighthouse keeper on the Marlow coast is retiring. Nobody will replace her.
sh|Save
sh|Gift this article
oth|Listen · 6 min
oth|Words by Thea Castellanos · 9 min read
B|Agnes Wollery has climbed the 114 steps of the Greyhaven light every morning for 26 years, even after the lamp went automatic in 2011 and the coast guard told her she no longer had to.
B|She stays on as a contract caretaker, paid $31,000 a year to check the solar panels, log the weather and keep hikers from climbing the railing. On March 31, the contract ends and will not be renewed.
oth|“The light doesn’t need me. The people who come here sometimes do.”
B|The coast guard says remote sensors now report every fault the caretaker used to find, and a maintenance crew from Port Alder can reach the station in under two hours.
B|Wollery, 67, plans to move to her sister's house in Corriston. "The light doesn't need me," she said. "The people who come here sometimes do."
B|The station's cottage will be offered to the Marlow Heritage Trust on a 25-year lease.
oth|Read without limits — 12 weeks of The Ridgeline Review for $1 a week.
rel|More from Features
rel|Inside the last family-run ferry on the Sallow River
rel|What happens to a town when its only bank leaves
"""),
    dict(id='en-020', lang='en', hard=False, opts='ws',
         notes='Business morning e-mail digest (trailing whitespace on some lines): view-in-browser line, greeting, an index strip (ticker), a presented-by sponsor line, the top story, the rest of the digest as related links, then referral, preferences and address lines. The greeting and referral pitch are newsletter; sponsor and address are other.',
         text="""
nl|Read this briefing in your browser
nl|Good morning. Here's what's moving before the opening bell.
tk|S&P futures +0.3% · Nasdaq futures +0.5% · Stoxx 600 -0.1% · Nikkei +1.2% · Gold $2,418 · WTI $77.05
oth|Today's briefing is brought to you by Halberd Payroll — payroll that closes itself.
nav|THE BIG ONE
T|Ostrava Foods agrees to buy snack maker Brightly for $3.4 billion
B|Ostrava Foods said on Monday it would buy Brightly Snacks, maker of the Crunchwell and Daisy Pop brands, for $3.4 billion in cash, its largest deal since it was spun off from Harlan Group in 2019.
B|The $38-a-share price is a 27% premium to Brightly's Friday close.
B|Ostrava chief executive Miriam Okafor said the company expects $180 million in annual cost savings by the third year, mostly from combining warehouses and trucking.
B|Brightly's founders, who own about 22% of the company, have agreed to vote for the deal.
nav|ALSO WORTH YOUR TIME
rel|Airlines trim summer capacity as engine repairs drag on
rel|The four-day week pilot that quietly ended
rel|Chart of the day: store closings by state
nl|Know someone who'd like this? Send them our sign-up link and earn a free tote.
nl|Manage your subscriptions
oth|Bellweather Media, 40 Dock Street, Boston, MA 02110
"""),
    dict(id='en-021', lang='en', hard=False, opts='',
         notes="Wire story with its photo as published on a member paper's site: section label on top, a wire photo caption with agency credit (caption), story, then a run of extra blank lines, agency credit line, the agency's reuse notice (disclaimer) and tag list.",
         text="""
nav|Nation & World
T|Fire guts historic Tollbridge textile warehouse; two firefighters treated
oth|Published 6:12 a.m. ET Aug. 19, 2025
C|Firefighters spray water on the Kessler warehouse in Tollbridge, N.H., early Tuesday. (MWS Photo/Gideon Parr)
B|TOLLBRIDGE, N.H. (MWS) — A fire that started on the loading dock of a vacant 1890s textile warehouse spread through all four floors overnight, sending flames over the Millstream River and forcing the evacuation of two apartment buildings nearby.
B|Two firefighters were treated for heat exhaustion and released, Fire Chief Warren Oyelaran said. No one else was hurt.
B|The brick Kessler warehouse had been empty since 2016. A developer bought it last year with plans for 90 apartments and had started removing asbestos in June.
B|The state fire marshal's office is investigating. Oyelaran said the cause did not appear suspicious "at this point."
~
att|Associated coverage from the Meridian Wire Service
dis|This wire story is reproduced under license. It may not be copied or redistributed from this site.
nav|Tags: Tollbridge, fires, historic buildings
"""),
    dict(id='en-022', lang='en', hard=False, opts='',
         notes='E-paper article view with a cookie banner: banner lines on top, running head, glued subheading (duplicate_line), hard-wrapped story with single-newline joins, a page marker in the middle, and edition navigation links at the bottom.',
         text="""
ck|The Calloway Sentinel e-Edition uses cookies and similar tools to keep you signed in and to study page traffic. Continue browsing to agree, or change your settings.
ck|Cookie settings
ck|OK, continue
nav|THE CALLOWAY SENTINEL | SATURDAY, JANUARY 17, 2026 | 3A
T|School lunch debt tops $210,000 as district weighs write-off
dup|A donor has offered to cover half.A donor has offered to cover half.
oth|By Lucinda Farrow | Sentinel staff
B|Families in the Calloway County School District owe $212,460 in unpaid
>B|school lunch charges, up from $74,000 two years ago, according to
>B|figures presented to the school board Thursday.
B|The increase followed the end of a state program that paid for free
>B|meals for all students during the 2023-24 school year.
nav|Page 2 of 2
B|Local businessman Ted Nakamura has offered to pay half the balance if
>B|the district covers the rest from its reserve fund.
B|Board member Carla Ruiz said she supported the deal but wanted to know
>B|how many families qualified for free meals and never applied.
B|The board votes Feb. 5.
nav|◀ Previous article | Next article ▶
nav|Back to page 3A · Browse all sections
"""),
    dict(id='en-023', lang='en', hard=False, opts='crlf',
         notes='Court wire story on a news portal with no headline line (CRLF): section label and update stamp on top, story, writing/editing credit (attribution), copyright line (disclaimer) and a licensing link at the bottom.',
         text="""
nav|World | Legal
oth|Updated 2 min ago
B|LONDON, March 3 (Tasman) - Britain's High Court on Monday ordered shipping insurer Northwall Marine to pay 186 million pounds to the owners of a cargo ship detained in a Black Sea port for more than two years.
B|Judge Alicia Fenwright ruled that the policy's war-risk clause covered the seizure of the Caspian Harrier, rejecting Northwall's argument that the detention was a customs dispute.
B|Northwall said it was "reviewing the judgment carefully" and had not decided whether to appeal.
B|The ship's owner, Athens-based Halkis Maritime, had sought 240 million pounds including interest.
B|Lawyers said the ruling could affect at least a dozen similar claims over ships stuck in the region.
att|(Writing by Oona Castell; Editing by Marcus Blythe)
dis|© Tasman Newswire 2025. All rights reserved.
oth|Purchase licensing rights
"""),
    dict(id='en-024', lang='en', hard=False, opts='nofinal',
         notes='Evening political e-mail digest saved as text (no final newline): sign-up line for forwarded readers, masthead and issue stamp, advertiser slot, the main story, the other digest items as related links, an advertise-with-us line, contact and unsubscribe lines.',
         text="""
nl|New here? Get the Statehouse Evening in your inbox every weekday at 5.
nav|STATEHOUSE EVENING
oth|Tuesday, June 24, 2025 · by the Capitol Ledger politics desk
oth|— A MESSAGE FROM THE HOSPITAL ASSOCIATION OF MERCER —
oth|Rural hospitals keep Mercer working. Tell lawmakers to protect them in this year's budget.
T|Budget deal reached: Mercer lawmakers agree on $61.3 billion spending plan
B|Legislative leaders and Gov. Aaron Feliciano announced a two-year budget agreement Tuesday afternoon, a week before the fiscal year ends and after a month of closed-door talks.
B|The plan raises school aid by $740 million, keeps the income tax rate at 4.6% and puts $300 million into the state's rainy-day fund.
B|House Minority Leader Corinne Baptiste said her caucus had not seen the bill text and called the deal "a press release, not a budget."
B|Floor votes are expected Thursday.
nav|MORE FROM THE DOME
rel|Senate passes cellphone ban for middle schools
rel|Who's running for the open 14th District seat
rel|Mapped: where the new highway money goes
oth|Want to reach 38,000 Mercer policy readers? Advertise in Statehouse Evening.
nl|Questions or tips? Write to evening@capitolledger.example.
nl|Unsubscribe or change how often you hear from us
"""),
]
