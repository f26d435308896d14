// Loaded as an external module so that the Content-Security-Policy needs no 'unsafe-inline'.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

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
