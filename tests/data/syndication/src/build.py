"""Regenerate ../docs.jsonl from the hand-written stories in this folder.

    python3 -B tests/data/syndication/src/build.py

Deterministic (random.Random seeded with each doc_id). Stdlib only.

Copy codes used in the stories' ``copies`` strings:
    B  copy_boilerplate   different surrounding chrome (aggregator header, cookie
                          banner, "Source: ...", related links, share bar,
                          republishing disclaimer, ...), body unchanged
    E  copy_edited        corrected figure / changed sentence, changed headline
                          (if ``alt``), appended "Updated with comment from ..."
                          paragraph (if ``upd``)
    T  copy_truncated     first 60-80% of the body, ending "..." or
                          "Read the full story at <outlet>"
    Q  copy_quotes        curly <-> straight quotes and dashes (zh: full-width
                          <-> half-width punctuation)
    R  copy_reformatted   hard line wrapping / whitespace changes
    H  copy_reformatted   HTML-entity-escaped text (&amp; &#8217; &mdash; ...)
    D  copy_reformatted   title repeated at the top + whitespace changes
"""
import json
import os
import random
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from stories_en import MAIN, HARD_TOPIC  # noqa: E402
from stories_other import ZH, ZH_HARD, SITES, SITE_STORIES, SINGLETONS  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "docs.jsonl")

KIND = {"B": "copy_boilerplate", "E": "copy_edited", "T": "copy_truncated",
        "Q": "copy_quotes", "R": "copy_reformatted", "H": "copy_reformatted",
        "D": "copy_reformatted"}

ALL_STORIES = MAIN + HARD_TOPIC + ZH + ZH_HARD
PAIR = {}
for s in HARD_TOPIC + ZH_HARD:
    PAIR[s["id"]] = s["pair"]
    PAIR[s["pair"]] = s["id"]


# --------------------------------------------------------------- text helpers
def paras(body):
    return [p.strip() for p in body.strip().split("\n\n") if p.strip()]


def curly(text):
    out = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch == '"':
            out.append("\u201c" if (prev.isspace() or prev in "([—\u2018") else "\u201d")
        elif ch == "'":
            if (prev.isspace() or prev in "(\u201c\"—") and nxt.isalnum():
                out.append("\u2018")
            else:
                out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


