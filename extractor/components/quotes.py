"""Component `extractor_quotes`: direct quotes and who said them.

A quote is text in “…” / 「…」 / 『…』 within one paragraph. Its speaker is
read from a speech cue (`patterns/speech_verbs.tsv`) written just before the
quote (穆青表示：“…”) or just after it (“…”房建说。). Anonymous speakers
(上述业内人士) are kept as `speaker_text`; 他/她 and 上述人士 refer back to
the last speaker. Short quoted terms (“818”, “内卷”) are names, not quotes. The turns of a
transcript (任志强：… 主持人：…) are quotes too.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from ..records import EntityRecord, Mention, QuoteRecord, ensure_extensions
from ..resources import Patterns
from .vocab import vocabulary

_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[（(]\d{1,2}[)）])")  # 1., 二、, (3)

_PAIRS = {"“": "”", "「": "」", "『": "』", "\"": "\""}
_MIN_QUOTE = 8          # shorter quoted text is a term or a name unless a cue introduces it
_OMITTED_REACH = 200    # characters back to the quote whose speaker a subjectless 并表示 continues
_LOOK_AFTER = 30        # characters after a quote searched for its cue
_LOOK_AFTER_SENTENCE = 90  # … when the sentence after the quote ends in a name and a verb of saying
_LOOK_AFTER_NAMED = 45  # … when a name starts within _NAMED_AT_ONCE characters of the quote's end
_NAMED_AT_ONCE = 10
_INTERVIEW = re.compile(r"在接受[^，。,；;“”]{0,20}?采访时")
_LOOK_BEFORE = 60
_SENTENCE_END = "。！？!?\n"
_DIGIT = re.compile(r"\d")
_BARE_CONTENT = 8    # characters of content a comma-less report needs
_BARE_CONTENT_NAMED = 6  # … when a name or a pronoun speaks (他表示将适时兑现收益)
_BARE_GAP = 4        # characters between the speaker and the verb (也, 还, 则, 同样)
_BARE_ANONYMOUS = 8  # the longest unnamed speaker (多数基金经理)
_BARE_ANONYMOUS_HEADED = 12  # … when it ends in a word for an unnamed person (深圳一位私募基金人士, 40.82%的被调查者)
_ASIDE_LENGTH = 40   # the longest bracketed aside read over when looking for a speaker
_PRONOUN_REACH = 150  # characters back where 他/她 looks for the person it stands for
_CLAUSE_END = "，,；;。！？!?\n"
_CLAUSE_OR_SENTENCE_END = _CLAUSE_END + "”」』"  # (a closing quotation mark ends a quote's clause)
_DATELINE_SEPARATORS = "丨|｜"
_OPENS_QUOTE = re.compile(r"[道着了]?[，,:：]?\s*")  # between a cue and the quotation mark it opens
# 在陈东看来，, 按照胡立峰的说法，, 用他的话说，, 王炯对此的解释是，: a view or words framed as someone's (在他看来: he, resolved later)
_IN_VIEW_OF = re.compile(r"在([^，,。；;！？\n“”]{1,24})看来[，,]|(?:按照|按|据|照|用)([^，,。；;！？\n“”]{1,24}?)的(?:说法|话说|话来说)[，,]"
                         r"|(?:^|(?<=[。！？!?\n，,]))([^，,。；;！？\n“”]{1,24}?)(?:对此)?的(?:解释|看法|观点)是[，,：:]")
_VIEW_WORD = re.compile(r"看来|说法|话来说|话说|解释|看法|观点")
_ONE_OF = re.compile(r"^另?[一两][则份项]")  # 一则公告称, 另一份报告指出: one of the documents named
_CONTINUATION_GAP = 200   # characters between a quote and the next one that goes on from it


@Language.factory("extractor_quotes", default_config={"patterns_dir": None})
def make_quotes(nlp: Language, name: str, patterns_dir: str | None) -> "QuoteFinder":
    return QuoteFinder(vocabulary(patterns_dir))


class QuoteFinder:
    def __init__(self, patterns: Patterns) -> None:
        ensure_extensions()
        verbs = sorted(patterns.words("speech_verbs.tsv"), key=len, reverse=True)
        # a verb, not the head of a noun (分析师, 评论员, 发言人)
        self.cue_re = re.compile("(?:" + "|".join(map(re.escape, verbs)) + ")(?![师员家人])")
        self.cue_at_end = re.compile("(" + "|".join(map(re.escape, verbs)) + _TOLD_A_REPORTER + r")[:：,，\s]*$")
        self.anonymous = tuple(patterns.words("anonymous_speakers.tsv"))
        # a person's name as one is brought into a story: 2-3 characters, or a surname and an honorific (not
        # 南方隆元, 润泽·悦溪, nor one of a list: 方太、米博)
        honorifics = "|".join(map(re.escape, patterns.words("honorifics.tsv")))
        self.brought_in_re = re.compile(rf"[\u4e00-\u9fff]{{2,3}}|[\u4e00-\u9fff]{{1,2}}(?:{honorifics})")
        self.organisation_words = tuple(row[0] for row in patterns.table("org_suffixes.tsv")) \
            + tuple(patterns.words("org_heads.tsv"))
        connectives = sorted(patterns.words("clause_connectives.tsv"), key=len, reverse=True)
        self.connectives_re = re.compile("(?:" + "|".join(map(re.escape, connectives)) + ")+")
        fillers = sorted(patterns.words("speaker_fillers.tsv"), key=len, reverse=True)
        self.filler_tail = re.compile("(?:" + "|".join(map(re.escape, fillers)) + ")+$")  # (则|向记者)
        openers = sorted(patterns.words("speaker_openers.tsv"), key=len, reverse=True)
        self.opener_head = re.compile("^(" + "|".join(map(re.escape, openers)) + ")")
        self.long_openers = tuple(o for o in openers if len(o) > 1)
        self.opinion_verbs = set(patterns.words("opinion_verbs.tsv"))
        self.not_speakers = set(patterns.words("not_speakers.tsv"))
        classes = sorted(patterns.words("share_classes.tsv"), key=len, reverse=True)
        self.share_class_re = re.compile(r"(?<=[\u4e00-\u9fff])-(?:" + "|".join(map(re.escape, classes)) + ")$")
        references = patterns.table("speaker_references.tsv")
        self.pronouns = tuple(row[1] for row in references if row[0] == "pronoun")
        self.back_references = tuple(row[1] for row in references if row[0] == "back")
        self.omitted_subjects = {row[1] for row in references if row[0] == "omitted"}
        surnames = sorted(" ".join(patterns.lines("surnames.tsv")).split(), key=len, reverse=True)
        familiar = patterns.table("familiar_names.tsv")
        before_surname = "|".join(map(re.escape, (row[1] for row in familiar if row[0] == "before")))
        after_surname = "|".join(map(re.escape, (row[1] for row in familiar if row[0] == "after")))
        # 陈, 老周, 杨总: a person called by the surname alone
        self.surname_only_re = re.compile(f"(?:{before_surname})?(?P<surname>{'|'.join(surnames)})(?:{after_surname})?")
        self.titles = tuple(patterns.words("titles.tsv"))
        self.organisation_speakers = set(patterns.words("organisation_speakers.tsv"))
        # other written forms of a document word (报告: 研报): where its author may have named it
        self.document_forms = {row[0]: tuple(f for f in row[1].split(",") if f)
                               for row in patterns.table("organisation_speakers.tsv") if len(row) > 1}
        self.fund_brands = tuple(patterns.words("fund_brands.tsv"))
        self.named_only_cues = set(patterns.words("announcement_cues.tsv"))
        issuing = "|".join(map(re.escape, patterns.words("issuing_verbs.tsv")))
        # between an organisation's name and 公告: when, and a verb of issuing (7月19日晚间|发布了)
        self.announced_after_name_re = re.compile(_WHEN_CHARS + "(?:" + issuing + ")?了?")
        # 摩根士丹利|研究|报告, 大摩|发布了一份|报告: what lies between a body and its report
        self.author_gap_re = re.compile("(?:(?:" + issuing + ")了?(?:一份)?)?的?(?:最新)?(?:研究|分析)?")
        indirect = sorted(set(verbs) | self.named_only_cues, key=len, reverse=True)
        self.indirect_re = re.compile("(" + "|".join(map(re.escape, indirect)) + r"|告诉[^，。：:“”\s]{1,10}?记者"
                                      r")(?:过|了)?[:：,，]")  # 归纳过，; 告诉时代周报记者，
        self.not_speech = tuple(patterns.words("not_speech.tsv"))
        self.negations = tuple(patterns.words("speech_negations.tsv"))
        self.not_speech_after = tuple(patterns.words("not_speech_after.tsv"))
        self.premise_openers = tuple(patterns.words("premise_openers.tsv"))
        self.byline_titles = set(patterns.words("byline_titles.tsv"))
        bare = sorted(patterns.words("speech_verbs_bare.tsv"), key=len, reverse=True)
        self.named_only = {row[0] for row in patterns.table("speech_verbs_bare.tsv") if row[1:] == ["named"]}
        roles = sorted(patterns.words("turn_roles.tsv"), key=len, reverse=True)
        self.turn_role_re = re.compile("(?:^|(?<=[。！？!?\n”」]))(?:" + "|".join(map(re.escape, roles)) + ")[：:]")
        day_parts = sorted(patterns.words("times/day_parts.tsv"), key=len, reverse=True)
        # 于2019年7月18日, 9月3日晚间: when a speaker spoke, between its name and the verb
        self.dated_gap_re = re.compile(r"(?:于|在)?(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:"
                                       + "|".join(map(re.escape, day_parts)) + ")?")
        self.bare_indirect_re = re.compile("(" + "|".join(map(re.escape, bare)) + r")[ \u3000]?(?=[\u4e00-\u9fffA-Za-z0-9])")

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.norm_text
        persons = _Named([m for m in doc._.mentions if (m.type in ("PERSON", "ORG") or m.type == "PRODUCT" and (
            m.text.endswith("基金") or m.text.startswith(self.fund_brands)))
                          and m.title not in self.byline_titles])  # 证券时报记者 陈 墨: the reporter reports; 广发小盘基金认为
        direct = self._direct(text, persons)
        direct += self._turns(text, persons, direct)
        # where a 的 follows an adjective (乐观的|表示): it makes a manner of the verb, not a noun of it
        manner_de = {w.end for w in doc._.words or [] if w.tag in ("a", "ad") and text.startswith("的", w.end)}
        quotes = _end_before_the_next_report(text, sorted(direct + self._indirect(text, persons, direct, manner_de),
                                                          key=lambda q: q.start))
        for number, record in enumerate(quotes, 1):
            record.id = f"q{number}"
        organisations = [m for m in persons.mentions if m.type == "ORG"]
        resolved: dict[str, EntityRecord | None] = {}  # 公报 -> the body it was first read as speaking for
        for i, record in enumerate(quotes):
            self._resolve_back_reference(record, quotes[:i], persons)
            if record.speaker is None and record.speaker_text:
                record.speaker = self._named_by_phrase(doc._.entities or [], record)
            said = record.speaker_text or ""
            said = self._organisation_word(said)
            if record.speaker is None and said and said.startswith(tuple(self.organisation_speakers)) and \
                    (said in self.organisation_speakers or said.startswith(("该", "本"))):
                if said in resolved:
                    record.speaker = resolved[said]
                    continue
                earlier = [m for m in organisations if m.end <= record.start]
                named = earlier[-1] if earlier else (organisations[0] if organisations else None)
                speaking = quotes[i - 1].speaker if i > 0 else None
                if said.startswith("该") and speaking is not None and speaking.type == "ORG":
                    named = next((m for m in reversed(earlier) if m.entity is speaking), named)  # 银河联昌发表报告指…。该行指: the one speaking
                author = None if said.endswith(self.organisation_words) else self._author_of(text, said, record.start, earlier)
                if author is not None:  # 摩根士丹利研究报告指…。报告认为: the one whose report it was
                    named = author
                if said.endswith(("董事会", "董事", "董事们")) and earlier:  # the board speaks for its company: the one named most
                    counts = Counter(m.entity.id for m in earlier if m.entity is not None)
                    named = max(earlier, key=lambda m: (counts.get(m.entity.id if m.entity else "", 0), -m.start))
                record.speaker = named.entity if named is not None else None
                resolved[said] = record.speaker
            if record.speaker is None and record.speaker_text is None and i > 0:
                self._continue_previous(text, record, quotes[i - 1], persons)
        for record in quotes:
            if record.speaker is None and record.speaker_text is not None:
                record.speaker = self._organisation_speaking(doc, record)
        if quotes and quotes[0].speaker is None and quotes[0].speaker_text is None:
            quotes[0].speaker = _named_by_headline(text, quotes[0], persons)
        doc._.quotes = quotes
        return doc

    def _named_by_phrase(self, entities: list[EntityRecord], record: QuoteRecord) -> EntityRecord | None:
        """具有多年从业经验的秦岭松认为, CZ承认, 陈告诉记者, 老周说: a speaker phrase that names someone the text has
        named, where the tagger did not read the name: the phrase ends in the name after 的 or a title, is one of
        its aliases, starts with an organisation's name and says when it announced (海南瑞泽5月27日晚间发布公告称),
        or is a person's surname alone (`patterns/familiar_names.tsv`: 老周, 杨总) and the person was named before."""
        said = self.share_class_re.sub("", record.speaker_text or "")  # 君实生物-B, 小米集团-W: the company
        for entity in entities:
            if entity.type not in ("PERSON", "ORG"):
                continue
            if said == entity.name or said in entity.aliases:
                return entity
            if entity.type == "ORG" and len(entity.name) >= 2 and said.startswith(entity.name) and \
                    self._announced(said[len(entity.name):]):
                return entity
            if len(entity.name) >= 2 and said.endswith(entity.name) and said != entity.name:
                before = said[:-len(entity.name)]
                if before.endswith("的") or before.endswith(self.titles):
                    return entity
        surname = self.surname_only_re.fullmatch(said)
        if surname is None:
            return None
        named = [(m.start, e) for e in entities if e.type == "PERSON" and 2 <= len(e.name) <= 4
                 and e.name.startswith(surname.group("surname")) and e.name != said
                 for m in e.mentions if m.start < record.start]
        return max(named, key=lambda pair: pair[0])[1] if named else None

    def _announced(self, after_name: str) -> bool:
        """5月27日晚间发布公告: when and how an organisation announced, written between its name and the verb."""
        cue = next((c for c in self.named_only_cues if after_name.endswith(c)), "")
        return bool(cue) and self.announced_after_name_re.fullmatch(after_name, 0, len(after_name) - len(cue)) is not None

    def _author_of(self, text: str, said: str, before: int, earlier: list[Mention]) -> Mention | None:
        """The organisation a document word (报告, 年报) was last written after: 摩根士丹利研究报告, 公司的年报,
        大摩发布研报 (a form of 报告 in `organisation_speakers.tsv`)."""
        places = sorted((m.start() for form in (said, *self.document_forms.get(said, ()))
                         for m in re.finditer(re.escape(form), text[:before])), reverse=True)
        for at in places:
            author = next((m for m in reversed(earlier) if m.end <= at and self.author_gap_re.fullmatch(text, m.end, at)), None)
            if author is not None:
                return author
        return None

    def _organisation_word(self, said: str) -> str:
        """公司昨日公告 speaks as 公司: an organisation word followed by when it announced (昨日, 7月19日晚间发布);
        一则公告 as 公告."""
        said = _ONE_OF.sub("", said)
        for word in sorted(self.organisation_speakers, key=len, reverse=True):
            if said.startswith(word) and len(said) > len(word) and self.announced_after_name_re.fullmatch(
                    said, len(word), len(said) - len(next((c for c in self.named_only_cues if said.endswith(c)), ""))):
                return word
        return said

    def _organisation_speaking(self, doc: Doc, record: QuoteRecord) -> EntityRecord | None:
        """ING中国A股基金则认为: a speaker written as an organisation's name (ending in 基金, 委员会, 协会 …, or
        followed by when it announced: 侨银环保10月27日晚间发布公告称) that the tagger did not read is an organisation
        all the same; it joins the entities."""
        said = record.speaker_text or ""
        announcing = next((said[:k] for k in range(2, len(said)) if not said[k - 1].isdigit() and self._announced(said[k:])), None)
        if announcing is not None:
            said = announcing  # 侨银环保10月27日晚间发布公告称: a name that announces is an organisation's
        elif not said.endswith(self.organisation_words):
            return None
        if not _NAME_LIKE.fullmatch(said) or said.endswith(self.anonymous) \
                or said.startswith(self.back_references) or said in self.organisation_words \
                or any(said.startswith(o) for o in self.organisation_speakers):
            return None
        if record.speaker_start is None or doc._.norm_text[record.speaker_start:record.speaker_start + len(said)] != said:
            return None
        inside = [w for w in doc._.words or [] if record.speaker_start <= w.start < record.speaker_start + len(said)]
        if any(w.tag in _SENTENCE_WORD_TAGS and not w.text.endswith(self.organisation_words) for w in inside):
            return None  # (不构成投资|建议, 要求公司|说明, 昨日该公司|称: words of a sentence, not a name)
        entities = doc._.entities or []
        entity = next((e for e in entities if said in (e.name, *e.aliases)), None)
        if entity is None:
            entity = EntityRecord(f"e{len(entities) + 1}", "ORG", said)
            doc._.entities = [*entities, entity]
        mention = Mention(record.speaker_start, record.speaker_start + len(said), said, "ORG", "rule", None, entity)
        entity.mentions.append(mention)
        doc._.mentions = sorted([*doc._.mentions, mention], key=lambda m: m.start)
        return entity

    def _no_one_speaks(self, text: str, verb_start: int, verb_end: int) -> bool:
        """相对于增长速度来说, 以下简称, 拒绝解释, 未及时披露: a phrase with a speech verb that reports no words."""
        return text.endswith(self.not_speech, 0, verb_end) or text.endswith(self.negations, 0, verb_start)

    def _direct(self, text: str, persons: "_Named") -> list[QuoteRecord]:
        """Quotes in quotation marks, with the speaker before or after them."""
        quotes: list[QuoteRecord] = []
        previous_end = 0
        spans = list(_quote_spans(text))
        openers = {start - 1 for start, end, _ in spans if not _is_term(text, start, end)}
        for start, end, closed in spans:
            before = _tail(text, previous_end, start - 1)
            cue_before = self.cue_at_end.search(before)
            if cue_before and self._no_one_speaks(before, cue_before.start(1), cue_before.end(1)):
                cue_before = None  # （以下简称“阿里创投”）, 证券简称：: a name given, no one speaking
            record = QuoteRecord("", start, end)
            after_from = end + 1 if closed else end
            last = quotes[-1] if quotes else None
            if last is not None and (last.speaker is not None or last.speaker_text is not None) \
                    and _LISTED_QUOTE.fullmatch(text, last.end, start):
                # 他曾宣称“出差不坐头等舱”、“上班能骑车的就不要开车”: a quote listed with one said is said too
                record.speaker, record.speaker_text, record.cue = last.speaker, last.speaker_text, last.cue
                record.speaker_start = last.speaker_start
                quotes.append(record)
                previous_end = end
                continue
            if _is_term(text, start, end) and not cue_before:
                # a short quote is speech only when a speaker follows at once: “…”，张朝阳称
                if not (text[after_from:after_from + 1] in ",，" and
                        self._speaker_after(text, after_from + 1, persons, record, openers, clause_only=True)):
                    continue
            elif cue_before and (before.rstrip().endswith(("：", ":")) or cue_before.end() == len(before)):
                # 吴涛告诉记者：“…”这与陈东琪所言“…”: a cue and colon, or a cue right at the quote, outrank one after it
                self._speaker_before(text, before, cue_before, previous_end, after_from, persons, record, openers)
            elif self._speaker_by_colon(text, start, before, persons, record) \
                    or self._speaker_after(text, after_from, persons, record, openers):
                pass
            elif cue_before:
                self._speaker_before(text, before, cue_before, previous_end, after_from, persons, record, openers)
            if record.speaker is None and closed and not (record.speaker_text or "").startswith(
                    (*self.pronouns, *self.back_references)) and not (record.speaker_text or "").endswith(self.anonymous):
                self._speaker_ending_sentence(text, after_from, persons, record, openers)
            if record.speaker is None and record.speaker_text is None and quotes:
                last = quotes[-1]
                if _same_paragraph(text, last.end, start) and not text[last.end:start].strip("“”「」『』 \n"):
                    record.speaker, record.speaker_text, record.cue = last.speaker, last.speaker_text, last.cue
            if record.speaker is None and record.speaker_text is None:
                opener = _sentence_opener(text, start - 1, persons)
                if opener is not None:  # 国元证券就坚持看空，“…”: the one the sentence is about goes on to say it
                    record.speaker, record.speaker_text, record.speaker_start = opener.entity, opener.text, opener.start
            quotes.append(record)
            previous_end = end
        return quotes

    def _speaker_ending_sentence(self, text: str, at: int, persons: "_Named", record: QuoteRecord,
                                 openers: set[int]) -> None:
        """“…”4月10日下午，深圳华侨城汉唐大厦14楼，融通基金公司总经理助理陈晓生对时代周报记者回应说。: the sentence
        after the quote ends in a verb of saying right after a person's name, however long the setting before it."""
        end = at
        while end < len(text) and end - at < _LOOK_AFTER_SENTENCE and text[end] not in _SENTENCE_END and end not in openers:
            end += 1
        if end >= len(text) or text[end] not in _SENTENCE_END:
            return
        cue = self.cue_at_end.search(text, at, end)
        if cue is None:
            return
        said = QuoteRecord("", record.start, record.end)
        self._speaker_from(text, at, cue.start(), persons, said)
        if said.speaker is None or said.speaker.type != "PERSON":
            return
        gap = _TOLD_OUTLET_AHEAD.sub("", text[said.speaker_start + len(said.speaker_text or ""):cue.start()])
        if len(gap) <= _BARE_GAP:  # (陈晓生对时代周报记者回应说: the outlet told is no gap)
            record.speaker, record.speaker_text, record.speaker_start = said.speaker, said.speaker_text, said.speaker_start
            record.cue = cue.group(1)

    def _speaker_before(self, text: str, before: str, cue_before: re.Match, previous_end: int, after_from: int,
                        persons: "_Named", record: QuoteRecord, openers: set[int]) -> None:
        """The speaker named before the cue that opens the quote, or failing a name there, one named after the
        quote (在论坛上表示“…”的首创集团董事长刘晓光)."""
        start = record.start
        cue_start = start - 1 - len(before) + cue_before.start()
        self._speaker_from(text, max(previous_end, start - 1 - len(before)), cue_start, persons, record)
        record.cue = cue_before.group(1)
        if record.speaker is None:
            after = QuoteRecord("", record.start, record.end)
            if self._speaker_after(text, after_from, persons, after, openers) and after.speaker is not None:
                record.speaker, record.speaker_text, record.speaker_start = after.speaker, after.speaker_text, after.speaker_start

    def _speaker_by_colon(self, text: str, start: int, before: str, persons: "_Named", record: QuoteRecord) -> bool:
        """迈克吴对记者做了一个归纳：“…”, 金岩石不停质问：“…”: a colon introduces what the person named in its
        clause says (or, after a verb of saying, the person named earlier in the sentence: 老基民石先生，
        在被问及…时，说了这样一句话：“…”)."""
        if not before.endswith(("：", ":")):
            return False
        clause_start = _clause_start(text, start - 2)
        inside = [m for m in persons.within(clause_start, start - 2) if m.type == "PERSON"]
        if not inside and self.cue_re.search(text, clause_start, start - 2):
            sentence_start = max(text.rfind(c, 0, clause_start) for c in "。！？!?\n") + 1
            inside = [m for m in persons.within(sentence_start, clause_start) if m.type == "PERSON"]
        if not inside:
            return False
        record.speaker, record.speaker_text = inside[-1].entity, text[inside[-1].start:inside[-1].end]
        record.speaker_start, record.cue = inside[-1].start, before[-1]
        return True

    def _turns(self, text: str, persons: "_Named", direct: list[QuoteRecord]) -> list[QuoteRecord]:
        """A transcript (任志强：…主持人：…): each turn, from a person's name or a role and a colon up to the
        next turn or the paragraph's end, is a quote. Two turns at least make a transcript."""
        starts = [q.start for q in direct]
        heads = [(m.start, m.end + 1, m) for m in persons.mentions
                 if m.type == "PERSON" and text.startswith(("：", ":"), m.end)]
        # an interviewer or a company answering: 《中国经营报》：, and a name opening its sentence (。上投摩根：)
        heads += [(m.start - 1, m.end + 2, m) for m in persons.mentions
                  if m.type == "ORG" and text.startswith(("》：", "》:"), m.end) and text[m.start - 1:m.start] == "《"]
        heads += [(m.start, m.end + 1, m) for m in persons.mentions if m.type == "ORG"
                  and text.startswith(("：", ":"), m.end) and (m.start == 0 or text[m.start - 1] in _SENTENCE_END)]
        heads += [(r.start(), r.end(), None) for r in self.turn_role_re.finditer(text)]
        heads = sorted(h for h in heads if not _inside_quote(direct, starts, h[0]))
        if len(heads) < 2:
            return []
        turns = []
        for k, (start, content, m) in enumerate(heads):
            end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
            paragraph_end = text.find("\n", content)
            end = min(end, paragraph_end) if paragraph_end >= 0 else end
            if end - content < 2:
                continue
            record = QuoteRecord("", content, end, cue="：")
            if m is not None:
                record.speaker, record.speaker_text, record.speaker_start = m.entity, text[m.start:m.end], m.start
            else:
                record.speaker_text = text[start:content - 1]
            turns.append(record)
        return turns

    def _indirect(self, text: str, persons: "_Named", direct: list[QuoteRecord], manner_de: set[int]) -> list[QuoteRecord]:
        """Reported speech without quotation marks: 龚方雄透露，今年经济成长很好，…。 A verb after 的 and before a
        comma is a noun (代表委员的建议，), unless 的 follows an adjective (`manner_de`: 更乐观的表示，) or the
        clause attributes what follows (根据…专家的预测，)."""
        found: list[QuoteRecord] = []
        direct_starts = [q.start for q in direct]
        for match in self.indirect_re.finditer(text):
            content_start = match.end()
            if text[content_start:content_start + 1] in _PAIRS or \
                    _inside_quote(direct, direct_starts, match.start()) or self._no_one_speaks(text, match.start(1), match.end(1)):
                continue  # 相对于增长速度来说，…: a phrase with a speech verb in it, no one speaking
            clause_start = _clause_start(text, match.start())
            if text.startswith(self.premise_openers, clause_start):
                continue  # 基于…的基本判断，: the grounds for what follows
            if text.endswith("的", 0, match.start()) and match.start() - 1 not in manner_de \
                    and text[match.end() - 1] in "，," and not text.startswith(("据", "根据"), clause_start):
                continue
            if clause_start == match.start() and clause_start > 0 and text[clause_start - 1] in "，,":
                # 邹毅也表达出类似的观点，认为……: the speaker is in the clause before
                clause_start = _clause_start(text, clause_start - 1)
            record = QuoteRecord("", content_start, _content_end(text, content_start), cue=match.group(1))
            if record.end - record.start < 4:
                continue
            if match.group(1) in self.named_only_cues:
                # 中国中铁公告，, 宏柏新材9月7日晚公告，: the company announces, however many people the clause names
                # before it (…王宏远去职新浪财经讯 据南方基金晚间公告，); not 根据招标公告，, 工投的举牌公告
                announcing = next((m for m in reversed(persons.within(clause_start, match.start())) if m.type == "ORG"), None)
                if announcing is None or not self.announced_after_name_re.fullmatch(
                        _ASIDE.sub("", text[announcing.end:match.start()]).strip()):
                    continue
                record.speaker, record.speaker_text, record.speaker_start = announcing.entity, announcing.text, announcing.start
            else:
                self._speaker_from(text, clause_start, match.start(), persons, record)
            if record.speaker is not None or record.speaker_text is not None:
                found.append(record)
        found += self._in_view_of(text, persons, direct)
        return found + self._bare_indirect(text, persons, direct, found)

    def _in_view_of(self, text: str, persons: "_Named", direct: list[QuoteRecord]) -> list[QuoteRecord]:
        """在陈东看来，A股市场历史上多次单边下跌…: a view framed as someone's is their reported speech."""
        out: list[QuoteRecord] = []
        direct_starts = [q.start for q in direct]
        for match in _IN_VIEW_OF.finditer(text):
            content_start = match.end()
            if _inside_quote(direct, direct_starts, match.start()) or text[content_start:content_start + 1] in _PAIRS:
                continue
            cue = _VIEW_WORD.search(match.group(0)).group(0)
            record = QuoteRecord("", content_start, _content_end(text, content_start), cue=cue)
            if record.end - record.start < _BARE_CONTENT:
                continue
            named = next(k for k in (1, 2, 3) if match.group(k) is not None)
            self._speaker_from(text, match.start(named), match.end(named), persons, record)
            if record.speaker is not None or record.speaker_text is not None and (
                    named == 1 or record.speaker_text in self.pronouns):  # (比较合理的解释是，: no one's)
                out.append(record)
        return out

    def _bare_indirect(self, text: str, persons: "_Named", direct: list[QuoteRecord],
                       found: list[QuoteRecord]) -> list[QuoteRecord]:
        """Reported speech whose content follows the verb at once: 国泰君安认为今年上半年中国都将面临较大的
        通缩压力 (not 她的建议是：“…”, a direct quote). Only with a named speaker (or a short description of one) right before the verb, and a
        content of a whole clause (表示感谢 is not speech)."""
        out: list[QuoteRecord] = []
        direct_starts = [q.start for q in direct]
        taken = [(q.start, q.end) for q in found]
        for match in self.bare_indirect_re.finditer(text):
            content_start = match.end()
            if _inside_quote(direct, direct_starts, match.start()) or any(a <= match.start() < b for a, b in taken) \
                    or self._no_one_speaks(text, match.start(1), match.end(1)) or text.startswith(self.not_speech_after, match.start(1)) \
                    or text.startswith(("被", "了", "过", "着", "是：", "是:", "：", ":"), content_start):
                continue
            clause_end = content_start  # (a term in quotation marks goes on: 表示其“非常担心”该笔交易)
            while clause_end < len(text) and text[clause_end] not in _CLAUSE_END:
                clause_end += 1
            sentence_end = content_start
            while sentence_end < len(text) and text[sentence_end] not in _SENTENCE_END:
                sentence_end += 1
            if clause_end - content_start < _BARE_CONTENT_NAMED and not (
                    match.group(1) in self.opinion_verbs and sentence_end - content_start >= 2 * _BARE_CONTENT):
                continue  # (中金公司也指出其分析显示，即便剔除春节因素…: an opinion runs over the comma)
            short = clause_end - content_start < _BARE_CONTENT and not (
                match.group(1) in self.opinion_verbs and sentence_end - content_start >= 2 * _BARE_CONTENT)
            # (a short content only from a name or a pronoun: 他表示将适时兑现收益, not 今天我们正式宣布完成B轮融资)
            clause_start = _clause_start(text, match.start())
            if (match.start() - clause_start <= 2 or self.connectives_re.fullmatch(text, clause_start, match.start())) \
                    and clause_start > 0 and text[clause_start - 1] in "，," \
                    and not persons.within(clause_start, match.start()):
                # SMCP发布业绩报告，并表示集团已……: the speaker is in the clause before
                clause_start = _clause_start(text, clause_start - 1)
                record = QuoteRecord("", content_start, _content_end(text, content_start), cue=match.group(1))
                self._speaker_from(text, clause_start, match.start(), persons, record, first=True)
                if record.speaker is not None or record.speaker_text in self.pronouns:
                    out.append(record)  # (他比较看好资源类行业，认为…: he, resolved later)
                continue
            record = QuoteRecord("", content_start, _content_end(text, content_start), cue=match.group(1))
            self._speaker_from(text, clause_start, match.start(), persons, record)
            if record.speaker is not None:
                gap = self.filler_tail.sub("", _ASIDE.sub("", text[record.speaker_start + len(record.speaker_text or ""):
                                                                    match.start()]))  # (格力金投|及其一致行动人再次|表示)
                if len(gap) > _BARE_GAP and not (record.speaker.type == "ORG" and self._announced(gap)) \
                        and not self.dated_gap_re.fullmatch(gap):  # (伊顿于2019年7月18日宣布完成…: when it spoke)
                    continue  # the name is not the one speaking: 他在接受采访时对中金公司的报告表示…
                    # (盛通股份近日发布公告称公司以…: a company announcing speaks)
            elif record.speaker_text not in self.pronouns and (
                    record.speaker_text is None or short
                    or match.group(1) in self.named_only and not record.speaker_text.endswith(self.anonymous)
                    # (私募人士称此《操作指引》将使其…: 称 after an unnamed person is speech too)
                    or _DIGIT.search(record.speaker_text)  # 40.82%的被调查者认为: a survey's result, not speech
                    or len(record.speaker_text) > (_BARE_ANONYMOUS_HEADED if record.speaker_text.endswith(
                        (*self.anonymous, "者")) else _BARE_ANONYMOUS)):
                continue
            out.append(record)
        return out

    def _speaker_after(self, text: str, at: int, persons: "_Named", record: QuoteRecord,
                       openers: set[int], clause_only: bool = False) -> bool:
        """“…”穆青在现场表示。 / “…”据穆青介绍 / “…”上述人士进一步指出. A speaker named right after the
        quote may have a long phrase before the verb (康海荣在接受《华夏时报》记者采访时一针见血地指出)."""
        interview = _INTERVIEW.search(text, at, at + _LOOK_AFTER_NAMED)  # (在接受…采访时 does not count)
        reach = _LOOK_AFTER + (len(interview.group()) if interview else 0)
        reach = max(reach, _LOOK_AFTER_NAMED) if persons.within(at, at + _NAMED_AT_ONCE) else reach
        stop = at
        ends = _CLAUSE_OR_SENTENCE_END if clause_only else _SENTENCE_END
        while stop < len(text) and stop - at < reach and text[stop] not in ends and stop not in openers:
            stop += 1
        match = next((m for m in self.cue_re.finditer(text, at, stop) if text.rfind("《", at, m.start()) <= text.rfind("》", at, m.start())
                      and not self._no_one_speaks(text, m.start(), m.end())  # (not 面对《指引》, 对于…来说)
                      and not text.startswith(self.not_speech_after, m.start())  # (not “…”将…指数基金)
                      and not (_OPENS_QUOTE.match(text, m.end()).end() in openers
                               and any(c in _CLAUSE_END for c in text[at:m.start()]))), None)
        # (“…”当记者问他…，他说，“…: the next quote's verb; but “…”张孜表示，“…”: both quotes' speaker)
        if match is None:
            return False
        setting = _WHEN_CLAUSE.match(text, at, match.start())
        self._speaker_from(text, setting.end() if setting else at, match.start(), persons, record)
        record.cue = match.group()
        return record.speaker is not None or record.speaker_text is not None

    def _speaker_from(self, text: str, start: int, cue_start: int, persons: "_Named", record: QuoteRecord,
                      first: bool = False) -> None:
        """The speaker named between `start` and the verb: the last name, or with `first` the first one
        (Hauser已经向英国首相约翰逊写了一封公开信，表示…: the clause's subject, not its object)."""
        told = _TOLD_OUTLET.search(text, start, cue_start)
        if told is not None and told.start() > start:
            cue_start = told.start()  # 基金经理对《时代周报》记者表示: the outlet is told, it does not speak
        inside = persons.within(start, cue_start)
        named = [m for m in inside if m.type == "PERSON"] or inside
        said = self.filler_tail.sub("", text[start:cue_start].rstrip())
        if named and said.endswith(self.anonymous) and not said.endswith(text[named[-1].start:named[-1].end]):
            named = []  # Tik Tok一位内部人士: an unnamed person, not the organisation
        last = inside[-1] if inside else None
        if named and last is not None and last.type != "PERSON" and last.start > named[-1].end \
                and said.endswith(text[last.start:last.end]) and "的" in text[named[-1].end:last.start] \
                and not any(c in _CLAUSE_END for c in text[named[-1].end:last.start]):
            named = [last]  # 刘明管理的大成优选基金表示: the fund he manages speaks, not he
        if named:
            k = 0 if first or len(named) > 1 and (_WHILE_DOING.search(text, named[0].end, cue_start)
                                                  or text.startswith(_SETTING, named[0].end)) else len(named) - 1
            # (众泰汽车在其官方微信公众号发布消息称: where it spoke names no speaker)
            while k > 0 and named[k].entity is not None and named[k].entity is named[k - 1].entity \
                    and not text[named[k - 1].end:named[k].start].strip(" （("):
                k -= 1  # 瓦里安医疗系统公司（Varian）: one name given twice
            while k > 0 and named[k - 1].end + 1 == named[k].start and text[named[k - 1].end] in "与和及、":
                k -= 1  # 格力金投与金诺信还表示: the first of the pair speaks for both
            m = named[k]
            record.speaker = m.entity
            record.speaker_text = text[m.start:m.end]
            record.speaker_start = m.start
            return
        phrase = _ASIDE.sub("", text[start:cue_start]).strip(" ,，:：“”「」『』")  # (an address in brackets is no speaker)
        if self.opener_head.match(_ITEM_NUMBER.sub("", phrase)):
            phrase = _ITEM_NUMBER.sub("", phrase)  # 1.据公司年报披露: the number of a listed item is no one
        own_clause = re.split(r"[，,]", phrase)[-1].strip()
        if own_clause != phrase and (own_clause.startswith(self.pronouns) or own_clause.endswith(self.anonymous)):
            phrase = own_clause  # 当记者问他…的话，他说: the clause of the verb names the speaker
        phrase = re.split(r"[:：]", phrase)[-1]  # 原因：…负责人表示: a heading before a colon is no speaker
        phrase = self.filler_tail.sub("", phrase)  # (他同时|表示: 同时 ends the speaker here, it opens no clause)
        setting = _WHERE_SAID.search(phrase)
        if setting is not None and setting.start() > 0:
            phrase = phrase[:setting.start()]  # 它|在官网上|表示: where it was said is no part of who said it
        cut = max((phrase.rfind(o) + len(o) for o in self.long_openers if o in phrase), default=0)
        phrase = self.opener_head.sub("", phrase[cut:])  # …选股新标准尽管|众多基金经理都认为: after the last opener
        phrase = self.filler_tail.sub("", re.sub(r"在接受.*采访时$", "", phrase))
        pronoun = next((p for p in self.pronouns if phrase.startswith(p) and not phrase.startswith(p + "们")), None)
        if pronoun is not None:
            phrase = pronoun  # 她对投资者的建议是：: she, whoever she is to the reader
        if 0 < len(phrase) <= 20 and phrase not in self.not_speakers:
            record.speaker_text = phrase
            record.speaker_start = start

    def _continue_previous(self, text: str, record: QuoteRecord, previous: QuoteRecord, persons: "_Named") -> None:
        """A quote with no speaker of its own goes on from the last one nearby (same or next paragraph),
        or is the words of a person the text has brought in since (而购房者薛先生则是幸运的一个，…。“其实…”)."""
        between = text[previous.end:record.start]
        if len(between) <= _CONTINUATION_GAP and between.count("\n") <= 1:
            named = [m for m in persons.within(previous.end, record.start) if m.type == "PERSON" and m.entity is not None
                     and self.brought_in_re.fullmatch(m.text) and text[m.start - 1:m.start] != "、"
                     and text[m.end:m.end + 1] not in "、等家"]
            if named and named[-1].entity is not previous.speaker:
                record.speaker, record.speaker_text = named[-1].entity, text[named[-1].start:named[-1].end]
                record.speaker_start = named[-1].start
                return
            record.speaker, record.speaker_text, record.cue = previous.speaker, previous.speaker_text, previous.cue

    def _resolve_back_reference(self, record: QuoteRecord, earlier: list[QuoteRecord], persons: "_Named") -> None:
        """他/她: the person named last before (黄怒波则称呼…。他表示，…), or else the last person quoted;
        上述人士/该人士: the last speaker described the same way."""
        said = record.speaker_text or ""
        if record.speaker is not None or not said:
            return
        if said in self.pronouns:
            before = [m for m in persons.within(max(0, record.speaker_start - _PRONOUN_REACH), record.speaker_start)
                      if m.type == "PERSON" and m.entity is not None]
            named = [q for q in earlier if q.speaker is not None and q.speaker.type == "PERSON"]
            if before:
                record.speaker = before[-1].entity
            elif named:
                record.speaker = named[-1].speaker
        elif said in self.omitted_subjects:  # …要把目光放得更加长远一点。并表示，: the one who was speaking
            last = next((q for q in reversed(earlier) if q.speaker is not None), None)
            if last is not None and record.start - last.end <= _OMITTED_REACH:
                record.speaker = last.speaker
        elif said.startswith(self.back_references):
            kind = said[-2:]
            for q in reversed(earlier):
                if q.speaker_text and q.speaker_text.endswith(kind) and q.speaker_text != said:
                    record.speaker = q.speaker
                    break


