/**
 * The REST API under {@code /api} for the systems a centre already uses (ERP, LMS…): its sessions, candidate imports
 * into a session, the session's déroulé and results, described by an OpenAPI document; and the ADMIN's page to create
 * and revoke the centre's API tokens. Authentication (bearer tokens, role API_CLIENT) is the security module's.
 */
package fr.sessiontp.api;
