// GOV.UK's session time-out warning. The server gives the session's idle timeout and when to warn (data attributes
// on the dialog); the dialog opens that long before the end, counts down, and "Stay signed in" (or Escape) sends one
// request that restarts the server's idle timeout. At the end the page signs out and shows the sign-in page.
const dialog = document.getElementById('timeout-warning');

if (dialog) {
  const timeout = Number(dialog.dataset.timeoutSeconds) * 1000;
  const warning = Number(dialog.dataset.warningSeconds) * 1000;
  const form = dialog.querySelector('form');
  const countdown = dialog.querySelector('[data-countdown]');
  const announced = dialog.querySelector('[data-countdown-announced]');
  let deadline;
  let warnTimer;
  let ticker;
  let lastAnnounced;

  const unit = (count, one, many) => `${count} ${count === 1 ? one : many}`;
  const inWords = (seconds) => seconds >= 60
    ? unit(Math.ceil(seconds / 60), dialog.dataset.minute, dialog.dataset.minutes)
    : unit(seconds, dialog.dataset.second, dialog.dataset.seconds);
  const post = (url) => fetch(url, {
    method: 'POST',
    body: new URLSearchParams(new FormData(form)),
    credentials: 'same-origin',
    redirect: 'manual'
  });

  const signOut = async () => {
    clearInterval(ticker);
    try {
      await post(form.action);
    } finally {
      window.location.assign(dialog.dataset.signedOutUrl);
    }
  };

  // The visible countdown changes every second; screen readers hear it each minute, then every 20 seconds.
  const update = () => {
    const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    if (left === 0) {
      signOut();
      return;
    }
    const text = dialog.dataset.countdownText.replace('{0}', inWords(left));
    countdown.textContent = text;
    const slot = left > 60 ? `m${Math.ceil(left / 60)}` : `s${Math.ceil(left / 20)}`;
    if (slot !== lastAnnounced) {
      lastAnnounced = slot;
      announced.textContent = text;
    }
  };

  const warn = () => {
    lastAnnounced = undefined;
    update();
    dialog.showModal();
    dialog.focus();
    ticker = setInterval(update, 1000);
  };

  const start = () => {
    deadline = Date.now() + timeout;
    clearTimeout(warnTimer);
    warnTimer = setTimeout(warn, timeout - warning);
  };

  const staySignedIn = async () => {
    clearInterval(ticker);
    let response;
    try {
      response = await post(dialog.dataset.keepAliveUrl);
    } catch {
      response = null;
    }
    if (!response || !response.ok) {
      signOut();
      return;
    }
    if (dialog.open) {
      dialog.close();
    }
    start();
  };

  dialog.querySelector('[data-stay-signed-in]').addEventListener('click', staySignedIn);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    staySignedIn();
  });
  start();
}
