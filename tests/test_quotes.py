"""Direct-quote detection: the marks of several languages, nesting, paragraphs, apostrophes."""
from __future__ import annotations

import pytest

from tui.analysis import analyze
from tui.analysis.quotes import find_quotes
from tui.ingest import load_bytes


def quotes(text: str) -> list[str]:
    """Quote texts found by find_quotes, checked to sit at their offsets."""
    article = load_bytes(text.encode("utf-8"), "q.txt")
    found = find_quotes(article.text, article.blocks)
    for q in found:
        assert 0 <= q.open_at < q.start <= q.end <= len(article.text)
        assert q.close_at == -1 or q.end <= q.close_at
    return [article.text[q.start:q.end] for q in found]


def analysed(text: str) -> list[tuple[str, str]]:
    ann = analyze(load_bytes(text.encode("utf-8"), "q.txt"))
    for q in ann.quotes:
        assert ann.text[q.start:q.end] == q.text
    return [(q.text, q.kind) for q in ann.quotes]


@pytest.mark.parametrize("text,expected", [
    ("“We are working tirelessly to achieve a ceasefire,” Blinken said during a press briefing.",
     ["We are working tirelessly to achieve a ceasefire,"]),
    ('"We will not be intimidated," the governor told reporters on Monday.',
     ["We will not be intimidated,"]),
    ("‘We have been let down by Westminster,’ the first minister said.",
     ["We have been let down by Westminster,"]),
    ("«Nous ne céderons pas», a déclaré le ministre.", ["Nous ne céderons pas"]),
    ("„Wir sind bereit“, sagte die Kanzlerin.", ["Wir sind bereit"]),
    ("He said: \"We won't back down.\"", ["We won't back down."]),
], ids=["curly-double", "straight-double", "british-single", "guillemets", "german-low-high", "straight-with-apostrophe"])
def test_quote_mark_styles(text, expected):
    assert quotes(text) == expected


def test_nested_single_inside_double_is_one_quote():
    text = "“When he told me ‘we will never leave,’ I believed him,” the aid worker said."
    assert quotes(text) == ["When he told me ‘we will never leave,’ I believed him,"]


def test_nested_double_inside_guillemets_is_one_quote():
    assert quotes("«Il a dit “non” hier», selon lui.") == ["Il a dit “non” hier"]


def test_split_quote_around_the_attribution_gives_two_quotes():
    text = ("“To all the black girls all over the world,” Bond said, "
            "“Own your magic, walk in your purpose and rock your truth.”")
    assert quotes(text) == ["To all the black girls all over the world,",
                            "Own your magic, walk in your purpose and rock your truth."]
    assert quotes('"A deal is close," he said, "but not done."') == ["A deal is close,", "but not done."]


def test_partial_quotes_inside_a_sentence():
    text = "The senator called the decision “horrifying” and said the vote was “a fraud.”"
    assert quotes(text) == ["horrifying", "a fraud."]
    assert quotes("Critics called the plan ‘a disaster’ on Monday.") == ["a disaster"]


def test_partial_quote_kind():
    assert analysed("The senator called the decision “horrifying” on Tuesday.") == [("horrifying", "partial")]


def test_multi_paragraph_quote():
    text = ("“The first paragraph of a long statement ends without a closing mark.\n"
            "“The second paragraph opens again and still does not close.\n"
            "“Only the last paragraph closes,” the spokesman said.\n"
            "Reporters then left the room.")
    assert quotes(text) == [
        "The first paragraph of a long statement ends without a closing mark.",
        "The second paragraph opens again and still does not close.",
        "Only the last paragraph closes,",
    ]
    assert [k for _, k in analysed(text)] == ["direct", "continuation", "continuation"]


def test_multi_paragraph_quote_with_blank_lines():
    text = "“Part one of the statement.\n\n“Part two,” he said.\n\nThe end."
    assert analysed(text) == [("Part one of the statement.", "direct"), ("Part two", "continuation")]


