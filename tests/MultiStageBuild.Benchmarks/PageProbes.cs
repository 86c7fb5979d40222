namespace MultiStageBuild.Benchmarks;

/// <summary>Scripts the harness adds to every page before the page's own scripts run; all timing is taken in the page.</summary>
public static class PageProbes
{
    /// <summary>Records <c>window.__interactiveAt</c>: ms from navigation start until <c>[data-interactive=true]</c> is in the DOM.</summary>
    public const string Interactive = """
        (() => {
          const check = () => {
            if (window.__interactiveAt === undefined && document.querySelector('[data-interactive="true"]')) {
              window.__interactiveAt = performance.now();
              observer.disconnect();
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-interactive'] });
        })();
        """;

    /// <summary>
    /// <c>window.__bench.arm(selector, expected, timeoutMs)</c> starts the clock at the next keydown and stops it at the
    /// first DOM mutation after which <c>selector</c>'s text contains <c>expected</c>; <c>wait()</c> yields the phases in
    /// ms from the keydown (<c>input</c>: the input event; <c>sent</c>: the first WebSocket send after it; <c>received</c>:
    /// when the page's main thread took up the WebSocket message whose handling changed the preview; <c>shown</c>: the
    /// preview mutation), or <c>shown</c> = -1 on time-out.
    /// </summary>
    public const string Keystroke = """
        (() => {
          const key = { start: null, input: null, sent: null, received: null };
          let lastMessage = null;
          const send = WebSocket.prototype.send;
          WebSocket.prototype.send = function (data) {
            if (key.start !== null && key.sent === null) key.sent = performance.now();
            return send.call(this, data);
          };
          const onmessage = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage');
          Object.defineProperty(WebSocket.prototype, 'onmessage', {
            configurable: true,
            get() { return onmessage.get.call(this); },
            set(handler) {
              onmessage.set.call(this, handler && function (e) { lastMessage = performance.now(); return handler.call(this, e); });
            },
          });
          document.addEventListener('input', () => {
            if (key.start !== null && key.input === null) key.input = performance.now();
          }, { capture: true });
          window.__bench = {
            pending: null,
            arm(selector, expected, timeoutMs) {
              key.start = key.input = key.sent = key.received = null;
              document.addEventListener('keydown', () => { key.start = performance.now(); }, { capture: true, once: true });
              this.pending = new Promise(resolve => {
                let timer;
                const done = shown => {
                  const from = t => t === null ? -1 : t - key.start;
                  resolve({ input: from(key.input), sent: from(key.sent), received: from(key.received), shown });
                  key.start = null;
                };
                const observer = new MutationObserver(() => {
                  if (key.start === null) return;
                  const target = document.querySelector(selector);
                  if (target && target.textContent.includes(expected)) {
                    const shown = performance.now() - key.start;
                    key.received = lastMessage;
                    observer.disconnect();
                    clearTimeout(timer);
                    done(shown);
                  }
                });
                observer.observe(document.body, { subtree: true, childList: true, characterData: true });
                timer = setTimeout(() => { observer.disconnect(); done(-1); }, timeoutMs);
              });
              return true;
            },
            wait() { return this.pending; },
          };
        })();
        """;
}
