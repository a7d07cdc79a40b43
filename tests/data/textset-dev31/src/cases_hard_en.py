"""textset-dev31, writer A, English hard cases hard-en-001 .. hard-en-006: stories about
advertising labels, betting sponsorship and odds, affiliate links, price comparison, crypto
exchange promotions and job adverts, on pages that carry the same commercial furniture. The
story's quoted labels, odds, prices and job-ad wordings are story lines."""

CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="", notes=(
    "Media-trade site, a regulator ruling on native ads labelled 'Partner content'. The story "
    "quotes the labels ('Partner content', 'Promoted stories', 'Paid post') as one-line "
    "examples, which are story; the page's own 'Sponsored' slot, ad label and promoted grid "
    "are noise (other / related_links)."),
text="""
nav|PRESSGAZE · Media · Advertising · Regulation
T|Watchdog rules 'Partner content' label too vague for paid articles
oth|Ilona Varga
oth|8 December 2026
B|The Advertising Practice Board has ruled that news websites can no longer use the label "Partner content" on their own for articles paid for by advertisers.
B|In a decision published on Tuesday, the board said readers surveyed could not tell what the phrase meant: only 31% understood that a company had paid for the article.
B|Labels the board found too vague included:
B|"Partner content"
B|"In association with"
B|"Promoted stories"
B|From March, paid articles must carry the word "Advertisement" or "Paid for by" followed by the advertiser's name, in type at least as large as the byline.
oth|Advertisement
oth|SPONSORED | Moreland Print: Why printed catalogues are back in fashion
B|The ruling followed a complaint about a travel feature on the Northern Ledger website, which was labelled "In association with Solano Cruises" and carried no other marking.
B|The Ledger's publisher said it would comply and that it had already changed its labels.
rel|Promoted stories
rel|Marketers: this free checklist will change how you plan 2027
rel|The ad format publishers are quietly switching to
oth|Recommended by Adlane
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="single", notes=(
    "Sports business site, a football club's shirt deal with a bookmaker. The story quotes "
    "odds and the sponsor's warning line ('18+. Please bet responsibly.') and the club's "
    "offer; those lines are story. The page's own odds widget, free-bet offer (other) and "
    "gambling-warning line (disclaimer) are noise. Single newlines only."),
text="""
nav|SPORT INC › Football › Sponsorship
T|Harlow Town sign £4m shirt deal with bookmaker BetNorth
oth|Words: Callum Fry · Dec 3, 2026
B|League One side Harlow Town have signed a three-year shirt sponsorship with bookmaker BetNorth worth £4 million, the club's biggest commercial deal.
B|The BetNorth logo will appear on the front of the shirt from January, with the line "18+. Please bet responsibly." printed beneath it on the sleeve.
B|It will be one of the last front-of-shirt gambling deals allowed before the ban agreed by league clubs takes effect in 2028.
B|BetNorth has cut Harlow's odds of promotion since the announcement:
B|Harlow Town to win League One: 14/1 (from 20/1)
B|Harlow Town to be promoted: 4/1 (from 11/2)
B|The club said season-ticket holders would get a free BetNorth account "with no deposit required", an offer campaigners called "grooming fans".
B|"We are a small club and this money keeps the academy open," said chairman Peter Olowe.
oth|Bet on League One with Kestrel Sports: Harlow v Ashwell — Harlow 13/10, Draw 9/4, Ashwell 2/1
oth|Get a £20 free bet when you stake £10
dis|18+ GambleCare.org. New customers. Full T&Cs at kestrelsports.example. Please gamble responsibly.
sh|Share this article  X  Facebook  LinkedIn
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="ws", notes=(
    "Tech site, a story on affiliate-link revenue at news publishers, with a photo caption. "
    "The story quotes disclosure wordings ('We may earn a commission …') as story lines; the "
    "page's own affiliate disclosure (disclaimer), product box with retailer prices (other), "
    "newsletter pitch and related links are noise."),
