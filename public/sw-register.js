// Registers Waymark's service worker (offline use) and tells the app when a new
// version is waiting, so the person chooses when to switch. A plain file rather than an
// inline script, so the Content-Security-Policy can forbid inline scripts.
(() => {
  if (!('serviceWorker' in navigator)) return;
  let asked = false;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only after the person asked for the update: the very first install takes
    // control quietly.
    if (!asked || reloading) return;
    reloading = true;
    location.reload();
  });
  const announce = (worker) => {
    window.__waymarkApplyUpdate = () => {
      asked = true;
      worker.postMessage({ type: 'skip-waiting' });
    };
    window.__waymarkUpdateReady = true;
    window.dispatchEvent(new CustomEvent('waymark-update-ready'));
  };
  const start = async () => {
    try {
      const scope = new URL('./', document.baseURI);
      const reg = await navigator.serviceWorker.register(new URL('sw.js', scope).href, { scope: scope.pathname });
      if (reg.waiting && navigator.serviceWorker.controller) announce(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        if (!worker) return;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
        });
      });
      // While the app stays open, look for a new build now and then.
      setInterval(() => reg.update().catch(() => {}), 60 * 60 * 1000);
      window.__waymarkCheckForUpdate = () => reg.update();
    } catch (err) {
      console.warn('Waymark could not set up offline use:', err);
    }
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start);
})();
