import { describe, expect, it } from 'vitest';
import { packFloats, unpackFloats } from '../src/util/float-pack.js';

describe('float-pack', () => {
  it('gives back the header and every double exactly', () => {
    const arrays = [Float64Array.from([0.1, -0, 1e-300, Math.PI, Number.MAX_VALUE]), new Float64Array(0), Float64Array.from([2 / 3])];
    const unpacked = unpackFloats(packFloats({ key: 'k', terms: ['a', 'é'] }, arrays))!;
    expect(unpacked.header).toEqual({ key: 'k', terms: ['a', 'é'] });
    expect(unpacked.arrays.map((a) => [...a])).toEqual(arrays.map((a) => [...a]));
    expect(Object.is(unpacked.arrays[0]![1], -0)).toBe(true);
  });

  it('reads a file that does not start on an 8-byte boundary', () => {
    const packed = packFloats({}, [Float64Array.from([1.5, 2.5])]);
    const shifted = Buffer.alloc(packed.length + 3);
    packed.copy(shifted, 3);
    expect([...unpackFloats(shifted.subarray(3))!.arrays[0]!]).toEqual([1.5, 2.5]);
  });

  it('refuses a truncated file', () => {
    const packed = packFloats({}, [Float64Array.from([1, 2, 3])]);
    expect(unpackFloats(packed.subarray(0, packed.length - 8))).toBeUndefined();
    expect(unpackFloats(Buffer.alloc(2))).toBeUndefined();
    expect(unpackFloats(Buffer.alloc(16))).toBeUndefined();
  });
});
