"""textset-dev27, writer A, part 2: English cases en-013 .. en-024.

Sentence-shaped furniture: legal and finance not-advice notes, translation and AI notices,
funder and sponsor lines, membership appeals, comment policies, tip lines and teaser
paragraphs, mixed with menus, share bars, bylines, time stamps and tickers. Tagged line lists
for ../textset-dev20/src/make_cases.py.
"""

CASES = [
dict(id="en-013", lang="en", hard=False, opts="",
     notes="Legal affairs page, tenancy ruling. Legal not-advice paragraph (disclaimer), correspondent bio (other), teasers with summary sentences (related_links), extra blank lines before the footer.",
     text="""
nav|Law & Courts
T|Tribunal rules landlord cannot charge tenants for routine boiler servicing
oth|By Oliver Castellan, Legal Affairs Correspondent
oth|Monday 2 March 2026
B|A housing tribunal has ruled that a landlord in Slough was wrong to add the cost of annual boiler servicing to his tenants' service charge.
B|The tenants of Pemberton Court, a block of 28 flats, had each been billed £145 a year for the checks since 2021.
B|Tribunal judge Maureen Ashdown said the lease placed the duty to maintain the heating on the landlord "without any right of recovery".
B|The landlord, Kestrel Estates, must refund £16,240 in total.
B|Tenants' groups said the decision could encourage similar challenges elsewhere.
dis|This article provides general information about the law and is not legal advice. If you are involved in a dispute, you should speak to a solicitor or a housing advice service.
~
oth|Oliver Castellan writes about courts, consumer law and housing. He was previously a practising barrister.
rel|Related
rel|Can my landlord keep my deposit for cleaning? — What the law says about end-of-tenancy deductions, and how to challenge them.
rel|Leasehold reform: what changes this year — The new rules on ground rent and lease extensions, explained in plain English.
"""),

dict(id="en-014", lang="en", hard=False, opts="",
     notes="Aggregator page, no headline: a translated story about a hospital generator. Machine-translation notice (attribution), original-outlet credit (attribution), funder note (other), share line and tag line.",
     text="""
nav|EastWire Digest
att|This article was translated from Ukrainian with the help of a machine translation tool and checked by a member of our editorial team.
B|A regional hospital in Zolotyn has installed a second backup generator after a week of power cuts forced surgeons to operate by torchlight.
B|The 400-kilowatt unit was paid for by a crowdfunding appeal that raised 3.1 million hryvnias in nine days.
B|Head surgeon Oksana Fedorchuk said two emergency operations had been completed during blackouts last month.
B|"We had headlamps and a nurse holding a phone," she said.
B|The hospital serves about 140,000 people across the district.
att|Originally published by Zolotyn Today, a partner outlet of EastWire.
oth|EastWire Digest is supported by the Meridian Media Fund. The fund does not see or approve our articles before publication.
sh|Share
nav|Ukraine · Health · Energy
"""),

dict(id="en-015", lang="en", hard=False, opts="",
     notes="Commodities column, oil prices. Quote boxes at top and bottom (crypto_ticker), delayed-data note and forward-looking sentence (disclaimer), share bar and a sponsor line (other).",
     text="""
tk|Brent Crude  $79.82  -1.12%
tk|WTI Crude  $75.36  -1.30%
tk|Natural Gas  $2.94  +0.68%
T|Oil slides as Gulf producers signal extra supply from May
oth|Commodities desk · 3 min read
B|Oil prices fell for a third day on Wednesday after two Gulf producers said they would raise output from May.
B|Brent crude dropped $1.12 to $79.82 a barrel by midday in London.
B|Traders said the move had been expected but the size, about 400,000 barrels a day combined, was larger than forecast.
B|Analyst Ingrid Solberg of Fenwick Commodities said prices could test $75 "if the summer driving season disappoints".
sh|Share on LinkedIn
sh|Copy link
oth|Market coverage is sponsored by Calder Trading. Our journalists choose and write all stories independently.
dis|Prices are indicative and delayed by at least 15 minutes. They are provided for information only and are not intended for trading purposes.
"""),

dict(id="en-016", lang="en", hard=False, opts="single",
     notes="Regional paper, drought on farms; single newlines and extra blank lines. Newsletter pitch between paragraphs (newsletter), membership appeal and a long cookie notice at the bottom (other, cookie_banner).",
     text="""
nav|The Fenland Observer
nav|Farming | Weather | Environment
T|Fen farmers told to expect irrigation cuts as reservoirs fall to 58%
oth|Agriculture reporter Beth Oduya
oth|Last updated 11:05am
B|Farmers across the Fens have been warned that they may lose up to a third of their summer irrigation allowance.
B|The water authority said its three main reservoirs stood at 58% of capacity, against a March average of 81%.
B|It is the driest start to the year since records began in 1911.
nl|Our fortnightly Field Notes email brings you the farming news that matters in the Fens, from crop prices to planning rows. It's free and you can unsubscribe whenever you like.
B|Potato and onion growers, who rely most on irrigation, are expected to be hit first.
B|"Some of us will simply not plant the late crop," said grower Tom Hebblethwaite.
~
oth|Thank you for reading. The Observer has reported on the Fens since 1884. If you can, support our journalism by becoming a member: it takes a minute and costs less than a coffee a week.
ck|This site uses cookies to make it work properly, to understand how you use it and to show you relevant advertising. By clicking OK you consent to our use of cookies as described in our cookie policy.
ck|OK
"""),

dict(id="en-017", lang="en", hard=False, opts="",
     notes="Culture pages, museum reopening, with two photo captions. Sponsored-series line (other), share bar, teaser block with summary sentences (related_links), site footer.",
     text="""
nav|Arts & Culture
oth|This series is brought to you by Arden Bank. Arden Bank had no involvement in the selection or content of the articles.
T|Harbour Museum reopens after £14m rebuild with whaling gallery rethought
oth|By Constance Ivey
C|The new Atlantic Hall, with the restored longboat at its centre. Photograph: Marek Dunn
B|The Harbour Museum in Saltmouth reopened to the public on Saturday after a three-year, £14 million rebuild.
B|The biggest change is to its whaling gallery, which once displayed harpoons beside cheerful paintings of the hunt.
B|It now begins with the whales themselves: a 19-metre fin whale skeleton hangs over the entrance.
C|Visitors queued from 8am on opening day. Photograph: Marek Dunn
B|Director Philippa Nwosu said the museum had consulted marine biologists and descendants of whaling crews.
B|Entry remains free.
sh|Share this story
sh|Facebook | X | Email
rel|Elsewhere in Arts
rel|A lighthouse keeper's diaries go on show — Twelve notebooks kept on Skerrin Rock between 1931 and 1958 are displayed for the first time.
rel|Saltmouth folk festival announces line-up — Headliners include the Tallow Sisters and a reunion of the Marram Band.
oth|© Saltmouth Evening Post 2026
"""),

dict(id="en-018", lang="en", hard=False, opts="",
     notes="Education news, university tuition freeze. Standalone correction note between paragraphs (other), comment-policy paragraph, sign-in prompt and comment snippets (comments) at the bottom.",
     text="""
nav|Higher Education
T|Ashbury University freezes tuition for a third year
oth|Kwame Oduro · Education Editor
B|Ashbury University will keep undergraduate fees at $11,840 for the 2026-27 academic year, the board of trustees decided on Thursday.
B|It is the third consecutive year without an increase.
oth|Editor's note: A previous version of this story incorrectly named the chair of the board of trustees. She is Lorraine Pettigrew.
B|Board chair Lorraine Pettigrew said the freeze would be paid for by a hiring pause in administrative departments.
B|The student union welcomed the decision but said housing costs, up 9% this year, were now the bigger worry.
B|Residence hall fees will rise to $7,260.
com|Join the discussion
com|We review every comment before it is published. Comments containing personal attacks, profanity or links to other sites will not be approved.
com|Sign in or create a free account to comment.
com|jmarkley · 2h · Good news for families, but the dorm increase wipes most of it out.
com|ashbury_alum_09 · 1h · Hiring pause = longer waits at the registrar. Just saying.
"""),

dict(id="en-019", lang="en", hard=False, opts="nofinal",
     notes="Crypto aggregator repost of an exchange listing story. Doubled dek (duplicate_line), squashed ticker, promo prose (crypto_promo), reposting disclaimer, 'The post ... appeared first on' line (related_links).",
     text="""
dup|The token will be tradable against USDT from Thursday.The token will be tradable against USDT from Thursday.
T|Ravelin exchange lists Quillfeather's QFX token after governance vote
B|Crypto exchange Ravelin will list QFX, the governance token of the Quillfeather lending protocol, on Thursday at 10:00 UTC.
B|Deposits opened on Tuesday.
B|Quillfeather holders voted 81% in favour of applying for the listing last month.
B|The protocol has about $240 million in deposits, according to its own dashboard.
B|QFX fell 3% on the news to $0.0871.
tk|Quillfeather LogoQuillfeather Price(QFX)$0.0871$0.0871-3.04%USD
pr|Don't miss the next listing. Ravelin users who deposit at least 100 USDT this week get a share of a 50,000 QFX reward pool. Terms apply.
dis|Disclaimer: This article is republished from third-party sources for information only. It does not represent the views of this site, and it is not investment advice. If you believe it infringes your rights, contact us and we will remove it.
rel|The post Ravelin exchange lists Quillfeather's QFX token after governance vote appeared first on TokenDaily.
"""),

dict(id="en-020", lang="en", hard=False, opts="",
     notes="Personal finance site, mortgage rates. Affiliate and rates-may-change notes (disclaimer) at the top, not-advice paragraph at the bottom, editorial-standards line and a tip line (other).",
     text="""
nav|MoneyWise Daily
nav|Mortgages › Rates
dis|We may receive a fee from some of the providers featured on this page. This does not influence the order in which products appear or what our writers say about them.
T|Two-year fixed mortgage rates fall below 4% for the first time since 2022
oth|Written by Sunil Ramchandani · Reviewed by Clare Obi
B|The average two-year fixed mortgage rate has dropped to 3.97%, according to data from rates tracker Homelens.
B|It is the first time the figure has been below 4% since September 2022.
B|Five-year fixes now average 4.11%.
B|Lenders have cut rates in response to falling swap rates, which underpin the pricing of fixed deals.
B|On a £200,000 mortgage over 25 years, a rate of 3.97% means monthly repayments of about £1,053.
B|Brokers warned that borrowers with less than a 10% deposit were still being offered rates above 5%.
dis|Rates quoted were correct at the time of writing and may have changed. This article does not constitute financial advice; speak to a qualified mortgage adviser before making a decision.
oth|Our editorial team follows strict guidelines to make sure what we publish is accurate and independent. Read how we make money and how we review products.
oth|Spotted something on the rates market we should know about? Email our money desk at tips@moneywisedaily.co.uk.
"""),

dict(id="en-021", lang="en", hard=False, opts="ws",
     notes="Community paper obituary. Trailing whitespace; community-news and paid-notice lines (other), guest-book comment invitation (comments), short menu at the top.",
     text="""
nav|Home | Obituaries | Community | Sports
T|Elsie Marchbank, who ran Harlow Street bakery for 52 years, dies at 91
oth|By staff | Published Feb. 27, 2026
B|Elsie Marchbank, whose Harlow Street Bakery fed three generations of Brenton families, died Feb. 23 at her home. She was 91.
B|She opened the bakery with her husband, Walter, in 1962 and kept the ovens going after his death in 1989.
B|Her cinnamon loaf was sold at the county fair every year from 1965 until 2014.
B|She retired at 86.
B|She is survived by two daughters, five grandchildren and four great-grandchildren.
B|A memorial service will be held at St. Aidan's Church at 11 a.m. Saturday, March 7.
com|Share a memory of Elsie or offer condolences to the family in the guest book below.
oth|To place a paid death notice, call our obituaries desk at 555-0143 between 9 a.m. and 4 p.m., Monday through Friday.
oth|Got a community story, a milestone or an event we should know about? Send it to news@brentonbeacon.com and we'll take a look.
"""),

dict(id="en-022", lang="en", hard=False, opts="",
     notes="Travel site, new rail link, with a photo caption. Long cookie notice at the top, AI-assistance notice (attribution), app pitch between paragraphs (navigation), price-check note (disclaimer).",
     text="""
ck|To give you the best experience, this website stores cookies on your computer. They help us remember your preferences, analyse traffic and show offers from our travel partners. Continuing without changing your settings means you agree to this.
ck|Got it
nav|Wayfarer Weekly
T|New direct train cuts Lisbon to Seville trip to under five hours
C|A test train crosses the Guadiana bridge in January. Photo: Rui Casimiro
B|A direct rail service between Lisbon and Seville will start on 1 June, cutting the journey to four hours and 50 minutes.
B|Until now, travellers have had to change at least twice or take a coach.
B|There will be two trains a day in each direction at first, with fares from €29.
nav|Planning a trip? Our app saves your bookmarked guides offline, so you can read them on the train without using data.
B|Operator Iberlink said tickets go on sale on 15 April.
B|The route stops in Évora, Badajoz and Zafra.
att|Parts of this article were drafted with the assistance of AI tools and then checked and edited by our travel team.
dis|Fares and timetables were correct when this article was published but can change; please check with the operator before you travel.
"""),

dict(id="en-023", lang="en", hard=False, opts="single",
     notes="Tech news, gym chain data breach; single newlines. Push-notification prompt (navigation), newsletter pitch in prose, secure tip line (other), reporter bio (other), teaser block.",
     text="""
nav|Circuit Brief
nav|Allow Circuit Brief to send you notifications about breaking security stories? You can turn them off at any time.
nav|Allow   Not now
T|PulseFit says hackers took names and card details of 310,000 members
oth|Dara Kilbride · Mar 12, 2026, 4:20 PM
B|Gym chain PulseFit said on Thursday that hackers had stolen the names, email addresses and partial card numbers of about 310,000 members.
B|The company said the attackers got in through a third-party booking system in late February.
B|Full card numbers and passwords were not taken, it said.
B|PulseFit has 212 gyms in the UK and Ireland.
B|Members are being told to watch out for phishing emails that mention their gym or class bookings.
nl|Every Tuesday our security newsletter rounds up the week's breaches, patches and scams in five minutes of reading. Sign up and you'll get the next issue.
oth|Do you know more about this breach? You can contact Dara securely on Signal at +44 7700 900 381 or by email at dara@circuitbrief.com.
oth|Dara Kilbride is a senior reporter at Circuit Brief covering cybersecurity and privacy.
rel|Read more
rel|A password manager outage locked thousands out of their vaults for six hours
"""),

dict(id="en-024", lang="en", hard=False, opts="crlf",
     notes="Sports portal, city marathon results with result lines kept as story; no furniture above the story. Ad label between paragraphs (other), agency credit paragraph (attribution), share count, results-feed note and time stamp (other), picture-rights note (disclaimer) at the bottom.",
     text="""
T|Kiplagat breaks Harborough Marathon course record in freezing wind
B|Kenya's Daniel Kiplagat broke the Harborough Marathon course record on Sunday, finishing in 2:06:41 despite a biting north-easterly wind.
B|Ethiopia's Meseret Alemu won the women's race in 2:22:09.
oth|Advertisement
B|Men
B|1. Daniel Kiplagat (KEN) 2:06:41
B|2. Abel Gebremedhin (ETH) 2:07:15
B|3. Hamza Lahcen (MAR) 2:08:02
B|About 14,000 runners took part, raising an estimated £3.4 million for charity.
B|The previous course record of 2:07:30 had stood since 2019.
att|Additional reporting by the Allied Sports Agency. Some quotes and results were supplied by the race organisers.
oth|Published Sun 15 Mar 2026 12:48
sh|1.2k shares
oth|Results are provided by RaceTime Data Services and update automatically; refresh this page for the latest finishing times.
dis|Images on this page are subject to copyright and may not be downloaded or reproduced.
"""),
]
