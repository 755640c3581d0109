"""The apply-edits stage: ordering, nesting, conflicts and comment preservation."""

from __future__ import annotations

import pytest

from converter.edits import Edit, EditConflict, apply_edits
from converter.parser import parse


def test_edits_apply_in_order_and_keep_the_rest():
    text = "a = b + c;"
    edits = [Edit(8, 9, "d"), Edit(0, 1, "x")]
    assert apply_edits(text, edits) == "x = b + d;"


def test_insertions_at_one_offset_keep_their_order():
    edits = [Edit(0, 0, "1"), Edit(0, 0, "2"), Edit(0, 1, "x")]
    assert apply_edits("a", edits) == "12x"


def test_an_edit_inside_a_replaced_range_is_absorbed():
    text = "callback(null, user, context);"
    edits = [Edit(0, 29, "return"), Edit(15, 19, "event.user")]
    assert apply_edits(text, edits) == "return;"


def test_partial_overlap_is_a_bug():
    with pytest.raises(EditConflict):
        apply_edits("abcdef", [Edit(0, 3, "x"), Edit(2, 5, "y")])


def test_comments_inside_a_replaced_range_are_carried_over():
    text = "f(a /* keep */, b);\n"
    comments = parse(text).comments
    assert apply_edits(text, [Edit(0, 18, "g()")], comments) == "g() /* keep */;\n"


def test_a_deleted_line_keeps_its_comments_on_their_own_line():
    text = "  x(/* why */);\n  y();\n"
    comments = parse(text).comments
    assert apply_edits(text, [Edit(0, 16, "")], comments) == "  /* why */\n  y();\n"


def test_a_line_comment_mid_line_becomes_a_block_comment():
    text = "a(1, // one\n  2); b();\n"
    comments = parse(text).comments
    assert apply_edits(text, [Edit(0, 16, "c()")], comments) == "c() /* one */; b();\n"


def test_a_comment_on_its_own_line_keeps_its_line_style_and_indentation():
    """Issue 10: a `//` comment in a replaced callback header stays a `//` line, indented
    like the (re-indented) code it stood above, not a `/* */` glued to the next line."""
    text = "p.then(a).catch((e) => {\n      // why\n      log(e);\n  });\n"
    comments = parse(text).comments
    start, end = text.index(".catch"), text.index("      log")
    edits = [Edit(start, end, ";\n} catch (e) {\n"), Edit(end, end + 2, "")]
    assert apply_edits(text, edits, comments) == (
        "p.then(a);\n} catch (e) {\n    // why\n    log(e);\n  });\n"
    )


def test_a_comment_on_its_own_line_before_kept_code_stays_above_it():
    text = "  if (a) {\n    // why\n    b();\n  } else if (c) {}\n"
    comments = parse(text).comments
    start, end = 2, text.index("if (c)")
    assert apply_edits(text, [Edit(start, end, "")], comments) == "  // why\n  if (c) {}\n"


def test_overlapping_deletions_delete_their_union():
    assert apply_edits("abcdefgh", [Edit(1, 4, ""), Edit(3, 6, "")]) == "agh"
