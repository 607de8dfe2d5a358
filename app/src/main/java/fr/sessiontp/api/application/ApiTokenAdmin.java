package fr.sessiontp.api.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.security.ApiToken;
import fr.sessiontp.security.ApiTokens;
import fr.sessiontp.security.IssuedApiToken;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A centre's ADMIN creates and revokes the centre's API tokens; both are audited. */
@Service
public class ApiTokenAdmin {

    /** Expiry dates are days in France: a token valid until a day works until the end of that day, Paris time. */
    public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokenAdmin(ApiTokens tokens, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ApiToken> tokensOf(long centreId) {
        return tokens.ofCentre(centreId);
    }

    /**
     * Creates a token for the centre, named, valid until the end of {@code expiresOn} (a date typed as
     * {@code yyyy-MM-dd} or {@code dd/MM/yyyy}, or empty for no expiry). Refused field by field with
     * {@link InputRejectedException}.
     */
    @Transactional
    public IssuedApiToken create(long centreId, String name, String expiresOn, String createdBy) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            errors.put("name", Messages.get("api.token.name.required"));
        } else if (cleanName.length() > 100) {
            errors.put("name", Messages.get("api.token.name.tooLong", 100));
        }
        LocalDate until = null;
        if (expiresOn != null && !expiresOn.isBlank()) {
            until = parse(expiresOn.strip());
            if (until == null) {
                errors.put("expiresOn", Messages.get("api.token.expiresOn.format"));
            } else if (until.isBefore(LocalDate.now(clock.withZone(FRANCE)))) {
                errors.put("expiresOn", Messages.get("api.token.expiresOn.past"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        Instant expiresAt = until == null ? null : until.plusDays(1).atStartOfDay(FRANCE).toInstant();
        IssuedApiToken issued = tokens.issue(centreId, cleanName, expiresAt, createdBy);
        audit.record("api.token.created", null, "api_token", String.valueOf(issued.token().id()),
                until == null ? Messages.get("api.audit.created", cleanName, centreId)
                        : Messages.get("api.audit.createdUntil", cleanName, centreId, FRENCH_DATE.format(until)));
        return issued;
    }

    /** Revokes one of the centre's tokens; an unknown token, another centre's or one already revoked is not found. */
    @Transactional
    public ApiToken revoke(long centreId, long tokenId, String revokedBy) {
        ApiToken token = tokens.find(centreId, tokenId).orElseThrow(() -> new NoSuchElementException("No token " + tokenId));
        if (!tokens.revoke(centreId, tokenId, revokedBy)) {
            throw new InputRejectedException("global", Messages.get("api.token.alreadyRevoked"));
        }
        audit.record("api.token.revoked", null, "api_token", String.valueOf(tokenId),
                Messages.get("api.audit.revoked", token.name(), centreId));
        return token;
    }

    private static LocalDate parse(String text) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, FRENCH_DATE}) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }
}
