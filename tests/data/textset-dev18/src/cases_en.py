"""English cases of textset-dev18 (tagged line lists, see make_cases.py)."""

CASES = [
dict(id="en-001", lang="en", ws=True, notes="Crypto aggregator repost: site header, doubled dek, byline, squashed ticker, promo, reposting disclaimer, 'Keep Reading' block with doubled teaser titles and stamps.", text="""
ot|ChainWire Daily
du|Withdrawals were frozen for nine hours after an oracle fault mispriced collateral.Withdrawals were frozen for nine hours after an oracle fault mispriced collateral.

T|Solana lender Kettle pauses withdrawals after oracle glitch

ot|Marisol Fenn | Apr 14, 2026, 09:12 UTC

B|Kettle, a lending protocol built on Solana, halted withdrawals for nine hours on Monday after a faulty price feed valued a staked-SOL token at roughly a third of its market price.

B|The mispricing triggered a wave of automated liquidations before the team froze the contracts.

B|About 1,140 positions were closed, according to a post-mortem the team published late Monday.

B|What went wrong

B|The protocol relied on a single feed for the token, which briefly reported a price of $61 while the token traded near $184 on major venues.

B|"We should never have shipped with one oracle for a long-tail asset," co-founder Ilya Boateng wrote.

B|Kettle said it will reimburse liquidated users from its treasury, which held about $7.8 million at the end of March.

B|Withdrawals resumed at 18:40 UTC.

cp|List your token where 400k traders look first — apply for a ChainWire spotlight slot today.

tk|Solana LogoSolana Price(SOL)$183.72$183.72+2.41%USD
tk|Solana (SOL) 24h Chart

dc|Notice: ChainWire Daily republishes articles from third-party sources for general information. The views expressed belong to their authors, not to ChainWire. Nothing here is investment advice; do your own research before trading. To request removal of content, write to takedown@chainwire-daily.example.

rl|Keep Reading

rl|Why Restaking Yields Collapsed in the First Quarter
rl|Why Restaking Yields Collapsed in the First Quarter
rl|The post Why Restaking Yields Collapsed in the First Quarter appeared on CoinLedgerNews.com. Restaking returns fell below 3% for the first time since
sh|Share
rl|CoinLedgerNews2026/04/14 08:55
rl|Dogwifhat Whales Rotate Into New Meme Launches
rl|Dogwifhat Whales Rotate Into New Meme Launches
rl|The post Dogwifhat Whales Rotate Into New Meme Launches appeared on CoinLedgerNews.com. On-chain trackers show three wallets
sh|Share
rl|CoinLedgerNews2026/04/14 07:21
"""),

dict(id="en-002", lang="en", notes="Regional paper on a WordPress theme: skip link and menu, category label, byline, share row, 'You might also like', reply form and footer. Story has a bullet list of route changes.", text="""
nv|Skip to main content
nv|Home | News | Sport | What's On | Property | Obituaries | Contact

nv|LOCAL NEWS

T|Council backs bus lanes on Ferrier Road after two-hour debate

ot|Posted by Dana Whitlock on 3 March 2026 · 4 min read

B|Ashby Vale councillors voted 11 to 7 on Tuesday night to install peak-hour bus lanes along Ferrier Road, ending a year of consultation.

B|The lanes will run from the rail station to the Northgate roundabout between 7am and 10am and again from 4pm to 7pm.

B|Changes residents will see from June:
B|• Parking bays outside the parade of shops reduced from 22 to 9
B|• A new loading zone behind the library
B|• Route 14 buses every 8 minutes instead of 12
B|• A 20mph limit between Chapel Street and the school

B|Traders had warned that losing parking would cost them trade.

B|"We're not against buses, we're against empty shops," said Priya Malhotra, who runs a bakery on the road.

B|Councillor Owen Tate said surveys showed most shoppers on the parade arrive on foot or by bus.

B|A review will be held after twelve months.

sh|Share this story: Facebook · WhatsApp · X · Email · Print

rl|You might also like
rl|Planning row over former dairy site heads to appeal
rl|Ashby Vale library to open on Sundays from April
rl|Road closures this weekend: full list

cm|Join the conversation
cm|Comments are moderated by Ashby Vale Echo staff and may take a few hours to appear.
cm|Post comment

ot|© Ashby Vale Echo 2026 · Part of Meadowline Local Media
"""),

dict(id="en-003", lang="en", lead=True, notes="Sports page with a squashed score widget at top, match facts widget mid-story, and a key-moments timeline of short body lines. Single newlines in the widget runs.", text="""
ot|FT Harbour City 2–1 Elmstead Rovers
ot|Premier Coastal League · Matchday 27 · Ridgeway Park · Att: 14,208
nv|Live | Report | Line-ups | Stats | Table

T|Ortega's late header keeps Harbour City in the title race

ot|By Callum Rees, Football Correspondent
ot|Sat 21 Mar 2026 17:54

B|Harbour City came from behind to beat Elmstead Rovers 2-1 at Ridgeway Park, with Tomás Ortega heading the winner four minutes from time.

B|Rovers had led through a deflected Kwame Asante shot just before half-time.

B|Key moments
B|41' Asante's drive takes a deflection off Lund and loops in. 0-1
B|58' Harbour City's Miko Varga hits the post from 20 yards
B|63' Varga levels with a low finish at the near post. 1-1
B|79' Rovers keeper Dunne saves Ortega's penalty
B|86' Ortega redeems himself with a header from Varga's corner. 2-1

ot|Possession 61% – 39%
ot|Shots 17 – 6
ot|On target 7 – 2
ot|Corners 9 – 3

B|The win lifts City to 58 points, two behind leaders Norbridge with eleven games left.

B|"I owed the lads one after that penalty," Ortega said.

rl|Next fixture: Norbridge v Harbour City, Sun 29 Mar, 15:00
rl|Title race: the run-in for the top four compared
sh|Share on WhatsApp
sh|Copy link
"""),

dict(id="en-004", lang="en", notes="Wire health story in single newlines: dateline, listen widget, ad label and 'story continues' mid-story, inline Read more teaser, reporting credits, tags.", text="""
ot|🎧 Listen · 5:12
T|Clinics in three states pilot walk-in RSV shots for adults over 60
B|DENVER, Feb 9 —
B|Pharmacies and public clinics in Colorado, Utah and New Mexico will begin offering respiratory syncytial virus vaccines to older adults without an appointment this week, health officials said on Monday.
B|The pilot covers 214 sites and runs until the end of April.
ot|Advertisement
ot|Story continues below
B|Officials said uptake among adults over 60 stalled at about 41% last season, partly because patients needed a prescription or a booked slot.
rl|Read more: Why RSV hit care homes harder this winter
B|"If people have to make a second trip, many won't," said Dr. Lena Ortiz, Colorado's deputy epidemiologist.
B|The shots will be free for people on Medicare Part D plans that joined the scheme.
B|Who can get one
B|Adults aged 75 and older.
B|Adults aged 60 to 74 with heart or lung disease, diabetes or a weakened immune system.
B|Residents of long-term care facilities.
at|(Reporting by Jonah Whitfield in Denver; additional reporting by Sara Quimby in Salt Lake City; Editing by Mark Delaney)
ot|Topics: Health · Vaccines · Colorado · Utah · New Mexico
"""),

dict(id="en-005", lang="en", no_final_nl=True, notes="Regional paper weather story with a weather widget and alert banner at top, newsletter box mid-story, and a list of school closures kept as body. No final newline.", text="""
ot|Weather alert: Amber warning for snow in effect until 6am Thursday
ot|Kilbride 2°C ☁ Feels like -3° · Wind NE 34 km/h

T|Snow closes 40 schools across the Kilbride valley

ot|By Fiona McAllister
ot|Published 11 February 2026, 07:05 · Updated 08:40

B|Up to 18 centimetres of snow fell overnight on higher ground, forcing dozens of schools to close and leaving two main roads impassable.

B|Police urged drivers to avoid the B8021 over Craigmuir Pass, where three lorries were stuck for several hours.

nl|☃ Get the Valley Morning Briefing — weather, roads and school news in your inbox by 7am. Sign up free
nl|Enter email address
nl|Subscribe

B|Closed today include:
B|- Kilbride High School
B|- St Ninian's Primary
B|- Glenfarrow Primary and nursery
B|- Craigmuir Academy (exams moved to Monday)

B|Bin collections in rural areas have been postponed until Friday.

B|Forecasters expect a thaw from Thursday afternoon, with rain bringing a risk of flooding on the Kilbride Water.

rl|Most read
rl|1. Man rescued from frozen reservoir
rl|2. Gritter shortage blamed on contract delay
rl|3. New owners for Kilbride Arms

ot|Kilbride Courier is a member of the Independent Press Standards scheme. Contact the newsdesk: news@kilbridecourier.example"""),

dict(id="en-006", lang="en", notes="Medium repost of an engineering post: member badge, follow/claps/listen furniture, numbered steps and a short Q/A section kept as body, 'More from' and recommended list at bottom.", text="""
nv|Sign up
nv|Sign in
ot|Member-only story

T|How we moved 9 billion rows off MySQL without a maintenance window

ot|Harriet Osei
ot|Follow
ot|7 min read · Jan 28, 2026
ot|1.2K
cm|23
ot|Listen
sh|Share

B|Last autumn our payments team migrated the ledger database from a self-managed MySQL cluster to a managed Postgres service while it kept taking writes.

B|Here is the sequence that worked for us.

B|1. Dual-write every new transaction to both databases behind a flag.
B|2. Backfill history in 50,000-row batches, ordered by primary key.
B|3. Compare nightly checksums per account instead of per row.
B|4. Flip reads for 1% of merchants, then 10%, then everyone.
B|5. Keep MySQL as a read-only fallback for two weeks.

B|Did we lose any data?
B|No, but the checksums found 312 rows with rounding differences in currency conversion.

B|How long did it take?
B|Eleven weeks from the first dual write to switching MySQL off.

ot|Written by Harriet Osei
ot|Staff engineer. Databases, queues and the occasional outage.
rl|More from Harriet Osei
rl|The boring guide to idempotency keys
rl|Recommended from Medium
rl|Why your Postgres replica lags at midnight
"""),

dict(id="en-007", lang="en", notes="Telegram channel repost of exchange 'news': channel header, pinned promo, view counter, forwarded-from note, signals promo, hashtags; short body lines with ETF flow list.", text="""
ot|📡 BlockPulse Alerts
ot|42,918 subscribers
cp|📌 Pinned: Trade futures with 0% maker fees this week on Vortexa — code PULSE26

T|🇺🇸 Spot bitcoin ETFs log biggest inflow day of 2026

at|Forwarded from Vortexa Exchange Newsroom

B|US spot bitcoin ETFs took in a net $1.37 billion on Tuesday, the largest single-day inflow this year.

B|Flows by fund:
B|• Arcwell BTC Trust: +$612M
B|• Northpine Bitcoin Fund: +$418M
B|• Garnet Spot BTC: +$221M
B|• Others combined: +$119M

B|Bitcoin rose 4.6% over the session to about $96,200.

B|Analysts tied the move to softer inflation data released on Monday.

ot|👁 18.7K · edited 14:22
cp|🚀 Want our VIP entry signals before the crowd? DM @BlockPulseVIP — 3 days free
nv|#BTC #ETF #Flows
sh|↪️ Forward
"""),

dict(id="en-008", lang="en", ws=True, notes="Substack repost of a local business newsletter post: subscribe prompts top and bottom, like/comment/restack counts, discussion block. Trailing whitespace.", text="""
ot|The Lakeshore Ledger
nl|Subscribe
nv|Sign in

T|Why Halvorsen's is selling to a regional grocery chain

ot|After 71 years, the family store chose a buyer that promised to keep every employee
ot|Nora Lindqvist
ot|Mar 02, 2026

ot|♡ 148
cm|💬 36
sh|↻ Restack
sh|Share

B|Halvorsen's Market, the Lakeshore grocery founded in 1955, has agreed to sell its two stores to Brightfield Foods, a 64-store chain based in Duluth.

B|The price was not disclosed.

B|Erik Halvorsen, 68, said none of his children wanted to run the business.

B|"I had three offers. Only one put the staff in writing," he told me.

B|Brightfield will keep all 83 employees for at least two years and retain the Halvorsen's name on the original store.

B|The bakery counter, which makes the store's famous cardamom bread, will stay.

nl|Thanks for reading The Lakeshore Ledger! Subscribe for free to receive new posts and support my work.
nl|Type your email...
nl|Subscribe

cm|Discussion about this post
cm|Comments
sh|Restacks
rl|Top
rl|Latest
rl|Discussion
"""),

dict(id="en-009", lang="en", notes="Local TV station crime story: live-stream banner, trending strip, breaking label, video player controls, related videos, copyright footer labelled disclaimer.", text="""
ot|🔴 WATCH LIVE: KTRV News at Noon
nv|Trending: Bridge closure | Lottery winner | Storm tracker | School lunches

ot|BREAKING

T|Two arrested after string of catalytic converter thefts in Pine Hollow

ot|KTRV Staff
ot|Updated: 2:14 PM CST Feb. 17, 2026

ot|▶ Play video
ot|0:00 / 2:31
ot|CC

B|PINE HOLLOW, Texas (KTRV) — Police arrested two men early Tuesday in connection with at least 19 catalytic converter thefts across Pine Hollow since December.

B|Officers stopped a pickup truck near the Route 9 industrial park shortly after 3 a.m. and found a battery-powered saw and six converters in the bed.

B|Devin Marsh, 27, and Luis Cardenas, 31, face charges of engaging in organized criminal activity.

B|Police Chief Ramona Tillis said the arrests followed a tip from an auto parts dealer.

B|"Somebody noticed the same two guys selling the same part every week," Tillis said.

B|Both men were held at the Brazos County Jail on bonds of $75,000 each.

rl|Related Videos
rl|Storm tracker: hail possible Thursday
rl|Pine Hollow ISD approves later start times

dc|Copyright 2026 KTRV-TV. All rights reserved. This material may not be broadcast, rewritten or redistributed.
"""),

dict(id="en-010", lang="en", notes="Crypto price-prediction repost from an exchange blog: breadcrumb, reading time, key takeaways list, FAQ with Q/A body lines, market ticker block, risk disclaimer, related coins.", text="""
nv|Home > Learn > Price Analysis > Chainlink

T|Chainlink price outlook: can LINK hold $22 after the staking upgrade?

ot|Reviewed by the Veltrix Research Desk · 6 min read

B|Chainlink's LINK token has climbed 31% in three weeks, helped by the launch of version 0.3 of its staking pool.

B|Key takeaways
B|- The pool cap rose from 45 million to 60 million LINK.
B|- Daily active addresses hit a 14-month high of 9,870 on April 2.
B|- Resistance sits near $24.10, the February peak.

B|Support around $20.50 held twice last week, and a close below it would undo most of the rally, analysts at Ferro Digital said.

B|FAQ
B|Is LINK inflationary?
B|Yes. New tokens are released from a non-circulating supply held by the project.
B|What drives staking demand?
B|Rewards of roughly 4.5% a year, paid in LINK.

tk|Market Overview
tk|Chainlink
tk|LINK
tk|$22.38
tk|+5.12%
tk|24h Vol $1.04B

dc|Risk warning: Cryptoasset prices are highly volatile. This article reflects the author's opinion, is not a recommendation from Veltrix, and should not be relied on for investment decisions.

rl|Trending coins
rl|Render (RNDR) | Sui (SUI) | Injective (INJ)
"""),

dict(id="en-011", lang="en", notes="Forum thread (phpBB-style) repost with no headline: board breadcrumb, post header, the quoted news item as body, replies labelled comments, forum footer.", text="""
nv|Board index ‹ Town Talk ‹ Schools & Education

ot|Post by riverside_mum » Thu Jan 15, 2026 8:42 pm

B|From tonight's district bulletin:

B|The Marlow Creek school board voted 5–2 to move the start of the school day at both middle schools from 7:35 a.m. to 8:20 a.m. starting in August.

B|Buses will run on a new three-tier schedule, and the district expects to hire four more drivers.

B|Board member Glenn Ashford, who voted against, said the change would push after-school sports past dark in winter.

B|Superintendent Carla Ruiz said the district would review the schedule after one semester.

cm|Re: Board moves middle school start times
cm|Post by ashfordfan » Thu Jan 15, 2026 9:03 pm
cm|About time. My kid has been catching the bus in the dark for three years.
cm|Re: Board moves middle school start times
cm|Post by coach_d » Fri Jan 16, 2026 6:10 am
cm|Now try scheduling volleyball with a 4:30 finish.
nv|Display posts from previous: All posts
nv|Jump to
ot|Powered by phpBB® Forum Software
"""),

dict(id="en-012", lang="en", ws=True, notes="University science release on a press-release portal: 'News provided by', date, image download notice, About block, media contact and SOURCE line. Story has a standalone dateline and a short subheading.", text="""
ot|News provided by
ot|Calder Institute of Technology
ot|Feb 24, 2026, 10:00 ET

T|Calder researchers map how glacier meltwater feeds ocean algae blooms

B|CALDER FALLS, Ore., Feb. 24, 2026 /PRNewsline/ --
B|Scientists at the Calder Institute of Technology have traced how iron carried by glacier meltwater spreads up to 300 kilometres offshore, fuelling spring algae blooms in the Gulf of Alaska.

B|The team dropped 48 drifting sensors near the mouths of three glacial rivers in 2024 and tracked them for five months.

B|Why it matters
B|Algae blooms feed the small fish that salmon and seabirds depend on.

B|"Meltwater isn't just fresh water. It's a fertiliser delivery system," said oceanographer Dr. Amaru Quispe, the study's lead author.

B|The findings were published in the journal Coastal Dynamics.

ot|Multimedia assets for this release are available in the newsroom.
ot|About Calder Institute of Technology
ot|Founded in 1911, Calder is a public research university with 14,000 students.
ot|Media contact: Bree Tallis, btallis@calder.example, +1 541 555 0182
at|SOURCE Calder Institute of Technology
rl|Related links
rl|calder.example/ocean
"""),

dict(id="en-013", lang="en", notes="Finance portal story on a bitcoin miner's results: cookie notice at top, quote box widget at top, watchlist button, sponsored teasers mid-page, 'More in Markets', data disclaimer.", text="""
ck|Tickerline and its partners store and read cookies on your device to show quotes, remember your watchlist and serve ads.
ck|OK, continue
ck|Manage choices
tk|HASH  Ironvale Mining Corp.
tk|$14.87  ▲ 1.62 (+12.23%)
tk|After hours: $15.02 +0.15 (+1.01%)
ot|☆ Add to watchlist

T|Ironvale Mining shares jump 12% as hash rate doubles

ot|By Trevor Ng · Markets reporter
ot|Wed, Mar 11, 2026, 4:31 PM EDT · 3 min read

B|Shares of Ironvale Mining rose 12% on Wednesday after the bitcoin miner said its computing power doubled in a year.

B|The company reported a hash rate of 38.4 exahashes per second at the end of February, up from 19.1 a year earlier.

B|Revenue for the fourth quarter rose to $142 million from $71 million.

ot|Sponsored
ot|This one retirement mistake costs Americans thousands
ot|Top-rated air purifiers on sale this week

B|Chief executive Lorna Pike said the company had locked in power at 3.9 cents per kilowatt-hour at its new site in west Texas.

B|"Cheap power is the whole game after the halving," she said on a call with analysts.

B|Ironvale said it holds 6,210 bitcoin and has no plans to sell.

rl|More in Markets
rl|Oil slips as OPEC+ weighs output increase
rl|Regional bank stocks rally on deposit data

dc|Quotes delayed at least 15 minutes. Market data provided by Tickerline. Terms apply.
"""),

dict(id="en-014", lang="en", crlf=True, notes="Culture story from a news app share link: open-in-app banner, doubled title line, photo caption with credit, app download footer. CRLF line endings.", text="""
nv|Open in the Parallax News app for a better experience
nv|Open App

T|Quiet western about a mail carrier wins top prize at Sable Bay film festival
du|Quiet western about a mail carrier wins top prize at Sable Bay film festival

C|Director Ines Barrow (centre) with cast members at the closing ceremony on Sunday. (Photo: Kit Varga / Sable Bay Film Festival)

B|"The Long Route", a slow-paced western about a rural mail carrier in 1890s Montana, won the Golden Gull at the Sable Bay International Film Festival on Sunday.

B|It is the first feature by Ines Barrow, a former documentary editor.

B|The jury, led by actor Fenella Roque, praised the film's "patience and nerve".

B|Other winners
B|Best director: Taro Kishimoto, "Lanterns"
B|Best actress: Odile Marchetti, "The Salt Year"
B|Audience award: "Ninth Floor"

B|Distribution rights for North America were sold to Westmark Pictures during the festival.

nv|Read the full story and more in the Parallax News app
nv|Parallax News: free on iPhone and Android
"""),

# ---------------------------------------------------------------- hard cases
dict(id="hard-en-001", lang="en", notes="Hard: story about a regulator fining sites over cookie banners that hide the reject button; quotes banner wording. The page also has its own real cookie banner at the bottom.", text="""
nv|Tech & Policy | Privacy | Regulation

T|Regulator fines five retailers over cookie banners with no 'Reject' button

ot|Amira Castell · 12 Jan 2026

B|The Data Protection Board fined five online retailers a combined €4.2 million on Monday for cookie banners that made refusing tracking harder than accepting it.

B|Investigators found that all five sites showed a large "Accept all cookies" button on the first screen.

B|Refusing required opening a second menu labelled "Manage preferences" and switching off up to 40 toggles.

B|What the board now expects
B|"Reject all" on the first layer, as visible as "Accept all".
B|No pre-ticked boxes for advertising cookies.
B|A way to withdraw consent from every page.

B|"A choice that takes one click to say yes and forty to say no is not a choice," board chair Helena Moritz said.

B|The companies have two months to change their banners or face daily penalties.

rl|Related: The ad-tech firms behind most consent pop-ups

ck|We and our 212 partners use cookies and similar technologies to measure traffic and personalise ads. You can change your choice at any time under 'Privacy settings' in the footer.
ck|Accept all
ck|Reject all
ck|Customise
"""),

dict(id="hard-en-002", lang="en", no_final_nl=True, notes="Hard: story is a market wrap quoting crypto prices line by line (body), while the page carries a real scrolling ticker run at top and a promo at the bottom.", text="""
tk|BTC $95,870 ▲1.8%  ETH $3,412 ▲2.6%  XRP $2.31 ▼0.4%  SOL $181.20 ▲3.9%  DOGE $0.187 ▲0.7%

T|Crypto markets: bitcoin steadies near $96,000 as altcoins outpace it

ot|Coinstream Markets Desk | 08:00 GMT, 2 April 2026

B|Bitcoin held just below $96,000 in Asian trading on Thursday after a volatile week, while several large altcoins posted bigger gains.

B|Prices at 07:30 GMT:
B|Bitcoin: $95,870, up 1.8% in 24 hours
B|Ether: $3,412, up 2.6%
B|Solana: $181.20, up 3.9%
B|XRP: $2.31, down 0.4%

B|Trading volume across major exchanges was about $71 billion, roughly 20% below the March average.

B|Options traders were paying more for protection against a fall, with put contracts on Deribit-style venues priced at a premium for April expiry, said Mina Calloway of Tessaract Capital.

B|"It's a grind higher, not a chase," Calloway said.

cp|Trade BTC, ETH and 300+ coins with zero deposit fees — open a Coinstream account in 2 minutes.
cp|Start trading
dc|Coinstream Markets content is produced for information only and is not an offer to buy or sell any asset."""),

dict(id="hard-en-003", lang="en", notes="Hard: story about newsletter platforms and writers leaving; quotes a sign-up call and a 'subscribe' button label as body. The page has a real newsletter box and share row.", text="""
T|Writers quit big newsletter platform over new 15% fee

ot|By Gemma Solberg, Media Correspondent
ot|February 6, 2026

sh|Share
sh|Email
sh|Copy link

B|More than 300 independent writers said this week they will move their newsletters off Letterbox after the platform raised its cut of paid subscriptions from 10% to 15%.

B|Letterbox, which hosts about 42,000 paid newsletters, said the increase would fund audio features and better fraud checks.

B|Several writers said the platform had also started adding its own "Recommended newsletters" box to the bottom of every post.

B|"I send a newsletter to sell my work, not theirs," said food writer Odette Brand, who has 18,000 subscribers.

B|One writer shared a screenshot of the new default footer, which reads: "Enjoyed this? Subscribe for free and never miss a post."

B|Rival platforms have offered to waive fees for a year to writers who switch.

B|Letterbox said paid subscriptions grew 38% last year.

nl|The Media Brief — our weekly read on the news business. Every Friday, free.
nl|Sign me up
nl|By signing up you agree to our terms. Unsubscribe any time.

rl|Related coverage
rl|Podcast networks cut staff as ad market softens
"""),

dict(id="hard-en-004", lang="en", ws=True, notes="Hard: story about a paper closing its comment section, quoting its closure notice and comment figures as body; the page has its own real comment widget at the bottom.", text="""
nv|News › Media

T|The Harlow Gazette switches off reader comments after 19 years

ot|Written by Kieran Walsh
ot|Thursday 19 February 2026, 11:20

B|The Harlow Gazette closed the comment sections under all its articles on Wednesday, saying moderation had become too costly and too stressful for staff.

B|Readers who scrolled to the bottom of stories found a short note instead: "Comments are now closed on all Gazette articles. Write to us at letters@harlowgazette instead."

B|In figures
B|9,400 comments a month in 2025.
B|Two part-time moderators.
B|One in six comments removed.

B|Editor Joan Pryce said the best contributions had long moved to the letters page and social media.

B|"We'd rather print one good letter than police a thousand bad comments," she said.

B|Some regular commenters said they felt shut out.

cm|What do you think? Have your say below.
cm|32 comments
cm|Sort by: Newest
cm|Log in or register to comment
ot|Report an error in this article
"""),

dict(id="hard-en-005", lang="en", notes="Hard: story about a court ruling on embedded social share buttons leaking data; quotes button labels as body. The page has a real share bar above the story and a related block.", text="""
ot|LAW & TECHNOLOGY

T|Court rules share buttons cannot load before visitors consent

sh|Share: f | 𝕏 | in | ✉ | 🔗
ot|Priyanka Dhar · 5 min read

B|A regional court ruled on Tuesday that a news website broke data-protection law by loading social-media share buttons that sent visitors' data to the platforms before they had agreed to it.

B|The buttons, labelled "Share on Facebook" and "Post to X", pulled scripts from the platforms as soon as a page opened.

B|The court said a button a reader never clicks should not report that reader's visit.

B|Sites can still offer sharing if the button is a plain link that only contacts the platform when clicked, the judges said.

B|The publisher, Kestrel Media, was ordered to pay the claimant €1,500.

B|Kestrel said it had already switched to two-click buttons.

sh|Share this article
sh|Facebook
sh|LinkedIn
sh|WhatsApp

rl|More on privacy
rl|Browser makers agree on a common 'do not track' signal
rl|How much is your reading history worth to advertisers?
"""),

dict(id="hard-en-006", lang="en", notes="Hard: story about a study of news paywalls, quoting meter wording as body; the page itself shows a real paywall meter and subscription offer mid-story, plus an app prompt.", text="""
nv|Download the Meridian app for ad-free reading
T|Metered paywalls lose readers after the third free article, study finds
ot|By Lukas Brenner | 27 January 2026
B|Readers are far more likely to leave a news site for good after seeing a "You have 1 free article left" message than after any other prompt, a study of 31 publishers found.
B|Researchers at the Hollis School of Journalism tracked 2.3 million anonymous visits over six months.
ot|You've read 2 of 3 free articles this month.
ot|Subscribe for $1 a week · Cancel anytime
ot|Got a Meridian login? Continue reading here
B|Hard paywalls kept fewer casual visitors but converted more of them to subscribers.
B|Their main findings:
B|1. Two out of three readers left after a meter warning.
B|2. A discount shown at the meter tripled sign-ups.
B|3. Registration walls lost fewer readers than payment walls.
B|"The meter message is the most-read sentence a newsroom publishes," said lead author Dr. Sunita Ramesh.
rl|Read next: Why local papers are betting on print again
ot|Tags: paywalls, subscriptions, digital media
"""),
]
