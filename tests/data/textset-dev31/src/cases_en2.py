"""textset-dev31, writer A, English cases en-013 .. en-024: more news pages with sponsored,
partner and commercial furniture (market strips with sponsored ISA offers, restaurant booking
widgets, casino promos, deal widgets, native ads, classifieds, mortgage tables)."""

CASES = [
dict(id="en-013", lang="en", hard=False, opts="", notes=(
    "Markets page of a business site, an inflation story. Index strip on top (crypto_ticker), "
    "a sponsored ISA slot with its capital-at-risk warning (other + disclaimer) mid-story, "
    "a 'Most read' list and a newsletter pitch at the bottom."),
text="""
nav|THE MONEY DESK   Markets   Economy   Personal finance   Opinion
tk|FTSE 100 8,412.6 ▲0.4%  |  FTSE 250 20,118.3 ▼0.2%  |  GBP/USD 1.2874  |  Brent $71.08
T|UK inflation falls to 2.6% as food price rises slow
oth|Hamish Crewe, economics correspondent
oth|16 December 2026 · 07:00
B|Consumer price inflation fell to 2.6% in November from 3.0% in October, its lowest rate in eighteen months, official figures showed on Wednesday.
B|Food and non-alcoholic drinks rose 2.1% in the year, the smallest increase since the summer of 2021.
B|Economists polled by the newswire Delmont had expected a fall to 2.8%.
oth|SPONSORED · Fenwright Invest
oth|Use your £20,000 ISA allowance before April. Open a Fenwright Stocks & Shares ISA in minutes.
dis|Capital at risk. The value of investments can go down as well as up. Tax rules can change.
B|The figures make a cut in interest rates at the central bank's February meeting more likely, said Olu Bankole, chief economist at Pellham Securities.
B|Services inflation, watched closely by rate-setters, remained high at 4.4%.
rel|Most read
rel|1. Pension tax-free lump sum: what the new cap means for you
rel|2. Why Brent crude is stuck near $70
nl|Sign up to The Money Desk Morning Brief, free each weekday at 6am
"""),

dict(id="en-014", lang="en", hard=False, opts="", notes=(
    "City magazine food section, a restaurant opening with a photo caption and credit. A "
    "table-booking widget and a partner 'dining deal' box (other), a share bar, and a cookie "
    "preference bar at the bottom."),
text="""
nav|BRAMLEY LIFE › Eat & Drink › Openings
T|Former Michelin chef opens 30-seat bistro in Mill Yard
oth|by Cora Wilde
oth|Fri 11 Dec 2026
C|Chef Jonah Pryce in the kitchen at Tallow, which opens on Saturday. Photograph: Ellie Crane for Bramley Life
B|Jonah Pryce, who ran the kitchen at the Michelin-starred Orrin in London for six years, is opening his first restaurant in his home city.
B|Tallow, in a former cooperage in Mill Yard, will serve a set lunch for £28 and a six-course tasting menu for £75 in the evening.
B|Pryce said the menu would change weekly and use meat from two farms within 20 miles.
oth|Book a table at Tallow
oth|Sat 12 Dec · 2 guests · 7:30pm   Find a table
oth|Powered by Tablewise
B|"I wanted somewhere my parents could afford to eat," he said. "The tasting menu is the treat; the lunch is the point."
B|Tallow opens on Saturday and will be closed on Mondays and Tuesdays.
oth|DINING DEAL: 2 courses and a glass of wine for £19 at Vine & Ember — with Bramley Life Card
sh|Share via WhatsApp · Pinterest · Email
ck|Cookie preferences: Necessary only | Allow analytics | Allow all
"""),

dict(id="en-015", lang="en", hard=False, opts="", notes=(
    "Esports news site, tournament result. A cookie banner on top, a casino welcome-bonus "
    "promo with its wagering terms and a gambling-help line (other + disclaimer) at the "
    "bottom, related links and navigation."),
text="""
ck|Hey! We use cookies for analytics and to show you offers from our partners. Is that OK?
ck|Yes, that's fine    No thanks
nav|FRAGLINE / Esports / Tournaments
T|Northgale Wolves win Kaldera Masters after reverse sweep
oth|by Dan "dsync" Sorell
oth|7 Dec 2026, 22:51
B|Northgale Wolves came back from two maps down to beat Tessera 3-2 in the Kaldera Masters final in Rotterdam on Sunday.
B|The Danish side's rifler Mikkel "frostbyte" Lund finished the series with 104 kills, the most in a final this year.
B|Map 1: Tessera 13-9
B|Map 2: Tessera 13-11
B|Map 3: Northgale 13-5
B|Map 4: Northgale 16-14
B|Map 5: Northgale 13-10
B|The win is worth $400,000 and a place at the World Finals in Seoul.
oth|Welcome bonus: 100% up to £200 + 50 free spins at LuckyRiver Casino
oth|Claim now
dis|18+ only. New players. 35x wagering on bonus. Play responsibly. Need help? Call the National Gambling Helpline free on 0808 555 0133.
rel|More from Fragline
rel|Tessera coach: "We stopped trusting our calls"
"""),

dict(id="en-016", lang="en", hard=False, opts="", notes=(
    "Tech news site, phone launch. An affiliate note (disclaimer) on top, a price-comparison "
    "widget with retailer rows in the middle, a 'Today's best deals' shopping box and a share "
    "bar at the bottom. The story's own prices are story."),
text="""
nav|PocketTech
nav|Phones  Laptops  Audio  Deals  How-to
dis|Our deals are picked by our editors. PocketTech may get paid a fee if you click through and buy.
T|Nuvo 9 Pro launched with 6.7in screen and seven years of updates
oth|Arjun Mehra
oth|Mobile editor | 9 December 2026
B|Nuvo has launched the Nuvo 9 Pro, its first phone to promise seven years of Android and security updates.
B|It costs £899 with 256GB of storage and £999 with 512GB, £50 more than last year's model.
B|Pre-orders open on Thursday, and the phone goes on sale on December 18.
oth|Nuvo 9 Pro prices
oth|Carrow Mobile  £899  Pre-order
oth|PhoneBarn  £899 + free case  Pre-order
oth|Zenfield Direct  £37/mth, 24 months  View
B|The new model gets a bigger 5,200mAh battery and a telephoto camera with 5x zoom.
B|Nuvo said the phone's frame was made from 80% recycled aluminium.
oth|TODAY'S BEST DEALS
oth|Oakley Buds 3 wireless earbuds — was £129, now £79
oth|Lumen 11in tablet 128GB — £219 (save £60)
sh|Share this story
"""),

dict(id="en-017", lang="en", hard=False, opts="", notes=(
    "Science news portal republishing a university article. A native 'Sponsored content' "
    "slot in the middle, a republication credit (attribution), a comments block and "
    "related links at the bottom."),
text="""
nav|SCIENCE ROUNDUP > Environment
T|Seagrass meadows store carbon twice as fast as thought, study finds
oth|December 10, 2026
B|Seagrass meadows off the coast of Wales are burying carbon in their sediments about twice as fast as previous estimates suggested, according to a study published on Thursday.
B|Researchers from Aberwen University took 140 sediment cores from six meadows between 2023 and 2025.
B|They found the meadows buried an average of 138 grams of carbon per square metre each year.
oth|Sponsored content from LabCore Instruments
oth|How one lab cut its sediment analysis time from weeks to days
B|"Seagrass has been the poor relation of blue carbon for years," said lead author Dr Ffion Parry.
B|The team said restoring lost meadows could help, but warned that damaged beds release carbon quickly.
att|This article is republished from Aberwen University News under a Creative Commons licence. Read the original.
com|Comments (6)
com|Posting rules: be civil, stay on topic.
com|marine_mike — Great to see Welsh work getting attention
rel|Related stories
rel|Oyster reefs return to the Solent after 40 years
"""),

dict(id="en-018", lang="en", hard=False, opts="single", notes=(
    "No headline: a village newsletter's web page, saved from the story down. The story is "
    "followed by a classified-ads block (section label, ads, 'Place an ad'), all other. "
    "Single newlines only."),
text="""
B|More than 600 people came to the Ellerby Christmas Fair on Saturday, raising £4,180 for the village hall roof.
B|The tombola alone made £912, and the cake stall sold out by 1pm.
B|Organiser Maureen Pike thanked the 40 volunteers and the Ellerby Arms, which donated mulled wine.
B|The hall committee needs £11,000 more before repairs can start in the spring.
B|Donations can be left at the post office.
oth|CLASSIFIEDS
oth|FOR SALE: Oak dining table and 6 chairs, good condition, £150 ono. Tel 07700 900412
oth|WANTED: Allotment in or near Ellerby. Will share. Ring Dave 07700 900873
oth|LOST: Grey tabby cat, answers to Pickle, Church Lane area. Reward.
oth|Place a classified ad from £3.50 — email ads@ellerbyvoice.example
oth|Ellerby Voice is delivered free to 1,100 homes
"""),

dict(id="en-019", lang="en", hard=False, opts="", notes=(
    "Crypto site, bitcoin miner results. Doubled dek, a squashed one-line ticker, a trading-app "
    "promo and a sign-up bonus (crypto_promo), not-advice disclaimer, Telegram newsletter "
    "pitch and tag list."),
text="""
dup|Hashfield produced 1,214 bitcoin in the quarter, up 9%.Hashfield produced 1,214 bitcoin in the quarter, up 9%.
T|Bitcoin miner Hashfield swings to profit on higher prices
oth|CoinWire Staff · Dec 8, 2026
tk|BTC Logo Bitcoin Price(BTC)$93,412.55+1.84%USD
B|Hashfield Mining reported a third-quarter profit of $38.2 million on Monday, against a loss of $12.6 million a year earlier.
B|Revenue rose 64% to $211 million as the average bitcoin price in the quarter climbed above $88,000.
B|The Texas-based company said it had added 4.1 exahashes of capacity at its Pecos site.
pr|Get the Zentra app: buy bitcoin from £1 and earn up to 5% on your balance
pr|New here? Get £25 in BTC when you deposit £100. Terms apply.
B|Chief executive Dale Kinsey said the firm would sell fewer coins and keep more on its balance sheet.
dis|Crypto assets are unregulated and highly volatile. CoinWire content is not investment advice.
nl|Join 40k readers on our Telegram channel for breaking crypto news
nav|Tags: Bitcoin, Mining, Earnings
"""),

dict(id="en-020", lang="en", hard=False, opts="nofinal", notes=(
    "Web portal carrying a wire health story. Wire credit (attribution), a sponsored-links "
    "grid with teaser headlines and its provider line, and a portal footer."),
text="""
nav|Vistanet Home | Mail | News | Weather | Horoscopes
T|Daily walk of 7,000 steps cuts dementia risk, large study suggests
att|By Clara Nyman | Pressline Health
oth|Updated 10:02 · 14 December 2026
B|People who walked about 7,000 steps a day were 25% less likely to develop dementia over ten years than those who walked 2,500, a study of 61,000 adults has found.
B|The benefit levelled off above about 9,000 steps.
B|The researchers, from the Karolinska-Wendt Institute, used data from wrist-worn trackers and hospital records.
B|They cautioned that the study showed a link, not proof of cause.
rel|Sponsored links
rel|This simple trick could lower your energy bill — see how
rel|Everyone over 50 is wearing these comfy shoes
rel|New hearing aids are almost invisible (see prices)
oth|Sponsored links by Feedwell
oth|© 2026 Vistanet. Pressline Health content © Pressline."""),

dict(id="en-021", lang="en", hard=False, opts="ws", notes=(
    "Motorsport site, race preview. A 'Presented by' partner line under the headline, "
    "a sponsor logo line, betting odds box with a gambling-warning line at the bottom "
    "(other + disclaimer), share bar and comments count."),
text="""
nav|GRIDWATCH
T|Rainmaster Grand Prix preview: Teller eyes title on wet Kirrin circuit
oth|Race previews presented by Ardent Energy
oth|Noor Hassan, F1 correspondent
B|Lena Teller can win the drivers' championship on Sunday if she finishes ahead of team-mate Oskar Brand at the Kirrin circuit.
B|Forecasters give a 70% chance of rain during the race, which would favour Brand, who won the only wet race of the season in May.
B|Teller leads by 22 points with two rounds left.
B|Kirrin, at 5.9km, is the longest lap on the calendar.
oth|Official timing partner: Halvorsen Watches
B|Qualifying starts at 3pm local time on Saturday.
oth|Race winner odds: Teller 5/4 · Brand 7/4 · Ruiz 6/1 · Okoro 10/1
oth|Odds by TrackBet, correct at 09:00
dis|18+ | Gamble aware | Odds subject to change
sh|Share   Tweet   Send
com|12 comments
"""),

dict(id="en-022", lang="en", hard=False, opts="", notes=(
    "Education news site, student fees story. Sponsored course-finder widget and a "
    "university ad in the middle (other), a jobs widget and navigation at the bottom."),
text="""
nav|CAMPUS REPORT
nav|News › Higher education › Funding
T|Tuition fee cap to rise to £9,900 in 2027
oth|By Joanna Ferreira  ·  Education correspondent
B|The cap on tuition fees in England will rise from £9,535 to £9,900 for courses starting in September 2027, the education department said on Tuesday.
B|It is the second rise in three years after a long freeze.
B|Universities UK said the increase would "not close the gap" left by inflation, while the National Union of Students called it "another tax on learning".
oth|Find your course — sponsored by CourseFinder
oth|Subject: any  ·  Location: any  ·  Search 31,000 courses
oth|Open Day Saturday 9 January — Brackley University. Book your place.
B|Maintenance loans will also rise by 3.1%.
B|The government said a review of student finance would report in the spring.
oth|Latest jobs from Campus Report Jobs
oth|Lecturer in Nursing, University of Wendover, £44,100–£52,800
oth|Student Support Adviser, Harlowe College, £28,420
oth|Browse all jobs · Recruiters: advertise with us
"""),

dict(id="en-023", lang="en", hard=False, opts="crlf", notes=(
    "Property section of a national paper, house-price story. A mortgage-rate comparison "
    "table (other) with its representative-example line (disclaimer) in the middle, "
    "breadcrumb and byline on top, and a 'More from Property' block at the bottom."),
text="""
nav|Property > Market news
T|House prices rise for fifth month as mortgage rates ease
oth|Sarah Lintott
oth|Published 12 December 2026
B|Average UK house prices rose by 0.4% in November, the fifth monthly increase in a row, according to lender Carradine Building Society.
B|The typical home now costs £283,900, up 3.8% on a year earlier.
oth|Compare mortgage rates
oth|2-year fixed, 75% LTV — 4.19% — Fee £999
oth|5-year fixed, 75% LTV — 4.02% — Fee £0
oth|Rates provided by Mortgage Bridge. Updated daily.
dis|Your home may be repossessed if you do not keep up repayments on your mortgage.
B|Carradine said falling mortgage rates had brought buyers back, with the average five-year fixed deal now below 4.1%.
B|Northern Ireland saw the biggest annual rise, at 7.2%, while London prices rose just 0.9%.
B|"The market has more momentum than we expected in the summer," said chief economist Rupa Gill.
rel|More from Property
rel|Stamp duty changes: what buyers need to know before April
"""),

dict(id="en-024", lang="en", hard=False, opts="nofinal ws", notes=(
    "Regional paper, Christmas light festival story. A 'Partner content' grid, a ticket box "
    "for the event, a comment section (comments) and related events at the bottom; site "
    "masthead and weather widget on top."),
text="""
nav|The Westmoor Herald
oth|Westmoor 4°C, clear
T|Winter light trail returns to Hollin Gardens with 40 new installations
oth|By Ceri Abbot
oth|Monday 30 November 2026
B|The Hollin Gardens light trail opens on Friday with 40 new installations, including a 20-metre tunnel of light over the lily pond.
B|Last year's trail drew 96,000 visitors, the gardens' busiest winter on record.
B|Timed entry slots run every 15 minutes from 5pm to 9pm until January 3.
B|Adult tickets cost £17.50, and under-fives go free.
oth|Hollin Lights 2026 — tickets selling fast
oth|Choose a date · Book now with TixHub
oth|Partner content
oth|Seven cosy pubs within ten minutes of Hollin Gardens, picked by Westmoor Ales
oth|Promoted by Westmoor Ales
com|Have your say
com|Laura_K: Went last year, the tunnel was magic. Go early in the week!
com|Westmoor Dad: £70 for a family of four is steep though
rel|More things to do this Christmas
rel|Ice rink opens at Westmoor Quay on December 5"""),
]
