# English cases of textset-dev12 (tagged line lists; see make_cases.py)
CASES = [
dict(id="en-001", lang="en", notes="Substack local-politics newsletter repost: publication header, byline and like/restack counters at top, photo caption, mid-post subscribe box, share/comment buttons and 'Discover more' footer at bottom.", lines="""
ot The Harbor Ledger
T Council quietly shelves the Pier 9 ferry terminal, again
ot Marisol Quint
ot Apr 8, 2026
sb 47 ♡ · 6 ↻
C The unfinished ramp at Pier 9, photographed Monday. (Photo: Marisol Quint)
B For the third time in four years, the Port Alder city council has pushed the Pier 9 ferry terminal off its capital plan.
B The vote, taken without discussion on the consent agenda, moves the $14.2 million project to "fiscal year 2029 or later."
B What changed
B Staff say the state grant the city was counting on now requires a 40 percent local match, up from 20.
nl Thanks for reading The Harbor Ledger! This post is public, so feel free to pass it along.
nl Subscribe now
B Councilmember Rhea Osterman was the only member to pull an item from the agenda that night, and it was not this one.
B "I assumed we'd talk about it in budget workshops," she told me Tuesday.
B The next budget workshop is May 12.
sb Share
cm Leave a comment
nl Discover more from The Harbor Ledger
nl Reporting on Port Alder's council, schools and waterfront, one meeting at a time.
ot Over 3,000 subscribers
"""),
dict(id="en-002", lang="en", ws=True, notes="Medium repost with trailing whitespace: member-only badge, dek glued to itself (duplicate_line), author follow line, read time, listen/share controls at top; clap and response counters, 'Written by' bio with follower count, 'More from' and 'Recommended from Medium' lists at bottom.", lines="""
ot Member-only story
dl The numbers were worse than the timetable, and the reason was two stops.The numbers were worse than the timetable, and the reason was two stops.
T I Tracked Every Minute of My Commute for a Year. Here's What the Bus Data Showed.
ot Owen Takahara
nl Follow
ot 7 min read · Jan 19, 2026
sb Listen
sb Share
B Last January I started logging every bus trip I took on the 42 line, the one that crosses the river twice.
B 412 trips in total.
B The scheduled ride is 31 minutes. My median was 38.
B Where the time goes
B Almost all of the delay happened at two stops: Grant & 5th and the hospital loop.
B At Grant & 5th the bus waited an average of 2 minutes 40 seconds for the light.
B When I sent the numbers to the transit agency, a planner wrote back within a week: "This matches what our sensors see."
B The agency has since added Grant & 5th to its signal-priority pilot.
sb 1.1K claps
cm 23 responses
ot Written by Owen Takahara
ot 2.4K Followers
ot Data nerd, bus rider, occasional cartographer.
rl More from Owen Takahara
rl The Parking Lot That Ate Downtown
rl Recommended from Medium
rl Why Your City's Bike Lanes End So Suddenly
"""),
dict(id="en-003", lang="en", fmt="single", notes="LinkedIn News editorial repost (single newlines): LinkedIn News header and curator byline at top, 'Top insights' section label, reactions bar and sign-in-to-comment prompt at bottom, 'More top stories' list.", lines="""
ot LinkedIn News
ot By Priya Ramaswamy, Senior Editor at LinkedIn News
ot Updated 2h ago
T Warehouse hiring cools as retailers lean on temp agencies
B Permanent warehouse hiring slowed in the first quarter, according to a staffing survey of 1,800 U.S. logistics employers.
B Only 31% said they planned to add full-time pick-and-pack roles this spring, down from 46% a year ago.
B Many are turning to temp agencies instead.
B "Nobody wants to carry headcount into an uncertain peak season," said Dwayne Carraway, a recruiter in Memphis.
B Wages for temp warehouse roles rose 3.8% over the same period.
ot Top insights from professionals
sb Like · Comment · Repost · Send
cm To view or add a comment, sign in
rl More top stories
rl Remote job postings dip below 8%
rl Why nurses are leaving travel contracts
"""),
dict(id="en-004", lang="en", gap=True, notes="Telegram channel post (English crypto-adjacent news): channel name and subscriber count at top, forwarded-from attribution, ticker lines and a referral promo at bottom after a run of blank lines, views/edited stamp.", lines="""
ot Ledgerline Briefs
ot 41.7K subscribers
at Forwarded from Ledgerline Desk
T Exchange outage leaves traders locked out for 3 hours
B Tidewell Exchange said its matching engine went offline at 14:05 UTC on Thursday after a failed database upgrade.
B Withdrawals were paused for about three hours.
B The exchange said no user funds were lost and that it would refund trading fees for the day.
B Users on social media reported open positions being liquidated during the outage.
B Tidewell said it is "reviewing liquidation claims case by case."
~
ct BTC 70,455 ▲1.2%
ct ETH 3,861 ▼0.7%
ct XRP 0.612 ▲4.0%
cp 🚀 Trade with 0% maker fees this week — use code LEDGER20 at sign-up
ot 👁 18.2K  edited 16:41
"""),
dict(id="en-005", lang="en", crlf=True, notes="Local news app share page with CRLF endings: 'Open in app' bar, publisher follow button and stamp at top, in-feed ad label mid-story, reactions, comments count, report link and 'More for you' feed at bottom.", lines="""
nv Open in app
ot The Dunmore Dispatch
nl + Follow
ot 5h · Dunmore, PA
T Library card sign-ups jump after free museum pass program launches
B Lackawanna County libraries signed up 2,140 new cardholders in March, nearly triple the usual monthly number.
B The jump followed the launch of a program that lets cardholders reserve free passes to six regional museums.
ot Sponsored
B Passes can be booked up to two weeks ahead and are limited to one per household per month.
B "We had a line at the desk on the first Saturday," said branch manager Leona Fitch.
B The county plans to add two state parks to the program this summer.
sb 👍 318  💬 41  ↗ Share
cm View all 41 comments
ot Report this post
rl More for you
rl Scranton approves new bike lanes on Jefferson Ave
"""),
dict(id="en-006", lang="en", notes="LinkedIn post by an individual, no headline: author line with connection degree, headline, stamp and follow button at top; hashtags, 'see more' toggle, reactions and comment/repost counters at bottom.", lines="""
ot Dana Whitfield · 2nd
ot Director of Port Operations at Callow Bay Terminal
ot 3d · Edited · 🌐
nl + Follow
B Big week at Callow Bay.
B On Tuesday our terminal moved its first vessel using the new shore-power connection, so the ship's diesel generators stayed off for the whole 19-hour call.
B A few numbers from that first call:
B • 11.4 MWh drawn from the grid
B • roughly 8 tonnes of CO2 avoided
B • zero delays to the berth schedule
B Credit to the electrical crew who spent six nights testing the cable reel.
B Next up: two more berths by the end of 2027.
nv …see more
nv #ports #shorepower #maritime
sb 👍💡❤️ 1,284
sb 96 comments · 57 reposts
sb Like Comment Repost Send
"""),
dict(id="en-007", lang="en", final_nl=False, notes="X thread republished by an aggregator, no final newline: aggregator header, handle/stamp line, per-post engagement counts in the middle, reply prompt, embed attribution and 'Trending now' at bottom.", lines="""
ot ThreadDigest
T A restaurant inspector explains what the letter grades in your window actually mean
ot @inspector_jo · Follow
B 1/ People ask me all the time whether a B grade means they'll get sick. Short answer: no.
B 2/ The grade is based on points from a single unannounced inspection. An A is 0–13 points.
sb 🔁 2.1K  ❤ 14K
B 3/ Most points come from things like a cooler running two degrees warm or a missing hand-wash sign.
B 4/ The stuff that actually makes people sick, like undercooked chicken, carries big points on its own.
B 5/ If you see a grade pending card, the restaurant is appealing. That's their right.
cm Read 340 replies
at Embedded from X. Content reproduced with the author's permission.
rl Trending now
rl The subway map redesign nobody asked for
"""),
dict(id="en-008", lang="en", notes="Substack paid newsletter with cookie banner at top, paywall truncation and subscribe offer at bottom, 'Ready for more?' prompt and footer nav.", lines="""
ck We use cookies to keep you signed in and to understand how readers use this site. Manage preferences · Accept all
ot Nightshift Economics
T The rent index everyone quotes is three months late
ot Calla Verhoeven · Mar 22, 2026 · Paid
B Every month, headlines announce the latest reading of the metro rent index.
B Few note that the index is built from leases signed roughly 90 days earlier.
B That lag matters.
B When asking rents fell in December, the index kept rising through February.
ot This post is for paid subscribers
nl Already a paid subscriber? Sign in
nl Ready for more?
nv Privacy ∙ Terms ∙ Collection notice
"""),
dict(id="hard-en-001", lang="en", hard=True, notes="Hard: story about newsletter platforms and how 'subscribe' prompts convert (quotes prompt wording inside body sentences); the Substack page carries real subscribe/share/comment prompts.", lines="""
ot The Creator Ledger
T Newsletter writers say the pop-up is back, and it works
ot Imogen Farrell
ot May 2, 2026
B Three years after many writers swore off subscribe pop-ups, they are creeping back.
B A survey of 620 independent newsletter writers found that 44% now show a prompt within ten seconds of a reader arriving.
B The wording matters
B Prompts that said "Join 4,000 readers" converted at 3.1%, while a plain "Subscribe" button managed 1.9%.
B Prompts that asked for an email before any text was visible did worst of all.
B "Readers hate being ambushed, but they also forget to come back," said writer Tomás Ilves.
B Platforms take note
B One large platform says it will test delaying its default prompt until a reader scrolls halfway down.
nl Subscribe to The Creator Ledger
nl Type your email...
sb Share this post
cm Leave a comment
sb 12 Restacks
"""),
dict(id="hard-en-002", lang="en", hard=True, notes="Hard: Medium-like platform drops public clap counts and follower numbers (story quotes claps/follower figures); the page still shows real clap counters, follower counts and 'Recommended' links.", lines="""
ot Member-only story
T Blogging platform to hide clap counts from readers
ot Rafe Okonkwo · 4 min read · Feb 6, 2026
sb Share
B Inkwell, the long-form blogging platform, will stop showing public clap counts on posts from next month.
B Writers will still see their own totals in a private dashboard.
B The company said a post with 12 claps is often skipped by readers even when it is well written.
B Follower counts on profiles will also be rounded, so "2,417 followers" would read as "2K+."
B Some writers objected.
B "My clap count is the only proof I have when I pitch editors," wrote one author with 18,000 followers.
sb 604 claps
cm 41 responses
ot Written by Rafe Okonkwo
ot 9.8K Followers
rl Recommended from Inkwell
rl How I Lost 40% of My Readers in One Algorithm Update
"""),
dict(id="hard-en-003", lang="en", hard=True, fmt="single", notes="Hard (single newlines): LinkedIn cracks down on engagement-bait posts that say 'Comment YES'; story lines quoting comment prompts are body while the page has real reaction and comment bars and a sign-in prompt.", lines="""
ot Workplace Wire
T LinkedIn to demote posts that beg for comments
ot By Nadia Ferreira
ot June 12, 2026
B LinkedIn says it will show fewer posts that ask users to "comment YES" or "type 1 below" to receive a file or template.
B The company said such posts often collect hundreds of comments but little real discussion.
B Posts that ask readers to repost in exchange for a download will also be ranked lower.
B Creators who rely on the tactic say it is the only way their posts reach beyond their own network.
B The change takes effect globally on July 1.
sb Like · Comment · Share
cm 87 Comments
cm Sign in to join the conversation
rl You might also like
rl Recruiters are ignoring cover letters, survey says
"""),
dict(id="hard-en-004", lang="en", hard=True, notes="Hard: an influencer-launched memecoin collapses; story quotes token prices and the influencer's promo post; the crypto news page carries a real price ticker, exchange promo, risk disclaimer and a 'Read next' block in which each teaser title appears twice, with Share lines and site+time stamps (related_links).", lines="""
ct MOONPUP $0.00041 -93.2%  |  BTC $70,118 +0.4%  |  ETH $3,842 -0.1%
T Streamer's memecoin loses 93% of its value in an afternoon
ot Coin Brief Staff · 2026-08-19 21:02 UTC
B A token promoted by gaming streamer "Kiro" fell from $0.0061 to $0.00041 within four hours of launch on Tuesday.
B Kiro had told his 2.3 million followers to "get in early before the chart goes vertical."
B On-chain records show three wallets linked to the launch sold about $1.9 million of tokens in the first hour.
B Kiro denied owning any of the wallets in a livestream later that evening.
B Regulators in two countries have warned that paid promotion of tokens must be disclosed.
cp Want zero-fee spot trading? Open an account on Velora and claim your welcome bonus.
dc This article is for information only and is not financial advice. Digital assets are volatile; you may lose all of your investment.
rl Read next
rl Layer-2 network halts blocks after sequencer bug
rl Layer-2 network halts blocks after sequencer bug
rl CoinBrief2026/08/19 18:40
sb Share
rl Stablecoin issuer publishes first monthly audit
rl Stablecoin issuer publishes first monthly audit
rl CoinBrief2026/08/19 16:12
sb Share
"""),
]
