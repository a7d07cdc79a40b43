"""textset-dev38, writer A, part 2: English sports pages en-013 .. en-024 (basketball, golf, horse
racing, a women's league table, a fight result without headline, a city marathon, swimming, ice
hockey on local TV, baseball, snooker without headline, player ratings, non-league football).
Tagged line lists for ../../textset-dev20/src/make_cases.py."""

CASES = [
dict(id="en-013", lang="en", hard=False, opts="ws",
     notes="Basketball recap on a league-team news site with trailing whitespace: cookie bar, nav, byline, quarter scores and scoring leaders as story lines, a 'Watch full-game replay' box (other), 'More on the Foxes' list, app download prompt at the bottom.",
     text="""
ck|Cookies help us deliver highlights and stats. Some are optional; choose which ones you allow.
ck|Allow all cookies
ck|Only necessary
nav|HOOPSCENTRAL
nav|Scores  Schedule  Standings  Teams  Players  Fantasy
T|Foxes hold off Marauders for sixth straight win
oth|Darnell Weeks · Staff Writer · 11:48 PM ET
B|Redfield Foxes 112, Oakport Marauders 106
B|Quarters: 31-24, 25-30, 28-22, 28-30
B|Jalen Steward scored 34 points and hit two free throws with nine seconds left as the Foxes won their sixth game in a row.
B|The Marauders cut a 17-point lead to two in the final minute but Ty Rourke missed a three that would have put them ahead.
oth|Watch full-game replay on CourtPass
oth|Sign in with your TV provider to watch
B|Leaders
B|Foxes: Steward 34 pts, Abara 12 reb, Lundgren 9 ast
B|Marauders: Rourke 29 pts, Kimball 11 reb, Ortega 8 ast
B|Redfield (38-21) host Calder Bay on Wednesday.
rel|More on the Foxes
rel|Steward named conference player of the week again
rel|Abara's ankle 'fine' after scare in shootaround
nav|Get the HoopsCentral app for instant score alerts
"""),

dict(id="en-014", lang="en", hard=False, opts="",
     notes="Golf report on a golf magazine site: menu, a live leaderboard widget at the top (other), byline and stamp, the top-five final leaderboard as story lines, an ad slot mid-story, a newsletter sign-up and a 'most read' list at the bottom.",
     text="""
nav|FAIRWAY & GREEN
nav|Tours  Equipment  Instruction  Courses  Travel
oth|LEADERBOARD  1 Castell -14  2 Brough -12  T3 Nakamura -11  T3 Ellery -11  ▸ Full leaderboard
T|Castell closes with 66 to win the Kinloch Links Classic
oth|Fergus Lang
oth|April 26, 2026
B|Sebastián Castell birdied four of his last six holes for a closing 66 and a two-shot win at the Kinloch Links Classic, his first title in Europe.
B|The Argentine began the day three behind Max Brough but took the lead for good with a 30-foot putt on the 16th.
oth|ADVERTISEMENT
B|Final leaderboard (top five)
B|1. Sebastián Castell (ARG) -14
B|2. Max Brough (ENG) -12
B|T3. Ren Nakamura (JPN) -11
B|T3. Callum Ellery (SCO) -11
B|5. Johan Vestergaard (DEN) -10
B|"The wind dropped for an hour and I knew that was my window," Castell said.
nl|Sign up for The Tee Sheet and get tour news, gear reviews and tips every Thursday
nl|Email address
nl|Sign up
rel|Most read
rel|Ten drivers tested: which one suits a slow swing?
rel|Brough: 'I'll be back at Kinloch, it's my favourite week'
"""),

dict(id="en-015", lang="en", hard=False, opts="crlf",
     notes="Horse-racing result on a racing site with CRLF endings: nav, byline, the first three with starting prices and the tote line are story (odds quoted as news), a free-bet promo box (other) and gambling warning (disclaimer) mid and bottom, related races list.",
     text="""
nav|Racing Roundup
nav|Racecards  Results  Tips  Non-runners  Fast Results
T|Mistral Bay lands the Harcourt Gold Cup at 16-1
oth|By Siobhan Reidy, Harcourt
oth|Sat 8 Nov, 4:02pm
B|Mistral Bay gave jockey Conor Tierney the biggest win of his career when landing the Harcourt Gold Cup at odds of 16-1.
B|1. Mistral Bay 16-1 (Conor Tierney)
B|2. Kingsholm Lad 9-2 fav (Rhys Moffatt)
B|3. Ardent Flame 12-1 (Jade Kerrigan)
B|Winning distance: 2 1/4 lengths, 5 lengths. 14 ran.
oth|NEW CUSTOMER OFFER: Bet £10, get £30 in free bets at Turfbet
dis|New customers only. Min odds 1/2. Free bets expire in 7 days. 18+. T&Cs apply. Please bet responsibly.
B|Trainer Nessa Corrigan said the gelding would now be aimed at the Winter Chase at Ledbury in December.
B|The favourite Kingsholm Lad made a mistake at the second-last and could not close the gap on the run-in.
rel|Other results from Harcourt
rel|1.50 Harcourt: Silver Pennant makes all
rel|2.25 Harcourt: Tierney doubles up on Moonlit Quay
dis|Gambling help and support: call the National Betting Helpline on 0808 000 4411
"""),

dict(id="en-016", lang="en", hard=False, opts="",
     notes="Women's football report on a league news site: the top five of the table the story presents are story lines, while a side 'Fixtures' widget for the men's league is other; fan poll widget (other), share bar and comments at the bottom.",
     text="""
nav|She Kicks Weekly
nav|Women's Leagues | Cups | Internationals | Grassroots | Features
T|Tanbury go top after Harlowe slip up at Brierley
oth|By Amara Holt · 2 March 2026
B|Tanbury Ladies moved to the top of the Northern Women's League for the first time this season after a 2-0 win at Saxton, while leaders Harlowe were held 1-1 at Brierley.
B|Goals from Freya Maddox and Nia Bellamy gave Tanbury a fourth straight win.
B|How the top five stand:
B|1. Tanbury Ladies – P16, 37pts
B|2. Harlowe – P16, 36pts
B|3. Saxton – P15, 30pts
B|4. Brierley Town – P16, 28pts
B|5. Westmoor Women – P15, 25pts
oth|Fixtures  |  Sat: Pellham v Crane 15:00  |  Kestrel v Dunmore 17:30
B|Harlowe have a game in hand and travel to Westmoor on Sunday.
oth|POLL: Who will win the Northern Women's League?
oth|Tanbury · Harlowe · Saxton · Someone else — Vote
sh|Share: Facebook · X · Email
com|Comments are moderated. Please keep it respectful.
com|3 comments · Sign in to join in
"""),

dict(id="en-017", lang="en", hard=False, opts="",
     notes="Fight-result page from a combat-sports aggregator with no headline: the scrape starts at the source credit and timestamp, the scorecards are story lines, related fights and a source/repost line at the bottom; a video autoplay prompt sits mid-story.",
     text="""
att|Source: Cageside Report
oth|2026-05-17 23:40
B|Lena Kovacs retained her flyweight title with a split decision over Bruna Teles in the main event at the Marlow Arena on Saturday.
B|Judges' scorecards: 48-47 Kovacs, 47-48 Teles, 49-46 Kovacs.
B|Teles knocked Kovacs down with a right hand in the third round, but the champion won the last two rounds on all three cards.
oth|Up next: Teles calls for immediate rematch (autoplay in 5s)
B|Co-main event: Dmitri Sava beat Jorge Alencar by TKO at 3:12 of round two.
B|Kovacs has now won nine fights in a row and said she wanted to fight at bantamweight before the end of the year.
rel|Related fights
rel|Sava stops Alencar in the second, eyes top-five opponent
rel|Full results: Marlow Fight Night 31
att|Aggregated by FightPulse. Read the original on Cageside Report.
"""),

dict(id="en-018", lang="en", hard=False, opts="single",
     notes="City-paper report on a marathon, single newlines: breadcrumb, a photo caption with a credit, results lists for men's and women's races as story, a road-closure widget (other) mid-page, related events and 'Back to top' at the bottom.",
     text="""
nav|Aldwick Evening Post > Sport > Athletics
T|Rono and Aberra break course records at Aldwick Marathon
oth|By Tom Fenner | 5 April 2026, 2:45pm
C|Women's winner Tigist Aberra celebrates at the finish on Canal Street.
att|Picture: Steve Garside
B|Kenyan Peter Rono and Ethiopian Tigist Aberra both broke course records at the 21st Aldwick Marathon, run in cool, still conditions.
B|Men
B|1. Peter Rono (KEN) 2:07:44 CR
B|2. Abdi Wako (ETH) 2:08:10
B|3. Liam Carver (GBR) 2:11:35
B|Women
B|1. Tigist Aberra (ETH) 2:23:02 CR
B|2. Sara Lindholm (SWE) 2:25:48
B|3. Hope Mwangi (KEN) 2:26:19
oth|Road closures: Canal Street reopens at 5pm, ring road fully open
B|Almost 11,000 runners finished the race, which raised an estimated £1.8m for local charities.
rel|Gallery: 60 pictures from the Aldwick Marathon
rel|Runner treated in hospital after collapsing near the finish
nav|Back to top
"""),

dict(id="en-019", lang="en", hard=False, opts="",
     notes="Swimming championships report on an aquatics site: menu, 'Listen to this article' widget and byline, medal table top four as story lines, an inline teaser and ad mid-story, a doubled dek at the top (duplicate_line), and copyright/sponsor footer.",
     text="""
dup|Three golds on the final night for the hosts.Three golds on the final night for the hosts.
nav|SWIMWIRE
nav|Pool  Open Water  Diving  Para-swimming  Results
T|Hosts top medal table as European Short Course Championships close in Lindau
oth|Listen to this report (4 min 10 s)
oth|By Katrin Esser
B|The hosts finished top of the medal table at the European Short Course Championships after winning three of the eight finals on Sunday night.
B|Lena Hofbauer won the 200m individual medley in 2:03.11, a championship record, and anchored the 4x50m freestyle relay to gold.
rel|Read next: Hofbauer's coach on the secret of her turns
oth|Sponsored
B|Final medal table (top four)
B|1. Germany 9 gold, 6 silver, 5 bronze
B|2. Italy 7-8-4
B|3. Netherlands 6-3-7
B|4. Great Britain 4-5-6
B|The next championships will be held in Szeged in December 2027.
dis|All content © SwimWire 2026. Results data courtesy of the organisers.
oth|Championships partner: AquaLume timing
"""),

dict(id="en-020", lang="en", hard=False, opts="nofinal",
     notes="Local TV station's ice-hockey story without a final newline: station nav and a weather widget at the top, a video player with controls (other), period scores and goal scorers as story lines, a 'sign up for alerts' newsletter line and related stories at the bottom.",
     text="""
nav|KRTV 7 Northbay
nav|News  Weather  Sports  Traffic  Watch Live  Contests
oth|Northbay 28°F  Light snow  ▸ 7-day forecast
T|Pioneers edge Timberwolves in overtime to even series
oth|Posted: Apr 22, 2026 / 10:48 PM CDT
oth|Video: Pioneers' OT winner | 1:12
oth|Unmute  ▶  Closed captions  Share video
B|NORTHBAY, Minn. (KRTV) — Bryce Lemaire scored 2:41 into overtime as the Northbay Pioneers beat the Cedar Falls Timberwolves 4-3 to tie their first-round series at two games apiece.
B|Scoring by period: Cedar Falls 1-2-0-0, Northbay 2-0-1-1
B|Goals: Lemaire 2, Halvorsen, Becker for Northbay; Strand 2, Oyelaran for Cedar Falls
B|Goalie Anders Nyberg made 38 saves for the Pioneers.
B|Game 5 is Thursday at 7 p.m. in Cedar Falls.
nl|Get KRTV 7 sports alerts sent straight to your inbox
rel|Pioneers' captain out for rest of series with knee injury
rel|Northbay high school hockey: state tournament brackets set
dis|Copyright 2026 KRTV Northbay. All rights reserved."""),

dict(id="en-021", lang="en", hard=False, opts="single",
     notes="Baseball recap on a sports portal, single newlines: a 'Latest scores' strip (other), menu, byline, line score rows and pitching lines as story, an ad label and 'Game tabs' mid-page, a most-read list at the bottom.",
     text="""
oth|Latest scores  ·  HAR 5 – ELM 2 (F)  ·  PRT 3 – CAS 3 (T7)  ·  OAK 0 – RIV 1 (B4)
nav|SportsDesk Live
nav|MLB  NFL  NBA  NHL  College  Soccer  Betting
T|Harbor City rally in eighth to beat Elmwood 5-2
oth|By Marcus Dell, SportsDesk Live · May 9, 2026
nav|Recap  |  Box Score  |  Play-by-Play  |  Team Stats
B|Darius Cole hit a three-run double in the eighth inning as the Harbor City Gulls rallied past the Elmwood Owls 5-2 on Saturday night.
B|R H E
B|Elmwood 010 100 000 – 2 7 1
B|Harbor City 000 002 03x – 5 9 0
B|W: Kaminski (3-1). L: Ruiz (1-2). S: Treadwell (8).
oth|Advertisement
B|The Gulls had two runners on with one out when Cole lined an 0-2 slider into the gap in right-centre.
B|Harbor City have won seven of their past nine games.
rel|Most-read
rel|Cole on hot streak: 'I've stopped trying to pull everything'
rel|Owls place starter Vance on 15-day injured list
"""),

dict(id="en-022", lang="en", hard=False, opts="",
     notes="Snooker results blog with no headline: the scrape starts at a site menu and a 'Live scores' box (other); round scores are story lines; a comments section with named posters and counts and a share bar at the bottom; an embedded ad mid-story.",
     text="""
nav|Baize Bulletin  |  Home  |  Tournaments  |  Rankings  |  Forum
oth|Live: Carrick 3-2 Hollis (best of 9)
B|The second round of the Westport Masters finished on Wednesday night with two of the top eight seeds going out.
B|Results
B|Joe Carrick 5-3 Amir Nasri
B|Wei Lun Tan 5-4 Ryan Hollis
B|Owen Prendergast 2-5 Marco Silvestri
B|Declan Fay 5-0 Simon Albright
oth|Ad · Cue cases from £49 at Pocket & Rail
B|Fay made breaks of 112 and 97 in a whitewash that took just 71 minutes.
B|The quarter-final draw will be made on Thursday morning.
sh|Share this post
com|5 Comments
com|Gary K · 2 hours ago
com|Fay looked sharp, has to be favourite now
com|snookerloopy · 1 hour ago
com|Silvestri deserves this after the season he's had
"""),

dict(id="en-023", lang="en", hard=False, opts="",
     notes="Local paper's player ratings after a cup tie: ratings lines for each player are story, the starting line-up intro is story; a man-of-the-match poll (other), a run of extra blank lines, a newsletter line and related links and a footer at the bottom.",
     text="""
nav|Dunmore Gazette | Sport | Dunmore City
T|Dunmore City player ratings: Holub the star on a night of few positives
oth|Jack Ainsley, Dunmore City reporter
oth|21:58, 18 Feb 2026
B|Dunmore City went out of the County Cup on penalties after a 1-1 draw with Halden Forest. Here is how the players rated.
B|Bailey (GK) 6 – Could do little about the goal, saved one penalty.
B|Frost 5 – Struggled with Halden's pace down his side all night.
B|Ndiaye 7 – Won almost everything in the air.
B|Coyle 6 – Solid, but caught out once in the first half.
B|Pryce 6 – Quiet, perhaps with the Kestrel talk on his mind.
B|Holub 8 – Scored the equaliser and missed nothing else.
B|Substitutes: Arnott 5, Keane 6.
oth|Vote for your Dunmore City man of the match
oth|Results shown after you vote
~
nl|Get Dunmore City news straight to your inbox every morning
rel|Dunmore boss: 'Penalties are a lottery, we have to move on'
rel|Halden Forest to face Trent in the County Cup quarter-finals
oth|Dunmore Gazette, part of Eastshire Media Group
"""),

dict(id="en-024", lang="en", hard=False, opts="",
     notes="Non-league football report on a community news site, sent in by the club: a photo caption and credit after the first paragraph, the team sheet as story, 'Report submitted by' (attribution), a comment thread with replies, the site name and menu and a cookie notice at the bottom; the scrape starts at the headline, so there is no top noise.",
     text="""
T|Ferrybridge Wanderers reach first county final in 40 years
B|Ferrybridge Wanderers beat Oldcastle Athletic 3-2 at the Mill Lane Ground to reach the final of the Eastshire Sunday League Cup.
C|Wanderers players and supporters celebrate with the Sunday League Cup semi-final ball.
att|Photo courtesy of Ferrybridge Wanderers FC
B|Goals from Kyle Baxter, Sam Orde and a late penalty by the player-manager Mick Hannigan took the Wanderers through.
B|Team: Lowe, Preston, Akande, Hannigan, Walsh, Orde, Baxter, Yates, Moran, Kerr, Rahim. Subs: Dunn, Fitch.
B|The final will be played at Trent Park on 17 May.
att|Report submitted by Wanderers secretary Dave Shipley
com|2 responses to "Ferrybridge Wanderers reach first county final in 40 years"
com|Carol Moran says:
com|So proud of the lads, see you all at Trent Park!
com|Pete W says:
com|First final since 1986, brilliant stuff
com|Leave a Reply. Your email address will not be published.
nav|Ferrybridge Community News
nav|Local  Events  Sport  Schools  Notices
ck|We use cookies to ensure that we give you the best experience on our website. OK
"""),
]
