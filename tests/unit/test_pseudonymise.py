import datetime as dt

import pandas as pd
import pytest

from coodiag.processing_algorithms.analysis import pseudonymise as p


def _frame():
    return pd.DataFrame({
        "Matricule": ["S001", "S002", "S001"],
        "Nom": ["FICTIF Dupont", "FICTIF Rossi", "FICTIF Dupont"],
        "Prénom": ["Anna", "Paul", "Anna"],
        "Date de naissance": ["15/06/1990", "1970-01-31", "15/06/1990"],
        "Téléphone": ["0600000000", "", "0600000000"],
        "E-mail": ["a@example.org", "", ""],
        "Code INSEE": ["2A004", "2A001", "2A004"],
        "Public": ["RSA", "50+", "RSA"],
    })


def test_detect_columns():
    roles = p.detect_personal_columns(_frame().columns)
    assert roles == {"Nom": "name", "Prénom": "first_name", "Date de naissance": "birth_date",
                     "Téléphone": "phone", "E-mail": "email"}
    assert p.detect_id_column(_frame().columns) == "Matricule"


def test_pseudonymise_drops_and_hashes():
    out, dropped, added = p.pseudonymise(_frame(), "salt-1", id_column="Matricule",
                                         reference_date=dt.date(2024, 1, 1))
    assert list(out.columns) == ["Matricule", "Code INSEE", "Public", "age"]
    assert set(dropped) == {"Nom", "Prénom", "Date de naissance", "Téléphone", "E-mail"}
    assert added == ["age"]
    assert out["age"].tolist() == ["33", "53", "33"]
    ids = out["Matricule"].tolist()
    assert ids[0] == ids[2] != ids[1] and ids[0].startswith("p_") and len(ids[0]) == 18
    assert "S001" not in " ".join(out.astype(str).values.ravel())
    other, _, _ = p.pseudonymise(_frame(), "salt-2", id_column="Matricule")
    assert other["Matricule"][0] != ids[0]  # the salt matters


def test_salt_required():
    with pytest.raises(ValueError):
        p.pseudonymise(_frame(), "")


def test_parse_date():
    assert p.parse_date("01.02.85") == dt.date(1985, 2, 1)
    assert p.parse_date("31/02/1990") is None
    assert p.age_at(dt.date(2000, 6, 2), dt.date(2024, 6, 1)) == 23
