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
