// Keyboard shortcuts. KeyboardShortcuts (.NET) lists them; this module only recognises the keys and asks the circuit to
// run the command. Plain keys (such as ?) are left to a text field being typed in; ones with Ctrl/⌘ or Alt work anywhere.
let listener;

const isTyping = target =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.closest("textarea, select") ||
    (target instanceof HTMLInputElement && !["button", "checkbox", "radio", "submit", "reset", "file", "range", "color"].includes(target.type)));

// A letter is matched by its physical key (Alt changes the character on a Mac), any other key by the character typed.
const matches = (shortcut, event) => {
  const letter = /^[A-Z]$/.test(shortcut.key);
  return (letter ? event.code === `Key${shortcut.key}` : event.key === shortcut.key) &&
    (event.ctrlKey || event.metaKey) === shortcut.primary &&
    event.altKey === shortcut.alt &&
    (!letter || event.shiftKey === shortcut.shift);
};

export function start(dotNet, shortcuts) {
  stop();
  listener = event => {
    if (event.defaultPrevented || event.isComposing || event.repeat) {
      return;
    }

    const shortcut = shortcuts.find(s => matches(s, event));
    if (!shortcut || (isTyping(event.target) && !shortcut.primary && !shortcut.alt)) {
      return;
    }

    // The browser's own action (saving the page, the address bar) never happens for a shortcut of ours; while a dialog
    // is open its keys are the dialog's.
    event.preventDefault();
    if (!document.querySelector(".mud-dialog-container")) {
      dotNet.invokeMethodAsync("Run", shortcut.command);
    }
  };
  addEventListener("keydown", listener);
  document.documentElement.dataset.shortcuts = "on";
}

export function stop() {
  if (listener) {
    removeEventListener("keydown", listener);
    listener = undefined;
    delete document.documentElement.dataset.shortcuts;
  }
}
