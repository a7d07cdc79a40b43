"""textset-dev36, writer A, part 2: English live blogs, breaking news and timelines (en-013 .. en-024).

Same labelling as cases_en1.py: bare time/date stamps are `other`, a time that opens an update's
own text is story; per-post share/copy-link lines are `share_bar`; reporter names over posts,
LIVE labels, live controls, score boxes and weather widgets are `other`; market and crypto strips
are `crypto_ticker`.
"""

CASES = [
dict(id="en-013", lang="en", hard=False, opts="ws",
     notes="Regional paper's wildfire live page: paywall offer, weather and air-quality widget and bare stamps ('Tuesday 10:45 p.m.') are other; a 'What a warning means' line is story; back-to-latest (navigation), comments-off notice. Trailing whitespace.",
     text="""
nav|Sierra Vista Courier
nav|News  Fire  Weather  Traffic  Sports  Subscribe
oth|Subscribe for $1 a week for unlimited access to our fire coverage
T|Kettle Creek Fire: evacuation warnings expanded as containment slips to 12%
oth|By Marisol Tran and Jed Hollis
oth|Updated 7:20 a.m. PT
oth|Weather: 94° Red Flag Warning · Air quality: Unhealthy (162)
oth|7:20 a.m.
B|Fire officials now estimate the Kettle Creek Fire at 18,950 acres, up from 14,200 acres on Tuesday evening.
B|Containment has slipped from 19 percent to 12 percent after the fire jumped Highway 38 near Burnt Ranch.
oth|6:05 a.m.
B|New evacuation warnings cover all of Pine Hollow and the area north of Lyle Lake Road.
B|What a warning means: be ready to leave immediately if an order follows.
sh|Share via email
oth|Tuesday 10:45 p.m.
B|Two homes have been destroyed on Ridge Spur Lane, the county's damage inspection team confirmed.
oth|Advertisement
nav|Back to latest updates
rel|Evacuation centers and animal shelters open tonight
rel|How to sign up for county emergency alerts
com|Comments are turned off on this live page
"""),

dict(id="en-014", lang="en", hard=False, opts="",
     notes="Breaking earthquake story on a news portal: 'Breaking News' label, developing-story note and wire stamp (other), one photo caption with credit; an 'Update, 10:20 a.m.: ...' line is story; wire reporting/editing credit (attribution), related timeline, WhatsApp follow prompt (navigation).",
     text="""
nav|Pacifica Today
oth|Breaking News
T|Magnitude 6.4 earthquake strikes off Ilvara coast; no tsunami threat, officials say
oth|Developing: this article will be updated as more information comes in
oth|Wire staff · 10:26 AM
C|Shelves collapsed inside a supermarket in Port Davey after the quake. (Photo: Lin Harrow/Pacifica Today)
B|A magnitude 6.4 earthquake struck off the coast of Ilvara province at 9:48 a.m. on Friday, the national seismology office said.
B|The quake's epicentre was 31 kilometres west of Port Davey at a depth of 22 kilometres.
B|Update, 10:20 a.m.: The tsunami warning centre said there was no threat to coastal areas.
B|Train services on the coast line were halted for safety checks. Two people were treated for minor injuries in Port Davey.
B|Aftershocks of up to magnitude 4.7 were recorded in the first hour.
att|Reporting by Tere Fanua; editing by Colin Marsh
rel|Timeline: major earthquakes in Ilvara since 1950
nav|Follow Pacifica Today on WhatsApp for breaking news
"""),

dict(id="en-015", lang="en", hard=False, opts="",
     notes="Crypto news site's rate-decision live blog: coin strip on top (crypto_ticker), UTC stamps (other), an exchange bonus ad between posts (crypto_promo), a volatility/not-advice disclaimer, related and newsletter below.",
     text="""
tk|BTC $71,204 +1.2% · ETH $3,402 -0.4% · SOL $148.70 +2.9% · XRP $0.612 +0.3%
nav|CoinHarbor News
nav|News | Markets | Learn | Podcasts | Events
T|Rate decision live: Carrow Reserve Bank holds at 4.5%, bitcoin climbs past $71,000
oth|Live coverage by Priyanka Sethi
oth|18:02 UTC
B|Governor Elise Marchetti: "We are not in a hurry. The next move is more likely to be a cut than a hike."
oth|17:46 UTC
B|Bitcoin added roughly $900 in the 15 minutes after the statement, briefly touching $71,380.
oth|17:30 UTC
B|The decision is out: rates held at 4.5 percent, as expected. Two of nine board members voted for a quarter-point cut.
pr|Get a $50 bonus in BTC when you deposit $100 on Kyrex. Terms apply.
oth|17:00 UTC
B|Traders were pricing in a 78 percent chance of a hold before the announcement, according to Pentland Futures data.
dis|Crypto assets are highly volatile. CoinHarbor does not give financial advice; do your own research.
rel|Bitcoin ETF flows hit three-week high
rel|What a rate cut would mean for altcoins
nl|Join 80,000 readers of The Daily Block, free every weekday
"""),

dict(id="en-016", lang="en", hard=False, opts="single",
     notes="City news site's transit-strike live blog: cookie bar, LIVE label, a 'Jump to:' anchor line (navigation), stamps and the reporter name (other); the 'Which lines are running' lead-in and its line-status items are story. Single newlines.",
     text="""
nav|Metro Dispatch
nav|Transport | Commuting | Live
ck|This website uses cookies. Essential only | Accept all
oth|LIVE
T|Metro strike day two live: Lines 3 and 5 suspended as talks resume in Brammington
nav|Jump to: Latest | Which lines are running | Talks
oth|Amira Castell
oth|08:42
B|Talks between the TWU union and Brammington Transit restart at 10am at the arbitration service offices on Quay Street.
oth|08:15
B|Which lines are running:
B|Line 1: reduced service, every 12 minutes
B|Line 2: good service
B|Lines 3 and 5: no service all day
B|Line 4: closed between Harrow Gate and Fennick
oth|07:58
B|Queues for the 42 bus stretched around the block at Central Parade this morning, one reader told us.
sh|Share post
oth|Load more updates
rel|Can I get a refund on my monthly pass?
nl|Commute Watch: a morning email with everything that's running late
"""),

dict(id="en-017", lang="en", hard=False, opts="",
     notes="Space site's launch live page: updated stamp, stream link and player time readout (other), two photo captions; countdown lines ('T+9:12 — ...', 'T-10:00 — ...') and 'Liftoff at 20:48 GMT!' are story; a run of blank lines before share, related and a reproduction notice (disclaimer).",
     text="""
nav|Orbital Report
nav|Launches  Missions  Science  Industry
T|Helix-2 launch live: Tern Aerospace reaches orbit on second attempt
oth|Updated 21:17 GMT
oth|Watch the stream
oth|▶ 00:00 / 2:14:09
C|Helix-2 lifts off from Pad 3 at Saltmarsh Spaceport. Photo: Tern Aerospace
B|T+9:12 — Second-stage engine cut-off. Tern confirms the payload is in a 510km orbit.
B|T+2:41 — Main engine cut-off and stage separation look clean.
B|T+0:58 — Max-Q. The rocket is through the moment of peak aerodynamic stress.
B|Liftoff at 20:48 GMT!
B|T-10:00 — Range is green and the weather is 90 percent go.
C|Engineers in the Saltmarsh control room before the countdown. Photo: Orbital Report/Ned Carrow
B|The first Helix-2 exploded 41 seconds after liftoff in February, scattering debris across the Saltmarsh estuary.
~
sh|Copy link · Share
rel|Why small-launch firms are racing to reach orbit
rel|Tern's first attempt: what went wrong
dis|© Orbital Report 2026. Reproduction without written permission is prohibited.
"""),

dict(id="en-018", lang="en", hard=False, opts="nofinal",
     notes="Verdict live page of a regional paper: relative stamps ('9 min ago') and a team byline (other); a comment block with count, two commenters' posts, report/reply links and house rules (comments) at the bottom. No final newline.",
     text="""
nav|The Calloway Standard
nav|News > Crime & Courts
T|Verdict live: Jury finds former councillor Derek Voss guilty of bribery
oth|Latest update 2 minutes ago
oth|Courts team
oth|2 min ago
B|Sentencing has been set for June 19. Voss has been remanded in custody.
oth|9 min ago
B|The jury of seven women and five men found Voss guilty on all four counts after 11 hours of deliberation.
B|Voss, 58, showed no emotion as the verdicts were read.
oth|26 min ago
B|Court officers have told the public gallery that the jury is returning with a verdict.
sh|Copy link
com|Comments (86)
com|Gail_R: About time. Took them long enough.
com|westsider44: Innocent until proven guilty, people.
com|Report · Reply
com|Keep it civil. Comments that break our house rules will be removed.
rel|The case against Derek Voss, explained
"""),

dict(id="en-019", lang="en", hard=False, opts="crlf",
     notes="Local paper's ended live blog of a council budget meeting: 'This live blog has now ended' and stamps (other); every '9:58pm: ...' entry is story; share buttons, newsletter, a Local Democracy Reporting credit (attribution) and a company footer (disclaimer). CRLF.",
     text="""
nav|Brookfield Beacon
nav|Local Government
T|As it happened: Brookfield council approves 4.9% tax rise after five-hour meeting
oth|By Kit Adeyemi
oth|Thursday, Feb 26 2026
oth|This live blog has now ended
B|9:58pm: The budget passes 27-19, with two abstentions. Council tax will rise 4.9 percent from April.
B|9:30pm: An opposition amendment to keep the Hollins Lane library open is defeated 24-22.
B|8:12pm: Leader Farah Quigley says the council faces a £14.3m gap next year "through no fault of its own".
B|7:05pm: Public questions. 31 residents have signed up to speak, most about library closures.
B|7:00pm: The meeting is under way in the council chamber. Around 60 people are in the public gallery.
oth|Advertisement
sh|Share on Facebook
sh|Share on WhatsApp
nl|Sign up to the Beacon Bulletin for council news every Friday
att|Local Democracy Reporting Service
rel|Which libraries close under the new budget?
dis|Beacon Media Ltd. All rights reserved. Registered in England No. 0482291.
"""),

dict(id="en-020", lang="en", hard=False, opts="ws",
     notes="Frame-by-frame snooker final: session label and score box, byline and auto-update control (other); 'Frame 32: ...' lines are story; ad label, live-chat counter (comments), related and a schedule menu (navigation). Trailing whitespace.",
     text="""
nav|CueSport Live
oth|Final · Best of 35 · Session 4
oth|Halloran 18–14 Vasquez
T|World Snooker final: Halloran beats Vasquez 18-14 to win first world title
oth|Frame-by-frame by Lena Shaw
oth|Auto-update ON
B|Frame 32: Halloran 71-24. Dara Halloran is world champion!
B|Frame 31: Vasquez 0-96 Halloran. A cool 96 puts him one frame from victory.
B|Frame 30: Vasquez takes it 68-41 on the pink. 16-14.
B|Frame 29: Halloran 125-0, the highest break of the final so far.
B|Halloran, 27, is the first player from Ballymere to reach a world final.
oth|Advertisement
com|Live chat: 2,044 people are talking about this
rel|Halloran's road to the final, match by match
rel|Vasquez: "He deserved it, he was better all match"
nav|Schedule | Results | Rankings
"""),

dict(id="en-021", lang="en", hard=False, opts="",
     notes="Investigations desk timeline where the dated entries ('March 4: ...') are the article; a dek glued to itself on the first line (duplicate_line), read-time byline (other), share line, related and newsletter.",
     text="""
dup|From the first boil notice to a minister's resignation: how a month of contaminated tap water played out.From the first boil notice to a minister's resignation: how a month of contaminated tap water played out.
nav|Tidewater News | Investigations
T|Timeline: How Cresford's tap water crisis unfolded
oth|Noor Haddad | 6 min read
B|March 4: Residents in the Eastfield district report brown, metallic-tasting water.
B|March 6: Cresford Water issues a boil notice covering 41,000 homes.
B|March 11: Tests find E. coli at the Dunley pumping station. Bottled water stations open at three schools.
B|March 19: The utility admits a valve failure let untreated river water into the supply for up to 9 hours.
B|March 27: Three children are treated in hospital for stomach illness.
B|April 2: The boil notice is lifted for all but 600 homes.
B|April 4: Water Minister Geraint Pole resigns, saying he "should have asked harder questions".
sh|Share | Tweet | Email
rel|Related: Cresford Water fined £2m in 2019 over a sewage leak
rel|Related: What happens next for Eastfield residents
nl|Get investigations like this in your inbox every Sunday
"""),

dict(id="en-022", lang="en", hard=False, opts="nofinal",
     notes="Blackout live blog scraped from mid-stream, with no headline: a 'Load newer updates' control and bare stamps (other), copy link, an ad label, related, back-to-top and footer links (navigation), a cookie-preferences link at the end. No final newline.",
     text="""
oth|Load newer updates
oth|05:12
B|Gridco says power has been restored to 212,000 of the 260,000 homes that lost it overnight.
oth|04:40
B|The outage began at 23:06 when a transformer at the Harlow Fen substation caught fire, Gridco said.
sh|Copy link
oth|03:55
B|Hospitals in Orrin and Westby are running on backup generators. Both say patients are safe.
oth|03:10
B|Traffic lights are out across the city; police are asking drivers to treat junctions as four-way stops.
oth|Ad · Content continues below
rel|Power cut compensation: what you can claim
nav|Top of page
nav|Terms · Privacy · Accessibility · Contact
ck|Manage cookie preferences
"""),

dict(id="en-023", lang="en", hard=False, opts="",
     notes="Basketball Game 7 live page: score strip, byline, updated stamp and a 'Presented by' sponsor line (other); 'Q4 2:14 — ...' play lines and the FINAL / END OF Q3 lines are story; a run of blank lines before related, discussion count (comments) and newsletter.",
     text="""
nav|Hoops Nation
nav|Scores   Standings   Playoffs   Draft   Podcasts
oth|Q4 0:00 | FINAL | Riverton Hawks 108 · Lakemont Pilots 101
T|Hawks vs Pilots Game 7 live: Riverton advance to conference finals
oth|by Marcus Bell
oth|Updated 10:41 PM ET
B|FINAL: Riverton 108, Lakemont 101. The Hawks win the series 4-3.
B|Andre Kessler finished with 38 points, 11 rebounds and 7 assists.
B|Q4 2:14 — Kessler hits a step-back three to make it 102-95. Timeout Lakemont.
B|Q4 6:30 — Lakemont's Rafe Ndiaye fouls out with 27 points.
B|END OF Q3: Lakemont 80, Riverton 79.
oth|Presented by Kelso Motors
~
rel|Conference finals schedule announced
rel|Kessler's Game 7 in numbers
com|Join the discussion (1.4K)
nl|Hoops Nation Daily: last night's best in one email
"""),

dict(id="en-024", lang="en", hard=False, opts="",
     notes="Entertainment magazine's awards-night live page: consent dialog, live label and reporter name (other), one photo caption; the winners list ('Best Film: Salt Roads') is story; ad label, share, related and newsletter.",
     text="""
nav|Marquee Magazine
nav|Film  TV  Music  Stage  Awards
ck|We value your privacy. Click "I agree" to let us and our vendors use cookies for ads and analytics.
ck|I agree
T|Northern Screen Awards 2026 live: Full list of winners as 'Salt Roads' sweeps
oth|Live updates from the Granary Hall
oth|Tessa Wilde
C|Best Actress winner Iona Finch on the red carpet. Photograph: Kai Ellery
B|Best Film: Salt Roads
B|Best Director: Malin Dorrego, Salt Roads
B|Best Actress: Iona Finch, The Long Thaw
B|Best Actor: Samir Oduya, Salt Roads
B|Best Documentary: Tin Town
B|Salt Roads won five of its seven nominations, the most for any film since the awards began in 2004.
B|Accepting the final prize, Dorrego thanked "every fisherman in Kirkhaven who let us onto their boats".
oth|Advertisement
sh|Share on Pinterest
rel|Red carpet: every look from the Northern Screen Awards
nl|Get Marquee's awards-season newsletter
"""),
]
