CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="",
     notes="Hard: story about a video platform switching off autoplay and the 'Up next' panel for teen accounts; story lines name autoplay, 'Up next' and video lengths and are body, while the page's own player chrome (Video: label, duration, autoplay toggle, Up next queue) is noise.",
     text="""
nav|TECH | The Meridian Record
T|ClipNest to switch off autoplay for under-16s
oth|Video: What ClipNest's teen settings change
oth|1:58
oth|Autoplay is on
oth|Noor Haddad, technology reporter
oth|March 17, 2026
B|The video platform ClipNest will stop playing the next video automatically for users under 16, the company said on Tuesday, after pressure from regulators in three countries.
B|From April 20, autoplay will be off by default on teen accounts, and the "Up next" panel that appears when a clip ends will be hidden unless the user scrolls to it.
B|Teens will also see a reminder after 45 minutes of continuous watching, with a "Take a break" button that pauses playback for ten minutes.
rel|Up next
rel|Regulators fine chat app over age checks (2:12)
B|ClipNest said internal tests showed teen users who had autoplay turned off watched 18 percent fewer videos a day, but made more comments and uploaded more of their own clips.
B|Parent groups welcomed the change but said a 4:08 clip that ends on a cliffhanger is designed to keep children watching whatever the settings say.
B|Adults can still turn autoplay on or off in Settings > Playback.
sh|Share article
rel|Most read in Tech
rel|1. The phone that repairs its own screen, tested
rel|2. Why your smart TV is watching what you watch
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="",
     notes="Hard: opinion poll story; the poll question, answer options and percentages are body. The page also carries a reader 'Quick poll' widget with vote buttons and results (other), plus share, newsletter and most-read noise.",
     text="""
nav|The Ferris Valley Times
nav|News | Opinion | Polls | Sport
T|Poll: most voters want Old Mill Bridge rebuilt, not replaced
oth|By Adaeze Ward, politics editor
oth|Published 06:00 Mon 9 March 2026
B|Almost half of voters in the Ferris Valley want the closed Old Mill Bridge restored rather than knocked down, according to a poll commissioned by the Times.
B|The poll asked: "Should the Old Mill Bridge be rebuilt as it was, or replaced with a new crossing?"
B|Rebuild the existing bridge: 47%
B|Replace it with a new crossing: 38%
B|Don't know: 15%
oth|Quick poll: Has the bridge closure changed your commute?
oth|Yes
oth|No
oth|Submit vote
oth|Results so far: Yes 72% · No 28%
oth|This is a reader poll and is not scientific.
B|Pollster Greystone Research interviewed 812 adults between February 27 and March 4. The margin of error is plus or minus 3.4 points.
B|Support for rebuilding was highest among voters over 55 (58%) and lowest among those under 35 (36%).
B|The county will make a final decision in May.
sh|Share this story
nl|Politics in your inbox: sign up for the Times' Friday Briefing.
rel|Most read
rel|1. Old Mill Bridge: the timeline of a closure
rel|2. Councillor quits over expenses row
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="single",
     notes="Hard: story about a newspaper moving its comment sections to pre-moderation; story lines quote comment counts, 'Load more comments' and the new notice and are body. The page has a real comment section with count, reply links and load-more (comments). Single newlines.",
     text="""
nav|MEDIA DESK
T|Northgate Echo to pre-moderate all reader comments after abuse complaints
oth|by Sunniva Hale
oth|12 March 2026
B|The Northgate Echo will hold every reader comment for checking before it appears, the paper's editor said on Wednesday, ending a system in which comments went live at once and were removed only if flagged.
B|Editor Callum Reyes said moderators deleted 9,400 comments last year, and that staff were spending hours a week on threads under court reports.
B|Under the new rules, comment sections will open at 8 a.m. and close at 10 p.m., and stories about court cases, deaths and children will carry no comments at all.
B|Readers will see the notice "Your comment is waiting for a moderator" until it has been approved.
B|Reyes admitted threads will be slower. "If a story shows 40 comments but you have to click 'Load more comments' twice to find a sensible one, something has gone wrong," he said.
B|The paper will review the change after six months.
com|Comments (23)
com|Beth Harlan
com|Long overdue. The court pages were a sewer.
com|Reply
com|G. Whitby
com|So now an editor decides what I'm allowed to say? Cancelled my subscription.
com|Reply
com|Load more comments
nav|More from Media Desk
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="",
     notes="Hard: story about a podcast chart, with the ranked chart entries as body (numbered list, show names, 'subscribe' mentions); the page also has a real numbered most-read list (related), 'subscribe on' links (nav), a sponsor read (other) and a cookie banner.",
     text="""
