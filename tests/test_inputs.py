"""Reading inputs: encodings, bad files, HTML, JSON records and URLs from a real local server."""
from __future__ import annotations

import json
from datetime import date

import pytest

from extractor.errors import ExtractorError
from extractor.inputs import Limits, Source, expand, load
from local_server import serve, _Handler

TEXT = "小米集团营收同比增长20%，达到人民币3000亿元。公司表示，明年将继续扩大投资。"
TRADITIONAL = "小米集團營收同比增長20%，達到人民幣3000億元。公司表示，明年將繼續擴大投資。"


def read_one(path, limits: Limits = Limits()):
    items = list(expand([str(path)], limits))
    assert len(items) == 1, items
    if isinstance(items[0], ExtractorError):
        raise items[0]
    return load(items[0], limits)


def error_of(path, limits: Limits = Limits()) -> ExtractorError:
    with pytest.raises(ExtractorError) as caught:
        read_one(path, limits)
    return caught.value


@pytest.mark.parametrize("encoding, text, warned", [
    ("utf-8", TEXT, False),
    ("utf-8-sig", TEXT, False),
    ("utf-16", TEXT, False),            # with a byte-order mark
    ("utf-16-le", TEXT, True),          # without one: guessed
    ("gb18030", TEXT, True),
    ("gbk", TEXT, True),
    ("big5", TRADITIONAL, True),
])
def test_encodings_are_detected_and_guesses_are_warned(tmp_path, encoding, text, warned):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    article = read_one(path)
    assert article.text == text
    assert article.doc_id == encoding
    assert bool(article.warnings) == warned
    if warned:
        assert "guessed" in article.warnings[0]


def test_gb18030_characters_outside_gbk_survive(tmp_path):
    text = TEXT + "𠮷野家中国区营收增长5%。"         # 𠮷 needs GB18030's four-byte form
    (tmp_path / "rare.txt").write_bytes(text.encode("gb18030"))
    assert read_one(tmp_path / "rare.txt").text == text


def test_bad_files_are_named_with_a_reason(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "latin.txt").write_bytes("café naïve résumé".encode("latin-1"))
    assert error_of(tmp_path / "empty.txt").code == "E002"
    assert error_of(tmp_path / "blank.txt").code == "E002"
    assert error_of(tmp_path / "binary.txt").code == "E003"
    latin = error_of(tmp_path / "latin.txt")
    assert latin.code == "E004" and "latin.txt" in str(latin)
    assert list(expand([str(tmp_path / "missing.txt")]))[0].code == "E001"


def test_a_20_mb_file_is_refused_by_size_without_being_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(TEXT.encode() * (20_000_000 // len(TEXT.encode()) + 1))
    exc = error_of(big)
    assert exc.code == "E009" and "20.0 MB" in exc.reason and "--max-size" in exc.reason
    assert read_one(big, Limits(max_bytes=30_000_000, max_chars=10**8)).text.startswith(TEXT)


def test_too_many_characters_is_refused(tmp_path):
    (tmp_path / "long.txt").write_text(TEXT * 10, encoding="utf-8")
    exc = error_of(tmp_path / "long.txt", Limits(max_chars=100))
    assert exc.code == "E009" and "characters" in exc.reason


def test_html_main_text_title_and_date(tmp_path):
    from local_server import ARTICLE_HTML

    (tmp_path / "page.html").write_text(ARTICLE_HTML, encoding="utf-8")
    article = read_one(tmp_path / "page.html")
    assert "营收同比增长20%" in article.text
    assert "版权所有" not in article.text and "首页" not in article.text
    assert article.title == "小米集团发布财报"
    assert article.published == date(2022, 3, 23) and article.published_source == "metadata"


def test_broken_html_is_read_or_reported_never_crashes(tmp_path):
    (tmp_path / "broken.html").write_text("<html><body><p>腾讯2021年营收同比增长16%，净利润达到2248亿元。<div><span>"
                                          "公司表示将继续投入。</p></td></html", encoding="utf-8")
    (tmp_path / "nothing.html").write_text("<html><head><script>var a = 1;</script></head><body></body>",
                                           encoding="utf-8")
    assert "营收同比增长16%" in read_one(tmp_path / "broken.html").text
    assert error_of(tmp_path / "nothing.html").code == "E005"


def test_json_records_each_become_an_article_or_an_error(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": TEXT, "title": "小米", "published": "2022-03-01", "url": "https://x.cn/1"},
                   ensure_ascii=False),
        "",
        "{broken",
        json.dumps({"title": "no text"}),
        json.dumps({"text": TEXT, "published": "March 1st"}, ensure_ascii=False),
        json.dumps({"id": 7, "text": "   "}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = list(expand([str(tmp_path / "batch.jsonl")]))
    assert len(items) == 5
    first, broken, no_text, bad_date, blank = items
    assert isinstance(first, Source) and first.key == "https://x.cn/1"
    article = load(first)
    assert (article.doc_id, article.title, article.published, article.published_source) == \
        ("a1", "小米", date(2022, 3, 1), "metadata")
    assert broken.code == "E008" and broken.path.endswith("batch.jsonl#3")
    assert no_text.code == "E008" and "text" in no_text.reason
    assert bad_date.key.endswith("batch.jsonl#5") and load(bad_date).doc_id == "batch-5"
    assert "not a YYYY-MM-DD date" in load(bad_date).warnings[0]
    assert blank.code == "E005"


def test_a_json_file_holds_one_record_or_a_list(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": TEXT}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"text": TEXT}, {"text": TEXT, "id": "b"}]), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    keys = [item.key if isinstance(item, Source) else item.code for item in expand([str(tmp_path)])]
    assert keys == ["E008", f"{tmp_path}/list.json#1", f"{tmp_path}/list.json#2", f"{tmp_path}/one.json#1"]


def test_folders_are_walked_recursively_and_sorted(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    for name in ("b/c/z.txt", "b/a.md", "a.htm", "notes.pdf", ".hidden/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    keys = [item.key for item in expand([str(tmp_path)])]
    assert keys == [str(tmp_path / p) for p in ("a.htm", "b/a.md", "b/c/z.txt")]


def test_urls_are_fetched_with_redirects_and_a_user_agent():
    with serve() as base:
        article = load(Source(f"{base}/moved", "url"))
        assert article.title == "小米集团发布财报"
        assert article.published == date(2022, 3, 23)
        assert article.source == f"{base}/moved" and len(article.doc_id) == 64
        assert _Handler.seen_agents[-1].startswith("extractor/")
        plain = load(Source(f"{base}/gbk.txt", "url"))
        assert plain.text == "腾讯2021年营收同比增长16%。" and "GB18030" in plain.warnings[0]


@pytest.mark.parametrize("path, code, words", [
    ("/missing", "E006", "HTTP 404"),
    ("/loop", "E006", "redirects"),
    ("/slow", "E006", "timed out"),
    ("/huge", "E009", "MB"),
    ("/image.png", "E006", "image/png"),
])
def test_failing_urls_each_give_a_clear_error(path, code, words):
    with serve() as base:
        with pytest.raises(ExtractorError) as caught:
            load(Source(base + path, "url"), Limits(timeout=0.5, max_bytes=1_000_000))
    assert caught.value.code == code
    assert words in caught.value.reason and caught.value.path == base + path


def test_unreachable_url():
    with pytest.raises(ExtractorError) as caught:
        load(Source("http://127.0.0.1:9/none", "url"), Limits(timeout=2))
    assert caught.value.code == "E006"
