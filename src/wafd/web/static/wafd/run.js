// The scheduler run page: poll the run's progress while it is queued or running.
(function () {
  const box = document.getElementById("run");
  if (!box || box.dataset.active !== "yes") return;
  const url = box.dataset.progressUrl;
  const show = (v) => (v && typeof v === "object") ? Object.entries(v).map(([k, x]) => k + " " + x).join(" · ") : (v ?? "");
  async function poll() {
    const response = await fetch(url, {headers: {"Accept": "application/json"}});
    if (!response.ok) return;
    const p = await response.json();
    document.getElementById("run-state").textContent = p.state_label;
    document.getElementById("run-objective").textContent = p.objective_text ?? show(p.objective);
    document.getElementById("run-bound").textContent = p.bound_text ?? show(p.bound);
    document.getElementById("run-seconds").textContent = p.seconds;
    document.getElementById("run-message").textContent = p.message;
    if (p.state === "queued" || p.state === "running") { setTimeout(poll, 1000); }
    else { window.location.reload(); }
  }
  setTimeout(poll, 500);
})();
