from common import case

CASES = [
case("hard-en-001", "en", """
T|I clicked ‘Reject all’ for a month. Here is what the internet did
ot|Column · Technology · Rafe Mondal
ot|Listen to this article · 7 min
B|For thirty days I refused every cookie I was offered.
B|Not “manage preferences”. Not “accept necessary only”. Reject all, every time, on every site.
B|I kept a tally.
B|- 1,140 consent banners.
B|- 212 that had no reject button on the first screen.
B|- 37 that asked me again the next day.
B|- 4 that refused to show the article at all until I said yes.
B|The banners are a strange genre.
B|“We value your privacy,” says a site that shares my data with 812 partners.
B|“This site uses cookies to improve your experience,” says another, as if the improvement were mine.
ot|Advertisement
B|Did the ads get worse? A bit. They got more local and less creepy: a garden centre, a dentist, a bus company.
B|Did the web break? Not really. Two banking sites logged me out more often.
B|What changed was my patience.
B|By week three I was clicking “Reject all” faster than I could read the sentence above it, which is exactly what the designers of the “Accept all” button hope I do with theirs.
B|The law says refusing should be as easy as agreeing.
B|On most sites, it still is not.
ck|We and our 146 partners store and access information on your device to personalise content and ads.
ck|Accept all
ck|Reject all
ck|Show purposes
""", "Hard: a column about cookie banners quotes banner phrases and button labels ('Reject all', 'We value your privacy') in body; the page ends with a real consent dialog whose buttons 'Accept all'/'Reject all' are noise (the 'Reject all' button line differs from the body sentences).", hard=True, trail=[5]),

case("hard-en-002", "en", """
ct|BTC $71,402.18 ▲1.2% | ETH $3,811.04 ▼0.4% | SOL $162.77 ▲3.9%
T|Why I stopped checking the bitcoin price
ot|Opinion · 6 min read · Updated 18 Feb 2026
B|For three years the first thing I looked at every morning was a number.
B|Not the weather. Not the news. The price of bitcoin.
B|Some mornings it said $41,000. Some mornings $69,000. Once, memorably, $38,120.
B|None of those numbers changed anything I did that day.
B|That is the part that took me longest to see.
B|I owned a little — about 0.3 BTC, bought in 2021 — and I had no plan to sell it.
B|Yet the ticker in the corner of my phone set my mood like a thermostat.
B|Up 4%? Good morning. Down 9%? Snap at the children.
B|So in October I deleted the app.
B|What I noticed
B|- I read more books, mostly on the train where I used to refresh prices.
B|- I stopped explaining “the halving” at dinner parties.
B|- I did not, as far as I know, miss anything important.
B|I still own the coins.
B|I have no idea what they are worth today, and I plan to keep it that way until at least Easter.
cp|Trade 400+ tokens with zero fees for 30 days. Open a Quarrystone account
ct|Dogecoin DOGE$0.1914-2.07%Cardano ADA$0.7412+0.88%
dc|Cryptoassets are high-risk and largely unregulated. You could lose all the money you invest. The author holds bitcoin.
""", "Hard: an opinion piece about compulsively checking crypto prices quotes prices and percentage moves in body; real ticker strips (one squashed), an exchange promo and a risk disclaimer are noise.", hard=True),

case("hard-en-003", "en", """
ot|Subscriber exclusive
T|The paywall paradox: why newspapers let you read for free, then don’t
ot|By Teodora Miles · Media editor · 9 min read
B|Every news site has a number, and almost none will tell you what it is.
B|It is the number of free articles you can read before the gate comes down.
B|At one national paper it was ten a month in 2019. Now it is three.
B|At another it is zero on weekdays and unlimited on Sundays.
B|How the meter decides
B|Modern paywalls are not fixed. Software scores each visitor on how likely they are to pay.
B|A reader who arrives from a search engine, reads one story and leaves may never see a prompt.
B|A reader who comes back four times in a week gets “You’ve reached your limit” on the fifth.
B|The trick is timing.
B|Publishers test dozens of variations: the wording, the colour, the moment the box slides up.
B|“Ask too early and they bounce,” said Jonah Park, who built a metering system for a group of regional titles. “Ask too late and they’ve already got the habit for free.”
ot|You have read 2 of 3 free articles this month. Subscribe for £1 a week
B|Does it work?
B|Digital subscriptions at UK publishers grew 9% last year, according to industry figures, while traffic fell.
B|Fewer readers, paying more.
B|Whether that is a business model or a slow retreat is the question nobody in the industry likes.
ot|Subscribed already? Sign in here
ot|Gift this story to a friend
cm|Join the conversation · 53 comments
""", "Hard: a media column about paywall meters quotes a limit prompt ('You've reached your limit') in body; the page carries a real meter prompt mid-story, a login link, a gift link, a subscriber label and a comment counter.", hard=True, nl="mixed"),

case("hard-en-004", "en", """
nv|Menu | Search | Sign in
T|We closed our comments section for a year. This is what we learned
ot|From the editor · Sunita Rao
B|On 1 March last year, we switched off comments on every story on this site.
B|It was not a popular decision.
B|We received 2,300 emails about it in the first week, more than we had received about anything except the crossword.
B|Why we did it
B|Moderation was costing us two full-time jobs.
B|Fewer than 1% of readers ever commented; about forty accounts wrote a third of all comments.
B|And too often, the first thing a reader saw under a story about a car crash was a stranger blaming the victim.
B|What happened next
B|Time spent on stories did not change.
B|Letters to the editor tripled.
B|Most of them, admittedly, were about the comments.
B|We started a weekly reader Q&A, which now draws 600 questions a week.
B|So are comments coming back?
B|Partly. From April, we will open comments on opinion pieces only, with every comment read before it appears.
B|“Leave a comment” will mean something again. We hope.
cm|Comments are open on this article. 129 comments · Sort by: Newest
cm|Post a comment
sb|Share this article
""", "Hard: an editor's note about closing comments quotes 'Leave a comment' in body; the page has a real comment counter, sort control and post prompt, plus a share line.", hard=True, trail=[13, 14]),

case("hard-en-005", "en", """
T|Your inbox is full of newsletters. Here is why they keep multiplying
ot|Analysis · 8 min read · Published 27 January 2026
B|Open your email and count them.
B|Go on. I’ll wait.
B|I did, last Sunday: forty-one newsletters, from a bakery, three politicians, a knitting pattern designer and a man who writes only about bridges.
B|I had signed up for every one.
B|Why now?
B|Social media platforms have cut the reach of publishers’ posts by half or more since 2022.
B|An email address, by contrast, belongs to the sender until the reader clicks unsubscribe.
B|“It’s the last channel nobody can take away from you,” said Harriet Young, who runs a newsletter consultancy in Bristol.
nl|The Weekly Signal: a calm digest of the week in tech. Enter your email to sign up.
B|The numbers
B|- The average open rate across the industry is about 38%.
B|- Paid newsletters convert between 2% and 6% of free readers.
B|- Most people unsubscribe within six months.
B|Which brings us back to my forty-one.
B|This week I unsubscribed from thirty.
B|The man who writes about bridges stayed.
nl|Sign up
ot|Bea Holloway covers digital media. Follow her on Bluesky.
""", "Hard: an analysis of the newsletter boom (body lines mention signing up and unsubscribing) with a real newsletter sign-up box mid-story and a bare 'Sign up' button at the bottom; stamp and bio are noise.", hard=True),

case("hard-en-006", "en", """
ot|Advertisement
T|Why the word ‘Advertisement’ sits above so many articles
ot|Media column · Updated 2 hours ago · 6 min read
B|Look at the top of almost any news page and you will see a small grey word: Advertisement.
B|It is a label, not an ad. The ad is supposed to load beneath it.
B|Most readers scroll past it without noticing.
B|Often it does not.
B|Ad blockers, slow connections and unsold inventory all leave the label sitting above a blank space.
B|What the label is for
B|Regulators in most countries require paid content to be distinguishable from journalism.
B|In print that was easy: a box, a different typeface.
B|Online, a slot may show an ad, a house promotion or nothing at all, and the label stays regardless.
B|Hence the strange sight of “Story continues below” in the middle of a paragraph, with nothing in between.
ot|Advertisement
ot|Story continues below
B|Some readers find the empty labels irritating. Designers call them “ghost slots”.
B|A survey of 40 news sites last year found an average of six ghost slots per article.
B|One publisher removed them in 2024, then restored them after a complaint that a sponsored recipe looked like editorial.
B|So the little grey word stays.
B|It is, in its way, one of the most honest things on the page.
ot|Sponsored: 7 kitchen gadgets chefs swear by
ot|Promoted stories
""", "Hard: a column about ad labels and ghost slots quotes 'Advertisement' and 'Story continues below' inside body sentences, while the page carries the bare labels as real noise at top and mid-story and sponsored teasers at the bottom.", hard=True, final_nl=False),
]
