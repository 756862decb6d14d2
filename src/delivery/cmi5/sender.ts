/**
 * Statements go to the LRS one at a time, in the order they were made (cmi5 reads the
 * order: initialized first, terminated last). A statement the LRS did not take stays at
 * the head of the line and is sent again with the next one; when the page is left, what
 * is still waiting goes in one request that outlives the page (`keepalive`), since the
 * cmi5 client's XMLHttpRequest is cancelled with the page.
 */
import type Cmi5 from '@xapi/cmi5';
import type { Statement } from '@xapi/xapi';
import type { Sent } from './notices';

/**
 * A statement with an id of its own, so one sent again is the same statement to the LRS;
 * without `crypto.randomUUID` (a page not served over https) the LRS gives it one.
 */
function withId(statement: Statement): Statement {
  const id = globalThis.crypto?.randomUUID?.();
  return id ? { id, ...statement } : statement;
}

export class Sender {
  private readonly waiting: { statement: Statement; what: Sent }[] = [];
  private sending: Promise<void> | undefined;

  constructor(
    private readonly cmi5: Cmi5,
    /** Told of a statement the LRS did not take (`what` names it), and of success after one. */
    private readonly onFailure: (what: Sent | undefined) => void,
  ) {}

  send(statement: Statement, what: Sent): Promise<void> {
    this.waiting.push({ statement: withId(statement), what });
    return this.flush();
  }

  /** Send what waits, in order; resolves when the line is empty or the LRS refused one. */
  flush(): Promise<void> {
    this.sending ??= this.drain().finally(() => (this.sending = undefined));
    return this.sending;
  }

  private async drain(): Promise<void> {
    for (let next = this.waiting[0]; next; next = this.waiting[0]) {
      try {
        await this.cmi5.sendXapiStatement(next.statement);
      } catch {
        this.onFailure(next.what);
        return;
      }
      this.waiting.shift();
    }
    this.onFailure(undefined);
  }

  /** On leaving: everything still waiting, plus `last`, in one request that survives the page. */
  leave(last: Statement | undefined): void {
    const statements = [...this.waiting.map((w) => w.statement), ...(last ? [withId(last)] : [])];
    this.waiting.length = 0;
    if (statements.length === 0) return;
    const endpoint = this.cmi5.getLaunchParameters().endpoint;
    void fetch(`${endpoint}statements`, {
      method: 'POST',
      keepalive: true,
      headers: {
        Authorization: `Basic ${this.cmi5.getAuthToken()}`,
        'Content-Type': 'application/json',
        'X-Experience-API-Version': '1.0.3',
      },
      body: JSON.stringify(statements),
    }).catch(() => undefined);
  }
}
