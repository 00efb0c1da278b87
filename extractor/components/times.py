"""Component `extractor_times`: dates and periods, resolved against a reference date.

The reference date is the publication date when the caller knows it
(`doc._.published`); otherwise it is inferred from the text's own absolute
dates (`reference_date_source = "inferred"`), or there is none.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Span, Time
from ..records import ensure_extensions
from ..resources import Patterns
from ..reference import ReferenceInference
from ..times import SINCE, TimeParser
from .vocab import vocabulary


@Language.factory("extractor_times", default_config={"patterns_dir": None})
def make_times(nlp: Language, name: str, patterns_dir: str | None) -> "TimeFinder":
    patterns = vocabulary(patterns_dir)
    return TimeFinder(TimeParser(patterns), patterns)


class TimeFinder:
    def __init__(self, parser: TimeParser, patterns: Patterns) -> None:
        ensure_extensions()
        self.parser = parser
        self.infer_reference = ReferenceInference(patterns)
        self.report_periods = {row[0]: int(row[1]) for row in patterns.table("times/report_periods.tsv")}
        self.report_re = re.compile("|".join(map(re.escape, patterns.words("times/report_names.tsv"))))
        self.report_period_re = re.compile("|".join(map(re.escape, sorted(self.report_periods, key=len, reverse=True))))
        self.anaphoric = {row[0]: row[1] for row in patterns.table("times/anaphoric.tsv")}

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.norm_text
        if doc._.published is not None:
            doc._.reference_date = doc._.published
            if doc._.reference_date_source == "none":
                doc._.reference_date_source = "given"
        else:
            inferred = self.infer_reference(text)
            doc._.reference_date = inferred
            doc._.reference_date_source = "inferred" if inferred else "none"
        found = self.parser.parse(text, doc._.reference_date)
        names = [(m.start, m.end) for m in doc._.mentions or [] if m.type == "ORG"]
        found = [t for t in found if not any(a <= t.span.start and t.span.end <= b for a, b in names)]  # 21世纪经济报道
        found = sorted(found + self._report_periods(text, found), key=lambda t: t.span.start)
        found = _close_open_ranges(text, found)
        _the_period_named_before(found, self.anaphoric)
        _same_period_a_year_before(found, {word for word, back in self.report_periods.items() if back})
        for t in found:
            t.span.text = doc._.raw_text[t.span.start:t.span.end]
            t.text = t.span.text
        doc._.times = found
        return doc

    def _report_periods(self, text: str, found: list[Time]) -> list[Time]:
        """本期 / 报告期 (the period the report covers, the first half, quarter or year it names) and
        上期 (that period a year earlier), where the report names one: 本期营业成本较上期增长135.88%."""
        named = next((t for t in found if t.granularity in ("half", "quarter", "year") and t.start is not None), None)
        if named is None or not self.report_re.search(text):
            return []  # 本期短期融资券: without a report, 本期 is this issue, not this period
        taken = bytearray(len(text))
        for t in found:
            taken[t.span.start:t.span.end] = b"\x01" * (t.span.end - t.span.start)
        out = []
        for match in self.report_period_re.finditer(text):
            if any(taken[match.start():match.end()]) or text.startswith(("末", "初"), match.end()):
                continue  # 上期末: a day, not the period
            years_back = self.report_periods[match.group()]
            out.append(Time(text=match.group(), span=Span(start=match.start(), end=match.end(), text=match.group()),
                            start=_years_back(named.start, years_back), end=_years_back(named.end, years_back),
                            granularity=named.granularity))
        return out


_OPEN_START = re.compile(r"自从|自|从")
_RANGE_GAP = re.compile(r"[^，,。；;！？!?]{0,8}?(?:至|到)")
_SENTENCE_END = re.compile(r"[。！？!?]")


def _close_open_ranges(text: str, times: list[Time]) -> list[Time]:
    """An open range closed later in its sentence: 自去年四季度市场回暖至今年4月13日 is one range;
    截至3月24日，自从去年四季度开始 ends on the as-of day."""
    out: list[Time] = []
    i = 0
    while i < len(times):
        t = times[i]
        if t.start is not None and t.end is None and _OPEN_START.match(t.text) and i + 1 < len(times):
            u = times[i + 1]
            if u.end is not None and _RANGE_GAP.fullmatch(text, t.span.end, u.span.start):
                span = Span(start=t.span.start, end=u.span.end, text=text[t.span.start:u.span.end])
                out.append(Time(text=span.text, span=span, start=t.start, end=u.end, granularity="range"))
                i += 2
                continue
        out.append(t)
        i += 1
    for t in out:
        if t.start is None or t.end is not None and not SINCE.search(t.text):
            continue  # (今年以来 ends on the reference date unless an as-of day says otherwise)
        as_of = [u for u in out if u.as_of and u.end is not None
                 and not _SENTENCE_END.search(text, min(t.span.end, u.span.end), max(t.span.start, u.span.start))]
        if len(as_of) == 1 and as_of[0].end >= t.start:
            t.end = as_of[0].end
    return out


def _the_period_named_before(times: list[Time], anaphoric: dict[str, str]) -> None:
    """当月 / 本季度 / 当年: the last period of that kind named before it (单是3月份，……当月成立的6只基金),
    or for 本季度 in a report, the quarter it names first (51Talk二季度财报 … 本季度活跃学生数)."""
    for i, t in enumerate(times):
        kind = anaphoric.get(t.text)
        if kind is None:
            continue
        named = [u for u in times[:i] if u.granularity == kind and u.start is not None and u.text not in anaphoric]
        if not named and kind == "quarter":
            named = [u for u in times[i + 1:] if u.granularity == kind and u.start is not None and u.text not in anaphoric][:1]
        if named:
            t.start, t.end = named[-1].start, named[-1].end


def _same_period_a_year_before(times: list[Time], earlier_words: set[str]) -> None:
    """上年同期 / 去年同期: the period named last before it (2020年上半年, 本期; not 上期), a year earlier."""
    current = None
    for t in times:
        if "同期" in t.text and current is not None and t.start is not None:
            t.start, t.end, t.granularity = _years_back(current.start, 1), _years_back(current.end, 1), current.granularity
        elif t.granularity in ("half", "quarter", "month", "year") and t.start is not None and "同期" not in t.text \
                and t.text not in earlier_words:
            current = t


def _years_back(day: date | None, years: int) -> date | None:
    if day is None or not years:
        return day
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
