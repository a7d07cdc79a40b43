CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="", notes="Hard: story about rules for labelling sponsored content and ads in news feeds, quoting 'Sponsored' and 'Advertisement' labels; the page carries real ad labels and a sponsored teaser.", text="""
nav|Brightline Media Watch
T|Regulator orders news apps to make 'sponsored' labels bigger
oth|Advertisement
B|The Consumer Markets Authority on Tuesday ordered four news-aggregation apps to make labels on paid posts at least as large as the headline text next to them.
B|Its review found that readers identified ads as ads only 38% of the time when the label was in small grey type.
B|Labels tested in the study
B|"Sponsored"
B|"Advertisement"
B|"Promoted by a partner"
B|The last wording performed worst, the authority said.
B|Apps have six months to comply or face fines of up to 4% of annual UK turnover.
oth|Advertisement
oth|Sponsored · Halden Insurance
oth|Drivers over 50 are switching to this little-known policy
rel|Read more about advertising standards
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="", notes="Hard: story about bitcoin reaching a price, with price lines quoted in the story (body); the page carries a real ticker strip mid-story and a squashed ticker, promo and disclaimer at the bottom.", text="""
T|Bitcoin tops $74,000 for first time since November as ETF inflows return
B|Bitcoin rose above $74,000 on Monday for the first time in four months, as money flowed back into exchange-traded funds.
B|Where the majors closed at 16:00 UTC:
B|Bitcoin: $74,120 (+3.1%)
B|Ether: $3,402 (+2.2%)
B|Solana: $151.80 (+4.6%)
B|Spot bitcoin ETFs took in $612 million on Friday, according to fund tracker FlowBoard.
tk|BTC 74,120.00 ▲3.1%   ETH 3,402.55 ▲2.2%   BNB 611.20 ▲0.8%
B|Traders pointed to a softer U.S. inflation report as the trigger.
B|"Price screens were green from top to bottom this morning," said Mina Osei, a trader at Carrow Digital.
tk|Bitcoin LogoBitcoin Price(BTC)$74,120.00$74,120.00+3.10%USD
pr|Stack sats automatically: set up a recurring buy on Bytefront in under a minute.
dis|Bytefront News articles are for information only. Cryptocurrency investments carry a high level of risk and may not be suitable for every investor.
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="ws", notes="Hard: story about the newsletter business and 'subscribe' pop-up fatigue; the page carries a real newsletter pitch mid-story and at bottom, plus share bar.", text="""
nav|The Ledgerline › Media
T|Newsletter writers report falling open rates as inboxes fill up
oth|By Gemma Rourke | 8 min read
B|Independent newsletter writers are seeing fewer readers open their emails, according to a survey of 1,100 paid newsletters by the analytics firm Postmark Insights.
B|The median open rate fell to 39% last year, from 46% in 2023.
nl|Like what you're reading? Get The Ledgerline in your inbox every weekday. Subscribe
B|Writers blamed crowded inboxes and pop-ups that ask readers to subscribe before they have read a paragraph.
B|"Every site now greets you with 'Subscribe to our newsletter' before it says hello," said writer Omar Vance.
B|Some writers are moving to fewer, longer issues.
B|Paid subscriptions still grew by 12% overall, the survey found.
sh|Share this article
sh|Copy link
nl|Sign up for Media Notes: the business of news, twice a week. No spam, unsubscribe anytime.
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="", notes="Hard: story about a newspaper switching off reader comments, quoting its own comment-closure notice; the page carries a real comment prompt and comment count.", text="""
nav|Port Elgin Herald
nav|Opinion & Community
T|Herald to close comments on most stories from April
com|💬 212 comments
B|The Port Elgin Herald will switch off reader comments on most of its stories from April 1, the paper's editor said on Friday.
B|Comments will stay open on opinion columns and a weekly community forum.
B|Editor Ruth Calloway said two moderators spent most of their week removing abusive posts.
B|The notice readers will see from April reads:
B|"Comments are switched off for this story."
B|Readers can still write letters to the editor, which are published on Saturdays.
B|"We want the conversation, just not the sewer," Calloway said.
com|Join the discussion — comments on this story close in 48 hours
com|Order by: Latest · Earliest · Top voted
com|Community guidelines
"""),

dict(id="hard-en-005", lang="en", hard=True, opts="", notes="Hard: story on rules against intrusive 'open in app' banners on mobile news sites; the page itself carries app prompts (navigation) and a cookie line.", text="""
nav|Get the Daily Circuit app — faster, with offline reading
nav|OPEN
T|Browser makers agree to limit full-screen 'get the app' prompts
B|Three major browser makers said on Wednesday they would limit full-screen pop-ups that push mobile visitors to download a site's app.
B|Under the voluntary code, sites may show one dismissible banner per visit.
B|Banners must carry a close button at least 44 pixels wide.
B|Prompts that hide the article behind a message such as "Continue in app for the best experience" will be flagged.
B|Consumer groups said the code should be made mandatory.
B|"People came to read a story, not to install software," said Aline Brook of the Digital Readers Alliance.
nav|Read this story in the app
ck|Daily Circuit uses cookies and similar tools for analytics. Choose 'OK' to allow or 'Settings' to decide.
oth|Daily Circuit © 2026
"""),

dict(id="hard-en-006", lang="en", hard=True, opts="", notes="Hard: regulator requires finfluencers to show a standard risk disclaimer; story quotes the wording; page carries a real crypto disclaimer, promo and ticker.", text="""
nav|TokenDesk
dup|Posts promoting crypto will need a fixed risk warning.Posts promoting crypto will need a fixed risk warning.
T|Finfluencers must show standard risk warning from June, regulator says
B|Social media influencers who promote crypto tokens will have to show a fixed risk warning in every paid post from June 1, the Financial Conduct Board said on Thursday.
B|The required text reads:
B|"Crypto assets are high-risk. You could lose all the money you invest."
B|It must appear in the first two lines of a caption or the first five seconds of a video.
B|A hashtag such as #NFA, short for "not financial advice," will no longer count as a warning.
B|Breaches can lead to fines of up to £250,000.
tk|ETH $3,011.7 (-0.6%)
pr|Want your token reviewed by TokenDesk's 300k readers? Apply for a featured listing.
dis|TokenDesk content is not financial advice. Always consult an independent adviser before investing. TokenDesk may hold positions in assets mentioned.
rel|Up next: exchange ordered to refund users after outage
"""),
]
