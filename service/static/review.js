/* Reviewing flagged sentences from the keyboard (and the mouse).
 *
 * Served by the application (the Content-Security-Policy allows scripts from
 * 'self' only, and no inline script). The page works without it: every
 * verdict button submits its form, which answers with a redirect. With it:
 *   j / k      next / previous flagged sentence (focus, scroll, "Current" marker)
 *   c / d      confirm / dismiss the current flag: the flag whose buttons have
 *              the focus, else the first flag of the sentence without a verdict
 *   C / D      (Shift) confirm / dismiss the whole sentence
 *   n          the page's note field (sent with the next verdict); Escape goes
 *              back to the current sentence
 *   ?          the keyboard help (a <dialog>)
 * Keys are ignored while typing in a field. The page has one review form
 * (#review-page: CSRF token, reviewer, note); every verdict button submits it
 * to its own formaction (sentence and code). Verdicts are POSTed with fetch()
 * to that route, asking for JSON, and the sentence is updated in place:
 * verdict, who and when, state, risk. The note is cleared once it is saved.
 * What it says comes from the page (data-messages on #review-status, in the
 * page's language, see service/web/i18n.py): no English is written here.
 */
(function () {
  "use strict";

  const REVIEWER_KEY = "tqc.reviewer";
  let current = null;

  const cards = () => Array.from(document.querySelectorAll(".sentence[data-review]"));
  const status = () => document.getElementById("review-status");
  const pageForm = () => document.getElementById("review-page");

  // The page's sentences, in its language (data-messages on the status line,
  // written by the template from the gettext catalogue); "%(name)s" are filled in.
  let messages = null;
  function catalogue() {
    if (messages === null) {
      const el = status();
      try { messages = JSON.parse((el && el.dataset.messages) || "{}"); } catch (e) { messages = {}; }
    }
    return messages;
  }

  function say(key, values) {
    const text = catalogue()[key] || key;
    return text.replace(/%\((\w+)\)s/g,
                        (whole, name) => (values && name in values ? String(values[name]) : whole));
  }

  // a verdict or review state shown as a word of the page's language
  function word(value) {
    return catalogue()[`word_${value}`] || value;
  }

  function announce(message, problem) {
    const el = status();
    if (!el) return;
    el.textContent = message;
    el.classList.toggle("problem", Boolean(problem));
    el.setAttribute("role", problem ? "alert" : "status");
  }

  function when(stamp) {
    if (!stamp) return "";
    const [date, rest] = stamp.split("T");
    return rest ? `${date} ${rest.slice(0, 5)} UTC` : date;
  }

  // -- the current sentence and its current flag ----------------------------
  function targetRow(card) {
    const active = document.activeElement;
    const focused = active && card.contains(active) ? active.closest(".finding[data-flag]") : null;
    return focused || card.querySelector('.finding[data-flag][data-verdict=""]');
  }

  function markTarget(card) {
    document.querySelectorAll(".finding.is-target").forEach((row) => row.classList.remove("is-target"));
    const row = card && targetRow(card);
    if (row) row.classList.add("is-target");
  }

  function setCurrent(card, move) {
    if (current && current !== card) {
      current.classList.remove("is-current");
      current.removeAttribute("aria-current");
    }
    current = card;
    card.classList.add("is-current");
    card.setAttribute("aria-current", "true");
    if (move) {
      card.focus({ preventScroll: true });
      card.scrollIntoView({ block: "center" });
    }
    markTarget(card);
  }

  function currentCard() {
    if (current && document.contains(current)) return current;
    const active = document.activeElement;
    const around = active && active.closest ? active.closest(".sentence[data-review]") : null;
    return around || cards()[0] || null;
  }

  function move(step) {
    const list = cards();
    if (!list.length) {
      announce(say("none"));
      return;
    }
    const at = current ? list.indexOf(current) : -1;
    const next = at < 0 ? (step > 0 ? 0 : list.length - 1) : at + step;
    if (next < 0 || next >= list.length) {
      const more = step > 0 && document.querySelector('.pages a[rel="next"]');
      announce(step > 0 ? say("last") + (more ? ` ${say("more")}` : "") : say("first"));
      return;
    }
    setCurrent(list[next], true);
  }

  // -- verdicts ----------------------------------------------------------------
  function review(verdict, whole) {
    const card = currentCard();
    if (!card) {
      announce(say("none"));
      return;
    }
    if (card !== current) setCurrent(card, true);
    const form = pageForm();
    if (!form) {
      announce(say("sign_in"), true);
      return;
    }
    let button;
    if (whole) {
      button = card.querySelector(`.whole button[value="${verdict}"]`);
    } else {
      const row = targetRow(card);
      if (!row) {
        announce(say("all_judged"));
        return;
      }
      button = row.querySelector(`button[value="${verdict}"]`);
    }
    if (button) form.requestSubmit(button);
  }

  async function submit(event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches("form.review-form")) return;
    const button = event.submitter;
    if (!button || !button.value) return;
    event.preventDefault();
    const card = button.closest(".sentence");
    if (!card || card.getAttribute("aria-busy") === "true") return;
    const code = button.dataset.code || "";
    const body = new URLSearchParams();
    body.set("csrf_token", form.elements.csrf_token.value);
    body.set("verdict", button.value);
    if (code) body.set("code", code);
    const note = form.elements.note.value.trim();
    const reviewer = form.elements.reviewer.value.trim();
    if (note) body.set("note", note);
    if (reviewer) body.set("reviewer", reviewer);
    card.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(button.formAction, {
        method: "POST", body, credentials: "same-origin",
        headers: { Accept: "application/json" },
      });
      const data = await response.json().catch(() => null);
      if (!response.ok || !data) {
        throw new Error(data && data.detail ? data.detail : say("server", { status: response.status }));
      }
      update(card, data);
      form.elements.note.value = "";
      const verdict = data.verdict === "confirmed" ? "confirmed" : "dismissed";
      announce(say(`${verdict}_${code ? "flag" : "all"}`, { code, index: data.sentence }));
    } catch (error) {
      announce(say("not_saved", { reason: error.message }), true);
    } finally {
      card.removeAttribute("aria-busy");
      if (card === current) markTarget(card);
    }
  }

  function verdictLine(el, review, reportId) {
    el.textContent = "";
    if (!review) return;
    const badge = document.createElement("span");
    badge.className = "verdict";
    badge.textContent = word(review.verdict);
    const time = document.createElement("time");
    time.dateTime = review.created;
    time.textContent = when(review.created);
    el.append(badge, ` ${say("by", { reviewer: review.reviewer || say("anonymous") })} `, time);
    if (review.code === null) el.append(` ${say("whole_note")}`);
    if (review.note) {
      const quote = document.createElement("q");
      quote.textContent = review.note;
      el.append(": ", quote);
    }
    if (review.report_id !== reportId) {
      const link = document.createElement("a");
      link.href = `/reports/${encodeURIComponent(review.report_id)}`;
      link.textContent = say("report", { id: review.report_id.slice(0, 12) });
      // the sentence around the link, in the page's language: "(on %(link)s)"
      const [before, after] = say("on_report").split("%(link)s");
      el.append(` ${before}`, link, after === undefined ? "" : after);
    }
  }

  function update(card, data) {
    const standing = data.standing || { findings: [] };
    const verdicts = new Map();
    for (const finding of standing.findings) {
      verdicts.set(finding.code, finding.verdict);
      for (const row of card.querySelectorAll(".finding")) {
        if (row.dataset.code !== finding.code) continue;
        row.dataset.verdict = finding.verdict || "";
        row.classList.remove("verdict-confirmed", "verdict-dismissed");
        if (finding.verdict) row.classList.add(`verdict-${finding.verdict}`);
        verdictLine(row.querySelector('[data-role="verdict"]'), finding.review, card.dataset.report);
      }
    }
    for (const mark of card.querySelectorAll("mark[data-codes]")) {
      const codes = mark.dataset.codes.split(" ");
      mark.classList.toggle("is-dismissed", codes.every((c) => verdicts.get(c) === "dismissed"));
    }
    card.classList.toggle("flagged", Boolean(standing.flagged));
    card.classList.toggle("clean", !standing.flagged);
    const flagged = card.querySelector('[data-role="flagged"]');
    if (flagged) flagged.textContent = say(standing.flagged ? "flagged" : "not_flagged");
    const risk = card.querySelector('[data-role="risk"]');
    if (risk && typeof standing.risk === "number") {
      risk.textContent = standing.risk.toLocaleString(document.documentElement.lang || "en",
                                                      { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    const state = card.querySelector('[data-role="state"]');
    if (state && standing.state) {
      card.dataset.state = standing.state;
      state.textContent = say("state", { state: word(standing.state) });
      state.className = `state state-${standing.state}`;
    }
    const history = card.querySelector('[data-role="history"]');
    if (history) {
      const item = document.createElement("li");
      const badge = document.createElement("span");
      badge.className = "verdict";
      badge.textContent = word(data.verdict);
      const time = document.createElement("time");
      time.dateTime = data.created;
      time.textContent = when(data.created);
      const by = say("by", { reviewer: data.reviewer || say("anonymous") });
      item.append(badge, ` ${data.code || say("whole")} ${by} `, time);
      if (data.note) {
        const quote = document.createElement("q");
        quote.textContent = data.note;
        item.append(": ", quote);
      }
      history.querySelector("ol").append(item);
      history.querySelector('[data-role="history-count"]').textContent =
        String(history.querySelectorAll("ol > li").length);
      history.hidden = false;
    }
  }

  // -- note, help, reviewer name ---------------------------------------------------
  function note() {
    const card = currentCard();
    if (!card) return;
    if (card !== current) setCurrent(card, true);
    const field = document.querySelector('[data-role="note"]');
    if (field) field.focus();
    else announce(say("sign_in"), true);
  }

  function help() {
    const dialog = document.getElementById("keys-help");
    if (dialog && !dialog.open) dialog.showModal();
  }

  function rememberReviewer(event) {
    const field = event.target;
    if (!field.matches || !field.matches('[data-role="reviewer"]')) return;
    try { localStorage.setItem(REVIEWER_KEY, field.value.trim()); } catch (e) { /* private mode */ }
    for (const other of document.querySelectorAll('[data-role="reviewer"]')) {
      if (other !== field) other.value = field.value;
    }
  }

  function restoreReviewer() {
    let name = "";
    try { name = localStorage.getItem(REVIEWER_KEY) || ""; } catch (e) { /* private mode */ }
    if (!name) return;
    for (const field of document.querySelectorAll('[data-role="reviewer"]')) {
      if (!field.value) field.value = name;
    }
  }

  // -- keys ----------------------------------------------------------------------
  function typing(el) {
    return el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
  }

  function onKey(event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (typing(target)) {
      const card = target.closest(".sentence[data-review]") ||
        (current && document.contains(current) ? current : null);
      if (event.key === "Escape" && card) {
        event.preventDefault();
        target.blur();
        setCurrent(card, true);
      }
      return;
    }
    if (document.querySelector("dialog[open]")) return;
    const key = event.key.toLowerCase();
    if (key === "j") move(1);
    else if (key === "k") move(-1);
    else if (key === "c") review("confirmed", event.shiftKey);
    else if (key === "d") review("dismissed", event.shiftKey);
    else if (key === "n") note();
    else if (event.key === "?") help();
    else return;
    event.preventDefault();
  }

  function onFocusIn(event) {
    const card = event.target.closest && event.target.closest(".sentence[data-review]");
    if (card && card !== current) setCurrent(card, false);
    else if (card) markTarget(card);
  }

  function start() {
    document.addEventListener("keydown", onKey);
    document.addEventListener("submit", submit);
    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("change", rememberReviewer);
    for (const button of document.querySelectorAll('[data-action="help"]')) {
      button.hidden = false;
      button.addEventListener("click", help);
    }
    restoreReviewer();
    document.documentElement.classList.add("js");
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