def test_a_new_quote_after_a_closed_one_is_not_a_continuation():
    text = "“Bring them home,” the families said.\n“We are waiting,” one mother added."
    assert [k for _, k in analysed(text)] == ["direct", "direct"]


@pytest.mark.parametrize("text", [
    "I don’t think they’ll agree, and we can’t wait.",
    "The Dockers’ Alliance met on Tuesday with the Joneses’ lawyer.",
    "It was the ’90s and rock ’n’ roll was everywhere.",
    "Senator O’Malley and Dinesh D’Souza’s film, the GOP’s chance.",
    "Members of the workers’ union rejected the offer.",
    "Shakin’ all over, the ’em and the ’tis of it.",
], ids=["contractions", "plural-possessive", "elisions", "names", "possessive-mid-sentence", "more-elisions"])
def test_apostrophes_are_not_quote_marks(text):
    assert quotes(text) == []


def test_apostrophes_inside_a_quote_do_not_end_it():
    assert quotes("“I don’t think the ’90s will return,” she said.") == ["I don’t think the ’90s will return,"]
    assert quotes("‘We won’t back down,’ she said.") == ["We won’t back down,"]
    assert quotes("The Dockers’ Alliance said “no.”") == ["no."]


def test_plural_possessive_inside_british_quote():
    assert quotes("‘The workers’ demands are clear,’ he said.") == ["The workers’ demands are clear,"]


def test_rock_n_roll_inside_british_quote():
    assert quotes("‘Rock ’n’ roll is dead,’ he said.") == ["Rock ’n’ roll is dead,"]


def test_german_nested_quote():
    assert quotes("„Wir sind ‚bereit‘“, sagte er.") == ["Wir sind ‚bereit‘"]


def test_stray_mark_stays_in_its_paragraph():
    text = ("The banner read ” in large letters, a printing error.\n"
            "“We want peace,” the protesters chanted.\n"
            "An opening “ mark with no end.\n"
            "“Talks will resume,” a mediator said.")
    # the stray closer of paragraph one and the unclosed opener of paragraph three
    # change nothing in the paragraphs around them
    assert quotes(text) == ["We want peace,", "mark with no end.", "Talks will resume,"]


def test_unbalanced_quote_does_not_shift_later_paragraphs():
    clean = "“Talks will resume,” a mediator said.\n\"We are ready,\" Hamas said."
    noisy = "He said “yes and then ‘no.\n" + clean
    assert quotes(noisy)[-2:] == quotes(clean) == ["Talks will resume,", "We are ready,"]


def test_real_news_paragraph():
    text = ("CNN further reported that the talks have been complicated by deep mistrust. "
            "“We are closer to a potential truce than we’ve been in weeks, but there are still gaps,” "
            "a senior official said, adding that the Dockers’ Alliance’s support was “essential.”")
    assert quotes(text) == [
        "We are closer to a potential truce than we’ve been in weeks, but there are still gaps,",
        "essential.",
    ]


def test_quote_ids_are_unique_and_in_text_order():
    ann = analyze(load_bytes("“One,” he said. “Two,” she said.\n“Three.”".encode(), "q.txt"))
    assert [q.text for q in ann.quotes] == ["One", "Two", "Three."]
    assert len({q.id for q in ann.quotes}) == 3
    assert [q.start for q in ann.quotes] == sorted(q.start for q in ann.quotes)


def test_empty_quotes_are_not_quotes():
    assert quotes("He said “” and then “  ” again.") == []


@pytest.mark.parametrize("text,expected", [
    ('state Del. Marcia "Cia" Price (D-Newport News) shouted "Go!" to the crowd.', ["Go!"]),
    ("former CIA operative John “Tig” Tiegen wrote a book.", []),
    ("the wrestler Dwayne “The Rock” Johnson said “no.”", ["no."]),
    # a capitalised quoted word without a name around it stays a quotation
    ("She felt “Invisible” as a child, and called it “Hell” too.", ["Invisible", "Hell"]),
], ids=["straight", "curly", "two-words", "not-between-names"])
def test_a_nickname_inside_a_name_is_not_a_quotation(text, expected):
    assert quotes(text) == expected
