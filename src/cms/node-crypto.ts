/**
 * `createHash` for the content gate in the browser. The gate keys its cache
 * of earlier runs with SHA-256 digests; the CMS runs it on one file with no
 * cache, where a digest is only compared with another of the same run, so
 * any stable hash of the text will do: FNV-1a (64-bit, as hex). Swapped in
 * for client code by src/cms/vite-plugin.ts.
 */
class Hash {
  #state = 0xcbf29ce484222325n;
  update(data: string): this {
    for (let i = 0; i < data.length; i++) {
      this.#state ^= BigInt(data.charCodeAt(i));
      this.#state = (this.#state * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return this;
  }
  digest(_encoding?: string): string {
    return this.#state.toString(16).padStart(16, '0');
  }
}

export function createHash(_algorithm: string): Hash {
  return new Hash();
}

export default { createHash };
