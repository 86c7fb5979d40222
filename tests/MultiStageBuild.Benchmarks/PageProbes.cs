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
    /// first DOM mutation after which <c>selector</c>'s text contains <c>expected</c>; <c>wait()</c> yields the ms, or -1.
    /// </summary>
    public const string Keystroke = """
        window.__bench = {
          pending: null,
          arm(selector, expected, timeoutMs) {
            let start = null;
            document.addEventListener('keydown', () => { start = performance.now(); }, { capture: true, once: true });
            this.pending = new Promise(resolve => {
              let timer;
              const observer = new MutationObserver(() => {
                if (start === null) return;
                const target = document.querySelector(selector);
                if (target && target.textContent.includes(expected)) {
                  const elapsed = performance.now() - start;
                  observer.disconnect();
                  clearTimeout(timer);
                  resolve(elapsed);
                }
              });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true });
              timer = setTimeout(() => { observer.disconnect(); resolve(-1); }, timeoutMs);
            });
            return true;
          },
          wait() { return this.pending; },
        };
        """;
}
