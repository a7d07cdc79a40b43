"""textset-dev36, writer A, part 1: English live blogs, breaking news and timelines (en-001 .. en-012).

Tagged line lists for ../textset-dev20/src/make_cases.py. Labelling: a line that is only a time
or date stamp (over a post, or the page's own stamp) is `other`; a time that starts an update's
own text on the same line is story. Per-post share / copy-link lines are `share_bar`; reporter
name lines over posts, "Pinned" / "Key event" badges, LIVE labels and live-blog controls
(refresh, auto-update, show key events, load more) are `other`; key-event link lists, menus and
"jump to latest" are `navigation`; score boxes and weather widgets are `other`; market strips are
`crypto_ticker`.
"""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="County election-night live blog on a local paper: reverse-chronological posts, each under a bare time stamp and a reporter name (other) with a per-post Copy link (share_bar); cookie banner and menu on top, alerts pitch and related list below.",
     text="""
nav|The Ridgeway Ledger
nav|Politics | Local | Opinion | Sports | Obituaries | e-Edition
ck|We and our 14 partners store cookies on your device to measure traffic and tailor ads. Manage choices
ck|Agree and continue
oth|LIVE
T|Harlan County election results: Sheriff race too close to call as final precincts report
oth|Auto-refresh is on
oth|By Denise Okafor and Raul Benitez
oth|Last updated 11:52 p.m. ET
oth|11:52 p.m.
oth|Raul Benitez
B|Sheriff race tightens
B|With 61 of 64 precincts counted, incumbent Sheriff Tom Abernathy leads challenger Lena Marsh by 212 votes.
sh|Copy link
oth|11:20 p.m.
oth|Denise Okafor
B|Turnout hit 48 percent, the county clerk's office said, the highest for a midterm since 2010.
B|"We're going to count every ballot, and we're not going to rush it," Clerk Yvonne Pratt told reporters outside the election annex.
sh|Copy link
oth|10:41 p.m.
oth|Raul Benitez
B|The Harlan schools levy is passing comfortably, 57 percent to 43 percent, according to unofficial returns.
sh|Copy link
oth|9:05 p.m.
oth|Denise Okafor
B|Polls are now closed across Harlan County. Anyone still in line at 8 p.m. was allowed to vote.
sh|Copy link
oth|Load earlier posts
nl|Get the Ledger's election-night alerts in your inbox. Sign up free
rel|Who is on the ballot in Harlan County this year
rel|Where the two sheriff candidates stand on jail staffing
oth|© 2026 The Ridgeway Ledger · 410 Cobb St., Ridgeway · Contact us
"""),

dict(id="en-002", lang="en", hard=False, opts="ws",
     notes="Local TV hurricane live page with relative stamps ('12m ago', other), a pinned post, an alert strip, a weather widget and a stream promo (other); a short list of open stores is story. Trailing whitespace on some lines.",
     text="""
nav|WKTV 7 News Now
nav|Home  Weather  Traffic  Watch Live  Contests  Jobs
oth|WEATHER ALERT: Hurricane Warning in effect for coastal Pell and Dorsey counties
oth|LIVE UPDATES
T|Hurricane Corwin live updates: Landfall expected near Port Salle overnight
oth|Posted 6 hours ago
oth|Pinned
B|Evacuation orders remain in effect for zones A and B in Pell County. Shelters are open at Salle High School and the Dorsey Civic Center.
oth|12m ago
B|The hurricane center's 5 p.m. advisory puts Corwin's maximum sustained winds at 105 mph, a strong Category 2 storm.
sh|Share this update
oth|48m ago
B|About 18,400 customers are without power across the three coastal counties, according to Gulfline Electric.
oth|Watch: 7 Live Stormcast, streaming now
oth|1h ago
B|The causeway to Ketter Island is closed to all traffic until further notice, the sheriff's office said.
oth|2h ago
B|Gov. Arlene Dupree has asked for a federal emergency declaration ahead of landfall.
B|Still need supplies? These stores told us they will stay open until 9 p.m.:
B|Haskin's Hardware on Route 9
B|Bay Foods on Commerce Street
oth|Port Salle 81° · Wind NE 38 mph · Gusts 54 mph
nav|Get the WKTV 7 app for push alerts during the storm
rel|Hurricane prep checklist: what to pack in a go-bag
rel|Map: Pell County evacuation zones explained
dis|Copyright 2026 WKTV Gulf Broadcasting. All rights reserved.
"""),

