// A minimal jsii kernel client: what the Python, Java, C# and Go runtimes do, in a few lines. It spawns the
// @jsii/runtime process and exchanges one JSON object per line (requests on stdin, responses on stdout).
import { ChildProcessWithoutNullStreams, spawn } from 'child_process';
import { createInterface } from 'readline';

/** A reference to an object that lives in the kernel. */
export interface ObjRef {
  readonly '$jsii.byref': string;
}

/** A struct argument as a foreign client passes it: the struct's fqn and its fields (camelCase). */
export function struct(fqn: string, data: Record<string, unknown>): unknown {
  return { '$jsii.struct': { fqn, data } };
}

/** An error the kernel returned for a request (the foreign client would raise it as an exception). */
export class KernelError extends Error {
  constructor(
    readonly api: string,
    message: string,
    readonly kernelStack: string | undefined,
  ) {
    super(`kernel ${api}: ${message}`);
  }
}

export class KernelClient {
  /** Starts the runtime and waits for its hello line (`@jsii/runtime@<version>`). */
  static async start(entryPoint: string, env: NodeJS.ProcessEnv): Promise<KernelClient> {
    const child = spawn(process.execPath, [entryPoint], { env: { ...process.env, ...env }, stdio: 'pipe' });
    const client = new KernelClient(child);
    const hello = (await client.next()) as { hello?: string };
    if (!hello.hello) throw new Error(`unexpected first message from the jsii runtime: ${JSON.stringify(hello)}`);
    client.hello = hello.hello;
    return client;
  }

  hello = '';
  private readonly lines: AsyncIterator<string>;
  private stderr = '';

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    this.lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    // The runtime forwards the kernel's own stdout/stderr as {"stderr": "<base64>"} lines on stderr.
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  /** Sends one request and returns its `ok` value; throws a KernelError for an `error` response. */
  async request(api: string, body: Record<string, unknown>): Promise<any> {
    this.child.stdin.write(JSON.stringify({ api, ...body }) + '\n');
    for (;;) {
      const response = (await this.next()) as { ok?: unknown; error?: string; stack?: string; callback?: { cbid: string } };
      if (response.callback) {
        // No object here overrides a method, so the kernel has nothing to call back: fail that call loudly.
        this.child.stdin.write(
          JSON.stringify({ complete: { cbid: response.callback.cbid, err: 'the smoke test client implements no callbacks' } }) + '\n',
        );
        continue;
      }
      if (response.error !== undefined) throw new KernelError(api, response.error, response.stack);
      return response.ok;
    }
  }

  load(name: string, version: string, tarball: string): Promise<{ assembly: string; types: number }> {
    return this.request('load', { name, version, tarball });
  }

  create(fqn: string, args: unknown[] = []): Promise<ObjRef> {
    return this.request('create', { fqn, args });
  }

  async invoke(objref: ObjRef, method: string, args: unknown[] = []): Promise<any> {
    return (await this.request('invoke', { objref, method, args })).result;
  }

  async sinvoke(fqn: string, method: string, args: unknown[] = []): Promise<any> {
    return (await this.request('sinvoke', { fqn, method, args })).result;
  }

  async get(objref: ObjRef, property: string): Promise<any> {
    return (await this.request('get', { objref, property })).value;
  }

  async sget(fqn: string, property: string): Promise<any> {
    return (await this.request('sget', { fqn, property })).value;
  }

  /** Ends the runtime process and waits for it to exit. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin.write(JSON.stringify({ exit: 0 }) + '\n');
    this.child.stdin.end();
    await exited;
  }

  /** What the kernel process printed (decoded), for failure messages. */
  output(): string {
    return this.stderr
      .split('\n')
      .map((line) => {
        try {
          const parsed = JSON.parse(line) as Record<string, string>;
          return Object.entries(parsed).map(([, b64]) => Buffer.from(b64, 'base64').toString()).join('');
        } catch {
          return line;
        }
      })
      .join('\n');
  }

  private async next(): Promise<unknown> {
    const { value, done } = await this.lines.next();
    if (done) throw new Error(`the jsii runtime exited (code ${this.child.exitCode}); its output:\n${this.output()}`);
    return JSON.parse(value);
  }
}
