// Marks the page as able to run GOV.UK Frontend's JavaScript, then starts its components.
// Kept in a file (not inline) so the Content-Security-Policy needs no 'unsafe-inline'.
import { initAll } from '/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
