/**
 * Just enough of `node:stream` for the content gate in the browser: the
 * gate drives parse5-sax-parser synchronously through its tokenizer and only
 * listens to its events, so a stream here is an event emitter whose pipe
 * goes nowhere. Swapped in for client code by src/cms/vite-plugin.ts.
 */
type Listener = (...args: unknown[]) => void;

class Emitter {
  #listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), listener]);
    return this;
  }
  addListener(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.removeListener(event, wrapped);
      listener(...args);
    };
    return this.on(event, wrapped);
  }
  removeListener(event: string, listener: Listener): this {
    this.#listeners.set(
      event,
      (this.#listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  off(event: string, listener: Listener): this {
    return this.removeListener(event, listener);
  }
  emit(event: string, ...args: unknown[]): boolean {
    const listeners = this.#listeners.get(event) ?? [];
    for (const l of listeners) l(...args);
    return listeners.length > 0;
  }
}

export class Writable extends Emitter {
  constructor(_options?: unknown) {
    super();
  }
  write(): boolean {
    return true;
  }
  end(): this {
    return this;
  }
}

export class Readable extends Emitter {
  constructor(_options?: unknown) {
    super();
  }
  pipe<T>(destination: T): T {
    return destination;
  }
}

export class Transform extends Writable {
  pipe<T>(destination: T): T {
    return destination;
  }
}

export default { Writable, Readable, Transform };
