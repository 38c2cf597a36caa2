"""XLSX cell text as Excel shows it: no phonetic readings (furigana) glued to a name, and
OOXML's _xHHHH_ escapes decoded (a line break in a bio, a literal "_x0041_" kept)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from cohortdesk.documents.tabular_read import read_table
from cohortdesk.domain.records import CohortData, MembershipData, PersonData
from cohortdesk.services import cohorts, people, people_import, roster
from cohortdesk.services.roster import RosterRequest
from cohortdesk.store import Store

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_HEADERS = ("First name", "Last name", "Email", "Short bio")


def _workbook(path: Path, rows: list[list[str]], shared: list[str]) -> Path:
    """A minimal workbook as Excel writes one. `rows` holds each cell's XML (a <c> without its
    reference), `shared` each shared string's XML inside its <si>."""
    sheet_rows = "".join(
        f'<row r="{r}">' + "".join(cell.replace("<c", f'<c r="{chr(65 + i)}{r}"', 1)
                                   for i, cell in enumerate(cells)) + "</row>"
        for r, cells in enumerate(rows, start=1))
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="application'
            '/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/></Types>',
        "_rels/.rels":
            f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" Type="{_DOC}/officeDocument"'
            ' Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_DOC}"><sheets><sheet name="People" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" Type="{_DOC}/worksheet" '
            f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{_DOC}/sharedStrings"'
            ' Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml":
            f'<worksheet xmlns="{_MAIN}"><sheetData>{sheet_rows}</sheetData></worksheet>',
        "xl/sharedStrings.xml":
            f'<sst xmlns="{_MAIN}" count="{len(shared)}" uniqueCount="{len(shared)}">'
            + "".join(f"<si>{s}</si>" for s in shared) + "</sst>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, xml in parts.items():
            book.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xml
                          if not xml.startswith("<?xml") else xml)
    return path


def _shared_workbook(path: Path, people_rows: list[list[str]]) -> Path:
    """Headers and rows all as shared strings (what Excel saves); each cell is <si> XML."""
    shared = [f"<t>{h}</t>" for h in _HEADERS]
    rows = [[f'<c t="s"><v>{i}</v></c>' for i in range(len(_HEADERS))]]
    for cells in people_rows:
        rows.append([f'<c t="s"><v>{len(shared) + i}</v></c>' for i in range(len(cells))])
        shared.extend(cells)
    return _workbook(path, rows, shared)


def _inline(xml: str) -> str:
    return f'<c t="inlineStr"><is>{xml}</is></c>'


def _imported(store: Store, path: Path, email: str) -> PersonData:
    _, summary = people_import.import_file(store, path)
    assert summary is not None and summary.added >= 1
    pid = people.find_by_email(store, email)
    assert pid is not None
    return people.get_person(store, pid)


# -- Phonetic readings (furigana) ------------------------------------------------------------

def test_a_japanese_name_imports_without_its_reading(store: Store, tmp_path: Path) -> None:
    # Excel on a Japanese system keeps the reading typed with the IME beside the name.
    path = _shared_workbook(tmp_path / "meibo.xlsx", [[
        '<t>太郎</t><rPh sb="0" eb="2"><t>タロウ</t></rPh><phoneticPr fontId="1"/>',
        '<t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><phoneticPr fontId="1"/>',
        "<t>taro@example.jp</t>", "<t></t>"]])
    assert read_table(path).rows[0].cells[:3] == ("太郎", "山田", "taro@example.jp")
    taro = _imported(store, path, "taro@example.jp")
    assert (taro.given_name, taro.family_name) == ("太郎", "山田")


def test_rich_text_runs_are_joined_and_their_reading_left_out(tmp_path: Path) -> None:
    # A name typed in two formats is two runs of one string; the reading covers both.
    path = _shared_workbook(tmp_path / "rich.xlsx", [[
        '<r><t>花</t></r><r><rPr><b/></rPr><t>子</t></r>'
        '<rPh sb="0" eb="1"><t>ハナ</t></rPh><rPh sb="1" eb="2"><t>コ</t></rPh>'
        '<phoneticPr fontId="1"/>',
        "<t>佐藤</t>", "<t>hanako@example.jp</t>", "<t></t>"]])
    assert read_table(path).rows[0].cells[:2] == ("花子", "佐藤")


def test_an_inline_string_is_read_without_its_reading(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "inline.xlsx", [
        [_inline(f"<t>{h}</t>") for h in _HEADERS[:3]],
        [_inline('<t>次郎</t><rPh sb="0" eb="2"><t>ジロウ</t></rPh>'),
         _inline('<r><t>鈴</t></r><r><t>木</t></r><rPh sb="0" eb="2"><t>スズキ</t></rPh>'),
         _inline("<t>jiro@example.jp</t>")],
    ], [])
    assert read_table(path).rows[0].cells == ("次郎", "鈴木", "jiro@example.jp")


# -- _xHHHH_ escapes ---------------------------------------------------------------------------

