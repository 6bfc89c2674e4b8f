#!/usr/bin/env python3
"""Load at scale: the service on a bulk-loaded generated world (size L by default, as the query
benchmark leaves it in target/bench/L), a mixed read workload with the hub questions
(bench/mixed.lua with a request list drawn from that world), then

1. two 60 s wrk runs at 32 connections;
2. a 10-minute soak at the same load, the service's RSS and heap sampled every 5 s (CSV and a plot);
3. a kill -9 of the service under load, a restart on the same data directory, and the graph's
   fingerprint (cypher/bench/fingerprint.cypher) compared with the one taken before any load.

Writes the "Load at scale" section of bench/RESULTS.md and bench/soak.png. Run from the repository root:

    ./mvnw -B -Pbench -DskipTests verify -Dbench.import.skip -Dbench.sizes=L   # leaves target/bench/L
    /usr/bin/python3 bench/hub_load.py
    /usr/bin/python3 bench/hub_load.py --duration 10s --soak 60                 # a quick try

Needs wrk, the JDK's jstat and matplotlib (Debian: wrk, python3-matplotlib; Debian's python3, which has it).
"""
import argparse
import csv
import datetime
import glob
import importlib.util
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Service:
    """The service's jar on the world's data directory, as an operator would run it."""

    def __init__(self, args, out):
        self.port, self.neo4j_http = free_port(), free_port()
        jar = [j for j in glob.glob(str(ROOT / "target/lodestone-*.jar")) if not j.endswith(".original")][0]
        self.command = ["java", f"-Xms{args.heap}", f"-Xmx{args.heap}", "-XX:+AlwaysPreTouch", "-jar", jar,
                        "--server.address=127.0.0.1", f"--server.port={self.port}", "--lodestone.embedded.bolt-port=0",
                        f"--lodestone.embedded.http-port={self.neo4j_http}", f"--lodestone.embedded.data-dir={args.data}",
                        f"--lodestone.embedded.page-cache={args.page_cache}", f"--lodestone.import.directory={args.world}",
                        "--lodestone.import.on-startup=never"]
        self.log = open(out / "service.log", "a")
        self.process = None

    def start(self):
        self.process = subprocess.Popen(self.command, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 900
        while time.time() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"the service stopped during start-up; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.url("/actuator/health"), timeout=5) as r:
                    if b'"UP"' in r.read():
                        return
            except OSError:
                pass
            time.sleep(1)
        sys.exit("the service did not become healthy")

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def cypher(self, file, **parameters):
        """Runs a file of cypher/ through Neo4j's HTTP Query API, as a notebook would; returns the rows as dicts."""
        text = "\n".join(l for l in (ROOT / "cypher" / file).read_text().splitlines() if not l.startswith("//"))
        request = urllib.request.Request(f"http://127.0.0.1:{self.neo4j_http}/db/neo4j/query/v2",
                                         data=json.dumps({"statement": text.strip().rstrip(";"), "parameters": parameters}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=1800) as r:
            data = json.load(r)["data"]
        return [dict(zip(data["fields"], values)) for values in data["values"]]

    def rss_mib(self):
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
        return -1

    def heap_used_mib(self):
        """Heap in use, from the JDK's jstat (the service exposes no metrics endpoint): survivor, eden and old spaces."""
        out = subprocess.run(["jstat", "-gc", str(self.process.pid)], capture_output=True, text=True).stdout.split("\n")
        row = dict(zip(out[0].split(), out[1].split()))
        return int(sum(float(row[k]) for k in ("S0U", "S1U", "EU", "OU")) / 1024)

    def stop(self, kill=False):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            self.process.wait(timeout=120)


def requests_file(service, out, seed):
    """The workload's request list, drawn from the world: hub questions about the three actors with the most
    relationships and about 20 random actors, plus search and sources. Weights per endpoint family."""
    hubs = [r["id"] for r in service.cypher("bench/hubs.cypher", label="Actor", limit=3)]
    actors = [r["id"] for r in service.cypher("bench/actor-ids.cypher")]
    rng = random.Random(seed)
    randoms = rng.sample([a for a in actors if a not in hubs], 20)
    asked = hubs + randoms
    resource = {a: (service.cypher("bench/main-resource.cypher", actor=a) or [{}])[0].get("resource") for a in asked}
    fallback = next(r for r in (resource[h] for h in hubs) if r)
    q = urllib.parse.quote
    groups = [
        (15, [f"/api/entities?q={word}" for word in ("metal", "vietnam", "mining")]),
        (20, [f"/api/entities/{q(a)}" for a in asked]),
        (15, [f"/api/entities/{q(a)}/neighbourhood" for a in asked]),
        (15, [f"/api/influence?target={q(a)}" for a in asked] + [f"/api/influence?target={q(a)}&resource={q(resource[a] or fallback)}" for a in asked]),
        (10, [f"/api/dependencies?actor={q(a)}&resource={q(resource[a] or fallback)}" for a in asked]),
        (10, [f"/api/paths?from={q(a)}&to={q(b)}" for a in hubs for b in hubs if a != b]),
        (5, [f"/api/export?center={q(a)}" for a in asked]),
        (10, ["/api/sources?limit=20"]),
    ]
    lines = []
    for weight, paths in groups:
        lines += [f"{weight} {paths[0]}"] + [f"0 {p}" for p in paths[1:]]
    path = out / "requests.txt"
    path.write_text("\n".join(lines) + "\n")
    return path, hubs, groups


def wrk(service, args, requests, duration, out, name):
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{duration}", "--timeout", "30s", "--latency",
               "-s", str(ROOT / "bench/mixed.lua"), service.url("")]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "REQUESTS": str(requests)})
    (out / f"{name}.txt").write_text(result.stdout + result.stderr)
    summary = dict(kv.split("=") for kv in re.search(r"^SUMMARY (.*)$", result.stdout, re.M).group(1).split())
    statuses = re.search(r"^STATUS(.*)$", result.stdout, re.M).group(1).strip()
    return summary, statuses, " ".join(command)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="L")
    parser.add_argument("--duration", default="60s")
    parser.add_argument("--soak", type=int, default=600, help="seconds")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--heap", default="4g")
    parser.add_argument("--page-cache", default="2GB")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--results", default=str(ROOT / "bench/RESULTS.md"))
    args = parser.parse_args()
    args.data = ROOT / f"target/bench/{args.size}/data"
    args.world = ROOT / f"target/bench/{args.size}/world"
    if not args.data.is_dir():
        sys.exit(f"no data directory {args.data}: run the query benchmark at size {args.size} first (see the header)")
    # checked before the quarter of an hour the runs take, not when their results are written
    for tool in ("wrk", "jstat"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not on the PATH (Debian: apt-get install wrk; jstat comes with the JDK)")
    if importlib.util.find_spec("matplotlib") is None:
        sys.exit("matplotlib is missing: run with Debian's /usr/bin/python3 and apt-get install python3-matplotlib")
    out = ROOT / f"target/bench/load-{args.size}"
    out.mkdir(parents=True, exist_ok=True)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = Path("/proc/loadavg").read_text().split()[0]

    service = Service(args, out)
    try:
        run(args, out, service, started, load_before)
    finally:
        service.stop(kill=True)


def run(args, out, service, started, load_before):
    service.start()
    print("service up; fingerprint before the load", flush=True)
    before = service.cypher("bench/fingerprint.cypher")[0]
    requests, hubs, groups = requests_file(service, out, args.seed)
    for line in requests.read_text().splitlines():  # one pass over every request: the runs measure a warm service
        try:
            urllib.request.urlopen(service.url(line.split()[1]), timeout=120).read()
        except urllib.error.HTTPError as e:  # a question past the query timeout answers 503; the runs count them
            print(f"warm-up: {line.split()[1]} answered {e.code}", flush=True)

    runs = []
    for run in (1, 2):
        rss_before = service.rss_mib()
        print(f"wrk run {run}", flush=True)
        summary, statuses, command = wrk(service, args, requests, args.duration, out, f"run{run}")
        runs.append((run, summary, statuses, rss_before, service.rss_mib()))

    print(f"soak: {args.soak} s", flush=True)
    soak = subprocess.Popen(["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.soak}s", "--timeout", "30s",
                             "--latency", "-s", str(ROOT / "bench/mixed.lua"), service.url("")],
                            stdout=open(out / "soak.txt", "w"), stderr=subprocess.STDOUT, env={**os.environ, "REQUESTS": str(requests)})
    samples, t0 = [], time.time()
    while soak.poll() is None:
        samples.append((round(time.time() - t0), service.rss_mib(), service.heap_used_mib()))
        time.sleep(5)
    soak_text = (out / "soak.txt").read_text()
    soak_summary = dict(kv.split("=") for kv in re.search(r"^SUMMARY (.*)$", soak_text, re.M).group(1).split())
    soak_statuses = re.search(r"^STATUS(.*)$", soak_text, re.M).group(1).strip()
    with open(out / "soak.csv", "w", newline="") as f:
        csv.writer(f).writerows([("seconds", "rss_mib", "heap_used_mib")] + samples)

    print("kill -9 under load", flush=True)
    crash = subprocess.Popen(["wrk", f"-t{args.threads}", f"-c{args.connections}", "-d30s", "--timeout", "5s",
                              "-s", str(ROOT / "bench/mixed.lua"), service.url("")],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "REQUESTS": str(requests)})
    time.sleep(10)
    service.stop(kill=True)
    crash.wait()
    restart_started = time.time()
    service.start()
    restart_seconds = time.time() - restart_started
    after = service.cypher("bench/fingerprint.cypher")[0]
    service.stop()
    finished = datetime.datetime.now(datetime.timezone.utc)

    plot(samples, ROOT / "bench/soak.png", args)
    write_section(args, started, finished, load_before, command, runs, samples, soak_summary, soak_statuses,
                  before, after, restart_seconds, hubs, groups, service)


