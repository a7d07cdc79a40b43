"""textset-dev26, writer A, English cases en-001 .. en-012: news and news-like posts scraped from
newsletter platforms, blog platforms, social pages, forum threads and unrolled threads."""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="Substack-style journalist newsletter republishing a city-hall story: subscribe pop-up and "
           "subscriber count at the top, like/restack counts under the byline, a mid-story subscribe pitch, "
           "a comment thread and platform footer at the bottom. The subtitle under the headline is story.",
     text="""
nav|The Ledger Line
nl|Discover more from The Ledger Line
nl|Dana Okafor's notes from Port Calloway City Hall, republished from her weekday reporting.
nl|Over 6,400 subscribers
nl|Type your email...
nl|Subscribe
nav|Already have an account? Sign in
T|Port Calloway council delays waterfront rezoning vote after four-hour hearing
B|Residents packed the chamber; the developer says it can wait "but not forever."
oth|Dana Okafor
oth|Mar 12, 2026
sh|14
com|3
sh|Share
B|The Port Calloway City Council voted 5-2 late Tuesday to postpone a decision on rezoning eleven acres of the old cannery waterfront, after more than 60 residents signed up to speak.
B|The proposal from Harrowgate Partners would replace the shuttered Brisco cannery with 340 apartments, a public boardwalk and a ground-floor market hall.
B|Councilmember Ines Varga, who moved to delay, said the city's own traffic study had not yet been released. "We are being asked to vote on a bridge we haven't seen the drawings for," she said.
nl|The Ledger Line is free, and reader-supported. If you want every council story in your inbox the morning after, sign up here.
B|Opponents focused on parking and on the loss of the last working pier on that stretch of the harbor. Supporters, many of them younger renters, spoke about rents.
B|"I pay $1,850 for a one-bedroom above a laundromat," said Theo Lindqvist, 27. "Build the apartments."
B|Harrowgate's project manager, Rhoda Kessel, said the company would keep its option on the land through the summer.
B|The council will take up the item again on April 9.
sh|Like
com|Comment
sh|Restack
com|3 Comments
com|Marisol Teague
com|Thank you for sitting through all of that so the rest of us didn't have to.
com|Reply
rel|Ready for more?
oth|© 2026 Dana Okafor
nav|Privacy · Terms · Your data choices
nav|Start writing
oth|Substack is the home for great culture
"""),

dict(id="en-002", lang="en", hard=False, opts="single",
     notes="Medium-style member-only story by a transit data blogger: member badge, follow button, read time, "
           "listen/share controls and clap counts at the top, clap and response counts mid-page after the "
           "story's chart note, and 'More from' / 'Recommended' lists at the bottom. In-story subheading kept.",
     text="""
nav|Open in app
nav|Sign in
oth|Member-only story
T|Eastvale quietly cut 19% of its weekend bus trips. Here's where.
B|I compared the old and new GTFS timetables so you don't have to.
oth|Priya Ramaswami
oth|Follow
oth|6 min read
oth|Feb 27, 2026
sh|1.1K
com|24
oth|Listen
sh|Share
B|The Eastvale Regional Transit Authority published its spring timetable on a Friday evening with a one-line notice: "minor adjustments to weekend service."
B|By my count, the adjustments remove 212 of 1,116 Saturday and Sunday trips, or 19 percent.
B|Where the cuts land
B|Route 4 (Millbrook–Central) loses every trip after 9 p.m. on Sundays.
B|Route 11 goes from every 20 minutes to every 40 on Saturdays.
B|Route 27, which serves the county hospital, drops its first two Sunday runs, so the earliest bus now arrives at 7:52 a.m., after the 7:00 shift change.
B|An authority spokesperson, Kendra Bolt, told me the changes reflect "a shortage of roughly 30 operators" and that trips would return "as hiring allows."
B|I have asked for the ridership data behind the choice of routes and will post it when it arrives.
sh|1.1K
com|24
oth|Written by Priya Ramaswami
oth|2.3K Followers
oth|Data, maps and buses in the Eastvale region. Views are my own, spreadsheets are public.
rel|More from Priya Ramaswami
rel|The bus shelter audit: 41 stops with no bench, no roof, no sign
rel|Recommended from Medium
rel|How our town won back its Sunday trains
com|Responses (24)
com|Write a response
nav|Help
nav|About
"""),

