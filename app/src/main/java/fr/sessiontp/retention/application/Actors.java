package fr.sessiontp.retention.application;

import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;

/** Who a retention record names: the logged-in user, or the purge job. */
final class Actors {

    /** The name the purge job records (A2). */
    static final String JOB = "job";
    /** Acting without a logged-in user and outside the job (e.g. an archive made by a background flow). */
    static final String SYSTEM = "système";

    private Actors() {
    }

    static String current() {
        return UserAccounts.current().map(CurrentUser::username).orElse(SYSTEM);
    }
}
