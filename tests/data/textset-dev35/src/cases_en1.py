"""textset-dev35, English cases en-001 .. en-012 (writer A): lifestyle, entertainment and
service pages -- celebrity news, TV, book and game reviews, a recipe, horoscopes, a travel guide,
health advice, a buying guide, a tour announcement, gardening jobs and a TV listings page.
Tagged line lists for ../textset-dev20/src/make_cases.py (see its docstring)."""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="", notes=(
    "Celebrity news page: masthead and section menu, a consent dialog with its buttons, breadcrumb, "
    "byline and updated stamp, a captioned photo whose caption is doubled (second copy "
    "duplicate_line), an ad label and an inline RELATED teaser mid-story, share bar, comment count, "
    "more-from list, newsletter pitch and copyright footer."),
text="""
nav|Glimmerline
>nav|Celebrity  TV  Film  Music  Style  Royals
ck|Glimmerline and our 212 partners store and access information on your device. Tap "I'm in" to agree or "Settings" to choose.
ck|I'm in
>ck|Settings
nav|Celebrity › Couples
T|Marisol Vane and Theo Lark engaged after three years together, rep confirms
oth|By Danika Shore, Senior Entertainment Reporter
>oth|Published 6 December 2026, 18:42 | Updated 7 December 2026, 08:05
C|Marisol Vane and Theo Lark at the Corran Film Awards in October. (Photo: Jem Adair/Flashpoint Images)
dup|Marisol Vane and Theo Lark at the Corran Film Awards in October. (Photo: Jem Adair/Flashpoint Images)
B|Actor Marisol Vane and musician Theo Lark are engaged, the star's representative confirmed on Saturday evening.
B|The couple, who met on the set of the 2023 drama Hollow Orchard, shared the news in a joint post showing a vintage emerald ring.
B|"She said yes before I finished the question," Lark, 34, wrote in the caption.
oth|Advertisement
B|Vane, 31, has largely kept the relationship out of the spotlight, telling a radio host last spring that the pair "save the good bits for ourselves".
rel|RELATED: Hollow Orchard cast reunite for a charity table read
B|A representative for Lark said no date had been set, but friends expect a small ceremony in the singer's native Galway next summer.
B|Vane next appears in the thriller Low Tide Ledger, out in cinemas in February.
sh|Share this story
>sh|Facebook
>sh|X
>sh|WhatsApp
>sh|Copy link
com|47 comments
>com|Join the conversation – log in to comment
rel|More from Glimmerline Celebrity
>rel|Inside Tova Reyes's surprise birthday at a roller rink
>rel|Why the Pendry sisters skipped the Corran Awards after-party
nl|Get the gossip first: the Glimmerline Daily lands at 7am. Enter your email
oth|© 2026 Glimmerline Media Ltd. All rights reserved.
"""),

dict(id="en-002", lang="en", hard=False, opts="", notes=(
    "TV review: masthead, section label, an implied-consent cookie notice, bare author name and date "
    "with read time; the critic's star line and the 'Verdict:' line are story. An ad label mid-story; "
    "the 'Where to watch' rows and the 'Cast & credits' box are widgets (other), the reader-rating "
    "widget is comments, then a you-might-also-like list and a share line."),
text="""
nav|THE SOFA REPORT
nav|TV Reviews / Drama
ck|Cookies help The Sofa Report stay free. Keep browsing and we'll take that as a yes, or review your options here.
ck|OK, got it
T|The Saltmarsh Files series two review: a slower, stranger and better return
oth|Ruth Okonedo-Hale
>oth|Thursday 3 December 2026 · 5 min read
B|★★★★☆
B|The first series of The Saltmarsh Files ended with a body in the estuary and a detective who had stopped believing her own notes.
B|Series two picks up eighteen months later, and writer Conal Brisk has the nerve to let almost nothing happen for an entire episode.
B|That patience pays off. Ama Boateng, as DS Helen Cray, now plays grief as a kind of stubbornness, and the show is braver for it.
oth|Story continues after this ad
B|The new arrival, Felix Rourke's harbourmaster, is the weak link: a man written entirely in meaningful silences.
B|Verdict: Not for bingers. Watch it weekly and let the fog do its work.
oth|Where to watch
>oth|Channel 8 · Sundays 9pm
>oth|Stream on Lumo+ from £6.99/month
oth|Cast & credits
>oth|Starring Ama Boateng, Felix Rourke, Idris Penhallow
>oth|Created by Conal Brisk · 6 episodes
com|How would you rate it? ☆☆☆☆☆ (1,208 votes)
rel|You might also like
>rel|Fenwick Lane: the cosy mystery that quietly became a hit
>rel|Ten slow-burn detective dramas worth your Sunday nights
sh|Share on Facebook | Share on Bluesky | Email a friend
"""),

