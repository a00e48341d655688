// Writes each message to the output stream in one piece: header and body together. The library's
// stream writer writes them separately, and on a pipe every write is a system call that wakes the
// client, which then finds only a header to read; a keystroke's diagnostics paid for that twice.
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-jsonrpc/node';

export class OneWriteMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (err: Error) => this.fireError(err));
    stream.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    const packet = Buffer.concat([Buffer.from(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii'), body]);
    return new Promise((resolve, reject) => {
      this.stream.write(packet, (err?: Error | null) => {
        if (!err) return resolve();
        this.errors++;
        this.fireError(err, msg, this.errors);
        reject(err);
      });
    });
  }

  end(): void {
    this.stream.end();
  }
}
