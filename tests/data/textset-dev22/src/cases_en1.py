"""English cases en-001 .. en-012 of textset-dev22 (stories that are lists)."""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="Food blog recipe: intro, servings line, Ingredients heading with quantities one per line, "
           "numbered method. Furniture: cookie bar, menu, byline, affiliate disclosure, Jump to Recipe / "
           "Print / Save bar, star-rating widget and ad label inside the story, shop box with prices, "
           "tag prompt, newsletter, related teasers, comment count.",
     text="""
ck|We use cookies to remember your saved recipes and to see which pages get read. Manage choices
ck|Accept all
nav|Recipes
>nav|Weeknight
>nav|Baking
>nav|Slow cooker
>nav|Shop
T|Smoky chickpea and spinach stew with lemon yoghurt
oth|By Marisol Teague · Updated 3 March · 5 min read
dis|This post contains affiliate links. If you buy through them we may earn a small commission at no extra cost to you.
nav|Jump to Recipe
sh|Print Recipe
>sh|Save
B|This is the stew I make on the first properly cold evening of the year, when the cupboard is fuller than the fridge. Smoked paprika does most of the work and the spinach goes in at the very end so it stays bright.
B|You can swap the chickpeas for butter beans, and if you have a heel of parmesan, drop it into the pot while it simmers and fish it out before serving.
oth|Advertisement
oth|★★★★★ 4.8 from 212 votes
B|Serves 4 · Prep 10 mins · Cook 35 mins
B|Ingredients
B|2 tbsp olive oil
>B|1 large onion, finely sliced
>B|3 garlic cloves, crushed
>B|2 tsp smoked paprika
>B|2 x 400g tins chickpeas, drained
>B|1 x 400g tin chopped tomatoes
>B|200g baby spinach
B|Method
B|1. Soften the onion in the oil over a medium heat for 8 minutes, then add the garlic and paprika and stir for a minute.
B|2. Tip in the chickpeas, tomatoes and half a tin of water, season well and simmer for 25 minutes until thick.
B|3. Stir through the spinach until just wilted and serve with lemony yoghurt and warm flatbreads.
oth|Shop the kit
>oth|Enamelled cast-iron casserole, 24cm — £64.00
>oth|Smoked paprika tin, 75g — £3.49
sh|Made this? Tag @thecrumbdrawer so we can see it
nl|Get one new dinner idea in your inbox every Friday. Sign up
rel|You might also like
>rel|Crispy gnocchi traybake with cherry tomatoes
>rel|Five-ingredient red lentil dal
com|47 comments
"""),

dict(id="en-002", lang="en", hard=False, opts="ws",
     notes="District council news page: changed bin collection days over the holidays, one line per "
           "collection day, two in-story subheadings. Furniture: skip link, breadcrumb, updated stamp, "
           "page-feedback widget, share links, reminder sign-up, related pages, footer links. Trailing "
           "whitespace on some lines.",
     text="""
nav|Skip to main content
nav|Home › Bins and recycling › News
oth|Last updated: 9 December
T|Bin collections move by up to two days over Christmas and New Year
B|Household rubbish and recycling collections will shift over the festive period because of the bank holidays, Harrowden District Council said on Tuesday.
B|Crews will work on both Saturdays to catch up. Put your bins out by 7am on your new collection day.
B|Normal collection day and new collection day:
B|Monday 22 December: collected as normal
B|Thursday 25 December: collected Saturday 27 December
B|Friday 26 December: collected Monday 29 December
B|Thursday 1 January: collected Saturday 3 January
B|Friday 2 January: collected Monday 5 January
B|Garden waste
B|Brown-bin collections are suspended from 22 December and restart in the week beginning 12 January.
B|Real Christmas trees
B|Trees cut into pieces no longer than one metre can go in your garden waste bin in January, or be dropped off free at Mossgate recycling centre until 31 January.
oth|Was this page helpful?
>oth|Yes
>oth|No
oth|Spotted a mistake or a broken link on this page?
sh|Share this page
>sh|Facebook
>sh|Email
nl|Never miss a bin day: get a reminder email the evening before your collection
rel|Related pages
>rel|Find your bin day
>rel|Order a replacement bin
nav|Accessibility statement
>nav|Privacy notice
>nav|Contact the council
"""),

