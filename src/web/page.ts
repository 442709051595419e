/**
 * The page's script: picking and dropping files (and folders), starting and cancelling the analysis
 * worker, showing its report, saving the reports, explain-code. It only moves data around: every
 * decision is the worker's, made by the same core as the CLI.
 */
import { compareInputNames } from '../model/source.js';
import type { FromWorker, PageOptions, PickedFile, Reports, ToWorker } from './protocol.js';
import { statusLine } from './status.js';

/** The worker's bundled source, put here by the build (scripts/build-web.mjs). */
declare const WORKER_SOURCE: string;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const drop = $('drop');
const fileInput = $<HTMLInputElement>('files');
const folderInput = $<HTMLInputElement>('folder');
const fileList = $<HTMLUListElement>('file-list');
const clearButton = $<HTMLButtonElement>('clear');
const analyzeButton = $<HTMLButtonElement>('analyze');
const cancelButton = $<HTMLButtonElement>('cancel');
const progress = $<HTMLProgressElement>('progress');
const status = $('status');
const errors = $<HTMLUListElement>('errors');
const downloads = $('downloads');
const report = $<HTMLIFrameElement>('report');
const optionsForm = $<HTMLFormElement>('opts');
const explanation = $<HTMLPreElement>('explanation');

let picked: PickedFile[] = [];
let worker: Worker | undefined;
let busy = false;
/** The reports of the last analysis that ended; none while another runs (a download is never of a past result). */
let reports: Reports | undefined;
/** Every picked file listed, past the first FILES_SHOWN ("and N more" clicked). */
let allFilesShown = false;
const workerUrl = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));

function startWorker(): Worker {
  if (!worker) {
    const started = new Worker(workerUrl);
    // A message a stopped worker had already posted is of a run that is over: dropped.
    started.onmessage = (event: MessageEvent<FromWorker>) => {
      if (started === worker) onWorkerMessage(event.data);
    };
    started.onerror = (event) => {
      event.preventDefault();
      if (started !== worker) return;
      finish(`The analysis stopped: ${event.message}`);
      stopWorker();
    };
    worker = started;
  }
  return worker;
}

function stopWorker(): void {
  worker?.terminate();
  worker = undefined;
}

function send(message: ToWorker): void {
  startWorker().postMessage(message);
}

function addFiles(files: PickedFile[]): void {
  const known = new Set(picked.map(key));
  for (const f of files) if (!known.has(key(f))) picked.push(f);
  // One order whatever the order of picking: by path, folder by folder, as `analyze <folder>` walks one.
  picked.sort((a, b) => compareInputNames(a.path, b.path));
  showFiles();
  if (picked.length) runAnalysis();
}

function key(f: PickedFile): string {
  return `${f.path}\u0000${f.file.size}\u0000${f.file.lastModified}`;
}

/** Files listed before "and N more" (the lines the list's box holds). */
const FILES_SHOWN = 8;

function showFiles(): void {
  const shown = allFilesShown ? picked : picked.slice(0, FILES_SHOWN);
  const items = shown.map((p) => {
    const li = document.createElement('li');
    li.textContent = `${p.path} (${formatBytes(p.file.size)})`;
    return li;
  });
  const more = picked.length - shown.length;
  if (more > 0) {
    const li = document.createElement('li');
    li.className = 'more';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `and ${more} more`;
    button.addEventListener('click', () => {
      allFilesShown = true;
      showFiles();
    });
    li.append(button);
    items.push(li);
  }
  fileList.replaceChildren(...items);
  fileList.classList.toggle('all', allFilesShown);
  clearButton.hidden = picked.length === 0;
  analyzeButton.disabled = picked.length === 0 || busy;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}

