/**
 * Follows a growing binary .evtx file without re-reading it: the parser's incremental reader
 * (`parsers/evtx`) parses only the chunks that changed; this module notices a file that shrank or was
 * replaced and has it read again from its start (the follower's de-duplication drops what was already
 * reported).
 */
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { openRegularFile } from '../platform/node/file-source.js';
import { EvtxIncrementalReader } from '../../parsers/evtx/index.js';
import type { InputWarning } from '../model/event.js';
import type { RecordId } from '../model/record-id.js';
import { fileIdentity, type TailPoll } from './xml-tail.js';

export { NotEvtxError } from '../../parsers/evtx/index.js';

export class EvtxTail {
  private identity: string | undefined;
  private size = -1;
  private mtimeMs = 0;
  private readonly reader: EvtxIncrementalReader;
  private pendingMore = false;

  constructor(
    readonly path: string,
    warn: (w: InputWarning) => void,
  ) {
    this.reader = new EvtxIncrementalReader(path, warn);
  }

  /** The highest record id handed on so far (-1 before any). */
  get highestRecordId(): RecordId {
    return this.reader.highestRecordId;
  }

  async poll(st?: Stats): Promise<TailPoll> {
    st ??= await stat(this.path);
    let reopened: TailPoll['reopened'];
    const id = fileIdentity(st);
    if (this.identity !== undefined && id !== this.identity) reopened = 'replaced';
    else if (st.size < this.size) reopened = 'truncated';
    if (reopened) this.reader.reset();
    const unchanged =
      !reopened && st.size === this.size && st.mtimeMs === this.mtimeMs && !this.reader.pending && !this.pendingMore;
    this.identity = id;
    this.size = st.size;
    this.mtimeMs = st.mtimeMs;
    if (unchanged) return { events: [] };
    const fh = await openRegularFile(this.path);
    try {
      const { events, more } = await this.reader.read(fh, st.size);
      this.pendingMore = more;
      return { events, reopened, more };
    } finally {
      await fh.close();
    }
  }
}
