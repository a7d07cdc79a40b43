"""textset-dev26, writer A, hard English cases hard-en-001 .. hard-en-006: the story is about the same
kind of furniture the page carries (newsletter pop-ups, cookie banners, comment sections, price tickers
and exchange promos, share-to-win posts, paid-partnership labels). Quoted wordings inside story lines
are story."""

CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="nofinal",
     notes="Media reporter's Substack-style newsletter about a study of newsletter sign-up pop-ups; the story "
           "quotes pop-up wordings ('Type your email...', a 'No thanks' button), all kept as story, while the "
           "page's own subscribe box, subscriber count, mid-story pitch and footer are newsletter/other noise.",
     text="""
nl|Discover more from Inverted Pyramid
nl|A weekly look at how local news makes (and loses) money. By Esther Vallancourt.
nl|Over 11,000 subscribers
nl|Type your email...
nl|Subscribe
nl|No thanks, take me to the post
T|Newsletter pop-ups now appear 4 seconds into the average local news visit, study finds
oth|Esther Vallancourt
oth|Mar 19, 2026
B|If it feels as though you can't read a local news story without being asked for your email address, a new study says you are right.
B|Researchers at the Brockton Institute for Media Practice loaded 1,200 local news homepages and article pages in January and timed how long it took for a sign-up box to appear.
B|The median was 4.1 seconds. On 23 percent of sites, the box appeared before the first paragraph had finished loading.
B|The most common wording was a plain "Subscribe to our newsletter", followed by "Type your email..." in the input field and a single "Subscribe" button.
B|But 31 percent of sites used what the authors call confirmshaming: a close button reading something like "No thanks, I'd rather not be informed."
nl|If you're reading this because someone forwarded it, this is the bit where I ask you to sign up. Free, weekly, no pop-ups.
B|Lead author Dr. Femi Castellanos said publishers were not wrong to want email addresses. "Newsletter readers are the most loyal readers a newsroom has. The question is whether you earn them or ambush them."
B|Sites that delayed the box until a reader had scrolled past the story saw sign-up rates only 8 percent lower, the study found.
sh|Like
com|Comment
sh|Restack
oth|© 2026 Esther Vallancourt
oth|Substack is the home for great writing"""),

dict(id="hard-en-002", lang="en", hard=True, opts="crlf",
     notes="Medium-style post by a tech-policy reporter about a cookie-banner fine; the story quotes banner "
           "buttons ('Accept all', 'Manage my choices') and is kept, while the page's own cookie dialog at the "
           "top is cookie_banner noise and author/follow/clap furniture is other/share/comments.",
     text="""
ck|Cookies on this site
ck|We and our partners store and access information on your device to personalise content and analyse traffic.
ck|Manage options
ck|Agree and close
nav|Open in app
oth|Member-only story
T|Regulator fines travel site Wandrly €1.8m over a cookie banner with no 'Reject all'
oth|Konstantin Ibsen-Marr
oth|Follow
oth|5 min read
oth|Feb 11, 2026
sh|742
com|31
B|The Ostland Data Protection Authority has fined the travel booking site Wandrly €1.8 million over a cookie banner that made refusing tracking harder than accepting it.
B|Wandrly's banner offered a green "Accept all" button on its first screen. To refuse, visitors had to click "Manage my choices", then untick 14 categories one by one.
B|The authority said the design "steers users towards consent" and breached the rule that refusing must be as easy as agreeing.
B|Its decision quotes the banner's own text, including the line "We value your privacy", which the authority called "difficult to reconcile with the design that follows."
B|Wandrly has 30 days to add a "Reject all" button to the first layer of its banner. It said it would comply and was considering an appeal on the amount.
B|It is the largest cookie-consent fine the authority has issued. The previous record, €410,000, went to a furniture retailer in 2024.
sh|742
com|31
rel|More from Konstantin Ibsen-Marr
rel|Dark patterns, explained with one checkout page
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="single",
     notes="Reddit-style thread about a local paper ending reader comments; the story quotes the paper's "
           "closing notice ('Comments are closed for this story.') and its moderation figures, all story, while "
           "the thread's own comment sorter, replies and reply counts are comments noise.",
     text="""
nav|r/Greyford
oth|Posted by u/sentinel_lurker
oth|9 hr ago
nav|News
T|Greyford Sentinel is ending reader comments on its website after 18 years
att|Link: greyfordsentinel.com/opinion/why-we-are-turning-off-comments
B|Text of the editor's note, for those without a subscription:
B|Starting Monday, the Sentinel will no longer host reader comments under stories on greyfordsentinel.com.
B|Our moderators removed 61,000 comments last year, about one in five of all comments posted. Two of our three moderators left in 2025 and we could not replace them.
B|From Monday, every story will end with the line "Comments are closed for this story." Older comment threads will remain readable but locked.
B|We still want to hear from you. Letters to the editor, up to 250 words, can be sent to letters@greyfordsentinel.com.
B|The note is signed by the paper's editor, Ruth Akinyemi-Barr.
sh|96
com|58 comments
sh|Share
com|Sort by: Best
com|u/oldmillroad
com|· 8 hr ago
com|Honestly the comment section was 80% the same four guys arguing about parking.
com|u/sentinel_lurker
com|· 7 hr ago
com|Ha, they mention in the full note that two accounts wrote 9% of all comments.
com|View more comments
rel|Related posts
rel|Greyford Sentinel raises online subscription price to $14/month
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="ws",
     notes="Unrolled X-style thread by a crypto reporter about a token's listing-day crash; the numbered posts "
           "quote prices and an exchange banner and are story, while the page's own price strip at the top, "
           "an exchange sign-up promo between posts and a risk disclaimer at the bottom are noise.",
     text="""
tk|BTC $70,412 -0.8% | ETH $3,508 +1.1% | SOL $162.40 -2.3% | FRTH $0.0037 -87.9%
nav|Unroll · Read on one page
oth|Bram Quayle-Ortiz
oth|@bramqo_chain
oth|12:07 AM · Mar 21, 2026
T|Thread: how the FRTH listing went from +900% to -88% in one day
B|1/6 Frothly (FRTH) listed on Halvex exchange at 14:00 UTC yesterday. Opening price $0.0031. By 15:20 it touched $0.031. That is a 10x in 80 minutes.
B|2/6 Halvex ran a banner all afternoon: "FRTH is live! Trade now with 0 fees for 7 days." Its app sent the same push alert to every user in three countries.
B|3/6 On-chain data shows four wallets linked to the Frothly team sold 210 million FRTH between 15:05 and 15:40.
pr|New to crypto? Open a Brisq account in 2 minutes and get up to $200 in trading rebates. T&Cs apply.
B|4/6 By midnight FRTH was at $0.0037. Anyone who bought in the banner window was down 88%.
B|5/6 Halvex told me the listing "met all our due-diligence criteria" and the banner was "standard for new listings."
B|6/6 Frothly's founders have not replied to messages. Their Telegram channel was set to read-only at 16:02.
sh|Reposts 1,408
sh|Quotes 96
sh|Likes 4.2K
sh|Bookmarks 512
dis|Crypto assets are highly volatile and unregulated in some jurisdictions. Nothing on this page is financial advice.
com|Show more replies
"""),

