from make_cases import case

CASES = []
A = CASES.append

A(case("en-001", "en", "Exchange news section (Kestrel Insights): ETH staking fund inflows; doubled dek on line 1, breadcrumb; at the bottom a ticker spread over lines, sign-up bonus promo, repost disclaimer and a 'More on Kestrel' block with doubled teasers, Share lines and stamps.", """
du|Staking products drew their strongest week since launch as yields held near 3.1%.Staking products drew their strongest week since launch as yields held near 3.1%.
nv|Kestrel Insights › Markets › Ethereum
T|Ether staking funds pull in $412 million as institutions chase yield
B|Exchange-traded products that hold staked ether recorded $412 million of net inflows in the seven days to Friday, the largest weekly haul since the first of them began trading in March.
B|The bulk of the money went into two funds run by Larchmont Digital and Pell & Sayer, according to flow data compiled by the research desk at Tallow Analytics.
B|"Treasurers who ignored ether for years are now asking us about staking yield the way they ask about T-bill yield," said Ines Okafor, head of digital assets at Larchmont.
B|What changed
B|Regulators allowed the funds to pass staking rewards through to holders in February, which turned them from pure price trackers into income products.
B|Ether (ETH) traded at $3,884 on Friday afternoon, up 6.2% over the week, while the ETH/BTC ratio climbed to 0.0412.
B|Analysts cautioned that a lock-up queue of roughly 9 days for new validators could slow further inflows.
tk|Ethereum Logo
+tk|Ethereum Price(ETH)
+tk|$3,884.10
+tk|$3,884.10$3,884.10
+tk|+1.84%
+tk|USD
+tk|Ethereum (ETH) Live Price Chart
pr|New to Kestrel? Verify your account this week and unlock up to 5,000 USDT in welcome rewards.
di|Notice: Some articles in this section are republished from third-party outlets for reference. Kestrel does not endorse them, holds no responsibility for their accuracy, and nothing here is investment advice. Rights holders may request removal via press@kestrel-ex.example.
rl|More on Kestrel
rl|Why Solana validators are voting to cut inflation again
rl|Why Solana validators are voting to cut inflation again
rl|The post Why Solana validators are voting to cut inflation again appeared on LedgerLoop. Validators representing 41% of stake backed a proposal that would…
sh|Share
rl|LedgerLoop2026/03/14 09:12
rl|Three tokens unlocking more than $100M next week
rl|Three tokens unlocking more than $100M next week
rl|The post Three tokens unlocking more than $100M next week appeared on LedgerLoop. Unlock calendars show a heavy week for layer-2 projects, with…
sh|Share
rl|LedgerLoop2026/03/13 22:47
"""))

A(case("en-002", "en", "Stock-market portal (Marlowe Markets): regional bank earnings; index box squashed on one line at top, breadcrumb, byline and stamp; 'Advertisement' and inline 'Read more:' in the middle; tags, share bar, comment prompt and cookie banner at the bottom.", """
tk|DOW 41,022.18 ▲0.42%S&P 500 5,711.90 ▲0.31%NASDAQ 18,204.66 ▼0.12%10-YR 4.218% ▲0.03BRENT $78.41 ▼1.10%
nv|Home / Markets / Banks
T|Cobalt Valley Bancorp beats estimates as deposit costs finally ease
ot|By Terrence Aldana
ot|Published Apr 15, 2026 · 7:42 a.m. ET
B|Cobalt Valley Bancorp (NYSE: CVB) reported first-quarter earnings of $1.27 a share, ahead of the $1.09 analysts had expected, as the regional lender paid less to hold on to customer deposits.
B|Net interest margin widened to 3.08% from 2.91% in the prior quarter.
B|Shares rose 4.6% in premarket trading to $58.30.
ot|Advertisement
B|Chief executive Dana Whitcombe told analysts the bank had "stopped bleeding deposits" to money-market funds and expected loan growth in the low single digits for the year.
rl|Read more: Why mid-size lenders are suddenly buying back stock
B|Commercial real estate remained the soft spot. Non-performing office loans rose to $214 million, about 1.9% of that book, and the bank set aside $38 million for credit losses.
B|The lender kept its quarterly dividend at 41 cents.
nv|Tags: Earnings, Regional Banks, CVB, Interest Rates
sh|Share this story
+sh|Facebook
+sh|X
+sh|LinkedIn
+sh|Email
cm|What do you think about CVB's quarter? Join the conversation below.
ck|Marlowe Markets and our partners use cookies and similar tech to personalise content and measure ads. By continuing to browse you agree to this.
+ck|Accept
+ck|Reject
+ck|Cookie settings
"""))

