"""textset-dev36, writer A, part 3: English hard cases (hard-en-001 .. hard-en-006).

Live blogs, breaking pages and a timeline whose subject is the furniture the page itself carries
(cookie banners, crypto prices, comment sections, newsletter e-mails, share prompts, ad labels).
Story lines that quote such wordings are story; the page's real furniture is noise. Time stamps
as in cases_en1.py: a bare stamp is `other`, a time that opens an update's own text is story.
"""

CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="",
     notes="Policy site's live page on a consent-banner fine: story lines quote 'Accept all cookies', 'Reject all' and a banner's text and are story; the page's own cookie banner (top) and cookie-settings link (bottom) are cookie_banner; stamps other.",
     text="""
nav|Digital Policy Wire
ck|Before you continue: we use cookies for analytics and personalised advertising. Reject non-essential | Accept
T|Live: Data regulator fines Shoply €38m over 'reject all' button hidden behind three clicks
oth|Live coverage by Hanne Voigt
oth|Updated 12:05
oth|12:05
B|Commissioner Ines Darrow says the fine is the largest the authority has issued over a consent banner.
B|The regulator found that Shoply's banner offered "Accept all cookies" on the first screen, while "Reject all" only appeared after users opened "More options" and then "Manage partners".
oth|11:48
B|Darrow read out the banner text at the hearing: "We care about your privacy. Click Accept to enjoy a personalised experience."
B|"Caring about privacy means making refusal as easy as consent," she said.
oth|11:20
B|Shoply has 28 days to redesign the banner so that "Reject all" sits next to "Accept all" with equal prominence.
sh|Copy link
oth|10:50
B|The hearing has opened in Room 4. Shoply's lawyers say the company will appeal.
dis|This live page is for information only and is not legal advice.
rel|What counts as a dark pattern under the consent rules
nl|Privacy Brief: weekly regulatory news for compliance teams
ck|Cookie settings
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="",
     notes="Crypto sell-off live blog: the prices in the updates and a quote about red tickers are story; the page's own multi-line coin ticker (crypto_ticker, single-newline joined), a buy-the-dip exchange ad (crypto_promo), not-advice line (disclaimer) and stamps (other) are noise.",
     text="""
tk|Bitcoin BTC $58,912.40 -7.84%
>tk|Ethereum ETH $2,741.05 -9.12%
>tk|Solana SOL $121.33 -11.60%
nav|BlockBeat
T|Crypto sell-off live: Bitcoin falls below $59,000 as $1.2bn in leveraged bets are liquidated
oth|Updated 3 minutes ago
oth|Tomás Reyna
oth|09:42 UTC
B|09:42 UTC — Bitcoin is now at $58,910, down 7.8% on the day and at its lowest level since February.
oth|08:55 UTC
B|Ether has slipped 9.1% to $2,741. Solana is the worst performer among the majors, down 11.6%.
B|Data from Coinvault shows $1.2bn of long positions were liquidated across exchanges in the past 12 hours.
pr|Don't just watch the dip. Buy BTC in seconds with Zentra Pay, 0% fees on your first trade
oth|07:30 UTC
B|Analysts at Ferro Digital blamed the slide on a transfer of 24,000 BTC from a dormant wallet linked to the defunct Korvex exchange.
B|"When prices drop 8% before breakfast, the ticker on every app turns red and retail panics," said Ferro's Dana Okoye.
dis|Prices shown are indicative. BlockBeat content is not investment advice, and crypto can lose all of its value.
rel|What is a liquidation cascade?
rel|BTC price prediction: analysts split after the sell-off
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="nofinal",
     notes="Readers' editor timeline of a paper closing its comment section: entries quote 'Join the conversation' and a comments-closed notice and are story; the page's own comment block (count, two comments, load more) is comments. No final newline.",
     text="""
nav|The Harwick Observer
nav|Media | Opinion | Letters
T|Timeline: How the Observer's comment section went from 'join the conversation' to closed
oth|By Felix Aranda, readers' editor
oth|Published 7 October 2026
B|2011: The Observer launches reader comments under every article with the prompt "Join the conversation".
B|2015: Comments peak at about 9,000 a day. Two part-time moderators are hired.
B|2019: After a wave of abuse under court reports, the paper adds a notice: "Comments are closed on this article for legal reasons."
B|2023: Readers must sign in with a verified email before posting. Daily comments fall by half.
B|2026: The editor announces that comments will close on all news stories from 1 November and move to a weekly letters page.
B|"Moderation was costing us £180,000 a year, and most of it was spent deleting the same 40 accounts," she wrote.
com|148 comments
com|Jo in Harwick: Sad to see them go but the trolls won.
com|PeterK: Ironic that this article has comments enabled.
com|Load more comments
rel|Readers' editor: Why we are changing the letters page
dis|© Harwick Observer Ltd. All rights reserved.
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="",
     notes="Breaking tech story about a mailing platform sending unwanted 'You're now subscribed' e-mails: UPDATE lines and quoted subscribe/unsubscribe wording are story; the site's own newsletter pitches above and below the story are newsletter; breaking stamp and byline other.",
     text="""
