"""textset-dev29, writer A: English hard cases hard-en-001 .. hard-en-006.

Each story is about the kind of furniture the page also carries and quotes its wording; those
story lines (and the story's own lists) are B, the page's real furniture carries its noise kind.
Format: see ../../textset-dev20/src/make_cases.py.
"""

CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="",
     notes="A regulator fines retailers over cookie banners; the story quotes 'Accept all' and a "
           "'by continuing to browse' banner line, and ends with a list of fines (story) next to a "
           "related list. The page itself opens with a real cookie banner.",
     text="""
ck|Before you continue: we use cookies and similar technologies to run this site and, if you agree, to personalise adverts.
ck|Accept all
ck|Reject all
nav|Tech › Privacy
T|Regulator fines five retailers £6.8m over 'take it or leave it' cookie banners
oth|By Chloe Whitaker, Technology Reporter
oth|9 December 2026
B|The Data Rights Office has fined five online retailers a combined £6.8 million for cookie banners that made refusing tracking harder than accepting it.
B|In each case, the regulator said, the first screen offered only a large "Accept all" button, while the option to refuse sat two clicks away under "Manage preferences".
B|One banner told visitors "By continuing to browse you agree to our use of cookies", which the office said could never count as consent.
B|The fines:
B|Hollow & Pine (homeware): £2.1m
B|Kitfield Sports: £1.6m
B|Marlow Beauty Direct: £1.4m
B|Nettle Grocers: £1.0m
B|PaperCrate (stationery): £0.7m
rel|Related
rel|What the new consent rules mean for small websites
rel|Regulator warns news sites over 'pay or OK' walls
sh|Share
nav|More on privacy
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="ws",
     notes="A survey on newsletter overload quotes a 'Sign up for our newsletter' pop-up and ends with "
           "a list of complaints (story); the page carries its own newsletter box right after the list "
           "and one mid-story; trailing whitespace.",
     text="""
nav|Media
T|Readers are drowning in newsletters, survey finds, and most never read them
oth|Owen Castell
oth|Tue 17 Nov 2026 · 5 min read
B|Nearly two-thirds of people who subscribe to email newsletters say they open fewer than one in five, according to a survey of 4,000 UK adults by the Press Reading Trust.
B|The average respondent received 23 newsletters a week, up from 14 in 2022.
nl|Media Week, every Monday in your inbox. Sign up here
B|Many said they had signed up by accident after a pop-up asking them to "Sign up for our newsletter" blocked the article they were trying to read.
B|The most common complaints:
B|Too many emails a week (58%)
B|Unsubscribe links that are hard to find (41%)
B|Pop-ups that appear before the story loads (37%)
B|The same content as the website (22%)
nl|Liked this? Get Media Week – the only newsletter about newsletters.
nl|Your email address
nl|Subscribe
nl|You can unsubscribe at any time. Read our privacy notice.
rel|More from Media
rel|Local radio station to stop overnight news bulletins
rel|Podcast ad spending overtakes print magazines
sh|Share · Email · Print
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="single",
     notes="A study of recommendation widgets quotes 'You may also like', 'Recommended for you', "
           "'Most read' and 'Sponsored'; its findings list (story) is followed directly by the page's "
           "own 'Recommended for you' list and a sponsored teaser; single newlines.",
     text="""
nav|Business › Media
T|Study: news sites' recommendation boxes favour old stories and celebrity gossip
oth|Marcus Lee
oth|Dec 3, 2026
B|The boxes labelled "You may also like" or "Recommended for you" at the foot of news articles push readers toward celebrity stories far more often than editors would, a study by researchers at Dunmore University has found.
B|The team captured the widgets on 48 news sites every hour for six months.
B|Among the findings:
B|Celebrity items made up 31% of recommended links but 6% of published stories
B|Two in five recommended stories were more than a month old
B|Sites with "Most read" lists kept the same story there for an average of 3.4 days
B|Only 9% of widgets marked paid links as "Sponsored"
rel|Recommended for you
rel|Pop star's wedding guest list revealed
rel|Is this the UK's friendliest village?
rel|How a reality TV contestant became a millionaire
oth|Sponsored · Outbrook
oth|Doctors stunned by this simple knee trick
sh|Share this article
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="",
     notes="A bitcoin sell-off story: a price strip at the top (ticker), coin prices at 14:00 UTC as a "
           "story list followed directly by a multi-line bitcoin ticker (single newlines), an exchange "
           "promo, a risk disclaimer and latest links.",
     text="""
