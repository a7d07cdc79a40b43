"""textset-dev27, writer A, part 3: hard English cases hard-en-001 .. hard-en-006.

Each story is about a kind of sentence-shaped furniture that its own page also carries, and
quotes such wordings inside story lines; those lines are story (B), while the page's own
furniture of the same kind is noise. Tagged line lists for ../textset-dev20/src/make_cases.py.
"""

CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="",
     notes="Story about a paper's silent edits and its new corrections policy; it quotes correction and update notes as story. The page's own update note (top) and correction (bottom) are other.",
     text="""
nav|Media › Press standards
oth|This article was updated on 5 March to add a response from the Daily Tribune's owners.
T|Daily Tribune admits changing 40 online stories without telling readers
oth|By Marcus Ellery | Media Editor
B|The Daily Tribune has admitted that it changed at least 40 published articles last year without adding a correction, after a reader compiled archived copies of the pages.
B|In one case, a story about a council contract was rewritten to remove the name of a company director, with no note to readers.
B|The paper's new policy, published on Wednesday, says every substantive change must now carry a line at the foot of the article.
B|It gives the wording: "An earlier version of this article misstated the amount of the contract. It was £1.2 million, not £2.1 million."
B|Minor fixes to spelling or style will carry a shorter note: "This story has been updated for clarity."
B|Press standards body IPRC said it would review the paper's archive.
B|"Readers are entitled to know when what they read yesterday is not what it says today," said the reader, Hannah Worsley.
oth|Correction, 6 March 2026: This article originally said the reader found 44 altered stories. The correct figure is 40.
rel|Related: Why some newspapers now publish a weekly corrections column
sh|Share  Tweet  Email
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="ws",
     notes="Story about a non-profit newsroom's donation drive; the appeal wordings it quotes are story. The page's own membership appeals (top and bottom) are other; trailing whitespace.",
     text="""
oth|Independent local news only survives with reader support. Join 4,200 members who keep the Marsh Valley Voice free to read.
nav|Marsh Valley Voice
nav|News | Schools | Business | Support us
T|Marsh Valley Voice hits £150,000 donation target with a day to spare
oth|Ana Folau · 31 December 2026
B|The Marsh Valley Voice, a non-profit news site with seven staff, raised £152,318 in its year-end appeal, passing its target with a day to go.
B|More than 3,100 people gave, with a median donation of £25.
B|Editor Gwen Thackeray said the most successful email of the campaign was also the shortest.
B|It read: "Independent journalism needs your support. If everyone reading this gave £5 today, our funding would be secure for the year."
B|A banner asking "Can you chip in to keep local news free?" was shown at the top of every article in December.
B|The money will pay for a second courts reporter from March.
B|£152,318
B|Raised from 3,104 donors, against a target of £150,000.
oth|Before you go: we don't put our journalism behind a paywall, because we think everyone in the valley deserves to know what's happening here. That only works if readers who can afford it chip in. Give monthly from £3.
oth|Support the Voice
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="",
     notes="Story about a regulator fining finfluencers who hid behind 'not financial advice' lines; quoted disclaimers and the quoted promo are story. The page's own ticker (top), crypto promo (between paragraphs) and risk disclaimer (bottom) are noise.",
     text="""
tk|BTC 87,904.22 -0.6% | ETH 3,101.17 -1.1% | XRP 0.6422 +2.4%
nav|Regulation
T|Watchdog fines three crypto influencers who said 'this is not financial advice'
oth|By Serena Achterberg · 5 min read
B|The Financial Conduct Board has fined three social media influencers a combined £612,000 for promoting a crypto token without approval.
B|All three had ended their videos with a line such as "This is not financial advice, always do your own research."
B|The board said the disclaimer made no difference.
pr|Trade smarter with Keelstone. Zero fees on your first $1,000 of bitcoin trades and instant withdrawals to your bank. Open an account in under three minutes.
B|"You cannot tell half a million followers to buy something and then say you didn't," enforcement director Calum Brightwater said.
B|One of the posts urged viewers: "Get in before the listing and stack up to 40% bonus tokens — link in bio."
B|The token, Lunaris, lost 94% of its value within three weeks of the posts.
dis|The information on this website does not constitute financial advice and is provided without warranty. Crypto assets are unregulated in some jurisdictions and their value can fall to zero.
rel|Keep reading
rel|Exchanges told to show risk warnings before every trade — New rules come into force in October and apply to all retail customers.
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="nofinal",
     notes="Story about a privacy regulator fining a retailer over a pre-ticked cookie banner; the quoted banner wording is story. The page's own cookie notice (top) and a cookie-settings line at the bottom are cookie_banner.",
     text="""
