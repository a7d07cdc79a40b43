CASES = [
dict(id="en-013", lang="en", hard=False, opts="",
     notes="Morning TV show recipe segment page: player chrome (watch label, duration, autoplay-next toggle, captions button), ingredient list items and method steps kept as body, 'Up next' queue and show menu; extra blank lines before the footer.",
     text="""
nav|Good Morning Tri-County
nav|Recipes · Health · Money · Pets
T|Chef Amara's 20-minute lemon orzo with white beans
oth|Watch the full segment
oth|5:36
oth|Autoplay next video
oth|CC
B|Chef Amara Delacroix joined us in the studio on Thursday with a one-pan dinner she says even tired parents can pull off on a weeknight.
B|Ingredients (serves 4)
B|1 1/2 cups orzo
B|1 can white beans, rinsed
B|3 cups vegetable stock
B|Zest and juice of 2 lemons
B|A big handful of baby spinach
B|Method
B|Toast the orzo in olive oil for two minutes, then add the stock and simmer for about ten minutes, stirring often.
B|Stir in the beans, lemon and spinach, season well and finish with grated parmesan.
rel|Up next
rel|Three lunchbox ideas under $2 a serving
rel|Pet vet Q&A: is your dog bored?
~
nav|Good Morning Tri-County airs weekdays 6-9 on WTCX Channel 4
dis|Recipes are provided by guests. WTCX has not tested them and accepts no responsibility for allergic reactions.
"""),

dict(id="en-014", lang="en", hard=False, opts="nofinal",
     notes="Sports radio podcast episode page: show name and menu, episode stamp, two guest lines, mid-page ad read, rate-and-review prompt, follow links (nav), transcript-by-software note (disclaimer). No final newline.",
     text="""
nav|Pressbox 1290 Podcasts
T|Three Men and a Box Score: Can the Harriers fix their bullpen before April?
oth|S4 E22 | 52 min | Released Mar 12, 2026
oth|Guest: Dee Kalani, former Harriers pitching coach
oth|Guest: Marcus Ebbe, Pressbox 1290 baseball insider
B|With opening day three weeks away, the Harriers still have no settled closer, and two of last year's set-up men are hurt.
B|Dee Kalani, who coached the staff from 2019 to 2023, says the answer may already be in camp: left-hander Ozzie Trammel, who has struck out 11 in six spring innings.
B|Marcus Ebbe breaks down the trade market and why the front office is reluctant to add salary before June.
oth|Today's show is brought to you by Coalyard Tire & Auto. Four tires, free alignment, no appointment needed at any of their nine locations.
B|Plus: the crew's predictions for the division, and a listener question on whether the pitch clock has made games too short.
oth|Enjoying the show? Rate and review us, it really helps.
nav|Follow on Spotify · Apple Podcasts · YouTube
dis|Episode transcripts are produced by speech recognition software and may not be word-for-word accurate.
rel|Previous episode: The spring training mailbag"""),

dict(id="en-015", lang="en", hard=False, opts="",
     notes="Storm-damage photo gallery on a newspaper site: photo counter, swipe hint, buy-photo link (other), captions, combined credit lines (attribution), body intro and closing paragraphs around the gallery, reprints note and related at the bottom.",
     text="""
nav|The Lakeshore Sentinel
nav|News › Weather
T|In pictures: ice storm leaves Carden Point glazed and without power
oth|Photo 1 of 9
oth|Swipe for more photos
C|A birch bends to the ground under the weight of ice on Marram Road, Carden Point, on Wednesday morning.
att|Jules Okonkwo/The Lakeshore Sentinel
oth|Buy this photo
oth|Photo 2 of 9
C|Line workers from Bayside Power restore a feeder cable near the marina.
att|Jules Okonkwo/The Lakeshore Sentinel
B|Freezing rain fell for almost 14 hours on Tuesday and Wednesday, coating trees, cars and power lines in up to an inch of ice across the Carden Point peninsula.
B|At the peak, 23,600 Bayside Power customers had no electricity. By Thursday evening that number was down to about 4,000.
B|Schools in the Carden and Wyle districts will stay closed on Friday.
B|The utility says most remaining customers should be reconnected by Saturday night, though isolated rural lines could take longer.
B|Warming centres are open at the Carden Point library and the Wyle community hall.
oth|Reprints and licensing
rel|More photo galleries
rel|Frozen waterfalls draw crowds at Hollin Gorge
"""),

dict(id="en-016", lang="en", hard=False, opts="",
     notes="Restaurant inspection roundup with a Disqus-style comment block (comment count, sort, login, commenter meta, load-more are comments), community-guidelines link, author line, and inline ad label mid-story.",
     text="""
nav|EATS | The Corran Weekly
T|Inspections roundup: two Corran restaurants ordered to close
oth|by Petra Lindahl | Mar 13, 2026
B|Health inspectors ordered two Corran restaurants to close temporarily last week and cited five more for critical violations, according to county records.
B|Closed:
B|Golden Wok, 114 Fenner Ave. — no hot water at hand sinks; reopened after reinspection on March 9.
B|Brick & Barrel, 8 Quay St. — evidence of rodents in dry storage; still closed.
oth|Advertisement
B|Critical violations:
B|Tavola Mia, 230 Main St. — raw chicken stored above salad greens.
B|The Hungry Heron, 55 Marsh Rd. — cooler holding food at 49F.
B|Inspectors visit each licensed kitchen at least twice a year. Full reports are public and can be requested from the county health department.
com|48 Comments
com|Sort by Best
com|Sign in with your Corran Weekly account to comment
com|Jon Bracken • 3 hours ago
com|Brick & Barrel again? That's the second time in a year.
com|Reply · 12 likes
com|Load more comments
oth|Read our community guidelines
"""),

dict(id="en-017", lang="en", hard=False, opts="ws",
     notes="Live updates page on a power outage after a windstorm: LIVE badge, auto-refresh notice, time stamps (other), entry texts including short figure lines as body; newsletter box in the middle of the page between entries; bottom share bar and tags. Trailing whitespace.",
     text="""
nav|Westbrook Daily Ledger
oth|LIVE UPDATES
T|Westbrook windstorm: outages fall below 10,000 as crews work overnight
oth|This page refreshes automatically every two minutes.
oth|Posted at 6:40 p.m.
B|Southline Energy says 9,870 customers remain without power, down from a peak of 31,200 just after noon.
B|Outages at 6:30 p.m.: 9,870 customers
oth|Posted at 4:15 p.m.
B|The city has opened a warming shelter at the Granger Rec Center on Pike Street. Pets are allowed if they are leashed or crated.
nl|Storm alerts by text: reply WIND to 55021 to get Ledger updates on your phone.
oth|Posted at 1:05 p.m.
B|Gusts reached 74 mph at Westbrook airport at 11:48 a.m., the strongest measured there since 2011.
B|A tree fell on a parked school bus on Dunley Road. No one was on board.
oth|Posted at 9:20 a.m.
B|The National Weather Service has extended the high wind warning until 10 p.m.
sh|Share these updates
nav|Topics: Weather, Westbrook, Power outages
"""),

dict(id="en-018", lang="en", hard=False, opts="",
     notes="Short documentary page of a newspaper video series: series label, 'Watch:' label, captions-available line, runtime (other); director credit (attribution); story text; 'Up next' and series list (related); newsletter at the bottom.",
     text="""
nav|Our Towns: a Courier-Post video series
T|The keeper who stayed: 40 years on Skerry Head
oth|Watch: The keeper who stayed
oth|Closed captions available
oth|Runtime 8:14
att|Film by Oskar Fenwright. Produced by Lucia Merino.
B|When the Skerry Head light was automated in 1986, Aldous Penrose was told his job was over. He never left.
rel|Read next: Skerry Head light gets a new lens after 90 years
B|Now 81, Penrose still lives in the keeper's cottage under a lease from the lighthouse trust, and still climbs the 117 steps to clean the lens every Sunday.
B|"It doesn't need me. I need it," he says in the film.
B|The trust plans to open the tower to visitors next year, and has asked Penrose to lead the first tours.
rel|Up next
rel|Our Towns: the ferry that only runs on Tuesdays
rel|Our Towns: Hollin's last blacksmith
nl|Get new Our Towns films first: sign up for the Courier-Post Weekend email.
"""),

dict(id="en-019", lang="en", hard=False, opts="",
     notes="Gardening magazine article with a reader vote widget in the middle of the story (other), breadcrumb, share row at top, print-edition credit (attribution), newsletter and related at the bottom; mixed single and double newlines.",
     text="""
nav|Home > Grow > Vegetables
sh|Share | Pin | Email
T|Five tomatoes that shrug off blight, tested in a wet summer
oth|Words by Hollis Marbury
B|Last summer was the wettest at our trial garden in Cheddon since records began, which made it ideal for one thing: finding out which tomatoes can cope with blight.
B|We grew 22 varieties outdoors without sprays. These five were still cropping in September.
B|1. 'Crimson Veil' – cordon, medium fruit, barely marked
>B|2. 'Lindengold' – yellow cherry, sweet and very vigorous
>B|3. 'Moorside' – bush type, good for pots
oth|Which tomato do you grow most?
>oth|Cherry
>oth|Beefsteak
>oth|Plum
>oth|Vote now
B|4. 'Pennant Red' – late, but the heaviest crop of the trial
B|5. 'Ashcombe Stripe' – striped fruit, some leaf spotting but no rot
att|This article first appeared in the August issue of Plot & Pot magazine.
nl|Sign up for our free weekly Grow email for seasonal jobs and offers.
rel|You might also like
rel|How to save your own tomato seed
"""),

dict(id="en-020", lang="en", hard=False, opts="nofinal",
     notes="Radio station news page with audio player: doubled dek glued to itself (duplicate_line), listen label with duration, play/download controls (other), show plug (other), story body, station footer. No final newline.",
     text="""
dup|Repairs to the Ferrisford Bridge will close one lane until August.Repairs to the Ferrisford Bridge will close one lane until August.
nav|WKRL 88.3 News
T|Ferrisford Bridge down to one lane for five months
oth|Listen · 3:12
oth|Play
oth|Download audio
oth|Ruth Anselm, WKRL
B|Drivers crossing the Ferrisford Bridge should expect delays from Monday, when the state transportation department closes the northbound lane for deck repairs.
B|Traffic in both directions will share the southbound lane, controlled by signals at each end.
B|Engineer Calvin Moyo says the concrete deck has cracks that let salt water reach the steel underneath. "If we wait another winter, it becomes a much bigger job," he said.
B|The $6.8 million project is due to finish by the end of August.
oth|Hear more local stories on Morning Edition, weekdays from 5 to 9 on WKRL.
nav|WKRL is listener-supported public radio for the Ferris Valley. Donate · Schedule · Contact"""),

dict(id="en-021", lang="en", hard=False, opts="",
     notes="Club media site post-match interview video page: club TV nav, members-only player notice, duration, quoted one-liners kept as body, next-fixture widget and sponsor line (other), share bar.",
     text="""
nav|Hartwell Harriers RFC
nav|Club TV | Fixtures | Tickets | Shop
T|Coach Barrow: "We were braver in the second half"
oth|Members only: log in to watch the full press conference
oth|1:47
oth|Hartwell Harriers media team
B|Head coach Ewan Barrow was pleased with how his side came back from 13-3 down at half-time to beat Castlemoor 27-16 at the Rookery on Saturday.
B|On the turnaround:
B|"We were braver in the second half. We kept the ball and made them tackle."
oth|Next match: Harriers v Ellerby Sharks, Sat 21 Mar, 3pm
B|On debutant Luka Sefo:
B|"Two tries on his first start. Not bad for a lad who was playing sevens in October."
B|On the injury to captain Rhodri Vale:
B|"It's a knee. We'll know more on Monday after the scan."
oth|Club TV is supported by Dunmere Motors
sh|Share this video
"""),

dict(id="en-022", lang="en", hard=False, opts="",
     notes="Science story with an embedded explainer video (label with duration and play prompt, other), inline 'Read more:' teaser, credit to agency (attribution), 'Most viewed videos' numbered list (related), comment count and moderation notice (comments).",
     text="""
dup|The craft is upright and sending data, its operator says.The craft is upright and sending data, its operator says.
nav|World | Science | Space
T|Moon lander Halcyon-2 sets down near lunar south pole
oth|Halcyon-2 lands: see the final descent
oth|Video, 1:36
oth|Tap to play
B|A privately built lander touched down about 90 kilometres from the Moon's south pole on Friday, its operator Lumen Orbital said.
B|Halcyon-2 carries a drill that will test whether ice lies in the soil of a nearby crater rim.
rel|Read more: Why the lunar south pole is the new race in space
B|The company said the lander was upright and sending data, though one of its two solar panels was charging more slowly than planned.
B|Two earlier attempts by other firms to land in the region ended with spacecraft tipping over.
att|Reporting by Westline News Agency; editing by Harriet Quaye.
rel|Most viewed videos
rel|1. Watch: the rocket that caught itself
rel|2. Watch: divers find a wreck in Lake Umber
com|Comments (7)
com|Comments are read by an editor before they go live. Please be patient.
"""),

dict(id="en-023", lang="en", hard=False, opts="ws",
     notes="TV episode recap on an entertainment site: spoiler warning (disclaimer), unavailable trailer player (other), reader vote widget (other), recap body with a subheading, affiliate disclosure (disclaimer), related at the bottom. Trailing whitespace.",
     text="""
nav|Screenside › TV › Recaps
T|'Harbourlight' season 2, episode 4 recap: the lighthouse knows
oth|By Kit Moreau | March 16, 2026
dis|Spoiler warning: this recap covers everything that happens in episode 4.
oth|Watch the trailer
oth|This video is no longer available.
B|Four episodes in, 'Harbourlight' finally tells us what happened on the night of the fire, and it is not what Marnie has been telling herself.
B|The episode opens in 1994, with a young Marnie hiding in the lamp room while her father argues with someone we cannot see.
B|Back in the present, Detective Ansah finds the missing logbook in the chapel organ, of all places.
oth|Who do you think started the fire? Vote now
oth|See results
B|The big reveal
B|The voice in the lamp room was Father Dorrance. The show plays it quietly, which makes it hit harder.
B|Grade: A-
dis|Screenside may earn a commission when you sign up to a streaming service through links on this page.
rel|More 'Harbourlight' recaps
rel|Episode 3 recap: the tide comes in
"""),

dict(id="en-024", lang="en", hard=False, opts="",
     notes="Library webinar replay page: replay player chrome (replay label, duration, chat replay toggle, other), story text, live-chat replay messages from viewers (comments), event credits (attribution), cookie notice at the top.",
     text="""
ck|We use cookies to keep you signed in to your library account. Accept | Learn more
nav|Pellingham Public Library › Events › Past events
T|Replay: How to trace your family history online for free
oth|Replay · 58:20
oth|Show chat replay
B|More than 200 people joined the library's live genealogy session on Tuesday, the biggest online audience for a library event since the branches reopened.
B|Local history librarian Farida Osterhout showed how to search the county's digitised parish registers, which go back to 1672, without paying for a subscription site.
B|She also explained how to request old newspaper pages from the library's microfilm archive.
B|The next session, on reading old handwriting, is on April 7.
com|Chat replay
com|maria_k: can we get the registers from home or only in branch?
com|Pellingham Library: From home with your library card number!
com|Tom D.: brilliant session, thank you
att|Session presented by Farida Osterhout, Local History and Archives.
"""),
]