dict(id="hard-en-005", lang="en", hard=True, opts="",
     notes="Facebook page post by a county sheriff's office warning about a 'like and share to win' giveaway "
           "scam; the quoted scam wording ('Like and share this post and comment DONE...') is story, while the "
           "page's own share count, Like/Comment/Share row and comment composer are share/comments noise.",
     text="""
nav|Cass Hollow County Sheriff's Office
oth|March 12 at 3:15 PM ·
T|SCAM ALERT: that 'free camper' giveaway is not from Pinecrest RV
B|Several residents have contacted us about a Facebook page called "Pinecrest RV Giveaways" that claims to be giving away 12 camper trailers "that can't be sold because of small scratches."
B|The post says: "Like and share this post and comment DONE to be entered. Winners picked Friday!"
B|Pinecrest RV in Millerton has confirmed to us that the page is not theirs and they are not giving anything away.
B|People who commented on the post later received messages asking them to pay a $149 "delivery deposit" by gift card. At least three county residents have paid.
B|Sharing these posts helps the scam reach more people. If it's in your feed, report it to Facebook rather than sharing it.
B|If you paid any money, call our non-emergency line at 555-0142 and keep the gift card receipts.
sh|All reactions:
sh|1.1K
com|203 comments
sh|2.4K shares
sh|Like
com|Comment
sh|Share
com|Most relevant
com|Write a comment…
"""),

dict(id="hard-en-006", lang="en", hard=True, opts="",
     notes="Ghost-style consumer reporter's newsletter about undisclosed influencer ads; the story quotes "
           "'Paid partnership with Lumen Skin' and a sentence with '#ad' inside it, both kept, while the page's "
           "own ad label and sponsored slot are other noise, with a partner disclaimer and signup box at the bottom "
           "after a run of blank lines.",
     text="""
nav|The Fine Print
nav|Latest
nav|Investigations
nav|Account
T|Four in ten influencer posts hid that they were ads, watchdog finds
oth|By Imogen Achterberg
oth|March 16, 2026
oth|Advertisement
oth|Sponsored · Lumaro Travel: 3 nights in Porto from £219. Book by Sunday.
B|Forty-one percent of paid influencer posts checked by the Consumer Advertising Standards Office last year did not clearly say they were advertising, the office said in its annual report on Monday.
B|Investigators reviewed 2,600 posts by 300 accounts with more than 50,000 followers each, and matched them against payment records supplied by brands.
B|The compliant posts carried the platform's label, such as "Paid partnership with Lumen Skin", or put #ad at the start of the caption where it could be seen without tapping "more."
B|The most common failure was hiding the label at the end of a long caption, after 20 or 30 hashtags.
B|The office said it would publish the names of repeat offenders from July.
B|A spokesperson for the Influencer Marketing Alliance, Callum Oduya, said the rules were "clear enough" and the industry was "working hard to get the last 40 percent over the line."
~
dis|Some links in The Fine Print earn us a commission. Our reporting is never paid for by the companies we cover.
nl|Get The Fine Print every Thursday
nl|Sign up free
oth|The Fine Print · Powered by Ghost
"""),
]
