"""Pure XLSX/ODS reader and header finder: workbooks are built here with zipfile (no openpyxl)."""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from coodiag.processing_algorithms.analysis import spreadsheet as ss

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
BMO_XLSX = SHARED / "bmo-2024" / "Base_open_data_BMO_2024.xlsx"

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# ---- builders ------------------------------------------------------------------------------------
def col_letters(c: int) -> str:
    out = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        out = chr(65 + rem) + out
    return out


def write_xlsx(path, sheets, strings=(), styles_xml=None, date1904=False, absolute_target=False):
    """sheets: list of (name, sheet_xml_body) where body is the content of <sheetData> + extra."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"/>')
        pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
        sheet_tags = "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                             for i, (n, _b) in enumerate(sheets))
        z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}">{pr}'
                   f"<sheets>{sheet_tags}</sheets></workbook>")
        rels = "".join(
            f'<Relationship Id="rId{i + 1}" Type="{RELS}/worksheet" '
            f'Target="{"/xl/" if absolute_target else ""}worksheets/sheet{i + 1}.xml"/>'
            for i in range(len(sheets)))
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   f'openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        for i, (_n, body) in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml",
                       f'<?xml version="1.0"?><worksheet xmlns="{MAIN}" xmlns:r="{RELS}">{body}</worksheet>')
        if strings:
            items = "".join(s if s.startswith("<si>") else f"<si><t>{escape(s)}</t></si>" for s in strings)
            z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst xmlns="{MAIN}">{items}</sst>')
        if styles_xml:
            z.writestr("xl/styles.xml", f'<?xml version="1.0"?><styleSheet xmlns="{MAIN}">{styles_xml}'
                       "</styleSheet>")
    return path


def grid_xml(rows, merges=()):
    """Plain grid → sheet XML with inline strings and numbers; None = no cell."""
    out = ["<sheetData>"]
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            if v is None or v == "":
                continue
            ref = f"{col_letters(c)}{r + 1}"
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
        out.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">'
                   + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>")
    return "".join(out)


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def write_ods(path, tables):
    """tables: list of (name, table_inner_xml)."""
    body = "".join(f'<table:table table:name="{escape(n)}">{x}</table:table>' for n, x in tables)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}><office:body>'
               f"<office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    return path


def ods_cell(value=None, repeat=1, span=None, vtype=None, attrs=""):
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    sp = f' table:number-columns-spanned="{span[1]}" table:number-rows-spanned="{span[0]}"' if span else ""
    if value is None:
        return f"<table:table-cell{rep}{sp}{attrs}/>"
    if vtype == "float":
        return (f'<table:table-cell office:value-type="float" office:value="{value}"{rep}{sp}{attrs}>'
                f"<text:p>{value}</text:p></table:table-cell>")
    return f"<table:table-cell{rep}{sp}{attrs}><text:p>{escape(value)}</text:p></table:table-cell>"


def ods_row(cells, repeat=1):
    rep = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{rep}>{''.join(cells)}</table:table-row>"


# ---- XLSX ----------------------------------------------------------------------------------------
STYLES = ('<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/>'
          '<numFmt numFmtId="165" formatCode="[$-40C]hh:mm;@"/></numFmts>'
          '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>'
          '<xf numFmtId="10"/></cellXfs>')


def test_xlsx_values_of_every_kind(tmp_path):
    strings = ["nom", "Ajaccio", '<si><r><t>Cours </t></r><r><rPr><b/></rPr><t>Napoléon</t></r>'
               '<rPh sb="0" eb="1"><t>XX</t></rPh></si>']
    body = ("<sheetData>"
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>date</t></is></c>'
            '<c r="C1" t="inlineStr"><is><r><t>heu</t></r><r><t>re</t></r></is></c></row>'
            '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>45356</v></c><c r="C2" s="3"><v>0.4375</v></c>'
            '<c r="D2" s="2"><v>45356.5</v></c><c r="E2" s="4"><v>0.25</v></c></row>'
            '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"><v>2024</v></c><c r="C3"><v>41.921297000000003</v></c>'
            '<c r="D3"><v>-3.0</v></c><c r="E3"><v>1.5E-3</v></c><c r="F3" t="b"><v>1</v></c>'
            '<c r="G3" t="e"><v>#N/A</v></c><c r="H3" t="str"><f>A1&amp;"x"</f><v>nomx</v></c>'
            '<c r="I3"><f>1+1</f><v>2</v></c><c r="J3" s="4"/></row>'
            "</sheetData>")
    path = write_xlsx(tmp_path / "kinds.xlsx", [("Données", body)], strings=strings, styles_xml=STYLES)
    sheet = ss.read_sheet(path)
    assert sheet.sheet_names == ["Données"] and sheet.name == "Données"
    assert sheet.rows[0] == ["nom", "date", "heure"]
    # 45356 = 2024-03-05 (1900 system); 0.4375 = 10:30; 45356.5 → noon; percentage style stays a number
    assert sheet.rows[1] == ["Ajaccio", "2024-03-05", "10:30:00", "2024-03-05T12:00:00", "0.25"]
    assert sheet.rows[2] == ["Cours Napoléon", "2024", "41.921297", "-3", "0.0015", "TRUE", "#N/A", "nomx", "2"]
    serial = ss.read_sheet(path, dates="serial")
    assert serial.rows[1][1:4] == ["45356", "0.4375", "45356.5"]


def test_xlsx_1904_date_system(tmp_path):
    body = '<sheetData><row r="1"><c r="A1" s="1"><v>43894</v></c></row></sheetData>'
    path = write_xlsx(tmp_path / "mac.xlsx", [("S", body)], styles_xml=STYLES, date1904=True)
    assert ss.read_sheet(path).rows == [["2024-03-05"]]  # 43894 days after 1904-01-01


@pytest.mark.parametrize(("serial", "kind", "expected"), [
    (1, "date", "1900-01-01"), (59, "date", "1900-02-28"), (61, "date", "1900-03-01"),
    (45356.75, "datetime", "2024-03-05T18:00:00"), (0.5, "time", "12:00:00")])
def test_serial_to_iso(serial, kind, expected):
    assert ss.serial_to_iso(serial, kind) == expected


def test_xlsx_sparse_rows_cells_without_ref_and_trailing_blanks(tmp_path):
    body = ("<sheetData>"
            '<row r="2"><c r="C2"><v>1</v></c><c r="E2" t="inlineStr"><is><t>x</t></is></c></row>'
            '<row><c><v>7</v></c><c><v>8</v></c><c r="F3" s="0"/></row>'  # no refs: sequential
            '<row r="6"><c r="B6" s="0"/></row>'  # styled but empty: trimmed
            "</sheetData>")
    path = write_xlsx(tmp_path / "sparse.xlsx", [("S", body)], absolute_target=True)
    rows = ss.read_sheet(path).rows
    assert rows == [[], ["", "", "1", "", "x"], ["7", "8"]]


def test_xlsx_sheet_choice_merges_and_errors(tmp_path):
    first = grid_xml([["intro"]])
    second = grid_xml([["Titre", None, None], ["a", "b", "c"], [1, 2, 3]], merges=["A1:C1", "B5:B9"])
    path = write_xlsx(tmp_path / "two.xlsx", [("Notice", first), ("Data", second)])
    assert ss.sheet_names(path) == ["Notice", "Data"]
    assert ss.read_sheet(path).rows == [["intro"]]
    by_name = ss.read_sheet(path, sheet="data")  # case-insensitive
    by_index = ss.read_sheet(path, sheet=1)
    assert by_name.rows == by_index.rows == [["Titre"], ["a", "b", "c"], ["1", "2", "3"]]
    assert by_name.merged == [(0, 0, 0, 2), (4, 1, 8, 1)]
    with pytest.raises(ss.SpreadsheetError) as err:
        ss.read_sheet(path, sheet="Nope")
    assert err.value.code == "no_sheet"
    with pytest.raises(ss.SpreadsheetError):
        ss.read_sheet(path, sheet=5)


def test_xlsx_max_rows_keeps_merges_found_after_the_data(tmp_path):
    rows = [["Titre"], ["k", "v"]] + [[f"r{i}", i] for i in range(5000)]
    path = write_xlsx(tmp_path / "big.xlsx", [("S", grid_xml(rows, merges=["A1:B1"]))])
    head = ss.read_sheet(path, max_rows=3)
    assert head.truncated is True
    assert head.rows == [["Titre"], ["k", "v"], ["r0", "0"]]
    assert head.merged == [(0, 0, 0, 1)]
    full = ss.read_sheet(path)
    assert full.truncated is False and len(full.rows) == 5002 and full.rows[-1] == ["r4999", "4999"]


def test_not_a_workbook_and_legacy_xls(tmp_path):
    csv = tmp_path / "a.xlsx"
    csv.write_text("a;b\n1;2\n")
    with pytest.raises(ss.SpreadsheetError) as err:
        ss.read_sheet(csv)
    assert err.value.code == "not_a_workbook"
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(ss.SpreadsheetError) as err:
        ss.read_sheet(xls)
    assert err.value.code == "legacy_xls"
    other = tmp_path / "x.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("readme.txt", "hi")
    with pytest.raises(ss.SpreadsheetError):
        ss.read_sheet(other)


# ---- ODS -----------------------------------------------------------------------------------------
def test_ods_repeats_spans_types_and_covered_cells(tmp_path):
    table = (
        '<table:table-column table:number-columns-repeated="1024"/>'
        + ods_row([ods_cell("Liste des clients", span=(1, 3)), '<table:covered-table-cell '
                   'table:number-columns-repeated="2"/>', ods_cell(None, repeat=1020)])
        + ods_row([ods_cell(None, repeat=1024)], repeat=2)
        + ods_row([ods_cell("nom"), ods_cell("n"), ods_cell("quand"), ods_cell("heure"), ods_cell("ok"),
                   ods_cell("part")])
        + ods_row([
            '<table:table-cell><text:p>Jean<text:s text:c="3"/>B.</text:p><text:p>ligne 2</text:p>'
            '<office:annotation><text:p>note cachée</text:p></office:annotation></table:table-cell>',
            ods_cell("12", vtype="float"),
            '<table:table-cell office:value-type="date" office:date-value="2024-03-05"><text:p>05/03/24</text:p>'
            "</table:table-cell>",
            '<table:table-cell office:value-type="time" office:time-value="PT10H30M00S"><text:p>10:30</text:p>'
            "</table:table-cell>",
            '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>VRAI</text:p>'
            "</table:table-cell>",
            '<table:table-cell office:value-type="percentage" office:value="0.125"><text:p>12,5 %</text:p>'
            "</table:table-cell>",
            ods_cell(None, repeat=1018)])
        + ods_row([ods_cell("x", repeat=3), ods_cell(None, repeat=2), ods_cell("y")], repeat=2)
        + ods_row([ods_cell(None, repeat=1024)], repeat=1048570)
    )
    path = write_ods(tmp_path / "t.ods", [("Feuille1", table), ("Autre", ods_row([ods_cell("z")]))])
    sheet = ss.read_sheet(path)
    assert sheet.sheet_names == ["Feuille1", "Autre"]
    assert sheet.rows == [
        ["Liste des clients"], [], [],
        ["nom", "n", "quand", "heure", "ok", "part"],
        ["Jean   B.\nligne 2", "12", "2024-03-05", "10:30:00", "TRUE", "0.125"],
        ["x", "x", "x", "", "", "y"], ["x", "x", "x", "", "", "y"],
    ]
    assert sheet.merged == [(0, 0, 0, 2)]
    assert ss.read_sheet(path, sheet="Autre").rows == [["z"]]
    assert ss.read_sheet(path, dates="serial").rows[4][2] == "45356"
    head = ss.read_sheet(path, max_rows=4)
    assert len(head.rows) == 4 and head.truncated


def test_ods_vertical_span_over_repeated_rows(tmp_path):
    table = (ods_row([ods_cell("A", span=(2, 1)), ods_cell("B")])
             + ods_row(['<table:covered-table-cell/>', ods_cell("C")])
             + ods_row([ods_cell(None)], repeat=3) + ods_row([ods_cell(None), ods_cell("D", span=(1, 2))]))
    sheet = ss.read_sheet(write_ods(tmp_path / "v.ods", [("S", table)]))
    assert sheet.rows == [["A", "B"], ["", "C"], [], [], [], ["", "D"]]
    assert sheet.merged == [(0, 0, 1, 0), (5, 1, 5, 2)]


# ---- header finder -------------------------------------------------------------------------------
def test_header_below_title_and_group_row():
    rows = [["Clients de l'AI — export 2024"], [],
            ["Identité", "", "Coordonnées", ""],
            ["Nom", "Commune", "lat", "lon"],
            ["Dupont", "Ajaccio", "41.92", "8.73"]]
    merged = [(0, 0, 0, 3), (2, 0, 2, 1), (2, 2, 2, 3)]
    assert ss.find_header(rows, merged) == (["Nom", "Commune", "lat", "lon"], 4)


def test_grouped_header_without_sub_row_names_both_columns():
    rows = [["Nom", "Coordonnées", "", "Commune"], ["Dupont", "41.92", "8.73", "Ajaccio"]]
    assert ss.find_header(rows, [(0, 1, 0, 2)]) == (["Nom", "Coordonnées", "Coordonnées", "Commune"], 1)


def test_two_row_header_with_vertical_merges():
    rows = [["Nom", "Adresse", "Coordonnées", ""], ["", "", "lat", "lon"], ["Dupont", "1 rue A", "41.9", "8.7"]]
    merged = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)]
    assert ss.find_header(rows, merged) == (["Nom", "Adresse", "lat", "lon"], 2)


def test_two_row_header_group_merge_only():
    rows = [["Nom", "Adresse", "Coordonnées", ""], ["", "", "lat", "lon"], ["Dupont", "1 rue A", "41.9", "8.7"]]
    assert ss.find_header(rows, [(0, 2, 0, 3)]) == (["Nom", "Adresse", "lat", "lon"], 2)


def test_unmerged_two_row_header_fills_empty_cells_from_above():
    rows = [["Nom", "Adresse", "Coordonnées", ""], ["", "", "lat", "lon"], ["Dupont", "1 rue A", "41.9", "8.7"]]
    assert ss.find_header(rows) == (["Nom", "Adresse", "lat", "lon"], 2)


def test_plain_and_degenerate_headers():
    assert ss.find_header([["a", " b  c "], ["1", "2"]]) == (["a", "b c"], 1)
    assert ss.find_header([["1", "2"], ["3", "4"]]) == (["1", "2"], 1)  # no label row: first row
    assert ss.find_header([[], ["x", "y"], ["1", "2"]]) == (["x", "y"], 2)
    assert ss.find_header([]) == ([], 0)
    # a title that is one unmerged cell is not used to name an unnamed column
    rows = [["Titre"], ["", "nom", "age"], ["1", "A", "3"]]
    assert ss.find_header(rows) == (["", "nom", "age"], 2)


def test_read_table_on_a_report_like_xlsx(tmp_path):
    rows = [["Liste des chantiers"], [], ["Site", "Adresse", "Coordonnées", None],
            [None, None, "lat", "lon"], ["Dépôt", "2 av. X", 41.9, 8.7], [], ["Atelier", "3 rue Y", 41.95, 8.75]]
    path = write_xlsx(tmp_path / "report.xlsx",
                      [("S", grid_xml(rows, merges=["A1:D1", "A3:A4", "B3:B4", "C3:D3"]))])
    names, data, sheet = ss.read_table(path)
    assert names == ["Site", "Adresse", "lat", "lon"]
    assert data == [["Dépôt", "2 av. X", "41.9", "8.7"], ["Atelier", "3 rue Y", "41.95", "8.75"]]
    assert sheet.merged[0] == (0, 0, 0, 3)


def test_fill_merged():
    filled = ss.fill_merged([["a", ""], ["", ""]], [(0, 0, 1, 1)])
    assert filled == [["a", "a"], ["a", "a"]]


# ---- the real BMO workbook -----------------------------------------------------------------------
@pytest.mark.skipif(not BMO_XLSX.exists(), reason="shared BMO workbook not available")
def test_real_bmo_workbook():
    assert ss.sheet_names(BMO_XLSX) == ["Description des variables", "BMO_2024_open_data"]
    sheet = ss.read_sheet(BMO_XLSX, sheet="BMO_2024_open_data")
    names, start = ss.find_header(sheet.rows, sheet.merged)
    assert start == 1 and names[9:] == ["BE24", "NOMBE24", "met", "xmet", "smet"]
    data = sheet.rows[1:]
    assert len(data) == 53443
    assert sum(1 for r in data if r[11] == "*") == 10891
    assert sum(int(r[11]) for r in data if r[11] != "*") == 2751069
    assert data[0][:3] == ["2024", "A0X40", "Agriculteurs"] and data[0][5] == "01"  # text codes keep zeros
