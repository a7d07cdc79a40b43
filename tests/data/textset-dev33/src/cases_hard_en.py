"""textset-dev33, writer A, part 3: English hard cases hard-en-001 .. hard-en-006. In each the
story is about the furniture the page also carries and quotes it; the quoting lines are story.
Tagged line lists for ../textset-dev20/src/make_cases.py (see its docstring for the format)."""

CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="",
     notes="Mumbai paper's tech-policy story on a fine over a food-delivery app's cookie/consent dark pattern; the story quotes the banner's 'Accept All' wording and its hidden 'Reject' path (story), while the page has its own consent bar, menu, byline, share row and related list.",
     text="""
ck|The Bombay Bulletin uses cookies for analytics, personalised content and ads. Continue browsing to accept, or change your settings.
ck|Okay, got it
ck|Cookie Settings
nav|The Bombay Bulletin
nav|Mumbai | India | Business | Tech | Entertainment | Lifestyle
nav|Tech Policy
T|Data regulator fines ThaliGo ₹4.2 crore over 'Accept All' consent banner
oth|Rhea Kulkarni | Mumbai | 11 March 2026, 08:40 PM IST
sh|Share  |  Tweet  |  WhatsApp  |  Save
B|The Data Protection Board has fined food-delivery app ThaliGo ₹4.2 crore for collecting location and browsing data through a consent banner that, it said, made refusing "far harder than agreeing".
B|The banner shown to first-time users read: "We use cookies and trackers to give you faster deliveries and better offers. Accept All".
B|A second button, labelled "More options", opened a list of 47 toggles. Only at the bottom of that list was there a link reading "Reject non-essential cookies".
B|"A user who wants to say no should be able to do so in one tap, just as easily as saying yes," the Board said in its 38-page order.
B|The Board also found that the app kept sharing data with two advertising partners for 19 days after users withdrew consent.
B|ThaliGo said it had "already redesigned" the banner and would study the order before deciding whether to appeal.
B|Privacy lawyers said the order was the first under the 2023 data protection law to deal with cookie banners in detail, and would be read closely by e-commerce firms.
rel|Also on Bulletin Tech
rel|UPI glitch: banks told to refund failed payments within 48 hours
rel|Telecom operators to block spam calls by default from June
dis|© The Bombay Bulletin 2026. Reproduction in whole or in part without permission is prohibited.
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="single",
     notes="Lagos crypto news site on a naira stablecoin losing its peg; the hourly prices and the exchange's warning text are story, while the page carries a real price ticker, a trading promo, a risk disclaimer and related links. Single newlines.",
     text="""
nav|NairaCoin Daily
nav|News  Markets  Learn  Exchanges  Events
tk|BTC ₦142,880,400 ▼2.1%  ETH ₦5,210,900 ▼3.4%  USDT ₦1,597 ▲0.2%  NGNX ₦0.93 ▼6.8%
T|Naira stablecoin NGNX slips to ₦0.88 before recovering peg
oth|By Tobi Adewale · March 12, 2026 · 5 min read
B|NGNX, the naira-pegged stablecoin issued by Abuja-based Kora Ledger, fell as low as ₦0.88 on Wednesday before climbing back to parity, after a rush of redemptions on two local exchanges.
B|The token is meant to be worth exactly one naira. Here is how it traded on the largest local venue:
B|9:00 a.m.: ₦1.00
B|11:00 a.m.: ₦0.96
B|1:00 p.m.: ₦0.88
B|4:00 p.m.: ₦0.99
B|One exchange briefly paused withdrawals and showed users a banner reading: "NGNX withdrawals are temporarily suspended. Crypto assets are volatile and you may lose your money."
B|Kora Ledger said its reserves, held in treasury bills and bank deposits, were "fully intact", and blamed the dip on a large holder selling into thin order books.
B|The Securities and Exchange Commission said it was "monitoring the situation".
pr|Trade NGNX, BTC and USDT with zero fees this week on Ogun Exchange. Sign up in 2 minutes.
dis|Risk warning: Cryptocurrency prices are highly volatile. This article is for information only and does not constitute financial advice. Do your own research.
rel|Related
rel|Bitcoin ATM network opens first machine in Ikeja City Mall
rel|SEC lists 9 approved digital asset operators
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="ws",
     notes="Nairobi daily's story about closing comments on election coverage, with trailing whitespace; the story quotes the paper's comment-closure notice and its moderation rule (story), while the page itself carries a comment count, a closed-comments line, a 'most commented' list and a WhatsApp-channel prompt (navigation).",
     text="""
nav|The Nairobi Sentinel
nav|News  Politics  Counties  Business  Sports  Opinion
oth|SIMON OTIENO
oth|Updated Mar 10, 2026 - 3 min read
T|Sentinel shuts comments on election stories after flood of abuse
B|The Nairobi Sentinel has switched off reader comments on all stories about next year's general election, its managing editor said on Tuesday.
B|From Wednesday, election stories on the website will carry a line reading: "Comments on this article are closed."
B|Managing editor Grace Wambui said moderators had removed more than 11,000 comments in February alone, most of them ethnic slurs or threats against candidates.
B|"Our rule has always been simple: 'Be respectful. Comments that attack a community will be removed.' People stopped respecting it," she said.
B|Comments will stay open on sports, business and lifestyle stories.
B|The Media Council of Kenya welcomed the move but urged other outlets to invest in moderation instead of closing comment sections.
nav|Follow The Sentinel's WhatsApp channel
com|Comments (0)
com|Commenting on this story has been switched off.
rel|Most Commented
rel|Fuel prices: EPRA keeps petrol at Sh176 for Nairobi
rel|Harambee Stars coach names 26-man squad
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="crlf",
     notes="Sydney media-trade site, CRLF: a ruling on how news sites must label paid content; the approved labels are quoted as story list items (one is the bare quoted word \"Advertisement\"), while the page carries real 'Advertisement' and 'Sponsored' slots (other), a byline, share icons and a newsletter signup.",
     text="""
