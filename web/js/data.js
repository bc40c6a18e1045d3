// Data in and out: import a powermap/1 file of any size with a progress bar (the streamed bulk import,
// polled until it is done), and download this account as JSON, CSV, GraphML or Cytoscape JSON.
import { api } from './api.js';
import { h, fill } from './dom.js';
import { t } from './i18n.js';
import { openDialog, field } from './editor.js';

const POLL_MS = 400;
const FORMATS = ['json', 'csv', 'graphml', 'cytoscape'];

/** `onImported(accountId)` runs once the new account is visible. */
export function openDataDialog(app, onImported) {
  const file = h('input', { type: 'file', id: 'import-file', name: 'file', accept: '.json,application/json', dataset: { field: 'file' } });
  const bar = h('progress', { id: 'import-progress', max: 100, value: 0, hidden: true });
  const status = h('p', { id: 'import-status', 'aria-live': 'polite' });
  const accountId = app.state.accountId;
  // The server names each file (Content-Disposition: attachment). A tab of its own, not `download`: a
  // download cannot show the sign-in page an ended session is sent to, and the app's tab stays as it is.
  const exports = accountId ? h('section', { id: 'export-links' }, h('h3', { text: t('data.export') }),
    h('ul', { class: 'items' }, FORMATS.map((f) => h('li', null,
      h('a', { href: api.exportUrl(accountId, f), target: '_blank', rel: 'noopener', dataset: { format: f }, text: t(`data.format.${f}`) }))))) : null;
  openDialog({
    id: 'import-form',
    title: t('data.title'),
    submitLabel: t('data.import'),
    body: [h('h3', { text: t('data.importTitle') }), h('p', { class: 'muted', text: t('data.importIntro') }),
      field('data.file', file), bar, status, exports],
    onSubmit: async (ui) => {
      if (!file.files.length) {
        fill(status, t('data.pickFile'));
        return;
      }
      bar.hidden = false;
      bar.value = 0;
      fill(status, t('data.uploading'));
      let job;
      try {
        job = await follow(await api.startImport(file.files[0]), bar, status);
      } catch (e) {
        // Refused before a job started (not UTF-8, too large) or the server went away: no bar stays behind.
        bar.hidden = true;
        fill(status, t('data.state.FAILED'));
        throw e;
      }
      if (job.state === 'DONE') {
        ui.close();
        app.toast(t('data.done', { name: file.files[0].name }));
        await onImported(job.accountId);
      } else {
        bar.hidden = true;
        ui.error({ status: 400, message: t('data.failed'), problem: { errors: job.errors ?? [] } });
      }
    },
  });
}

async function follow(job, bar, status) {
  while (job.state === 'QUEUED' || job.state === 'RUNNING') {
    bar.value = job.percent ?? 0;
    fill(status, t('data.progress', { state: t(`data.state.${job.state}`), percent: Math.round(job.percent ?? 0),
      people: job.counts?.people ?? 0, ties: job.counts?.influences ?? 0 }));
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = await api.importJob(job.id);
  }
  bar.value = job.state === 'DONE' ? 100 : bar.value;
  fill(status, t(`data.state.${job.state}`));
  return job;
}
