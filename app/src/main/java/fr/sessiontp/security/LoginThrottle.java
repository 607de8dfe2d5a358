package fr.sessiontp.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing: after {@code maxFailuresPerUsername} failed logins for one username, or
 * {@code maxFailuresPerAddress} from one IP address, within {@code window}, further attempts for that username or from
 * that address are refused (without checking the password) until the oldest of those failures leaves the window.
 * The address limit is higher because a training centre's staff often share one public address.
 * <p>
 * Kept in memory: the counters are per instance and reset at restart (documented in docs/security.md).
 * The number of tracked keys is bounded, the oldest being forgotten first.
 */
final class LoginThrottle {

    static final int MAX_TRACKED_KEYS = 20_000;

    private final Clock clock;
    private final Duration window;
    private final int maxFailuresPerUsername;
    private final int maxFailuresPerAddress;
    /** key ("user:..." or "ip:...") → instants of recent failures, oldest first; access-ordered for eviction. */
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true);

    LoginThrottle(Clock clock, Duration window, int maxFailuresPerUsername, int maxFailuresPerAddress) {
        this.clock = clock;
        this.window = window;
        this.maxFailuresPerUsername = maxFailuresPerUsername;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
    }

    /** True when a login for this username or from this address must be refused now. */
    synchronized boolean blocked(String username, String address) {
        Instant now = clock.instant();
        return recentFailures(userKey(username), now) >= maxFailuresPerUsername
                || recentFailures(addressKey(address), now) >= maxFailuresPerAddress;
    }

    synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        record(userKey(username), now);
        record(addressKey(address), now);
    }

    /** A successful login forgets the username's failures (not the address's: one valid account must not reset it). */
    synchronized void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(times, now);
        times.addLast(now);
        if (failures.size() > MAX_TRACKED_KEYS) {
            Iterator<String> eldest = failures.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    private int recentFailures(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        prune(times, now);
        if (times.isEmpty()) {
            failures.remove(key);
            return 0;
        }
        return times.size();
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant limit = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(limit)) {
            times.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "ip:" + (address == null ? "" : address);
    }
}