nav|MediaWeek Australia
nav|News | Publishing | Agencies | TV | Radio | Jobs
oth|Advertisement
T|Standards panel tells publishers: 'Partner content' is not a good enough label
oth|James Whitford
oth|March 11, 2026 3:05pm
B|Publishers will have to use one of four plain labels on paid articles from July, after the Advertising Standards Panel found that readers did not understand terms such as "Partner content" or "Presented by".
B|The panel's survey of 2,000 readers found that only 31 per cent recognised a "Partner content" story as an advertisement.
B|The approved labels are:
B|"Advertisement"
B|"Paid content"
B|"Sponsored by [brand]"
B|"Paid partnership"
oth|SPONSORED: Why regional audiences trust local radio more than ever
B|Labels must appear above the headline and in the same size as the byline, the panel said.
B|Industry body Publishers Australia said it would work with members on the change but warned the July deadline was "tight".
sh|Share on LinkedIn | Share on X | Email
nl|The MediaWeek Daily newsletter: all the industry news you need, free. Subscribe now
rel|Latest
rel|Radio ratings survey 2: commercial FM holds in Melbourne
"""),

dict(id="hard-en-005", lang="en", hard=True, opts="nofinal",
     notes="Manila fact-check desk on chain messages that demand forwarding; the story quotes the hoax's 'share this to 10 group chats' and 'forward to all your contacts' lines (story), while the page carries a real share bar, a share count, a Viber-community prompt (navigation), tags and a footer. No final newline.",
     text="""
nav|VeriPinas
nav|Fact Check  Explainers  Elections  Health  About
nav|Fact Check > Viral Messages
T|FACT CHECK: No, the DOH is not giving ₱5,000 'health cash cards' to people who forward a message
oth|VeriPinas Fact-Check Desk | March 12, 2026
sh|1.4K shares
sh|Share on Facebook   Share on Messenger   Copy link
B|Claim: A message circulating on Viber and Messenger says the Department of Health is giving ₱5,000 "health cash cards" to every family that forwards it.
B|Rating: FALSE
B|The message ends with: "Share this to 10 group chats within 24 hours to register your family!"
B|Some versions add: "Forward to all your contacts before this is deleted."
B|The DOH said in a statement on Tuesday that it has no such programme and that it "never asks the public to share messages to qualify for assistance".
B|The link in the message leads to a form asking for names, birthdays and mobile numbers, which scammers can use to take over e-wallet accounts, according to the Cybercrime Investigation and Coordinating Center.
B|If you received the message, do not click the link. Report it to the CICC hotline 1326.
nav|Join the VeriPinas Viber community to get fact checks first
nav|Tags: hoax, DOH, scam, Viber
oth|VeriPinas is a signatory of the International Fact-Checking Network's code of principles.
"""),

dict(id="hard-en-006", lang="en", hard=True, opts="~",
     notes="Toronto business site on an anti-spam penalty for a retailer's pre-ticked newsletter box; the checkbox and unsubscribe wordings quoted in the story are story, while the page carries its own newsletter box, a byline and stamp, a read-more teaser, a comments prompt, and extra blank lines before the footer.",
     text="""
nav|The Bay Street Ledger
nav|Markets  Companies  Economy  Small Business  Real Estate  Opinion
T|Northway Outfitters pays $310,000 over pre-ticked newsletter box
oth|Priya Sandhu, Staff reporter
oth|Published Mar 12, 2026 · Updated 2 hours ago
B|Outdoor retailer Northway Outfitters has agreed to pay a $310,000 penalty to settle allegations that it sent marketing e-mails to customers who never agreed to receive them, the CRTC said Wednesday.
B|According to the regulator, Northway's online checkout showed a box that was already ticked, reading: "Yes! Send me deals, gear guides and news from Northway."
B|Between 2022 and 2025, about 640,000 shoppers were signed up that way.
B|The regulator also found that the "Unsubscribe" link at the bottom of some e-mails led to a login page rather than removing the address straight away.
rel|Read more: Ottawa's anti-spam law turns 12. Is it working?
B|Under Canada's anti-spam legislation, consent to commercial messages must be given actively; a pre-checked box does not count.
B|Northway said in a statement that it had fixed its checkout in 2025 and removed every address it could not confirm.
nl|Ledger Morning Brief: the business news that matters, before the opening bell. Sign up free
nl|Enter your email
com|Join the conversation: 4 comments
~
oth|The Bay Street Ledger is a division of Ledger Media Group Inc. Terms | Privacy | Contact
"""),
]