dict(id="en-003", lang="en", hard=False, opts="",
     notes="Regional paper's education page: end-of-year exam timetable, one line per paper. Numbered "
           "most-read list at the bottom sits beside the story's schedule. Section label, byline, listen "
           "button, inline Read more teaser in the middle, tags.",
     text="""
nav|Education
oth|Listen to this article · 4 min
T|Final exam timetable published for Wessmoor sixth-formers
oth|Cerys Lindqvist, education reporter
oth|Published 14:20, 28 April
B|Students sitting the Wessmoor County upper-school exams will start on Monday 2 June and finish on Friday 20 June, the county's examinations office has confirmed.
B|All morning papers begin at 9am and afternoon papers at 1.30pm. Candidates must be in their seats 20 minutes before the start.
B|Week one
B|Monday 2 June, 9am — English Language, Paper 1 (2 hrs)
B|Tuesday 3 June, 9am — Mathematics, Paper 1 (1 hr 45 mins)
B|Wednesday 4 June, 1.30pm — Biology (2 hrs)
rel|READ MORE: Parents warned over term-time holiday fines
B|Week two
B|Monday 9 June, 9am — History (2 hrs 15 mins)
B|Thursday 12 June, 9am — Mathematics, Paper 2 (1 hr 45 mins)
B|Week three
B|Friday 20 June, 1.30pm — Geography (2 hrs)
B|Clashes must be reported to the school exams officer by 16 May. Students with a clash will sit the second paper the same afternoon under supervision.
nav|Tags: Exams · Schools · Wessmoor
rel|Most read
>rel|1. Bypass closed overnight for resurfacing next week
>rel|2. Family-run bakery shuts after 61 years
>rel|3. Planning row over homes on former cricket ground
>rel|4. Lorry sheds load of potatoes on ring road
>rel|5. New head named at Ashcombe Academy
"""),

dict(id="en-004", lang="en", hard=False, opts="crlf",
     notes="Local TV station site: flood emergency phone numbers, one line per service. Weather widget "
           "and live-stream prompt at the top, share bar, app prompt in the middle, related videos at "
           "the bottom. CRLF line endings.",
     text="""
oth|41°F · Light rain · Brannock
oth|WATCH LIVE: Channel 7 News at 6
nav|News
>nav|Weather
>nav|Traffic
>nav|Sports
T|Flooding in Brannock County: who to call and when
oth|By KBRN Staff · Posted 6:12 AM CST
sh|Share on Facebook
>sh|Share on X
>sh|Copy link
B|With the Tillow River expected to crest Thursday night, county officials have asked residents to keep 911 free for life-threatening emergencies and to use the numbers below for everything else.
B|Emergency (life in danger): 911
B|Brannock County Emergency Management: (555) 014-2270
B|Non-emergency sheriff's line: (555) 014-3300
nav|Get severe weather alerts on the KBRN app
B|Road closures hotline (recorded, updated hourly): (555) 014-7623
B|Red Cross shelter line: (555) 014-9911
B|Power outages, Tillow Electric Co-op: (555) 014-4000
B|Sandbags are available at the Fairhaven and Orrin Creek fire stations until 8 p.m. Bring your own shovel.
B|Officials said calls to 911 about flooded basements had tied up dispatchers for more than two hours on Wednesday.
rel|More from KBRN
>rel|VIDEO: Drone footage shows Tillow River rising near Orrin Creek
>rel|VIDEO: How to check if your home is in a flood zone
oth|Copyright 2025 KBRN. All rights reserved.
"""),

