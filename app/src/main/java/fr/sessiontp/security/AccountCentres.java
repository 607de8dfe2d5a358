package fr.sessiontp.security;

import java.util.List;
import java.util.Optional;

/** The centres an account can belong to; implemented by the module that owns the centres. */
public interface AccountCentres {

    /** Every centre, by name. */
    List<AccountChoice> all();

    Optional<AccountChoice> centre(long id);
}
