"""What kind of quote it is: direct, partial, continuation; or a title of a work, not speech."""
from __future__ import annotations

from .base import RuleBase

_SMALL_WORDS = {"a", "an", "the", "of", "and", "in", "on", "to", "for", "with", "at", "by", "from", "or"}
_TITLE_NOUNS = {"show", "program", "programme", "podcast", "film", "movie", "documentary", "book", "memoir",
                "song", "album", "series", "column", "op-ed", "editorial", "newsletter", "magazine", "play",
                "novel", "episode", "radio", "segment", "broadcast", "ad", "campaign", "initiative", "tour",
                "rally", "event", "act", "bill", "plan", "report", "video", "speech", "slogan"}
_WEAK_CONTEXT = {"the", "a", "an", "of", "in", "to", "from", "with", "told"}
_TITLE_CONTEXT = {"on", "told", "in", "from", "of", "with", "to", "show", "program", "programme", "podcast", "film",
                  "movie", "documentary", "book", "memoir", "song", "album", "series", "titled",
                  "entitled", "headlined", "named", "the", "a", "an", "column", "op-ed", "editorial",
                  "newsletter", "magazine", "play", "novel", "episode", "hit", "anthem", "slogan",
                  "pseudonym", "alias", "hashtag"}  # (not "nickname": a name someone calls another is their word)
# "author of “America’s Bitter Pill,”", "host of “The Nightly Show”": the work of its maker
_MAKERS = {"author", "host", "creator", "director", "producer", "star", "writer", "co-author", "co-host"}


class QuoteKinds(RuleBase):
    def _is_title(self, qi: int) -> bool:
        """“Meet the Press”, the film “Weiner”, CBS's “Face the Nation,”: a name of a work or
        show, not words spoken. Title Case, and a title's context on either side."""
        doc = self.doc
        q = doc.quotes[qi]
        raw = doc.text[q.start:q.end]
        inner = raw.rstrip(",.")
        if len(inner.split()) > 8 or inner[-1:] in "!?;:…" or not self._title_case(qi):
            return False
        before = doc.text[max(0, q.open_at - 40):q.open_at].rstrip(" ,").split()
        prev = before[-1].lower() if before else ""
        prev2 = before[-2].lower() if len(before) > 1 else ""
        if prev == "of" and prev2 in _MAKERS or prev in _TITLE_NOUNS:
            return True  # (also 'One ad, “Balanced Rebellion,” stars …')
        if prev.endswith(("’s", "'s")) or prev2 in _TITLE_NOUNS or prev in _TITLE_CONTEXT and (
                raw == inner or prev not in _WEAK_CONTEXT):
            return True  # a slogan closing a sentence ('a goal of “Peace Through Strength.”') is quoted speech
        after = doc.text[q.outer_end:q.outer_end + 30].lstrip(" ,").split()
        nxt = after[0].lower().strip(".,;") if after else ""
        return nxt in _TITLE_NOUNS

    def _title_case(self, qi: int) -> bool:
        """Every significant word capitalised: “Meet the Press”, “Keep the Promise”."""
        q = self.doc.quotes[qi]
        words = self.doc.text[q.start:q.end].rstrip(",.").split()
        significant = [w for w in words if w.lower() not in _SMALL_WORDS]
        return bool(significant) and all(w[:1].isupper() or w[:1].isdigit() for w in significant)

    def _kind(self, qi: int) -> str:
        """direct: the quote is a sentence of its own; partial: words quoted inside a sentence."""
        doc = self.doc
        q = doc.quotes[qi]
        if q.continued:
            return "continuation"
        last = _last_char(doc.text, doc.blocks[q.block].start, q.open_at)  # of the paragraph before it
        first = doc.text[q.start:q.start + 1]
        if not last or last in ".!?:;—–-―”\"":
            return "direct"
        if last == "," and (first.isupper() or first in "‘'\"“"):
            return "direct"
        return "partial"


def _last_char(text: str, lo: int, hi: int) -> str:
    """The last character of text[lo:hi] that is not a space, or "" (text[lo:hi].rstrip()[-1:],
    without copying a long paragraph for every quote in it)."""
    k = hi - 1
    while k >= lo and text[k].isspace():
        k -= 1
    return text[k] if k >= lo else ""