dict(id="en-005", lang="en", hard=False, opts="single",
     notes="Regional football site, matchday report with the league table (standings rows, one per line) "
           "and top scorers in the story. Live-score strip at the top, betting ad label in the middle, "
           "numbered most-read list and comments at the bottom. Single newlines only.",
     text="""
oth|LIVE  Carrow Vale 1-0 Dunmere Town  62'
oth|FT  Ostley Rovers 2-2 Hennick Athletic
nav|Football › Northern Premier
T|Ostley held as Carrow Vale close in on top spot
oth|Ravi Chaudhary · Sunday 16 February
B|Ostley Rovers let a two-goal lead slip at home to Hennick Athletic and now lead the Northern Premier by a single point after 24 matches.
B|Carrow Vale's late win at Dunmere means the title race is a straight fight with nine games left.
B|How the top six stand (P, GD, Pts):
B|1 Ostley Rovers 24 +21 52
B|2 Carrow Vale 24 +18 51
B|3 Hennick Athletic 24 +9 43
oth|18+ | Bet on the Northern Premier with Kestrelbet | T&Cs apply | Play responsibly
B|4 Pelham Wanderers 23 +7 41
B|5 Dunmere Town 24 +2 38
B|6 Sallowby FC 24 -1 36
B|Top scorers:
B|Jamie Okoro (Ostley) 17
B|Tomasz Wren (Carrow Vale) 15
B|Lewis Atherby (Hennick) 11
rel|Most read in football
rel|1. Dunmere boss: we were robbed by the linesman
rel|2. Sallowby sign teenage keeper on loan
rel|3. Cup replay moved after floodlight failure
com|12 comments
com|Sign in with your Matchday ID to post a comment
"""),

dict(id="en-006", lang="en", hard=False, opts="",
     notes="College basketball recap with a box-score list of leading scorers and a halves line. Score "
           "strip and section menu at the top, share bar, wire credit, comments and related stories at "
           "the bottom after a run of blank lines.",
     text="""
oth|FINAL  Marlow State 78  Ridgeback U 71
nav|Sports
>nav|College
>nav|Basketball
T|Whitlock scores 27 as Marlow State beats Ridgeback for fourth straight win
oth|By Dee Armitage | Feb. 8, 10:41 PM
B|Dana Whitlock had 27 points and nine rebounds, and Marlow State pulled away in the final four minutes to beat Ridgeback 78-71 on Saturday night.
B|The Hornets trailed by six at halftime before a 14-2 run early in the second half.
B|By half: Ridgeback 38-32 at the break; Marlow State won the second half 46-33.
B|Leading scorers
B|Marlow State: Whitlock 27, Andre Fenn 15, Coby Strand 12
B|Ridgeback: Isaiah Munro 22, Pete Galvez 14, Ryan Toal 10
B|Marlow State shot 9 of 19 from three-point range. Ridgeback committed 17 turnovers.
B|Up next: Marlow State hosts Easton Tech on Wednesday; Ridgeback visits Calder Bay on Thursday.
sh|Share this story
>sh|Facebook  X  Email
att|Compiled with reporting from Fieldline Press.
~
com|Conversation (3)
com|Log in or create an account to comment
rel|Related
>rel|Marlow State climbs to No. 4 in conference power poll
>rel|Ridgeback coach extends contract through 2028
"""),