dict(id="en-003", lang="en", hard=False, opts="single",
     notes="Court-reporting site's live page from day 9 of a fraud trial: bare stamps and a 'Key event' badge (other), 'Show key events only' control (other), a comments-closed line and a reporting-restrictions disclaimer at the bottom. Single newlines.",
     text="""
nav|Courtwatch Daily
nav|News › Courts › Live
oth|LIVE
T|Gallen fraud trial, day 9: Former finance chief says she warned board about missing funds
oth|Rebecca Lusk, courts reporter
oth|Updated 3:48 p.m.
oth|Show key events only
oth|3:48 p.m.
B|Judge Harriet Oyelaran has sent the jury home for the day. Cross-examination of Priya Nandakumar resumes at 9:30 a.m. Thursday.
oth|3:12 p.m.
B|Defence counsel Martin Roe asked Nandakumar why she did not go to the police. "I believed the board would act," she replied.
oth|Key event
oth|2:05 p.m.
B|Nandakumar told jurors she first noticed $4.1 million missing from the depot renovation account in April 2023.
B|She said she sent an email titled "Urgent - reconciliation" to all seven directors that evening.
oth|11:40 a.m.
B|The prosecution's witness list shows 14 more people are expected to testify before the end of the month.
com|Commenting is switched off on this live page for legal reasons
dis|Reporting restrictions apply. Nothing in this coverage is a finding of fact by the court.
rel|Day 8: Auditor describes a "shoebox of invoices"
rel|Who is Calvin Gallen? The rise and fall of a transport boss
nl|Courtwatch Briefing: the day's key rulings, every weeknight at 7
"""),

dict(id="en-004", lang="en", hard=False, opts="",
     notes="International broadcaster's summit live page with a key-events link list (navigation), CET stamps (other), an embedded social post whose handle, 'View on' link and like counts are other while its quoted text is story, and an additional-reporting credit (attribution).",
     text="""
nav|Meridian World Service
nav|World  Europe  Asia  Business  Climate  Live
ck|Your privacy choices: we and our partners use cookies. Select OK to accept or Settings to adjust.
ck|OK | Settings
T|North Sea energy summit live: Leaders agree interconnector deal after all-night talks
oth|Live reporting by Sanna Lindqvist in Aarhus
oth|Key events
nav|Deal signed on 4GW cable
nav|Norway pledges €2.3bn
nav|Protesters block harbour road
oth|08:57 CET
B|The leaders have just signed the interconnector agreement. The cable, running 610km from Stavern to Eemshaven, is due to carry power from 2031.
sh|Copy link to this post
oth|08:31 CET
B|Danish Prime Minister Kasper Holm posted a photo of the signing table a few minutes ago:
oth|@KasperHolmDK
B|"Seven countries, one grid. Thank you to every team that stayed up all night."
oth|View on Threadline
oth|2,418 likes · 311 reposts
oth|07:45 CET
B|Norway has pledged €2.3bn to the joint fund, by far the largest contribution, according to a draft seen by Meridian.
oth|Advertisement
oth|06:10 CET
B|About 200 fishing-industry protesters blocked the road to the harbour conference centre before dawn. Police said the demonstration was peaceful.
sh|Copy link to this post
att|Additional reporting by Tomasz Wrona in Gdansk
rel|Explainer: What is an interconnector and why does it matter?
nl|Sign up for Meridian's Climate Week newsletter
"""),