_TOLD_OUTLET = re.compile(r"(?:对|向|告诉|接受)(?:[^，。；;“”]{0,15}?记者(?:的)?(?:采访)?(?:时)?|“[^“”]{1,12}”|《[^》]{1,12}》)\s*$")
_TOLD_OUTLET_AHEAD = re.compile(r"^(?:对|向|告诉|接受)(?:[^，。；;“”]{0,15}?记者(?:的)?(?:采访)?(?:时)?|《[^》]{1,12}》)")
_TOLD_A_REPORTER = r"|(?:告诉|对|向)(?:[^，。：:“”\s]{1,10}?记者|《[^》]{1,12}》(?:记者)?)(?:表示|说|透露|介绍)?"  # 告诉理财一周报记者：, 告诉《每日经济新闻》，
_WHEN_CHARS = r"[\d月日号晚早午间今昨前本周一二三四五六七八九十上下旬初底中近]*"  # 7月19日晚间, 今日: when it was done
_SETTING = ("在", "于")  # after the speaker's name: where or when it spoke
_WHERE_SAID = re.compile(r"在[^，,。；;：:“”]{1,12}?[上中里]$")  # 在官网上, 在调查问卷中
# “…”，在万科发布“期中考”成绩后，有投资者如此评论: a clause of when it was said, before the one of who said it
_WHEN_CLAUSE = re.compile(r"[，,]?\s*在[^，,。；;]{1,30}(?:后|时|之后|之际|前|期间)[，,]")
# 国金证券点评中海油服年报时指出: a "while doing" phrase before the verb; the one doing it speaks, not its object
_WHILE_DOING = re.compile(r"时[，,]?\s*(?:也|还|则|就|便)?$")
# the tagger's words that make a phrase a piece of a sentence rather than a name (好/d 买基金研究中心/v is a name:
# a word ending in an organisation word counts as part of it)
_SENTENCE_WORD_TAGS = {"v", "vd", "r", "p", "c", "u", "TIME", "t", "m", "q", "f"}
_NAME_LIKE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{3,14}")  # a speaker phrase that can be a name: no spaces or marks
_LISTED_QUOTE = re.compile(r"[”」』\"]?\s*[、和及与]\s*[“「『\"]")  # between two quotes of a list: ”、“
_ASIDE = re.compile(r"[（(][^（()）]*[)）]")  # 英伟达公司（Nvidia）宣布: an aside between speaker and verb


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts, reading over bracketed asides, whose commas do not end it
    (方盛制药（SH 603998，收盘价：6.87元）7月7日晚间发布公告称), and over quoted terms."""
    i = at
    while i > 0:
        if text[i - 1] in "）)":
            opened = max(text.rfind("（", 0, i - 1), text.rfind("(", 0, i - 1))
            if opened >= 0 and i - opened <= _ASIDE_LENGTH:
                i = opened
                continue
        if text[i - 1] in "”」』":
            opened = text.rfind({"”": "“", "」": "「", "』": "『"}[text[i - 1]], 0, i - 1)
            if opened >= 0 and _is_term(text, opened + 1, i - 1):
                i = opened  # 向“行长要参”透露, 持“谨慎乐观”的观点: a quoted term does not end the clause
                continue
        if text[i - 1] in _CLAUSE_OR_SENTENCE_END or text[i - 1] in _DATELINE_SEPARATORS:
            break  # (格隆汇 9 月 13日丨金徽酒公布: the dateline before the bar names no speaker)
        i -= 1
    return i


def _quote_spans(text: str):
    """(content start, content end, closed) of each quotation within one paragraph.

    Machine-translated text often closes a quote with an opening mark
    (“…。“…”): an opening mark right after sentence-final punctuation inside
    a quote ends the quote there and opens the next one.
    """
    at = 0
    n = len(text)
    while at < n:
        opener = text[at]
        if opener not in _PAIRS or (opener == "\"" and not _ascii_quote_opens(text, at)):
            at += 1
            continue
        closer = _PAIRS[opener]
        start = at + 1
        end = start
        closed = False
        while end < n and text[end] != "\n":
            if text[end] == closer:
                closed = True
                break
            if text[end] == opener and end > start and text[end - 1] in "。！？!?":
                break
            end += 1
        yield start, end, closed
        at = end + 1 if closed else end


class _Named:
    """People and organisations in text order, found by position in logarithmic time."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.starts = [m.start for m in mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        first, last = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]


