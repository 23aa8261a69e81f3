"""In Debian's chromium, in Arabic: a workbook with a far cell is refused on the import form
with the engine's located message, the place kept in reading order. Screenshots go to
``test-artifacts/``."""

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from django.contrib.auth.models import Permission, User

from wafd.io import write_mission
from wafd.sample import build_sample_mission
from wafd.web.models import ImportJob

from . import test_browser
from .test_browser import CHROMIUM, PASSWORD, _log_in, _shot

browser = test_browser.browser  # the chromium fixture, shared

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed"),
]

DOT_BEFORE_SUFFIX = """(selector) => {
  const text = document.querySelector(selector).firstChild;
  const at = (i) => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1);
                      return r.getBoundingClientRect().left; };
  const dot = text.textContent.indexOf(".xlsx");
  return at(dot) < at(dot + 1);
}"""
"""Whether, as drawn, the dot of ``.xlsx`` in the element's text lies left of its ``x``."""


@pytest.mark.django_db(transaction=True)
def test_far_cell_is_refused_on_the_arabic_import_form(
    live_server: Any, browser: Any, tmp_path: Path
) -> None:
    creator = User.objects.create_user("organiser", password=PASSWORD)
    creator.user_permissions.add(Permission.objects.get(codename="create_mission"))
    workbook = write_mission(build_sample_mission(), tmp_path / "far.xlsx")
    book = openpyxl.load_workbook(workbook)
    book["Venues"]["XFD1048576"] = "x"
    book.save(workbook)

    for name, width in (("desktop", 1280), ("phone", 375)):
        context = browser.new_context(locale="ar", viewport={"width": width, "height": 800})
        page = context.new_page()
        _log_in(page, live_server.url, "organiser")
        page.goto(f"{live_server.url}/missions/import/")
        page.set_input_files("input[name=workbook]", str(workbook))
        page.click("main form button[type=submit]")
        error = page.locator(".errorlist li").first
        error.wait_for()
        assert "Venues!XFD1048576" in error.inner_text()
        assert page.evaluate(DOT_BEFORE_SUFFIX, "label[for=id_workbook]"), "(.xlsx), not (xlsx.)"
        _shot(page, f"import-far-cell-ar-{name}")
        context.close()
    assert not ImportJob.objects.exists()
