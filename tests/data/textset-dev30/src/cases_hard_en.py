"""textset-dev30, writer A, part 3: English hard cases hard-en-001 .. hard-en-006.

Each story is about the kind of interface furniture the page itself carries (autoplay video,
read-aloud voices, reaction emoji, machine-translation buttons, consent banners in a weather
app, page-view counters) and quotes such wordings in story lines, which stay story.
"""

CASES = [
dict(id="hard-en-001", lang="en", hard=True, opts="",
     notes="Story about a regulator's autoplay-video guidance that quotes 'Next video in 5' and autoplay "
           "settings in its list of rules (story); the page's own video player chrome (autoplay toggle, "
           "up-next countdown, progress, mute) is noise (other).",
     text="""
nav|MediaGazette · Regulation · Digital
T|Watchdog tells news sites to switch off autoplay video by default
oth|Amara Quist
oth|Published Wednesday 14 October 2026, 12:10
oth|Autoplay  ON
oth|0:00 / 3:12
oth|Unmute
oth|Next video in 5 · Cancel
B|News websites will have to stop playing videos automatically when a reader opens a story, under guidance published on Wednesday by the Online Media Standards Authority.
B|The authority said it had received more than 1,900 complaints in a year about clips that start, often with sound, before a reader has scrolled past the headline.
B|The new rules:
B|Autoplay must be off by default
B|Sound must stay muted until the reader presses play
B|Countdowns such as "Next video in 5" must carry a cancel button at least as large as the countdown
B|"Nobody opened a story about a planning row hoping to watch a car advert," said the authority's chief executive, Ifeoma Brennan-Walsh.
oth|Advertisement
B|Publishers have until April to comply. The News Publishers' Forum said autoplay video earned its members "a meaningful share" of advertising income and asked for a longer transition.
rel|Related: Why your phone plays videos you never asked for
sh|Share this article
sh|Copy link · Email · LinkedIn
"""),

dict(id="hard-en-002", lang="en", hard=True, opts="ws",
     notes="Story about a paper's synthetic read-aloud voice mispronouncing place names, quoting the "
           "'Listen to this story' button and a speed setting (story); the page's real audio player, speed "
           "control and feedback prompt are noise (other). Trailing whitespace.",
     text="""
nav|The Waitoa Chronicle
T|Paper pulls AI narrator after it mangled 40 town names
oth|▶ Audio · 4:47 · AI-generated voice
oth|Speed: 1×  1.25×  1.5×  2×
oth|By Tama Whitcombe · 2 Dec 2026 · 3 min read
B|The Waitoa Chronicle has switched off the computer-generated voice that read its stories aloud, after readers logged more than 600 complaints about mispronounced place names in its first month.
B|The "Listen to this story" button was added to every article in October.
B|Readers said the voice turned Ōtāwhiti into "Otter-Whitty" and read the town of Kererū Bay as "Kerry Roo Bay".
B|"If you can't say where our readers live, you shouldn't be reading them the news," wrote one, Marama Hetet.
B|Digital editor Fiona Lusk said the feature would return next year with recordings by human narrators for the top five stories each day.
B|Listening figures were modest: about 4% of readers pressed play, and most stopped within a minute, she said.
B|Even at "1.5× speed", the average listen lasted 52 seconds.
oth|How was the audio on this story?  Good  /  Poor
com|12 comments
rel|Also in Media: Regional radio station changes hands
oth|© Waitoa Chronicle Ltd 2026
"""),

dict(id="hard-en-003", lang="en", hard=True, opts="single",
     notes="Story about a paper dropping the 'angry' reaction after a study of pile-ons, quoting the emoji "
           "row and a reaction count (story); the page's own reaction row and comment counter are noise "
           "(share_bar, comments). Single newlines.",
     text="""
nav|Dunmore Evening Herald
nav|Home / News / About us
T|Herald drops 'angry' reaction button after readers' study
oth|Editor's note · Kate Arnesen · 22 Aug 2026
B|From today, readers will no longer see the angry-face button under our stories.
B|Since 2023, every article has ended with the same row of five reactions: 👍 ❤️ 😮 😢 😡.
B|A study by researchers at Dunmore University looked at 11,000 of our stories and found that those where 😡 was the most-pressed reaction drew three times as many comments that moderators later removed.
B|One story about a cycle lane collected "😡 4,118" in a single evening.
B|The four other reactions will stay, and we will publish a review in six months.
B|We would rather hear why you disagree than count how many of you did.
sh|Your reaction:  👍 204  ❤️ 51  😮 88  😢 9
com|Comments are open on this article (316)
com|Read our community guidelines before posting
rel|Read next: How we moderate comments
"""),

dict(id="hard-en-004", lang="en", hard=True, opts="crlf",
     notes="Story about a council's machine-translation button mistranslating a flood notice, quoting "
           "'Translate this page' and 'See original' (story); the news site's own translation toggles and a "
           "flood-alert widget are noise (navigation, other); an ad label sits mid-story. CRLF line endings.",
     text="""
nav|Translate this page ▾
nav|Show original text
oth|⚠ 2 flood warnings in force in your area · View map
nav|Norbridge Today › Local News
T|Council's translate button told Polish readers flood water was 'safe to drink'
oth|Nadia Kowalczyk | 7 March 2026 | 08:50
B|Norbridge council has removed the automatic translation tool from its website after a flood notice appeared in Polish telling residents that tap water was safe to drink, when it said the opposite.
B|The English notice read: "Do not drink tap water until further notice."
B|Residents who pressed "Translate this page" and chose Polish saw a sentence that dropped the word "not".
B|Krystyna Zielińska, who runs a Polish Saturday school in the town, said several families had already filled kettles before a volunteer spotted the error.
B|"People trusted it because it was on the council's website," she said.
oth|The story carries on after this advertisement
B|The council said notices would now be translated by staff into the six most common languages in the area, with a "See original" link kept beneath each.
B|No illnesses have been reported.
rel|Most read: Boil-water notice lifted for 8,000 homes
oth|Spotted a mistake? Email corrections@norbridgetoday.example
"""),

dict(id="hard-en-005", lang="en", hard=True, opts="nofinal",
     notes="Story about a weather app fined for selling location data, quoting the app's consent buttons and a "
           "forecast reading (story); the page's own cookie banner and local-forecast widget are noise "
           "(cookie_banner, other). No final newline.",
     text="""
ck|This site uses cookies and similar tech to show you relevant ads and to understand how it is used.
ck|Accept & continue   Set preferences
oth|Your weather · Halford · 8°C · Showers
nav|TechLedger › Privacy
T|Weather app Skycast fined £3.8m for selling users' locations
oth|Dominic Rayne, technology reporter
oth|Updated 16:40 GMT 28 January 2026
B|The makers of the Skycast weather app have been fined £3.8 million for passing the precise locations of 2.4 million users to advertising brokers without valid consent.
B|The Information Commissioner's Office said the app's first screen showed a large green "Accept all" button and a grey text link reading "Manage options" that led through four further screens.
B|Users who wanted to refuse tracking needed an average of 11 taps to do so.
B|Meanwhile the app's home screen showed the forecast — "Halford · 8°C · Showers" — only after the consent screen was dismissed.
B|Skycast's parent company, Borealis Apps, said it would appeal and that it had "already redesigned the consent flow."
B|The regulator said location data was "among the most revealing information a phone holds."
rel|Read more: The apps that track you even when they're closed
sh|Share this story on social media"""),

dict(id="hard-en-006", lang="en", hard=True, opts="",
     notes="Story about a sports site caught inflating its page-view counters, quoting a counter reading and "
           "a 'trending' badge (story); the page's own view counter, live-score strip and trending list are "
           "noise (other, related_links). A run of extra blank lines before the footer.",
     text="""
oth|LIVE  Corran City 1-0 Eastfield  (54')
nav|PressBox Media Watch
T|Sports site admits fake view counts on 'most read' stories
oth|Liam Okonjo · 9 November 2026
oth|👁 1,932 views
B|The sports website GoalLine Daily has admitted that the view counters shown on its articles were inflated, in some cases by a factor of ten.
B|An investigation by PressBox found that the counter on one transfer story read "👁 48,210 views" while the site's own analytics, seen by PressBox, recorded 4,377.
B|Stories were given a "🔥 Trending" badge once their displayed total passed 20,000.
B|GoalLine's editor, Sean Marwick, said a developer had multiplied the figures "to make new stories look less lonely" in 2024 and nobody had removed the code.
B|Advertisers were billed on the real figures, the company said.
oth|Advertisement
B|The counters have been switched off.
~
rel|🔥 Trending now
rel|Transfer rumours: the week's ten biggest stories
rel|Why football clubs are buying podcast studios
oth|PressBox Media Watch is an independent newsletter site. About us · Contact
"""),
]
