"""textset-dev35, English hard cases hard-en-001 .. hard-en-006 (writer A): lifestyle stories
about the furniture their own pages carry -- a recipe site's cookie wall, a singer's fan token,
a knitting magazine closing comments, an astrologer's newsletter, 'Pin it' buttons and affiliate
notices in buying guides. The quoted wordings inside story lines are story.
Tagged line lists for ../textset-dev20/src/make_cases.py (see its docstring)."""

CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="", notes=(
    "Hard: a recipe site fined over a cookie wall; the story quotes the banner's button wording and "
    "is story, while the page carries its own consent dialog (cookie_banner) at the top. Site name, "
    "section label, byline and date; ad label mid-story; related link, share line and bulletin "
    "pitch at the bottom."),
text="""
nav|Kitchen Table Post
ck|We'd like to use cookies to tailor recipes and ads. Say "Yes please" to agree, or pick what's allowed in Cookie choices.
ck|Yes please
>ck|Cookie choices
nav|Food News
T|Recipe site fined £240,000 over cookie wall that hid ingredients until users clicked 'Accept'
oth|By Sunita Hale, Food Business Correspondent
>oth|8 December 2026
B|A popular recipe website has been fined £240,000 for blocking recipes behind a cookie banner that offered no way to refuse tracking.
B|Visitors to SpoonCircle saw ingredient lists blurred until they pressed a button reading "Accept all cookies and start cooking".
B|The only alternative, a link marked "Manage options", led to 64 pre-ticked boxes, the Information Commissioner's Office said.
B|The regulator said refusing must be "as easy as accepting", and that a recipe is no reason to skip consent.
oth|Advertisement
B|SpoonCircle's owner, Larder Digital, said it had replaced the banner with one offering "Reject all" and "Accept all" side by side.
B|Food bloggers told Kitchen Table Post that ad income had dropped by about a fifth since the change.
rel|Read more: Why recipe sites are so long – and how to skip to the method
sh|Share this article
nl|Get the Kitchen Table Post bulletin every Thursday
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="nofinal", notes=(
    "Hard: a pop singer's fan token crashes; the token's hourly prices are story, while the page "
    "carries a real coin price strip at the top (crypto_ticker) and an exchange promo at the bottom "
    "(crypto_promo). No final newline. Site name, breadcrumb, byline with stamp, ad label, "
    "not-investment-advice line (disclaimer), related block and share line."),
text="""
tk|BTC $62,104 −1.2%  ETH $3,011 −0.8%  SOL $141.30 +2.1%  $MAVI $0.0041 −92.6%
nav|Popline
nav|Celebrity › Money
T|Singer Mavi Rhodes's fan token crashes 93% in a day as fans demand refunds
oth|By Kofi Brandt-Ellis | 7 Dec 2026, 16:48
B|A crypto token promoted by pop singer Mavi Rhodes lost almost all of its value on Monday, hours after it launched.
B|$MAVI began trading at $0.055 at 9am and peaked at $0.071 before midday.
B|By 4pm it had fallen to $0.0041, wiping out roughly $38m in paper value.
B|Fans had been told in a video that holders would get "front-row presale access forever".
oth|Advertisement
B|Blockchain analysts at Chainlight said three wallets sold 61% of the supply within 40 minutes of the peak.
B|Rhodes's management said she was "devastated" and had "never sold a single token".
dis|Popline does not endorse any cryptocurrency. Nothing here is investment advice.
pr|Trade 300+ coins with zero fees on Zentra Exchange. Sign up in 2 minutes →
rel|Related stories
>rel|The celebrity NFT boom: where are they now?
sh|Share on X | Share on Facebook
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="", notes=(
    "Hard: a knitting magazine switches off its comments; the story quotes the closed-comments notice "
    "and a reader's remark about comments, both story. The page's own comment block (count, two "
    "comments, sign-in prompt) follows a run of extra blank lines at the bottom. Site name, "
    "'Words:' byline, ad label mid-story, one more-news link and a bare Share."),
