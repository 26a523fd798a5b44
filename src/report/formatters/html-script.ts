import { createHash } from 'node:crypto';

/*
 * The HTML report's one script (src/report/formatters/html.ts), allowed by its hash in the
 * page's Content-Security-Policy and by nothing else. It reads only the DOM: no article text is
 * ever placed inside it, and it fetches nothing.
 *
 * The filters: no label button pressed shows every label; pressing labels shows only those
 * (pressing "unverified" alone shows the unverified statements); the violations button narrows
 * to flagged statements; the source list narrows to the statements that attribute something to
 * one source (or to those that attribute nothing). They combine: unverified statements of one source. A link to a statement opens its
 * panel, clearing a filter that hides it. Without the script (a mail client that strips it) the
 * filter bar stays hidden and every statement is shown.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var nav = document.querySelector('.filters');
  var labelButtons = Array.prototype.slice.call(document.querySelectorAll('button[data-filter]'));
  var flaggedButton = document.querySelector('button[data-filter-flagged]');
  var sourceSelect = document.querySelector('select[data-filter-source]');
  var reset = document.querySelector('button[data-reset]');
  var status = document.querySelector('.filters .status');
  var items = Array.prototype.slice.call(document.querySelectorAll('li.statement'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.document'));
  var toggles = labelButtons.concat(flaggedButton === null ? [] : [flaggedButton]);
  function pressed(button) { return button.getAttribute('aria-pressed') === 'true'; }
  function update() {
    var labels = labelButtons.filter(pressed).map(function (button) { return button.getAttribute('data-filter'); });
    var flaggedOnly = flaggedButton !== null && pressed(flaggedButton);
    var source = sourceSelect === null ? '' : sourceSelect.value;
    var shown = 0;
    items.forEach(function (item) {
      var visible = (labels.length === 0 || labels.indexOf(item.getAttribute('data-label')) >= 0) &&
        (!flaggedOnly || item.hasAttribute('data-flagged')) &&
        (source === '' || (' ' + item.getAttribute('data-source') + ' ').indexOf(' ' + source + ' ') >= 0);
      item.hidden = !visible;
      if (visible) shown += 1;
    });
    sections.forEach(function (section) {
      var list = section.querySelector('ol.statements');
      var note = section.querySelector('.empty-note');
      var any = list !== null && list.querySelector('li.statement:not([hidden])') !== null;
      if (note !== null) note.hidden = any || list === null;
    });
    var filtered = labels.length > 0 || flaggedOnly || source !== '';
    var noun = items.length === 1 ? ' statement' : ' statements';
    status.textContent = filtered ? 'Showing ' + shown + ' of ' + items.length + noun : 'Showing all ' + items.length + noun;
    reset.disabled = !filtered;
  }
  toggles.forEach(function (button) {
    button.addEventListener('click', function () {
      button.setAttribute('aria-pressed', pressed(button) ? 'false' : 'true');
      update();
    });
  });
  if (sourceSelect !== null) sourceSelect.addEventListener('change', update);
  function showAll() {
    toggles.forEach(function (button) { button.setAttribute('aria-pressed', 'false'); });
    if (sourceSelect !== null) sourceSelect.value = '';
    update();
  }
  reset.addEventListener('click', showAll);
  function openStatement(id) {
    var target = id === '' ? null : document.getElementById(id);
    var details = target === null ? null : target.querySelector('details');
    if (details === null) return;
    if (target.hidden) showAll();
    details.open = true;
  }
  function openTarget() { openStatement(decodeURIComponent(location.hash.slice(1))); }
  // Before the browser follows the link, so it scrolls to a statement that is already shown.
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link !== null) openStatement(decodeURIComponent(link.getAttribute('href').slice(1)));
  });
  window.addEventListener('hashchange', openTarget);
  openTarget();
  nav.hidden = false;
  update();
})();
`;

/** The CSP source that allows exactly this script and no other. */
export const SCRIPT_HASH = `'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'`;
