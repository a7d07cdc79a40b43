"""textset-dev30, writer A, part 2: English cases en-013 .. en-024.

Widgets, players and reading aids in English pages: read-aloud buttons in a Japanese CMS,
video chrome, quizzes and polls, reaction rows, live-score widgets, print and text-size tools,
accessibility and feedback notes, a crypto aggregator with a listen widget, gallery controls,
app banners and paywall meters.
"""

CASES = [
dict(id="en-013", lang="en", hard=False, opts="",
     notes="English edition of a Japanese regional site: the CMS keeps Japanese interface lines (read-aloud "
           "button, language switch, font size) next to English ones; a local weather widget and the stamp "
           "are other; the no-reproduction line is a disclaimer; the festival's schedule lines are story.",
     text="""
nav|MIKAGE SHIMBUN English
nav|日本語 | English | 中文
oth|記事を読み上げる
oth|文字サイズ 小 中 大
oth|Mikage 24°C  Cloudy  Rain 40%
T|Lantern boats return to the Kamo River after six-year pause
oth|2026.08.14 19:30 JST
B|MIKAGE — About 4,000 paper lanterns were floated down the Kamo River on Friday evening as the city's Toro Nagashi festival returned for the first time since 2020.
B|The festival had been suspended first because of the pandemic and then because of repair work on the riverbanks.
B|Programme for Saturday:
B|18:00 Blessing at Hoshun-ji temple
B|19:15 Lanterns launched from Sanjo Bridge
B|20:30 Fireworks over the river mouth
oth|Sponsored
B|Organisers said volunteers would collect the lanterns downstream so that none reach the sea.
B|"My grandmother brought me here every summer," said Aiko Tanabe, 37, who came with her two sons. "Now I'm the one doing it."
rel|Mikage's top five summer walks
rel|Bus timetable changes for the Obon holiday
dis|Copyright © The Mikage Shimbun. No reproduction without permission.
"""),

dict(id="en-014", lang="en", hard=False, opts="nofinal",
     notes="Video page from a zoo story, scraped without a headline and without a final newline: player chrome "
           "(unmute, progress, 'watch on YouTube', watch later), a 'more videos' list and an ad label mid-story.",
     text="""
oth|Tap to unmute
oth|0:00 / 1:52
oth|Watch on YouTube
oth|Watch later
sh|Copy link
B|A rare Sumatran tiger cub has been born at Elmsworth Zoo, the first of its kind at the park in 15 years.
B|The cub, a female, was born on 2 March to seven-year-old mother Kirana and has been spending its first weeks in a private den.
B|Keepers have been watching on a hidden camera and say the cub is feeding well and already weighs 3.6kg.
oth|Advertisement · Scroll down to keep reading
B|There are thought to be fewer than 600 Sumatran tigers left in the wild.
B|Visitors will not be able to see the cub until it is about three months old.
B|The zoo is asking the public to suggest names through its website.
rel|More videos
rel|Penguin chicks take their first swim — 0:58
rel|Meet the red panda twins — 1:21
oth|Elmsworth Evening Star video team"""),

dict(id="en-015", lang="en", hard=False, opts="",
     notes="Local election results page: a reader poll and a news-quiz widget are noise (other); the vote "
           "counts are story; an 'open in app' prompt and a tag list are navigation, comment counter at the end.",
     text="""
nav|Harlow Vale Observer
nav|Get breaking news alerts: download our app
T|Greens take Ashfield ward from Labour by 61 votes
oth|Election desk
oth|Fri 8 May 2026, 03:12
B|The Green Party gained the Ashfield ward on Harlow Vale council in the early hours of Friday, overturning a Labour majority of more than 400.
B|Ashfield result:
B|Ruth Oyelowo (Green) 1,422
B|Martin Keogh (Labour) 1,361
B|Sandra Pyle (Conservative) 508
B|Turnout: 31.6%
oth|Quick poll: Who should lead the council now?
oth|Vote now
oth|See results
B|Oyelowo, a 29-year-old nurse, said she had knocked on "about 2,500 doors" since Christmas.
B|Labour remains the largest party on the council with 24 of 45 seats.
oth|QUIZ: How closely have you followed this week's news? 10 questions
oth|Start the quiz ›
nav|Topics: Elections 2026 | Harlow Vale council | Local politics
com|View 23 comments
"""),

dict(id="en-016", lang="en", hard=False, opts="",
     notes="Mountain-road landslide story with a reaction emoji row (share_bar), a read-time line, an ad "
           "label between paragraphs, a comment block with commenters' names and a run of extra blank lines.",
     text="""
nav|Highland Times Online
nav|News | Outdoors | Roads | Weather
T|Landslide shuts Glen Corran pass for at least a month
oth|Ewan Macleish
oth|Posted on 19 November 2026 at 10:44
oth|Reading time: 2 minutes
B|The A888 through Glen Corran will stay closed for at least four weeks after around 3,000 tonnes of rock and mud slid onto the road on Tuesday night.
B|No vehicles were caught in the slip, which followed 140mm of rain in 48 hours.
oth|ADVERTISEMENT
B|Engineers said the hillside remained unstable and a second, smaller slip was recorded on Wednesday afternoon.
B|The official diversion adds 58 miles to the journey between Corran and Inverlochy.
B|Residents of Achnabrae, cut off on the far side of the pass, will be served by a temporary ferry from Monday.
~
sh|👍 312   ❤️ 18   😮 96   😢 41   😡 7
com|Comments (4)
com|Morag_T
com|Third time in five years. When is the permanent fix coming?
com|kenny.b
nav|Terms of use | Privacy | Contact the newsroom
"""),

dict(id="en-017", lang="en", hard=False, opts="single",
     notes="County cricket report, single newlines: a live-score widget for other matches, a 'scorecard' "
           "button and a next-fixture box are noise (other); the innings totals and bowling figures in the "
           "report are story.",
     text="""
nav|Cricket › County Championship › Division Two
oth|LIVE  Wessex 187/4 (52.3 ov) v Northmoor
oth|STUMPS  Mercia 311 & 42/1 v Fenland 260
oth|Full scorecard
T|Pickering's seven wickets put Yarrowshire on course for first win
oth|Martin Ebdon at Castleford Road
oth|Day two · 21 May 2026 · 19:02 BST
B|Left-arm spinner Tom Pickering took seven for 48 as Yarrowshire bowled out Dunholme for 174 on the second day at Castleford Road.
B|Yarrowshire 298 (Haskins 91, Patel 64); Dunholme 174 (Pickering 7-48) and 61-2
B|Dunholme, following on, closed 63 runs behind with eight second-innings wickets in hand.
B|Pickering, 22, has now taken 31 wickets in five matches this season.
B|"The ball was gripping from the first over after lunch, so I just kept it simple," he said.
oth|Next: Yarrowshire v Wessex, Castleford Road, 28 May
sh|Share on WhatsApp
rel|Also in county cricket
rel|Mercia seamer called into England Lions squad
oth|All times are UK time
"""),

dict(id="en-018", lang="en", hard=False, opts="ws",
     notes="Film review on an arts site with trailing whitespace: print and text-size tools, a word-count "
           "line and a readers' rating widget are noise; the critic's star line and the film's credits "
           "line are story.",
     text="""
nav|The Paper Lantern — Arts & Culture
nav|Film | Stage | Books | Music
T|'The Salt Orchard' review: a quiet family drama that earns its tears
oth|Reviewed by Clara Vosburgh
oth|12 Sep 2026
oth|1,140 words · 6 minute read
sh|Print this page
oth|Text size: Small | Medium | Large
B|★★★★☆
B|Dir. Imke Lorenzen. Starring Paula Hrdina, Teodor Vass. 1h 54m. Cert 12A.
B|Imke Lorenzen's second feature follows three adult sisters who return to their late father's apple farm on the Baltic coast to decide whether to sell it.
B|Not much happens, and that is the point: the film lives in long kitchen-table scenes, in arguments that stop just short of being said.
B|Paula Hrdina, as the eldest sister, gives the performance of the year so far.
B|The last 20 minutes drag, but the final shot is worth the wait.
B|In cinemas from Friday.
oth|Readers' rating: 4.4 / 5 (57 votes)
oth|Rate this film
rel|More reviews this week
rel|'Northbound' review: a road movie that forgets where it's going
oth|Found a mistake? Contact the corrections desk
"""),

dict(id="en-019", lang="en", hard=False, opts="crlf",
     notes="University news-room page, CRLF: skip link, translate dropdown and breadcrumbs are navigation; "
           "an accessibility note, 'last reviewed' and page-owner lines and a feedback prompt are other; "
           "the research summary's figure lines are story.",
     text="""
nav|Skip to content
nav|Select language ▾  Powered by Translate
nav|University of Carrow › News › Research
T|Carrow study finds hedgerow birds lay eggs nine days earlier than in 1990
oth|News release · 3 February 2026
B|Blackbirds, wrens and dunnocks in Carrowshire hedgerows are laying their first eggs about nine days earlier than they did 35 years ago, a University of Carrow study has found.
B|The team analysed 48,000 nest records collected by volunteers between 1990 and 2025.
B|Key findings:
B|Average first-egg date moved from 14 April to 5 April
B|Clutch sizes were unchanged
B|Chick survival fell slightly in years with late frosts
B|Lead author Dr Saoirse Mulvany said earlier springs were the most likely cause.
B|The study is published in the Journal of Field Ornithology.
oth|Media enquiries: press office, 01632 960 412
oth|This page meets WCAG 2.2 AA. Report an accessibility problem
oth|Page last reviewed: 03/02/2026
oth|Page owner: Communications and Marketing
oth|Was this page useful?  Yes  /  No
"""),

dict(id="en-020", lang="en", hard=False, opts="",
     notes="Crypto aggregator repost in the seeds' style: doubled dek, a listen widget, a multi-line ticker "
           "joined by single newlines, a promo, a reposting disclaimer, a source credit and stamped teasers "
           "(related_links).",
     text="""
dup|Validator rewards on Quorra fall for a third month.Validator rewards on Quorra fall for a third month.
T|Quorra staking yields slide to 3.1% as network activity cools
oth|🎧 Audio version · 3 min listen
att|Source: ChainBrief
B|Average staking yields on the Quorra network fell to 3.1% in October, down from 4.6% in July, according to data from analytics firm Nodeview.
B|The decline follows a drop in transaction fees, which make up about half of validators' rewards.
B|Daily transactions averaged 1.9 million last month, the lowest since March.
B|Several smaller validators have left the network, cutting the active set from 412 to 377.
B|Quorra Foundation said a fee-market upgrade planned for January should "restore a healthier balance."
tk|QRA
>tk|Quorra
>tk|$2.184
>tk|-3.92%
pr|Trade QRA with zero maker fees for 30 days on Fluxbit — claim your bonus
dis|The information on this page is reposted from third-party media and does not reflect the platform's views. Crypto assets are volatile; do your own research.
rel|Nodeview2026/11/03 08:14
rel|Quorra Foundation names new chief technologist
rel|ChainBrief2026/11/02 21:47
rel|Fluxbit lists three new staking pairs
"""),

dict(id="en-021", lang="en", hard=False, opts="single nofinal",
     notes="Radio station news page on a coastal storm, single newlines and no final newline: a 'listen live' "
           "player and a local weather widget are noise (other); the story's forecast figures and warning "
           "times are story.",
     text="""
nav|Radio Solent Vale 103.4
oth|▶ Listen live: The Breakfast Show with Jo & Dev
oth|Now playing: Tideline — Harbour Lights
oth|Weather in Portmere: 11°C, gusts 38 mph
T|Amber wind warning for Portmere as Storm Ilse approaches
oth|Newsroom · 27 October 2026 · 06:15
B|An amber warning for wind has been issued for the Portmere coast from 6pm on Tuesday until 9am on Wednesday.
B|Gusts of 70 to 80mph are expected on exposed headlands.
B|Ferries between Portmere and St Agnes Island have been cancelled for Tuesday evening.
B|The council has closed the seafront car parks and asked people to stay away from the promenade.
B|Warning times:
B|Yellow: 12pm Tuesday to 6pm Tuesday
B|Amber: 6pm Tuesday to 9am Wednesday
rel|Latest local news
rel|Portmere pier reopens after winter repairs
nav|Download the Solent Vale app for live travel alerts"""),

dict(id="en-022", lang="en", hard=False, opts="ws",
     notes="Housing-development story with a photo carousel, trailing whitespace: 'Photo N of 9', next and "
           "previous controls are noise (other), picture credits are attribution, two captions; an "
           "'Updated' stamp and a share row at the top.",
     text="""
nav|Bridgford & District News
T|First residents move in at former Tanner's brewery site
oth|Updated 14:22 BST, 1 June 2026
sh|Facebook | X | WhatsApp | Email
oth|Photo 1 of 9
C|The converted malt house now holds 38 flats; its chimney has been kept as a landmark.
att|Credit: Leander Sykes for Bridgford & District News
oth|Next image ›
B|The first 20 households have moved into homes on the former Tanner's brewery site, 11 years after the brewery closed.
B|The development by Ostley Homes will eventually have 240 homes, including 72 for social rent.
B|Prices for the two-bedroom flats in the converted malt house start at £198,000.
B|Town councillor Bernadette Oakes said it was "a relief to see lights on in windows" at a site that had been boarded up for a decade.
oth|Photo 2 of 9
C|Newly finished terraced houses on Cooper's Lane, the site's main street.
att|Credit: Ostley Homes
oth|‹ Previous image
B|A small museum of brewing history is planned for the old gatehouse.
rel|Property news
rel|Bridgford house prices up 3% in a year
"""),

dict(id="en-023", lang="en", hard=False, opts="",
     notes="Metro paper on a school's four-day week trial: cookie banner and an app banner at the top, a "
           "metered-paywall line and a newsletter pitch mid-page, a newsletter sign-up and view counter at the "
           "bottom; the trial's list is story.",
     text="""
ck|Your privacy matters. We use cookies for analytics and personalised ads.
ck|Accept all   Reject non-essential   Preferences
nav|This story reads better in the Metro Clarion app. Open app
T|Lindenfield academy to trial four-day week for older pupils
oth|Grace Ndiaye, Education Reporter
oth|Last updated: 17/06/2026 09:03
B|Lindenfield Academy will trial a four-day timetable for its Year 12 and 13 students from September, the first school in the county to do so.
B|Sixth-formers will attend lessons from Monday to Thursday, with Fridays set aside for independent study, work placements or paid jobs.
oth|You have 2 free articles left this month. Subscribe for unlimited access
B|How the trial will work:
B|Lessons lengthened from 50 to 60 minutes
B|Study centre open on Fridays with staff on hand
B|Attendance and grades reviewed after one term
nl|Like this? Get the Clarion's school-gate newsletter every Sunday
B|Headteacher Callum Briers said students had asked for more flexibility because "so many of them already work 15 hours a week."
B|The trial has been approved by the academy's trust and will be evaluated by Carrow University.
nl|Sign up to Clarion Education
oth|Viewed 7,441 times
"""),

dict(id="en-024", lang="en", hard=False, opts="",
     notes="AMP-style page without a headline: the scrape starts at an audio player and a translation bar "
           "('see original'); a transport brief with a fare table; a 'back to top' link and an AMP footer "
           "at the bottom.",
     text="""
oth|Listen · 1:36
oth|🔊 Read aloud  |  Speed 1.0×
nav|This page has been translated. See original (Welsh)
B|PENRHYDD, 2 Jan — Trains on the Gwenlais Valley line will run every hour from May, up from every two hours, Transport Cymru Vale said on Friday.
B|The extra services follow a £9 million upgrade of the passing loop at Cwmbrynach.
B|New fares from May:
B|Penrhydd–Castell Bychan single: £4.20
B|Day return: £6.80
B|The operator said passenger numbers on the line had risen 22% in 2025.
nav|Back to top
nav|View non-AMP version
oth|© 2026 Gwenlais Herald
"""),
]
