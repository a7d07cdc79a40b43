"""textset-dev28, writer A, part 3: English hard cases hard-en-001 .. hard-en-006. In each one
the story is about the kind of furniture the page also carries (a cookie-banner fine, a token
crash with hourly prices, a newsletter relaunch, a council muting comments, a study of share
buttons, an advertising-label ruling) and quotes such wordings inside story lines, which stay
story."""

CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="",
     notes="Regional paper story on a regulator fining a garden-centre chain over its cookie banner; the "
           "story quotes the banner's buttons ('Accept all', 'Manage settings', 'Reject all') and these "
           "lines are story. The page has its own consent banner on top, plus byline, share bar, related "
           "teasers and a footer.",
     text="""
ck|This site uses cookies for analytics and personalised advertising. You can change your mind at any time under Privacy settings.
ck|Accept all
ck|Reject non-essential
nav|Midshire Evening Post
nav|News > Business
T|Garden centre chain fined £180,000 over 'nudging' cookie banner
oth|By Tom Featherstone · Business reporter
oth|Published 16:20, 11 December 2026
sh|Share | Tweet | Email
B|The Information Commissioner's Office has fined Thornbury Garden Centres £180,000 after finding its website pushed visitors into accepting advertising cookies.
B|Investigators found the chain's banner showed a large green "Accept all" button on the first screen.
B|The only other option was a pale grey link reading "Manage settings", which led to 42 separate toggles, all switched on by default.
B|A "Reject all" button was available only on the third screen, the regulator said.
B|Deputy commissioner Lena Okafor said: "Refusing cookies must be as easy as accepting them. Here it took six clicks to say no and one to say yes."
B|Thornbury, which has 31 stores in the Midlands, said it had replaced the banner in September and would not appeal.
rel|Related: Shoppers urged to check loyalty app permissions
rel|Related: Midshire firms among slowest to adopt new data rules
oth|Midshire Evening Post, Unit 4, Printworks Way, Castlebridge
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="ws",
     notes="Crypto aggregator story on a token crash whose hourly price timeline lines are story; the "
           "page also carries a real price widget, a price strip, a promo, a not-advice disclaimer, a "
           "source credit and stamped teasers (trailing whitespace).",
     text="""
tk|BTC $71,204 +0.8% | ETH $3,912 −1.2% | SOL $188.40 +2.6% | MOSS $0.61 −64.1%
nav|CoinHarbor News
T|Mossfire's MOSS token loses nearly two-thirds of its value in a day
oth|CoinHarbor Desk · Dec 9, 2026 at 18:22 UTC
B|The MOSS token of gaming network Mossfire fell about 64% on Wednesday after a wallet linked to an early investor sold 40 million tokens on decentralised exchanges.
B|Hourly prices on the largest MOSS pool showed the speed of the fall:
B|09:00 UTC – $1.71
B|11:00 UTC – $1.38
B|13:00 UTC – $0.84
B|15:00 UTC – $0.59
B|Mossfire said the seller's tokens had been fully unlocked under a vesting schedule published in 2024 and that "no protocol funds were touched".
B|Trading volume on MOSS pairs reached $412 million, more than 20 times its daily average, according to the analytics site PoolLens.
att|Source: ChainDispatch
pr|Trade MOSS and 900+ tokens with zero maker fees for your first 30 days – open an account in two minutes.
tk|Mossfire Logo
>tk|Mossfire Price(MOSS)
>tk|$0.6104
>tk|−64.12%
>tk|USD
dis|Nothing on CoinHarbor is investment advice. Crypto-assets are highly volatile and you may lose all of your money.
rel|Read next
rel|Why token unlocks keep blindsiding retail traders
rel|CoinHarbor2026/12/09 16:05
rel|Gaming chains see active wallets drop 30% in November
rel|CoinHarbor2026/12/08 21:40
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="",
     notes="Local news site story about a rival paper relaunching its morning newsletter; the story quotes "
           "sign-up wording ('Sign up to The Morning Wick…', 'Unsubscribe at any time') and those lines are "
           "story. The page carries real newsletter pitches at the top and bottom, a byline, a comment "
           "count and a partner-content slot.",
     text="""
nav|Wickford Now
nl|Never miss a Wickford story – get our free daily e-mail. Enter your address
T|Wickford Herald relaunches morning newsletter after subscribers fall by half
oth|Jasmine Rourke · Media · 4 December 2026
com|6 comments
B|The Wickford Herald is relaunching its morning e-mail briefing after the number of people opening it fell by half in two years, its editor has said.
B|The old newsletter, sent at 5am, ran to more than 40 links.
B|The new version, called The Morning Wick, will carry five stories and a weather line, and arrive at 7.15am.
B|A pop-up on the Herald's website now reads: "Sign up to The Morning Wick – five stories, five minutes, every weekday."
B|Beneath it, in smaller type: "Unsubscribe at any time. We will never sell your e-mail address."
B|Editor Graham Pryce said readers had told him the old e-mail felt "like homework".
B|"We would rather have 8,000 people who read it than 20,000 who delete it," he said.
oth|PARTNER CONTENT: Three Wickford homes you can tour this weekend
nl|Like this? Our Wickford Now Weekender lands every Saturday at 8am. Subscribe free
rel|Popular on Wickford Now
rel|Library opening hours to be extended from January
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="nofinal",
     notes="Regional paper story about a town council limiting comments on its Facebook page; the quoted "
           "notice ('Comments on this post have been limited…') is story. The page carries its own "
           "comment block at the bottom (count, house rules, commenters and comments) and has no final "
           "newline.",
     text="""
