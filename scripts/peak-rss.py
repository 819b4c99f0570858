#!/usr/bin/env python3
"""peak-rss.py [--drop-cache] [--sections] BINARY ARG... runs a command and
says what its peak resident memory is made of (Linux only).

It prints the peak (ru_maxrss, what `/usr/bin/time -f %M` prints) and, from
the sample of /proc/PID/smaps with the most resident memory (every 10 ms),
how much of it is the program's own file (RssFile: its code, read-only data
and function tables, mapped from the executable) and how much anonymous
memory (RssAnon: the heap, stacks, the runtime's metadata), per mapping of
the executable with the part of it mapped as whole 2 MB pages
(FilePmdMapped).

How much of the executable is resident depends on how the page cache holds
it, not only on what the program touches: on a kernel that maps a whole
large folio on a fault (6.18 here; the disk's read_ahead_kb is 8192) a
freshly linked binary is held in 2 MB folios and one byte read in a 2 MB
stretch makes all of it resident. --drop-cache first drops the executable's
pages from the page cache (posix_fadvise DONTNEED on that one file), so that
two builds are compared from the same state: each is then read back by
readahead, as an installed program is.

--sections also reads /proc/PID/pagemap at that sample and sums the
resident pages per ELF section (.text, .rodata, .gopclntab, .noptrdata …).
"""

import os
import re
import struct
import subprocess
import sys
import time


def sections(path):
    """The ELF64 section headers of path: (name, address, size) of each
    section that is mapped."""
    with open(path, "rb") as f:
        data = f.read(64)
        if data[:4] != b"\x7fELF" or data[4] != 2:
            return []
        shoff, = struct.unpack_from("<Q", data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
        f.seek(shoff)
        hdrs = [struct.unpack("<IIQQQQIIQQ", f.read(shentsize)[:64]) for _ in range(shnum)]
        stroff, strsize = hdrs[shstrndx][4], hdrs[shstrndx][5]
        f.seek(stroff)
        names = f.read(strsize)
    out = []
    for h in hdrs:
        name = names[h[0]:names.index(b"\0", h[0])].decode()
        if h[3] and h[5]:  # an address and a size
            out.append((name, h[3], h[5]))
    return out


def read_smaps(pid):
    """The mappings of pid: a list of (range, name, {field: kB})."""
    maps, cur = [], None
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
                parts = line.split()
                cur = (parts[0], parts[5] if len(parts) > 5 else "", {})
                maps.append(cur)
            elif line.rstrip().endswith(" kB"):
                key, _, val = line.partition(":")
                cur[2][key] = int(val.split()[0])
    return maps


def resident_pages(pid, exe):
    """The addresses of the executable's pages resident in pid."""
    pages = []
    with open(f"/proc/{pid}/maps") as m, open(f"/proc/{pid}/pagemap", "rb") as pm:
        for line in m:
            parts = line.split()
            if len(parts) < 6 or os.path.realpath(parts[5]) != exe:
                continue
            lo, hi = (int(x, 16) for x in parts[0].split("-"))
            pm.seek(lo // 4096 * 8)
            data = pm.read((hi - lo) // 4096 * 8)
            for i in range(len(data) // 8):
                if struct.unpack_from("<Q", data, i * 8)[0] >> 63:
                    pages.append(lo + i * 4096)
    return pages


def main(argv):
    drop = "--drop-cache" in argv
    by_section = "--sections" in argv
    cmd = [a for a in argv if a not in ("--drop-cache", "--sections")]
    if not cmd:
        sys.exit(__doc__)
    exe = os.path.realpath(cmd[0])
    if drop:
        fd = os.open(exe, os.O_RDONLY)
        os.fsync(fd)  # dirty pages are not dropped
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    best, best_rss, best_pages, t0, at = None, -1, None, time.time(), 0.0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        try:
            maps = read_smaps(proc.pid)
            rss = sum(m[2].get("Rss", 0) for m in maps)
            if rss > best_rss:
                best, best_rss, at = maps, rss, time.time() - t0
                if by_section:
                    best_pages = resident_pages(proc.pid, exe)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            pass
        time.sleep(0.01)
    print(f"peak (ru_maxrss) {usage.ru_maxrss / 1024:.1f} MB; "
          f"CPU {usage.ru_utime + usage.ru_stime:.2f} s; exit status {os.waitstatus_to_exitcode(status)}")
    if best is None:
        return
    file_kb = sum(m[2].get("Rss", 0) for m in best if m[1].startswith("/"))
    exe_kb = sum(m[2].get("Rss", 0) for m in best if m[1] and os.path.realpath(m[1]) == exe)
    print(f"largest sample, at {at:.2f} s: Rss {best_rss / 1024:.1f} MB = "
          f"file {file_kb / 1024:.1f} MB (the executable {exe_kb / 1024:.1f} MB) + "
          f"anonymous {(best_rss - file_kb) / 1024:.1f} MB")
    for rng, name, f in best:
        if name and os.path.realpath(name) == exe and f.get("Size", 0) > 64:
            print(f"  {rng} size {f['Size'] / 1024:6.1f} MB resident {f['Rss'] / 1024:6.1f} MB"
                  f" (in 2 MB pages {f.get('FilePmdMapped', 0) / 1024:.1f}, anonymous {f.get('Anonymous', 0) / 1024:.1f})")
    if by_section and best_pages is not None:
        for name, addr, size in sections(exe):
            n = sum(1 for p in best_pages if p + 4096 > addr and p < addr + size)
            if size > 256 << 10:
                print(f"  {name:12s} size {size / 1048576:6.1f} MB resident {n * 4 / 1024:6.1f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
