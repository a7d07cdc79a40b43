"""English cases en-013 .. en-024 of textset-dev22 (stories that are lists)."""

CASES = [
dict(id="en-013", lang="en", hard=False, opts="single",
     notes="Regional news site transport story: rail replacement bus timetable, one departure per line. "
           "A live-departures widget with similar times sits in the middle of the story; menus at the "
           "top, related and newsletter at the bottom. Single newlines.",
     text="""
nav|Menu
nav|Travel
nav|Search
T|No trains between Kelby and Ashmore for nine days: the replacement bus times
oth|Sasha Venn · Transport correspondent · 08:45, 4 August
B|Buses will replace trains between Kelby and Ashmore from Saturday 9 August to Sunday 17 August while the Hurst viaduct is repaired.
B|The buses stop outside each station except Lower Pell, where the stop is on Mill Road.
B|Weekday departures from Kelby:
B|06:10, arriving Ashmore 06:55
B|07:05, arriving Ashmore 07:50
oth|Live departures: Kelby
oth|07:32 Ashmore — Bus — On time
oth|07:47 Ashmore — Bus — Expected 07:53
B|08:00, arriving Ashmore 08:45
B|then every 30 minutes until 22:30
B|Bikes are not allowed on the buses except folded ones. Season tickets are valid.
rel|Related stories
rel|Hurst viaduct repairs: why the line is shut again
rel|Fare rise of 4.6% confirmed for January
nl|Get travel disruption alerts for your line — sign up free
"""),

dict(id="en-014", lang="en", hard=False, opts="crlf",
     notes="Food magazine baking recipe with a styled photo caption, ingredients and numbered steps, "
           "nutrition line. Jump-to-recipe and Print/Save bar, rating widget, 'Rate this recipe' prompt, "
           "reviews count and related recipes. CRLF line endings.",
     text="""
nav|Baking › Biscuits & cookies
T|Brown butter oat cookies
oth|Recipe by Priya Halden
oth|☆☆☆☆☆ Rate this recipe
nav|Jump to recipe
sh|Save to My Recipes
>sh|Print
C|Brown butter oat cookies. Photograph: Felix Arne. Food styling: Jo Mabry.
B|Browning the butter first gives these a toffee flavour without any extra sugar. They keep for five days in a tin.
B|Makes 18 · Takes 35 mins
B|Ingredients
B|125g unsalted butter
>B|150g light brown soft sugar
>B|1 egg
>B|150g porridge oats
>B|100g plain flour
>B|½ tsp bicarbonate of soda
B|Steps
B|1. Melt the butter in a pan and cook until it smells nutty and flecks turn brown, then cool for 10 minutes.
B|2. Beat in the sugar and egg, then stir in the oats, flour and bicarb.
B|3. Roll into 18 balls, space out on two lined trays and bake at 180C (160C fan) for 11-12 minutes.
B|Per cookie: 142 kcal, 6.5g fat, 9g sugar
com|Reviews (18)
>com|Add your review
rel|More cookie recipes
>rel|Tahini chocolate chunk cookies
>rel|Gluten-free almond crinkles
"""),

dict(id="en-015", lang="en", hard=False, opts="single",
     notes="Local sports site club-cricket report with a batting scorecard, one batter per line, and a "
           "bowling line. Fixtures sidebar list and section menu around it; share bar and contact "
           "prompt at the bottom. Single newlines.",
     text="""
nav|Sport
nav|Cricket
nav|Fixtures & results
T|Patel's 64 carries Thornbury to seven-wicket win over Clee
oth|Saturday 21 June · Lowfield League Division One
B|Rohan Patel hit 64 from 71 balls as Thornbury chased down 168 with eight overs to spare at Clee Park.
B|Thornbury batting:
B|R. Patel c Hume b Ives 64
B|D. Marsh lbw b Okafor 12
B|K. Brierley not out 41
B|S. Tandy b Ives 0
B|J. Hale not out 40
oth|Next fixtures
oth|Sat 28 June: Thornbury v Westleigh, 1pm
oth|Sat 28 June: Clee v Ardley Green, 1.30pm
B|Extras 14. Total 171 for 3 (32 overs)
B|Best bowling for Clee: Liam Ives 2-31.
B|Thornbury move up to second, three points behind Ardley Green.
sh|Share on WhatsApp
sh|Share on Facebook
oth|Send us your club's scorecards: sport@lowfieldgazette.example
"""),

dict(id="en-016", lang="en", hard=False, opts="",
     notes="City news site marathon story: top finishers list and road closures list with times. "
           "Photo gallery counter and caption, agency credit, related links and tag list; an ad label "
           "in the middle.",
     text="""
nav|News › Sport › Running
T|Caldmoor Marathon 2025: results and Sunday's road closures
oth|By Staff Reporter | Published 5 hours ago
oth|Gallery: 1 of 24
C|Runners cross the Tollgate Bridge at mile 3. (Photo: Idris Cole)
B|Kenyan runner Faith Rotich broke the women's course record by 41 seconds, and local favourite Ewan Bracewell finished third in the men's race.
B|Men: 1. Samuel Kiprono 2:11:48; 2. Yared Alemu 2:12:30; 3. Ewan Bracewell 2:14:02
B|Women: 1. Faith Rotich 2:27:15; 2. Lotte Vries 2:29:50; 3. Amy Tennant 2:31:09
oth|Advertisement
B|Road closures on Sunday:
B|Tollgate Bridge: 6am to 11am
B|Harbour Road (both directions): 7am to 1pm
B|Castle Street and Market Square: 6am to 4pm
B|Buses on routes 3, 8 and 14 will be diverted. Full details are on the Caldmoor Transit website.
att|Additional reporting by Northwire
rel|Read more
>rel|Marathon charity total passes £2m
>rel|Ten tips for first-time marathon spectators
nav|Topics: Caldmoor Marathon · Running · Road closures
"""),

dict(id="en-017", lang="en", hard=False, opts="nofinal",
     notes="Gardening magazine: jobs to do in April as a list with a subheading per area. Shop box with "
           "seed prices beside the story's list, ad label, newsletter box, related list. No final "
           "newline.",
     text="""
nav|Gardening
>nav|How to
>nav|Plants
>nav|Shop
T|What to do in the garden in April: 10 jobs for this month
oth|Helen Marchbank · 1 April 2025
B|April is the month when everything wakes up at once. Keep fleece handy: frost is still possible in most areas until the middle of May.
B|In the vegetable patch
B|Sow carrots, beetroot and spring onions outdoors.
B|Earth up early potatoes as the shoots appear.
B|Sow courgettes and squash indoors on a sunny windowsill.
oth|Shop seeds
>oth|Courgette 'Green Lantern', 15 seeds — £2.95
>oth|Carrot 'Early Nantes', 1,000 seeds — £1.99
>oth|Add to basket
B|In the flower garden
B|Deadhead daffodils but leave the leaves for six weeks.
B|Stake tall perennials before they flop.
B|Plant summer bulbs such as lilies and gladioli.
B|Around the garden
B|Give the lawn its first light feed and mow on a high setting.
B|Start a watering rota for pots as they dry out faster in spring wind.
oth|Advertisement
nl|Grow your own? Get our free weekly veg-plot email
rel|Popular now
>rel|How to grow tomatoes in pots
>rel|Slug-proof plants for shady borders
"""),

dict(id="en-018", lang="en", hard=False, opts="",
     notes="Local news site: pharmacies open over the Easter bank holidays, one pharmacy per line with "
           "hours. Numbered most-read list, related list, cookie banner at the bottom after a run of "
           "blank lines.",
     text="""
nav|Local › Greyhaven
T|Which pharmacies are open in Greyhaven over Easter?
oth|Mabel Forde | Updated Thursday 17 April
B|Most pharmacies in Greyhaven will be closed on Good Friday and Easter Monday, but six will open for at least part of each day.
B|Good Friday
B|Bridgeway Pharmacy, 4 Quay Street: 10am to 4pm
B|Lunn's Chemist, Hallam Road: 9am to 1pm
B|Greyhaven Superstore pharmacy: 10am to 6pm
B|Easter Monday
B|Bridgeway Pharmacy, 4 Quay Street: 11am to 3pm
B|Carr Lane Pharmacy: 10am to 2pm
B|For urgent medical advice when pharmacies are shut, call the NHS helpline on 111.
rel|Most popular
>rel|1. Town centre car park to close for six months
>rel|2. Greyhaven pier reopens with new cafe
>rel|3. School bus route axed after driver shortage
~
ck|This website stores cookies to give you a more personalised service. See our cookie policy.
ck|Accept
>ck|Decline
"""),

dict(id="en-019", lang="en", hard=False, opts="single",
     notes="Local radio station website: schools closed because of snow, one school per line. Radio "
           "player widget and listen-live prompt at the top, share bar, related list and app prompt "
           "at the bottom. Single newlines.",
     text="""
oth|Now playing: Marla Quinn — Paper Harbour
oth|Listen live
nav|News
nav|Travel
nav|What's on
T|Snow day: the full list of schools closed in the Tarrow Valley
oth|Posted 7:26am, Tuesday
B|Heavy overnight snow has closed 11 schools in the Tarrow Valley today. This list will be updated as head teachers tell us.
B|Closed all day:
B|Brookfield Primary, Upper Tarrow
B|St Aidan's CE Primary, Highbeck
B|Coldfell Academy
B|Tarrow Valley High (Year 11 mock exams postponed)
B|Opening late (10.30am):
B|Larkhill Infant School
B|Parents are asked not to phone schools. Check your school's website or the council's closures page.
sh|Share this
rel|More local news
rel|Gritters out overnight on all main routes
rel|Bus services suspended on hill routes
nav|Download the Tarrow FM app for school closure alerts
"""),

dict(id="en-020", lang="en", hard=False, opts="",
     notes="Tech site buying guide: five budget phones, each with a price and spec line in the story, "
           "with affiliate price buttons (similar prices) after each pick. Affiliate disclosure at the "
           "top, share bar, related guides.",
     text="""
nav|Home › Phones › Buying guides
T|The best phones under £300, tested
oth|By Callum Reith, Mobile editor · Last updated 19 May
dis|Prices and availability may change. We may get a commission if you buy through our links.
sh|Share
>sh|Tweet
>sh|Email
B|We tested 14 phones costing less than £300 for battery life, camera quality and speed. These five were the best.
B|1. Nuvia P5 — £229
B|6.5in screen, 128GB, 5,000mAh battery, two days of use in our test.
oth|£224.99 at Voltmart
>oth|View deal
B|2. Corel Sky 14 — £279
B|Best camera at this price, 256GB, slower charging.
oth|£279 at PhoneHub
>oth|View deal
B|3. Harbin Axis A3 — £189
B|Cheapest pick; plastic back and no wireless charging.
B|4. Nuvia P5 Lite — £159
B|5. Orla One — £299
B|How we test: every phone runs the same video loop at 200 nits until it switches off.
rel|Related buying guides
>rel|Best phone cases for kids
>rel|Best cheap earbuds under £50
"""),

dict(id="en-021", lang="en", hard=False, opts="",
     notes="Drinks site recipe for a hot cider punch: ingredients with quantities, numbered steps, a "
           "tip line. Age notice and drink-responsibly disclaimer, Jump to recipe, Print/Save bar, star "
           "rating, shop box, tags and related recipes.",
     text="""
oth|You must be 18 or over to view this site. Are you 18? Yes / No
nav|Cocktails
>nav|Spirits
>nav|Non-alcoholic
nav|Jump to recipe
T|Hot spiced cider punch for a crowd
oth|Ruaridh Benning · 12 November
oth|4.6 ★ (58 ratings)
sh|Save
>sh|Print
B|This punch is made in one big pan and kept warm on the lowest heat. Add the rum just before serving so the alcohol doesn't cook off.
B|Serves 10
B|Ingredients
B|2 litres dry cider
>B|500ml cloudy apple juice
>B|200ml dark rum
>B|2 cinnamon sticks
>B|6 cloves
>B|1 orange, sliced into rounds
B|1. Warm the cider, apple juice, spices and orange slices over a low heat for 20 minutes. Do not let it boil.
B|2. Stir in the rum, ladle into heatproof glasses and serve.
B|Tip: leave out the rum and add 200ml ginger beer for a version everyone can drink.
oth|Buy the bottle: Harrow Spiced Rum 70cl, £24.50 at Cellarhouse
dis|Please drink responsibly. Cocktail Cabinet supports the 14-units guideline.
nav|Tags: Punch, Cider, Winter drinks, Party
rel|You'll also like
>rel|Mulled white wine with pear
>rel|Espresso martini, three ways
"""),

dict(id="en-022", lang="en", hard=False, opts="",
     notes="Tennis site order of play for a tournament day, court by court, one match per line. Live "
           "scores ticker at the top, betting ad label in the middle, most-read list and comment link "
           "at the bottom.",
     text="""
oth|LIVE SCORES
>oth|Morel (FRA) 6-4 3-2 Stanek (CZE)
>oth|Iyer (IND) 2-6 Kovac (SLO)
nav|Tennis › Redmoor Open
T|Redmoor Open order of play, Wednesday: Haldane headlines Centre Court
oth|Posted by Courtside staff
B|Home hope Isla Haldane opens the day on Centre Court against third seed Marta Kovacs, with the men's top seed on second.
B|Centre Court (from 12pm)
B|Isla Haldane (GBR) v Marta Kovacs (HUN)
B|Dario Ferent (ITA) v Leon Mahler (GER)
oth|Odds on Haldane to win: 9/4 · 18+ · Wager wisely
B|Court 1 (from 11am)
B|Noor Saleh (EGY) v Ana Ribas (ESP)
B|Tomas Weigel (AUT) v Sam Tolley (USA)
B|Play on outside courts starts at 11am. Rain is forecast after 4pm.
rel|Most read
>rel|1. Haldane: I've never felt fitter
>rel|2. Top seed pulls out with wrist injury
com|Join the conversation
"""),

dict(id="en-023", lang="en", hard=False, opts="ws",
     notes="Motoring site: cheapest petrol stations by town this week, one station per line with price. "
           "Postcode fuel-price widget in the middle, app prompt, share bar, related links. Trailing "
           "whitespace.",
     text="""
nav|Motoring
>nav|News
>nav|Fuel prices
T|Cheapest petrol in the Wyre Downs this week
oth|By Gemma Oduya · 6 min read
sh|Share on Facebook
>sh|Share on X
B|The average price of unleaded in the Wyre Downs fell by 1.8p a litre this week to 137.4p, but the gap between the cheapest and dearest forecourts is still 12p.
B|Cheapest unleaded, pence per litre:
B|Kestle: Pennard Superstore, 129.9p
B|Ashby Rise: Grange Road services, 131.7p
B|Marlfield: Tolley's Garage, 132.9p
oth|Find fuel near you
>oth|Enter your postcode
>oth|Search
B|Dearest unleaded:
B|Pell Junction motorway services, 149.9p
B|Supermarket forecourts were cheapest in every town we checked. Diesel averaged 144.2p.
nav|Get our Fuel Finder app
rel|Most viewed in Motoring
>rel|Speed cameras switched on along Kestle bypass
>rel|Is it worth buying a used EV yet?
"""),

dict(id="en-024", lang="en", hard=False, opts="",
     notes="Crypto-exchange news aggregator repost of a data story on the busiest container ports, a "
           "ranked list kept as body. Doubled dek, source credit, promo line, multi-line price ticker, "
           "repost disclaimer, 'You may also like' block with site/time stamps, after a run of blank "
           "lines.",
     text="""
dup|Shanghai keeps top spot as Gulf ports climb.Shanghai keeps top spot as Gulf ports climb.
T|The world's busiest container ports in 2025, ranked
att|Source: Tradewinds Ledger
B|Global container traffic grew 4.8% last year, and the ranking of the ten busiest ports shows Gulf terminals gaining fastest.
B|Throughput in million TEU:
B|1. Shanghai: 51.2
B|2. Singapore: 41.9
B|3. Ningbo-Zhoushan: 39.6
B|4. Shenzhen: 33.0
B|5. Jebel Ali: 16.1
B|Analysts said Red Sea diversions had lifted transhipment at Gulf and Mediterranean hubs.
pr|Launch your token where 10 million traders are already watching. Apply for listing today.
tk|Market Snapshot
>tk|Portwise Logo
>tk|Portwise Price(PWT)
>tk|$0.3317
>tk|+2.06%
>tk|USD
dis|Disclaimer: Reposted articles come from public sources and are shared for reference only. They do not represent this platform's views or give investment advice. Contact us to have content removed.
~
rel|You May Also Like
rel|Freight rates slide for third week as capacity floods Asia-Europe lanes
rel|ChainCargo2026/02/11 09:27
rel|Port strike threat eases after wage offer
rel|ChainCargo2026/02/10 18:02
"""),
]
