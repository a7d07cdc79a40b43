"""textset-dev34, writer A: English hard cases hard-en-001 .. hard-en-006.

Each story is about the kind of furniture its page also carries and quotes such wordings in
story lines (kept as B): a cookie-banner fine, an undeclared shareholding, a crypto yield ad
ban (prices are story), helpline boxes, a Creative Commons republishing row, a comment policy.
Tagged line lists for ../textset-dev20/src/make_cases.py.
"""

CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="",
     notes="Story about a publisher fined over its cookie banner, quoting the banner's wording in story lines; the "
           "page itself opens with a long cookie notice (cookie_banner) and has a share bar and related teasers (one mid-story).",
     text="""
ck|Your privacy matters to us. With your permission, we and our advertising partners process personal data such as your IP address and browsing history to deliver relevant ads and measure their reach. You can refuse or withdraw consent whenever you like.
ck|Agree
ck|Disagree
ck|Show purposes
nav|Brightwater Digital Post
nav|Tech · Policy · Media
T|Regulator fines Halden Media £2.3m over cookie banner that 'made saying no a chore'
oth|Kofi Marchetti · 2 December 2026
B|The data protection regulator has fined Halden Media, which publishes 14 regional news sites, £2.3m over a cookie banner that it said pushed readers into accepting tracking.
B|The banner told readers: "By continuing to browse, you agree to our use of cookies and to sharing your data with 212 partners."
B|It offered a large green "Accept all" button but no button to refuse.
rel|Related: What the new consent rules mean for the sites you read every day, explained in five questions.
B|Readers who wanted to say no had to click "More options", then untick 212 boxes one by one.
B|"Saying no should be as easy as saying yes," the regulator's deputy commissioner, Alima Sorensen, said.
B|Halden said it had already replaced the banner with one that has "Accept" and "Reject" buttons of the same size, and would appeal against the size of the fine.
sh|Share  Post  Email
rel|More on privacy: Parking app fined for selling drivers' location data
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="single",
     notes="Press-standards ruling on a columnist who did not declare shareholdings; story lines quote disclosure "
           "wording and the paper's correction. The page carries a real holdings disclosure and a conflict-of-interest "
           "note on top (both disclaimer), a newsletter pitch mid-story and a tip line (other).",
     text="""
nav|PressWatch
nav|Media › Regulation
dis|Conflict of interest: PressWatch is funded by its members, some of whom are publishers named in our coverage. A full list is on our About page.
T|Columnist should have declared Orlan Energy shares, standards body rules
oth|By Helena Drury | 4 December 2026
B|The Independent Press Standards Board has ruled that the Daily Meridian breached its code when a columnist praised Orlan Energy without telling readers he owned shares in it.
B|Finance writer Gideon Farr wrote three columns this year calling Orlan "the bargain of the decade."
B|He held about £60,000 of Orlan shares at the time, the board found.
nl|PressWatch Daily is the briefing media people read before their morning meeting. Get it free every weekday.
B|The board said each column should have carried a line such as: "The author owns shares in Orlan Energy."
B|The Meridian has now added that wording to all three columns and published a correction reading: "This article has been amended to disclose the author's shareholding."
B|Mr Farr said the omission was "an honest oversight" and that he had not traded the shares since.
dis|Disclosure: The author holds no shares in any company mentioned in this article. PressWatch staff are barred from owning shares in listed media companies.
oth|Got a tip about the press? Write to Helena at hdrury@presswatch.example.
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="ws",
     notes="Regulator orders an exchange to pull crypto yield ads; the ad's wording and token prices are story. "
           "The page also carries a ticker, a persuasive crypto promo of its own, a risk disclaimer and stamped teasers.",
     text="""
tk|BTC $90,877.40 -0.84%   ETH $3,102.15 -1.22%   SOL $182.06 +0.40%
nav|BlockWire
T|Watchdog orders Velarion to pull 'earn 12% on idle crypto' adverts
oth|Marta Engström · Dec 3, 2026, 14:30 UTC
B|The Financial Promotions Authority has ordered crypto exchange Velarion to remove adverts that promised customers they could "earn up to 12% a year on your idle crypto, risk-free."
B|The authority said the word "risk-free" was misleading because customers' tokens were lent to trading firms and could be lost if a borrower failed.
B|Velarion's own token, VLR, fell 14% after the ruling, from $2.31 to $1.99.
B|It later recovered to $2.07.
B|The adverts ran on buses and on sports streaming apps for six weeks.
B|Velarion said it would "work constructively" with the authority and had paused new sign-ups to the yield product.
pr|Put your crypto to work. Stake with Corvane and earn rewards every day, with no lock-up and withdrawals in seconds. Start with as little as $10.
dis|Investing in crypto assets carries a high level of risk, including the loss of your entire investment. Nothing on BlockWire is financial advice.
rel|Velarion adds euro deposits for Spanish customers
rel|BlockWire2026/12/02 11:05
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="",
     notes="Study on helpline boxes printed after suicide stories; the story quotes helpline wording in story lines. "
           "The page also has a content note on top and a real helpline box after the story (both other).",
     text="""
