package fr.sessiontp.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/** The list of allowed (method, path pattern, roles) triples that the modules declare. */
public final class Routes {

    /** One declared route: a Spring path pattern such as {@code /sessions/{id}/**}, and who may use it. */
    public record Route(HttpMethod method, String pattern, Set<Role> roles) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Routes get(String pattern, Role... roles) {
        return allow(HttpMethod.GET, pattern, roles);
    }

    public Routes post(String pattern, Role... roles) {
        return allow(HttpMethod.POST, pattern, roles);
    }

    public Routes allow(HttpMethod method, String pattern, Role... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException("A route must allow at least one role: " + pattern);
        }
        routes.add(new Route(method, pattern, EnumSet.of(roles[0], roles)));
        return this;
    }

    public List<Route> all() {
        return List.copyOf(routes);
    }
}
