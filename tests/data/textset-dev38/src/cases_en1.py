"""textset-dev38, writer A, part 1: English sports pages en-001 .. en-012 (match reports, transfer
news, athletics, cricket, motorsport, cycling, tennis, esports, fantasy advice, a club statement,
a fan-site repost, a rugby preview). Tagged line lists for ../../textset-dev20/src/make_cases.py."""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="National paper's football match report: masthead and menu, consent dialog, a live-score strip, byline and stamp, match-centre tabs, an ad label and a related teaser mid-story, share bar, 'More on this team' and a comment count at the bottom. The score-and-scorers line is story.",
     text="""
nav|The Calder Courier
nav|News  Sport  Football  Cricket  Rugby Union  Tennis  F1  Golf  More
ck|We and our 143 partners store cookies on your device to count which match reports you read and to show you ads that fit. Change your mind any time under Privacy Settings.
ck|Agree and close
ck|See purposes
oth|LIVE  Ashby Town 1-0 Merrow Vale  62'
T|Pellham United 3-1 Crane Athletic: Okafor double lifts United into second
oth|Rhiannon Tully at Brookfield Road
oth|Sat 14 Mar 2026 17.58 GMT
nav|Match centre | Line-ups | Stats | Report
B|Pellham United 3 (Okafor 23, 71, Varga 88) Crane Athletic 1 (Lindqvist 55)
B|Chidi Okafor scored twice and had a hand in the third as Pellham United moved into the automatic promotion places with a win that never looked in doubt after the break.
B|The striker opened the scoring from close range after Crane's goalkeeper, Tomas Ferre, could only parry a low drive from the left-back Jamie Cowell.
B|Crane levelled ten minutes after the restart when Erik Lindqvist curled a free-kick over the wall, and for a spell the visitors looked the more likely side.
oth|Advertisement
rel|Read more: Crane Athletic appoint former academy boss as caretaker
B|Okafor restored the lead with a glancing header from a corner, his 17th league goal of the season, before the substitute Bence Varga tapped in at the far post.
B|"We had to suffer for twenty minutes, and I liked how we suffered," said the Pellham manager, Declan Moyse. "The lads kept the ball when it mattered."
B|Pellham travel to Harbury on Tuesday. Crane, who have won once in nine matches, stay 19th.
sh|Share
sh|Facebook  X  WhatsApp  Messenger  Email  Copy link
rel|More on this team
rel|Moyse hints at new deal for Okafor before deadline
rel|Pellham fans to get extra 2,000 tickets for Harbury trip
rel|Varga: I am ready to start every week
com|Comments (184)
com|Join the conversation: sign in to comment on this report
"""),

dict(id="en-002", lang="en", hard=False, opts="",
     notes="Tabloid transfer story: doubled dek at the top, breadcrumb, byline and stamp, a betting odds box (other) with its gambling warning (disclaimer) mid-story, a newsletter pitch mid-story, tag list and trending list at the bottom. Fee and contract figures quoted in the story are story.",
     text="""
dup|Kestrel Rovers want a left-back before the window shuts.Kestrel Rovers want a left-back before the window shuts.
nav|Home > Football > Transfer News
T|Kestrel Rovers table £14m bid for Dunmore defender Ashton Pryce
oth|By Gavin Marsh, Chief Football Writer
oth|Updated 09:41, 30 Jan 2026
B|Kestrel Rovers have made a £14million offer for Dunmore City left-back Ashton Pryce as they try to finish their business before Monday's deadline.
B|The 23-year-old has 18 months left on his contract and has turned down two offers of fresh terms at Dunmore this season.
B|Dunmore value the England Under-21 international at closer to £20million and are in no hurry to sell to a direct rival in the top half.
oth|NEXT CLUB ODDS: ASHTON PRYCE
oth|Kestrel Rovers 4/7  |  Halden Forest 3/1  |  Stays at Dunmore 5/1
oth|Odds correct at time of publishing. Bet with Pitchbet
dis|18+ only. Gambling can be addictive, so set a limit and stick to it. Help at playwise-support.org.uk
B|Rovers boss Sean Akinola has been told he must sell before he can add to his squad, and winger Lewis Dray is attracting interest from two clubs in Portugal.
nl|Get the Transfer Window Daily newsletter: every deal, every rumour, in your inbox by 7am
nl|Sign me up
B|Pryce made 31 appearances last season and was named in the division's team of the year.
B|Dunmore are expected to reject the opening bid by the end of the day.
nav|Topics: Kestrel Rovers, Dunmore City, Transfer News
rel|Trending in Football
rel|Halden Forest close in on Norwegian keeper after medical
rel|Five deals that could still happen before Monday night
rel|Akinola: 'I have not spoken to the board about my future'
"""),

