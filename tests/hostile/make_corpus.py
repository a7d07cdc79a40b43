"""A raw folder of hostile inputs, generated at test time (nothing big is committed).

`build(root)` writes every case into `root` and returns the expected outcome per input:
``{key: (status, reason)}`` with status "curated" or "quarantined" and reason None when curated.
The key is the input's raw_path (POSIX, relative to `root`, as `flows.storage.discover` reports
it); for files holding several records (.json, .jsonl) it is ``f"{raw_path}#{record}"``.
"curated" means usable: the pure stages leave it with status "ok" and dedup then makes it
"curated" (all good stories here are distinct, so none is a duplicate).

`MUST_CONTAIN[key]` is a phrase the curated body must contain (readable text after decoding and
repair); `MUST_NOT_CONTAIN[key]` one it must not (mojibake, unexpanded data, control characters).

Symbolic links point at `root.parent / "outside"`, which `build` also creates: the tests check
that nothing there is read. A FIFO and a non-UTF-8 file name are skipped (and absent from the
result) on platforms that cannot create them.
"""

from __future__ import annotations

import base64
import gzip
import io
import json
import os
import random
import zipfile
from pathlib import Path

CURATED = "curated"
QUARANTINED = "quarantined"

# Real sentences, long enough for reliable encoding detection (and distinct from each other so
# that dedup keeps every one).
BIG5_STORY = (
    "颱風今晚接近臺灣東部海面，中央氣象署已發布海上警報。\n"
    "氣象專家提醒民眾，週末前往山區或海邊活動務必注意安全。\n"
    "行政院長表示，各部會已完成防颱準備，國軍也已待命支援救災。\n"
    "臺北市政府宣布，明天上午將視風雨情況決定是否停止上班上課。\n"
)
BIG5_PHRASE = "中央氣象署已發布海上警報"
GBK_STORY = (
    "国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五。\n"
    "专家认为，消费和投资对经济增长的拉动作用明显增强。\n"
    "上海市政府宣布，将在明年年底前建成更多公共充电桩，鼓励市民购买新能源汽车。\n"
    "教育部表示，今年高校毕业生人数再创新高，各地将出台更多就业扶持政策。\n"
)
GBK_PHRASE = "国内生产总值同比增长百分之五"
GB2312_HTML_STORY = (
    "深圳市交通运输局今天表示，地铁十六号线二期工程将于明年六月开通试运营。",
    "新线路全长约十公里，设站八座，可与多条既有线路换乘。",
    "市民普遍认为，新线开通后东部地区的通勤时间将明显缩短。",
)
GB2312_PHRASE = "地铁十六号线二期工程"
CP1252_STORY = (
    "Le conseil municipal a voté mardi un budget “exceptionnel” pour la rénovation des écoles.\n"
    "Selon l’adjointe chargée de l’éducation, les travaux coûteront près de 12 millions d’euros.\n"
    "Les parents d’élèves ont salué une décision « attendue depuis des années », même si "
    "certains regrettent que la cantine ne soit rénovée qu’en 2027.\n"
)
CP1252_PHRASE = "“exceptionnel” pour la rénovation des écoles"
UTF16_STORY = (
    "Die Stadtwerke Köln erhöhen zum 1. März die Preise für Fernwärme um durchschnittlich 8 %.\n"
    "Ein Sprecher begründete den Schritt mit gestiegenen Beschaffungskosten für Erdgas.\n"
    "Verbraucherschützer kritisieren, dass Haushalte erst vier Wochen vorher informiert wurden.\n"
)
UTF16_PHRASE = "Die Stadtwerke Köln erhöhen"
MOJIBAKE_STORY = (
    "The café’s naïve owner said “we’re open again” — déjà vu for Zoë’s regulars.\n"
    "After the flood in March, the crème brûlée stand on Rue Saint-Honoré reopened on Friday.\n"
    "Neighbours queued for an hour; the owner said the insurance paid only half the repairs.\n"
)
EN_STORY = (
    "The city council approved a new harbour budget on Tuesday after a six-hour debate.",
    "Councillors voted 31 to 12 to fund the dredging of the eastern basin and two new cranes.",
    "The port authority said the work would start in spring and take about eighteen months.",
    "Opposition members argued that the money should have gone to flood defences instead.",
)