A(case("en-003", "en", "Price-tracker news tab (CoinTally), single-newline file: memecoin launchpad volume; top has site header, section tabs, fear & greed gauge and gas widget; bottom has 'Originally published at' line and a risk disclaimer.", """
ot|CoinTally
nv|Coins  Exchanges  DEX Pairs  News  Learn
tk|Fear & Greed: 71 · Greed
tk|ETH Gas: 14 gwei ~ $0.92 per swap
T|Solana launchpad volume hits record as memecoin mania returns
B|Daily trading volume on Solana's three largest token launchpads reached $1.9 billion on Tuesday, topping the previous peak set in January.
B|More than 48,000 new tokens were created in 24 hours, according to on-chain dashboard SolScope.
B|Fewer than 1% of them held a market value above $1 million by the end of the day.
B|"It's a casino with a very fast cashier," said pseudonymous trader Koi Mandrake, who runs a popular launch-tracking bot.
B|Launchpad fees collected over the day came to about $7.4 million, more than the fees paid on Ethereum's main network over the same period.
B|SOL rose 3.8% to $212.44.
at|Originally published at solscope.example/blog on May 6, 2026.
di|Crypto assets are highly volatile. CoinTally displays news for information only and does not recommend buying or selling any token.
""", nl="single"))

A(case("en-004", "en", "Business wire release reposted by an aggregator: custody firm raises Series B; 'Press Release' label and 'News provided by' at top; About section, media contact, SOURCE and 'View original content' lines and a content-responsibility disclaimer at bottom; related block.", """
ot|Press Release
T|Vantor Custody raises $64 million Series B to expand insured cold storage in Asia
ot|News provided by Vantor Custody Ltd.
ot|Mar 03, 2026, 08:00 ET
B|SINGAPORE, March 3, 2026 /Newswire/ --
B|Vantor Custody Ltd., a qualified custodian for digital assets, today announced a $64 million Series B round led by Harrowgate Capital, with participation from Oku Ventures and existing investors.
B|The company will use the proceeds to open vaults in Hong Kong and Tokyo and to raise its insurance cover to $750 million per client.
B|Vantor currently safeguards roughly $9.2 billion in assets for 310 institutional clients, including three public pension funds.
B|"Institutions don't want to hear the word 'hot wallet' in a board meeting," said Priya Venkataraman, co-founder and chief executive.
B|Key figures:
B|- Assets under custody: $9.2 billion
B|- Institutional clients: 310
B|- Headcount after the raise: about 240
ot|About Vantor Custody
ot|Vantor Custody Ltd. is a Singapore-licensed custodian offering segregated, insured cold storage for digital assets. Learn more at vantor.example.
ot|Media contact: Lena Markovic, press@vantor.example, +65 6000 1234
at|SOURCE Vantor Custody Ltd.
at|View original content to download multimedia: newswire.example/vantor-series-b
di|The content above is a paid press release. CoinWire Aggregate did not write it and is not responsible for its claims; readers should do their own research before acting on it.
rl|Also on CoinWire Aggregate
rl|Custody fees are falling. Here's who is winning the price war
rl|Hong Kong grants two more virtual-asset platform licences
"""))

A(case("en-005", "en", "No headline: aggregator repost of a Telegram channel post on liquidations; forwarded-from credit, view counter, reaction counts and channel pitch; story is short lines with figures.", """
at|Forwarded from Perp Desk Alerts 📊
B|Liquidation wave overnight.
B|$1.14B in long positions were wiped out across derivatives venues between 01:00 and 04:00 UTC, the most in a 3-hour window since August.
B|BTC fell from $101,200 to $94,850 before bouncing to $97,300.
B|Largest single liquidation: a $38.6M BTC-USDT long on a Singapore venue.
B|Open interest dropped 11% to $61B.
B|Funding flipped negative on most majors for the first time in six weeks.
B|Our read: leverage was flushed, but spot buyers have not shown up yet.
ot|👁 28.4K views · edited 04:51
sh|🔥 412   👍 188   😱 97   🤡 21
nl|Get alerts like this 30 minutes earlier: join t.me/perpdeskalerts (free tier available)
at|Reposted by Tickerhaus from a public Telegram channel. Views are the channel's own.
"""))

