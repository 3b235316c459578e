#!/usr/bin/env python3
"""Writes the GGUF regression corpus: files that break or slow a naive reader, each with the byte offset where the
problem starts, computed here from the GGUF layout (ggml docs/gguf.md, "File Structure"), not by the project's reader.
Run from this folder: python3 make_corpus.py (rewrites the .gguf files and expected.tsv)."""
import struct

U8, U32, STRING, ARRAY, U64 = 0, 4, 8, 9, 10
rows = []


class File:
    def __init__(self, tensors, kvs):
        self.b = bytearray(b"GGUF" + struct.pack("<IQQ", 3, tensors, kvs))

    def at(self):
        return len(self.b)

    def u32(self, v):
        self.b += struct.pack("<I", v)

    def u64(self, v):
        self.b += struct.pack("<Q", v)

    def string(self, s):
        data = s.encode()
        self.u64(len(data))
        self.b += data


def write(name, f, offset, reason):
    with open(name + ".gguf", "wb") as out:
        out.write(f.b)
    rows.append((name + ".gguf", offset, reason))


# A count of key-value pairs that no file of this size can hold: 2^32 - 1 pairs of at least 13 bytes each.
f = File(0, 0xFFFFFFFF)
write("kv-count-huge", f, 16, "cannot fit")

# tensor_count 2^63: a reader that allocates a list for the claim runs out of memory.
f = File(1 << 63, 0)
write("tensor-count-2-63", f, 8, "cannot fit")

# A key whose length claims 2^40 bytes.
f = File(0, 1)
at = f.at()
f.u64(1 << 40)
f.b += b"general.name"
write("key-length-2-40", f, at, "claims")

# A UINT8 array claiming 2^62 elements in a tiny file.
f = File(0, 1)
f.string("a")
f.u32(ARRAY)
f.u32(U8)
at = f.at()
f.u64(1 << 62)
write("array-count-2-62", f, at, "cannot fit")

# An array of 2^30 strings with no bytes for them: each string needs at least its 8-byte length.
f = File(0, 1)
f.string("tokenizer.ggml.tokens")
f.u32(ARRAY)
f.u32(STRING)
at = f.at()
f.u64(1 << 30)
f.b += b"\0" * 64
write("string-array-2-30", f, at, "cannot fit")

# Arrays of arrays: each level claims millions of elements (a slow, deep path for a recursive reader).
f = File(0, 1)
f.string("nested")
f.u32(ARRAY)
f.u32(ARRAY)
at = f.at()
f.u64(1 << 24)
for _ in range(4):
    f.u32(U8)
    f.u64(1 << 24)
write("nested-arrays", f, at, "cannot fit")

# A value type that does not exist.
f = File(0, 1)
f.string("x")
at = f.at()
f.u32(99)
f.u32(0)
write("unknown-value-type", f, at, "unknown metadata value type")

# A tensor with five dimensions (GGUF allows at most four).
f = File(1, 0)
f.string("t")
at = f.at()
f.u32(5)
for _ in range(5):
    f.u64(2)
f.u32(0)
f.u64(0)
write("tensor-five-dims", f, at, "dimensions")

# Dimensions whose product overflows 64 bits.
f = File(1, 0)
f.string("t")
f.u32(2)
f.u64(1 << 40)
at = f.at()  # the second dimension: 2^40 x 2^40 does not fit 64 bits
f.u64(1 << 40)
f.u32(0)
f.u64(0)
write("tensor-elements-overflow", f, at, "overflows")

# An alignment that is not a power of two.
f = File(0, 1)
f.string("general.alignment")
f.u32(U32)
at = f.at()
f.u32(3)
write("alignment-3", f, at, "power of two")

# A tensor whose data lies past the end of the file.
f = File(1, 0)
f.string("t")
f.u32(1)
f.u64(1024)
f.u32(0)
f.u64(0)
while len(f.b) % 32:
    f.b += b"\0"
at = f.at()  # the tensor's data starts at the aligned data section, offset 0 in it
f.b += b"\0" * 16
write("tensor-data-past-end", f, at, "past the end")

with open("expected.tsv", "w") as out:
    out.write("# file\toffset where the problem starts (from the layout above)\ta word the reason must contain\n")
    for name, offset, reason in rows:
        out.write(f"{name}\t{offset}\t{reason}\n")