tk|BTC $71,204 -4.8% | ETH $2,690 -6.1% | SOL $118.40 -7.3%
nav|Markets
T|Bitcoin slides below $72,000 as liquidations top $900 million
oth|By Dana Whitlow
oth|December 4, 2026 · 14:20 UTC
B|Bitcoin fell as much as 5% on Friday, dropping below $72,000 for the first time in three weeks, as a wave of forced selling swept through futures markets.
B|More than $900 million of leveraged positions were liquidated in 24 hours, according to data provider Coinmetric Labs.
B|"This is leverage being flushed out, not a change in the story," said Rahul Bhatia, head of research at Ostra Capital.
B|Prices at 14:00 UTC:
B|Bitcoin: $71,204, down 4.8%
B|Ether: $2,690, down 6.1%
B|Solana: $118.40, down 7.3%
B|XRP: $0.5820, down 3.9%
tk|Bitcoin Logo
>tk|Bitcoin Price(BTC)
>tk|$71,204.18
>tk|-4.80%
>tk|USD
pr|New to crypto? Get $20 in BTC when you make your first trade with Coinvale. Terms apply.
dis|Nothing on this page is investment advice. Cryptoassets are volatile and lightly regulated in some places; you could lose all the money you put in.
rel|Latest
rel|Ether options traders bet on a further drop
rel|Spot bitcoin funds see a third day of outflows
"""),

dict(id="hard-en-005", lang="en", hard=True, opts="nofinal",
     notes="An editor's note on new comment rules quotes 'Comments are closed for this article' and "
           "ends with a 'What changes' list (story), followed directly by the page's own comment "
           "thread and guideline links; no final newline.",
     text="""
nav|Home › Opinion › From the editor
T|Why we are changing how comments work on this site
oth|By Rosa Lindqvist, Editor
oth|Saturday 5 December 2026
B|From Monday, comments on Dunmore Star articles will be open for 48 hours after publication and then close automatically.
B|Readers will see a note at the foot of older stories saying "Comments are closed for this article", and no further replies will be possible.
B|Why we are doing this
B|We have taken this step after our moderators removed 11,400 comments last year, more than double the year before.
B|What changes:
B|You will need a verified account to comment
B|Each reader can post up to 20 comments a day
B|Comments on court reports will stay switched off
B|Reported comments will be reviewed within four hours
com|Comments (38)
com|Newest | Oldest | Most liked
com|GerryInTheGlen: 48 hours is plenty for most stories, fair enough.
com|Starreader_Mo: Will this apply to the sports pages too?
com|Dunmore Star (staff): Yes, it will apply across the whole site.
com|Show 35 more comments
nav|Community guidelines
nav|Contact us
"""),

dict(id="hard-en-006", lang="en", hard=True, opts="crlf",
     notes="A court ruling on share buttons that track visitors quotes 'Share on Facebook' and "
           "'Copy link' and lists the replacement buttons (story); the page's own share bar sits above "
           "the story and below it next to a tag line; CRLF.",
     text="""
nav|News › Technology › Law
T|Court rules that share buttons which track visitors need consent first
oth|Staff reporter
oth|Posted: Dec 1, 2026 10:05 am
sh|Share on Facebook
sh|Share on LinkedIn
sh|Share via email
B|Websites may not load social "share" buttons that send visitor data to the platforms before the visitor has agreed, the Commercial Court ruled on Monday.
B|The case was brought by a privacy group against Hallam Media, whose pages showed a row of "Share on Facebook", "Share on X" and "Share via email" buttons under every article.
B|The group showed that two of the buttons sent the reader's address and the page visited to the platforms as soon as the page opened, even if nobody clicked.
B|Hallam Media said it would comply. Its sites now show:
B|A grey "Share" icon that loads nothing until it is clicked
B|A pop-up asking permission before any platform is contacted
B|A plain "Copy link" option that sends no data
nav|Tags: privacy, social media, courts, Hallam Media
sh|Share
sh|Tweet
sh|Copy link
nl|Tech Law Weekly: the rulings that matter, in your inbox on Fridays
"""),
]