A(case("en-006", "en", "X thread reposted by a crypto news site about a stablecoin depeg; 'Embedded post' credit, per-post engagement counts, follow pitch, related list and cookie consent at the bottom.", """
nv|Tickerhaus › Threads › Stablecoins
T|Thread: How USDQ lost its peg for 40 minutes, and who bought the dip
at|Embedded thread from X by @ravi_onchain (Ravi Deshmukh), reposted with permission
B|1/ USDQ traded as low as $0.962 on Curve at 14:08 UTC. It was back to $0.998 by 14:48. Here's what happened.
B|2/ A single wallet dumped 84M USDQ into the main pool in four transactions. The pool went 81% USDQ within minutes.
B|3/ The issuer paused mints for 12 minutes. That is what spooked people, not the sell itself.
B|4/ Three arbitrage bots bought ~52M USDQ under $0.98 and redeemed at par. Estimated profit: $1.3M.
B|5/ Reserves attestation from last week shows $2.41B in T-bills and cash against $2.37B supply. The backing was never the issue.
B|6/ Lesson: liquidity depth matters more than the reserve report on a bad afternoon.
sh|💬 214  🔁 1,093  ❤️ 3,870  📊 812K
nl|Follow @tickerhaus for live threads from the market's sharpest on-chain analysts.
rl|More threads
rl|Why basis traders are back in CME bitcoin futures
rl|A 12-post guide to reading proof-of-reserves reports
ck|We use cookies to remember your watchlist and show you relevant ads. Choose "Accept" to continue or "Customise" to pick categories.
+ck|Accept
+ck|Customise
"""))

A(case("en-007", "en", "Fintech blog, CRLF file: UK BNPL rules; three-line cookie banner on top, newsletter sign-up in the middle; author bio, tags, related posts and share buttons at the bottom.", """
ck|This site uses cookies to keep you signed in and to understand how our posts are read. You can change your mind any time in Settings.
ck|Accept all
ck|Manage preferences
nv|Ledgerline Blog / Regulation
T|Buy now, pay later gets its rulebook: what UK lenders must change by 2027
ot|Mariam Haddad · 9 min read · 12 February 2026
B|The Financial Conduct Authority on Wednesday published final rules that bring deferred-payment credit under the same affordability checks as other consumer loans.
B|Providers will have until 15 July 2027 to comply.
B|Three changes matter most
B|Lenders must check a customer's income and existing debts before the first purchase, not after the third.
B|Late fees will be capped at £12 per missed instalment.
B|Checkout buttons must show the total cost and the number of payments in the same font size as the "Pay later" label.
nl|Enjoying this? Ledgerline sends one carefully argued fintech email every Thursday. No spam, unsubscribe anytime.
+nl|Your work email
+nl|Subscribe
B|Industry group Pay-Later UK said the rules were "tough but workable", while consumer charity Owed Less called the £12 cap too high for shoppers on low incomes.
B|Smaller providers may struggle with the cost of credit checks, which run at roughly 40p to 90p per application.
ot|Mariam Haddad covers payments regulation for Ledgerline. She previously worked in the compliance team at a UK challenger bank.
nv|Filed under: BNPL · FCA · Consumer credit · Payments
rl|Keep reading
rl|Open banking payments pass 30 million a month
rl|The quiet death of the prepaid card
sh|Share on LinkedIn
sh|Share on X
sh|Copy link
""", crlf=True))

