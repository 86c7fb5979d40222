// Browser helpers for the designer: clipboard, downloads and the deep link in the address bar.
window.designer = {
  async copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },
  focus(selector) {
    document.querySelector(selector)?.focus();
  },
  scrollIntoView(selector) {
    document.querySelector(selector)?.scrollIntoView({ block: "nearest" });
  },
  selectText(id) {
    const element = document.getElementById(id);
    if (element) {
      element.focus();
      element.select();
    }
  },
  download(fileName, mediaType, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  },
  address() {
    return location.href;
  },
  // Puts a page's own state in the address without a Blazor navigation; Back and Forward still reach the page as one.
  showAddress(url, replace) {
    if (url !== location.pathname + location.search) {
      (replace ? history.replaceState : history.pushState).call(history, history.state, "", url);
    }
  },
  theme: {
    prefersDark() {
      const saved = localStorage.getItem("theme");
      return saved ? saved === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
    },
    remember(isDark) {
      localStorage.setItem("theme", isDark ? "dark" : "light");
    },
  },
};

// The designer renders its deep link into #deep-link[data-url]; the address bar follows it once edits pause. Each
// history.replaceState is a same-document navigation, after which Chromium fetches and decodes the favicon again
// (about 7 ms of main-thread work a call in a performance trace), and browsers throttle frequent calls: once per
// pause keeps that off every keystroke's path to the preview.
const deepLinkPause = 250;
let deepLinkTimer = 0;
const mirrorDeepLink = () => {
  clearTimeout(deepLinkTimer);
  deepLinkTimer = 0;
  const url = document.getElementById("deep-link")?.dataset.url;
  if (url && url !== location.pathname + location.search) {
    history.replaceState(history.state, "", url);
  }
};
new MutationObserver(() => {
  clearTimeout(deepLinkTimer);
  deepLinkTimer = setTimeout(mirrorDeepLink, deepLinkPause);
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-url"] });
// Leaving before the pause ends still gives the history entry its last link, so Back returns to it: in-app navigation
// pushes a new entry first; leaving for another document hides this one.
const pushState = history.pushState;
history.pushState = function (...args) {
  if (deepLinkTimer) {
    mirrorDeepLink();
  }
  return pushState.apply(this, args);
};
addEventListener("pagehide", mirrorDeepLink);

// Tab lists: arrow keys, Home and End move to and select a sibling tab, as the ARIA tabs pattern expects.
addEventListener("keydown", event => {
  const tab = event.target.closest?.('[role="tab"]');
  const list = tab?.closest('[role="tablist"]');
  if (!list || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }

  const tabs = [...list.querySelectorAll('[role="tab"]:not([disabled])')];
  const index = tabs.indexOf(tab);
  const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (next === undefined || index < 0) {
    return;
  }

  event.preventDefault();
  const target = tabs[(next + tabs.length) % tabs.length];
  target.focus();
  target.click();
});

// Escape closes the menu drawer and gives focus back to the button that opened it.
addEventListener("keydown", event => {
  const menuButton = document.querySelector('[aria-controls="app-drawer"]');
  if (event.key === "Escape" && document.getElementById("app-drawer") && menuButton) {
    menuButton.click();
    menuButton.focus();
  }
});

// A note (snackbar) stays while it holds keyboard focus, as MudBlazor keeps it while the pointer is over it: its timer
// pauses on pointerenter and resumes on pointerleave, so focus moving in sends the first and focus moving out the
// second, and a pointer leaving while focus stays inside is held back.
const noteOf = node => node instanceof Element ? node.closest(".mud-snackbar") : null;
const holdNote = (note, hold) => note.dispatchEvent(new PointerEvent(hold ? "pointerenter" : "pointerleave"));
addEventListener("focusin", event => {
  const note = noteOf(event.target);
  if (note && noteOf(event.relatedTarget) !== note && !note.matches(":hover")) {
    holdNote(note, true);
  }
});
addEventListener("focusout", event => {
  const note = noteOf(event.target);
  if (note && noteOf(event.relatedTarget) !== note && !note.matches(":hover")) {
    holdNote(note, false);
  }
});
addEventListener("pointerleave", event => {
  if (event.isTrusted && event.target instanceof Element && event.target.matches(".mud-snackbar") && event.target.contains(document.activeElement)) {
    event.stopImmediatePropagation();
  }
}, true);