dict(id="en-003", lang="en", hard=False, opts="",
     notes="Athletics federation news page on an indoor meeting: menu and breadcrumb, a photo caption with its stand-alone photo credit (attribution), results of the 60m finals as story list items, a 'Results PDF' link and sponsor line, related news and a footer copyright line.",
     text="""
nav|ATHLETICS NORTHLAND
nav|Home  Competitions  Results  Rankings  Clubs  Coaching  Shop
nav|News / Indoor Season / Results
T|Sellers and Okonjo claim 60m titles in Halvergate
C|Maya Sellers crosses the line in the women's 60m final at the Halvergate Dome on Sunday.
att|Photo: Ben Ruddock / Athletics Northland
oth|Posted 22 February 2026 by the Media Team
B|Maya Sellers and Daniel Okonjo won the national indoor 60m titles on a fast track at the Halvergate Dome on Sunday afternoon.
B|Sellers, 20, ran a personal best of 7.14 seconds to edge the defending champion in a final decided by two hundredths.
B|Women's 60m final
B|1. Maya Sellers (Eastmoor AC) 7.14 PB
B|2. Lorna Keddie (Tynebridge Harriers) 7.16
B|3. Priya Lamb (City of Aldwick) 7.21
B|Men's 60m final
B|1. Daniel Okonjo (Southfen) 6.58
B|2. Rhys Caddell (Barrowmere) 6.61
B|3. Harvey Stott (Eastmoor AC) 6.63
B|Both champions secured the qualifying standard for the World Indoor Championships in March.
oth|Full results (PDF, 412KB)
oth|The National Indoor Championships are supported by Corrin Energy
rel|Latest news
rel|Team named for the Four Nations indoor match in Lisbon
rel|Coaching course dates announced for spring 2026
dis|© Athletics Northland 2026. Registered charity no. 1098432.
"""),

dict(id="en-004", lang="en", hard=False, opts="single",
     notes="County cricket report on a cricket site, single newlines: a latest-scores strip (other), section menu, byline, the innings summary lines are story, an inline 'Also read' and a live-page teaser (related_links) mid-story, share links and a most-read list at the bottom.",
     text="""
nav|Cricket Ledger
nav|Home | County Championship | One-Day Cup | Women | Fixtures | Tables | Podcasts
oth|Latest scores: Wessex 212 & 44/1 v Marcham 301 | Trent 188/6 v Eastshire | Northfield 97 all out v Coldridge
T|Haskins hundred gives Marcham the upper hand against Wessex
oth|Ollie Prebble at the Avenue Ground
oth|Day 2 report, published 7.22pm
B|Marcham 301 (Haskins 114, Dale 56; Vickers 4-67) lead Wessex 212 (Grant 71; Murrow 3-40) and 44-1 by 45 runs
B|Joel Haskins made his first Championship hundred for two years as Marcham built a lead of 89 on first innings at the Avenue Ground.
B|Haskins came in at 61 for three and batted for almost five hours, hitting 14 fours and a six over long-on off the spinner Tom Eley.
rel|Also read: Marcham sign Kiwi seamer for second half of season
B|He added 102 for the sixth wicket with the wicketkeeper Ryan Dale, who was dropped twice on his way to 56.
B|Wessex reduced the deficit before the close, with their openers seeing off a testing spell from Owen Murrow in fading light.
rel|Follow day three ball by ball from 10.30am on our live page
B|Rain is forecast for the afternoon of the final day, which could leave Marcham needing to force the pace on Saturday morning.
sh|Share this report: Facebook | X | Email
rel|Most read
rel|1. England Lions squad: three uncapped spinners named
rel|2. Trent seamer banned for two matches after reaching nine points
rel|3. The County Championship table after round four
"""),

