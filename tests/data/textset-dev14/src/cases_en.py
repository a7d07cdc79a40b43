"""English cases of textset-dev14 (tag format: see make_cases.py)."""


def case(id, notes, src, lang="en", **fmt):
    return {"id": id, "lang": lang, "notes": notes, "src": src, **fmt}


CASES = [
case("en-001", "Wire-style central-bank decision with figures; nav bar, byline, ad label mid-story, photo caption, related block and cookie banner at the bottom.", """
nv|Home | Markets | Economy | Central Banks | Currencies | Podcasts
T|Bank of Korea holds at 2.75% as won weakness ties policymakers' hands
ot|By Lena Okafor and Min-jae Seo · Updated 14 May 2026, 03:12 GMT
C|Governor Park Sang-hoon arrives for the monetary policy meeting in Seoul. Photo: Harbour Lens Agency
B|SEOUL, May 14 —
B|South Korea's central bank left its benchmark rate unchanged at 2.75% on Thursday, citing a won that slid past 1,470 per dollar last week and household debt that grew 1.9% in the first quarter.
B|Five of the seven board members voted to hold, while two argued for a quarter-point cut to support exporters.
ot|Advertisement
B|"We cannot ignore the currency," Governor Park Sang-hoon told reporters.
B|Markets had priced a 40% chance of a cut before the decision, according to overnight index swap data compiled by Hanbit Securities.
B|What comes next
B|The bank trimmed its 2026 growth forecast to 1.6% from 1.8% and said it would review policy again in July.
B|The KOSPI index closed 0.4% lower at 2,611.08 after the announcement, and three-year treasury yields rose 6 basis points.
rl|More on Asian central banks
+rl|Why Manila's rate path now depends on remittances
+rl|Taiwan dollar hits six-month low as chip exporters hedge
+rl|Yield curve watch: what a flat Korean curve signals
ck|We and our 214 partners store and access information on your device to measure ads and content. You can change your choices at any time in Privacy Settings.
+ck|Agree and close
+ck|Manage options
"""),

case("en-002", "Retail earnings story with the ticker in story sentences; quote box on top with a delay notice, share bar, related teasers at the bottom.", """
tk|HGL  Harlow Grocers plc  NYSE
+tk|41.27 USD  -3.18 (-7.15%)
+tk|Vol 12.4M · Mkt cap 8.92B · P/E 17.3
dc|Quotes delayed by at least 15 min. Figures from Tickerline Data Services.
T|Harlow Grocers sinks 7% as discount war squeezes margins
sh|Share on X
+sh|Share on LinkedIn
+sh|Email this
+sh|Copy link
B|Harlow Grocers (NYSE: HGL) posted a 22% drop in first-quarter operating profit on Wednesday, to $188 million, as price cuts on 1,400 staple items ate into margins.
B|Revenue rose 3.4% to $6.71 billion, slightly ahead of the $6.65 billion analysts had expected.
B|Gross margin narrowed to 24.1% from 26.0% a year earlier.
B|Chief executive Rosalind Achebe said the company would "hold the line on prices through the summer" and cut its full-year earnings guidance to $2.40–$2.55 a share from $2.80.
B|The shares fell $3.18 to $41.27 in New York, their biggest one-day decline since October 2022.
B|Rival Kestrel Foods (KFD) slipped 2.2% in sympathy.
rl|Also in Retail
+rl|Grocery inflation cools to 1.1% in April
+rl|Warehouse clubs gain as shoppers bulk-buy
+rl|Kestrel Foods names new CFO after audit delay
"""),

case("en-003", "Press release on a distribution service: 'News provided by', dateline, bullet list, 'About' boilerplate, forward-looking-statement notice, media contact, SOURCE line and distribution furniture.", """
nv|Newsroom › Financial Services › Banking
T|Corvane Pay Closes $140 Million Series D to Expand Cross-Border Payouts in Latin America
ot|NEWS PROVIDED BY
+ot|Corvane Pay Inc.
+ot|Mar 03, 2026, 08:00 ET
B|AUSTIN, Texas, March 3, 2026 /WireStream Global/ -- Corvane Pay Inc., a provider of payout infrastructure for online marketplaces, today announced a $140 million Series D round led by Tallgrass Growth Partners.
B|The company said the funds will be used to:
B|• obtain payment-institution licences in Mexico and Colombia;
B|• add real-time payouts in 11 local currencies;
B|• double its compliance team to 160 people by the end of 2026.
B|Corvane processed $9.3 billion in payouts in 2025, up 61% from the year before.
B|"Sellers in Guadalajara should get paid as fast as sellers in Dallas," said co-founder and CEO Marisol Varga.
ot|About Corvane Pay
ot|Corvane Pay builds payout rails for marketplaces and gig platforms, moving money to more than 4 million recipients in 38 countries. Corvane is headquartered in Austin with offices in Mexico City and Bogotá.
dc|Forward-Looking Statements: This release contains statements about future events, including planned licences and hiring, that involve risks and uncertainties. Actual results may differ materially. Corvane undertakes no duty to revise these statements.
ot|Media contact:
+ot|Dana Whitfield, Ridgeback Communications
+ot|press@corvanepay.example | +1 512 555 0148
at|SOURCE Corvane Pay Inc.
at|View original content with multimedia on WireStream Global
ot|Want your company's news featured on WireStream Global?
+ot|GET STARTED
"""),

case("en-004", "Commodity report (copper) in single-newline layout; metals price strip on top, newsletter pitch mid-story, tag list at the bottom.", """
tk|COPPER 4.82 ▲1.9% | ALUMINIUM 2,611 ▼0.3% | NICKEL 16,940 ▲0.6% | ZINC 2,874 ▲0.2%
nv|Commodities / Metals
T|Copper hits 11-month high as Chilean mine strike enters second week
ot|Priya Raman | Metals correspondent | 2 hours ago
B|Copper prices climbed to their highest level since June on Tuesday as a strike at the Cerro Alto mine in northern Chile showed no sign of ending.
B|Benchmark three-month copper on the London Metal Exchange rose 1.9% to $10,612 a tonne, while Comex futures touched $4.82 a pound.
B|Cerro Alto produces about 310,000 tonnes a year, roughly 1.4% of world supply.
nl|Get the Morning Metals brief — prices, flows and the day's big trade, free in your inbox.
+nl|Sign up
B|The union is demanding a 9% wage rise; the operator has offered 4.5%.
B|"Every day it drags on tightens the concentrate market further," said Hugo Brandt, an analyst at Meridian Resources Research.
B|LME inventories have fallen 28% since January to 141,300 tonnes.
nv|Topics: Copper, Chile, Mining, Labour, LME
""", style="single"),

case("en-005", "FX report in CRLF; top menu and byline, agency reporting credit, related block.", """
nv|Sections ▾   FX   Rates   Commodities   Equities   Crypto
T|Yen rebounds from 158 after finance ministry warns of 'one-sided moves'
ot|Tomás Lindqvist
+ot|6 Feb 2026 · 4 min read
B|TOKYO, Feb 6 —
B|The yen strengthened by as much as 1.2% against the dollar on Friday after Japan's top currency official said authorities were watching for "excessive and one-sided moves", reviving talk of intervention.
B|The dollar fell to 156.10 yen from 158.04 late in New York, before settling around 156.6.
B|Traders said the yen's rally was amplified by the closing of leveraged short positions by retail investors, who are known locally as Mrs Watanabe.
B|The euro also fell 0.9% against the yen to 169.40.
B|Japan last intervened in the currency market in 2024, spending about 9.8 trillion yen.
at|Reporting by Tomás Lindqvist; additional reporting by Aiko Mori; editing by Felix Graham
rl|Read next
+rl|Carry trades unwind as volatility jumps
+rl|How the Bank of Japan sets its bond purchases
"""
, crlf=True),

case("en-006", "Crypto aggregator repost in the seed style: doubled dek, story on a stablecoin reserve attestation with figures, listing promo, squashed and spread price tickers, reposting disclaimer and an 'also like' block with doubled titles, Share lines and site stamps.", """
dp|Attestation shows reserves of $31.4 billion backing the NVUSD stablecoin.Attestation shows reserves of $31.4 billion backing the NVUSD stablecoin.
T|Novaris publishes first monthly reserve report for NVUSD
B|Stablecoin issuer Novaris released its first monthly reserve attestation on Monday, showing $31.4 billion in assets against $31.1 billion of NVUSD tokens in circulation.
B|The report, prepared by the accounting firm Halden & Pryce, found that 84% of reserves were held in US Treasury bills maturing within 90 days.
B|Cash at banks made up 11%, and the remaining 5% sat in overnight repurchase agreements.
B|What changed
B|Novaris had previously published attestations only once a quarter, a practice critics said left room for undisclosed risk.
B|NVUSD traded at $0.9998 on major venues after the release, while trading volume rose to $2.2 billion over 24 hours.
pr|Got a token launch coming? Put it before 600,000 daily readers — ask about our listing spotlight packages.
tk|Market Snapshot
+tk|Novaris USD Logo
+tk|Novaris USD Price(NVUSD)
+tk|$0.9998
+tk|-0.01%
+tk|USD
tk|Arbitrum LogoArbitrum Price(ARB)$0.4127$0.4127+3.22%USD
dc|Notice: Articles on this page are republished from third-party sources for reference only and may not represent the position of CoinHarbor. Rights belong to the original publishers; to request removal, write to removal@coinharbor.example. Nothing here is investment advice.
rl|Readers Also Viewed
rl|Solana Validators Vote on Fee Burn Change
rl|Solana Validators Vote on Fee Burn Change
rl|The post Solana Validators Vote on Fee Burn Change appeared on ChainDispatch.net. Validators representing 62% of stake backed a proposal to
sh|Share
rl|ChainDispatch2026/02/11 14:02
rl|Five Cheap Winter Getaways From London
rl|Five Cheap Winter Getaways From London
rl|The post Five Cheap Winter Getaways From London appeared on ChainDispatch.net. From Porto to Kraków, these city breaks cost under
sh|Share
rl|ChainDispatch2026/02/11 13:47
"""),

case("en-007", "Fintech launch story; cookie banner first, app-download prompt, comment prompt and newsletter box at the bottom.", """
ck|Cookies help us run Ledgerlight. Some are essential; others let us remember your preferences and measure traffic.
+ck|Allow everything   Essential only   Cookie preferences
nv|Open in the Ledgerlight app for a faster read
T|Tallyo adds 4.6% savings pot for UK freelancers
ot|Words by Georgina Hale
B|Digital bank Tallyo has launched an instant-access savings pot paying 4.6% a year, aimed at its 310,000 self-employed customers.
B|The rate is variable and applies to balances up to £85,000, the limit covered by the Financial Services Compensation Scheme.
B|Customers can set aside a fixed share of each incoming payment, a feature Tallyo calls "tax jars".
B|Chief product officer Kwame Mensah said a third of the bank's freelancers had asked for a way to park money for their January tax bill.
B|The move puts Tallyo ahead of most high-street easy-access accounts, which average 2.9% according to the rate tracker Savewise.
cm|14 comments
+cm|Add your view — comments are checked before they appear.
nl|The Ledgerlight Weekly: fintech launches, funding rounds and rate moves every Friday.
+nl|Your email address
+nl|Subscribe
"""),

case("en-008", "Aggregator repost without a headline: site name header, bank-merger story with figures, aggregation credit, closed comments and a short cookie notice.", """
ot|Brisa Finance Digest
B|Two regional lenders in the US Midwest agreed on Monday to combine in an all-stock deal valuing the smaller bank at about $1.2 billion.
B|Prairie Mutual Bancorp will issue 0.84 of its shares for each share of Lakeshore Savings, a 19% premium to Friday's close.
B|The merged bank would hold $27 billion in assets and run 212 branches across Illinois, Wisconsin and Indiana.
B|The companies expect $58 million in annual cost savings, mostly from closing 30 overlapping branches.
B|Regulatory approval is expected in the fourth quarter.
at|Aggregated automatically from partner feeds – original publisher retains copyright.
cm|Commenting has been switched off for this post.
ck|By continuing to browse Brisa Finance Digest you agree to our use of cookies. OK
"""),

case("en-009", "Broker research page: market-data header, 'Trade now' button, CFD risk warning at top and bottom, sign-up and referral promos.", """
nv|Markets › Energy › Analysis
tk|Brent Crude 83.41 +0.74 (+0.90%)   WTI 79.12 +0.61 (+0.78%)   Nat Gas 2.913 -0.022
pr|Trade now
dc|Risk warning: Leveraged products such as CFDs can result in losses exceeding your initial deposit. 71% of retail accounts at Quillstone Markets lose money. Make sure you understand the risks.
T|Brent holds above $83 as OPEC+ signals slower output increases
ot|Analysis by Jonah Petrakis, Senior Market Strategist | 11 Apr 2026
B|Oil prices held near a five-week high on Friday after OPEC+ delegates said the group was leaning towards adding just 120,000 barrels a day in June, half the increase planned earlier.
B|Brent crude futures traded at $83.41 a barrel, up 0.9% on the day and 4.1% on the week.
B|Key levels
B|Resistance sits at $84.60, the March high; support lies at $81.20, the 50-day moving average.
B|Refining margins in Europe have also widened, with diesel cracks at $27 a barrel.
B|A weekly US inventory report on Wednesday showed a 3.6 million barrel draw, larger than forecast.
pr|Open an account in 3 minutes and get zero commission on your first 50 energy trades.
pr|Invite a friend and you both receive a $100 trading credit. T&Cs apply.
dc|This material is for information only and does not constitute investment research or a personal recommendation. Past performance is not a reliable indicator of future results.
"""),

case("en-010", "Mining company press release: dateline, results list, 'About' boilerplate, cautionary-statement disclaimer, investor contact and SOURCE line; no final newline.", """
nv|Press Releases | Mining & Metals
T|Ravenhill Gold Reports Record Quarterly Production of 118,400 Ounces
ot|Toronto Stock Exchange:RVG | OTCQX:RVGDF
B|VANCOUVER, British Columbia, April 21, 2026 -- Ravenhill Gold Corp. (TSX: RVG) today reported production of 118,400 gold ounces for the first quarter of 2026, up 14% from a year earlier.
B|Highlights
B|All-in sustaining costs of US$1,312 per ounce, below guidance of US$1,350–1,450.
B|Cash and equivalents of US$412 million at March 31, with no debt.
B|Mill throughput of 24,600 tonnes per day at the Kettle Ridge operation.
B|"Kettle Ridge delivered its best quarter since commissioning," said President and CEO Anneliese Forbes.
B|Full results will be released on May 6 after market close.
ot|About Ravenhill Gold Corp.
ot|Ravenhill is a mid-tier gold producer with operations in British Columbia and Nevada and a development project in Ontario.
dc|Cautionary Note Regarding Forward-Looking Information: Certain statements in this news release, including production guidance and costs, are forward-looking and are subject to known and unknown risks. Readers are cautioned not to place undue reliance on them.
ot|For further information: Paulo Reyes, VP Investor Relations, 604-555-0191, ir@ravenhillgold.example
at|SOURCE: Ravenhill Gold Corp.
""", final_nl=False),

case("en-011", "Chipmaker earnings with bullet list and subheadings; 'Listen' player, quote box and inline 'Read more' in the middle, share row at the bottom.", """
T|Orvanta beats forecasts as AI server orders lift revenue 38%
ot|Audio version · 5 min 12 s
+ot|Pause
B|Semiconductor maker Orvanta (NASDAQ: ORVT) reported second-quarter revenue of $4.87 billion on Thursday, up 38% from a year earlier and ahead of the $4.61 billion consensus.
B|The numbers
B|- Data-centre revenue: $3.02 billion, up 71%
B|- PC and gaming revenue: $1.21 billion, down 4%
B|- Gross margin: 61.8%, up 2.9 points
B|- Adjusted earnings per share: $1.46
tk|ORVT  $212.55  ▲ 9.40 (+4.63%)  After hours
B|The company guided third-quarter revenue to $5.2 billion, plus or minus 2%.
rl|Read more: Inside the race to build 2-nanometre fabs in Arizona
B|Supply constraints
B|Finance chief Daniel Osei said shortages of high-bandwidth memory would cap shipments until early next year.
B|Shares rose 4.6% in after-hours trading.
sh|Share this article
+sh|Facebook · X · WhatsApp · Email
"""),

case("en-012", "Pension-fund story with trailing whitespace on some lines and a run of blank lines before the footer; breadcrumb, byline, related and legal footer.", """
nv|Home > Money > Pensions
T|Dutch pension giant shifts €14 billion from bonds into infrastructure
ot|By Marieke de Vries, Amsterdam
+ot|Published 09.03.2026 – 16:40
B|Stichting Pensioen Noordzee said on Monday it would move €14 billion of its €310 billion portfolio from government bonds into infrastructure and housing over three years.
B|The fund, which manages pensions for 2.1 million teachers and civil servants, cited the country's new defined-contribution rules, which take effect in 2027.
B|Infrastructure will rise to 8% of assets from 3.5%.
B|"We no longer need to match every guilder of liability with a bond," chief investment officer Joost Verhagen said, using the old currency in jest.
B|The fund posted a 2025 return of 7.9%.
@
rl|Popular in Money
+rl|Mortgage rates fall below 3.5% for first time since 2022
+rl|What the pension switch means for your payslip
ot|© 2026 Lowland Ledger Media B.V. All rights reserved.
""", trail=True),

# ---------------------------------------------------------------- hard cases
case("hard-en-001", "HARD: story about a regulator banning crypto ads that promise returns; it quotes an offending ad line. The page carries a real exchange promo and a real ticker.", """
tk|BTC $71,204.11 +1.3%   ETH $3,412.80 +0.8%   SOL $162.05 -0.4%   XRP $0.6120 +2.1%
T|Watchdog orders 19 crypto adverts pulled over 'guaranteed returns' claims
ot|Harriet Cole, Consumer affairs reporter | 22 January 2026
B|Britain's advertising watchdog has ordered 19 cryptocurrency adverts to be withdrawn for implying that investors could not lose money.
B|One social-media video promised viewers they could "turn £250 into £10,000 in a week with our AI trading bot".
B|Another showed a price chart of Bitcoin rising from $40,000 to $70,000 next to the words "Still early — buy BTC now".
B|The regulator said every advert failed to carry the mandatory risk warning that crypto assets are high-risk and largely unregulated.
B|"Putting a rising BTC chart next to 'zero risk' is plainly misleading," the ruling said.
B|Three of the firms are based outside the UK and did not respond.
pr|New to crypto? Buy your first Bitcoin on Sablecoin with 0% fees for 30 days.
+pr|Get started
rl|Related coverage
+rl|Finfluencers face fines under new promotion rules
+rl|How to spot a fake celebrity investment advert
"""),

case("hard-en-002", "HARD: story about investment scams run through fake trading apps; it quotes the fake app's messages. The page carries a real app-download prompt and a real risk warning; trailing whitespace.", """
nv|Get the Fairmont Times app — breaking business news on the go
+nv|Download on iOS | Android
T|Fake trading apps drained $46 million from savers, police say
B|Police in Singapore and Malaysia say a network of fake trading apps took at least $46 million from about 2,300 victims over 18 months.
B|Victims were added to chat groups where "mentors" shared screenshots of supposed profits and urged them to download an app called ApexVault Pro.
B|The app showed balances rising daily, with pop-ups reading "Congratulations! Your portfolio is up 14% today".
B|When users tried to withdraw, they were told to pay a 20% "unlock tax" first.
B|How the scam worked
B|1. A stranger on social media recommends a stock-picking group.
B|2. The group pushes a download link outside official app stores.
B|3. Early small withdrawals succeed, building trust before larger deposits.
B|Investigators said the apps were hosted on servers in three countries.
dc|Investing involves risk, including the possible loss of principal. Articles on Fairmont Times are for general information and are not tailored to your circumstances.
rl|Most read today
+rl|Singapore tightens checks on sideloaded banking apps
+rl|Victims of scams win partial refunds under new code
""", trail=True),

case("hard-en-003", "HARD: story about a regulator probing exchange referral programmes; it quotes referral wording. The page itself carries a real referral offer and sign-up promo.", """
nv|CryptoLedge / Regulation
T|Regulator probes exchanges over 'invite-a-friend' bonuses
ot|Nadia Ferreira · 3 Mar 2026
B|Australia's securities regulator is examining whether referral bonuses offered by five crypto exchanges amount to unlicensed financial promotions.
B|Some of the schemes paid users up to 40% of the trading fees generated by friends they signed up.
B|One exchange's app told users: "Invite 3 friends, unlock a $50 BTC reward".
B|The regulator said such rewards may encourage people to recruit relatives into products they do not understand.
B|Exchanges have until April 15 to hand over marketing records.
B|A spokesperson for the exchange Kuroko said its programme "complies with all local rules".
pr|Refer friends to Ledgecoin and earn up to 25% of their trading fees — for life.
+pr|Copy your invite link
pr|Sign up today and claim a mystery box worth up to 500 USDT.
sh|Share
+sh|Tweet
+sh|Telegram
"""),

case("hard-en-004", "HARD: story about an exchange data outage that froze price feeds and showed stale 'delayed' quotes; page carries a real quote box and a real delay notice; no final newline.", """
nv|Markets Live | Stocks | Bonds | ETFs | Data
tk|DAXA 18,204.55 ▼0.42%  |  NIKA 38,911.20 ▲0.15%  |  SPXA 5,322.17 ▼0.08%
dc|Index levels shown are delayed 20 minutes unless marked real-time.
T|Frozen price feed left brokers showing hour-old stock quotes
B|A fault at the Nordvest exchange's market-data service left brokers displaying stale prices for 63 minutes on Tuesday morning.
B|Screens at several retail trading apps showed shares of Viskar (VSK) at 312 kronor even after they had fallen to 296.
B|Some apps displayed the message "Prices delayed — real-time data unavailable", but many did not.
B|The exchange said no trades were executed at wrong prices because matching engines kept running.
B|"A quote box that looks live but isn't is worse than an empty one," said Sanna Lindgren of the investors' association Aktiespararna Nord.
B|Regulators have asked the exchange for a report within 10 days.
rl|Related: Why market-data fees keep rising
at|Additional reporting by Oskar Holm""", final_nl=False),

case("hard-en-005", "HARD: story on rules for 'not financial advice' disclaimers in influencer posts; the body quotes such disclaimers, and the page carries its own real disclaimer and a newsletter box.", """
T|'Not financial advice' is not a shield, regulator tells finfluencers
ot|By Keiran Walsh | Personal Finance | 17 Feb 2026
B|A disclaimer at the bottom of a video does not excuse a recommendation to buy a particular share, Ireland's central bank said in new guidance on Tuesday.
B|Many influencers end clips with lines such as "This is not financial advice, do your own research".
B|The guidance says that if content tells viewers to buy a named stock or token, it is a recommendation regardless of the disclaimer.
B|Influencers paid by a company must also label the post as an advertisement.
B|"A one-line disclaimer cannot undo 10 minutes of hype," deputy governor Aoife Brannigan said.
B|Breaches can lead to fines of up to €1 million.
nl|Money Matters: one email every Sunday on tax, pensions and saving. No spam.
+nl|Sign me up
dc|Disclaimer: The Dublin Ledger's personal-finance coverage is general in nature. Speak to a regulated adviser before making investment decisions.
cm|Comments (3)
+cm|Log in to comment
"""),

case("hard-en-006", "HARD: Bitcoin sell-off story full of BTC/ETH prices and percentages; the page carries a real ticker strip (top), a real 'buy' promo mid-story, a reposting disclaimer and related teasers.", """
tk|BTC 64,870.22 ▼5.8%  ETH 3,015.44 ▼7.1%  BNB 541.10 ▼3.9%  DOGE 0.1412 ▼9.6%
T|Bitcoin slides below $65,000 as $1.9 billion in leveraged bets are wiped out
B|Bitcoin fell 5.8% on Wednesday to $64,870, its lowest level in seven weeks, as a wave of forced selling hit futures markets.
B|More than $1.9 billion of leveraged long positions were liquidated in 24 hours, according to derivatives tracker Coinglance.
B|Ether dropped 7.1% to $3,015, and Dogecoin lost almost 10%.
pr|Buy the dip? Trade BTC with up to 10x leverage on Voltrex. Start now
B|Why prices fell
B|Analysts pointed to outflows of $640 million from US spot bitcoin ETFs on Tuesday, the largest in two months.
B|"BTC at $65,000 is where a lot of stop-losses were clustered," said Ilya Marchetti, a trader at Fenwick Digital.
B|Funding rates on perpetual swaps turned negative for the first time since January.
dc|The above content is republished for information only and does not represent the views of this platform. Crypto assets are volatile; you may lose all your capital.
rl|Trending now
+rl|Ethereum staking yields hit record low
+rl|Altcoin season? What the order books are saying
"""),

case("hard-en-007", "HARD: story about a bank fined for tracking cookies on its online-banking login page; the body quotes the bank's consent banner. The page carries its own real cookie banner and a privacy footer.", """
ck|Your privacy choices: We use essential cookies and, with your consent, analytics and advertising cookies.
+ck|Accept   Reject   Customise
T|Lender fined €3.1 million over ad trackers on its login page
ot|Staff reporter · Brussels · 5 March 2026
B|Belgian data-protection regulators fined Meridian Bank €3.1 million on Thursday for loading advertising trackers on its online-banking login page before customers agreed to them.
B|The bank's banner read "We value your privacy — click OK to continue", but the trackers fired as soon as the page opened, investigators found.
B|About 1.4 million customers visited the page during the period examined.
B|The regulator said the "Reject" option was hidden behind a second menu.
B|Meridian said it had removed the trackers in November and would appeal.
B|It is the largest cookie-related fine imposed on a bank in Belgium.
"""),

case("hard-en-008", "HARD: story about paid stock-tip newsletters used to pump penny stocks; the body quotes a tip email. The page carries a real newsletter sign-up and a share bar.", """
T|SEC charges trio over newsletter 'pump' of microcap shares
B|US regulators have charged three men with using a paid stock-tip newsletter to inflate the price of five tiny companies and then sell their own shares.
sh|Share  |  Post  |  Email  |  Print
B|The newsletter, called The Tenbagger Letter, had about 48,000 subscribers who paid $49 a month.
B|One email told readers: "Our #1 pick for March could run 800% — position before Monday's open".
B|Shares of Pellucid Bio (PLCB) rose from $0.31 to $2.10 in four days after the email, before collapsing.
B|The defendants allegedly made $11.6 million from the scheme.
nl|Like this reporting? Get our Investigations newsletter first — free, twice a month.
+nl|Enter your email
+nl|Subscribe now
rl|More investigations
+rl|The brokers who never picked up the phone
"""),
]