nav|TechLedger
nav|News · Reviews · Deals · Newsletters
nl|Never miss a scoop: get TechLedger First Look in your inbox every morning. Subscribe
T|Mailpost glitch sends millions of 'You're now subscribed' emails to people who never signed up
oth|Breaking · updated 14:20
oth|Nadia Ferreira
B|UPDATE 14:20: Mailpost says the fault has been fixed and no new emails are being sent.
B|UPDATE 13:05: The company's status page now lists "degraded delivery" for its subscription service.
B|Users across Europe began reporting emails with the subject line "You're now subscribed, welcome aboard!" from newsletters they had never heard of shortly after 11:00.
B|Many of the messages ended with "Not you? Unsubscribe with one click", a link that several users said returned an error.
B|Mailpost, which hosts about 310,000 newsletters, said a database migration had "briefly marked dormant addresses as confirmed".
sh|Share this story
nl|Liked this story? TechLedger First Look lands at 7am. Sign up free
rel|How to check which newsletters have your email address
com|Comments (42)
"""),

dict(id="hard-en-005", lang="en", hard=True, opts="ws",
     notes="Court live blog of a 'share to win' scam trial: the quoted 'Share this with 10 friends...' post and share counts are story; the page's own share buttons (top, per-post copy link, bottom) are share_bar; comments-disabled notice is comments; stamps other. Trailing whitespace.",
     text="""
nav|Ashgrove Evening Star
nav|Home > News > Courts
sh|Share on Facebook
sh|Share on X
sh|Share on WhatsApp
T|Live: 'Share to win' prize scam trial hears how post was shared 1.9m times
oth|Kirsty Moffat
oth|Updated 4:15pm
oth|4:15pm
B|Prosecutor Anil Chaudry read the post to the jury: "Share this with 10 friends and comment DONE to win a caravan!"
oth|3:32pm
B|Detective Sergeant Lou Barrow said the post was shared 1.9 million times in six days before the page was taken down.
B|Victims who clicked the link were asked for a £2.99 "delivery fee" and their card details, the court heard.
sh|Copy link
oth|2:47pm
B|Defendant Marcus Pell, 34, denies fraud by false representation.
B|The trial at Ashgrove Crown Court is expected to last two weeks.
com|Because this is a live court case, comments have been disabled on this article.
rel|How to spot a fake giveaway on social media
sh|Share this article
"""),

dict(id="hard-en-006", lang="en", hard=True, opts="crlf",
     notes="Senate live blog on an ad-label bill: story lines quote 'Advertisement', 'Paid partnership' and '#spon'; the page's own 'Advertisement' slots and 'Story continues below advertisement' are other; wire credit (attribution), stamps other. CRLF.",
     text="""
nav|Capitol Brief
oth|LIVE
T|Senate live: Influencer ad-label bill passes 61-38 after marathon debate
oth|Updated 6:44 p.m. ET
oth|Advertisement
oth|6:44 p.m.
B|The Clear Labels Act passes 61-38. It now goes to the House.
B|Under the bill, any paid post must carry the word "Advertisement" or "Paid partnership" in its first line, not buried among hashtags.
oth|5:12 p.m.
B|Sen. Carla Whitby held up a printout of a post labelled only "#spon" and asked: "Would your grandmother know what that means?"
oth|Advertisement
oth|3:30 p.m.
B|Consumer agency figures cited in the debate showed 62 percent of sponsored posts it reviewed in 2025 had no visible label.
B|Whitby, closing the debate: "One word. Advertisement. That is all we are asking for."
sh|Copy link
oth|Ad break: live coverage resumes below
att|With reporting from the Associated Wire
rel|What counts as an ad? The bill's key definitions
nl|Get Capitol Brief's tech policy newsletter
"""),
]