text="""
nav|The Byteline  |  Business  |  Media
dis|Byteline may collect a share of sales from links on this page.
T|Publishers now make a fifth of their revenue from shopping links
oth|By Owen Tarrant
oth|December 9, 2026 at 4:30 PM
C|A product round-up page on a lifestyle site, with retailer buttons beside each item. Photo: Byteline
B|News publishers in Britain and the US now earn about 21% of their digital revenue from affiliate links, up from 9% in 2021, according to a report by consultancy Hallam & Reyes.
B|The links send readers to retailers, which pay the publisher a commission of typically 3% to 10% when a purchase is made.
B|Most sites carry a note at the top of the page. The report found the most common wording was "We may earn a commission when you buy through links on our site."
B|Others are blunter: "If you buy something, we get paid."
B|The report said readers trusted reviews less when the note was hidden at the bottom of the page.
oth|Our pick: Hallam Audio Studio headphones
oth|£179 at Tonebox   £184.99 at Fielding's
oth|Buy now
B|Some publishers now make more money from shopping than from display advertising, the authors said.
nl|Like this? Get The Byteline Daily, free, Monday to Friday.
rel|Read more: Why ad-blocking hit a record high this year
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="", notes=(
    "Consumer news site, a monthly supermarket price comparison. The story's basket prices per "
    "store and per item are story lines (a list); the page's own 'Best price today' shopping "
    "widget, deal strip and sponsor line are noise (other), with a cookie bar on top and "
    "extra blank lines before the footer."),
text="""
ck|This website uses cookies to improve your experience and to show you offers from retailers.
ck|Got it   Settings
nav|SHOPWISE NEWS
T|Ferrow's named cheapest supermarket for third month in a row
oth|Consumer team · 4 December 2026
B|Discounter Ferrow's was the cheapest supermarket in November, with a basket of 70 everyday items costing £128.46, our monthly price check found.
B|The most expensive was Gilmour's, where the same basket cost £151.09.
B|November basket, 70 items:
B|Ferrow's: £128.46
B|Lidmark: £129.90
B|Bramblegate: £140.12
B|Gilmour's: £151.09
B|The biggest price rise was for butter, up 18% in a year at the average store.
oth|Best price today
oth|Harvest Gold Butter 250g — £2.15 at Ferrow's — Add to list
oth|Price check sponsored by Pantrypal, the price-comparison app
B|Prices were collected online on November 28 and do not include loyalty-card discounts.
~
oth|Shopwise is a trading name of Shopwise Media Ltd
nav|About us · Contact · How we compare prices
"""),

dict(id="hard-en-005", lang="en", hard=True, opts="nofinal", notes=(
    "Crypto news aggregator, an exchange's zero-fee promotion drawing a regulator's warning. "
    "The story quotes the exchange's promo wordings and the price of bitcoin as story lines; "
    "the page's own ticker, exchange promo, repost disclaimer and stamped teasers are noise."),
text="""
tk|Bitcoin Logo
tk|Bitcoin Price(BTC)
tk|$91,870.20
tk|+0.62%
T|Regulator warns Vantix over 'zero fees forever' bitcoin promotion
att|Source: Blockbeat
B|The Financial Markets Authority has told crypto exchange Vantix to change an advert that promised British users "zero fees forever" on bitcoin trades.
B|The adverts, which ran on social media and on news sites in November, read: "Trade BTC with zero fees. Get a $50 bonus on your first deposit."
B|The authority said the promotion did not mention a spread of up to 1.5%, which meant users paid fees in practice.
B|Bitcoin traded at about $91,800 on Tuesday, roughly where it was when the campaign launched.
B|Vantix said it would add the words "spreads apply" and a risk warning: "Crypto is high risk. Don't invest unless you're prepared to lose all the money you invest."
B|The exchange, which has 340,000 UK users, said the offer had been "clearly explained on the sign-up page".
pr|Trade BTC, ETH and SOL on Kairex — 0.05% fees and 24/7 support. Open an account today.
dis|Disclaimer: Content on this page is collected from third-party publications and does not represent Kairex's views. Nothing here is a recommendation to buy or sell.
rel|You May Also Like
rel|Why exchanges are fighting over the UK's new stablecoin rules
rel|Kairex Feed2026/12/07 18:11"""),

dict(id="hard-en-006", lang="en", hard=True, opts="", notes=(
    "Jobs-market story on a business site about job adverts hiding salaries. The story "
    "quotes job-ad wordings ('Competitive salary', 'DOE') and lists salary ranges as story "
    "lines; the page's own job-board widget and recruiter ad are noise (other), with share "
    "bar, comments and navigation."),
text="""
nav|WORKPLACE WEEKLY
nav|Careers › Pay
T|Two in five job adverts still hide the salary, survey finds
oth|Adaeze Cole, work and careers editor
oth|10 Dec 2026
B|Forty per cent of job adverts posted in Britain in November did not give a salary, according to an analysis of 1.2 million listings by recruitment site HireLane.
B|The most common phrases used instead were:
B|"Competitive salary"
B|"DOE" (depending on experience)
B|"Attractive package"
B|Where salaries were given, the median advertised pay was £34,500.
B|Adverts in London gave a median of £42,000, against £29,800 in the North East.
oth|Jobs from WorkPath
oth|Payroll Officer · Leicester · £30,000 – £33,000
oth|Site Manager · Swindon · Competitive
oth|Upload your CV and let employers find you
B|The government is consulting on whether to make salary ranges mandatory in adverts, as several US states have done.
sh|Share on LinkedIn · Email
com|Comments are closed on this article.
"""),
]