dict(id="en-003", lang="en", hard=False, opts="single", notes=(
    "Recipe page, single newlines: site name and menu, recipe byline with serves/time, 'Jump to "
    "recipe' (navigation), print and pin buttons (share_bar), a rating summary (comments); the intro, "
    "the 'Ingredients' and 'Method' subheadings, each ingredient line and each numbered step are story. "
    "Ad label between intro and ingredients; nutrition widget (other), 'Save to my recipes' "
    "(share_bar), rating prompt and comments, more-soups list and an e-mail pitch at the bottom."),
text="""
nav|Pantry & Flame
nav|Recipes   Weeknight   Baking   Seasonal   Videos   Shop
T|Roast squash and red lentil soup with chilli butter
oth|Recipe by Lotte Brannigan | Serves 4 | Ready in 50 min
nav|Jump to recipe
sh|Print recipe
sh|Pin it
com|★★★★★ 4.8 from 312 ratings
B|This is the soup I make every week from October to March, and it has never once needed a stock cube.
B|Roasting the squash first gives it a toasty sweetness that the lentils soak straight up.
oth|ADVERTISEMENT
B|Ingredients
B|1 medium butternut squash (about 1.2kg), peeled and cubed
B|2 tbsp olive oil
B|150g red lentils, rinsed
B|1 litre water
B|30g butter and 1 tsp chilli flakes, to finish
B|Method
B|1. Heat the oven to 200C/180C fan. Toss the squash in the oil and roast for 30 minutes.
B|2. Simmer the lentils in the water for 20 minutes, add the squash and blend until smooth.
B|3. Melt the butter with the chilli flakes until foaming, then spoon over each bowl.
oth|Nutrition per serving: 312 kcal · 9g fat · 11g protein · 44g carbs
sh|Save to my recipes
com|Rate this recipe
com|Comments (58)
com|Hattie from Leeds: Added a tin of coconut milk – gorgeous.
com|Reply
rel|More soups from Pantry & Flame
rel|Smoky bean and kale broth in 25 minutes
nl|Our Sunday supper email: one recipe, no faff. Sign up free
"""),

dict(id="en-004", lang="en", hard=False, opts="", notes=(
    "Daily horoscopes on a regional paper: masthead with menu, astrologer byline and time stamp; the "
    "Moon intro and all twelve sign forecasts are story. An ad label and two puzzle-game widgets "
    "(other) sit between the signs; a choose-your-sign menu, links to other horoscope pages, an "
    "entertainment-only disclaimer and a newsletter prompt at the bottom."),
text="""
nav|Daily Lantern
>nav|News | Sport | Puzzles | Horoscopes | Lifestyle
T|Horoscopes today, Tuesday 8 December: a Full Moon in Cancer asks you to slow down
oth|Astrologer Vesna Mori
>oth|06:00, 08 Dec 2026
B|The Moon reaches fullness in Cancer this afternoon, turning attention to home, family and what we need to feel safe.
B|Aries: A family conversation you have been dodging goes better than expected. Let someone else set the tone.
B|Taurus: Money tied up in a shared plan is released. Use it for something practical, not a treat.
B|Gemini: Your words carry further than usual today, so choose the generous version.
oth|Advertisement
B|Cancer: Emotions run high but so does your intuition. Trust the feeling you had on Sunday.
B|Leo: Rest is not laziness. A quiet evening recharges you for a busy Thursday.
B|Virgo: A neighbour or sibling needs a favour; saying yes opens an unexpected door.
B|Libra: Career matters are in the spotlight. Someone senior notices your steady work.
oth|Play today's Lantern crossword
>oth|Try Wordsmash, a new puzzle every day at midnight
B|Scorpio: Travel plans or study take shape. Book the thing you keep browsing.
B|Sagittarius: Shared money needs a frank talk. Bring numbers, not moods.
B|Capricorn: A partner asks for more of your time. Give it without keeping score.
B|Aquarius: Your routine gets a shake-up; the new rhythm suits you better.
B|Pisces: Creative ideas flow after lunch. Write down the silly one too.
nav|Choose your sign: Aries | Taurus | Gemini | Cancer | Leo | Virgo | Libra | Scorpio | Sagittarius | Capricorn | Aquarius | Pisces
rel|Yesterday's horoscopes
rel|Your weekly stars with Vesna Mori
dis|Lantern horoscopes are written for fun and should not guide real decisions.
nl|Get your sign's forecast by email every morning
"""),