dict(id="en-005", lang="en", hard=False, opts="crlf",
     notes="Motorsport site's race report with CRLF endings: menu, results/standings tabs, byline and stamp, video player controls mid-page, the top-ten classification and a points line as story items, newsletter pitch, related stories and copyright at the bottom.",
     text="""
nav|GRIDLINE
nav|Series: GP Series  Endurance  Touring Cars  Rally  Formula Junior
nav|Race Report | Results | Standings | Calendar | Gallery
T|Valtieri wins chaotic Sabrenne Grand Prix after late safety car
oth|Luca Ferraro, Senior Editor
oth|14 Jun 2026 · 5 min read
B|Matteo Valtieri took his second win of the season at the Sabrenne Grand Prix after a late safety car wiped out a 12-second lead for Kai Lindahl.
B|Valtieri passed Lindahl into the hairpin at the restart with four laps to go and held on by 0.8 seconds.
oth|Video: Race highlights
oth|▶ Play  00:00 / 03:47  CC  Settings  Fullscreen
B|Classification (top ten)
B|1. Matteo Valtieri (Aurion) 58 laps
B|2. Kai Lindahl (Brennan) +0.812s
B|3. Sami Haddad (Aurion) +3.407s
B|4. Oskar Reyes (Velt) +5.990s
B|5. Jonah Pryor (Brennan) +9.115s
B|6-10: Ilic (Corsa), Tanaka (Velt), Marchetti (Halberd), Osei (Corsa), Dufresne (Halberd)
B|Valtieri now trails Lindahl by seven points in the drivers' standings with nine rounds remaining.
nl|Pit Wall Weekly: our race-weekend briefing, free every Monday. Enter your email
rel|More from Sabrenne
rel|Lindahl: 'That safety car cost us the race, simple as that'
rel|Stewards clear Reyes over first-lap contact
dis|© 2026 Gridline Media Ltd. Not affiliated with any racing series.
"""),

dict(id="en-006", lang="en", hard=False, opts="nofinal",
     notes="Cycling site's stage report without a final newline: nav, 'Watch live on' promo (other), stage result and GC top five as story lines, an ad slot mid-story, related stage reports, a stage-profile widget and share icons at the bottom.",
     text="""
nav|Peloton Post
nav|Road  Gravel  Track  Tech  Races  Podcast
oth|Watch every stage live and ad-free on Velostream+
T|Brandt outsprints the bunch in Corvelle as Idaho keeps yellow
oth|Report by Ines Carvalho
oth|Stage 4 · Tue 7 July 2026
B|Jonas Brandt won stage four of the Tour of the Three Valleys in a bunch sprint in Corvelle after the breakaway was caught with two kilometres to go.
B|Stage 4, Saint-Arles to Corvelle (186km)
B|1. Jonas Brandt (Team Osprey) 4h21m08s
B|2. Fabio Lentini (Rossa-Vini) same time
B|3. Declan Harte (Kestrel Pro) s.t.
oth|Advertisement
B|General classification after stage 4
B|1. Rafael Idaho (Team Osprey) 14h02m33s
B|2. Nils Voerman (Baltic Cycling) +0:06
B|3. Tomasz Wrobel (Kestrel Pro) +0:19
B|4. Lucas Petit (Rossa-Vini) +0:24
B|5. Aurelio Sanz (Baltic Cycling) +0:31
B|Brandt said his team-mates had kept him out of the wind all day: "I only had to do the last 200 metres."
rel|Stage 3 report: Idaho takes yellow on the Col de Serre
rel|Who is Jonas Brandt? The sprinter from Kiel with a big engine
oth|Stage 5 profile: Corvelle – Mont Aulin, 164km, summit finish
sh|Share on: Facebook · X · Reddit · Telegram"""),

dict(id="en-007", lang="en", hard=False, opts="ws",
     notes="Tennis site's draw preview with trailing whitespace on some lines: menu, byline, the quarter-final line-up the story presents as list items (story), an order-of-play widget and 'Draws | Results | Order of play' tabs (not story), a comment thread with commenter names and replies at the bottom.",
     text="""
nav|BaselineDaily
nav|Draws | Results | Order of play | Rankings
oth|Order of play, Court Central, 12:00: Havel v Morrow, not before 14:00: Sato v Quiroga
T|Havel and Quiroga on course for a final as Westhaven quarter-finals take shape
oth|Priya Nanduri
oth|Thursday, 16:20
B|Top seed Anika Havel and second seed Lucia Quiroga both reached the last eight of the Westhaven Open without dropping a set.
B|The quarter-final line-up:
B|Anika Havel (1) v Jess Morrow
B|Mei Sato (6) v Lucia Quiroga (2)
B|Daria Kolesnik (4) v Sofie Brandt (Q)
B|Elin Varga v Chiara Benotti (3)
B|Havel needed just 58 minutes to beat the qualifier Hannah Leese 6-1 6-2 and has lost only nine games in three matches.
B|Brandt, ranked 141st, is the first qualifier to reach the quarter-finals in Westhaven since 2019.
com|12 comments
com|tennisgran_58
com|Sato will give Quiroga problems, that backhand down the line is lethal
com|2h ago · Reply · Like
com|matchpoint_mo
com|Havel is in a different league this week, don't see anyone stopping her
com|1h ago · Reply · Like
com|Load more comments
"""),

