#!/usr/bin/env python3
"""Annotate an NDJSON archive with factcheck on a Dask distributed cluster.

The archive is cut into partitions of whole lines; each partition is one task, which a worker
runs by piping the lines through its own `factcheck --input-format ndjson --format ndjson`
process (the same contract as a Hadoop Streaming mapper or a Spark `pipe` stage: see the README,
"Beyond one machine"). The report lines come back in partition order, so the output is the
output of one factcheck process on the whole archive, byte for byte:

- a record without an `id` is given the name one process would give it, `ARCHIVE:LINE`, with
  the line counted in the archive rather than in the partition;
- a bad record fails only itself: factcheck writes the other records' reports and names it on
  stderr, which this job passes on with the archive's line number (`factcheck: ARCHIVE:LINE:
  not valid JSON`), and the job exits 2 at the end, as factcheck does.

    python3 examples/dask/annotate.py --scheduler-file scheduler.json archive.ndjson reports.ndjson

Needs Dask distributed on the machine that runs it and on every worker (Debian:
python3-distributed), and factcheck (with Node 20) on every worker. Exit status: 0 when every
record was annotated, 2 when some were bad input (the others' reports are written), 1 when a
partition could not be annotated at all (nothing is written).
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys

from distributed import Client, get_worker


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Annotate an NDJSON archive with factcheck on a Dask cluster.")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="the scheduler's address, e.g. tcp://127.0.0.1:8786")
    where.add_argument("--scheduler-file", help="the file dask-scheduler --scheduler-file wrote")
    parser.add_argument("--lines", type=int, default=1000, help="archive lines per partition (default 1000)")
    parser.add_argument("--workers", type=int, default=1, help="wait until this many workers have joined (default 1)")
    parser.add_argument("--factcheck", default="factcheck", help='the command a worker runs, e.g. "node /opt/factcheck/bin/factcheck.js"')
    parser.add_argument("--verbose", action="store_true", help="say on stderr which worker annotated each partition")
    parser.add_argument("--timeout", type=float, default=60, help="seconds to wait for the scheduler and the workers (default 60)")
    parser.add_argument("archive", help="the NDJSON archive, one {\"id\", \"text\"} record a line")
    parser.add_argument("output", help="where the report lines go ('-' for stdout)")
    args = parser.parse_args(argv)
    if args.lines < 1 or args.workers < 1:
        parser.error("--lines and --workers must be at least 1")
    return args


def partitions(data, lines_per_partition):
    """(first line number, bytes) for each run of whole lines that holds at least one record."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for start in range(0, len(lines), lines_per_partition):
        chunk = lines[start:start + lines_per_partition]
        # A partition of blank lines alone would be "empty input" to factcheck; one process skips them.
        if any(line.strip() for line in chunk):
            yield start + 1, b"".join(line + b"\n" for line in chunk)


def annotate_partition(first_line, data, name, command):
    """Runs on a worker: one factcheck process over the partition. Returns (status, stdout, stderr, worker)."""
    lines = data.split(b"\n")[:-1]
    named = b"".join(name_record(line, f"{name}:{first_line + i}") + b"\n" for i, line in enumerate(lines))
    env = dict(os.environ)
    # The worker's own task slots share the cores; one annotation thread per process.
    env.setdefault("FACTCHECK_WORKERS", "1")
    try:
        done = subprocess.run(
            [*command, "--input-format", "ndjson", "--format", "ndjson", "--stdin-filename", name],
            input=named, capture_output=True, env=env, check=False,
        )
    except OSError as error:
        return None, b"", f"cannot run {command[0]}: {error.strerror}".encode(), get_worker().address
    # factcheck counts lines in what it was given; the archive's count is first_line - 1 more.
    pattern = re.compile(rb"^(factcheck: " + re.escape(name.encode()) + rb":)(\d+)(: )")
    stderr = b"".join(
        pattern.sub(lambda m: m.group(1) + str(int(m.group(2)) + first_line - 1).encode() + m.group(3), line)
        for line in done.stderr.splitlines(keepends=True)
    )
    return done.returncode, done.stdout, stderr, get_worker().address


def name_record(line, name):
    """A record without an id gets the name one process would give it; any other line is left as it is."""
    try:
        record = json.loads(line)
    except ValueError:
        return line
    if not isinstance(record, dict) or record.get("id") is not None:
        return line
    record["id"] = name
    return json.dumps(record, ensure_ascii=False).encode()


def main(argv):
    args = parse_args(argv)
    command = shlex.split(args.factcheck)
    try:
        with open(args.archive, "rb") as file:
            data = file.read()
    except OSError as error:
        print(f"annotate.py: {args.archive}: {error.strerror}", file=sys.stderr)
        return 2
    parts = list(partitions(data, args.lines))
    if not parts:
        print(f"annotate.py: {args.archive}: empty input", file=sys.stderr)
        return 2

    address = args.scheduler or None
    with Client(address, scheduler_file=args.scheduler_file, timeout=args.timeout) as client:
        client.wait_for_workers(args.workers, timeout=args.timeout)
        futures = [
            # pure=False: a rerun on the same cluster annotates again instead of reusing a result.
            client.submit(annotate_partition, first, chunk, args.archive, command, pure=False)
            for first, chunk in parts
        ]
        results = client.gather(futures)

    status = 0
    for (first, chunk), (code, _, stderr, worker) in zip(parts, results):
        last = first + chunk.count(b"\n") - 1
        if args.verbose:
            print(f"annotate.py: {args.archive}: lines {first}-{last} on {worker}", file=sys.stderr)
        if code is None:
            print(f"annotate.py: {args.archive}: lines {first}-{last}: {stderr.decode()}", file=sys.stderr)
            status = 1
            continue
        sys.stderr.buffer.write(stderr)
        if code not in (0, 2):
            print(f"annotate.py: {args.archive}: lines {first}-{last}: factcheck failed (exit {code})", file=sys.stderr)
            status = 1
        elif code == 2 and status == 0:
            status = 2
    sys.stderr.flush()
    if status == 1:
        return 1
    output = sys.stdout.buffer if args.output == "-" else open(args.output, "wb")
    with output:
        for _, stdout, _, _ in results:
            output.write(stdout)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
