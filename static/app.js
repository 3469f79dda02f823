// Small enhancements; every page works without this file (and without htmx).
"use strict";

// Copy-link buttons are hidden until this script can make them work.
document.querySelectorAll("[data-copy]").forEach((button) => { button.hidden = false; });

document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy]");
  if (!button) return;
  const status = button.parentElement.querySelector(".copy-status");
  const done = (message) => { if (status) status.textContent = message; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(button.dataset.copy).then(() => done("Link copied."), () => done(button.dataset.copy));
  } else {
    done(button.dataset.copy);  // no clipboard over plain HTTP: show the link so it can be copied by hand
  }
});

// The WAI-ARIA feed: busy while a swap is in flight, Page Down / Page Up move between articles.
const feed = () => document.getElementById("feed");
let articlesBefore = 0;

document.addEventListener("htmx:beforeRequest", (event) => {
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