def _page(title: str, paragraphs: tuple[str, ...] | list[str], head: str = "", extra_body: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html>\n<html><head>{head}<title>{title}</title></head>\n"
        f"<body><header><nav><a href='/'>Home</a></nav></header>\n"
        f"<article><h1>{title}</h1>\n{body}\n{extra_body}</article></body></html>\n"
    )


def _write(root: Path, rel: str, data: bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def build(root: Path) -> dict[str, tuple[str, str | None]]:
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261125)
    expected: dict[str, tuple[str, str | None]] = {}

    def add(rel: str, data: bytes, status: str, reason: str | None = None) -> None:
        _write(root, rel, data)
        expected[rel] = (status, reason)

    # Control group: ordinary inputs that must come out curated.
    add("good/harbour.html", _page("Council approves harbour budget", EN_STORY).encode(), CURATED)
    add(
        "good/bridge.txt",
        (
            "Bridge closure extended to June\n\n"
            "The old river bridge will stay closed until June, the highways agency said on Monday.\n"
            "Engineers found more corrosion than expected in the steel beams under the deck.\n"
            "Buses will continue to use the diversion through the industrial estate.\n"
        ).encode(),
        CURATED,
    )
    library = _page(
        "Library reopens after renovation",
        [
            "The central library reopened on Saturday after a two-year renovation costing 14 million.",
            "Visitors found a new children's wing, a roof garden and twice as many study desks.",
            "The library will now open on Sundays, a change that staff unions had long asked for.",
        ],
    )
    add("good/library.html.gz", gzip.compress(library.encode(), mtime=0), CURATED)

    # Empty, blank, binary.
    add("empty/empty.txt", b"", QUARANTINED, "empty")
    add("empty/whitespace.txt", b"  \n\t\r\n   \n\xe3\x80\x80\n", QUARANTINED, "empty")  # incl. U+3000
    add("binary/photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(4096), QUARANTINED, "binary")
    add("binary/blob.html", rng.randbytes(2048), QUARANTINED, "binary")

    # Compression.
    add("gz/truncated.html.gz", gzip.compress(library.encode() * 20, mtime=0)[:300], QUARANTINED, "truncated_gzip")
    add("gz/not-gzip.txt.gz", b"This file says it is gzip but it is plain text.\n", QUARANTINED, "not_gzip")
    bomb = io.BytesIO()
    with gzip.GzipFile(fileobj=bomb, mode="wb", mtime=0) as gz:
        zeros = b"\0" * (1 << 20)
        for _ in range(60):  # 60 MB of zeros: above max_decompressed_bytes (50 MB)
            gz.write(zeros)
    add("gz/bomb.txt.gz", bomb.getvalue(), QUARANTINED, "too_large")

    # Encodings.
    add("enc/typhoon-big5.txt", BIG5_STORY.encode("big5"), CURATED)
    add("enc/economy-gbk.txt", GBK_STORY.encode("gbk"), CURATED)
    add(
        "enc/metro-gb2312.html",
        _page("深圳地铁十六号线二期明年开通", GB2312_HTML_STORY, head='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("gb2312"),
        CURATED,
    )
    add("enc/ecoles-cp1252.txt", CP1252_STORY.encode("cp1252"), CURATED)
    add("enc/fernwaerme-utf16.txt", UTF16_STORY.encode("utf-16"), CURATED)  # with BOM
    add("enc/cafe-mojibake.txt", MOJIBAKE_STORY.encode("utf-8").decode("latin-1").encode("utf-8"), CURATED)
    controls = (
        "Water main\x00 burst floods\x07 the high street\n"
        "A water main burst early on Thursday,\x0b flooding shops on the high street.\x1b\n"
        "The utility said\x00\x00 repairs would take two days and bottled water is handed out.\x7f\n"
    )
    add("enc/controls.txt", controls.encode(), CURATED)
    truncated_utf8 = ("Le marché de Noël ouvre vendredi sur la place de l’Hôtel-de-Ville, avec 120 chalets. " * 3).encode()
    add("enc/truncated-utf8.txt", truncated_utf8 + "é".encode()[:1], CURATED)

    # Structure attacks.
    depth = 300_000
    deep = "<html><body>" + "<div>" * depth + "<p>" + EN_STORY[0] + "</p>" + "</div>" * depth + "</body></html>"
    add("html/deep.html", deep.encode(), QUARANTINED, "too_deep")
    add("text/huge-line.txt", b"word " * 5_000_000, QUARANTINED, "too_large")  # 25 MB, one line
    data_uri = "data:image/png;base64," + base64.b64encode(rng.randbytes(3_750_000)).decode()  # 5 MB
    add(
        "html/inline-image.html",
        _page(
            "Museum shows restored altarpiece",
            [
                "The city museum unveiled a restored fifteenth-century altarpiece on Wednesday.",
                "Conservators spent four years removing varnish and repairing the oak panels.",
                "The altarpiece will be on show in the east gallery until the end of the year.",
            ],
            extra_body=f'<figure><img alt="altarpiece" src="{data_uri}"></figure>',
        ).encode(),
        CURATED,
    )
    lol = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{"".join(f"&lol{i - 1};" for _ in range(10))}">' for i in range(1, 10)]
    lol[1] = '<!ENTITY lol1 "' + "&lol;" * 10 + '">'
    entity_bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE html [\n' + "\n".join(lol) + "\n]>\n"
        "<html><head><title>Ferry timetable &lol9;</title></head><body><article>"
        "<h1>Ferry timetable changes</h1>"
        "<p>The island ferry will run every forty minutes from Monday, the operator said.</p>"
        "<p>Evening sailings are cut to two because of a shortage of qualified crew &lol9;.</p>"
        "<p>Islanders said the changes would make it harder to commute to the mainland.</p>"
        "</article></body></html>"
    )
    add("html/entity-bomb.xhtml", entity_bomb.encode(), CURATED)
    add(
        "html/scripts-only.html",
        (
            "<html><head><script>var a = 1;" + "x = x + 1;" * 500 + "</script></head><body>"
            "<script src='app.js'></script><noscript></noscript><script>render()</script></body></html>"
        ).encode(),
        QUARANTINED,
        "no_text_extracted",
    )
    add(
        "html/cookie-banner.html",
        (
            "<html><head><title>Consent</title></head><body><div class='cookie-banner'>"
            "<p>We use cookies to improve your experience on our site.</p>"
            "<p>By continuing to browse you agree to our use of cookies.</p>"
            "<button>Accept all cookies</button><button>Manage cookie preferences</button>"
            "</div></body></html>"
        ).encode(),
        QUARANTINED,
        "empty_after_cleaning",
    )

    # JSON and JSONL.
    add("json/broken.json", b'{"records": [{"text": "An unfinished record', QUARANTINED, "bad_json")
    deep_json = "[" * 200_000 + "]" * 200_000
    add("json/deep.json", deep_json.encode(), QUARANTINED, "bad_json")
    records = [
        {"id": "../../../etc/passwd", "title": "Tram line extension approved",
         "text": "The regional council approved the tram line extension to the airport on Thursday.\n"
                 "Construction of the 7 km line is expected to start next year and cost 410 million."},
        {"id": "..\\..\\windows\\system.ini", "title": "School meals go free",
         "html": "<html><body><article><h1>School meals go free</h1><p>All primary school pupils in the "
                 "district will get free lunches from September, the education office announced.</p>"
                 "<p>The scheme will be paid for by a new levy on commercial parking spaces.</p>"
                 "</article></body></html>"},
    ]
    _write(root, "json/feed.json", json.dumps({"records": records}, ensure_ascii=False).encode())
    expected["json/feed.json#0"] = (CURATED, None)
    expected["json/feed.json#1"] = (CURATED, None)
    lines = [
        json.dumps({"id": "a1", "title": "Hospital car park fees scrapped",
                    "text": "Car parking at the county hospital will be free for patients and visitors "
                            "from next month, the health trust said.\nStaff will still pay a reduced fee."}),
        '{"id": "a2", "title": "Broken line", "text": "this line is cut',
        "42",
        json.dumps({"id": "/../../tmp/escape", "title": "Cycling lanes extended",
                    "text": "Another 12 kilometres of protected cycle lanes will open along the ring road "
                            "by autumn, the transport department said.\nCyclist groups welcomed the plan."}),
        json.dumps({"id": "a5", "title": "No body at all"}),
        "[[[[[[[[",
    ]
    _write(root, "json/wire.jsonl", ("\n".join(lines) + "\n").encode())
    for i, outcome in enumerate(
        [(CURATED, None), (QUARANTINED, "bad_json_line"), (QUARANTINED, "bad_record"),
         (CURATED, None), (QUARANTINED, "no_content"), (QUARANTINED, "bad_json_line")]
    ):
        expected[f"json/wire.jsonl#{i}"] = outcome

    # Unsupported formats.
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w") as zf:
        zf.writestr("story.txt", "A story inside an archive.")
    add("misc/archive.zip", zbuf.getvalue(), QUARANTINED, "unsupported_format")
    add("misc/notes", b"A file without an extension.\n", QUARANTINED, "unsupported_format")

    # File-system tricks. Links point outside the raw root (and once inside it): never followed.
    outside = root.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text("A secret outside the raw root that must never be read.\n" * 3)
    (outside / "dir").mkdir(exist_ok=True)
    (outside / "dir" / "story.txt").write_text("A story in a linked folder that must never be read.\n" * 3)
    links = root / "links"
    links.mkdir()
    os.symlink(outside / "secret.txt", links / "secret.txt")
    os.symlink(outside / "dir", links / "linked-dir")
    os.symlink(root / "good" / "bridge.txt", links / "inside.txt")
    os.symlink(links / "loop.txt", links / "loop.txt")
    for name in ("secret.txt", "linked-dir", "inside.txt", "loop.txt"):
        expected[f"links/{name}"] = (QUARANTINED, "symlink")
    add(".hidden.txt", b"A hidden file is not an input.\n" * 3, QUARANTINED, "hidden_file")
    add(".cache/story.txt", b"A file in a hidden folder is not an input.\n" * 3, QUARANTINED, "hidden_file")
    if hasattr(os, "mkfifo"):
        try:
            os.mkfifo(root / "misc" / "pipe.txt")
            expected["misc/pipe.txt"] = (QUARANTINED, "not_a_regular_file")
        except OSError:
            pass

    # Names: non-ASCII (UTF-8) and, where the file system allows, not UTF-8 at all.
    add(
        "名前/报道 ü-ñ.txt",
        "Rail strike called off\n\nThe rail union called off next week's strike after a late pay offer.\n"
        "Trains will run normally on all lines, the operator confirmed on Sunday evening.\n".encode(),
        CURATED,
    )
    try:
        raw_name = os.fsdecode(b"latin1-caf\xe9.txt")
        (root / "names").mkdir(exist_ok=True)
        (root / "names" / raw_name).write_bytes(
            b"Bakery wins national prize\n\nA family bakery in the old town won the national bread prize "
            b"on Saturday with a rye sourdough.\nThe owners said they would not raise their prices.\n"
        )
        expected["names/latin1-caf\\xe9.txt"] = (CURATED, None)
    except (OSError, UnicodeError):
        pass

    return expected


MUST_CONTAIN: dict[str, str] = {
    "good/harbour.html": "approved a new harbour budget",
    "good/bridge.txt": "will stay closed until June",
    "good/library.html.gz": "two-year renovation",
    "enc/typhoon-big5.txt": BIG5_PHRASE,
    "enc/economy-gbk.txt": GBK_PHRASE,
    "enc/metro-gb2312.html": GB2312_PHRASE,
    "enc/ecoles-cp1252.txt": CP1252_PHRASE,
    "enc/fernwaerme-utf16.txt": UTF16_PHRASE,
    "enc/cafe-mojibake.txt": "crème brûlée stand on Rue Saint-Honoré",
    "enc/controls.txt": "flooding shops on the high street",
    "enc/truncated-utf8.txt": "Le marché de Noël ouvre vendredi",
    "html/inline-image.html": "restored fifteenth-century altarpiece",
    "html/entity-bomb.xhtml": "ferry will run every forty minutes",
    "json/feed.json#0": "tram line extension to the airport",
    "json/feed.json#1": "free lunches from September",
    "json/wire.jsonl#0": "free for patients and visitors",
    "json/wire.jsonl#3": "protected cycle lanes",
    "名前/报道 ü-ñ.txt": "called off next week's strike",
    "names/latin1-caf\\xe9.txt": "won the national bread prize",
}

MUST_NOT_CONTAIN: dict[str, list[str]] = {
    "enc/cafe-mojibake.txt": ["Ã", "â€", "\x80"],
    "enc/ecoles-cp1252.txt": ["\ufffd", "Ã"],
    "enc/controls.txt": ["\x00", "\x07", "\x0b", "\x1b", "\x7f"],
    "html/inline-image.html": ["base64", "iVBOR"],
    "html/entity-bomb.xhtml": ["lollol"],
}