A(case("en-008", "en", "Crypto news aggregator, no final newline: mining difficulty adjustment; header line, source credit and squashed multi-coin ticker on top; 'Story continues below' and an 'Also read' teaser in the middle; comment widget at the bottom.", """
ot|CoinWire Aggregate — every crypto headline, one feed
tk|BTC$97,412.08+1.2%ETH$3,802.55+0.6%SOL$204.17-2.3%XRP$2.41+4.9%DOGE$0.3381-0.8%
at|Source: HashDesk
T|Bitcoin mining difficulty jumps 7.9% to new record as hashrate tops 1 zettahash
B|Bitcoin's mining difficulty rose 7.9% at block 945,504 on Sunday, the largest increase since October and the seventh rise in eight adjustments.
B|The network's seven-day average hashrate passed 1,000 exahashes per second for the first time.
ot|Story continues below
B|Hashprice, the revenue miners earn per unit of computing power, slipped to $48.70 per petahash per day, close to the break-even level for older machines such as the S19 series.
rl|Also read: Texas miners sign demand-response deals as summer grid alerts loom
B|"Anyone still running five-year-old rigs on 7-cent power is now mining at a loss," said Jonas Ekberg, an analyst at Fjordhash Research.
B|The next adjustment is projected for March 29, when estimates point to a further 2% to 3% increase.
cm|0 Comments
cm|Sign in with your CoinWire account to reply
cm|Sort by: Newest
""", final_nl=False))

A(case("en-009", "en", "Stock portal: chipmaker guidance cut; doubled title line, 'market movers' widget turned into lines (gainers/losers table), watchlist button and delayed-quote notice; story has a bullet list of figures.", """
nv|Quarry Street Finance  |  Stocks  |  Tech
T|Norvex Semiconductor sinks 14% after cutting data-centre forecast
du|Norvex Semiconductor sinks 14% after cutting data-centre forecast
ot|+ Add NVXS to watchlist
B|Shares of Norvex Semiconductor (NASDAQ: NVXS) fell 14.2% to $96.18 on Thursday, erasing about $19 billion of market value, after the company lowered its full-year outlook for data-centre chips.
B|The company now expects:
B|• Full-year revenue of $31.5 billion to $32.0 billion, down from $34 billion
B|• Gross margin of 58%, two points lower than previously guided
B|• Data-centre sales growth of 22%, versus 35% earlier
B|Chief financial officer Hollis Brandt blamed "digestion" at two large cloud customers who had front-loaded orders last year.
B|Rival Quellen Micro slid 3.1% in sympathy.
tk|Market movers
+tk|Top gainers
+tk|ARKW   58.44   +6.71%
+tk|PLTQ   31.02   +5.38%
+tk|HBNK   12.90   +4.02%
+tk|Top losers
+tk|NVXS   96.18   -14.20%
+tk|QLNM   44.73   -3.10%
+tk|SOLR   7.55    -2.86%
di|Quotes are delayed by at least 15 minutes unless marked real-time. Data supplied by Tessellate Market Data.
rl|People also read
rl|Cloud giants trim AI spending plans for the first time since 2023
rl|Five chip stocks analysts still rate a buy
"""))

A(case("en-010", "en", "Exchange blog: DeFi lending exploit; trailing spaces/tabs/NBSP; funding-rate widget, copy-trading pitch, app download prompt and referral code noise; share bar in the middle.", """
nv|Orbitra Learn › News{sp}{sp}
tk|Funding rate BTC-PERP 0.0100% · ETH-PERP 0.0087% · next settlement in 03:12:44{tab}
T|Lending protocol Cardinal Finance drained of $27 million through oracle bug{nbsp}
ot|Orbitra Research Team | 2026-02-19 11:20 UTC
B|Attackers drained roughly $27 million from Cardinal Finance, a lending protocol on Arbitrum, by feeding it a manipulated price for a thinly traded collateral token.{sp}
B|The attacker borrowed against the inflated collateral in a single transaction and bridged most of the proceeds to Ethereum within an hour.
sh|Share:  X · Telegram · Reddit · Copy{sp}
B|Cardinal paused all markets at 09:47 UTC and said user deposits in its isolated pools were unaffected.
B|Security firm Bastion Audits traced the weakness to a price feed that relied on a single decentralised-exchange pool with under $400,000 of liquidity.
B|The team has offered the attacker a 10% bounty if the rest of the funds are returned within 72 hours.
B|Cardinal's CRD token fell 38% to $0.214.{tab}
pr|Let the pros trade for you — mirror top Orbitra traders with Copy Trading, starting from just 10 USDT.
pr|Invite friends with code ORB-7QX2 and split a 20% fee rebate for life.{nbsp}
nv|Get the Orbitra app on iOS and Android — scan to download
di|Digital asset prices can swing sharply. This article is general information from Orbitra and not a recommendation to buy, sell or hold any asset.{sp}
"""))