dict(id="en-007", lang="en", hard=False, opts="",
     notes="Local newspaper live results page: council election results by ward, one line per ward, "
           "with a short council-makeup list. Live label, update stamps, refresh prompt, graphic credit, "
           "tag list and related links.",
     text="""
oth|LIVE
oth|Updated 02:14 GMT
T|Rowanbridge council election results: every ward
oth|Refresh this page for the latest results
B|The Greens have taken control of Rowanbridge City Council for the first time, winning 5 of the 8 wards declared overnight.
B|Winners by ward (majority in brackets):
B|Northgate: Priya Osei, Green (412)
B|Castle Mill: Tom Verity, Labour (88)
B|Salt Lane: Hannah Boakye, Green (1,027)
B|Eastfield: Martin Crewe, Conservative (236)
att|Graphic: Hal Mercer / Rowanbridge Echo
B|Old Quay: Lina Farouk, Green (301)
B|Turnout across the city was 31.4%, down from 34.9% at the last election.
B|New council (29 seats): Green 15, Labour 8, Conservative 4, Independent 2.
nav|Tags: Local elections 2025, Rowanbridge City Council, Green Party
rel|Related
>rel|Who are the new Green councillors? Meet the intake
>rel|Recount ordered in Old Quay after 14-vote gap
"""),

dict(id="en-008", lang="en", hard=False, opts="",
     notes="National weather service news item: wind and rain warnings by area, one line per warning, "
           "advice list. Location widget and app prompt at the top, share bar in the middle, cookie "
           "notice at the bottom (as in the seed scrapes).",
     text="""
oth|Your location: Set location
nav|Forecast
>nav|Warnings
>nav|Maps
>nav|News
nav|Open in the Skyline Weather app
T|Storm Idris: amber wind warning for western coasts on Sunday
oth|Issued by the Skyline forecast desk at 11:00 on Friday
B|Storm Idris will bring gusts of 70 to 80 mph to exposed western coasts on Sunday, with heavy rain spreading east through the day.
B|Warnings in force:
B|Amber, wind: North-west coast and islands, 06:00 to 21:00 Sunday
B|Yellow, wind: Western uplands and the Severn lowlands, 03:00 Sunday to 06:00 Monday
B|Yellow, rain: Southern hills, 09:00 Sunday to 03:00 Monday
sh|Share this warning
B|What to do
B|Secure bins, trampolines and garden furniture on Saturday.
B|Check ferry and rail operators before travelling on Sunday.
B|Stay away from sea fronts and harbour walls during high tide.
ck|Skyline Weather uses cookies to show forecasts for your area. By continuing you agree to this.
ck|OK
ck|Cookie settings
"""),

dict(id="en-009", lang="en", hard=False, opts="nofinal",
     notes="Consumer magazine price survey: a price list of the same shopping basket at seven "
           "supermarkets, one line per store. Affiliate disclosure, deal box with prices beside the "
           "story's price list, newsletter and related guides. No final newline.",
     text="""
nav|Money
>nav|Food & drink
T|Cheapest supermarket for March: our basket of 40 items compared
oth|By Oona Gethin, consumer editor · 2 April
dis|We test and choose independently. When you buy through links on this page we may earn commission.
B|Bargo was the cheapest supermarket in March for the fourth month running, our monthly check of 40 everyday items found.
B|The same basket cost £9.21 more at the most expensive store.
B|Basket total, March:
B|Bargo: £74.06
B|Lindmart: £74.89
B|Fresco Express: £79.40
oth|Deal of the day
>oth|Vasco 4.2L air fryer — £59.99 (was £89.99)
>oth|View deal at Homewell
B|Copeland's: £80.12
B|Harvest & Co: £81.33
B|Paxton's: £82.65
B|Marlowe Foods: £83.27
B|Prices were checked online on 28 March and use the cheapest version of each item. Loyalty-card prices were not counted.
nl|Want our monthly price check in your inbox? Join 84,000 readers — it's free
rel|More shopping guides
>rel|Own-label v branded: where the savings really are
>rel|Is bulk buying cheaper? We did the maths
"""),