dict(id="en-008", lang="en", hard=False, opts="",
     notes="Esports news site on a league final: menu, a crypto sponsor promo (crypto_promo), byline, an embedded stream box with 'Watch on' and player controls (other), series score and map scores as story lines, share and related at the bottom, cookie notice at the very bottom.",
     text="""
nav|FRAGLINE.GG
nav|News  Valorant  League  CS2  Dota  Mobile  Esports Calendar
pr|Official crypto partner of the Vanta Masters: sign up on Coinvale and claim 25 USDT in trading credit
T|Nightjar lift the Vanta Masters trophy after reverse sweep of Orbit Five
oth|by kestrel_writes | Sunday, 9:12 PM
B|Nightjar are Vanta Masters champions after coming back from two maps down to beat Orbit Five 3-2 in front of 9,000 fans in Rotterdam.
B|Final: Nightjar 3-2 Orbit Five
B|Map 1 (Haven): 9-13
B|Map 2 (Lotus): 11-13
B|Map 3 (Split): 13-6
B|Map 4 (Ascent): 13-10
B|Map 5 (Bind): 14-12
oth|Watch the grand final VOD on Twitch
oth|0:00 / 5:12:40  ⏸  🔊  ⚙  ⛶
B|Nightjar's duelist Ravi "kairo" Menon was named finals MVP after finishing the series with 101 kills.
B|The win earns the team $400,000 and a seed into the World Showdown in September.
sh|Share  Tweet  Reddit
rel|Orbit Five coach: 'We stopped playing our game after map two'
rel|World Showdown groups to be drawn on 4 August
ck|This site uses cookies for analytics and personalised ads. By continuing to browse you agree to our cookie policy.
ck|Got it
"""),

dict(id="en-009", lang="en", hard=False, opts="",
     notes="Fantasy-football advice column: app prompt and menu, byline, a 'players to captain' list and price lines as story items, an ad slot and inline newsletter box mid-story, a run of extra blank lines before a footer with tag list and related advice pieces.",
     text="""
nav|Open in the FantasyEdge app for live points and price alerts
nav|Tips  Team News  Price Changes  Mini-Leagues  Podcast
T|Gameweek 27 captain picks: back Okafor at home to Crane
oth|Words: Lily Dawnay
oth|Posted 11 March, 3:05pm | Deadline Friday 6.30pm
B|With a blank gameweek around the corner, this is the week to spend your free transfer on a captain who plays twice.
B|Our captain picks for Gameweek 27:
B|1. Chidi Okafor (Pellham, £9.4m) – home to Crane, takes penalties
B|2. Lewis Dray (Kestrel, £7.1m) – two fixtures, both at home
B|3. Marek Holub (Dunmore, £11.0m) – form dipped, but fixtures are kind
oth|AD
nl|Get the FantasyEdge team news email before every deadline
nl|Subscribe free
B|Holub is the most selected player in the game, owned by 46% of managers, so captaining him is the safe move rather than the bold one.
B|Price watch: Dray is expected to rise by £0.1m tonight after 180,000 managers brought him in.
~
nav|Tags: fantasy football, captaincy, gameweek 27
rel|Gameweek 27 team news: every injury and suspension
rel|Wildcard draft for the run-in: three budget defenders
dis|FantasyEdge is not affiliated with any league or official fantasy game.
"""),

