"""The rule files are checked once at load: a broken rule names itself instead of misbehaving."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from newsclean.rules import RuleError, parse_boilerplate


def _doc() -> dict:
    return tomllib.loads(resources.files("newsclean").joinpath("rules/boilerplate.toml").read_text(encoding="utf-8"))


def test_shipped_rules_load_with_call_to_action():
    rules = parse_boilerplate(_doc())
    assert rules.cta.threshold > 0
    assert "you" in rules.cta.address


def test_missing_call_to_action_section_is_an_error():
    doc = _doc()
    del doc["call_to_action"]
    with pytest.raises(RuleError, match=r"\[call_to_action\] missing"):
        parse_boilerplate(doc)


@pytest.mark.parametrize(("key", "value", "message"), [
    ("threshold", 0, "positive number"),
    ("terms", [], "non-empty list"),
    ("imperative", ["(unclosed"], "bad regex"),
])
def test_bad_call_to_action_settings_are_named(key, value, message):
    doc = _doc()
    doc["call_to_action"][key] = value
    with pytest.raises(RuleError, match=rf"call_to_action\.{key}.*{message}|{message}.*call_to_action\.{key}|call_to_action\.{key}"):
        parse_boilerplate(doc)


def _rule(**fields) -> dict:
    return {"kind": "other", "name": "test.rule", "weight": 1.0, "pattern": "^x$", **fields}


@pytest.mark.parametrize(("fields", "message"), [
    ({"maxwords": 4}, r"unknown key\(s\) \['maxwords'\]"),
    ({"echo": True}, "needs 1 capture group"),
    ({"echo": True, "role": "block_head", "pattern": "^about (x)$"}, "echo only applies"),
])
def test_bad_rule_entries_are_named(fields, message):
    doc = _doc()
    doc["rule"].append(_rule(**fields))
    with pytest.raises(RuleError, match=rf"test\.rule.*{message}"):
        parse_boilerplate(doc)


def test_echo_rule_with_a_capture_group_loads():
    doc = _doc()
    doc["rule"].append(_rule(echo=True, pattern="^about (x)$"))
    assert any(r.name == "test.rule" and r.echo for r in parse_boilerplate(doc).rules)


def test_a_rule_is_anchored_only_when_every_alternative_opens_the_line():
    from newsclean.rules import Rule

    mixed = Rule("other", "x", r"(?i)^get (the|our) [|a] newsletter|(訂閱|订阅).{0,12}電子報|\^lit", 1.0)
    assert mixed.branches == [r"^get (the|our) [|a] newsletter", r"(訂閱|订阅).{0,12}電子報", r"\^lit"]
    assert not mixed.anchored
    assert mixed.opening == r"^get (the|our) [|a] newsletter"
    whole = Rule("other", "y", r"^(a|b)$|^c", 1.0)
    assert whole.anchored and whole.opening is None
    inside = Rule("other", "z", r"share (this|it)", 1.0)
    assert not inside.anchored and inside.opening is None


def test_every_shipped_rules_alternatives_are_valid_patterns_on_their_own():
    # A wrong split (a | inside a group or a class taken for an alternative) would not compile.
    import polars as pl

    probe = pl.Series(["x"])
    for rule in parse_boilerplate(_doc()).rules:
        for branch in rule.branches:
            probe.str.contains(branch)
        assert "|".join(rule.branches) in rule.pattern


@pytest.mark.parametrize(("pattern", "outside"), [
    (r"^by\s+[\p{Lu}][\p{L}-]+$", True),
    (r"^by\s+\p{Ll}", True),
    (r"^x|(?:y \P{Lu})", True),
    (r"^by\s+(?-i:\p{Lu})[\p{L}-]+$", False),
    (r"^(?-i:[\p{Lu}0-9]{1,6}(?:\.[\p{Lu}]{1,3})?)$", False),
    (r"^(?-i:SOURCE) [(]\p{Lu}", True),  # a literal "(" in a class opens no group
    (r"^\\p{Lu}", False),  # an escaped backslash, then the letters p{Lu}
    (r"^\p{L}+ \p{Han}", False),
])
def test_a_case_class_must_sit_in_a_case_sensitive_group(pattern, outside):
    from newsclean.rules import case_class_outside_case_group

    assert case_class_outside_case_group(pattern) is outside


def test_a_rule_with_a_case_class_outside_a_case_sensitive_group_is_an_error():
    # The clean stage runs every pattern under (?i), which folds \p{Lu} to letters of both cases.
    doc = _doc()
    doc["rule"].append(_rule(pattern=r"^by\s+([\p{Lu}][\p{L}-]+)$"))
    with pytest.raises(RuleError, match=r"test\.rule.*wrap it in \(\?-i:"):
        parse_boilerplate(doc)
