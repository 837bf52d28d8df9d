"""variants() and the ``volia names`` commands."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from volia.cli.names import register
from volia.names import InvalidName, Variant, variants


def test_variants_of_a_belarusian_name() -> None:
    found = variants("Ціханоўскі")
    texts = {v.text for v in found}
    assert found[0] == Variant("Ціханоўскі", "input", "Cyrl", "be")
    assert {"Cichanoŭski", "Tsikhanouski", "Тихановский", "Tikhanovsky"} <= texts
    assert len(texts) == len(found)  # no duplicates
    systems = {v.system for v in found}
    assert {"be-national-2007", "icao-9303", "be→ru"} <= systems


def test_variants_of_a_russian_name_include_belarusian() -> None:
    texts = {v.text for v in variants("Колесникова Мария")}
    assert "Kolesnikova Mariya" in texts and "Калеснікава Марыя" in texts


def test_variants_of_a_latin_name_go_back_to_cyrillic() -> None:
    found = variants("Tsikhanouski")
    assert any(v.text == "Ціханоўскі" and v.lang == "be" for v in found)
    assert any(v.script == "Cyrl" and v.lang == "ru" for v in found)


def test_variants_reject_bad_input() -> None:
    with pytest.raises(InvalidName):
        variants("  ")


@pytest.fixture
def app() -> typer.Typer:
    root = typer.Typer()

    @root.callback()
    def _root() -> None:  # a callback keeps "names" a sub-command, as in volia.cli.main
        pass

    register(root)
    return root


def test_cli_variants_json(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["names", "variants", "Ціханоўскі", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["text"] == "Ціханоўскі"
    assert any(r["text"] == "Tsikhanouski" for r in rows)


def test_cli_variants_table_and_errors(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["names", "variants", "Kalesnikava"])
    assert result.exit_code == 0 and "Калеснікава" in result.output
    bad = CliRunner().invoke(app, ["names", "variants", "123"])
    assert bad.exit_code == 2


def test_cli_inspect(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["names", "inspect", "Марию Колесникову", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["nominative"] == "Мария Колесникова"
