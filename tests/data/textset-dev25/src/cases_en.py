"""textset-dev25, writer A, part 3: English-language pages of Indian, Iranian-diaspora, Israeli, Greek
and Czech outlets.

Tagged line lists for make_cases.py (format in textset-dev20/src/make_cases.py).
All people, sites, companies, figures and events are invented.
"""

CASES = [
dict(id="en-001", lang="en", hard=False, opts="",
     notes="Indian English national paper, city page (metro extension): consent bar, breadcrumb, "
           "'Written by … | City | Updated … IST' byline (other), share label, inline 'Also Read |' teaser and "
           "'Story continues below this ad' mid-story, WhatsApp-channel pitch (newsletter), trending teasers, "
           "comment link and copyright.",
     text="""
ck|We use cookies and similar technologies to personalise content and ads. By clicking "I Agree", you consent to their use on this website.
ck|I Agree
nav|Home › Cities › Mumbai
T|Metro Line 9 extension to Bhayandar opens, cuts commute by 40 minutes
oth|Written by Priya Nair | Mumbai | Updated: December 3, 2026 09:12 IST
sh|Share
B|The 4.6-km extension of Metro Line 9 from Dahisar East to Bhayandar opened to commuters on Wednesday, linking the northern suburbs with Mira-Bhayandar for the first time by metro.
B|Officials of the metropolitan development authority said the four new stations would serve about 1.8 lakh passengers a day once feeder buses start next month.
rel|Also Read | Civic body raises water tax by 8% for the first time in five years
B|The stretch was originally due to open in March 2025, but land acquisition near the creek and a redesign of the depot delayed the work.
oth|The story continues after this advertisement
B|Fares on the new section range from Rs 10 to Rs 40.
B|"I used to spend almost two hours on the road every day. Today I reached Andheri in 35 minutes," said Sneha Kulkarni, a software tester from Bhayandar.
B|Trains will run every eight minutes during peak hours, from 5.30 am to 11 pm.
nl|Follow The Western Ledger on WhatsApp for breaking city updates
rel|Trending in Cities
rel|Pune: Hinjewadi flyover to remain shut for girder work this weekend
rel|Thane lake clean-up drive removes 12 tonnes of plastic
com|Join the conversation: 3 comments
dis|© The Western Ledger Pvt Ltd 2026. All rights reserved.
"""),

dict(id="en-002", lang="en", hard=False, opts="",
     notes="Indian business site (IPO subscription): multi-line Sensex/Nifty box (crypto_ticker, single "
           "newlines), breadcrumb, byline, ad label mid-story, extra blank lines, analysts'-views disclaimer, "
           "newsletter pitch and teasers. The category subscription lines are story.",
     text="""
tk|SENSEX
>tk|84,312.55
>tk|+352.10 (0.42%)
tk|NIFTY 50
>tk|25,718.30
>tk|+95.45 (0.37%)
nav|Markets / IPO
T|Kaveri Agritech IPO subscribed 38 times on final day; grey market hints at 22% listing pop
oth|Rohan Mehta | Dec 2, 2026, 06:48 PM IST
B|The Rs 1,240-crore initial public offering of Kaveri Agritech was subscribed 38.2 times on the final day of bidding on Wednesday, led by institutional investors.
B|Subscription status by category:
B|Qualified institutional buyers: 71.4x
B|Non-institutional investors: 44.9x
B|Retail investors: 16.2x
oth|Advertisement
B|The Coimbatore-based maker of drip-irrigation kits and seed-coating chemicals priced the issue at Rs 312 to Rs 328 a share.
B|Shares are expected to list on December 7, with allotment likely to be finalised on Thursday.
B|"Strong institutional demand tells you the valuation is not stretched, but retail investors should not chase the listing price," said Anjali Deshpande, research head at a Mumbai brokerage.
~
dis|Disclaimer: Views and recommendations above are those of individual analysts or broking firms, not of The Dalal Desk. Investors should consult certified experts before taking any investment decision.
nl|Get the Opening Bell newsletter: five stock ideas in your inbox before 9 am. Sign up free
rel|More from IPO News
rel|SME IPO of Nashik pump maker oversubscribed 210 times
rel|Three mainboard issues to open next week: price bands, GMP and key dates
"""),

dict(id="en-003", lang="en", hard=False, opts="nofinal",
     notes="Iranian-diaspora English site (Isfahan drought protest): section menu with a Persian-language link, "
           "byline and date, inline related teaser, donation appeal (other), comment thread with count, "
           "commenter stamp and reply link (comments), most-read list and a republishing notice; no final "
           "newline.",
     text="""
nav|Iran | World | Opinion | Culture | Podcasts | فارسی
T|Isfahan farmers block highway as Zayandeh Rud stays dry for fourth winter
oth|Leila Farahani
oth|December 3, 2026
B|Hundreds of farmers from the eastern districts of Isfahan province blocked the highway to Yazd for several hours on Wednesday, demanding that water be released into the Zayandeh Rud.
B|The river, which once ran through the heart of the city, has been dry at the Khaju Bridge since early 2023, according to residents.
rel|Related: Tehran's reservoirs fall below 10 percent as rationing spreads to suburbs
B|Farmers say promised compensation for unplanted fields has not been paid for two seasons.
B|"They send the water to factories and tell us to wait for rain," one protester told the crowd in a video shared on social media.
B|Riot police later dispersed the gathering, and at least six people were detained, a local human-rights group said.
B|Provincial officials have not commented on the arrests.
oth|Independent journalism costs money. Support our reporting from outside Iran — donate today.
com|12 comments
com|Dariush K. · 2 hours ago
com|Same promises every winter. Nobody in Tehran is listening.
com|Reply
rel|Most read
rel|Rial slides to new low as traders brace for fuel price review
rel|Interview: the Tabriz bookseller who kept his shop open for 50 years
dis|© 2026 Pardis Review. Republishing any part of this article requires written permission."""),

dict(id="en-004", lang="en", hard=False, opts="",
     notes="Israeli English news site (desalination plant): section menu, byline with time, photo caption with "
           "agency credit, ad label and newsletter box mid-story, share row and an inline 'Read more' teaser "
           "at the bottom. The list of plant figures is story.",
     text="""
nav|ISRAEL NEWS | Middle East | Jewish World | Tech | Opinion | Blogs
T|Israel's newest desalination plant starts pumping water near Nitzanim
oth|By Ari Feldman  /  Dec 3, 2026, 11:27 am
C|Workers walk past filtration tanks at the new desalination plant near Nitzanim, December 1, 2026. (Yossi Adler/Coastline Photo)
B|A new seawater desalination plant on the southern coast began supplying the national water carrier on Thursday, adding about 8 percent to the country's drinking-water capacity.
B|The plant was built by a consortium led by the Israeli firm Galim Water Technologies under a 25-year contract with the state.
oth|ADVERTISEMENT
B|Key figures released by the Water Authority:
B|Annual capacity: 200 million cubic meters
B|Price to the state: NIS 1.62 per cubic meter
nl|Get The Jerusalem Ledger's Morning Brief by email and start your day with the stories that matter
B|Environmental groups welcomed the added supply but warned about the brine discharged back into the sea.
B|"We still have no long-term monitoring of what this does to the seabed off Ashkelon," said marine biologist Dr. Tamar Levi.
B|The authority said the plant would allow it to pump less from the Sea of Galilee over the next three years.
sh|Share on Facebook  |  Share on X  |  Email
rel|Read more: Heat wave sends water use to a December record in the Negev
"""),

dict(id="en-005", lang="en", hard=False, opts="ws",
     notes="Greek English-language edition (Santorini cruise cap): masthead and menu (navigation), newsroom "
           "byline and dated stamp, inline 'READ MORE' teaser, agency credit, share row and a cookie banner at "
           "the bottom; trailing whitespace.",
     text="""
nav|Hellas Herald · English Edition
nav|NEWS | ECONOMY | TRAVEL | CULTURE | SPORTS | OPINION
T|Santorini caps cruise passengers at 6,000 a day from April
oth|Newsroom
oth|Athens, 03.12.2026 | 10:05
B|Santorini will limit the number of cruise passengers allowed ashore to 6,000 a day from April 1, the Tourism Ministry announced on Thursday.
B|Cruise lines will have to book landing slots through an online platform run by the port authority at least 48 hours in advance.
B|Last summer, more than 17,000 passengers came ashore on some days, overwhelming the cable car and the narrow streets of Fira.
rel|READ MORE: Mykonos introduces fee for visitors arriving by cruise ship
B|The island's mayor, Antonis Roussakis, called the decision "late but welcome."
B|Cruise industry representatives warned that the cap could push some itineraries to Turkish ports.
B|Fines for ships exceeding their slot will start at 20,000 euros.
att|Source: Hellenic Press Wire
sh|Facebook  X  Viber  LinkedIn  Email
ck|This site uses cookies to give you a better browsing experience. Find out how we use cookies and how you can change your settings.
ck|Accept | Reject | Settings
"""),

dict(id="en-006", lang="en", hard=False, opts="single",
     notes="Czech public-radio English service (beer exports), single newlines: language switcher and menu "
           "(navigation), author, date and audio-player lines (other), related teasers, author/source credit "
           "(attribution) and a reuse-licence line (disclaimer).",
     text="""
nav|Čeština | English | Deutsch | Français | Español | Русский
nav|News | Business | Culture | Sport | Czechs abroad | Podcasts
T|Czech beer exports hit record as brewers eye US craft market
oth|Daniel Moravec
oth|03-12-2026
oth|Listen
oth|00:00 / 03:42
B|Czech breweries exported a record 6.1 million hectolitres of beer in the first ten months of the year, according to the Czech Beer and Malt Association.
B|Germany, Slovakia and Poland remain the largest buyers, but exports to the United States rose by almost a third.
B|Several mid-sized breweries have begun producing unpasteurised lagers specifically for American craft bars.
B|"Americans want the real thing, cloudy and fresh, and they are willing to pay for it," said Jiří Starý, head brewer at a family brewery near Pilsen.
B|Domestic consumption, meanwhile, fell to 124 litres per person, the lowest level since the association began keeping records.
B|Brewers blame higher excise duty and a shift among young people towards non-alcoholic drinks.
rel|Related
rel|Hop growers in Žatec warn of smallest harvest in a decade
rel|Prague pubs adopt reusable cups to cut waste
att|Author: Daniel Moravec | Source: Czech Press Service
dis|© 2026 Radio Vltava International. Texts may be reused with a link to the original article.
"""),

dict(id="en-007", lang="en", hard=False, opts="",
     notes="Crypto-exchange news repost in the style of the seed scrape (India cuts crypto TDS): doubled dek, "
           "listing promo, multi-line token ticker, reposting disclaimer and a teaser block where each title "
           "appears twice, with 'The post … appeared on …' snippets, bare Share and Site+stamp lines.",
     text="""
dup|India trims crypto TDS to 0.1% after years of lobbying by local exchanges.India trims crypto TDS to 0.1% after years of lobbying by local exchanges.
T|India cuts crypto TDS to 0.1% from April
B|India will reduce the tax deducted at source on crypto transfers from 1% to 0.1% from April 1, 2027, according to a finance ministry notification published on Wednesday.
B|The 1% levy, introduced in 2022, was blamed by domestic exchanges for pushing millions of traders to offshore platforms.
B|An industry study last year estimated that Indian users moved more than $3 billion in volume abroad because of the tax.
B|The 30% tax on gains and the ban on offsetting losses remain unchanged.
B|"This is a first step, not the finish line," said Karan Batra, chief executive of the Bengaluru-based exchange Rupeeflow.
B|Tax experts said the lower rate would still let authorities track transactions without draining traders' working capital.
pr|List your token in front of 4 million monthly readers. Applications for our Q1 spotlight programme are open now.
tk|Market Snapshot
>tk|Saffron Logo
>tk|Saffron Price(SFRN)
>tk|$0.0827
>tk|$0.0827$0.0827
>tk|-2.14%
>tk|USD
>tk|Saffron (SFRN) Live Price Chart
dis|Disclaimer: Articles republished on CoinHarbor come from third-party outlets and are shared for general information only. They do not represent the opinions of CoinHarbor, and rights remain with their authors. If you believe any material infringes your rights, write to takedown@coinharbor.io. Nothing here is investment, tax or legal advice.
rel|Recommended Reading
rel|Bitcoin ETFs log fifth straight week of inflows as price holds above $118,000
rel|Bitcoin ETFs log fifth straight week of inflows as price holds above $118,000
>rel|The post Bitcoin ETFs log fifth straight week of inflows as price holds above $118,000 appeared on LedgerWire. Spot bitcoin exchange-traded funds in the US drew
>sh|Share
>rel|LedgerWire2026/12/02 21:14
rel|Singapore regulator fines two payment firms over stablecoin custody lapses
rel|Singapore regulator fines two payment firms over stablecoin custody lapses
>rel|The post Singapore regulator fines two payment firms over stablecoin custody lapses appeared on AsiaChain Daily. The Monetary Authority said on Tuesday that
>sh|Share
>rel|AsiaChain Daily2026/12/02 18:52
"""),

dict(id="en-008", lang="en", hard=False, opts="",
     notes="News-reader app view of a Greek shipping story with no headline: 'Shared via' credit (attribution), "
           "age/read-time stamp (other), open-in-app prompt (navigation), reaction/comment counts (comments), "
           "'more like this' teasers and a report link (other).",
     text="""
att|Shared via NewsLane · originally published by Aegean Trade Journal
oth|2h ago · 3 min read
B|Piraeus-based Kyriakou Maritime has ordered six methanol-ready bulk carriers from a South Korean yard in a deal worth about $390 million, the company said on Thursday.
B|The 82,000-deadweight-ton ships are due for delivery between 2028 and 2029.
B|It is the largest newbuilding order by a Greek owner in the dry-bulk sector this year.
B|"Our charterers are asking for ships that can switch fuels without another round of retrofits," said chief executive Eleni Kyriakou.
B|Greek owners control roughly a fifth of the world's fleet by tonnage but have been slower than their Scandinavian rivals to order alternative-fuel ships.
nav|Open in the NewsLane app to read the full story and follow the topics you care about
com|214 reactions · 37 comments
rel|More stories like this
rel|Tanker rates ease as Red Sea traffic slowly returns
rel|Shipowners back EU carbon levy revenue for port upgrades
oth|Report this story
"""),

dict(id="hard-en-001", lang="en", hard=True, opts="crlf",
     notes="Hard: Indian legal story on a court ruling against an aggregator copying news; it quotes a credit "
           "line ('Source: Agencies') and a reproduction notice inside story lines, which stay, while the page's "
           "own agency credit is attribution and its copyright notice is disclaimer. Also menu, desk byline, "
           "ad label mid-story, 'Also read' teasers and a share label; CRLF.",
     text="""
nav|Home | India | Legal | Business | Tech | Opinion
T|Delhi HC: 'Source: Agencies' credit does not let news aggregators copy full reports
oth|Legal Correspondent | New Delhi | Dec 2, 2026 19:40 IST
B|The Delhi High Court on Wednesday restrained a news aggregator app from reproducing full-length articles of three regional newspapers, holding that a one-line credit at the bottom of a copied report is no defence to copyright infringement.
B|The app, NewsBundle, had argued that every article it carried ended with the line "Source: Agencies" and a link to the original website.
B|"A credit line is a courtesy, not a licence," Justice R.K. Bhandari observed.
oth|Advertisement
B|The newspapers pointed out that each of their pages carried the notice "All rights reserved. No part of this article may be reproduced without prior written permission."
B|The court said headlines and two-line summaries with a link back would be permitted as fair dealing, but not the full text or photographs.
B|The matter will next be heard on February 12.
att|With inputs from agencies
dis|Copyright © 2026 The Capital Courier. All rights reserved. Reproduction in whole or in part without permission is prohibited.
rel|Also read
rel|Supreme Court to hear plea on AI training and news copyright in January
rel|Publishers' body seeks revenue-sharing code for search platforms
sh|Share this article
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="",
     notes="Hard: Iranian-diaspora English story on Iranian sites removing WhatsApp/Instagram share buttons; its "
           "survey list quotes button labels ('Share on WhatsApp' …) and is story, while the page's real share "
           "bars at top and bottom are share_bar. Also menu, byline, inline teaser, moderation note (comments), "
           "newsletter pitch and teasers.",
     text="""
nav|Iran | World | Opinion | Culture | Podcasts | فارسی
sh|Share on WhatsApp
sh|Share on Telegram
sh|Copy link
T|Iranian news sites drop WhatsApp and Instagram share buttons as filtering tightens
oth|By Kian Rostami · December 2, 2026
B|Iran's largest state-affiliated news sites have quietly removed buttons that let readers pass articles on through WhatsApp and Instagram, both of which remain filtered in the country.
B|In their place, many pages now offer buttons for domestic messengers such as Eitaa and Bale.
B|A review of 12 major news sites by Pardis Review found:
B|"Share on WhatsApp" — removed on 11 of 12 sites
B|"Share on Instagram" — removed on 9 of 12 sites
B|Buttons for domestic messengers — added on all 12
rel|Related: Iran's domestic messengers pass 40 million users, ministry claims
B|Digital-rights researchers say the change is symbolic but telling. "A share button is a small thing, but it shows which internet the state wants you to live in," said Tehran-born researcher Nasrin Alavi.
B|Most Iranians still reach WhatsApp and Instagram through VPNs, according to independent surveys.
sh|Share this story
sh|X  Facebook  WhatsApp  Telegram  Email
com|Comments are reviewed before publication and may take up to 24 hours to appear.
nl|Sign up for Pardis Weekly, our newsletter on Iran's economy, culture and politics
rel|Read next
rel|Interview: the engineers keeping Iran's VPN market alive
"""),
]
