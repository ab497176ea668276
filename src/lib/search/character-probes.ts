/**
 * One-character queries. Every index word is a character pair (han.ts), so a
 * query of one character, 水, is a prefix that must match every pair starting
 * with it: 水源, 水质 … 水ˉ. Pagefind (1.6.0) loads only the one index chunk
 * whose word range holds the query term itself, and matches prefixes only
 * among loaded words; when the pairs of 水 run on into later chunks, pages
 * with those pairs would be missed.
 *
 * So the build lists, for each character whose pairs run past the chunk that
 * holds it, the first word of every later chunk they reach ("probes"); the
 * search page preloads those words' chunks before searching the character.
 * The list is read from Pagefind's own metadata file, which names each
 * chunk's first and last word.
 */

/** One index chunk as Pagefind's metadata describes it. */
export interface IndexChunk {
  from: string;
  to: string;
  hash: string;
}

/** The file the build writes next to pagefind.js, and the search page reads for one-character queries. */
export const CHARACTER_PROBES_FILE = 'han-probes.json';

/** Character → the first words of the further chunks its pairs fill. */
export type CharacterProbes = Record<string, string[]>;

const firstChar = (word: string) => String.fromCodePoint(word.codePointAt(0) ?? 0);

/**
 * For each character whose words continue from one chunk into the next, the
 * first word of each such next chunk. `chunks` in Pagefind's order (sorted by word).
 */
export function listCharacterProbes(chunks: readonly IndexChunk[]): CharacterProbes {
  const probes: CharacterProbes = {};
  for (let i = 1; i < chunks.length; i++) {
    const char = firstChar(chunks[i]!.from);
    if (firstChar(chunks[i - 1]!.to) !== char) continue;
    (probes[char] ??= []).push(chunks[i]!.from);
  }
  return probes;
}

/**
 * Decodes the CBOR (RFC 8949) that Pagefind writes: unsigned and negative
 * integers, byte and text strings, arrays and maps, definite or indefinite,
 * and simple values. Throws on anything else.
 */
export function decodeCbor(bytes: Uint8Array): unknown {
  const text = new TextDecoder();
  let at = 0;
  const readLength = (info: number): number | undefined => {
    if (info < 24) return info;
    const size = [1, 2, 4, 8][info - 24];
    if (size === undefined) {
      if (info === 31) return undefined; // indefinite length
      throw new Error(`CBOR: bad length ${info} at byte ${at}`);
    }
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[at++]!;
    return value;
  };
  const read = (): unknown => {
    if (at >= bytes.length) throw new Error('CBOR: unexpected end');
    const head = bytes[at++]!;
    const major = head >> 5;
    const length = readLength(head & 31);
    const items = (each: () => void) => {
      if (length !== undefined) for (let i = 0; i < length; i++) each();
      else {
        while (bytes[at] !== 0xff) each();
        at++;
      }
    };
    switch (major) {
      case 0:
        return length;
      case 1:
        return -1 - length!;
      case 2:
      case 3: {
        const end = at + length!;
        const slice = bytes.subarray(at, end);
        at = end;
        return major === 3 ? text.decode(slice) : slice;
      }
      case 4: {
        const list: unknown[] = [];
        items(() => list.push(read()));
        return list;
      }
      case 5: {
        const map = new Map<unknown, unknown>();
        items(() => map.set(read(), read()));
        return map;
      }
      case 7:
        return { 20: false, 21: true, 22: null }[head & 31];
      default:
        throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
    }
  };
  return read();
}

/** Pagefind's signature before the CBOR of its (decompressed) binary files. */
const SIGNATURE = 'pagefind_dcd';

/**
 * The index chunks listed in a decompressed `.pf_meta` file: its third field,
 * a list of [from, to, hash]. Throws, naming the field, when the file has
 * another shape (a Pagefind upgrade that changed its format).
 */
export function readIndexChunks(meta: Uint8Array): IndexChunk[] {
  const signature = new TextDecoder().decode(meta.subarray(0, SIGNATURE.length));
  const decoded = decodeCbor(signature === SIGNATURE ? meta.subarray(SIGNATURE.length) : meta);
  const chunks = Array.isArray(decoded) ? decoded[2] : undefined;
  if (
    !Array.isArray(chunks) ||
    !chunks.every(
      (c) => Array.isArray(c) && c.length === 3 && c.every((s) => typeof s === 'string'),
    )
  ) {
    throw new Error(
      'Pagefind 元数据格式不符:第 3 项应为索引分块列表 [from, to, hash](Pagefind 升级后请检查 character-probes.ts)',
    );
  }
  return (chunks as [string, string, string][]).map(([from, to, hash]) => ({ from, to, hash }));
}
