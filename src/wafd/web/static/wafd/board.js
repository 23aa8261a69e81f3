/* Wafd schedule board: drag a meeting onto another day or time.
 *
 * Progressive enhancement of the board in version.html: without this script every
 * meeting links to the move form. On drop the move is checked through the API (a dry
 * run, nothing saved), the checker's findings are shown in a dialog, and only the
 * dialog's Save button saves, confirming exactly that check. Every word shown comes
 * from the page (translated by Django), never from this file.
 */
(function () {
  "use strict";
  const board = document.querySelector("#board[data-draggable]");
  const dialog = document.getElementById("move-dialog");
  if (!board || !dialog || typeof dialog.showModal !== "function") return;

  const part = (name) => dialog.querySelector(`[data-part="${name}"]`);
  const saveButton = dialog.querySelector('[data-action="save"]');
  const csrf = () => (document.querySelector("input[name=csrfmiddlewaretoken]") || {}).value || "";
  let dragged = null;
  let pending = null;

  function fill(element, template, values) {
    // "%(meeting)s" and "%(time)s" in the translated sentence become isolated <bdi> runs,
    // so a Latin title inside an Arabic sentence (or the reverse) keeps its order.
    element.replaceChildren();
    for (const piece of template.split(/(%\(\w+\)s)/)) {
      const name = (piece.match(/^%\((\w+)\)s$/) || [])[1];
      if (name === undefined) {
        element.append(piece);
      } else {
        const run = document.createElement("bdi");
        run.textContent = values[name] ?? "";
        element.append(run);
      }
    }
  }

  function list(name, lines) {
    part(name).querySelector("ul").replaceChildren(...lines.map((text) => {
      const item = document.createElement("li");
      item.textContent = text;
      return item;
    }));
  }

  function show(state, detail) {
    part("unchanged").hidden = true;
    part("checking").hidden = state !== "checking";
    part("warnings").hidden = state !== "warnings";
    part("clear").hidden = state !== "clear";
    part("error").hidden = !detail;
    part("error").textContent = detail || "";
    saveButton.hidden = !(state === "warnings" || state === "clear");
    saveButton.disabled = false;
  }

  async function post(template, body) {
    const response = await fetch(template.replace("__mid__", encodeURIComponent(pending.mid)), {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": csrf()},
      body: JSON.stringify(body),
    });
    let answer = {};
    try { answer = await response.json(); } catch (ignored) { /* an error page, not JSON */ }
    return {status: response.status, answer};
  }

  async function check(detail) {
    show("checking", detail);
    try {
      const {status, answer} = await post(board.dataset.checkUrl, pending.move);
      if (status !== 200) { show("error", answer.detail || String(status)); return; }
      pending.confirm = answer.confirm;
      list("warnings", answer.warnings);
      list("unchanged", answer.unchanged);
      show(answer.warnings.length ? "warnings" : "clear", detail);
      part("unchanged").hidden = !answer.unchanged.length;
    } catch (failure) {
      show("error", dialog.dataset.unreachable);
    }
  }

  async function save() {
    saveButton.disabled = true;
    try {
      const {status, answer} = await post(board.dataset.moveUrl, {...pending.move, confirm: pending.confirm});
      if (status === 200 && answer.saved) {
        window.location.assign(board.dataset.versionUrl.replace(/\/v0\/$/, `/v${answer.version}/`));
      } else if (status === 409) {
        await check(answer.detail);  // the schedule changed meanwhile: check again
      } else {
        show("error", answer.detail || String(status));
      }
    } catch (failure) {
      show("error", dialog.dataset.unreachable);
    }
  }

  function open(meeting, cell) {
    cell.classList.add("drop-pending");  // keeps the target visible while the dialog is open
    pending = {
      cell,
      mid: meeting.dataset.mid,
      move: {start: cell.dataset.start, venue: meeting.dataset.venue || null},
      confirm: null,
    };
    fill(document.getElementById("move-question"), dialog.dataset.question,
      {meeting: meeting.dataset.title, time: cell.dataset.label});
    dialog.showModal();
    check("");
  }

  for (const meeting of board.querySelectorAll(".slot-meeting")) {
    meeting.draggable = true;
    for (const link of meeting.querySelectorAll("a")) link.draggable = false;
    meeting.addEventListener("dragstart", (event) => {
      dragged = meeting;
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", meeting.dataset.mid);
      meeting.classList.add("dragging");
    });
    meeting.addEventListener("dragend", () => meeting.classList.remove("dragging"));
  }
  for (const cell of board.querySelectorAll("td.slot")) {
    cell.addEventListener("dragover", (event) => {
      if (!dragged) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      cell.classList.add("drop-target");
    });
    cell.addEventListener("dragleave", () => cell.classList.remove("drop-target"));
    cell.addEventListener("drop", (event) => {
      event.preventDefault();
      cell.classList.remove("drop-target");
      const meeting = dragged;
      dragged = null;
      if (meeting && meeting.parentElement !== cell) open(meeting, cell);
    });
  }
  saveButton.addEventListener("click", save);
  dialog.querySelector('[data-action="close"]').addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => pending && pending.cell.classList.remove("drop-pending"));
})();
