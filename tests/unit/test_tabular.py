import math

import pandas as pd
import pytest

from coodiag.processing_algorithms.analysis import tabular as t


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_semicolon_latin1_decimal_comma(tmp_path):
    text = "Nom;Ville;Heures vendues\nFICTIF Éric;Ajaccio;12,5\nFICTIF Zoé;Afa;3\n"
    table = t.read_csv_file(_write(tmp_path, "a.csv", text.encode("cp1252")))
    assert (table.separator, table.encoding) == (";", "cp1252")
    assert table.frame["Nom"].tolist() == ["FICTIF Éric", "FICTIF Zoé"]
    values, bad = t.numeric_column(table.frame["Heures vendues"])
    assert values.tolist() == [12.5, 3.0] and not bad.any()
    assert t.infer_kind("Heures vendues", table.frame["Heures vendues"]) == "double"


def test_utf8_bom_and_tab(tmp_path):
    text = "Code INSEE\tCommune\n2A004\tAjaccio\n01004\tAmbérieu-en-Bugey\n"
    table = t.read_csv_file(_write(tmp_path, "b.txt", b"\xef\xbb\xbf" + text.encode("utf-8")))
    assert (table.separator, table.encoding) == ("\t", "utf-8-sig")
    assert list(table.frame.columns) == ["Code INSEE", "Commune"]
    assert t.infer_kind("Code INSEE", table.frame["Code INSEE"]) == "string"


def test_comma_with_quoted_multiline_fields(tmp_path):
    text = 'id,adresse,note\n1,"12 rue Fesch\nBâtiment B","dit ""le grand"", ok"\n2,"3, cours Napoléon",\n'
    table = t.read_csv_file(_write(tmp_path, "c.csv", text.encode("utf-8")))
    assert table.separator == ","
    assert table.frame["adresse"].tolist() == ["12 rue Fesch\nBâtiment B", "3, cours Napoléon"]
    assert table.frame["note"].tolist() == ['dit "le grand", ok', ""]
    assert table.line_numbers == [2, 4]


def test_utf16_bom(tmp_path):
    text = "a\tb\n1\t2\n"
    table = t.read_csv_file(_write(tmp_path, "d.txt", text.encode("utf-16")))
    assert table.frame.to_dict("list") == {"a": ["1"], "b": ["2"]}


def test_empty_and_header_only(tmp_path):
    with pytest.raises(t.TabularError) as err:
        t.read_csv_file(_write(tmp_path, "e.csv", b""))
    assert err.value.code == "empty"
    with pytest.raises(t.TabularError) as err:
        t.read_csv_file(_write(tmp_path, "e2.csv", b"\xef\xbb\xbf\r\n  \r\n"))
    assert err.value.code == "empty"
    with pytest.raises(t.TabularError) as err:
        t.read_csv_file(_write(tmp_path, "h.csv", b"nom;ville\r\n\r\n"))
    assert err.value.code == "header_only"


def test_undetectable_encoding(tmp_path):
    with pytest.raises(t.TabularError) as err:
        t.read_csv_file(_write(tmp_path, "x.csv", b"nom;ville\n\x81\x8d\x90;\x9d\n"))
    assert err.value.code == "encoding"
    with pytest.raises(t.TabularError) as err:
        t.read_csv_file(_write(tmp_path, "y.csv", b"nom;ville\n\x00\x01\x02;abc\n"))
    assert err.value.code == "encoding"


def test_forced_encoding_error(tmp_path):
    with pytest.raises(t.TabularError) as err:
        t.read_csv_file(_write(tmp_path, "z.csv", "a;b\né;1\n".encode("cp1252")), encoding="utf-8")
    assert err.value.code == "encoding"


def test_mixed_separators(tmp_path):
    text = "nom;ville;cp\na;Ajaccio;20000\nb,Afa,20167\nc,Alata,20167\nd;Peri;20167\n"
    with pytest.raises(t.TabularError) as err:
        t.read_csv_file(_write(tmp_path, "m.csv", text.encode()))
    assert err.value.code == "mixed_separators"
    assert err.value.details["lines"] == [3, 4]


def test_duplicated_headers_blank_lines_and_ragged_rows(tmp_path):
    text = "nom;nom;;ville;\n\na;b;x;Ajaccio;\nc;d\n\n"
    table = t.read_csv_file(_write(tmp_path, "dup.csv", text.encode()))
    assert list(table.frame.columns) == ["nom", "nom_2", "column_3", "ville"]
    assert table.duplicated_columns == {"nom": ["nom", "nom_2"]}
    assert table.blank_lines == 2
    assert table.padded_rows == [4]
    assert table.row_count == 2


def test_too_many_fields(tmp_path):
    with pytest.raises(t.TabularError) as err:
        t.read_csv_file(_write(tmp_path, "w.csv", b"a;b\n1;2;3\n"))
    assert err.value.code == "too_many_fields" and err.value.details["line"] == 2
    # flagged instead (the import sets such rows aside): one stray line among many, truncated and listed
    path = _write(tmp_path, "f.csv", b"a;b\n" + b"".join(b"%d;x\n" % i for i in range(30)) + b"9;y;stray\n4;z;\n")
    table = t.read_csv_file(path, flag_overlong=True)
    assert table.overlong_rows == [30] and table.trimmed_rows == 1 and table.row_count == 32
    assert table.frame.iloc[30].tolist() == ["9", "y"]
    # many such lines: a systematic fault, refused even when flagging
    many = _write(tmp_path, "m.csv", b"a;b\n" + b"1;2;3\n" * 5 + b"1;2\n" * 5)
    with pytest.raises(t.TabularError) as err:
        t.read_csv_file(many, flag_overlong=True)
    assert err.value.code == "too_many_fields" and err.value.details["count"] == 5


@pytest.mark.parametrize(("raw", "value"), [
    ("12,5", 12.5), ("1 234,5", 1234.5), ("1.234,5", 1234.5), ("12.5", 12.5), ("-3", -3.0), ("", None),
    ("1e3", 1000.0),
])
def test_to_number(raw, value):
    assert t.to_number(raw) == value


def test_non_numeric_mask():
    values, bad = t.numeric_column(pd.Series(["1,5", "", "abc"]))
    assert bad.tolist() == [False, False, True]


def test_safe_field_name():
    taken = set()
    assert t.safe_field_name("N° client", taken) == "n_client"
    assert t.safe_field_name("Heures vendues", taken) == "heures_vendues"
    assert t.safe_field_name("Âge", taken) == "age"
    assert t.safe_field_name("Âge", taken) == "age_2"
    assert t.safe_field_name("2023", taken) == "f_2023"


def test_amounts_of_a_french_export():
    """Money columns as people type them: currency sign, thousands spaces, decimal comma — one reader."""
    assert t.to_number("1 234,50 €") == 1234.5
    assert t.to_number("1\u202f234,50\u00a0€") == 1234.5
    assert t.to_number("EUR 12") == 12.0 and t.to_number("987,00 euros") == 987.0
    assert math.isnan(t.to_number("abc €"))
    assert t.infer_kind("CA 2024 (€)", pd.Series(["1 234,50 €", "987,00", "12"])) == "double"