def test_a_bio_keeps_its_line_break_as_a_csv_import_does(store: Store, tmp_path: Path) -> None:
    # Excel writes the carriage return of a line break inside a cell as _x000D_.
    path = _shared_workbook(tmp_path / "bios.xlsx", [[
        "<t>Ana</t>", "<t>Lee</t>", "<t>ana@example.org</t>",
        '<t xml:space="preserve">Line one_x000D_\nLine two</t>']])
    assert read_table(path).rows[0].cells[3] == "Line one\r\nLine two"
    csv = tmp_path / "bios.csv"
    csv.write_bytes(b'First name,Last name,Email,Short bio\r\n'
                    b'Ana,Lee,ana@example.org,"Line one\r\nLine two"\r\n')
    assert read_table(csv).rows[0].cells == read_table(path).rows[0].cells
    assert _imported(store, path, "ana@example.org").bio == "Line one\r\nLine two"


def test_a_typed_escape_is_kept_literally(store: Store, tmp_path: Path) -> None:
    # A user who types "_x0041_" gets "_x005F_x0041_" in the file: the first escape is "_".
    path = _shared_workbook(tmp_path / "literal.xlsx", [[
        "<t>Bo</t>", "<t>Ng</t>", "<t>bo@example.org</t>",
        "<t>Code _x005F_x0041_ here, _x0041_ and _x0062_</t>"]])
    assert read_table(path).rows[0].cells[3] == "Code _x0041_ here, A and b"
    assert _imported(store, path, "bo@example.org").bio == "Code _x0041_ here, A and b"


def test_escapes_need_four_hex_digits_in_any_case(tmp_path: Path) -> None:
    path = _shared_workbook(tmp_path / "hex.xlsx", [[
        "<t>Cy</t>", "<t>Oh</t>", "<t>cy@example.org</t>",
        "<t>a_x000d_b _x00410_ _x41_ _xGGGG_ _X0041_</t>"]])
    assert read_table(path).rows[0].cells[3] == "a\rb _x00410_ _x41_ _xGGGG_ _X0041_"


def test_a_surrogate_pair_is_one_character_and_a_lone_half_stays_text(
    store: Store, tmp_path: Path
) -> None:
    # Excel counts in UTF-16: a character outside the BMP may be escaped as its two halves.
    # Half of one is no character; decoding it would make text nothing can store.
    path = _shared_workbook(tmp_path / "emoji.xlsx", [[
        "<t>Joy_xD83D__xDE00_</t>", "<t>Half_xD83D_</t>", "<t>joy@example.org</t>", "<t></t>"]])
    assert read_table(path).rows[0].cells[:2] == ("Joy😀", "Half_xD83D_")
    joy = _imported(store, path, "joy@example.org")
    assert (joy.given_name, joy.family_name) == ("Joy😀", "Half_xD83D_")


def test_inline_strings_and_formula_text_are_decoded_but_numbers_are_not(
    tmp_path: Path
) -> None:
    path = _workbook(tmp_path / "mixed.xlsx", [
        [_inline(f"<t>{h}</t>") for h in ("Name", "Bio", "Formula", "Phone")],
        [_inline("<t>Di</t>"), _inline("<r><t>a_x000B_</t></r><r><t>b</t></r>"),
         '<c t="str"><f>A2&amp;"_x"</f><v>Di_x0009_x</v></c>', "<c><v>5125550102</v></c>"],
    ], [])
    assert read_table(path).rows[0].cells == ("Di", "a\x0bb", "Di\tx", "5125550102")


def test_a_roster_exported_to_excel_imports_back_unchanged(store: Store, tmp_path: Path) -> None:
    # XlsxWriter writes a control character (a vertical tab pasted from Word) as _x000B_ and a
    # typed "_x0041_" as "_x005F_x0041_": the round trip must give back what was typed.
    titles = {"ctl@example.org": "Line\x0bbreak from Word",
              "lit@example.org": "Code _x0041_ here",
              "tab@example.org": "a\tb"}
    source = Store.open(tmp_path / "source.cohortdesk")
    try:
        cid = cohorts.create_cohort(source, CohortData(name="Spring"))
        for email, title in titles.items():
            pid = people.create_person(source, PersonData(
                given_name=email.split("@")[0], family_name="X", email=email, title=title,
                consent_share_contact=True))
            cohorts.add_member(source, cid, MembershipData(person_id=pid))
        path = tmp_path / "roster.xlsx"
        roster.export_roster(source, RosterRequest(cohort_id=cid, fields=(
            "given_name", "family_name", "email", "title")), "xlsx", path)
    finally:
        source.close()
    with zipfile.ZipFile(path) as book:  # the escapes this test is about are in the file
        assert b"_x000B_" in book.read("xl/worksheets/sheet1.xml")
    _, summary = people_import.import_file(store, path)
    assert summary is not None and summary.added == len(titles)
    imported = {email: people.get_person(store, people.find_by_email(store, email) or 0).title
                for email in titles}
    assert imported == titles
