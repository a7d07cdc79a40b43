"""textset-dev24, writer A, part 3: English hard cases hard-en-001 .. hard-en-006. Each story is
about the kind of furniture its page also carries (e-mail unsubscribe footers, cookie walls,
crypto prices, print jump lines, comment moderation, wire embargo notices) and quotes such
wordings in story lines, which are labelled B; the page's real furniture is noise. Same tagged
format and conventions as cases_en1.py.
"""

CASES = [
    dict(id='hard-en-001', lang='en', hard=True, opts='',
         notes="Hard: a consumer-tech e-mail digest whose lead story is about a regulator's report on unsubscribe dark patterns and quotes e-mail footers ('You're receiving this because...', 'Manage preferences'); the hard-wrapped story lines (single-newline joins) that quote them are story, while the digest's own view-in-browser, sign-up, preference and unsubscribe lines are newsletter and its other items related links.",
         text="""
nl|Email not displaying properly? View it online
nav|CIRCUIT BREAKER · the weekly consumer-tech roundup
oth|Issue 212 · Sunday, September 7, 2025
T|Regulator finds 7 in 10 retail emails make unsubscribing harder than signing up
B|Seven out of ten retail marketing emails sampled by the Consumer
>B|Standards Office made it harder to leave a mailing list than to join it,
>B|according to a report published Thursday.
B|Investigators signed up to 400 lists and then tried to leave each one.
>B|In 112 cases the footer's "Unsubscribe" link led to a login page, and in
>B|61 cases it opened a "Manage preferences" screen where every box was
>B|already ticked again.
B|Some footers were worse than unhelpful. One read: "You're receiving this
>B|because you once bought socks from us. Forever is a long time!" Another
>B|asked, "Are you sure? You'll miss out on members-only deals."
B|"Leaving should take one click," the report says.
B|The office said it would write to 38 retailers and could fine repeat
>B|offenders up to 2% of annual turnover under rules that take effect in
>B|January.
nav|IN BRIEF
rel|▸ Smart plug maker Lumo bricks older models with a firmware update
rel|▸ Our test of five budget e-readers, ranked
nl|Enjoying Circuit Breaker? Forward it to a friend — they can join at circuitbreaker.example/join.
nl|You're receiving this because you subscribed to Circuit Breaker at circuitbreaker.example.
nl|Manage preferences · Unsubscribe in one click
oth|Circuit Breaker Media Ltd, 9 Alder Yard, Leeds LS1 4DW
"""),
    dict(id='hard-en-002', lang='en', hard=True, opts='crlf',
         notes="Hard: a newspaper e-edition page (CRLF) carrying a consent banner, whose story is about a data-protection fine for a news site's cookie wall and quotes its button wordings ('Accept and keep reading', 'More options'); the one-line quoted banner text in the story is story, the page's own banner lines are cookie_banner.",
         text="""
ck|We and our 143 partners store and access information on your device to show personalised ads and measure audiences.
ck|Agree and close
ck|See purposes
ck|Disagree
nav|THE NORTHGATE EXAMINER e-Edition › Business
T|Data watchdog fines Verdane News Group £1.2m over 'pay or agree' cookie wall
oth|By Saoirse Lindqvist, Media Correspondent
B|The Information Rights Commission has fined Verdane News Group £1.2 million over a cookie pop-up that, it said, made refusing tracking on the group's 14 local news sites almost impossible.
B|Visitors were shown a large green button marked "Accept and keep reading" and a grey text link saying "More options". Only after clicking the link, scrolling past 38 toggles and pressing a second button could they turn tracking off.
B|The banner told readers:
B|"We value your privacy. Accept and keep reading, or subscribe for £4.99 a month to browse without ads."
B|The regulator said the subscription option was acceptable in principle but that the reject route had to be "as easy as the accept route, on the first screen."
B|Verdane said it would appeal and that the banner had been redesigned in August.
sh|Share on Facebook · Share on X · Email
oth|Printed edition: page 27
"""),
    dict(id='hard-en-003', lang='en', hard=True, opts='single',
         notes="Hard: a crypto news site's repost of a wire story about a bitcoin sell-off whose price lines ('Bitcoin: $58,930, down 7.1%') are story lines; the site's own ticker strip, exchange promo, repost credit and risk disclaimer are noise. Single newlines; story hard-wrapped.",
         text="""
tk|BTC $58,902 -7.2% ETH $2,741 -9.0% XRP $0.4921 -5.5% DOGE $0.1088 -11.3%
nav|CoinHarbor / Markets / BTC news
T|Bitcoin drops below $60,000 as liquidations top $1.9 billion
att|Originally filed by Tasman Newswire; republished by CoinHarbor under licence.
B|SINGAPORE, Aug 12 (Tasman) - Bitcoin fell below $60,000 for the first time
>B|in three months on Monday as a wave of forced selling swept through crypto
>B|derivatives markets, wiping out leveraged bets worth about $1.9 billion in
>B|24 hours.
B|Prices at 0800 GMT:
B|Bitcoin: $58,930, down 7.1%
B|Ether: $2,745, down 8.9%
B|Solana: $121.40, down 12.6%
B|Traders blamed a sharp drop in the yen carry trade and outflows from
>B|U.S.-listed bitcoin funds, which saw $640 million in redemptions last
>B|week.
B|"When leverage is this crowded, a 3% move becomes a 10% move," said Kiran
>B|Oyelowo, head of trading at Harrowgate Digital.
pr|New to Brisa Exchange? Make your first trade this week and we add $50 in BTC to your wallet.
dis|Disclaimer: CoinHarbor carries syndicated wire copy for general
>dis|information. It is not a recommendation to trade any coin or token; check
>dis|facts yourself before acting on them.
"""),
    dict(id='hard-en-004', lang='en', hard=True, opts='',
         notes="Hard: an e-paper page whose story is about the paper dropping print jump lines and quotes them ('Continued on Page A9', 'See BUDGET, Page A4'); those hard-wrapped story lines (single-newline joins) are story, while the page's own running head, jump line and page footer are navigation and its pull quote is other.",
         text="""
nav|THE ESKERFORD TRIBUNE | SUNDAY, APRIL 27, 2025 | A1
T|No more hunting for Page A9: the Tribune ends 'jumps'
oth|By Marisol Brandt, Reader Advocate
B|Starting next Sunday, every story that begins on the Tribune's front
>B|page will end on the front page. The phrase "Continued on Page A9" is
>B|going away.
B|Editors made the change after a reader survey in February. Of 2,140
>B|readers who answered, 68% said they rarely or never followed a story
>B|to an inside page, and 41% said they did not know what a line like
>B|"See BUDGET, Page A4" meant.
oth|“Nobody misses the treasure hunt.” — Managing editor Luis Okonkwo
B|"Nobody misses the treasure hunt," managing editor Luis Okonkwo said.
>B|"If a story is worth starting on A1, it should be worth finishing
>B|there."
nav|Continued on Page A6
nav|TRIBUNE, from Page A1
B|The front page will carry three or four stories instead of six. Longer
>B|pieces will start inside the paper, with a short summary and a page
>B|number on the front.
B|The online edition is not affected, since web stories have never been
>B|split across pages.
nav|A6 | THE ESKERFORD TRIBUNE | SUNDAY, APRIL 27, 2025
"""),
    dict(id='hard-en-005', lang='en', hard=True, opts='ws',
         notes="Hard: a local news page whose story is about a court ruling on a town deleting residents' comments from its social media page, quoting the town's moderation notices; those quotes are story lines, while the page's own comment count, login prompt, comments and flag links are comments. Trailing whitespace on some lines.",
         text="""
nav|Quarry Bend Sentinel | Local Government
T|Judge orders Quarry Bend to stop deleting critics' comments on town Facebook page
oth|By Dwayne Ostrowski · Posted Oct. 9, 2025
B|A federal judge ruled Wednesday that the town of Quarry Bend violated residents' free-speech rights by hiding and deleting their comments on the town's official Facebook page.
B|The lawsuit was brought by three residents whose posts criticizing a water-rate increase disappeared within hours. One of them, retired teacher Lorraine Vickery, said she later found a notice on the page reading:
B|"Comments on this post have been limited by Town of Quarry Bend."
B|Judge Harold Imbrie wrote that the town "opened a public forum and then tried to choose its audience."
B|The town must restore the 214 comments it removed and post its moderation rules within 30 days. Town Manager Brett Falconer said officials were reviewing the decision.
com|19 comments
com|Log in or create a free account to join the conversation.
com|R. Vickery · 5 hours ago: We weren't rude. We asked why our bills doubled.
com|Reply · Flag
com|qb_taxpayer · 3 hours ago: About time. Now do the school board page.
com|Reply · Flag
"""),
    dict(id='hard-en-006', lang='en', hard=True, opts='single',
         notes="Hard: a wire story about a news site breaking a medical journal's embargo, quoting the wire's own embargo furniture ('HOLD FOR RELEASE UNTIL 4 P.M. EST ...', an Eds note); the quoted notice is a one-line story line, while the feed item's real slug, hold-for-release line, Eds note, end mark and stamp are other and its rights line disclaimer. Single newlines, story hard-wrapped.",
         text="""
oth|BC-Med-Journal-Embargo-Break,0544
oth|HOLD FOR RELEASE UNTIL 6 A.M. EST, FRIDAY, JAN. 23
oth|Eds: This story is embargoed. Note publication time above.
T|Health site loses journal access after publishing drug study hours early
oth|By CALLUM FERREIRA-NG
B|NEW YORK (MWS) — The medical journal Lancetta has cut off advance access
>B|for the health news site VitalsNow after it published a story on a
>B|weight-loss drug trial nine hours before an agreed release time.
B|The embargo notice sent to reporters read, in capital letters:
B|"HOLD FOR RELEASE UNTIL 4 P.M. EST, THURSDAY, JAN. 15."
B|VitalsNow's story went up at 7:02 a.m. that day, and several aggregator
>B|sites copied it within minutes, journal spokesman Elliot Barraza said.
B|VitalsNow editor Priyanka Sethi apologized, saying an editor had misread
>B|the Eds note at the top of the wire copy, which said the story was
>B|"embargoed" but placed the time on a separate line.
B|The journal said the ban would last six months. It has suspended four
>B|outlets for embargo breaks since 2020.
oth|END
dis|Copyright 2026 Meridian Wire Service. For subscriber use only; resale or redistribution is not permitted.
oth|01-22-26 1408EST
"""),
]
