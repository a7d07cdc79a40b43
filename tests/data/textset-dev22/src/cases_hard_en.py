"""Hard English cases hard-en-001 .. hard-en-006 of textset-dev22: the story's own list is about
the same thing as the page's furniture list."""

CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="",
     notes="Crypto market wrap whose story is a list of coin prices and weekly moves (body), on an "
           "exchange news page that also carries a squashed price ticker, a multi-line ticker, a "
           "sign-up promo, a risk disclaimer and related teasers with stamps.",
     text="""
tk|Solvane LogoSolvane Price(SLV)$0.0871$0.0871-4.12%USD
nav|Markets
>nav|News
>nav|Learn
T|Crypto weekly: bitcoin holds above $70,000 as smaller coins slide
oth|Market desk · 2 March 2026 · 3 min read
B|Bitcoin ended the week 1.9% higher while most large altcoins lost ground, as traders cut risk ahead of this week's US jobs figures.
B|Closing prices on Sunday, 23:59 UTC, and change over seven days:
B|Bitcoin (BTC): $71,420, up 1.9%
B|Ether (ETH): $3,288, down 3.4%
B|Solana (SOL): $141.06, down 7.8%
B|XRP: $0.5831, down 2.2%
B|Dogecoin (DOGE): $0.1417, down 9.6%
pr|New here? Deposit $100 and get a $20 trading bonus. Terms apply.
B|Stablecoin supply rose by $1.2 billion over the week, a sign that some sellers were parking cash on exchanges rather than leaving.
B|Funding rates on bitcoin perpetual futures stayed positive all week.
tk|Trending Now
>tk|Halvex Price(HVX)
>tk|$2.914
>tk|+11.37%
dis|Risk warning: crypto assets are highly volatile and you may lose all the money you invest. This page is not financial advice.
rel|Related Articles
rel|Ether ETF outflows hit six-week high
rel|CoinRiver2026/03/01 17:40
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="ws",
     notes="Tech-policy site: a regulator's new cookie-consent rules listed as numbered body lines that "
           "quote 'Accept all', 'Reject all' and 'Manage settings'. The page's own cookie banner with "
           "the same button words is noise at the top, and a second consent reminder at the bottom. "
           "Trailing whitespace.",
     text="""
ck|Your privacy matters to Brightwire. We and 112 partners use cookies for ads and measurement.
ck|Accept all
ck|Manage settings
nav|Policy
>nav|Privacy
>nav|AI
T|Regulator sets eight rules for cookie banners, with fines from January
oth|By Leona Szabo · 22 October
B|The Data Rights Office has published final guidance on cookie banners. Sites that break the rules after 1 January face fines of up to 2% of turnover.
B|The eight rules:
B|1. "Reject all" must sit on the first screen, as large and as visible as "Accept all".
B|2. No boxes may be pre-ticked.
B|3. "Manage settings" must not lead to more than one further screen.
B|4. Closing the banner with the X counts as a refusal.
B|5. Refusing must be as quick as accepting: one click each.
B|6. Consent must be asked again no more than once every six months.
B|7. Sites must list every partner that receives data, by name.
B|8. Withdrawing consent must be possible from every page, via a link in the footer.
B|Publishers' groups said rule 7 would make banners longer, not shorter.
sh|Share article
nl|Policy Brief: the week's tech regulation news, every Monday
ck|You have not yet made a choice about cookies. Review choices
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="single",
     notes="Social-media story: the five most-shared posts of the year, ranked with share counts (body). "
           "The page carries share buttons with counts and a numbered 'Most shared this week' list of "
           "its own articles. Single newlines.",
     text="""
nav|Culture › Internet
sh|2.4K shares
sh|Share on Facebook
sh|Share on Threads
T|The five most-shared posts of 2025, and why they spread
oth|Words: Marnie Okafor-Bell
B|A grandmother's hand-drawn map of her village, a lost dog returned by a bus driver and a council's apology for a pothole poem topped this year's sharing charts, according to figures from the analytics firm Sharecount.
B|The five most-shared posts, by total shares across platforms:
B|1. "Nan's map of Elsworth, 1952" — 4.1 million shares
B|2. Bus driver returns Biscuit the terrier — 3.7 million
B|3. Pothole poem apology from Dunmore council — 2.9 million
B|4. Toddler conducts the wedding band — 2.6 million
B|5. Lighthouse keeper's last log entry — 2.2 million
B|Sharecount said none of the five came from a brand or a paid account, and four were first posted on local community groups.
sh|Share this article
rel|Most shared this week
rel|1. We tried every supermarket mince pie so you don't have to
rel|2. The quiet rise of the 'dumb phone'
rel|3. Why your group chat is louder in December
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="",
     notes="Media-trade site: a list of newsletter subscriber figures by publisher (body lines with "
           "'subscribers' and 'sign-ups'), next to the page's own newsletter sign-up box in the middle "
           "and at the bottom, byline, tags and related links.",
     text="""