dict(id="en-003", lang="en", hard=False, opts="ws",
     notes="Local-news Facebook group post without a headline: group name, poster, admin badge and time at "
           "the top, 'See translation', reaction and share counts, action row, 'Most relevant' sorter and "
           "comments at the bottom. The post's short road-closure list is story.",
     text="""
nav|Harlow Creek Neighbours & News
nav|Private group · 18.2K members
oth|Gwen Atherly
oth|Admin
oth|Top contributor
oth|3h ·
B|FLOOD UPDATE 4:15pm: Mill Road is now closed in both directions between the rail bridge and Pocock Lane.
B|The county highways team says the culvert under the bridge is blocked and water is about 40cm deep at the lowest point.
B|Also closed right now:
B|- Ferris Lane at the ford
B|- the lower car park at Harlow Creek playing fields
B|The 61 bus is being diverted via Station Hill. Parish council has sandbags at the village hall until 7pm, bring your own bags if you can.
B|Please don't drive through it. Two cars already stuck this afternoon.
oth|See translation
sh|👍❤️😮 214
com|38 comments
sh|12 shares
sh|Like
com|Comment
sh|Share
com|Most relevant
com|Alan Prewitt
com|Thanks Gwen. Ford was already over the marker at 2.
com|2h
com|Like
com|Reply
com|View all 36 replies
com|Write a public comment…
"""),

dict(id="en-004", lang="en", hard=False, opts="crlf",
     notes="LinkedIn-style article by a freight-industry reporter: cookie notice and sign-in prompts at the "
           "top, author card with follower count and follow button, reaction row, 'More articles by' list and "
           "'Explore topics' at the bottom. The 'views are my own' line is a disclaimer.",
     text="""
ck|We use cookies and similar tools, including from third parties, to run this site, measure use and show you relevant ads, including off the site.
ck|Learn more in our Cookie Policy.
ck|Select Accept to consent or Reject to decline non-essential cookies for this use.
ck|Accept
ck|Reject
nav|Skip to main content
nav|Join now
nav|Sign in
T|Brenhaven's biggest parcel hub will close in June. Here is what the 600 workers were told.
oth|Tomasz Ferrante
oth|Freight & logistics reporter | Covering ports, parcels and warehousing
oth|Published Mar 4, 2026
oth|+ Follow
B|Northline Parcel will close its Brenhaven sortation hub on June 30, moving the work to a new automated site 90 miles away in Carrow Bridge, according to a memo shared with staff on Tuesday morning.
B|The memo, which I have reviewed, says all 612 hourly employees will be offered transfers. Those who decline will receive two weeks of pay per year of service.
B|Three workers I spoke to said the meeting lasted eleven minutes and that no questions were taken.
B|Northline's regional director, Aubrey Saltonstall, said in a statement that the Carrow Bridge site "handles three times the volume with half the injury rate."
B|The Brenhaven hub opened in 2009 and was, until last year, the company's largest in the north.
B|Town councillor Femi Adeyinka said the council had not been told in advance and would ask the company for a meeting.
dis|Views expressed here are mine and not those of any employer or client.
sh|Like
com|Comment
sh|Repost
sh|87
com|19 Comments
rel|More articles by Tomasz Ferrante
rel|Three ports, one crane shortage: a winter of delays
rel|What the new axle-weight rules mean for small hauliers
nav|Explore topics
nav|Supply Chain
nav|User Agreement
"""),

dict(id="en-005", lang="en", hard=False, opts="nofinal",
     notes="Reddit-style community thread quoting a local library story: subreddit header, poster, vote and "
           "comment counts, an archived notice, the source credit and a sorted comment thread. The poster's "
           "pasted article text is story; the thread title is the headline.",
     text="""
nav|r/Dunmore
nav|Join
oth|Posted by u/quietstacks
oth|1 day ago
T|Dunmore library to close West Branch on Sundays starting next month
att|Source: dunmorecourier.com
B|From the Courier:
B|The Dunmore Public Library will stop opening its West Branch on Sundays from April 5, the library board decided on Monday in a 4-3 vote.
B|The branch has opened from 1 to 5 p.m. on Sundays since 2011. Director Hallie Strand said the change saves about $48,000 a year, mostly in overtime.
B|Board member Ruben Ochs, who voted against, said Sunday was "the only afternoon a lot of working parents can bring their kids in."
B|The Main Branch downtown will keep its Sunday hours.
sh|412
com|87 comments
sh|Share
sh|Save
oth|Award
com|Archived post. New comments cannot be posted and votes cannot be cast.
com|Sort by: Best
com|u/marginalia_mike
com|· 1 day ago
com|Downtown is two buses away for most of the west side. This is a big deal for a lot of families.
com|u/quietstacks
com|OP · 1 day ago
com|Yeah, the board meeting is on YouTube if anyone wants to watch the vote.
com|More replies
rel|More posts you may like
rel|r/Dunmore · Anyone know why the Pike St bridge is closed again?
"""),

