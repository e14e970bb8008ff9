"""A demand's object cut down to the phrases demanded: the focus kept ("…, particularly
those related to X and Y" -> X, Y), coordinated demands split, the sentence's adjuncts
(time, place, "in a statement") left out, and never cut mid-phrase."""
from __future__ import annotations

import re

from ..lexicon import Lexicon

MAX_WORDS = 16
_FOCUS = re.compile(r",?\s*\b(?:particularly|especially|notably|in particular|chiefly|mainly)\b\s*", re.I)
# ", such as X", ", including X" after what is demanded: examples, often of the subject
# ("have urged him to move forward, such as former governor Chris Christie").
_EXAMPLES = re.compile(r",(?:\s+[\w.’']+){0,3}?\s+(?:such as|including|like)\b.*$", re.I)
_ABOUT = re.compile(r"^(?:those|ones|the ones|that|the terms|terms)\s+(?:related to|relating to|concerning|"
                    r"regarding|involving|on|about|over|for|of)\s+", re.I)
_SPLIT = re.compile(r",?\s+and\s+(?=(?:the|a|an|its|their|his|her|an end|any|all)\b)|,\s+(?=(?:the|a|an)\s)")
_LIST = re.compile(r",[\"”]?\s+(?:and\s+)?(?=(?:the|a|an|that|complete|full|an end)\b)")
# A clause of its own after what is demanded: "… as Pyongyang fired three missiles",
# "…, looping the streets", "…, not that he …", "… when you have Trump", "… after the World
# Anti-Doping Agency … called for the ban" (after or before a name: a clause or an adjunct),
# "…, even if observers see Trump as …", "… and repeatedly says, “…”" (the holder's next act),
# "…, with one poster writing …" (an absolute clause), "…, Clinton restricted …" (a clause
# of its own), "… after the billionaire estate mogul claimed …".
_SUBORDINATE = re.compile(r"(?:\s+(?:when|because|since|although|though|unless|until|whereas|while|as if)\s"
                          r"|\s+as\s+(?=[A-Z]|(?:he|she|they|it|we|I)\s)"
                          r"|\s+(?:after|before)\s+(?=(?:the\s+)?[A-Z])"
                          r"|,\s+(?:not|despite|amid|following)\b|,\s+\w+ing\s"
                          r"|,\s+even\s+(?:if|though|as|when|after|before)\s"
                          r"|\s+and\s+(?:\w+ly\s+)?(?:says|said|adds|added|tells|told)\b"
                          r"|,\s+with\s+(?:\S+\s+){1,4}?\w+ing\s"
                          r"|,\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:[a-z]+ed|said|says|told)\b"
                          r"|\s+(?:after|before)\s+(?=(?:the|a|an|his|her|their|its)\s+(?:\S+\s+){0,4}?[a-z]+ed\b)).*$")
# A tag after what is demanded (", said Mr. Barrett, the lawyer for …"): cut before the items
# are split, so that the tag's appositive is not taken for one of them.
_TAG = re.compile(r",\s+(?:said|says)\s.*$")
_AS = re.compile(r"\s+as\s+(?!well|much|many|long|soon|part|a result).*$")
_TO_FOR = re.compile(r"^(?:to|for)\s+", re.I)
_HEAD = re.compile(r"^(.*?\b(?:for|of|to|on|over)\s+)(?=(?:the|a|an|any|all|its|their)\b)")
_TIME = re.compile(r"\s+(?:on|by|until|till|before|after|since|from|last|this|next|early|late|earlier|later|"
                   r"within|in|as of)\s+(?:the\s+)?(?:(?:next|coming|past|following)\s+)?"
                   r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weeks|month|months|"
                   r"year|years|weekend|morning|night|day|days|hours|January|February|March|April|May|June|"
                   r"July|August|September|October|November|December|\d{1,4}\b)(?:\W.*)?$")
# Words a phrase cannot end on: it would stop mid-phrase ("for", "to get rid of").
CANNOT_END = frozenset("""a an the of to for from with without in on at by about into onto over under
and or but nor that which who whom whose whether if than as so because while its their his our
my your this these those any some no every each is are was were be been being has have had do
does did will would shall should can could may might must not n't very most such both
either neither also just only even said says saying told including like within between against
per via upon toward towards across among amid plus after before until since during through throughout
despite they he she we i""".split())


def split_items(summary: str, lx: Lexicon | None = None, stance: str = "demand") -> list[str]:
    """Cut a demand's object into short items: focus, then coordination."""
    text = _TAG.sub("", summary.strip()).rstrip(",.")
    text = _EXAMPLES.sub("", text)
    focus = _FOCUS.search(text)
    if focus and focus.end() < len(text):
        text = text[focus.end():]
        text = _ABOUT.sub("", text)
    listed = _LIST.split(text)
    if len(listed) >= 3:
        # "investigation of X, the release of Y, that the government cease Z, and W": a list
        return [p for p in (clean(x, lx, stance) for x in listed) if p]
    if re.search(r"\b(?:both|between|that|which|who|whom|whose|whether)\b", text):
        parts = [text]  # "a resolution that addresses both X and Y", "a department whose history … and …" is one item
    else:
        parts = [p.strip(" ,") for p in _SPLIT.split(text) if p.strip(" ,")]
    if len(parts) > 1:
        head = _HEAD.match(parts[0])
        verb = _shared_verb(parts[0])
        if head and len(head.group(1).split()) <= 3:
            parts = [parts[0]] + [p if p.startswith(head.group(1)) else head.group(1) + p for p in parts[1:]]
        elif verb:
            parts = [parts[0]] + [f"{verb} {p}" for p in parts[1:]]  # "investigate Joe Biden and (investigate) his son"
    out = [clean(p, lx, stance) for p in parts]
    return [p for p in out if p]


