"""The labelled plain-text sets under tests/data, in one place: `newsclean eval --set` names,
which set is held out, and which sets the learned line signal is trained on. Kept free of heavy
imports: the CLI reads it for its choices."""

from __future__ import annotations

# `--set` name → (folder under the data folder, what it is).
TEXTSETS = {
    "textset": ("textset", "the first development set"),
    "dev2": ("textset-dev2", "wordings unlike the first"),
    "dev3": ("textset-dev3", "wire, regional, sports, markets, press releases, portals; 17 languages"),
    "dev4": ("textset-dev4", "written blind, then tuned on (54 cases, 17 languages)"),
    "dev5": ("textset-dev5", "crypto, finance and market aggregators (written blind)"),
    "dev6": ("textset-dev6", "general-news portals and regional papers, CJK-heavy (written blind)"),
    "dev7": ("textset-dev7", "reposts, forums, channels, press rooms (written blind)"),
    "dev8": ("textset-dev8", "aggregator reposts with noise inside the story (written blind)"),
    "dev9": ("textset-dev9", "widget pages whose stories have many short lines (written blind)"),
    "dev10": ("textset-dev10", "mostly non-English national and regional sites (written blind)"),
    "dev11": ("textset-dev11", "whole-page text dumps: menus, footers, sidebars one item per line (written blind)"),
    "dev12": ("textset-dev12", "app and social reposts, Chinese-heavy: WeChat, Weibo, Naver, Substack (written blind)"),
    "dev13": ("textset-dev13", "long-form features and columns with sparse, subtle furniture (written blind)"),
    "dev14": ("textset-dev14", "markets, press releases, brokers and crypto aggregators (written blind)"),
    "dev15": ("textset-dev15", "stories of short lines, lists and numbers: scores, tallies, live blogs, timelines (written blind)"),
    "dev16": ("textset-dev16", "councils, schools, courts, charities, transport, content farms (written blind)"),
    "dev17": ("textset-dev17", "furniture inside the story: inline ads, embeds, pull quotes, player chrome (written blind)"),
    "dev18": ("textset-dev18", "a broad mix like the held-out sets: many CMSs, app and forum reposts (written blind)"),
    "dev19": ("textset-dev19", "a broad mix like the held-out sets: whole-page text around stories of every length (written blind)"),
    "dev20": ("textset-dev20", "a broad mix like the held-out sets: repost chains carrying two sites' furniture (written blind)"),
    "dev21": ("textset-dev21", "players, polls and conversation: video, podcast and gallery chrome, polls, comment threads, live blogs (written blind)"),
    "dev22": ("textset-dev22", "stories that are lists (recipes, tables, timetables, tips) beside list-shaped furniture (written blind)"),
    "dev23": ("textset-dev23", "forum posting forms, app reposts, short headlines and bylines of many shapes (written blind)"),
    "dev24": ("textset-dev24", "wire copy, e-mail digests, print and e-paper text, half of it hard-wrapped (written blind)"),
    "dev25": ("textset-dev25", "ten languages no earlier set has: hi, fa, he, el, cs, ro, hu, sv, ms, sw (written blind)"),
    "dev26": ("textset-dev26", "newsletter, blog and social platforms: subscribe boxes, reactions, threads (written blind)"),
    "dev27": ("textset-dev27", "sentence-shaped furniture: not-advice notes, corrections, appeals, paywall and AI notices (written blind)"),
    "dev28": ("textset-dev28", "a broad everyday mix like the held-out sets: briefs to features, nearly clean to mostly furniture (written blind)"),
    "dev29": ("textset-dev29", "stories that end in lists, next to list-shaped furniture (written blind)"),
    "dev30": ("textset-dev30", "widgets, players and reading aids: listen, text size, galleries, polls, weather and score widgets (written blind)"),
    "dev31": ("textset-dev31", "sponsored, partner and commercial furniture: native ads, affiliate boxes, odds, listings (written blind)"),
    "dev32": ("textset-dev32", "twenty languages besides English and Chinese, two cases each: a broad everyday mix (written blind)"),
    "dev33": ("textset-dev33", "a broad everyday mix from around the world: India to the Caribbean, Angola to Almaty (written blind)"),
    "dev34": ("textset-dev34", "sentence-shaped furniture, second round: editor's notes, method boxes, disclosures, helplines (written blind)"),
    "dev35": ("textset-dev35", "lifestyle, entertainment and service pages: reviews, recipes, horoscopes, buying guides (written blind)"),
    "dev36": ("textset-dev36", "live blogs, breaking news and timelines: time stamps over posts, live controls (written blind)"),
    "dev37": ("textset-dev37", "Chinese, Japanese and Korean first: portals, WeChat, Naver and LINE-style pages (written blind)"),
    "dev38": ("textset-dev38", "sports pages: results and tables as story beside score widgets and odds boxes (written blind)"),
    "holdout1": ("textset-holdout", "the first held-out set, retired into development on 2026-11-25"),
    "holdout2": ("textset-holdout2", "a held-out set: written blind, never tuned on, never shown"),
    "holdout3": ("textset-holdout3", "a held-out set written after the line model existed: never tuned on, never shown"),
    "holdout4": ("textset-holdout4", "a held-out set written with dev15-dev17: never tuned on, never shown"),
}
# Folders whose cases are never shown or trained on: reading their misses would make them
# development data.
BLIND = frozenset({"textset-holdout2", "textset-holdout3", "textset-holdout4"})
# Development sets only: the learned line signal must never see a blind set.
TRAIN_SETS = tuple(folder for folder, _ in TEXTSETS.values() if folder not in BLIND)
