# English cases, part 2 (general news).
CASES = [
dict(id="en-006", lang="en", notes="Local news: multi-line consent dialog and section menu on top, byline and stamp, body with a bullet list of facts; comment count, login prompt and newsletter pitch at the bottom; trailing spaces / NBSP on some lines.",
src="""
ck We value your privacy\u00a0
ck The Port Ellery Courier and 143 partners use cookies and similar tools to personalise ads, measure audiences and improve the site. You can change your choice at any time from the Privacy link in the footer.
ck Accept all
ck Reject all
ck Manage choices
nv News  Sports  Opinion  Obituaries  Classifieds
T Council approves protected bike lanes on Harbor Avenue after five-hour debate\x20\x20
ot Rosa Delgado | Port Ellery Courier
ot Apr 3, 2026 at 6:15 p.m. EDT
B The Port Ellery City Council voted 6-3 late Tuesday to build protected bike lanes along Harbor Avenue, ending a two-year fight between cyclists and downtown merchants.\t
B The plan includes:
B - 4.2 miles of lanes separated from traffic by concrete curbs
B - Removal of 118 on-street parking spaces
B - Two new loading zones near the fish market
B - A budget of $6.8 million, mostly from a state grant
B Council member Gina Fairweather, who voted against, said the loss of parking "will hurt the people who keep this street alive."
B Construction is expected to begin in September and finish before the end of 2027.\u00a0
cm 38 comments
cm Log in to join the discussion
nw Get the Courier's Morning Brief in your inbox every weekday at 6 a.m.
nw Sign up
"""),

dict(id="en-007", lang="en", notes="Health story behind a metered paywall: paywall meter and app prompt on top, byline, mid-story ad continuation line, related section list, run of blank lines before a footer menu.",
src="""
ot You have 2 free stories left this month. Subscribe for $1 a week.
nv Open in the Tidewater Post app
T Emergency room waits at county hospitals hit record 7 hours
ot By Marcus Oyelaran, Health Reporter
ot Published March 30, 2026
B Patients at Tidewater County's three public hospitals waited an average of 7 hours and 12 minutes in emergency departments in February, according to figures released Monday by the county health authority.
B That is the longest average wait since the authority began publishing the data in 2015.
B Hospital officials blamed a shortage of inpatient beds, which leaves admitted patients stuck in emergency rooms for hours.
ot Story continues below advertisement
B At Bayview General, one in five patients left before being seen by a doctor.
B "We are running at 104 percent occupancy most days," said Dr. Ilse Marrow, Bayview's chief medical officer.
B The county board will consider funding for 60 additional beds at its April 14 meeting.
rl More in Health
rl Measles case confirmed at Tidewater middle school
rl Nurses' union sets strike vote for next month
rl Why your pharmacy keeps running out of ADHD drugs
%%
nv Tidewater Post © 2026 | About | Terms of Use | Privacy | Contact Us
"""),

dict(id="en-008", lang="en", notes="Sports report: score widget and photo caption on top, body with a quoted one-liner, share row, topic tags and a 'next' teaser at the bottom.",
src="""
ot FT | Harbourside 2–1 Kestrel Park
T Moyo's late header wins cup for Harbourside in front of record crowd
C Harbourside captain Leila Moyo lifts the trophy at Ferris Park on Sunday. Photo: Dan Okoro/Pitchside Images
ot Jack Penhallow · Sunday 19 April 2026 18:40 BST
B Leila Moyo headed in an 88th-minute corner to give Harbourside a 2-1 win over Kestrel Park in the Women's Cup final on Sunday.
B A crowd of 41,206 at Ferris Park set a record for the competition.
B Kestrel had led through Anya Volkova's 20-yard strike on the half hour, before Saoirse Quinlan equalised five minutes after the break.
B "We never stopped believing," Moyo said.
B It is Harbourside's first major trophy since the club turned professional in 2019.
B Kestrel manager Tove Arnesen said her side had "run out of legs" after extra time in the semi-final on Wednesday.
sb Share this article  Facebook  X  WhatsApp  Email
nv Topics: Women's football · Women's Cup · Harbourside FC · Kestrel Park
rl Up next: Arnesen faces tough summer as three starters near end of contracts
"""),

dict(id="en-009", lang="en", notes="Tech funding story: section label and byline on top, inline newsletter box mid-story, body lines starting with 'Read' and 'Following', author bio and related list at the bottom.",
src="""
nv TECH / SEMICONDUCTORS
T Chip startup Lumeqa raises $310 million to build light-based AI processors
ot Priya Anand · April 14, 2026
B Lumeqa, a Toronto startup that designs processors using light rather than electricity for some calculations, has raised $310 million in a funding round led by Strata Ventures.
B The round values the four-year-old company at about $2.2 billion, people familiar with the matter said.
B Lumeqa says its first chip, due to ship to data-centre customers next year, uses a tenth of the energy of comparable graphics processors for certain AI workloads.
nw The Circuit: the week's chip news, explained, every Friday. Sign up free →
B Readers of the company's technical paper, published on Monday, will find benchmark results only for small language models.
B Following the round, Lumeqa plans to double its staff to 400 and open an engineering office in Eindhoven.
B "The physics is proven. The question now is manufacturing at volume," said co-founder Elias Marchetti.
ot Priya Anand covers semiconductors for Signal & Wire. Reach her at priya.anand@signalwire.example.
rl Related coverage
rl Dutch lithography supplier warns of slower orders from China
rl Inside the race to cool AI data centres with seawater
"""),

dict(id="en-010", lang="en", notes="Science story republished from another outlet, noise only after the story: photo caption with credit under the headline, body with subheading; author line, originally-published and republish-this-article lines, related links; trailing tabs/NBSP on some lines.",
src="""
T Greenland glacier lost ice five times faster than models predicted, study finds
C Meltwater channels cut across the surface of Sermeq Avannarleq in August 2025. (Credit: Karin Holm / Arctic Field Unit)\t
B A large glacier in western Greenland lost ice five times faster between 2019 and 2025 than computer models had forecast, researchers reported on Wednesday in the journal Cryosphere Letters.
B The team, led by glaciologist Ane Kristoffersen of the University of Tromsø, used drone surveys and seismic sensors to track how fast the glacier's front was breaking apart.
B Warm water underneath
B The researchers found that warm ocean water was reaching the base of the glacier through a channel that had not been mapped before.\u00a0
B "The models simply did not know that channel was there," Kristoffersen said.
B The authors say similar hidden channels may exist under other glaciers, which would mean sea level projections are too low.
ot Thomas Iversen, The Meltwater Review
at This article was originally published on The Meltwater Review. Read the original article.\t
sb Republish this article
rl Related: Antarctic sea ice hits new winter low for third year
rl Related: Why scientists are drilling into Iceland's largest ice cap
"""),

dict(id="en-011", lang="en", style="single", crlf=True, notes="Arts page, single newlines and CRLF line endings: section menu, byline and stamp on top; comment prompt and back-to-top link at the bottom.",
src="""
nv Arts | Theatre | Music | Books | Film | Listings
T Fringe festival in Dunmore sells out in record time as new venues open
ot Eilidh Carmichael
ot Thu 2 Apr 2026 11.30 BST
B Tickets for the Dunmore Fringe sold out within 36 hours on Wednesday, the fastest in the festival's 22-year history.
B Organisers said 64,000 tickets had been sold for 410 shows across 31 venues, including a converted ferry terminal and a former bus depot.
B The festival runs from 6 to 21 August.
B Director Fergus Mowat said demand had been driven by lower prices, with a third of tickets costing £8 or less.
B Some performers have criticised the cost of accommodation in the town, where rooms are advertised for more than £300 a night during the festival.
cm Comments (0)
cm Be the first to share your thoughts on this story
nv Back to top
"""),

dict(id="en-014", lang="en", style="verbatim", notes="Politics story with mixed single and double newlines: section label, byline, updated stamp, share bar and comment count on top; mid-story ad label; reporter bio and comment rules at the bottom.",
src="""
nv POLITICS
T Recount confirms Alvarez win in state senate race by 212 votes
ot By Harriet Kwan, Statehouse Reporter
ot Updated Mon, April 20, 2026, 11:48 AM
sb Facebook | X | LinkedIn | Email | Print
cm 212 comments

B A hand recount in the 14th state senate district confirmed Democrat Rosalind Alvarez as the winner by 212 votes on Monday, ending a five-week dispute.
B The original count had given Alvarez a 198-vote margin over Republican Kent Bardell.

B Election officials in three counties examined 61,400 ballots over nine days.
ot ADVERTISEMENT
B Bardell conceded in a short statement, saying he would "not stand in the way of the voters' decision."
B Alvarez's win gives Democrats a 21-19 majority in the chamber.

B Subscribers to the state's election-alert system received the final tally by text message shortly after noon.

ot Harriet Kwan has covered the statehouse since 2019. Email her at hkwan@capitolledger.example.
cm Comments are moderated. Keep it civil and on topic; we remove personal attacks.
"""),

dict(id="en-016", lang="en", notes="Consumer tech recall: affiliate notice and byline on top, sponsored teaser mid-story, body with a numbered list, more-in-section list and app download prompt at the bottom.",
src="""
di When you buy through links on our site, we may earn an affiliate commission. Here's how it works.
T Nolta recalls 240,000 Vireo phones over battery swelling
ot Sam Whitlock · Senior Editor · April 8, 2026
B Phone maker Nolta is recalling about 240,000 Vireo 5 handsets sold in the U.S. and Canada after reports that batteries swelled and cracked the back glass.
B The company said it had received 57 reports, including four of minor burns.
ot Sponsored · This $39 travel charger is selling out everywhere
B Owners should:
B 1. Stop charging the phone overnight
B 2. Check the serial number on Nolta's recall page
B 3. Book a free battery replacement at an authorised repair shop
B Nolta said affected phones were made between June and September 2025.
rl More in Phones
rl The best budget phones you can buy this spring
rl Android 17 beta: every new feature we found
nv Get the Gadgetry app for iOS and Android
"""),

dict(id="en-018", lang="en", notes="Local TV storm story: editor's update note and live label on top, timestamp, body with a standalone dateline and one-sentence paragraphs; weather app prompt, report-a-typo link and tags at the bottom.",
src="""
ot Editor's note: This story was updated at 9:40 p.m. with new outage figures from Cascade Power.
ot LIVE
T Windstorm leaves 180,000 without power across Skagit Valley
ot KWRB 7 News Staff | 9:40 PM PDT, Sat April 25, 2026
B MOUNT VERNON, Wash. —
B Wind gusts of up to 74 mph knocked down trees and power lines across the Skagit Valley on Saturday, leaving about 180,000 homes and businesses without electricity.
B Cascade Power said some customers could be without power until Tuesday.
B Two people were injured when a tree fell on a car on State Route 20 near Sedro-Woolley.
B Schools in three districts will be closed on Monday.
B A warming shelter has opened at the Mount Vernon Community Center.
nv Download the KWRB 7 Weather app for severe-weather alerts near you.
ot See a spelling or grammar error? Report it to our digital team.
nv Tags: weather, windstorm, power outages, Skagit County
"""),

dict(id="en-019", lang="en", notes="Education story: skip link, main menu and breadcrumb on top, byline; inline newsletter pitch and listen prompt; bottom tags, share icons row and most-popular list.",
src="""
nv Skip to content
nv Campus | Admissions | Research | Sports | Opinion
nv Home › Education › Higher Ed
T State university system freezes tuition for third straight year
ot Daniel Achterberg, Education Writer
ot 04/21/2026
B The Board of Regents voted unanimously on Thursday to keep in-state undergraduate tuition at $9,840 a year at all 11 campuses of the state university system for the 2026-27 academic year.
B The freeze will cost the system an estimated $46 million in forgone revenue, which the legislature has agreed to cover.
nw Stay on top of campus news: get The Quad Report every Tuesday and Friday.
B Out-of-state tuition will rise 3.5% to $31,200.
B "Families have told us loud and clear that price is the biggest barrier," regent Maribel Sotomayor said.
B Student groups welcomed the decision but said housing costs, which rose 9% last year, remained a bigger problem.
nv Filed under: Tuition · Board of Regents · State budget
sb Facebook  Twitter  Reddit  Email
rl Most Popular
rl Why so many college presidents are quitting this year
rl Graduate workers ratify first union contract
rl Record number of applicants for nursing programs
"""),
]
