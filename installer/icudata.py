"""Linux: a smaller ICU data library for the bundle (`libicudata.so.NN`, 32 MB in PySide6).

Qt links QtCore to ICU, and ICU keeps all its data (every locale's names, units, currencies,
collations and time-zone names, every legacy text converter, the break-iterator dictionaries)
in one shared library holding one "common data" package, exported as `icudtNN_dat`. QtCore
calls only ICU's case mapping (data built into libicuuc), collation (QCollator), time-zone
names (QTimeZone) and converters (QStringDecoder for a legacy encoding, which the app never
asks for). So the bundle keeps the package's shared items, collation and time-zone data for
the languages in `buildinfo.ICU_LOCALES`, and nothing else (3 MB). A locale that is left out
falls back to ICU's root data: the CLDR default collation and GMT-style zone names.

The package is rewritten in Python (its format is a table of contents of named items, each a
self-contained block aligned to 16 bytes, which are copied unchanged), then turned into a
shared library with binutils' `ld` and `objcopy`, which `make installer` already needs
(`readelf`). The self-test checks the result: Spanish collation and zone names must work.
"""

from __future__ import annotations

import re
import struct
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

ALIGN = 16  # ICU aligns every item, and the package itself, to 16 bytes


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(the package header, [(item name, item bytes)]) of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    offsets = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(offsets):
        start = toc + name_at
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        end = toc + offsets[i + 1][1] if i + 1 < count else len(blob)
        items.append((name, blob[toc + data_at:end]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package of `items`, which stay in their (sorted) order."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_at = toc_size + len(names)
    data_at += -(len(header) + data_at) % ALIGN
    entries, name_at, blocks = [], toc_size, []
    for name, data in items:
        entries.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = data + b"\0" * (-len(data) % ALIGN)
        blocks.append(padded)
        data_at += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    toc += b"\0" * (-(len(header) + len(toc)) % ALIGN)
    return header + toc + b"".join(blocks)


def keeper(locales: Iterable[str]) -> Callable[[str], bool]:
    """Which items of the package Qt needs, for these languages ("en", "es")."""
    wanted = tuple(locales)
    locale_file = re.compile(r"[a-z]{2,3}(?:_[A-Za-z0-9]+)*\.res")

    def for_locale(leaf: str) -> bool:
        stem = leaf.removesuffix(".res")
        return stem in ("root", "pool", "res_index", "tzdbNames") or stem.split("_")[0] in wanted

    def keep(name: str) -> bool:
        parts = name.split("/")[1:]  # without the "icudtNNl" prefix
        if len(parts) == 1:
            leaf = parts[0]
            if leaf.endswith(".cnv") or leaf == "unames.icu":
                return False  # legacy encodings and character names: no Qt call reads them
            if locale_file.fullmatch(leaf) and leaf not in ("pool.res", "res_index.res"):
                return for_locale(leaf)
            return True  # shared data: likely subtags, metazones, zoneinfo, normalization, ...
        tree, leaf = parts[0], parts[-1]
        if tree not in ("coll", "zone"):
            return False  # names of languages, regions, units, currencies; break iterators; ...
        return not leaf.endswith(".res") or for_locale(leaf)

    return keep


def symbol_of(library: Path) -> str:
    """`icudt73_dat` for libicudata.so.73."""
    match = re.fullmatch(r"libicudata\.so\.(\d+)(?:\..*)?", library.name)
    if not match:
        raise ValueError(f"{library.name} is not an ICU data library")
    return f"icudt{match.group(1)}_dat"


def symbol_bytes(library: Path, symbol: str, size: int = 0) -> bytes:
    """The bytes an exported data symbol points at: `size` of them, or the symbol's own size."""
    symbols = subprocess.run(["readelf", "--dyn-syms", "--wide", str(library)], check=True,
                             capture_output=True, text=True).stdout
    found = re.search(rf"^\s*\d+:\s+([0-9a-f]+)\s+(\S+)\s+\S+\s+GLOBAL\s+\S+\s+\d+\s+{symbol}$",
                      symbols, re.M)
    if not found:
        raise ValueError(f"{library} does not export {symbol}")
    address, size = int(found.group(1), 16), size or int(found.group(2), 0)
    sections = subprocess.run(["readelf", "--section-headers", "--wide", str(library)],
                              check=True, capture_output=True, text=True).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] in (".rodata", ".data"):
            start, offset = int(fields[3], 16), int(fields[4], 16)
            if start <= address < start + int(fields[5], 16):
                with library.open("rb") as fh:
                    fh.seek(offset + address - start)
                    return fh.read(size)
    raise ValueError(f"{symbol} is in no data section of {library}")


def trimmed_library(library: Path, out_dir: Path, locales: Iterable[str]) -> tuple[Path, int, int]:
    """A copy of `library` whose package keeps only what Qt needs; (path, items kept, of)."""
    header, items = read_package(symbol_bytes(library, symbol_of(library)))
    kept = [item for item in items if keeper(locales)(item[0])]
    out_dir.mkdir(parents=True, exist_ok=True)
    raw = out_dir / "icudata.bin"
    package = write_package(header, kept)
    raw.write_bytes(package)
    obj, target = out_dir / "icudata.o", out_dir / library.name
    symbol = symbol_of(library)
    # `ld -b binary` names the blob after its path; run in out_dir so the name is predictable.
    subprocess.run(["ld", "-r", "-b", "binary", "-o", obj.name, raw.name], check=True, cwd=out_dir)
    subprocess.run(["objcopy", "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
                    "--set-section-alignment", f".data={ALIGN}",
                    "--redefine-sym", f"_binary_icudata_bin_start={symbol}",
                    "--strip-symbol", "_binary_icudata_bin_end",
                    "--strip-symbol", "_binary_icudata_bin_size", obj.name], check=True, cwd=out_dir)
    subprocess.run(["ld", "-shared", "-soname", library.name, "-o", target.name, obj.name],
                   check=True, cwd=out_dir)
    if symbol_bytes(target, symbol, len(package)) != package:
        raise RuntimeError(f"{target} does not hold the trimmed ICU data")
    return target, len(kept), len(items)
