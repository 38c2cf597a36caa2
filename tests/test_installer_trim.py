"""What the Linux bundle trims and what it must keep: installer/icudata.py's cut-down ICU data
keeps what Qt reads for English and Spanish in a package ICU can read (every item where its
table says), and every module the bundle must carry exists."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "installer"))
import buildinfo  # noqa: E402
import icudata  # noqa: E402


def _package(items: list[tuple[str, bytes]]) -> bytes:
    # A DataHeader as ICU writes one: size, magic 0xda27, then UDataInfo with format "CmnD".
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\1\0\0\0", b"\3\0\0\0")
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + info
    header += b"\0" * (32 - len(header))
    return icudata.write_package(header, items)


def test_a_rewritten_package_reads_back_item_for_item_each_aligned() -> None:
    items = [("icudt73l/coll/es.res", b"spanish collation"), ("icudt73l/es.res", b"x" * 33),
             ("icudt73l/zoneinfo64.res", b"zones")]

    blob = _package(items)
    header, read = icudata.read_package(blob)

    assert [name for name, _ in read] == [name for name, _ in items]
    for (_, original), (_, data) in zip(items, read, strict=True):
        assert data.rstrip(b"\0") == original
    (count,) = struct.unpack_from("<I", blob, len(header))
    offsets = [struct.unpack_from("<II", blob, len(header) + 4 + 8 * i)[1] for i in range(count)]
    assert all((len(header) + at) % 16 == 0 for at in offsets)


def test_qt_keeps_collation_and_zone_names_for_english_and_spanish_only() -> None:
    keep = icudata.keeper(("en", "es"))

    kept = ["icudt73l/coll/es.res", "icudt73l/coll/root.res", "icudt73l/coll/ucadata.icu",
            "icudt73l/zone/es_MX.res", "icudt73l/zone/pool.res", "icudt73l/en_GB.res",
            "icudt73l/root.res", "icudt73l/res_index.res", "icudt73l/metaZones.res",
            "icudt73l/zoneinfo64.res", "icudt73l/likelySubtags.res", "icudt73l/nfkc.nrm"]
    dropped = ["icudt73l/coll/zh.res", "icudt73l/zone/fr.res", "icudt73l/de.res",
               "icudt73l/brkitr/cjdict.dict", "icudt73l/curr/es.res", "icudt73l/lang/en.res",
               "icudt73l/ibm-5348_P100-1997.cnv", "icudt73l/translit/root.res",
               "icudt73l/unames.icu"]
    assert [name for name in kept if not keep(name)] == []
    assert [name for name in dropped if keep(name)] == []


def test_the_library_name_gives_its_symbol() -> None:
    assert icudata.symbol_of(Path("libicudata.so.73")) == "icudt73_dat"
    assert icudata.symbol_of(Path("libicudata.so.74.2")) == "icudt74_dat"


def test_every_module_the_bundle_must_carry_exists() -> None:
    # The spec stops the build when one is missing from the analysis; a misspelt name would stop
    # it too, so catch that here first. (psycopg_binary refuses to load before psycopg.)
    import psycopg  # noqa: F401

    absent = [name for name in buildinfo.RUNTIME_MODULES if importlib.util.find_spec(name) is None]
    assert absent == []