dict(id="en-005", lang="en", hard=False, opts="crlf", notes=(
    "Travel guide, CRLF: site name, breadcrumb, words-and-photos byline and an affiliate note at the "
    "top; the intro and the numbered list of eight places are story, with a captioned photo after the "
    "intro. A hotel-search booking box and a 'Deals from' slot (other) interrupt the list; a more-guides "
    "block, share line and a prices-checked note (disclaimer) at the bottom."),
text="""
nav|Wayfarer Notes
nav|Destinations › Europe › Portugal
T|Porto Vela in a weekend: eight places locals actually love
oth|Words by Iñes Carvalho-Reed · Photos by Tomas Lind
dis|Wayfarer Notes is reader-supported. When you book through our links we may receive a small fee, at no cost to you.
B|Porto Vela, the fishing town an hour north of the airport, has stopped being a secret, but the best of it still closes at 3pm.
C|The harbour at Porto Vela at first light. Photograph: Tomas Lind
B|1. Mercado da Ribeira Baixa – go before 9am for grilled sardines on bread.
B|2. Casa Alva tile workshop – two-hour classes, €35, book a day ahead.
oth|Check hotel availability in Porto Vela
>oth|Check-in | Check-out | Guests: 2 | Search
B|3. Miradouro do Corvo – the climb takes 20 minutes; the view takes the rest of the afternoon.
B|4. Tasca do Nuno – no menu, no booking, the best octopus rice in the region.
B|5. Praia Pequena – a cove reached by 140 steps, empty on weekdays.
oth|Deals from £89 a night on StayNook
B|6. The Sunday flea market on Rua Nova, where the tile sellers haggle only in Portuguese.
B|7. Livraria Farol, a bookshop in a former lighthouse keeper's house.
B|8. Sunset from the breakwater, with a bica from the kiosk at its root.
rel|Plan your trip: more Portugal guides
>rel|Lisbon's quietest neighbourhoods for a first visit
>rel|Where to eat on the Algarve out of season
sh|Share this guide
dis|Prices and opening hours were checked in November 2026 and may have changed since.
"""),

dict(id="en-006", lang="en", hard=False, opts="", notes=(
    "Health and wellness advice: site name, section menu, consent dialog and buttons, byline with date "
    "and a medical-reviewer credit (attribution). The food-source list items are story. A sponsored "
    "supplement slot mid-story (other); a not-medical-advice note (disclaimer), a was-this-helpful "
    "widget, two Related links and an e-mail course pitch at the bottom."),
text="""
nav|WellNest
nav|Sleep · Nutrition · Fitness · Mind · Conditions
ck|Your privacy on WellNest: we and selected partners use cookies for personalised ads and measurement.
ck|Accept all | Reject non-essential | Manage
T|Does magnesium really help you sleep? What the evidence says
oth|Written by Priya Latham | 9 Dec 2026
att|Medically reviewed by Dr Owen Achterberg, GP
B|Magnesium supplements have become a bedtime fixture on social media, with some users claiming they fall asleep within minutes.
B|The research is more modest. Small trials in older adults found people taking magnesium fell asleep slightly faster, by around 17 minutes on average.
B|Most people get enough magnesium from food. Good sources include:
B|Pumpkin seeds
B|Spinach and chard
B|Black beans
B|Dark chocolate (70% cocoa or more)
oth|Sponsored
>oth|Drift Deep Sleep Gummies – 20% off your first order
B|"If you're eating reasonably well, a supplement is unlikely to be the missing piece," says dietitian Mara Koenig.
B|People with kidney disease or who take certain antibiotics should speak to a pharmacist before trying magnesium.
dis|WellNest articles offer general information only and never replace a consultation with your own doctor.
oth|Was this article helpful? Yes / No
rel|Related: The 4-7-8 breathing trick, tested for a week
rel|Related: Is it bad to sleep with the TV on?
nl|Sleep better in 7 days – join our free email course
"""),