ck|Your privacy matters to us. We use essential cookies to run this site and, with your permission, analytics and advertising cookies to improve it. Select "Accept" to allow all cookies or "Settings" to choose which ones we use.
ck|Accept  Settings
nav|TechPolicy Now
T|Homeware chain Brixley fined £2.4m over 'continue browsing' cookie banner
oth|Tomasz Adeyemi, 9 March 2026
B|The Information Rights Office has fined homeware retailer Brixley £2.4 million over a cookie banner that treated scrolling as consent.
B|The banner read: "By continuing to browse this site, you agree to our use of cookies for advertising and analytics."
B|Investigators found that advertising cookies were set before visitors had clicked anything.
B|The option to refuse was hidden three screens deep, under a link labelled "More options".
B|Brixley said it had replaced the banner in January and would appeal the size of the fine.
B|It is the largest penalty the office has imposed over cookies.
oth|Tomasz Adeyemi covers privacy and technology regulation for TechPolicy Now. Send tips to tomasz@techpolicynow.com.
ck|Change cookie settings
"""),

dict(id="hard-en-005", lang="en", hard=True, opts="",
     notes="Story about newsrooms labelling machine-translated articles; the quoted label wordings are story. The page's own translation notice (top) and agency credit are attribution; newsletter pitch in prose; extra blank lines.",
     text="""
att|This article was translated from German with the help of artificial intelligence and reviewed by an editor before publication.
nav|Newsroom Lab
T|Readers trust machine-translated news less when the label comes first, study finds
oth|Katrin Obermeier · March 11, 2026
B|Readers rated news articles as less trustworthy when a notice saying they had been machine-translated appeared above the story rather than below it, a study has found.
B|Researchers at the Hollins Institute for Journalism showed 2,400 readers the same article with one of three labels.
B|One said: "This article was translated with the help of an AI tool."
B|Another said: "Translated by our editors with machine assistance."
B|The third carried no label at all.
B|Trust scores were 11% lower when the first label sat above the headline.
B|Label at top: 5.8 out of 10
B|Label at bottom: 6.4 out of 10
B|"Disclosure is right, but placement matters," said lead author Dr Jonas Kerrigan.
~
att|With material from the Continental News Service.
nl|Want more on how newsrooms are changing? Newsroom Lab's briefing lands in your inbox every Thursday morning with the research, tools and debates shaping journalism.
"""),

dict(id="hard-en-006", lang="en", hard=True, opts="",
     notes="Story about a paper lifting its paywall for election coverage; quoted paywall wordings are story. The page's own paywall meter and login prompt (other) sit between paragraphs; no headline in the scrape; related teasers at the bottom.",
     text="""
nav|The Northern Standard
nav|Election 2026
oth|Sun 8 Mar 2026, 07:00
B|The Northern Standard will drop its paywall for all election coverage from Monday until polling day on 7 May.
B|Readers who open an election story will no longer see the message "You've reached your limit of free articles this month."
oth|You've used 3 of 3 free articles this month. Subscribe today for unlimited access to the Standard, from just £2 a week.
oth|Log in if you already have an account.
B|Other articles will stay behind the paywall.
B|Editor Rachel Bamidele said the decision would cost "a few thousand subscriptions" but was "the right thing to do for democracy".
B|The paper's own research found that 62% of readers who hit the paywall left the site without reading another page.
B|Under 35s were most likely to leave.
rel|More on Election 2026
rel|How to check you're registered to vote — The deadline to register is 20 April, and it takes about five minutes online.
"""),
]