dict(id="en-005", lang="en", hard=False, opts="nofinal",
     notes="Financial paper's markets live blog: index/FX strip on top (crypto_ticker), bare HH:MM stamps (other), a sponsored crypto ad slot between posts (crypto_promo, with its 'Sponsored' label as other), delayed-data/not-advice line (disclaimer). No final newline.",
     text="""
tk|NBX 200 8,412.6 ▲0.8% | ORX 3,118.4 ▼0.3% | GBP/USD 1.2741 | Brent $78.12 | Gold $2,391
nav|Canterbury Financial Times   Markets   Companies   Economy   Personal Finance
oth|LIVE
T|Markets live: Northbridge 200 hits record as Halvern Mining surges on takeover bid
oth|Graham Ives
oth|Thu 14 May 2026 16:35 BST
oth|16:35
B|Closing bell: The Northbridge 200 finished up 0.8pc at 8,412.6, a new closing high.
oth|15:50
B|Halvern Mining shares ended the day 22pc higher at 418p after Calder Resources confirmed it had made an approach valuing the miner at £6.2bn.
B|Halvern said it was "considering its options" and had not yet received a firm offer.
sh|Share on LinkedIn · Share on X · Email
oth|14:20
B|Sterling slipped a third of a cent against the dollar after weaker-than-expected retail sales figures.
oth|13:05
B|Retail sales volumes fell 0.6pc in April, the statistics office said. Economists had expected a 0.1pc rise.
oth|Sponsored
pr|Trade 300+ coins with zero fees for 30 days. Open a Vexa account today
oth|Load more
dis|Market data delayed by at least 15 minutes. Nothing on this page is investment advice.
rel|Most read in Markets
rel|Why mining stocks are back in fashion
rel|Halvern bid: what shareholders need to know
"""),

dict(id="en-006", lang="en", hard=False, opts="",
     notes="Minute-by-minute football report: score box and attendance line (other), 'Show key events only' (other); every minute line (\"71' GOAL! ...\") and the FULL-TIME/HALF-TIME lines are story; comment count and sign-in prompt are comments.",
     text="""
nav|GoalLine Sport
nav|Football  Cricket  Rugby  Tennis  Golf  More
oth|Ashbury Rovers 2–1 Kellwood Athletic
oth|FT · Valley Stadium · Att: 21,604
T|Ashbury Rovers 2-1 Kellwood Athletic: as it happened
oth|Jamie Prentice at Valley Stadium
oth|Show key events only
B|FULL-TIME: Ashbury Rovers 2-1 Kellwood Athletic. Rovers climb to third.
B|90+4' Kellwood's last corner is headed away by Fenwick. That should be that.
B|84' Yellow card for Kellwood's Dario Mensah for a late one on Ojo.
B|71' GOAL! Rovers 2-1. Tobi Ojo curls one into the far corner from the edge of the box.
sh|Share
B|46' We're back under way at Valley Stadium.
B|HALF-TIME: Rovers 1-1 Athletic.
B|38' GOAL! Kellwood level. Sam Petrakis taps in after Lund can only parry.
B|9' GOAL! Rovers lead. Conor Hale heads in from a corner.
oth|Advertisement
com|312 comments
com|Log in to add your comment
rel|Kellwood boss: "We were the better side for an hour"
rel|League table: where every club stands after tonight
"""),

