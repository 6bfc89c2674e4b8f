package io.lodestone.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The questions investigators start with, asked about the biggest hubs and about random actors:
 * every entity-centred endpoint with its default bounds, each call timed with its status and the
 * size of its answer. Random pairs alone (the API/raw comparison) are mostly small entities and
 * hide what hubs cost.
 */
final class HubQuestions {

    /** One kind of request, e.g. the entity page, over every entity it was asked about. */
    /**
     * @param firstPass the warm-up pass: the first time each question is asked (the service keeps a resource's
     *                  figures until the next write, so a question about a resource nobody asked yet pays for them)
     */
    record Row(String question, int entities, Latencies latencies, Latencies firstPass, long maxBytes, String maxBytesOf,
               Map<Integer, Integer> statuses) {

        int errors() {
            return statuses.entrySet().stream().filter(e -> e.getKey() != 200).mapToInt(Map.Entry::getValue).sum();
        }
    }

    /** @param note which entities were asked about, and how often */
    record Result(String note, List<Row> rows) {
    }

    private record Call(String question, String path) {
    }

    private final HttpClient http;
    private final ServiceProcess service;
    private final RawQueries raw;
    private final long seed;
    private final int randomActors;
    private final int passes;

    HubQuestions(HttpClient http, ServiceProcess service, RawQueries raw, long seed, int randomActors, int passes) {
        this.http = http;
        this.service = service;
        this.raw = raw;
        this.seed = seed;
        this.randomActors = randomActors;
        this.passes = passes;
    }

    Result run() {
        List<String> hubs = ids("bench/hubs.cypher", parameters("label", null, "limit", 3));
        List<String> actorHubs = ids("bench/hubs.cypher", parameters("label", "Actor", "limit", 3));
        List<String> actors = new ArrayList<>(ids("bench/actor-ids.cypher", Map.of()));
        actors.removeAll(actorHubs);
        Collections.shuffle(actors, new Random(seed));
        List<String> randoms = actors.subList(0, Math.min(randomActors, actors.size()));
        String fallbackResource = actorHubs.stream().map(this::mainResource).filter(r -> r != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("no actor hub involves a resource"));

        List<Call> calls = new ArrayList<>();
        LinkedHashSet<String> entities = new LinkedHashSet<>(hubs);
        entities.addAll(actorHubs);
        entities.addAll(randoms);
        for (String id : entities) {
            calls.add(new Call("GET /api/entities/{id}", "/api/entities/" + enc(id)));
            calls.add(new Call("GET /api/entities/{id}/neighbourhood", "/api/entities/" + enc(id) + "/neighbourhood"));
            calls.add(new Call("GET /api/export?center={id}", "/api/export?center=" + enc(id)));
        }
        List<String> asked = new ArrayList<>(actorHubs);
        asked.addAll(randoms);
        for (String actor : asked) {
            String resource = mainResource(actor);
            String r = enc(resource == null ? fallbackResource : resource);
            calls.add(new Call("GET /api/influence?target={id}", "/api/influence?target=" + enc(actor)));
            calls.add(new Call("GET /api/influence?target={id}&resource=", "/api/influence?target=" + enc(actor) + "&resource=" + r));
            calls.add(new Call("GET /api/dependencies?actor={id}&resource=", "/api/dependencies?actor=" + enc(actor) + "&resource=" + r));
        }
        for (String from : actorHubs) {
            for (String to : actorHubs) {
                if (!from.equals(to)) {
                    calls.add(new Call("GET /api/paths between actor hubs (defaults)", "/api/paths?from=" + enc(from) + "&to=" + enc(to)));
                }
            }
        }

        // One pass to warm the caches, then the measured passes, each in a new shuffled order so
        // that no question always follows the one that warmed its pages.
        Random order = new Random(seed);
        List<Call> warmUp = new ArrayList<>(calls);
        Collections.shuffle(warmUp, order);
        Map<String, List<Long>> firstPass = new HashMap<>();
        for (Call c : warmUp) {
            long start = System.nanoTime();
            call(c);
            firstPass.computeIfAbsent(c.question(), q -> new ArrayList<>()).add(System.nanoTime() - start);
        }
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();
        Map<String, long[]> biggest = new HashMap<>();
        Map<String, String> biggestOf = new HashMap<>();
        Map<String, LinkedHashSet<String>> askedAbout = new HashMap<>();
        calls.forEach(c -> {
            nanos.putIfAbsent(c.question(), new ArrayList<>());
            statuses.putIfAbsent(c.question(), new TreeMap<>());
            biggest.putIfAbsent(c.question(), new long[1]);
            askedAbout.computeIfAbsent(c.question(), q -> new LinkedHashSet<>()).add(c.path());
        });
        for (int pass = 0; pass < passes; pass++) {
            List<Call> shuffled = new ArrayList<>(calls);
            Collections.shuffle(shuffled, order);
            for (Call c : shuffled) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = call(c);
                long took = System.nanoTime() - start;
                nanos.get(c.question()).add(took);
                statuses.get(c.question()).merge(response == null ? -1 : response.statusCode(), 1, Integer::sum);
                long bytes = response == null ? 0 : response.body().length;
                if (bytes > biggest.get(c.question())[0]) {
                    biggest.get(c.question())[0] = bytes;
                    biggestOf.put(c.question(), c.path());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        nanos.forEach((question, list) -> rows.add(new Row(question, askedAbout.get(question).size(),
                Latencies.of(list.stream().mapToLong(Long::longValue).toArray(), 0),
                Latencies.of(firstPass.get(question).stream().mapToLong(Long::longValue).toArray(), 0), biggest.get(question)[0],
                biggestOf.getOrDefault(question, ""), statuses.get(question))));
        String note = String.format("hubs by relationships %s; actor hubs %s; %d random actors (seed %d); %d measured passes after one warm-up pass",
                hubs, actorHubs, randoms.size(), seed, passes);
        return new Result(note, rows);
    }

    private String mainResource(String actor) {
        List<String> found = ids("bench/main-resource.cypher", Map.of("actor", actor), "resource");
        return found.isEmpty() ? null : found.get(0);
    }

    private List<String> ids(String file, Map<String, Object> parameters) {
        return ids(file, parameters, "id");
    }

    private List<String> ids(String file, Map<String, Object> parameters, String column) {
        return raw.read(tx -> raw.run(tx, file, parameters)).stream()
                .filter(r -> !r.get(column).isNull()).map(r -> r.get(column).asString()).toList();
    }

    /** @return the response, or null when the call failed without one (a socket error or a timeout) */
    private HttpResponse<byte[]> call(Call c) {
        try {
            return http.send(HttpRequest.newBuilder(service.http(c.path())).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            System.err.println(c.path() + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> parameters(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String statuses(Map<Integer, Integer> statuses) {
        return String.join(", ", statuses.entrySet().stream()
                .map(e -> (e.getKey() < 0 ? "no answer" : e.getKey().toString()) + " × " + e.getValue()).toList());
    }
}
