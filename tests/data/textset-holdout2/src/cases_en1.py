# English cases, part 1 (crypto / finance aggregator and exchange reposts, markets wire copy).
CASES = [
dict(id="en-001", style="verbatim", lang="en", notes="Crypto aggregator repost: site header, doubled dek, promo, multi-line ticker, reposting disclaimer, related block with doubled teaser titles, share lines and site+timestamp stamps; extra blank lines before the footer.",
src="""
ot BLOCKFEED LEDGER

du Tessaly's reserve report shows a $41 million gap that auditors call temporary.Tessaly's reserve report shows a $41 million gap that auditors call temporary.

T Stablecoin issuer Tessaly discloses brief reserve gap in quarterly attestation

B Tessaly Labs, the Lisbon-based issuer of the TSY dollar token, said on Tuesday that its reserves fell $41 million short of tokens in circulation for nine days in March.

B The shortfall, disclosed in an attestation prepared by accounting firm Brandt Okafor, was caused by a delayed redemption from a money market fund, the company said.

B Tessaly has about $2.3 billion of TSY outstanding, making it the seventh-largest dollar stablecoin by supply.

B What the report shows

B According to the attestation, 88% of reserves sat in U.S. Treasury bills maturing within 90 days, with the rest in bank deposits and overnight repurchase agreements.

B "The gap was closed before any holder was affected," chief financial officer Mirela Costa said.

B TSY briefly changed hands at $0.996 on several venues after the filing went public, before returning to its peg within two hours.

B Portugal's securities regulator declined to comment.

pr Got a token launch coming up? Put it in front of 300,000 daily readers with a Blockfeed spotlight placement.
tk Market Snapshot
tk Tessaly USD Logo
tk Tessaly USD Price(TSY)
tk $0.9991
tk -0.04%
tk USD
tk TSY to USD converter
di Notice: Blockfeed Ledger republishes articles from third-party sources for general information only. Views expressed belong to their authors, not to Blockfeed. Nothing here is investment advice. Rights holders who object to a repost can write to takedown@blockfeedledger.example and we will remove it within 48 hours.
%%

rl Readers Also Opened

rl Solana validators approve fee-burn change after three-week vote

rl Solana validators approve fee-burn change after three-week vote
rl The post Solana validators approve fee-burn change after three-week vote appeared on ChainDispatch.io. Validators representing 71% of stake backed the proposal on…
sb Share
rl ChainDispatch2026/03/14 09:12

rl Why two Asian pension funds quietly bought bitcoin miners

rl Why two Asian pension funds quietly bought bitcoin miners
rl The post Why two Asian pension funds quietly bought bitcoin miners appeared on ChainDispatch.io. Filings show the funds took stakes of between 1% and 3% in…
sb Share
rl ChainDispatch2026/03/14 08:47
"""),

dict(id="en-002", lang="en", final_nl=False, notes="Exchange 'news' page: top menu and breadcrumb, site+time stamp, inline promo after the story, squashed one-line ticker, short reposting disclaimer, 'more from' list; no final newline.",
src="""
nv Markets  Trade  Futures  Earn  Korvex News
nv News / Altcoins / Arden
T Arden network to release 18% of token supply as investor lockups end
ot Korvex News · 2026-04-02 14:20 (UTC+8)
B Roughly 180 million ARD tokens held by early investors and the Arden Foundation will unlock on April 15, according to the project's published vesting schedule.
B The release is the largest in Arden's history and equals about 18% of the layer-2 network's circulating supply.
B Unlock events of this size have often been followed by selling pressure, analysts at research desk Quillon noted in a client memo.
B The foundation said in a forum post that 40 million of its own tokens would be moved into a two-year staking contract rather than sold.
B Arden processes about 1.1 million transactions a day, down from a peak of 2.6 million in November.
pr Trade ARD/USDT with zero maker fees until April 30. Create your Korvex account in under two minutes.
tk Arden LogoArden Price(ARD)$1.184$1.184+6.72%USD
di Korvex News carries content from external contributors and partners. Korvex does not vouch for its accuracy and accepts no liability for trading decisions made on the basis of it.
rl More from Korvex News
rl Korvex adds three euro trading pairs for EEA users
rl Weekly funding-rate recap: longs pay up as ETH tops $4,100
rl Explainer: how token vesting cliffs work
"""),

dict(id="en-003", lang="en", notes="Mining news aggregator page without a headline: site header and relative time on top; tag list, share row, trending list and a continue-to-accept cookie notice at the bottom.",
src="""
ot MinerPulse | Mining & Energy
ot 5 hours ago
B Bitcoin miner Corriente Hash has switched on a 120-megawatt site beside the Itaipu-fed grid in Paraguay's Alto Paraná department, the company said on Thursday.
B The facility houses about 38,000 machines and will raise Corriente's total hashrate to roughly 14 exahashes per second.
B Paraguay's state utility sells surplus hydropower to miners at industrial tariffs, but lawmakers have debated raising those rates twice in the past year.
B "We signed a five-year contract with a fixed price band, so we are insulated for now," chief operating officer Ramiro Achucarro said.
B Local residents have complained about noise from cooling fans at two older sites operated by other companies.
B Corriente expects the site to produce around 9 bitcoin a day at current network difficulty.
nv Tags: Bitcoin Mining · Paraguay · Hydropower · Corriente Hash
sb Post to X · Send via Telegram · Copy link
rl Trending on MinerPulse
rl Texas grid operator pays miners $31 million to power down during heatwave
rl Halving math: which public miners still make money below $60,000?
rl Ethiopian regulator pauses new mining licences pending tariff review
ck MinerPulse keeps small files on your device so you stay signed in and we can count visits. Keep browsing to agree, or change this in Settings.
ck Settings
ck OK
"""),

dict(id="en-004", lang="en", style="single", notes="Wire copy on a markets portal, single newlines: breadcrumb, byline, published/updated stamp, listen prompt, standalone dateline, mid-story ad label and inline 'read also' teaser, editing credit, most-read list and copyright line.",
src="""
nv Home / Markets / Bonds
T Gilt yields jump as traders push back bets on a June rate cut
ot By Tomasz Reyes and Aiko Brandt, Meridian Wire
ot Published 07:41 GMT · Updated 09:02 GMT, 9 April 2026
ot Audio version available · 4 min 10 sec
B LONDON, April 9 —
B British government borrowing costs rose sharply on Thursday after stronger-than-expected wage data led investors to scale back expectations of an interest rate cut in June.
B The yield on the 10-year gilt climbed 14 basis points to 4.61%, its biggest one-day rise since January.
ot Advertisement
B Average weekly earnings excluding bonuses grew 5.3% in the three months to February, official figures showed, above the 4.9% forecast by economists.
rl Read also: Sterling hits four-month high against the euro on wage surprise
B Money markets now price a roughly 35% chance of a June cut, down from 60% a day earlier.
B "The labour market simply isn't cooling fast enough for the committee to move in early summer," said Oonagh Pryce, rates strategist at Halden Partners.
at Reporting by Tomasz Reyes; additional reporting by Aiko Brandt; editing by Sunniva Hall
rl Most read
rl 1. Retail sales slump as Easter shoppers stay home
rl 2. Carmaker Vexa to cut 2,000 jobs in Midlands overhaul
rl 3. Oil slips below $78 as OPEC+ output talks stall
di © 2026 Meridian Wire Ltd. Redistribution without written consent is prohibited.
"""),

dict(id="en-005", lang="en", notes="Exchange news page for a DAO vote: top promo banner, stamp with reading time, mid-story promo box, multi-line ticker, disclaimer with support address, latest-news list with relative-time stamps.",
src="""
pr New to Halvane? Deposit 100 USDT and unlock a 20 USDT futures voucher this week only.
T Lendwell DAO votes to cap borrowing against its own governance token
ot Halvane Newsroom | 11 Apr 2026, 16:03 | 3 min read
B Holders of Lendwell's LWD token approved a proposal on Saturday limiting how much users can borrow against LWD itself to $25 million across the lending protocol.
B The vote passed with 82% support after a turnout of 41 million tokens, the highest in the DAO's three-year history.
B The cap follows an incident in February in which a single account borrowed $63 million against LWD collateral, leaving the protocol exposed when the token fell 30% in a day.
pr Earn up to 7.5% APR on idle stablecoins with Halvane Flexible Savings. Terms apply.
B Risk firm Oxbow Analytics, which drafted the proposal, said the limit would be reviewed every 90 days.
B Followers of the protocol on its governance forum were split, with some arguing the cap would slow growth.
B LWD was little changed after the result.
tk LWD/USDT
tk 2.418
tk +0.83%
tk 24h Vol 14.2M
di Disclaimer: This page may include third-party content and market commentary. Halvane makes no representation as to its accuracy. Digital assets are volatile; you could lose the full amount invested. Contact press@halvane.example with concerns about any content.
rl Latest News
rl Halvane to delist four low-liquidity pairs on May 2
ot 12 minutes ago
rl Ether staking queue hits record as withdrawals slow
ot 40 minutes ago
"""),

dict(id="en-012", lang="en", notes="Syndicated business story: syndication credit on top, stock quote box, body with prices in sentences and a line starting with 'Shares', originally-published and republished-with-permission lines at the bottom.",
src="""
at Syndicated from the Lakeshore Business Journal
T Fenwick Foods agrees to buy regional grocer Harlow Markets for $1.4 billion
tk FNWK  42.18  +3.9%
tk HRLM  27.66  +18.2%
B Fenwick Foods said on Friday it would acquire Harlow Markets, a 96-store grocery chain in Ohio and Indiana, in a cash-and-stock deal valued at $1.4 billion including debt.
B Harlow shareholders will receive $19.50 in cash and 0.21 Fenwick shares for each share they own.
B Shares of Harlow jumped 18% in morning trading to $27.66, close to the implied offer value.
B Fenwick chief executive Dolores Whitcombe said the combined company would keep the Harlow name on stores in Indiana for at least three years.
B The deal requires approval from federal antitrust regulators, who have challenged two grocery mergers since 2024.
B Fenwick expects the transaction to close in the first quarter of 2027.
at This article was originally published at lakeshorebj.example on April 11, 2026.
di Copyright 2026 Lakeshore Business Journal. Republished with permission; all rights reserved.
"""),

dict(id="en-013", lang="en", notes="Crypto aggregator market report: breadcrumb, author/reviewer line and updated stamp on top; body with prices inside sentences; affiliate disclosure, three-coin multi-line ticker and popular-stories list at the bottom.",
src="""
nv CoinHarbor › Markets › Bitcoin
T Spot bitcoin funds log fifth straight week of inflows
ot Written by Ola Mensah · Fact-checked by Cara Lind
ot Last updated: 16 April 2026 | 3 min read
B U.S.-listed spot bitcoin exchange-traded funds took in a net $1.06 billion in the week to Friday, the fifth consecutive week of inflows, data from tracker FundLens showed.
B The largest single-day intake came on Tuesday, when the funds added $412 million as bitcoin rose above $93,000.
B Outflows from the oldest converted fund slowed to $38 million for the week, the smallest since it changed structure.
B Ether funds recorded a net outflow of $54 million.
B "Advisers are finally getting platform approval to allocate, and that is sticky money," said Devika Rao, head of research at Castellan Digital.
di Affiliate disclosure: CoinHarbor may receive a commission if you open an account with a partner exchange through links on this page.
tk BTC
tk $93,412.50
tk +1.9%
tk ETH
tk $4,027.11
tk -0.6%
tk SOL
tk $212.84
tk +3.2%
rl Popular Stories
rl Miners sell the least bitcoin since 2023, on-chain data shows
rl What the new U.S. stablecoin rules mean for your savings app
rl Ethereum developers set date for next network upgrade
"""),

dict(id="en-015", lang="en", final_nl=False, notes="Crypto aggregator with the headline doubled on the next line, site header and author stamp on top, body with a short subheading and a bullet list, reposting disclaimer, related teasers with 'The post ... appeared on' lines and stamps; no final newline.",
src="""
ot The Hashline
T Cross-chain bridge Portway drained of $27 million in signature exploit
du Cross-chain bridge Portway drained of $27 million in signature exploit
ot Nadia Ferreira | April 18, 2026 03:55 AM EDT
B An attacker withdrew about $27 million in ether and stablecoins from the Portway bridge early on Saturday after forging validator signatures, according to blockchain security firm Kestrel Labs.
B Portway paused all deposits and withdrawals roughly 50 minutes after the first suspicious transfer.
B How it happened
B Kestrel said a flaw in a contract upgrade last week let the attacker reuse a signature from an earlier, legitimate transfer.
B Stolen funds so far:
B - 6,120 ETH moved to a newly created wallet
B - 4.3 million USDC swapped to ether on a decentralised exchange
B - 1.9 million DAI still held in the exploit address
B Portway's team offered the attacker a 10% bounty in exchange for returning the rest.
di Reposted content: The Hashline aggregates news from publicly available sources. Opinions and figures belong to the original publishers. This is not investment advice. Write to legal@thehashline.example to request removal.
rl Keep Reading
rl Bridge exploits cost users $1.8 billion last year, report says
rl The post Bridge exploits cost users $1.8 billion last year, report says appeared on ChainDispatch.io. A new tally from auditors shows cross-chain bridges remained the…
rl ChainDispatch2026/04/18 02:10
rl Layer-2 networks cut fees again after blob upgrade
rl The post Layer-2 networks cut fees again after blob upgrade appeared on Tokenwire. Average fees on the largest rollups fell below one cent…
rl Tokenwire2026/04/17 22:31
"""),

dict(id="en-017", lang="en", notes="Exchange newsroom story on a central bank digital currency pilot: subheadings and a bullet list; bottom block of picked-for-you teasers each with source and time stamp, plus a share line and legal notice.",
src="""
ot Orbix Newsroom
T Thailand's central bank widens digital baht trial to 12 retail banks
ot Orbix Editorial Team · 2026-04-22 10:05
B The Bank of Thailand will extend its retail digital currency pilot to 12 commercial banks and about 50,000 users from July, officials said on Wednesday.
B The first phase, which ended in March, involved three banks and 8,000 users in Bangkok and Chiang Mai.
B Key changes in phase two
B - Offline payments of up to 2,000 baht per transaction
B - Transfers between wallets at different banks
B - A holding cap of 50,000 baht per user
B Deputy governor Prasit Wongsakul said the bank had "no plan at present" for a full launch and would publish findings from the trial next year.
sb Share: X | Facebook | Telegram | Copy link
di Legal notice: Articles in Orbix Newsroom are provided by third parties or compiled by our editors from public information. They are not an offer or solicitation to buy or sell any asset. Orbix is not liable for losses arising from reliance on them.
rl Picked for you
rl Hong Kong stablecoin licensees start pilot payouts to merchants
rl Source: Ledgerline · 2026-04-22 09:41
rl Japan's megabanks test tokenised deposits for cross-border trade
rl Source: Ledgerline · 2026-04-21 18:02
rl EU lawmakers back holding limit for digital euro
rl Source: Coinmonitor · 2026-04-21 12:37
"""),

dict(id="en-020", lang="en", notes="Meme-coin rally on an aggregator: site header and doubled dek, body with prices inside sentences and a one-sentence paragraph, squashed one-line tickers, promo, related teasers with stamps and share lines.",
src="""
ot CRYPTOBEACON
du Traders piled into frog-themed tokens as volumes hit a six-month high.Traders piled into frog-themed tokens as volumes hit a six-month high.
T Meme coin HOPPA triples in a week as exchange listings pile up
B The HOPPA token rose 212% over seven days to $0.0043 on Sunday after three mid-sized exchanges listed it, according to price aggregator TickBase.
B Its market value briefly topped $900 million, more than the combined value of the next five frog-themed tokens.
B Trading volume across meme coins reached $14.6 billion on Saturday, the highest since October.
B Few of the buyers appear to be new.
B On-chain analytics firm Spindle said 64% of HOPPA's supply was held in 20 wallets, several of which were funded by the same exchange account.
B Analysts warned that similar rallies last year reversed within weeks.
tk Hoppa LogoHoppa Price(HOPPA)$0.004302$0.004302+212.40%USD
tk Pepe LogoPepe Price(PEPE)$0.00001187$0.00001187+9.05%USD
pr List your token on CryptoBeacon's Radar page — fast review, 40+ partner channels. Apply now.
rl Hot right now
rl Dogecoin whales move 1.2 billion DOGE ahead of payments rumour
rl The post Dogecoin whales move 1.2 billion DOGE ahead of payments rumour appeared on CoinSpire.news. Large holders shifted tokens across…
sb Share
rl CoinSpire2026/04/26 11:18
rl Is the meme coin cycle over? Three charts say no
rl The post Is the meme coin cycle over? Three charts say no appeared on CoinSpire.news. Despite a rough March, meme tokens have…
sb Share
rl CoinSpire2026/04/26 07:54
"""),
]