A(case("en-011", "en", "Stock-market portal: Fed decision; listen prompt and updated stamp on top; photo caption; dateline in body; share bar spread over lines in the middle; 'More from Markets' teasers and morning newsletter pitch at bottom.", """
nv|Markets  Economy  Earnings  Crypto  Personal Finance
T|Fed holds rates at 4.25%, signals two cuts still possible this year
ot|Listen to this story · 5 min
ot|Updated 2 hours ago
C|Fed Chair Lydia Brennan speaks to reporters after the policy meeting in Washington on March 18. (Photo: Tomas Ruel / Capitol Imaging)
B|WASHINGTON, March 18 —
B|The Federal Reserve left its benchmark rate in a range of 4.25% to 4.50% on Wednesday and kept a projection for two quarter-point cuts by December.
B|Policymakers raised their forecast for core inflation this year to 2.9% from 2.6%.
sh|Share
+sh|Facebook
+sh|X
+sh|LinkedIn
+sh|WhatsApp
+sh|Copy link
B|"We are in no hurry," Brennan told reporters.
B|Treasury yields fell after the statement, with the two-year note down 6 basis points to 3.94%.
B|The S&P 500 closed up 0.9% and the dollar index slipped 0.4%.
rl|More from Markets
rl|Oil slides as Gulf producers signal extra barrels in May
rl|Small caps rally on rate relief, but earnings still lag
rl|The yen's worst quarter in two years, in four charts
nl|Get the Morning Bell: the three charts that matter before the open, delivered at 6 a.m. ET.
+nl|Sign me up
"""))

A(case("en-012", "en", "Commodity wire story reposted on a finance portal: index box spread over lines at top; agency credit, copyright line, extra blank lines, trailing whitespace; related stories.", """
tk|GOLD{tab}2,948.30{tab}+0.9%
+tk|SILVER{tab}33.12{tab}+1.4%
+tk|WTI{tab}71.84{tab}-0.6%
+tk|COPPER{tab}4.71{tab}+0.2%
T|Gold hits record above $2,940 as central banks keep buying
B|LONDON, Feb 27 (Harbor Wire) - Gold rose to a record $2,951.60 an ounce on Thursday, extending its rally to a ninth week as central-bank purchases and a softer dollar drew in buyers.{sp}
B|Spot gold was up 0.9% at $2,948.30 by 1420 GMT.{sp}{sp}
B|Central banks added a net 62 tonnes in January, according to figures from the Bullion Council, with Poland and India the largest buyers.
B|"Every dip is getting bought within hours," said Saskia Verhoeven, a metals strategist at Dykstra Bank.
B|Silver climbed 1.4% to $33.12, while platinum was flat at $981.
~3
at|(Reporting by Colm Breathnach; Editing by Anita Rao){tab}
at|© 2026 Harbor Wire. All rights reserved. Republication or redistribution is prohibited without prior written consent.
rl|Related Stories
+rl|Copper steadies as Chilean mine strike talks resume
+rl|Why gold miners are lagging the metal
"""))

A(case("en-013", "en", "No headline: crypto aggregator page starting with a ticker; ETF flows story; 'Related coins' widget, 'Sponsored' teaser and 'Trending now' list at bottom.", """
tk|BTC 96,880 ▲1.1% | ETH 3,790 ▲0.4% | BNB 688 ▼0.3% | ADA 1.02 ▲2.7%
ot|Feb 4, 2026 · 3 min read
B|Spot bitcoin exchange-traded funds in the US took in $918 million on Monday, the largest daily inflow in five weeks.
B|Harbrook's fund accounted for $604 million of the total.
B|Outflows from the older Greystone trust slowed to $41 million, the smallest since it converted to an ETF.
B|Cumulative net inflows across all spot funds now stand at $43.7 billion.
B|"The basis trade is back and advisers are finally done with their due diligence," said Rhea Lindqvist of Brookvale Advisers.
tk|Related coins
+tk|Bitcoin BTC $96,880.14 +1.1%
+tk|Wrapped Bitcoin WBTC $96,845.02 +1.1%
ot|Sponsored
ot|This new wallet pays you 8% on idle USDC. See how →
rl|Trending now
+rl|1. Miners sell the most BTC since 2024
+rl|2. What the new SEC chair said about staking
+rl|3. XRP open interest hits a record
"""))

