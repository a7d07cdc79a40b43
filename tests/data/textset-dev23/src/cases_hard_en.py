"""Hard English cases of textset-dev23: the story's subject looks like the page's noise."""

CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="", notes=(
    "Cookie-banner ruling on a tech-policy site that itself shows a cookie banner at the top and a "
    "consent reminder at the bottom. The story quotes 'Accept all' / 'Reject all' and banner "
    "wording; those lines are body."),
text="""
ck|This site uses cookies and similar tools to run the service, count visits and, with your consent, show tailored ads.
ck|Accept all cookies
ck|Only necessary
ck|Cookie settings
oth|PolicyGrid
nav|Privacy · Platforms · AI · Telecom
T|Regulator fines banner design
oth|Elin Sørby, Brussels · 11 March 2025
B|Ireland's Data Protection Commission has fined online retailer Vendiq 2.4 million euros because the cookie banner on its website made refusing tracking harder than accepting it.
B|The banner showed a large green "Accept all" button, while "Reject all" was only available after clicking "Cookie settings" and scrolling past 14 vendor toggles.
B|"Accept all" and "Reject all" must be offered on the first layer with equal prominence, the decision says.
B|The regulator also objected to a line at the foot of the banner that read "By continuing to browse, you agree to our use of cookies," saying that scrolling is not consent under EU law.
nl|Get the PolicyGrid briefing on EU privacy enforcement every Tuesday.
B|Vendiq said it had already redesigned the banner and would appeal the size of the fine.
nav|Tags: GDPR, ePrivacy, Cookies, Ireland
ck|Your consent choices are saved for 6 months. Change them any time via the cookie icon.
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="crlf", notes=(
    "Forum form repost (Source / Reporter / Original title / Link) of a story about a town deleting "
    "residents' comments on its social media page; the story's lines about comments, replies and "
    "moderation are body (CRLF file), while the forum's reply counts and replies are real comments noise."),
text="""
nav|Riverbend Forums » Town Hall Talk
oth|Started by quietmaple · 12 Feb 2025, 21:04
oth|Source:
att|Ashford Valley Gazette
oth|Reporter:
oth|By Colm Reddy
oth|Original title:
T|Judge restores deleted comments
oth|Text:
B|A federal judge has ordered the Town of Ashford to stop deleting critical comments from its official Facebook page and to restore 212 comments it removed last year.
B|Residents had complained that posts criticising a new parking ordinance disappeared within hours, and that some users were blocked from replying altogether.
B|Judge Helena Marsh ruled that the comments section of a government page is a public forum, and that officials cannot hide replies because they disagree with them.
B|The town may still remove spam, threats and comments that reveal personal information, the ruling says, but must publish its moderation policy and keep a log of removals.
B|Town manager Gus Halloran said Ashford would comply and was reviewing whether to turn comments off entirely.
oth|Link:
att|https://ashfordvalleygazette.com/news/ashford-facebook-comments-ruling
com|3 replies · 118 views
com|Reply #1 · oldmillrunner: About time. Half my comments vanished during the parking fight.
com|Reply #2 · quietmaple: Watch them just switch comments off now, like the article says.
com|Log in to join the discussion.
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="", notes=(
    "Crypto news page about a stablecoin losing its peg: the story has price lines and a list of "
    "hourly prices in the body, while the page also carries a real multi-line ticker, a promo and "
    "a disclaimer."),