def _sentence_opener(text: str, mark: int, persons: "_Named") -> Mention | None:
    """The person or organisation that opens the sentence of a quotation mark written after a comma or colon, when
    no one else is named between them (国元证券就坚持看空，“…”; not 申银万国的营业部人头攒动，“…”: a place of theirs)."""
    if text[mark - 1:mark] not in ("，", ",", "：", ":"):
        return None
    start = max((text.rfind(c, 0, mark) for c in _SENTENCE_END), default=-1) + 1
    while start < mark and text[start] in " \u3000\t":
        start += 1
    named = [m for m in persons.within(start, mark) if m.entity is not None and m.type in ("PERSON", "ORG")]
    if not named or named[0].start != start or text.startswith("的", named[0].end) \
            or any(m.entity is not named[0].entity for m in named[1:]) or "“" in text[start:mark]:
        return None
    return named[0]


def _named_by_headline(text: str, record: QuoteRecord, persons: "_Named") -> EntityRecord | None:
    """交银施罗德史伟：借中小板对抗不确定性“人性永远在贪婪和恐惧中摇摆…”: a headline opening with a person and a
    colon names who speaks in the quote that follows it, when the text names no one else before the quote."""
    colon = re.search(r"[:：]", text[:_HEADLINE_NAME_REACH])
    if colon is None or any(c in _SENTENCE_END for c in text[colon.end():record.start]):
        return None
    named = persons.within(0, colon.start())
    if not named or named[-1].type != "PERSON" or named[-1].end != colon.start() or persons.within(colon.end(), record.start):
        return None
    return named[-1].entity