dict(id="en-010", lang="en", hard=False, opts="",
     notes="Club statement on a club's own site: sponsor bar and club menu, ticket and shop promos (other), the statement as story, a media-enquiries contact line (other), kit-partner and shop lines mid-page, share bar and club footer (copyright = disclaimer). No byline.",
     text="""
oth|Principal Partner: Halsey Building Society
nav|HARROWGATE ALBION FC
nav|First Team  Academy  Women  Tickets  Shop  Club  Foundation
oth|Tickets on sale now: Albion v Pellham United, Saturday 3pm
T|Club statement: Manager Graham Tolley
B|Harrowgate Albion can confirm that Graham Tolley has left his role as first-team manager by mutual consent.
B|Graham joined the club in May 2024 and led the team to the Division One play-off final in his first season.
B|Assistant manager Rachel Oduya will take charge of the first team on an interim basis, starting with Saturday's home match against Pellham United.
oth|Shop the new 2026/27 home shirt: members get early access this week
B|"Graham has given everything to this club and leaves with our thanks," said chairman Peter Langdale.
B|The club will make no further comment until the appointment of a new manager.
oth|Media enquiries: press@harrowgatealbion.co.uk
sh|Share this story
sh|Facebook | X | LinkedIn | WhatsApp
oth|Official Kit Partner: Strand Sportswear
dis|© 2026 Harrowgate Albion Football Club Limited. All rights reserved.
nav|Privacy | Terms | Accessibility | Contact us
"""),

dict(id="en-011", lang="en", hard=False, opts="",
     notes="Fan-site repost of a derby report: fan-token price strip (crypto_ticker), site menu, a crypto promo for the fan token, repost credit at the top and 'first appeared' line at the bottom (attribution), contributor disclaimer, fan comments with names and a login line.",
     text="""
tk|$KRFC 0.842 ▲4.1%   $DCFC 0.315 ▼2.7%   BTC $91,204 ▲0.6%
nav|THE ROVERS RETURN – an independent Kestrel fansite
nav|Home  Match Reports  Transfers  Forum  Podcast
pr|Back the Blues: buy $KRFC fan tokens on Tokenpitch and vote on the next away kit
T|Derby delight as Dray and Mensah sink Dunmore
att|Reposted from the Kestrel Evening Echo with permission
B|Kestrel Rovers 2 (Dray 34, Mensah 80) Dunmore City 0
B|Lewis Dray and Kofi Mensah scored as Rovers won the Eastshire derby for the first time in three years and moved four points clear of their neighbours.
B|Dray's opener came from a short corner routine that Rovers had rehearsed all week, the winger curling in from the edge of the area.
B|Dunmore's best chance fell to Marek Holub, whose header hit the post with the score at 1-0.
B|Mensah sealed it ten minutes from time, running through on to a long ball from the goalkeeper and finishing low.
B|Attendance: 27,410
att|This report first appeared in the Kestrel Evening Echo.
dis|Opinions of our contributors are their own and not those of the fansite or the club.
com|8 replies
com|BlueTilIDie wrote: Best atmosphere at the ground in years, Mensah is a proper finisher
com|eastshire_exile wrote: Holub hitting the post was the moment I knew
com|Log in or register to post a reply
"""),

dict(id="en-012", lang="en", hard=False, opts="",
     notes="Rugby preview on a national paper: consent banner, section nav, byline, the round's fixtures that the story previews and the named starting XV as story items; a league-table widget for another competition (other), a newsletter box and share bar mid and bottom, related links.",
     text="""
ck|Your privacy choices: we use cookies and similar tech to run the site, measure audiences and personalise content. Select 'Accept all' or manage your preferences.
ck|Accept all
ck|Reject non-essential
nav|The Westmoor Standard | Sport | Rugby Union
T|Six Counties Cup round five: everything you need to know
oth|Aled Prosser, Rugby Correspondent
oth|3 min read · 20 Feb 2026
B|Round five of the Six Counties Cup is the last before the semi-final places are settled, and four of the six sides can still finish in the top two.
B|This weekend's fixtures
B|Friday: Carrow Lions v Westmoor, 7.45pm
B|Saturday: Ashfield v Tanbury Saints, 3pm
B|Sunday: Marlowe v Dunhollow, 2pm
sh|Share  |  Tweet  |  Email
B|Westmoor coach Iestyn Bowen has named an unchanged front row: Tomos Rees, Gethin Lloyd and Sion Parry start for the fourth week in a row.
B|Carrow need a bonus-point win to stay in contention after losing narrowly to Ashfield last time out.
nl|Get our Rugby Union newsletter every Friday: team news, previews and the best reads
oth|Women's Premiership table: 1 Harlowe 38pts, 2 Saxton 35, 3 Brierley 31
rel|You might also like
rel|Bowen: 'Our scrum is the best it has been in a decade'
rel|Ashfield confirm stadium expansion for 2027
"""),
]