text="""
nav|CoinLedger Daily › Markets
T|Stablecoin slips to $0.91
oth|By Tomás Ibarra · 2h ago
B|The dollar-pegged stablecoin USDV traded as low as $0.91 on Wednesday after its issuer, Vireo Labs, paused redemptions for 12 hours to "rebalance reserves."
B|Prices on the largest exchanges, by hour (UTC):
B|08:00 — USDV $0.998
B|10:00 — USDV $0.962
B|12:00 — USDV $0.913
B|15:00 — USDV $0.971
B|About $310 million of USDV was sold in the first six hours, on-chain data showed. The token's supply stood at about $2.1 billion before the slide.
pr|Trade 300+ coins with zero maker fees this month on Pellucid Exchange. Sign up now.
B|Vireo Labs said its reserves were held in Treasury bills and bank deposits and that redemptions would resume on Thursday morning.
tk|USDV
>tk|$0.9714
>tk|-2.86%
>tk|24h Vol $1.42B
dis|Prices shown are indicative. CoinLedger Daily does not give financial advice; do your own research before trading.
rel|Also on CoinLedger: Bitcoin miners sell fewer coins in February
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="", notes=(
    "Study of social-media share buttons on a science news site: the story quotes 'Share' and "
    "'Copy link' and share counts, while the page has a real share bar at top and bottom and "
    "related links."),
text="""
oth|The Lab Bench
nav|Science › Society
T|Hiding share counts
oth|Anaya Kessler | 5 min read
sh|Share
sh|Copy link
B|Removing the running number next to a "Share" button cut the sharing of false news stories by about a fifth, according to a field experiment with 38,000 social media users.
B|Researchers at the University of Callisto worked with a mid-sized platform to hide share counts for half of its users for six weeks. The button still worked, and users could still see how many people had liked a post.
B|Users who could not see a count shared 19% fewer posts that fact-checkers later rated false. Sharing of accurate news fell by only 3%.
rel|Related: Platform tests a pause before resharing
B|A second version, which added an extra "Copy link" step before sharing, cut overall sharing by a third but annoyed users, the team found.
B|"People use the number as a shortcut for whether something is true," said co-author Dr Matteo Ferraz.
sh|Share this story: Facebook | X | WhatsApp | Email
rel|Read next: Why outrage spreads faster than good news
"""),

dict(id="hard-en-005", lang="en", hard=True, opts="ws", notes=(
    "Finance regulator says 'not financial advice' disclaimers do not protect paid influencers; "
    "the story quotes disclaimer wording as body, and the page has its own investment disclaimer, "
    "a newsletter box, a byline and trailing whitespace."),
text="""
oth|MoneyWise Weekly
oth|Fintech & Regulation
T|'Not financial advice' rejected
oth|Kieran Moss, Consumer Finance Editor
oth|Thursday 20 March 2025
B|Putting "This is not financial advice" at the end of a video does not stop a paid promotion from being financial advice, Britain's financial regulator said on Thursday.
B|The warning came as the regulator charged three influencers over posts promoting a currency-trading app that paid them up to £9,000 per video.
B|One of the posts ended with the line "Not financial advice. Do your own research. Capital at risk," which the regulator said was "a disclaimer, not a defence".
oth|ADVERTISEMENT
B|Under the rules, anyone paid to promote an investment must have the promotion approved by an authorised firm.
B|The influencers have not yet entered pleas.
nl|Get MoneyWise Weekly's Friday briefing. Sign up free.
dis|Nothing in this article is a personal recommendation. The value of investments can fall as well as rise.
rel|Related: How to check a firm is authorised
"""),

dict(id="hard-en-006", lang="en", hard=True, opts="", notes=(
    "Story about autoplay video rules on a media page that itself carries a video player, 'Up next' "
    "and autoplay controls; the story quotes 'Up next' and 'Autoplay is on' as body."),
text="""
oth|StreamBeat
nav|TV & Video
T|Autoplay faces limits
oth|Posted 2 days ago by Lucia Ferreyra
oth|Autoplay
oth|Up next in 5
rel|Why your smart TV keeps playing trailers
B|Australia's communications regulator has proposed that video platforms turn autoplay off by default for users under 18 and show a clear "Autoplay is on" notice to everyone else.
B|Under the draft code, an "Up next" countdown of less than ten seconds would no longer be allowed for accounts registered to teenagers.
B|The regulator said its research found that 64% of viewers aged 13 to 17 watched at least one more video than they intended most days because the next clip started on its own.
rel|Watch: What the draft code means for parents (1:42)
B|Platforms have until May 2 to respond. Industry group Digital Video Australia said the rules would be "complex to build" but that its members supported the goal.
oth|Playback speed · Captions · Full screen
nl|Never miss a StreamBeat story: get our daily email.
"""),
]