nav|The Northern Reporter
nav|Health | Media | Science
oth|This article contains references to suicide.
T|Helpline boxes after news stories lead more people to call, study finds
oth|By Rachel Obi, Health Correspondent
oth|Monday 7 December 2026
B|Calls to a suicide prevention line rose by about a fifth in the 48 hours after news sites printed a helpline box under stories about suicide, researchers at the University of Tarrow have found.
B|The team compared 1,900 articles published over three years.
B|Boxes that began "If you or someone you know is struggling, call..." and gave a number, a text option and opening hours had the biggest effect.
B|Boxes that only said "Help is available" with a link had almost none.
B|"The wording matters, and so does putting the number where people can see it," said lead researcher Dr Emil Varga.
~
oth|If you are having thoughts of suicide, you can call the Beacon Line free, day or night, on 0800 555 0199, or text BEACON to 85258. You don't have to be in crisis to get in touch.
sh|Share this article
rel|Most read: Why GP waiting times differ so much between neighbouring towns
"""),

dict(id="hard-en-005", lang="en", hard=True, opts="nofinal",
     notes="Row over a nonprofit newsroom's Creative Commons licence after a chain ran its stories with ads; story "
           "lines quote the licence notice. The page carries its own republishing notice (disclaimer), a funder "
           "line (attribution) and a donation appeal mid-story (other).",
     text="""
nav|Clearwater Report
nav|Menu  Search  Donate
T|Nonprofit newsroom tightens republishing rules after chain ran its stories beside payday-loan ads
oth|Declan Moyo · December 6, 2026
B|The Clearwater Report, a nonprofit newsroom in the Tallis River valley, has changed the licence under which other outlets can republish its reporting.
B|Until last month its articles ended with the line: "You may republish this article for free under a Creative Commons licence, as long as you credit us."
B|Editors found that Pinecrest Media, which owns 30 local sites, had republished 140 of its stories, some surrounded by adverts for payday loans.
oth|Your gift of any amount keeps Clearwater's reporting free for everyone in the valley. Donate today.
B|"That was legal under the old licence, but it isn't what our donors paid for," said editor-in-chief Lorna Castell.
B|The new notice allows republication only by outlets that do not run gambling or high-interest lending ads next to the stories.
B|Pinecrest said it had removed the ads from the affected pages.
att|Clearwater Report's accountability desk is supported by the Tallis Community Fund. Funders have no influence over our journalism.
dis|Republishing this story: outlets that meet our republishing guidelines may reprint this article free of charge, with credit to the Clearwater Report and a link to the original.
"""),

dict(id="hard-en-006", lang="en", hard=True, opts="crlf",
     notes="Local paper puts comments behind a log-in and publishes a new comment policy, quoted in story lines; "
           "the page carries a real comment-policy paragraph, a comment count and short comments (comments), and an ad label mid-story (other).",
     text="""
nav|Linwood Observer
nav|News › Our newsroom
T|Observer to close anonymous comments and ask readers to log in
oth|By Faye Brannigan, Editor
oth|December 1, 2026
B|From January 4, readers will need to log in with a verified email address to comment on Linwood Observer stories.
B|Moderators removed 6,200 comments this year, three times as many as in 2023, most of them posted from accounts created the same day.
B|Our new policy says: "Comments that attack other readers, repeat rumours about named people or discuss live court cases will be removed without warning."
B|Stories about court cases, deaths and children will not be open for comments at all.
oth|Advertisement
B|We know some regular readers will be unhappy.
B|We think a smaller, calmer conversation is worth more than a big and nasty one.
com|Please keep the conversation civil. Our moderators read every comment before it goes live and may take up to a day to approve it. Read the house rules.
com|37 comments
com|Janet_K
com|About time. The threads under the flood stories were unreadable.
com|linwood_lad
com|So much for free speech then.
"""),
]
