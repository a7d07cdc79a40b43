CASES = [
dict(id="en-021", lang="en", hard=False, opts="", notes="News-reader app repost of a business story, bottom-only noise: app credit, original outlet credit, report link, install pitch, cookie notice; some lines joined by single newlines.", text="""
T|Hollis Bakery to close 14 stores as flour and energy costs bite
B|Hollis Bakery, the family-owned chain known for its cinnamon knots, will close 14 of its 61 shops by the end of May, the company said on Monday.
B|About 160 jobs are affected.
>B|Staff will be offered roles at nearby branches where possible.
B|Chief executive Greta Hollis said energy bills at the chain's central bakery had doubled in two years.
B|"We held prices for as long as we could," she said.
B|Which stores are closing
>B|Eight in the north-west, four in Yorkshire and two in Wales.
>B|A full list has been posted in each affected shop.
att|Originally reported by the Northern Trade Journal
att|Sent via NewsLoop — all your papers in one feed
>oth|Flag this story
nav|Get NewsLoop free on iOS and Android
ck|NewsLoop stores small files on this device to remember your reading list. OK
"""),
]
