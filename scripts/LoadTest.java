import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test (#8.5), a single-file program run with the JDK's source launcher (no build, no dependency):
 *
 * <pre>java scripts/LoadTest.java --base http://127.0.0.1:18182 --credentials DATA/demo-credentials.txt \
 *      --users 200 --duration 60 --warmup 10 --think-ms 1000 --pages /,/sessions/1,/sessions/1/deroule</pre>
 *
 * Each virtual user logs in once (its own session cookie; the few demo accounts are shared between virtual users,
 * each with its own HTTP session), then, for the duration, fetches the pages in turn, waiting about {@code think-ms}
 * between two requests (drawn uniformly between half and one and a half of it; 0 = closed loop at full speed). Pages
 * under {@code /api/} are called with a bearer token that the first account (an ADMIN) issues on the admin page at the
 * start, as a centre's information system would call them. One platform thread per virtual user (fixed pool; Java 17 has no
 * virtual threads). Prints the inputs, the throughput, p50/p90/p99/max latency per page and overall, and the errors
 * (status other than 200, or an exception). Only loopback addresses are accepted.
 */
public class LoadTest {

    public static void main(String[] args) throws Exception {
        try {
            run(args);
            System.exit(0);
        } catch (Exception e) {
            System.err.println("Load test failed: " + e);
            System.exit(1); // the pools' threads would keep the JVM alive
        }
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>(Map.of("base", "http://127.0.0.1:18182", "users", "50",
                "duration", "30", "warmup", "5", "think-ms", "0", "pages", "/,/sessions/1,/sessions/1/deroule,/sessions/2",
                "accounts", "admin,responsable", "credentials", "app/target/load-test/data/demo-credentials.txt"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String base = opts.get("base");
        String host = URI.create(base).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int users = Integer.parseInt(opts.get("users"));
        int duration = Integer.parseInt(opts.get("duration"));
        int warmup = Integer.parseInt(opts.get("warmup"));
        long thinkMs = Long.parseLong(opts.get("think-ms"));
        List<String> pages = List.of(opts.get("pages").split(","));
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(opts.get("credentials")), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f.length >= 2) {
                passwords.put(f[0], f[1]);
            }
        }
        List<String> accounts = List.of(opts.get("accounts").split(","));

        ExecutorService pool = Executors.newFixedThreadPool(users);
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();

        System.out.printf("Load test %s: %d users, %d s measured after %d s warm-up, think time %d ms, pages %s, accounts %s%n",
                base, users, duration, warmup, thinkMs, pages, accounts);
        System.out.printf("Client machine: %d CPUs, Java %s, %s; server on the same machine%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("os.name"));

        // log in every virtual user (in parallel, on the pool)
        long loginStart = System.nanoTime();
        String[] cookies = new String[users];
        List<java.util.concurrent.Future<?>> logins = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            logins.add(pool.submit(() -> {
                // "login" uses login's password from the credentials file; "login=other" uses other's password
                String[] account = accounts.get(user % accounts.size()).split("=");
                cookies[user] = login(client, base, account[0], passwords.get(account[account.length - 1]));
                return null;
            }));
        }
        for (var f : logins) {
            f.get(120, TimeUnit.SECONDS);
        }
        System.out.printf("Logged in %d users in %.1f s%n", users, (System.nanoTime() - loginStart) / 1e9);
        // pages under /api/ are called as an API client would: with a bearer token the first account's centre issues
        String apiAuthorization = null;
        if (pages.stream().anyMatch(p -> p.startsWith("/api/"))) {
            apiAuthorization = "Bearer " + issueApiToken(client, base, cookies[0]);
            System.out.println("API token issued on /admin/api-tokens with the first account");
        }
        String bearer = apiAuthorization;

        Map<String, List<long[]>> samples = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(duration);
        long serverPid = Long.parseLong(opts.getOrDefault("server-pid", "0"));
        long pgPid = Long.parseLong(opts.getOrDefault("pg-pid", "0"));
        long[] cpuAtStart = new long[2];
        Thread sampler = new Thread(() -> {
            try {
                Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
                cpuAtStart[0] = ticks(serverPid, false);
                cpuAtStart[1] = ticks(pgPid, true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sampler.start();
        List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            runs.add(pool.submit(() -> {
                Map<String, long[]> mine = new LinkedHashMap<>();
                Map<String, Integer> sizes = new LinkedHashMap<>();
                int i = user;
                while (System.nanoTime() < end) {
                    String page = pages.get(i++ % pages.size());
                    long t0 = System.nanoTime();
                    String problem = null;
                    try {
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + page)).timeout(Duration.ofSeconds(30));
                        request = page.startsWith("/api/") ? request.header("Authorization", bearer)
                                : request.header("Cookie", cookies[user]);
                        HttpResponse<byte[]> response = client.send(request.GET().build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            problem = "HTTP " + response.statusCode() + " " + page;
                        }
                    } catch (Exception e) {
                        problem = e.getClass().getSimpleName() + " " + page;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= end) {
                        long[] arr = mine.computeIfAbsent(page, p -> new long[1024]);
                        int n = sizes.getOrDefault(page, 0);
                        if (n == arr.length) {
                            arr = Arrays.copyOf(arr, n * 2);
                            mine.put(page, arr);
                        }
                        arr[n] = t1 - t0;
                        sizes.put(page, n + 1);
                        if (problem != null) {
                            errors.incrementAndGet();
                            errorKinds.computeIfAbsent(problem, k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                    if (thinkMs > 0) {
                        try {
                            // uniform between half and one and a half times the think time: users do not click in step
                            Thread.sleep(thinkMs / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(thinkMs + 1));
                        } catch (InterruptedException e) {
                            return null;
                        }
                    }
                }
                mine.forEach((page, arr) -> samples.computeIfAbsent(page, p -> java.util.Collections.synchronizedList(new ArrayList<>()))
                        .add(Arrays.copyOf(arr, sizes.get(page))));
                return null;
            }));
        }
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        long jvmTicks = ticks(serverPid, false) - cpuAtStart[0];
        long pgTicks = ticks(pgPid, true) - cpuAtStart[1];
        for (var f : runs) {
            f.get(duration + warmup + 120L, TimeUnit.SECONDS);
        }
        pool.shutdownNow();

        System.out.println();
        System.out.println("| page | requests | req/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        List<long[]> all = new ArrayList<>();
        for (String page : pages) {
            long[] merged = merge(samples.getOrDefault(page, List.of()));
            all.add(merged);
            row(page, merged, duration);
        }
        row("**all**", merge(all), duration);
        System.out.printf("%nErrors: %d%s%n", errors.get(), errorKinds.isEmpty() ? "" : " " + errorKinds);
        long measured = all.stream().mapToLong(a -> a.length).sum();
        if (serverPid > 0 && measured > 0) {
            // CPU time the server used during the measured window, per request: independent of the waiting
            // that other processes on the machine cause (one tick = 10 ms on Linux)
            System.out.printf("Server CPU per request (measured window): application JVM %.1f ms, PostgreSQL %.1f ms%n",
                    jvmTicks * 10.0 / measured, pgTicks * 10.0 / measured);
        }
        System.exit(0);
    }

    /** utime + stime of a process (and of its descendants, e.g. a postmaster's backends), in clock ticks. */
    private static long ticks(long pid, boolean withDescendants) {
        if (pid <= 0) {
            return 0;
        }
        List<Long> pids = new ArrayList<>(List.of(pid));
        if (withDescendants) {
            ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> pids.add(d.pid())));
        }
        long total = 0;
        for (long p : pids) {
            try {
                String stat = Files.readString(Path.of("/proc/" + p + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                total += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (Exception e) {
                // the process ended
            }
        }
        return total;
    }

    private static long[] merge(List<long[]> parts) {
        long[] merged = parts.stream().flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(merged);
        return merged;
    }

    private static void row(String page, long[] sorted, int duration) {
        if (sorted.length == 0) {
            System.out.printf("| %s | 0 | | | | | | |%n", page);
            return;
        }
        System.out.printf("| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", page, sorted.length,
                sorted.length / (double) duration, pct(sorted, 50), pct(sorted, 90), pct(sorted, 95), pct(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** Logs in through the login form; returns the Cookie header of the logged-in session. */
    private static String login(HttpClient client, String base, String username, String password) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(page, null);
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> done = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = done.headers().firstValue("Location").orElse("");
        if (done.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login refused for " + username + ": " + done.statusCode() + " " + location);
        }
        return cookie(done, cookie);
    }

    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*value=\"([^\"]+)\"");

    /** Issues an API token through the admin page, as the logged-in session of an ADMIN; returns the secret shown once. */
    private static String issueApiToken(HttpClient client, String base, String cookie) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/admin/api-tokens"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("the first account cannot issue API tokens: HTTP " + page.statusCode());
        }
        String form = "name=" + enc("load-test-" + System.currentTimeMillis()) + "&expiresOn=&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> issued = client.send(HttpRequest.newBuilder(URI.create(base + "/admin/api-tokens"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher secret = SECRET.matcher(issued.body());
        if (!secret.find()) {
            throw new IllegalStateException("no token on the page after issuing one: HTTP " + issued.statusCode());
        }
        return secret.group(1);
    }

    private static String cookie(HttpResponse<?> response, String previous) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') > 0 ? c.indexOf(';') : c.length())).findFirst().orElse(previous);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