_HEADLINE_NAME_REACH = 16  # characters a headline's speaker and colon take at most (交银施罗德史伟：)


def _inside_quote(quotes: list[QuoteRecord], starts: list[int], at: int) -> bool:
    """Whether `at` lies in a quotation or on its marks (quotes in text order, not overlapping)."""
    i = bisect.bisect_right(starts, at + 1) - 1
    return i >= 0 and quotes[i].start - 1 <= at < quotes[i].end + 1


def _end_before_the_next_report(text: str, quotes: list[QuoteRecord]) -> list[QuoteRecord]:
    """邓继军表示，近期还将重点挖掘并购重组品种；但华宝兴业陈海峰则指出，…: reported speech ends where the next
    one is reported by a named speaker (not at 从宏观经济角度来考量分析), in the clause before that speaker; what is
    left too short to be speech is no quote."""
    kept = []
    for i, record in enumerate(quotes):
        indirect = text[record.start - 1:record.start] not in _PAIRS and record.cue not in ("：", ":")
        inner = next((q for q in quotes[i + 1:] if record.start < q.start < record.end and q.speaker is not None), None)
        if indirect and inner is not None:
            reported_from = inner.speaker_start if inner.speaker_start is not None and \
                inner.speaker_start > record.start else inner.start - 1
            end = _clause_start(text, reported_from)
            while end > record.start and text[end - 1] in _CLAUSE_END + " ":
                end -= 1
            if end - record.start < 4:
                continue
            record.end = end
        kept.append(record)
    return kept


def _content_end(text: str, start: int) -> int:
    """Reported speech runs to the end of its sentence, or to a quotation that follows it (not past a quoted term:
    陈扬帆认为，在“热熊市”里，…)."""
    end = start
    while end < len(text) and text[end] not in "。！？!?\n":
        if text[end] in "“「『":
            closed = text.find(_PAIRS[text[end]], end + 1, end + 18)
            if closed < 0 or not _is_term(text, end + 1, closed):
                break
            end = closed
        end += 1
    return end


def _is_term(text: str, start: int, end: int) -> bool:
    """A short quoted name or term (“818”, “2021电商人才峰会”), not speech."""
    content = text[start:end]
    return len(content) < _MIN_QUOTE or (len(content) <= 16 and not re.search(r"[，,。！？!?；;]", content))


def _ascii_quote_opens(text: str, at: int) -> bool:
    return at + 1 < len(text) and "\u4e00" <= text[at + 1] <= "\u9fff"


def _tail(text: str, floor: int, end: int) -> str:
    """The text of the current sentence before position `end` (not before `floor`)."""
    start = end
    while start > floor and end - start < _LOOK_BEFORE and text[start - 1] not in _SENTENCE_END:
        start -= 1
    return text[start:end]


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]