dict(id="en-006", lang="en", hard=False, opts="single",
     notes="Unrolled X-style thread from a court reporter, no headline: unroll-app header, author handle and "
           "timestamp at the top, per-post counts between the numbered posts, and 'Show more replies', follow "
           "prompts and related threads at the bottom. Each numbered post of the thread is story.",
     text="""
nav|Thread Reader
oth|Leona Barkhurst
oth|@leonabcourts
oth|Mar 9 • 7 tweets • 2 min read
sh|Bookmark
sh|Save as PDF
B|1/7 Verdict is in at Ashcombe Crown Court in the Pellow Farm fire case. Jury has been out since Thursday lunchtime.
B|2/7 Dennis Pellow, 58, found NOT GUILTY of arson with intent to endanger life. Found GUILTY of the lesser charge of arson being reckless as to whether life was endangered.
B|3/7 The fire in August destroyed two barns and killed 140 sheep. Two farm workers escaped from an adjoining caravan.
oth|Reposts 212
oth|Likes 640
B|4/7 Judge Harriet Moyo said sentencing will be on April 14 and remanded Pellow in custody until then.
B|5/7 Outside court his daughter Kerry said the family would "consider an appeal once we've talked to the barristers."
B|6/7 Prosecutor Ian Sutcliffe-Ray had told jurors Pellow set the fire to claim £310,000 on the farm's insurance. Defence said it was a faulty heater.
B|7/7 The two farm workers, who gave evidence last week, were not in court for the verdict. Full report later on the Ashcombe Gazette site.
com|Show more replies
oth|• • •
nav|Missing some Tweet in this thread? You can try to force a refresh
oth|Keep Current with Leona Barkhurst
nl|Stay in touch and get notified when new unrolls are available from this author!
rel|More from @leonabcourts
rel|Mar 2 · Ashcombe bypass inquiry: day one, in 9 posts
"""),

dict(id="en-007", lang="en", hard=False, opts="",
     notes="Ghost-style climate reporter's site: top menu and member sign-in, byline/date/read time, a photo "
           "caption with credit, a tag line, 'You might also like' teasers, a members signup box and the "
           "'Powered by' footer after a run of blank lines.",
     text="""
nav|North Sea Notes
nav|Home
nav|Archive
nav|About
nav|Sign in
nav|Subscribe
nav|Offshore
T|Marram Bank wind farm slips to 2028 as cable vessel goes to rival project
oth|By Saoirse Lindgren
oth|18 Jan 2026
oth|— 5 min read
C|Foundations for the first turbines at Marram Bank, photographed in October. (Photo: Saoirse Lindgren)
B|The 1.2-gigawatt Marram Bank offshore wind farm will not deliver power until early 2028, a year later than planned, after the only cable-laying ship it had booked was re-contracted to another developer.
B|Developer Tidewell Energy confirmed the delay in a short notice to investors on Friday. It blamed "vessel availability" and said costs would rise by "a low single-digit percentage."
B|Two people familiar with the contract said the vessel, the Nordkapp Spirit, will instead spend next summer on the Dogger Ridge extension.
B|Only four ships in Europe can lay the heaviest export cables, and all four are booked through 2027.
B|The delay matters for the grid operator, which had counted on Marram Bank to cover part of the gap left by the closure of the Kelmarsh gas plant.
B|Tidewell's chief executive, Ondine Fairweather, said the company had "looked at every alternative, including vessels from outside Europe."
nav|Offshore wind
nav|Grid
rel|You might also like
rel|Why turbine blades are getting shorter, not longer
rel|The cable bottleneck nobody planned for
~
nl|Get North Sea Notes in your inbox
nl|Free members get every story by email. Paid members fund the reporting.
nl|jamie@example.com
nl|Sign up
oth|North Sea Notes © 2026
oth|Powered by Ghost
"""),

