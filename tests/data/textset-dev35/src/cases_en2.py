"""textset-dev35, English cases en-013 .. en-024 (writer A): fashion, parenting, pets, a home
makeover, a quiz, box office, puzzle hints, a celebrity repost, a bakery opening, a running plan,
a budget wedding and a streaming round-up. Tagged line lists for
../textset-dev20/src/make_cases.py (see its docstring)."""

CASES = [
dict(id="en-013", lang="en", hard=False, opts="", notes=(
    "Fashion trend piece with two captioned photos: site name, section label, byline with updated "
    "stamp and read time. A 'Pin it' button and a shop-the-look widget with priced products (other) "
    "between paragraphs; the price comparison in a sentence is story. Commission note (disclaimer), "
    "two 'More trends' links, share line and newsletter pitch at the bottom."),
text="""
nav|Thread & Needle
nav|Fashion / Trends
T|The 'duvet coat' is back — and this time it has a belt
oth|By Carys Bello-Winter
>oth|Updated 8 Dec 2026 · 3 min read
C|A belted puffer at the Aurelle autumn show in Copenhagen. Image: Lena Voss/Runway Files
B|Remember the sleeping-bag coats of 2018? They are returning, but with a waist.
B|Designers from Copenhagen to Seoul showed oversized puffers cinched with leather belts this season.
sh|Pin it
oth|Shop the look
>oth|Belted long puffer, £120, Marlowe & Pike
>oth|Tan leather belt, £35, Odell
B|Stylist Joss Adebayo says the trick is proportion: "Wear it with a slim trouser or the belt just disappears."
B|High street versions start at around £60, while Aurelle's original costs £1,450.
C|Street style outside the Aurelle show. Image: Lena Voss/Runway Files
B|If you already own a long puffer, any wide belt will do the same job for free.
dis|Thread & Needle may earn commission on products bought through links in this article.
rel|More trends: Why everyone is wearing grey socks with loafers
rel|More trends: The return of the velvet hairband
sh|Share · Tweet · Pin · Email
nl|Sign up to the Thread & Needle Edit for the week's best buys
"""),

dict(id="en-014", lang="en", hard=False, opts="", notes=(
    "Parenting advice: site name, breadcrumb, byline with date and an expert-reviewer credit "
    "(attribution). The three tips, one per line, and their lead-in are story; an open-in-app prompt "
    "(navigation) sits before the last quote. A health disclaimer, a comment thread (count and sort, "
    "two named comments, load more) and one related link at the bottom."),
text="""
nav|Little Oak Parenting
nav|Toddlers > Behaviour
T|How much screen time is OK for a two-year-old? A paediatrician answers
oth|By Joanna Petrakis | 07 December 2026
att|Expert reviewed by Dr Femi Adewale, consultant paediatrician
B|Most guidance suggests children under two have very little solo screen time, and that two- to five-year-olds have no more than an hour a day.
B|Dr Adewale says the number matters less than what replaces it. "A video call with Grandma is not the same as an hour of autoplay cartoons."
B|His practical tips:
B|Watch together and talk about what you see.
B|Keep screens out of the bedroom and off at meals.
B|Stop screens an hour before bed.
nav|Open in the Little Oak app for daily tips
B|"Don't beat yourself up on sick days. Consistency over a month is what counts," he says.
dis|Little Oak content is for information only. Always ask your child's doctor about anything to do with their health.
com|12 comments · Sort by: Newest
com|mumoftwins_kaz: The bedtime rule changed everything for us honestly
com|DadInDerby: easier said than done with a newborn in the house
com|Load more comments
rel|You may also like: Toddler tantrums in public – what actually helps
"""),

dict(id="en-015", lang="en", hard=False, opts="", notes=(
    "Pets feature that starts at the headline (no top noise): a pet-insurance sponsored line "
    "mid-story (other). The checklist lead-in and questions are story. An author bio (other), share "
    "line and a most-read block, then the cookie banner scraped at the very bottom of the page."),
text="""
T|Why adopting a senior dog might be the best decision you make
B|Rescue centres say older dogs wait up to four times longer for a home than puppies.
B|At Hollyfield Animal Rescue in Kent, nine-year-old lurcher Biscuit has been waiting since March.
B|"People assume an old dog is a problem dog. Usually they've just outlived their owner," said centre manager Gwen Tarrant.
oth|Sponsored: Compare pet insurance for older dogs with Furcover
B|Things to ask before adopting an older dog:
B|What medication, if any, does the dog take?
B|How does it cope with stairs and car journeys?
B|Has it lived with cats or children?
oth|Lauren Achebe is Pawprint Weekly's pets editor and has fostered eleven greyhounds.
sh|Share Biscuit's story
rel|Most read in Dogs
>rel|The 10 calmest breeds for flat living
>rel|Is it safe to give your dog a bit of Christmas turkey?
ck|We value your privacy. Pawprint Weekly uses cookies to show you relevant ads and measure our traffic.
ck|Agree and close | Learn more
"""),

dict(id="en-016", lang="en", hard=False, opts="crlf", notes=(
    "Home makeover, CRLF: opens with a dek glued to itself (duplicate_line), breadcrumb, interview "
    "and photography credit line (other). The 'Where the money went' cost list is story; an ad label "
    "before the closing quote. Save button, two related links, a safety disclaimer and an address "
    "footer (other) at the bottom."),
text="""
dup|A galley kitchen in Bristol gets a warm, clever refresh for under £4,000.A galley kitchen in Bristol gets a warm, clever refresh for under £4,000.
nav|Nest & Home › Kitchens
T|"We kept the units and changed everything else": a £3,800 kitchen makeover
oth|Interview by Nell Ashworth · Photography by Kit Marangoni
B|When Priya and Dev Sandhu bought their Victorian terrace, the kitchen was a narrow corridor of beige units.
B|Replacing them would have cost £14,000. Instead they spent £3,800 and three weekends.
B|Where the money went:
B|Paint for units and walls – £240
B|Oak worktop – £1,100
B|New handles and tap – £310
B|Electrician and lighting – £1,600
B|Tiles and fitting – £550
oth|Advertisement
B|"The lighting made the biggest difference. It stopped feeling like a tunnel," Priya says.
sh|Save this idea
rel|Get the look: 12 warm paint colours for dark kitchens
rel|Reader homes: a narrowboat with a full-size bath
dis|Readers' homes are shown for inspiration only. Electrical work must be done by a qualified electrician.
oth|Nest & Home, The Quay, Bristol BS1 4RJ
"""),

dict(id="en-017", lang="en", hard=False, opts="ws", notes=(
    "Quiz page with trailing whitespace: site name, section path, creator and taken-by count "
    "(other). The intro and the five numbered questions are story; a keep-scrolling label between "
    "questions and the score/retake widget are other. Share-your-score (share_bar), next-quiz links, "
    "a top comment and an app prompt (navigation) at the bottom."),
text="""
nav|Fizzpop
nav|Quizzes | Entertainment | 90s
T|Only true 90s kids can name these five sitcoms from one line of dialogue
oth|Created by Rory Twell · 2,341 people have taken this quiz
B|Think you lived on the sofa in the 1990s? Prove it. Each question is a line from a fictional-but-familiar sitcom.
B|1. "I'm not late, the clock is early." Which show?
B|2. Which sitcom was set above a launderette in Swindon?
B|3. Whose catchphrase was "Not in this kitchen, Gerald"?
oth|Keep scrolling for question 4
B|4. Which family owned a dog called Admiral?
B|5. Which show's theme tune was whistled by the cast?
oth|Your score: 0/5
>oth|Retake quiz
sh|Challenge your friends: share your score
rel|Next quiz: Name the boy band from the haircut
rel|Next quiz: Which 00s soap villain are you?
com|Top comment: I got 3 and I'm blaming question 2
nav|Fizzpop app — more quizzes, no ads. Download free
"""),

dict(id="en-018", lang="en", hard=False, opts="", notes=(
    "Box-office report: a media-stocks quote strip at the very top (crypto_ticker), site name, "
    "breadcrumb, byline and stamp. The top-five chart with takings is story; an ad label before the "
    "distributor quote. A figures credit (attribution), read-more links and a bare Share."),
text="""
tk|Media stocks: LUMA 42.18 ▲1.4% | HALV 18.02 ▼0.6% | CRST 7.95 ▲3.2% | PIXB 121.40 ▼0.3%
nav|Screen Ledger
nav|Film › Box Office
T|Box office: 'Starfall Harbour' sinks the competition with £9.2m opening
oth|By Anouk Brennan
>oth|Monday 7 December 2026, 11:20 GMT
B|The animated sea adventure Starfall Harbour took £9.2m in UK and Irish cinemas over the weekend, the biggest December opening in six years.
B|The weekend's top five:
B|1. Starfall Harbour – £9.2m (new)
B|2. Low Tide Ledger – £3.1m (new)
B|3. The Winter Accord – £2.4m (−38%)
B|4. Babel Street – £1.0m (−51%)
B|5. Grandma Vs the Robots – £640,000 (new)
oth|Advertisement
B|Distributor Halverton Pictures said advance sales for Christmas week were "tracking well above" last year's hit.
att|Box-office figures supplied by Boxtally Ltd
rel|Read more box office reports
>rel|Why December openings have got so crowded
sh|Share
"""),

dict(id="en-019", lang="en", hard=False, opts="single", notes=(
    "Puzzle-hints page, single newlines, ending on the answer (no bottom noise): site name, "
    "breadcrumb, team byline with stamp. The three hints, the scroll-down line, the answer and "
    "yesterday's answer are story; a play-now button, streak counter (other), links to other hint "
    "pages, an e-mail pitch and a not-affiliated note (disclaimer) sit between hints and answer."),
text="""
nav|Brainyard
nav|Games › Wordlock › Hints
T|Wordlock hints and answer for Wednesday, December 9 (game #912)
oth|Brainyard Games Team · 9 Dec 2026, 00:05
B|Stuck on today's Wordlock? Here are three hints, from gentle to almost-giving-it-away.
B|Hint 1: Today's word contains two vowels.
B|Hint 2: It starts with the letter C.
B|Hint 3: It is something you might find on a hillside in Scotland.
oth|Play Wordlock now
oth|Your streak: 0 days
rel|Quizzle hints for today
rel|Crossgrid clues and answers
nl|Get tomorrow's hints in your inbox before breakfast
dis|Brainyard is an independent fan site and has no link to the makers of Wordlock.
B|Still stuck? Scroll down for the answer.
B|Today's Wordlock answer is CAIRN.
B|Yesterday's answer was PLANK.
"""),

dict(id="en-020", lang="en", hard=False, opts="", notes=(
    "Celebrity story reposted by an aggregator, without a headline: hub name, trending label and a "
    "relative time stamp at the top. Repost credit and source line (attribution), teaser titles each "
    "followed by a SiteYYYY/MM/DD stamp (related_links), an aggregator disclaimer and a "
    "like/share/save bar at the bottom."),
text="""
nav|StarWire Hub
nav|Trending now
oth|3 hours ago
B|Reality star Kenzie Marlowe has announced she is expecting her first child with footballer Dario Venn.
B|The couple shared ultrasound pictures on Sunday, captioned: "Our favourite teammate arrives in June."
B|Marlowe, 28, rose to fame on the dating show Island of Hearts in 2022.
B|Venn, who plays for Castleford Rovers, said he was "the happiest man in Yorkshire".
B|The pair plan to keep living in Leeds, close to both families.
att|This article originally appeared on Glossline and is republished here with permission.
att|Source: Glossline
rel|Island of Hearts to return next summer with a new villa
rel|StarWire Hub2026/12/07 14:22
rel|Dario Venn's club confirms new contract talks
rel|StarWire Hub2026/12/07 09:51
dis|StarWire Hub gathers stories from outside publishers and does not endorse the views in them.
sh|Like · Share · Save
"""),

dict(id="en-021", lang="en", hard=False, opts="nofinal", notes=(
    "City food-guide news, no final newline: site masthead, lower-case byline with date; a map widget "
    "(other) mid-story. The opening-hours line is story. Comment prompt and one comment, a "
    "where-to-eat block and a footer link row (other) at the bottom."),
text="""
nav|Tablehop — Eat & Drink in Leeds
T|Crumbwell Bakery opens second site in Chapel Allerton with a 40-seat café
oth|by Maddie Ogunleye, December 6, 2026
B|Crumbwell Bakery, the Kirkstall sourdough shop known for queues round the block, opens its second branch on Saturday.
B|The new site on Harrogate Road has a café, a counter and a window where you can watch the bakers laminate croissant dough.
B|Owner Tom Hesketh said the menu would include a cardamom bun "that nobody else in Leeds is doing".
oth|Map: 114 Harrogate Road, LS7 — View on map
B|Opening hours: Tuesday to Sunday, 8am to 4pm.
B|The first 100 customers on Saturday get a free coffee.
com|Have you been? Tell us in the comments below
com|Posted by leedsfoodie88: The Kirkstall queue is worth it every time
rel|Where to eat this week
>rel|New ramen bar Kuro opens in the Corn Exchange
oth|Advertise with Tablehop | Contact | Privacy
"""),

dict(id="en-022", lang="en", hard=False, opts="", notes=(
    "Beginner running plan with a run of extra blank lines before the footer: a dek glued to itself "
    "(duplicate_line) above the site name and section "
    "path, coach byline and updated date. The week-by-week plan lines are story; a "
    "story-continues label mid-plan (other). App download prompt (navigation), a check-with-your-GP "
    "note (disclaimer), a popular block and a share line at the bottom."),
text="""
dup|Eight weeks, three runs a week, no gym needed.Eight weeks, three runs a week, no gym needed.
nav|Stride Daily
nav|Fitness / Running
T|Couch to 5K in eight weeks: a plan for total beginners
oth|Coach Bea Lindgren
>oth|Updated: 05/12/2026
B|You do not need to be fit to start running. You need three free half-hours a week and a decent pair of shoes.
B|Weeks 1–2: Alternate 1 minute running with 90 seconds walking, eight times.
B|Weeks 3–4: Run 3 minutes, walk 90 seconds, five times.
oth|Story continues below
B|Weeks 5–6: Run 8 minutes, walk 3 minutes, twice.
B|Weeks 7–8: Build to 25 minutes of continuous running.
B|Rest days matter: never run two days in a row in the first month.
nav|Track every run with the free Stride app — Get it on iOS and Android
dis|If you have a health condition, talk to your GP before you start a new exercise plan.
~
rel|Popular on Stride Daily
>rel|The 10-minute stretch routine for runners over 40
>rel|What to eat before a morning run
sh|Share this plan with a running buddy
"""),

dict(id="en-023", lang="en", hard=False, opts="", notes=(
    "Personal-finance lifestyle story: an FX/index/gold/bitcoin strip at the top (crypto_ticker), "
    "site name, breadcrumb, author and date. Prices in the story sentences are story; a sponsored "
    "crypto-savings promo with its risk line (crypto_promo) sits mid-story. Not-advice note "
    "(disclaimer), more-stories block, share button and newsletter pitch at the bottom."),
text="""
tk|GBP/USD 1.2741 ▲0.12% · FTSE 100 8,412.6 ▼0.3% · Gold $2,381 ▲0.4% · BTC $61,920 ▼1.8%
nav|Pennywise Living
nav|Money › Weddings
T|How we planned a wedding for 80 guests on £6,000
oth|Rhiannon Tully
>oth|2 December 2026
B|When Amara and Jon Feld got engaged, the average UK wedding cost more than £20,000. They set a budget of £6,000 and stuck to it.
B|They married on a Thursday in October, which cut the venue hire from £4,500 to £1,200.
B|A friend's food truck did the catering for £1,900, and guests brought a dessert each instead of a cake.
pr|Sponsored · Grow your wedding fund: earn up to 6% APY on USDC with CoinHarbor. New users get £20 in BTC.
pr|Capital at risk. Crypto assets are unregulated here. Claim your bonus →
B|The dress came from a charity shop for £85 and was altered for £60.
B|"Nobody remembers the chair covers," Amara says. "They remember whether they had a good time."
dis|Pennywise Living shares readers' experiences, not financial advice. Check what suits your own situation.
rel|More money-saving stories
>rel|I cut my food shop to £45 a week – here's how
sh|Share on WhatsApp
nl|Join 200,000 readers getting Pennywise's Friday money tips
"""),

dict(id="en-024", lang="en", hard=False, opts="ws", notes=(
    "Streaming round-up with trailing whitespace: site name, a consent notice and its button, "
    "section path, compiler byline with date. The intro and each title line are story; a "
    "'Where to watch' price row and a trailer-player line (other) between titles. Two related "
    "links, a share line and an availability-data credit (attribution) at the bottom."),
text="""
nav|BingeBox
ck|BingeBox uses cookies and similar tech to recommend shows you'll like. By tapping 'Sounds good' you agree.
ck|Sounds good
nav|Streaming Guide / New This Week
T|New on streaming this week: a Nordic heist, a cooking duel and a very odd musical
oth|Compiled by Leo Amankwah · Friday 4 December 2026
B|It's a big week for subscribers, with three originals landing and one long-awaited film finally arriving on a service.
B|Vault of the North (Lumo+, from Friday) — a six-part Norwegian heist drama with a rotating narrator.
oth|Where to watch: Lumo+ · 7-day free trial, then £6.99/month
B|Knife Fight (Nibble TV, from Tuesday) — chefs swap kitchens mid-service and must finish each other's dishes.
oth|▶ Watch trailer 1:58
B|Tuna! The Musical (Crest Play, from Wednesday) — exactly what it sounds like, and somehow charming.
B|The Winter Accord (Lumo+, from Sunday) — last year's Oscar-nominated political drama.
rel|Leaving streaming this month: catch these before they go
rel|Our 50 best series to binge right now
sh|Share · Copy link
att|Availability data provided by WatchFinder
"""),
]
