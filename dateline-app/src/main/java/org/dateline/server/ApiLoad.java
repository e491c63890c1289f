package org.dateline.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of a running server: GET requests at a fixed rate (open loop) for a fixed time,
 * with latency percentiles and error counts; and the abuse checks (no token, oversized body, malformed
 * JSON, path traversal, unknown route) with the status each must get.
 */
public final class ApiLoad {

    /** Requests in flight at most; a tick that finds none free counts as an error (the server is too slow). */
    static final int MAX_IN_FLIGHT = 256;

    public record Result(int targetRate, double seconds, long requests, long errors, long dropped, double achievedRate,
                         double p50Ms, double p90Ms, double p99Ms, double maxMs, Map<String, Long> statuses) {
    }

    public record Check(String name, int expected, int actual, boolean jsonError) {
        public boolean ok() {
            return expected == actual && jsonError;
        }
    }

    private ApiLoad() {
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Sends GETs to {@code paths} (round robin) at {@code rate} per second for {@code duration}. */
    public static Result run(URI base, List<String> paths, int rate, Duration duration) throws InterruptedException {
        if (rate < 1 || rate > 20_000) throw new IllegalArgumentException("rate must be between 1 and 20000 requests/s");
        if (paths.isEmpty()) throw new IllegalArgumentException("no paths to request");
        HttpClient client = client();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong(), dropped = new AtomicLong(), sent = new AtomicLong();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        List<HttpRequest> requests = new ArrayList<>();
        for (String p : paths) requests.add(HttpRequest.newBuilder(URI.create(base + p)).timeout(Duration.ofSeconds(10)).GET().build());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long total = Math.max(1, rate * duration.toMillis() / 1000);
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            long n = sent.getAndIncrement();
            if (n >= total) return;
            if (!inFlight.tryAcquire()) {
                dropped.incrementAndGet();
                errors.incrementAndGet();
                return;
            }
            HttpRequest request = requests.get((int) (n % requests.size()));
            long t0 = System.nanoTime();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                latencies.add(System.nanoTime() - t0);
                String key = failure != null ? "io-error" : String.valueOf(response.statusCode());
                statuses.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
                if (failure != null || response.statusCode() != 200) errors.incrementAndGet();
                inFlight.release();
            });
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        while (sent.get() < total) Thread.sleep(20);
        ticker.shutdownNow();
        inFlight.tryAcquire(MAX_IN_FLIGHT, 15, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Long> counts = new TreeMap<>();
        statuses.forEach((k, v) -> counts.put(k, v.get()));
        return new Result(rate, seconds, sorted.length + dropped.get(), errors.get(), dropped.get(), sorted.length / seconds,
                percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, counts);
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** Requests a well-behaved server must refuse, each with the status it must answer (and a JSON error). */
    public static List<Check> abuse(URI base, String token) throws InterruptedException {
        HttpClient client = client();
        List<Check> checks = new ArrayList<>();
        String doc = "{\"title\":\"Abuse check\",\"text\":\"A body.\"}";
        checks.add(check(client, "write without token", 401, put(base, "api/documents/abuse-1", "application/json", doc, null)));
        checks.add(check(client, "write with a wrong token", 401,
                put(base, "api/documents/abuse-1", "application/json", doc, "not-the-token-0000")));
        byte[] big = new byte[ApiHandlers.MAX_DOCUMENT_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        checks.add(check(client, "document over 2 MB", 413, HttpRequest.newBuilder(URI.create(base + "api/documents/abuse-2"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(big)).build()));
        checks.add(check(client, "malformed JSON", 400, put(base, "api/documents/abuse-3", "application/json", "{\"title\": ", token)));
        checks.add(check(client, "path traversal in id", 400, put(base, "api/documents/..%2F..%2Fetc%2Fpasswd", "application/json", doc, token)));
        checks.add(check(client, "dot-dot id", 400, put(base, "api/documents/..", "application/json", doc, token)));
        checks.add(check(client, "unsupported content type", 415, put(base, "api/documents/abuse-4", "application/xml", "<a/>", token)));
        checks.add(check(client, "unknown route", 404, HttpRequest.newBuilder(URI.create(base + "api/no-such-thing")).GET().build()));
        checks.add(check(client, "wrong method", 405, HttpRequest.newBuilder(URI.create(base + "api/health"))
                .DELETE().build()));
        checks.add(check(client, "page size over 100", 400, HttpRequest.newBuilder(URI.create(base + "api/stories?limit=1000")).GET().build()));
        return checks;
    }

    private static HttpRequest put(URI base, String path, String type, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b.build();
    }

    private static Check check(HttpClient client, String name, int expected, HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            boolean json = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
                    && r.body().contains("\"error\"");
            return new Check(name, expected, r.statusCode(), json);
        } catch (java.io.IOException e) {
            return new Check(name, expected, -1, false);
        }
    }
}
