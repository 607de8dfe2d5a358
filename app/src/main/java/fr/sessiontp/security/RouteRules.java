package fr.sessiontp.security;

/**
 * Each module declares the routes it serves and the roles allowed on each, as a bean implementing this
 * interface. A route no module declares is denied to everyone.
 */
public interface RouteRules {

    void declare(Routes routes);
}