_DETERMINER_WORDS = {"the", "a", "an", "his", "her", "its", "their", "all", "any", "our"}


def _shared_verb(first: str) -> str | None:
    """The bare verb an item list shares ('investigate Joe Biden and his son' -> investigate):
    a lowercase first word that is no noun by its ending, before a name or a determiner."""
    words = first.split()
    if len(words) < 2 or not words[0].isalpha() or not words[0].islower() or words[0] in CANNOT_END:
        return None
    if words[0].endswith(("s", "ion", "ment", "ing", "ance", "ence", "ity", "ure")):
        return None  # "investigations into …", "action on …": a noun
    return words[0] if words[1] in _DETERMINER_WORDS or words[1][:1].isupper() else None


def clean(text: str, lx: Lexicon | None = None, stance: str = "demand") -> str:
    """One item as a complete phrase: adjuncts dropped, no longer than MAX_WORDS, ending on
    a word that can end a phrase."""
    text = " ".join(text.split()).strip(" ,;:-–—")
    text = _TO_FOR.sub("", text)
    text = _balanced(text.strip("“”\"‘’' "))
    text = _SUBORDINATE.sub("", text)
    if stance == "reject":
        text = _AS.sub("", text)  # "condemned the test as provocative": the test
    if lx is not None:
        text = _drop_adjuncts(text, lx.demand_adjuncts)
    text = _TIME.sub("", text)
    words = text.split()
    if len(words) > MAX_WORDS:
        words = words[:_boundary(words)]
    return _complete(words)


def _balanced(text: str) -> str:
    """Without the closing mark of a quote that opened before the summary ('asked the
    campaign to “cease and desist” from using …' -> 'cease and desist from using …')."""
    if text.count("”") > text.count("“"):
        opened = 0
        for n, ch in enumerate(text):
            if ch == "“":
                opened += 1
            elif ch == "”":
                if not opened:
                    return _balanced(text[:n].rstrip() + text[n + 1:])
                opened -= 1
    if text.count('"') % 2:
        n = text.index('"')
        before = text[:n] if text[n + 1:n + 2].isalnum() else text[:n].rstrip()  # 'his look-alike "sons'
        text = (before + text[n + 1:]).strip()
    return text


_BY_FIRST_WORD: dict[int, tuple[tuple[str, ...], dict[str, list[str]]]] = {}


def _by_first_word(adjuncts: tuple[str, ...]) -> dict[str, list[str]]:
    """The adjuncts, each between spaces, by their first word between spaces (" in "): an
    adjunct can stand in a text only where its first word does. Once per tuple (which the
    cache holds, so that its id is not reused)."""
    found = _BY_FIRST_WORD.get(id(adjuncts))
    if found is None:
        groups: dict[str, list[str]] = {}
        for a in adjuncts:
            groups.setdefault(" " + a.split(" ")[0] + " ", []).append(" " + a + " ")
        found = _BY_FIRST_WORD[id(adjuncts)] = (adjuncts, groups)
    return found[1]


def _drop_adjuncts(text: str, adjuncts: tuple[str, ...]) -> str:
    low = " " + text.lower() + " "
    cut = len(text)
    for first, padded in _by_first_word(adjuncts).items():
        if first not in low:
            continue  # (most summaries hold few of the adjuncts' first words)
        for a in padded:
            i = low.find(a)
            if i > 0:  # never the whole phrase: "in a statement" can't be all that is demanded
                cut = min(cut, i)
    return text[:cut] if cut < len(text) else text


def _boundary(words: list[str]) -> int:
    """Where to cut a long phrase: before the last preposition, conjunction or relative
    word within MAX_WORDS, so the cut falls between phrases, not inside one."""
    for i in range(MAX_WORDS, 2, -1):
        w = words[i].lower().strip(",;")
        if w in CANNOT_END or words[i - 1].endswith(","):
            return i
    return MAX_WORDS


def _complete(words: list[str]) -> str:
    """Drop trailing words that leave a phrase open, and dangling quote marks."""
    while words:
        last = words[-1].strip(",;:–—-").lower().strip("“”\"‘’'(")
        if last in CANNOT_END or not last:
            words.pop()
            continue
        break
    text = " ".join(words).rstrip(",;:–—- ")
    if text.count("“") > text.count("”"):
        text = "".join(text.rsplit("“", 1))
    if text.count('"') % 2:
        text = "".join(text.rsplit('"', 1))
    if text.count("(") > text.count(")"):
        text = text.rsplit("(", 1)[0].rstrip()
    return text