function list(value: FormDataEntryValue | null): string[] | undefined {
  const items = String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

function readOptions(): PageOptions {
  const form = new FormData(optionsForm);
  const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
  return {
    since: text('since'),
    until: text('until'),
    channel: list(form.get('channel')),
    eventId: list(form.get('eventId')),
    computer: list(form.get('computer')),
    tz: text('tz'),
    failedOnly: form.get('failedOnly') === 'on',
    redact: form.get('redact') === 'on',
    redactKeep: list(form.get('redactKeep')),
  };
}

function runAnalysis(): void {
  if (busy) {
    stopWorker();
    busy = false;
  }
  busy = true;
  // The last result is not this run's: nothing of it can be saved until this one ends.
  setReports(undefined);
  report.classList.add('stale');
  analyzeButton.disabled = true;
  cancelButton.hidden = false;
  progress.hidden = false;
  progress.value = 0;
  errors.replaceChildren();
  status.textContent = 'Reading…';
  for (const name of [ANALYSIS_DONE, REPORT_SHOWN]) performance.clearMarks(name);
  performance.clearMeasures(TIME_TO_REPORT);
  send({ type: 'analyze', files: picked, options: readOptions() });
}

function finish(message: string): void {
  busy = false;
  cancelButton.hidden = true;
  progress.hidden = true;
  analyzeButton.disabled = picked.length === 0;
  status.textContent = message;
  // Ended without a result (cancelled, refused, failed): the last one's report is not shown as if it were this run's.
  if (!reports) {
    downloads.hidden = true;
    report.hidden = true;
    report.removeAttribute('srcdoc');
  }
}

/** The reports the downloads save, and the buttons enabled only with them. */
function setReports(r: Reports | undefined): void {
  reports = r;
  for (const button of downloads.querySelectorAll('button')) button.disabled = !r;
}

function onWorkerMessage(m: FromWorker): void {
  switch (m.type) {
    case 'progress':
      progress.value = m.bytesTotal ? m.bytesDone / m.bytesTotal : 0;
      status.textContent = `Reading ${m.file} (${m.index + 1} of ${m.total}): ${formatBytes(m.bytesDone)} of ${formatBytes(m.bytesTotal)}`;
      break;
    case 'done': {
      const done = performance.mark(ANALYSIS_DONE);
      // The worker's heap (every event it read) goes with it; a new one starts for the next request.
      stopWorker();
      setReports(m.reports);
      // The files were analyzed as they were picked: the button is for running again, say with other filters.
      analyzeButton.textContent = 'Analyze again';
      finish(statusLine(m));
      showErrors(m.errors);
      downloads.hidden = false;
      void showReport(m.reports.html, done.startTime);
      break;
    }
    case 'usage-error':
      if (busy) finish('');
      showErrors([m.message]);
      break;
    case 'explained':
      explanation.textContent = m.text;
      explanation.hidden = false;
      break;
    case 'crash':
      stopWorker();
      finish('');
      showErrors([`rdpdiag failed (a bug worth reporting): ${m.message}`]);
      break;
  }
}

/** Performance marks: the analysis' end, the report's first frame drawn after it, and the time between. */
const ANALYSIS_DONE = 'rdpdiag:analysis-done';
const REPORT_SHOWN = 'rdpdiag:report-shown';
const TIME_TO_REPORT = 'rdpdiag:analysis-to-report';

/**
 * Shows the HTML report in the frame (its long tables are laid out only as they are scrolled to), then measures
 * from the analysis' end (`doneAt`) to its first frame drawn. The measure is given times, not mark names: a run
 * started meanwhile clears the marks, and a measure between marks gone would throw.
 */
async function showReport(html: Blob, doneAt: number): Promise<void> {
  const text = await html.text();
  if (reports?.html !== html) return; // cleared or replaced meanwhile
  const done = status.textContent ?? '';
  status.textContent = `${done} Showing the report…`;
  report.addEventListener(
    'load',
    () => {
      if (reports?.html !== html) return;
      status.textContent = done;
      report.classList.remove('stale');
      // Loaded, then drawn: the frame after the next one holds the report.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (reports?.html !== html) return;
          const shown = performance.mark(REPORT_SHOWN);
          performance.measure(TIME_TO_REPORT, { start: doneAt, end: shown.startTime });
        }),
      );
    },
    { once: true },
  );
  report.srcdoc = text;
  report.hidden = false;
}

function showErrors(lines: string[]): void {
  errors.replaceChildren(
    ...lines.map((line) => {
      const li = document.createElement('li');
      li.textContent = line;
      return li;
    }),
  );
}

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Files of a dropped folder, walked recursively (the File and Directory Entries API). */
async function walkEntry(entry: FileSystemEntry, out: PickedFile[], fromFolder: boolean): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, path: entry.fullPath.replace(/^\//, ''), fromFolder });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walkEntry(child, out, true);
  }
}

fileInput.addEventListener('change', () => {
  addFiles([...(fileInput.files ?? [])].map((file) => ({ file, path: file.name, fromFolder: false })));
  fileInput.value = '';
});
folderInput.addEventListener('change', () => {
  addFiles(
    [...(folderInput.files ?? [])].map((file) => ({
      file,
      path: file.webkitRelativePath || file.name,
      fromFolder: true,
    })),
  );
  folderInput.value = '';
});
for (const type of ['dragenter', 'dragover'])
  drop.addEventListener(type, (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
// A file dropped beside the zone is not opened by the browser in place of the page.
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => event.preventDefault());
drop.addEventListener('drop', async (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const items = [...(event.dataTransfer?.items ?? [])].filter((i) => i.kind === 'file');
  const entries = items.map((i) => i.webkitGetAsEntry?.() ?? null);
  const loose = items.map((i) => i.getAsFile());
  const out: PickedFile[] = [];
  for (const [n, entry] of entries.entries()) {
    if (entry) await walkEntry(entry, out, false);
    else if (loose[n]) out.push({ file: loose[n]!, path: loose[n]!.name, fromFolder: false });
  }
  addFiles(out);
});
clearButton.addEventListener('click', () => {
  if (busy) {
    stopWorker();
    finish('');
  }
  picked = [];
  allFilesShown = false;
  setReports(undefined);
  analyzeButton.textContent = 'Analyze';
  report.hidden = true;
  report.removeAttribute('srcdoc');
  downloads.hidden = true;
  errors.replaceChildren();
  status.textContent = '';
  showFiles();
});
analyzeButton.addEventListener('click', runAnalysis);
cancelButton.addEventListener('click', () => {
  stopWorker();
  finish('Cancelled.');
});
$('dl-json').addEventListener('click', () => reports && save('rdpdiag-report.json', reports.json));
$('dl-markdown').addEventListener('click', () => reports && save('rdpdiag-report.md', reports.markdown));
$('dl-html').addEventListener('click', () => reports && save('rdpdiag-report.html', reports.html));
$<HTMLFormElement>('explain-form').addEventListener('submit', (event) => {
  event.preventDefault();
  send({
    type: 'explain-code',
    code: $<HTMLInputElement>('code').value.trim(),
    extended: $<HTMLInputElement>('extended').value.trim() || undefined,
  });
});
showFiles();