dict(id="en-007", lang="en", hard=False, opts="", notes=(
    "Buying guide with a run of extra blank lines: site name, breadcrumb, byline with updated stamp, "
    "commission disclosure (disclaimer). The ranked product headings, Pros/Cons lines, the spec line, "
    "a price named in a sentence and the 'How we test' section are story; the retailer price buttons "
    "between them are other. Read-next links, share line and a company footer at the bottom."),
text="""
nav|Gearsmith
nav|Reviews > Home > Vacuums
T|The best cordless vacuum cleaners of 2026, tested in a real family home
oth|By Callum Dray · Updated 2 December 2026
dis|We test every product independently. If you buy through links on this page, Gearsmith may earn a commission.
B|We spent six weeks running eleven cordless vacuums over dog hair, cereal and a very sandy doormat. These two stood out.
B|1. Vorr Stick V9 – best overall
B|Pros: strong on carpets, 58-minute battery, easy-empty bin
B|Cons: heavy at 2.9kg, loud on max
oth|£279 at Brightwell
>oth|£289 at Homecart
B|2. Kestrel Lite 2 – best for small flats
B|Weight: 1.6kg · Runtime: 35 minutes · Bin: 0.4 litres
B|At £149 it is the cheapest model here, and it picked up more fine dust than rivals twice the price.
oth|£149 at Kestrel Direct
~
B|How we test
B|Each vacuum cleans the same 12 square metres of carpet and hard floor, timed, with the bin weighed before and after.
rel|Read next: The best robot vacuums for pet owners
rel|Read next: Are steam mops worth it?
sh|Share: Facebook · X · Pinterest · Email
oth|Gearsmith is part of Halverton Publishing. Registered in England No. 04417725.
"""),

dict(id="en-008", lang="en", hard=False, opts="", notes=(
    "Music news, a tour announcement: masthead with menu, bare author name and stamp, a stand-alone "
    "image credit (attribution). The tour dates, one per line, are story; a ticket-price button "
    "between the dates and the presale line is other. A video player with controls (other), share "
    "line, trending list, newsletter pitch and a follow-us line (navigation) at the bottom."),
text="""
nav|Loudhaus
>nav|News  Reviews  Features  Tickets  Podcasts
T|Juniper Howl announce 2027 UK arena tour and surprise new single
oth|Ned Fairclough
>oth|4 December 2026 at 10:01 am
att|Image credit: Ravi Moss for Loudhaus
B|Juniper Howl will play their biggest UK shows yet next spring, the Bristol band announced this morning.
B|The tour follows a new single, Paper Lanterns, released at midnight with a video shot in a disused ice rink.
B|The dates are:
B|March 11 – Cardiff, Castle Bay Arena
B|March 13 – Manchester, Irwell Hall
B|March 15 – Glasgow, Clydeside Dome
B|March 18 – London, Thames Point Arena
oth|Tickets from £38.50 at StageDoor – Get tickets
B|Fan presale opens Wednesday at 9am; general sale follows on Friday.
B|"We've been a pub band for ten years. This is terrifying and we love it," singer Rosa Quell said.
oth|▶ Paper Lanterns (Official Video) 3:41
>oth|Play | Mute | Fullscreen
sh|Share the news: WhatsApp · Facebook · Threads
rel|Trending on Loudhaus
>rel|Maisie Drumm cancels festival set citing vocal strain
>rel|The 25 best albums of 2026 so far
nl|Loudhaus Weekly: the gigs and records you'll talk about. Sign me up
nav|Follow Loudhaus on Instagram and TikTok
"""),

dict(id="en-009", lang="en", hard=False, opts="nofinal", notes=(
    "Book review, no final newline, scraped from the headline down (no top noise); a buy-this-book "
    "box mid-review (other). The closing 'is published by ... (£16.99)' line is story; the reviewer "
    "byline and stamp come after it (other), then a bookshop note (other), also-reviewed list, "
    "newsletter pitch and a comments-closed line."),
text="""
T|The Tidewater Clerk by Annika Solberg review – a ledger of small betrayals
B|Annika Solberg's third novel takes place almost entirely inside a shipping office in 1890s Bergen, and it is never once dull.
B|Its clerk, Eilif, copies other men's letters for a living and slowly realises he is recording a fraud.
oth|Buy this book
>oth|Margin Bookshop £14.99 · Hardcover
B|Solberg builds tension out of handwriting, ink blots and misdated invoices, the way a thriller might use gunfire.
B|The final third loosens its grip, with a romance that feels borrowed from a lesser book.
B|But the ending, a single page of columns that do not add up, is devastating.
B|The Tidewater Clerk is published by Hearthstone Press (£16.99).
oth|Reviewed by Hollis Mbeki
>oth|Sat 5 Dec 2026 07.30 GMT
oth|To support The Margin, order your copy from our bookshop. Delivery charges may apply.
rel|Also reviewed this week
>rel|Salt and Iron by Desmond Achebe-Ward
>rel|A Year of Small Rooms by Petra Lindqvist
nl|Bookmarks: our weekly newsletter of reviews and reading lists
com|Comments are closed on this review
"""),

