package io.lodestone.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.lodestone.bench.QueryBenchmark.QueryRow;
import io.lodestone.bench.QueryBenchmark.SizeRun;
import io.lodestone.bench.QueryBenchmark.Startup;
import io.lodestone.bench.QueryBenchmark.Worst;

/** The benchmark's sections of bench/RESULTS.md, as Markdown between the benchmark's markers. */
record Report(Instant started, Instant finished, String loadBefore, String loadAfter, long otherJava, List<String> sizes,
              List<Startup> startups, List<SizeRun> runs) {

    private static final double RATIO_TARGET = 1.15;
    private static final double PATH_P99_TARGET_MS = 100;
    private static final double INFLUENCE_TARGET_MS = 5000;
    private static final Map<String, Double> HUB_P99_TARGET_MS = Map.of("L", 500.0, "XL", 2000.0);
    private static final long ANSWER_BYTES_TARGET = 1 << 20;

    String markdown() {
        StringBuilder md = new StringBuilder(QueryBenchmark.BEGIN).append("\n");
        md.append("## Queries\n\n");
        md.append(String.format(Locale.ROOT, "Measured %s to %s on %d cores, %s; %s %s; Neo4j 5.26 embedded in the service "
                        + "(`java -Xmx<heap> -jar target/lodestone-*.jar`, query timeout 10s; heap and page cache per size: %s); seed 42.%n%n",
                started.truncatedTo(ChronoUnit.SECONDS), finished.truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.vm.name"),
                Runtime.version(), runs.stream().map(r -> r.size() + " " + r.heap() + "/" + r.pageCache())
                        .collect(Collectors.joining(", "))));
        md.append(String.format(Locale.ROOT, "Load average before/after: `%s` / `%s`; %d other JVMs were running when it started "
                + "(counting the Maven process that launched it; more mean other work shared the cores, and absolute figures "
                + "then carry that contention). The ratios compare both sides under the same load, measured in turns.%n%n",
                loadBefore, loadAfter, otherJava));
        md.append("Reproduce (from a clean clone; one command; its duration is the measured interval above):\n\n```sh\n"
                + "./mvnw -B -Pbench -DskipTests verify -Dbench.import.skip   # sizes S, M, L and XL\n"
                + "./mvnw -B -Pbench -DskipTests verify -Dbench.import.skip -Dbench.sizes=M   # M only\n```\n\n");
        md.append("Each size: the world is generated (`WorldGenerator`, seed 42), bulk-loaded (`BulkImportCommand`) into a fresh "
                + "`target/bench/<size>/data`, and served by `java -jar` on free loopback ports with "
                + "`lodestone.import.on-startup=never`. *API* is HTTP to the service (body read as text); *raw* is the same "
                + "`cypher/` files over Bolt with the Java driver to the same database, in read transactions with the same "
                + "timeout. Every parameter set is run once per side as warm-up; then the sides are measured in turns "
                + "(the first side rotates each round). Latencies in ms, nearest-rank percentiles.\n\n");
        for (SizeRun run : runs) {
            md.append(String.format(Locale.ROOT, "**Size %s**: %,d entities, %,d sources, %,d relationships; generated in %.1f s, "
                            + "bulk-loaded (incl. schema and derived INVOLVES edges) in %.1f s, finished %s.%s%n%n", run.size(), run.world().entities(),
                    run.world().sources(), run.world().relationships(), run.generateSeconds(), run.loadSeconds(), run.loadedAt(),
                    run.note().isEmpty() ? "" : " Parameters: " + run.note() + "."));
        }
        hubQuestions(md);
        md.append("### API against its raw queries\n\n");
        md.append("| size | query | raw side | n | API p50 | API p99 | raw p50 | raw p99 | API/raw p50 | API/raw p99 | failures |\n");
        md.append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (SizeRun run : runs) {
            for (QueryRow row : run.rows()) {
                md.append(row(run.size(), row));
            }
        }
        md.append("\nTargets (issues 7 and 15, this machine):\n\n| size | target | measured | met |\n| --- | --- | --- | --- |\n");
        for (SizeRun run : runs) {
            if (run.rows().isEmpty()) {
                continue;
            }
            for (QueryRow row : run.rows()) {
                double ratio = row.api().p50() / row.rawSide().p50();
                double ratio99 = row.api().p99() / row.rawSide().p99();
                md.append(String.format(Locale.ROOT, "| %s | %s: API ≤ 1.15× raw (%s) | p50 %.2f×, p99 %.2f× | %s |%n",
                        run.size(), row.query(), shortRaw(row.raw()), ratio, ratio99,
                        ratio <= RATIO_TARGET && ratio99 <= RATIO_TARGET ? "yes" : ratio <= RATIO_TARGET ? "p50 only" : "no"));
            }
            QueryRow paths = run.rows().get(0);
            QueryRow influence = run.rows().get(2);
            md.append(String.format(Locale.ROOT, "| %s | path p99 < 100 ms%s | %.1f ms | %s |%n", run.size(),
                    run.size().equals("L") ? "" : " (target is for L)", paths.api().p99(),
                    paths.api().p99() < PATH_P99_TARGET_MS ? "yes" : "no"));
            md.append(String.format(Locale.ROOT, "| %s | influence < 5 s%s | p99 %.1f ms, max %.1f ms | %s |%n", run.size(),
                    run.size().equals("L") ? "" : " (target is for L)", influence.api().p99(), influence.api().max(),
                    influence.api().max() < INFLUENCE_TARGET_MS ? "yes" : "no"));
        }
        md.append("\n## Centrality\n\n");
        md.append("PageRank over the actor network (label `Actor`, limit 10): the endpoint (projection under a name of its own, "
                + "stream, a type look-up per ranked entity, drop) against the same three `.cypher` files over Bolt. The endpoint "
                + "keeps a ranking until the graph changes, so each API call follows a write that moves the graph version "
                + "(`cypher/bench/mark-write.cypher`, timed with the call); *kept* is the same ranking asked again. "
                + "Two warm-up calls per side, then measured in turns. Latencies in ms.\n\n");
        md.append("| size | n | API after a write p50 | p99 | raw p50 | raw p99 | API/raw p50 | kept p50 | kept p99 | failures |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (SizeRun run : runs) {
            QueryRow c = run.centrality().afterWrite();
            Latencies kept = run.centrality().kept();
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %d/%d/%d |%n", run.size(), c.api().count(),
                    ms(c.api().p50()), ms(c.api().p99()), ms(c.rawSide().p50()), ms(c.rawSide().p99()),
                    ratio(c.api().p50(), c.rawSide().p50()), ms(kept.p50()), ms(kept.p99()), c.api().failures(),
                    c.rawSide().failures(), kept.failures()));
        }
        md.append("\n## Start-up and memory\n\n");
        md.append("`java -jar target/lodestone-*.jar` launched by the benchmark on free ports; seconds from launch until "
                + "`/actuator/health` says UP, and until a first API answer (200). Peak RSS is the process's `VmHWM` "
                + "from `/proc/<pid>/status`.\n\n");
        md.append("| run | heap | to health UP (s) | to first answer (s) | peak RSS (MiB) |\n| --- | --- | ---: | ---: | ---: |\n");
        for (Startup s : startups) {
            md.append(String.format(Locale.ROOT, "| %s | -Xmx1g (documented default) | %.1f | %.1f | %d |%n",
                    s.what(), s.healthSeconds(), s.firstAnswerSeconds(), s.peakRssMib()));
        }
        for (SizeRun run : runs) {
            Startup s = run.startup();
            md.append(String.format(Locale.ROOT, "| %s | -Xmx%s, page cache %s | %.1f | %.1f | %d (after start); %d (after the whole benchmark) |%n",
                    s.what(), run.heap(), run.pageCache(), s.healthSeconds(), s.firstAnswerSeconds(), s.peakRssMib(), run.peakRssMib()));
        }
        md.append("\n## Worst-case paths\n\n");
        md.append("The heaviest path questions at each size, three calls each through the API (query timeout "
                + "`lodestone.query.timeout=10s`; a query past it is stopped and answered `503`). *Afterwards* says whether "
                + "the service answered a search right after (nothing kept running).\n\n");
        md.append("| size | query | parameters | status and seconds per call | afterwards |\n| --- | --- | --- | --- | --- |\n");
        for (SizeRun run : runs) {
            for (Worst w : run.worst()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %s | %s |%n", run.size(), w.what(), w.parameters(),
                        w.outcomes().stream().map(o -> String.format(Locale.ROOT, "%d in %.2f s", o.status(), o.seconds()))
                                .collect(Collectors.joining(", ")), w.answersAfterwards() ? "answers" : "DOES NOT ANSWER"));
            }
        }
        return md.append(QueryBenchmark.END).toString();
    }

    /** Every hub question per size, its targets, and the same figures as a curve over the sizes. */
    private void hubQuestions(StringBuilder md) {
        md.append("### Hub questions\n\n");
        md.append("The questions investigators start with, asked with their default bounds about the three entities with the most "
                + "relationships, the three actors with the most relationships (the hubs) and random actors; `/api/influence` "
                + "and `/api/dependencies` with the resource the actor's facts involve most often. One warm-up pass over all "
                + "calls, then measured passes, each in a new shuffled order. Latencies in ms (nearest rank); *largest* is "
                + "the biggest answer body of the question; *first pass* is the warm-up pass, each question's first asking (a "
                + "resource's figures are read then and kept until the next write).\n\n");
        for (SizeRun run : runs) {
            md.append("- **").append(run.size()).append("**: ").append(run.hubs().note()).append("\n");
        }
        md.append("\n| size | question | entities | calls | p50 | p99 | max | first pass p50 / max | largest answer (bytes) | statuses |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (SizeRun run : runs) {
            for (HubQuestions.Row row : run.hubs().rows()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.1f / %.1f | %,d | %s |%n", run.size(),
                        row.question(), row.entities(), row.latencies().count(), row.latencies().p50(), row.latencies().p99(),
                        row.latencies().max(), row.firstPass().p50(), row.firstPass().max(), row.maxBytes(),
                        HubQuestions.statuses(row.statuses())));
            }
        }
        md.append("\nTargets (issue 15): every call `200`, default answers ≤ 1 MB, p99 < 500 ms at L and < 2 s at XL.\n\n"
                + "| size | question | p99 | largest answer | all 200 | met |\n| --- | --- | ---: | ---: | --- | --- |\n");
        for (SizeRun run : runs) {
            Double target = HUB_P99_TARGET_MS.get(run.size());
            if (target == null) {
                continue;
            }
            for (HubQuestions.Row row : run.hubs().rows()) {
                boolean met = row.latencies().p99() < target && row.maxBytes() <= ANSWER_BYTES_TARGET && row.errors() == 0;
                md.append(String.format(Locale.ROOT, "| %s | %s | %.1f ms (< %.0f) | %,d B | %s | %s |%n", run.size(), row.question(),
                        row.latencies().p99(), target, row.maxBytes(), row.errors() == 0 ? "yes" : "no", met ? "yes" : "no"));
            }
        }
        md.append("\nThe curve: p50 / p99 in ms per size.\n\n| question |");
        runs.forEach(r -> md.append(' ').append(r.size()).append(" |"));
        md.append("\n| --- |");
        runs.forEach(r -> md.append(" ---: |"));
        md.append('\n');
        for (HubQuestions.Row first : runs.get(0).hubs().rows()) {
            md.append("| ").append(first.question()).append(" |");
            for (SizeRun run : runs) {
                run.hubs().rows().stream().filter(r -> r.question().equals(first.question())).findFirst().ifPresentOrElse(
                        r -> md.append(String.format(Locale.ROOT, " %.0f / %.0f |", r.latencies().p50(), r.latencies().p99())),
                        () -> md.append(" – |"));
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static String row(String size, QueryRow row) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %s | %s | %s | %s | %d/%d |%n", size,
                row.query(), row.raw(), row.api().count(), ms(row.api().p50()), ms(row.api().p99()), ms(row.rawSide().p50()),
                ms(row.rawSide().p99()), ratio(row.api().p50(), row.rawSide().p50()), ratio(row.api().p99(), row.rawSide().p99()),
                row.api().failures(), row.rawSide().failures());
    }

    /** A latency in ms, or a dash when every call of that side failed (no latency to report). */
    private static String ms(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(double api, double raw) {
        return Double.isNaN(api) || Double.isNaN(raw) ? "—" : String.format(Locale.ROOT, "%.2f×", api / raw);
    }

    private static String shortRaw(String raw) {
        return raw.startsWith("paths/shortest") ? "vs the same query" : "vs the same queries";
    }

    private static String memory() {
        try {
            Process free = new ProcessBuilder("free", "-g").redirectErrorStream(true).start();
            String out = new String(free.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String total = out.lines().filter(l -> l.startsWith("Mem:")).findFirst().map(l -> l.split("\\s+")[1]).orElse("?");
            return total + " GiB RAM (`free -g`)";
        } catch (IOException e) {
            return "RAM unknown";
        }
    }
}
