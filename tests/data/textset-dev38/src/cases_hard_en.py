"""textset-dev38, writer A, hard cases hard-en-001 .. hard-en-006: sports stories about the very
furniture the page carries (fan-token prices, a ticketing cookie banner, closed comments, clip
sharing buttons, a team newsletter, betting warnings). The quoted wordings in the story are story.
Tagged line lists for ../../textset-dev20/src/make_cases.py."""

CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="",
     notes="Fan-token crash at a football club on a sports-business site that also carries a fan-token/crypto price strip (crypto_ticker), a token promo (crypto_promo) and a not-advice line (disclaimer). The token prices, the percentage fall and the club's old promo wording quoted in the story are story.",
     text="""
tk|HFFC $0.412 -38.2%  |  KRFC $0.851 +1.1%  |  ETH $3,118 -0.4%  |  BTC $90,877 +0.2%
nav|The Sports Ledger
nav|Clubs  Leagues  Media Rights  Sponsorship  Betting  Fan Economy
T|Halden Forest fan token loses a third of its value in a day
oth|Nadia Ferris, Sports Business Reporter
oth|Published 3 Oct 2026, 18:20 BST
B|Halden Forest's fan token fell by 38% on Thursday after the club confirmed it would stop letting holders vote on the matchday playlist and the captain's armband design.
B|The $HFFC token opened at $0.667 and traded as low as $0.398 in the afternoon before closing at $0.412.
B|At its peak in August 2024 the token was worth $2.31.
pr|Trade fan tokens with zero fees this weekend on Goalcoin Exchange. Register now
B|Supporters' groups said they had been encouraged to buy in by a banner on the club website that read: "Buy $HFFC now and have your say on matchday."
B|"People were told this was a way to get closer to the club," said Emma Kirwan of the Halden Forest Supporters' Trust. "Now the votes have gone and the money has gone with them."
B|The club said the token was operated by a third-party partner and that holders had always been told prices could go down as well as up.
dis|Crypto assets are volatile and unregulated. Nothing on this page is investment advice.
pr|Get 10% bonus tokens on your first KRFC purchase with code LEDGER10
rel|Related: Which clubs still sell fan tokens in 2026?
rel|Kestrel Rovers fan token holders to vote on pre-season tour
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="ws",
     notes="A regulator fines a club's ticketing operator over its cookie banner; the page itself shows a consent dialog. The banner wordings quoted in the story ('Accept all cookies to join the queue', the missing reject button) are story. Trailing whitespace on some lines.",
     text="""
ck|Before you continue to the Northgate Sports site
ck|We and our partners use cookies to remember you, count visits and fund our journalism through advertising. Tap 'I agree' to accept, or open 'Options' to decide purpose by purpose.
ck|I agree
ck|Options
nav|NORTHGATE SPORTS | Football | Business of Sport
T|Crane Athletic's ticket partner fined £420,000 over 'queue or cookies' banner
oth|By Harriet Doyle
oth|1 December 2026
B|The ticketing company that sells Crane Athletic's season tickets has been fined £420,000 by the Information Commissioner for forcing fans to accept tracking cookies before they could join the online queue.
B|Fans trying to buy tickets for the derby in August saw a banner that read: "Accept all cookies to join the queue."
B|There was no button to reject the cookies, and the only other option, "Manage settings", sent supporters back to the end of the queue.
oth|Advertisement
B|The regulator found that more than 61,000 people had accepted advertising cookies during the sale, most of them within three seconds of the banner appearing.
B|TixPoint, the ticket seller, said it had replaced the banner with one that offers "Reject all" and "Accept all" on the same screen.
B|Crane Athletic said it had not been aware of the design and would review its contract.
sh|Share this article
rel|Related
rel|Fans' group calls for cap on ticket booking fees
rel|Crane Athletic season tickets to rise by 6%
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="",
     notes="A club switches off comments under its social posts after racist abuse of a player; the news page carries its own closed-comments notice and comment count (comments). The club's notice quoted in the story is story. Has a photo caption with a credit line.",
     text="""
nav|Eastshire Live | Sport
T|Dunmore City turn off comments on all social posts after abuse of Ndiaye
C|Moussa Ndiaye during Dunmore City's County Cup tie against Halden Forest.
att|Image: Eastshire Live / Paul Kember
oth|Jack Ainsley · 20 Feb 2026 · 09:15
B|Dunmore City have switched off comments on all of their social media posts after racist messages were sent to the defender Moussa Ndiaye following Tuesday's cup defeat.
B|Every post on the club's accounts now carries the line: "Comments on this post have been limited by Dunmore City."
B|The club said it had reported 43 accounts to police and to the platforms.
B|"We will turn comments back on when we are satisfied that our players can read them safely," said chief executive Rosa Harker.
oth|Story continues below
B|Ndiaye, 22, thanked supporters for messages of support in a statement on Wednesday evening.
B|Eastshire Police said it was investigating and asked anyone with information to quote reference 2602-0447.
com|Commenting is switched off for this story.
com|Why? Read our community guidelines
rel|More Dunmore City news
rel|Holub: 'The dressing room is behind Moussa 100%'
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="nofinal",
     notes="A league removes share buttons from goal clips in its official app; the page has its own share bar at the top and bottom (share_bar). The quoted button labels ('Share to Story', 'Copy clip link') are story. No final newline.",
     text="""
