from common import case

CASES = [
case("en-001", "en", """
nv|The Harbour Ledger | Features | Coast | Inland | Opinion
T|The last ferryman of Calloway Sound
ot|By Miriam Oduya · Updated 14 March 2026, 09:12
ot|Listen to this article · 9 min
B|CALLOWAY SOUND —
B|Every morning at 5.40, Tobias Renn walks down forty-one wooden steps to a boat his grandfather built.
B|He has done it for thirty-three years.
B|The ferry carries, on a good day, eleven passengers, two bicycles and the post for the islands of Sker and Little Holm.
B|The county says it loses £212 on every crossing.
B|Next spring it plans to stop paying.
B|A route older than the road
B|Records in the parish archive show a boat crossing here in 1788, decades before the coast road was cut.
B|“People think it’s a quaint thing,” Renn said, tying off a line without looking at it. “It’s the only way my neighbour gets her insulin.”
ot|Advertisement
B|The council’s transport review lists three options:
B|- a subsidised water taxi on request, booked a day ahead;
B|- a weekly supply run by the harbour authority;
B|- nothing at all.
B|Islanders have filled the village hall twice since the review was published.
B|What happens to a place when the crossing stops?
B|On Sker, the answer is already visible: the school closed in 2019, and the shop opens three days a week.
B|Renn does not plan to find out.
B|“I’ll run it on diesel and stubbornness,” he said. “The diesel’s the expensive bit.”
ot|Miriam Oduya is The Harbour Ledger’s coast correspondent. She grew up on Little Holm.
rl|More from Features: The lighthouse keepers who never left · Why the oyster beds came back
""", "Feature on an island ferry: dateline, subheading, one-line paragraphs, a rhetorical question and a dash list are body; nav, byline, listen label, ad slot, author bio and a related line are noise.", trail=[4, 11]),

case("en-002", "en", """
T|Why your electricity bill jumps when the wind drops
ot|Explainer · 7 min read
ot|Published 2 Feb 2026 · Last updated 3 Feb 2026
B|You paid more in January. You may have wondered why.
B|The short answer: the last power plant switched on sets the price for everyone.
B|How the auction works
B|Each half hour, generators offer electricity at a price, cheapest first.
B|The grid operator accepts offers until demand is met.
B|The final accepted offer — often a gas plant — becomes the price paid to all of them.
rl|Read more: Is a smart meter worth having? We asked five engineers
B|When the wind is strong, cheap turbines cover more of demand and gas is rarely needed.
B|When it drops, the expensive plant is back at the margin.
B|Three things to know
B|1. Your tariff may lag the wholesale price by weeks or months.
B|2. Fixed deals shift the risk to the supplier, who prices it in.
B|3. Storage narrows the gap but does not close it yet.
B|Is there another way?
B|Some economists want separate markets for renewable and fossil power. Others say that would hide the real cost of a windless week.
B|Neither camp thinks bills will fall quickly.
nl|Get our Sunday explainer in your inbox. One topic, no jargon. Sign up free
sb|Share this explainer
sb|Copy link
""", "Explainer with subheadings and a numbered list, a closing one-liner; reading-time and update stamps, an inline Read more teaser, a newsletter pitch and share bar are noise."),

case("en-003", "en", """
ot|OBITUARIES
T|Agnes Mollet, who taught a city to swim, dies at 94
ot|Posted 11 Jan 2026 · 6 min read
C|Agnes Mollet at the Fenwick Street baths in 1971. Photograph: Fenwick Civic Archive
B|Agnes Mollet, a swimming instructor who persuaded a reluctant council to keep its public baths open through three budget crises, died on Tuesday at her home in Ardley. She was 94.
B|Her daughter, Claire, said the cause was heart failure.
B|She had taught her last class, a group of retired postmen, at the age of 89.
B|Over five decades Ms. Mollet taught an estimated 30,000 children to swim, many of them from families who had never owned a costume.
B|She charged nothing for lessons on Saturday mornings.
B|“If you can float, you can think,” she told a local radio station in 1988. It became something of a slogan.
B|Early life
B|Agnes Marie Lacour was born in 1931 in Le Havre and came to England as a nurse in 1952.
B|She met her husband, Raymond Mollet, a tram driver, at the baths, where she was the only adult in the beginners’ class.
B|He learned to swim in eleven weeks. They married in 1955.
B|She qualified as an instructor the following year.
ot|Story continues below
B|In 1979, when the council voted to sell the Fenwick Street site, she organised a sit-in of 400 swimmers, most of them under twelve.
B|The sale was abandoned.
B|She is survived by her daughter, two grandsons and a great-granddaughter who, the family notes, swam a length at the age of three.
B|The baths will close for one hour on Friday in her memory.
cm|Leave a tribute (42)
at|This obituary was written by staff of the Ardley Courier.
rl|Other recent obituaries
rl|Dennis Oakhurst, printer and union organiser, 81
rl|Priya Vell, founder of the Ardley curry festival, 67
""", "Obituary with a photo caption, subheading 'Early life' and short lines; section label, stamp, story-continues slot, tribute counter, staff credit and other obituaries are noise.", nl="mixed"),

case("en-004", "en", """
ot|REVIEW
T|The Marrow Street Players’ ‘Lear’ is cold, brutal and unmissable
ot|★★★★☆
ot|Jonas Petrie · 4 min read
B|The storm scene is played in near silence.
B|That is the first of several shocks in Hana Delacroix’s staging, which strips the play to a bare concrete floor and a single hanging lamp.
B|Theo Amadi, at 38 one of the youngest Lears in memory, does not rage so much as calculate.
B|It works better than it should.
B|What works
B|- Amadi’s stillness in the first act, which makes the collapse frightening.
B|- Ruth Okafor’s Fool, sung rather than spoken.
B|- The lamp, which swings for a full minute after Gloucester’s blinding.
B|What doesn’t
B|The Edmund subplot is cut so hard that his death barely registers.
B|Goneril and Regan, too, feel sketched rather than drawn.
B|And the running time, two hours without an interval, will test some audiences.
ot|Advertisement
B|Still: I have seen a dozen Lears. I will remember this one.
B|Until 28 March at the Marrow Street Theatre. Tickets from £14.
B|Go on a weeknight if you can. The Saturday crowd coughs.
rl|Also in Culture: Five plays to see before spring
sb|Share on Facebook | Share on X | Email
""", "Theatre review with 'What works'/'What doesn't' subheadings and a list; star rating, byline, ad slot, related and share lines are noise.", nl="single"),

case("en-005", "en", """
T|Inside the warehouse where returned clothes go to disappear
ot|An investigation by Karl Weston and Ines Maro
ot|14 min read · February 20, 2026
ot|🎧 Audio version available · Play (13:41)
B|The trucks arrive at Unit 7, Dorsey Industrial Park, every night after ten.
B|Inside are returned parcels: jackets worn once, jeans in the wrong size, dresses bought for a photo and sent back.
B|Over six months, reporters tracked 140 returns with small Bluetooth tags sewn into seams.
B|Only 31 went back on sale.
B|Where the rest went
B|- 52 were sold by weight to a broker in Gdańsk.
B|- 38 were shredded for insulation.
B|- 19 were burned at an energy-from-waste plant in Lincolnshire.
nl|Our investigations land first in Inside Track, a free weekly email. Add your address →
B|The retailer, Loopwear, said its policy is to resell “wherever possible” and that tagged items may not be representative.
B|Former staff disagree.
B|“If the label was cut or the box was torn, it went in the red cage,” said one, who asked not to be named. “The red cage went to the shredder.”
B|Is that illegal?
B|No. No law requires a retailer to resell returns, though France and Germany are both drafting one.
B|Loopwear’s annual report does not mention the red cage.
B|It mentions “circularity” fourteen times.
ot|Correction, 21 Feb: An earlier version of this story said 41 items went back on sale. The correct figure is 31.
ot|Karl Weston and Ines Maro are members of our investigations desk. Tips: tips@northpost-news.example
cm|View 318 comments
""", "Investigation with a list of findings and a rhetorical question; byline, reading stamp, audio player label, newsletter box mid-story, correction note, author credit and comment counter are noise.", trail=[2, 9, 14]),

case("en-006", "en", """
ot|Opinion | Columnists
T|We built suburbs for cars. Now the cars are leaving.
ot|Fiona Achebe
ot|Updated 6 hours ago
B|My street has fourteen driveways and, as of last month, nine cars.
B|Five years ago it had twenty.
B|Nobody planned this. The bus did not get better; the shops did not move closer.
B|People simply got older, or poorer, or tired of paying £1,900 a year to insure a hatchback.
B|Some moved to the town centre. Most stayed.
B|And the suburb does not know what to do with them.
B|There is no bench between my house and the nearest pharmacy, 1.3 miles away.
B|There is no crossing on the ring road.
B|There is, however, parking for 340 vehicles outside the retail park.
B|I have counted them. Twice.
ot|Advertisement
B|Councils could fix some of this cheaply.
B|Benches. Crossings. A minibus on Tuesdays.
B|They could also let people build small homes on the driveways nobody needs.
B|Will they? I doubt it, at least not soon.
B|But the cars are leaving anyway.
ot|Fiona Achebe writes about towns and transport. Her book, Ring Road, is out in May.
rl|More opinion
rl|The case against another bypass
rl|Why I gave up my bus pass at 70
""", "Opinion column with many one-sentence paragraphs and a fragment line; section label, bare author name, stamp, ad slot, author bio and more-opinion block are noise.", final_nl=False),

case("en-007", "en", """
T|The quiet economics of the corner launderette
ot|Business · Analysis
ot|8 min read
B|Running a launderette in 2026 means betting on three things: water prices, the rental market and whether people still own sofas with removable covers.
B|Marta Ilić has run the Suds & Co on Cable Road for eleven years.
B|Her figures, shared with us, show the arithmetic.
B|They are not complicated.
B|- A 12kg wash costs the customer £6.50.
B|- Water, power and detergent cost her about £1.90.
B|- Rent and business rates take another £2.10 per wash, on her volumes.
B|The margin, she says, is “the change in my pocket”.
rl|Also read: High street closures reach a five-year low
B|So why are new launderettes opening?
B|Because more people rent, and rented flats increasingly come without machines.
B|Landlords save space. Tenants pay by the load.
B|Students, too, have returned since halls of residence began charging for laundry.
B|Analysts at Crossfield Research count 212 openings last year, against 140 closures.
B|Ilić has no plans to expand.
B|“One shop is a job,” she said. “Two shops is a problem.”
sb|Share
sb|Save article
ot|Topics: Small business · Housing · Cost of living
""", "Business analysis with a price list and a question-answer pair; section label, read time, inline 'Also read' teaser, share/save bar and topics line are noise."),

case("en-008", "en", """
ot|Listen · 11:20
T|The woman who mapped every public toilet in Leeds
ot|Sunday Magazine · By Owen Tarrant
B|It started with a promise to her mother.
B|Rosalind Fey, a retired surveyor, had watched her mother stop going into town because she could not be sure of finding a toilet.
B|So Fey made a list.
B|It had nine entries.
B|Then she made a map, then an app, then a spreadsheet of 1,204 entries that the city council now quietly uses itself.
B|What’s on the list
B|Each entry records opening hours, step-free access, baby-changing, a radar key lock and, crucially, whether it was actually open when she checked.
B|About a third were not.
C|Rosalind Fey checks a cafe toilet on Briggate. Photo: Owen Tarrant
B|“Signs lie,” she said. “Doors don’t.”
B|She visits fifteen sites a week, on foot and by bus.
B|She has been refused entry 212 times and thrown out of a hotel twice.
B|Both hotels are now on the map, marked “customers only (strictly)”.
B|What would she change?
B|A legal duty for councils to publish where their toilets are and when they are open. Scotland is considering one.
B|And benches. “Everyone forgets benches.”
ot|Photo credits: Owen Tarrant; Leeds Civic Trust (archive)
rl|You might also like: Leeds at night, seen from its rooftops
""", "Magazine feature with a caption, subheading and quoted one-liners; listen label at top, section/byline line, photo credits and a related teaser are noise.", trail=[0, 6]),

case("en-009", "en", """
T|Grief, paperwork and a 47-minute hold: what happens when a parent dies
ot|Money · Updated 9 January 2026
ot|Reading time: 10 minutes
B|Nobody tells you about the forms.
B|When Helen Osei’s father died in October, she counted them.
B|Nineteen organisations needed to be told. Eleven wanted a copy of the death certificate. Four wanted originals.
B|One, a mobile phone company, asked to speak to him.
B|She told them they would have to wait.
B|The list she made
B|1. Register the death (within five days in England).
B|2. Use the government’s Tell Us Once service.
B|3. Contact banks, pensions and insurers separately.
B|4. Cancel subscriptions — the hardest to find.
B|Osei found her father paying for two newspapers, a wine club and a cloud storage plan he had never opened.
ot|Advertisement
ot|Story continues after advertisement
B|Consumer groups say firms should accept a single digital notice.
B|Some now do. Many, Osei found, still send letters addressed to the dead.
B|“The worst was a birthday card from his gym,” she said.
B|She has since written a checklist for her local hospice. It runs to three pages.
B|She is adding a fourth.
dc|This article is general information and not financial or legal advice. Speak to a qualified adviser about your circumstances.
nl|Money Matters: practical help every Thursday. Subscribe
""", "Personal-finance feature with a numbered checklist and short paragraphs; stamps, a doubled ad slot (two noise lines), disclaimer and newsletter pitch are noise."),

case("en-010", "en", """
nv|Skip to content
nv|Home › Science › Space
T|A teenager found the comet. The professionals had missed it twice.
ot|Listen to this story (5 min)
B|Aarav Menon was sixteen and supposed to be revising for chemistry.
B|Instead he was scrolling through public survey images from the Karoo telescope array, something he had done most nights for two years.
B|On 3 November he noticed a smudge that moved.
B|It was a comet — faint, distant, and absent from every catalogue.
B|He emailed the survey team at 1.12am. They replied at 9.
B|By lunchtime, three observatories had confirmed it.
B|Two missed chances
B|Archive checks later showed it in survey frames from August and September.
B|Automated software had flagged it both times as a “probable artefact”.
B|“The pipeline is tuned to reject noise,” said Dr. Lena Voss of the survey team. “Sometimes the noise is a comet.”
B|The object, now designated C/2025 V3, will pass closest to the Sun in 2031.
B|Menon has asked that it be nicknamed after his grandmother. The committee is considering it.
B|It will not be visible to the naked eye.
B|The survey has since changed its software to send borderline objects to human volunteers.
B|Menon got a B in chemistry.
ot|Image: Karoo Array Survey / Public Data Release 9
sb|Share: Facebook · WhatsApp · Email · Copy link
""", "Science feature with subheading and a short closing joke line; skip link, breadcrumb, listen label, image credit and share line are noise.", crlf=True, final_nl=False),

case("en-011", "en", """
T|Five years after the flood, Haverleigh is still drying out
ot|Special report · 12 min read
ot|Gift this article — you have 4 gifts left this month
B|HAVERLEIGH, Yorkshire —
B|The watermark is still there on the church wall, 1.8 metres above the pavement.
B|Vicar Samuel Okoro keeps it on purpose.
B|“People were starting to say it wasn’t that bad,” he said. “So I show them the line.”
B|In February 2021, the River Dove rose four metres in eleven hours.
B|412 homes flooded. Two people died.
B|The money
B|A £31 million defence scheme was promised within a year.
B|Construction began last autumn.
B|The delay, the Environment Agency says, was caused by a legal challenge over the route of the wall.
nl|Sign up for Northern Dispatch — stories from the North, every Friday
B|Meanwhile insurance premiums in the town have tripled, and 60 households still have no flood cover at all.
B|Some have left.
B|Some, like café owner Lorna Pike, rebuilt twice.
B|“Do I trust the wall? I’ll trust it when it’s finished,” she said.
B|The scheme is due for completion in 2028.
at|Additional reporting by Tom Hale.
cm|Comments (87)
rl|In this series: Part 2 — The insurance gap
""", "Long special report with a dateline, subheading and short lines; read time, gift-article prompt, mid-story newsletter box, additional-reporting credit, comment counter and series link are noise.", nl="mixed", blankrun=3),

case("en-012", "en", """
ot|Culture · Books
T|Review: ‘The Salt Orchard’ by Nadia Brenn
ot|The Salt Orchard by Nadia Brenn (Hollin Press, 384pp, £18.99)
B|Nadia Brenn’s third novel opens with a drowned orchard and never quite dries out.
B|The setting is a fictional Essex estuary in 1953, the year of the great North Sea flood.
B|Its heroine, twelve-year-old Edie, loses her father, her house and, for a long stretch of the middle section, the reader’s patience.
B|Edie is not always likeable. That is a strength.
B|Is it too long? Yes.
B|Is it worth it? Also yes.
B|The novel has been longlisted for two prizes already, and it is easy to see why.
B|Brenn writes water better than almost anyone. The flood chapter, told in a single sentence over eleven pages, is extraordinary.
B|It should be taught.
B|The later chapters, set among the refugees in a Chelmsford school hall, are gentler and more uneven.
B|A subplot about a stolen bicycle goes nowhere.
B|A minor character, the schoolmaster Mr Ainsley, almost steals the book.
B|But the ending, which I will not spoil, lands hard.
B|I put the book down and went for a walk in the rain, which seemed appropriate.
B|Read it slowly. Read it in winter.
ot|Buy the book from our partner bookshop (we may earn a commission)
ot|Reviewed by Jacob Lindqvist
rl|More book reviews
rl|‘Far Field’ by Omar Quist: a quiet masterpiece
rl|‘Teeth’ by Amy Cole: too clever by half
""", "Book review with question-answer one-liners and a closing imperative; section label, book details box, affiliate line, reviewer credit and review list are noise.", final_nl=False, trail=[3, 8]),

case("en-013", "en", """
ot|5 min read
T|How a ‘hospital at home’ really works
B|Margaret Dunn, 86, spent last week in hospital without leaving her bungalow.
B|A nurse visited twice a day. A consultant reviewed her on a video call each morning.
B|A small box on her kitchen table sent her oxygen levels to a ward forty miles away.
B|What is a virtual ward?
B|It is a hospital bed, minus the building.
B|Patients who would otherwise be admitted — often for chest infections or heart failure — are monitored at home.
B|The NHS in England had about 12,000 such “beds” last year.
B|Ministers want 50,000 by 2030.
B|The evidence so far
B|- Readmission rates look similar to ordinary wards.
B|- Patients report better sleep and less confusion.
B|- Staffing is the bottleneck, not technology.
B|Critics worry that families end up doing unpaid nursing.
B|Dunn’s son, who lives next door, agrees. “I did a lot of tea,” he said.
ot|Advertisement
B|Dunn’s verdict was simpler.
B|“I had my own kettle,” she said.
dc|Health content is for information only and does not replace medical advice.
ot|Updated 30 January 2026
ot|Topics: NHS · Older people · Technology
""", "Health explainer with a question subheading and bullet findings, closing quoted one-liner; read time, ad slot, health disclaimer, update stamp and topics are noise."),

case("en-014", "en", """
T|Ten thousand steps in the Atacama: a walk across the driest place on Earth
ot|Travel · Words and pictures by Lucía Varga · 15 min read
C|Salt crust near San Pedro, at dawn. Photograph: Lucía Varga
B|SAN PEDRO DE ATACAMA, Chile —
B|The guide, Rodrigo, makes us carry five litres each.
B|“People think the problem is heat,” he says. “The problem is that you don’t notice you are drying.”
B|By noon the salt crust is crunching like old snow.
B|By two, none of us is talking.
B|At four we reach the lagoon, and the flamingos ignore us completely.
B|Getting there
B|Flights from Santiago to Calama take two hours; buses to San Pedro run hourly.
B|Walks into the Salar need a licensed guide and a permit from the local community.
ot|Advertisement
B|What nobody tells you about the desert is the sound.
B|There isn’t any.
B|No insects, no birds, no wind for long stretches.
B|At one point Rodrigo stops, holds up a hand, and we listen to nothing for a full minute.
B|Then we walk on.
B|Nobody mentions it afterwards.
ot|The writer travelled as a guest of Andes Slow Travel.
ot|Prices and details correct at time of publication.
sb|Pin it · Share · Email
""", "Travel feature with a caption, dateline, practical subheading and one-word-ish lines; byline, ad slot, hosted-trip disclosure, accuracy note and share line are noise.", nl="single"),
]
