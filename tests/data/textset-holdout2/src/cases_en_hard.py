# English hard cases: the story's subject looks like the page furniture that also surrounds it.
CASES = [
dict(id="hard-en-001", lang="en", notes="Hard: story about a regulator's ruling on a 'consent or pay' cookie wall, quoting banner buttons and listing required changes as bullets; the page also has a real consent banner, byline, tags and related list.",
src="""
nv Tech Policy › Privacy
T Regulator orders news publisher to drop 'pay or accept cookies' wall
ot By Lorna Viegas | 7 April 2026
B Ireland's data protection authority has ordered publisher Halcyon Media to redesign the cookie banner on its eight news sites within 60 days, saying it pushed readers into accepting tracking.
B Visitors were shown two choices: "Accept and continue" or "Subscribe for €3.49 a month".
B There was no option to refuse tracking for free, the authority found.
B The ruling requires:
B - A "Reject all" button on the first screen, as prominent as "Accept all"
B - No pre-ticked boxes for advertising partners
B - A way to withdraw consent as easily as it was given
B Halcyon said it would appeal, arguing that advertising revenue paid for its journalism.
B The company has 90 days to file its challenge with the High Court.
nv Tags: GDPR, cookies, Halcyon Media, data protection
rl You might also like
rl Meta's ad-free subscription faces fresh EU challenge
rl What the new ePrivacy draft means for publishers
ck This site uses cookies for analytics and to show you relevant ads. By clicking "Allow all", you agree to our use of cookies. See our Cookie Notice for details.
ck Allow all
ck Necessary only
"""),

dict(id="hard-en-002", lang="en", notes="Hard: crypto price report whose body lists prices line by line (coin: price, change); the page also has a real squashed price ticker, aggregator header, promo, disclaimer and related teasers.",
src="""
ot Satoshi Street Journal
T Bitcoin slides below $88,000 as traders brace for inflation data
ot Kemi Adeyinka · Apr 28, 2026 · 07:12 UTC
B Bitcoin fell 3.1% over 24 hours to $87,940 early on Tuesday, its lowest level in nearly three weeks, as traders cut risk ahead of U.S. consumer price figures due on Wednesday.
B Major tokens were lower across the board. Prices at 07:00 UTC:
B - Bitcoin: $87,940, down 3.1%
B - Ether: $3,812, down 4.4%
B - Solana: $188.20, down 6.0%
B - XRP: $2.31, down 2.7%
B Liquidations of leveraged long positions reached $612 million in 12 hours, data from derivatives tracker Coinsight showed.
B "There's no appetite to be long into a hot print," said Marco Pellegrini, a trader at Zurich-based Aster Digital.
B Analysts at Leverett Research said $85,000 was the next level to watch.
tk Bitcoin LogoBitcoin Price(BTC)$87,940.12$87,940.12-3.11%USD
pr Want sharper entries? Try Satoshi Street Pro signals free for 14 days.
di The Satoshi Street Journal republishes market commentary for information only. It is not a recommendation to trade. Prices are indicative and may be delayed.
rl Also on Satoshi Street
rl Ether options traders pile into $3,500 puts
rl Which altcoins held up best in April?
"""),

dict(id="hard-en-003", lang="en", notes="Hard: story about a social network hiding share counts and renaming its share menu, with body lines starting with 'Share' and quoting button labels; the page has a real share bar on top and bottom, plus comments and a related teaser; trailing whitespace on some lines.",
src="""
T Chirp hides share counts on posts in test across five countries
sb Share\u00a0
sb Facebook · X · LinkedIn · Email\t
ot Owen Mirza, Platforms Correspondent · April 16, 2026
B Social network Chirp has stopped showing how many times a post has been shared for users in Canada, Australia, Brazil, Japan and Spain.
B Share counts will still be visible to the person who wrote the post, the company said.
B The test also replaces the old share icon with a menu offering three choices: "Share to story", "Send privately" and "Copy link".
B Chirp said public counts encouraged people to chase virality rather than conversation.\x20\x20
B Share buttons on outside websites, which show how often an article has been posted to Chirp, will keep working for now.
B Researchers at the Lisbon Media Lab found in 2024 that posts with visible high share counts were 40% more likely to be reshared without being opened.
sb Share this story
sb Copy link
cm 14 comments
rl Read next: Chirp's new feed algorithm favours replies over reposts
"""),

dict(id="hard-en-004", lang="en", notes="Hard: story about a newspaper group turning off reader comments, quoting its own comment-closed notice and moderation numbers; the page also has a real comment count, sign-in prompt and community guidelines line, plus byline and newsletter.",
src="""
nv News | Media
T Newspaper group switches off comments on crime and court stories
ot Beatriz Llewellyn
ot Fri 10 Apr 2026 07.00 EDT
B The Northgate Newspapers group will stop accepting reader comments on crime and court coverage across its 23 titles from May 1.
B Articles in those sections will instead carry a short notice: "Comments have been turned off for this story for legal reasons."
B Northgate said its moderators removed 31% of comments submitted on court stories last year, compared with 6% on other articles.
B "We cannot risk a comment prejudicing a trial," said managing editor Cheryl Amankwah.
B Comments will remain open on sport, opinion and lifestyle pages, where they will be reviewed before publication.
B Northgate employs 11 full-time moderators.
cm Join the debate — 57 comments
cm Sign in or register to comment
cm Please read our community guidelines before posting. Comments that break them will be removed.
nw The Media Briefing lands every Monday. Sign up here.
"""),

dict(id="hard-en-005", lang="en", notes="Hard: court story about a finance influencer whose 'not financial advice' disclaimer did not protect him, quoting the disclaimer in the body; the exchange page also carries a real investment disclaimer, promo, ticker and related teasers with stamps.",
src="""
ot Vantix Insights
T Court rules influencer's 'not financial advice' line no shield in token promotion case
ot Vantix Insights Desk · 2026/04/09 15:22
B A Singapore court has ordered finance influencer Darren Teo to pay S$1.2 million to 86 followers who bought a token he promoted in 2024, rejecting his argument that a disclaimer protected him.
B Teo's videos ended with the words: "This is not financial advice. Do your own research. I may hold positions in the assets discussed."
B Judge Ivy Ramaswamy wrote that a disclaimer "cannot undo what the rest of the video plainly says," noting Teo had told viewers the token would "10x by Christmas."
B Teo did not disclose that he had been paid 2 million of the tokens by the project's founders.
B The token, PRSM, fell 97% within six weeks of launch.
B Lawyers said the ruling could encourage similar claims in Malaysia and Hong Kong.
pr Vantix Earn: subscribe to fixed-term USDT products and get up to 9% APR. Limited quota.
tk PRSM/USDT 0.00041 -2.38%
di Risk warning: The information on Vantix Insights is general and does not take into account your objectives or financial situation. It does not constitute investment, legal or tax advice. Cryptoasset prices can fall to zero.
rl Recommended
rl Hong Kong regulator names 12 unlicensed crypto platforms
rl Vantix Insights Desk · 2026/04/09 11:03
rl What the new Singapore token rules mean for retail buyers
rl Vantix Insights Desk · 2026/04/08 17:46
"""),

dict(id="hard-en-006", lang="en", style="single", notes="Hard: study of local news paywalls and newsletters, with body lines about subscribers, free-article limits and newsletter sign-ups; the page itself has a real paywall meter, newsletter pitch and subscribe offer; single newlines.",
src="""
ot This is your last free article this month. Already a subscriber? Log in
T Local papers that lowered their paywall gained subscribers, study finds
ot Nina Hargreave | The Press Desk | April 23, 2026
B Local newspapers that let readers see more free articles before asking them to pay gained more subscribers, not fewer, according to a study of 212 U.S. titles.
B The study, by the Center for Local News at Westbrook University, compared outlets with a limit of three free articles a month with those allowing ten.
B Subscribers grew 11% a year at the more generous sites, against 4% at the stricter ones.
B Newsletter sign-ups were the strongest predictor of who would eventually pay.
B "Subscribe now" buttons shown on the first visit had almost no effect, the researchers found.
B Readers who received a daily email for at least a month were six times more likely to buy a subscription.
B The authors cautioned that the more generous sites also tended to be in wealthier towns.
nw Like this story? Get The Press Desk newsletter every Thursday — free, no spam.
ot Subscribe for full access: $4 for 4 months, then $12/month. Cancel anytime.
rl Related: How one Oregon weekly doubled its digital revenue
"""),

dict(id="hard-en-007", lang="en", notes="Hard: audit of 'recommended for you' widgets on news sites, whose body quotes examples of recommended clickbait headlines as bullet items; the page also carries a real recommendation widget with teaser headlines, sponsored label, tags and share line.",
src="""
T Audit finds 'recommended' boxes on news sites push clickbait, not news
B An audit of the recommendation boxes on 60 major news websites found that four out of five suggested links led to advertising or sensational content rather than journalism.
B Researchers at the Oslo Digital Media Institute loaded 14,000 article pages and recorded every link in boxes labelled "Recommended for you", "More stories" and similar.
B Among the most frequently recommended headlines:
B - "Doctors can't explain what this spoon trick does"
B - "The one coin every retiree should own"
B - "Stars who look unrecognisable today"
B Only 19% of recommended links pointed to the publisher's own reporting.
B Lead author Hanne Rud said readers often could not tell a paid link from a news link.
B The institute called for a common label for paid recommendations.
ot By Farid Lindqvist · Apr 12, 2026
sb Share
nv Tags: Media, Advertising, Algorithms
rl More stories
rl Why newsrooms are hiring product managers
rl Streaming service cuts prices in three markets
ot Paid content
ot Homeowners are ditching their boilers for this gadget
"""),

dict(id="hard-en-008", lang="en", notes="Hard: ruling on advert labelling of influencer posts, whose body quotes ad labels ('#ad', 'Paid partnership', 'Sponsored'); the page also has real advertisement labels, a sponsored teaser, byline and related list.",
src="""
ot Advertisement
T Watchdog says '#ad' hidden among hashtags is not clear enough
ot Grace Adeyemi, Consumer Affairs · 1 April 2026
B The Advertising Standards Council has ruled that three influencers broke the rules by placing "#ad" at the end of long lists of hashtags on paid posts.
B The council said the label must appear at the start of a post, before a user taps "more".
B Labels such as "Paid partnership" or "Sponsored" shown by a platform will usually be enough, it added.
B Advertisement.
B That single word, in small grey type above a video, was not sufficient in one case, the ruling said, because it disappeared once the video began playing.
ot Advertisement
B The three influencers, who promoted a meal-kit company, have agreed to re-label 44 posts.
B The council said it would run spot checks on 500 accounts in June.
ot Sponsored by Freshcrate
ot Try 5 chef-designed meals for £19.99 — delivered this week
rl More from Consumer Affairs
rl Energy bills to fall 4% from July, regulator says
rl Airline fined for hiding baggage fees until checkout
"""),
]
