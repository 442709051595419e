import { escapeControls } from '../report/sanitize.js';
import { writeErrControl } from './io.js';
import { formatCount } from '../model/numbers.js';

/** A one-line progress indicator on stderr, only when stderr is a terminal. */
export class Progress {
  private last = 0;
  private shown = false;

  constructor(private readonly enabled: boolean) {}

  update = (file: string, records: number, index: number, total: number): void => {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const name = file.length > 50 ? '…' + file.slice(-49) : file;
    writeErrControl(
      `\r\u001b[2Kreading ${index + 1}/${total} ${escapeControls(name)}: ${formatCount(records)} records`,
    );
    this.shown = true;
  };

  done(): void {
    if (this.shown) writeErrControl('\r\u001b[2K');
    this.shown = false;
  }
}