dict(id="en-007", lang="en", hard=False, opts="crlf",
     notes="TV station's growing breaking-news page: BREAKING label, 'Developing story' note and published/updated stamp are other; each 'UPDATE n:' line and the ORIGINAL STORY line are story; wire contribution (attribution) and station copyright (disclaimer). CRLF.",
     text="""
nav|KNXR 4 News | Dunmore
oth|BREAKING
T|Explosion at Dunmore food plant: 3 injured, shelter-in-place lifted
oth|Developing story. Check back for the latest.
oth|By KNXR Staff
oth|Published 1:14 p.m. | Updated 4:02 p.m.
B|UPDATE 4 (4:02 p.m.): Dunmore Fire Chief Alma Reyes says the shelter-in-place order for the Ridgecrest neighborhood has been lifted.
B|UPDATE 3: All three workers taken to St. Brendan's Hospital are in stable condition, a hospital spokesperson said.
B|UPDATE 2: Investigators believe the blast started in an ammonia refrigeration room at the rear of the Kelbrook Foods plant.
oth|Story continues below
B|UPDATE 1: Crews have contained a fire at the plant. Route 22 between Mill Road and Harper Lane remains closed.
B|ORIGINAL STORY: Emergency crews were called to the Kelbrook Foods plant on Harper Lane at about 12:50 p.m. after neighbors reported a loud bang and black smoke.
B|Residents within half a mile were told to stay indoors and close their windows.
sh|Facebook Twitter Email Print
att|The Associated Wire contributed to this report.
dis|Copyright 2026 KNXR-TV. This material may not be republished or redistributed.
nav|Download the KNXR 4 app for breaking alerts
"""),

dict(id="en-008", lang="en", hard=False, opts="",
     notes="Chronology page scraped without its headline: the lead-in line and every dated entry ('1964 — ...') are story; skip link, masthead, read-time byline, ad label, read-next teasers after a run of blank lines, share and back-to-top are noise.",
     text="""
nav|Skip to content
nav|Lowmoor Gazette | History | Features
oth|Elliot Brand | 9 min read
B|Sixty years of the Lowmoor viaduct, in dates:
B|1964 — Work begins on the 22-arch viaduct to carry the new bypass over the Tarn valley.
B|1967 — The viaduct opens to traffic on 3 October; 4,000 people walk across it the day before.
B|1982 — Cracks are found in arches 7 and 8. A weight limit of 18 tonnes is imposed.
B|1991 — A £9m repair programme is completed and the weight limit is lifted.
oth|Advertisement
B|2009 — The viaduct is listed as a structure of local historic interest.
B|2024 — Inspectors rate its condition "poor" and one lane is closed.
B|2026 — The council votes 31-9 to fund a full replacement deck by 2030.
~
rel|Read next: The Tarn valley village that lost its railway
rel|Read next: How the new flood walls will work
sh|Share this article
nav|Back to top
"""),

dict(id="en-009", lang="en", hard=False, opts="ws",
     notes="National paper's budget-day live blog: auto-update and new-posts controls (other), a poster line and bare stamps (other), a one-line quote and a one-line fact are story; jump-to-latest (navigation), comments count, newsletter, external-sites disclaimer. Trailing whitespace.",
     text="""
nav|Westhaven Post
nav|Politics live
T|Budget day live: Chancellor Neve Adair raises fuel duty by 3p and freezes income tax thresholds
oth|Auto-update: on
oth|3 new posts
oth|Posted by Cormac Delaney
oth|13:58
B|The Chancellor sits down after 71 minutes. Opposition leader Fiona Makepeace is now responding.
oth|13:41
B|Fuel duty will rise by 3p a litre from 6pm tonight, Adair confirms, the first increase in eight years.
B|Income tax thresholds are frozen until April 2029.
sh|Copy link
oth|13:22
B|Adair: "This is a budget for builders, not borrowers."
B|She announces 40,000 extra social homes over the parliament, funded by a levy on empty second properties.
sh|Copy link
oth|12:31
B|The Chancellor is on her feet.
oth|Ad
nav|Jump to latest
rel|Budget calculator: how will it affect you?
rel|Analysis: Adair bets the house on housing
com|Have your say: 1,148 comments
nl|Politics Unpacked, our daily political newsletter. Sign up
dis|The Westhaven Post is not responsible for the content of external sites.
"""),