def plot(samples, path, args):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    seconds = [s[0] / 60 for s in samples]
    fig, ax = plt.subplots(figsize=(8, 3.5))
    ax.plot(seconds, [s[1] for s in samples], label="RSS (MiB)")
    ax.plot(seconds, [s[2] for s in samples], label="heap used (MiB)")
    ax.set_xlabel("minutes of soak")
    ax.set_ylabel("MiB")
    ax.set_ylim(bottom=0)
    ax.set_title(f"Service memory under the mixed hub workload, size {args.size}, {args.connections} connections")
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def write_section(args, started, finished, load_before, command, runs, samples, soak, soak_statuses, before, after,
                  restart_seconds, hubs, groups, service):
    warm = [s for s in samples if s[0] >= 60] or samples  # after the first minute, unless the soak was shorter
    first, last = warm[0], warm[-1]
    rss_values = [s[1] for s in warm]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    mix = ", ".join(f"{w} % {label}" for w, label in zip([g[0] for g in groups],
                    ["search", "entity pages", "neighbourhoods", "influence (with and without resource)", "dependencies",
                     "paths between the hubs", "exports of a neighbourhood", "sources"]))
    rows = "\n".join(f"| {run} | {s['requests']} | {s['rps']} | {s['p50_ms']} | {s['p99_ms']} | {s['max_ms']} | {s['non2xx']} "
                     f"| {s['socket_errors']} | {st} | {rb} | {ra} |" for run, s, st, rb, ra in runs)
    same = before == after
    section = f"""## Load at scale

The mixed read workload with the hub questions against the size-{args.size} world of the query benchmark
(bulk-loaded, served by the jar with `-Xms{args.heap} -Xmx{args.heap}` and page cache {args.page_cache}): {mix};
the entities asked about are the three actors with the most relationships ({", ".join(f"`{h}`" for h in hubs)})
and 20 random actors (seed {args.seed}); request list in `target/bench/load-{args.size}/requests.txt`.
{args.connections} connections, {args.threads} wrk threads, loopback only.

- date: {started:%Y-%m-%d %H:%M}–{finished:%H:%M} UTC; commit {commit}; load average before: {load_before}
- machine: {os.cpu_count()} cores, {round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2 ** 30)} GiB RAM
- service: `{" ".join(service.command).replace(str(ROOT) + "/", "")}`
- load: `{command.replace(str(ROOT) + "/", "")}` with `REQUESTS=target/bench/load-{args.size}/requests.txt` (twice)
- command: `/usr/bin/python3 bench/hub_load.py` (after the query benchmark at size {args.size})

| run | requests | req/s | p50 ms | p99 ms | max ms | non-2xx | socket errors | statuses | RSS before MiB | RSS after MiB |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
{rows}

**Soak**: {args.soak} s at the same load: {soak['requests']} requests, {soak['rps']} req/s, p50 {soak['p50_ms']} ms,
p99 {soak['p99_ms']} ms, max {soak['max_ms']} ms, non-2xx {soak['non2xx']}, socket errors {soak['socket_errors']}
(statuses: {soak_statuses}). Memory sampled every 5 s ({len(samples)} samples, `target/bench/load-{args.size}/soak.csv`):
after the first minute RSS went from {first[1]} to {last[1]} MiB (min {min(rss_values)}, max {max(rss_values)}),
heap used between {min(s[2] for s in warm)} and {max(s[2] for s in warm)} MiB (a sawtooth: collections).

![RSS and heap during the soak](soak.png)

**kill -9 under load**: wrk at {args.connections} connections, the service killed with `SIGKILL` after 10 s,
restarted on the same data directory (healthy again after {restart_seconds:.0f} s). Fingerprint
(`cypher/bench/fingerprint.cypher`: counts per label and type, characters of ids, names and evidence)
before the load: {before['nodes']:,} nodes, {before['relationships']:,} relationships, {before['nodeChars']:,} /
{before['relationshipIdChars']:,} / {before['evidenceChars']:,} characters of node ids and names / relationship ids / evidence;
after the restart: {after['nodes']:,} nodes, {after['relationships']:,} relationships, {after['nodeChars']:,} /
{after['relationshipIdChars']:,} / {after['evidenceChars']:,}; counts per label and per type compared too:
**{"equal" if same else "DIFFERENT"}**.
"""
    path = Path(args.results)
    text = path.read_text()
    pattern = re.compile(r"^## Load at scale\n.*?(?=^## |^<!-- |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda m: section + "\n", text, count=1)
    else:
        marker = "<!-- document-benchmark:begin"
        text = text.replace(marker, section + "\n" + marker, 1) if marker in text else text.rstrip() + "\n\n" + section
    path.write_text(text)
    print(section)


if __name__ == "__main__":
    main()