A(case("en-014", "en", "Singapore-based markets site: Asia close; story has a bullet list of index closes; byline with bio line, 'Most popular' list and a bottom cookie banner.", """
T|Asian stocks end mixed as Tokyo hits record, Hong Kong slips on property worries
ot|By Wei Ling Tan, Markets Correspondent
ot|Straits Ledger | 24 Mar 2026, 5:15 pm SGT
B|Japanese shares closed at a record on Tuesday while Hong Kong fell for a third session as fresh doubts about a developer's bond payment weighed on property stocks.
B|How the region closed:
B|• Nikkei 225: 41,388.12, up 0.8%
B|• Hang Seng: 22,104.50, down 1.2%
B|• Shanghai Composite: 3,362.07, up 0.1%
B|• Kospi: 2,711.36, up 0.4%
B|• Straits Times Index: 3,941.80, flat
B|Hong Kong's property sub-index dropped 3.4% after Wingate Land said it would use a 30-day grace period on a coupon due Monday.
B|The yen weakened past 151 per dollar, helping exporters.
ot|Wei Ling Tan covers Asian equities and currencies from Singapore. Follow her on X @weiling_mkts.
rl|Most popular
+rl|1. The five dividend stocks Singapore funds are buying
+rl|2. Why the ringgit is Asia's best currency this year
+rl|3. Japan's trading houses keep rising: is it too late?
ck|We value your privacy. Straits Ledger uses cookies for analytics and personalised advertising. Read our privacy statement for details.
+ck|I agree
+ck|Manage settings
"""))

A(case("en-015", "en", "Fintech blog on WordPress, single-newline file: mobile money interoperability in East Africa; skip link and menu at top; share/like widgets, related block and comment form at bottom.", """
nv|Skip to content
nv|Home  Fintech  Payments  Crypto  Events  About
T|Kenya and Tanzania link mobile wallets in cross-border pilot
ot|Posted on 9 January 2026 by Amani Njoroge
B|NAIROBI —
B|Customers of two of East Africa's largest mobile-money operators will be able to send money between Kenya and Tanzania directly from their wallets from February, the central banks of both countries said on Thursday.
B|The pilot caps transfers at KES 150,000 (about $1,160) a day.
B|Fees will be shown upfront, and the exchange rate will be fixed at the moment of sending.
B|Remittances between the two countries were worth about $410 million last year, much of it still carried in cash by bus.
B|"This is the corridor where informal channels hurt people most," said Zawadi Mrema, a payments lead at the Bank of Tanzania.
sh|Share this:
sh|X
sh|WhatsApp
sh|LinkedIn
ot|Like this:
ot|Loading...
rl|Related
rl|Why stablecoins haven't replaced M-Pesa
cm|Leave a Reply Cancel reply
cm|Your email address will not be published. Required fields are marked *
""", nl="single"))

# ---------------------------------------------------------------- hard cases
A(case("hard-en-001", "en", "Hard: story about a regulator probing an exchange's sign-up bonus; quotes the promo slogans and lists bonus tiers (story). The page also carries a real sign-up bonus banner and referral-code promo, plus breadcrumbs, byline and related block.", """
nv|LedgerLoop / Regulation / Exchanges
T|Regulator probes Zephyra's '$250 welcome bonus' after complaints from new traders
ot|Hana Petrovic | Mar 9, 2026
pr|Claim a 100 USDT futures voucher when you open a LedgerLoop Pro account today →
B|The Consumer Finance Watchdog has opened an inquiry into a sign-up promotion run by crypto exchange Zephyra, after receiving more than 600 complaints that the advertised bonus could not be withdrawn.
B|The campaign's banner read: "Deposit $100, get $250 in trading credit."
B|Its fine print told a different story. The credit was tiered:
B|- $50 credit after a $100 deposit
B|- $120 credit after $10,000 in futures volume
B|- the remaining $80 only after 30 days of "active trading"
B|"Sign up in 60 seconds. Trade in 61." — another Zephyra slogan quoted in the watchdog's notice.
B|The regulator said bonuses tied to leveraged trading volume may breach rules on inducements to retail customers.
B|Zephyra said it would "cooperate fully" and paused the offer on Friday.
pr|Referral code LOOP25: your friends get 25% off spot fees for 90 days, you get 10% of theirs.
rl|Related
rl|Exchanges pull leverage ads after watchdog warning
rl|Inside the fine print of crypto welcome bonuses
"""))