dict(id="en-010", lang="en", hard=False, opts="", notes=(
    "Game review: site name, breadcrumb, byline with date, a share counter; a continue-reading label "
    "mid-review (other). The Platforms/Price/Score lines that close the review are story; the "
    "store price buttons are other, the user score and rate prompt comments, then latest reviews "
    "and back to top."),
text="""
nav|Pixelfront
nav|Reviews » PC » Strategy
T|Ironhollow review: a city-builder that punishes you for being kind
oth|Written by Sam Oyelaran on 1 December 2026
sh|0 shares
B|Ironhollow looks like a cosy city-builder, all lantern light and wooden cogs, right up until winter kills half your town.
B|Developer Quillbright has built a game about scarcity, and it never lets you forget that every warm house is a cold one elsewhere.
oth|Continue reading below
B|The trade screen is a mess of nested menus, and the tutorial skips the one mechanic that matters most: heat.
B|Platforms: PC, PS5, Xbox Series X/S
B|Price: £24.99
B|Score: 8/10
oth|Buy Ironhollow
>oth|Steamwork £24.99
>oth|PlayHub Store £22.49
com|User score 7.4 · Rate this game
rel|Latest reviews
>rel|Tin Orchard review: the best farming sim in years
>rel|Kite Racer 3 review: fun in short bursts
nav|Back to top
"""),

dict(id="en-011", lang="en", hard=False, opts="ws", notes=(
    "Gardening page with trailing whitespace: site name, a cookie notice with its links on one line, "
    "byline with read time. The seven numbered jobs are story; a garden-centre sponsored slot sits "
    "between jobs 3 and 4 (other). Pin button, more-jobs list, an ask-in-the-comments prompt "
    "(comments) and an e-mail checklist pitch at the bottom."),
text="""
nav|Greenacre Gardener
ck|This site uses cookies so we can remember your plant wishlist. Fine by me | More info
T|What to do in the garden in December: 7 jobs for winter
oth|Tamsin Poole, Head Gardener | 4 min read
B|December is the month for tidying, planning and a little sowing under cover.
B|1. Sow broad beans in deep pots in a cold greenhouse.
B|2. Prune apple and pear trees while they are dormant.
B|3. Lift and divide congested rhubarb crowns.
oth|Sponsored by Fernhill Garden Centres
>oth|Bare-root roses now in stock – 3 for £25
B|4. Check stored dahlia tubers for rot and throw out any soft ones.
B|5. Keep bird feeders and baths topped up, especially in frost.
B|6. Order seed catalogues and plan next year's beds.
B|7. Move containers to a sheltered spot against a south-facing wall.
sh|Pin it for later
rel|More December garden jobs
>rel|How to take hardwood cuttings from roses
com|Got a gardening question? Leave it in the comments and Tamsin will reply.
nl|Get Tamsin's monthly garden checklist straight to your inbox
"""),

dict(id="en-012", lang="en", hard=False, opts="single", notes=(
    "TV listings page without a headline, single newlines: guide menu, section label and a "
    "region/date line (other). The pick-of-the-night lead-in and each timed listing are story; "
    "'Set reminder' buttons and an ad label between listings are other. A streaming teaser, share "
    "line and a listings-data credit (attribution) at the bottom."),
text="""
nav|TV GUIDE
nav|Tonight | Tomorrow | Channels | Streaming | Sport on TV
nav|Tonight's TV
oth|Listings for Wednesday 9 December · Region: South West
B|Our pick of tonight's television.
B|7.00pm Cook Off Cornwall (Channel 8) The final four bakers tackle a savoury tart with only local ingredients.
B|8.00pm Hidden Islands (BBS Two) Mira Okafor follows puffins returning to a Shetland stack.
oth|Set reminder
B|9.00pm The Saltbox Murders (Crest) New series. A retired coroner is drawn back into a case she closed in 1998.
oth|Set reminder
B|9.00pm Live Darts: Winter Masters (Arrow Sport 1) Quarter-finals from Blackpool.
oth|Advertisement
B|10.00pm Late with Lenny Ash (Channel 8) Guests include comedian Pip Harker.
rel|Streaming this week: everything new on Lumo+
sh|Share tonight's picks
att|Listings data supplied by TVData UK
"""),
]