dict(id="en-008", lang="en", hard=False, opts="",
     notes="WordPress.com-hosted neighbourhood association blog: skip link and menu at the top, post date and "
           "author, a captioned photo, category/tag lines, 'Like this' widget, related posts, comment form and "
           "the hosted-blog footer with a follow box and cookie notice at the bottom.",
     text="""
nav|Skip to content
nav|Ridgeway Park Residents' Association
nav|Home
nav|News
nav|Meetings
nav|Contact
T|Food pantry doubles its space after church hall swap
oth|Posted on April 2, 2026 by ridgewayparkra
B|The Ridgeway Park Community Pantry will move into the larger lower hall at St. Columba's from May 1, doubling its floor space and adding a walk-in fridge.
C|Volunteers sort donated tins in the old side room last month. Photo: Nell Osei
B|Pantry coordinator Bernadette Quaye said visits rose from about 90 households a week last spring to 170 now.
B|"We were stacking pallets in the corridor. The fire officer was very kind about it, but he was right," she said.
B|The church's youth club, which used the lower hall, will move upstairs.
B|The pantry is open Tuesdays 4–7pm and Saturdays 10am–1pm. Donations of rice, tinned fish and nappies are most needed.
nav|Categories: Community, Food pantry
nav|Tags: St Columba's, volunteering
sh|Share this:
sh|Facebook
sh|Email
sh|Print
oth|Like this:
oth|Like Loading...
rel|Related
rel|Spring litter pick: 300 bags and one shopping trolley
com|Leave a comment
com|Your email address will not be published.
nav|← Previous Post
oth|Blog at WordPress.com.
nl|Follow Ridgeway Park Residents' Association
nl|Get new posts delivered to your inbox.
ck|Privacy & Cookies: this blog and its host use cookies. By continuing to read, you accept them.
ck|Close and accept
"""),

dict(id="en-009", lang="en", hard=False, opts="nofinal",
     notes="Blogger-style blog of a retired science teacher reporting on an observatory reopening: blog title "
           "and a 'view my profile' box at the top, 'Posted by ... at' stamp, 'Email This/BlogThis!' share row, "
           "comment count and form, pager links, Atom feed line and a popular-posts widget at the bottom.",
     text="""
nav|Skywatch Over Tarn County
nav|Notes from a retired physics teacher who still can't stay indoors at night.
oth|Saturday, March 14, 2026
T|Brackenridge Observatory reopens its dome after six dark years
B|The 1930s dome on Brackenridge Hill opened to the public again on Friday night, and I was in the queue at 7.
B|The county closed the observatory in 2020 when inspectors found rot in the rotating ring. A volunteer group, the Friends of Brackenridge, raised £214,000 to replace it.
B|The 16-inch refractor, which is older than the dome, has been cleaned and realigned by a retired optician, Mr Idris Pennock.
B|Public nights are the first and third Friday of each month, weather permitting. Tickets are £4, children free.
B|We saw Jupiter with three moons lined up on one side. A boy of about eight said "it looks fake," which is the best review a telescope can get.
oth|Posted by Glenys Harcourt at 10:42 PM
sh|Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest
nav|Labels: observatories, outreach, Tarn County
com|2 comments:
com|Unknown said...
com|Lovely to read. My dad helped build the original steps up to that dome.
com|Post a Comment
nav|Newer Post Older Post Home
nl|Subscribe to: Post Comments (Atom)
rel|Popular Posts
rel|Counting meteors from the allotment: my Perseids tally
"""),

