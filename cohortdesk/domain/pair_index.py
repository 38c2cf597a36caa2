"""Which search texts hold each pair of adjacent characters, so a search finds its matches
without reading every text.

A substring search over 100,000 folded texts of ~100 characters reads ~10 MB per keystroke:
15-30 ms in CPython for a needle of two or more characters, too slow to stay under 30 ms a
keystroke with the rest of the repaint. Every word of two or more characters holds each of its
character pairs, so the texts holding the word are among those holding its rarest pair; for a
word of exactly two characters they are exactly those. A pair's ids are an `array` of C ints
(about 25 MB for 100,000 people), built once off the UI thread in about a second.

Only one kind of text is indexed, plain folded strings (`domain.text.fold`); what the index
cannot know (texts edited since it was built) the caller checks itself.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Mapping, Sequence

_NONE: Sequence[int] = array("i")


def _ids() -> array[int]:
    return array("i")


class PairIndex:
    """For each pair of adjacent characters, the ids of the texts that hold it, ascending.

    `texts` is the mapping the index was built from; it must not change afterwards (the list
    models hand over the texts a worker read, and keep their own copy for edits)."""

    def __init__(self, texts: Mapping[int, str]) -> None:
        self.texts = texts
        # Straight into arrays of C ints: a list per pair would hold 8-byte pointers and, for
        # 100,000 people, peak four times the index's final size while it is built.
        pairs: defaultdict[tuple[str, str], array[int]] = defaultdict(_ids)
        for record_id in sorted(texts):
            text = texts[record_id]
            # zip() of a text and itself shifted by one makes the pairs in C; the set keeps
            # one entry per text however often the pair recurs in it.
            for pair in set(zip(text, text[1:], strict=False)):
                pairs[pair].append(record_id)
        self._ids: dict[str, Sequence[int]] = {
            first + second: ids for (first, second), ids in pairs.items()}

    def candidates(self, word: str) -> Sequence[int]:
        """Ids of every text that may hold `word` (two or more characters): exactly those
        holding it when it is two characters long, else those holding its rarest pair."""
        if len(word) < 2:
            raise ValueError("a word of two or more characters")
        rarest: Sequence[int] | None = None
        for at in range(len(word) - 1):
            ids = self._ids.get(word[at:at + 2], _NONE)
            if rarest is None or len(ids) < len(rarest):
                rarest = ids
                if not ids:
                    break
        return rarest if rarest is not None else _NONE


def changed_texts(old: Mapping[int, str], new: Mapping[int, str]) -> set[int]:
    """The ids whose text in `new` is not the one in `old` (added ones included)."""
    get = old.get
    return {record_id for record_id, text in new.items() if get(record_id) != text}