nav|Media
>nav|Publishing
T|Newsletter boom: which publishers added the most subscribers this year
oth|Pieter Holm | 9 December
B|Email newsletters kept growing in 2025, with eight of the ten publishers we surveyed reporting more sign-ups than a year ago.
B|Subscribers at the end of November (change on a year earlier):
B|The Ledgerline: 212,000 (+31%)
B|Morning Tide: 164,500 (+12%)
B|Civic Weekly: 98,200 (+47%)
nl|Enjoying this? Get Media Desk, our free newsletter for people in publishing.
nl|Your email address
>nl|Subscribe
B|Hearthside Food Letter: 71,000 (-4%)
B|Grid Notes: 40,300 (+8%)
B|Civic Weekly's editor said most of its new sign-ups came from a single pop-up shown to readers after their third article.
B|Average open rates fell from 44% to 39%, which several publishers blamed on email apps hiding images.
nav|Tags: newsletters, email, audience
nl|Already a subscriber? Manage your newsletters
rel|Read next
>rel|Why podcasts are chasing paid subscribers
"""),

dict(id="hard-en-005", lang="en", hard=True, opts="nofinal",
     notes="A regional paper announces new comment rules, listed one per line (body lines quote "
           "'comments' and moderation terms). The same page has a real comments section: count, sort "
           "control, sign-in prompt and a closed-comments notice. No final newline.",
     text="""
nav|News
>nav|About us
T|We're changing how comments work on the Kettleby Courier
oth|By Ruth Amadi, editor
oth|Friday 7 March 2025
B|From Monday 17 March, readers will need a verified account to comment on our stories, and some stories will have comments switched off from the start.
B|The new rules:
B|Comments open for 48 hours after a story is published.
B|No links in comments, except to official sources.
B|Comments on court cases and inquests are switched off.
B|Three upheld reports mean a 30-day suspension.
B|Moderators will reply publicly when they remove a comment, giving the reason.
B|We read every complaint about moderation. Email the readers' editor if you think we got it wrong.
com|Comments (86)
com|Sort by: Oldest
com|Register or log in to add your view
com|Comments on this story are now closed.
rel|More from the editor
>rel|Why we no longer name people before they are charged
"""),

dict(id="hard-en-006", lang="en", hard=True, opts="",
     notes="Advertising-standards story: the labels influencers must use, listed one per line (body "
           "lines quote '#ad', 'Paid partnership' and 'Gifted'). The page has real ad labels, a "
           "sponsored teaser, an affiliate disclaimer, share bar, agency credit and related links.",
     text="""
oth|Advertisement
nav|Business › Marketing
T|The five labels influencers must now use, and when
oth|Noah Pennick · Business reporter
sh|Share
>sh|Save
B|Influencers who are paid, given free products or use affiliate links must label posts clearly from 1 June, the Advertising Practice Board said on Wednesday.
B|The board's approved labels:
B|"#ad" or "Ad" at the start of the caption, for any paid post.
B|"Paid partnership with [brand]", using the platform's own tag.
B|"Gifted", when a product was sent free with no other payment.
oth|Sponsored · Tillwell Finance
>oth|Is your pension working as hard as you are?
B|"Affiliate link", next to any link that earns a commission.
B|"Brand ambassador", in the profile bio of anyone on a long-term contract.
B|Labels hidden behind "more" or placed after the hashtags will not count, the board said.
att|With reporting by Capstone News Agency
dis|Some links in our articles are affiliate links; we may be paid if you buy through them.
oth|Advertisement
rel|Related
>rel|Pet influencers: the board's next target?
"""),
]
