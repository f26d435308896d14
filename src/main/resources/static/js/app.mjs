// Loaded as an external module so that the Content-Security-Policy needs no 'unsafe-inline'. The import names the
// webjar's version (StaticFilesTests checks it is the one on the classpath) so that the file can be cached for a year.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// A form that takes a moment (producing a pack) says so while the server works, and cannot be sent twice.
for (const form of document.querySelectorAll('form[data-app-progress]')) {
  form.addEventListener('submit', () => {
    const status = form.querySelector('.app-progress');
    if (status) {
      status.hidden = false;
    }
    for (const button of form.querySelectorAll('button[type=submit]')) {
      button.disabled = true;
      button.setAttribute('aria-disabled', 'true');
    }
  });
}

// A pack being produced in the background: its status line follows the progress, and once the pack is done its
// "refresh" link becomes "Show the pack's files" (the page is not reloaded under the reader). Without JavaScript
// the link reloads the page.
for (const status of document.querySelectorAll('[data-app-pack-progress]')) {
  const poll = async () => {
    let progress;
    try {
      const response = await fetch(status.dataset.appPackProgress, { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        return;
      }
      progress = await response.json();
    } catch {
      setTimeout(poll, 5000);
      return;
    }
    if (status.textContent !== progress.text) {
      status.textContent = progress.text;
    }
    if (progress.done) {
      const link = document.getElementById(status.dataset.appPackRefresh);
      if (link) {
        link.textContent = status.dataset.appPackDone;
      }
    } else {
      setTimeout(poll, 1500);
    }
  };
  setTimeout(poll, 1500);
}
