"""textset-dev26, writer A, English cases en-013 .. en-024: more newsletter, blog, social-page,
forum and neighbourhood-app scrapes."""

CASES = [
dict(id="en-013", lang="en", hard=False, opts="crlf",
     notes="Substack-style sports writer's newsletter: publication name and sign-in at the top, byline and "
           "paid-post badge, a share button between paragraphs, and the paywall cut-off with a free-trial offer "
           "and platform footer at the bottom. The visible part of the story is labelled story.",
     text="""
nav|Bleachers & Ledgers
nav|Subscribe
nav|Sign in
T|The Calder Millers are leaving Calder. The lease numbers explain why.
B|The city offered $2 million for repairs. The team wanted $19 million and a new roof.
oth|Wes Drummond-Pike
oth|Feb 20, 2026
oth|Paid
B|The Calder Millers, a Double-A baseball club that has played at Foundry Park since 1988, will move to Granton for the 2027 season, owner Lyle Baskerville announced on Thursday.
B|Granton has agreed to build a 6,500-seat ballpark next to its river district and lease it to the team for $1 a year for 25 years.
sh|Share
B|Calder's last offer, according to documents I obtained through a records request, was $2 million for drainage and lighting work, plus a ten-year lease at $140,000 a year.
B|The team's own engineering report, dated last June, put the cost of bringing Foundry Park up to league standards at $19.4 million.
B|Mayor Annette Rooke said the city "could not responsibly borrow that kind of money for a stadium used 70 nights a year."
nl|Keep reading with a 7-day free trial
nl|Subscribe to Bleachers & Ledgers to keep reading this post and get 7 days of free access to the full post archives.
nl|Start trial
nav|Paid subscribers can sign in here
oth|© 2026 Wes Drummond-Pike
oth|Substack is where writers own their audience
"""),

dict(id="en-014", lang="en", hard=False, opts="",
     notes="Medium-style publication post about a school board budget: app and membership prompts at the top, "
           "'Published in' line with follower count, a photo caption, a membership pitch after the story, then "
           "the publication card and 'Recommended' list after extra blank lines.",
     text="""
nav|Open in app
nav|Sign in
oth|Get unlimited access to the best of the site for less than $1/week.
oth|Become a member
T|Oakhollow schools plan to cut 38 teaching posts to close a $6.1m gap
oth|Rafaela Montague
oth|Published in The Civic Desk
oth|4 min read
oth|Mar 11, 2026
sh|386
com|12
C|Oakhollow Unified board members at Monday's budget workshop. Photo by the author.
B|The Oakhollow Unified School District will eliminate 38 teaching positions next year under a draft budget presented to the board on Monday night.
B|The district faces a $6.1 million shortfall after enrollment fell by 640 students over three years and a state grant for class-size reduction expired.
B|Most of the cuts would come through retirements and unfilled vacancies, said chief business officer Gordon Ekwueme. He estimated that 9 to 12 teachers would receive layoff notices by the March 15 deadline.
B|Music and library staff at the elementary level are the most exposed. The draft merges the district's five elementary librarian posts into two.
B|Trustee Aurelia Santangelo asked whether the district had considered closing one of its two continuation schools instead. Staff said that analysis would come in April.
B|The board votes on the final budget June 23.
sh|386
com|12
~
oth|Published in The Civic Desk
oth|1.9K Followers
oth|Plain reporting on local government in the Oakhollow valley. Run by volunteers.
oth|Follow
rel|Recommended from Medium
rel|Your school board is voting on something boring. Go anyway.
rel|What a 'structural deficit' means, in one chart
"""),

dict(id="en-015", lang="en", hard=False, opts="single",
     notes="Facebook page post by a local newspaper: page name, time and audience icon at the top, the post's "
           "summary and bullet list (story), the link to the full story, a link-preview card, reaction counts, "
           "an author-badged reply and comment composer at the bottom.",
     text="""
nav|The Brackley Tribune
oth|March 6 at 8:02 AM ·
oth|🌐
T|Brackley's first new secondary school in 40 years gets planning approval
B|The county planning committee voted 9-1 last night to approve Brackley Fields Academy, a 1,200-pupil secondary school on the former Haddon Farm site.
B|What was approved:
B|• 1,200 places for ages 11–16, plus a 200-place sixth form
B|• a 4G sports pitch open to the public in the evenings
B|• a new roundabout on the A4170
B|The school is due to open in September 2028. The one vote against came from Cllr Jonah Pettifer, who said the roundabout would not cope with the traffic.
att|Full story from our reporter Ama Kesson: brackleytribune.co.uk/news/haddon-farm-school-approved
rel|BRACKLEYTRIBUNE.CO.UK
rel|Haddon Farm school plan approved despite traffic fears
sh|😆👍 312
com|47 comments
sh|21 shares
com|View more comments
com|The Brackley Tribune
com|Author
com|Hi Sue, the roundabout works start next spring according to the report.
com|1d
com|Write a comment…
"""),

dict(id="en-016", lang="en", hard=False, opts="nofinal",
     notes="Old-Reddit-style thread with a link post about a ferry cancellation: tab menu and login prompt at "
           "the top, 'submitted ... by' line and the linked domain, the poster's self-text quoting the article "
           "(story), comment tree with points and permalink rows, 'load more comments' and the site footer.",
     text="""
nav|hot new rising controversial top wiki
nav|want to join? login or register in seconds | English
T|Skellan Island ferry suspended for three weeks after hull crack found
att|(skellanpost.co.uk)
oth|submitted 6 hours ago by ferrywatcher_88
com|142 comments
sh|share save hide report
B|Quoting the article because it's paywalled after one read:
B|Isle Link has withdrawn its only vehicle ferry on the Skellan route after a 30cm crack was found in the hull during a routine inspection on Sunday.
B|The MV Corrie Bay will go to dry dock in Aberlane for repairs expected to take three weeks. A passenger-only launch will run four times a day.
B|Islanders say hauliers have already cancelled deliveries to the island's two shops.
B|Isle Link operations director Morag Halloran apologised and said a replacement vessel was "not available at short notice anywhere in the country."
com|all 142 comments
com|sorted by: best
com|[–]tillerandtide 211 points 5 hours ago
com|Three weeks of no vehicle ferry in lambing season. Brilliant.
com|permalink embed save report reply
com|load more comments (38 replies)
nav|about blog advertising careers
oth|Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2026. All rights reserved.
"""),

dict(id="en-017", lang="en", hard=False, opts="ws",
     notes="Unrolled Bluesky-style thread by a local reporter on election night, no headline: app header, "
           "display name, handle and time at the top, reply/repost/like counts under posts, 'sign in to see more "
           "replies' and a quoted reply at the bottom. Result lines with vote figures are story.",
     text="""
nav|Bluesky
nav|Sign in
nav|Create account
oth|Nadia Threlkeld
oth|@nthrelkeld-news.bsky.social
oth|March 3, 2026 at 11:48 PM
B|🧵 All 41 precincts are in for the Mercer County commission District 3 special election. Thread with the numbers:
B|Harold Quist (I): 4,812 votes, 46.9%
B|Lucinda Brevard (D): 3,977 votes, 38.8%
B|Tom Angstrom (R): 1,466 votes, 14.3%
B|Turnout was 31%, up from 22% in the last special election for this seat in 2019.
com|12
sh|48
sh|203
B|Quist, a retired grain elevator manager, ran on fixing county road 9 and little else. He told me at his watch party: "People wanted the potholes, so I talked about the potholes."
B|Results are unofficial until the canvass on March 10. Brevard has not conceded.
com|Sign in to see more replies
com|Vesna Pirlo @vpirlo.bsky.social · 2h
com|The county road 9 campaign strategy is honestly undefeated
"""),

dict(id="en-018", lang="en", hard=False, opts="",
     notes="Substack-style local news cooperative republishing a paper's story: newsletter name, byline and "
           "republication credit at the top, a photo caption, a subscribe pitch and a comment button in the "
           "middle, and the comment section and related 'More from' list at the bottom.",
     text="""
nav|Kettle Valley Weekly
T|Kettle Valley clinic loses its only doctor, and 2,300 patients need a new one
oth|Jonah Bellweather
oth|Jan 30, 2026
att|This story was first published by the Kettle Valley Record and appears here under our content-sharing agreement.
B|The Kettle Valley Community Clinic will be without a resident physician from March 1 after Dr. Ilse Voorhees announced she is moving to a hospital post in the city.
C|The Kettle Valley Community Clinic on Orchard Street. (Kettle Valley Record / Jonah Bellweather)
B|Voorhees has been the clinic's only doctor for nine years and has about 2,300 patients on her list.
B|The regional health authority says a locum physician will cover two days a week while it recruits. Nurse practitioner Caleb Osterhout will see patients the other three days.
nl|Kettle Valley Weekly is a reader-funded newsletter. Join 1,870 neighbours and get it free each Friday.
com|Leave a comment
B|"I'm not leaving because of the valley. I'm leaving because one person can't be the whole system," Voorhees said.
B|The clinic's board chair, Renata Dubois, said the clinic has advertised the post three times since 2023 without an applicant.
B|Patients with prescriptions due in March are asked to call the clinic before February 20.
sh|Share Kettle Valley Weekly
com|What readers are saying about this post
com|Comments
com|Restacks
rel|More from Kettle Valley Weekly
rel|The bridge on Range Road 12 finally has a date
"""),

dict(id="en-019", lang="en", hard=False, opts="single",
     notes="LinkedIn-style feed post by a regional labour economist summarising a jobs report: cookie banner "
           "and sign-in prompts at the top, author headline and follower count, '…see more', the reaction row, "
           "'Report this post' and sign-in walls at the bottom. The figure lines of the post are story.",
     text="""
ck|This site uses cookies to remember your settings and, if you agree, to measure ad performance.
ck|Manage preferences
ck|Accept cookies
nav|Sign in to view more content
nav|Join now
T|Westmarch added 4,100 jobs in February, but almost all of them were part-time
oth|Dr. Halima Oyelaran
oth|Labour economist · Westmarch Regional Observatory
oth|4,812 followers
oth|5d
B|The February labour-market release for Westmarch is out, and the headline looks better than the detail.
B|Total employment: +4,100
B|Full-time: +300
B|Part-time: +3,800
B|Unemployment rate: 5.2% (unchanged)
B|Most of the part-time gains were in retail and hospitality, which is normal before the spring season, but full-time manufacturing jobs fell for a fifth straight month.
B|My read: the region is holding on to workers by cutting hours, not adding them.
oth|…see more
sh|👍💡 126
com|18 comments
sh|Like
com|Comment
sh|Repost
oth|Report this post
nav|Sign in to see who else is engaging
"""),

dict(id="en-020", lang="en", hard=False, opts="nofinal",
     notes="DEV-Community-style blog post by a civic-tech reporter about an open-data portal outage: site "
           "header, author and date, tag line, reaction counts in a side bar, 'Top comments', code-of-conduct "
           "links, 'Read next' teasers and the community footer.",
     text="""
nav|DEV Community
nav|Log in
nav|Create account
oth|Tobias Wrenfield
oth|Posted on Mar 2
T|Pellham's open-data portal has been down for 23 days and nobody will say why
nav|#opendata #govtech #civictech
B|Pellham's city open-data portal, which hosts 1,400 datasets from restaurant inspections to 911 response times, has returned an error page since February 7.
B|The city's IT department told me by email that the site is "undergoing planned maintenance." It has not said when it will return.
B|The outage started two days after a local newsroom published an analysis of ambulance response times built on the portal's data.
B|A city spokesperson, Delphine Araya, said the timing was "a coincidence" and that the portal's vendor contract had lapsed.
B|Archived copies of most datasets are on the Internet Archive. I've put a list of the ones I could find in a public spreadsheet.
sh|❤️ 58
sh|🦄 7
sh|🔖 19
com|Top comments (4)
com|Subscribe
com|Civic-tech volunteer here, the vendor contract story checks out, we were told the same in January.
oth|Code of Conduct • Report abuse
rel|Read next
rel|Mapping every public toilet in a city of 300,000
oth|DEV Community — A space to discuss and keep up software development and manage your software career
"""),

dict(id="en-021", lang="en", hard=False, opts="ws",
     notes="Facebook page post by a rural fire department about a barn fire: page name, time stamp and "
           "'Follow' at the top, a 'See translation' link and reactions, comment sorter and a top-fan comment at "
           "the bottom. The closing sentence with hashtags inside it is story; the standalone hashtag line is a tag.",
     text="""
nav|Eldon Township Volunteer Fire Department
oth|Follow
oth|Yesterday at 9:40 PM ·
T|Crews save house, lose barn in Ridge Road fire
B|At 6:12 PM Eldon Township units were dispatched to a reported barn fire on Ridge Road near Coulter Lane.
B|First crews on scene found a 40x60 pole barn fully involved, with fire extending toward the attached garage of the house.
B|Crews from Eldon, Marsh Creek and Pine Hollow held the fire at the garage wall. The barn and a tractor were a total loss. No one was hurt.
B|Thank you to Marsh Creek and Pine Hollow for mutual aid, and to the neighbors who brought coffee.
B|The cause is under investigation, but the owner told us a heat lamp was in use. Please check cords and lamps this winter, because #FireSafety in barns starts with what you plug in.
nav|#EldonFire #RidgeRoad
oth|See translation
sh|👍😢 488
com|64 comments
sh|97 shares
com|All comments
com|Top fan
com|Darlene Hoyt
com|So glad everyone is safe. Thank you all for what you do.
"""),

dict(id="en-022", lang="en", hard=False, opts="crlf",
     notes="Ghost-style independent local paper: masthead and menu, a dek glued to itself, free-story meter, "
           "byline and date at the top, a share-this-article row in the middle, related 'Read more' teasers and "
           "the publication footer at the bottom.",
     text="""
nav|The Marlow Beacon
nav|News
nav|Business
nav|Opinion
nav|Sign in
nav|Subscribe
dup|A 60-year-old bakery, a 3 a.m. fire and a queue the next morning.A 60-year-old bakery, a 3 a.m. fire and a queue the next morning.
T|Fire guts Pressler's Bakery; owners vow to reopen by summer
oth|You have 2 free stories left this month.
oth|By Lucian Ashdown
oth|Mar 18, 2026
B|A fire early Tuesday destroyed the kitchen of Pressler's Bakery on Canal Street, the family business that has baked Marlow's rye bread since 1966.
B|Marlow Fire Rescue was called at 3:07 a.m. by a delivery driver who saw smoke. The fire was out by 4:15. No one was inside.
B|Fire Marshal Odile Granger said the fire appeared to have started in an electrical panel behind the main oven.
sh|Share this article
sh|Copy link
sh|Email
B|By 7 a.m. several dozen people had gathered outside, some hoping to buy bread, others to help.
B|Co-owner Greta Pressler said insurance would cover the rebuild. "We'll be back by summer. Maybe not the same ovens. Same recipes."
B|A fundraiser for the bakery's 14 employees, organised by the Canal Street Merchants Association, had raised $22,600 by Wednesday night.
rel|Read more
rel|Canal Street's parking meters are going away. Merchants are split.
rel|The last cobbler on Canal Street hangs up his apron
oth|The Marlow Beacon © 2026. Independent, reader-funded news for Marlow.
oth|Published with Ghost
"""),

dict(id="en-023", lang="en", hard=False, opts="single",
     notes="Buttondown-style newsletter archive page of a rural affairs reporter: archive navigation and RSS "
           "link at the top, issue number and date, a republication credit, a tip-jar line and the subscribe "
           "form with the platform line at the bottom.",
     text="""
nav|Field Notes from Sallow County
nav|Archives
nav|Subscribe via RSS
oth|Issue #84 · March 5, 2026
T|Sallow County wins $11.8m for rural broadband; 3,100 homes on the list
B|Sallow County will receive $11.8 million from the state's rural connectivity fund to bring fiber internet to about 3,100 homes that now rely on DSL or satellite, the county announced on Wednesday.
B|The work will be done by Prairie Line Cooperative, which already serves the northern half of the county.
B|Homes along the Wicket River valley, where the county's own survey found median download speeds of 4 megabits per second, will be connected first.
B|Construction is due to begin in August and finish by the end of 2028.
B|County administrator Rosalind Ferebee said the county applied twice before and was turned down both times.
att|A version of this story ran in the Sallow County Ledger on March 4.
oth|If this newsletter is useful to you, you can buy me a coffee at ko-fi.com/sallowfieldnotes
nl|Want these in your inbox?
nl|your@email.com
nl|Subscribe
oth|Powered by Buttondown, the easiest way to start and grow your newsletter.
"""),

dict(id="en-024", lang="en", hard=False, opts="",
     notes="Nextdoor-style neighbourhood post about a pharmacy closing: app name and neighbourhood list at the "
           "top, the poster's name and area, a sponsored business card between the post and the replies, the "
           "thank/reply counts, replies and an app download prompt at the bottom after blank lines.",
     text="""
nav|Nextdoor
nav|Log in
oth|Corinne Watts-Abara
oth|Fenwick Heights · 2 hr ago
oth|Posted in General to 14 neighborhoods
T|Hartley's Pharmacy on Vine Street closing April 30
B|Just got this letter with my prescription today, so posting for anyone who uses Hartley's.
B|The letter says Hartley's Pharmacy at 212 Vine Street will close for good on April 30 and all prescription records will transfer to the Greenway Drug store on Route 6.
B|The pharmacist, Mr. Desai, told me the owners are retiring and couldn't find a buyer.
B|Greenway is about 3 miles away. There is no bus on Sundays.
B|If you get deliveries from Hartley's, the letter says Greenway will continue them for existing patients.
oth|Sponsored
oth|Brightline Roofing · Free storm-damage inspection for Fenwick Heights homes
sh|Thank 18
com|Reply 7
com|Elias Morrow · Fenwick Heights
com|This is the third pharmacy to close near us in two years.
com|See previous replies
~
nav|Get the Nextdoor app for the latest updates from your neighbors
"""),
]
