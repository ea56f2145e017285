// Uploads with a progress bar, then polls the job for how much of the file the reader has consumed.
// Without script the form posts normally and the server answers when the run is done.
(function () {
  const form = document.getElementById('upload');
  if (!form) return;
  const drop = document.getElementById('drop');
  const file = document.getElementById('file');
  const refusal = document.getElementById('refusal');
  const progress = document.getElementById('progress');
  const uploadBar = document.getElementById('upload-bar');
  const uploadText = document.getElementById('upload-text');
  const readBar = document.getElementById('read-bar');
  const readText = document.getElementById('read-text');
  const button = document.getElementById('run');
  const bytes = n => n >= 1048576 ? (n / 1048576).toLocaleString(undefined, {maximumFractionDigits: 1}) + ' MB'
      : n >= 1024 ? (n / 1024).toLocaleString(undefined, {maximumFractionDigits: 0}) + ' KB' : n.toLocaleString() + ' bytes';
  const csrf = () => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? [header.content, token.content] : null;
  };

  ['dragenter', 'dragover'].forEach(e => drop.addEventListener(e, ev => { ev.preventDefault(); drop.classList.add('over'); }));
  ['dragleave', 'drop'].forEach(e => drop.addEventListener(e, ev => { ev.preventDefault(); drop.classList.remove('over'); }));
  drop.addEventListener('drop', ev => {
    if (ev.dataTransfer.files.length) {
      file.files = ev.dataTransfer.files;
      document.getElementById('file-help').textContent = ev.dataTransfer.files[0].name;
    }
  });

  function refuse(where, message) {
    refusal.hidden = false;
    refusal.innerHTML = '';
    const strong = document.createElement('strong');
    strong.textContent = 'Refused';
    refusal.append(strong);
    if (where) {
      const code = document.createElement('code');
      code.textContent = where;
      refusal.append(' at ', code);
    }
    refusal.append(': ' + message);
    button.disabled = false;
  }

  function poll(status) {
    if (status.bytesTotal > 0) {
      readBar.value = Math.round(100 * status.bytesRead / status.bytesTotal);
      readText.textContent = bytes(status.bytesRead) + ' of ' + bytes(status.bytesTotal) + ' read';
    }
    if (status.state === 'done') {
      readText.textContent = 'Done';
      window.location.assign(form.getAttribute('action') + '/' + status.runId);
    } else if (status.state === 'refused' || status.state === 'failed') {
      refuse(status.where, status.message);
    } else {
      setTimeout(() => fetch('/w/jobs/' + status.id, {headers: {'Accept': 'application/json'}})
        .then(r => r.json()).then(poll).catch(() => refuse(null, 'lost contact with the server')), 400);
    }
  }

  form.addEventListener('submit', ev => {
    ev.preventDefault();
    refusal.hidden = true;
    button.disabled = true;
    progress.hidden = false;
    uploadBar.value = 0;
    readBar.value = 0;
    readText.textContent = '';
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.dataset.jobs);
    xhr.setRequestHeader('Accept', 'application/json');
    const token = csrf();
    if (token) xhr.setRequestHeader(token[0], token[1]);
    xhr.upload.addEventListener('progress', e => {
      if (e.lengthComputable) {
        uploadBar.value = Math.round(100 * e.loaded / e.total);
        uploadText.textContent = bytes(e.loaded) + ' of ' + bytes(e.total) + ' sent';
      }
    });
    xhr.addEventListener('load', () => {
      uploadBar.value = 100;
      let status = null;
      try { status = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
      if (xhr.status === 202 && status) poll(status);
      else if (status && status.message) refuse(status.where, status.message);
      else if (xhr.status === 413) refuse('file', 'the file is larger than the server accepts');
      else refuse(null, 'the server answered ' + xhr.status);
    });
    xhr.addEventListener('error', () => refuse(null, 'the upload did not reach the server'));
    xhr.send(new FormData(form));
  });
})();
