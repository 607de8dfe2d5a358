package fr.sessiontp.security;

import java.util.List;

/**
 * The person records an account can act for (its {@code person_id}): for a JURY account a jury member, for a PROCTOR a
 * proctor, for a TRAINER a trainer, for a SESSION_MANAGER a session manager of the centre. Implemented by the module
 * that owns those records; the security module only asks.
 */
public interface AccountPersons {

    /** The records an account of this role at this centre may act for (empty for roles without a person). */
    List<AccountChoice> choices(Role role, Long centreId);
}