def straight(text, dash=" -- "):
    text = (text.replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2018", "'").replace("\u2019", "'"))
    return text.replace(" \u2014 ", dash).replace("\u2014", dash.strip())


def is_curly_style(sid):
    """Originals with an odd number use curly quotes, even ones straight quotes."""
    return int(re.sub(r"\D", "", sid)) % 2 == 1


def style(sid, text):
    return curly(text) if is_curly_style(sid) else straight(text)


ZH_HALF = str.maketrans({"，": ", ", "。": ". ", "：": ": ", "；": "; ", "（": " (",
                         "）": ") ", "！": "! ", "？": "? ", "「": '"', "」": '"',
                         "“": '"', "”": '"', "‘": "'", "’": "'", "、": ", ", "／": "/"})


def zh_halfwidth(text):
    text = text.translate(ZH_HALF)
    text = re.sub(r"[ ]{2,}", " ", text)
    text = re.sub(r" +\n", "\n", text)
    text = re.sub(r"\( ", "(", text)
    return text.replace('" ', '"').strip()


def words(text):
    return text.split()


def zh_len(text):
    return len(re.sub(r"\s", "", text))


# ------------------------------------------------------------ boilerplate
SECTIONS = ["World", "Business", "Markets", "Asia", "Local", "Science", "Health",
            "Technology", "Sport", "Politics", "Environment", "Transport"]


def en_headers(rng, s):
    sec = rng.choice(SECTIONS)
    opts = [
        f"NewsPulse | Top Stories | {sec} | Business | Tech | Sport\nTrending: Elections · Markets · Weather · Climate",
        "We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. "
        "By clicking \"Accept all\" you consent to our use of cookies. Accept all | Manage preferences",
        "This website uses cookies. Some are essential to make the site work; others help us improve your experience. "
        "[Accept] [Reject non-essential] [Cookie settings]",
        "Cookie notice: we and our 214 partners store and access information on your device to measure audiences and "
        "show relevant ads. OK, got it",
        f"Skip to main content\nMenu  Search  Sign in  Subscribe\nHome > {sec} > Latest",
        f"WORLD NEWS WIRE · syndicated feed · {sec.upper()}",
        "Advertisement\nScroll to continue with content",
        f"The Daily Briefing — your five-minute catch-up on {sec.lower()} news",
        f"AllTheNews aggregator | {sec} | Showing story 3 of 25 | Next story >",
    ]
    return rng.sample(opts, rng.choice([1, 1, 2]))


def en_source(rng, s):
    return rng.choice([
        "Source: Reuters",
        f"Source: {s['outlet']}",
        f"Originally published by {s['outlet']}. Republished with permission.",
        f"Via {s['outlet']}",
        f"This story first appeared on {s['outlet']}.",
        "Source: Associated Press",
        None, None,
    ])


def related_titles(rng, s, n):
    excl = {s["id"], PAIR.get(s["id"])}
    lang = s.get("lang", "en")
    pool = [x["title"] for x in ALL_STORIES
            if x["id"] not in excl and x.get("lang", "en") == lang and x["id"].startswith(("s", "z"))]
    pool += EXTRA_RELATED.get(lang, [])
    return rng.sample(pool, n)


# Extra (fictional) related-link headlines so the zh pools are large enough.
EXTRA_RELATED = {
    "zh-Hant": ["沙田單車徑明年擴建 全長增至六十公里", "颱風季節將至 天文台籲市民提早防範",
                "本港四月零售額按年升百分之三", "高雄輕軌環狀線全線通車滿一年 運量創新高"],
    "zh-Hans": ["广州地铁18号线北延段开通运营", "上半年全国快递业务量同比增长两成",
                "杭州亚运场馆赛后利用率超八成", "重庆至西安高铁全线铺轨完成"],
}


def en_footers(rng, s):
    def related():
        t = related_titles(rng, s, 3)
        return rng.choice([
            "Related stories\n" + "\n".join("- " + x for x in t),
            "READ MORE:\n" + "\n".join("» " + x for x in t),
            "You may also like\n" + "\n".join(t),
            "More from NewsPulse\n" + "\n".join("• " + x for x in t[:2]),
        ])

    def share():
        return rng.choice([
            "Share this article\nFacebook  Twitter  LinkedIn  WhatsApp  Email  Copy link",
            "Share: Facebook | X | LinkedIn | Email | Print",
            "SHARE THIS STORY   Tweet   Share   Email   Print",
            "Like this story? Share it with a friend. [f] [x] [in] [mail]",
        ])

    def disclaimer():
        return rng.choice([
            f"This article was republished from {s['outlet']}. Views expressed are those of the original authors "
            "and do not necessarily reflect the views of NewsPulse.",
            "Disclaimer: This story is auto-generated from a syndicated feed and has not been edited by our staff.",
            f"Republished under a Creative Commons Attribution-NoDerivatives 4.0 licence. Read the original article at {s['outlet']}.",
            "(Reporting by staff; editing by the wire desk)",
            "All content is provided for information only and is not investment advice. Reposting without "
            "permission is prohibited.",
        ])

    def newsletter():
        return rng.choice([
            "Sign up for our Morning Briefing newsletter — the day's top stories delivered at 7am. Enter your email | Subscribe",
            "Get breaking news alerts straight to your inbox. Sign up free",
        ])

    def comments():
        return f"Comments ({rng.randint(0, 240)})\nLog in or register to join the conversation."

    makers = [related, share, disclaimer, newsletter, comments]
    k = rng.choice([1, 2, 2, 3])
    return [m() for m in rng.sample(makers, k)]


def zh_boiler(rng, s):
    trad = s["lang"] == "zh-Hant"
    if trad:
        heads = ["首頁 > 新聞 > 港聞", "您現在的位置：首頁 > 即時新聞 > 本地",
                 "本網站使用Cookies以提升您的瀏覽體驗。繼續瀏覽即表示您同意我們使用Cookies。【接受】【了解更多】",
                 "新聞速遞｜即時｜港聞｜財經｜國際｜體育"]
        srcs = [f"來源：{s['outlet']}", f"資料來源：{s['outlet']}", f"轉載自{s['outlet']}", None]
        t = related_titles(rng, s, 2)
        foots = [f"【免責聲明】本文轉載自{s['outlet']}，版權歸原作者所有，內容僅供參考，如有侵權請聯絡本站刪除。",
                 "分享：Facebook　WhatsApp　微信　複製連結",
                 "相關新聞：\n" + "\n".join("‧ " + x for x in t),
                 "責任編輯：張嘉欣"]
    else:
        heads = ["首页 > 新闻 > 财经", "您当前的位置：首页 > 社会新闻 > 正文",
                 "本网站使用Cookie改善您的浏览体验，继续浏览即表示您同意我们使用Cookie。[同意] [拒绝]",
                 "新闻聚合｜热点｜财经｜科技｜国际"]
        srcs = [f"来源：{s['outlet']}", f"转载自：{s['outlet']}", "来源：新华网", None]
        t = related_titles(rng, s, 2)
        foots = ["【免责声明】本文仅代表作者本人观点，与本网站无关。本网站对文中陈述、观点判断保持中立，"
                 "不对所包含内容的准确性、可靠性或完整性提供任何明示或暗示的保证。",
                 "分享到：微信　微博　QQ空间",
                 "相关阅读：\n" + "\n".join("· " + x for x in t),
                 "责任编辑：王磊"]
    h = rng.sample(heads, rng.choice([1, 2]))
    src = rng.choice(srcs)
    f = rng.sample(foots, rng.choice([1, 2, 3]))
    return h, src, f


# ------------------------------------------------------------ renderers
def en_meta(s):
    return f"{s['byline']} | {s['outlet']}\n{s['date']}"


def zh_meta(s):
    return f"{s['outlet']}　{s['date']}　{s['byline']}"


def is_zh(s):
    return s.get("lang", "en").startswith("zh")


def render_original(s, title=None, body=None):
    title = title or s["title"]
    body = body if body is not None else s["body"]
    meta = zh_meta(s) if is_zh(s) else en_meta(s)
    text = f"{title}\n{meta}\n\n" + "\n\n".join(paras(body))
    return text if is_zh(s) else style(s["id"], text)


def render_boiler(s, seed_key, title=None, body=None):
    rng = random.Random(seed_key)
    title = title or s["title"]
    body = body if body is not None else s["body"]
    if is_zh(s):
        h, src, f = zh_boiler(rng, s)
        parts = h + [title, f"{s['date']}　{s['byline']}" + (f"　{src}" if src else "")]
        parts += paras(body) + f
        return "\n\n".join(parts)
    heads = en_headers(rng, s)
    src = en_source(rng, s)
    foot = en_footers(rng, s)
    meta = rng.choice([en_meta(s), f"{s['date']}", f"{s['byline']}\nPublished {s['date']}", None])
    parts = heads + [title]
    if meta:
        parts.append(meta)
    if src:
        parts.append(src)
    parts += paras(body) + foot
    text = "\n\n".join(parts)
    # Copies on other sites do not necessarily keep the original's quote style.
    return curly(text) if rng.random() < 0.5 else straight(text, rng.choice([" -- ", " - ", " \u2014 "]))


def render_edited(s, seed_key):
    rng = random.Random(seed_key)
    old, new = s["fix"]
    assert old in s["body"], (s["id"], old)
    body = s["body"].replace(old, new)
    title = s["alt"] or s["title"]
    if s["upd"]:
        body = body.rstrip() + "\n\n" + s["upd"]
    if is_zh(s):
        return render_original(s, title, body)
    text = render_original(s, title, body)
    if rng.random() < 0.5:
        src = rng.choice(["Source: Reuters", f"Source: {s['outlet']}", f"(Corrected version) {s['outlet']}"])
        text = text.replace("\n\n", f"\n{src}\n\n", 1)
    return text


def truncate_paras(ps, frac, zh):
    size = zh_len if zh else (lambda p: len(words(p)))
    total = sum(size(p) for p in ps)
    target = int(total * frac)
    out, used = [], 0
    for p in ps:
        n = size(p)
        if used + n <= target:
            out.append(p)
            used += n
            continue
        rest = target - used
        if zh:
            cut = p[:rest]
            k = max(cut.rfind("。"), cut.rfind("，"))
            if k > 5 and used + k >= 0.6 * total:
                cut = cut[:k]
            out.append(cut)
        else:
            cut = " ".join(words(p)[:rest])
            ends = [m.end() for m in re.finditer(r"[.!?][\"']?(?=\s)", cut)]
            # Prefer a sentence boundary unless that would drop below 60% of the body.
            if ends and used + len(words(cut[:ends[-1]])) >= 0.6 * total:
                cut = cut[:ends[-1]]
            if rest >= 6:
                out.append(cut)
        break
    return out


def render_truncated(s, seed_key):
    rng = random.Random(seed_key)
    frac = rng.uniform(0.6, 0.8)
    zh = is_zh(s)
    ps = truncate_paras(paras(s["body"]), frac, zh)
    size = zh_len if zh else (lambda t: len(words(t)))
    ratio = size("\n".join(ps)) / size(s["body"])
    assert 0.6 <= ratio <= 0.8, (seed_key, ratio)
    if zh:
        trad = s["lang"] == "zh-Hant"
        end = rng.choice(["……", "\n\n" + ("閱讀全文請瀏覽" if trad else "阅读全文请访问") + s["outlet"]])
        text = f"{s['title']}\n{zh_meta(s)}\n\n" + "\n\n".join(ps)
        return text.rstrip("。，") + ("……" if end == "……" else "。" + end)
    end = rng.choice(["...", f"\n\nRead the full story at {s['outlet']}", "...",
                      f"...\n\nRead the full story at {s['outlet']}"])
    head = rng.choice(["", "", f"From {s['outlet']}:\n\n", "Preview\n\n"])
    text = head + f"{s['title']}\n{s['date']}\n\n" + "\n\n".join(ps)
    text = text.rstrip(".") + end if end.startswith("...") else text + end
    return style(s["id"], text)


def render_quotes(s, seed_key):
    rng = random.Random(seed_key)
    if is_zh(s):
        return zh_halfwidth(render_original(s))
    base = f"{s['title']}\n{en_meta(s)}\n\n" + "\n\n".join(paras(s["body"]))
    if is_curly_style(s["id"]):
        return straight(base, rng.choice([" - ", " -- "]))
    return curly(base.replace(" \u2014 ", rng.choice([" \u2014 ", "\u2014", " \u2013 "])))


def render_wrapped(s, seed_key):
    rng = random.Random(seed_key)
    if is_zh(s):
        width = rng.randint(26, 36)
        lines = [s["title"], zh_meta(s), ""]
        for p in paras(s["body"]):
            p = "　　" + p
            lines += [p[i:i + width] for i in range(0, len(p), width)]
        return "\n".join(lines)
    width = rng.randint(62, 78)
    sep = rng.choice(["\n\n", "\n \n", "\n"])
    body = sep.join(textwrap.fill(p, width=width, break_on_hyphens=False) for p in paras(s["body"]))
    text = f"{s['title']}\n\n{en_meta(s)}\n\n" + body + "\n"
    text = re.sub(r"\n(?=\S)", lambda m: "\n" if rng.random() < 0.8 else " \n", text)
    return style(s["id"], text)


ENT = [("&", "&amp;"), ("\u2019", "&#8217;"), ("\u2018", "&#8216;"), ("\u201c", "&#8220;"),
       ("\u201d", "&#8221;"), ("\u2014", "&mdash;"), ("\u2013", "&ndash;"), ("£", "&pound;"),
       ("é", "&eacute;"), ("ã", "&atilde;"), ("á", "&aacute;"), ("ú", "&uacute;")]


def render_html(s, seed_key):
    rng = random.Random(seed_key)
    text = curly(f"News & Analysis\n\n{s['title']}\n{en_meta(s)}\n\n" + "\n\n".join(paras(s["body"])))
    for a, b in ENT:
        text = text.replace(a, b)
    text = re.sub(r"(\d) (per cent|km|kilometres|million|billion)",
                  lambda m: m.group(1) + ("&nbsp;" if rng.random() < 0.7 else " ") + m.group(2), text)
    return text


def render_dup_title(s, seed_key):
    rng = random.Random(seed_key)
    if is_zh(s):
        body = "\n\n\n".join(p + rng.choice(["", " ", "　"]) for p in paras(s["body"]))
        return f"{s['title']}\n{s['title']}\n\n{zh_meta(s)}\n\n\n{body}"
    ps = [re.sub(r"\. (?=[A-Z])", lambda m: ".  " if rng.random() < 0.5 else ". ", p) for p in paras(s["body"])]
    text = f"{s['title']}\n{s['title']}\n\n{s['byline']}   {s['date']}\n" + "\n".join(p + "  " for p in ps)
    return style(s["id"], text)


RENDER = {"B": lambda s, k: render_boiler(s, k), "E": render_edited, "T": render_truncated,
          "Q": render_quotes, "R": render_wrapped, "H": render_html, "D": render_dup_title}


# ------------------------------------------------------------ assemble
def main():
    docs = []

    def add(doc_id, cluster, lang, kind, text):
        text = text.strip("\n") + "\n"
        docs.append({"doc_id": doc_id, "cluster": cluster, "lang": lang, "kind": kind, "text": text})

    for s in MAIN + ZH:
        lang = s.get("lang", "en")
        n = zh_len(s["body"]) if is_zh(s) else len(words(s["body"]))
        lo, hi = (250, 1400) if is_zh(s) else (150, 700)
        assert lo <= n <= hi, (s["id"], n)
        assert 4 <= len(paras(s["body"])) <= 12, s["id"]
        assert 2 <= len(s["copies"]) + 1 <= 6, s["id"]
        add(f"{s['id']}-a", s["id"], lang, "original", render_original(s))
        for i, code in enumerate(s["copies"]):
            did = f"{s['id']}-{chr(ord('b') + i)}"
            add(did, s["id"], lang, KIND[code], RENDER[code](s, did))

    for s in HARD_TOPIC + ZH_HARD:
        lang = s.get("lang", "en")
        n = zh_len(s["body"]) if is_zh(s) else len(words(s["body"]))
        assert (250 if is_zh(s) else 150) <= n <= (1400 if is_zh(s) else 700), (s["id"], n)
        did = f"{s['id']}-a"
        partner = next(x for x in MAIN + ZH if x["id"] == s["pair"])
        if int(s["id"][1:]) in (2, 6, 10):
            # Same aggregator wrapper (same seed) as the partner's first boilerplate copy.
            b = partner["copies"].index("B")
            seed = f"{partner['id']}-{chr(ord('b') + b)}"
            text = render_boiler(s, seed)
        else:
            text = render_original(s)
        add(did, s["id"], lang, "hard_negative_topic", text)

    for s in SITE_STORIES:
        site = SITES[s["site"]]
        fw = len(words(site["footer"]))
        assert 80 <= fw <= 120, (s["site"], fw)
        text = (f"{site['header']}\n\n{s['title']}\n{s['byline']} | {s['date']}\n\n"
                + "\n\n".join(paras(s["body"])) + f"\n\n{site['footer']}")
        add(f"{s['id']}-a", s["id"], "en", "hard_negative_site", text)

    for s in SINGLETONS:
        add(f"{s['id']}-a", s["id"], s["lang"], "singleton", s["text"])

    with open(OUT, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} docs to {OUT}")


if __name__ == "__main__":
    main()