ck|Can we use optional cookies? They help us see which stories you read. Yes, that's fine | No thanks
nav|Soundboard Weekly — news about audio
T|True crime slips as history podcasts top the spring chart
oth|By Delphine Archer
oth|18 March 2026
B|History shows now hold four of the top five places in the Soundboard spring podcast chart, which ranks shows by the number of listeners who subscribe or follow each week.
B|The top five:
B|1. Empire of Salt (Harrowgate Audio)
B|2. The Dead Ledger (true crime, independent)
B|3. Long Division: A History of Borders (Fenwick Media)
B|4. Queens of the Channel (Harrowgate Audio)
B|5. The Tithe Barn (independent)
oth|Sponsored: Keelan Mics — studio sound from your kitchen table. Free shipping this month.
B|Last year true crime held three of the top five places. Harrowgate Audio's chief executive, Oriel Dunne, said listeners were "tired of murder and hungry for the long view."
B|Independent producers say the chart still favours shows that can afford to buy ads inside other podcasts and remind people to subscribe on every platform.
nav|Subscribe on Apple Podcasts · Spotify · Overcast
rel|Most read this week
rel|1. Which podcast apps actually pay creators?
rel|2. Ten years of the Soundboard chart
rel|3. Inside the attic studio behind a chart-topping show
"""),

dict(id="hard-en-005", lang="en", hard=True, opts="crlf",
     notes="Hard: story about a town council starting to live-stream meetings on a video platform; story lines mention live streams, viewer counts and chat and are body. The page's own LIVE badge, watch-live button, viewer counter and player controls are other; bottom newsletter and footer. CRLF line endings.",
     text="""
nav|Brennock Today
oth|LIVE
oth|Watch live: Brennock Town Council, March 19
oth|312 watching now
T|Brennock council meetings go live online, and 1,900 people tune in
oth|Kieran Moss
oth|Thursday March 19, 2026
B|For the first time, Brennock Town Council live-streamed its full monthly meeting on Wednesday, and the stream drew more viewers than the town hall has seats by a factor of twenty.
B|At its peak, 1,912 people were watching live on the council's StreamHall channel, according to the clerk's office.
oth|Pause
oth|Mute
oth|Fullscreen
B|The live chat was switched off after councillors said they did not want to be heckled in writing while speaking.
B|"People kept asking why the chat was closed. We'll look at a moderated question box next time," clerk Oona Petrakis said.
B|Recordings will stay online for two years and will be split into chapters for each agenda item.
nl|Get Brennock Today's evening round-up free by email.
nav|Brennock Today is an independent local news site. About · Advertise · Contact
"""),

dict(id="hard-en-006", lang="en", hard=True, opts="",
     notes="Hard: story about the accuracy of automatic captions and transcripts on news videos, which quotes a typical 'transcript generated automatically' notice and a bare duration in story lines (body); the page itself carries a differently worded transcript notice (disclaimer), a watch label with duration and chapter list (nav), and a credit (attribution).",
     text="""
nav|Access & Tech | Caldwell Observer
T|Deaf viewers say automatic captions on news videos are failing them
oth|Watch: How automatic captions get the news wrong
oth|3:02
nav|Chapters: 0:00 Intro · 0:41 The test · 2:10 What broadcasters say
dis|This page's transcript was made by a computer and may include mistakes.
B|A coalition of deaf and hard-of-hearing groups says automatic captions on news clips are so unreliable that viewers often cannot follow the story.
B|The Caldwell Hearing Access Network checked 150 clips posted by six broadcasters in January. On average, one word in nine was wrong.
B|Many of the clips carried the same short notice: "Transcript generated automatically. It may contain errors."
B|"That line is not an apology. It's a way of not paying someone to check," said the network's director, Ruthanne Okoye.
rel|Related: Broadcasters pledge human captions for live bulletins
B|In one 2:35 clip about a school closure, the software turned the name of the head teacher into "heavy leather" four times.
B|Broadcasters said human captioning of every clip would be too costly, but two of the six have promised to check captions on all news clips over one minute long.
att|Additional reporting by Caldwell Observer data team
sh|Share
sh|Save for later
"""),
]
