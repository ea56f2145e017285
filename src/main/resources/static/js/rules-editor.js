// The rule editor's grid: each cell is checked as it is typed by the server, with the same
// policy a saved file passes, and the message is shown beside the cell. Without script the
// forms still save, preview and publish, and the server marks the refused cells.
(() => {
  const form = document.getElementById('grid-form');
  if (!form) {
    return;
  }
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  const url = '/api/rules/drafts/' + encodeURIComponent(form.dataset.folder) + '/cells/check';
  const timers = new WeakMap();

  const show = (input, verdict) => {
    const cell = input.closest('td');
    const message = cell.querySelector('.cell-error');
    cell.classList.toggle('invalid', !verdict.accepted);
    input.setAttribute('aria-invalid', verdict.accepted ? 'false' : 'true');
    message.textContent = verdict.accepted ? '' : verdict.message;
  };

  const check = (input) => {
    const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    if (token && header) {
      headers[header.content] = token.content;
    }
    fetch(url, {
      method: 'POST', headers, credentials: 'same-origin',
      body: JSON.stringify({path: form.dataset.file, row: Number(input.dataset.row),
        column: Number(input.dataset.col), value: input.value})
    }).then(r => r.ok ? r.json() : r.json().then(p => ({accepted: false, message: p.detail || r.statusText})))
      .then(verdict => show(input, verdict))
      .catch(() => {});
  };

  form.addEventListener('input', (event) => {
    const input = event.target;
    if (!input.matches('input[name="cell"]')) {
      return;
    }
    clearTimeout(timers.get(input));
    timers.set(input, setTimeout(() => check(input), 250));
  });
})();