nav|Touchline Tech
nav|Streaming  Apps  Rights  Gadgets  Opinion
sh|Share  ·  Post  ·  Send  ·  Copy
T|Northern League strips 'Share to Story' button from goal clips
oth|Owen Achterberg · 4 min read
B|The Northern League has removed the "Share to Story" and "Copy clip link" buttons from goal clips in its official app, three months into a new broadcast deal.
B|Users who tap the clip now see only a "Watch the full match on LeaguePass" button.
B|League officials said the change was requested by the broadcaster, which pays £210m a season, to stop clips spreading on other platforms before its evening highlights show.
oth|Sponsored content
B|Fans' groups called the move "petty", pointing out that goal clips were being screen-recorded and shared within minutes anyway.
B|The app's rating in the main app store fell from 4.4 to 2.1 stars in a week, with more than 9,000 one-star reviews.
nl|Get Touchline Tech in your inbox every Tuesday. It's free.
sh|Share this story
sh|Copy link
rel|Broadcaster's highlights show loses a fifth of its audience
rel|How the clip economy changed football coverage"""),

dict(id="hard-en-005", lang="en", hard=True, opts="",
     notes="A cycling team launches a paid newsletter; the cycling site carries its own newsletter pitch and sign-up (newsletter). The team's subscription wording and price quoted in the story are story, as is a list of what subscribers get.",
     text="""
nav|Peloton Post
nav|Road  Gravel  Track  Tech  Races  Podcast
nl|Join 80,000 riders who get the Peloton Post Friday Briefing. Free, every week.
nl|Subscribe
T|Team Osprey launch £4-a-month newsletter for fans
oth|By Ines Carvalho
B|Team Osprey have launched a paid newsletter for supporters, the first WorldTour team to charge fans for behind-the-scenes content.
B|The sign-up page reads: "Subscribe to The Breakaway for £4 a month and ride with us all season."
B|Subscribers will get:
B|a weekly letter from a rider during the Grand Tours
B|training files from the team's climbers
B|early access to kit and ticket sales
B|Team manager Piet Haverkamp said 12,000 people had signed up in the first 48 hours.
rel|Read more: Osprey re-sign Idaho until 2029
nl|Don't miss a stage: sign up for our race alerts
rel|More team news
rel|Baltic Cycling confirm Voerman for the Giro
"""),

dict(id="hard-en-006", lang="en", hard=True, opts="",
     notes="Gambling regulator orders bigger warnings on the odds boxes of sports sites; the page itself carries an odds box (other) and a gambling warning (disclaimer) at the bottom. The warning wordings and odds quoted in the story are story.",
     text="""
nav|Matchday Metro
nav|Football  Cricket  Racing  Boxing  Betting
T|Odds boxes on sports sites must carry bigger gambling warnings, regulator rules
oth|By Sanjay Coughlan · 15 Sep 2026, 07:00
B|Sports websites that show bookmakers' odds next to match reports will have to carry a gambling warning at least as large as the odds themselves from January, the Gambling Standards Board has ruled.
B|The board said many sites placed a line reading "18+ | Bet within your means" in small grey type beneath prices such as "Pellham to win 5/6".
B|Under the new rules, the warning must also include a helpline number and the words "Gambling can be harmful."
B|A study for the board found that only 14% of readers could recall seeing the warning after reading a match report.
oth|Advertisement
B|The Betting Trade Association said its members would comply but warned that smaller publishers could lose up to a fifth of their advertising income.
oth|TODAY'S BEST ODDS: Pellham v Harbury
oth|Pellham 5/6  ·  Draw 13/5  ·  Harbury 10/3
dis|18+ | Bet within your means | Gambling can be harmful. Help: 0808 000 4411
rel|Top stories
rel|Clubs told to drop betting logos from junior kits
"""),
]
