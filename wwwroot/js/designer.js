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

// The designer renders its deep link into #deep-link[data-url]; mirroring it here keeps the address bar current
// without a server round trip per keystroke.
new MutationObserver(() => {
  const url = document.getElementById("deep-link")?.dataset.url;
  if (url && url !== location.pathname + location.search) {
    history.replaceState(history.state, "", url);
  }
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-url"] });