text="""
nav|Yarn & Yard
T|Knitting magazine shuts its comment section after row over a sheep-free pattern
oth|Words: Elspeth Marr · 3 December 2026
B|The editors of Purl Monthly have switched off comments across their website after a vegan knitting pattern drew more than 4,000 replies in a weekend.
B|A notice now sits below every article: "Comments are closed. Tell us what you think on our letters page instead."
B|Editor Gail Fenwick said moderators were deleting abuse "faster than we could drink tea".
oth|Advertisement
B|Some readers said the comments were the best part: "I learned to turn a heel from a stranger in the comments," one wrote on a forum.
B|The magazine plans to open a members-only forum in the spring, with named accounts and volunteer moderators.
~
com|Comments (214)
com|woolgatherer: Shame. The comments were half the reason I visited.
com|Bramble_Knits: Good decision, it had got nasty
com|Sign in to add your comment
rel|More news: Yarn prices rise for a third year
sh|Share
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="single", notes=(
    "Hard: an astrologer's paid newsletter overtakes her column; the story quotes her sign-up box "
    "wording (story), while the page carries two real newsletter pitches, one below the byline and "
    "one after the story. Single newlines. Site name, breadcrumb, bare author and published stamp, "
    "related link and share line."),
text="""
nav|Mediawatch Weekly
nav|Media › Newsletters
T|Astrologer's paid newsletter overtakes her newspaper column, with 90,000 subscribers
oth|Josie Carrow
oth|Published 2 December 2026
nl|Don't miss a story: sign up to Mediawatch Weekly's Monday briefing
B|Celeste Arnaud spent 20 years writing horoscopes for the Sunday Meridian. Her newsletter now earns more than the paper ever paid her.
B|Her sign-up box promises "Your week, written in the stars, delivered to your inbox every Sunday at 7am".
B|About 90,000 people pay £4 a month for it, according to figures shared by the publishing platform Letterbox.
B|"People forward it to their sisters. That's the whole marketing plan," Arnaud said.
B|The Meridian said it wished her well and would keep running a daily horoscope.
nl|Enjoyed this? Get Mediawatch Weekly in your inbox – it's free
rel|Related: Why every journalist seems to have a newsletter now
sh|Share this article
"""),

dict(id="hard-en-005", lang="en", hard=True, opts="ws", notes=(
    "Hard: interiors bloggers and 'Pin it' buttons; story lines quote 'Pin it' and 'Pin it for later' "
    "and talk about share bars, while the page has a real share row at the top and a Pin it button and "
    "share line at the bottom (share_bar). Trailing whitespace; one captioned photo; ad label "
    "mid-story; a more-from link and an empty comments block."),
text="""
nav|Homestyle Digest
sh|Pin · Share · Tweet · Email
T|Interior bloggers say Pinterest 'Pin it' buttons now bring more traffic than Google
oth|By Farah Quist
>oth|Updated 6 December 2026 11:02
B|Home and interiors bloggers say a single button on their photos has become their biggest source of readers.
C|A living room from Little Terrace Living, one of the most-pinned images of the year. Photo: Niamh Corr
B|In a survey of 420 bloggers by the Home Creators Guild, 58% said the "Pin it" button over their images drove more visits than search engines in 2026.
B|Share bars with Facebook and X buttons, by contrast, accounted for less than 4% of traffic.
oth|Advertisement
B|"I put 'Pin it for later' on every room shot now. It's doubled my audience," said blogger Niamh Corr of Little Terrace Living.
B|Some readers find the buttons cluttered. The guild recommends showing them only when a reader hovers over an image.
sh|Pin it
sh|Share this: Facebook | X | Pinterest | Email
rel|More from Homestyle Digest: 9 rooms that made us rethink beige
com|Comments
>com|Be the first to comment
"""),

dict(id="hard-en-006", lang="en", hard=True, opts="", notes=(
    "Hard: a watchdog rules on affiliate notices in buying guides; the story quotes 'We may earn a "
    "commission' wording and is story, while the page carries its own affiliate note above the "
    "headline and a retailer note at the bottom (disclaimer). Site name, breadcrumb, bare author and "
    "stamp, ad label mid-story, one related link and a share line."),
text="""
nav|Consumer Lens
nav|Shopping › Regulation
dis|Consumer Lens is funded by readers. We may earn from links in this article, but this never affects our verdicts.
T|Buying guides must put 'We may earn a commission' notices at the top, watchdog rules
oth|Harriet Vo
>oth|Friday 4 December 2026, 09:30
B|Shopping and review websites must show affiliate notices before the first product, not hidden in the footer, the Advertising Practice Board has ruled.
B|The ruling followed a complaint about a "best air fryers" guide whose only notice, "We may earn a commission when you buy through our links", appeared in grey text below the comments.
B|The board said readers could not judge the rankings without knowing the site was paid per sale.
B|Publishers have until 1 March to comply. The rules apply to buying guides, deals pages and product reviews.
oth|Advertisement
B|The Professional Publishers Forum said most members already complied and the change would "bring stragglers into line".
rel|Also in Regulation: Price-drop claims to be checked against 28-day average
sh|Share: Email · LinkedIn · Facebook
dis|Prices and stock shown by retailers can change; Consumer Lens is not responsible for their sites.
"""),
]
