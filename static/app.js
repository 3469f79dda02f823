// Small enhancements; every page works without this file (and without htmx).
"use strict";

// "Copy link" exists only where this script can make it work.
document.querySelectorAll("[data-share]").forEach((holder) => {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy";
  button.textContent = "Copy link";
  const status = document.createElement("span");
  status.className = "copy-status";
  status.setAttribute("role", "status");
  holder.append(button, status);
  const link = new URL(holder.dataset.share, document.baseURI).href;
  button.addEventListener("click", () => {
    const done = (message) => { status.textContent = message; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(link).then(() => done("Link copied."), () => done(link));
    } else {
      done(link);  // no clipboard over plain HTTP: show the link so it can be copied by hand
    }
  });
});

// Folded sections open on wide screens by CSS (::details-content); where a browser lacks it, open them here.
if (window.CSS && !CSS.supports("selector(::details-content)") && matchMedia("(min-width: 48rem)").matches) {
  document.querySelectorAll("details.fold").forEach((details) => { details.open = true; });
}

// Every state visible: a failed filter request says why, next to the form, instead of leaving old results.
const formStatus = () => document.getElementById("form-status");

function showProblem(message) {
  const status = formStatus();
  if (status) status.textContent = message;
  const panel = document.getElementById("filter-panel");
  if (panel && message) panel.open = true;  // on a phone, show the fields the message is about
}

function serverMessage(xhr) {
  const fallback = `The server could not answer (${xhr.status} ${xhr.statusText}). Try again, or change the filters.`;
  try {
    const page = new DOMParser().parseFromString(xhr.responseText, "text/html");
    const message = page.querySelector(".error-message");
    return message && message.textContent.trim() ? message.textContent.trim() : fallback;
  } catch (error) {
    return fallback;
  }
}

function backwardsRange(form) {
  const from = form.querySelector("[name=from]");
  const to = form.querySelector("[name=to]");
  if (!from || !to) return null;
  const wrong = Boolean(from.value && to.value && from.value > to.value);
  from.setAttribute("aria-invalid", String(wrong));
  to.setAttribute("aria-invalid", String(wrong));
  return wrong ? `The date range is backwards: 'From' (${from.value}) comes after 'To' (${to.value}). Swap the two dates.` : null;
}

document.addEventListener("htmx:beforeRequest", (event) => {
  const form = event.detail.elt && event.detail.elt.closest && event.detail.elt.closest("form#filters");
  if (!form) return;
  const problem = backwardsRange(form);
  if (problem) {
    event.preventDefault();  // nothing is sent: the old results stay, and the message says why
    showProblem(problem);
  } else {
    showProblem("");
  }
});

document.addEventListener("htmx:responseError", (event) => showProblem(serverMessage(event.detail.xhr)));
document.addEventListener("htmx:sendError", () => showProblem("The server could not be reached. Check the connection and try again."));
document.addEventListener("htmx:timeout", () => showProblem("The server took too long to answer. Try again."));

// Should htmx fail to load, the form's own submit is checked the same way (without JavaScript the server's
// 400 page says it).
document.addEventListener("submit", (event) => {
  const form = event.target.closest("form#filters");
  const problem = form && backwardsRange(form);
  if (problem) { event.preventDefault(); showProblem(problem); }
});

// The WAI-ARIA feed: busy while a swap is in flight, Page Down / Page Up move between articles.
const feed = () => document.getElementById("feed");
let articlesBefore = 0;

document.addEventListener("htmx:beforeRequest", (event) => {
  if (event.defaultPrevented) return;
  const list = feed();
  if (!list) return;
  articlesBefore = list.querySelectorAll("article").length;
  list.setAttribute("aria-busy", "true");
});

document.addEventListener("htmx:afterRequest", () => {
  const list = feed();
  if (list) list.setAttribute("aria-busy", "false");
});

document.addEventListener("htmx:afterSettle", (event) => {
  const target = event.detail.target;
  const announce = document.getElementById("announce");
  if (target && target.id === "feed") {
    const articles = target.querySelectorAll("article");
    const added = articles.length - articlesBefore;
    if (announce) announce.textContent = `${added} older call${added === 1 ? "" : "s"} loaded.`;
    // The "older calls" link that had focus is gone: continue at the first new call.
    if (document.activeElement === document.body && articles[articlesBefore]) articles[articlesBefore].focus();
  } else if (target && (target.id === "explorer" || target.id === "results")) {
    const count = document.getElementById("result-count");
    if (announce && count) announce.textContent = count.textContent.trim() + ".";
    // Controls keep focus by id; a removed filter chip is gone, so focus the result count instead.
    if ((document.activeElement === document.body || !document.activeElement) && count) count.focus();
  }
});

document.addEventListener("keydown", (event) => {
  if (event.key !== "PageDown" && event.key !== "PageUp") return;
  const article = event.target.closest && event.target.closest("#feed article");
  if (!article) return;
  const sibling = event.key === "PageDown" ? article.nextElementSibling : article.previousElementSibling;
  if (sibling) { event.preventDefault(); sibling.focus(); }
});