A(case("hard-en-002", "en", "Hard: story about a price-feed glitch that showed bitcoin at one cent on a tracker; quotes the glitched ticker text and lists the wrong prices (story). Real squashed ticker and spread-over-lines ticker on the same page; disclaimer and share bar.", """
tk|Bitcoin LogoBitcoin(BTC)$97,015.22$97,015.22+0.74%USD
T|Price tracker shows bitcoin at $0.01 for 11 minutes, triggering stop-losses on partner apps
ot|Nikolai Brandt · 2026-04-02 · 4 min
B|For 11 minutes on Wednesday morning, users of price-tracking site CoinMeridian saw a ticker that read "Bitcoin (BTC) $0.01 -99.99%".
B|Other coins were hit too. Screenshots shared by users showed:
B|ETH $3.80 -99.90%
B|SOL $0.21 -99.89%
B|DOGE $0.0003 -99.91%
B|Three portfolio apps that pull CoinMeridian's public feed triggered automatic stop-loss alerts, and one small broker executed 212 sell orders before halting.
B|CoinMeridian blamed a decimal-scaling error in a new data pipeline and said it would compensate affected partners.
B|"A ticker widget is trusted like a clock on the wall," said market-data consultant Yusuf Demir. "Nobody checks it until it's wrong."
sh|Share
+sh|Tweet
+sh|Post to Reddit
tk|Solana
+tk|SOL
+tk|$211.06
+tk|-1.92%
+tk|24h Vol $4.1B
di|Prices shown are indicative, sourced from third-party aggregators and may be delayed. Nothing on this page is an offer to trade.
"""))

A(case("hard-en-003", "en", "Hard: story about regulators saying 'not financial advice' disclaimers don't protect finfluencers; quotes several disclaimer phrasings (story). The page ends with its own genuine not-advice disclaimer and risk warning; newsletter pitch and tags.", """
T|'NFA, DYOR' won't save you: watchdogs warn crypto influencers over disclaimer loophole
ot|By Claire Osei-Bonsu
ot|Published 17 Jan 2026
B|Securities regulators in five countries issued a joint statement on Friday warning that adding a disclaimer to a paid crypto promotion does not exempt the poster from advertising rules.
B|The statement singled out three common phrasings:
B|"This is not financial advice. DYOR."
B|"NFA — I'm just a guy who likes the chart."
B|"Not an endorsement. I may hold the tokens mentioned."
B|Regulators said the phrases were often placed after a clear call to buy, and that followers treated them as boilerplate.
B|"A disclaimer at the bottom doesn't cancel a 'buy now' at the top," said Tomasz Wierzbicki of the Polish Financial Supervision Authority.
B|Influencers with more than 10,000 followers who are paid to promote tokens will have to register with the regulator in their country from September.
nl|Sign up for Rulebook, our weekly briefing on crypto regulation →
nv|Topics: Regulation, Influencers, Marketing
di|Disclaimer: The information in this article is for general news purposes and does not constitute financial, investment or legal advice. Always consult a licensed adviser.
di|Risk warning: Cryptoassets are unregulated in some jurisdictions and you could lose all the money you invest.
"""))

A(case("hard-en-004", "en", "Hard, no final newline: story about a referral scheme collapse; quotes referral codes and pitch lines (story). Page carries its own referral-code promo, app prompt, related block and comment count.", """
nv|ChainTape  >  Investigations
T|Inside LoopRich: how a 'referral bonus' app paid old users with new users' deposits
ot|ChainTape Investigations Desk — Feb 22, 2026
B|LoopRich promised 2% a day on stablecoin deposits, plus a bonus for every friend you brought in.
B|Its pitch, pinned in a 90,000-member chat, was simple: "Use my code MOON50 and we both earn 50 USDT."
B|By January, referral payouts made up 71% of all withdrawals, according to wallet analysis by ChainTape.
B|Top recruiters posted leaderboards with lines like "Level 5 unlocked — 8% on your whole downline!"
B|The app stopped processing withdrawals on Feb. 14.
B|About $46 million remains in wallets linked to the operators.
B|"Every referral scheme looks generous until the inflow slows," said forensic accountant Dalia Rostami.
pr|Trade with ChainTape's partner exchange: use code TAPE10 for 10% off fees for a year.
nv|Download the ChainTape app for instant alerts
rl|You may also like
rl|How to tell a yield product from a Ponzi in five questions
rl|The 2025 crypto fraud tally, by country
cm|14 comments""", final_nl=False))