nav|Dunmere & District Mercury
nav|Local News | Politics | Letters | Sport | Jobs
T|Town council limits Facebook comments after 'tide of abuse' over car park plan
oth|Reporter: Callum Eddowes
oth|Wed 2 Dec 2026
sh|Share this story
B|Dunmere Town Council has restricted comments on its Facebook page after posts about a new car park drew hundreds of abusive replies.
B|Residents scrolling the page now see the message: "Comments on this post have been limited by Dunmere Town Council."
B|Only people the council has tagged can now reply to its posts.
B|Town clerk Rhiannon Vickery said staff had spent "whole afternoons" deleting threats and that two junior officers had been named in personal attacks.
B|Opposition councillor Mark Dyer said the council was "switching off the one place people can argue back" and called for public meetings on the car park instead.
B|The council says residents can still comment by e-mail or at its monthly open forum.
com|31 comments
com|Please keep comments civil. Read our community guidelines before posting.
com|DunmereDave
com|Shutting people up won't make the car park any less of a white elephant.
com|Sue Harkin
com|If you'd seen what was being written about council staff you would understand."""),

dict(id="hard-en-005", lang="en", hard=True, opts="",
     notes="Tech news story on a study finding share buttons are almost never used; lines quoting 'Share "
           "this article' and a 'Shares: 0' counter are story. The page carries a real share bar under the "
           "byline and again at the end, an app prompt, a newsletter line and related links.",
     text="""
nav|Pixelwire
nav|News | Reviews | Science | Culture | Deals
T|Fewer than one reader in 500 ever taps a share button, study finds
oth|Ahmed Lindqvist | 8 Dec 2026, 10:17
sh|Facebook
sh|X
sh|WhatsApp
sh|Copy link
B|Share buttons on news sites are used by fewer than 0.2% of visitors, according to a study of 11 million page views across 40 publishers.
B|Researchers at the University of Lowther tracked clicks on buttons labelled "Share this article", "Tweet" and "Send on WhatsApp" over six months.
B|On mobile the rate fell to 0.07%, because most people copy the link from the browser instead.
B|Several publishers in the study displayed a public counter that read "Shares: 0" under most articles, which the authors say may actually put readers off.
B|"A zero tells people nobody else thought this was worth passing on," said co-author Dr Ruth Okonedo.
B|The study recommends removing counters and keeping only a single "copy link" option.
sh|Share this article
nav|Get the Pixelwire app for iOS and Android
nl|The Pixelwire Daily: tech news without the noise, every morning
rel|Related
rel|Why newsletters are the new homepage for publishers
rel|Browser makers agree on new link-preview standard
"""),

dict(id="hard-en-006", lang="en", hard=True, opts="",
     notes="Media/marketing news about an advertising-standards ruling on influencers' unlabelled posts; "
           "lines quoting '#ad', 'Paid partnership' and 'Sponsored' are story. The page itself carries an "
           "'Advertisement' label mid-story and sponsored teasers at the bottom (other), a byline and a "
           "copyright line.",
     text="""
nav|AdLine Daily
nav|Agencies | Brands | Media | Regulation | Awards
T|Watchdog rules against three influencers who hid #ad in comments
oth|By Clara Ng-Whitfield
oth|December 3, 2026
B|The Advertising Standards Authority has upheld complaints against three fitness influencers who were paid to promote a protein brand but put the "#ad" label in the comments rather than the post.
B|The regulator said labels must appear "upfront and obvious", before anyone has to tap "more" or scroll.
B|Posts labelled only with platform tools such as "Paid partnership" were acceptable if the label was visible at first glance, it added.
oth|Advertisement
B|One influencer had used the word "Sponsored" in white text on a pale background, which the ASA said was "effectively invisible".
B|The brand, Nordfit Nutrition, said it had since issued new guidance to its 140 creators.
B|The ruling is the ASA's 19th against influencer marketing this year.
oth|Sponsored
oth|How one mid-size agency doubled its retail clients in a year
oth|Paid for by Hollin & Vey Media
dis|© AdLine Daily 2026. All rights reserved.
"""),
]