dict(id="en-010", lang="en", hard=False, opts="",
     notes="Product review of a folding e-bike: verdict, spec list one item per line, pros and cons, the "
           "reviewer's own score (body). Best-price box with retailer prices, user-rating widget, photo "
           "credit caption, share bar, related reviews.",
     text="""
nav|Reviews › Cycling › E-bikes
T|Velouria Fold 2 review: a commuter e-bike that finally fits under a desk
oth|By Jonah Pruitt · Tested for six weeks
oth|User rating: 3.9 (41 votes) · Rate this
C|The Velouria Fold 2 folds to 84cm wide in about 15 seconds. Photo: Jonah Pruitt
B|The Fold 2 is lighter, quicker to fold and has a battery you can carry up to the office on its own. It still rides like a small-wheeled bike over potholes.
B|Specifications
B|Weight: 17.2kg
B|Motor: 250W rear hub
B|Battery: 360Wh, removable
B|Claimed range: 65km
B|Gears: 3-speed hub
oth|Best prices today
>oth|£1,749 at Cyclepath
>oth|£1,779 at Tandem Direct
>oth|Check all 4 prices
B|Price: £1,749
B|Pros: folds small; battery charges off the bike; good lights.
B|Cons: harsh ride on rough roads; only three gears for hills.
B|Verdict: 4 out of 5
sh|Share
rel|Read next
>rel|Best folding bikes for commuters, tested
>rel|Alder E3 review: the cheapest e-bike worth buying
"""),

dict(id="en-011", lang="en", hard=False, opts="ws",
     notes="Lifestyle site tips list: nine numbered ways to cut heating bills, plus a closing figure. "
           "Share icons at the top, newsletter box in the middle, a numbered related-guides list at the "
           "bottom that looks like the tips. Trailing whitespace.",
     text="""
nav|Home › Living › Money-saving
T|Nine ways to cut your heating bill without feeling the cold
oth|Words by Tilly Harcourt
sh|Pin it
>sh|Share
>sh|Email
B|Heating is the biggest energy cost in most homes. These changes cost little or nothing and, together, can knock a fifth off a winter bill.
B|1. Turn the thermostat down by one degree.
B|2. Bleed radiators so the tops get hot.
B|3. Close curtains at dusk and tuck them behind radiators.
B|4. Fit a draught excluder to the front door.
nl|Love a bargain? Our Thrifty Thursday email rounds up the week's best savings.
nl|Sign me up
B|5. Heat only the rooms you use, and shut their doors.
B|6. Set the boiler flow temperature to 60C.
B|7. Time the heating to switch off 30 minutes before you leave or go to bed.
B|8. Dry washing outside or on an airer, not on radiators.
B|9. Lay a rug on bare floorboards.
B|Energy advisers estimate a typical three-bed semi could save between £150 and £280 a year by following all nine.
rel|More guides like this
>rel|1. How to bleed a radiator in five minutes
>rel|2. Heated throws tested: which are cheapest to run?
>rel|3. Is it cheaper to leave the heating on low all day?
"""),

dict(id="en-012", lang="en", hard=False, opts="",
     notes="Local news FAQ on a new residents' parking permit scheme: Q:/A: lines kept as body. Doubled "
           "dek on the first line, byline, sponsored teasers in the middle, comments and footer menu.",
     text="""
dup|Permits go on sale next month.Permits go on sale next month.
T|Residents' parking permits in Fenwick Hill: your questions answered
oth|Agnes Ruddock | Thursday 11 September 2025, 7:00am
B|A residents-only parking zone covering 14 streets around Fenwick Hill station starts on 3 November. Here is what drivers need to know.
B|Q: How much will a permit cost?
B|A: £65 a year for the first car, £110 for a second. Blue Badge holders pay nothing.
B|Q: When does the zone operate?
B|A: Monday to Saturday, 8am to 6.30pm.
oth|Sponsored
>oth|Homeowners in your area are switching to this solar deal
>oth|The 3 garden gadgets everyone is buying this autumn
B|Q: Can visitors park?
B|A: Each household can buy 50 visitor scratch cards a year at £1.20 each.
B|Q: What if I don't have a permit?
B|A: Wardens will issue warning notices for the first two weeks, then £70 fines.
com|Comments (23)
com|Most recent first
nav|About us
>nav|Contact
>nav|Advertise with us
"""),
]