A(case("hard-en-005", "en", "Hard: story about an exchange's token listing page (trading opens time, deposit status, pairs list) that went live early; story quotes the listing-page lines. Page has a real 'New listings' widget, doubled dek, ticker and repost disclaimer.", """
du|The listing page went live six hours before the announcement.The listing page went live six hours before the announcement.
T|Exchange's early listing page for FERN token sparked a 300% pre-announcement rally
B|A listing page for the little-known FERN token appeared on exchange Coralis at 02:00 UTC on Tuesday, six hours before the exchange announced it.
B|The page read:
B|"FERN/USDT — Trading opens 10:00 UTC"
B|"Deposits: enabled. Withdrawals: opens 24 Mar."
B|"Pairs: FERN/USDT, FERN/USDC, FERN/TRY"
B|Traders who spotted it bought FERN on decentralised exchanges, where its price rose from $0.041 to $0.168 before the official post.
B|Coralis said the page was published by mistake during a content update and that it was reviewing whether any employee traded on the information.
B|FERN was trading at $0.093 on Wednesday.
tk|New listings
+tk|FERN  $0.0931  -44.6%
+tk|QUIL  $1.207  +12.3%
+tk|ZAPX  $0.00412  +3.0%
tk|Fear & Greed Index 58 Neutral
di|This page aggregates content from public sources. Coralis News does not guarantee accuracy and assumes no liability; it is not investment advice. For removal requests write to legal@coralis.example.
"""))

A(case("hard-en-006", "en", "Hard: story about a Telegram pump group; quotes pump calls ('BUY NOW', targets) and lists price moves (story). Page has its own Telegram/Discord pitch, share bar and trailing whitespace.", """
T|Pump group hit 31 tokens in a month; members lost most of their money, analysis shows{sp}
ot|Emeka Obi | Tickerhaus | 3 Apr 2026{tab}
B|A Telegram group with 210,000 members coordinated at least 31 "pumps" of small-cap tokens in March, according to an analysis by blockchain researcher Sable Labs.{sp}
B|Each pump began with a countdown post, then a single line:
B|"🚀 BUY NOW: $GLYPH 🚀 target 10x, hold for the news!"
B|The pattern was almost always the same:
B|+240% in the first 3 minutes
B|-60% from the peak within 20 minutes
B|-85% by the next day{nbsp}
B|Sable Labs found that wallets funded shortly before each call sold into the rally, taking an estimated $8.3 million.
B|"The people shouting 'buy' were the exit liquidity's counterparty," said Sable's Ana Lucía Ferreyra.
nl|Join 80,000 traders in the Tickerhaus Telegram for breaking news — link in bio{sp}
nl|Prefer Discord? Our server has live market chat 24/7.
sh|Share{tab}
+sh|X
+sh|Telegram
+sh|Copy
"""))

A(case("hard-en-007", "en", "Hard: story about the Fear & Greed index falling to extreme fear; story lists gauge readings by day. The page also shows a real fear & greed gauge widget and gas fee widget at top, navigation and a comment prompt.", """
nv|BitQuarry  News  Markets  Research  Data
tk|Fear & Greed Now: 19 Extreme Fear
+tk|Yesterday: 24 · Last week: 41 · Last month: 66
tk|Gas ⛽ Slow 9 · Standard 12 · Fast 16 gwei
T|Crypto sentiment gauge sinks to 'extreme fear' for the first time since 2024
B|A widely watched crypto sentiment index fell to 19 on Monday, a reading labelled "Extreme Fear", as bitcoin dropped below $88,000.
B|The index, which blends volatility, volume, social media and funding data, has fallen for six straight days:
B|Tuesday: 52 (Neutral)
B|Thursday: 38 (Fear)
B|Saturday: 27 (Fear)
B|Monday: 19 (Extreme Fear)
B|Contrarian traders often treat such readings as a buy signal.
B|"Extreme fear is a description, not a strategy," said Oren Baskin, a portfolio manager at Tallpine Capital.
cm|Is it time to buy? Tell us what you think in the comments.
"""))
