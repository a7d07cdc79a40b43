CASES = [
dict(id="en-011", lang="en", hard=False, opts="", notes="University science blog, deep-sea microbes; IAB-style consent dialog at top, caption, share run and 'like' widget, similar posts.", text="""
ck|Your privacy matters to us
ck|We and our 142 partners store and access information on your device to personalise content and measure audiences. You can change your choices at any time via Privacy Settings at the foot of the page.
ck|Agree and close
ck|Show purposes
nav|Lindmoor University Research Blog
T|Microbes from a deep-sea vent can 'breathe' arsenic, lab study finds
C|A sampling robot collects sediment at 2,300 metres. (Photo: Lindmoor Ocean Lab)
B|Bacteria collected from a hydrothermal vent in the western Pacific can use arsenic compounds in place of oxygen to produce energy, researchers at Lindmoor University report.
B|The team grew the microbes in sealed jars with no oxygen for eleven weeks.
B|In the paper
B|Growth stopped when arsenate was removed and resumed when it was added back.
B|The strain carries a cluster of genes similar to those found in arsenic-tolerant soil bacteria.
B|"It tells us how flexible life is at the bottom of the ocean," said lead author Dr. Wen Takahara.
B|The study appears this week in the Journal of Marine Microbiology.
sh|Share this:
sh|Post
sh|Facebook
sh|LinkedIn
sh|Email
oth|Like this: Like Loading…
rel|Similar posts from the lab
rel|Sea-ice algae bloom two weeks earlier than in 2010
"""),

dict(id="en-012", lang="en", hard=False, opts="single", notes="School board story on a local portal (single newlines) with doubled title line, byline, ad label, footer nav.", text="""
nav|Ridgefield Patch-Up · Education
T|Ridgefield school board delays later start times to 2027
dup|Ridgefield school board delays later start times to 2027
oth|Staff report · 6:05 am EST
B|The Ridgefield Board of Education voted late Monday to push back a plan to start high school classes at 8:45 a.m. by one year, citing bus driver shortages.
B|The change had been due to take effect in September.
B|Superintendent Carol Mbatha said the district would need nine additional drivers to run the new schedule.
B|Parents who spoke at the meeting were split.
B|"My kid falls asleep in first period. Every day," one father told the board.
B|The board will revisit the issue in November.
oth|Advertisement
nav|Schools · Sports · Obituaries · Events · Contact us
"""),

dict(id="en-013", lang="en", hard=False, opts="", notes="Culture magazine film review; paywall meter at top, star rating kept as body, newsletter pitch, related reviews.", text="""
nav|The Marlowe Review › Film
oth|You have 2 free stories left this month. Subscribe for unlimited access.
T|'The Salt Orchard' review: a slow, gorgeous family saga
oth|By Theo Achterberg · March 1, 2026
B|★★★★☆
B|Ines Calder's second feature follows three generations of a family who farm salt on a windswept coast, and it takes its time.
B|The first hour barely leaves the pans.
B|That patience pays off when a storm floods the works and old grudges surface.
B|Newcomer Asha Vell, as the youngest daughter, is the film's quiet centre.
B|Not everything lands: a subplot about a land developer feels borrowed from another film.
B|The Salt Orchard opens in cinemas on March 13.
nl|Our critics' picks, every Friday. Get the Screen Notes newsletter.
rel|More reviews
rel|'Harbour Lights' review: a thriller that forgets to thrill
rel|'Nine Winters' review: Kessler's bleakest film yet
"""),

dict(id="en-014", lang="en", hard=False, opts="", notes="Finance-app repost of a stablecoin attestation story; open-in-app banner, 'shared from' credit, squashed ticker mid-story, disclaimer, related coins.", text="""
nav|Open in the Finlo app for live prices
nav|Not now
T|Stablecoin issuer Tesseract shows $9.8 billion in reserves in monthly attestation
B|Tesseract, the issuer of the TUSDX stablecoin, said its reserves stood at $9.81 billion at the end of February, against $9.74 billion of tokens in circulation.
B|The report was prepared by accounting firm Holm & Weiss.
B|About 84% of reserves were held in U.S. Treasury bills with maturities under 90 days.
tk|TUSDX Tesseract USD $1.0002 +0.01% Vol 24h $3.1B
B|The rest was split between bank deposits and overnight repurchase agreements.
B|Tesseract has published monthly attestations since 2024 but has not yet completed a full audit.
B|A company spokesperson said an audit was "in progress."
att|Shared from Finlo for iPhone · Original story: Coinfield Times
dis|Finlo shows news from partner publishers. Finlo does not endorse the views expressed and is not a broker-dealer.
rel|Also on Finlo: the top-traded tokens this week
"""),

dict(id="en-015", lang="en", hard=False, opts="", notes="Lifestyle/food blog with Q&A lines kept as body; jump-to-recipe nav, pin and print buttons, ad labels, comment form.", text="""
nav|Jump to Recipe · Print Recipe
T|Can you freeze sourdough starter? A baker answers your questions
sh|Pin it · Save · Print
B|Readers sent us dozens of questions after last month's sourdough guide, so we asked baker Lucía Ferrante of Ferrante's Loaves in Portland to answer the most common ones.
B|Q: Can I freeze my starter?
B|A: Yes. Feed it, let it rise, then freeze a few tablespoons in a sealed jar. It keeps for about three months.
oth|ADVERTISEMENT
B|Q: Why does my starter smell like nail polish?
B|A: It's hungry. Feed it twice a day for a couple of days and the smell will fade.
B|Q: Does the flour brand matter?
B|A: Less than people think. Consistency matters more.
B|"Treat it like a pet that doesn't need walking," Ferrante said.
oth|ADVERTISEMENT
com|Leave a Reply
com|Your email address stays private. Required fields are marked *
com|Post Comment
"""),

dict(id="en-016", lang="en", hard=False, opts="", notes="Aggregator (NewsNest) repost of a political story from The Capitol Ledger; header, 'originally appeared' credit, external-content disclaimer, more-from list with stamps.", text="""
nav|NewsNest
nav|Top Stories  Politics  World  Business  Tech
T|Senate committee advances bill to cap prescription co-pays at $35
oth|The Capitol Ledger · 3h
B|A Senate committee on Thursday voted 14-9 to send a bill capping monthly co-payments for insulin and inhaler prescriptions at $35 to the full chamber.
B|Two members of the minority party joined the majority in supporting it.
B|The bill would apply to private insurance plans from January 2027.
B|"This is about whether a teacher can afford to breathe," said Sen. Maureen Adeyemi, the bill's sponsor.
B|Insurers' trade groups warned the cap would raise premiums.
B|A floor vote has not been scheduled.
att|This story originally appeared on The Capitol Ledger. Read the full article there.
dis|NewsNest links to and summarises stories from other publishers. NewsNest is not responsible for the content or accuracy of external sites.
rel|More from NewsNest
rel|House passes stopgap spending bill hours before deadline
rel|NewsNest · 2026-03-05 18:12
rel|Governor signs law banning phones in classrooms
rel|NewsNest · 2026-03-05 16:40
"""),

dict(id="en-017", lang="en", hard=False, opts="", notes="Crypto mining story on an exchange blog; doubled dek, ticker inside the story, mining-pool promo, exchange disclaimer, doubled teaser titles.", text="""
dup|Hashrate hit a record as new rigs came online in Paraguay.Hashrate hit a record as new rigs came online in Paraguay.
T|Bitcoin miners add capacity in Paraguay as hashrate hits record
B|The total computing power securing Bitcoin reached a record of about 812 exahashes per second this week, driven partly by new mining sites in Paraguay, according to data from pool tracker HashGauge.
B|Three publicly listed miners have announced sites near the Itaipú dam since October.
tk|BTC/USDT 62,104.5 −1.86%
B|Cheap hydropower has drawn miners to the country, though lawmakers there have debated raising electricity tariffs for the industry.
B|Rising hashrate squeezes the revenue of each machine.
B|Hashprice, a measure of daily revenue per unit of computing power, fell to $41 per petahash, near its lowest level in a year.
pr|Mine smarter: join VoltPool with 0.9% fees and daily BTC payouts. Limited slots for new farms.
dis|Content on this page comes from public sources and is for reference only. It does not represent the views of Fenrix Exchange and does not constitute investment advice. Contact legal@fenrix.example for takedown requests.
rel|Recommended
rel|Miner sells 1,200 BTC to fund new data centre
rel|Miner sells 1,200 BTC to fund new data centre
rel|Hashgrid2026/03/06 02:15
rel|Difficulty adjustment expected to rise 4% on Friday
rel|Difficulty adjustment expected to rise 4% on Friday
rel|Hashgrid2026/03/05 22:03
"""),

dict(id="en-018", lang="en", hard=False, opts="", notes="Markets page stock wrap: index quote boxes (crypto_ticker per dev3), watchlist button, mover bullet list kept, sponsored teasers.", text="""
tk|DOW 41,218.66 +0.42%
tk|S&P 500 5,812.40 +0.61%
tk|NASDAQ 18,904.12 +0.88%
tk|10-YR 4.18% −0.03
oth|+ Add to watchlist
T|Stocks edge higher as retail sales beat forecasts
oth|Updated 4:12 PM ET
B|U.S. stocks rose on Friday after February retail sales grew faster than economists had expected, easing worries about consumer spending.
B|The S&P 500 gained 0.6%, its third straight weekly gain.
B|Notable movers
B|• Halvorsen Foods +8.2% after raising its annual outlook
B|• Brightwater Airlines −5.4% on higher fuel costs
B|• Quillon Software +3.9% after a broker upgrade
B|Treasury yields fell slightly.
B|Oil prices were little changed at about $74 a barrel.
oth|Sponsored
oth|Retiring in the next 10 years? Read this free guide first
rel|Most read in Markets
rel|Why small caps are lagging the rally
"""),

dict(id="en-019", lang="en", hard=False, opts="", notes="Tennis quarter-final story with live scoreboard widget, set scores kept as body, order-of-play teaser, share icons run.", text="""
oth|LIVE SCORES | Men's singles QF | Women's singles QF | Doubles
oth|Vasquez 6 3 7⁶
oth|Kowalczyk 4 6 6⁵
T|Vasquez edges Kowalczyk in tiebreak to reach semi-finals
B|Top seed Mateo Vasquez beat Poland's Jan Kowalczyk 6-4, 3-6, 7-6 (5) on Wednesday night to reach the semi-finals of the Harbour Open.
B|The match lasted two hours and 51 minutes.
B|Kowalczyk saved two match points at 5-6 in the third set.
B|Vasquez by the numbers
B|Aces: 14
B|Break points saved: 7 of 9
B|Winners: 41
B|"He played the best tennis I've faced this year," Vasquez said.
B|He will face Ryo Mitsuda on Friday.
rel|Order of play for Thursday
sh|f
sh|X
sh|in
sh|✉
"""),

dict(id="en-020", lang="en", hard=False, opts="", notes="Two-hop repost chain: BlockSentry DeFi exploit story reposted by CoinHarbor; both outlets' credits, BlockSentry's newsletter line carried over, CoinHarbor disclaimer and teaser list.", text="""
nav|CoinHarbor
nav|News / Security
T|Lending protocol Ardent loses $7.4 million in oracle exploit
att|Reposted from BlockSentry
B|Decentralised lending protocol Ardent lost about $7.4 million on Monday after an attacker manipulated the price feed for a thinly traded collateral token, security firm BlockSentry said.
B|The attacker borrowed large amounts of stablecoins against the inflated collateral and moved the funds through a cross-chain bridge.
B|Ardent paused all markets about 40 minutes after the first suspicious transaction.
B|Timeline (UTC)
B|13:02 — attacker deposits the collateral token
B|13:05 — price feed jumps 40x
B|13:09 — first loan drawn
B|13:44 — protocol paused
B|The team offered a 10% bounty for the return of the rest.
nl|Get BlockSentry's weekly incident digest — join 40,000 security researchers.
att|BlockSentry | Original article published 2026-03-02
dis|CoinHarbor reposts articles from partner sites for information only. CoinHarbor has not verified the claims and takes no responsibility for them.
rel|Related articles
rel|Bridge operator restores service after 2-day outage
rel|CoinHarbor2026/03/03 08:15
rel|Why oracle attacks keep working
rel|CoinHarbor2026/03/02 19:55
"""),
]
