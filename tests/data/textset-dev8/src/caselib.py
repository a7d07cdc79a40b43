"""Small helper shared by the cases_*.py files: the tag syntax and the builder."""
import re

KINDS = {
    "ck": "cookie_banner", "tk": "crypto_ticker", "cp": "crypto_promo", "dc": "disclaimer",
    "rl": "related_links", "sh": "share_bar", "cm": "comments", "nv": "navigation",
    "dp": "duplicate_line", "at": "attribution", "nl": "newsletter", "ot": "other",
}
KIND_ORDER = ["cookie_banner", "crypto_ticker", "crypto_promo", "disclaimer", "related_links",
              "share_bar", "comments", "navigation", "duplicate_line", "attribution",
              "newsletter", "other"]
TOKENS = {"{sp}": " ", "{tab}": "\t", "{nbsp}": "\u00a0"}
REGISTRY = []


def case(cid, lang, notes, text, nl="double", crlf=False, final_nl=True):
    REGISTRY.append(dict(id=cid, lang=lang, notes=notes, text=text, nl=nl, crlf=crlf,
                         final_nl=final_nl))


def _expand(s):
    for k, v in TOKENS.items():
        s = s.replace(k, v)
    return s


def build(c):
    items = []          # (sep_before, raw_line, role, kind)
    extra_blank = 0
    for src in c["text"].split("\n"):
        src = src.rstrip("\n")
        if not src.strip():
            continue
        m = re.fullmatch(r"\s*~(\d+)\s*", src)
        if m:
            extra_blank += int(m.group(1))
            continue
        src = src.lstrip(" ")
        glue = src.startswith("+")
        if glue:
            src = src[1:]
        tag, _, content = src.partition(" ")
        if tag == "T":
            role, kind = "title", None
        elif tag == "B":
            role, kind = "body", None
        elif tag == "C":
            role, kind = "captions", None
        elif tag.startswith("N."):
            role, kind = "noise", KINDS[tag[2:]]
        else:
            raise ValueError(f"{c['id']}: bad tag in {src!r}")
        raw = _expand(content)
        if not raw.strip():
            raise ValueError(f"{c['id']}: empty line {src!r}")
        if c["nl"] == "double":
            sep = 1 if glue or not items else 2
        else:
            sep = 1
        if not items:
            sep = 0
        sep += extra_blank
        extra_blank = 0
        items.append((sep, raw, role, kind))
    nlc = "\r\n" if c["crlf"] else "\n"
    parts = []
    for sep, raw, _, _ in items:
        parts.append(nlc * sep + raw)
    text = "".join(parts)
    if c["final_nl"]:
        text += nlc
    lab = {"id": c["id"], "lang": c["lang"], "title": None, "body": [], "noise": [],
           "captions": [], "noise_kinds": [], "position": [], "hard": c["id"].startswith("hard-"),
           "notes": c["notes"]}
    kinds = set()
    for _, raw, role, kind in items:
        s = raw.strip()
        if role == "title":
            if lab["title"] is not None:
                raise ValueError(f"{c['id']}: two titles")
            lab["title"] = s
        else:
            lab[role].append(s)
        if kind:
            kinds.add(kind)
    lab["noise_kinds"] = [k for k in KIND_ORDER if k in kinds]
    # position, derived as the checker does (body > title > captions > noise for repeats)
    from collections import Counter
    rem = {"body": Counter(lab["body"]),
           "title": Counter([lab["title"]] if lab["title"] else []),
           "captions": Counter(lab["captions"]), "noise": Counter(lab["noise"])}
    roles = []
    for _, raw, _, _ in items:
        s = raw.strip()
        for r in ("body", "title", "captions", "noise"):
            if rem[r][s] > 0:
                rem[r][s] -= 1
                roles.append(r)
                break
    bi = [i for i, r in enumerate(roles) if r == "body"]
    pos = set()
    for i, r in enumerate(roles):
        if r == "noise":
            pos.add("top" if i < bi[0] else "bottom" if i > bi[-1] else "middle")
    lab["position"] = [p for p in ("top", "middle", "bottom") if p in pos]
    # sanity: tag-derived positions agree with checker-style ones
    tagpos = set()
    tb = [i for i, it in enumerate(items) if it[2] == "body"]
    for i, it in enumerate(items):
        if it[2] == "noise":
            tagpos.add("top" if i < tb[0] else "bottom" if i > tb[-1] else "middle")
    if tagpos != pos:
        print(f"note {c['id']}: tag positions {sorted(tagpos)} vs checker-style {sorted(pos)}")
    nb = len(lab["body"])
    nn = len(lab["noise"])
    if not (4 <= nb <= 15) or not (3 <= nn <= 25):
        print(f"note {c['id']}: body={nb} noise={nn} outside 4-15 / 3-25")
    return text, lab