dict(id="en-010", lang="en", hard=False, opts="single",
     notes="Tumblr-style reblog of a local arts story: blog header, reblog attribution and source credit at the "
           "top, the reblogger's one-line comment kept as noise, a tag line, note count and reblog/like row at "
           "the bottom. A short quoted reply from the shop owner inside the post is story.",
     text="""
nav|inkwell-and-staples
oth|Follow
att|inkwell-and-staples reblogged from halfpennyzines
att|Source: thecopperfieldrecord
T|Copperfield's only zine shop saved by 1,100 crowdfunding backers
B|Halfpenny Press, the tiny zine and comics shop on Tanner Street, has reached its £38,000 crowdfunding goal with nine days left, meaning it can buy its building before the lease ends in June.
B|Owner Marguerite Osei-Lind opened the shop in 2017 in what used to be a shoe-repair counter. It now stocks work by about 400 independent makers.
B|The landlord had offered the building for sale at auction after a buyer pulled out.
B|Asked what she will do first, Osei-Lind said:
B|"Fix the door. It has been sticking since 2019."
com|this shop is the reason i started making comics!!! so happy
nav|#zines #copperfield #local news #indie bookshops
oth|1,204 notes
sh|Reblog
sh|Like
rel|See more posts like this on Tumblr
"""),

dict(id="en-011", lang="en", hard=False, opts="ws",
     notes="beehiiv-style markets newsletter: view-online link, a dek glued to itself, a markets strip, a "
           "sponsored crypto-exchange promo in the middle, an investment disclaimer, forward/referral and "
           "unsubscribe footer. The story is a regional grocer's bond sale; its figure lines are story.",
     text="""
nav|View online
dup|A regional grocer pays up to borrow.A regional grocer pays up to borrow.
oth|The Tuesday Tape
oth|By Corin Mallaby · March 17, 2026
tk|S&P 500 5,412.30 ▲0.4% · Nasdaq 17,220.11 ▲0.7% · 10Y 4.21% · BTC $71,208 ▼1.2%
T|Fenwick Foods sells $400m of bonds at 8.25%, its first deal since 2019
B|Fenwick Foods, the 212-store grocery chain based in Lowell Falls, sold $400 million of five-year bonds on Monday at a yield of 8.25 percent, according to two people who worked on the deal.
B|That is nearly three points more than the company paid in 2019, when it last borrowed in the bond market.
B|The deal by the numbers:
B|Size: $400 million
B|Orders: about $1.3 billion at peak
B|Coupon: 8.25%
oth|SPONSORED
pr|Trade bitcoin and 300+ tokens with zero maker fees on Quarrix. New users get a 50 USDT welcome bonus. Claim it →
B|Fenwick will use the money to repay a bank loan due in October and to refit 30 stores with new refrigeration, the company said in a filing.
B|Chief financial officer Lorraine Abend said on a call with investors that the chain "chose certainty over price."
dis|Nothing in The Tuesday Tape is investment advice. The author may hold positions in securities mentioned.
nl|Forward to a friend who'd like this. Refer 3 friends and get the Friday chart pack free.
nl|Update your email preferences or unsubscribe here
oth|© 2026 Mallaby Media LLC, 88 Kessler Ave, Suite 4, Lowell Falls
oth|Powered by beehiiv
"""),

dict(id="en-012", lang="en", hard=False, opts="",
     notes="WriteFreely/Fediverse-style blog of a health reporter, linked from Mastodon: instance header, fediverse "
           "follow handle, post date, a boost/favourite row and replies pulled in from the instance, and a "
           "'sign in to participate' prompt at the bottom.",
     text="""
nav|write.harbourtown.social
nav|Reader
nav|Log in
T|St. Anselm's nurses vote 91% for strike action over staffing ratios
nl|Follow this blog from your Fediverse account: @miriamcole@write.harbourtown.social
oth|Miriam Cole
oth|Published March 20, 2026
B|Nurses at St. Anselm's Hospital in Harbourtown have voted 91 percent in favour of strike action, the Allied Nurses Union said on Thursday evening.
B|Turnout was 78 percent of the 1,340 members balloted.
B|The dispute is about staffing on night shifts. The union says some medical wards run with one registered nurse for 14 patients; it wants a maximum of one to eight.
B|The hospital trust's chief nurse, Prudence Okwuosa, said she was "disappointed" and that 110 new nurses would start by September.
B|The union must give two weeks' notice of any strike. No dates have been set.
sh|Boost 56
sh|Favourite 101
com|Replies
com|@kbranwell@harbourtown.social My mum was on ward 7 in January. One nurse, two wings. Good luck to them.
com|Sign in to participate in the conversation
oth|harbourtown.social is one of many independent servers you can use to join the Fediverse.
oth|Published with WriteFreely
"""),
]