dict(id="en-010", lang="en", hard=False, opts="crlf single",
     notes="Marathon results page where the result lists are the story (list headers and placings are story); results-provider credit (attribution), byline and date (other), related and follow prompt below. CRLF, single newlines.",
     text="""
nav|Harbourtown Chronicle
nav|Sport / Athletics
T|Harbourtown Marathon 2026: Kiprono breaks course record, full results
oth|Staff reporter
oth|April 26, 2026
B|Amos Kiprono won the Harbourtown Marathon in 2:07:41 on Sunday, cutting 49 seconds from the course record set in 2019.
B|Women's winner Hanna Söderberg finished in 2:24:05 despite a headwind along the seafront for the final 8km.
B|Men's top three:
B|1. Amos Kiprono (KEN) 2:07:41
B|2. Tesfaye Alemu (ETH) 2:08:13
B|3. Jonah Whitcombe (GBR) 2:09:50
B|Women's top three:
B|1. Hanna Söderberg (SWE) 2:24:05
B|2. Ruth Cheruiyot (KEN) 2:24:58
B|3. Carla Méndez (ESP) 2:26:31
B|Organisers said 11,280 runners finished, a record for the event.
att|Results supplied by RaceTiming Pro
oth|Advertisement
rel|Photos: the best scenes from marathon morning
rel|Road closures lifted across the city centre
nav|Follow Chronicle Sport on Instagram
"""),

dict(id="en-011", lang="en", hard=False, opts="",
     notes="Council election count page: RESULTS LIVE label, declared counter and refresh stamp (other); the seat tally lines with changes are story; data credit (attribution), share, alerts pitch, related map and a cookie notice at the very bottom.",
     text="""
nav|Fenmarsh Echo
nav|Home / News / Elections 2026
oth|RESULTS LIVE
T|Fenmarsh council election 2026: Greens take control after gaining 9 seats
oth|Declared: 42 of 42 seats
oth|Last refreshed 03:17
B|Seats won (change since 2022):
B|Green 23 (+9)
B|Independents 9 (-2)
B|Liberal Democrats 6 (-3)
B|Conservatives 4 (-4)
B|The Greens needed 22 seats for a majority and passed it with the declaration in Holme ward at 2:55am.
B|Turnout was 33.8 percent, down from 36.1 percent four years ago.
B|Green group leader Imogen Ashdown said: "People voted for cleaner rivers and cheaper buses, and we will deliver both."
sh|Share these results
att|Data: Fenmarsh District Council returning officer
nl|Don't miss a declaration: get Echo breaking news by email
rel|Ward-by-ward map: see who won where
ck|Cookies help us run this site. By carrying on browsing you agree to our cookie policy.
"""),

dict(id="en-012", lang="en", hard=False, opts="single nofinal",
     notes="Over-by-over cricket commentary of a cup final: score box and result line (other), a refresh control and a betting ad label (other); every ball line ('46.2 OUT! ...') and the drinks-break line are story. Single newlines, no final newline.",
     text="""
nav|Stumps & Bails
nav|Live scores | Fixtures | Rankings | Fantasy
oth|Eastshire 287/6 (50 ov) · Northvale 241 (46.2 ov)
oth|Eastshire won by 46 runs
T|Eastshire v Northvale, One-Day Cup final: live commentary
oth|Commentary by Owen Tregarth
B|46.2 OUT! Bamford holes out to long-on. Eastshire are the One-Day Cup champions!
B|45.4 Four, swept fine by Latimer. Northvale need 51 from 26 balls.
B|44.1 Dropped! A simple chance spills through the hands of Ridley at mid-wicket.
oth|Refresh
B|40.0 End of the 40th over: Northvale 198/7, needing 90 from 60.
B|Drinks break. Eastshire have been superb in the field today.
B|31.3 OUT! Quinlan is run out by a direct hit from Ames at cover.
oth|Sponsored · Bet responsibly. 18+ only
nav|Full scorecard
rel|Eastshire's road to the final
sh|Share this commentary
"""),
]
