"""A person's display name takes a short path for the common cases (lists and rosters ask
for 100,000 of them); it must answer exactly as the script rules do."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cohortdesk.domain.records import _by_script, person_display_name

# Latin with and without accents, Cyrillic, Arabic, CJK (Chinese, kana, Hangul), digits,
# punctuation and several kinds of space.
_LETTERS = "aZéÑ ДаЖ عل王秀英かナ한국0-'.\u00a0\u3000\t"
_NAME = st.text(st.sampled_from(_LETTERS), max_size=6)


@settings(max_examples=600)
@given(_NAME, _NAME, _NAME)
@example("Olga", "Petrenko", "")
@example("Ольга", "Петренко", "Olga")
@example("秀英", "王", "Grace")
@example("", "", "")
@example(" ", "Lee", "")
@example("Sam", "", "Sammy")
@example("9", "Lee", "Sam")
def test_the_short_path_answers_as_the_script_rules_do(given_name: str, family: str,
                                                        preferred: str) -> None:
    assert person_display_name(given_name, family, preferred) == \
        _by_script(given_name, family, preferred)
