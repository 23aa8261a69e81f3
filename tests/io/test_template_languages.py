"""The template speaks the organiser's language in its hints, and only there.

Comments, the Mission help column and input prompts are translated; sheet
names, headers and choice values are the file format and stay canonical, so a
template written in any language reads back.
"""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from wafd.io import read_mission, write_template
from wafd.io.columns import CellType
from wafd.io.sheets import SHEETS
from wafd.io.xlsx_write import TYPE_LINES

LANGUAGES = ("en", "fr", "ar")


def _template(folder: Path, language: str) -> Path:
    return write_template(folder / f"template-{language}.xlsx", language=language)


def _prompts(worksheet: Worksheet) -> dict[str, tuple[str, str]]:
    """(title, prompt) of each data validation, by the cells it covers."""
    return {
        str(rule.sqref): (rule.promptTitle, rule.prompt)
        for rule in worksheet.data_validations.dataValidation
    }


def _hints(path: Path) -> list[str]:
    """The first line (the hint) of every header comment, sheet by sheet."""
    workbook = load_workbook(path)
    return [
        cell.comment.text.split("\n")[0]
        for sheet in SHEETS
        if not sheet.key_value
        for cell in workbook[sheet.name][1]
        if cell.comment is not None
    ]


@pytest.mark.parametrize(
    ("language", "comment", "prompt"),
    [
        (
            "en",
            "Short code of the leg, used by venues.\nRequired. Type: id.",
            "First day in this city",
        ),
        (
            "fr",
            "Code court de l’étape, repris par les lieux.\nObligatoire. Type : identifiant.",
            "Premier jour dans cette ville",
        ),
        (
            "ar",
            "الرمز المختصر للمحطة، تستعمله الأماكن.\nإلزامي. النوع: معرّف.",
            "اليوم الأول في هذه المدينة",
        ),
    ],
)
def test_comments_and_prompts_are_in_the_requested_language(
    tmp_path: Path, language: str, comment: str, prompt: str
) -> None:
    legs = load_workbook(_template(tmp_path, language))["Legs"]

    assert legs["A1"].comment.text == comment
    assert _prompts(legs)["D2:D2000"] == ("start_date", prompt)


@pytest.mark.parametrize(
    ("language", "comment"),
    [
        ("fr", "Nom (en arabe).\nFacultatif. Type : texte."),
        ("ar", "الاسم (بالعربية).\nاختياري. النوع: نص."),
    ],
)
def test_localized_columns_name_their_language_in_the_organisers_language(
    tmp_path: Path, language: str, comment: str
) -> None:
    organisations = load_workbook(_template(tmp_path, language))["Organisations"]

    assert organisations["D1"].value == "name_ar"
    assert organisations["D1"].comment.text == comment


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_no_hint_is_left_in_english(tmp_path: Path, language: str) -> None:
    english = _hints(_template(tmp_path, "en"))
    translated = _hints(_template(tmp_path, language))

    assert len(translated) == len(english)
    assert [hint for hint in translated if hint in english] == []


def test_choice_values_and_the_mission_help_follow_the_rules(tmp_path: Path) -> None:
    workbook = load_workbook(_template(tmp_path, "fr"))
    mission, participants = workbook["Mission"], workbook["Participants"]

    assert (
        mission["C2"].value
        == "Code court de la mission, sans espaces. Obligatoire. Type : identifiant."
    )
    assert participants["E1"].comment.text.endswith("Type : choix parmi delegate, host, organiser.")


def test_every_cell_type_has_a_translatable_type_line() -> None:
    assert set(TYPE_LINES) == set(CellType)


@pytest.mark.parametrize("language", LANGUAGES)
def test_prompts_fit_excel_limits(tmp_path: Path, language: str) -> None:
    workbook = load_workbook(_template(tmp_path, language))
    rules = [rule for sheet in workbook for rule in sheet.data_validations.dataValidation]

    assert rules
    assert [r.prompt for r in rules if len(r.prompt) > 255 or len(r.error) > 255] == []
    assert [r.promptTitle for r in rules if len(r.promptTitle) > 32] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_headers_are_the_same_in_every_language(tmp_path: Path, language: str) -> None:
    workbook = load_workbook(_template(tmp_path, language))

    assert workbook.sheetnames == [sheet.name for sheet in SHEETS]
    for sheet in SHEETS:
        worksheet = workbook[sheet.name]
        if sheet.key_value:
            names = tuple(
                worksheet.cell(row=row, column=1).value for row in range(2, 2 + len(sheet.columns))
            )
        else:
            names = tuple(cell.value for cell in worksheet[1])
        assert names == sheet.column_names()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_filled_template_reads_back_in_every_language(tmp_path: Path, language: str) -> None:
    path = _template(tmp_path, language)
    workbook = load_workbook(path)
    workbook["Mission"]["B2"] = "ma-fr-2025"
    workbook["Participants"]["B2"] = "Yasmine Benali"
    workbook.save(path)

    mission = read_mission(path)

    assert mission.id == "ma-fr-2025"
    assert "Yasmine Benali" in [participant.name for participant in mission.participants]
