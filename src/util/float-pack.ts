import { endianness } from 'node:os';

/**
 * A file of a JSON header and arrays of doubles, for statistics that are slow to parse as JSON text:
 * the header's length (uint32), the header (UTF-8 JSON), padding to a multiple of 8 bytes, then
 * each array's doubles back to back, little-endian. The header records the arrays' lengths.
 */
interface Framed {
  lengths: number[];
  header: unknown;
}

export function packFloats(header: unknown, arrays: Float64Array[]): Buffer {
  const json = Buffer.from(JSON.stringify({ lengths: arrays.map((a) => a.length), header } satisfies Framed));
  const start = Math.ceil((4 + json.length) / 8) * 8;
  const out = Buffer.alloc(start + 8 * arrays.reduce((n, a) => n + a.length, 0));
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  let at = start;
  for (const array of arrays) {
    for (const x of array) at = out.writeDoubleLE(x, at);
  }
  return out;
}

/** The header and arrays, or undefined when the file is not one of these. */
export function unpackFloats(file: Buffer): { header: unknown; arrays: Float64Array[] } | undefined {
  if (file.length < 4) return undefined;
  const size = file.readUInt32LE(0);
  if (4 + size > file.length) return undefined;
  let framed: Framed;
  try {
    framed = JSON.parse(file.toString('utf8', 4, 4 + size)) as Framed;
  } catch {
    return undefined;
  }
  const { lengths, header } = framed;
  if (!Array.isArray(lengths)) return undefined;
  let at = Math.ceil((4 + size) / 8) * 8;
  if (at + 8 * lengths.reduce((n, l) => n + l, 0) !== file.length) return undefined;
  const arrays = lengths.map((length) => {
    const array = readDoubles(file, at, length);
    at += 8 * length;
    return array;
  });
  return { header, arrays };
}

function readDoubles(file: Buffer, at: number, length: number): Float64Array {
  // Little-endian and aligned: the bytes are the array already.
  if (endianness() === 'LE' && (file.byteOffset + at) % 8 === 0) return new Float64Array(file.buffer, file.byteOffset + at, length);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = file.readDoubleLE(at + 8 * i);
  return out;
}
